"""`auditor discover --installed`: the models in a Hugging Face cache, an Ollama store and LM
Studio's folder (fixtures laid out as each tool lays them out), and a starter manifest that
`auditor check` accepts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import gguf
import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.discover.installed import (
    find_installed,
    read_hf_cache,
    read_lmstudio,
    read_ollama_store,
    starter_manifest_text,
)
from auditor.errors import UsageError
from auditor.gate.manifest import load_manifest
from tests.fakehub import FakeHub
from tests.ollamafake import FakeOllamaRegistry, build_model, write_store

runner = CliRunner()
COMMIT = "0123456789abcdef0123456789abcdef01234567"
OLD_COMMIT = "89abcdef0123456789abcdef0123456789abcdef"


def hf_cache(root: Path, repo: str, commits: dict[str, str | None]) -> None:
    """A repo in a Hugging Face cache: each commit's snapshot, the branch names pointing to it."""
    folder = root / ("models--" + repo.replace("/", "--"))
    for commit, branch in commits.items():
        snapshot = folder / "snapshots" / commit
        snapshot.mkdir(parents=True)
        (snapshot / "README.md").write_text("---\nlicense: mit\n---\n", encoding="utf-8")
        if branch is not None:
            (folder / "refs").mkdir(exist_ok=True)
            (folder / "refs" / branch).write_text(commit, encoding="ascii")


def write_gguf(path: Path, **keys: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(path), "llama")
    for key, value in keys.items():
        writer.add_string(key, value)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


@dataclass(frozen=True)
class Stores:
    hf: Path
    ollama: Path
    lmstudio: Path
    digest: str  # the Ollama model's manifest digest


@pytest.fixture
def stores(tmp_path: Path) -> Stores:
    hf, ollama, lms = tmp_path / "hf", tmp_path / "ollama", tmp_path / "lmstudio"
    hf_cache(hf, "acme-ai/Wren-7B", {COMMIT: "main", OLD_COMMIT: None})
    (hf / "datasets--acme-ai--corpus" / "snapshots" / COMMIT).mkdir(parents=True)  # not a model
    built = build_model(licenses=("Wren Model License\n",))
    write_store(ollama, ("registry.ollama.ai", "library", "wren", "7b"), built)
    write_gguf(
        lms / "acme-ai" / "Wren-7B-GGUF" / "wren-7b-Q4_K_M.gguf", **{"general.license": "mit"}
    )
    write_gguf(lms / "loose.gguf")  # a file straight in the folder: no publisher to name
    split = lms / "acme-ai" / "Big-GGUF"
    write_gguf(split / "big-Q4-00001-of-00002.gguf")
    write_gguf(split / "big-Q4-00002-of-00002.gguf")  # a second part is not a second model
    return Stores(hf, ollama, lms, built.digest)


def test_the_hugging_face_cache_gives_each_snapshot_at_its_commit(stores: Stores) -> None:
    found = read_hf_cache(stores.hf)
    assert [(m.name, m.revision, m.note) for m in found] == [
        ("acme-ai/Wren-7B", COMMIT, "refs: main"),
        ("acme-ai/Wren-7B", OLD_COMMIT, None),
    ]
    assert found[0].ref == f"acme-ai/Wren-7B@{COMMIT}"


def test_the_ollama_store_gives_each_model_pinned_to_its_manifest(stores: Stores) -> None:
    (model,) = read_ollama_store(stores.ollama)
    digest = stores.digest
    assert (model.name, model.revision) == ("wren:7b", digest)
    assert model.ref == f"ollama:wren:7b@{digest}"
    assert model.note == "1 license layer(s)"


def test_lm_studio_gives_each_gguf_file_without_a_revision(stores: Stores) -> None:
    found = read_lmstudio(stores.lmstudio)
    assert [(m.name, m.revision) for m in found] == [
        ("loose.gguf", None),
        ("acme-ai/Big-GGUF/big-Q4-00001-of-00002.gguf", None),
        ("acme-ai/Wren-7B-GGUF/wren-7b-Q4_K_M.gguf", None),
    ]
    assert Path(found[2].ref).is_file()
    assert found[2].note == "its folder names the Hub repo acme-ai/Wren-7B-GGUF"
    assert found[0].note is None


