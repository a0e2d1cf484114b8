"""Lines of a model card's body that name the model's license outside a License section:
label lines (`License: X`, `**License** — X`, `Licence = X`, `Commercial use: no`, at any
list depth), license badges (a shields.io image whose label is License), the card's opening
paragraphs, and sentences that say this model is licensed or released under something.

A nested label counts unless an item above it names another work (a dataset, the code, a
component, a base model); a line about a dataset alone never counts. Badges are rendered as
`License: <message>` (the badge's link kept), since the image's URL is all that states it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from urllib.parse import parse_qs, unquote, urlsplit

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model.license_words import FOREIGN_LICENSE_WORDS
from auditor.model.license_words import LABEL as LABEL
from auditor.sources.card_markdown import ABOUT_DATA, ABOUT_MODEL, ATX, COMMERCIAL_LABEL
from auditor.sources.card_relicensed_s39lineage import current_start

_LIST_ITEM = lazy_pattern(r"(?P<indent>[ \t]*)(?:[-*+]|\d{1,3}[.)])\s+(?P<text>.*)")
# An item above a nested label that names another work: its license is that work's.
_OTHER_WORK = lazy_pattern(
    r"\b(?:data(?:sets?)?|corpus|corpora|code(?:base)?|scripts?|software|librar(?:y|ies)"
    r"|packages?|components?|dependenc(?:y|ies)|tools?|third[- ]party|demo|space|tokenizers?"
    r"|vision\s+(?:tower|encoder)|benchmarks?|evaluation)\b",
    re.IGNORECASE,
)
_PARENT = lazy_pattern(r"\b(?:base|parent|teacher|original|upstream)\s+models?\b", re.IGNORECASE)
_BADGE = lazy_pattern(
    r"(?:\[\s*+)?!\[(?P<alt>[^\]\n]*+)\]\((?P<image>[^)\s]++)[^)\n]*+\)"
    r"(?:\s*+\]\((?P<link>[^)\s]++)[^)\n]*+\))?"
)
_IMG = lazy_pattern(r"<img\b(?P<attrs>[^>]*)>", re.IGNORECASE)
_ATTR = lazy_pattern(r"""([\w-]+)\s*=\s*(["'])(.*?)\2""")
_PART_KEY = lazy_pattern(r"[\w ]{1,40}\s+licen[cs]e", re.IGNORECASE)
_BADGE_HOSTS = ("img.shields.io", "shields.io", "badgen.net", "flat.badgen.net")
_LICENSE_WORD = lazy_pattern(r"licen[cs]e|" + FOREIGN_LICENSE_WORDS, re.IGNORECASE)
# A sentence saying the model itself is licensed, released or distributed under something.
_OWN_SUBJECT = r"\b(?:this|the|our|these)\s+(?:model|weights|checkpoints?|repository|repo)\b"
_UNDER = (
    r"[^.!?\n]{0,60}?\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:licen[cs]ed|released|distributed"
    r"|available|provided|published|offered|made\s+available|governed|covered)\s+(?:\w+\s+){0,3}?"
    r"(?:under|by|to)\b|\blicen[cs]e\s+(?:of|for)\s+(?:this|the|our)\s+(?:model|weights)\s+is\b"
)
# The model as the subject of `_UNDER` (the card's title too, in `_names`); `_UNDER`'s second
# branch stands alone ("the license of this model is ...")
_OWN = lazy_pattern(rf"(?:{_OWN_SUBJECT}){_UNDER}", re.IGNORECASE)
_UNDER_AT = lazy_pattern(_UNDER, re.IGNORECASE)
# Tags and link targets: `<a href=".../LICENSE-CODE">` in an opening says nothing itself.
_MARKUP = lazy_pattern(r"<[^>]*>|\]\([^)]*\)|https?://\S+")
_SENTENCE_END = lazy_pattern(r"(?<=[.!?。！？])\s+")
# A sentence on what the model was trained or evaluated on speaks of that data's terms.
_TRAINED = lazy_pattern(
    r"\b(?:trained|pre-?trained|fine-?tuned|evaluated|tested|built)\s+(?:\w+\s+){0,3}?(?:on|with)\b",
    re.IGNORECASE,
)
# An opening sentence on licenses as what the model works on ("X reads a licence text and
# labels it permissive, copyleft or non-commercial"), not on its own terms: a task verb before
# the first license word, and no word of the model's own terms (may, must, under, released).
_TASK_VERB = lazy_pattern(
    r"\b(?:reads?|labels?|classif(?:y|ies)|detects?|tags?|identif(?:y|ies)|extracts?|predicts?"
    r"|scans?|categori[sz]es?|recogni[sz]es?|flags?|triages?|checks?|audits?|compares?)\b",
    re.IGNORECASE,
)
_OWN_TERMS = lazy_pattern(
    r"\b(?:may|must|shall|can(?:not)?|allowed|permitted|released|distributed|available|provided"
    r"|under|terms)\b",
    re.IGNORECASE,
)
_LICENSE_NOUN = lazy_pattern(r"(?<![\w-])licen[cs]", re.IGNORECASE)  # not in a name (X-LicenseCls)
_INTRO_WORDS = lazy_pattern(
    r"licen[cs]|terms\s+of|commercial|research\s+(?:use|purposes?)|for\s+research|academic"
    r"|non[- ]?profit|personal\s+use|" + FOREIGN_LICENSE_WORDS,
    re.IGNORECASE,
)


def label_lines(
    lines: list[str], skip: Collection[int], nested: Collection[int] | None = None
) -> dict[int, str]:
    """Label lines naming the model's license, at any list depth (not in `skip`).
    `nested`: `under_other_work(lines)`, when the caller has it."""
    kept: dict[int, str] = {}
    nested = under_other_work(lines) if nested is None else nested
    for index, line in enumerate(lines):
        if index in skip:
            continue
        heading = ATX.match(line)
        text = (heading.group("title") or "") if heading else line  # `## License: MIT`
        labelled = LABEL.fullmatch(text) or COMMERCIAL_LABEL.fullmatch(text)
        if not labelled or not speaks_of_model(text):
            continue
        if heading or index not in nested:
            kept[index] = text
    return kept


def under_other_work(lines: list[str]) -> set[int]:
    """Indexes of the lines nested in a list under an item that names another work (its
    parents: the items less indented above it, up to the list's end)."""
    under: set[int] = set()
    stack: list[tuple[int, bool]] = []  # open items: indent, whether it or a parent is other
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        own = _indent(line)
        item = _LIST_ITEM.match(line)
        if item is None and own == 0:
            stack.clear()  # the list ended: a paragraph or a heading
            continue
        if item is not None:
            while stack and stack[-1][0] >= own:
                stack.pop()
        if stack and stack[-1][1]:
            under.add(index)
        if item is not None:
            text = item.group("text")
            other = bool(_OTHER_WORK.search(text)) and not ABOUT_MODEL.search(text)
            other = other or bool(_PARENT.search(text))
            stack.append((own, other or bool(stack and stack[-1][1])))
    return under


def _indent(line: str) -> int:
    spaces = len(line) - len(line.lstrip(" \t"))
    return len(line[:spaces].expandtabs(4))


def badge_lines(lines: list[str], skip: Collection[int]) -> dict[int, str]:
    """License badges (Markdown images or HTML `<img>`s) rendered as a list item `- License:
    <message>` (with the badge's link), or `- <part> License: <message>` for a part's badge
    (not for the code's), by line."""
    kept: dict[int, str] = {}
    for index, line in enumerate(lines):
        if index in skip or ("![" not in line and "<img" not in line.lower()):
            continue
        found = [(m.group("alt"), m.group("image"), m.group("link")) for m in _BADGE.finditer(line)]
        for tag in _IMG.finditer(line):
            attrs = {name.lower(): value for name, _, value in _ATTR.findall(tag.group("attrs"))}
            found.append((attrs.get("alt", ""), attrs.get("src", ""), None))
        said = [text for alt, image, link in found if (text := _badge_text(alt, image, link))]
        if said:
            kept[index] = "; ".join(said)
    return kept


def _badge_text(alt: str, image: str, link: str | None) -> str | None:
    url = urlsplit(image)
    alt = alt.strip()
    host = url.netloc.lower() in _BADGE_HOSTS
    label, message = _shields(url.path, url.query) if host else ("", "")
    if not _LICENSE_WORD.search(label) and not _LICENSE_WORD.search(alt):
        return None
    if not message:  # a dynamic badge (`/github/license/...`) or another host: its alt text
        alt_label = LABEL.fullmatch(alt)
        message = alt_label.group("value") if alt_label else ""
    if not message and not link:
        return None
    key = label if _PART_KEY.fullmatch(label) else "License"
    if key != "License" and _OTHER_WORK.search(key) and not ABOUT_MODEL.search(key):
        return None  # `Code License: MIT`: the code's license, not the model's
    # a list item: a reader takes `License: X` alone for a license's title, not a label
    if link and not link.startswith("#"):
        return f"- {key}: [{message or 'link'}]({link})"
    return f"- {key}: {message}"


def _shields(path: str, query: str) -> tuple[str, str]:
    """The label and message of a shields.io or badgen static badge (`/badge/<label>-
    <message>-<color>`, `--` for a dash, `__` for an underscore, `_` for a space; or
    `?label=...&message=...`)."""
    fields = parse_qs(query)
    label = fields.get("label", [""])[0]
    if "message" in fields:
        return label, fields["message"][0]
    parts = path.strip("/").split("/", 1)
    if len(parts) < 2 or parts[0] != "badge":
        return label, ""
    spec = re.sub(r"\.(?:svg|png|json)$", "", unquote(parts[1]), flags=re.IGNORECASE)
    pieces = [_spaced(piece) for piece in spec.replace("--", "\x00").split("-")]
    if len(pieces) < 2:
        return label, ""
    if len(pieces) == 2:  # message and color, no label
        return label, pieces[0]
    return pieces[0], "-".join(pieces[1:-1])


def _spaced(text: str) -> str:
    text = text.replace("__", "\x01").replace("_", " ").replace("\x01", "_")
    return text.replace("\x00", "-").strip()


def stated_lines(
    lines: list[str],
    skip: Collection[int],
    intro_end: int,
    title: str | None,
    nested: Collection[int] | None = None,
) -> dict[int, str]:
    """Sentences of the card's opening that speak of license or terms (not of the data it
    was trained on), and sentences anywhere that say this model (or the card's title) is
    licensed or released under something: each line's part of them, by line index.
    `nested`: `under_other_work(lines)`, when the caller has it."""
    named = None  # the title as a subject; the rest of the sentence is `_UNDER_AT`'s
    if title and re.search(r"[^\W_]{2}", title):
        named = re.compile(r"(?<![\w-])" + re.escape(title.strip()) + r"(?![\w-])", re.I)
    nested = under_other_work(lines) if nested is None else nested
    spans: dict[int, tuple[int, int]] = {}  # line index -> the part kept (start, end)
    for run in paragraph_runs(lines, set(skip) | set(nested)):
        text = "\n".join(lines[i] for i in run)
        starts = [0]
        for index in run:
            starts.append(starts[-1] + len(lines[index]) + 1)
        for begin, end in sentence_spans(text):
            said = text[begin:end]
            cut = current_start(said)  # a license's history: the one replaced binds nothing
            begin, said = begin + cut, said[cut:]
            # the lines the sentence spans, found by binary search (a paragraph may have
            # tens of thousands of lines: scanning it per sentence was quadratic, issue 34)
            k_first = bisect.bisect_right(starts, begin) - 1
            first = run[min(k_first, len(run) - 1)]
            stated = (_OWN.search(said) is not None or _names(said, named)) and speaks_of_model(
                said
            )
            plain = _MARKUP.sub(" ", said)
            opening = (
                first < intro_end and _INTRO_WORDS.search(plain) and not _licenses_as_task(plain)
            )
            if not (
                stated or (opening and not ABOUT_DATA.search(said) and not _TRAINED.search(said))
            ):
                continue
            for k in range(min(k_first, len(run) - 1), len(run)):
                if starts[k] > end:
                    break
                index = run[k]
                low, high = max(begin, starts[k]), min(end, starts[k + 1] - 1)
                if low < high:
                    low, high = low - starts[k], high - starts[k]
                    old = spans.get(index, (low, high))
                    spans[index] = (min(old[0], low), max(old[1], high))
    return {
        index: lines[index][low:high]
        for index, (low, high) in spans.items()
        if lines[index][low:high].strip()
    }


def _licenses_as_task(sentence: str) -> bool:
    """Whether licenses are what the model works on in `sentence`, not its terms: a task verb
    before the first license word and no word of the model's own terms."""
    noun = _LICENSE_NOUN.search(sentence)
    if noun is None or _OWN_TERMS.search(sentence):
        return False
    return _TASK_VERB.search(sentence, 0, noun.start()) is not None


def _names(said: str, named: re.Pattern[str] | None) -> bool:
    """Whether the card's title, as a subject, starts a match of `_UNDER` in `said`: the
    card's own-subject pattern with the title among its subjects, without compiling that
    pattern for each card (every match of the title is tried, overlapping ones too)."""
    at = 0
    while named is not None and (found := named.search(said, at)) is not None:
        if _UNDER_AT.match(said, found.end()) is not None:
            return True
        at = found.start() + 1
    return False


def paragraph_runs(lines: list[str], skip: Collection[int]) -> list[list[int]]:
    """Paragraphs: runs of non-blank lines not in `skip`, a list item opening a run of its
    own (a sentence is read whole when it wraps over lines)."""
    runs: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if index in skip or not line.strip():
            runs.append([])
            continue
        if _LIST_ITEM.match(line) and runs[-1]:
            runs.append([])
        runs[-1].append(index)
    return [run for run in runs if run]


def sentence_spans(text: str, ends: re.Pattern[str] = _SENTENCE_END) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, split where `ends` matches."""
    found: list[tuple[int, int]] = []
    begin = 0
    for stop in ends.finditer(text):
        found.append((begin, stop.start()))
        begin = stop.end()
    found.append((begin, len(text)))
    return [(b, e) for b, e in found if text[b:e].strip()]


def speaks_of_model(line: str) -> bool:
    """Not a line about a dataset alone."""
    return not (ABOUT_DATA.search(line) and not ABOUT_MODEL.search(line))
