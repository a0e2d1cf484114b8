"""Shapes read from round 36's second misses, each beside a twin in the other direction:
territorial clauses (use confined to named places or banned in them, licensees left out by
where they are based) in Icelandic, Luxembourgish, Macedonian, Arabic, Spanish, Ukrainian and
Kazakh; clauses binding a family's multimodal models only (Slovenian, Slovak, Hebrew, Swahili)
and commercial terms of its image models only (Estonian, Galician); caps (Maltese revenue,
weekly users, Latvian counting rule); research by anyone. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_daily_eur import read_daily_eur
from auditor.licenses.terms.foreign_research_anyone import read_research_by_anyone
from auditor.licenses.terms.model_scope import ModelFacts, scoped_out_text
from auditor.licenses.text.language import Passage


def _foreign(text: str) -> dict[str, object]:
    return dict(read_foreign(f"T\n\n{text}").values)


def _unread(text: str) -> tuple[Passage, ...]:
    return read_foreign(f"T\n\n{text}").unread


def _regions(values: dict[str, object], key: str) -> list[tuple[tuple[str, ...], bool, str]]:
    entries = values.get(key)
    assert isinstance(entries, list)
    return [
        (tuple(e["regions"]), bool(e.get("within")), str(e["models"]))
        for e in entries
        if isinstance(e, dict)
    ]


# --- territory -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # is: valid only in named places, then banned outside "these"
        (
            "Heimildin nær eingöngu til Íslands og Noregs. Utan þessara landa er óheimilt að"
            " nota líkanið.",
            ("IS", "NO"),
        ),
        # mk: valid only in North Macedonia, banned outside it
        (
            "Дозволата важи само во Северна Македонија; надвор од неа не смее да се нуди"
            " услуга со моделот.",
            ("MK",),
        ),
        # es: valid only in three named countries, banned outside those countries
        (
            "El permiso rige únicamente en la República Argentina, la República Oriental del"
            " Uruguay y la República del Paraguay. Queda prohibido operar el modelo fuera de"
            " esos tres países.",
            ("AR", "PY", "UY"),
        ),
    ],
)
def test_use_confined_to_named_places(text: str, regions: tuple[str, ...]) -> None:
    assert _regions(_foreign(text), "excluded_use_territories") == [(regions, True, "all")]


@pytest.mark.parametrize(
    "text",
    [
        "Heimildin gildir um allan heim, án takmarkana á landsvæði.",  # is: worldwide
        "Дозволата важи за користење во целиот свет.",  # mk: worldwide
    ],
)
def test_worldwide_confines_nothing_twin(text: str) -> None:
    assert "excluded_use_territories" not in _foreign(text)
    assert not _unread(text)


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # lb: banned in two named places
        ("D'Modell däerf weder a Russland nach a Wäissrussland bedriwwe ginn.", ("BY", "RU")),
        # ar: banned in two named places, whatever the licensee's seat
        (
            "يحظر تشغيل النموذج داخل الولايات المتحدة أو كندا أيا كان مقر المرخص له.",
            ("CA", "US"),
        ),
    ],
)
def test_use_banned_in_named_places(text: str, regions: tuple[str, ...]) -> None:
    assert _regions(_foreign(text), "excluded_use_territories") == [(regions, False, "all")]
    assert "excluded_licensee_domiciles" not in _foreign(text)


def test_use_banned_in_places_twin_is_a_domicile_when_someone_is_based_there() -> None:
    # ar: the same places, but the grant withheld from those whose seat is there
    text = "لا يمنح هذا الترخيص لمن يقع مقر أعماله في الولايات المتحدة."
    assert "excluded_use_territories" not in _foreign(text)
    assert _regions(_foreign(text), "excluded_licensee_domiciles") == [(("US",), False, "all")]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # uk: persons living there, companies with their principal place of business there
        (
            "Ліцензія не надає жодних прав особам, які мають основне місце діяльності в"
            " Республіці Білорусь.",
            ("BY",),
        ),
        # kk: rights not given to those whose residence is in the EU
        (
            "Бұл құқықтар тұрғылықты жері Еуропалық Одақта орналасқан тұлғаларға берілмейді.",
            ("EU",),
        ),
        # he: plural "are not given", the Union after a preposition
        (
            "הזכויות אינן ניתנות לתאגיד שמקום עסקיו העיקרי באיחוד האירופי.",
            ("EU",),
        ),
    ],
)
def test_licensees_left_out_by_domicile(text: str, regions: tuple[str, ...]) -> None:
    assert _regions(_foreign(text), "excluded_licensee_domiciles") == [(regions, False, "all")]


@pytest.mark.parametrize(
    "text",
    [
        # uk twin: a place of use named, nobody's domicile
        "Ліцензія поширюється на користувачів у будь-якій країні світу.",
        # kk twin: end users spared, no place withheld
        "Бұл шектеу соңғы пайдаланушыларға қолданылмайды.",
    ],
)
def test_no_domicile_twin(text: str) -> None:
    assert "excluded_licensee_domiciles" not in _foreign(text)


def test_end_user_proviso_in_kazakh_exempts_end_users() -> None:
    text = (
        "Құқықтар тұрғылықты жері Еуропалық Одақта орналасқан тұлғаларға берілмейді. Бұл"
        " шектеу соңғы пайдаланушыларға қолданылмайды."
    )
    values = _foreign(text)
    entries = values["excluded_licensee_domiciles"]
    assert isinstance(entries, list) and entries[0]["exempts"] == ["end-users"]


def test_governing_law_in_icelandic_and_its_twin() -> None:
    assert _foreign("Um samninginn gilda íslensk lög.").get("governing_law") == "IS"
    assert "governing_law" not in _foreign("Líkanið er gefið út á Íslandi.")


# --- multimodal models only ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # sl: the models taking pictures in; text-only models lifted
        "Za modele, ki kot vhod sprejemajo slike, se pravice ne podelijo osebam s sedežem v"
        " Evropski uniji. Za modele, ki sprejemajo samo besedilo, ta določba ne velja.",
        # sk: the multimodal models banned in the US; text-only models lifted
        "Multimodálne modely sa nesmú používať v Spojených štátoch amerických. Na modely,"
        " ktoré spracúvajú iba text, sa toto obmedzenie nevzťahuje.",
        # he: the multimodal models only
        "לגבי המודלים הרב-אופניים בלבד: הזכויות אינן ניתנות לתאגיד שמקום מושבו באיחוד האירופי.",
        # sw: the models taking pictures in; text models not concerned
        "Kifungu hiki kinahusu modeli zinazopokea picha: hairuhusiwi kuzitumia ndani ya Umoja"
        " wa Ulaya. Modeli za maandishi pekee hazihusiki.",
    ],
)
def test_clause_binds_multimodal_models_only(text: str) -> None:
    values = _foreign(text)
    key = next(
        k for k in ("excluded_use_territories", "excluded_licensee_domiciles") if k in values
    )
    assert {models for _, _, models in _regions(values, key)} == {"multimodal"}
    assert not _unread(text)


@pytest.mark.parametrize(
    "text",
    [
        # sk twin: every model of the family banned in the US
        "Modely rodiny sa nesmú používať v Spojených štátoch amerických.",
        # sw twin: every model banned in the EU
        "Hairuhusiwi kutumia modeli hizi ndani ya Umoja wa Ulaya.",
    ],
)
def test_clause_binds_every_model_twin(text: str) -> None:
    values = _foreign(text)
    assert {models for _, _, models in _regions(values, "excluded_use_territories")} == {"all"}


_FAMILY_ET = (
    "1. Perekonna mudeleid võib kasutada mis tahes eesmärgil.\n"
    "2. Perekonna mudeleid, mis loovad tekstist pilte, võib kasutada ainult mitteärilisel"
    " eesmärgil; nende äriline kasutamine on keelatud.\n"
)
_FAMILY_GL = (
    "1. Os modelos da familia que procesan imaxes só poden usarse con fins comerciais coa"
    " autorización previa de Exemplo S.L.\n"
)


@pytest.mark.parametrize("text", [_FAMILY_ET, _FAMILY_GL])
def test_image_models_commercial_term_set_aside_for_a_text_model(text: str) -> None:
    scoped = scoped_out_text(text, ModelFacts(modality="text"))
    assert "mitteärilisel" not in scoped and "autorización" not in scoped


@pytest.mark.parametrize("text", [_FAMILY_ET, _FAMILY_GL])
def test_image_models_commercial_term_binds_an_image_model_twin(text: str) -> None:
    assert scoped_out_text(text, ModelFacts(modality="multimodal")) == text


def test_every_model_commercial_term_binds_a_text_model_twin() -> None:
    text = "1. Perekonna mudeleid võib kasutada ainult mitteärilisel eesmärgil.\n"
    assert scoped_out_text(text, ModelFacts(modality="text")) == text


def test_galician_written_authorisation_needed_and_its_twin() -> None:
    asked = "Os modelos poden usarse con fins comerciais coa autorización previa de Exemplo S.L."
    assert _foreign(asked).get("commercial_use") == "restricted"
    free = "Os modelos poden usarse con calquera fin, tamén comercial, sen outro requisito."
    assert _foreign(free).get("commercial_use") != "restricted"


# --- caps ----------------------------------------------------------------------------------


def test_maltese_revenue_cap_and_its_twin() -> None:
    capped = (
        "Jekk id-dħul annwali tal-liċenzjat jaqbeż EUR 5,000,000, il-liċenzjat irid jikseb"
        " liċenzja separata."
    )
    values = _foreign(capped)
    assert values.get("revenue_threshold") == {
        "amount": 5_000_000,
        "currency": "EUR",
        "period": "year",
        "measure": "revenue",
    }
    assert values.get("commercial_use") == "restricted"
    free = "Taħt dan il-limitu ma hemmx bżonn ta' ebda permess ieħor."
    assert "revenue_threshold" not in _foreign(free)
    assert not _unread(free)


def test_weekly_users_cap_and_its_daily_twin() -> None:
    weekly = "Jos palvelulla on minkä tahansa viikon aikana yli 200 000 käyttäjää, tarvitaan lupa."
    assert read_daily_eur("fi", weekly)[0].value == {"count": 200_000, "unit": "wau"}
    daily = "Jos palvelulla on minkä tahansa päivän aikana yli 200 000 käyttäjää, tarvitaan lupa."
    assert read_daily_eur("fi", daily)[0].value == {"count": 200_000, "unit": "dau"}


def test_latvian_cap_counting_the_licensee_alone_and_its_twin() -> None:
    cap = "Ja produktā ir vairāk nekā 2 000 000 aktīvo lietotāju mēnesī, nepieciešama licence."
    alone = cap + " Saistīto uzņēmumu lietotāji netiek skaitīti."
    assert not _unread(alone)
    assert _foreign(alone)["user_threshold"] == _foreign(cap)["user_threshold"]
    other = cap + " Saistīto uzņēmumu lietotājiem jāsaņem cita atļauja."
    assert _unread(other)


def test_polish_as_is_states_no_term() -> None:
    assert not _unread("Model jest dostarczany w stanie, w jakim się znajduje.")
    warranty = "Licencjodawca gwarantuje, że model działa zgodnie z opisem."  # a promise
    assert _unread(warranty)


# --- research by anyone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Cercetarea este permisă oricui, inclusiv societăților comerciale."),
        ("de", "Forschung mit dem Modell ist jedermann gestattet, auch Unternehmen."),
        ("pa", "ਖੋਜ ਦੀ ਇਜਾਜ਼ਤ ਹੈ, ਭਾਵੇਂ ਇਹ ਕੋਈ ਵੀ ਕਰੇ।"),
    ],
)
def test_research_by_anyone(language: str, text: str) -> None:
    assert read_research_by_anyone(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Cercetarea nu este permisă oricui, ci doar universităților."),
        ("de", "Forschung ist nur Hochschulen gestattet, nicht Unternehmen."),
        ("pa", "ਖੋਜ ਸਿਰਫ਼ ਯੂਨੀਵਰਸਿਟੀਆਂ ਲਈ ਹੈ।"),
    ],
)
def test_research_by_some_twin(language: str, text: str) -> None:
    assert not read_research_by_anyone(language, text)
