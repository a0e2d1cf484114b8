"""Session 40 (round U, helper wb): whole passages read by `foreign_clauses_s40wb`, the Persian
words withholding a grant (`foreign_domiciles_west`) and Gujarati affiliates counted in a cap.
Each shape with a paraphrase read the same and a twin differing in one fact read otherwise."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign_caps import cap_counts
from auditor.licenses.terms.foreign_clauses_s40wb import read_clause_s40wb
from auditor.licenses.terms.foreign_cues_gu_kn_s37s import GU
from auditor.licenses.terms.foreign_domiciles_west import withheld_domiciles_west
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

ALLOWED = [Clause("commercial_use", "allowed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # zu: commercial use named among the rights given, free of charge
        ("I-Ubhubesi AI ikunika ilungelo lokusebenzisa nokukopisha imodeli, kuhlanganise "
         "nezentengiselwano, mahhala.", ALLOWED),
        ("I-Ubhubesi AI ikunika ilungelo lokusebenzisa imodeli, kuhlanganise nezentengiselwano, "
         "uma nje unemvume.", None),  # twin: "if you have permission"
        # ht: any reason, making money too
        ("Lakou AI ba ou dwa itilize modèl la pou nenpòt ki rezon, menm pou fè lajan, "
         "gratis.", ALLOWED),
        ("Lakou AI ba ou dwa itilize modèl la pou nenpòt ki rezon, menm pou fè lajan, "
         "sèlman avèk pèmisyon nou.", None),  # twin: only with permission
        # ht: the one condition, a credit
        ("Sèl kondisyon an: mete non \"Lakou AI\" nan paj kredi sit ou a.",
         [Clause("attribution_required", True)]),
        ("Sèl kondisyon an: mete non \"Lakou AI\" nan paj kredi a epi peye frè a.", None),
        # mi: commercial work included
        ("Ka whakaaetia e Tui Ltd te kaiwhiwhi ki te whakamahi i te tauira, tae atu ki ngā "
         "mahi arumoni, me te kore utu.", ALLOWED),
        ("Ka whakaaetia e Tui Ltd te kaiwhiwhi ki te whakamahi i te tauira, tae atu ki ngā "
         "mahi arumoni, mēnā ka utua te utu.", None),  # twin: "if the fee is paid"
        # ne: identifying people by face or biometrics banned
        ("कसैको अनुहार वा बायोमेट्रिक विशेषता हेरेर पहिचान गर्न यो मोडेल प्रयोग गर्न पाइँदैन।",
         [Clause("use_restrictions", ["biometric-identification"])]),
        ("अनुमति लिएर मात्र अनुहार हेरेर पहिचान गर्न यो मोडेल प्रयोग गर्न पाइने छैन।", None),
        # ne: the law
        ("यो सम्झौता नेपालको कानून अनुसार चल्नेछ।", [Clause("governing_law", "NP")]),
        # mr: internal work not commercial use; twin with "except"
        ("कंपनीने स्वतःच्या अंतर्गत कामासाठी केलेला वापर व्यावसायिक वापर मानला जात नाही.",
         [Clause("use_scope", ["internal-use-by-anyone"])]),
        ("विक्री वगळता अंतर्गत कामासाठी केलेला वापर व्यावसायिक वापर मानला जात नाही.", None),
        # mr: commercial use needs a separate licence; twin: needs none
        ("व्यावसायिक वापरासाठी वेगळा परवाना घ्यावा लागेल.",
         [Clause("commercial_use", "restricted"),
          Clause("commercial_use_conditions", ["separate-license"])]),
        ("व्यावसायिक वापरासाठी वेगळा परवाना घ्यावा लागेल असे नाही.", None),
        # mr: commercial use defined as offering to others; twin: any use for profit too
        ("\"व्यावसायिक वापर\" म्हणजे मॉडेल इतरांना विकणे किंवा सेवा म्हणून उपलब्ध करून देणे.",
         [Clause("use_scope", ["internal-use-by-anyone"])]),
        ("\"व्यावसायिक वापर\" म्हणजे नफा मिळवण्यासाठी कोणताही वापर किंवा इतरांना देणे.", None),
        # sw: companies only with written consent
        ("Kampuni za kibiashara zinaweza kuitumia pale tu zitakapopata idhini ya maandishi.",
         [Clause("commercial_use", "restricted"),
          Clause("commercial_use_conditions", ["written-permission"])]),
        # sw: NGOs and schools free; twin naming companies too
        ("Taasisi za elimu na mashirika yasiyo ya kiserikali yanaruhusiwa kutumia Modeli bure.",
         [Clause("use_scope", ["non-commercial-organizations"])]),
        ("Taasisi za elimu na kampuni yanaruhusiwa kutumia Modeli bure.", None),
        # he (card): decisions about credit or hiring banned, even reviewed
        ("אסור להשתמש במודל לקבלת החלטות על אשראי או תעסוקה של אדם.",
         [Clause("use_restrictions", ["automated-decision-making"])]),
        ("אסור להשתמש במודל לקבלת החלטות על אשראי, אלא אם קיבלת אישור בכתב.", None),
        ("האיסור חל גם כאשר אדם בודק את הפלט.",
         [Clause("use_restrictions", ["decisions-even-if-reviewed"])]),
        # es (annex): fully automated hiring decisions banned; twin with "salvo"
        ("Queda prohibido usar el Modelo para tomar decisiones completamente automatizadas sobre "
         "la selección de personal.", [Clause("use_restrictions", ["automated-decision-making"])]),
        ("Queda prohibido usar el Modelo para tomar decisiones completamente automatizadas sobre "
         "la selección de personal, salvo autorización.", None),
        ("Esta prohibición no se aplica cuando una persona revisa el caso y decide.", []),
        # ar: weights passed on banned; own app on users' devices allowed; twin with consent
        ("لا يجوز لك نشر أوزان النموذج لأي طرف آخر.",
         [Clause("use_scope", ["no-weight-redistribution"])]),
        ("لا يجوز لك نشر أوزان النموذج إلا بموافقة خطية منا.", None),
        ("يجوز لك أن تدمج الأوزان في تطبيقك لتعمل على أجهزة عملائك.",
         [Clause("use_scope", ["on-device-shipping"])]),
        ("يجوز لك أن تدمج الأوزان في تطبيقك لتعمل على أجهزة عملائك بشرط دفع رسوم.", None),
        # no term: notices kept, no warranty; twins holding a ban or "only"
        ("Model heç bir zəmanət olmadan təqdim olunur.", []),
        ("Model yalnız heç bir zəmanət olmadan təqdim olunur.", None),
        ("Модельді таратқанда лицензияның мәтіні қоса берілуі тиіс.", []),
        ("Модельді тек лицензияның мәтіні қоса берілуі тиіс.", None),
        ("gcina lesi saziso uma usabalalisa imodeli.", []),
        ("مدل بدون هیچ تضمینی ارائه می‌شود.", None),  # not a shape here
    ],
)  # fmt: skip
def test_shapes(text: str, expected: list[Clause] | None) -> None:
    assert read_clause_s40wb(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Engari, i Aotearoa anake tēnei whakaaetanga.", "NZ"),
        ("Kāore e whakaaetia te tuku ratonga ki waho o Ahitereiria.", "AU"),
    ],
)
def test_maori_within(text: str, code: str) -> None:
    clauses = read_clause_s40wb(text)
    assert clauses is not None
    assert clauses[0].key == "excluded_use_territories"
    assert clauses[0].value[0]["regions"] == [code]  # type: ignore[index]


def test_maori_within_twin_with_exception() -> None:
    # "except with the licensor's written permission": not read as confined only
    text = "Kāore e whakaaetia te whakamahi ki waho o Aotearoa, haunga te whakaaetanga ā-tuhi."
    assert read_clause_s40wb(text) is None


def _passage(text: str, language: str) -> Passage:
    return Passage(text=text, line=1, language=language, heading=False)


def test_persian_licensees_do_not_enjoy_rights() -> None:
    text = "شرکت‌هایی که مرکز اصلی آنها در ایران است از حقوق این مجوز برخوردار نمی‌شوند."
    found = withheld_domiciles_west([_passage(text, "fa")])
    assert next(iter(found.values()))[0].value[0]["regions"] == ["IR"]  # type: ignore[index]
    # twin: the place is only where the model is used, no one based there
    used = "استفاده در ایران از حقوق این مجوز برخوردار نمی‌شود."
    assert withheld_domiciles_west([_passage(used, "fa")]) == {}


def test_gujarati_affiliates_counted() -> None:
    both = "લાઇસન્સધારક અને તેની સંલગ્ન કંપનીઓના કુલ માસિક સક્રિય વપરાશકર્તાઓ"
    assert cap_counts(both, GU) == {"counts": "licensee-and-affiliates"}
    alone = "લાઇસન્સધારકના માસિક સક્રિય વપરાશકર્તાઓ, સંલગ્ન કંપનીઓ સિવાય"
    assert cap_counts(alone, GU) == {}
