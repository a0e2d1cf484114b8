"""Turns one source snapshot into a model result: license, terms, findings; pure."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from auditor.errors import SourceError
from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.declared_conflicts import card_claims, reconcile_declared
from auditor.lineage.stated_license import card_parent_licenses
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseFile,
    LicenseFileResult,
    LicenseMatch,
    ModelResult,
    Openness,
    SourceInfo,
    SourceKind,
    SourceSnapshot,
    Verdict,
)
from auditor.model.evidence import (
    CARD_KINDS,
    FILE_KINDS,
    MAX_DOCUMENT_BYTES,
    EvidenceItem,
    declaration,
    declared_pieces,
    documents,
)
from auditor.model.modality import read_modality
from auditor.model.terms import as_terms
from auditor.pipeline.artefacts import read_artefacts
from auditor.pipeline.deferred import deferral_findings
from auditor.pipeline.license_findings import card_document_too_large, license_findings
from auditor.policy.judge import model_verdict, sort_findings
from auditor.training.stated import snapshot_datasets

if TYPE_CHECKING:
    from auditor.licenses.text.identify import TextIdentification
    from auditor.lineage.repo_parents import RepoParents
    from auditor.model.training import DataCard


_KEPT_TEXTS = 256
_KEPT_MAX_CHARS = 32_768
_kept: OrderedDict[str, tuple[LicenseDB, TextIdentification]] = OrderedDict()
_kept_lock = threading.Lock()


def _identified(text: str, db: LicenseDB) -> TextIdentification:
    """`identify_text(text, db=db)`, remembered for the last `_KEPT_TEXTS` texts of at most
    `_KEPT_MAX_CHARS` characters (a few KB each): a scan meets the same license file again
    and again (verbatim Apache-2.0 or Llama copies), and the answer depends on the text and
    the database alone. An entry holds its database, so a hit is for that very object."""
    from auditor.licenses.text.identify import identify_text

    if len(text) > _KEPT_MAX_CHARS:
        return identify_text(text, db=db)
    with _kept_lock:
        kept = _kept.get(text)
        if kept is not None and kept[0] is db:
            _kept.move_to_end(text)
            return kept[1]
    found = identify_text(text, db=db)
    with _kept_lock:
        _kept[text] = (db, found)
        while len(_kept) > _KEPT_TEXTS:
            _kept.popitem(last=False)
    return found


def _in_time(deadline: float | None, snapshot: SourceSnapshot, stage: str) -> None:
    """Raise SourceError (`source-limit-reached`) once the model's deadline has passed (not
    for an incomplete snapshot: it already fails, its fetch ran out, and keeps that reason)."""
    if deadline is not None and not snapshot.incomplete and time.monotonic() > deadline:
        raise SourceError(
            f"{snapshot.target.text}: the per-model deadline passed while {stage}; the "
            "model's evidence was not fully read, so it is not judged",
            hint="the card or a license document is unusually large: review it by hand",
            code="source-limit-reached",
        )


def analyse(
    snapshot: SourceSnapshot,
    db: LicenseDB,
    registry: KnownModels | None = None,
    *,
    deadline: float | None = None,
    today: date | None = None,
) -> ModelResult:
    """Pure: turn a snapshot into a model result with license, terms and findings.

    The evidence is the list the source stage gathered (`snapshot.evidence`,
    model/evidence.py); a snapshot without it is refused (ValueError). `registry` (default:
    the bundled known-models registry) decides which bare `org/name` ids in the card's prose
    count as models. With a `deadline` (a `time.monotonic()` value), the analysis stops with
    SourceError (`source-limit-reached`) at the first document or stage begun after it.
    `today`, the audit's day, decides which dated amendments of a licence are in force
    (licenses/terms/amendments.py); None: only undated ones."""
    # Imported here: text identification and clause extraction compile many patterns, and a
    # warm run answered from the analysis cache never needs them.
    from auditor.licenses.alternative_documents import offered_alternatives
    from auditor.licenses.card_history import without_archived_files, without_superseded
    from auditor.licenses.conclude import conclude_license, stricter_kind
    from auditor.licenses.declared import read_list_choice
    from auditor.licenses.document_choice import document_options
    from auditor.licenses.file_parts import other_parts
    from auditor.licenses.licensor_permission import licensor_permission, with_permission
    from auditor.licenses.option_documents import binding_every_option, reread_documents
    from auditor.licenses.terms.amendments import apply_amendments
    from auditor.licenses.terms.model_terms import terms_for_model
    from auditor.lineage.gguf_parents import with_self_quantization
    from auditor.pipeline.model_facts import model_facts, scoped_files

    items = snapshot.evidence
    if items is None:
        raise ValueError(f"{snapshot.target.text}: the source stage gathered no evidence list")
    stated = declaration(items)
    declared = with_self_quantization(stated.declared or Declared(), snapshot.gguf_metadata)
    files = documents(items, FILE_KINDS)
    # a licence's words rewritten from a date: read as amended once in force (amendments.py)
    amending, amended = apply_amendments([(file, None) for file in files], today)
    files = [file for file, _ in amending]
    identified = []
    for file in files:
        if file.text is not None:
            _in_time(deadline, snapshot, f"reading {file.path}")
            identified.append((file, _identified(file.text, db)))
    # a copy kept in a history or archive folder beside the current text binds not
    identified, unread = without_archived_files(identified, db)
    # The card's prose is evidence too (License sections, gating prompt, hidden blocks).
    in_card = []
    for doc in documents(items, CARD_KINDS):
        _in_time(deadline, snapshot, f"reading {doc.path}")
        text = doc.text or ""
        # at most 4 bytes a character: only a long text is measured in bytes
        size = (
            len(text.encode("utf-8", "surrogatepass")) if len(text) * 4 > MAX_DOCUMENT_BYTES else 0
        )
        if size > MAX_DOCUMENT_BYTES:  # not read and said, as a license file over the cap is
            unread.append(card_document_too_large(doc.path, size, MAX_DOCUMENT_BYTES))
            continue
        in_card.append((doc, _identified(text, db)))
    # a card's history naming an earlier version of the license the repo ships is no claim
    in_card = without_superseded(in_card, identified, db, lambda text: _identified(text, db))
    identified.extend(in_card)
    reading = reconcile_declared(declared, declared_pieces(items), db, card_claims(in_card, db))
    declared_match, choice = read_list_choice(
        reading.match, declared, snapshot.card, snapshot.card_path or "README.md", db
    )
    evidence = _declared_evidence(stated)
    # a pointer naming an option of the declared `A OR B`, or one license by its URL
    identified = reread_documents(identified, declared_match, db)
    # a clause scoped to other models of the family than this one binds it not (model_scope.py)
    identified, set_aside = scoped_files(
        identified, model_facts(snapshot, _modality(snapshot).get("modality"))
    )
    unread.extend(set_aside)
    # a LICENSE the card gives to the code (or data, docs) is not the model's (file_parts.py)
    parts = other_parts(snapshot.card.body, db) if snapshot.card is not None else None
    # a document offering itself as an alternative to a license the model carries binds only
    # whoever takes it, and says nothing of the model's license (alternative_documents.py)
    every_document = identified
    identified, offered_findings = offered_alternatives(identified, declared_match, db)
    conclusion = conclude_license(
        declared_match, identified, declared_evidence=evidence, parts=parts
    )
    _in_time(deadline, snapshot, "reading the terms")
    # a document that is one option of `A OR B` binds that option only (policy/choice.py)
    bound = binding_every_option(identified, conclusion.match, db)
    terms = terms_for_model(bound, conclusion.match, db, declared=declared_match)
    _in_time(deadline, snapshot, "reading the terms")
    # The name is the LICENSE's (or the declaration's); the kind the strictest document's.
    license_match = conclusion.match
    permission = licensor_permission(bound)  # the licensor's own permission in the card
    if permission is not None:
        terms, license_match = with_permission(terms, license_match, permission)
    if license_match is not None:
        license_match = stricter_kind(license_match, list(terms.kinds.values()))
    parents = _stated_parents(snapshot, declared, registry or load_known_models())
    findings = [
        *snapshot.findings,
        *unread,
        *parents.findings,
        *_misplaced_findings(stated, snapshot.card_path or "README.md"),
        *reading.findings,
        *choice,
        *license_findings(
            declared_match or _layer_declared(snapshot, license_match),
            license_match,
            items,
            evidence,
            db,
        ),
        *conclusion.findings,
        *amended,
        *offered_findings,
        *terms.findings,
        # "License: same as the original model": settled after lineage (pipeline/deferred.py)
        *deferral_findings(
            snapshot.card, snapshot.card_path or "README.md", license_match, files, evidence
        ),
    ]
    findings = sort_findings(findings)
    verdict = Verdict.ERROR if snapshot.incomplete else model_verdict(findings)
    identities = {file.path: identity for file, identity in every_document}
    layer = _layer_declared(snapshot, license_match) if not declared.license else None
    if layer is not None:  # an Ollama model declares its license by its license layer
        declared = replace(declared, license=layer.hf or layer.id, origin=LAYER_ORIGIN)
    return ModelResult(
        ref=snapshot.target.text,
        source=_source_info(snapshot),
        declared=declared,
        license=license_match,
        effective_license=license_match,
        license_files=tuple(_file_result(f, identities.get(f.path)) for f in files),
        findings=tuple(findings),
        verdict=verdict,
        terms=as_terms(terms.values),
        term_evidence=terms.evidence,
        stated_parents=parents.parents,
        parent_licenses=card_parent_licenses(
            snapshot, declared, parents.parents, license_match, db
        ),
        training_data=snapshot_datasets(snapshot),
        data_card=_data_card(snapshot, license_match, db),
        openness=_openness(snapshot, license_match, db),
        artefacts=read_artefacts(snapshot),  # a hub's scan, the chat template's digest
        document_options=document_options(bound, conclusion.match, db, declared_match, snapshot),
        **_modality(snapshot),
    )


def _data_card(
    snapshot: SourceSnapshot, match: LicenseMatch | None, db: LicenseDB
) -> DataCard | None:
    """What a dataset's own card says beyond its license (training/data_card.py); None for a
    model. Imported here: its patterns compile on first use, and a model audit never needs them."""
    if snapshot.target.kind is not SourceKind.HUB_DATASET:
        return None
    from auditor.training.data_card import read_data_card

    card_file = snapshot.card_path or "README.md"
    return read_data_card(snapshot.evidence or (), snapshot.card, match, db, card_file=card_file)


LAYER_ORIGIN = "Ollama manifest license layer"


def _layer_declared(snapshot: SourceSnapshot, match: LicenseMatch | None) -> LicenseMatch | None:
    """An Ollama model has no metadata: its manifest's license layer is what its publisher
    declares, so the license read from it is the declared one (no `license-not-declared`, no
    "declares no license" mismatch)."""
    if snapshot.target.kind is not SourceKind.OLLAMA or match is None or not match.id:
        return None
    return match


def _modality(snapshot: SourceSnapshot) -> dict[str, Any]:
    """The model's modality and where it was read (model/modality.py), as result fields."""
    metadata = snapshot.card.metadata if snapshot.card is not None else {}
    gguf = snapshot.gguf_metadata or {}
    card_file = snapshot.card_path or "README.md"
    config = snapshot.model_config or {}
    reading = read_modality(
        pipeline_tag=metadata.get("pipeline_tag") or config.get("pipeline_tag"),
        tag_origin=None if metadata.get("pipeline_tag") else "the Hub's model info",
        tags=metadata.get("tags"),
        config=snapshot.model_config,
        gguf_architecture=gguf.get("general.architecture"),
        files=snapshot.files,
        name=snapshot.repo_id or PurePath(snapshot.target.location).name,
        card_file=card_file,
    )
    if reading is None:
        return {}
    return {"modality": reading.value, "modality_evidence": Evidence(None, None, reading.source)}


