"""Model references in a piece of card text: Hub links and `org/name` ids, with their spans.

Shared by the prose sentences (prose.py) and the configurations and tables (prose_configs.py).
Pure and bounded: callers hand in a window of a line, never a whole huge card.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.card_text_s40lineage import is_language_pair
from auditor.model import Evidence, StatedParent

# A Hub model page; datasets, spaces and the site's own pages are not models.
_SITE_PAGES = (
    "datasets|spaces|docs|papers|blog|collections|models|api|organizations|settings|join"
    "|login|pricing|tasks|learn|chat|new|posts|enterprise|inference-endpoints|search|welcome"
)
HUB_URL = lazy_pattern(
    r"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/"
    rf"(?!(?:{_SITE_PAGES})/)([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)",
    re.IGNORECASE,
)
_MD_LINK = lazy_pattern(r"\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]{1,500})>?(?:\s+\"[^\"]*\")?\s*\)")
# `org/name` written out, not part of a URL or a path (no '/', '.' or word character before it).
_REPO_ID = lazy_pattern(
    r"(?<![\w./@:-])([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/])"
)
_FILE_END = lazy_pattern(
    r"\.(?:py|md|json|ya?ml|txt|bin|pt|pth|safetensors|gguf|sh|ipynb|html?|png|jpe?g|gif|csv)$",
    re.IGNORECASE,
)
# Pairs of words with a slash that are never repos: "and/or", "input/output", "w/o", "24/7".
_WORDS = lazy_pattern(
    r"^(?:and|or|input|output|read|write|yes|no|true|false|on|off|w|he|she|it|they|s|n|a|"
    r"pros|cons|i|o|tcp|ip|client|server|text|image|audio|video|train|test|dev|eval)$",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_pattern(r"[.!?](?:\s|$)")
_CLAUSE_END = lazy_pattern(r";|,\s+(?:and|but|which|while|so|then|whereas)\b", re.IGNORECASE)
MAX_WINDOW = 300
"""Characters after a derivation phrase searched for model references."""
QUOTE_REACH = 600
"""Characters either side of a phrase searched for the ends of its sentence."""
MD_LINK_TEXT = lazy_pattern(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")


@dataclass(frozen=True, slots=True)
class Ref:
    """A model reference in a window: where it stands, the repo id, and how it was written."""

    start: int
    end: int
    ref: str
    linked: bool  # a Hub link, not a bare `org/name`


def clean_ref(ref: str) -> str:
    """A repo id without a trailing file path piece, revision or punctuation."""
    org, _, name = ref.partition("/")
    name = re.split(r"[/?#@]", name, maxsplit=1)[0].rstrip(".-_")
    return f"{org}/{name}"


def is_repo_like(ref: str) -> bool:
    """Whether an `org/name` written without a link looks like a repo id, not prose."""
    org, _, name = ref.partition("/")
    if len(org) < 2 or len(name) < 2 or name.isdigit() or org.isdigit():
        return False
    if _FILE_END.search(name) or _WORDS.match(org) or _WORDS.match(name):
        return False
    if is_language_pair(org, name):
        return False
    return not (
        org.islower()
        and name.islower()
        and org.isalpha()
        and name.isalpha()
        and len(org) + len(name) < 9
    )


def references(text: str) -> list[Ref]:
    """Hub links (Markdown, HTML or bare) and bare `org/name` ids in `text`, in order."""
    found: list[Ref] = []
    taken: list[tuple[int, int]] = []
    for link in _MD_LINK.finditer(text):
        url = HUB_URL.match(link.group(2))
        if url is not None:
            found.append(Ref(link.start(), link.end(), clean_ref(url.group(1)), True))
            taken.append((link.start(), link.end()))
    for url in HUB_URL.finditer(text):
        if not _inside(url.start(), taken):
            found.append(Ref(url.start(), url.end(), clean_ref(url.group(1)), True))
            taken.append((url.start(), url.end()))
    for bare in _REPO_ID.finditer(text):
        if _inside(bare.start(), taken):
            continue
        ref = clean_ref(bare.group(1))
        if is_repo_like(ref):
            found.append(Ref(bare.start(), bare.end(), ref, False))
    found.sort(key=lambda r: r.start)
    return found


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def plain(text: str) -> str:
    """Text with Markdown links reduced to their words, emphasis marks dropped, spaces folded."""
    text = MD_LINK_TEXT.sub(r"\1", text)
    return " ".join(text.replace("**", "").replace("__", "").replace("`", "").split())


def stated(
    ref: str, relation: str | None, method: str, confidence: float, file: str, line: int, quote: str
) -> StatedParent:
    """A StatedParent with its evidence (file, line, quote)."""
    return StatedParent(ref, relation, method, confidence, Evidence(file, line, quote))


_FORMAT_SUFFIX = lazy_pattern(
    r"[-_.](?:gguf|ggml|gptq|awq|exl2|mlx|onnx|hf|fp16|bf16|fp8|int4|int8|\d+bit|\d+bpw|bnb"
    r"|nf4|quantized|quant|imatrix|i?q\d\w*)$",
    re.IGNORECASE,
)


def is_own(ref: str, own: str | None) -> bool:
    """The model itself, one of its own variants ("<own>-GGUF", "<own>-Int4"), or a sibling
    format of the same weights from the same publisher (own "-GGUF", ref "-GPTQ")."""
    if own is None:
        return False
    key, mine = ref.lower(), own.lower()
    if key == mine or key.startswith(mine):
        return True
    org, _, name = key.partition("/")
    own_org, _, own_name = mine.partition("/")
    return org == own_org and _stem(name) == _stem(own_name)


def _stem(name: str) -> str:
    for _ in range(4):
        shorter = _FORMAT_SUFFIX.sub("", name)
        if shorter == name:
            break
        name = shorter
    return name


def window_after(line: str, start: int) -> str:
    """What follows the phrase up to the end of its sentence or clause."""
    stop = min(start + MAX_WINDOW, len(line))
    for pattern in (_SENTENCE_END, _CLAUSE_END):
        end = pattern.search(line, start, stop)
        if end is not None:
            stop = end.start()
    return line[start:stop]


def sentence_quote(line: str, start: int) -> str:
    """The sentence holding the phrase, markup links reduced to their text, whitespace folded.

    Looked for at most QUOTE_REACH characters either side, so a huge one-line card costs
    linear time, not a scan of the whole line for each phrase."""
    floor = max(0, start - QUOTE_REACH)
    dot = line.rfind(". ", floor, start)
    begin = dot + 2 if dot >= 0 else floor
    ceiling = min(len(line), start + QUOTE_REACH)
    end = _SENTENCE_END.search(line, start, ceiling)
    return trim_quote(plain(line[begin : end.end() if end is not None else ceiling]))


# What makes a mention not a parent, before the reference or between it and the phrase.
_NOT_PARENT_BEFORE = lazy_pattern(
    r"\b(?:data(?:sets?)?|corpus|outputs?|responses|generated|synthetic|judge[sd]?|annotat\w*"
    r"|label(?:l?ed|s)?|tokeni[sz]er|architecture|recipe|code|scripts?|method|paper|approach"
    r"|template|prompts?|format|style|benchmarks?|evaluat\w*|compar\w*|scratch|vocabulary"
    r"|this\s+(?:one|model|checkpoint|repo(?:sitory)?))\b",
    re.IGNORECASE,
)
_NOT_PARENT_AFTER = lazy_pattern(
    r"^\W{0,3}(?:'s\s+)?(?:model\s+card|card|readme|dataset|data\b|corpus|tokeni[sz]er"
    r"|architecture|chat\s+template|template|paper|outputs|responses|as\s+(?:an?\s+|the\s+)?judge)",
    re.IGNORECASE,
)
_LIST_GAP = lazy_pattern(
    r"^[\s,;/&+]*(?:\([^)]{0,100}\))?[\s,;/&+]*(?:(?:and|or|with|plus|as\s+well\s+as)\b)?"
    r"[\s,:]*(?:the\s+)?$",
    re.IGNORECASE,
)
MAX_LEAD = 80
"""Plain characters between the phrase and the first reference."""


def listed(window: str, *, strict: bool, is_known: Callable[[str], bool]) -> list[Ref]:
    """The references the phrase points at: the first one soon after it, then a list of them.

    With `strict`, a bare `org/name` counts only when `is_known` says so."""
    found: list[Ref] = []
    previous_end = 0
    for ref in references(window):
        gap = plain(window[previous_end : ref.start])
        if "](" in window[previous_end : ref.start]:
            break  # the phrase stood inside a link's text: "[GGUF files for GPUs](...)"
        if not found:
            if len(gap) > MAX_LEAD or _NOT_PARENT_BEFORE.search(gap):
                break
        elif not _LIST_GAP.match(gap):
            break
        previous_end = ref.end
        if _NOT_PARENT_AFTER.match(plain(window[ref.end : ref.end + 60])):
            if not found:
                break
            continue
        if strict and not ref.linked and not is_known(ref.ref):
            if not found:
                break
            continue
        found.append(ref)
    return found


# A model named by its size ("WizardCoder-33B-V1.1", "Kite 7B"): the subject of a sentence
# about another model than this one ("We released X-33B, trained from Y").
_SIZED_NAME = lazy_pattern(r"\b[A-Za-z][\w.]*[- ]\d+(?:\.\d+)?[BbMm]\b(?:-[\w.]+)*")


def another_model_before(line: str, start: int, own: str | None) -> bool:
    """Whether the words before a display-name phrase, in its sentence, name a sized model
    other than this one: the derivation is that model's."""
    before = sentence_before(line, start, 120)
    mine = (own or "").lower().replace(" ", "-")
    return any(
        name.group().lower().replace(" ", "-") not in mine for name in _SIZED_NAME.finditer(before)
    )


def sentence_before(line: str, start: int, reach: int) -> str:
    """The words before `start` in its sentence, at most `reach` characters back."""
    before = line[max(0, start - reach) : start]
    dot = max(before.rfind(". "), before.rfind("; "))
    return before[dot + 2 :] if dot >= 0 else before
