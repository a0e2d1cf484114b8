"""Rows of a use table saying "No" in other words than the ban lists use (session 22, held-out
round C): an "Allowed?" or "Permitted" column answering "No" to "Armed forces: operations,
logistics or targeting" bans military use, and to "reading staff chat to keep watch on
employees without their knowledge" bans surveillance. Rows answering "Yes" to the same uses
are no bans, and look-alike words (an army of bots, watching a run without interruption) are
not these uses. Texts written for this test in our own words.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _tags(text: str) -> list[str]:
    value = extract_terms(text)["use_restrictions"].value
    return list(value) if isinstance(value, list) else []


def _html(use: str, answer: str) -> str:
    return (
        "<!DOCTYPE html>\n<html><body>\n<h1>Where you may use Stint-7B</h1>\n<table>\n"
        "<tr><th>Area</th><th>Allowed?</th><th>Comment</th></tr>\n"
        "<tr><td>Shop and travel assistants</td><td>Yes</td><td>Credit us</td></tr>\n"
        f"<tr><td>{use}</td><td>{answer}</td><td></td></tr>\n</table>\n</body></html>\n"
    )


def _markdown(use: str, answer: str) -> str:
    return (
        "# Stint-7B acceptable use\n\n| Use | Permitted | Notes |\n|---|---|---|\n"
        "| Customer-facing assistants | Yes | |\n"
        f"| {use} | {answer} | |\n"
    )


@pytest.mark.parametrize("table", [_html, _markdown])
@pytest.mark.parametrize(
    ("use", "tag"),
    [
        ("Armed forces: operations, logistics, intelligence or targeting", "military"),
        ("Work for an army, navy or air force", "military"),
        ("Reading staff chat to keep watch on employees without their knowledge", "surveillance"),
        ("Observing tenants in their homes without their consent", "surveillance"),
    ],
)
def test_a_row_saying_no_bans_the_use_it_names(table: object, use: str, tag: str) -> None:
    assert callable(table)
    assert tag in _tags(table(use, "No"))
    assert tag not in _tags(table(use, "Yes"))


@pytest.mark.parametrize(
    "use",
    [
        "Running an army of test bots against your own service",
        "Watching long training runs without interruption",
    ],
)
def test_look_alike_words_are_not_these_uses(use: str) -> None:
    tags = _tags(_markdown(use, "No"))
    assert "military" not in tags and "surveillance" not in tags


@pytest.mark.parametrize(
    "use",
    [
        "Telling who a person is from their face or voice",
        "Working out who someone is from a photo of their face",
    ],
)
def test_a_row_saying_no_to_telling_who_someone_is_from_the_body_bans_biometrics(use: str) -> None:
    assert "biometric-identification" in _tags(_markdown(use, "No"))
    assert "biometric-identification" not in _tags(_markdown(use, "Yes"))
    assert "biometric-identification" not in _tags(
        _markdown("Telling who a person is talking to from the chat log", "No")
    )


_GRANT = (
    "# Wren licence\n\n1. Wren Labs grants you a royalty-free licence to use the weights, "
    "commercial use included, subject to section 2.\n\n## 2. Acceptable use\n\n"
)


@pytest.mark.parametrize("header", ["Status", "Licensed?", "Covered by this licence?", "OK?"])
@pytest.mark.parametrize(("yes", "no"), [("Yes", "No"), ("Allowed", "Not allowed")])
def test_a_yes_under_another_column_asking_whether_a_use_is_allowed_is_no_ban(
    header: str, yes: str, no: str
) -> None:
    table = (
        f"| Use | {header} |\n|---|---|\n"
        f"| Identifying people from images of their faces | {yes} |\n"
        f"| Military targeting | {no} |\n"
    )
    tags = _tags(_GRANT + table)
    assert "military" in tags and "biometric-identification" not in tags
