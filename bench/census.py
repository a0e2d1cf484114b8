"""Census throughput, scaling and memory on a synthetic snapshot of Hub metadata.

    python bench/census.py [--rows 300000] [--workers 1 2] [--record bench/results/census-DATE.md]
    python bench/census.py --snapshot S --workers 2 --keep DIR; python bench/census.py --after DIR
    python bench/census.py --snapshot S --map-tasks 16 --against OLD_TREE [--rounds 5]
    python bench/census.py --snapshot S --against OLD_TREE --workers 1 2 [--rounds 3]

Builds a Parquet snapshot with the Hub dump's columns and realistic field sizes (front matter
JSON of 0.2-2 KB with the Hub's license mix, a `baseModels` edge on a third of the models,
tags, downloads with a long tail), then measures: the partition function alone on one core
(metadata only, models/s, and the share of rows its columnar path read), a whole `run_census`
on an embedded LocalCluster of 1 and of 2 worker processes (map phase and the lineage and
findings phase apart), the peak resident memory of the driver and of the largest worker, and
the per-card cost of the full-text pass (a card body with prose, parsed and searched for
parents). Never run by the test suite.

`--map-tasks N` times the map task alone on the first N partitions, reading included (the
row groups read as Arrow by `parts.map_row_groups`, or, in older trees, Dask's pandas
partition then `parts.map_partition`: partition function, dedupe, part file, narrow columns
and lone verdicts), CPU-seconds per task, in a fresh process per round; with `--against DIR`
(a copy of older code, e.g. `git archive`) each round runs that code too, alternating, for
paired figures. `--against DIR` without `--map-tasks` pairs whole censuses the same way;
`--also NAME=DIR` (repeatable) alternates more trees with them (a variant of the new code).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The Hub's declared-license mix, roughly (share of models; None: no license declared).
LICENSES: list[tuple[str | None, float]] = [
    (None, 0.40),
    ("apache-2.0", 0.25),
    ("mit", 0.12),
    ("llama3.1", 0.03),
    ("llama3", 0.03),
    ("llama2", 0.02),
    ("cc-by-nc-4.0", 0.03),
    ("openrail", 0.03),
    ("creativeml-openrail-m", 0.02),
    ("gemma", 0.02),
    ("other", 0.03),
    ("cc-by-4.0", 0.01),
    ("gpl-3.0", 0.01),
]
ROOTS = ["meta-llama/Llama-3.1-8B", "google/gemma-2-9b", "mistralai/Mistral-7B-v0.1"]
RELATIONS = ["finetune", "adapter", "quantized", "merge"]
FILLER_TAGS = ["transformers", "safetensors", "text-generation", "pytorch", "en", "conversational"]


def synthetic_rows(n: int, seed: int = 19) -> dict[str, list[Any]]:
    """Columns of a synthetic snapshot of n models."""
    rng = random.Random(seed)
    names, weights = zip(*LICENSES, strict=True)
    ids: list[str] = []
    cards: list[str | None] = []
    bases: list[dict[str, Any] | None] = []
    tags: list[list[str]] = []
    downloads: list[int] = []
    modified: list[str] = []
    for i in range(n):
        repo = f"org{rng.randrange(n // 6 + 1)}/model-{i}-{rng.choice(['7b', 'gguf', 'lora'])}"
        ids.append(repo)
        license_tag = rng.choices(names, weights)[0]
        front: dict[str, Any] = {
            "language": rng.sample(["en", "fr", "de", "zh", "es", "ja"], rng.randrange(1, 4)),
            "tags": rng.sample(FILLER_TAGS, 3),
            "datasets": [f"data/set-{rng.randrange(1000)}" for _ in range(rng.randrange(4))],
            "pipeline_tag": "text-generation",
        }
        if license_tag is not None:
            front["license"] = license_tag
        if license_tag == "other":
            front["license_name"] = rng.choice(["quill-model-license", "acme-research-terms"])
            front["license_link"] = "LICENSE"
        if rng.random() < 0.3:  # a model-index block: the bulk of large front matter
            metric = {"type": "acc", "value": rng.random(), "name": "accuracy"}
            front["model-index"] = [
                {"name": repo, "results": [{"metrics": [metric] * rng.randrange(1, 12)}]}
            ]
        base = None
        if i > 10 and rng.random() < 0.33:
            parent = ids[rng.randrange(i)] if rng.random() < 0.8 else rng.choice(ROOTS)
            base = {"models": [{"id": parent}], "relation": rng.choice(RELATIONS)}
            front["base_model"] = parent
        cards.append(json.dumps(front) if rng.random() > 0.05 else None)
        bases.append(base)
        tags.append(
            rng.sample(FILLER_TAGS, 4) + ([f"license:{license_tag}"] if license_tag else [])
        )
        downloads.append(int(rng.paretovariate(1.1)) - 1)
        modified.append(f"2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d}T00:00:00Z")
    return {
        "id": ids,
        "cardData": cards,
        "baseModels": bases,
        "tags": tags,
        "downloads": downloads,
        "lastModified": modified,
    }


def write_snapshot(path: Path, n: int, row_group: int = 25_000) -> float:
    """Write the synthetic snapshot; returns its size in MB."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(synthetic_rows(n))
    pq.write_table(table, path, row_group_size=row_group)
    return path.stat().st_size / 1e6


