"""Issue 14 end to end: every adversarial model through `auditor scan` and `auditor check`.

A commercial SaaS deployment (company in DE, EU users, 1,000,000 MAU, USD 50M revenue) under
the `default`, `strict` and `permissive-only` presets; each verdict must be one the case allows
and the exit code must follow it. Cases marked `xfail` in their case.yaml fail on today's code
(strict xfail: remove the mark when the fix lands). Cases with `hub: true` also run as
`org/name@<sha>` through the loopback fake Hub with the real huggingface_hub client.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.adversarial.cases import (
    CLASSES,
    HERE,
    PRESETS,
    Case,
    build_files,
    load_cases,
    write_model,
)
from tests.conftest import CORPUS, ROOT
from tests.fakehub import FakeHub

runner = CliRunner()
CASES = load_cases()
EXIT = {"pass": 0, "warn": 0, "fail": 1, "error": 3, "needs-input": 4}
DEPLOYMENT = [
    *("--distribution", "saas", "--mau", "1000000", "--revenue", "50000000"),
    *("--region", "EU", "--domicile", "DE", "--use-case", "chatbot"),
]
MANIFEST = """\
version: 1
organization: {{name: Acme, domicile: DE, type: company}}
deployment:
  mau: 1000000
  annual_revenue_usd: 50000000
  regions: [EU]
  use_cases: [chatbot]
  distribution: saas
models:
  - ref: {ref}
    hosting: self-hosted
"""


def _corpus() -> Path | None:
    return CORPUS if CORPUS.is_dir() else None


def _params(cases: list[Case], via: str) -> list[Any]:
    params = []
    for case in cases:
        marks = []
        reason = case.xfail_hub if via == "hub" else case.xfail
        if reason is not None:
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        if case.needs_corpus and _corpus() is None:
            marks.append(pytest.mark.skip(reason=f"shared corpus not found at {CORPUS}"))
        params.append(pytest.param(case, id=f"{via}:{case.id}", marks=marks))
    return params


def _publish_parents(hub: FakeHub, parents: tuple[Mapping[str, Any], ...]) -> None:
    for parent in parents:
        if "chain" in parent:
            chain = parent["chain"]
            prefix, depth = str(chain["prefix"]), int(chain["depth"])
            hub.add_repo(f"{prefix}-0", {"README.md": str(chain["root_card"])})
            for step in range(1, depth):
                card = f"---\nlicense: apache-2.0\nbase_model: {prefix}-{step - 1}\n---\n# Step\n"
                hub.add_repo(f"{prefix}-{step}", {"README.md": card})
        else:
            files = {str(path): str(text) for path, text in parent["files"].items()}
            hub.add_repo(str(parent["repo"]), dict(files))


@pytest.fixture(scope="module")
def hub() -> Iterator[tuple[FakeHub, dict[str, str]]]:
    """One loopback Hub for the module: every case's parents, and the hub cases at a commit."""
    fake = FakeHub().start()
    try:
        shas: dict[str, str] = {}
        for case in CASES:
            _publish_parents(fake, case.parents)
            if case.hub and _runnable(case):
                files = build_files(case, _corpus())
                shas[case.id] = fake.add_repo(case.repo_id(), dict(files))
        yield fake, shas
        assert not fake.errors, fake.errors
    finally:
        fake.stop()


def _findings(model: Mapping[str, Any]) -> list[str]:
    return [f"{f['rule']}:{f['severity']}" for f in model.get("findings", [])]


def _invoke(args: list[str], preset: str) -> tuple[int, dict[str, Any] | str]:
    """Exit code and JSON report of one command, or its output when that is not JSON."""
    result = runner.invoke(app, [*args, "--format", "json", "--policy", preset])
    try:
        document = json.loads(result.stdout)
    except ValueError:
        return result.exit_code, result.output[-500:]
    return result.exit_code, document if isinstance(document, dict) else result.output[-500:]


def _judge(case: Case, args: list[str], preset: str, label: str) -> list[str]:
    """Run one command on one model; the problems with its verdict and exit code."""
    code, document = _invoke(args, preset)
    if isinstance(document, str):
        return [f"{label} -p {preset}: exit {code}, no JSON report: {document}"]
    verdict = str(document["verdict"])
    problems = []
    if verdict not in case.expect[preset]:
        allowed = "/".join(sorted(case.expect[preset]))
        found = [item for model in document.get("models", []) for item in _findings(model)]
        problems.append(f"{label} -p {preset}: {verdict} (allowed {allowed}); {found}")
    if code != EXIT[verdict]:
        problems.append(f"{label} -p {preset}: {verdict} but exit {code}")
    return problems


def _hub_args(endpoint: str, tmp_path: Path) -> list[str]:
    return ["--endpoint", endpoint, "--cache-dir", str(tmp_path / "hf-cache")]


def _runnable(case: Case) -> bool:
    return not (case.needs_corpus and _corpus() is None)


