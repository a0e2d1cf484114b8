"""The license a card states for one of its parents, read where lineage cannot resolve it.

Offline, or for a parent no registry knows, the parent's license is unknown, yet the card often
says it next to the parent's name: "our fine-tune of X (CC BY-ND 4.0)", "X, released under the
Llama 3.1 license", "based on X, licensed CC BY-NC 4.0", "X is licensed under Apache-2.0", "X's
license: ...". Or it says it of "the base model" ("Base model license: ...", "the original model
is released under ...") or says its own license is the base's ("released under the base model's
license", with a declared license of its own): with one direct parent, that is the same fact.
Each statement names the parent it is read for, the license id the knowledge base identifies
(a name it cannot identify says nothing) and the card's sentence. Lineage takes it as the
unresolved parent's license (stated_ancestors in resolve.py). Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import accumulate

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import identify_declared, match_from_record
from auditor.licenses.deferral import read_base_deferral
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.ancestor import STATED_BY, Ancestor, repo_key, strip_hub_url
from auditor.lineage.ancestor_terms import ancestor_terms
from auditor.lineage.unknown import UNKNOWN_BY
from auditor.model import (
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    ParentLicense,
    SourceSnapshot,
    StatedParent,
)

_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
_BREAK = lazy_pattern(r"^\s*(?:$|#|\||[-*+]\s|\d+[.)]\s|>)")  # a paragraph ends before these
_LINK = lazy_pattern(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = lazy_pattern(r"\*\*|__|`")
_SENTENCE = lazy_pattern(r"(?<=[.!?])\s+(?=[A-Z\[*(\"'])")
_VERB = r"(?:releas|licen[cs]|distribut|publish|shar|provid|offer)ed|(?:made\s+)?available|comes?"
_SAID_AFTER = (
    # "X (CC BY-ND 4.0)", "X (licensed under Apache-2.0)", "X [license: MIT]"
    lazy_pattern(
        r"^\s*[(\[]\s*(?P<said>(?:licen[cs]ed\s+)?under\s+|licen[cs]e\s*[:：=]?\s*)?"
        r"(?P<rest>[^)\]]{2,80})[)\]]",
        re.I,
    ),
    # "X, released under the Llama 3.1 license", "X, which is licensed CC BY-NC 4.0",
    # "X is distributed under the terms of ..."
    lazy_pattern(
        r"^\s*(?:[,–—-]\s*)?(?:(?:which|that|it)\s+)?(?:(?:is|are|was|were|has\s+been)\s+)?"
        r"(?:itself\s+|also\s+|originally\s+)?(?P<said>" + _VERB + r")\s+(?:(?:under|as|with)\s+)?"
        r"(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?P<rest>.{2,80})",
        re.I,
    ),
    # "X's license is MIT", "X, whose licence is ...", "X (its license: ...)"
    lazy_pattern(
        r"^\s*(?:'s|’s|,?\s*whose)\s+licen[cs]e\s*(?P<said>is|:|=)\s*(?:the\s+)?(?P<rest>.{2,80})",
        re.I,
    ),
)
_BASE = r"(?:the\s+|its\s+)?(?:base|parent|original|upstream|foundation|underlying)(?:\s+model)?"
_SAID_OF_BASE = (
    # a label: "Base model license: CC BY-NC 4.0", "License of the original model - MIT"
    lazy_pattern(
        rf"^\W*(?:{_BASE}(?:'s|’s)?\s+licen[cs]e|licen[cs]e\s+of\s+{_BASE})\s*[:：=—–-]\s*"
        r"(?P<rest>.{2,80})",
        re.I,
    ),
    # "The base model is released under the Llama 3.1 license"
    lazy_pattern(
        rf"^\W*{_BASE}\s+(?:is|was)\s+(?:itself\s+|also\s+)?(?:{_VERB})\s+(?:(?:under|as)\s+)?"
        r"(?:the\s+)?(?P<rest>.{2,80})",
        re.I,
    ),
)
# the model's own license said to be the base's, when a deferral sentence does not say it
_UNDER_BASE = lazy_pattern(rf"\bunder\s+(?:the\s+same\s+licen[cs]e\s+as\s+)?{_BASE}(?:'s|’s)", re.I)
_NEGATED = lazy_pattern(
    r"\b(?:not|unlike|differs?|different|instead|rather\s+than|no\s+longer|except|replac\w*)\b",
    re.I,
)
_END = lazy_pattern(r"[;:)\]]|\.(?:\s|$)|,|\s(?-i:and|for|with|by|on|in|to|which|so|but|from)\s")
_LICENSE_LIKE = lazy_pattern(
    r"\b(?:CC|CC0|Creative\s+Commons|Apache|MIT|BSD|L?GPL|AGPL|MPL|EPL|OpenRAIL|RAIL|ODC"
    r"|Unlicense|licen[cs]e|terms)\b",
    re.I,
)
_OTHER_REPO = lazy_pattern(r"(?<![\w.-])[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")
STATED_CONFIDENCE = 0.7  # the card's word for a license no registry or repo confirms
MAX_WORDS = 8


def stated_parent_licenses(
    body: str,
    parents: Sequence[str],
    db: LicenseDB,
    *,
    own: LicenseMatch | None = None,
    card_file: str = "README.md",
    first_line: int = 1,
) -> tuple[ParentLicense, ...]:
    """The license the card's prose states for each of `parents` (refs as the metadata or the
    card name them), at most one each, the first statement; with one parent, also what the
    card says of "the base model", else that its own license (`own`) is the base's."""
    refs = list(dict.fromkeys(strip_hub_url(p) for p in parents if p))
    if not refs:
        return ()
    mentions = [(ref, _mention(ref)) for ref in refs]
    found: dict[str, ParentLicense] = {}
    of_base: ParentLicense | None = None
    for line, sentence in _sentences(body, first_line):
        quote = Evidence(card_file, line, trim_quote(sentence))
        for ref, mention in mentions:
            if ref in found:
                continue
            for hit in mention.finditer(sentence):
                license_id = _said(sentence[hit.end() :], db, _SAID_AFTER)
                if license_id is not None:
                    found[ref] = ParentLicense(ref, license_id, quote)
                    break
            if ref not in found and sentence.startswith("|") and mention.search(sentence):
                license_id = _in_row(sentence, mention, db)
                if license_id is not None:
                    found[ref] = ParentLicense(ref, license_id, quote)
        if of_base is None and len(refs) == 1:
            license_id = _said(sentence, db, _SAID_OF_BASE)
            if license_id is not None:
                of_base = ParentLicense(refs[0], license_id, quote)
    if len(refs) == 1 and refs[0] not in found:
        stated = of_base or _own_as_base(body, refs[0], own, db, card_file, first_line)
        if stated is not None:
            found[refs[0]] = stated
    return tuple(found.values())


