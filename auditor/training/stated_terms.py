"""What a card's words state about a dataset it names beyond a license's name, and the sentences
after the naming one that still speak of that dataset. Pure.

Terms: a statement confining the data to research ("academic research only", "restricted to
non-commercial research", "for research purposes only") is `research-only`; one barring commerce
without naming research ("non-commercial use only", "no commercial use of the data is
permitted", "may not be used commercially") is `non-commercial`. A negated confinement ("not
limited to research") states nothing.

Follow-on sentences: a card often names a dataset in one sentence and states its license or terms
in the next ("... on X. That dataset is published under CC BY-NC 4.0."; "X: 12,000 questions.
Its terms of use allow academic research only."). A following sentence of the same paragraph or
list item is read for the dataset when its subject refers back to it:
- a noun phrase naming data ("that/this/the dataset", "the data", "this corpus", "these
  datasets"): the dataset, when its sentence names only one (a plural noun: each it names);
- a pronoun ("it", "its", "they", "their"): only when the dataset is the subject of its own
  sentence (the sentence opens with its name: "X: 12,000 questions."), since "Fine-tuned from
  M on X. It is released under MIT." speaks of the model.
Reading stops at the first sentence that does not refer back, or that speaks of the model
("The model is released under Apache-2.0"), so another dataset's or the model's terms are never
attached.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.training.stated_license import continuation, license_after, license_in_sentence

_I = re.IGNORECASE
FOLLOW_LIMIT = 600
"""Characters read after a dataset's sentence, within its paragraph or list item."""
MAX_FOLLOWING = 3
"""Following sentences read at most."""

_SCOPE = r"(?:non-?commercial\s+|academic\s+|scientific\s+|scholarly\s+)*"
_PURPOSE = r"(?:purposes?|use|uses|usage)"
_RESEARCH = lazy_pattern(
    rf"\b{_SCOPE}research(?:\s+(?:and|or|&)\s+(?:educational|teaching|academic|personal))?"
    rf"[- ](?:{_PURPOSE}[- ])?only\b"
    rf"|\b(?:only|solely|exclusively|strictly)\s+(?:be\s+)?(?:used\s+)?(?:for|in|to)\s+{_SCOPE}"
    r"(?:research|academic)\b"
    rf"|\b(?:restricted|limited|confined|reserved)\s+to\s+{_SCOPE}(?:research|academic)\b"
    rf"|\b(?:restrict|limit|confine)s?\s+(?:it|them|its\s+use|use)\s+to\s+{_SCOPE}"
    r"(?:research|academic)\b"
    r"|\bnot\s+(?:be\s+)?used\s+outside\s+(?:of\s+)?(?:academic\s+|non-?commercial\s+)?research\b",
    _I,
)
_NON_COMMERCIAL = lazy_pattern(
    rf"\bnon-?commercial\s+(?:{_PURPOSE}\s+)?only\b"
    rf"|\b(?:only\s+)?for\s+non-?commercial\s+{_PURPOSE}\b(?!\s+(?:and|or)\s+commercial)"
    r"|\bno\s+commercial\s+(?:use|exploitation|purposes?)\b"
    r"|\bcommercial\s+(?:use|exploitation)\s+(?:of\s+(?:\w+\s+){0,3})?(?:is\s+|are\s+)?"
    r"(?:not\s+(?:permitted|allowed|authori[sz]ed)|prohibited|forbidden|barred|excluded)"
    r"|\b(?:may|must|shall|can|should)\s*not\s+be\s+used\s+(?:for\s+(?:any\s+)?commercial"
    r"|commercially)\b|\bcannot\s+be\s+used\s+(?:for\s+(?:any\s+)?commercial|commercially)\b"
    r"|\bnot\s+(?:to\s+be\s+used\s+)?for\s+(?:any\s+)?commercial\s+(?:use|purposes?)\b",
    _I,
)
_NEGATED_BEFORE = lazy_pattern(r"\b(?:not|never|nor|no\s+longer)\s+(?:\w+\s+){0,2}$", _I)
_PERMITTED = lazy_pattern(
    r"\bcommercial\s+use\s+(?:is\s+)?(?:permitted|allowed)|\bincluding\s+commercial", _I
)


def stated_terms(text: str) -> str | None:
    """`research-only`, `non-commercial` or None: what the words say the data may be used for."""
    research = next(
        (m for m in _RESEARCH.finditer(text) if not _NEGATED_BEFORE.search(text[: m.start()])),
        None,
    )
    if research is not None:
        return "research-only"
    if _NON_COMMERCIAL.search(text) and not _PERMITTED.search(text):
        return "non-commercial"
    return None


