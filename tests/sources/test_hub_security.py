"""Issue 37 through the loopback fake Hub: the Hub's security scan of a repo and of each file,
and the chat template's digest, read without a weight downloaded, judged by the presets.

The scans are written in the Hub API's documented shapes (hub-api-notes.md §3, the Hub's
OpenAPI: `securityRepoStatus {scansDone, filesWithIssues: [{path, level}]}` on the model info
asked with `securityStatus=true`, `securityFileStatus {status, avScan, pickleImportScan:
{status, pickleImports: [{module, name, safety}]}}` per file of the tree asked with
`expand=true`). Expectations come from what each scan says.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import gguf
import pytest

from auditor.api import AuditOptions, audit
from auditor.model import Finding, ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from auditor.policy.artefact_facts import artefact_facts
from auditor.sources.hub import HubOptions
from auditor.sources.hub_security import MAX_FLAGGED_FILES
from tests.fakehub import FakeHub

CARD = "---\nlicense: apache-2.0\n---\n# Pickled\n\nA small model.\n"
TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}"
NAMED = [
    {"name": "default", "template": "{{ messages[0].content }}"},
    {"name": "tool_use", "template": "{{ tools }}{{ messages[0].content }}"},
]
SAAS = Deployment(
    organization={"name": "Acme", "domicile": "DE"},
    fields={"mau": 1000, "regions": ["EU"], "use_cases": ["chatbot"], "distribution": "saas"},
)
PICKLE = b"\x80\x02c__builtin__\neval\n"  # never downloaded: only its name and size are listed

# What the Hub's pickle scanner reports for a pickle importing os.system: the tensor rebuilder
# is innocuous, os.system dangerous, and the file unsafe.
UNSAFE_BIN = {
    "status": "unsafe",
    "avScan": {"status": "safe"},
    "pickleImportScan": {
        "status": "unsafe",
        "pickleImports": [
            {"module": "torch._utils", "name": "_rebuild_tensor_v2", "safety": "innocuous"},
            {"module": "os", "name": "system", "safety": "dangerous"},
        ],
    },
}
SAFE_BIN = {
    "status": "safe",
    "avScan": {"status": "safe"},
    "pickleImportScan": {
        "status": "safe",
        "pickleImports": [
            {"module": "torch._utils", "name": "_rebuild_tensor_v2", "safety": "innocuous"}
        ],
    },
}
QUEUED = {
    "status": "queued",
    "avScan": {"status": "queued"},
    "pickleImportScan": {"status": "queued"},
}


def files(**extra: bytes | str) -> dict[str, bytes | str]:
    return {
        "README.md": CARD,
        "tokenizer_config.json": json.dumps({"model_max_length": 2048, "chat_template": TEMPLATE}),
        "pytorch_model.bin": PICKLE,
        "model.safetensors": b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ",
        **extra,
    }


def audited(
    hub: FakeHub, ref: str, tmp_path: Path, policy: str = "default", *, offline: bool = False
) -> ModelResult:
    options = AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf", offline=offline),
        policy=policy,
        deployment=SAAS,
        cache_dir=tmp_path / f"analysis-{policy}-{offline}",
        suggest_alternatives=False,
    )
    (model,) = audit([ref], options).models
    return model


def found(model: ModelResult, rule: str) -> list[Finding]:
    return [f for f in model.findings if f.rule == rule]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_an_unsafe_pickle_warns_under_default_and_blocks_under_strict(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/pickled", files())
    fake_hub.set_security("acme/pickled", {"pytorch_model.bin": UNSAFE_BIN})
    ref = f"acme/pickled@{sha}"
    default = audited(fake_hub, ref, tmp_path)
    (warning,) = found(default, "artefact-unsafe")
    assert warning.severity is Severity.WARN
    assert "pytorch_model.bin" in warning.message
    assert "os.system (dangerous)" in warning.message
    assert "_rebuild_tensor_v2" not in warning.message  # innocuous imports are not findings
    assert default.artefacts is not None
    assert default.artefacts["scan_status"] == "unsafe"
    assert {"huggingface-hub", "pickle-import-scan", "malware-scan"} <= set(
        default.artefacts["scanned_by"]
    )
    assert [f["path"] for f in default.artefacts["files"]] == ["pytorch_model.bin"]
    strict = audited(fake_hub, ref, tmp_path, "strict")
    (blocking,) = found(strict, "artefact-unsafe")
    assert blocking.severity is Severity.BLOCK
    assert strict.verdict is Verdict.FAIL
    # read with the listing (one request asking for the scan), one tree request for the
    # per-file reports, and never the pickle (a safetensors file only for its header, by Range)
    assert fake_hub.requests_matching(r"/api/models/acme/pickled/revision/.*securityStatus=true")
    assert len(fake_hub.requests_matching(r"/tree/.*expand=true")) == 2  # one a run
    assert not fake_hub.requests_matching(r"/resolve/.*\.bin$", "GET")


def test_a_clean_repo_has_no_finding_and_costs_no_tree_request(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/clean", files())
    fake_hub.set_security("acme/clean", {"pytorch_model.bin": SAFE_BIN})
    for policy in ("default", "strict"):
        model = audited(fake_hub, f"acme/clean@{sha}", tmp_path, policy)
        assert not [f for f in model.findings if f.rule.startswith("artefact-")]
        assert model.artefacts is not None
        assert model.artefacts["scan_status"] == "safe"
        assert model.artefacts["files"] == []
    assert not fake_hub.requests_matching(r"/tree/")  # scans done, nothing flagged


def test_weights_the_hub_has_not_scanned_are_a_note(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/fresh", files())
    fake_hub.set_security("acme/fresh", {"pytorch_model.bin": QUEUED, "model.safetensors": QUEUED})
    model = audited(fake_hub, f"acme/fresh@{sha}", tmp_path)
    (note,) = found(model, "artefact-unscanned")
    assert note.severity is Severity.INFO
    assert "pytorch_model.bin" in note.message
    assert "model.safetensors" in note.message
    assert not found(model, "artefact-unsafe")
    assert model.artefacts is not None
    assert model.artefacts["scan_status"] == "unscanned"  # `queued` is not scanned yet
    strict = audited(fake_hub, f"acme/fresh@{sha}", tmp_path, "strict")
    assert [f.severity for f in found(strict, "artefact-unscanned")] == [Severity.WARN]


def test_scans_not_done_count_weights_the_hub_reports_nothing_on(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/busy", files())
    fake_hub.set_security(
        "acme/busy",
        {"pytorch_model.bin": UNSAFE_BIN, "model.safetensors": {"status": "unscanned"}},
        repo_status={
            "scansDone": False,
            "filesWithIssues": [{"path": "pytorch_model.bin", "level": "unsafe"}],
        },
    )
    model = audited(fake_hub, f"acme/busy@{sha}", tmp_path)
    facts = artefact_facts(model.artefacts)
    assert facts["artefacts.unsafe_files"] == ["pytorch_model.bin"]
    assert facts["artefacts.unscanned_files"] == ["model.safetensors"]
    assert facts["artefacts.scan_status"] == "unsafe"  # the worst file decides


@pytest.mark.parametrize(
    ("repo_status", "expected"),
    [
        ("done", "unknown"),  # a status of the wrong type
        ({"scansDone": "yes", "filesWithIssues": "none"}, "unknown"),
        (
            {"scansDone": True, "filesWithIssues": [{"path": "pytorch_model.bin", "level": 3}]},
            "unknown",
        ),
        (
            {
                "scansDone": True,
                "filesWithIssues": [{"path": "pytorch_model.bin", "level": "quarantined"}],
            },
            "unknown",
        ),
        (
            {
                "scansDone": True,
                "filesWithIssues": [{"path": "../../etc/passwd", "level": "unsafe"}],
            },
            "safe",  # a path no repo can hold is not a file of this repo
        ),
    ],
)
def test_hostile_scan_statuses_are_unknown_never_a_crash(
    fake_hub: FakeHub, tmp_path: Path, repo_status: object, expected: str
) -> None:
    sha = fake_hub.add_repo("acme/odd", files())
    fake_hub.set_security(
        "acme/odd", {"pytorch_model.bin": "not an object"}, repo_status=repo_status
    )
    model = audited(fake_hub, f"acme/odd@{sha}", tmp_path)
    assert model.verdict is not Verdict.ERROR
    assert model.artefacts is not None
    assert model.artefacts["scan_status"] == expected
    if expected == "unknown":  # no verdict the Hub gave can be read: the weights are unscanned
        unscanned = artefact_facts(model.artefacts)["artefacts.unscanned_files"]
        assert isinstance(unscanned, list)
        assert "pytorch_model.bin" in unscanned


def test_an_enormous_list_of_flagged_files_is_bounded(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/flood", files())
    issues = [{"path": f"shard-{n:05}.bin", "level": "suspicious"} for n in range(20_000)]
    issues.append({"path": "pytorch_model.bin", "level": "unsafe"})
    fake_hub.set_security(
        "acme/flood", {}, repo_status={"scansDone": True, "filesWithIssues": issues}
    )
    model = audited(fake_hub, f"acme/flood@{sha}", tmp_path)
    assert model.artefacts is not None
    reported = model.artefacts["files"]
    assert len(reported) == MAX_FLAGGED_FILES
    assert reported[0] == {"path": "pytorch_model.bin", "status": "unsafe", "detail": None}
    (cut,) = [f for f in found(model, "source-too-many-files") if "security scan" in f.message]
    assert "20,001 files with issues" in cut.message


def test_the_chat_template_digest_from_tokenizer_config(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/chat", files())
    model = audited(fake_hub, f"acme/chat@{sha}", tmp_path)
    assert model.artefacts is not None
    assert model.artefacts["chat_template_sha256"] == sha256(TEMPLATE)
    assert model.artefacts["chat_template_source"] == "tokenizer_config.json"
    assert model.artefacts["scanned_by"] == []  # this fake Hub sent no scan for the repo
    assert artefact_facts(model.artefacts)["artefacts.scan_status"] is None
    named = json.dumps({"chat_template": NAMED}, indent=4)  # spacing must not matter
    sha = fake_hub.add_repo("acme/named", files(**{"tokenizer_config.json": named}))
    model = audited(fake_hub, f"acme/named@{sha}", tmp_path)
    canonical = json.dumps(NAMED, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert model.artefacts is not None
    assert model.artefacts["chat_template_sha256"] == sha256(canonical)


def test_offline_keeps_the_cached_template_and_reads_no_scan(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo("acme/pickled", files())
    fake_hub.set_security("acme/pickled", {"pytorch_model.bin": UNSAFE_BIN})
    audited(fake_hub, f"acme/pickled@{sha}", tmp_path)  # caches the card and the config
    fake_hub.clear_requests()
    offline = audited(fake_hub, f"acme/pickled@{sha}", tmp_path, offline=True)
    assert fake_hub.requests == []
    assert offline.artefacts is not None
    assert offline.artefacts["chat_template_sha256"] == sha256(TEMPLATE)
    assert offline.artefacts["scanned_by"] == []  # no scan is not a finding
    assert not [f for f in offline.findings if f.rule.startswith("artefact-")]


def test_a_local_folder_has_a_template_digest_and_no_scan(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    for name, content in files().items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for policy in ("default", "strict"):
        (model,) = audit(
            [str(folder)], AuditOptions(policy=policy, deployment=SAAS, suggest_alternatives=False)
        ).models
        assert model.artefacts is not None
        assert model.artefacts["chat_template_sha256"] == sha256(TEMPLATE)
        facts = artefact_facts(model.artefacts)
        assert facts["artefacts.scan_status"] is None
        assert facts["artefacts.has_unsafe"] is False
        assert facts["artefacts.unscanned_files"] == []
        assert not [f for f in model.findings if f.rule.startswith("artefact-")]


def test_a_gguf_header_template_is_digested(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_string("general.license", "mit")
    writer.add_string("tokenizer.chat_template", TEMPLATE)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    (model,) = audit([str(path)], AuditOptions(suggest_alternatives=False)).models
    assert model.artefacts is not None
    assert model.artefacts["chat_template_sha256"] == sha256(TEMPLATE)
    assert model.artefacts["chat_template_source"] == "GGUF header tokenizer.chat_template"
