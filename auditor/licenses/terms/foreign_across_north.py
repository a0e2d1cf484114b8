"""Clauses read across the passages of a text in German, Dutch, Polish, Russian, Ukrainian,
Swedish and Czech, for `terms.foreign`: a licence confined to a territory another passage
defines (`foreign_confined_north`), and licensees left out by where they are based, one passage
or a lead-in and its items (`foreign_domiciles_north`)."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.licenses.terms.foreign_confined_north import confined_across
from auditor.licenses.terms.foreign_domiciles_north import withheld_domiciles
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage


def read_across_north(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages read together, each with the clauses it states (maybe none: it is read
    with another)."""
    return confined_across(passages) | withheld_domiciles(passages)
