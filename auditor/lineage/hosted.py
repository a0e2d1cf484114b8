"""The licence an open-weight model keeps when a cloud provider hosts it.

A provider whose terms say that other vendors' models stay under their own licences
(`hosted_model_licenses` in its catalog file: AWS Service Terms §50.12.1 for Bedrock, the
Model Garden terms for Vertex) binds the customer twice: to the provider's contract and to
the hosted model's licence and use policy. Llama 3.1 served by Bedrock keeps Meta's 700M
monthly-user cap and its acceptable-use policy, whatever AWS's own terms say.

Which licence a hosted model has is read from its model id by the model-family rules
(license_db/model_families.yaml), after undoing the provider's id conventions
(`meta.llama3-1-70b-instruct-v1:0` reads `meta-llama3.1-70b-instruct`). A family licence
that bars commercial use (Mistral's research licence, CC BY-NC for Command R) is the terms of
the weights' public release, not of the hosted offering, which the vendor sells through the
marketplace under terms of its own: those are not applied, and the result says they were not
read. Pure: the provider, the families and the database are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.model_families import ModelFamilies
from auditor.knowledge.provider_file import ProviderTerms
from auditor.licenses.terms.combine import TermSource, merge_key
from auditor.lineage.ancestor_terms import ancestor_terms
from auditor.lineage.names import base_name
from auditor.model import Evidence
from auditor.model.terms import BOOLEAN_KEYS, CLAUSE_KEYS, LIST_KEYS, TERM_KEYS

# Provider id conventions, undone before the family rules read a name (each a sub(), in order):
_ID_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # Bedrock's cross-region inference profiles put a geography first (`eu.meta.llama3-...`)
    (lazy_pattern(r"^(?:us|eu|apac|jp|au|ca|us-gov|global)\.(?=[a-z][a-z0-9-]*\.)"), ""),
    # Bedrock's `vendor.model`: the vendor stays a word of the name (`deepseek.r1`)
    (lazy_pattern(r"^([a-z][a-z0-9-]*)\.(?=[a-z])"), r"\1-"),
    # a version tail: Bedrock's `-v1:0` / `-1:0`, Vertex's `@20250514`, `-maas` endpoints
    (lazy_pattern(r"(?:-v?\d+)?(?::\d+)+$"), ""),
    (lazy_pattern(r"@[\w.-]*$"), ""),
    (lazy_pattern(r"-maas$"), ""),
    # `llama3-1-70b`: a one-digit minor version written with a dash before the size
    (lazy_pattern(r"(?<=[a-z])(\d)-(\d)(?=-)"), r"\1.\2"),
)


@dataclass(frozen=True, slots=True)
class HostedLicense:
    """What the hosted model's own licence adds: `applied` False when it was found but not
    applied (a non-commercial release; the hosted offering's terms are the vendor's)."""

    license_id: str
    name: str
    message: str
    applied: bool
    modality: str | None = None  # what the family rule says every model of it takes in
    values: Mapping[str, object] = field(default_factory=dict)
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)


def hosted_name(model: str) -> str:
    """A provider's model id as the family rules read names."""
    text = model.strip().lower()
    for pattern, replacement in _ID_REWRITES:
        text = pattern.sub(replacement, text)
    return base_name(text)


def hosted_license(
    provider: ProviderTerms, model: str, families: ModelFamilies, db: LicenseDB
) -> HostedLicense | None:
    """The licence `model` keeps on `provider`, or None when the provider's terms do not say
    hosted models keep theirs, or the id names no family generation the rules know."""
    if provider.hosted_model_licenses is not True or not model:
        return None
    name = hosted_name(model)
    rules = families.match(name)
    if len(rules) != 1:  # none, or a name several families match: nothing to say of it
        return None
    (rule,) = rules
    record = db.get(rule.license)
    if record is None:
        return None
    basis = provider.hosted_model_note or f"{provider.display_name} keeps hosted models' licences"
    title = record.name or rule.license
    commercial = record.terms.get("commercial_use")
    if commercial is not None and commercial.value == "prohibited":
        return HostedLicense(
            rule.license,
            title,
            f"{model} is {rule.generation}, whose published weights are under {title}, which "
            "bars commercial use; the hosted offering is sold under the model vendor's own "
            f"terms on {provider.display_name}, which the catalog does not hold: read them",
            applied=False,
            modality=rule.modality,
        )
    why = f"hosted model {model} ({rule.generation}) on {provider.display_name}: {basis}"
    values, evidence = ancestor_terms(record, db, why, rule.known(model))
    return HostedLicense(
        rule.license,
        title,
        f"{model} is {rule.generation}: on {provider.display_name} it stays under {title} "
        f"({basis.rstrip('.')}); its terms apply with the provider's",
        applied=True,
        modality=rule.modality,
        values=values,
        evidence=evidence,
    )


def with_hosted_terms(
    values: Mapping[str, object],
    evidence: Mapping[str, tuple[Evidence, ...]],
    hosted: HostedLicense,
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """The provider's terms with the hosted licence's added, the stricter per term.

    Unlike a lineage merge, a fact the provider catalog does not know (None for a boolean or a
    list) stays unknown unless the licence states it restrictively: unknown must not read as
    "no" (a rule that needs it asks), and a licence's list must not hide that the provider's
    own usage policy is unread. The kind stays the provider's; the governing law is the
    provider's where the catalog states one, else the licence's.
    """
    merged, quotes = dict(values), dict(evidence)
    own = TermSource(values, evidence)
    added = TermSource(hosted.values, hosted.evidence, depth=0)
    for key in TERM_KEYS:
        if key == "kind":
            continue
        theirs = hosted.values.get(key)
        if theirs in (None, False, [], {}):
            continue
        mine = values.get(key)
        if mine is None and key in values and key in LIST_KEYS | CLAUSE_KEYS:
            continue  # stated unknown by the catalog: stays unknown (see above)
        if mine is None and key in BOOLEAN_KEYS:
            merged[key] = bool(theirs)
            chosen = [added]
        elif mine is None:
            merged[key] = theirs
            chosen = [added]
        else:
            merged[key], chosen = merge_key(key, [own, added])
        if added in chosen:
            quotes[key] = (*quotes.get(key, ()), *hosted.evidence.get(key, ()))
    return merged, quotes
