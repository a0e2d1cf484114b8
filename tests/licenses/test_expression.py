"""License expressions are joined and read by license-expression, never by splitting strings."""

from __future__ import annotations

import pytest

from auditor.licenses.expression import (
    combine_expressions,
    expression_keys,
    is_choice,
    license_options,
    single_license_options,
    spdx_expression,
)


@pytest.mark.parametrize(
    ("parts", "operator", "expected"),
    [
        (["Apache-2.0"], "AND", "Apache-2.0"),
        (["Apache-2.0", "Apache-2.0"], "AND", "Apache-2.0"),
        (["LicenseRef-llama3", "Apache-2.0"], "AND", "LicenseRef-llama3 AND Apache-2.0"),
        # an OR inside an AND keeps its meaning: SPDX binds AND tighter than OR
        (["Apache-2.0 OR MIT", "LicenseRef-x"], "AND", "(Apache-2.0 OR MIT) AND LicenseRef-x"),
        (["A AND B", "C"], "AND", "A AND B AND C"),
        (["A AND B", "C"], "OR", "(A AND B) OR C"),
        (["A AND B", "B AND A"], "AND", "A AND B"),
    ],
)
def test_combine(parts: list[str], operator: str, expected: str) -> None:
    assert combine_expressions(parts, operator) == expected


def test_combine_keeps_a_part_that_is_no_expression_whole() -> None:
    joined = combine_expressions(["a (b", "MIT"])
    assert "a (b" in joined and "MIT" in joined


def test_combine_refuses_an_unknown_operator() -> None:
    with pytest.raises(ValueError, match="AND or OR"):
        combine_expressions(["A", "B"], "WITH")


def test_keys_in_order_each_once() -> None:
    assert expression_keys("(A OR B) AND C AND A") == ("A", "B", "C")
    assert expression_keys("LicenseRef-x WITH y-exception") == ("LicenseRef-x", "y-exception")
    assert expression_keys("") == ()


def test_keys_of_text_that_is_no_expression_are_its_words() -> None:
    assert expression_keys("LicenseRef-[y] AND z") == ("LicenseRef-[y]", "z")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apache-2.0", "Apache-2.0"),
        ("(Apache-2.0 OR MIT) AND LicenseRef-x", "(Apache-2.0 OR MIT) AND LicenseRef-x"),
        # results before lineage used license-expression joined AND units as flat text
        ("Apache-2.0 OR MIT AND LicenseRef-x", "(Apache-2.0 OR MIT) AND LicenseRef-x"),
    ],
)
def test_spdx_expression(text: str, expected: str) -> None:
    assert spdx_expression(text) == expected


def test_a_choice_is_an_or_anywhere() -> None:
    assert is_choice("(A OR B) AND C")
    assert not is_choice("A AND B")
    assert not is_choice("LicenseRef-ORACLE")


def test_remembered_answers_are_the_computed_ones() -> None:
    """The pure functions remember short texts; what they remember is what they compute, and a
    long text (a hostile tag) is computed each time, never kept."""
    import inspect

    from auditor.licenses import expression as ex

    texts = ["apache-2.0", "mit OR apache-2.0", "(a AND b) OR c", "gpl-2.0 WITH x", "not one ("]
    texts.append(" OR ".join(f"lic-{i}" for i in range(80)))  # longer than remembered
    for text in texts:
        for function in (ex.parse_expression, ex.expression_keys, ex.spdx_expression):
            first, again = function(text), function(text)
            assert first == again == inspect.unwrap(function)(text)
        assert ex.is_choice(text) == inspect.unwrap(ex.is_choice)(text)
    parts = [["mit", "apache-2.0"], ["a OR b", "c"], ["x y", "z"], list(texts[:3])]
    for group in parts:
        assert combine_expressions(group) == combine_expressions(group)
        assert combine_expressions(group, "OR") == ex._combined.__wrapped__(tuple(group), "OR")
    long_text = texts[-1]
    before = inspect.unwrap(ex.expression_keys)
    assert len(long_text) > ex._SHORT and before(long_text) == ex.expression_keys(long_text)


@pytest.mark.parametrize(
    ("text", "options", "expanded"),
    [
        ("MIT", [("MIT",)], True),
        ("Apache-2.0 OR MIT", [("Apache-2.0",), ("MIT",)], True),
        ("Apache-2.0 AND MIT", [("Apache-2.0", "MIT")], True),
        ("MIT OR MIT", [("MIT",)], True),
        # (A OR B) AND C: C binds whichever of A and B is chosen
        (
            "(CC-BY-NC-4.0 OR MIT) AND Apache-2.0",
            [("CC-BY-NC-4.0", "Apache-2.0"), ("MIT", "Apache-2.0")],
            True,
        ),
        (
            "((A OR B) AND (C OR D)) OR E",
            [("A", "C"), ("A", "D"), ("B", "C"), ("B", "D"), ("E",)],
            True,
        ),
        # 16 options: not expanded, every license binds (the conservative reading)
        (
            "(A OR B) AND (C OR D) AND (E OR F) AND (G OR H)",
            [("A", "B", "C", "D", "E", "F", "G", "H")],
            False,
        ),
    ],
)
def test_license_options_are_the_choices_an_expression_offers(
    text: str, options: list[tuple[str, ...]], expanded: bool
) -> None:
    offered = license_options(text)
    assert list(offered.options) == options
    assert offered.expanded is expanded
    assert offered.is_choice is (len(options) > 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("apache-2.0 OR mit", ("apache-2.0", "mit")),
        ("MIT OR Apache-2.0 OR BSD-3-Clause", ("MIT", "Apache-2.0", "BSD-3-Clause")),
        ("apache-2.0", ()),  # no choice
        ("apache-2.0 AND mit", ()),  # both bind: one option of two licenses
        ("(apache-2.0 AND mit) OR gpl-3.0", ()),  # an option joins two licenses
        ("", ()),
        (None, ()),
    ],
)
def test_single_license_options_are_a_choice_of_one_license_each(
    text: str | None, expected: tuple[str, ...]
) -> None:
    assert single_license_options(text) == expected
