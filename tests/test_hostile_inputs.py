"""Hostile and malformed input, end to end: each case runs the real command line in a child
process and must end with our own clear message, a documented exit code, no traceback, no
file written outside its place, and bounded memory (the child's own peak RSS)
and time (a hang guard, not a speed test: speed is measured under bench/).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fakehub import Failure, FakeHub

pytestmark = pytest.mark.slow

MAX_RSS_MIB = 256  # the auditor alone peaks near 60 MiB; reading a 200 MB input would not fit
HANG_GUARD_SECONDS = 120
TRACEBACK = ("Traceback", 'File "', "Error(", "Exception:")
SENTINEL = "hf_SENTINEL_hostile_never_print_me_42"
BIG_CARD_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    rss_mib: int


# The auditor's entry point, reporting at exit the peak RSS of its own address space (VmHWM):
# wait4's ru_maxrss would include the pages of the test process it was forked from.
CHILD = """
import atexit, os, sys
def _peak():
    with open("/proc/self/status") as status, open(os.environ["HOSTILE_HWM"], "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM")).split()[1])
atexit.register(_peak)
sys.argv[0] = "auditor"
from auditor.cli.main import main
main()
"""


def run_auditor(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> Outcome:
    """The auditor's command line with ARGS in a child process, with its peak RSS."""
    hwm = cwd.parent / f".{cwd.name}.hwm"
    environment = {**os.environ, "AUDITOR_DEBUG": "", "HOSTILE_HWM": str(hwm), **(env or {})}
    out, err = cwd / ".stdout", cwd / ".stderr"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, *args],
            cwd=cwd,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
        )
        try:
            child.wait(timeout=HANG_GUARD_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            pytest.fail(f"auditor {' '.join(args)} still running after {HANG_GUARD_SECONDS}s")
    outcome = Outcome(
        code=child.returncode,
        stdout=out.read_text("utf-8", errors="replace"),
        stderr=err.read_text("utf-8", errors="replace"),
        rss_mib=int(hwm.read_text()) // 1024,
    )
    hwm.unlink()
    out.unlink()
    err.unlink()
    return outcome


def assert_clean(outcome: Outcome, codes: set[int]) -> None:
    """A documented exit code, no traceback, memory within the bound."""
    text = outcome.stdout + outcome.stderr
    assert outcome.code in codes, text[-3000:]
    assert not any(word in text for word in TRACEBACK), text[-3000:]
    assert outcome.rss_mib < MAX_RSS_MIB, f"peak RSS {outcome.rss_mib} MiB"


def findings(result_file: Path) -> dict[str, str]:
    """rule -> message of every finding of the only model in a JSON result."""
    document = json.loads(result_file.read_text("utf-8"))
    (model,) = document["models"]
    return {f["rule"]: f["message"] for f in model["findings"]}


def write_big_card(path: Path) -> None:
    """A real 200 MB Markdown card: front matter, then text, written in chunks."""
    line = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\n"
    chunk = line * (1024 * 1024 // len(line))
    with path.open("wb") as handle:
        handle.write(b"---\nlicense: mit\n---\n# A card\n")
        while handle.tell() < BIG_CARD_BYTES:
            handle.write(chunk)


def model_folder(root: Path, card: bytes, files: dict[str, bytes]) -> Path:
    folder = root / "model"
    folder.mkdir()
    (folder / "README.md").write_bytes(card)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


APACHE_CARD = b"---\nlicense: apache-2.0\n---\n# A model\n"


# --- model folders and files ---------------------------------------------------------------


def test_a_200_mb_card_in_a_folder_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    write_big_card(folder / "README.md")
    outcome = run_auditor(["scan", str(folder), "--format", "json", "--output", "r.json"], tmp_path)
    assert_clean(outcome, {1})  # the card is not read, so no license is known: blocked
    message = findings(tmp_path / "r.json")["card-too-large"]
    size = (folder / "README.md").stat().st_size
    assert message.startswith(f"README.md is {size:,} bytes, over the 8,388,608-byte cap")


def test_a_200_mb_bare_card_is_refused(tmp_path: Path) -> None:
    write_big_card(tmp_path / "README.md")
    outcome = run_auditor(["scan", "README.md"], tmp_path)
    assert_clean(outcome, {3})
    assert "README.md: card file is larger than 8,388,608 bytes" in outcome.stdout


@pytest.mark.parametrize(
    ("data", "rule", "words"),
    [
        (bytes(range(256)) * 16, "license-file-unreadable", "binary content"),
        (b"Permission is granted \xff\xfe\xc3 to use it.\n" * 3, "license-file-encoding", "UTF-8"),
        (b"MIT License\x00\x00\x00Permission is hereby granted", "license-file-unreadable", "NUL"),
    ],
    ids=["binary", "invalid-utf8", "nul-bytes"],
)
def test_bad_license_files_are_reported(tmp_path: Path, data: bytes, rule: str, words: str) -> None:
    folder = model_folder(tmp_path, APACHE_CARD, {"LICENSE": data})
    outcome = run_auditor(["scan", str(folder), "--format", "json", "--output", "r.json"], tmp_path)
    assert_clean(outcome, {0, 1})
    assert words in findings(tmp_path / "r.json")[rule]


def test_a_binary_license_file_given_to_identify_is_refused(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_bytes(b"\x7fELF\x00\x01\x02" * 100)
    outcome = run_auditor(["identify", "LICENSE"], tmp_path)
    assert_clean(outcome, {2})
    assert "LICENSE: binary content" in outcome.stderr


def test_a_card_with_nul_bytes_is_reported(tmp_path: Path) -> None:
    folder = model_folder(tmp_path, b"---\nlicense: mit\x00\n---\n# A model\n", {})
    outcome = run_auditor(["scan", str(folder), "--format", "json", "--output", "r.json"], tmp_path)
    assert_clean(outcome, {1})
    assert "README.md: binary content" in findings(tmp_path / "r.json")["card-unreadable"]


def test_symlinks_out_of_a_model_folder_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT Apache License Version 2.0")
    folder = model_folder(tmp_path, APACHE_CARD, {})
    (folder / "LICENSE").symlink_to(secret)
    (folder / "notes").symlink_to(tmp_path, target_is_directory=True)
    outcome = run_auditor(["scan", str(folder), "--format", "json", "--output", "r.json"], tmp_path)
    assert_clean(outcome, {0})
    assert "outside the model folder" in findings(tmp_path / "r.json")["source-symlink-outside"]
    assert "TOP-SECRET-CONTENT" not in (tmp_path / "r.json").read_text() + outcome.stdout


def test_a_gguf_header_claiming_2_to_the_40_keys_is_refused(tmp_path: Path) -> None:
    header = b"GGUF" + struct.pack("<IQQ", 3, 0, 2**40)
    (tmp_path / "model.gguf").write_bytes(header + b"\x00" * 64)
    outcome = run_auditor(["scan", "model.gguf"], tmp_path)
    assert_clean(outcome, {3})
    assert "declares 1,099,511,627,776 metadata keys" in outcome.stdout


@pytest.mark.parametrize(
    "target",
    ["org/../../etc", "hf:../secrets", "org/name@../../x", "hf:org/..", "..\\..\\org/x"],
)
def test_path_traversal_in_repo_ids_is_refused(tmp_path: Path, target: str) -> None:
    outcome = run_auditor(["scan", target], tmp_path)
    assert_clean(outcome, {2})
    assert outcome.stderr.startswith(f"error: {target}")
    assert list(tmp_path.iterdir()) == []


# --- manifests and policies ----------------------------------------------------------------


def alias_bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("command", "content", "words"),
    [
        (["check"], b"version: 1\n" + alias_bomb().encode(), "alias bomb"),
        (["policy", "validate"], b"version: 1\nname: x\n" + alias_bomb().encode(), "alias bomb"),
        (["check"], b"version: 1\nmodels: " + b"[" * 5000 + b"]" * 5000, "nested deeper"),
        (
            ["policy", "validate"],
            b"version: 1\nrules: " + b"{a: " * 3000 + b"1" + b"}" * 3000,
            "nested deeper",
        ),
        # 100,000 levels: PyYAML's C composer recursed into a segfault before the depth check
        (["check"], b"version: 1\nmodels:\n  " + b"- " * 100_000 + b"x\n", "nested deeper"),
        (["check"], b"version: 1\nmodels: " + b"[" * 100_000, "nested deeper"),
        (["policy", "validate"], b"version: 1\nrules: " + b"{a: " * 100_000, "nested deeper"),
        (["check"], b"version: 1\nmodels:\n  - ref: \xff\xfe\n", "not valid UTF-8"),
        (["check"], b"version: 1\nmodels:\n  - ref: a\x00b\n", "NUL"),
        (["check"], bytes(range(256)) * 64, ""),
        (
            ["check"],
            b"version: 1\nmodels:\n  - ref: ../../../../../../etc/passwd\n",
            "not a model folder, a Markdown model card or a .gguf file",
        ),
    ],
    ids=[
        "manifest-alias-bomb",
        "policy-alias-bomb",
        "manifest-deep",
        "policy-deep",
        "manifest-100k-block",
        "manifest-100k-flow",
        "policy-100k-flow",
        "manifest-invalid-utf8",
        "manifest-nul",
        "manifest-binary",
        "manifest-ref-outside",
    ],
)
def test_hostile_yaml_is_refused_with_file_and_line(
    tmp_path: Path, command: list[str], content: bytes, words: str
) -> None:
    (tmp_path / "input.yaml").write_bytes(content)
    (tmp_path / "report.json").write_text("previous report")
    extra = ["--output", "report.json"] if command == ["check"] else []
    outcome = run_auditor([*command, "input.yaml", *extra], tmp_path)
    assert_clean(outcome, {2})
    assert outcome.stderr.startswith("error: input.yaml"), outcome.stderr
    assert words in outcome.stderr
    assert (tmp_path / "report.json").read_text() == "previous report"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"schema_version": "1.0", "n": ' + b"9" * 100_000 + b"}", "digits"),
        (b'{"schema_version": "1.0", "models": "' + b"\xff" * 4 + b'"}', "not valid UTF-8"),
    ],
    ids=["deep-json", "100k-digit-integer", "invalid-utf8"],
)
def test_report_on_hostile_json_is_a_clear_error(
    tmp_path: Path, content: bytes, words: str
) -> None:
    (tmp_path / "result.json").write_bytes(content)
    outcome = run_auditor(["report", "result.json"], tmp_path)
    assert_clean(outcome, {2})
    assert outcome.stderr.startswith("error: result.json"), outcome.stderr
    assert words in outcome.stderr


