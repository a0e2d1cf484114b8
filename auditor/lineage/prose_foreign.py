"""Parents a card states in another language than English: "在 X 的基础上微调", "X をベースに",
"ausgehend von X nachtrainiert", "un affinage de X", "X 를 기반으로". Pure functions.

The phrases are data, one table per language (prose_languages.py); this module reads them as
prose.py reads the English ones. A language is read only when the card holds one of its words,
and a line only when it does (the cheap substring test first). A phrase followed by the
reference (`basé sur X`) takes the references soon after it, a few words at most between them;
a phrase standing after the reference (`X をベースに`) takes the one right before it, only
particles between (and, where the phrase needs it, its leading word: `对 X 进行微调`). A strong
phrase takes a bare `org/name`, a weak one a Hub link or a model the registry knows. Words of the
language before the phrase in its sentence that compare, evaluate, negate or plan cancel it,
unless words about this model come after them; in Japanese and Korean, whose verb comes last, a
negation or a plan after the phrase cancels it too. In Chinese, Japanese and Korean a reference
may touch the words around it (`基于Qwen/Qwen2.5-7B微调`): a space is put between them first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.prose_languages import Language, Phrase
from auditor.lineage.prose_languages_south import LANGUAGES
from auditor.lineage.prose_refs import MAX_WINDOW, is_own, listed, plain, references, stated
from auditor.lineage.prose_refs import window_after as english_window
from auditor.model import StatedParent

LABEL_CONFIDENCE = 0.8  # as prose.py's labels
STRONG_CONFIDENCE = 0.7  # as prose.py's strong sentences
WEAK_CONFIDENCE = 0.6  # as prose.py's weak phrases
MAX_GAP_WORDS = 3
"""Words between a phrase and the reference it takes (`basé sur le modèle X`)."""
MAX_GAP_CHARS = 24
"""Characters between them, for scripts written without spaces."""
SENTENCE_REACH = 160
"""Characters either side of a phrase searched for the ends of its sentence."""

_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
_TOUCH = lazy_pattern(rf"(?<=[A-Za-z0-9)\]*_`])(?=[{_CJK}])|(?<=[{_CJK}])(?=[A-Za-z0-9\[(*_`])")
_LATIN_LETTER = lazy_pattern(r"[À-ÖØ-öø-ſ\u1e00-\u1eff]")  # Latin-1, Extended-A, Vietnamese
_CJK_LETTER = lazy_pattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LETTER = lazy_pattern(r"[À-ÖØ-öø-ſ\u1e00-\u1eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CYRILLIC_LETTER = lazy_pattern(r"[\u0400-\u04ff]")
_SENTENCE_STOP = lazy_pattern(r"[。！？!?；;]|\.(?:\s|$)")
_CLAUSE_STOP = lazy_pattern(r"[。！？；，]")
_CLAUSE_END = lazy_pattern(r"[。！？!?；;，,、:]|\.(?:\s|$)")
_MARKUP = " \t*_`)\"'「」『』《》（）【】"


def languages_in(body: str) -> tuple[Language, ...]:
    """The languages whose words the card holds (most English cards: none).

    A card is searched for a language's words only when it holds a letter of its script (an
    accented Latin letter, a Han, kana or Hangul character, a Cyrillic letter; a quick scan)
    and one of its marks (its words for "model", "the", "is"), or one of the words the
    language writes in plain ASCII (`basierend auf`): an English card costs a few scans, not
    one per word."""
    latin, cjk = _scripts(body)
    cyrillic = not body.isascii() and _CYRILLIC_LETTER.search(body) is not None
    low = ""
    found = []
    for lang in LANGUAGES:
        if cyrillic if lang.cyrillic else cjk if lang.cjk else latin:
            low = low or body.lower()
            if _holds(low, lang.marks) and _holds(low, lang.words):
                found.append(lang)
        elif _holds(body, lang.plain_words):  # written without their first letter: any case
            found.append(lang)
    return tuple(found)


def _scripts(body: str) -> tuple[bool, bool]:
    """Whether the body holds an accented Latin letter, and a Han, kana or Hangul character
    (one scan when it holds neither, the common case)."""
    if body.isascii():
        return False, False
    first = _LETTER.search(body)
    if first is None:
        return False, False
    if _CJK_LETTER.match(first.group()):
        return _LATIN_LETTER.search(body, first.end()) is not None, True
    return True, _CJK_LETTER.search(body, first.end()) is not None


def foreign_parents(
    lines: Iterable[tuple[int, str]],
    languages: tuple[Language, ...],
    *,
    card_file: str,
    own: str | None,
    is_known: Callable[[str], bool],
) -> Iterator[StatedParent]:
    """The parents the lines (number, running text) state in these languages, in order."""
    if not languages:
        return  # the lines are not read
    for number, line in lines:
        low = line.lower()
        for lang in languages:
            if not _holds(low, lang.words):
                continue
            text = _TOUCH.sub(" ", line) if lang.cjk else line
            for ref, relation, confidence, quote in _parents(text, lang, is_known):
                if not is_own(ref, own):
                    yield stated(ref, relation, "card-prose", confidence, card_file, number, quote)


def _holds(low: str, words: tuple[str, ...]) -> bool:
    # NOTE: a plain loop, as prose.py's _holds: any() over a generator costs twice as much
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


Found = tuple[str, str | None, float, str]  # ref, relation, confidence, quote


def _parents(text: str, lang: Language, is_known: Callable[[str], bool]) -> Iterator[Found]:
    label = lang.label.match(text)
    if label is not None:
        window = text[label.end() : label.end() + MAX_WINDOW]
        quote = trim_quote(plain(text))
        for ref in listed(window, strict=False, is_known=lambda _ref: True):
            yield ref.ref, None, LABEL_CONFIDENCE, quote
        return
    for phrase in lang.phrases:
        if phrase.ref_first:
            yield from _ref_first(text, phrase, lang, is_known)
        else:
            yield from _ref_after(text, phrase, lang, is_known)


def _ref_after(
    text: str, phrase: Phrase, lang: Language, is_known: Callable[[str], bool]
) -> Iterator[Found]:
    """`basierend auf X`, `基于 X`: the references soon after the phrase."""
    for found in phrase.pattern.finditer(text):
        if _cancelled(text, found.start(), found.end(), lang):
            continue
        window = _window(text, found.end())
        refs = listed(window, strict=not phrase.strong, is_known=is_known)
        if not refs or not _close(window[: refs[0].start], lang):
            continue
        quote = _sentence(text, found.start())
        for ref in refs:
            yield ref.ref, phrase.relation, _confidence(phrase), quote


def _ref_first(
    text: str, phrase: Phrase, lang: Language, is_known: Callable[[str], bool]
) -> Iterator[Found]:
    """`X をベースに`, `在 X 的基础上`: the reference right before the phrase."""
    for found in phrase.pattern.finditer(text):
        floor = max(0, found.start() - MAX_WINDOW)
        before = text[floor : found.start()]
        refs = references(before)
        if not refs:
            continue
        last = refs[-1]
        if before[last.end :].strip(_MARKUP):
            continue  # other words between the reference and the phrase
        if phrase.lead is not None and not phrase.lead.search(plain(before[: last.start])):
            continue
        if not phrase.strong and not last.linked and not is_known(last.ref):
            continue
        if _cancelled(text, floor + last.start, found.end(), lang):
            continue
        yield last.ref, phrase.relation, _confidence(phrase), _sentence(text, found.start())


def _confidence(phrase: Phrase) -> float:
    return STRONG_CONFIDENCE if phrase.strong else WEAK_CONFIDENCE


def _window(text: str, start: int) -> str:
    """What follows the phrase to the end of its clause (English stops, and the full-width
    stops of Chinese, Japanese and Korean)."""
    window = english_window(text, start)
    stop = _CLAUSE_STOP.search(window)
    return window[: stop.start()] if stop is not None else window


def _close(gap: str, lang: Language) -> bool:
    """Whether the words between a phrase and its reference leave the reference its object:
    a few words ("le modèle"), none about data, code or a tokenizer (English ones are
    prose_refs.listed's)."""
    words = plain(gap)
    if len(words.split()) > MAX_GAP_WORDS or len(words) > MAX_GAP_CHARS:
        return False
    return lang.not_parent.search(words) is None


def _cancelled(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether words of the sentence before `start` compare, evaluate, negate or plan (with
    nothing about this model after them), or, for a verb-last language, words after `end`
    negate or plan."""
    before = _sentence_before(text, start)
    last = None
    for last in lang.not_before.finditer(before):  # noqa: B007  (the last one is wanted)
        continue
    if last is not None and lang.self_word.search(before, last.end()) is None:
        return True
    after = text[end : end + SENTENCE_REACH]
    if lang.not_after_clause is not None:
        stop = _CLAUSE_END.search(after)
        if lang.not_after_clause.search(after[: stop.start()] if stop else after):
            return True
    if lang.not_after is None:
        return False
    stop = _SENTENCE_STOP.search(after)
    return lang.not_after.search(after[: stop.start()] if stop else after) is not None


def _sentence_before(text: str, start: int) -> str:
    before = text[max(0, start - SENTENCE_REACH) : start]
    stop = None
    for stop in _SENTENCE_STOP.finditer(before):  # noqa: B007  (the last one is wanted)
        continue
    return before[stop.end() :] if stop is not None else before


def _sentence(text: str, at: int) -> str:
    """The sentence holding `at`, links reduced to their words, for the evidence quote."""
    begin = at - len(_sentence_before(text, at))
    after = text[at : at + SENTENCE_REACH]
    stop = _SENTENCE_STOP.search(after)
    end = at + (stop.end() if stop is not None else len(after))
    return trim_quote(plain(text[begin:end]))
