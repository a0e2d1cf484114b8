"""Local targets audited in worker processes give the report one process gives, byte for byte."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.api import audit_options
from auditor.errors import AuditorError
from auditor.model.codec import render_json
from auditor.pipeline.run import (
    MIN_JOBS_FOR_PROCESSES,
    AuditOptions,
    Job,
    _local_for_processes,
    audit,
    audit_manifest,
)
from auditor.sources.base import parse_target

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
COUNT = 36  # with jobs asked for, workers start from two local targets
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _folders(root: Path, count: int = COUNT) -> list[str]:
    """Model folders from corpus cards, every other one with a corpus license file beside."""
    cards = sorted((CORPUS / "cards").glob("*.md"))
    licenses = sorted((CORPUS / "licenses").glob("*.txt"))
    if not cards or not licenses:
        pytest.skip(f"shared corpus not found at {CORPUS} (it lives beside the checkout)")
    names = []
    for i in range(count):
        folder = root / f"m{i:02d}"
        folder.mkdir()
        card = cards[(i * 7) % len(cards)]
        (folder / "README.md").write_text(card.read_text(encoding="utf-8"), encoding="utf-8")
        if i % 2:
            text = licenses[(i * 5) % len(licenses)].read_text(encoding="utf-8")
            (folder / "LICENSE").write_text(text, encoding="utf-8")
        names.append(folder.name)
    return names


def _options(jobs: int, tmp_path: Path) -> AuditOptions:
    options = audit_options("default", offline=True, cache_dir=tmp_path / "hf")
    return replace(options, jobs=jobs, clock=lambda: NOW, cache_dir=tmp_path / "cache")


def test_a_scan_in_two_processes_is_the_scan_in_one(tmp_path: Path) -> None:
    refs = _folders(tmp_path)
    seen: list[str] = []
    one = audit(refs, _options(1, tmp_path), base_dir=tmp_path)
    two = audit(refs, _options(2, tmp_path), base_dir=tmp_path, on_done=seen.append)
    assert render_json(two) == render_json(one)
    assert [m.ref for m in two.models] == refs  # the input order
    assert sorted(seen) == sorted(refs)  # every model reported done once, in the parent
    verdicts = {m.verdict.value for m in one.models}
    assert len(verdicts) > 1, "the folders should not all get one verdict"
    assert any(m.alternatives for m in one.models), "failing models get alternatives"


def test_waivers_used_in_workers_count_for_the_run(tmp_path: Path) -> None:
    refs = _folders(tmp_path)
    first = audit(refs, _options(1, tmp_path), base_dir=tmp_path)
    waived = next(m for m in first.models if m.findings and m.verdict.value == "fail")
    rule = next(f.rule for f in waived.findings if f.severity.value == "block")
    manifest = tmp_path / "manifest.yaml"
    lines = ["version: 1", "organization: {name: Acme, domicile: DE}", "models:"]
    lines += [f"  - ref: ./{ref}" for ref in refs]
    lines += [
        "waivers:",
        f"  - {{rule: {rule}, model: ./{waived.ref}, reason: reviewed, approved_by: a@b.example,"
        " expires: 2027-06-30}",
        "  - {rule: no-such-rule, model: ./m00, reason: stale, approved_by: a@b.example,"
        " expires: 2027-06-30}",
    ]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = audit_manifest(manifest, _options(1, tmp_path))
    two = audit_manifest(manifest, _options(2, tmp_path))
    assert render_json(two) == render_json(one)
    model = next(m for m in two.models if m.ref == f"./{waived.ref}")
    assert any(f.waiver is not None for f in model.findings if f.rule == rule)
    stale = [f.message for f in two.findings]
    assert stale == ["waiver for rule 'no-such-rule' on './m00' matches no finding"]


def test_without_jobs_few_local_targets_stay_in_the_run_process(tmp_path: Path) -> None:
    def jobs(count: int) -> list[Job]:
        return [Job(parse_target(f"m{i}", base_dir=tmp_path), _options(2, tmp_path).deployment)
                for i in range(count)]  # fmt: skip

    for i in range(MIN_JOBS_FOR_PROCESSES):
        (tmp_path / f"m{i}").mkdir()
    few, enough = jobs(MIN_JOBS_FOR_PROCESSES - 1), jobs(MIN_JOBS_FOR_PROCESSES)
    default = replace(_options(2, tmp_path), jobs=None)
    assert _local_for_processes(few, default) == []
    assert _local_for_processes(enough, default) == list(range(len(enough)))
    assert _local_for_processes(jobs(2), _options(2, tmp_path)) == [0, 1]  # asked for
    assert _local_for_processes(jobs(1), _options(2, tmp_path)) == []
    assert _local_for_processes(enough, _options(1, tmp_path)) == []
    assert _local_for_processes(enough, replace(_options(2, tmp_path), sources={})) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find workers")
def test_a_worker_that_dies_is_reported_not_a_traceback(tmp_path: Path) -> None:
    """Workers killed mid-run (SIGKILL, as the kernel's out-of-memory killer sends) stop the
    run with a clear error that says how to audit without workers."""
    refs = _folders(tmp_path)
    killed: list[int] = []

    def kill_workers(_ref: str) -> None:
        if not killed:
            killed.extend(_grandchildren())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    with pytest.raises(AuditorError, match=r"worker process stopped .* --jobs 1"):
        audit(refs, _options(2, tmp_path), base_dir=tmp_path, on_done=kill_workers)
    assert killed, "the workers (children of the fork server) were found and killed"


def _send_half_a_result_and_die(chunk: int) -> int:
    """What a worker does when the kernel kills it while it writes its result: a message
    header promising a megabyte, a few bytes of it, then SIGKILL (the pool's reader waits for
    the rest)."""
    import gc
    import struct
    from multiprocessing.queues import SimpleQueue

    results = next(o for o in gc.get_objects() if isinstance(o, SimpleQueue))
    results._writer._send(struct.pack("!i", 1 << 20) + bytes(100))  # type: ignore[attr-defined]
    os.kill(os.getpid(), signal.SIGKILL)
    return chunk


_HALF_SENT = """
from concurrent.futures.process import BrokenProcessPool
from auditor.pipeline.processes import pooled
from tests.pipeline.test_processes import _send_half_a_result_and_die
try:
    list(pooled([1, 2, 3, 4], _send_half_a_result_and_die, 2))
except BrokenProcessPool:
    print("broken")
"""


@pytest.mark.skipif(os.name != "posix", reason="the fork server is POSIX only")
def test_a_worker_killed_while_sending_its_result_breaks_the_pool_instead_of_hanging() -> None:
    """CPython's pool waits for ever on a result a dead worker had half written; the run's
    watchdog ends that wait, so the run reports the dead worker (the out-of-memory case)."""
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    try:
        done = subprocess.run(
            [sys.executable, "-c", _HALF_SENT],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the pool hung on a result its dead worker had half sent")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "broken"


def _grandchildren() -> list[int]:
    """Processes whose parent is a child of this one: the pool's workers (the fork server,
    our child, starts them)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # gone meanwhile
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    children = {pid for pid, parent in parents.items() if parent == os.getpid()}
    return [pid for pid, parent in parents.items() if parent in children]


def _frozen_objects() -> int:
    import gc

    return gc.get_freeze_count()


@pytest.mark.skipif(os.name != "posix", reason="the fork server is POSIX only")
def test_workers_start_with_the_knowledge_the_fork_server_loaded() -> None:
    """Workers fork from a server that has loaded the default knowledge and frozen it (shared
    pages, not a copy each)."""
    from concurrent.futures import ProcessPoolExecutor

    from auditor.pipeline.processes import _context

    context = _context()
    if context.get_start_method() != "forkserver":
        pytest.skip("no fork server on this platform")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        assert pool.submit(_frozen_objects).result() > 10_000