def test_report_on_a_fifo_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "result.json")
    outcome = run_auditor(["report", "result.json"], tmp_path)
    assert_clean(outcome, {2})
    assert "FIFO" in outcome.stderr


def test_discover_never_writes_a_manifest_over_an_input_or_a_special_file(tmp_path: Path) -> None:
    code = tmp_path / "app.py"
    code.write_text('from transformers import AutoModel\nAutoModel.from_pretrained("acme/m")\n')
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    for target in ("app.py", "pipe.yaml", "link.yaml", "."):
        outcome = run_auditor(["discover", ".", "--write-manifest", target], tmp_path)
        assert_clean(outcome, {2})
        assert target in outcome.stderr, outcome.stderr
    assert "from_pretrained" in code.read_text()
    assert (tmp_path / "pipe.yaml").is_fifo() and not (tmp_path / "elsewhere.yaml").exists()
    outcome = run_auditor(["discover", ".", "--write-manifest", "models.yaml"], tmp_path)
    assert_clean(outcome, {0, 1})
    assert "acme/m" in (tmp_path / "models.yaml").read_text()


# --- a hostile Hub ---------------------------------------------------------------------------


def hub_run(
    hub: FakeHub, tmp_path: Path, target: str, env: dict[str, str] | None = None
) -> Outcome:
    args = ["scan", target, "--endpoint", hub.url, "--cache-dir", str(tmp_path / "hf")]
    return run_auditor([*args, "--format", "json", "--output", "r.json"], tmp_path, env)


