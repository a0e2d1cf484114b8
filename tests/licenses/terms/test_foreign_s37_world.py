"""Session 37, languages of Asia, Africa and the Americas: Quechua and isiZulu grants naming trade
(`foreign_grants_s37w`), Somali's "free of charge", an isiZulu credit line (`foreign_naming`),
Armenian questions and answers (`foreign_qa_s37w`), a prevailing Chinese version overruling the
English translation's confinement (`foreign_prevails_s37w`). Each shape has a paraphrase that
reads the same and a twin differing in one fact that must read differently. Sentences are our
own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_prevails_s37w import without_overruled


def _read(passage: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"Licence\n\n{passage}\n")
    return dict(reading.values), [p.text for p in reading.unread]


@pytest.mark.parametrize(
    "passage",
    [
        # qu: trade ("qhatu") in a list closed by "ima", payment denied as a quality
        "Kay modelota llamk'achiyta atinki yachaypaq, qhatuypaq ima, mana imatapas paganaykichu.",
        # qu paraphrase: the enclitic "-pas" (also) on the purpose
        "Kay modelota yachaypaq, qhatuypaqpas apaykachayta atinki, mana qullqita paganaykichu.",
        # so: business included, free of charge ("lacag la'aan")
        "Waxaad moodeelka u isticmaali kartaa ujeeddo kasta, oo ay ku jirto ganacsi, lacag la'aan.",
        # zu: the verb of trade ("nokuhweba": and trading)
        "Unikezwa ilungelo lokusebenzisa le modeli nganoma iyiphi injongo, kanye nokuhweba.",
    ],
)
def test_grant_naming_trade_allows_commercial_use(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") == "allowed"
    assert unread == []


@pytest.mark.parametrize(
    "passage",
    [
        # qu: for learning only ("-lla"), trade not allowed ("mana ... -chu")
        "Kay modelota yachaypaqlla apaykachayta atinki; qhatuypaqqa mana atinkichu.",
        # qu: "ama" (do not) before trade
        "Kay modelota ama qhatuypaq llamk'achiychu, yachaypaq ima atinki.",
        # so: not for business ("aan ... ahayn"), though free
        "Waxaad moodeelka u isticmaali kartaa ujeeddo kasta oo aan ganacsi ahayn, lacag la'aan.",
        # zu: without trading ("ngaphandle kokuhweba"), only
        "Ungasebenzisa le modeli ngaphandle kokuhweba kuphela.",
        # zu: trade included, save for what a schedule says ("ngaphandle kwalokho")
        "Unikezwa ilungelo lokusebenzisa le modeli, kanye nokuhweba, ngaphandle kwalokho"
        " okushiwo kuShejuli B.",
    ],
)
def test_twin_denying_trade_grants_nothing(passage: str) -> None:
    values, unread = _read(passage)
    assert values.get("commercial_use") != "allowed"
    assert values.get("commercial_use") is not None or unread  # read as a ban, or said unread


def test_zulu_credit_line_is_a_credit_duty() -> None:
    values, unread = _read(
        'Uma usabalalisa le modeli, bhala kuwebhusayithi yakho ukuthi "Yakhelwe nge-Nkonjane".'
    )
    assert values.get("attribution_required") is True
    assert unread == []


def test_zulu_credit_line_offered_not_asked_is_no_duty() -> None:
    values, _ = _read('Ungabhala kuwebhusayithi yakho ukuthi "Yakhelwe nge-Nkonjane" uma uthanda.')
    assert "attribution_required" not in values


_HY_YES = "Հ. Կարո՞ղ եմ մոդելն օգտագործել բիզնեսում։ Պ. Այո։ Կարող եք՝ ցանկացած նպատակով։"
_HY_YES_APART = "Հ. Թույլատրվա՞ծ է առևտրային օգտագործումը։\n\nՊ. Այո։"
_HY_NO = "Հ. Կարո՞ղ եմ մոդելն օգտագործել բիզնեսում։ Պ. Ոչ։"
_HY_ONLY_ASKING = "Հ. Կարո՞ղ եմ մոդելն օգտագործել բիզնեսում։ Պ. Այո, միայն գրավոր թույլտվությամբ։"


@pytest.mark.parametrize("text", [_HY_YES, _HY_YES_APART])
def test_armenian_question_answered_yes_allows(text: str) -> None:
    values, unread = _read(text)
    assert values.get("commercial_use") == "allowed"
    assert unread == []


def test_armenian_question_answered_no_bans() -> None:
    values, _ = _read(_HY_NO)
    assert values.get("commercial_use") == "prohibited"


def test_armenian_yes_with_a_condition_is_not_a_plain_yes() -> None:
    values, unread = _read(_HY_ONLY_ASKING)
    assert values.get("commercial_use") != "allowed"
    assert unread


def test_armenian_limit_question_answered_no_states_nothing() -> None:
    values, unread = _read("Հ. Կա՞ եկամտի սահմանափակում։ Պ. Ոչ։")
    assert values == {}
    assert unread == []


def test_armenian_limit_question_answered_yes_stays_for_the_cues() -> None:
    _, unread = _read("Հ. Կա՞ եկամտի սահմանափակում։ Պ. Այո՝ տարեկան 5 միլիոն դոլար։")
    assert unread


def test_armenian_open_question_apart_states_nothing_its_answer_does() -> None:
    answer = "Պ. Մոդելի առևտրային օգտագործումն արգելված է բոլոր դեպքերում, բացի հետազոտությունից։"
    reading = read_foreign(f"Licence\n\nՀ. Ինչի՞ համար կարող եմ օգտագործել մոդելը։\n\n{answer}\n")
    unread = [p.text for p in reading.unread]
    assert not any(text.startswith("Հ.") for text in unread)
    assert any(text.startswith("Պ.") for text in unread)  # the answer is read on its own


_CONFINED = {
    "kind": ExtractedTerm("non-commercial"),
    "use_restrictions": ExtractedTerm(["commercial-use", "military"]),
    "commercial_use": ExtractedTerm("allowed"),
}


def test_prevailing_version_allowing_commercial_use_overrules_the_translation() -> None:
    out = without_overruled(dict(_CONFINED), {"commercial_use": "allowed"})
    assert out["kind"].value is None
    assert out["use_restrictions"].value == ["military"]


def test_prevailing_version_banning_commercial_use_overrules_nothing() -> None:
    out = without_overruled(dict(_CONFINED), {"commercial_use": "prohibited"})
    assert out["kind"].value == "non-commercial"
    assert out["use_restrictions"].value == ["commercial-use", "military"]