def _openness(snapshot: SourceSnapshot, match: LicenseMatch | None, db: LicenseDB) -> Openness:
    """The card's openness components under the model's own license; run.py reassesses it
    under the effective license after lineage (policy/openness.py)."""
    from auditor.policy.openness import card_components, license_words, provisional_openness

    card = snapshot.card
    record = db.get(match.id) if match is not None and match.id is not None else None
    label = license_words(match)
    components = card_components(
        card.metadata if card is not None else {},
        card.body if card is not None else "",
        files=snapshot.files,
        license_label=label,
        has_card=card is not None,
        architecture_known=snapshot.gguf_metadata is not None,  # a GGUF header names it
    )
    return provisional_openness(
        components,
        license_label=label,
        osi_approved=record.osi_approved if record is not None else None,
        osaid_fit=record.osaid_fit if record is not None else None,
        kind=match.kind if match is not None else None,
    )


def _stated_parents(
    snapshot: SourceSnapshot, declared: Declared, registry: KnownModels
) -> RepoParents:
    """Parents stated outside the metadata (the card's text, the repo's adapter, merge and model
    configs, Modelfile and GGUF header), and where they contradict it; lineage follows them
    (lineage/repo_parents.py, lineage/resolve.py)."""
    from auditor.lineage.repo_parents import gather_stated_parents

    return gather_stated_parents(snapshot, declared, registry)


