"""Reads what a license document calls itself: its titles in each language, its licensor, and
whether a text close to a reference is that reference or a license of its own built on it.

A step of text identification (`identify`): the document's own words outrank similarity.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import match_from_record
from auditor.licenses.names import (
    distinctive,
    has_cjk,
    is_generic_name,
    is_vendor_record,
    record_names,
    record_words,
    vendor_words,
    words,
)
from auditor.licenses.text.fingerprint import SHINGLE_SIZE, Fingerprint, shingle_hashes
from auditor.licenses.text.normalize import is_title_line, tokens
from auditor.licenses.text.title_shapes import find_title
from auditor.model import LicenseMatch

DERIVED_CONFIDENCE_CAP = 0.7
"""A license of its own built on a known one carries terms nobody reviewed: below the
policies' review line (0.9), like a modified copy."""

_MODIFICATION = compile_pattern(
    r"\b(?:modified|amended|adapted|customi[sz]ed|variant|derived)\b", re.I
)
# Words a title may add without naming another license: dates, languages, company forms,
# document words. A title is another license only through a word outside these.
_NOISE_WORD = compile_pattern(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|inc|ltd|llc|corp|corporation|co|gmbh|limited|company|plc|sa|ag|bv"
    r"|english|chinese|translation|copy|text|full|original|official|standard|effective|updated"
    r"|last|date|dated|rev|revision|draft|final|edition|file|page|readme|notice|document"
    r"|appendix|exhibit|schedule|annex|addendum|supplement|supplemental|additional|v|vs"
    r"|grant|rights|definitions|general|important|please|read|this|these|your|our|we|you|its"
    r"|amended|adapted|customi[sz]ed|variant|derived|based|upon|from|as|is|at|an|a"
)
_SCAN_LINES = 40
_MAX_TITLE_LINES = 4000
_CJK_HEAD_CHARS = 400
_NAME = r"(?P<name>[A-Z][\w&'.-]*(?:[ \t]+(?:[A-Z][\w&'.-]*|of|and|&)){0,6})"
_LICENSOR_TAIL = r"[ \t]*,?[ \t]*\(\s*(?:the\s+)?[\"“]"
_LICENSOR_DEFINED = r"(?i:licensor|company|provider|we)[\"”]"
_SHORT_NAME_DEFINED = r"(?P<short>[A-Z][\w&.-]*)[\"”]\s*\)"
_GRANTS_YOU = r"[ \t]+(?:hereby[ \t]+)?grants?[ \t]+(?:to[ \t]+)?you\b"
_LICENSOR_PATTERNS = (
    # Acme Robotics Inc. ("Licensor"), Acme Labs ("we", "us")
    compile_pattern(_NAME + _LICENSOR_TAIL + _LICENSOR_DEFINED),
    # "Licensor" means Acme Robotics Inc.
    compile_pattern(
        r"[\"“](?i:licensor)[\"”](?:\s+or\s+[\"“](?i:we|us)[\"”])?\s+(?i:means|shall\s+mean|refers\s+to)\s+"
        + _NAME,
    ),
    # "Acme" or "we" means Acme Robotics Inc.
    compile_pattern(
        r"[\"“][^\"”\n]{1,40}[\"”]\s+or\s+[\"“](?i:we|us)[\"”]\s+(?i:means|shall\s+mean|refers\s+to)\s+"
        + _NAME,
    ),
    # an agreement between you and Acme Robotics Inc.
    compile_pattern(
        r"\bbetween\s+you\s+and\s+" + _NAME,
    ),
    # Acme Robotics Inc. ("Acme"): a short name of its own, checked to be one of its words
    compile_pattern(_NAME + _LICENSOR_TAIL + _SHORT_NAME_DEFINED),
    # Licensor: Acme Robotics Inc. (a label line of an untitled text)
    compile_pattern(r"(?im:^[ \t*#>-]*licensor[ \t*]*[:：][ \t*]*)" + _NAME),
    # Acme Robotics Inc. hereby grants you ... (the grant names who gives it)
    compile_pattern(_NAME + _GRANTS_YOU),
)
# What a pattern must hold after its name, searched alone first: a pattern starting with a name
# is tried at every capitalised word of the text, several times slower than this scan, and
# most texts define no licensor that way (None: the pattern starts with literal text anyway).
_LICENSOR_PREFILTERS = (
    *(
        compile_pattern(_LICENSOR_TAIL + tail) if tail else None
        for tail in (_LICENSOR_DEFINED, None, None, None, _SHORT_NAME_DEFINED)
    ),
    None,
    compile_pattern(_GRANTS_YOU),
)
_NOT_A_LICENSOR = compile_pattern(r"^(?:the|you|your|any|a|an|each|such|licensee|licensor)\b", re.I)


