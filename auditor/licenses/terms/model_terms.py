"""Chooses a model's terms: extracted from its license files, else the database record's."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.terms.extract import (
    TERM_KEYS,
    ExtractedTerm,
    compare_with_record,
    extract_terms,
    merge_terms,
)
from auditor.licenses.terms.record import record_terms
from auditor.licenses.terms.sentences import reads_as_restriction
from auditor.licenses.text.identify import TextIdentification
from auditor.model import Category, Evidence, Finding, LicenseFile, LicenseMatch, Severity

IdentifiedFile = tuple[LicenseFile, TextIdentification]
_TEXT_METHODS = {"text-exact", "text-similar", "text-modified"}

POLICY_KIND = "acceptable-use-policy"


@dataclass(frozen=True, slots=True)
class ModelTerms:
    """Term values with their evidence, where they came from, and disagreements found."""

    values: Mapping[str, object] = field(default_factory=dict)
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    source: str | None = None  # "license-file" | "license-db" | None
    findings: tuple[Finding, ...] = ()


def terms_for_model(
    files: Sequence[IdentifiedFile], match: LicenseMatch | None, db: LicenseDB
) -> ModelTerms:
    """Terms from the license text found (merged with any use policy beside it), else from
    the database record of the identified license, else nothing.

    Only files that read as a license (identified, or an unknown document with a license
    title) supply terms, so a pointer such as "see https://..." does not hide the record's.
    """
    licenses, policies = _split(files)
    if licenses:
        path, terms, identity = licenses[0]
        same = identity.match is not None and match is not None and identity.match.id == match.id
        terms = judge_text_terms(terms, identity, match if same else None, db, path)
        for _, policy, _ in policies:
            terms = merge_terms(terms, policy)
        findings = _record_disagreements(path, terms, match, db) if same else []
        return ModelTerms(
            values={key: terms[key].value for key in TERM_KEYS},
            evidence={key: terms[key].evidence for key in TERM_KEYS if terms[key].evidence},
            source="license-file",
            findings=tuple(findings),
        )
    record = _single_record(match, db)
    if record is None:
        return ModelTerms()
    values, evidence = record_terms(record, db, why="no license text was found in the model")
    return ModelTerms(values=values, evidence=evidence, source="license-db")


_Extracted = tuple[str, dict[str, ExtractedTerm], TextIdentification]


def judge_text_terms(
    terms: dict[str, ExtractedTerm],
    identity: TextIdentification,
    match: LicenseMatch | None,
    db: LicenseDB,
    path: str,
) -> dict[str, ExtractedTerm]:
    """The terms read from one license text, judged against what identified it.

    A standard open-source license's curated record outranks incidental phrases (unless the
    text is derived from it); a restriction the text adds that no detector reads makes
    commercial use restricted. `match` is the license the text was identified as, when the
    caller concluded the same; `auditor identify` and a model's audit share this step.
    """
    record = _single_record(match, db) if match is not None else None
    if record is not None and record.kind in STANDARD_KINDS and not _is_derived(identity):
        terms = record_wins(terms, record, db, identity.differences)
    return unread_restriction(terms, identity.differences, path)


STANDARD_KINDS = frozenset({"permissive-oss", "copyleft-oss"})
"""Kinds of the standard open-source licenses, whose curated record outranks phrases read
from their text: a sentence of the GPL about "commercial" distributors is not a ban."""
_SHINGLE = 6


def record_wins(
    terms: Mapping[str, ExtractedTerm],
    record: LicenseRecord,
    db: LicenseDB,
    added: Sequence[str],
) -> dict[str, ExtractedTerm]:
    """A standard license's terms: the record's, except where the text's value is quoted from a
    passage the reference does not have (`added`, a modified copy's own clause)."""
    values, evidence = record_terms(record, db, why="the text matches this standard license")
    added_words = _shingles(added)
    chosen: dict[str, ExtractedTerm] = {}
    for key in TERM_KEYS:
        own = terms.get(key, ExtractedTerm(None))
        stored = ExtractedTerm(values.get(key), evidence.get(key, ()))
        if _same_value(own.value, stored.value) or not _quotes_added(own, added_words):
            chosen[key] = stored if not _same_value(own.value, stored.value) else own
        else:
            chosen[key] = own
    return chosen


def unread_restriction(
    terms: Mapping[str, ExtractedTerm], added: Sequence[str], path: str
) -> dict[str, ExtractedTerm]:
    """Fail closed on a change no detector could read: when a passage the reference does not
    have restricts by its wording, no term is quoted from it, and commercial use still reads
    `allowed`, commercial use is `restricted` with that passage as the evidence (review it),
    never the parent's `allowed`."""
    chosen = dict(terms)
    commercial = terms.get("commercial_use")
    if commercial is None or commercial.value != "allowed" or not added:
        return chosen
    quoted = _shingles(
        [e.text.removesuffix("\u2026") for k, t in terms.items() if k != "kind" for e in t.evidence]
    )  # the kind quotes a title line, which may be any first sentence
    for passage in added:
        if reads_as_restriction(passage) and not (_shingles([passage]) & quoted):
            evidence = (Evidence(file=path, line=None, text=passage),)
            chosen["commercial_use"] = ExtractedTerm("restricted", evidence)
            break
    return chosen


def _same_value(left: object, right: object) -> bool:
    if isinstance(left, list) or isinstance(right, list):
        return sorted(map(str, left or [])) == sorted(map(str, right or []))  # type: ignore[call-overload]
    if isinstance(left, bool) or isinstance(right, bool):
        return bool(left) == bool(right)
    return left == right


def _shingles(passages: Sequence[str]) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for passage in passages:
        words = tuple(re.findall(r"\w+", passage.casefold()))
        found.update(words[i : i + _SHINGLE] for i in range(max(len(words) - _SHINGLE + 1, 1)))
    return found


def _quotes_added(term: ExtractedTerm, added: set[tuple[str, ...]]) -> bool:
    """Is any of the term's evidence quoted from an added passage?"""
    return any(_shingles([quote.text.removesuffix("\u2026")]) & added for quote in term.evidence)


def _is_derived(identity: TextIdentification) -> bool:
    """A license written on top of another (its own title, `derived_from` the reference): its
    own text decides its terms."""
    return bool(
        getattr(identity, "derived_from", None) or getattr(identity.match, "derived_from", None)
    )


def _split(files: Sequence[IdentifiedFile]) -> tuple[list[_Extracted], list[_Extracted]]:
    """Extract every license-like file that reads as a license; LICENSE files first."""
    licenses: list[_Extracted] = []
    policies: list[_Extracted] = []
    for file, identity in sorted(files, key=lambda f: (_priority(f[0].path), f[0].path)):
        if file.text is None or _priority(file.path) > 2 or not _reads_as_license(identity):
            continue
        terms = extract_terms(file.text, path=file.path)
        if terms["kind"].value == POLICY_KIND:
            policies.append((file.path, terms, identity))
        else:
            licenses.append((file.path, terms, identity))
    return licenses, policies


# A file that names its license without reproducing it (a notice, an SPDX line) has no terms.
_POINTER_METHODS = {"notice-reference", "spdx-identifier"}


def _reads_as_license(identity: TextIdentification) -> bool:
    if identity.match is not None and identity.match.method in _POINTER_METHODS:
        return False
    if identity.match is not None and identity.match.id is not None:
        return identity.match.method in _TEXT_METHODS or identity.match.confidence >= 0.5
    return identity.title is not None


def _priority(path: str) -> int:
    """LICENSE files first, then other license-like files; NOTICE files carry no terms."""
    name = PurePosixPath(path).name.lower()
    if name.startswith(("license", "licence", "copying")):
        return 0
    if ("use" in name and "policy" in name) or "acceptable" in name:
        return 1
    if name.startswith("notice"):
        return 3
    return 2


def _single_record(match: LicenseMatch | None, db: LicenseDB) -> LicenseRecord | None:
    if match is None or match.id is None:
        return None
    return db.get(match.id)


def _record_disagreements(
    path: str, terms: Mapping[str, ExtractedTerm], match: LicenseMatch | None, db: LicenseDB
) -> list[Finding]:
    """A known license whose text says otherwise than our record: maybe a changed copy."""
    record = _single_record(match, db)
    if record is None or record.kind == POLICY_KIND:
        return []
    findings = []
    for key, stored, found in compare_with_record(terms, record):
        if key == "kind":
            continue
        clause = record.terms[key].clause if key in record.terms else None
        findings.append(
            Finding(
                rule="license-text-differs",
                category=Category.TERM,
                severity=Severity.WARN,
                message=f"{path} says {key} = {found!r}, but {record.name}"
                f"{f' (clause {clause})' if clause else ''} says {stored!r}; the file may be a "
                "modified copy or a different version",
                evidence=terms[key].evidence[:2],
                remediation="compare the file with the published license and have counsel "
                "review the difference",
            )
        )
    return findings
