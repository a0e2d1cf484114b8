"""Drives a census on Dask: read each snapshot, map the partition function, then lineage,
drift and the outputs in this process.

The same code runs on an embedded `LocalCluster` (the default) and on any Dask deployment
(`scheduler="tcp://host:8786"`); workers need `model-license-auditor` installed and must be able
to write to the output folder (they write each partition's models there, `parts.py`). This
process gets only the columns lineage reads; results are sorted by repo key before lineage, so
they do not depend on the partitioning or scheduler. Everything is written in a temporary
folder inside the output folder, and each file renamed into place once the census is done.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.census.chain_slices import slice_values
from auditor.census.lineage_table import table_chunks
from auditor.census.parts import (
    map_partition,
    map_row_groups,
    pick_rows,
    row_group_blocks,
    write_models,
)
from auditor.census.snapshot import SnapshotInfo, read_snapshot_info
from auditor.census.tables import TableWriters, finish_outputs
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
    partitions: int | None = None  # repartition to this many; None: row groups up to blocksize
    blocksize: str = "16MiB"  # row groups read together, at most (uncompressed; not split)
    progress: bool = False  # a progress bar per map phase (for a terminal: it writes to stdout)
    hub_endpoint: str | None = None  # hf:// reads: the Hub's address (None: HF_ENDPOINT)
    hub_token: str | bool | None = None  # hf:// reads: a token (None: the usual lookup)
    chunk_rows: int = 50_000  # models the driver handles at a time (lineage rows, models)
    part_row_group: int = 2_000  # rows per row group of the workers' part files
    # Verdicts (effective license, findings) judged on the workers, a chunk at a time with a
    # slice of the lineages resolved here (`chain_slices`), or here. None: on the workers of a
    # separate cluster (`scheduler`), here with a LocalCluster, whose workers share this
    # machine's cores (sending the chunks out costs ~20-30% more CPU in all, measured).
    verdicts_on_workers: bool | None = None

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
    partitions: dict[str, int] = field(default_factory=dict)  # map tasks per snapshot
    timings: dict[str, float] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # rows per table written
    mislabelled: int = 0  # derivatives contradicting their base, over all snapshots

    def table(self, name: str, columns: Sequence[str] | None = None) -> Any:
        """A written table back as pandas (all of it: for small censuses and tests)."""
        import pyarrow.parquet as pq

        cols = list(columns) if columns is not None else None
        return pq.read_table(self.files[name], columns=cols).to_pandas()


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
    run = CensusRun()
    storage = options.storage()
    infos = [read_snapshot_info(path, i, storage) for i, path in enumerate(paths, start=1)]
    cards_info = read_snapshot_info(cards, 1, storage) if cards else None
    if cards_info is not None and "card" not in cards_info.columns:
        raise SourceError(f"{cards}: no `card` column: not a dump of card texts")
    run.snapshots = infos
    output.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".census-", dir=output)).resolve()
    try:
        writers = TableWriters(work)
        with (
            _client(options) as client,
            _phases(run, on_phase) as phase,
            _threads() as (side, out),
        ):
            for number, info in enumerate(infos):
                parts = work / "parts" / str(number)
                parts.mkdir(parents=True)
                with phase(f"{info.label}: map partitions"):
                    narrow = _map(info, options, client, cards_info, str(parts))
                    run.partitions[info.label] = len(narrow)
                with phase(f"{info.label}: lineage and findings"):
                    table, kept, part_of, row_of = pick_rows(narrow)
                    del narrow
                    # `models` does not depend on lineage: its part files are read and
                    # written on a thread meanwhile (Arrow and Parquet release the GIL)
                    models = writers.rows.get("models", 0)
                    where = (info.label, str(parts))
                    merged = side.submit(
                        write_models, writers, where, part_of, row_of, options.chunk_rows
                    )
                    del part_of, row_of
                    writes: deque[Future[None]] = deque()
                    for tables in _verdicts(client, info.label, table, kept, options):
                        names = ("edges", "lineage", "findings")
                        for name, found in zip(names, tables, strict=True):
                            writes.append(out.submit(writers.write, name, found))
                        run.mislabelled += found_mislabelled(tables[1])
                        while len(writes) > 2 * len(names):  # two chunks in hand at most
                            writes.popleft().result()
                    del table
                    while writes:
                        writes.popleft().result()
                with phase(f"{info.label}: models"):  # what is left of it
                    merged.result()
                    run.rows[info.label] = writers.rows.get("models", 0) - models
                shutil.rmtree(parts)
        writers.close()
        run.counts = dict(writers.rows)
        with _phases(run, on_phase) as phase, phase("write outputs"):
            run.files = finish_outputs(work, output, writers.rows, infos)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return run


def _map(
    info: SnapshotInfo, options: CensusOptions, client: Any, cards: SnapshotInfo | None, parts: str
) -> list[Any]:
    """Each partition's narrow table, in partition order; its models written to `parts`.
    Results are fetched as they finish and released, so no worker holds them all."""
    import dask.dataframe as dd
    from dask.delayed import delayed
    from dask.utils import parse_bytes

    columns = [info.id_column, *info.columns]
    local = "://" not in info.path and Path(info.path).is_file()
    if local and cards is None and options.partitions is None:
        # each task reads its row groups as Arrow (what Dask's reader does, less the pandas
        # frame in between and its thread pool)
        path = str(Path(info.path).resolve())
        blocks = row_group_blocks(path, parse_bytes(options.blocksize))
        if blocks:
            read = delayed(map_row_groups)
            where = [(parts, i) for i in range(len(blocks))]
            tasks = [
                read(path, groups, columns, info.id_column, at, options.part_row_group)
                for groups, at in zip(blocks, where, strict=True)
            ]
            return _gathered(client, tasks, options.progress)
    frame = dd.read_parquet(
        info.path,
        columns=columns,
        blocksize=options.blocksize,
        **_storage(info.path, options),
    )
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
    task = delayed(map_partition)
    tasks = [
        task(part, info.id_column, (parts, i), options.part_row_group)
        for i, part in enumerate(frame.to_delayed())
    ]
    return _gathered(client, tasks, options.progress)


def _gathered(client: Any, tasks: list[Any], bar: bool) -> list[Any]:
    """Each task's result, in task order, fetched as each finishes and released."""
    from distributed import as_completed

    futures = client.compute(tasks)
    if bar:
        from distributed import progress

        progress(futures)  # type: ignore[no-untyped-call]
    number = {future.key: i for i, future in enumerate(futures)}
    found: list[Any] = [None] * len(futures)
    pending = as_completed(futures)  # type: ignore[no-untyped-call]
    del futures  # each result is let go on the cluster as soon as it is here
    for future in pending:
        found[number[future.key]] = future.result()
        future.release()
    return found


