"""Reads the contract facts of a provider file (what license rules read), checking each one."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.located_yaml import load_trusted_yaml
from auditor.resources import license_db_dir

COMMERCIAL_USE = frozenset({"allowed", "restricted", "prohibited"})
OUTPUT_USE_TAGS: Mapping[str, str] = {
    "no-competing-models": "no developing models that compete with the provider",
    "no-competing-services": "no building services that compete with the provider",
    "no-training-other-models": "no training any other model on the output",
    "no-competing-image-models": "no training competing image-generation models on image output",
    "no-model-extraction": "no extracting or replicating the model (weights, parameters)",
    "no-resale": "no reselling the service",
}
"""The closed set of `output_use_restrictions` tags (../shared/provider-terms.yaml)."""
BARS_TRAINING_MODELS = frozenset({"no-competing-models", "no-training-other-models"})
"""Tags that bar using output to build another (text) model: the `output_use_restriction` term."""

# The contract facts of a provider file, each `{value, evidence, as_of, ...}`; all required.
CONTRACT_FACTS = (
    "commercial_use",
    "output_use_restrictions",
    "acceptable_use_policy_incorporated",
    "licensor_may_update_terms",
    "governing_law",
    "use_restrictions",
)
CONTRACT_LABELS: Mapping[str, str] = {
    "commercial_use": "Commercial use",
    "output_use_restrictions": "Output use",
    "acceptable_use_policy_incorporated": "Usage policy incorporated",
    "licensor_may_update_terms": "Unilateral changes",
    "governing_law": "Governing law",
    "use_restrictions": "Usage-policy restrictions",
}
FactReader = Callable[
    [Any, str, Callable[[object], bool], list[str], frozenset[str]], dict[str, Any]
]
"""Checks one `{value, evidence, as_of, ...}` fact (provider_file._fact): the raw fact, its
name, the check of its value, the problems found so far, and the keys it may have beyond the
common ones."""
_LAW = lazy_pattern(r"[A-Z]{2}(-[A-Z0-9]{1,3})?")
_LOCATION = lazy_pattern(r"EU|EEA|[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class ContractFact:
    """Where one contract fact of a provider file comes from: for the evidence of a term."""

    fact: str  # a CONTRACT_FACTS key
    line: int | None  # the line of the fact's key in the provider file
    evidence: str | None  # P (the provider's own text) or S (a summary or mirrored copy)
    as_of: str  # when the fact was compiled
    source_date: str | None  # the effective or last-updated date of the text read
    sources: tuple[str, ...]
    note: str | None  # the first note: what the text says, in our words


@dataclass(frozen=True, slots=True)
class ContractTerms:
    """What a provider's business terms say that license rules read; None is unknown."""

    commercial_use: str | None
    output_use_restrictions: tuple[str, ...] | None
    acceptable_use_policy_incorporated: bool | None
    licensor_may_update_terms: bool | None
    governing_law: str | None  # the law for a customer no `governing_law_by_location` entry covers
    governing_law_by_location: tuple[tuple[str, str | None], ...]  # (region code, law or None)
    venue: str | None
    use_restrictions: tuple[str, ...] | None  # license_db/vocabulary.yaml use_restrictions tags
    use_restriction_notes: tuple[tuple[str, str], ...]  # (tag, what the policy says, our words)
    facts: tuple[ContractFact, ...]  # one a CONTRACT_FACTS key, in that order

    def fact(self, name: str) -> ContractFact:
        """The provenance of one contract fact."""
        return next(f for f in self.facts if f.fact == name)


@cache
def use_restriction_tags() -> frozenset[str]:
    """The `use_restrictions` tags of the bundled license_db/vocabulary.yaml."""
    data = load_trusted_yaml((license_db_dir() / "vocabulary.yaml").read_text(encoding="utf-8"))
    tags = data.get("use_restrictions") if isinstance(data, dict) else None
    return frozenset(str(tag) for tag in tags or ())


