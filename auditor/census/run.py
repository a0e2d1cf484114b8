"""Drives a census on Dask: read each snapshot, map the partition function, then lineage,
drift and the outputs in this process.

The same code runs on an embedded `LocalCluster` (the default) and on any Dask deployment
(`scheduler="tcp://host:8786"`); workers need `model-license-auditor` installed. Results are
sorted by repo key before lineage, so they do not depend on the partitioning or scheduler.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.census.drift import drift_rows
from auditor.census.lineage_table import build_tables, dedupe_models
from auditor.census.partition import empty_partition, parse_partition
from auditor.census.snapshot import SnapshotInfo, read_snapshot_info
from auditor.census.tables import write_outputs
from auditor.errors import SourceError

Phase = Callable[[str, float], None]
"""Told each phase's name once it is done, with its seconds."""


@dataclass(frozen=True, slots=True)
class CensusOptions:
    """Where the work runs and how it is cut."""

    scheduler: str | None = None  # tcp://host:port of a running scheduler; None: LocalCluster
    workers: int = 2  # LocalCluster workers
    threads_per_worker: int = 1
    processes: bool = True  # LocalCluster workers as processes (False: threads, for tests)
    partitions: int | None = None  # repartition to this many; None: one per row group/file
    progress: bool = False  # a progress bar per map phase (for a terminal: it writes to stdout)
    hub_endpoint: str | None = None  # hf:// reads: the Hub's address (None: HF_ENDPOINT)
    hub_token: str | bool | None = None  # hf:// reads: a token (None: the usual lookup)

    def storage(self) -> dict[str, Any]:
        """HfFileSystem options for `hf://` snapshots (fsspec storage_options)."""
        found: dict[str, Any] = {}
        if self.hub_endpoint is not None:
            found["endpoint"] = self.hub_endpoint
        if self.hub_token is not None:
            found["token"] = self.hub_token
        return found


@dataclass
class CensusRun:
    """What a census did: per snapshot its schema, rows and timings; the written files."""

    snapshots: list[SnapshotInfo] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    tables: dict[str, Any] = field(default_factory=dict)


def run_census(
    paths: Sequence[str],
    output: Path,
    options: CensusOptions = CensusOptions(),
    on_phase: Phase | None = None,
    cards: str | None = None,
) -> CensusRun:
    """Census of each snapshot (oldest first), drift between consecutive ones, outputs.

    `cards`: a dump of card texts (`modelId`/`id`, `card`) joined to every snapshot by repo
    id: front matter for rows without `cardData`, and parents stated in prose."""
    import pandas as pd

    run = CensusRun()
    storage = options.storage()
    infos = [read_snapshot_info(path, i, storage) for i, path in enumerate(paths, start=1)]
    cards_info = read_snapshot_info(cards, 1, storage) if cards else None
    if cards_info is not None and "card" not in cards_info.columns:
        raise SourceError(f"{cards}: no `card` column: not a dump of card texts")
    run.snapshots = infos
    parts: dict[str, list[Any]] = {"models": [], "edges": [], "lineage": [], "findings": []}
    with _client(options) as client, _phases(run, on_phase) as phase:
        for info in infos:
            with phase(f"{info.label}: map partitions"):
                models = _map(info, options, client, cards_info)
            with phase(f"{info.label}: lineage and findings"):
                models = dedupe_models(models)
                models.insert(0, "snapshot", pd.array([info.label] * len(models), "string"))
                edges, lineage, findings = build_tables(info.label, models)
            parts["models"].append(models)
            parts["edges"].append(pd.DataFrame(edges))
            parts["lineage"].append(pd.DataFrame(lineage))
            parts["findings"].append(pd.DataFrame(findings))
            run.rows[info.label] = len(models)
    with _phases(run, on_phase) as phase:
        tables = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
        if len(infos) > 1:
            with phase("drift"):
                tables["drift"] = drift_rows(parts["lineage"])
        with phase("write outputs"):
            run.files = write_outputs(output, tables, infos)
    run.tables = tables
    return run


def _map(
    info: SnapshotInfo, options: CensusOptions, client: Any, cards: SnapshotInfo | None
) -> Any:
    import dask.dataframe as dd

    columns = [info.id_column, *info.columns]
    frame = dd.read_parquet(info.path, columns=columns, **_storage(info.path, options))
    if cards is not None:
        texts = dd.read_parquet(
            cards.path, columns=[cards.id_column, "card"], **_storage(cards.path, options)
        )
        texts = texts.rename(columns={cards.id_column: info.id_column})
        if "card" in info.columns:
            frame = frame.drop(columns=["card"])
        frame = frame.merge(texts, on=info.id_column, how="left")
    if options.partitions is not None:
        frame = frame.repartition(npartitions=options.partitions)
    mapped = frame.map_partitions(parse_partition, info.id_column, meta=empty_partition())
    future = client.compute(mapped)
    if options.progress:
        from distributed import progress

        progress(future)  # type: ignore[no-untyped-call]
    return future.result()


def _storage(path: str, options: CensusOptions) -> dict[str, Any]:
    storage = options.storage()
    return {"storage_options": storage} if path.startswith("hf://") and storage else {}


@contextmanager
def _client(options: CensusOptions) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if options.scheduler:
        with Client(options.scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=options.workers,
            threads_per_worker=options.threads_per_worker,
            processes=options.processes,
            # No fixed port (8787 may be taken) and no Bokeh dashboard: only the HTTP routes.
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


@contextmanager
def _phases(run: CensusRun, on_phase: Phase | None) -> Iterator[Callable[[str], Any]]:
    @contextmanager
    def phase(name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
        run.timings[name] = round(seconds, 3)
        if on_phase is not None:
            on_phase(name, seconds)

    yield phase
