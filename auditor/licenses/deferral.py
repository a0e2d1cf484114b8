"""A card that names no license of its own but defers to its base model's: "License: same as
the original model", "for the licence, please refer to the original model", "this quant
follows the base model's license", "released under the same license as the base model".

Quantizers, converters and community uploaders write this instead of a tag (or beside
`license: other`): the weights are the base's in another shape, and the uploader says whose
license they carry. `read_base_deferral` finds the first such statement in the card's prose
(code blocks left out) and quotes it with its line; whether it decides anything is lineage's
question (the base must be named and its license resolved: pipeline/deferred.py). A statement
that sets the base's license aside ("unlike the base model", "not the same as", "differs
from", "instead of") defers nothing. The same statements in Japanese, Chinese, Korean, German,
French and Spanish are read by `deferral_foreign`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses import deferral_foreign
from auditor.licenses.text.layout import trim_quote
from auditor.model import Evidence

_LICENSE = r"licen[cs](?:e|es|ing)\b(?:\s+(?:terms|information|details|conditions))?"
# the base the card points to: "the original model", "the base model's", "the upstream
# Qwen2.5 weights", "the original" (a label's short form); not a dataset or a paper
_BASE = (
    r"(?:the\s+|its\s+|their\s+)?(?:original|base|parent|upstream|source|underlying"
    r"|un-?quantized|full[- ]precision|foundation)"
    r"(?:\s+(?-i:[A-Z0-9])[\w.:/-]*){0,3}?"  # a name between: "the original Qwen2.5-7B model"
    r"(?:\s+(?:model|weights|checkpoint|repo(?:sitory)?|release))?"
    r"(?:\s+(?:card|page|repo(?:sitory)?))?"
)
_NOT_DATA = r"(?!\s*(?:data|dataset|corpus|paper|code)\b)"
_NOT_DATA_WORD = lazy_pattern(r"\b(?:data|dataset|corpus|paper|code)\b", re.IGNORECASE)
_DEFER_VERB = (
    r"(?:refer(?:ring)?\s+to|see|check|consult|visit|review|follow(?:s|ing)?|inherit(?:s|ed)?"
    r"(?:\s+from)?|keeps?|retains?|carr(?:y|ies)(?:\s+over)?|adopts?|uses?"
    r"|(?:is|are|remains?)\s+(?:subject\s+to|governed\s+by|bound\s+by|covered\s+by)"
    r"|(?:is|are)\s+(?:released|licensed|distributed|provided|published|shared|available)\s+under)"
)
_SAME_AS = (
    r"(?:same\s+(?:as|like)|identical\s+to|see|refer\s+to|follows?|inherit(?:ed|s)?(?:\s+from)?"
    r"|as\s+per|per|as\s+(?:in|for)|from)"
)
_SHAPES = lazy_pattern(
    "|".join(
        (
            # a label deferring: "License: same as the original model", "Licence — see base"
            r"\b" + _LICENSE + r"\**\s*(?:\([^)]{0,30}\)\s*)?[:：=—–-]\s*\**\s*(?:the\s+)?"
            + _SAME_AS + r"\s+(?:th(?:at|ose)\s+of\s+)?" + _BASE + _NOT_DATA,
            # "the same license as the base model", "identical license to the original"
            r"\b(?:same|identical)\s+" + _LICENSE + r"\s+(?:as|to|like)\s+(?:th(?:at|ose)\s+of\s+)?"
            + _BASE + _NOT_DATA,
            # "follows the base model's license", "refer to the original model's licence"
            r"\b" + _DEFER_VERB + r"\s+(?:the\s+)?(?:same\s+)?" + _BASE
            + r"(?:'s|’s|s')\s+(?:own\s+)?" + _LICENSE,
            # "see the license of the base model", "inherits the license of the original"
            r"\b" + _DEFER_VERB + r"\s+(?:the\s+|its\s+)?(?:same\s+)?" + _LICENSE
            + r"\s+(?:of|from|as)\s+(?:th(?:at|ose)\s+of\s+)?" + _BASE + _NOT_DATA,
            # "for the licence, please refer to the original model"
            r"\b(?:for|regarding|about|on|as\s+for)\s+(?:the\s+|its\s+|our\s+)?" + _LICENSE
            + r"\s*[,:]?\s*(?:\w+\s+){0,3}?(?:refer\s+to|see|check|consult|visit|follow)\s+"
            + _BASE + _NOT_DATA,
            # "refer to the original model for the license"
            r"\b(?:refer\s+to|see|check|consult|visit)\s+" + _BASE
            + r"\s+for\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?" + _LICENSE,
            # "licensed the same as the original model", "licensed just like its parent"
            r"\blicen[cs]ed\s+(?:exactly\s+|just\s+)?(?:the\s+same\s+(?:way\s+)?as|like"
            r"|identically\s+to)\s+(?:th(?:at|ose)\s+of\s+)?" + _BASE + _NOT_DATA,
            # "the license is inherited from / the same as that of the base model"
            r"\b" + _LICENSE + r"\s+(?:is|remains|stays)\s+(?:the\s+same\s+as|identical\s+to"
            r"|inherited\s+from|that\s+of|carried\s+over\s+from)\s+(?:th(?:at|ose)\s+of\s+)?"
            + _BASE + _NOT_DATA,
        )
    ),
    re.IGNORECASE,
)  # fmt: skip
# a statement that sets the base's license aside, or changes it
_SET_ASIDE = lazy_pattern(
    r"\b(?:not|unlike|differs?|different|instead|rather\s+than|no\s+longer|replac\w*|changes?"
    r"|changed|except|supersed\w*|override\w*|does\s+not|doesn't|isn't|aren't)\b",
    re.IGNORECASE,
)
# under a License heading the sentence need not name the license: "Same as the base model.",
# "Please refer to the original model.", "Inherited from the parent model."
_IN_SECTION = lazy_pattern(
    r"^\W*(?:please\s+|it\s+is\s+|this\s+is\s+)?(?:the\s+)?" + _SAME_AS
    + r"\s+(?:th(?:at|ose)\s+of\s+)?" + _BASE + _NOT_DATA,
    re.IGNORECASE,
)  # fmt: skip
# a declared license name that is itself a deferral, once its slug is read as words
# ("same-as-base-model", "inherit_from_parent", "see original model", "base-model-license"):
# a sentence shape above, or the base alone with at most the word license
_BASE_ALONE = lazy_pattern(
    r"^(?:the\s+)?(?:base|original|parent|upstream|foundation)(?:\s+model(?:'s|’s|s)?"
    r"(?:\s+" + _LICENSE + r")?|(?:'s|’s|s)?\s+" + _LICENSE + r")$",
    re.IGNORECASE,
)
_SLUG = lazy_pattern(r"[-_\s]+")
_HEADING = lazy_pattern(r"^\s{0,3}#{1,6}\s+(?P<title>.*)$")
_LICENSE_TITLE = lazy_pattern(
    r"licen[cs]|\bterms\b|" + deferral_foreign.NAMES_LICENSE.pattern, re.IGNORECASE
)
_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
# a link: `[words](url)`, `<url>` or a bare URL
_LINK = lazy_pattern(
    r"\[[^\]]{0,200}\]\(\s*<?(?P<md>[^)\s>]{1,500})>?[^)]{0,200}\)"
    r"|<(?P<auto>https?://[^>\s]{1,500})>|(?P<bare>https?://[^\s)\]]{1,500})"
)
# the reader sent to the terms the link holds: "adhere to the licensing terms as described
# [here](...)", "see [the base's license](...)", "subject to the terms [at](...)"
_SENT_TO = lazy_pattern(
    r"\b(?:adhere|comply|complies|abide|abides|follow|follows|observe|respect|refer|see|check"
    r"|consult|read|review|subject\s+to|governed\s+by|bound\s+by|covered\s+by|under"
    r"|described|set\s+out|found|available)\b",
    re.IGNORECASE,
)
# a license of the card's own named before the link: "This LoRA is MIT; see the base's license"
_OWN_NAMED = lazy_pattern(
    r"\b(?:apache|mit|bsd|gpl|lgpl|agpl|mpl|cc[- ]by|creative\s+commons|cc0|unlicense"
    r"|openrail|wtfpl|isc)\b",
    re.IGNORECASE,
)
_HUB_HOSTS = frozenset({"huggingface.co", "www.huggingface.co", "hf.co"})
_TERMS_FILE = lazy_pattern(r"licen[cs]|terms|copying|notice|use[-_ ]?policy|eula", re.IGNORECASE)
_SENTENCE_END = lazy_pattern(r"(?<=[.!?])\s+(?=[A-Z\[*(])|(?<=[。！？])\s*")


def read_base_deferral(
    body: str, *, path: str, first_line: int = 1, bases: Sequence[str] = ()
) -> Evidence | None:
    """The first statement of the card's prose (`body`, whose first line is `first_line` of
    `path`) deferring the model's license to its base model, quoted with its line; None
    when there is none. Under a License heading a sentence need not name the license ("Same
    as the base model."). Lines inside code fences are not prose. `bases`: the Hub ids the
    card's metadata names as its base models; a sentence sending the reader by link to the
    license (or the page) of one of them defers to it ("Please adhere to the licensing terms
    as described [here](https://huggingface.co/org/base/blob/main/LICENSE.md)"); a link to
    another repo's license (a dataset's, the model's own) does not."""
    if not deferral_foreign.NAMES_LICENSE.search(body):
        return None
    fenced = False
    in_section = False  # under a License (or Terms) heading
    for offset, line in enumerate(body.splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        heading = None if fenced else _HEADING.match(line)
        if heading is not None:
            in_section = _LICENSE_TITLE.search(heading.group("title")) is not None
            continue
        if fenced or not (in_section or deferral_foreign.NAMES_LICENSE.search(line)):
            continue
        for sentence in _SENTENCE_END.split(line.strip()):
            said = _SHAPES.search(sentence) or (in_section and _IN_SECTION.search(sentence))
            foreign = not said and deferral_foreign.defers(sentence, in_section=in_section)
            linked = not (said or foreign) and _links_base(sentence, bases, in_section)
            if (said or foreign or linked) and not _SET_ASIDE.search(sentence):
                quote = trim_quote(sentence.strip(" \t-*>#|"))
                return Evidence(file=path, line=first_line + offset, text=quote)
    return None


def is_deferral_name(name: str) -> bool:
    """Whether a declared license name (`license_name`, a license tag's free text) names no
    license but defers to the base model's: "same-as-base-model", "Same license as the
    original", "inherited-from-parent", "base_model_license"; not a name that sets the base's
    license aside ("not-same-as-base") nor one that names a license ("llama2-base")."""
    words = _SLUG.sub(" ", name).strip()
    if not words or len(words) > 80 or _SET_ASIDE.search(words):
        return False
    if _BASE_ALONE.match(words):
        return True
    said = _SHAPES.search(words) or _IN_SECTION.match(words)
    return said is not None and said.start() == 0 and not _NOT_DATA_WORD.search(words)


def _links_base(sentence: str, bases: Sequence[str], in_section: bool) -> bool:
    """Whether the sentence sends the reader to a base model's license by a link: a verb of
    deference before a link into a base's repo (its page, or a license or terms file of it),
    the sentence speaking of the license (or standing under a License heading), and no
    license of the card's own named before the link."""
    if not bases or "http" not in sentence:
        return False
    if not (in_section or deferral_foreign.NAMES_LICENSE.search(sentence)):
        return False
    wanted = {b.strip().lower() for b in bases}
    for link in _LINK.finditer(sentence):
        url = link.group("md") or link.group("auto") or link.group("bare") or ""
        before = sentence[: link.start()]
        if (
            _base_terms_link(url, wanted)
            and _SENT_TO.search(before)
            and not _OWN_NAMED.search(before)
        ):
            return True
    return False


def _base_terms_link(url: str, bases: set[str]) -> bool:
    """A Hub URL of one of `bases` (lower-case ids): the repo's page, or a license or terms
    file in it (`/blob/main/LICENSE.md`, `/resolve/main/LICENSE`); not a dataset's or a
    space's (`/datasets/org/name/...`), nor another file of it."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    if (parts.hostname or "").lower() not in _HUB_HOSTS:
        return False
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or f"{segments[0]}/{segments[1]}".lower() not in bases:
        return False
    rest = segments[2:]
    if not rest or (len(rest) == 2 and rest[0] == "tree"):
        return True  # the base's page, or its files at a revision
    return rest[0] in ("blob", "resolve", "raw") and _TERMS_FILE.search(rest[-1]) is not None
