"""Bands of plausible exchange rates to US dollars (license_db/exchange_rates.yaml).

A licence's cap in another currency (EUR 10 million of turnover) is compared with revenue
stated in US dollars through a band, never one rate: over the cap at the band's highest rate
is over it at any plausible rate, at or under it at the lowest is under it, and between the two
is undecided. The band, its date and its source are data, so a finding can say which it used.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from auditor.errors import LicenseDBError
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.resources import license_db_dir

FILE_NAME = "exchange_rates.yaml"


@dataclass(frozen=True, slots=True)
class RateBand:
    """US dollars for one unit of `currency`: the lowest and highest plausible rate."""

    currency: str
    low: float
    high: float
    as_of: str
    source: str
    source_name: str  # a few words naming the source, for messages


@cache
def _bands(path: Path) -> dict[str, RateBand]:
    try:
        data = read_knowledge_yaml(path)
    except (OSError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{path}: cannot be read ({err})") from err
    if not isinstance(data, dict) or not isinstance(data.get("bands"), dict):
        raise LicenseDBError(f"{path}: the `bands:` mapping is missing")
    as_of, source = str(data.get("as_of") or ""), " ".join(str(data.get("source") or "").split())
    source_name = str(data.get("source_name") or "license_db/" + FILE_NAME)
    bands: dict[str, RateBand] = {}
    for code, band in data["bands"].items():
        low = band.get("low") if isinstance(band, dict) else None
        high = band.get("high") if isinstance(band, dict) else None
        if (
            not isinstance(low, int | float)
            or not isinstance(high, int | float)
            or not 0 < low <= high
        ):
            raise LicenseDBError(f"{path}: the band of {code} needs 0 < low <= high")
        bands[str(code).upper()] = RateBand(
            str(code).upper(), float(low), float(high), as_of, source, source_name
        )
    return bands


def usd_band(currency: str, folder: Path | None = None) -> RateBand | None:
    """The band for `currency` (ISO 4217), or None when the file records none."""
    return _bands((folder or license_db_dir()) / FILE_NAME).get(currency.upper())