def parse_contract(
    data: Mapping[str, Any],
    text: str,
    as_fact: FactReader,
    problems: list[str],
) -> ContractTerms:
    """The contract facts of a provider file's data; `as_fact` checks a fact's common keys."""
    raw = {
        name: as_fact(data[name], name, check, problems, _extra_keys(name))
        for name, check in _CHECKS.items()
    }
    laws = _by_location(raw["governing_law"].get("by_customer_location"), problems)
    venue = raw["governing_law"].get("venue")
    if venue is not None and not (isinstance(venue, str) and venue.strip()):
        problems.append("governing_law.venue must be a non-empty string or null")
        venue = None
    for name, fact in raw.items():
        dated = fact.get("source_date")
        if dated is not None and not (isinstance(dated, str) and dated.strip()):
            problems.append(f"{name}.source_date must be a non-empty string or null")
    output = raw["output_use_restrictions"].get("value")
    uses = raw["use_restrictions"].get("value")
    by_tag = _by_tag(raw["use_restrictions"].get("by_tag"), uses, problems)
    return ContractTerms(
        commercial_use=raw["commercial_use"].get("value"),
        output_use_restrictions=None if output is None else tuple(output),
        acceptable_use_policy_incorporated=raw["acceptable_use_policy_incorporated"].get("value"),
        licensor_may_update_terms=raw["licensor_may_update_terms"].get("value"),
        governing_law=raw["governing_law"].get("value"),
        governing_law_by_location=laws,
        venue=venue.strip() if isinstance(venue, str) else None,
        use_restrictions=None if uses is None else tuple(uses),
        use_restriction_notes=by_tag,
        facts=tuple(_provenance(name, raw[name], text) for name in CONTRACT_FACTS),
    )


def _extra_keys(name: str) -> frozenset[str]:
    """Keys a contract fact may carry beyond the common ones: the date of the text read, and
    for governing law the customer locations it depends on and the courts."""
    if name == "governing_law":
        return frozenset({"source_date", "by_customer_location", "venue"})
    if name == "use_restrictions":
        return frozenset({"source_date", "by_tag"})
    return frozenset({"source_date"})


def _is_commercial(value: object) -> bool:
    return value is None or value in COMMERCIAL_USE


def _is_output_tags(value: object) -> bool:
    return value is None or (isinstance(value, list) and all(v in OUTPUT_USE_TAGS for v in value))


def _is_use_tags(value: object) -> bool:
    tags = use_restriction_tags()
    return value is None or (isinstance(value, list) and all(v in tags for v in value))


def _is_flag(value: object) -> bool:
    return value is None or isinstance(value, bool)


def _is_law(value: object) -> bool:
    return value is None or (isinstance(value, str) and bool(_LAW.fullmatch(value)))


_CHECKS: Mapping[str, Callable[[object], bool]] = {
    "commercial_use": _is_commercial,
    "output_use_restrictions": _is_output_tags,
    "acceptable_use_policy_incorporated": _is_flag,
    "licensor_may_update_terms": _is_flag,
    "governing_law": _is_law,
    "use_restrictions": _is_use_tags,
}


def _by_location(raw: object, problems: list[str]) -> tuple[tuple[str, str | None], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        problems.append("governing_law.by_customer_location must map region codes to laws")
        return ()
    found: list[tuple[str, str | None]] = []
    for where, law in raw.items():
        if not (isinstance(where, str) and _LOCATION.fullmatch(where)):
            problems.append(
                f"governing_law.by_customer_location: {where!r} is not EU, EEA or an "
                "upper-case ISO 3166-1 alpha-2 code"
            )
        elif not _is_law(law):
            problems.append(
                f"governing_law.by_customer_location.{where}: {law!r} is not a law code "
                "(US-CA, IE, ...) or null"
            )
        else:
            found.append((where, law))
    return tuple(found)


def _by_tag(raw: object, tags: object, problems: list[str]) -> tuple[tuple[str, str], ...]:
    """`use_restrictions.by_tag`: a note in our words for each mapped tag, so that every tag
    says which clause of the usage policy it comes from (required when tags are listed)."""
    listed = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    if raw is None:
        if listed:
            problems.append("use_restrictions.by_tag must give a note for each tag")
        return ()
    if not isinstance(raw, dict) or not all(
        isinstance(note, str) and note.strip() for note in raw.values()
    ):
        problems.append("use_restrictions.by_tag must map tags to non-empty notes")
        return ()
    problems.extend(
        f"use_restrictions.by_tag: {tag!r} is not in use_restrictions.value"
        for tag in raw
        if tag not in listed
    )
    problems.extend(
        f"use_restrictions.by_tag: no note for {tag!r}" for tag in listed if tag not in raw
    )
    return tuple((tag, raw[tag].strip()) for tag in listed if tag in raw)


def _provenance(name: str, fact: Mapping[str, Any], text: str) -> ContractFact:
    notes = fact.get("notes") or ()
    dated = fact.get("source_date")
    as_of = fact.get("as_of")
    return ContractFact(
        fact=name,
        line=_key_line(text, name),
        evidence=fact.get("evidence"),
        as_of=as_of.isoformat() if isinstance(as_of, date) else str(as_of),
        source_date=dated if isinstance(dated, str) else None,
        sources=tuple(fact.get("sources") or ()),
        note=notes[0] if notes and isinstance(notes[0], str) else None,
    )


def _key_line(text: str, key: str) -> int | None:
    """The 1-based line of a top-level `key:` in the file's text."""
    pattern = re.compile(rf"^{re.escape(key)}\s*:", re.MULTILINE)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None
