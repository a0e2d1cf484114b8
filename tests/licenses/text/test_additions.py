"""A clause added to a known license text is a change wherever it stands (before the title,
between sections, after the last section): the text is text-modified with the clause quoted,
and the clause's terms reach the model's terms. Innocuous prefaces are still tolerated.

The license texts are read from the corpus at test time; every clause is our own wording.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import ACCEPT_THRESHOLD, identify_text
from auditor.model import LicenseFile

_STEMS = ("mit", "apache-2.0", "gemma-terms", "creativeml-openrail-m", "deepseek-model")
_PLACES = ("before-title", "after-title", "middle", "end")

# clause -> (term key that must be read, value check)
_CLAUSES: dict[str, tuple[str, str]] = {
    "Any firm with yearly sales above 3 million euros needs a separate agreement with the "
    "publisher before it runs these files.": ("revenue_threshold", "revenue"),
    "Services with more than 40,000 daily users require prior written consent from the "
    "publisher.": ("user_threshold", "dau"),
    "These files may be used for personal projects only.": ("use_scope", "personal"),
    "This release may only be run as part of the Wren Canvas application.": (
        "use_scope",
        "with-product-only",
    ),
    "Use in live production environments is not permitted.": ("use_scope", "non-production"),
}

_INNOCUOUS_PREFACES = (
    "# Kestrel-7B model card\n\nThis model is licensed under the following terms:\n\n",
    "The license text is reproduced below.\n\nSee https://example.org/kestrel for the card.\n\n",
)


def _paragraphs(text: str) -> list[str]:
    return re.split(r"\n\s*\n", text.strip())


def _with_clause(text: str, clause: str, place: str) -> str:
    paragraphs = _paragraphs(text)
    where = {
        "before-title": 0,
        "after-title": 1,
        "middle": len(paragraphs) // 2,
        "end": len(paragraphs),
    }[place]
    paragraphs.insert(where, clause)
    return "\n\n".join(paragraphs) + "\n"


def _read(corpus: Path, stem: str) -> str:
    return (corpus / "licenses" / f"{stem}.txt").read_text(encoding="utf-8")


def _model_values(text: str) -> dict[str, object]:
    db = load_license_db()
    identity = identify_text(text, db=db)
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    return dict(terms_for_model([(file, identity)], identity.match, db).values)


@pytest.mark.parametrize("stem", _STEMS)
@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize("clause", list(_CLAUSES))
def test_an_added_clause_is_a_quoted_change(
    corpus: Path, stem: str, place: str, clause: str
) -> None:
    text = _with_clause(_read(corpus, stem), clause, place)
    result = identify_text(text)
    assert result.match is not None
    assert result.match.method not in ("text-exact", "text-similar")
    assert result.match.confidence < ACCEPT_THRESHOLD
    assert any(clause[:40] in difference for difference in result.differences), result.differences
    # located: each quoted change is on the line it names (the title, if any, has no line)
    lines = text.splitlines()
    assert len(result.difference_lines) == len(result.differences)
    for line, difference in zip(result.difference_lines, result.differences, strict=True):
        if line is not None:
            assert difference.split()[0] in lines[line - 1], (line, difference)
    (where,) = [
        n
        for n, d in zip(result.difference_lines, result.differences, strict=True)
        if clause[:40] in d
    ]
    assert where is not None and clause[:40] in lines[where - 1]


@pytest.mark.parametrize("stem", ["mit", "apache-2.0", "gemma-terms"])
@pytest.mark.parametrize("place", ["before-title", "middle", "end"])
@pytest.mark.parametrize("clause", list(_CLAUSES))
def test_the_added_clause_reaches_the_terms(
    corpus: Path, stem: str, place: str, clause: str
) -> None:
    key, expected = _CLAUSES[clause]
    values = _model_values(_with_clause(_read(corpus, stem), clause, place))
    value = values[key]
    if key == "use_scope":
        assert expected in value  # type: ignore[operator]
    elif key == "user_threshold":
        assert isinstance(value, dict) and value["unit"] == expected
    else:
        assert isinstance(value, dict) and value["measure"] == expected
    assert values["commercial_use"] in ("restricted", "prohibited")


@pytest.mark.parametrize("stem", _STEMS)
@pytest.mark.parametrize("preface", _INNOCUOUS_PREFACES)
def test_an_innocuous_preface_is_tolerated(corpus: Path, stem: str, preface: str) -> None:
    result = identify_text(preface + _read(corpus, stem))
    assert result.match is not None
    assert result.match.method in ("text-exact", "text-similar"), result.differences
    assert result.differences == ()


@pytest.mark.parametrize("place", ["before-title", "end"])
def test_an_unread_added_restriction_fails_closed(corpus: Path, place: str) -> None:
    # a restriction no term detector reads: the model's commercial use is never the parent's
    # "allowed", and the clause is the evidence to review
    clause = "You must not connect these files to any system that talks to customers."
    values = _model_values(_with_clause(_read(corpus, "mit"), clause, place))
    assert values["commercial_use"] == "restricted"


def test_an_added_harmless_sentence_keeps_the_parents_terms(corpus: Path) -> None:
    clause = "You must keep this notice with every copy you make, in any format you like."
    text = _with_clause(_read(corpus, "mit"), clause, "end")
    assert identify_text(text).match.method == "text-modified"  # type: ignore[union-attr]
    assert _model_values(text)["commercial_use"] == "allowed"
