"""Builds license_db/reference_index.bin from ScanCode's LicenseDB (a maintainer's tool).

Usage:
    python scripts/build_reference_index.py [LICENSES_DIR] [--out FILE]

LICENSES_DIR holds ScanCode's `<key>.LICENSE` files (YAML front matter with key, name,
category, spdx_license_key, is_exception/is_deprecated ..., then the text). Default: the
`licensedcode/data/licenses` folder of an installed ScanCode Toolkit, found by importing
`licensedcode` from this interpreter or from any `site-packages` given in
`AUDITOR_SCANCODE_SITE` (the site-packages folder of a development venv):

    pip install scancode-toolkit-mini pluggy==1.5.0     # development only

The texts are read, never copied: per key the index keeps its name, SPDX id, ScanCode
category (mapped to our kind when loaded), form (text, notice, exception, generic reference),
word and shingle counts, the sha256 of the normalised words and a sample of its 5-word shingle
hashes in text order, with an inverted index over the samples. The output is deterministic.
ScanCode's LicenseDB data is CC-BY-4.0: license_db/NOTICE-scancode-licensedb.md gives the
attribution; update its version line when rebuilding from a newer release. ScanCode is never
a runtime dependency of the auditor.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from auditor.errors import LicenseDBError  # noqa: E402 - after the path is set
from auditor.licenses.text.reference_build import (  # noqa: E402
    build_reference_index,
    read_license_folder,
)
from auditor.licenses.text.reference_index import INDEX_FILE, parse_reference_index  # noqa: E402

DEFAULT_OUT = ROOT / "license_db" / INDEX_FILE
_DISTRIBUTIONS = ("scancode-toolkit-mini", "scancode-toolkit")

logger = logging.getLogger("build_reference_index")


def find_license_folder() -> Path | None:
    """licensedcode/data/licenses of an installed ScanCode, or None."""
    extra = [p for p in os.environ.get("AUDITOR_SCANCODE_SITE", "").split(os.pathsep) if p]
    for site in extra:
        folder = Path(site) / "licensedcode" / "data" / "licenses"
        if folder.is_dir():
            return folder
    spec = importlib.util.find_spec("licensedcode")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "licenses"
    return folder if folder.is_dir() else None


def scancode_version(folder: Path) -> str:
    """The ScanCode Toolkit release the folder comes from, read from its dist-info."""
    site = folder.parents[2]
    for name in _DISTRIBUTIONS:
        for info in site.glob(f"{name.replace('-', '_')}-*.dist-info"):
            return f"{name} {info.name.split('-')[1].removesuffix('.dist')}"
        try:
            return f"{name} {importlib.metadata.version(name)}"
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    """Build the index and write it; 0 on success, 2 on bad input."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("licenses", type=Path, nargs="?", default=None, help="<key>.LICENSE folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    parser.add_argument("--version-label", default=None, help="source version to record")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    folder = args.licenses or find_license_folder()
    if folder is None or not folder.is_dir():
        logger.error("no ScanCode license folder: pass it, or install scancode-toolkit-mini")
        return 2
    try:
        texts = read_license_folder(folder)
    except LicenseDBError as err:
        logger.error("%s", err)
        return 2
    source = {
        "name": "ScanCode LicenseDB (nexB / AboutCode)",
        "version": args.version_label or scancode_version(folder),
        "data_license": "CC-BY-4.0",
        "url": "https://scancode-licensedb.aboutcode.org/",
    }
    data = build_reference_index(texts, source=source)
    index = parse_reference_index(data)  # refuse to write what we could not load
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(args.out)
    logger.info("wrote %s (%d keys, %d bytes)", args.out, len(index.references), len(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
