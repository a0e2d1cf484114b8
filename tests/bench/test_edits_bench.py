"""bench/measure/edits.py: every edited copy is its own text to the tool, so no memory of a
text already read and no exact-digest lookup can answer it by content.

The texts are written here, in our own words, shaped like licenses: a title, a copyright
line (or none), paragraphs of several sentences.
"""

from __future__ import annotations

from pathlib import Path

from auditor.licenses.text.normalize import normalize_text
from bench.measure.edits import EDIT_KINDS, edit_kind, edited_copy, write_edited_copies

TEXTS = {
    "grant": (
        "SAMPLE MODEL LICENSE\n\nCopyright (c) 2024 Example Holder\n\n"
        "Permission is granted to use the model for any purpose. You may copy it and share\n"
        "it with others. Each copy shall carry this notice.\n\n"
        "The model is provided as is. In no event shall the holder be liable for any claim.\n"
    ),
    "no-holder": (
        "RESEARCH TERMS\n\nYou may use the weights for research provided that you cite the\n"
        "paper. You may not use them in a product. These terms end if you break them.\n"
    ),
}


SENTENCE_PAIRS = [  # adjacent sentences of a paragraph of TEXTS["grant"], in their order
    ("Permission is granted", "You may copy"),
    ("You may copy", "Each copy shall"),
    ("The model is provided", "In no event"),
]


def test_every_copy_has_its_own_normalised_words_unlike_its_source() -> None:
    sources = {normalize_text(text) for text in TEXTS.values()}
    seen: set[str] = set()
    for number in range(48):
        text = list(TEXTS.values())[number % len(TEXTS)]
        words = normalize_text(edited_copy(text, number))
        assert words not in sources
        assert words not in seen
        seen.add(words)


def test_copies_are_deterministic_and_each_kind_edits_the_body() -> None:
    text = TEXTS["grant"]
    for number in range(len(EDIT_KINDS) * 2):
        copy = edited_copy(text, number)
        assert copy == edited_copy(text, number)
        body = copy.rsplit("bench-org/", 1)[0]  # the added line aside
        kind = edit_kind(number)
        if kind == "reordered":
            assert any(body.index(b) < body.index(a) for a, b in SENTENCE_PAIRS)
        elif kind == "reworded":
            assert "will" in body or "must not" in body or "as long as" in body
        elif kind == "rewrapped":
            assert "\r\n" in copy
        else:
            assert "  Permission is granted" in body


def test_a_text_without_a_copyright_line_gets_one_and_holders_vary() -> None:
    copies = [edited_copy(TEXTS["no-holder"], number) for number in range(7)]
    assert all(copy.lstrip().startswith("Copyright (c) ") for copy in copies)
    assert len({copy.splitlines()[0].strip() for copy in copies}) == 7
    replaced = edited_copy(TEXTS["grant"], 1)
    assert "Example Holder" not in replaced
    assert replaced.startswith("SAMPLE MODEL LICENSE")


def test_written_copies_name_their_source(tmp_path: Path) -> None:
    for stem, text in TEXTS.items():
        (tmp_path / f"{stem}.txt").write_text(text, "utf-8")
    paths = write_edited_copies(sorted(tmp_path.glob("*.txt")), 5, tmp_path / "out")
    assert [p.name for p in paths] == [
        "grant--00000.txt",
        "no-holder--00001.txt",
        "grant--00002.txt",
        "no-holder--00003.txt",
        "grant--00004.txt",
    ]
    assert len({p.read_bytes() for p in paths}) == 5
