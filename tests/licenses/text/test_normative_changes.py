"""A changed word in a grant, ban, cap or condition is a modification, whatever the score; the
invisible and look-alike characters of `unicode_fold` change neither identity nor terms.

Standard texts are read from the shared corpus at test time (the `corpus` fixture)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.text.identify import identify_text


def _read(corpus: Path, name: str) -> str:
    return (corpus / "licenses" / f"{name}.txt").read_text("utf-8")


# A grant sentence of each standard text, and where a word goes into it.
_GRANTS = {
    "apache-2.0": ("worldwide, non-exclusive,", "worldwide, non-exclusive, non-commercial,"),
    "mit": ("the rights to use,", "the rights to use for non-commercial purposes only,"),
}


@pytest.mark.parametrize("name", sorted(_GRANTS))
def test_a_word_inserted_in_a_grant_is_a_quoted_modification(corpus: Path, name: str) -> None:
    old, new = _GRANTS[name]
    text = (
        re.sub(r"\s+", " ", _read(corpus, name))
        if old not in _read(corpus, name)
        else _read(corpus, name)
    )
    assert old in text
    changed = text.replace(old, new, 1)
    found = identify_text(changed)
    assert found.match is not None
    # a restriction inserted in the grant: a license of its own built on the standard one,
    # never the standard id (issue 32)
    assert found.match.method == "text-with-added-terms"
    assert found.match.derived_from is not None and found.match.id != found.match.derived_from
    assert found.match.confidence < 0.9
    assert any("non-commercial" in difference for difference in found.differences)
    terms = extract_terms(changed, path="LICENSE")
    assert terms["commercial_use"].value != "allowed"


def test_a_changed_number_in_a_rule_is_a_modification(corpus: Path) -> None:
    text = _read(corpus, "apache-2.0")
    changed = text.replace("Contributor", "Contributor", 1).replace(
        "worldwide, non-exclusive, no-charge", "worldwide, non-exclusive, two-year, no-charge", 1
    )
    if changed == text:
        changed = re.sub(r"\s+", " ", text).replace("perpetual,", "two-year,", 1)
    found = identify_text(changed)
    assert found.match is not None and found.match.method == "text-modified"


def test_a_changed_copyright_line_stays_exact(corpus: Path) -> None:
    found = identify_text("Copyright 2031 Quill Labs\n\n" + _read(corpus, "apache-2.0"))
    assert found.match is not None and found.match.method in {"text-exact", "text-similar"}


def _spoil_every_word(text: str, mark: str) -> str:
    return re.sub(r"(?<=[A-Za-z])(?=[A-Za-z]{2})", mark, text, count=0)


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\u2060", "\ufeff"])
@pytest.mark.parametrize("name", ["apache-2.0", "mit", "cc-by-nc-sa-4.0", "llama-3-community"])
def test_invisible_characters_change_nothing(corpus: Path, name: str, mark: str) -> None:
    text = _read(corpus, name)
    spoiled = _spoil_every_word(text, mark)
    plain, seen = identify_text(text), identify_text(spoiled)
    assert seen.match is not None and plain.match is not None
    assert (seen.match.id, seen.match.method) == (plain.match.id, plain.match.method)
    before, after = extract_terms(text, path="L"), extract_terms(spoiled, path="L")
    assert {k: v.value for k, v in after.items()} == {k: v.value for k, v in before.items()}
    assert [[e.line for e in v.evidence] for v in after.values()] == [
        [e.line for e in v.evidence] for v in before.values()
    ]


@pytest.mark.parametrize("name", ["apache-2.0", "mit", "cc-by-nc-sa-4.0"])
def test_look_alike_letters_change_nothing(corpus: Path, name: str) -> None:
    text = _read(corpus, name)
    spoiled = text.replace("o", "\u043e").replace("a", "\u0430").replace("e", "\u0435")
    plain, seen = identify_text(text), identify_text(spoiled)
    assert seen.match is not None and plain.match is not None
    assert (seen.match.id, seen.match.method) == (plain.match.id, plain.match.method)
    before, after = extract_terms(text, path="L"), extract_terms(spoiled, path="L")
    assert {k: v.value for k, v in after.items()} == {k: v.value for k, v in before.items()}


def test_fullwidth_and_hyphenated_words_are_read() -> None:
    text = (
        "Quill Model License\n\n1. You may use the Model.\n\n"
        "2. You may not use the Model for any ｃｏｍｍｅｒｃｉａｌ purpose or sell ac-\n"
        "cess to it.\n"
    )
    terms = extract_terms(text, path="quill.txt")
    assert terms["commercial_use"].value == "prohibited"
    assert terms["commercial_use"].evidence[0].line == 5
    assert "ｃｏｍｍｅｒｃｉａｌ" in terms["commercial_use"].evidence[0].text  # quoted as written


def test_a_compound_broken_at_its_hyphen_is_read_whole() -> None:
    text = "Quill Model License\n\nYou may use the Model for non-\ncommercial purposes only.\n"
    terms = extract_terms(text, path="quill.txt")
    assert terms["commercial_use"].value == "prohibited"
    assert terms["commercial_use"].evidence[0].line == 3


def test_a_licensor_named_in_a_rule_is_no_modification(corpus: Path) -> None:
    text = _read(corpus, "salesforce-blip-bsd-3-clause").replace("Salesforce.com", "Quill Labs")
    found = identify_text(text)
    assert found.match is not None and found.match.id == "BSD-3-Clause"
    assert found.match.method in {"text-exact", "text-similar"}


@pytest.mark.parametrize(
    "name", ["Quill Labs non-commercial users", "NON-COMMERCIAL Quill", "Quill Labs for 2 years"]
)
def test_a_name_with_a_term_word_is_a_modification(corpus: Path, name: str) -> None:
    text = _read(corpus, "salesforce-blip-bsd-3-clause").replace(
        "Salesforce.com nor", name + " nor"
    )
    found = identify_text(text)
    assert found.match is not None and found.match.method == "text-modified"


_MARKS = ("\u200b", "\u00ad", "\u2060", "\ufeff")
_GRANT_VERB = re.compile(
    r"\b(?:hereby\s+grants?|grants?\s+(?:to\s+)?you|is\s+hereby\s+granted)\b", re.I
)


def _corpus_names(corpus: Path) -> list[str]:
    return sorted(p.stem for p in (corpus / "licenses").glob("*.txt"))


def test_every_corpus_text_survives_invisible_and_look_alike_characters(corpus: Path) -> None:
    for number, name in enumerate(_corpus_names(corpus)):
        text = _read(corpus, name)
        mark = _MARKS[number % len(_MARKS)]
        spoiled = _spoil_every_word(text, mark).replace("o", "\u043e").replace("e", "\u0435")
        plain, seen = identify_text(text), identify_text(spoiled)
        assert plain.match is not None and seen.match is not None, name
        assert (seen.match.id, seen.match.method) == (plain.match.id, plain.match.method), name
        before, after = extract_terms(text, path="L"), extract_terms(spoiled, path="L")
        assert {k: v.value for k, v in after.items()} == {k: v.value for k, v in before.items()}, (
            name
        )


def test_non_commercial_in_any_corpus_grant_is_never_exact(corpus: Path) -> None:
    tried = 0
    for name in _corpus_names(corpus):
        text = _read(corpus, name)
        found = _GRANT_VERB.search(text)
        if found is None:
            continue
        tried += 1
        changed = text[: found.end()] + " a non-commercial right" + text[found.end() :]
        seen = identify_text(changed)
        assert seen.match is not None, name
        assert seen.match.method != "text-exact", name
        assert seen.match.method != "text-similar" or seen.match.confidence < 0.9, name
        assert (
            any("non-commercial" in d for d in seen.differences)
            or seen.match.id != (identify_text(text).match or seen.match).id
        ), name
    assert tried >= 10


def test_an_organisation_named_research_institute_is_a_name(corpus: Path) -> None:
    """`Research` before an organisation noun names a licensor; alone, or beside `only`, it
    still states a term."""
    text = _read(corpus, "salesforce-blip-bsd-3-clause")
    renamed = identify_text(text.replace("Salesforce.com", "Orchid Research Institute"))
    assert renamed.match is not None and renamed.match.method != "text-modified"
    scoped = text.replace(
        "Neither the name of Salesforce.com",
        "Use is permitted to Orchid Research Institute members only. Neither the name of Orchid",
    )
    assert identify_text(scoped).differences
