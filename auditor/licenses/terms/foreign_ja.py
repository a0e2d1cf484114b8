"""Japanese clauses beyond commercial scope and caps: a credit to show or notices to keep, and
the licensor's right to change the terms (clause rules: license_db/clause_rules/ja.yaml).

`clause_reader` gives `foreign`'s passage reader the reader of a passage's language: Chinese
(`foreign_zh.read_clauses`), Japanese (here), the sanctions clauses of Spanish, French, German,
Portuguese and Italian (`foreign_territory`) with their credit duties, the credit duties of
Korean, Polish, Turkish, Vietnamese, Arabic, Russian, Indonesian and Dutch (`foreign_duties`),
or none."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.foreign_duties import CREDIT_LANGUAGES, read_credit
from auditor.licenses.terms.foreign_duties import is_disclaimer as is_disclaimer
from auditor.licenses.terms.foreign_territory import read_territory
from auditor.licenses.terms.foreign_zh import Clause, read_clauses

ClauseReader = Callable[[str, str], list[Clause]]
"""(the passage as matched, the passage as written) -> the clauses it states."""

_RULES = (
    ("attribution_required", "attribution_required/ja-attribution"),
    ("licensor_may_update_terms", "licensor_may_update_terms/ja-may-update"),
)


def read_ja_clauses(text: str, original: str) -> list[Clause]:
    """The terms one Japanese passage states beyond commercial scope and caps."""
    del original  # the Japanese clauses read no span of the passage as their value
    return [Clause(key, True) for key, rule in _RULES if clause_pattern(rule).search(text)]


def _credit(language: str, text: str, original: str) -> list[Clause]:
    del original
    return read_credit(language, text)


def _no_clauses(text: str, original: str) -> list[Clause]:
    return []


def _territory_and_credit(language: str, text: str, original: str) -> list[Clause]:
    return read_territory(text, original) + read_credit(language, text)


_TERRITORY_LANGUAGES = ("es", "fr", "de", "pt", "it")
_READERS: dict[str, ClauseReader] = {
    "zh": read_clauses, "ja": read_ja_clauses,
    **{code: partial(_credit, code) for code in CREDIT_LANGUAGES},
    **{code: partial(_territory_and_credit, code) for code in _TERRITORY_LANGUAGES},
}  # fmt: skip


def clause_reader(language: str | None) -> ClauseReader:
    """The clause reader of a passage's language (none reads nothing)."""
    return _READERS.get(language or "", _no_clauses)
