"""Every license value a card's metadata states, with its line: duplicate keys, other cases of
`license`, the GGUF header beside a card; parents given as Hub links."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.model import SourceSnapshot
from auditor.sources.base import parse_target
from auditor.sources.card import declared_from_card, parent_ref, parse_card
from auditor.sources.declared import declared_pieces
from auditor.sources.local import read_local_snapshot
from tests.sources.test_local import write_gguf


def snapshot_of(card: str) -> SourceSnapshot:
    return SourceSnapshot(
        target=parse_target("org/name"), card=parse_card(card), card_path="README.md"
    )


def pieces(card: str) -> list[tuple[str, str, str, int | None, str]]:
    return [
        (p.key, p.role, p.value, p.evidence.line, p.source)
        for p in declared_pieces(snapshot_of(card))
    ]


def test_a_duplicate_license_key_keeps_the_hidden_value_and_its_line() -> None:
    card = parse_card("---\nlicense: cc-by-nc-4.0\nlicense: apache-2.0\n---\n# M\n")
    assert card.metadata["license"] == "apache-2.0"
    assert card.shadowed == (("license", 2, "cc-by-nc-4.0"),)
    assert pieces("---\nlicense: cc-by-nc-4.0\nlicense: apache-2.0\n---\n# M\n") == [
        ("license", "tag", "apache-2.0", 3, "declared"),
        ("license", "tag", "cc-by-nc-4.0", 2, "duplicate"),
    ]


def test_a_duplicate_key_in_broken_yaml_is_kept_by_recovery_too() -> None:
    card = parse_card("---\nlicense: cc-by-nc-4.0\nlicense: mit\nbad: [\n---\n# M\n")
    assert card.metadata["license"] == "mit"
    assert card.shadowed == (("license", 2, "cc-by-nc-4.0"),)


def test_three_duplicates_keep_every_hidden_value() -> None:
    card = parse_card("---\nlicense_name: a\nlicense_name: b\nlicense_name: c\n---\n")
    assert [value for _, _, value in card.shadowed] == ["a", "b"]


@pytest.mark.parametrize(
    ("key", "role"),
    [("License", "tag"), ("LICENSE", "tag"), ("License_Name", "name"), ("LICENSE_LINK", "link")],
)
def test_a_key_differing_from_license_only_in_case_is_a_piece(key: str, role: str) -> None:
    found = pieces(f"---\n{key}: cc-by-nc-4.0\nlicense: apache-2.0\n---\n# M\n")
    assert (key, role, "cc-by-nc-4.0", 2, "key-case") in found


def test_license_name_and_link_are_pieces_of_the_declaration() -> None:
    card = "---\nlicense: apache-2.0\nlicense_name: quill-nc\nlicense_link: LICENSE.md\n---\n"
    assert pieces(card) == [
        ("license", "tag", "apache-2.0", 2, "declared"),
        ("license_name", "name", "quill-nc", 3, "declared"),
        ("license_link", "link", "LICENSE.md", 4, "declared"),
    ]


def test_a_list_valued_license_gives_one_piece_per_item() -> None:
    card = "---\nlicense:\n- mit\n- cc-by-nc-4.0\n---\n"
    assert [(v, s) for _, _, v, _, s in pieces(card)] == [
        ("mit", "declared"),
        ("cc-by-nc-4.0", "declared"),
    ]


def test_gguf_header_beside_a_card_is_a_piece_naming_its_file(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# M\n")
    write_gguf(tmp_path / "m.gguf", general_license="cc-by-nc-4.0")
    found = declared_pieces(read_local_snapshot(parse_target(str(tmp_path))))
    gguf = [p for p in found if p.source == "gguf"]
    assert [(p.key, p.value) for p in gguf] == [("general.license", "cc-by-nc-4.0")]
    assert gguf[0].evidence.file == "m.gguf (GGUF header)"


def test_gguf_header_alone_is_the_declaration(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# A card without metadata\n")
    write_gguf(tmp_path / "m.gguf", general_license="mit")
    found = declared_pieces(read_local_snapshot(parse_target(str(tmp_path))))
    assert [(p.key, p.source) for p in found] == [("general.license", "declared")]


@pytest.mark.parametrize(
    "ref",
    [
        "hf.co/quill/base-7b",
        "https://hf.co/quill/base-7b",
        "https://huggingface.co/quill/base-7b",
        "http://huggingface.co/quill/base-7b/tree/main",
        "huggingface.co/quill/base-7b",
        "www.huggingface.co/quill/base-7b",
        "quill/base-7b",
    ],
)
def test_a_parent_given_as_a_hub_link_is_its_repo_id(ref: str) -> None:
    assert parent_ref(ref) == "quill/base-7b"
    declared = declared_from_card(parse_card(f"---\nbase_model: {ref}\n---\n"))
    assert [b.ref for b in declared.base_models] == ["quill/base-7b"]


@pytest.mark.parametrize(
    "ref", ["https://example.com/quill/base", "hf.co/datasets/quill/data", "local-name"]
)
def test_other_parent_spellings_are_kept_as_written(ref: str) -> None:
    assert parent_ref(ref) == ref


def test_a_hub_link_parent_keeps_the_relation_its_tag_gives() -> None:
    card = (
        "---\nbase_model: https://huggingface.co/quill/base-7b\n"
        "tags:\n- base_model:quantized:quill/base-7b\n---\n"
    )
    declared = declared_from_card(parse_card(card))
    assert declared.base_models[0].relation == "quantized"