def test_a_200_mb_card_on_the_hub_is_not_downloaded(fake_hub: FakeHub, tmp_path: Path) -> None:
    write_big_card(tmp_path / "big.md")
    fake_hub.add_repo("acme/big", {"README.md": (tmp_path / "big.md").read_bytes()})
    (tmp_path / "big.md").unlink()
    outcome = hub_run(fake_hub, tmp_path, "acme/big")
    assert_clean(outcome, {0, 1})
    assert "cap for model cards" in findings(tmp_path / "r.json")["card-too-large"]
    assert not fake_hub.requests_matching(r"^/acme/big/resolve/.*README\.md", "GET")
    cached = sum(p.stat().st_size for p in (tmp_path / "hf").rglob("*") if p.is_file())
    assert cached < 1024 * 1024


@pytest.mark.parametrize(
    "name",
    [
        "../../../escape/LICENSE",
        "/etc/LICENSE",
        "docs/../../LICENSE",
        "a\\..\\LICENSE",
        "./LICENSE",
    ],
)
def test_file_names_leaving_the_repo_are_never_fetched(
    fake_hub: FakeHub, tmp_path: Path, name: str
) -> None:
    sha = fake_hub.add_repo("acme/evil", {"README.md": APACHE_CARD, "LICENSE": b"Apache-2.0\n"})
    info = {
        "id": "acme/evil",
        "sha": sha,
        "siblings": [
            {"rfilename": "README.md", "size": len(APACHE_CARD)},
            {"rfilename": name, "size": 10},
        ],
        "cardData": {"license": "apache-2.0"},
    }
    body = json.dumps(info).encode()
    fake_hub.inject(r"^/api/models/acme/evil", Failure(status=200, body=body, times=None))
    outcome = hub_run(fake_hub, tmp_path, "acme/evil")
    assert_clean(outcome, {0, 1})
    assert (
        "would resolve outside the repository"
        in findings(tmp_path / "r.json")["source-unsafe-path"]
    )
    fetched = [path for _, path, _ in fake_hub.requests if "/resolve/" in path]
    assert fetched and all(path.endswith("/README.md") for path in fetched)
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*")}
    assert written <= {"hf", "r.json"}


