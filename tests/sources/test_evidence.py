"""Every source hands the readers one typed evidence list, gathered once at the end of the
source stage (sources/evidence.py, model/evidence.py): the declaration read, each license value
of the metadata with its line, the repo's license documents and the card's prose documents.

The card and texts are written for these tests; expectations come from what they say.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import gguf
import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.model import FrontMatterState, ParsedCard, SourceKind, SourceSnapshot, Target
from auditor.model.evidence import EvidenceItem, EvidenceKind, declaration
from auditor.pipeline.analyse import analyse
from auditor.sources.base import parse_target
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from auditor.sources.local import read_card_snapshot, read_gguf_snapshot, read_local_snapshot
from auditor.sources.registry import source_for
from tests.fakehub import FakeHub

CARD = """---
license: apache-2.0
licence: cc-by-nc-4.0
extra_gated_prompt: You agree to use the Quill weights for research only.
---
# Quill

A small model for tests.

<details>
<summary>More</summary>
Commercial use of the Quill weights requires a separate license from Quill Labs.
</details>

## License

The Quill weights are released under the Apache License 2.0.
"""
LICENSE = """Quill Model License

Quill Labs grants you the right to run and modify the Quill weights. You may not offer them
as a paid service.
"""


def _kinds(items: tuple[EvidenceItem, ...]) -> list[tuple[EvidenceKind, str | None]]:
    return [(item.kind, item.path) for item in items]


def _gathered(snapshot: SourceSnapshot) -> tuple[EvidenceItem, ...]:
    assert snapshot.evidence is not None, "the source stage left the evidence ungathered"
    return snapshot.evidence


def test_a_folder_hands_every_piece_in_one_list(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(CARD, encoding="utf-8")
    (tmp_path / "LICENSE").write_text(LICENSE, encoding="utf-8")
    (tmp_path / "license.json").write_text(json.dumps({"license": "cc-by-nc-4.0"}))
    items = _gathered(read_local_snapshot(parse_target(str(tmp_path))))
    stated = items[0]
    assert stated.kind is EvidenceKind.DECLARATION
    assert stated.declared is not None and stated.declared.license == "apache-2.0"
    assert (stated.path, stated.line, stated.text) == ("README.md", 2, "license: apache-2.0")
    assert stated.misplaced is None  # the front matter declares: nothing read from elsewhere
    fields = [item for item in items if item.kind is EvidenceKind.METADATA_FIELD]
    assert [(f.line, f.text) for f in fields] == [
        (2, "license: apache-2.0"),
        (3, "licence: cc-by-nc-4.0"),
    ]
    assert [f.piece.source for f in fields if f.piece is not None] == ["declared", "key-variant"]
    files = {item.path: item.kind for item in items if item.document is not None}
    assert files["LICENSE"] is EvidenceKind.LICENSE_DOCUMENT
    structured = [path for path in files if path and path.startswith("license.json#")]
    assert structured and all(files[p] is EvidenceKind.STRUCTURED_METADATA for p in structured)
    assert files["README.md#license"] is EvidenceKind.CARD_SECTION
    assert files["README.md#hidden"] is EvidenceKind.HIDDEN_TEXT
    assert files["README.md#gating"] is EvidenceKind.GATING
    by_path = {item.path: item for item in items if item.document is not None}
    assert by_path["README.md#license"].line == 17  # the License section's sentence
    assert by_path["README.md#hidden"].line == 11  # the <details> block, its summary first
    assert by_path["README.md#gating"].line == 4
    order = [item.kind for item in items]
    assert order.index(EvidenceKind.LICENSE_DOCUMENT) < order.index(EvidenceKind.CARD_SECTION)
    assert analyse(read_local_snapshot(parse_target(str(tmp_path))), load_license_db()).findings


def test_a_card_file_and_a_gguf_file_are_gathered_too(tmp_path: Path) -> None:
    card = tmp_path / "README.md"
    card.write_text(CARD, encoding="utf-8")
    items = _gathered(read_card_snapshot(parse_target(str(card))))
    assert declaration(items).text == "license: apache-2.0"
    assert (EvidenceKind.CARD_SECTION, "README.md#license") in _kinds(items)
    writer = gguf.GGUFWriter(tmp_path / "quill.gguf", "llama")
    writer.add_license("mit")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.close()
    items = _gathered(read_gguf_snapshot(parse_target(str(tmp_path / "quill.gguf"))))
    stated = declaration(items)
    assert stated.declared is not None and stated.declared.license == "mit"
    assert (stated.path, stated.line) == ("GGUF header", None)
    (field,) = [item for item in items if item.kind is EvidenceKind.METADATA_FIELD]
    assert field.text == "general.license: mit" and field.path == "quill.gguf (GGUF header)"


def test_a_brought_source_is_gathered_and_analysis_refuses_a_bare_snapshot(
    tmp_path: Path,
) -> None:
    card = ParsedCard(
        metadata={"license": "mit"},
        body="# A model\n",
        body_line=4,
        state=FrontMatterState.OK,
        key_lines={"license": 2},
    )

    def bare(target: Target, hub: HubOptions) -> SourceSnapshot:
        return SourceSnapshot(target=target, card=card, card_path="README.md")

    target = parse_target(str(tmp_path))
    snapshot = source_for(SourceKind.LOCAL, {SourceKind.LOCAL: bare})(target, HubOptions())
    assert declaration(_gathered(snapshot)).text == "license: mit"
    assert pickle.loads(pickle.dumps(snapshot)) == snapshot  # worker processes get it whole
    with pytest.raises(ValueError, match="no evidence list"):
        analyse(bare(target, HubOptions()), load_license_db())


def test_the_hub_online_and_from_its_cache(fake_hub: FakeHub, tmp_path: Path) -> None:
    sha = fake_hub.add_repo("acme/quill", {"README.md": CARD, "LICENSE": LICENSE})
    target = parse_target(f"acme/quill@{sha}")
    online = _gathered(fetch_hub_snapshot(target, HubOptions(fake_hub.url, cache_dir=tmp_path)))
    offline_options = HubOptions(fake_hub.url, cache_dir=tmp_path, offline=True)
    offline = _gathered(fetch_hub_snapshot(target, offline_options))
    for items in (online, offline):
        assert declaration(items).text == "license: apache-2.0"
        assert (EvidenceKind.LICENSE_DOCUMENT, "LICENSE") in _kinds(items)
        assert (EvidenceKind.HIDDEN_TEXT, "README.md#hidden") in _kinds(items)
