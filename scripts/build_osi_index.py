"""Builds license_db/osi_approved.json from ScanCode's LicenseDB (a maintainer's tool).

Usage:
    python scripts/build_osi_index.py [LICENSES_DIR] [--out FILE]

LICENSES_DIR is ScanCode's `licensedcode/data/licenses` folder (found as
scripts/build_reference_index.py finds it when not given). A fact table, never text: for each
current, non-exception ScanCode license with an SPDX id whose front matter names its page at
the Open Source Initiative (`osi_license_key` or `osi_url`, ScanCode's record of OSI
approval), the SPDX id, the ScanCode key and which field said so. A license ScanCode records
no OSI page for is left out: its approval is unknown (not "not approved"), and a policy asking
for OSI approval keeps blocking it as "could not be checked". `--spdx-list` adds, as a second
source, the `isOsiApproved` flags of SPDX's license list (`json/licenses.json` of
spdx/license-list-data) for ids ScanCode has no OSI page for. `OSI_SUPPLEMENT` adds the few
OSI-approved ids ScanCode records no OSI page for, each with the OSI page stating it (a fact
carried over, never text). The output is deterministic; CI reads the committed file and never
needs ScanCode.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from auditor.errors import LicenseDBError  # noqa: E402 - after the path is set
from auditor.licenses.osi_index import OSI_FILE, parse_osi_index  # noqa: E402
from auditor.licenses.text.reference_build import SourceText, read_license_folder  # noqa: E402
from scripts.build_reference_index import find_license_folder, scancode_version  # noqa: E402

DEFAULT_OUT = ROOT / "license_db" / OSI_FILE
_MARKERS = ("osi_license_key", "osi_url")  # in this order: the key is the stronger statement

logger = logging.getLogger("build_osi_index")

OSI_SUPPLEMENT: dict[str, str] = {
    # SPDX id -> the page of the OSI's license list approving it, for ids ScanCode 32.5.0 gives
    # no `osi_license_key` or `osi_url` (checked against the OSI list, 2026-11-26)
    "0BSD": "https://opensource.org/license/0bsd",
    "BlueOak-1.0.0": "https://opensource.org/license/blue-oak-model-license",
    "EUPL-1.2": "https://opensource.org/license/eupl-1-2",
    "MIT-0": "https://opensource.org/license/mit-0",
}
"""OSI-approved licenses ScanCode's data misses; a ScanCode row, when there is one, comes first."""


def osi_rows(texts: Iterable[SourceText]) -> dict[str, dict[str, str]]:
    """SPDX id -> {scancode key, the field naming the OSI page}, for the licenses ScanCode
    records an OSI page for, and `OSI_SUPPLEMENT`'s; deprecated keys, exceptions and ids SPDX
    does not list are left out. Two keys sharing an SPDX id: the first by key. An `-or-later`
    id ScanCode gives no OSI page is listed when its `-only` id is: the license text is the
    same."""
    rows: dict[str, dict[str, str]] = {}
    later: dict[str, str] = {}
    current = [t for t in texts if _spdx_id(t.meta)]
    sharing: dict[str, set[str]] = {}
    for text in current:
        if url := _page(text.meta):
            sharing.setdefault(url, set()).add(_spdx_id(text.meta))
    for text in current:
        meta = text.meta
        spdx = _spdx_id(meta)
        marker = next((m for m in _MARKERS if str(meta.get(m) or "").strip()), None)
        if marker == "osi_url" and len(sharing[_page(meta)]) > 1 and not _names(meta, text.key):
            marker = None  # a page several licenses point to (`bsd-license.php`): whose is it?
        if marker is not None:
            rows.setdefault(spdx, {"scancode": text.key, "basis": marker})
        elif spdx.endswith("-or-later"):
            later[spdx] = text.key
    for spdx, key in later.items():  # the same text as its `-only` id, which OSI approved
        only = spdx.removesuffix("-or-later") + "-only"
        if only in rows:
            rows.setdefault(spdx, {"scancode": key, "basis": f"same text as {only}"})
    for spdx, page in OSI_SUPPLEMENT.items():
        rows.setdefault(spdx, {"basis": "OSI_SUPPLEMENT", "osi_page": page})
    return dict(sorted(rows.items(), key=lambda item: item[0].lower()))