# --- secrets in outputs ----------------------------------------------------------------------


def test_the_token_is_in_no_output_log_or_file(fake_hub: FakeHub, tmp_path: Path) -> None:
    gated = fake_hub.add_repo("acme/gated", {"README.md": APACHE_CARD}, gated="manual")
    fake_hub.add_repo("acme/open", {"README.md": APACHE_CARD, "LICENSE": b"Apache-2.0\n"})
    manifest = tmp_path / "models.yaml"
    manifest.write_text(f"models:\n  - acme/gated@{gated}\n  - acme/open\n  - acme/missing\n")
    common = ["--endpoint", fake_hub.url, "--cache-dir", str(tmp_path / "hf")]
    env = {
        "HF_TOKEN": SENTINEL,
        "AUDITOR_DEBUG": "1",  # tracebacks and debug logs on: they must not carry it either
        "AUDITOR_CACHE_DIR": str(tmp_path / "analysis"),
        "AUDITOR_HISTORY_DB": str(tmp_path / "history.sqlite3"),
    }
    outputs = []
    for args in (
        ["check", str(manifest), *common, "--record", "--format", "json", "--output", "r.json"],
        ["check", str(manifest), *common, "--format", "html", "--output", "r.html"],
        ["lock", str(manifest), *common],
        ["scan", "acme/gated", *common, "--token", SENTINEL, "--format", "sarif"],
        ["history", "list"],
    ):
        outcome = run_auditor(args, tmp_path, env)
        assert outcome.code in {0, 1, 2, 3}
        outputs.append(outcome.stdout + outcome.stderr)
    sent = {h.get("authorization") for _, _, h in fake_hub.requests}
    assert f"Bearer {SENTINEL}" in sent  # it was used, so it was there to leak
    for text in outputs:
        assert SENTINEL not in text
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "history.sqlite3" for p in files) and (tmp_path / "r.html").is_file()
    for path in files:
        assert SENTINEL.encode() not in path.read_bytes(), path


