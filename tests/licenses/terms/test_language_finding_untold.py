"""An unread passage whose language no detector told is named "a language not identified" in
the finding, never "None" (session 38)."""

from __future__ import annotations

from auditor.licenses.terms.foreign_findings import language_finding
from auditor.licenses.text.language import Passage


def test_an_untold_passage_is_named_as_a_language_not_identified() -> None:
    untold = Passage("Chan fhaodar am modail a chleachdadh gu malairteach.", 4, None)
    message = language_finding("CEADACHD.md", (untold,)).message
    assert "a language not identified" in message and "None" not in message
    assert "the term rules do not read this language" in message


def test_twin_told_and_untold_passages_are_named_together() -> None:
    told = Passage("Die Nutzung ist nur mit Zustimmung erlaubt.", 3, "de")
    untold = Passage("Chan fhaodar am modail a chleachdadh gu malairteach.", 4, None)
    message = language_finding("LIZENZ.md", (told, untold)).message
    assert "German and a language not identified" in message