_RULE_LINE = compile_pattern(r"^\s*(?:={3,}|-{3,}|_{3,}|\*{3,})\s*$")
_VERSIONED_NAME = compile_pattern(r"^[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w.-]*){0,8}$")
_VERSION_WORD = compile_pattern(r"^(?:v|version[ \t]+)?\d+(?:\.\d+)+$|^v?\d+$", re.I)


def name_heading(text: str) -> str | None:
    """The document's first line when it is a name heading without a license word: a short
    title-case line holding a version number, set apart by a rule line below it (a standard
    license opening with its bare name, then a preface: `Attribution 4.0 International`)."""
    lines = [line.strip() for line in text[:_CJK_HEAD_CHARS].split("\n") if line.strip()]
    if len(lines) < 2 or not _RULE_LINE.match(lines[1]):
        return None
    first = " ".join(lines[0].strip("#* ").split())
    if not _VERSIONED_NAME.match(first) or has_cjk(first):
        return None
    if not any(_VERSION_WORD.match(word) for word in first.split()) or not distinctive(first):
        return None
    return first


def extract_titles(text: str) -> tuple[str, ...]:
    """The document's own title, and when it is in a script we cannot match to license names
    (Chinese first), the first title of another script further on (the English version). A
    name heading over a rule line (`name_heading`) is the title, before any preface heading."""
    heading = name_heading(text)
    if heading is not None:
        return (heading,)
    first = find_title(text)
    if first is not None and not has_cjk(first):
        return (first,)
    if first is None and not has_cjk(text[:_CJK_HEAD_CHARS]):
        return ()
    own = () if first is None else (first,)
    lines = text.replace("\r\n", "\n").split("\n")[:_MAX_TITLE_LINES]
    for before, line in zip(["", *lines], lines, strict=False):
        if before.strip() and not is_title_line(before):
            continue  # a title opens a block
        if not has_cjk(line) and is_title_line(line):
            return (*own, " ".join(line.replace("#", " ").replace("*", " ").split()))
    return own


_POLICY_HEADING = compile_pattern(
    r"^\W*(?:(?:acceptable|prohibited|permitted|responsible)\s+)?use\s+polic(?:y|ies)\W*$", re.I
)
_HEADING_SCAN = 8


def policy_title(text: str, title: str | None) -> str | None:
    """The title completed by a use-policy heading standing alone above or below it
    (`Acceptable Use Policy` over `Acme Model License 2.0`: the policy of that license);
    the title unchanged when it already says policy or no such heading opens the text."""
    if title is None or re.search(r"\bpolic(?:y|ies)\b", title, re.I):
        return title
    for line in _first_lines(text, _HEADING_SCAN):
        if _POLICY_HEADING.match(line):
            return f"{title} {' '.join(line.split()).strip(' :')}"
    return title


def _first_lines(text: str, count: int) -> list[str]:
    """The first `count` lines of the text with words, stripped of heading marks, read a
    block at a time (a long text is never split whole); as `splitlines` cuts them, so a
    CRLF text's blank lines are blank too (`\r` alone is no heading)."""
    lines: list[str] = []
    start, block = 0, 2048
    while len(lines) < count and start < len(text):
        end = min(len(text), start + block)
        while end < len(text) and text[end - 1] not in "\n\r":
            end += 1  # whole lines only
        lines.extend(s for line in text[start:end].splitlines() if (s := line.strip(" \t#*")))
        start, block = end, block * 2
    return lines[:count]


def readable_title(titles: tuple[str, ...]) -> str | None:
    """The title we can match to license names: the first not in a CJK script, else the first."""
    return next((t for t in titles if not has_cjk(t)), titles[0] if titles else None)