def test_a_missing_store_is_said_not_found(tmp_path: Path) -> None:
    found = find_installed(
        hf_cache=tmp_path / "a", ollama_dir=tmp_path / "b", lmstudio_dir=tmp_path / "c"
    )
    assert [(s.store, s.found) for s in found.stores] == [
        ("huggingface", False),
        ("ollama", False),
        ("lmstudio", False),
    ]
    with pytest.raises(UsageError):
        starter_manifest_text(found)


def test_the_defaults_follow_each_tool_s_environment(
    stores: Stores, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OLLAMA_MODELS", str(stores.ollama))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    found = find_installed(hf_cache=stores.hf)
    assert [s.path for s in found.stores][1:] == [
        str(stores.ollama),
        str(tmp_path / "home" / ".lmstudio" / "models"),
    ]
    assert [m.store for m in found.models] == ["huggingface", "huggingface", "ollama"]


def options(stores: Stores) -> list[str]:
    return [
        "--hf-cache",
        str(stores.hf),
        "--ollama-dir",
        str(stores.ollama),
        "--lmstudio-dir",
        str(stores.lmstudio),
    ]


def test_the_command_lists_every_store(stores: Stores) -> None:
    result = runner.invoke(app, ["discover", "--installed", *options(stores), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [m["store"] for m in document["models"]] == [
        "huggingface",
        "huggingface",
        "ollama",
        "lmstudio",
        "lmstudio",
        "lmstudio",
    ]
    text = runner.invoke(app, ["discover", "--installed", *options(stores)])
    assert text.exit_code == 0
    assert f"auditor scan ollama:wren:7b@{stores.digest}" in text.stdout


def test_installed_and_a_codebase_are_not_both_given(stores: Stores) -> None:
    both = runner.invoke(app, ["discover", str(stores.hf), "--installed"])
    assert both.exit_code == 2
    assert runner.invoke(app, ["discover"]).exit_code == 2


@pytest.fixture
def registry() -> Iterator[FakeOllamaRegistry]:
    with FakeOllamaRegistry() as fake:
        yield fake


def test_the_starter_manifest_is_never_overwritten_and_check_accepts_it(
    tmp_path: Path,
    fake_hub: FakeHub,
    registry: FakeOllamaRegistry,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AUDITOR_OLLAMA_CACHE", str(tmp_path / "ollama-cache"))
    mit = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    card = "---\nlicense: mit\n---\n# Wren\n"
    sha = fake_hub.add_repo("acme-ai/Wren-7B", {"README.md": card, "LICENSE": mit})
    hf = tmp_path / "hf"
    hf_cache(hf, "acme-ai/Wren-7B", {sha: "main"})
    built = build_model(licenses=(mit,))
    registry.add("acme", "wren", "7b", built)
    ollama = tmp_path / "ollama"
    write_store(ollama, (registry.host, "acme", "wren", "7b"), built)
    lms = tmp_path / "lms"
    write_gguf(lms / "acme-ai" / "Wren-7B-GGUF" / "wren.gguf", **{"general.license": "mit"})
    out = tmp_path / "models.yaml"
    args = ["discover", "--installed", "--hf-cache", str(hf), "--ollama-dir", str(ollama)]
    args += ["--lmstudio-dir", str(lms), "--write-manifest", str(out)]
    written = runner.invoke(app, args)
    assert written.exit_code == 0, written.output
    refs = [m.ref for m in load_manifest(out).models]
    assert refs == [
        f"acme-ai/Wren-7B@{sha}",
        f"ollama:{registry.host}/acme/wren:7b@{built.digest}",
        str(lms / "acme-ai" / "Wren-7B-GGUF" / "wren.gguf"),
    ]
    before = out.read_bytes()
    again = runner.invoke(app, args)
    assert again.exit_code == 2 and "exists" in again.output
    assert out.read_bytes() == before
    check = ["check", str(out), "--endpoint", fake_hub.url, "--format", "json"]
    checked = runner.invoke(app, [*check, "--cache-dir", str(tmp_path / "hf-client")])
    assert checked.exit_code == 0, checked.output
    models = json.loads(checked.stdout)["models"]
    assert [m["license"]["id"] for m in models] == ["MIT", "MIT", "MIT"]
