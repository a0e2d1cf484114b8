"""The ModelScope source against a loopback ModelScope (real HTTP): the model info, the card and
license files at one commit, pinned and offline, the Hugging Face origin followed, and every
hostile answer refused. Expectations come from the documented API and the license texts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor.api import AuditOptions, audit
from auditor.cli.main import app
from auditor.errors import SourceError, TargetError
from auditor.model import ModelResult, SourceKind, SourceSnapshot
from auditor.model.codec import render_json
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions
from auditor.sources.modelscope import fetch_modelscope_snapshot
from tests.fakehub import FakeHub
from tests.modelscopefake import FakeModelScope

# The retries these tests provoke pause 10 ms, not 1 s then 2 s (the pauses are checked at
# their real length in tests/sources/test_retry_pauses.py).
pytestmark = pytest.mark.usefixtures("quick_retries")

QWEN = "Qwen/Qwen2.5-7B-Instruct"
ORIGIN = "acme-ai/Wren-7B-Instruct"  # unknown to the known-models registry: lineage asks the Hub
TOKEN = "ms-secret-token-0123456789"
WEIGHTS = b"\x00" * 4096  # stands in for the weights: never asked for


@pytest.fixture
def hub_fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeModelScope]:
    monkeypatch.setenv("AUDITOR_MODELSCOPE_CACHE", str(tmp_path / "ms-cache"))
    monkeypatch.delenv("MODELSCOPE_API_TOKEN", raising=False)
    with FakeModelScope() as fake:
        monkeypatch.setenv("AUDITOR_MODELSCOPE_ENDPOINT", fake.url)
        yield fake


def text(corpus: Path, name: str) -> str:
    return (corpus / "licenses" / name).read_text(encoding="utf-8")


def options(tmp_path: Path, hf: str = "http://127.0.0.1:9", **kw: Any) -> HubOptions:
    # a Hugging Face Hub that is not there, unless a test serves one
    return HubOptions(endpoint=hf, cache_dir=tmp_path / "hf", **kw)


def snapshot(ref: str, tmp_path: Path, **kw: Any) -> SourceSnapshot:
    return fetch_modelscope_snapshot(parse_target(ref), options(tmp_path, **kw))


def scan(ref: str, tmp_path: Path, hf: str = "http://127.0.0.1:9") -> ModelResult:
    (model,) = audit([ref], AuditOptions(hub=options(tmp_path, hf), use_cache=False)).models
    return model


def card(front: str, body: str = "# A model\n") -> str:
    return f"---\n{front}---\n{body}"


# --- targets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "location", "revision"),
    [
        ("modelscope:Qwen/Qwen2.5-7B-Instruct", QWEN, None),
        ("modelscope:Qwen/Qwen2.5-7B-Instruct@v1.0.1", QWEN, "v1.0.1"),
        ("modelscope:qwen/Qwen-7B-Chat@" + "a" * 40, "qwen/Qwen-7B-Chat", "a" * 40),
        ("https://modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct", QWEN, None),
        ("https://www.modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct/files", QWEN, None),
        ("https://modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct/summary", QWEN, None),
        ("modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct/files?Revision=v2", QWEN, "v2"),
        ("modelscope:https://modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct", QWEN, None),
    ],
)
def test_the_target_forms_name_one_model(written: str, location: str, revision: str) -> None:
    target = parse_target(written)
    assert (target.kind, target.location, target.revision) == (
        SourceKind.MODELSCOPE,
        location,
        revision,
    )


@pytest.mark.parametrize(
    "written",
    [
        "modelscope:Qwen",
        "modelscope:Qwen/",
        "modelscope:Qwen/../x",
        "modelscope:Qwen/Qwen2.5@",
        "modelscope:Qwen/Qwen2.5@a b",
        "https://modelscope.cn/models/Qwen",
        "https://modelscope.cn/models/Qwen/Qwen2.5/resolve/master/x",
    ],
)
def test_a_malformed_target_is_a_clear_error(written: str) -> None:
    with pytest.raises(TargetError) as caught:
        parse_target(written)
    assert caught.value.code == "target-invalid"
    assert written.split("/")[0] in caught.value.message


# --- the evidence, and what the audit makes of it -------------------------------------------


def test_a_qwen_model_mirrored_on_modelscope_is_judged_by_its_license_file(
    hub_fake: FakeModelScope, tmp_path: Path, corpus: Path
) -> None:
    qianwen = text(corpus, "qwen-tongyi-qianwen.txt")
    files: dict[str, str | bytes] = {
        "README.md": card("license: other\ntasks:\n- text-generation\nframeworks:\n- pytorch\n"),
        "LICENSE": qianwen,
        "model-00001-of-00002.safetensors": WEIGHTS,
        "configuration.json": '{"framework": "pytorch", "task": "text-generation"}',
    }
    commit = hub_fake.add_model("qwen/Qwen-7B-Chat", files, license="Tongyi Qianwen")
    model = scan("modelscope:qwen/Qwen-7B-Chat", tmp_path)
    assert model.license is not None
    assert model.license.id == "LicenseRef-qwen-tongyi-qianwen"
    assert model.source is not None
    assert (model.source.kind, model.source.resolved_sha) == (SourceKind.MODELSCOPE, commit)
    (license_file,) = model.license_files
    assert (license_file.path, license_file.identified_as) == (
        "LICENSE",
        "LicenseRef-qwen-tongyi-qianwen",
    )
    asked = [s.query for s in hub_fake.seen("/repo$")]
    assert not any("safetensors" in q for q in asked)  # the weights are never asked for
    assert all(f"Revision={commit}" in q for q in asked)  # read at the commit, not the branch


def test_the_license_field_is_the_declaration_and_a_different_file_is_a_mismatch(
    hub_fake: FakeModelScope, tmp_path: Path, corpus: Path
) -> None:
    files = {
        "README.md": card("tasks:\n- chat\n"),
        "LICENSE": text(corpus, "qwen-tongyi-qianwen.txt"),
    }
    hub_fake.add_model("acme/Wren-7B", files, license="Apache License 2.0")
    model = scan("modelscope:acme/Wren-7B", tmp_path)
    assert model.declared.origin == "ModelScope model info"
    assert model.declared.license == "Apache License 2.0"
    (finding,) = [f for f in model.findings if f.rule == "license-declared-vs-file"]
    assert "LICENSE" in finding.message
    assert [e.file for e in finding.evidence] == ["ModelScope model info"]
    assert "license-not-declared" not in {f.rule for f in model.findings}


def test_a_license_field_beside_another_card_license_is_a_conflict_quoting_both(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n")}, license="GPL-3.0")
    model = scan("modelscope:acme/Wren-7B", tmp_path)
    (conflict,) = [f for f in model.findings if f.rule == "license-declared-conflict"]
    assert [e.file for e in conflict.evidence] == ["README.md", "ModelScope model info"]
    assert conflict.evidence[1].text == "License: GPL-3.0"
    assert model.declared.origin != "ModelScope model info"  # the card's declaration is read


def test_without_a_readme_file_the_info_s_readme_content_is_the_card(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    extra = {"ReadMeContent": card("license: mit\n")}
    hub_fake.add_model("acme/Wren-7B", {"weights.bin": WEIGHTS}, extra=extra)
    found = snapshot("modelscope:acme/Wren-7B", tmp_path)
    assert found.card is not None and found.card.metadata["license"] == "mit"
    assert found.provenance["card"].endswith("(ReadMeContent)")
    assert not hub_fake.seen("/repo$")  # nothing else to read, never the weights


# --- revisions, pinning, the cache ------------------------------------------------------------


def test_a_tag_is_pinned_to_the_commit_the_hub_names(
    hub_fake: FakeModelScope, tmp_path: Path, corpus: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n")})
    tagged = hub_fake.add_revision(
        "acme/Wren-7B",
        "v1.0",
        {"README.md": card("license: apache-2.0\n"), "LICENSE": text(corpus, "apache-2.0.txt")},
        tag=True,
    )
    found = snapshot("modelscope:acme/Wren-7B@v1.0", tmp_path)
    assert (found.revision, found.resolved_sha) == ("v1.0", tagged)
    assert [f.path for f in found.license_files] == ["LICENSE"]
    assert all(f"Revision={tagged}" in s.query for s in hub_fake.seen("/repo"))


def test_a_commit_is_read_as_it_is_and_again_without_a_request(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    commit = hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n")})
    first = snapshot(f"modelscope:acme/Wren-7B@{commit}", tmp_path)
    assert first.resolved_sha == commit
    assert not hub_fake.seen("/revisions")  # a commit needs no list of revisions
    before = len(hub_fake.seen())
    again = snapshot(f"modelscope:acme/Wren-7B@{commit}", tmp_path)
    assert again.card is not None and again.card.metadata["license"] == "mit"
    assert len(hub_fake.seen()) == before  # pinned and cached: no request at all


def test_a_branch_the_hub_names_no_commit_for_stays_unpinned(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n")}, commit_ids=False)
    found = snapshot("modelscope:acme/Wren-7B", tmp_path)
    assert (found.revision, found.resolved_sha) == ("master", None)
    assert all("Revision=master" in s.query for s in hub_fake.seen("/repo"))


def test_a_revision_the_model_does_not_have_is_a_clear_error(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n")})
    with pytest.raises(TargetError) as caught:
        snapshot("modelscope:acme/Wren-7B@v9", tmp_path)
    assert caught.value.code == "source-revision-not-found"
    assert "master" in (caught.value.hint or "")
    with pytest.raises(TargetError) as unknown:
        snapshot("modelscope:acme/Wren-7B@" + "b" * 40, tmp_path)
    assert unknown.value.code == "source-revision-not-found"


def test_offline_a_branch_is_read_as_last_cached_and_says_so(
    hub_fake: FakeModelScope, tmp_path: Path, corpus: Path
) -> None:
    files = {"README.md": card("license: apache-2.0\n"), "LICENSE": text(corpus, "apache-2.0.txt")}
    commit = hub_fake.add_model("acme/Wren-7B", files)
    snapshot("modelscope:acme/Wren-7B", tmp_path)
    before = len(hub_fake.seen())
    offline = snapshot("modelscope:acme/Wren-7B", tmp_path, offline=True)
    assert len(hub_fake.seen()) == before
    assert offline.resolved_sha == commit
    assert [f.path for f in offline.license_files if f.text] == ["LICENSE"]
    (note,) = [f for f in offline.findings if f.rule == "source-offline-cache"]
    assert commit in note.message and "may have moved" in note.message


def test_offline_an_uncached_model_is_a_clear_error(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    with pytest.raises(TargetError) as caught:
        snapshot("modelscope:acme/Never-Read", tmp_path, offline=True)
    assert caught.value.code == "source-not-cached"
    assert not hub_fake.seen()


# --- the Hugging Face origin --------------------------------------------------------------------


def test_the_hugging_face_origin_is_a_parent_and_a_different_text_is_reported(
    hub_fake: FakeModelScope, fake_hub: FakeHub, tmp_path: Path, corpus: Path
) -> None:
    apache = text(corpus, "apache-2.0.txt")
    fake_hub.add_repo(
        ORIGIN, {"README.md": "---\nlicense: apache-2.0\n---\n# Qwen\n", "LICENSE": apache}
    )
    cut = apache[: apache.index("7. Disclaimer of Warranty")]  # the rest left out
    body = f"# Qwen2.5-7B-Instruct\n\nMirrored from https://huggingface.co/{ORIGIN}.\n"
    files = {"README.md": card("license: apache-2.0\n", body), "LICENSE": cut}
    hub_fake.add_model(ORIGIN, files, license="Apache License 2.0")
    model = scan(f"modelscope:{ORIGIN}", tmp_path, hf=fake_hub.url)
    assert [(s.ref, s.method) for s in model.stated_parents] == [(ORIGIN, "modelfile")]
    (step,) = [s for s in model.lineage if s["ref"] == ORIGIN]
    assert step["resolved_by"] == "hub"
    (finding,) = [f for f in model.findings if f.rule == "license-differs-from-origin"]
    assert "license file LICENSE" in finding.message and ORIGIN in finding.message
    ours, theirs = finding.evidence
    assert ours.file == "LICENSE" and ours.text.endswith("(end of text)")
    assert theirs.file == f"hf:{ORIGIN}/LICENSE"
    assert "Disclaimer of Warranty" in theirs.text


def test_the_origin_s_own_text_is_no_finding(
    hub_fake: FakeModelScope, fake_hub: FakeHub, tmp_path: Path, corpus: Path
) -> None:
    apache = text(corpus, "apache-2.0.txt")
    fake_hub.add_repo(QWEN, {"README.md": "---\nlicense: apache-2.0\n---\n", "LICENSE": apache})
    front = f"license: apache-2.0\nlicense_link: https://huggingface.co/{QWEN}/blob/main/LICENSE\n"
    hub_fake.add_model(QWEN, {"README.md": card(front), "LICENSE": apache})
    model = scan(f"modelscope:{QWEN}", tmp_path, hf=fake_hub.url)
    assert "license-differs-from-origin" not in {f.rule for f in model.findings}
    assert [s.ref for s in model.stated_parents] == [QWEN]


# --- refusals and hostile answers ------------------------------------------------------------


def test_a_private_model_needs_the_token_and_the_token_is_never_shown(
    hub_fake: FakeModelScope, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub_fake.add_model("acme/Secret", {"README.md": card("license: mit\n")}, private=True)
    hub_fake.require_token(TOKEN)
    with pytest.raises(TargetError) as caught:
        snapshot("modelscope:acme/Secret", tmp_path)
    assert caught.value.code == "source-gated-no-access"
    assert "MODELSCOPE_API_TOKEN" in (caught.value.hint or "")
    monkeypatch.setenv("MODELSCOPE_API_TOKEN", TOKEN)
    refused = len(hub_fake.seen())
    model = scan("modelscope:acme/Secret", tmp_path)
    assert model.license is not None and model.license.id == "MIT"
    sent = hub_fake.seen()[refused:]
    assert sent and all(s.cookie == f"m_session_id={TOKEN}" for s in sent)
    assert TOKEN not in render_json(
        audit(["modelscope:acme/Secret"], AuditOptions(hub=options(tmp_path), use_cache=False))
    )


def test_a_missing_model_is_a_clear_error(hub_fake: FakeModelScope, tmp_path: Path) -> None:
    with pytest.raises(TargetError) as caught:
        snapshot("modelscope:acme/Nothing", tmp_path)
    assert caught.value.code == "source-repo-not-found"
    assert "acme/Nothing" in caught.value.message


def test_a_refusing_envelope_is_a_refusal_whatever_the_status(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n")})
    hub_fake.rewrite("info", lambda doc: {**doc, "Code": 10010205, "Message": "model not exist"})
    with pytest.raises(TargetError) as caught:
        snapshot("modelscope:acme/Wren-7B", tmp_path)
    assert caught.value.code == "source-repo-not-found"
    assert "model not exist" in caught.value.message


def test_a_file_whose_bytes_are_not_the_listed_sha256_is_refused(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n"), "LICENSE": "MIT"})
    hub_fake.corrupt("acme/Wren-7B", "LICENSE", b"BSD")  # the listed size, other bytes
    with pytest.raises(SourceError) as caught:
        snapshot("modelscope:acme/Wren-7B", tmp_path)
    assert caught.value.code == "source-digest-mismatch"
    assert "LICENSE" in caught.value.message


def test_a_huge_license_file_is_refused_before_any_byte_is_asked(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    big = "x" * 5000
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n"), "LICENSE": big})
    found = snapshot("modelscope:acme/Wren-7B", tmp_path, max_file_bytes=1000)
    (file,) = found.license_files
    assert file.text is None and file.size == 5000
    assert "license-file-too-large" in {f.rule for f in found.findings}
    assert not [s for s in hub_fake.seen("/repo$") if "FilePath=LICENSE" in s.query]


def test_a_file_answered_longer_than_listed_is_not_read(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n"), "LICENSE": "MIT"})
    hub_fake.flood("acme/Wren-7B", "LICENSE", 10_000_000)
    found = snapshot("modelscope:acme/Wren-7B", tmp_path)
    (file,) = found.license_files
    assert file.text is None and "more than the 3 bytes it listed" in (file.skipped or "")
    assert found.incomplete is not None


def test_files_follow_a_redirect_to_another_host_without_the_token(
    hub_fake: FakeModelScope, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    files = {"README.md": card("license: apache-2.0\n"), "LICENSE": text(corpus, "apache-2.0.txt")}
    hub_fake.add_model("acme/Wren-7B", files)
    hub_fake.redirect_files()
    monkeypatch.setenv("MODELSCOPE_API_TOKEN", TOKEN)
    found = snapshot("modelscope:acme/Wren-7B", tmp_path)
    assert [f.path for f in found.license_files if f.text] == ["LICENSE"]
    elsewhere = hub_fake.seen("^/cdn/")
    assert elsewhere and all(s.host.startswith("localhost:") for s in elsewhere)
    assert all(s.cookie is None and s.authorization is None for s in elsewhere)


def test_missing_fields_are_told_or_tolerated(hub_fake: FakeModelScope, tmp_path: Path) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n"), "LICENSE": "MIT"})

    def unsized(doc: dict[str, object]) -> dict[str, object]:
        data = doc["Data"]
        assert isinstance(data, dict)
        for entry in data["Files"]:
            entry.pop("Sha256", None)
            entry.pop("Size", None)
        return doc

    hub_fake.rewrite("files", unsized)
    found = snapshot("modelscope:acme/Wren-7B", tmp_path)  # read, bounded by the cap alone
    assert [f.text for f in found.license_files] == ["MIT"]
    hub_fake.add_model("acme/Unlisted", {"README.md": card("license: mit\n")})
    hub_fake.rewrite("files", lambda doc: {**doc, "Data": {}})
    with pytest.raises(SourceError) as caught:
        snapshot("modelscope:acme/Unlisted", tmp_path)
    assert caught.value.code == "source-http-error" and "Files" in caught.value.message
    hub_fake.add_model("acme/Bare", {"README.md": card("license: mit\n")})
    hub_fake.rewrite("info", lambda doc: {"Data": doc["Data"]})
    with pytest.raises(SourceError) as envelope:
        snapshot("modelscope:acme/Bare", tmp_path)
    assert "envelope" in envelope.value.message


def test_a_listed_path_that_leaves_the_repo_is_ignored_and_said(
    hub_fake: FakeModelScope, tmp_path: Path
) -> None:
    hub_fake.add_model("acme/Wren-7B", {"README.md": card("license: mit\n"), "LICENSE": "MIT"})

    def escaping(doc: dict[str, Any]) -> dict[str, Any]:
        doc["Data"]["Files"].append({"Path": "../LICENSE", "Type": "blob", "Size": 3})
        return doc

    hub_fake.rewrite("files", escaping)
    found = snapshot("modelscope:acme/Wren-7B", tmp_path)
    assert "source-unsafe-path" in {f.rule for f in found.findings}
    assert "../LICENSE" not in found.files
    assert not [s for s in hub_fake.seen("/repo$") if "FilePath=..%2FLICENSE" in s.query]


def test_a_hub_that_is_not_there_is_unreachable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDITOR_MODELSCOPE_CACHE", str(tmp_path / "ms-cache"))
    monkeypatch.setenv("AUDITOR_MODELSCOPE_ENDPOINT", "http://127.0.0.1:9")
    with pytest.raises(SourceError) as caught:
        snapshot("modelscope:acme/Wren-7B", tmp_path)
    assert caught.value.code == "source-unreachable"
    assert "ModelScope" in caught.value.message


# --- the command line ---------------------------------------------------------------------------


def test_scan_reads_a_modelscope_model_from_the_command_line(
    hub_fake: FakeModelScope, corpus: Path
) -> None:
    files = {"README.md": card("license: apache-2.0\n"), "LICENSE": text(corpus, "apache-2.0.txt")}
    hub_fake.add_model("acme/Wren-7B", files, license="Apache License 2.0")
    result = CliRunner().invoke(
        app,
        ["scan", "modelscope:acme/Wren-7B", "--format", "json", "--endpoint", "http://127.0.0.1:9"],
    )
    assert result.exit_code == 0, result.output
    assert '"kind": "modelscope"' in result.stdout
    assert '"identified_as": "Apache-2.0"' in result.stdout
