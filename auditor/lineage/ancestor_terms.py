"""The terms an ancestor brings: its license record's (with incorporated policies) and any the
known-models registry adds for particular models."""

from __future__ import annotations

from auditor.knowledge.known_models import KnownModel
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.terms.combine import union_clauses
from auditor.licenses.terms.record import clause_evidence, record_terms, with_named_territories
from auditor.model import Evidence
from auditor.model.terms import CLAUSE_KEYS


def ancestor_terms(
    record: LicenseRecord, db: LicenseDB, why: str, known: KnownModel | None = None
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """A record's terms (with its incorporated policies), plus any terms the registry says
    bind these particular models (an AUP clause scoped to multimodal models, say)."""
    values, evidence = record_terms(record, db, why=why)
    for key, extra in (known.extra_terms if known is not None else {}).items():
        current = values.get(key)
        if key in CLAUSE_KEYS:
            values[key] = union_clauses([current, extra.value])
        elif isinstance(extra.value, list):
            values[key] = sorted({*(current if isinstance(current, list) else []), *extra.value})
        else:
            values[key] = extra.value
        source = db.get(extra.document) if extra.document else None
        item = (
            clause_evidence(source, key, f"applies to {known.pattern if known else ''}")
            if source is not None
            else Evidence(
                None, None, f"known-models registry: {key} for {known.pattern if known else ''}"
            )
        )
        evidence[key] = (*evidence.get(key, ()), item)
    return with_named_territories(values), evidence
