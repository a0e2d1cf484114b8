"""Datasets a card's running text states, and the role the words around each give it. Pure.

A dataset reference (stated_refs.py) takes its role from the phrase that rules its clause:
- a training phrase before it ("trained on", "was pre-trained using", "SFT on", "distilled from
  data in", "the pre-training corpus consists of", "Training data:") makes it `training`
  (pre-training, training) or `fine-tuning` (fine-tuning, instruction tuning, SFT, DPO, RLHF,
  alignment, distillation);
- an evaluation phrase before it ("evaluated on", "we report results on", "benchmark", "test
  set", "scores on") makes it `evaluation`;
- words after it that say what it was used for ("X was used only for evaluation", "X was used
  to train the model", "X as training data") rule it before any phrase before it;
- a comparison ("compared with models trained on X", "unlike Falcon, which was trained on X")
  or a negation ("was not trained on X") makes a training phrase state nothing about this
  model: the dataset is only `mentioned`, unless the words after the comparison come back to
  this model ("..., this model was trained on Y").
A Hub dataset link no phrase rules is `mentioned`; a bare id or name no phrase rules is left
out, unless it stands in a section whose heading names the data ("## Training Data").
Cards in Spanish, Portuguese, Italian, French, German, Chinese, Japanese, Korean, Russian, Dutch
and Swedish are read with their own phrases, data words and headings too (stated_languages.py).
A training sentence naming no dataset but the models that generated the data ("on 120k pairs
generated with Claude 3.5 Sonnet") states it by description and generators (stated_generated.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.known_datasets import KnownDatasets
from auditor.lineage.prose_refs import plain
from auditor.training.data_language import DataLanguage
from auditor.training.stated_generated import described_generators, described_ref, gated
from auditor.training.stated_languages import (
    TOUCH,
    data_languages,
    heading_role_in,
    line_languages,
)
from auditor.training.stated_refs import DataRef, data_refs, reads_as_data
from auditor.training.stated_terms import Tail, said_of

QUOTE_LIMIT = 200
SENTENCE_LIMIT = 1_000
"""Characters of one sentence read: a huge line without full stops is read in pieces."""

LINK_CONFIDENCE = 0.8  # a Hub dataset link or path a training phrase rules
ID_CONFIDENCE = 0.7  # a bare `org/name` a phrase rules, beside a data word
NAME_CONFIDENCE = 0.6  # a well-known name, or "the X dataset", a phrase rules
SECTION_CONFIDENCE = 0.6  # a link or id under a data heading, no phrase
SECTION_NAME_CONFIDENCE = 0.5  # a list item's name under a data heading
MENTION_CONFIDENCE = 0.5  # a Hub dataset link no phrase rules

_TRAIN = lazy_pattern(
    r"\b(?:(?P<pre>pre-?|re-?|continued\s+pre-?|further\s+(?:pre-?)?)?"
    r"(?P<train>train(?:ed|ing|s)?\b)"
    r"|(?P<tune>fine-?tun\w*|finetun\w*|instruction[- ]tun\w*|instruct-tun\w*"
    r"|(?:re-?)?tun(?:ed|ing)"
    r"|sft|dpo|orpo|kto|rlhf|ppo|align(?:ed|ment)|distill?(?:ed|ation|s)?))\b"
    r"|\b(?P<label>data\s*sets?(?:\s+used)?|corpus|corpora)\s*[:：]",
    re.IGNORECASE,
)
_EVAL = lazy_pattern(
    r"\b(?:evaluat\w*|benchmark\w*|test(?:ed|ing)?\s+(?:on|set|split|data)|tests?\s+sets?"
    r"|held[- ]out|(?:report|reports|reported|reporting)\s+(?:\w+\s+){0,2}(?:results?|scores?|on)"
    r"|results?\s+on|scores?\s+(?:on|of)|accuracy\s+on|performance\s+on|leaderboard"
    r"|measured\s+on|(?:zero|few|\d+)-shot\s+on|validation\s+(?:set|split))\b",
    re.IGNORECASE,
)
_COMPARE = lazy_pattern(
    r"\b(?:compar\w*|versus|vs\.?|outperform\w*|than|unlike|similar\s+to|baselines?"
    r"|other\s+models|competitors?|against|beats?|rivals?|relative\s+to)\b",
    re.IGNORECASE,
)
_SELF = lazy_pattern(
    r"\b(?:this|our|the)\s+(?:model|checkpoint|version|release)\b|\bwe\b|\bit\s+was\b", re.I
)
_NEGATED = lazy_pattern(
    r"(?:\b(?:not|never|no|without|nor|excluding|except)\b|n't)[\w\s-]{0,20}$", re.I
)
_CLAUSE = lazy_pattern(r";|\.\s|,\s+(?:but|while|whereas|then)\b|\bwhile\b|\bwhereas\b", re.I)
_LINK_TAIL = lazy_pattern(r"\]\([^)\s]{0,500}\)|https?://\S+")
_USED_FOR = lazy_pattern(
    r"^[^;]{0,50}?\b(?:used|reserved|kept|held\s+out|employed|utili[sz]ed|serves?|served|only|solely"
    r"|exclusively|as|for|to)\b(?:[\s\w-]{0,30}?)\b(?P<word>(?:pre-?)?train\w*|fine-?tun\w*"
    r"|instruction[- ]tun\w*|sft|evaluat\w*|benchmark\w*|test(?:ing)?|validat\w*)",
    re.IGNORECASE,
)
_ONLY = lazy_pattern(
    r"\b(?:only|solely|exclusively|just|held[- ]out|never\s+(?:for|in|used\s+(?:for|in))\s+train)",
    re.I,
)
_HEADING = lazy_pattern(
    r"^\s{0,3}(?:#{1,6}\s+(?P<md>.+?)\s*#*\s*$|(?:\*\*|__)(?P<bold>[^*_]{2,80})(?:\*\*|__)\s*:?\s*$)"
)
_BULLET = lazy_pattern(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
_SENTENCE_END = lazy_pattern(r"[.!?](?=\s|$)")


@dataclass(frozen=True, slots=True)
class Statement:
    """One place that names a dataset, and what it says the dataset was for."""

    ref: str
    hub_id: str | None
    role: str
    method: str
    confidence: float
    line: int
    quote: str
    only_eval: bool = False  # says the dataset served only for evaluation
    file: str | None = None  # None: the card
    license: str | None = None  # the license the card states for it (table cell, sentence)
    terms: str | None = None  # research-only | non-commercial, as its sentences state them
    generated_with: tuple[str, ...] = ()  # unnamed data the card says these models generated


def heading_role(text: str) -> tuple[str | None, bool]:
    """The role a heading gives the datasets under it, and whether it names data itself
    (`## Training Data`, not `## Training procedure`)."""
    low = text.lower()
    data = bool(re.search(r"\bdata(?:sets?)?\b|\bcorp(?:us|ora)\b|\bmixture\b", low))
    if re.search(r"evaluat|benchmark|results?\b|performance|leaderboard|metrics?\b", low):
        return "evaluation", True
    if re.search(
        r"fine-?tun|finetun|\bsft\b|instruction|alignment|\bdpo\b|\brlhf\b|preference", low
    ):
        return "fine-tuning", data
    if re.search(r"train|\bdata(?:sets?)?\b|corp(?:us|ora)", low):
        return "training", data
    return None, False


def prose_statements(
    lines: list[str], first_line: int, card_file: str, generated: KnownDatasets | None = None
) -> Iterator[Statement]:
    """Every dataset the running text of a card body names, in order (tables: stated_tables).

    `generated`: the registry naming models, when the card is a model's: a training sentence
    naming no dataset but the models that generated the data is read too."""
    fenced = False
    section: tuple[str | None, bool] = (None, False)
    languages = data_languages("\n".join(lines).lower())
    for offset, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or line.lstrip().startswith("|") or not line.strip():
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            section = _heading(heading.group("md") or heading.group("bold") or "", languages)
            continue
        training = section[0] in ("training", "fine-tuning")
        known = generated if generated is not None and gated(line.lower(), training) else None
        langs = line_languages(line.lower(), languages) if languages else ()
        if any(lang.verb_after for lang in langs):
            line = TOUCH.sub(" ", line)
        at = 0
        for sentence in _sentences(line):
            at = line.find(sentence, at) + len(sentence)
            tail = (lines, offset, line[at:])
            found = [
                *_sentence_statements(
                    sentence, first_line + offset, section, line, card_file, langs, tail
                )
            ]
            yield from found
            if known is None or any(s.role in ("training", "fine-tuning") for s in found):
                continue
            if len(sentence) == len(line) or gated(sentence.lower(), training):
                yield from _described(sentence, first_line + offset, section, known)


def _heading(text: str, languages: tuple[DataLanguage, ...]) -> tuple[str | None, bool]:
    """The English reading of a heading, completed by the card's other languages
    (`## Datos de entrenamiento`, `## Trainingsdaten`, `## 训练数据`)."""
    role, data = heading_role(text)
    if not languages or (role is not None and data):
        return role, data
    other, names_data = heading_role_in(text, languages)
    return role or other, data or (names_data and other is not None)


def _sentences(line: str) -> Iterator[str]:
    start = 0
    for end in _SENTENCE_END.finditer(line):
        if end.end() - start > 2:
            yield from _pieces(line[start : end.end()])
        start = end.end()
    if line[start:].strip():
        yield from _pieces(line[start:])


def _pieces(text: str) -> Iterator[str]:
    for start in range(0, len(text), SENTENCE_LIMIT):
        yield text[start : start + SENTENCE_LIMIT]


def _sentence_statements(
    sentence: str,
    number: int,
    section: tuple[str | None, bool],
    line: str,
    card_file: str,
    langs: tuple[DataLanguage, ...] = (),
    tail: Tail | None = None,
) -> Iterator[Statement]:
    """`tail`: the card's lines, this line's index and its words after the sentence."""
    refs = data_refs(sentence)
    if not refs:
        return
    phrases = [*_phrases(sentence, langs)]
    quote = _quote(sentence)
    bullet = bool(_BULLET.match(line))
    for index, ref in enumerate(refs):
        after_end = refs[index + 1].start if index + 1 < len(refs) else len(sentence)
        after = _LINK_TAIL.sub("", sentence[ref.end : min(after_end, ref.end + 600)])
        role, only = _role_after(after[:90])
        if role is None:
            role = _role_before(sentence, ref, phrases)
        if role is None and any(lang.verb_after for lang in langs):
            role = _verb_after(sentence, ref, phrases)
        governed = role is not None and role != "mentioned"
        confidence = _confidence(ref, governed)
        in_data_section = section[1] and section[0] is not None
        if ref.kind != "link" and not _reads_as_data(sentence, ref, governed, langs):
            if not (in_data_section and _first_in_item(sentence, ref, bullet or ref.kind == "id")):
                continue
            if not governed:
                role, confidence = section[0], _section_confidence(ref)
        elif role is None:
            if in_data_section:
                role, confidence = section[0], _section_confidence(ref)
            else:
                role, confidence = "mentioned", MENTION_CONFIDENCE
        last, subject = index == len(refs) - 1, not _before(sentence, refs[0])
        said = said_of(after, tail, last=last, subject=subject, count=len(refs))
        yield Statement(
            ref.ref,
            ref.hub_id,
            role or "mentioned",
            "card-prose",
            confidence,
            number,
            quote,
            only,
            license=said[0],
            terms=said[1],
        )


def _described(
    sentence: str, number: int, section: tuple[str | None, bool], known: KnownDatasets
) -> Iterator[Statement]:
    """Data the sentence says models generated, named by its description (stated_generated)."""
    phrases = [(p.start, p.end, p.role) for p in _phrases(sentence)]
    found = described_generators(
        sentence, phrases, section[0], known, lambda after: _role_after(after)[0]
    )
    if found is not None:
        role, names = found
        ref = described_ref(names)
        quote = _quote(sentence)
        yield Statement(
            ref, None, role, "card-prose", NAME_CONFIDENCE, number, quote, generated_with=(*names,)
        )


def _first_in_item(sentence: str, ref: DataRef, bullet: bool) -> bool:
    """A list item that opens with the reference: "- Wikipedia (20B tokens)", "- org/name"."""
    return bullet and not _before(sentence, ref)


def _before(sentence: str, ref: DataRef) -> str:
    """The words before the reference in its sentence or list item, less marks."""
    return re.sub(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", "", sentence[: ref.start]).strip(" *_`[(")


def _section_confidence(ref: DataRef) -> float:
    return SECTION_NAME_CONFIDENCE if ref.kind == "name" else SECTION_CONFIDENCE


def _confidence(ref: DataRef, governed: bool) -> float:
    if not governed:
        return MENTION_CONFIDENCE
    return {"link": LINK_CONFIDENCE, "id": ID_CONFIDENCE}.get(ref.kind, NAME_CONFIDENCE)


@dataclass(frozen=True, slots=True)
class _Phrase:
    start: int
    end: int
    role: str  # training, fine-tuning, evaluation, or "mentioned" (a cancelled training phrase)


def _phrases(sentence: str, langs: tuple[DataLanguage, ...] = ()) -> Iterator[_Phrase]:
    for found in _TRAIN.finditer(sentence):
        role = "fine-tuning" if found.group("tune") else "training"
        if found.group("label") and found.start() > 0 and sentence[: found.start()].strip(" -*_#>"):
            continue  # "datasets:" counts as a label only at the head of its line
        if _cancelled(sentence, found.start()):
            role = "mentioned"
        yield _Phrase(found.start(), found.end(), role)
    for found in _EVAL.finditer(sentence):
        yield _Phrase(found.start(), found.end(), "evaluation")
    for lang in langs:  # the card's other languages (stated_languages.py)
        for found in lang.train.finditer(sentence):
            role = "fine-tuning" if found.group("tune") else "training"
            after = sentence[found.end() : found.end() + 16]
            if _cancelled(sentence, found.start(), lang) or (
                lang.negated_after is not None and lang.negated_after.search(after)
            ):
                role = "mentioned"
            yield _Phrase(found.start(), found.end(), role)
        for found in lang.evaluate.finditer(sentence):
            yield _Phrase(found.start(), found.end(), "evaluation")


def _cancelled(sentence: str, start: int, lang: DataLanguage | None = None) -> bool:
    """A negated training phrase, or one a comparison before it in its sentence rules, with
    no word coming back to this model between the two."""
    before = sentence[max(0, start - 200) : start]
    if _NEGATED.search(before[-40:]):
        return True
    if lang is not None:
        return lang.negated.search(before[-40:]) is not None or (
            lang.compare.search(before) is not None
        )
    last = None
    for last in _COMPARE.finditer(before):  # noqa: B007  (the last comparison is wanted)
        continue
    return last is not None and not _SELF.search(before[last.end() :])


def _role_before(sentence: str, ref: DataRef, phrases: list[_Phrase]) -> str | None:
    """The role of the last phrase before the reference in its clause."""
    best: _Phrase | None = None
    for phrase in phrases:
        if phrase.end <= ref.start and (best is None or phrase.end > best.end):
            best = phrase
    if best is None or ref.start - best.end > 200:
        return None
    if _CLAUSE.search(sentence, best.end, ref.start):
        return None
    return best.role


def _verb_after(sentence: str, ref: DataRef, phrases: list[_Phrase]) -> str | None:
    """In a language whose verb follows its object (`在 X 上微调`, `X で学習した`): the role of
    the first phrase after the reference in its clause, a few characters on."""
    for phrase in sorted(phrases, key=lambda p: p.start):
        if phrase.start >= ref.end:
            gap = sentence[ref.end : phrase.start]
            if len(gap) > 30 or re.search(r"[。，,；;！？]", gap):
                return None
            return phrase.role
    return None


def _reads_as_data(
    sentence: str, ref: DataRef, governed: bool, langs: tuple[DataLanguage, ...]
) -> bool:
    """stated_refs.reads_as_data, and the data words and objects of the card's languages."""
    if reads_as_data(sentence, ref, governed=governed):
        return True
    before = sentence[max(0, ref.start - 60) : ref.start]
    after = sentence[ref.end : ref.end + 40]
    for lang in langs:
        if lang.data_before.search(before) or lang.data_after.match(after):
            return True
    for lang in langs:
        if ref.kind == "id" and lang.model_before is not None and lang.model_before.search(before):
            return False
    return governed and any(lang.object_before.search(before) for lang in langs)


def _role_after(after: str) -> tuple[str | None, bool]:
    """What the words right after a reference say it was used for: "was used only for
    evaluation", "as training data", "to pre-train the model"; negated words say nothing."""
    clause = _CLAUSE.search(after)
    text = after[: clause.start()] if clause is not None else after
    used = _USED_FOR.match(text)
    if used is None or _NEGATED.search(text[: used.start("word")]):
        return None, False
    word = used.group("word").lower()
    if word.startswith(("evaluat", "benchmark", "test", "validat")):
        return "evaluation", bool(_ONLY.search(text))
    if word.startswith(("fine", "instruction", "sft")):
        return "fine-tuning", False
    return "training", False


def _quote(sentence: str) -> str:
    text = plain(sentence).lstrip("-*+# ")
    return (
        text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rsplit(" ", 1)[0] + "\u2026"
    )
