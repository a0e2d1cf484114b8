"""Collects every attribution and notice duty one model's product must carry (pure).

The duties come from the license facts the audit recorded (never today's database): the model's
effective license, the license of each ancestor in its lineage and of each dataset that went into
its weights (`model/training.py`, `is_training`). Each license record's obligations are sorted
into the kinds of duty a shipped product carries out (below); a duty names the license, its
clause and whom it is owed to, and quotes the words the license prescribes where the record
holds them (between straight double quotes in the obligation's text, license_db/vocabulary.yaml).
The same duty owed through several refs (a fine-tune and its base under one license) is one
duty listing them all. `auditor notice` renders it (report/notice.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.expression import is_choice
from auditor.model import LicenseDuty, LicenseFacts, ModelResult
from auditor.model.training import TrainingDataEntry, is_training
from auditor.report.bom import DEFAULT_HUB, hub_base, license_ids

DUTY_KINDS = (
    "include-license-text",  # the license text travels with every copy
    "copyright-notice",  # the work's copyright notices are kept
    "notice-file",  # a NOTICE / "Notice" text file, or the line it must hold
    "naming",  # "Built with ...", a name prefix
    "credit",  # the creator credited as the license prescribes (CC BY 3(a)(1)(A), a citation)
    "changes-statement",  # modified files marked, or a statement that the work was changed
)

KIND_OF_TAG: Mapping[str, str] = {
    "include-license": "include-license-text",
    "indicate-license": "include-license-text",
    "copyright-notice": "copyright-notice",
    "notice-file": "notice-file",
    "display-attribution": "naming",
    "derivative-naming": "naming",
    "credit": "credit",
    "cite-paper": "credit",
    "state-changes": "changes-statement",
}
"""Obligation tags (license_db/vocabulary.yaml) that are attribution or notice duties; the
others (use restrictions, share-alike, thresholds) are the checklist's, not the notice's."""

KIND_WORDS: Mapping[str, str] = {
    "include-license-text": "Ship the license text",
    "copyright-notice": "Keep the copyright notices",
    "notice-file": "Notice file",
    "naming": "Naming and display",
    "credit": "Credit",
    "changes-statement": "State changes",
}

ROLE_WORDS: Mapping[str, str] = {
    "model": "this model",
    "ancestor": "ancestor",
    "dataset": "dataset",
}

_QUOTED = lazy_pattern(r'"([^"\n]+)"')
_DATASET_CREDIT_TAG = "attribution-required"


@dataclass(frozen=True, slots=True)
class Party:
    """Someone a duty is owed to: the model, an ancestor or a dataset, with its license."""

    ref: str
    role: str  # a ROLE_WORDS key
    relation: str | None  # an ancestor's relation (finetune, ...), a dataset's role (training, ...)
    license_id: str | None
    license_name: str | None
    link: str | None  # where its license is published
    credit: str | None = None  # a dataset's credit line
    unknown: str | None = None  # why its duties could not be listed: review it
    choice: bool = False  # its license is `A OR B`: the duties of the option adopted apply


@dataclass(frozen=True, slots=True)
class Duty:
    """One attribution or notice duty, with its clause and every ref it is owed to."""

    kind: str  # a DUTY_KINDS word
    tag: str  # the record's obligation tag (`attribution-required`: a dataset card's request)
    license_id: str | None
    license_name: str | None
    clause: str | None
    text: str
    reproduce: tuple[str, ...]  # the exact words the license prescribes
    detail: str | None  # a name prefix, where the license text is
    owed_to: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Everything one model's product must carry, and the parties whose duties are unknown."""

    model: str
    parties: tuple[Party, ...]
    duties: tuple[Duty, ...]

    @property
    def unknown(self) -> tuple[Party, ...]:
        """Parties whose duties could not be listed (license unknown or not recorded)."""
        return tuple(p for p in self.parties if p.unknown is not None)

    @property
    def datasets(self) -> tuple[Party, ...]:
        """The datasets that went into the weights, each with its credit line."""
        return tuple(p for p in self.parties if p.role == "dataset")


def collect_attribution(
    model: ModelResult, facts: Mapping[str, LicenseFacts] | None
) -> Attribution:
    """Every attribution and notice duty of `model`, deduplicated, in the order first owed.

    `facts` is the result's `license_facts` (None for a result saved before schema 1.1: every
    party is then listed for review, and only a dataset card's own request for credit stays).
    """
    parties: list[Party] = []
    found: list[Duty] = []
    for party, expression in _parties(model, facts):
        parties.append(party)
        if expression is not None and facts is not None:
            for license_id in license_ids(expression):
                if license_id in facts:
                    found.extend(_duties(facts[license_id], party, model))
        if party.role == "dataset":
            found.extend(_dataset_credit(model, party, found))
    return Attribution(model.ref, tuple(parties), _merged(found))


def _parties(
    model: ModelResult, facts: Mapping[str, LicenseFacts] | None
) -> Iterator[tuple[Party, str | None]]:
    """Each party with the license expression whose records hold its duties (None: unknown)."""
    effective = model.effective_license
    expression = effective.id if effective is not None and effective.id else None
    name = effective.name if effective is not None else None
    choice = expression is not None and is_choice(expression)
    link = _link(expression, facts)
    unknown = _unknown(expression, facts)
    yield Party(model.ref, "model", None, expression, name, link, None, unknown, choice), expression
    for step in model.lineage:
        info = step.get("license")
        step_id = info.get("id") if info is not None else None
        step_name = info.get("name") if info is not None else None
        party = Party(
            step["ref"],
            "ancestor",
            step.get("relation"),
            step_id,
            step_name,
            _link(step_id, facts),
            unknown=_unknown(step_id, facts),
        )
        yield party, step_id
    for entry in model.training_data:
        if is_training(entry):
            yield _dataset(model, entry, facts)


