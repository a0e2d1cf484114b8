"""Regenerates license_db/fingerprints.json from the reference texts (a maintainer's tool).

Usage: python scripts/build_fingerprints.py [--corpus DIR] [--scancode DIR] [--out FILE]

The corpus texts are read, never copied: only hashes of their normalised word shingles and
sentences, word counts and normalised titles are written. The output is deterministic, so
running it twice gives the same bytes and a diff shows exactly what changed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from auditor.errors import LicenseDBError  # noqa: E402 - after the path is set
from auditor.knowledge.license_db import load_license_db  # noqa: E402
from auditor.licenses.text.fingerprint import (  # noqa: E402
    FINGERPRINTS_FILE,
    build_fingerprints,
    render_fingerprints,
)

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"
DEFAULT_OUT = ROOT / "license_db" / FINGERPRINTS_FILE

logger = logging.getLogger("build_fingerprints")


def main(argv: list[str] | None = None) -> int:
    """Build the fingerprints and write them; 0 on success, 2 on bad input."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="folder of <name>.txt texts, each listed in one record's corpus_texts "
        f"(default: {DEFAULT_CORPUS})",
    )
    parser.add_argument(
        "--scancode",
        type=Path,
        default=None,
        help="optional folder of ScanCode LicenseDB texts <key>.LICENSE, matched by the "
        "records' scancode key",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"file to write (default: {DEFAULT_OUT})"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for folder in (args.corpus, args.scancode):
        if folder is not None and not folder.is_dir():
            logger.error("not a folder: %s", folder)
            return 2
    try:
        fingerprints = build_fingerprints(args.corpus, load_license_db(), scancode=args.scancode)
    except LicenseDBError as err:
        logger.error("%s", err)
        return 2
    text = render_fingerprints(fingerprints)
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    logger.info(
        "wrote %s (%d references, %d bytes)",
        args.out,
        len(fingerprints.references),
        len(text.encode("utf-8")),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
