"""A license's head rewrapped: its title run into the next line (a notice, the first sentence).

Copies of a license are often reflowed to another width, which puts the title and the words
under it on one line: `CLAY OpenRAIL-M LICENSE This OpenRAIL-M License is applicable`, `SDXL
0.9 RESEARCH LICENSE AGREEMENT Copyright (c) 2024 Acme`. Such a line is still the license's
own wording (or a notice, which names the holder, never the terms), not a name of its own.
Every corpus text is tried with its first two and three lines joined and wrapped again at
several widths, and with the first line's last word hyphenated across the line end; the
fictional tests below pin each rule alone.
"""

from __future__ import annotations

import textwrap

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.title_shapes import find_title
from auditor.licenses.text.titles import told_apart
from tests.licenses.text.test_identify import STEMS, corpus_text, owner

WIDTHS = (40, 50, 60, 64, 70, 72, 80, 100)
# Its title stands inside its copyright line ("Copyright (c) 2023 Stability AI CreativeML
# Open RAIL++-M License dated July 26, 2023"), which identification drops as a notice: once
# rewrapped, the line after the notice reads as a title of its own.
TITLE_IN_NOTICE = {"openrail-plus-plus-m"}


def rewrapped_heads(text: str) -> list[tuple[str, str]]:
    """(what was done, the text) for the first two and three lines joined, at each width."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:3]
    found = []
    for joined in (2, 3):
        first, last = filled[0], filled[joined - 1]
        head = " ".join(line.strip() for line in lines[first : last + 1] if line.strip())
        for width in WIDTHS:
            wrapped = textwrap.fill(head, width)
            for how, shown in (("", wrapped), (", hyphenated", _hyphenated(wrapped))):
                rewritten = "\n".join([*lines[:first], shown, *lines[last + 1 :]])
                found.append((f"{joined} lines at {width}{how}", rewritten))
    return found


def _hyphenated(wrapped: str) -> str:
    """The first line's last word split across the line end (`Agreem-` / `ent`), when it is
    a word of six letters or more ending in lower case (as a typesetter splits a syllable)."""
    first, _, rest = wrapped.partition("\n")
    head, _, word = first.rpartition(" ")
    if not rest or not (word.isalpha() and len(word) >= 6 and word[-3:].islower()):
        return wrapped
    return f"{head} {word[:-3]}-\n{word[-3:]} {rest}"


@pytest.mark.parametrize("stem", STEMS)
def test_a_rewrapped_head_is_still_the_license(stem: str) -> None:
    if stem in TITLE_IN_NOTICE:
        pytest.xfail("its title stands inside its copyright notice")
    want = owner(stem)
    wrong = []
    for done, text in rewrapped_heads(corpus_text(stem)):
        match = identify_text(text).match
        if match is None or match.id != want:
            wrong.append(f"{done}: {match and match.id} by {match and match.method}")
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "KESTREL MODEL LICENSE AGREEMENT Copyright (c) 2031 Heron Labs",
            "KESTREL MODEL LICENSE AGREEMENT",
        ),
        ("Kestrel Model License \u00a9 2031 Heron Labs Ltd.", "Kestrel Model License"),
        ("Kestrel Model License", "Kestrel Model License"),
        # the title ends with its own full stop (or a dash) before the notice
        ("Kestrel Open Licence. Copyright 2031 Heron Labs.", "Kestrel Open Licence"),
        ("Kestrel Open Licence \u2014 Copyright 2031 Heron Labs", "Kestrel Open Licence"),
    ],
)
def test_a_notice_run_into_a_title_is_not_part_of_it(line: str, title: str) -> None:
    assert find_title(f"{line}\n\nThe terms below apply to the Kestrel model.\n") == title


def test_a_title_word_only_the_matched_record_has_tells_a_sibling_apart() -> None:
    db = load_license_db()
    code, newer = db.records["LicenseRef-code-llama-aup"], db.records["LicenseRef-llama-3.2-aup"]
    assert told_apart("Llama Code Acceptable Use Policy", code, newer)
    assert not told_apart("Llama Acceptable Use Policy", code, newer)  # nothing tells them apart


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Kestrel Model License Agreem-\nent Version: 1.0", "Kestrel Model License Agreement"),
        ("KESTREL MODEL LICENSE Agreem-\nent", "KESTREL MODEL LICENSE Agreement"),
        ("Kestrel Model License\n\nVersion 2", "Kestrel Model License"),
    ],
)
def test_a_word_hyphenated_across_the_title_line_end_is_made_whole(head: str, title: str) -> None:
    assert find_title(f"{head}\n\nThe terms below apply to the Kestrel model.\n") == title