# --- special files, loops and depth in local folders (issue 16, class 5) ------------------


def _special_folder(root: Path) -> Path:
    folder = root / "model"
    folder.mkdir()
    (folder / "README.md").write_bytes(APACHE_CARD)
    return folder


def test_fifos_in_a_model_folder_are_findings_not_hangs(tmp_path: Path) -> None:
    folder = _special_folder(tmp_path)
    os.mkfifo(folder / "LICENSE")
    os.mkfifo(folder / "weights.gguf")
    (folder / ".git").mkdir()
    os.mkfifo(folder / ".git" / "HEAD")
    outcome = run_auditor(["scan", "model", "-f", "json", "-o", "r.json"], tmp_path)
    assert_clean(outcome, {0, 1})
    found = findings(tmp_path / "r.json")
    assert "FIFO" in found["source-file-unreadable"]


def test_a_fifo_card_manifest_or_gguf_target_is_a_clear_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "README.md")
    os.mkfifo(tmp_path / "m.gguf")
    os.mkfifo(tmp_path / "models.yaml")
    for args, code in (
        (["scan", "README.md"], 3),
        (["scan", "m.gguf"], 3),
        (["check", "models.yaml"], 2),
    ):
        outcome = run_auditor(args, tmp_path)
        assert_clean(outcome, {code})
        assert "FIFO" in outcome.stderr + outcome.stdout


def test_git_head_pointing_at_a_device_or_outside_is_not_read(tmp_path: Path) -> None:
    folder = _special_folder(tmp_path)
    git = folder / ".git"
    git.mkdir()
    (git / "HEAD").symlink_to("/dev/zero")
    outcome = run_auditor(["scan", "model", "-f", "json", "-o", "r.json"], tmp_path)
    assert_clean(outcome, {0, 1})
    (git / "HEAD").unlink()
    secret = tmp_path / "outside"
    secret.write_text("a" * 40)
    (git / "HEAD").write_text(f"ref: {secret}\n")
    outcome = run_auditor(["scan", "model", "-f", "json", "-o", "r.json"], tmp_path)
    assert_clean(outcome, {0, 1})
    source = json.loads((tmp_path / "r.json").read_text())["models"][0]["source"]
    assert source["resolved_sha"] is None  # the absolute ref was not followed


def test_symlink_loops_and_deep_folders_are_findings(tmp_path: Path) -> None:
    folder = _special_folder(tmp_path)
    (folder / "LICENSE").symlink_to(folder / "LICENSE.md")
    (folder / "LICENSE.md").symlink_to(folder / "LICENSE")
    # 3,000 nested folders: deeper than a path may be spelled, so made one level at a time;
    # always unnested from the top after, as a recursive removal (pytest's) would overflow
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            for _ in range(3_000):
                os.mkdir("d", dir_fd=fd)
                inner = os.open("d", os.O_RDONLY, dir_fd=fd)
                os.close(fd)
                fd = inner
        finally:
            os.close(fd)
        outcome = run_auditor(["scan", "model", "-f", "json", "-o", "r.json"], tmp_path)
    finally:
        while (folder / "d" / "d").is_dir():
            (folder / "d" / "d").rename(folder / "up")
            (folder / "d").rmdir()
            (folder / "up").rename(folder / "d")
    assert_clean(outcome, {0, 1})
    found = findings(tmp_path / "r.json")
    assert "nested deeper than" in found["source-too-many-files"]
