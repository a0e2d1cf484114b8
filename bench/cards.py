"""Card scanning throughput: parse, identify and resolve lineage for every shared card, offline.

    python bench/cards.py [--cards ../shared/corpus/cards] [--repeat 5] [--json out.json]

Each card goes through the stages `auditor scan CARD.md` runs before the policy: the card is
read and its front matter parsed (sources), the declared license and any license text in the
card identified with its terms extracted (licenses), and the base-model chain resolved
through the known-models registry with no network (lineage). The knowledge base and registry
are loaded once, as in a run, and timed apart. Figures: cards/s and ms/card, the median of
`--repeat` rounds over all cards after one warm-up round. Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.knowledge.known_models import KnownModels, load_known_models  # noqa: E402
from auditor.knowledge.license_db import LicenseDB, load_license_db  # noqa: E402
from auditor.lineage.resolve import resolve_lineage  # noqa: E402
from auditor.model import ModelResult, Verdict  # noqa: E402
from auditor.pipeline.analyse import analyse  # noqa: E402 - after the path is set
from auditor.pipeline.run import with_lineage  # noqa: E402
from auditor.sources.base import parse_target  # noqa: E402
from auditor.sources.local import read_card_snapshot  # noqa: E402

DEFAULT_CARDS = ROOT.parent / "shared" / "corpus" / "cards"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cards", type=Path, default=DEFAULT_CARDS)
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds (median)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)
    paths = sorted(args.cards.glob("*.md"))
    if not paths:
        print(f"no cards in {args.cards}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    db, registry = load_license_db(), load_known_models()
    load_seconds = time.perf_counter() - start
    results = scan_all(paths, db, registry)  # warm-up round, kept for the totals
    rounds = []
    for _ in range(max(args.repeat, 1)):
        start = time.perf_counter()
        scan_all(paths, db, registry)
        rounds.append(time.perf_counter() - start)
    median = statistics.median(rounds)
    figures: dict[str, Any] = {
        "cards": len(paths),
        "bytes": sum(p.stat().st_size for p in paths),
        "load_seconds": round(load_seconds, 3),
        "median_round_seconds": round(median, 4),
        "cards_per_second": round(len(paths) / median, 1),
        "ms_per_card": round(median / len(paths) * 1000, 3),
        "identified": sum(r.license is not None for r in results),
        "with_ancestors": sum(bool(r.lineage) for r in results),
        "errors": sum(r.verdict is Verdict.ERROR for r in results),
    }
    print(
        f"{figures['cards']} cards ({figures['bytes'] / 1024:.0f} KiB): "
        f"{figures['cards_per_second']} cards/s, {figures['ms_per_card']} ms/card "
        f"(median of {len(rounds)} rounds; knowledge base and registry loaded in "
        f"{figures['load_seconds']} s); license identified for {figures['identified']}, "
        f"lineage with ancestors for {figures['with_ancestors']}, {figures['errors']} errors"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    return 0


def scan_all(paths: list[Path], db: LicenseDB, registry: KnownModels) -> list[ModelResult]:
    """Every card through sources, licenses and lineage; a card that cannot be read is an
    error result, as in a run."""
    results = []
    for path in paths:
        model = analyse(read_card_snapshot(parse_target(str(path))), db)
        if model.verdict is not Verdict.ERROR:
            lineage = resolve_lineage(model, db=db, registry=registry, fetch=None)
            model = with_lineage(model, lineage)
        results.append(model)
    return results


if __name__ == "__main__":
    raise SystemExit(main())
