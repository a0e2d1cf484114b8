"""Plain words for the HTML report: place codes, license names in prose, yes/no for booleans."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import LicenseFacts, LicenseMatch

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip

COUNTRIES = {
    "AE": "United Arab Emirates", "AR": "Argentina", "AT": "Austria", "AU": "Australia",
    "BE": "Belgium", "BR": "Brazil", "BY": "Belarus", "CA": "Canada", "CH": "Switzerland",
    "CN": "China", "CU": "Cuba", "CZ": "Czechia", "DE": "Germany", "DK": "Denmark",
    "ES": "Spain", "EU": "the European Union", "FI": "Finland", "FR": "France",
    "GB": "the United Kingdom", "HK": "Hong Kong", "IE": "Ireland", "IL": "Israel",
    "IN": "India", "IR": "Iran", "IT": "Italy", "JP": "Japan", "KP": "North Korea",
    "KR": "South Korea", "LU": "Luxembourg", "MX": "Mexico", "NL": "the Netherlands",
    "NO": "Norway", "NZ": "New Zealand", "PL": "Poland", "PT": "Portugal", "RU": "Russia",
    "SA": "Saudi Arabia", "SE": "Sweden", "SG": "Singapore", "SY": "Syria", "TW": "Taiwan",
    "UA": "Ukraine", "UK": "the United Kingdom", "US": "the United States",
}  # fmt: skip

_SUBDIVISION = lazy_pattern(r"\b([A-Z]{2})-([A-Z0-9]{1,3})\b")
_BOOLEAN_TAIL = lazy_pattern(r":\s*(true|false)\b")


def place_words(code: str) -> str:
    """`US-DE` -> `Delaware (US)`, `DE` -> `Germany`; anything else unchanged."""
    text = code.strip()
    match = _SUBDIVISION.fullmatch(text)
    if match:
        country, part = match.groups()
        if country == "US" and part in US_STATES:
            return f"{US_STATES[part]} (US)"
        return f"{part} ({COUNTRIES.get(country, country)})"
    return COUNTRIES.get(text, text)


def places_in_prose(text: str) -> str:
    """Subdivision codes in a sentence (`law of US-CA`) as places (`California (US)`).

    Bare two-letter codes stay: in prose they may be words."""
    return _SUBDIVISION.sub(lambda m: place_words(m.group(0)), text)


def license_names(
    facts: Mapping[str, LicenseFacts] | None, extra: Iterable[LicenseMatch]
) -> dict[str, str]:
    """License id -> its plain name, from the facts the result recorded and the matches."""
    names: dict[str, str] = {}
    for match in extra:
        if match.id and match.name and match.name != match.id:
            names.setdefault(match.id, match.name)
    for key, fact in (facts or {}).items():
        if fact.name and fact.name != key:
            names[key] = fact.name
            names.setdefault(fact.id, fact.name)
    return names


class ProseNamer:
    """Rewrites prose for a reader: license ids as names, place codes as places, booleans."""

    def __init__(self, names: Mapping[str, str]) -> None:
        ids = sorted((i for i in names if len(i) >= 3), key=len, reverse=True)
        self._names = names
        self._pattern = (
            re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
            if ids
            else None
        )
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        out = text
        if self._pattern is not None:
            out = self._pattern.sub(lambda m: self._names[m.group(1)], out)
        out = places_in_prose(out)
        out = _BOOLEAN_TAIL.sub(lambda m: ": yes" if m.group(1) == "true" else ": no", out)
        self._cache[text] = out
        return out

    def name(self, match: LicenseMatch | None) -> str:
        """The plain name of a license for a person to read."""
        if match is None:
            return "none declared"
        if match.id is None:
            return f"unidentified: {match.name}" if match.name else "unidentified"
        return self._names.get(match.id) or match.name or match.id


def judged_under_lines(record: Mapping[str, object] | None) -> list[str]:
    """The deployment a model was judged under, one `what: value` line each, places named."""
    if not record:
        return []
    lines = []
    organization = record.get("organization")
    if isinstance(organization, dict):
        lines += [f"organization {k}: {_fact_words(v)}" for k, v in sorted(organization.items())]
    fields = record.get("fields")
    if isinstance(fields, dict):
        lines += [f"{k.replace('_', ' ')}: {_fact_words(v)}" for k, v in sorted(fields.items())]
    for key in ("hosting", "region"):
        if record.get(key) is not None:
            lines.append(f"{key}: {_fact_words(record[key])}")
    return lines


def _fact_words(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_fact_words(v) for v in value) or "none"
    if isinstance(value, dict):
        return "; ".join(f"{k} {_fact_words(v)}" for k, v in value.items()) or "none"
    if value is None:
        return "not given"
    text = str(value)
    return place_words(text) if _PLACE_CODE.fullmatch(text) else places_in_prose(text)


_PLACE_CODE = lazy_pattern(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?")
