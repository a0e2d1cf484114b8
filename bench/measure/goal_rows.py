"""The rows of the performance goals table (bench/goals.py), built from the benchmarks' figures:
each with its min / median / max, its reference, its goal and state, and the window (when it
ran, the load average at its start and end) of the benchmark that measured it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from statistics import median
from typing import Any

Spread = Mapping[str, float]


def _fmt(spread: Spread | None, unit: str = "") -> str:
    if not spread:
        return "not measured"
    return f"{spread['min']} / {spread['median']} / {spread['max']}{unit}"


def _state(spread: Spread | None, goal: tuple[str, float] | None, on: str) -> str:
    if goal is None:
        return "reference"
    if not spread:
        return "not measured"
    sign, bound = goal
    met = spread[on] <= bound if sign == "<=" else spread[on] >= bound
    return "met" if met else "not met"


class Table:
    """Rows of the goals table, each with its spread, reference, goal and window."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        row: str,
        spread: Spread | None,
        unit: str,
        reference: str,
        goal: tuple[str, float] | None,
        window: dict[str, Any] | None,
        note: str = "",
        on: str = "median",
    ) -> None:
        """A row; its state compares `on` (the median, or the max for a peak) with the goal."""
        self.rows.append(
            {
                "row": row,
                "min_median_max": spread,
                "today": _fmt(spread, unit) + (f" ({note})" if note else ""),
                "reference": reference,
                "goal": f"{goal[0]} {goal[1]}{unit}" if goal else "",
                "state": _state(spread, goal, on),
                "window": window,
            }
        )


def gate_rows(table: Table, gate: dict[str, Any]) -> None:
    """The CI gate's rows (bench/gate.py)."""
    window = gate.get("window")
    table.add(
        "warm CI gate, 100 cached models (default: the stored replay), vs `python -c pass`",
        gate.get("warm_fast_over_python_pass_paired"),
        "x",
        f"`python -c pass`, paired ({gate.get('warm_fast_median_s')} s median)",
        ("<=", 5),
        window,
    )
    table.add(
        "warm CI gate, normal path (AUDITOR_FAST_GATE=0), vs `python -c pass`",
        gate.get("warm_over_python_pass_paired"),
        "x",
        f"`python -c pass`, paired ({gate.get('warm_median_s')} s median)",
        ("<=", 5),
        window,
    )
    table.add(
        "the gate with 50 of 100 models failing, vs all passing",
        gate.get("warm_failing_over_all_pass_spread"),
        "x",
        "the all-pass warm gate, paired",
        ("<=", 1.2),
        window,
    )
    cold_window = gate.get("cold_window", window)
    sequential = gate.get("sequential_s")
    table.add(
        f"cold 100-model pull at 50 ms a request, in process ({gate.get('cold_requests')} "
        "requests), vs the same requests one after another",
        gate.get("cold_over_sequential_measured"),
        "",
        f"the requests replayed in sequence, measured: {_fmt(sequential, ' s')} (computed "
        f"requests x latency gave {gate.get('cold_over_sequential_computed')})",
        ("<=", 0.125),
        cold_window,
        f"pull {_fmt(gate.get('cold_s'), ' s')}",
    )
    table.add(
        "cold 100-model pull at 50 ms, whole command (`auditor check`, empty caches), vs the "
        "same requests one after another",
        gate.get("cold_command_over_sequential_measured"),
        "",
        "the in-process pull's requests replayed in sequence, measured",
        ("<=", 0.125),
        cold_window,
        f"command {_fmt(gate.get('cold_command_s'), ' s')}",
    )
    table.add(
        f"`check --locked`, warm, no latency ({gate.get('warm_locked_requests_per_run')} "
        "requests a run), vs the warm gate",
        gate.get("warm_locked_over_warm"),
        "x",
        "the warm gate (normal path), paired",
        ("<=", 1.2),
        window,
    )
    table.add(
        f"`check --locked`, warm, {gate.get('latency_s', 0) * 1000:.0f} ms a request "
        f"({gate.get('warm_locked_latency_requests_per_run')} requests a run), vs the warm gate",
        gate.get("warm_locked_latency_over_warm"),
        "x",
        "the warm gate (normal path), paired",
        ("<=", 1.2),
        gate.get("locked_latency_window", window),
    )
    table.add(
        "`check --locked --trust-commits` (pinned commits not asked again), vs the warm gate",
        gate.get("warm_trusted_over_warm"),
        "x",
        "the warm gate (normal path), paired",
        ("<=", 1.2),
        window,
    )


def _rounded(row: dict[str, float] | None) -> Spread | None:
    return None if not row else {k: round(v, 1) for k, v in row.items()}


