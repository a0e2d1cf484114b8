"""The `training_data.*` facts: what the datasets that trained a model bring to its judgement.

Only datasets whose role puts their data into the weights (model/training.py TRAINING_ROLES:
training, fine-tuning, and a dataset's own sources) count; a dataset the card only evaluates
on, compares with or mentions is never judged. Whether a dataset's license reaches the weights
trained on it is legally unsettled (a model is not obviously an adaptation of its data; some
data licenses bind only redistribution of the data), so the presets warn rather than block by
default and the messages say so; `strict` treats the doubt against the user.

Each list names the datasets as the model's evidence names them; an empty list is "none",
never "unknown". A dataset that could not be read (no Hub id, gated, offline, over the bound),
or whose documents neither name a license we know nor state what the data may be used for, is
in `unknown_license`, so what was not read is a finding, not silence; so is one built from a
source whose terms no record states (`unknown_sources`) unless it is already known to bar
commercial use. A research-only dataset
is listed as research-only, not also as non-commercial. Data the card only describes by the
models that generated it (`resolved_by: "described"`) names no dataset to read: it counts as
model-generated, never as of unknown license.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from auditor.model.kinds import LicenseKind, most_restrictive, parse_kind
from auditor.model.training import TRAINING_RULES as TRAINING_RULES
from auditor.model.training import TrainingDataEntry, is_training
from auditor.policy.fact_types import FactSpec, FactType

_L, _B, _N, _S = FactType.LIST, FactType.BOOL, FactType.NUMBER, FactType.STRING

TRAINING_FACTS: Mapping[str, FactSpec] = {
    "training_data.datasets": FactSpec(_L, "the datasets that trained the model"),
    "training_data.count": FactSpec(_N, "how many datasets trained the model"),
    "training_data.licenses": FactSpec(_L, "the license ids of the datasets that trained it"),
    "training_data.most_restrictive_kind": FactSpec(
        _S, "the most restrictive license kind among those datasets"
    ),
    "training_data.non_commercial": FactSpec(_L, "training datasets whose terms bar commerce"),
    "training_data.has_non_commercial": FactSpec(_B, "a training dataset bars commercial use"),
    "training_data.research_only": FactSpec(_L, "training datasets confined to research"),
    "training_data.has_research_only": FactSpec(_B, "a training dataset is research-only"),
    "training_data.unknown_license": FactSpec(_L, "training datasets whose license is not known"),
    "training_data.has_unknown_license": FactSpec(_B, "a training dataset's license is unknown"),
    "training_data.share_alike": FactSpec(_L, "training datasets under share-alike terms"),
    "training_data.has_share_alike": FactSpec(_B, "a training dataset is share-alike"),
    "training_data.model_generated": FactSpec(_L, "training datasets made of a model's outputs"),
    "training_data.generated_with": FactSpec(_L, "the models whose outputs make that data"),
    "training_data.generated_terms": FactSpec(
        _L, "the API providers whose output-use terms apply to that data"
    ),
    "training_data.has_model_generated": FactSpec(_B, "a training dataset is model-generated"),
    "training_data.personal_data": FactSpec(_L, "training datasets stating personal data"),
}
"""The facts, merged into the policy vocabulary (vocabulary.py FACTS)."""

_UNREAD = frozenset({"stated", "unresolved", "not-fetched"})


def training_facts(entries: Iterable[TrainingDataEntry]) -> dict[str, object]:
    """The `training_data.*` facts of one model from its resolved entries."""
    used = [entry for entry in entries if is_training(entry)]
    non_commercial: list[str] = []
    research: list[str] = []
    unknown: list[str] = []
    share: list[str] = []
    generated: list[str] = []
    personal: list[str] = []
    generators: dict[str, None] = {}
    providers: dict[str, None] = {}
    licenses: dict[str, None] = {}
    kinds: list[LicenseKind] = []
    for entry in used:
        ref = entry["ref"]
        license_ = entry.get("license") or None
        kind = parse_kind(license_.get("kind")) if license_ else None
        if license_ and license_.get("id"):
            licenses[str(license_["id"])] = None
        if kind is not None:
            kinds.append(kind)
        research_only = bool(entry.get("research_only")) or kind is LicenseKind.RESEARCH_ONLY
        named = bool(license_ and license_.get("id"))
        stated = entry.get("commercial_use") is not None or research_only
        described = entry["resolved_by"] == "described"  # no dataset named: none to read
        if not described and (entry["resolved_by"] in _UNREAD or not (named or stated)):
            unknown.append(ref)  # nothing read says what the data may be used for
        elif entry.get("unknown_sources") and not (research_only or _prohibited(entry, kind)):
            unknown.append(ref)  # its label covers its maker's edits; its content's terms unknown
        if research_only:
            research.append(ref)  # implies no commercial use: said once, as research-only
        elif _prohibited(entry, kind):
            non_commercial.append(ref)
        if entry.get("share_alike"):
            share.append(ref)
        made_by = entry.get("generated_with") or []
        if made_by:
            generated.append(ref)
            generators.update(dict.fromkeys(made_by))
            providers.update(dict.fromkeys(entry.get("generated_terms") or []))
        if entry.get("personal_data") in ("stated", "consent-stated"):
            personal.append(ref)
    strictest = most_restrictive(kinds) if kinds else None
    return {
        "training_data.datasets": [entry["ref"] for entry in used],
        "training_data.count": len(used),
        "training_data.licenses": list(licenses),
        "training_data.most_restrictive_kind": None if strictest is None else str(strictest),
        "training_data.non_commercial": non_commercial,
        "training_data.has_non_commercial": bool(non_commercial),
        "training_data.research_only": research,
        "training_data.has_research_only": bool(research),
        "training_data.unknown_license": unknown,
        "training_data.has_unknown_license": bool(unknown),
        "training_data.share_alike": share,
        "training_data.has_share_alike": bool(share),
        "training_data.model_generated": generated,
        "training_data.generated_with": list(generators),
        "training_data.generated_terms": list(providers),
        "training_data.has_model_generated": bool(generated),
        "training_data.personal_data": personal,
    }


def _prohibited(entry: TrainingDataEntry, kind: LicenseKind | None) -> bool:
    return entry.get("commercial_use") == "prohibited" or kind is LicenseKind.NON_COMMERCIAL