def partition_rate(path: Path, rows: int = 50_000) -> tuple[float, float, float]:
    """Models per second of the partition function alone, on this core (metadata only): per
    wall-clock second and per CPU second (less sensitive to other jobs on the machine); and
    the share of rows its columnar path read (the others go row by row)."""
    import pyarrow.parquet as pq

    from auditor.census.partition import parse_partition

    file = pq.ParquetFile(path)  # only the first row groups: the driver's memory is measured
    groups, held = [], 0
    while held < rows and len(groups) < file.num_row_groups:
        held += file.metadata.row_group(len(groups)).num_rows
        groups.append(len(groups))
    frame = file.read_row_groups(groups).slice(0, rows).to_pandas()
    parse_partition(frame.head(2000))  # the license database and caches, warmed
    start, cpu = time.perf_counter(), time.process_time()
    parse_partition(frame)
    wall, used = time.perf_counter() - start, time.process_time() - cpu
    from auditor.census.columnar import parse_fast
    from auditor.census.frames import arrow_frame

    fast = parse_fast(arrow_frame(frame, "id"))
    share = fast.num_rows / len(frame) if fast is not None and len(frame) else 0.0
    return len(frame) / wall, len(frame) / used, share


def full_text_cost(cards: int = 2000) -> float:
    """Milliseconds per card for the full-text pass: parse the card, look for prose parents."""
    import pandas as pd

    from auditor.census.partition import parse_partition

    rng = random.Random(7)
    prose = (
        "This model is a small instruction-tuned assistant. It was evaluated on common "
        "benchmarks and performs well on reasoning tasks. "
    )
    texts = [
        "---\nlicense: apache-2.0\ntags: [text-generation]\n---\n# Model\n\n"
        + prose * rng.randrange(10, 40)
        + f"\nIt was fine-tuned from [{rng.choice(ROOTS)}](https://huggingface.co/"
        f"{rng.choice(ROOTS)}) on our data.\n"
        for _ in range(cards)
    ]
    frame = pd.DataFrame({"id": [f"o/m{i}" for i in range(cards)], "card": texts})
    parse_partition(frame.head(50))
    start = time.perf_counter()
    parse_partition(frame)
    return (time.perf_counter() - start) / cards * 1000


