"""A parent shared by many models of a run is fetched and analysed once, whatever the threads."""

from __future__ import annotations

from pathlib import Path

from auditor.api import AuditOptions, audit_manifest
from auditor.sources.hub import HubOptions
from tests.fakehub import FakeHub

PARENT = "quill-labs/quill-base-7b"  # in no registry or snapshot: lineage must ask the Hub


def test_twenty_fine_tunes_of_one_parent_ask_the_hub_for_it_once(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo(
        PARENT,
        {"README.md": "---\nlicense: cc-by-nc-4.0\n---\n# Quill base\n", "LICENSE": "terms\n"},
    )
    fake_hub.latency = 0.05  # every request waits: the threads overlap on the parent
    lines = ["version: 1", "models:"]
    for i in range(20):
        card = f"---\nlicense: apache-2.0\nbase_model: {PARENT}\n---\n# fine-tune {i}\n"
        sha = fake_hub.add_repo(f"quill-users/tune-{i:02d}", {"README.md": card})
        lines.append(f"  - quill-users/tune-{i:02d}@{sha}")
    manifest = tmp_path / "models.yaml"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = AuditOptions(
        hub=HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "hf"),
        cache_dir=tmp_path / "analysis",
    )
    result = audit_manifest(manifest, options)
    asked = fake_hub.requests_matching(rf"^/api/models/{PARENT}(/revision/[^/?]+)?(\?|$)")
    assert len(asked) == 1, asked
    for model in result.models:  # each child's lineage reached the parent and its license
        assert model.effective_license is not None
        assert model.effective_license.hf == "cc-by-nc-4.0", model.ref
        assert any(f.rule == "license-lineage-mismatch" for f in model.findings), model.ref