def _dataset(
    model: ModelResult, entry: TrainingDataEntry, facts: Mapping[str, LicenseFacts] | None
) -> tuple[Party, str | None]:
    info = entry.get("license")
    license_id = info.get("id") if info is not None else None
    name = (info.get("name") if info is not None else None) or _name(license_id, facts)
    link = _link(license_id, facts)
    party = Party(
        entry["ref"],
        "dataset",
        entry["role"],
        license_id,
        name,
        link,
        credit=_credit_line(model, entry, name, link),
        unknown=_unknown(license_id, facts),
    )
    return party, license_id


def _credit_line(
    model: ModelResult, entry: TrainingDataEntry, name: str | None, link: str | None
) -> str:
    """`org/name (<dataset page>), revision <sha>, licensed under <license> (<link>)`."""
    hub_id = entry.get("hub_id")
    base = hub_base(model) if model.source is not None else DEFAULT_HUB
    parts = [entry["ref"] + (f" ({base}/datasets/{hub_id})" if hub_id else "")]
    revision = entry.get("revision")
    if revision:
        parts.append(f"revision {revision}")
    if name:
        parts.append(f"licensed under {name}" + (f" ({link})" if link else ""))
    else:
        parts.append("license not known")
    return ", ".join(parts)


def _duties(record: LicenseFacts, party: Party, model: ModelResult) -> Iterator[Duty]:
    for obligation in record.obligations:
        kind = KIND_OF_TAG.get(obligation.tag)
        if kind is None:
            continue
        yield Duty(
            kind=kind,
            tag=obligation.tag,
            license_id=record.id,
            license_name=record.name,
            clause=obligation.clause,
            text=obligation.text or obligation.tag,
            reproduce=tuple(_QUOTED.findall(obligation.text)),
            detail=_detail(obligation, record, party, model),
            owed_to=(party.ref,),
        )


def _detail(
    obligation: LicenseDuty, record: LicenseFacts, party: Party, model: ModelResult
) -> str | None:
    if obligation.tag == "derivative-naming":
        term = record.terms.get("naming_requirement")
        if term is not None and isinstance(term.value, str) and term.value:
            return f'Required name prefix: "{term.value}"'
        return None
    if KIND_OF_TAG[obligation.tag] != "include-license-text":
        return None
    link = record.links[0] if record.links else None
    if obligation.tag == "indicate-license":
        return f"The text or this link: {link}" if link else None
    if party.role == "model":
        own = [f.path for f in model.license_files if f.identified_as == record.id]
        shipped = own or [f.path for f in model.license_files]
        if shipped:
            return f"In the model: {', '.join(shipped)}" + (
                f"; published at {link}" if link else ""
            )
        return "No license file in the model" + (f": obtain the text at {link}" if link else "")
    return f"Published at {link}" if link else None


def _dataset_credit(model: ModelResult, party: Party, found: list[Duty]) -> list[Duty]:
    """A dataset whose card asks for credit, when its license record states no credit duty."""
    entry = next((e for e in model.training_data if e["ref"] == party.ref), None)
    if entry is None or not entry.get("attribution_required"):
        return []
    credited = {"credit", "copyright-notice", "notice-file"}
    if any(party.ref in d.owed_to and d.kind in credited for d in found):
        return []
    text = "Credit the dataset with the credit line above, as its card or license asks."
    duty = Duty(
        kind="credit",
        tag=_DATASET_CREDIT_TAG,
        license_id=party.license_id,
        license_name=party.license_name,
        clause=None,
        text=text,
        reproduce=(),
        detail=None,
        owed_to=(party.ref,),
    )
    return [duty]


def _merged(duties: list[Duty]) -> tuple[Duty, ...]:
    """One duty per (license, kind, clause, text), owed to every ref it came through."""
    merged: dict[tuple[str | None, str, str | None, str], Duty] = {}
    for duty in duties:
        key = (duty.license_id, duty.kind, duty.clause, duty.text)
        known = merged.get(key)
        if known is None:
            merged[key] = duty
        elif duty.owed_to[0] not in known.owed_to:
            merged[key] = replace(known, owed_to=known.owed_to + duty.owed_to)
    return tuple(merged.values())


def _unknown(expression: str | None, facts: Mapping[str, LicenseFacts] | None) -> str | None:
    if expression is None:
        return "its license is not known: review it for attribution duties"
    if facts is None:
        return "license facts not recorded in this result: audit again to list its duties"
    missing = [i for i in license_ids(expression) if i not in facts]
    if missing:
        return f"not in the license database: {', '.join(missing)}; review it for duties"
    return None


def _name(license_id: str | None, facts: Mapping[str, LicenseFacts] | None) -> str | None:
    record = facts.get(license_id) if facts is not None and license_id is not None else None
    return record.name if record is not None else license_id


def _link(expression: str | None, facts: Mapping[str, LicenseFacts] | None) -> str | None:
    if expression is None or facts is None:
        return None
    for license_id in license_ids(expression):
        record = facts.get(license_id)
        if record is not None and record.links:
            return record.links[0]
    return None
