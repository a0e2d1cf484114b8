"""The `artefacts.*` facts and the presets' rules over them (issue 37): a file the Hub's scanner
flagged warns under `default` and blocks under `strict`; weight files it has not scanned are a
note (a warning under strict); a model with no hub scan (a local folder) has none of the facts
set, so no rule fires for it, not even a blocking one over an unknown fact."""

from __future__ import annotations

from auditor.model import Severity
from auditor.model.artefacts import Artefacts, FileScan
from auditor.policy import load_policy
from auditor.policy.artefact_facts import artefact_facts
from auditor.policy.engine import evaluate
from tests.policy.test_presets import apache_saas

FLAGGED = FileScan(
    path="pytorch_model.bin",
    status="unsafe",
    detail="pickle import scan: unsafe, imports os.system (dangerous)",
)


def scan(*files: FileScan, status: str = "unsafe") -> Artefacts:
    return Artefacts(
        scan_status=status,
        scanned_by=["huggingface-hub", "pickle-import-scan"],
        files=list(files),
        chat_template_sha256=None,
        chat_template_source=None,
    )


def fired(policy: str, artefacts: Artefacts | None) -> dict[str, Severity]:
    facts = apache_saas(**{k.replace(".", "__"): v for k, v in artefact_facts(artefacts).items()})
    return {
        o.rule: o.severity
        for o in evaluate(load_policy(policy), facts)
        if o.rule.startswith("artefact-")
    }


def test_facts_of_a_flagged_file_name_it_and_what_was_found() -> None:
    facts = artefact_facts(scan(FLAGGED))
    assert facts["artefacts.scan_status"] == "unsafe"
    assert facts["artefacts.unsafe_files"] == ["pytorch_model.bin"]
    assert facts["artefacts.has_unsafe"] is True
    details = facts["artefacts.unsafe_details"]
    assert isinstance(details, list)
    (detail,) = details
    assert "pytorch_model.bin" in detail
    assert "os.system" in detail
    assert facts["artefacts.has_unscanned"] is False


def test_unsafe_warns_under_default_and_blocks_under_strict() -> None:
    assert fired("default", scan(FLAGGED)) == {"artefact-unsafe": Severity.WARN}
    assert fired("strict", scan(FLAGGED)) == {"artefact-unsafe": Severity.BLOCK}


def test_a_suspicious_file_counts_as_flagged() -> None:
    suspicious = FileScan(path="model.ckpt", status="suspicious", detail=None)
    assert artefact_facts(scan(suspicious, status="suspicious"))["artefacts.unsafe_files"] == [
        "model.ckpt"
    ]


def test_unscanned_weights_are_a_note_under_default_and_warn_under_strict() -> None:
    waiting = scan(
        FileScan(path="model.safetensors", status="unscanned", detail=None),
        FileScan(path="model.onnx", status="error", detail=None),
        status="unscanned",
    )
    facts = artefact_facts(waiting)
    assert facts["artefacts.unscanned_files"] == ["model.safetensors", "model.onnx"]
    assert fired("default", waiting) == {"artefact-unscanned": Severity.INFO}
    assert fired("strict", waiting) == {"artefact-unscanned": Severity.WARN}


def test_a_clean_scan_fires_nothing() -> None:
    assert fired("default", scan(status="safe")) == {}
    assert fired("strict", scan(status="safe")) == {}


def test_no_scan_sets_no_fact_and_fires_nothing_even_under_strict() -> None:
    local = Artefacts(
        scan_status="unknown",
        scanned_by=[],  # no hub scanned it: a local folder with a chat template
        files=[],
        chat_template_sha256="a" * 64,
        chat_template_source="tokenizer_config.json",
    )
    for artefacts in (None, local):
        facts = artefact_facts(artefacts)
        assert facts["artefacts.scan_status"] is None
        assert facts["artefacts.unsafe_files"] == []
        assert facts["artefacts.unscanned_files"] == []
        assert facts["artefacts.has_unsafe"] is False
        assert fired("strict", artefacts) == {}
