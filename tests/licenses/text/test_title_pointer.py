"""A pointer after a licence's name to the file holding its text is no part of its title
(session 20, held-out round): "Apache License, Version 2.0 (see LICENSE-APACHE)" names Apache
2.0, not a licence of its own built on it.

Texts written for this test in our own words. Counter-examples: a bracket that is no pointer
to a file ("see below for the copy") names nothing new, and a title that renames Apache with
words of its own stays a licence of its own, pointer or not.
"""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.title_shapes import find_title

_BODY = "\n\nThe weights in this folder are released under the licence named above.\n"
_RENAMED_BODY = (
    "\n\nKestrel Labs grants the rights of the Apache License, Version 2.0 to anyone, except "
    "companies with more than 500 employees.\n"
)


def _named(text: str) -> tuple[str | None, str | None, str | None]:
    match = identify_text(text, db=load_license_db()).match
    assert match is not None
    return match.id, match.method, match.derived_from


def test_a_pointer_to_the_licence_file_is_no_part_of_the_title() -> None:
    assert find_title("Apache License, Version 2.0 (see LICENSE-APACHE)" + _BODY) == (
        "Apache License, Version 2.0"
    )
    assert find_title("Apache License 2.0 (see the file LICENSE.txt)" + _BODY) == (
        "Apache License 2.0"
    )
    found = _named("Apache License, Version 2.0 (see LICENSE-APACHE)" + _BODY)
    assert found == ("Apache-2.0", "text-title-known", None)


def test_a_bracket_that_points_to_no_file_names_nothing_new() -> None:
    assert find_title("MIT License (see below for the copy)" + _BODY) is None


def test_a_title_renaming_apache_stays_a_licence_of_its_own() -> None:
    for title in ("Kestrel Apache License 2.0", "Kestrel Apache License 2.0 (see LICENSE-KESTREL)"):
        found = _named(title + _RENAMED_BODY)
        assert found[1] == "text-derived" and found[2] == "Apache-2.0", title
        assert found[0] is not None and found[0].startswith("LicenseRef-kestrel-apache"), title
