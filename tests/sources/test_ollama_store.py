"""`auditor scan` of a manifest file in a local Ollama store: read with the blobs beside it, each
checked against its digest, never the weights."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit
from auditor.cli.main import app
from auditor.errors import SourceError, TargetError
from auditor.model import SourceKind, Verdict
from auditor.resources import reports_dir
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions
from auditor.sources.ollama import fetch_ollama_snapshot
from tests.ollamafake import LICENSE, MODEL, build_model, write_store

NAME = ("registry.ollama.ai", "acme", "wren", "7b")
PERMISSIVE = (
    "Wren Model License\n\nYou may use, copy, modify and distribute the model for any purpose, "
    "including commercial purposes.\n"
)


def hub(tmp_path: Path) -> HubOptions:
    return HubOptions(endpoint="http://127.0.0.1:9", cache_dir=tmp_path / "hf")


def test_a_manifest_path_is_an_ollama_target(tmp_path: Path) -> None:
    manifest = write_store(tmp_path / "models", NAME, build_model(licenses=(PERMISSIVE,)))
    target = parse_target(str(manifest))
    assert target.kind is SourceKind.OLLAMA
    assert Path(target.location) == manifest.absolute()
    # a file of the same shape outside a store's manifests/ folder is no target
    stray = tmp_path / "notes" / "a" / "b" / "c" / "d"
    stray.parent.mkdir(parents=True)
    stray.write_text("{}", encoding="utf-8")
    with pytest.raises(TargetError):
        parse_target(str(stray))


def test_the_store_gives_the_license_layer_and_the_digest(tmp_path: Path) -> None:
    built = build_model(licenses=(PERMISSIVE,), source="wren:7b")
    store = tmp_path / "models"
    manifest = write_store(store, NAME, built)
    (store / "blobs" / built.layer(MODEL)["digest"].replace(":", "-")).unlink()  # not needed
    snapshot = fetch_ollama_snapshot(parse_target(str(manifest)), hub(tmp_path))
    assert snapshot.resolved_sha == built.digest
    assert [(f.path, f.text) for f in snapshot.license_files] == [("LICENSE", PERMISSIVE)]
    assert snapshot.endpoint is None
    ((path, modelfile),) = snapshot.parent_configs
    assert path == "Modelfile" and "\nFROM wren:7b\n" in modelfile


def test_a_blob_changed_on_disk_is_refused_naming_its_digest(tmp_path: Path) -> None:
    built = build_model(licenses=(PERMISSIVE,))
    store = tmp_path / "models"
    manifest = write_store(store, NAME, built)
    digest = built.layer(LICENSE)["digest"]
    (store / "blobs" / digest.replace(":", "-")).write_text("Research use only.\n")
    with pytest.raises(SourceError) as caught:
        fetch_ollama_snapshot(parse_target(str(manifest)), hub(tmp_path))
    assert caught.value.code == "source-digest-mismatch"
    assert digest in caught.value.message


def test_a_blob_missing_from_the_store_is_a_clear_error(tmp_path: Path) -> None:
    built = build_model(licenses=(PERMISSIVE,))
    store = tmp_path / "models"
    manifest = write_store(store, NAME, built)
    digest = built.layer(LICENSE)["digest"]
    (store / "blobs" / digest.replace(":", "-")).unlink()
    with pytest.raises(SourceError) as caught:
        fetch_ollama_snapshot(parse_target(str(manifest)), hub(tmp_path))
    assert caught.value.code == "source-file-not-found"
    assert digest in caught.value.message


def test_a_broken_manifest_file_is_reported_not_raised(tmp_path: Path) -> None:
    store = tmp_path / "models"
    manifest = write_store(store, NAME, build_model(licenses=(PERMISSIVE,)))
    manifest.write_text('{"schemaVersion": 2, "layers": [{"mediaType": 1}]}', encoding="utf-8")
    (model,) = audit([str(manifest)], AuditOptions(hub=hub(tmp_path), use_cache=False)).models
    assert model.verdict is Verdict.ERROR
    assert model.findings[0].rule == "target-invalid"
    assert str(manifest) in model.findings[0].message


def test_scan_reads_a_store_manifest_from_the_command_line(tmp_path: Path, corpus: Path) -> None:
    mit = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    manifest = write_store(tmp_path / "models", NAME, build_model(licenses=(mit,)))
    result = CliRunner().invoke(
        app, ["scan", str(manifest), "--format", "json", "--endpoint", "http://127.0.0.1:9"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    schema = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())
    jsonschema.validate(document, schema)  # the `ollama` kind and a sha256 revision included
    (model,) = document["models"]
    assert model["source"]["kind"] == "ollama"
    assert model["source"]["resolved_sha"].startswith("sha256:")
    assert [f["identified_as"] for f in model["license_files"]] == ["MIT"]


def test_a_library_model_is_read_as_its_family(tmp_path: Path, corpus: Path) -> None:
    # The Ollama library's llama3.1 is Meta's Llama 3.1, under the Llama 3.1 Community License
    # (with its acceptable use policy as a second license layer)
    texts = tuple(
        (corpus / "licenses" / name).read_text(encoding="utf-8")
        for name in ("llama-3.1-community.txt", "llama-3.1-aup.txt")
    )
    name = ("registry.ollama.ai", "library", "llama3.1", "8b")
    manifest = write_store(tmp_path / "models", name, build_model(licenses=texts))
    options = AuditOptions(hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"), use_cache=False)
    (model,) = audit([str(manifest)], options).models
    assert [(s.ref, s.method) for s in model.stated_parents] == [
        ("ollama/llama3.1-8b", "modelfile")
    ]
    (step,) = model.lineage
    assert step["license"] is not None
    assert step["license"]["id"] == "LicenseRef-llama-3.1-community"
    assert [f.identified_as for f in model.license_files] == [
        "LicenseRef-llama-3.1-community",
        "LicenseRef-llama-3.1-aup",
    ]
