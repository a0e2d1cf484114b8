"""The version a license's title names, never the day of a date it states (a title line run
together with "Last Updated: July 5, 2024" is no version 5 of the license)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.title_shapes import versions_in

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "licenses"


@pytest.mark.parametrize(
    ("title", "versions"),
    [
        ("STABILITY AI COMMUNITY LICENSE AGREEMENT Last Updated: July 5, 2024", set()),
        ("Gemma Terms of Use Last modified: February 21, 2024", set()),
        ("Kestrel Model License, 5 March 2025", set()),
        ("Kestrel Model License (2025-03-05)", set()),
        ("Llama 3.1 Community License, released July 23, 2024", {"3.1"}),
        ("Apache License Version 2.0, January 2004", {"2"}),
        ("Kestrel Model License v3, May 2024", {"3"}),
        ("Version 5, 5 March 2023", {"5"}),
        ("Qwen2.5 License", {"2.5"}),
    ],
)
def test_versions_in_a_title_leave_out_dates(title: str, versions: set[str]) -> None:
    assert versions_in(title) == versions


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_a_title_run_together_with_its_date_keeps_the_license() -> None:
    text = (CORPUS / "stability-community.txt").read_text("utf-8")
    first, _, rest = text.partition("\n")
    second, _, body = rest.lstrip("\n").partition("\n")
    joined = f"{first.strip()} {second.strip()}\n{body}"  # the head rewrapped into one line
    identity = identify_text(joined)
    assert identity.match is not None
    assert identity.match.id == "LicenseRef-stability-community", identity.reason
