"""Definitions written as a quoted term and a colon ('"Licenziatario": la persona ...') state no
term when they define a party, or commercial use by its purpose (the grant's own passage says
what is allowed); a definition naming who the user is, or holding a restriction, stays for the
readers. Whoever passes copies on "attaches a copy of this licence" (Italian present tense) is a
credit duty. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

GRANT = (
    "Art. 2 - Garzetta Labs concede al Licenziatario il diritto di usare e modificare il "
    "Modello, anche per Uso Commerciale.\n"
)


@pytest.mark.parametrize(
    "definition",
    [
        '"Licenziatario": chiunque riceva il Modello, persona fisica o giuridica.',
        '"Uso Commerciale": qualsiasi utilizzo del Modello finalizzato a un profitto.',
        "«Uso Commerciale»: ogni uso diretto a ottenere un compenso economico.",
    ],
)
def test_a_colon_definition_of_a_party_or_of_commercial_purpose_states_no_term(
    definition: str,
) -> None:
    reading = read_foreign(f"Art. 1 - Definizioni\n  a) {definition}\n{GRANT}")
    assert not reading.unread
    assert reading.values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "definition",
    [
        # who the user is widens the ban: not the ordinary meaning of commercial use
        '"Uso Commerciale": ogni uso da parte di una società o di un\'impresa a scopo di lucro.',
        # a restriction in the body: no plain definition
        '"Modello": i pesi, utilizzabili esclusivamente per la ricerca.',
    ],
)
def test_a_colon_definition_that_says_more_stays_for_the_readers(definition: str) -> None:
    reading = read_foreign(f"Art. 1 - Definizioni\n  a) {definition}\n{GRANT}")
    assert reading.unread or reading.values.get("commercial_use") != "allowed"


def test_whoever_distributes_attaches_a_copy_of_this_licence_is_a_credit_duty() -> None:
    text = GRANT + "Art. 3 - Chi ridistribuisce il Modello include copia della presente licenza."
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True
    assert not reading.unread
