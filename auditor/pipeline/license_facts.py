"""Records what the knowledge base says about each license a result mentions, for the reports.

The audit calls this once, as it packs the AuditResult: the renderers then read license
names, links, kinds, terms and duties from the result alone, so a saved result re-renders the
same later, whatever the knowledge base has become. Cheap: it reads already loaded records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from auditor.model import LicenseDuty, LicenseFacts, LicenseTerm, ModelResult
from auditor.report.bom import license_ids

if TYPE_CHECKING:
    from auditor.knowledge.license_db import LicenseDB, LicenseRecord


def record_license_facts(models: Sequence[ModelResult], db: LicenseDB) -> dict[str, LicenseFacts]:
    """Facts for every license id the models mention and the documents those relate to.

    Keys are the ids as the result spells them (looked up by id, else by alias, as the
    renderers did); an id the database does not know gets no entry.
    """
    return license_facts_for(mentioned_license_ids(models), db)


def license_facts_for(license_ids: Iterable[str], db: LicenseDB) -> dict[str, LicenseFacts]:
    """Facts for these license ids (as `record_license_facts` reads them) and their relatives."""
    facts: dict[str, LicenseFacts] = {}
    for license_id in license_ids:
        record = db.get(license_id) or db.lookup(license_id)
        if record is None:
            continue
        facts[license_id] = _facts(record)
        for related_id in record.related:
            related = db.get(related_id)
            if related is not None and related_id not in facts:
                facts[related_id] = _facts(related)
    return dict(sorted(facts.items()))


def mentioned_license_ids(models: Sequence[ModelResult]) -> list[str]:
    """Each license id in the models' licenses, license files and lineage, once, in order."""
    return list(dict.fromkeys(_mentioned(models)))


def _mentioned(models: Sequence[ModelResult]) -> Iterator[str]:
    for model in models:
        for match in (model.license, model.effective_license):
            if match is not None:
                yield from license_ids(match.id)
                yield from license_ids(match.spdx)
        for item in model.license_files:
            yield from license_ids(item.identified_as)
        for entry in model.lineage:
            info = entry.get("license")
            if isinstance(info, Mapping) and isinstance(info.get("id"), str):
                yield from license_ids(info["id"])
        for dataset in model.training_data:  # their duties reach `auditor notice` (issue 36)
            data_license = dataset.get("license")
            if data_license is not None and isinstance(data_license.get("id"), str):
                yield from license_ids(data_license["id"])


def _facts(record: LicenseRecord) -> LicenseFacts:
    return LicenseFacts(
        id=record.id,
        name=record.name,
        kind=record.kind,
        links=record.links,
        related=record.related,
        obligations=tuple(LicenseDuty(o.tag, o.text, o.clause) for o in record.obligations),
        terms={
            key: LicenseTerm(term.value, term.clause)
            for key, term in record.terms.items()
            if term.value is not None or term.clause is not None  # a blank says nothing
        },
    )
