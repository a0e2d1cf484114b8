"""Whether a license with no curated record is OSI approved, from a fact table derived from
ScanCode's LicenseDB (license_db/osi_approved.json, built by scripts/build_osi_index.py).

A license identified only by its SPDX id (`license: zlib`, `bsl-1.0`) has no record, so no
`osi_approved`; ScanCode records the Open Source Initiative's page for the licenses it knows
the OSI approved. The table lists those SPDX ids: listed means approved; absent means not
known (never "not approved"), and a curated record's own `osi_approved` always comes first.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from auditor.errors import LicenseDBError
from auditor.fileio.once import loaded_once
from auditor.resources import license_db_dir

OSI_FILE = "osi_approved.json"


def parse_osi_index(text: str, *, source: str = OSI_FILE) -> Mapping[str, str]:
    """Lowercase SPDX id -> SPDX id as spelled, of the OSI-approved licenses the table lists;
    a malformed table is an error naming `source`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise LicenseDBError(f"{source}: not JSON (line {err.lineno}: {err.msg})") from err
    table = data.get("osi_approved") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not table:
        raise LicenseDBError(f"{source}: expected a non-empty `osi_approved` mapping")
    bad = [k for k, v in table.items() if not isinstance(v, dict) or "basis" not in v]
    if bad:
        raise LicenseDBError(f"{source}: entries without a basis: {', '.join(sorted(bad)[:5])}")
    return {str(k).lower(): str(k) for k in table}


@loaded_once
def load_osi_index(path: Path | None = None) -> Mapping[str, str]:
    """The bundled table (or `path`), read once."""
    file = path or license_db_dir() / OSI_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as err:
        raise LicenseDBError(f"{file.name}: cannot be read ({err})") from err
    return parse_osi_index(text, source=file.name)


def is_osi_approved(license_id: str, table: Mapping[str, str] | None = None) -> bool | None:
    """True when the table lists the SPDX id as OSI approved (any case); None otherwise: not
    known, which a policy reads as "could not be checked", never as approved."""
    found = (load_osi_index() if table is None else table).get(license_id.strip().lower())
    return True if found is not None else None
