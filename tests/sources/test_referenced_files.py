"""A document a license or terms file names as part of its terms is read beside it, whatever its
own name (sources/referenced_files.py): in a folder and from the Hub, bounded in count. The
texts are written for these tests; expectations come from what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.sources.base import is_license_like, parse_target
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from auditor.sources.local import read_local_snapshot
from auditor.sources.referenced_files import MAX_REFERENCED, referenced_paths
from tests.fakehub import FakeHub

TERMS = """# Wren Model Terms

1. Wren Labs grants you a licence to use and share the Wren models.
2. Your use must follow the Wren Banned Uses list (docs/BANNED.md), which is part of these terms.
"""
BANNED = """# Wren Banned Uses

You may not use Wren models for military purposes.
"""


@pytest.mark.parametrize(
    "name",
    ["PROHIBITED_USE.md", "prohibited-use-policy.txt", "USAGE_POLICY.md", "usage-policy.md"],
)
def test_use_policy_names_are_license_like(name: str) -> None:
    assert is_license_like(name)


@pytest.mark.parametrize("name", ["USAGE.md", "prohibited.txt", "policy_gradient.md"])
def test_other_names_are_not(name: str) -> None:
    assert not is_license_like(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TERMS, ["docs/BANNED.md"]),
        ("The banned uses are in BANNED.md.", ["docs/BANNED.md"]),  # its file name alone
        ("See RULES for what is banned.", ["RULES"]),  # a bare name, written in capitals
        ("These rules bind you.", []),  # a word of prose is no file name
        ("See docs/BANNED.mdx and README.md.", []),  # another file; the card is the card
        ("Weights: model.safetensors, config.json.", []),  # weights and data are never terms
    ],
)
def test_the_documents_a_text_names(text: str, expected: list[str]) -> None:
    listed = ["README.md", "TERMS.md", "docs/BANNED.md", "RULES", "rules", "model.safetensors"]
    listed.append("config.json")
    assert referenced_paths([text], listed, {"TERMS.md"}) == expected


def test_the_count_is_bounded() -> None:
    names = [f"PART_{n}.md" for n in range(MAX_REFERENCED + 3)]
    text = "The terms are in " + ", ".join(names) + "."
    assert referenced_paths([text], names, set()) == names[:MAX_REFERENCED]


def test_a_folder_reads_the_policy_its_terms_name(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "TERMS.md").write_text(TERMS, encoding="utf-8")
    (tmp_path / "docs" / "BANNED.md").write_text(BANNED, encoding="utf-8")
    (tmp_path / "docs" / "TRAINING.md").write_text("How we trained Wren.\n", encoding="utf-8")
    snapshot = read_local_snapshot(parse_target(str(tmp_path)))
    read = {f.path: f.text for f in snapshot.license_files}
    assert read.get("docs/BANNED.md") == BANNED
    assert "docs/TRAINING.md" not in read  # not named by the terms


def test_a_folder_without_the_named_file_reads_nothing_more(tmp_path: Path) -> None:
    (tmp_path / "TERMS.md").write_text(TERMS, encoding="utf-8")
    snapshot = read_local_snapshot(parse_target(str(tmp_path)))
    assert [f.path for f in snapshot.license_files] == ["TERMS.md"]


def test_the_hub_reads_the_policy_its_terms_name(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_repo(
        "wren/wren-1",
        {"README.md": "# Wren\n", "TERMS.md": TERMS, "docs/BANNED.md": BANNED},
    )
    target = parse_target("wren/wren-1")
    snapshot = fetch_hub_snapshot(target, HubOptions(fake_hub.url, cache_dir=tmp_path))
    read = {f.path: f.text for f in snapshot.license_files}
    assert read.get("docs/BANNED.md") == BANNED
