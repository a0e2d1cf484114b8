"""Chooses a model's terms: extracted from its license files, else the database record's."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import binding_records
from auditor.licenses.terms.combine import TermSource, combine_terms, commercial_rank
from auditor.licenses.terms.disagree import TermDocument, disagreements, unread_finding
from auditor.licenses.terms.elsewhere import terms_elsewhere, with_unknown_terms
from auditor.licenses.terms.extract import (
    TERM_KEYS,
    ExtractedTerm,
    extract_terms,
)
from auditor.licenses.terms.foreign import read_foreign, with_foreign
from auditor.licenses.terms.foreign_findings import language_finding, translation_findings
from auditor.licenses.terms.granted_kind import LICENSE_NAMES, with_granted_kind
from auditor.licenses.terms.incorporated import pointing, takes_in_card, with_incorporated_meanings
from auditor.licenses.terms.judge_text import (
    is_derived,
    judge_text_terms,
    single_record,
    with_record_terms,
)
from auditor.licenses.terms.named_options import (
    most_restrictive_named,
    named_in_english,
    named_in_passages,
    restating_choice,
)
from auditor.licenses.terms.record import POLICY_KIND, record_terms
from auditor.licenses.terms.record_differences import record_disagreements, stated
from auditor.licenses.terms.restrictive import restrictions_only
from auditor.licenses.terms.schedule_files import with_schedule_files
from auditor.licenses.terms.superseded import settle_versions
from auditor.licenses.terms.supplement import supplements_license
from auditor.licenses.terms.translations import translation_originals
from auditor.licenses.terms.unread_conditions import condition_findings
from auditor.licenses.text.copyright_notices import is_notice_only
from auditor.licenses.text.identify import TextIdentification
from auditor.model import Evidence, Finding, LicenseFile, LicenseMatch
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN as CARD_PROSE
from auditor.model.kinds import LicenseKind, kind_rank, most_restrictive

IdentifiedFile = tuple[LicenseFile, TextIdentification]
_TEXT_METHODS = {"text-exact", "text-similar", "text-modified"}


@dataclass(frozen=True, slots=True)
class ModelTerms:
    """Term values with their evidence, where they came from, and disagreements found.

    `kinds` is the kind each document reads as (path -> kind word), for the model's license
    kind to follow the strictest document.
    """

    values: Mapping[str, object] = field(default_factory=dict)
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    source: str | None = None  # "license-file" | "license-db" | None
    findings: tuple[Finding, ...] = ()
    kinds: Mapping[str, str] = field(default_factory=dict)


def terms_for_model(
    files: Sequence[IdentifiedFile],
    match: LicenseMatch | None,
    db: LicenseDB,
    declared: LicenseMatch | None = None,
) -> ModelTerms:
    """The most restrictive combination of the terms of every license-like document and of
    the declared license's record.

    A document that reads as a license (identified by its text, or with a license title)
    gives all its terms; a use policy all but its kind; a document that only names a known
    license (a NOTICE's "licensed under ...") that record's terms; any other text (a NOTICE,
    an untitled note) the restrictions it states. With no license text, the database record
    of the identified license stands in for it. The record of the license the metadata
    declares (`declared`) binds beside the files, never replaced by them: the strictest
    reading of each term wins. Per term the most restrictive value wins and keeps its
    evidence (terms/combine.py); documents that disagree are a finding.
    """
    docs = _documents(files, db)
    texts = {file.path: file.text for file, _ in files if file.text is not None}
    if takes_in_card(texts, {f.path for f, _ in files if f.origin == CARD_PROSE}) or (
        not any(d.role == "license" for d in docs) and not binding_records(match, db)
    ):  # the card made part of the licence, or no licence text and no known one: the card's
        # licence section is licence text (`license: other` defined in the card)
        docs = _documents(files, db, card_license=True)
    docs, findings = settle_versions(docs, texts)  # a translation, an old version bind not
    choice = restating_choice(docs, match)
    docs = [d for d in docs if d.path not in choice]
    licenses = [d for d in docs if d.role == "license"]
    sources = with_incorporated_meanings(docs, [_source_of(d.terms) for d in docs], texts)
    source = "license-file"
    if licenses:
        primary = licenses[0]
        same = match is not None and match.id is not None and primary.name == match.id
        if same:
            by_text = any(
                file.path == primary.path
                and identity.match is not None
                and identity.match.method in _TEXT_METHODS
                for file, identity in files
            )
            findings.extend(
                record_disagreements(
                    primary.path, primary.stated or primary.terms, match, db, by_text=by_text
                )
            )
    else:
        # every record an AND (or a list of tags) names; none for an OR: the policy judges
        # each option the licensee may choose (policy/choice.py)
        records = binding_records(match, db)
        if records:
            for position, record in enumerate(records):
                values, evidence = record_terms(record, db, why=_NO_TEXT)
                sources.insert(position, TermSource(values, evidence))
            source = "license-db"
        elif not sources:
            return ModelTerms(findings=tuple(_language_findings(files)))
    if licenses and declared is not None:
        # The declaration binds too: a file beside it adds terms, it does not replace them.
        # It adds only what restricts: a permissive tag never fills a gap a license file
        # leaves open (a file whose terms cannot be read keeps them unknown: fail closed).
        read = {d.name for d in licenses}  # a file identified as the same license has it
        for record in binding_records(declared, db) or []:
            if record.id in read:
                continue
            values, evidence = record_terms(record, db, why=_DECLARED)
            kept = {k: ExtractedTerm(values.get(k), evidence.get(k, ())) for k in TERM_KEYS}
            restrictive = restrictions_only(kept)
            for key in ("governing_law", "venue"):  # the record's own clauses, unlike a notice's
                restrictive[key] = kept[key]
            sources.append(_source_of(restrictive))
    values, evidence = combine_terms(sources)
    elsewhere = (terms_elsewhere(d.path, texts[d.path]) for d in docs if _unread(d))
    values, evidence = with_unknown_terms(values, evidence, [e for e in elsewhere if e])
    findings.extend(disagreements(docs, match, declared, texts))
    languages = _language_findings(files)
    said = {e.file for f in languages for e in f.evidence} | pointing(docs, texts)  # or a note
    findings.extend(unread_finding(d) for d in docs if _unread(d) and d.path not in said)
    findings.extend(languages)
    findings.extend(condition_findings(docs, texts))  # conditions of a grant no rule reads
    return ModelTerms(
        values=values,
        evidence=evidence,
        source=source,
        findings=tuple(findings),
        kinds={d.path: d.kind for d in docs if d.kind is not None},
    )


_NO_TEXT = "no license text was found in the model"
_DECLARED = "the license the model's metadata declares, which binds beside its files"


def _source_of(terms: Mapping[str, ExtractedTerm]) -> TermSource:
    values = {key: term.value for key, term in terms.items()}
    evidence = {key: term.evidence for key, term in terms.items() if term.evidence}
    return TermSource(values, evidence)


def _documents(
    files: Sequence[IdentifiedFile], db: LicenseDB, *, card_license: bool = False
) -> list[TermDocument]:
    """Each readable document's terms, LICENSE files first, then other licenses, policies,
    pointers and other texts; with `card_license`, the card's prose read as a license."""
    docs: list[TermDocument] = []
    joined = with_schedule_files({f.path: f.text for f, _ in files if f.text is not None})
    for file, identity in sorted(files, key=lambda f: (_priority(f[0].path), f[0].path)):
        if file.text is None:
            continue
        prose, text = file.origin == CARD_PROSE, joined.get(file.path, file.text)
        doc = _document(file.path, text, identity, db, prose=prose, card=card_license and prose)
        if doc is not None:
            # a document placing itself beside another licence it names adds to it
            adds = not prose and supplements_license(file.text)
            docs.append(replace(doc, supplement=True) if adds else doc)
    order = {"license": 0, "policy": 1, "pointer": 2, "other": 3, "unread": 4}
    return sorted(docs, key=lambda d: order[d.role])  # stable: priority within a role


def _language_findings(files: Sequence[IdentifiedFile]) -> list[Finding]:
    """`license-language-unread` for each document with passages in another language no rule
    read (terms/foreign.py), `license-translation-disagrees` for each term its halves differ on."""
    findings = []
    texts = {file.path: file.text for file, _ in files if file.text is not None}
    originals = translation_originals(texts) if len(texts) > 1 else {}
    # a known text's unread half is said too: its record may not state every passage (issue 31)
    for file, _ in sorted(files, key=lambda f: (_priority(f[0].path), f[0].path)):
        if file.text is not None:
            prose = file.origin == CARD_PROSE
            reading = read_foreign(file.text, prose=prose)
            if reading.unread:
                original = originals.get(file.path)
                findings.append(language_finding(file.path, reading.unread, original))
            if not prose:  # a bilingual license whose halves differ
                findings.extend(translation_findings(file.path, file.text, reading))
    return findings


def _document(
    path: str,
    text: str,
    identity: TextIdentification,
    db: LicenseDB,
    *,
    prose: bool = False,
    card: bool = False,
) -> TermDocument | None:
    foreign = read_foreign(text, prose=prose)  # what passages in other languages state
    terms = with_foreign(extract_terms(text, path=path), foreign, path)
    found = identity.match
    name = found.id if found is not None else None
    if terms["kind"].value == POLICY_KIND or (found is not None and found.kind == POLICY_KIND):
        kept = {**terms, "kind": ExtractedTerm(None)}
        return TermDocument(path, "policy", kept, _stated_kind(None, kept), name)
    if _reads_as_license(identity):
        assert found is not None or identity.title is not None
        own = judge_text_terms(terms, identity, found, db, path, text=text)
        judged = with_foreign(with_record_terms(own, found, db), foreign, path)
        if found is None or found.kind is None:  # a titled text of its own: its grant's kind
            judged = with_granted_kind(judged)
        kind = _license_kind(found, judged, identity)
        own_text = with_foreign(own, foreign, path)  # a standard record never outranks them
        return TermDocument(path, "license", judged, _stated_kind(kind, judged), name, own_text)
    restrictive = restrictions_only(terms)
    named = [] if found is not None else named_in_passages(foreign, db)
    record = single_record(found, db) if found is not None else most_restrictive_named(named)
    if record is not None and record.kind != POLICY_KIND:
        # a pointer to a known license: that license's terms, fail closed
        values, evidence = record_terms(record, db, why=f"{path} names this license")
        pointed = {k: ExtractedTerm(values.get(k), evidence.get(k, ())) for k in TERM_KEYS}
        merged = {
            k: restrictive[k] if _more_restrictive(k, restrictive[k], pointed[k]) else pointed[k]
            for k in TERM_KEYS
        }
        states = any(stated(term.value) for term in restrictive.values())
        names = tuple(r.id for r in named) if len(named) > 1 and not states else ()
        kind = _stated_kind(record.kind, merged)
        return TermDocument(path, "pointer", merged, kind, name, names_only=names)
    granted = with_granted_kind(terms)  # a card that is the license: its grant read as one
    if (card and granted["commercial_use"].value == "allowed") or (
        not prose and _priority(path) == 0 and granted["commercial_use"].value == "allowed"
    ):  # a LICENSE file whose words grant commercial use (and may ban some uses) is one
        return TermDocument(path, "license", granted, str(granted["kind"].value), None, granted)
    said = {key for key, term in restrictive.items() if stated(term.value)}
    if not said and found is not None and found.id is not None and _all_known(found.id, db):
        return None  # names an expression of known licenses ("MIT OR Apache-2.0"): read
    if said <= {"governing_law", "venue"}:  # a choice of law beside a grant restricts nothing
        # a document no license names is unread unless its words grant use as a license
        priority = _priority(path)
        unread = not prose and (priority == 0 or (priority == 2 and not is_notice_only(text)))
        if unread and granted["commercial_use"].value == "allowed" and granted["kind"].value:
            return TermDocument(path, "license", granted, str(granted["kind"].value), None, granted)
        if not said and unread:
            names = named_in_english(text, db)  # may restate a declared `A OR B` (named_options)
            return TermDocument(path, "unread", restrictive, None, None, names_only=names)
        if not said:
            return None
    return TermDocument(path, "other", restrictive, _stated_kind(None, restrictive), name)


def _all_known(expression: str, db: LicenseDB) -> bool:
    """Whether every license an expression names (`MIT OR Apache-2.0`) has a record."""
    ids = [part for part in re.split(r"\s+(?:AND|OR|WITH)\s+|[()]", expression) if part.strip()]
    return bool(ids) and all(db.get(part.strip()) is not None for part in ids)


def _license_kind(
    found: LicenseMatch | None, terms: Mapping[str, ExtractedTerm], identity: TextIdentification
) -> str | None:
    """A license document's kind: its identified license's, or (a modified, derived or unknown
    text) the most restrictive of that and the kind its own text reads as."""
    own = terms["kind"].value
    if found is None or found.kind is None:
        return str(own) if own is not None else None
    if found.method in ("text-exact", "text-similar") and not is_derived(identity):
        return str(found.kind)
    kind = most_restrictive([found.kind, own])
    return str(kind) if kind is not None else None


def _stated_kind(kind: str | None, terms: Mapping[str, ExtractedTerm]) -> str | None:
    """A document that prohibits commercial use is at least non-commercial, whatever it is."""
    if terms["commercial_use"].value == "prohibited":
        scope = terms["use_scope"].value
        research = isinstance(scope, list) and bool({"research", "evaluation"} & set(scope))
        floor = LicenseKind.RESEARCH_ONLY if research else LicenseKind.NON_COMMERCIAL
        strictest = most_restrictive([kind, floor])
        return str(strictest) if strictest is not None else None
    return kind


def _unread(doc: TermDocument) -> bool:
    """Was nothing read from `doc`? One that reads as no license, or one known only by its own
    title (`ACME WEIGHTS LICENCE`: no license identified) whose text states no term: a title
    written in capitals is recognised where the same words in lower case are not, and what
    the document says is unknown either way."""
    if doc.role == "unread":
        return True
    if doc.role != "license" or doc.name is not None or doc.stated is None:
        return False
    return not any(stated(term.value) for term in doc.stated.values())


def _more_restrictive(key: str, own: ExtractedTerm, pointed: ExtractedTerm) -> bool:
    """Whether a pointer document's own statement outranks the record it names."""
    if not stated(own.value):
        return False
    if not stated(pointed.value):
        return True
    if key == "commercial_use":
        return commercial_rank(own.value) > commercial_rank(pointed.value)
    if key == "kind":
        return kind_rank(own.value) > kind_rank(pointed.value)
    return False


# A file that names its license without reproducing it (a notice, an SPDX line) has no terms.
_POINTER_METHODS = {"notice-reference", "spdx-identifier"}


def _reads_as_license(identity: TextIdentification) -> bool:
    if identity.match is not None and identity.match.method in _POINTER_METHODS:
        return False
    if identity.match is not None and identity.match.id is not None:
        if identity.title is not None and is_derived(identity):
            return True  # a license of its own, titled, written on another: its text binds
        return identity.match.method in _TEXT_METHODS or identity.match.confidence >= 0.5
    return identity.title is not None


def _priority(path: str) -> int:
    """LICENSE files first, then other license-like files; NOTICE files carry no terms."""
    name = PurePosixPath(path).name.lower()
    if name.startswith(LICENSE_NAMES):  # LICENSE, and so named in the languages read
        return 0
    if ("use" in name and "policy" in name) or "acceptable" in name:
        return 1
    if name.startswith("notice"):
        return 3
    return 2