def card_parent_licenses(
    snapshot: SourceSnapshot,
    declared: Declared,
    stated: Sequence[StatedParent],
    own: LicenseMatch | None,
    db: LicenseDB,
) -> tuple[ParentLicense, ...]:
    """Analysis: the licenses the card states for its declared and stated parents."""
    card = snapshot.card
    if card is None:
        return ()
    refs = [*(b.ref for b in declared.base_models), *(p.ref for p in stated if p.of is None)]
    return stated_parent_licenses(
        card.body,
        refs,
        db,
        own=own,
        card_file=snapshot.card_path or "README.md",
        first_line=card.body_line,
    )


def _own_as_base(
    body: str,
    ref: str,
    own: LicenseMatch | None,
    db: LicenseDB,
    card_file: str,
    first_line: int,
) -> ParentLicense | None:
    """The card declares its own license and says it is the base model's ("released under
    the base model's license", "same license as the original model"): the base's license."""
    if own is None or own.id is None or db.get(own.id) is None:
        return None
    quote = read_base_deferral(body, path=card_file, first_line=first_line)
    if quote is None:
        quote = next(
            (
                Evidence(card_file, line, trim_quote(sentence))
                for line, sentence in _sentences(body, first_line)
                if _UNDER_BASE.search(sentence) and not _NEGATED.search(sentence)
            ),
            None,
        )
    return ParentLicense(ref, own.id, quote) if quote is not None else None