def census_run(path: Path, workers: int, out: Path) -> dict[str, float]:
    """A whole census on a LocalCluster of `workers` processes: phase seconds (wall), and the
    CPU seconds of this process (the driver) and of the workers (children, once ended)."""
    from auditor.census.run import CensusOptions, run_census

    own, children = resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN
    before = [resource.getrusage(who) for who in (own, children)]
    start = time.perf_counter()
    peaks = {"before": resource.getrusage(own).ru_maxrss / 1024}

    def phase(name: str, seconds: float) -> None:  # the driver's peak RSS so far, per phase
        peaks[name.split(": ", 1)[-1]] = resource.getrusage(own).ru_maxrss / 1024

    run = run_census([str(path)], out, CensusOptions(workers=workers), on_phase=phase)
    print(f"driver peak RSS (MB) after each phase: {json.dumps(peaks)}")
    total = time.perf_counter() - start
    after = [resource.getrusage(who) for who in (own, children)]
    cpu = [
        (b.ru_utime + b.ru_stime) - (a.ru_utime + a.ru_stime)
        for a, b in zip(before, after, strict=True)
    ]
    timings = {name.split(": ", 1)[-1]: s for name, s in run.timings.items()}
    rows = sum(run.rows.values())
    return {
        **timings,
        "total": total,
        "driver_cpu_s": cpu[0],
        "workers_cpu_s": cpu[1],
        "partitions": float(sum(run.partitions.values())),
        "models_per_cpu_s": rows / (cpu[0] + cpu[1]),
    }


_MAP_TASKS = """
import json, sys, tempfile, time
sys.path.insert(0, sys.argv[1])
import dask.dataframe as dd
import pyarrow.parquet as pq
from auditor.census import parts as P
path, n = sys.argv[2], int(sys.argv[3])
columns = pq.ParquetFile(path).schema_arrow.names
delayed = dd.read_parquet(path, blocksize="16MiB").to_delayed()[:n]
with tempfile.TemporaryDirectory(prefix="census-map-") as folder:
    first = pq.ParquetFile(path).read_row_group(0).slice(0, 2000).to_pandas()
    P.map_partition(first, "id", (folder, 999_999))  # caches and DuckDB warmed
    start = time.process_time()
    rows = 0
    if hasattr(P, "map_row_groups"):  # the task reads its own row groups (Arrow)
        blocks = P.row_group_blocks(path, 16 * 2**20)[:n]
        for i, groups in enumerate(blocks):
            rows += P.map_row_groups(path, groups, columns, "id", (folder, i)).num_rows
    else:  # Dask reads each partition into pandas, then the task
        for i, part in enumerate(delayed):
            frame = part.compute(scheduler="sync")
            rows += len(frame)
            P.map_partition(frame, "id", (folder, i))
    used = time.process_time() - start
print(json.dumps({"tasks": len(delayed), "rows": rows, "cpu_s": used}))
"""

_CENSUS = """
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from auditor.census.run import CensusOptions, run_census
def main():
    load = os.getloadavg()[0]
    start = time.perf_counter()
    run = run_census([sys.argv[2]], Path(sys.argv[4]), CensusOptions(workers=int(sys.argv[3])))
    wall = time.perf_counter() - start
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    facts = {k.split(": ", 1)[-1]: round(v, 2) for k, v in run.timings.items()}
    facts.update(total=round(wall, 2), driver_cpu=round(own.ru_utime + own.ru_stime, 2),
                 workers_cpu=round(kids.ru_utime + kids.ru_stime, 2),
                 driver_peak_mb=round(own.ru_maxrss / 1024), load_before=round(load, 2),
                 load_after=round(os.getloadavg()[0], 2))
    print(json.dumps(facts))
if __name__ == "__main__":
    main()
"""


def census_pairs(
    snapshot: Path, workers: list[int], trees: dict[str, Path], rounds: int
) -> dict[str, Any]:
    """Whole censuses (`run_census`, its own process each, the snapshot written before), the
    code trees alternated in every round as in `map_tasks`; per tree and worker count the
    phases, wall and CPU-seconds (driver; workers: the process tree's children), min /
    median / max, and each run with the load average before and after it."""
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="census-pairs-") as tmp:
        script = Path(tmp) / "census_run.py"  # a file: the workers are spawned from it
        script.write_text(_CENSUS, encoding="utf-8")
        for number in range(rounds):
            order = list(trees) if number % 2 == 0 else list(reversed(trees))
            for count in workers:
                for name in order:
                    out = Path(tmp) / f"out-{name}"
                    command = [sys.executable, str(script), str(trees[name])]
                    command += [str(snapshot), str(count), str(out)]
                    done = subprocess.run(command, capture_output=True, text=True, check=True)
                    facts = json.loads(done.stdout.strip().splitlines()[-1])
                    runs.append({"round": number + 1, "tree": name, "workers": count, **facts})
                    print(json.dumps(runs[-1]), flush=True)
    summary: dict[str, Any] = {"rounds": rounds, "runs": runs}
    for name in trees:
        for count in workers:
            mine = [r for r in runs if r["tree"] == name and r["workers"] == count]
            summary[f"{name}, {count} worker(s)"] = {
                key: _spread([r[key] for r in mine if key in r])
                for key in mine[0]
                if key not in ("round", "tree", "workers")
            }
    return summary


