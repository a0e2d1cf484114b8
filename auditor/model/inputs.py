"""The facts a user states rather than the evidence: where each is given (manifest key, option).

A blocking rule left undecided only because such a fact is unknown asks for it ("needs input")
instead of failing the model as a license problem would; `policy/engine.py` reads this table,
the renderers print its words, and `cli/` tests keep the options in step with `scan`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NeededInput:
    """A fact the deployment did not state, and where to state it."""

    fact: str  # the unknown fact, e.g. deployment.mau
    manifest_key: str  # where a manifest states it, e.g. deployment.mau or models[].region
    option: str | None = None  # the `scan` / `compare` option, when there is one


def _given(manifest_key: str, option: str | None = None) -> tuple[str, str | None]:
    return manifest_key, option


# One row a user-supplied fact: the manifest key (`models[].<key>` for a model entry's own
# keys) and the command-line option of `scan` and `compare`. A derived fact names the input
# it is built from (`deployment.commercial` from the distribution).
USER_INPUTS: Mapping[str, tuple[str, str | None]] = {
    "deployment.mau": _given("deployment.mau", "--mau"),
    "deployment.group_mau": _given("deployment.group_mau", "--group-mau"),
    "deployment.annual_revenue_usd": _given("deployment.annual_revenue_usd", "--revenue"),
    "deployment.regions": _given("deployment.regions", "--region"),
    "deployment.region_codes": _given("deployment.regions", "--region"),
    "deployment.data": _given("deployment.data", "--data"),
    "deployment.use_cases": _given("deployment.use_cases", "--use-case"),
    "deployment.annex_iii_points": _given("deployment.use_cases", "--use-case"),
    "deployment.distribution": _given("deployment.distribution", "--distribution"),
    "deployment.commercial": _given("deployment.distribution", "--distribution"),
    "deployment.research": _given("deployment.distribution", "--distribution"),
    "deployment.monetized": _given("deployment.monetized"),
    "deployment.fine_tune_compute_share": _given("deployment.fine_tune_compute_share"),
    "deployment.interacts_with_people": _given("deployment.interacts_with_people"),
    "deployment.generates_content": _given("deployment.generates_content"),
    "deployment.serves_model_api": _given("deployment.serves_model_api"),
    "organization.name": _given("organization.name"),
    "organization.domicile": _given("organization.domicile", "--domicile"),
    "organization.domicile_region": _given("organization.domicile", "--domicile"),
    "organization.type": _given("organization.type"),
    "model.region": _given("models[].region"),
    "model.region_codes": _given("models[].region"),
    "model.hosting": _given("models[].hosting"),
    "model.modality": _given("models[].modality"),
    # what it generates, when nothing read says, follows what it takes in (model/outputs.py)
    "model.generates_imagery": _given("models[].modality"),
}

USER_INPUT_PREFIXES = ("deployment.", "organization.", "attestations.")
"""Every fact under these is the user's to state; `model.*` facts only as `USER_INPUTS` lists."""


def needed_input(fact: str) -> NeededInput | None:
    """Where the user states `fact`, or None when the evidence or the license decides it."""
    row = USER_INPUTS.get(fact)
    if row is not None:
        return NeededInput(fact, *row)
    if fact.startswith("attestations."):
        return NeededInput(fact, f"deployment.{fact}")
    if fact.startswith(USER_INPUT_PREFIXES):
        return NeededInput(fact, fact)  # a fact added later: its manifest key is its path
    return None


def needed_inputs(facts: Iterable[str]) -> tuple[NeededInput, ...] | None:
    """The inputs that would decide a rule left unknown by `facts`; None when one of them is
    not the user's to state (a license or evidence fact: the rule fails closed)."""
    found: list[NeededInput] = []
    for fact in dict.fromkeys(facts):
        item = needed_input(fact)
        if item is None:
            return None
        found.append(item)
    return tuple(found) or None


def where_given(item: NeededInput) -> str:
    """`manifest `deployment.mau`, or `--mau``."""
    where = f"manifest `{item.manifest_key}`"
    return f"{where}, or `{item.option}`" if item.option else where


def inputs_list(items: Iterable[NeededInput]) -> str:
    """`deployment.mau (manifest `deployment.mau`, or `--mau`)`, each input once."""
    return "; ".join(dict.fromkeys(f"{i.fact} ({where_given(i)})" for i in items))


def inputs_words(items: Iterable[NeededInput]) -> str:
    """The line every format prints: `needs input: deployment.mau (manifest ..., or `--mau`)`."""
    return f"needs input: {inputs_list(items)}"