def _verdicts(
    client: Any, label: str, table: Any, kept: Any, options: CensusOptions
) -> Iterator[tuple[Any, Any, Any]]:
    """Lineage resolved here, then (edges, lineage, findings) per chunk, in output order; the
    chunks judged on the workers (`chain_slices`, two per worker in flight), or here."""
    remote = None
    wanted = options.verdicts_on_workers
    if wanted if wanted is not None else options.scheduler is not None:

        def submit(rows: Any, cut: Any) -> Any:
            return client.submit(slice_values, rows, cut, pure=False)

        remote = (submit, max(2, 2 * len(client.scheduler_info()["workers"])))
    yield from table_chunks(label, table, kept, chunk=options.chunk_rows, remote=remote)


def found_mislabelled(lineage: Any) -> int:
    """Mislabelled derivatives in a chunk of the lineage table (Arrow)."""
    found: int = lineage.column("contradicts_base").to_pylist().count(True)
    return found


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
def _threads() -> Iterator[tuple[ThreadPoolExecutor, ThreadPoolExecutor]]:
    """One thread for the `models` merge, one writing the other tables in the order given;
    on an error, work not begun is dropped and work begun is waited for (the folder it writes
    in is removed next)."""
    side = ThreadPoolExecutor(1, thread_name_prefix="census-models")
    out = ThreadPoolExecutor(1, thread_name_prefix="census-tables")
    try:
        yield side, out
    except BaseException:
        for pool in (side, out):
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    for pool in (side, out):
        pool.shutdown(wait=True)


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
