"""`auditor identify` judges a file's terms as an audit does (licenses/files.py)."""

from __future__ import annotations

from pathlib import Path

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.files import identify_file

ADDED = "ADDITIONAL TERM. You may not deploy the Work inside any vehicle sold to consumers.\n"


def test_an_added_restriction_no_detector_reads_is_not_commercial_use_allowed(
    tmp_path: Path, corpus: Path
) -> None:
    text = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    plain = tmp_path / "plain" / "LICENSE"
    plain.parent.mkdir()
    plain.write_text(text, encoding="utf-8")
    changed = tmp_path / "changed" / "LICENSE"
    changed.parent.mkdir()
    changed.write_text(text + "\n\n" + ADDED, encoding="utf-8")
    db = load_license_db()

    standard = identify_file(plain, threshold=0.9, db=db)
    assert standard.license is not None and standard.license.id == "Apache-2.0"
    assert standard.terms["commercial_use"] == "allowed"

    modified = identify_file(changed, threshold=0.9, db=db)
    # a license of its own built on Apache-2.0, never Apache-2.0 (issue 32)
    assert modified.license is not None and modified.license.method == "text-with-added-terms"
    assert modified.license.derived_from == "Apache-2.0"
    assert modified.terms["commercial_use"] == "restricted"
    assert any("vehicle" in quote for quote in modified.differences)
    # the change is located on its line of the file, for the report and the audit's evidence
    added_line = len((text + "\n\n").splitlines()) + 1
    assert [
        line
        for line, quote in zip(modified.difference_lines, modified.differences, strict=True)
        if "vehicle" in quote
    ] == [added_line]
