"""The closed set of license kinds, from least to most restrictive, in one place."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class LicenseKind(StrEnum):
    """What sort of license a record is; members are listed least restrictive first.

    `license_db/vocabulary.yaml`, the policy schema and the result schema name the same
    words (tests keep them in step). A StrEnum, so a kind compares equal to its word.
    """

    PERMISSIVE_OSS = "permissive-oss"
    COPYLEFT_OSS = "copyleft-oss"
    OPEN_WEIGHT_RESTRICTED = "open-weight-restricted"
    RAIL = "rail"
    ACCEPTABLE_USE_POLICY = "acceptable-use-policy"
    NON_COMMERCIAL = "non-commercial"
    RESEARCH_ONLY = "research-only"
    PROPRIETARY_TERMS = "proprietary-terms"

    @property
    def rank(self) -> int:
        """0 for the least restrictive kind; an AND of licenses takes the highest rank."""
        return _ORDER.index(self)

    @property
    def words(self) -> str:
        """The kind in plain words, for reports."""
        return _WORDS[self]


_ORDER: tuple[LicenseKind, ...] = tuple(LicenseKind)
_WORDS: dict[LicenseKind, str] = {
    LicenseKind.PERMISSIVE_OSS: "open-source license without copyleft",
    LicenseKind.COPYLEFT_OSS: "open-source license with copyleft "
    "(derivatives stay under the same terms)",
    LicenseKind.OPEN_WEIGHT_RESTRICTED: "open-weight license with conditions (not open source)",
    LicenseKind.RAIL: "Responsible AI License: use restrictions that must be passed on",
    LicenseKind.ACCEPTABLE_USE_POLICY: "acceptable-use policy incorporated by a license",
    LicenseKind.NON_COMMERCIAL: "non-commercial license",
    LicenseKind.RESEARCH_ONLY: "research or evaluation only",
    LicenseKind.PROPRIETARY_TERMS: "proprietary terms",
}


def parse_kind(value: object) -> LicenseKind | None:
    """The kind a stored word names; None for anything else (an older or foreign result)."""
    if isinstance(value, LicenseKind):
        return value
    try:
        return LicenseKind(str(value)) if value is not None else None
    except ValueError:
        return None


def kind_rank(kind: object) -> int:
    """Rank of a kind; anything that is not a kind sorts after every kind."""
    parsed = parse_kind(kind)
    return parsed.rank if parsed is not None else len(_ORDER)


def most_restrictive(kinds: Iterable[object]) -> LicenseKind | None:
    """The most restrictive of the kinds (what an AND of licenses binds to); None if none."""
    parsed = [k for k in map(parse_kind, kinds) if k is not None]
    return max(parsed, key=_ORDER.index) if parsed else None


def least_restrictive(kinds: Iterable[object]) -> LicenseKind | None:
    """The least restrictive of the kinds (what an OR lets the licensee choose); None if none."""
    parsed = [k for k in map(parse_kind, kinds) if k is not None]
    return min(parsed, key=_ORDER.index) if parsed else None
