"""An Ollama model's Hugging Face origin: linked as its parent, and a license layer that is not
the origin's text reported with both passages quoted. Registry and Hub are loopback fakes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit
from auditor.cli.main import app
from auditor.model import ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from auditor.sources.hub import HubOptions
from auditor.sources.ollama import modelfile_statement
from auditor.sources.ollama_origin import hub_repo_of, text_difference
from auditor.sources.ollama_ref import Layer, OllamaManifest, OllamaName, parse_ollama_name
from tests.fakehub import FakeHub
from tests.ollamafake import FakeOllamaRegistry, build_model

RULE = "license-differs-from-origin"
SOLD = Deployment(organization={"domicile": "US"}, fields={"distribution": "saas"})


@pytest.fixture
def registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOllamaRegistry]:
    monkeypatch.setenv("AUDITOR_OLLAMA_CACHE", str(tmp_path / "ollama-cache"))
    with FakeOllamaRegistry() as fake:
        yield fake


def licenses(corpus: Path, name: str) -> str:
    return (corpus / "licenses" / name).read_text(encoding="utf-8")


def run(
    ref: str, hub: FakeHub, tmp_path: Path, deployment: Deployment | None = None
) -> ModelResult:
    options = AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf"),
        use_cache=False,
        deployment=deployment or Deployment(),
    )
    (model,) = audit([ref], options).models
    return model


# --- the rules, on values -----------------------------------------------------------------


def test_a_hub_reference_names_its_repo() -> None:
    assert hub_repo_of("hf.co/acme/Orig-GGUF:Q4_K_M") == "acme/Orig-GGUF"
    assert hub_repo_of("https://huggingface.co/acme/orig") == "acme/orig"
    assert hub_repo_of("huggingface.co/docs/hub") is None
    assert hub_repo_of("llama3.1:8b") is None


def from_of(name: OllamaName, manifest: OllamaManifest, params: str) -> str | None:
    found = modelfile_statement(name, manifest, params)
    return found[0] if found is not None else None


def test_what_a_model_is_from() -> None:
    empty = OllamaManifest("sha256:" + "0" * 64, ())
    on_hub = parse_ollama_name("hf.co/acme/Orig-GGUF:Q4_K_M")
    assert from_of(on_hub, empty, "") == "hf.co/acme/Orig-GGUF:Q4_K_M"
    library = parse_ollama_name("llama3.1:8b")
    assert from_of(library, empty, "") == "llama3.1:8b"
    linked = '{"stop": ["x"], "note": "https://huggingface.co/acme/orig"}'
    assert from_of(parse_ollama_name("me/m:1"), empty, linked) == "hf.co/acme/orig"
    assert from_of(parse_ollama_name("me/m:1"), empty, "") is None
    # a `from` that would add a line to the Modelfile is no name at all
    hostile = Layer("application/vnd.ollama.image.model", empty.digest, 1, "x\nFROM hf.co/e/vil")
    tricked = OllamaManifest(empty.digest, (hostile,))
    assert from_of(parse_ollama_name("me/m:1"), tricked, "") is None


def test_the_same_words_are_the_same_text() -> None:
    text = "Permission is granted,\nfree of charge, to any person.\n"
    assert text_difference(text, "PERMISSION is granted, free of   charge, to any person") is None


def test_a_shortened_text_is_quoted_where_it_ends() -> None:
    origin = "Use is permitted for research.\n\nYou must not use the model commercially.\n"
    layer = "Use is permitted for research.\n"
    difference = text_difference(layer, origin)
    assert difference is not None
    assert difference.ours.text.endswith("(end of text)")
    assert "must not use the model commercially" in difference.theirs.text
    assert difference.theirs.line == 3
    assert difference.words == (5, 12)


# --- through the fakes ----------------------------------------------------------------------


def test_an_origin_on_the_hub_is_the_model_s_parent_and_its_text_compared(
    registry: FakeOllamaRegistry, fake_hub: FakeHub, tmp_path: Path, corpus: Path
) -> None:
    mit = licenses(corpus, "mit.txt")
    fake_hub.add_repo(
        "acme-ai/Wren-7B-GGUF", {"README.md": "---\nlicense: mit\n---\n# Orig\n", "LICENSE": mit}
    )
    cut = mit[: mit.index("THE SOFTWARE IS PROVIDED")]  # the warranty disclaimer left out
    built = build_model(licenses=(cut,), source="hf.co/acme-ai/Wren-7B-GGUF:Q4_K_M")
    registry.add("acme", "wren", "q4", built)
    model = run(f"ollama:{registry.host}/acme/wren:q4", fake_hub, tmp_path)
    assert [(s.ref, s.method) for s in model.stated_parents] == [
        ("acme-ai/Wren-7B-GGUF", "modelfile")
    ]
    (step,) = [s for s in model.lineage if s["ref"] == "acme-ai/Wren-7B-GGUF"]
    assert step["resolved_by"] == "hub"
    (finding,) = [f for f in model.findings if f.rule == RULE]
    assert finding.severity is Severity.WARN
    ours, theirs = finding.evidence
    assert ours.file == "LICENSE" and ours.text.endswith("(end of text)")
    assert theirs.file == "hf:acme-ai/Wren-7B-GGUF/LICENSE"
    assert "THE SOFTWARE IS PROVIDED" in theirs.text
    assert "acme-ai/Wren-7B-GGUF" in finding.message


def test_the_origin_s_own_text_is_no_finding(
    registry: FakeOllamaRegistry, fake_hub: FakeHub, tmp_path: Path, corpus: Path
) -> None:
    mit = licenses(corpus, "mit.txt")
    fake_hub.add_repo(
        "acme-ai/Wren-7B-GGUF", {"README.md": "---\nlicense: mit\n---\n# Orig\n", "LICENSE": mit}
    )
    registry.add(
        "acme", "wren", "q4", build_model(licenses=(mit,), source="hf.co/acme-ai/Wren-7B-GGUF")
    )
    model = run(f"ollama:{registry.host}/acme/wren:q4", fake_hub, tmp_path)
    assert RULE not in {f.rule for f in model.findings}
    assert [s.ref for s in model.stated_parents] == ["acme-ai/Wren-7B-GGUF"]


def test_a_permissive_layer_on_a_non_commercial_origin_fails_a_commercial_gate(
    registry: FakeOllamaRegistry, fake_hub: FakeHub, tmp_path: Path, corpus: Path
) -> None:
    nc = licenses(corpus, "cc-by-nc-sa-4.0.txt")
    fake_hub.add_repo(
        "acme-ai/Wren-7B-GGUF",
        {"README.md": "---\nlicense: cc-by-nc-sa-4.0\n---\n# Orig\n", "LICENSE": nc},
    )
    mit = licenses(corpus, "mit.txt")
    registry.add(
        "acme", "wren", "q4", build_model(licenses=(mit,), source="hf.co/acme-ai/Wren-7B-GGUF")
    )
    model = run(f"ollama:{registry.host}/acme/wren:q4", fake_hub, tmp_path, SOLD)
    assert RULE in {f.rule for f in model.findings}
    # the origin's license binds the copy whatever its layer says: CC BY-NC-SA 4.0 grants no
    # commercial use
    assert model.effective_license is not None
    assert "CC-BY-NC-SA-4.0" in (model.effective_license.id or "")
    assert model.verdict is Verdict.FAIL


def test_a_non_commercial_license_layer_fails_a_commercial_gate_from_the_command_line(
    registry: FakeOllamaRegistry, tmp_path: Path, corpus: Path
) -> None:
    nc = licenses(corpus, "cc-by-nc-sa-4.0.txt")
    registry.add("acme", "wren", "7b", build_model(licenses=(nc,)))
    result = CliRunner().invoke(
        app,
        [
            "scan",
            f"ollama:{registry.host}/acme/wren:7b",
            "--distribution",
            "saas",
            "--domicile",
            "US",
            "--format",
            "json",
            "--endpoint",
            "http://127.0.0.1:9",
        ],
    )
    assert result.exit_code == 1, result.output
    assert '"rule": "non-commercial-license-in-commercial-use"' in result.stdout
    assert '"identified_as": "CC-BY-NC-SA-4.0"' in result.stdout
