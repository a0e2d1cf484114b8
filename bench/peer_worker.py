"""Times one license tool over a list of files, in its own process: ours, ScanCode or askalono.

    python bench/peer_worker.py --tool auditor|scancode|askalono --files LIST --repeat N --json OUT

Started by bench/peers.py: `auditor` with the project's interpreter, the peers with the
interpreter of their own virtual environment, so each process imports only its own tool and
its peak RSS is that tool's. Each file is read from disk inside the timed loop for every
tool (ScanCode insists on reading the file itself). The knowledge base or index is loaded
first and timed on its own; one untimed round warms caches and gives the answers; then
`--repeat` timed rounds over all files. Standard library only, besides the tool measured.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

Answer = dict[str, Any]
Identify = Callable[[Path], Answer]

ASKALONO_MIN_SCORE = 0.8
"""askalono's own command line calls a lower score a low-confidence guess, not a match."""


def load_auditor() -> tuple[Identify, str]:
    """Our identification and term extraction, as `auditor identify` runs them on a file."""
    sys.path.insert(0, str(ROOT))
    from auditor import __version__
    from auditor.knowledge.license_db import load_license_db
    from auditor.licenses.terms.extract import extract_terms
    from auditor.licenses.text.fingerprint import load_fingerprints
    from auditor.licenses.text.identify import identify_text

    db = load_license_db()
    load_fingerprints()

    def identify(path: Path) -> Answer:
        text = path.read_text("utf-8", errors="replace")
        found = identify_text(text, db=db)
        terms = extract_terms(text, path=path.name)
        match = found.match
        return {
            "id": match.id if match is not None else None,
            "confidence": match.confidence if match is not None else 0.0,
            "terms": sum(1 for term in terms.values() if term.value not in (None, [], False)),
        }

    return identify, __version__


def load_scancode() -> tuple[Identify, str]:
    """ScanCode Toolkit's license detection on one file, its index built or loaded first."""
    warnings.filterwarnings("ignore")  # libmagic's database warning: file typing is not timed
    from importlib.metadata import version

    from licensedcode.cache import get_index, get_licenses_db
    from scancode.api import get_licenses

    get_index()
    licenses = get_licenses_db()

    def generic(key: str) -> bool:
        known = licenses.get(key)
        return known is None or bool(known.is_generic or known.is_unknown)

    def identify(path: Path) -> Answer:
        found = get_licenses(str(path))
        expression = found.get("detected_license_expression")
        keys = sorted(_keys(expression))
        return {"expression": expression, "specific": [k for k in keys if not generic(k)]}

    return identify, version("scancode-toolkit-mini")


def _keys(expression: str | None) -> set[str]:
    if not expression:
        return set()
    words = expression.replace("(", " ").replace(")", " ").split()
    return {w for w in words if w not in ("AND", "OR", "WITH")}


def load_askalono() -> tuple[Identify, str]:
    """askalono (pyaskalono): the best-scoring SPDX license and its score."""
    from importlib.metadata import version

    import askalono

    askalono.identify("warm-up")  # the embedded SPDX store is decoded on first use

    def identify(path: Path) -> Answer:
        found = askalono.identify(path.read_text("utf-8", errors="replace"))
        named = found.name if found.score >= ASKALONO_MIN_SCORE else None
        return {"best": found.name, "score": round(found.score, 3), "id": named}

    return identify, version("pyaskalono")


LOADERS: dict[str, Callable[[], tuple[Identify, str]]] = {
    "auditor": load_auditor,
    "scancode": load_scancode,
    "askalono": load_askalono,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tool", choices=sorted(LOADERS), required=True)
    parser.add_argument("--files", type=Path, required=True, help="a file listing one path a line")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args()
    paths = [Path(line) for line in args.files.read_text("utf-8").splitlines() if line]
    start = time.perf_counter()
    identify, version = LOADERS[args.tool]()
    load_seconds = time.perf_counter() - start
    answers = {path.name: identify(path) for path in paths}  # warm-up round: the answers
    rounds = []
    for _ in range(max(args.repeat, 1)):
        if args.tool == "auditor":  # each round reads every text for the first time
            from measure.memory import forget_texts

            forget_texts()
        start = time.perf_counter()
        for path in paths:
            identify(path)
        rounds.append(time.perf_counter() - start)
    result = {
        "tool": args.tool,
        "version": version,
        "files": len(paths),
        "load_seconds": load_seconds,
        "rounds": rounds,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "answers": answers,
    }
    args.json.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