def extract_licensor(text: str) -> str | None:
    """Who grants the license, when the text defines it (`Acme Inc. ("Licensor")`)."""
    head = text[:20000]
    joined = " ".join(head.split())
    for pattern, prefilter in zip(_LICENSOR_PATTERNS, _LICENSOR_PREFILTERS, strict=True):
        short = "short" in pattern.groupindex
        # a short-name definition may break a line inside the name (`Acme\nInc. ("Acme")`)
        searched = joined if short else head
        if prefilter is not None and prefilter.search(searched) is None:
            continue  # the pattern cannot match where its tail is absent
        for found in pattern.finditer(searched):
            name = found.group("name").strip(" ,.;:")
            name = re.sub(r"\s+(?:of|and|&)$", "", name)
            if _NOT_A_LICENSOR.match(name) or not distinctive(name):
                continue
            if short and not _abbreviates(found.group("short"), name):
                continue
            return " ".join(name.split())
    return None


def _abbreviates(short: str, name: str) -> bool:
    """Whether a defined short name is one of the name's words or its initials."""
    own = words(name)
    return short.lower() in own or short.lower() == "".join(w[0] for w in own)


def foreign_words(title: str, record: LicenseRecord, reference_title: str | None) -> set[str]:
    """The title's words that name neither the record nor its reference text's own title:
    a licensor or product of its own (`acme`), nothing when the title is the record's."""
    known = record_words(record) | distinctive(reference_title or "")
    return {w for w in distinctive(title) - known if not _NOISE_WORD.fullmatch(w)}


def is_reference_wording(line: str, reference: Fingerprint) -> bool:
    """Whether a line is the reference's own wording, run for run (at least SHINGLE_SIZE
    words, each run of them in the reference): its title rewrapped onto one line with the
    start of its first sentence is not a name of its own."""
    found = tokens(line)
    if len(found) < SHINGLE_SIZE:
        return False
    return all(shingle in reference.shingles for shingle in shingle_hashes(found))


def has_reference_title(text: str, reference_title: str | None, record: LicenseRecord) -> bool:
    """Whether the reference's own title stands as a line of the text (a preface above it)."""
    names = _reference_names(reference_title, record)
    if not names:
        return False
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    return any(" ".join(tokens(line)) in names for line in lines[:_SCAN_LINES])


def _reference_names(reference_title: str | None, record: LicenseRecord) -> set[str]:
    """What a reference calls itself, normalised: its title when that names its record; when
    the title read from it has words the record's names lack, it is a section heading of its
    preface (`Using Acme Public Licenses`, kept by a copy retitled throughout), and the
    reference is called by its record's names; nothing when it has no title."""
    if not reference_title:
        return set()
    if not foreign_words(reference_title, record, None):
        return {reference_title}
    return {said for name in record_names(record) if (said := " ".join(tokens(name)))}


def is_rebranded(text: str, record: LicenseRecord, db: LicenseDB) -> bool:
    """A vendor's license whose licensor and product the text never names: rewritten for
    another vendor (or for none)."""
    if not is_vendor_record(record):
        return False
    own = vendor_words(record, db)
    return bool(own) and own.isdisjoint(words(text))


def is_modification_title(title: str) -> bool:
    """A title that says it changed a license (`Modified MIT License`, `(Amended)`)."""
    return _MODIFICATION.search(title) is not None


def own_license_id(name: str, db: LicenseDB) -> str | None:
    """A `LicenseRef-` id of the document's own, from its name; None when the name is generic
    (two vendors' "Modified MIT License" must not share an id) or already a record's."""
    if is_generic_name(name, db):
        return None
    slug = "-".join(w for w in words(name) if w.isascii())
    if not slug:
        return None
    candidate = f"LicenseRef-{slug[:60].strip('-')}"
    return None if candidate in db.records or db.lookup(candidate) else candidate


def derived_match(
    name: str,
    parent: LicenseRecord,
    confidence: float,
    db: LicenseDB,
    *,
    licensor: str | None,
    named: bool = True,
) -> LicenseMatch:
    """A license of its own built on `parent`: its own name and id (none when `named` is
    False: the text gave no name), never the parent's identity; the parent's kind stands
    until the text's own terms tighten it (`conclude`)."""
    own_id = own_license_id(name, db) if named else None
    if named and own_id is None and licensor is not None:
        own_id = own_license_id(f"{licensor} {name}", db)
    return replace(
        match_from_record(parent, method="text-derived", confidence=0.0),
        id=own_id,
        name=name,
        spdx=None,
        scancode=None,
        hf=None,
        confidence=round(min(confidence, DERIVED_CONFIDENCE_CAP), 3),
        derived_from=parent.id,
    )


def untitled_name(licensor: str | None) -> str | None:
    """The name of a text without a title: after its licensor, when it defines one."""
    return None if licensor is None else f"License of {licensor} (untitled)"
