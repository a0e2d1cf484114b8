"""The weight each observation starts with: the default preset's `observations:` block.

The stages (sources, licenses, lineage, providers, waivers, the lockfile) report what they see
at this weight; the policy that judges a model weighs it again with its own `observations:`
and overrides. So policies/default.yaml is the one place an observation's default severity is
written: not the emitting code, not the catalog (auditor/policy/observations.py). An
observation the preset does not list (the four a policy rule decides instead) keeps the weight
its emitter gives as a fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from auditor.errors import InputFileError, LicenseDBError
from auditor.fileio.located_yaml import read_located_yaml
from auditor.model import Severity
from auditor.resources import policies_dir

DEFAULT_PRESET = "default.yaml"


@cache
def default_observation_weights() -> Mapping[str, Severity]:
    """Observation id -> severity, as the bundled default preset states them (read once)."""
    path = policies_dir() / DEFAULT_PRESET
    try:
        # the located parse the policy loader makes of the same file: one parse per process
        # when the default preset is the policy, none when an earlier run kept it
        data = read_located_yaml(path).data
    except InputFileError as err:
        raise LicenseDBError(f"{path}: cannot be read ({err})") from err
    block = data.get("observations") if isinstance(data, dict) else None
    if not isinstance(block, dict):
        raise LicenseDBError(f"{path}: the `observations:` block is missing")
    try:
        return MappingProxyType({str(rule): Severity(value) for rule, value in block.items()})
    except ValueError as err:
        raise LicenseDBError(f"{path}: `observations:` {err}") from err


def observed_severity(rule: str, unlisted: Severity = Severity.WARN) -> Severity:
    """The default preset's severity for observation `rule`; `unlisted` when it states none."""
    return default_observation_weights().get(rule, unlisted)