def _mention(ref: str) -> re.Pattern[str]:
    """The parent's repo id, or its name alone when the name is distinctive (a digit, a
    hyphen: `condor-tts-base`, not `base`); separators written as hyphens, underscores or
    spaces alike."""
    name = ref.rsplit("/", 1)[-1]
    forms = [ref]
    if re.search(r"[\d_-]", name) and len(name) >= 4:
        forms.append(name)
    parts = [r"[-_ ]".join(re.escape(w) for w in re.split(r"[-_ ]", f)) for f in forms]
    return re.compile(
        rf"(?<![\w./-])(?:{'|'.join(parts)})(?![\w/-])(?:\s+(?:model|weights|checkpoint))?", re.I
    )


def _said(text: str, db: LicenseDB, shapes: Sequence[re.Pattern[str]]) -> str | None:
    """The license id one of `shapes` states at the start of `text`, or None."""
    for shape in shapes:
        found = shape.search(text)
        if found is None or _NEGATED.search(text, 0, found.start("rest")):
            continue
        rest = found.group("rest")
        said = "said" in shape.groupindex and found.group("said")
        if shape is _SAID_AFTER[0] and not said and not _LICENSE_LIKE.search(rest):
            continue  # "(English subset)", "(7B)": no license named
        license_id = _identified(rest, db)
        if license_id is not None:
            return license_id
    return None


def _in_row(row: str, mention: re.Pattern[str], db: LicenseDB) -> str | None:
    """A table row naming the parent (and no other repo) and, in a cell of its own, a license
    (`| condor-tts-base | 1.2B | CC BY-ND 4.0 |`): the parent's license."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    others = [c for c in cells if not mention.search(c)]
    if len(others) == len(cells) or any(_OTHER_REPO.search(c) for c in others):
        return None
    named = {
        license_id
        for cell in others
        if _LICENSE_LIKE.search(cell) and not _NEGATED.search(cell)
        if (license_id := _identified(cell, db)) is not None
    }
    return named.pop() if len(named) == 1 else None


def _identified(rest: str, db: LicenseDB) -> str | None:
    """The longest run of the first words that the knowledge base identifies as a license."""
    end = _END.search(rest)
    words = (rest[: end.start()] if end else rest).split()[:MAX_WORDS]
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size]).strip(" .,'\"")
        if not name or name.lower() in ("the", "a", "an", "its", "their", "same"):
            continue
        match = identify_declared(Declared(license=name), db)
        if match is not None and match.id is not None and db.get(match.id) is not None:
            return match.id
    return None


def _sentences(body: str, first_line: int) -> Iterator[tuple[int, str]]:
    """Each sentence of the card's prose (a wrapped paragraph joined; code fences left out),
    with the line it starts on; a list item, table row or heading is a paragraph of its own."""
    fenced = False
    paragraph: list[tuple[int, str]] = []
    for offset, raw in enumerate([*body.splitlines(), ""]):
        if _FENCE.match(raw):
            fenced = not fenced
            yield from _split(paragraph)
            paragraph = []
            continue
        if fenced:
            continue
        if _BREAK.match(raw):
            yield from _split(paragraph)
            paragraph = []
        if raw.strip():
            paragraph.append((first_line + offset, _MARKUP.sub("", _LINK.sub(r"\1", raw)).strip()))
    yield from _split(paragraph)


def _split(paragraph: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The paragraph's sentences, each with the line it starts on."""
    if not paragraph:
        return
    # where each line's piece starts in the joined text (each piece and one space)
    offsets = list(accumulate((len(piece) + 1 for _, piece in paragraph[:-1]), initial=0))
    text = " ".join(piece for _, piece in paragraph) + " "
    position = 0
    for sentence in _SENTENCE.split(text):
        at = text.find(sentence, position)
        # the last line starting at or before the sentence: a binary search, so a paragraph of
        # many lines is split in linear work (scanning the starts made it quadratic)
        line = paragraph[max(bisect_right(offsets, max(at, 0)) - 1, 0)][0]
        position = at + len(sentence)
        if sentence.strip():
            yield line, sentence.strip()