def spdx_list_rows(path: Path) -> dict[str, dict[str, str]]:
    """SPDX id -> basis, for the current licenses SPDX's license list (`licenses.json` of
    spdx/license-list-data) marks `isOsiApproved`: a second source where ScanCode records no
    OSI page (EUPL-1.2 in ScanCode 32.5.0)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["licenses"]
        version = str(data.get("licenseListVersion", "?"))
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise LicenseDBError(f"{path.name}: not an SPDX license list ({err})") from err
    return {
        str(e["licenseId"]): {"basis": f"spdx license list {version}: isOsiApproved"}
        for e in entries
        if isinstance(e, dict)
        and e.get("isOsiApproved") is True
        and not e.get("isDeprecatedLicenseId")
        and "licenseId" in e
    }


def _spdx_id(meta: Mapping[str, Any]) -> str:
    """The SPDX id of a current license text (not an exception), else ""."""
    spdx = str(meta.get("spdx_license_key") or "")
    if not spdx or spdx.startswith("LicenseRef-"):
        return ""
    return "" if _yes(meta, "is_deprecated") or _yes(meta, "is_exception") else spdx


def _page(meta: Mapping[str, Any]) -> str:
    """The OSI page ScanCode gives, without scheme, `www.` or an archive's prefix."""
    url = str(meta.get("osi_url") or "").strip().lower().rstrip("/")
    return re.sub(r"^.*?(?=opensource\.org/)", "", url)


def _names(meta: Mapping[str, Any], key: str) -> bool:
    """Whether the OSI page's last part names this license (its SPDX id or ScanCode key)."""
    tail = re.sub(r"\.(?:php|html?|txt)$", "", _page(meta).rsplit("/", 1)[-1])
    return any(_squeeze(n) in _squeeze(tail) for n in (_spdx_id(meta), key))


def _squeeze(text: str) -> str:
    """`GPL-3.0` -> `gpl3`: lowercase, trailing `.0` of a version and punctuation dropped."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"(\d)(?:\.0)+\b", r"\1", text.lower()))


def _yes(meta: Mapping[str, Any], field: str) -> bool:
    value = meta.get(field)
    return value is True or str(value).lower() in {"yes", "true"}


def render(rows: Mapping[str, Mapping[str, str]], version: str) -> str:
    """The JSON file: its source, then one line per license (stable diffs)."""
    source = {
        "name": "ScanCode LicenseDB (nexB / AboutCode)",
        "version": version,
        "data_license": "CC-BY-4.0",
        "fields": list(_MARKERS),
        "supplement": "OSI_SUPPLEMENT: OSI-approved ids ScanCode records no OSI page for",
        "built_by": "scripts/build_osi_index.py",
    }
    lines = [f"    {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in rows.items()]
    body = ",\n".join(lines)
    return f'{{\n  "source": {json.dumps(source)},\n  "osi_approved": {{\n{body}\n  }}\n}}\n'


def main(argv: list[str] | None = None) -> int:
    """Build the table and write it; 0 on success, 2 on bad input."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("licenses", type=Path, nargs="?", default=None, help="<key>.LICENSE folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    parser.add_argument(
        "--spdx-list", type=Path, default=None, help="SPDX licenses.json: adds its OSI flags"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    folder = args.licenses or find_license_folder()
    if folder is None or not folder.is_dir():
        logger.error("no ScanCode license folder: pass it, or install scancode-toolkit-mini")
        return 2
    try:
        rows = osi_rows(read_license_folder(folder))
        if args.spdx_list is not None:
            for spdx, row in spdx_list_rows(args.spdx_list).items():
                rows.setdefault(spdx, row)
            rows = dict(sorted(rows.items(), key=lambda item: item[0].lower()))
        text = render(rows, scancode_version(folder))
        parse_osi_index(text, source=args.out.name)  # refuse to write what we could not load
    except LicenseDBError as err:
        logger.error("%s", err)
        return 2
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    logger.info("wrote %s (%d licenses with an OSI page)", args.out, len(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