_WHERE_WORDS = {
    "top": "at the top of the file, but its opening line is not exactly '---'",
    "after-heading": "after a heading or an HTML comment",
    "code-fence": "inside a code fence",
    "html-comment": "inside an HTML comment",
    "end-of-file": "at the end of the file",
    "body": "after the card's text",
}


def _misplaced_findings(stated: EvidenceItem, card_file: str) -> list[Finding]:
    """A card metadata block the Hub does not read as front matter (`card_misplaced`), when
    the declaration comes from it."""
    block = stated.misplaced
    if block is None:
        return []
    quoted = [
        Evidence(card_file, block.key_lines.get(key), f"{key}: {_quote(value)}")
        for key in ("license", "license_name", "license_link", "base_model")
        if (value := block.metadata.get(key)) is not None
    ]
    where = _WHERE_WORDS.get(block.where, block.where)
    return [
        Finding(
            rule="card-metadata-misplaced",
            category=Category.MISMATCH,
            severity=observed_severity("card-metadata-misplaced"),
            message=f"{card_file} has its metadata block at line {block.line} ({where}), not"
            " as front matter: the Hub shows no license or base model for this repo, while"
            " the block declares "
            + ", ".join(e.text for e in quoted)
            + "; the audit reads the block, with lower confidence",
            evidence=(Evidence(card_file, block.line, f"metadata block ({where})"), *quoted),
            remediation=f"move the block to the very top of {card_file}, between two '---'"
            " lines, so the Hub reads it",
        )
    ]


def _quote(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return str(value)


def _file_result(file: LicenseFile, identity: TextIdentification | None) -> LicenseFileResult:
    match = identity.match if identity is not None else None
    return LicenseFileResult(
        path=file.path,
        sha256=file.sha256,
        identified_as=match.id if match is not None else None,
        confidence=match.confidence if match is not None else 0.0,
        blob_id=file.blob_id,
    )


def _source_info(snapshot: SourceSnapshot) -> SourceInfo:
    return SourceInfo(
        kind=snapshot.target.kind,
        repo_id=snapshot.repo_id,
        revision=snapshot.revision,
        resolved_sha=snapshot.resolved_sha,
        gated=snapshot.gated,
        endpoint=snapshot.endpoint,
    )


def _declared_evidence(stated: EvidenceItem) -> Evidence | None:
    """The declared license fields as quoted evidence, with the card line when known."""
    return Evidence(stated.path, stated.line, stated.text) if stated.text else None