def text_rows(table: Table, figures: dict[str, Any]) -> None:
    """In-process identification and extraction, and `auditor identify` as a command."""
    for key, label in (
        ("texts", "the 45 corpus texts, verbatim (exact-digest matches)"),
        ("texts_edited", f"{figures.get('texts_edited', {}).get('copies', 'N')} edited copies"),
    ):
        bench = figures.get(key, {})
        table.add(
            f"identify + extract in process, {label} (texts/s, load apart)",
            _rounded(bench.get("this", {}).get("texts_per_s")),
            " texts/s",
            "the goal",
            (">=", 500),
            bench.get("window"),
        )
    for key in ("scan", "identify", "verbatim"):
        bench = figures.get(key, {})
        for run in bench.get("runs", []):
            rate, peak = run["per_second"]["new"], run["peak_mib_with_workers"]["new"]
            if "options" in run:  # the scan row, paired with its reference
                base_rate = run["per_second"]["base"]
                table.add(
                    f"`scan` of {run['items']:,} local folders, `{run['options']['new']}`, cards/s",
                    rate,
                    " cards/s",
                    f"`{run['options']['base']}`: {_fmt(base_rate)} cards/s "
                    f"({run['speedup_median_of_pairs']}x, paired)",
                    (">=", 2000),
                    bench.get("window"),
                )
                pss = run.get("peak_pss_mib_with_workers", {}).get("new")
                shared = f"summed PSS (shared pages once): {_fmt(pss)} MiB; " if pss else ""
                table.add(
                    f"`scan` of {run['items']:,} local folders, peak memory with its workers "
                    "(summed RSS)",
                    peak,
                    " MiB",
                    f"{shared}`{run['options']['base']}`: "
                    f"{_fmt(run['peak_mib_with_workers']['base'])} MiB",
                    ("<=", 150),
                    bench.get("window"),
                    on="max",
                )
                continue
            table.add(
                f"`auditor identify` of {run['items']:,} {run.get('texts', 'texts')}, whole "
                f"command, peak memory ({_fmt(rate, ' texts/s')})",
                peak,
                " MiB",
                "the goal",
                ("<=", 100),
                bench.get("window"),
                on="max",
            )


def peer_rows(table: Table, peers: dict[str, Any]) -> None:
    """`auditor identify` against ScanCode as whole processes (bench/peer_commands.py)."""
    if "sizes" not in peers:
        table.add("`auditor identify` vs ScanCode, whole processes", None, "x", "", None, None)
        return
    for size in peers["sizes"]:
        tools = size["tools"]
        ours, theirs = tools.get("auditor", {}), tools.get("scancode", {})
        accuracy = (ours.get("accuracy") or {}, theirs.get("accuracy") or {})
        table.add(
            f"`auditor identify` (identification + terms) vs `scancode -l -n 1` (detection "
            f"only), whole processes with start-up, {size['texts']} edited texts",
            size.get("scancode_over_auditor"),
            "x",
            f"ScanCode {_fmt(theirs.get('wall_s'), ' s')} vs ours "
            f"{_fmt(ours.get('wall_s'), ' s')}; named right {accuracy[0].get('right')} vs "
            f"{accuracy[1].get('right')} of {size['texts']} (ours in sample)",
            (">=", 50),
            size.get("window"),
        )


def census_row(table: Table, census: Path | None, select: str = "") -> None:
    """Models per CPU-second of the whole census, from a bench/census.py results file (the
    runs whose name contains `select`, when the file keeps named runs)."""
    if census is None or not census.is_file():
        table.add(
            "census, models per CPU-second, whole census (driver + workers)",
            None,
            "",
            "bench/census.py (run apart; pass --census FILE)",
            (">=", 20000),
            None,
        )
        return
    recorded = json.loads(census.read_text("utf-8"))
    if isinstance(recorded.get("runs"), dict):
        recorded = {name: run for name, run in recorded["runs"].items() if select in name}
    values = _find(recorded, "models_per_cpu_s")
    spread = (
        {"min": round(min(values)), "median": round(median(values)), "max": round(max(values))}
        if values
        else None
    )
    table.add(
        "census, models per CPU-second, whole census (driver + workers)",
        spread,
        "",
        f"bench/census.py, {census.name}{f' ({select}*)' if select else ''}, {len(values)} runs",
        (">=", 20000),
        None,
    )


def _find(node: object, key: str) -> list[float]:
    if isinstance(node, dict):
        here = [float(node[key])] if isinstance(node.get(key), int | float) else []
        return here + [v for value in node.values() for v in _find(value, key)]
    if isinstance(node, list):
        return [v for value in node for v in _find(value, key)]
    return []


def rows(
    figures: dict[str, Any], census: Path | None = None, select: str = ""
) -> list[dict[str, Any]]:
    """The goals table from the benchmarks' figures."""
    table = Table()
    gate_rows(table, figures.get("gate", {}))
    text_rows(table, figures)
    peer_rows(table, figures.get("peers", {}))
    census_row(table, census, select)
    return table.rows