# --- lineage: the stated license of a parent that stays unresolved -----------------------------

STATED_METHOD = "card-stated-parent-license"
_UNRESOLVED_RULE = "lineage-parent-unresolved"


def with_stated_licenses(
    ancestors: Sequence[Ancestor], statements: Sequence[ParentLicense], db: LicenseDB
) -> tuple[Ancestor, ...]:
    """Each unresolved ancestor the card states a license for, carrying that license (as sure
    as the statement) and the card's words; it stays unresolved."""
    said: dict[str, ParentLicense] = {}
    for one in statements:
        said.setdefault(repo_key(one.ref), one)
    marked = []
    for ancestor in ancestors:
        statement = said.get(repo_key(ancestor.ref))
        record = db.get(statement.license) if statement is not None else None
        if statement is None or record is None or ancestor.resolved_by not in UNKNOWN_BY:
            marked.append(ancestor)
            continue
        confidence = min(STATED_CONFIDENCE, ancestor.confidence)
        match = match_from_record(record, method=STATED_METHOD, confidence=confidence)
        marked.append(
            replace(ancestor, stated_license=match, stated_license_evidence=(statement.evidence,))
        )
    return tuple(marked)


def stand_ins(ancestors: Sequence[Ancestor], db: LicenseDB) -> tuple[Ancestor, ...]:
    """For each unresolved ancestor with a stated license, a stand-in resolved by it
    (STATED_BY), with its record's terms and the card's words beside each: what the effective
    license and terms count, the strictest reading, while the parent stays unresolved."""
    found = []
    for ancestor in ancestors:
        match = ancestor.stated_license
        record = db.get(match.id) if match is not None and match.id else None
        if match is None or record is None:
            continue
        why = f"license the card states for {ancestor.ref}, which could not be resolved"
        terms, evidence = ancestor_terms(record, db, why)
        said = ancestor.stated_license_evidence
        quoted = {key: (*items, *said) for key, items in evidence.items()}
        found.append(
            replace(
                ancestor,
                license=match,
                resolved_by=STATED_BY,
                terms=terms,
                term_evidence=quoted,
            )
        )
    return tuple(found)


def stated_findings(findings: Sequence[Finding], ancestors: Sequence[Ancestor]) -> list[Finding]:
    """The unresolved-parent findings, each saying the license the card states for the parent
    and quoting where."""
    said = {a.ref: a for a in ancestors if a.stated_license is not None}
    told = []
    for finding in findings:
        ancestor = next(
            (a for ref, a in said.items() if f"{ref} (" in finding.message),
            None,
        )
        if finding.rule != _UNRESOLVED_RULE or ancestor is None:
            told.append(finding)
            continue
        match = ancestor.stated_license
        assert match is not None
        where = ", ".join(
            f"{e.file} line {e.line}" if e.line else e.file or "the card"
            for e in ancestor.stated_license_evidence
        )
        message = (
            f"{finding.message}; the card states its license: {match.name or match.id} "
            f"({where}), which is counted as its license until it is resolved"
        )
        evidence = (*finding.evidence, *ancestor.stated_license_evidence)
        told.append(replace(finding, message=message, evidence=evidence))
    return told