LOCAL = [case for case in CASES if case.local]
Batch = dict[str, tuple[int, dict[str, Any]]]


@pytest.fixture(scope="module")
def local_checks(
    hub: tuple[FakeHub, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Batch]:
    """Every local case built once, and `auditor check` of one manifest listing them all under
    each preset (one run per preset keeps the harness fast; scan runs per case)."""
    root = tmp_path_factory.mktemp("adversarial")
    refs = []
    for case in filter(_runnable, LOCAL):
        write_model(build_files(case, _corpus()), root / case.group / case.name)
        refs.append(f"./{case.group}/{case.name}")
    manifest = MANIFEST.format(ref=refs[0]) + "".join(
        f"  - ref: {ref}\n    hosting: self-hosted\n" for ref in refs[1:]
    )
    (root / "auditor.yaml").write_text(manifest, encoding="utf-8")
    batch: Batch = {}
    for preset in PRESETS:
        args = ["check", str(root / "auditor.yaml"), *_hub_args(hub[0].url, root)]
        code, document = _invoke(args, preset)
        assert isinstance(document, dict), f"check -p {preset}: exit {code}: {document}"
        assert code == EXIT[str(document["verdict"])], f"check -p {preset}: exit {code}"
        assert len(document["models"]) == len(refs)
        batch[preset] = (code, document)
    return root, batch


@pytest.mark.parametrize("case", _params(LOCAL, "local"))
def test_local_folder(
    case: Case, local_checks: tuple[Path, Batch], hub: tuple[FakeHub, dict[str, str]]
) -> None:
    root, batch = local_checks
    folder = root / case.group / case.name
    problems = []
    for preset in PRESETS:
        args = ["scan", str(folder), *DEPLOYMENT, *_hub_args(hub[0].url, root)]
        problems += _judge(case, args, preset, "scan")
        _, document = batch[preset]
        (model,) = [m for m in document["models"] if m["ref"] == f"./{case.group}/{case.name}"]
        if model["verdict"] not in case.expect[preset]:
            allowed = "/".join(sorted(case.expect[preset]))
            problems.append(
                f"check (all local cases) -p {preset}: {model['verdict']} (allowed {allowed}); "
                f"{_findings(model)}"
            )
    assert not problems, f"{case.id}: {case.summary}\n" + "\n".join(problems)


@pytest.mark.parametrize("case", _params([c for c in CASES if c.hub], "hub"))
def test_fake_hub_pinned(case: Case, tmp_path: Path, hub: tuple[FakeHub, dict[str, str]]) -> None:
    """Hub cases one by one, so `check`'s exit code is asserted per case too."""
    fake, shas = hub
    ref = f"{case.repo_id()}@{shas[case.id]}"
    manifest = tmp_path / "auditor.yaml"
    manifest.write_text(MANIFEST.format(ref=ref), encoding="utf-8")
    problems = []
    for preset in PRESETS:
        problems += _judge(
            case, ["scan", ref, *DEPLOYMENT, *_hub_args(fake.url, tmp_path)], preset, "scan"
        )
        problems += _judge(
            case, ["check", str(manifest), *_hub_args(fake.url, tmp_path)], preset, "check"
        )
    assert not problems, f"{case.id}: {case.summary}\n" + "\n".join(problems)


def test_every_class_has_several_cases_and_hub_coverage() -> None:
    for group in CLASSES:
        folders = [path for path in (HERE / group).iterdir() if path.is_dir()]
        assert all((path / "case.yaml").is_file() for path in folders), f"{group}: no case.yaml"
        mine = [case for case in CASES if case.group == group]
        assert len(mine) >= 6, f"{group}: only {len(mine)} cases"
        assert any(case.hub for case in mine), f"{group}: no case runs through the fake Hub"
    assert sum(case.negative for case in CASES) >= 8


SUBPROCESS_CASES = [
    "c2-terms-vs-label/apache-label-nc-research-text",
    "negative-controls/apache-with-notice",
]


@pytest.mark.slow
@pytest.mark.parametrize("case_id", SUBPROCESS_CASES)
def test_real_entry_point(case_id: str, tmp_path: Path) -> None:
    """A few cases through `python -m auditor` in a subprocess: the exit code a CI job sees."""
    (case,) = [case for case in CASES if case.id == case_id]
    assert case.xfail is None, "pick cases that today's code gets right"
    if not _runnable(case):
        pytest.skip(f"shared corpus not found at {CORPUS}")
    folder = write_model(build_files(case, _corpus()), tmp_path / "model")
    args = ["scan", str(folder), *DEPLOYMENT, "--format", "json", "--policy", "default"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "auditor", *args], capture_output=True, env=env, timeout=120
    )
    verdict = json.loads(done.stdout)["verdict"]
    assert verdict in case.expect["default"], done.stderr.decode()[-500:]
    assert done.returncode == EXIT[verdict]
