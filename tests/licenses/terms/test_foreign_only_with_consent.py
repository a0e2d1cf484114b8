"""Commercial use granted "only with" the licensor's consent, in the languages whose cues are
built from word tables (session 28; a false pass the eur fixer found: "tudi v komercialne
namene samo s soglasjem" read as commercial use allowed with no condition). Shape: the
commercial word, then "only" and a consent or licence word in the same clause: a condition.
The licensor's own name ("licencodajalec") is no further licence. Texts written for this test
in our own words; twins: the same grant without "only ... consent".
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "Licencodajalec dovoljuje uporabo uteži, tudi v komercialne namene, vendar samo s "
            "pisnim soglasjem licencodajalca.",
            "written-permission",
        ),
        (
            "Uteži lahko uporabljate tudi za komercialne namene, a le na podlagi ločene pogodbe.",
            None,  # a separate contract: restricted (which condition is a further question)
        ),
        (
            "Model môžete používať aj na komerčné účely, ale iba s písomným súhlasom "
            "poskytovateľa.",
            "written-permission",
        ),
    ],
)
def test_commercial_use_only_with_consent_is_a_condition(text: str, condition: str | None) -> None:
    values = read_foreign(text).values
    assert values.get("commercial_use") == "restricted", (text, values)
    conditions = values.get("commercial_use_conditions")
    assert condition is None or (isinstance(conditions, list) and condition in conditions), values


@pytest.mark.parametrize(
    "text",
    [
        "Licencodajalec dovoljuje uporabo uteži, tudi v komercialne namene.",
        "Model môžete používať aj na komerčné účely.",
    ],
)
def test_commercial_use_granted_without_a_condition_stays_allowed(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed", text
