"""Sentences stating the model's terms in any section of a model card, for `card_documents`:
an FAQ's answers, a "Model weights" or "Questions" section, a notice of use in any language,
wherever a card's author put a term rather than under a License or Uses heading.

A sentence states a term when it has a word of permission, ban, condition or license
(`TERM_WORDS`) and speaks of this model (its weights, its repository, the card's title) or of
commercial use (`COMMERCIAL_WORDS`) without speaking of models in general ("most models of
this size are non-commercial"); the words are read in the languages cards are written in. A
question states nothing ("Can I use the weights for research only?") and is never kept. An
answer that states a term of its own but names neither the use nor the model ("Not without a
separate agreement.") is read with its question: the title of the section it stands under
(`**Can I ...?**`) or the sentence before it in the same paragraph or list item. The question
is then put before the answer, on the answer's line, as the statement it asks about ("Can I
use X in a paid product?" -> "Use X in a paid product: Not without ..."), so a reader of terms
sees what the answer allows or forbids. Only each line's part of a sentence kept is kept, at
its own line. The caller leaves out what other readers take (the opening, License and Uses
sections, hidden text, a pasted license) and what speaks of other works or other versions:
sections about citations, acknowledgements, data or comparisons, changelogs and news
(`is_history_title`), code blocks, tables and headings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model.license_words import OTHER_COMPONENT
from auditor.sources.card_labels import paragraph_runs, sentence_spans, speaks_of_model
from auditor.sources.card_markdown import Section
from auditor.sources.card_table_parse import Table
from auditor.sources.card_tables import compares_works, license_column
from auditor.sources.card_words_s40card import FOREIGN_COMMERCIAL, FOREIGN_COMMERCIAL_STEMS

COMMERCIAL_WORDS = lazy_pattern(
    r"commercial|for[- ]profit|monetiz|monetis|revenue|\bsell|\bsold\b|paid\s+(?:service|product)"
    r"|licen[cs]ed\s+(?:under|for)|商用|商业|商業|营利|營利|盈利|営利|상업|영리|kommerz|gewerb"
    r"|commerci|comercial|коммерч|thương\s+mại|ticari|تجاري" + FOREIGN_COMMERCIAL,
    re.IGNORECASE,
)
"""Commercial use, in the languages cards are written in (the words of a Uses section's
commercial lines too)."""

TERM_WORDS = lazy_pattern(
    r"licen[cs]|\bpermi(?:t|ts|tted|ssions?)\b|prohibit|forbid|\bbann?ed\b|restrict"
    r"|\b(?:is|are|be|not)\s+(?:not\s+)?allowed\b|\ballow(?:s|ed|ing)?\s+(?:for\s+)?(?:commercial"
    r"|you|use|usage|redistribution|it|them)\b|\b(?:may|must|shall|can)\s*not\s+(?:be\s+)?"
    r"(?:used?|deploy|host|offer|sell|sold|distribut|redistribut|shar|provid|licens|sublicens)"
    r"|\b(?:can't|mustn't)\s+(?:be\s+)?use|\bnot\s+(?:be\s+)?(?:permitted|covered|authori[sz]ed"
    r"|granted)\b|\bnot\s+without\b|exclusively\s+for|approv|authori[sz]|agreement|consent"
    r"|\b(?:terms|conditions)\s+(?:of|and)\b|\b(?:discuss|agree\w*|accept\w*|under|these|our"
    r"|separate|its|their)\s+terms\b|\bsubject\s+to\b|non[- ]?production"
    r"|\bfor\s+(?:your\s+|their\s+)?(?:personal|private)\b|(?:research|academic|personal"
    r"|non-?commercial|evaluation|educational|internal)[- ](?:(?:use|purposes?|projects?)\s+)?only"
    r"|\bonly\s+(?:be\s+used\s+)?for\s+(?:\w+\s+){0,2}?(?:research|academic|personal"
    r"|non-?commercial|evaluation|educational)"
    # a grant's own words: "for any purpose, commercial use included" (a row of a licence
    # written as a table, its English beside its French)
    r"|\bfor\s+any\s+(?:lawful\s+)?purposes?\b"
    r"|仅限|僅限|仅供|僅供|只能|只可|不得|禁止|不允许|不允許|未经|未經|授权|授權|许可|許可|须经|須經"
    r"|同意|のみ|禁じ|許諾|承認|不可|できません|금지|허가|허락|승인|불가|동의|만\s*사용",
    re.IGNORECASE,
)
"""Words of permission, ban, condition or license."""
_TERM_STEMS = (
    *("licen", "permi", "prohibit", "forbid", "ban", "restrict", "allow", "not", "n't"),
    *("exclusively", "approv", "authori", "agreement", "consent", "terms", "conditions"),
    *("subject", "production", "personal", "private", "only"),
    *("仅", "僅", "只", "不", "禁", "未", "授", "许", "許", "须", "須", "同意", "のみ", "承認"),
    *("できません", "금지", "허", "승인", "불가", "동의", "사용"),
)
"""Lower-case strings each match of `TERM_WORDS` contains one of."""
_COMMERCIAL_STEMS = (
    *("commerci", "profit", "moneti", "revenue", "sell", "sold", "paid", "licensed", "商", "营"),
    *("營", "盈", "営", "상업", "영리", "kommerz", "gewerb", "comercial", "коммерч", "thương"),
    *("ticari", "تجاري", *FOREIGN_COMMERCIAL_STEMS),
)
"""Lower-case strings each match of `COMMERCIAL_WORDS` contains one of."""

# This model (not models in general, "most models of this size"), its weights or repository.
_OWN_MODEL = lazy_pattern(
    r"\b(?:the|this|these|our|its|my)\s+(?:[\w.-]+\s+){0,2}?(?:model|models|weights|checkpoints?"
    r"|repo|repository)\b|本模型|该模型|該模型|此模型|权重|權重|本モデル|このモデル|重み"
    r"|본\s*모델|이\s*모델|가중치",
    re.IGNORECASE,
)
# Models in general or other models ("most models of this size", "other open models").
_OTHER_MODELS = lazy_pattern(
    r"\b(?:most|many|other|some|several|all|few|existing|similar|popular|comparable|competing"
    r"|closed|proprietary|open(?:[- ]weights?)?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:models|LLMs|checkpoints)\b",
    re.IGNORECASE,
)
# Sections about other versions of the model or news of the project: what a changelog says
# of version 1's license is not this version's.
_HISTORY_TITLE = lazy_pattern(
    r"change\s*log|\bchanges\b|release\s+notes|\bnews\b|\bupdates?\b|\bhistory\b"
    r"|what['’]s\s+new|\bversions?\b|\broadmap\b|\bannouncements?\b|änderungen|neuigkeiten"
    r"|nouveaut[ée]s|novedades|historial|更新|日志|日誌|新闻|新聞|动态|動態|履歴|リリース"
    r"|お知らせ|업데이트|변경\s*사항|새\s*소식|소식",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_pattern(r"(?<=[.!?])[*_)\"”’]*\s+|(?<=[。！？])")
_MARKUP = lazy_pattern(r"[*_`]+|<[^>]*>|\]\([^)]*\)|https?://\S+")
_QUESTION = lazy_pattern(r"[?？]\W*$")
# A yes/no question on what one may do: "Can I ...?", "Are we allowed to ...?", "Is it OK to".
_YES_NO = lazy_pattern(
    r"(?:(?:Q|Question)\s*[:.]\s*)?(?:(?:can|may|could|might)\s+(?:i|we|you|one|[\w-]+\s+users?)"
    r"|(?:am\s+i|are\s+(?:we|you)|is\s+(?:it|one))\s+(?:allowed|permitted|free|ok|okay|able)"
    r"(?:\s+to)?|is\s+it\s+(?:possible|legal|fine)\s+to)\s+(?P<rest>.+)",
    re.IGNORECASE,
)


def is_history_title(title: str) -> bool:
    """A title about other versions or news: a changelog, release notes, updates."""
    return bool(_HISTORY_TITLE.search(title))


def states_term(text: str, named: re.Pattern[str] | None = None) -> bool:
    """Whether a sentence has a term word and speaks of commercial use or of this model
    (`named`: the card's title, as a name of the model)."""
    plain = _MARKUP.sub(" ", text)
    if not TERM_WORDS.search(plain):
        return False
    if _OWN_MODEL.search(plain) or (named is not None and named.search(plain) is not None):
        return True
    return COMMERCIAL_WORDS.search(plain) is not None and not _OTHER_MODELS.search(plain)


def term_sentences(
    lines: list[str], spans: list[Section], skip: Collection[int], title: str | None = None
) -> dict[int, str]:
    """Each line's part of the sentences stating a term, in the lines not in `skip` (the
    caller's: headings, code, tables and the sections other readers take), and of the
    question an answer needs to state one (a title asking it stands at its heading's line)."""
    asked: dict[int, int] = {}  # line index -> the heading whose title asks a question
    titles: dict[int, str] = {}
    for (index, _, heading_title), own_end, _ in spans:
        if _QUESTION.search(_MARKUP.sub("", heading_title)):
            titles[index] = heading_title
            asked.update(dict.fromkeys(range(index + 1, own_end), index))
    named = None
    if title and re.search(r"[^\W_]{2}", title):
        named = re.compile(r"(?<![\w-])" + re.escape(title.strip()) + r"(?![\w-])", re.IGNORECASE)
    parts: dict[int, tuple[int, int]] = {}
    asks: dict[int, str] = {}  # line index -> the question an answer kept needs
    for run in paragraph_runs(lines, skip):
        text = "\n".join(lines[i] for i in run)
        heading = asked.get(run[0])
        question = titles[heading] if heading is not None else ""
        if not _may_state_terms(text, question, named):
            continue  # every sentence kept has a term word of its own, answers too
        starts = [0]
        for index in run:
            starts.append(starts[-1] + len(lines[index]) + 1)
        for begin, end in sentence_spans(text, _SENTENCE_END):
            said = text[begin:end]
            if _QUESTION.search(_MARKUP.sub("", said)):
                question = said
                continue
            if states_term(said, named):
                _keep(parts, run, starts, begin, end)
            elif question and _answers(said) and states_term(f"{question} {said}", named):
                _keep(parts, run, starts, begin, end)
                answer = run[bisect.bisect_right(starts, begin) - 1]
                asks.setdefault(answer, asked_as_statement(question))
    kept = {
        index: lines[index][low:high]
        for index, (low, high) in parts.items()
        if lines[index][low:high].strip()
    }
    for index, statement in asks.items():  # the question before its answer, on its line
        kept[index] = f"{statement} {kept[index]}"
    return kept


_UNCASED_RUN = lazy_pattern(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{6}")


def _is_clause(cell: str) -> bool:
    """Whether a cell reads as a clause, not a name or a label: three words in lower case (a
    license's name and a row's key are capitalised or an identifier: `CC BY-NC 4.0`,
    `cc-by-nc-4.0`, `Commercial license price`), or a run of words of a script without case."""
    lower = sum(
        1
        for word in cell.split()
        if word[:1].islower() and word.strip(".,;:!?()\"'’”").replace("-", "").isalpha()
    )
    return lower >= 3 or _UNCASED_RUN.search(cell) is not None


_OTHER_PART = lazy_pattern(
    r"\W*(?:(?:the|our|its|training|evaluation)\s+)*(?:" + OTHER_COMPONENT + ")", re.I
)


def term_rows(tables: Sequence[Table], title: str | None, skip: Collection[int]) -> dict[int, str]:
    """The rows, of the tables at lines not in `skip`, whose cells read together state a term
    as a sentence does ("| Use it in a product you charge for | No: the weights are for
    non-commercial use only |", a "Quick answers" or FAQ table): each rendered as a label
    line, its first cell the key. Header rows, and rows of one cell, state none."""
    named = None
    if title and re.search(r"[^\W_]{2}", title):
        named = re.compile(r"(?<![\w-])" + re.escape(title.strip()) + r"(?![\w-])", re.IGNORECASE)
    kept: dict[int, str] = {}
    for table in tables:
        header = table.header
        if table.lines.start in skip or (
            header and (license_column(header) is not None or compares_works(header))
        ):
            continue  # a license column is read by its rows; a table of other works is theirs
        for position, (index, cells) in enumerate(table.rows):
            filled = [" ".join(_MARKUP.sub(" ", cell).split()) for cell in cells]
            filled = [cell for cell in filled if cell]
            if index in skip or (table.header is not None and position == 0) or len(filled) < 2:
                continue
            if not any(_is_clause(cell) for cell in filled):
                continue  # a key and a name (`| Commercial license price | CC BY-NC 4.0 |`):
                # the key reader's row (`license_rows`), stating no term as a sentence does
            text = f"{filled[0].rstrip(' .:?')}: {' '.join(filled[1:])}"
            if _OTHER_PART.match(filled[0]) or not speaks_of_model(text):
                continue  # a row about the code, the data or a dataset
            if states_term(text, named):
                kept[index] = f"- {text}"
    return kept


def _may_state_terms(text: str, question: str, named: re.Pattern[str] | None) -> bool:
    """Whether a paragraph (under the question its heading asks) may hold a sentence stating
    a term: a term word, and this model or commercial use named. Cheap tests first: most of a
    card's paragraphs fail the stems (found in C), or name neither the model nor the use."""
    plain = _MARKUP.sub(" ", text)
    if not _has_stem(plain, _TERM_STEMS):
        return False
    about = f"{question} {plain}"
    own = _OWN_MODEL.search(about) or (named is not None and named.search(about))
    commercial = own or (_has_stem(about, _COMMERCIAL_STEMS) and COMMERCIAL_WORDS.search(about))
    return bool(commercial) and TERM_WORDS.search(plain) is not None


def _has_stem(text: str, stems: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(stem in low for stem in stems)


def _answers(said: str) -> bool:
    """Whether an answer states a term of its own ("Not without a licence.", "Only after we
    approve it."), the question giving what it is about; "Sure." or "Yes." states none."""
    return TERM_WORDS.search(_MARKUP.sub(" ", said)) is not None


def asked_as_statement(question: str) -> str:
    """What a yes/no question asks, as the statement its answer speaks to: "Can I use X in a
    commercial product?" -> "Use X in a commercial product:" ("Not without an agreement."
    then reads as the term it is); another question is kept as asked."""
    plain = " ".join(_MARKUP.sub(" ", question).split()).strip(" -+>")
    asked = _YES_NO.match(plain)
    if asked is None:
        return plain
    rest = asked.group("rest").rstrip(" ?？")
    return f"{rest[:1].upper()}{rest[1:]}:"


def _keep(
    parts: dict[int, tuple[int, int]], run: list[int], starts: list[int], begin: int, end: int
) -> None:
    """Widen each line's kept part to the paragraph's characters `begin` to `end`."""
    # the lines the sentence spans, by binary search (a hostile card's paragraph may run to
    # many thousands of lines)
    for k in range(bisect.bisect_right(starts, begin) - 1, len(run)):
        if starts[k] > end:
            break
        low, high = max(begin, starts[k]), min(end, starts[k + 1] - 1)
        if low < high:
            low, high = low - starts[k], high - starts[k]
            old = parts.get(run[k], (low, high))
            parts[run[k]] = (min(old[0], low), max(old[1], high))


# a sentence saying the licence is the table (or list of terms) after it: "the licence consists
# of the table below", "its terms are set out in the following table", "... as follows:"
_POINTS_BELOW = lazy_pattern(
    r"\b(?:licen[cs]e|terms|conditions)\b[^.]{0,80}?(?:\b(?:table|grid|terms)\s+(?:below|beneath"
    r"|that\s+follows)\b|\bfollowing\s+(?:table|grid|terms)\b|\bset\s+out\s+below\b|\bas\s+follows\b"
    r"|\bbelow\s*:)",
    re.IGNORECASE,
)
_FOOTNOTE = lazy_pattern(r"^\s*\[\^[^\]]{1,20}\]:\s*\S")
_NEAR = 4
"""Lines between a pointer and the table it points to (blank lines, a caption)."""


def pointed_table_rows(
    lines: Sequence[str], tables: Sequence[Table], pointers: Collection[int]
) -> dict[int, str]:
    """The rows of a table that a kept line (`pointers`: line indexes) says is the licence
    ("The licence consists of the table below"), each rendered as a label line (its first cell
    the key), with the footnotes under the table: a licence stated as a table is read whole,
    not only the rows whose words a term reader would pick out alone."""
    kept: dict[int, str] = {}
    starts = sorted((table.lines.start, table) for table in tables)
    for pointer in sorted(pointers):
        if not _POINTS_BELOW.search(lines[pointer]):
            continue
        table = next((t for s, t in starts if pointer < s <= pointer + _NEAR), None)
        if table is None:
            continue
        for position, (index, cells) in enumerate(table.rows):
            filled = [" ".join(_MARKUP.sub(" ", cell).split()) for cell in cells]
            filled = [cell for cell in filled if cell]
            if (table.header is not None and position == 0) or len(filled) < 2:
                continue
            kept[index] = f"- {filled[0].rstrip(' .:?')}: {' '.join(filled[1:])}"
        end = table.lines.stop
        for index in range(end, min(len(lines), end + _NEAR * 3)):
            if _FOOTNOTE.match(lines[index]):
                kept[index] = lines[index]
    return kept
