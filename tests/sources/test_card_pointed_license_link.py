"""The card's `license_link` metadata names the model's terms most directly: a listed document
it names by a relative path is read as a license document whatever its file name (`OROI.md`,
`docs/umovy.md`); a URL names no listed file, and a license-named file is read anyway. Texts
written for these tests."""

from __future__ import annotations

from auditor.model import ParsedCard
from auditor.model.core import FrontMatterState
from auditor.sources.card_pointed import card_pointers

LISTED = ["README.md", "OROI.md", "docs/umovy.md", "LICENSE", "config.json", "NOTES.md"]


def _card(link: str | None, body: str = "# M\n\nA model.\n") -> ParsedCard:
    metadata = {"license": "other"} | ({"license_link": link} if link is not None else {})
    return ParsedCard(
        metadata=metadata,
        body=body,
        body_line=5,
        state=FrontMatterState.OK,
        key_lines={"license": 2, "license_link": 3},
    )


def _present(link: str | None) -> list[tuple[str, int]]:
    present, _ = card_pointers(_card(link), LISTED, set())
    return [(p.path, p.line) for p in present]


def test_license_link_names_a_document_off_the_name_list() -> None:
    assert _present("OROI.md") == [("OROI.md", 3)]
    assert _present("./docs/umovy.md") == [("docs/umovy.md", 3)]


def test_license_link_as_a_url_or_absent_names_no_listed_file() -> None:
    assert _present("https://example.com/legal/OROI.md") == []
    assert _present("https://huggingface.co/x/y/blob/main/NOTES.md") == []
    assert _present(None) == []


def test_license_link_to_a_license_named_file_is_left_to_the_name_list() -> None:
    assert _present("LICENSE") == []  # read as a license file already


def test_license_link_to_a_missing_document_is_reported_missing() -> None:
    _, missing = card_pointers(_card("KETENTUAN.md"), LISTED, set())
    assert [m.path for m in missing] == ["KETENTUAN.md"]
