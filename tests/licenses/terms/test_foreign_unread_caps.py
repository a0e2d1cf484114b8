"""A further licence asked past a size whose figure no reader read (an annex, a figure in a
local format): the licence is the cap's (`separate-license-above-threshold`, the policy's
commercial-cap-unread), not a condition of every commercial use. Twin: a further licence asked
of every commercial use stays a condition of it. Sentences are our own."""

from __future__ import annotations

from auditor.licenses.terms.foreign import read_foreign

_GRANT = (
    "§ 1. Die Lizenzgeberin räumt jedermann ein unentgeltliches Nutzungsrecht am Modell ein,"
    " auch im Rahmen eines Gewerbebetriebs.\n\n"
)


def test_a_further_licence_past_an_unread_size_is_the_caps() -> None:
    text = _GRANT + (
        "§ 2. Lizenznehmer, deren Jahresumsatz den in Anlage B genannten Schwellenwert"
        " übersteigt, dürfen das Modell nur auf Grund eines gesondert abzuschließenden"
        " Lizenzvertrags verwerten.\n"
    )
    values = read_foreign(text).values
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]
    assert "revenue_threshold" not in values


def test_a_further_licence_for_every_commercial_use_stays_a_condition() -> None:
    text = (
        "§ 1. Die Nutzung des Modells ist frei.\n\n"
        "§ 2. Jede gewerbliche Nutzung bedarf eines gesondert abzuschließenden"
        " Lizenzvertrags mit der Lizenzgeberin.\n"
    )
    conditions = read_foreign(text).values.get("commercial_use_conditions")
    assert isinstance(conditions, list) and conditions
    assert "separate-license-above-threshold" not in conditions
