"""The warm CI gate's replay (cli/fast_path.py, fast_record.py, fast_store.py), in real processes.

Runs go through `python -X importtime -m auditor`: the interpreter itself writes each import to
stderr (the replay neither copies nor replays those lines), so a run that imported the command
line (`auditor.cli.main`) ran the command, and one that did not was a replay. A replay's stdout,
stderr (less those lines), exit code and report are the stored run's byte for byte; one test
runs without the option and compares stderr whole. A changed ingredient must give a miss: the
command runs and gives its own answer.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from auditor.cli.fast_path import (
    REPLAY_FOLDER,
    inputs_when_unchanged,
    is_closed_ref,
    is_keyed_variable,
    read_entry,
    run_key,
)
from auditor.cli.fast_store import is_settled
from tests.fakehub import FakeHub

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

LICENSES = ("apache-2.0", "mit", "llama3.1")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: bytes
    stderr: bytes
    report: bytes | None
    ran: bool = field(default=False, compare=False)  # the command line was imported


class Gate:
    """A manifest of pinned models on a fake Hub, and `auditor check` run on it as a user
    would: `python -m auditor`, the cache folders and the data folder set in the environment."""

    def __init__(self, hub: FakeHub, folder: Path) -> None:
        self.hub, self.folder = hub, folder
        self.timed = True  # -X importtime
        self.cache = folder / "analysis"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("AUDITOR_", "HF_", "PYTEST", "COV_"))
        }
        self.env.update(
            PYTHONPATH=str(ROOT),
            AUDITOR_CACHE_DIR=str(self.cache),
            AUDITOR_DATA_DIR=str(folder / "data"),
            HF_HUB_CACHE=str(folder / "hf"),
        )
        self.manifest = folder / "models.yaml"
        self.report = folder / "out.json"
        self.refs = []
        for i, tag in enumerate(LICENSES):
            card = f"---\nlicense: {tag}\n---\n# model {i}\n"
            sha = hub.add_repo(f"acme/m{i}", {"README.md": card, "LICENSE": f"terms {i}\n"})
            self.refs.append(f"acme/m{i}@{sha}")
        self.write_manifest()

    def write_manifest(self, *, mau: int = 10, extra: str = "") -> None:
        lines = [
            "version: 1",
            "organization: {name: A, domicile: US}",
            f"deployment: {{mau: {mau}, regions: [US], distribution: saas, use_cases: [chatbot]}}",
            "models:",
            *(f"  - {ref}" for ref in self.refs),
        ]
        self.manifest.write_text("\n".join(lines) + "\n" + extra)

    def argv(self, *extra: str, output: bool = True) -> list[str]:
        argv = ["check", str(self.manifest), "--endpoint", self.hub.url, "-q", *extra]
        return [*argv, "--format", "json", "--output", str(self.report)] if output else argv

    def run(self, *extra: str, output: bool = True, env: dict[str, str] | None = None) -> Run:
        self.report.unlink(missing_ok=True)
        done = subprocess.run(
            [*self.python(), *self.argv(*extra, output=output)],
            env={**self.env, **(env or {})},
            cwd=self.folder,
            capture_output=True,
            timeout=300,
        )
        report = self.report.read_bytes() if self.report.exists() else None
        lines = done.stderr.splitlines(keepends=True)
        timings = [line for line in lines if line.startswith(b"import time:")]
        stderr = b"".join(line for line in lines if not line.startswith(b"import time:"))
        ran = any(line.rstrip().endswith(b"| auditor.cli.main") for line in timings)
        return Run(done.returncode, done.stdout, stderr, report, ran or not self.timed)

    def python(self) -> list[str]:
        return [sys.executable, *(["-X", "importtime"] if self.timed else []), "-m", "auditor"]

    def entries(self) -> dict[Path, tuple[int, int]]:
        """Each stored entry and its (inode, mtime): a store replaces the file."""
        folder = self.cache / REPLAY_FOLDER
        found = sorted(folder.rglob("*.bin")) if folder.is_dir() else []
        return {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in found}

    def warm(self, *extra: str, output: bool = True) -> Run:
        """Fill the analysis cache (the Hub asked), then store the entry of a warm run."""
        cold = self.run(*extra, output=output)
        assert cold.code in (0, 1, 4), cold.stderr
        assert self.hub.requests, "the cold run asked the Hub"
        assert self.entries() == {}, "a run that asked the Hub is never stored"
        self.hub.clear_requests()
        stored = self.run(*extra, output=output)
        if not self.entries():
            # A folder the run listed (the import system lists each package's folder) that
            # another process changed meanwhile - a parallel test's first import creating a
            # __pycache__ in a fresh clone - stores nothing by design: the next run tries again.
            stored = self.run(*extra, output=output)
        assert self.hub.requests == []
        assert len(self.entries()) == 1, stored.stderr
        return stored


def replayed(gate: Gate, stored: Run, *extra: str, output: bool = True) -> Run:
    before = gate.entries()
    again = gate.run(*extra, output=output)
    assert gate.entries() == before, "a replay writes no entry"
    assert not (gate.timed and again.ran), "a replay never imports the command line"
    assert again == stored
    return again


def missed(gate: Gate, *extra: str, env: dict[str, str] | None = None) -> Run:
    again = gate.run(*extra, env=env)
    assert again.ran, "a miss runs the command"
    return again


@pytest.fixture
def gate(fake_hub: FakeHub, tmp_path: Path) -> Gate:
    return Gate(fake_hub, tmp_path)


def test_a_warm_gate_is_replayed_byte_for_byte(gate: Gate) -> None:
    gate.timed = False  # stderr whole; a replay is told by the entry left as it was
    stored = gate.warm()
    assert stored.report is not None and b'"verdict"' in stored.report
    assert stored.stderr.endswith(f"Report: {gate.report}\n".encode())
    replayed(gate, stored)
    replayed(gate, stored)


def test_the_text_report_on_stdout_is_replayed(gate: Gate) -> None:
    stored = gate.warm(output=False)
    assert stored.stdout and stored.report is None
    replayed(gate, stored, output=False)


def test_a_failing_gate_is_replayed_with_its_exit_code(gate: Gate) -> None:
    gate.write_manifest(mau=800_000_000)  # over Llama 3.1's 700 million
    stored = gate.warm()
    assert stored.code not in (0, 3)
    replayed(gate, stored)


def test_a_manifest_byte_changed_is_a_miss_with_the_new_answer(gate: Gate) -> None:
    passed = gate.warm()
    gate.write_manifest(mau=800_000_000)  # the same models: all in the analysis cache
    blocked = missed(gate)
    assert blocked.code != passed.code and blocked.code in (1, 4)
    gate.write_manifest()  # the first bytes again: replayed or run, the first answer
    assert gate.run().code == passed.code


def test_a_waiver_added_to_the_manifest_is_a_miss(gate: Gate) -> None:
    passed = gate.warm()
    expires = (date.today() + timedelta(days=30)).isoformat()
    waiver = "{rule: license-unidentified, model: acme/other, reason: Reviewed., "
    waiver += f"approved_by: legal, expires: {expires}}}"
    gate.write_manifest(extra=f"waivers:\n  - {waiver}\n")
    waived = missed(gate)
    assert waived.code == passed.code and waived.report != passed.report


def test_a_policy_byte_changed_is_a_miss_with_the_new_answer(gate: Gate) -> None:
    policy = gate.folder / "policy.yaml"
    policy.write_text("version: 1\nname: ours\nextends: default\n")
    passed = gate.warm("--policy", str(policy))
    assert passed.code == 0
    policy.write_text("version: 1\nname: ours\nextends: permissive-only\n")
    blocked = missed(gate, "--policy", str(policy))
    assert blocked.code == 1  # Llama 3.1 is not permissive


@pytest.mark.parametrize("when", ["added", "removed"])
def test_a_lock_file_added_or_removed_is_a_miss(gate: Gate, when: str) -> None:
    lock = gate.manifest.with_name("auditor.lock")
    if when == "removed":
        lock.write_text("version: 1\n")
    gate.warm()
    if when == "added":
        lock.write_text("version: 1\n")
    else:
        lock.unlink()
    missed(gate)


def test_an_environment_variable_read_by_the_run_is_a_miss(gate: Gate) -> None:
    stored = gate.warm()
    (path,) = gate.entries()
    header, _ = read_entry(str(path))
    read = [name for name, _ in header["env"] if not is_keyed_variable(name)]
    assert read, "the run reads variables that are not in every key (Typer's, say)"
    for name in read:  # Click's completion variable makes the command complete words instead
        assert gate.run(env={name: "something else"}).ran, name
    gate.run()  # one entry a key: the last run's (stored with the variable as it is again)
    again = gate.run()
    assert not again.ran and again.code == stored.code


def test_a_keyed_environment_variable_is_a_miss(gate: Gate) -> None:
    gate.warm()
    missed(gate, env={"NO_COLOR": "1"})


def test_the_user_knowledge_folder_appearing_is_a_miss(gate: Gate) -> None:
    gate.warm()
    (gate.folder / "data" / "knowledge").mkdir(parents=True)
    missed(gate)


def test_a_deleted_analysis_cache_entry_is_a_miss_answered_from_the_hub(gate: Gate) -> None:
    stored = gate.warm()
    entry = next(p for p in gate.cache.glob("*/*/*.json"))  # <knowledge digest>/<xx>/<key>
    entry.unlink()
    gate.hub.clear_requests()
    before = gate.entries()
    again = gate.run()
    assert gate.hub.requests, "the normal path fetched the model again"
    assert gate.entries() == before, "and did not store: it asked the Hub"
    assert again.code == stored.code


def test_a_corrupt_or_truncated_entry_falls_through(gate: Gate) -> None:
    stored = gate.warm()
    (path,) = gate.entries()
    raw = path.read_bytes()
    for broken in (b"garbage\n", raw[:-10], b"", raw[: raw.index(b"\n")]):
        path.write_bytes(broken)
        again = missed(gate)
        assert again.code == stored.code and again.stderr == stored.stderr


def test_an_entry_of_another_day_is_not_replayed(gate: Gate) -> None:
    gate.warm()
    (path,) = gate.entries()
    raw = path.read_bytes()
    head, _, rest = raw.partition(b"\n")
    day = head.split(b'"day":"', 1)[1][:10]
    path.write_bytes(head.replace(b'"day":"' + day, b'"day":"1999-12-31') + b"\n" + rest)
    missed(gate)


def test_the_day_is_part_of_the_key() -> None:
    argv = ["check", "models.yaml"]
    assert run_key(argv, "2026-11-26") != run_key(argv, "2026-11-27")
    assert run_key(argv, "2026-11-26") == run_key(argv, "2026-11-26")
    assert run_key(argv, "2026-11-26") != run_key([*argv, "-q"], "2026-11-26")


def test_a_changed_installed_file_breaks_its_condition(tmp_path: Path) -> None:
    data = tmp_path / "license.yaml"
    data.write_text("id: MIT\n")
    status = data.stat()
    header = {
        "env": [],
        "stats": [[str(data), status.st_size, status.st_mtime_ns, status.st_mode]],
        "digests": [],
        "dirs": [],
        "kinds": [],
        "listings": [],
    }
    assert inputs_when_unchanged(header) == {(status.st_dev, status.st_ino)}
    data.write_text("id: BSD\n")
    os.utime(data, ns=(status.st_atime_ns, status.st_mtime_ns + 1))
    assert inputs_when_unchanged(header) is None


def test_runs_that_ask_the_hub_or_read_a_folder_are_never_stored(gate: Gate) -> None:
    gate.warm()
    (path,) = gate.entries()
    path.unlink()
    lock = [sys.executable, "-m", "auditor", "lock", str(gate.manifest), "--endpoint", gate.hub.url]
    subprocess.run(lock, env=gate.env, cwd=gate.folder, check=True, capture_output=True)
    gate.hub.clear_requests()
    assert gate.run("--locked").code == 0
    assert gate.hub.requests, "one listing request a model"
    assert gate.entries() == {}
    folder = gate.folder / "local-model"
    folder.mkdir()
    (folder / "README.md").write_text("---\nlicense: mit\n---\n# local\n")
    gate.refs.append("./local-model")
    gate.write_manifest()
    assert gate.run().code == 0
    assert gate.entries() == {}


def test_a_recorded_audit_is_never_stored(gate: Gate) -> None:
    gate.warm()
    (path,) = gate.entries()
    path.unlink()
    history = gate.folder / "history.db"
    assert gate.run("--record", "--history-db", str(history)).code == 0
    assert history.exists() and gate.entries() == {}


def test_the_fast_path_switched_off_neither_replays_nor_stores(gate: Gate) -> None:
    gate.warm()
    (path,) = gate.entries()
    path.unlink()
    assert gate.run(env={"AUDITOR_FAST_GATE": "0"}).code == 0
    assert gate.entries() == {}


def test_a_run_on_a_terminal_is_never_stored(gate: Gate) -> None:
    gate.warm()
    (path,) = gate.entries()
    path.unlink()
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "auditor", *gate.argv()],
            env=gate.env,
            cwd=gate.folder,
            stdout=secondary,
            stderr=subprocess.PIPE,
            timeout=300,
        )
    finally:
        os.close(secondary)
        os.close(primary)
    assert done.returncode == 0, done.stderr
    assert gate.entries() == {}


def test_closed_refs_are_pinned_hub_commits_and_api_models() -> None:
    sha = "0123456789abcdef0123456789abcdef01234567"
    assert is_closed_ref(f"org/name@{sha}") and is_closed_ref(f"hf:org/name@{sha}")
    assert is_closed_ref("api:openai/gpt-4o")
    for ref in ("org/name", "org/name@main", f"./org/name@{sha}", f"org/a/b@{sha}", "x.gguf"):
        assert not is_closed_ref(ref), ref
    for scheme in ("ollama:", "modelscope:", "civitai:", "file:", "hf-dataset:", "../"):
        assert not is_closed_ref(f"{scheme}org/name@{sha}"), scheme


def test_an_entry_holds_its_conditions(gate: Gate) -> None:
    gate.warm()
    (path,) = gate.entries()
    header, blobs = read_entry(str(path))
    assert header["outputs"] == [str(gate.report)]
    digested = {p for p, _, _ in header["digests"]}
    assert str(gate.manifest) in digested
    kinds = {(p, kind) for p, _, kind in header["kinds"]}
    assert (str(gate.manifest.with_name("auditor.lock")), "missing") in kinds
    assert (str(gate.folder / "data" / "knowledge"), "missing") in kinds
    cached = [p for p, *_ in header["stats"] if p.startswith(str(gate.cache))]
    assert len(cached) >= len(gate.refs)  # every analysis the answer came from
    assert len(blobs) == len(header["outputs"]) + len(header["stdio"])


def test_a_file_changed_as_the_run_read_it_is_not_settled(tmp_path: Path) -> None:
    manifest = tmp_path / "models.yaml"
    manifest.write_text("version: 1\n")
    status = manifest.stat()
    changed = max(status.st_ctime_ns, status.st_mtime_ns)
    assert is_settled(status, changed + 10**9)  # read a second after its last change
    assert not is_settled(status, changed + 1000)  # in the same step of the file clock
    assert not is_settled(status, changed - 1)  # changed after it was read