def _spread(values: list[float]) -> list[float]:
    ordered = sorted(values)
    return [ordered[0], ordered[len(ordered) // 2], ordered[-1]] if ordered else []


def map_tasks(snapshot: Path, tasks: int, trees: dict[str, Path], rounds: int) -> dict[str, Any]:
    """CPU-seconds per map task of each code tree, a fresh process each, the trees alternated
    in every round (the first tree first in odd rounds, last in even ones)."""
    found: dict[str, list[float]] = {name: [] for name in trees}
    rows = 0
    for number in range(rounds):
        order = list(trees) if number % 2 == 0 else list(reversed(trees))
        for name in order:
            done = subprocess.run(
                [sys.executable, "-c", _MAP_TASKS, str(trees[name]), str(snapshot), str(tasks)],
                capture_output=True,
                text=True,
                check=True,
            )
            facts = json.loads(done.stdout.strip().splitlines()[-1])
            rows = facts["rows"]
            found[name].append(facts["cpu_s"] / facts["tasks"])
            print(f"round {number + 1} {name}: {found[name][-1]:.3f} CPU-s per task", flush=True)
    summary: dict[str, Any] = {"tasks": tasks, "rows": rows, "rounds": rounds}
    for name, values in found.items():
        ordered = sorted(values)
        summary[name] = {
            "per_task_cpu_s": values,
            "min": ordered[0],
            "median": ordered[len(ordered) // 2],
            "max": ordered[-1],
            "rows_per_cpu_s": rows / tasks / ordered[len(ordered) // 2],
        }
    if len(trees) == 2:
        old, new = (found[name] for name in trees)
        ratios = sorted(o / n for o, n in zip(old, new, strict=True))
        summary["paired_ratio_old_over_new"] = {
            "min": ratios[0],
            "median": ratios[len(ratios) // 2],
            "max": ratios[-1],
        }
    return summary


def _rows_of(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def after_census(census: Path, record: Path | None) -> None:
    """Wall seconds and peak RSS of `census drift` and `census lineage-snapshot` on a census."""
    auditor = str(Path(sys.executable).parent / "auditor")
    with tempfile.TemporaryDirectory(prefix="census-after-") as tmp:
        commands = {
            "drift": [auditor, "census", "drift", str(census), str(census)],
            "drift_parquet": [
                *(auditor, "census", "drift", str(census), str(census)),
                *("--output", f"{tmp}/drift.parquet"),
            ],
            "export_lineage_top_10000": [
                *(auditor, "census", "lineage-snapshot", str(census)),
                *("--output", f"{tmp}/lineage.json", "--top", "10000"),
            ],
        }
        facts: dict[str, Any] = {"census": str(census)}
        for name, command in commands.items():
            start = time.perf_counter()
            done = subprocess.run(
                ["/usr/bin/time", "-f", "%M", *command], capture_output=True, text=True
            )
            wall = time.perf_counter() - start
            peak_kb = int(done.stderr.strip().splitlines()[-1])
            facts[name] = {
                "exit": done.returncode,
                "wall_s": round(wall, 1),
                "peak_mb": peak_kb // 1024,
            }
            print(name, json.dumps(facts[name]), flush=True)
    if record is not None:
        record.write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--record", type=Path, help="Write the results as JSON here.")
    parser.add_argument(
        "--snapshot",
        type=Path,
        help="Use this snapshot, written first if missing (then exit: the driver's peak memory "
        "should not count the generator's; run again to measure).",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="Keep the last run's census folder here (for --after), instead of deleting it.",
    )
    parser.add_argument(
        "--after",
        type=Path,
        help="Only time `census drift` (the census against itself: every model read and "
        "compared) and `census lineage-snapshot --top 10000` on this census folder, each as its "
        "own process (wall seconds, peak RSS), then exit.",
    )
    parser.add_argument(
        "--map-tasks",
        type=int,
        help="Only time the map task on the first N partitions of --snapshot (see above).",
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="Older code to pair with (a tree root): with --map-tasks the map task, else whole "
        "censuses of --snapshot with each --workers count, alternated.",
    )
    parser.add_argument("--rounds", type=int, default=5, help="With --against.")
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="NAME=DIR",
        help="With --against and no --map-tasks: another code tree alternated with the two.",
    )
    args = parser.parse_args()
    if args.map_tasks is not None:
        trees = {"old": args.against, "new": ROOT} if args.against else {"new": ROOT}
        load_before = os.getloadavg()
        facts = map_tasks(args.snapshot, args.map_tasks, trees, args.rounds)
        facts["load_average_before_after"] = [
            round(load_before[0], 2),
            round(os.getloadavg()[0], 2),
        ]
        facts["machine"] = f"{platform.machine()}, {os.cpu_count()} cores"
        print(json.dumps(facts, indent=1))
        if args.record:
            args.record.write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")
        return
    if args.after is not None:
        after_census(args.after, args.record)
        return
    if args.against is not None and args.snapshot is not None and args.snapshot.exists():
        trees = {"old": args.against, "new": ROOT}
        trees |= {name: Path(tree) for name, tree in (a.split("=", 1) for a in args.also)}
        facts = census_pairs(args.snapshot, args.workers, trees, args.rounds)
        facts["machine"] = f"{platform.machine()}, {os.cpu_count()} cores"
        print(json.dumps({k: v for k, v in facts.items() if k != "runs"}, indent=1))
        if args.record:
            args.record.write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")
        return
    if args.snapshot is not None and not args.snapshot.exists():
        t = time.perf_counter()
        size = write_snapshot(args.snapshot, args.rows)
        print(f"snapshot: {args.rows:,} rows, {size:.1f} MB, {time.perf_counter() - t:.1f} s")
        return
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="census-bench-") as tmp:
        folder = Path(tmp)
        snapshot = args.snapshot or folder / "models.parquet"
        t = time.perf_counter()
        if args.snapshot is None:
            write_snapshot(snapshot, args.rows)
        size = snapshot.stat().st_size / 1e6
        args.rows = _rows_of(snapshot)
        print(f"snapshot: {args.rows:,} rows, {size:.1f} MB, {time.perf_counter() - t:.1f} s")
        rate, cpu_rate, columnar = partition_rate(snapshot)
        print(
            f"partition function, one core: {rate:,.0f} models/s ({cpu_rate:,.0f} per CPU s;"
            f" {columnar:.1%} of the rows read as columns)"
        )
        text_ms = full_text_cost()
        print(f"full-text pass: {text_ms:.2f} ms per card")
        runs = {}
        for workers in args.workers:
            last = workers == args.workers[-1] and args.keep is not None
            out = args.keep if last else folder / f"out-{workers}"
            runs[workers] = census_run(snapshot, workers, out)
            print(
                f"{workers} worker(s): "
                + json.dumps({k: round(v, 2) for k, v in runs[workers].items()})
            )
        driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS: driver {driver:.0f} MB, largest worker {worker:.0f} MB")
    facts = {
        "rows": args.rows,
        "snapshot_mb": size,
        "partition_rate": rate,
        "partition_rate_cpu": cpu_rate,
        "partition_columnar_share": columnar,
        "full_text_ms": text_ms,
        "runs": runs,
        "driver_mb": driver,
        "worker_mb": worker,
        "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
    }
    print(json.dumps(facts, indent=1, default=str))
    if args.record:
        args.record.write_text(json.dumps(facts, indent=1, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
