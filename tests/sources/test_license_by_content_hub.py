"""Issue 31 through the loopback fake Hub: candidates are chosen from the listing (names and
sizes), only small files are downloaded, a safetensors file only for its header (HTTP Range),
identical license copies once, and what is left unread is named.

Texts are written for these tests; expectations come from what each document says.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

from auditor.api import AuditOptions, audit
from auditor.model import ModelResult, Verdict
from auditor.model.deployment import Deployment
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from tests.fakehub import Failure, FakeHub

CARD = "---\nlicense: apache-2.0\n---\n# Quill\n\nA small model.\n"
AGREEMENT = """# Quill Model Agreement

Quill Labs grants you a non-transferable right to run the weights for non-commercial research
purposes. You shall not use them in a service offered for a fee or hosted for third parties.
"""
POINTER = "Licensed under the Apache License, Version 2.0.\n"
SAAS = Deployment(
    organization={"name": "Acme", "domicile": "DE"},
    fields={"mau": 1000, "regions": ["EU"], "use_cases": ["chatbot"], "distribution": "saas"},
)


def safetensors(metadata: dict[str, str], padding: int = 0) -> bytes:
    header = {
        "__metadata__": metadata,
        **{f"t{n}": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]} for n in range(padding)},
    }
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + b"\x00" * 4096


def hub_options(hub: FakeHub, tmp_path: Path) -> HubOptions:
    return HubOptions(endpoint=hub.url, cache_dir=tmp_path / "hf")


def audited(hub: FakeHub, ref: str, tmp_path: Path, policy: str = "default") -> ModelResult:
    options = AuditOptions(
        hub=hub_options(hub, tmp_path),
        policy=policy,
        deployment=SAAS,
        cache_dir=tmp_path / f"analysis-{policy}",
        suggest_alternatives=False,
    )
    (model,) = audit([ref], options).models
    return model


def test_terms_found_by_content_and_weights_never_downloaded(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    sha = fake_hub.add_repo(
        "acme/quill",
        {
            "README.md": CARD,
            "MODEL_AGREEMENT.md": AGREEMENT,
            "USAGE.md": "# Usage\n\nLoad the weights and generate text.\n",
            "config.json": '{"model_type": "llama"}',
            "tokenizer.json": '{"model": {"vocab": {}}}',
            "model.safetensors": safetensors({"format": "pt", "modelspec.license": "cc-by-nc-4.0"}),
            "pytorch_model.bin": b"\x00" * 8192,
        },
    )
    snapshot = fetch_hub_snapshot(
        parse_target(f"acme/quill@{sha}"), hub_options(fake_hub, tmp_path)
    )
    paths = {f.path for f in snapshot.license_files}
    assert paths == {"MODEL_AGREEMENT.md", "model.safetensors#__metadata__.modelspec.license"}
    fetched = fake_hub.requests_matching(r"/resolve/", "GET")
    # (config.json, small, is read for the parent it may name: lineage, not terms)
    assert not [p for p in fetched if p.endswith(("tokenizer.json", ".bin"))]
    ranges = [h.get("range") for m, p, h in fake_hub.requests if p.endswith(".safetensors")]
    assert ranges == ["bytes=0-65535"]  # the header only, in one request
    model = audited(fake_hub, f"acme/quill@{sha}", tmp_path)
    assert model.verdict is Verdict.FAIL


def test_a_long_safetensors_header_takes_a_second_bounded_request(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    data = safetensors({"license": "cc-by-nc-4.0"}, padding=2000)  # a header over 64 KiB
    sha = fake_hub.add_repo("acme/long", {"README.md": CARD, "model.safetensors": data})
    snapshot = fetch_hub_snapshot(parse_target(f"acme/long@{sha}"), hub_options(fake_hub, tmp_path))
    assert [f.path for f in snapshot.license_files] == ["model.safetensors#__metadata__.license"]
    (length,) = struct.unpack("<Q", data[:8])
    ranges = [h.get("range") for m, p, h in fake_hub.requests if p.endswith(".safetensors")]
    assert ranges == ["bytes=0-65535", f"bytes=0-{8 + length - 1}"]


def test_three_thousand_copies_are_one_download_and_the_odd_file_is_read(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    files: dict[str, str | bytes] = {f"shards/s{n:04d}/LICENSE": POINTER for n in range(3000)}
    files.update({"README.md": CARD, "zz/extra/LICENSE-WEIGHTS.md": AGREEMENT})
    sha = fake_hub.add_repo("acme/copies", files)
    ref = f"acme/copies@{sha}"
    snapshot = fetch_hub_snapshot(parse_target(ref), hub_options(fake_hub, tmp_path))
    read = [f.path for f in snapshot.license_files if f.text is not None]
    assert read == ["shards/s0000/LICENSE", "zz/extra/LICENSE-WEIGHTS.md"]
    assert len(fake_hub.requests_matching(r"/resolve/.*LICENSE", "GET")) == 2
    assert not [f for f in snapshot.findings if f.rule == "source-too-many-files"]
    assert audited(fake_hub, ref, tmp_path).verdict is Verdict.FAIL


def test_too_many_distinct_files_are_named_and_block_under_strict(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    files: dict[str, str | bytes] = {
        f"shards/s{n:02d}/LICENSE": f"Shard {n:02d}. {POINTER}" for n in range(40)
    }
    files.update({"README.md": CARD, "zz/extra/LICENSE-WEIGHTS.md": AGREEMENT})
    ref = f"acme/many@{fake_hub.add_repo('acme/many', files)}"
    default = audited(fake_hub, ref, tmp_path)
    (finding,) = [f for f in default.findings if f.rule == "source-too-many-files"]
    assert "41 distinct license-like files are listed; only 32 were read" in finding.message
    assert "not read: shards/s32/LICENSE, shards/s33/LICENSE" in finding.message
    assert "and 4 more" in finding.message
    assert default.verdict is Verdict.WARN
    assert audited(fake_hub, ref, tmp_path, "strict").verdict is Verdict.FAIL


def test_unreadable_and_missing_documents_are_said_without_downloading_them(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    card = CARD + "\nThe weights' terms are in LICENSE-MODEL; see the LICENSE file for the code.\n"
    png = bytes.fromhex("89504e470d0a1a0a") + b"\x00" * 64
    sha = fake_hub.add_repo("acme/unread", {"README.md": card, "LICENSE.png": png})
    ref = f"acme/unread@{sha}"
    snapshot = fetch_hub_snapshot(parse_target(ref), hub_options(fake_hub, tmp_path))
    unread = sorted(f.message for f in snapshot.findings if f.rule == "license-document-unread")
    assert unread[0].startswith("LICENSE-MODEL: README.md points to it for the license terms")
    assert unread[1].startswith("LICENSE.png: it is an image (.png), not text")
    assert len(unread) == 2  # LICENSE.png stands for "the LICENSE file"
    assert not fake_hub.requests_matching(r"/resolve/.*\.png", "GET")
    assert audited(fake_hub, ref, tmp_path).verdict is Verdict.WARN
    assert audited(fake_hub, ref, tmp_path, "strict").verdict is Verdict.FAIL


def test_a_candidate_that_cannot_be_downloaded_does_not_end_the_audit(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    files: dict[str, str | bytes] = {"README.md": CARD, "NOTES.md": "# Notes\n\nNothing.\n"}
    files["LICENSE"] = "Quill License\nYou may use the model for any purpose, commercial too.\n"
    sha = fake_hub.add_repo("acme/flaky", files)
    fake_hub.inject(r"/resolve/[0-9a-f]{40}/NOTES\.md", Failure(status=404, times=None))
    snapshot = fetch_hub_snapshot(
        parse_target(f"acme/flaky@{sha}"), hub_options(fake_hub, tmp_path)
    )
    assert snapshot.incomplete is None
    assert [f.path for f in snapshot.license_files] == ["LICENSE"]
    (said,) = [f for f in snapshot.findings if f.rule == "source-file-unavailable"]
    assert said.message.startswith("1 file that may state license terms could not be")
    assert "NOTES.md" in said.message


def test_offline_reads_the_cached_files_the_same_way(fake_hub: FakeHub, tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {"README.md": CARD, "MODEL_AGREEMENT.md": AGREEMENT}
    files["license.json"] = '{"license": "cc-by-nc-4.0"}'
    ref = f"acme/cached@{fake_hub.add_repo('acme/cached', files)}"
    online = fetch_hub_snapshot(parse_target(ref), hub_options(fake_hub, tmp_path))
    offline_options = HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "hf", offline=True)
    offline = fetch_hub_snapshot(parse_target(ref), offline_options)
    expected = ["MODEL_AGREEMENT.md", "license.json#license"]
    assert sorted(f.path for f in online.license_files) == expected
    assert sorted(f.path for f in offline.license_files) == expected
