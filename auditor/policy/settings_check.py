"""Checks of a policy's own `settings:` that cannot wait for the audit.

Two kinds of setting would otherwise go wrong in silence. The settings the auditor itself reads
(`waiver_max_days`, `knowledge_max_age_days`) fall back to their defaults when they are not a
whole number of days, so a typo quietly widens a horizon the organization meant to narrow. And a
setting a parent policy defines is read by the parent's rules, whose comparisons were checked
against the parent's value: a child that gives it another type (`max_retention_days: thirty`)
turns each of those comparisons unknown at run time. Both are load errors, at the setting's line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

DAY_SETTINGS: Mapping[str, str] = {
    "waiver_max_days": "how far past the audit date a waiver may expire",
    "knowledge_max_age_days": "how old the lineage knowledge may be",
}
"""Settings the auditor reads itself, each a whole number of days, 1 or more."""


def _whole_days(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return value.is_integer() and value >= 1
    return isinstance(value, int) and value >= 1


def _shape(value: object) -> str:
    """The type a rule's comparison sees, in words: a number, true or false, text, a list..."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    return "nothing (null)" if value is None else f"a {type(value).__name__}"


def settings_problems(
    own: Mapping[str, object], inherited: Mapping[str, object]
) -> Iterator[tuple[str, str]]:
    """(setting, problem) for each of the file's own settings the audit could not use as meant."""
    for key, value in own.items():
        if key in DAY_SETTINGS:
            if not _whole_days(value):
                yield (
                    key,
                    f"setting {key!r} ({DAY_SETTINGS[key]}) must be a whole number of days, "
                    f"1 or more, not {value!r}",
                )
            continue
        if key in inherited and _shape(value) != _shape(inherited[key]):
            yield (
                key,
                f"setting {key!r} is {_shape(inherited[key])} in the policy this one extends "
                f"({inherited[key]!r}), and its rules compare it as such; {value!r} is "
                f"{_shape(value)}",
            )