_SENTENCE = lazy_pattern(r"(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]+|$)")
_DATA_NOUN = r"(?:data\s*sets?|data|corpus|corpora|collection|benchmark|set)"
_REFERS_SINGULAR = lazy_pattern(
    rf"^\s*(?:that|this|the|said)\s+(?:(?:training|source|fine-?tuning|underlying)\s+)?"
    rf"(?:data\s*set|data|corpus|collection)\b(?!\s*sets)"
    rf"|^\s*(?:the\s+)?(?:terms|licen[cs]e)\s+of\s+(?:that|this|the)\s+{_DATA_NOUN}\b",
    _I,
)
_REFERS_PLURAL = lazy_pattern(
    r"^\s*(?:these|those|the|both|all\s+(?:the\s+|of\s+the\s+|three\s+|two\s+)?)\s*"
    r"(?:(?:training|source|fine-?tuning)\s+)?(?:data\s*sets|corpora|collections)\b",
    _I,
)
_PRONOUN = lazy_pattern(r"^\s*(?:it|its)\b", _I)
_PRONOUNS = lazy_pattern(r"^\s*(?:they|their|both|each)\b", _I)
_MODEL = lazy_pattern(
    r"\b(?:models?|weights|checkpoints?|adapters?|we\s+release|our\s+release)\b", _I
)


def following_sentences(text: str, *, subject: bool, count: int) -> list[str]:
    """The sentences at the head of `text` (the words after a dataset's sentence, to the end of
    its paragraph) that refer back to the dataset; `subject`: the dataset is its sentence's
    subject (a pronoun may then refer to it); `count`: datasets its sentence names."""
    kept: list[str] = []
    for found in _SENTENCE.finditer(text[:FOLLOW_LIMIT]):
        sentence = found.group().strip()
        if not sentence or len(kept) >= MAX_FOLLOWING:
            break
        head = sentence.lstrip("*_`>- ")
        plural = _REFERS_PLURAL.match(head) is not None
        refers = (
            (_REFERS_SINGULAR.match(head) is not None and count == 1)
            or plural
            or (subject and count == 1 and _PRONOUN.match(head) is not None)
            or (subject and count > 1 and _PRONOUNS.match(head) is not None)
        )
        if not refers or _MODEL.search(sentence):
            break
        kept.append(sentence)
    return kept


_OWN_HEAD = lazy_pattern(r"^\s*(?:[(\[]|[,;:]?\s*(?:which|whose|its|their)\b|:)", _I)
_OWN_BREAK = lazy_pattern(
    r"\.\s|;\s*(?:the\s+model|we|it\s+was)\b|\b(?:then|while|and\s+the\s+model)\b", _I
)
_PLAIN_LINE = lazy_pattern(r"^\s*(?![#|>`*+-]|\d+[.)]\s)\S")
_ENDS = lazy_pattern(r"[.!?。！？]\s*$")


def own_terms(after: str) -> str | None:
    """The terms the words right after a dataset's name state for it: a bracket, a colon or a
    relative clause ("X (research use only)", "X, whose terms bar commercial use"); words of the
    sentence's own subject ("trained on X for research only" speaks of the model) are not read."""
    if not _OWN_HEAD.match(after):
        return None
    cut = _OWN_BREAK.search(after)
    clause = after[: cut.start()] if cut is not None else after
    return None if _MODEL.search(clause) else stated_terms(clause)


def paragraph_after(lines: list[str], offset: int, rest: str) -> str:
    """The words after a sentence to the end of its paragraph or list item: the rest of its line
    (`rest`) and the plain lines after it; when the sentence ends its line unfinished (a wrapped
    paragraph), the words finishing it are left out."""
    tail = [rest.strip()]
    size = len(rest)
    for line in lines[offset + 1 : offset + 8]:
        if not _PLAIN_LINE.match(line) or size >= FOLLOW_LIMIT:
            break
        tail.append(line.strip())
        size += len(line) + 1
    text = " ".join(t for t in tail if t)[:FOLLOW_LIMIT]
    if not rest.strip() and not _ENDS.search(lines[offset]):
        end = re.search(r"[.!?](?:\s|$)", text)
        text = text[end.end() :] if end is not None else ""
    return text


Tail = tuple[list[str], int, str]
"""A card's lines, the index of the line a sentence stands in, and that line's words after it."""


def said_of(
    after: str, tail: Tail | None, *, last: bool, subject: bool, count: int
) -> tuple[str | None, str | None]:
    """The license name and the terms (`research-only`, `non-commercial`) the card states for a
    dataset its sentence names: in the words right after its name (`after`, carried on over a
    wrapped line when it is the sentence's last dataset), else in the following sentences that
    refer back to it. `subject`: the sentence opens with a dataset's name; `count`: how many
    datasets the sentence names."""
    own = after
    if tail is not None and last and not tail[2].strip():
        own = f"{after} {continuation(tail[0], tail[1])}"
    license_ = license_after(own)
    terms = [own_terms(own)]
    if tail is not None:
        lines, offset, rest = tail
        text = paragraph_after(lines, offset, rest)
        for sentence in following_sentences(text, subject=subject, count=count):
            license_ = license_ or license_in_sentence(sentence)
            terms.append(stated_terms(sentence))
    strict = "research-only" if "research-only" in terms else next((t for t in terms if t), None)
    return license_, strict
