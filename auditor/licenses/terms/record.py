"""A license record's terms, with the use policies it incorporates, quoted by clause."""

from __future__ import annotations

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.terms.combine import union_clauses
from auditor.model import Evidence
from auditor.model.terms import (
    CLAUSE_KEYS,
    LIST_KEYS,
    NO_WEIGHT_REDISTRIBUTION,
    PRODUCTION_BARRED_SCOPES,
    TERM_KEYS,
    clause_regions,
)

POLICY_KIND = "acceptable-use-policy"

# Terms an incorporated use policy adds to its license. Territorial clauses keep their scope
# (the Llama 3.2-4 policies withhold rights for multimodal models only), so they merge too:
# the policy facts judge the scope against the model's modality.
POLICY_MERGED_TERMS = (
    "use_restrictions",
    "output_use_restriction",
    "licensor_may_update_terms",
    "excluded_licensee_domiciles",
    "excluded_use_territories",
)


def record_terms(
    record: LicenseRecord, db: LicenseDB, *, why: str
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """A record's terms with the policies it incorporates, each quoted as its clause."""
    values: dict[str, object] = {"kind": record.kind}
    evidence: dict[str, tuple[Evidence, ...]] = {}
    for key in TERM_KEYS:
        if key == "kind":
            continue
        term = record.terms.get(key)
        empty: list[object] | None = [] if key in LIST_KEYS or key in CLAUSE_KEYS else None
        values[key] = empty if term is None else term.value
        if term is not None and term.value not in (None, False, []):
            evidence[key] = (clause_evidence(record, key, why),)
    _typed_caps(record, values, evidence, why)
    incorporates = record.terms.get("acceptable_use_policy_incorporated")
    if incorporates is None or incorporates.value is not True:
        return with_named_territories(values), evidence
    for related in record.related:
        policy = db.get(related)
        if policy is None or policy.kind != POLICY_KIND:
            continue
        for key in POLICY_MERGED_TERMS:
            term = policy.terms.get(key)
            if term is None or term.value in (None, False, []):
                continue
            if key in CLAUSE_KEYS:
                values[key] = union_clauses([values.get(key), term.value])
            elif isinstance(term.value, list):
                current = values.get(key)
                merged = sorted({*(current if isinstance(current, list) else []), *term.value})
                values[key] = merged
            else:
                values[key] = term.value
            evidence[key] = (*evidence.get(key, ()), clause_evidence(policy, key, why))
    return with_named_territories(values), evidence


def with_named_territories(values: dict[str, object]) -> dict[str, object]:
    """`territorial_exclusions` naming every region of the scoped territorial clauses too."""
    named = values.get("territorial_exclusions")
    regions = {str(r) for r in named} if isinstance(named, list) else set()
    for key in CLAUSE_KEYS:
        regions.update(clause_regions(values.get(key)) or [])
    values["territorial_exclusions"] = sorted(regions)
    return values


def _typed_caps(
    record: LicenseRecord,
    values: dict[str, object],
    evidence: dict[str, tuple[Evidence, ...]],
    why: str,
) -> None:
    """The typed terms a record states through its older keys: an MAU cap is a user cap, a USD
    revenue cap a yearly revenue cap, a research-only license a research scope."""
    mau = values.get("mau_threshold")
    if values.get("user_threshold") is None and isinstance(mau, int):
        values["user_threshold"] = {"count": mau, "unit": "mau"}
        evidence["user_threshold"] = (clause_evidence(record, "mau_threshold", why),)
    revenue = values.get("revenue_threshold_usd")
    if values.get("revenue_threshold") is None and isinstance(revenue, int):
        values["revenue_threshold"] = {
            "amount": revenue,
            "currency": "USD",
            "period": "year",
            "measure": "revenue",
        }
        evidence["revenue_threshold"] = (clause_evidence(record, "revenue_threshold_usd", why),)
    scope = values.get("use_scope")
    stated = [str(word) for word in scope] if isinstance(scope, list) else []
    if record.kind == "research-only" and not PRODUCTION_BARRED_SCOPES & set(stated):
        # a research-only license confines use to research, whoever the record says may do it
        values["use_scope"] = sorted({*stated, "research"})
        quoted = "use_scope" if stated else "commercial_use"
        evidence["use_scope"] = (clause_evidence(record, quoted, why),)
    banned = [o for o in record.obligations if o.tag == _NO_REDISTRIBUTION]
    if banned and NO_WEIGHT_REDISTRIBUTION not in stated:
        values["use_scope"] = sorted({*_words(values.get("use_scope")), NO_WEIGHT_REDISTRIBUTION})
        clause = f", clause {banned[0].clause}" if banned[0].clause else ""
        quote = f"{record.name}{clause} (from the license database; {why})"
        evidence["use_scope"] = (
            *evidence.get("use_scope", ()),
            Evidence(file=f"license_db/licenses/{record.source_file}", line=None, text=quote),
        )


_NO_REDISTRIBUTION = "no-redistribution"  # the obligation tag (license_db/vocabulary.yaml)


def record_scope(record: LicenseRecord) -> list[str]:
    """The `use_scope` words a record states, with the one its obligations imply: the duty
    not to pass the weights on (`no-redistribution`) is the scope word the text reader reads
    from a ban on redistributing them (`no-weight-redistribution`)."""
    term = record.terms.get("use_scope")
    words = set(_words(term.value if term is not None else None))
    if any(o.tag == _NO_REDISTRIBUTION for o in record.obligations):
        words.add(NO_WEIGHT_REDISTRIBUTION)
    return sorted(words)


def _words(value: object) -> list[str]:
    return [str(word) for word in value] if isinstance(value, list) else []


def clause_evidence(record: LicenseRecord, key: str, why: str) -> Evidence:
    """A term quoted as the record's clause, pointing at the license database file."""
    term = record.terms.get(key)
    clause = f", clause {term.clause}" if term is not None and term.clause else ""
    return Evidence(
        file=f"license_db/licenses/{record.source_file}",
        line=None,
        text=f"{record.name}{clause} (from the license database; {why})",
    )
