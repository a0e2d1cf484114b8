"""Session 40 (round U, helper eua): smaller European languages read by `foreign_grants_s40eua`
and `foreign_passages_s40eua`, the Catalan "ús" in `foreign_internal_use`, the Maltese card
taken in (`foreign_parts_s38w`) and Maltese lists (`foreign_more`). Each shape with a
paraphrase read the same and a twin differing in one fact read otherwise."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_grants_s40eua import read_grants_s40eua
from auditor.licenses.terms.foreign_internal_use import read_internal_use
from auditor.licenses.terms.foreign_more import ban_pattern
from auditor.licenses.terms.foreign_parts_s38w import card_taken_in_foreign
from auditor.licenses.terms.foreign_passages_s40eua import read_s40eua
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

ALLOWED = [Clause("commercial_use", "allowed")]
CAPPED = [
    Clause("commercial_use", "restricted"),
    Clause("commercial_use_conditions", ["separate-license-above-threshold"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # is: every use, for profit too; twin "only with consent"
        ("Notanda er heimilt að nota og breyta líkaninu, líka í atvinnuskyni.", ALLOWED),
        ("Þú mátt dreifa líkaninu og nota það, jafnframt í hagnaðarskyni.", ALLOWED),
        ("Notanda er heimilt að nota líkanið, líka í atvinnuskyni, aðeins með samþykki okkar.",
         None),
        # fo: selling services on the model; twin "only free of charge"
        ("Tit mega nýta modellið og selja tænastur, ið byggja á tí.", ALLOWED),
        ("Tit mega nýta modellið og selja tænastur, bert um tit hava skrivligt loyvi.", None),
        # oc: any purpose, commercial too; twin with "sonque" (only)
        ("Podètz utilizar lo modèl per tota tòca, tanben comerciala.", ALLOWED),
        ("Podètz utilizar lo modèl, tanben comercial, sonque amb autorizacion.", None),
        # rm: commercial too, on the one condition of a credit in the documentation
        ("Vus pudais duvrar il model, era per intents commerzials, sche Vus numnais "
         "l'autur en Vossa documentaziun.", ALLOWED),
        ("Vus pudais duvrar e midar il model era per intents commerzials, sche Vus numnais "
         "la licenziadra en Vossa documentaziun.", ALLOWED),
        ("Vus pudais duvrar il model era per intents commerzials, sche Vus pajais ina "
         "taxa.", None),  # twin: on condition of paying a fee
        ("Vus pudais duvrar il model era per intents commerzials, mo cun permissiun.", None),
        # hsb: economic purposes too; twin with a negation
        ("Smědźeće model wužiwać a rozšěrjować, tež za komercielne zaměry.", ALLOWED),
        ("Njesmědźeće model wužiwać, tež za komercielne zaměry.", None),
        ("Smědźeće model wužiwać, tež za hospodarske zaměry, jenož z přizwolenjom.", None),
        # mt: the second person; twin "only if"
        ("Tista' tuża u tbiddel il-mudell, anki kummerċjalment.", ALLOWED),
        ("Tista' tuża l-mudell, anki kummerċjalment, biss jekk tħallas.", None),
        # duties: a text kept with copies, derivatives named, no warranty
        ("Wostajće tutón tekst pola kóždeje kopije.", []),
        ("Wostajće tutón tekst pola kóždeje kopije a płaćće nam.", None),
        ("Las òbras derivadas devon portar un nom que comence per «Mol-».", []),
        ("Las òbras derivadas devon portar un nom que comence per «Mol-», e cal daissar "
         "aquesta licéncia amb cada còpia.", []),
        ("Las òbras derivadas devon portar un nom que comence per «Mol-», e cal pagar "
         "una taxa.", None),  # twin: a fee beside the duty
        ("Hep gwarant ebet.", []),
        ("Reiñ a reomp ar meziant evel m'emañ, hep gwarant ebet.", []),
        ("Hep gwarant ebet, ha difennet eo implijout anezhañ evit ar brezel.", None),
        ("Ne vez roet gwarant ebet.", []),
        ("Ne vez roet gwarant ebet nemet d'ar re a bae.", None),  # twin: "except those paying"
        ("Ret eo meneg anv ar meziant e teuliadur ho servij.", []),
        ("Ret eo meneg anv ar meziant e teuliadur ho servij ha paeañ.", None),
        ("Rhaid cynnwys y drwydded hon gyda phob copi.", []),
        ("Rhaid cynnwys y drwydded hon gyda phob copi a thalu ffi.", None),
        ("Is é dlí na Breataine a rialaíonn an comhaontú seo.", [Clause("governing_law", "GB")]),
        # br: a credit shown, the grant's one condition
        ("Un diviz hepken: lakait anv \"Stal Glaz\" war ho lec'hienn.",
         [Clause("commercial_use_conditions", ["attribution-display"])]),
        ("Un diviz hepken: lakait anv \"Stal Glaz\" war ho lec'hienn ha paeit ar feur.", None),
        # laws
        ("La licéncia es somesa al drech espanhòl.", [Clause("governing_law", "ES")]),
        ("Per questa licenza vala il dretg austriac.", [Clause("governing_law", "AT")]),
        ("Płaći čěske prawo.", [Clause("governing_law", "CZ")]),
        ("Płaći wšelake prawo.", None),  # no land known
    ],
)  # fmt: skip
def test_grants_duties_laws(text: str, expected: list[Clause] | None) -> None:
    assert read_grants_s40eua(text) == expected


def _p(text: str, line: int = 1, language: str | None = "und") -> Passage:
    return Passage(text=text, line=line, language=language)


def _read(*texts: str) -> dict[int, list[Clause]]:
    passages = [_p(text, line) for line, text in enumerate(texts, 1)]
    return {p.line: clauses for p, clauses in read_s40eua(passages).items()}


def test_icelandic_table_cap_and_its_grant() -> None:
    found = _read(
        "Notanda er heimilt að nota líkanið, einnig í atvinnuskyni, innan þeirra marka sem "
        "taflan hér að neðan setur.",
        "Mánaðarlegir virkir notendur allra vara 1.500.000",
        "Fer notkunin yfir þessi mörk þarf leyfishafi að gera sérstakan samning við "
        "leyfisveitanda.",
    )
    assert found[1] == CAPPED
    assert found[2] == [
        Clause("user_threshold", {"count": 1_500_000, "unit": "mau"}),
        Clause("mau_threshold", 1_500_000),
    ]
    assert found[3] == CAPPED[1:]


def test_icelandic_grant_within_limits_needs_the_cap() -> None:
    # twin: the same grant with no cap read beside it stays unread
    found = _read(
        "Notanda er heimilt að nota líkanið, einnig í atvinnuskyni, innan þeirra marka sem "
        "taflan hér að neðan setur.",
    )
    assert found == {}
    # twin: the cap counted per day is not a monthly one
    assert _read("Virkir notendur á mánuði á dag 5.000") == {}


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Modellið má ikki nýtast í Russlandi.", ["RU"]),
        (
            "Modellið má tó ikki nýtast í Hvítarusslandi ella Iran, hvørki av tær ella øðrum.",
            ["BY", "IR"],
        ),
        ("Modellið má ikki nýtast í Russlandi, uttan við skrivligum loyvi.", None),  # exception
        ("Modellið má ikki nýtast til hernað.", None),  # no country
    ],
)
def test_faroese_places(text: str, regions: list[str] | None) -> None:
    found = _read(text)
    if regions is None:
        assert found == {}
        return
    entry = {"regions": regions, "models": "all", "exempts": []}
    assert found[1][0] == Clause("excluded_use_territories", [entry])


def test_luxembourgish_revenue_condition() -> None:
    over = (
        "Dir dierft de Modell notzen, och fir kommerziell Zwecker, mat dëser Bedingung: Firmen "
        "mat engem Ëmsaz vu méi wéi 5.000.000 EUR am Joer brauchen eng separat Lizenz."
    )
    clauses = _read(over)[1]
    assert clauses[0].key == "revenue_threshold"
    assert clauses[0].value["amount"] == 5_000_000  # type: ignore[index]
    assert clauses[1:] == CAPPED
    # twin: "only with the licensor's permission" beside it
    assert _read(over.replace("brauchen", "brauchen nëmmen mat Erlaabnes")) == {}


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Il-mudell ma jistax jintuża għal skopijiet militari.", ["military"]),
        ("Dan il-mudell ma jistax jintuża mill-forzi armati jew għal armi.",
         ["military", "weapons"]),
        ("Il-mudell ma jistax jintuża għal skopijiet militari, ħlief b'permess.", None),
        ("Il-mudell ma jistax jintuża għal reklami.", None),  # no harm known here
    ],
)  # fmt: skip
def test_maltese_bans(text: str, tags: list[str] | None) -> None:
    found = _read(text)
    assert found.get(1) == (None if tags is None else [Clause("use_restrictions", tags)])


def test_welsh_conditions_list() -> None:
    lead = "Cewch ddefnyddio'r model at unrhyw ddiben ar yr amodau canlynol:"
    items = (
        "(a) eich bod yn cadw'r hysbysiad hwn gyda phob copi;",
        "(b) na fyddwch yn defnyddio'r model i olrhain unigolion yn gudd;",
        "(c) na fyddwch yn honni mai person yw'r model.",
    )
    found = _read(lead, *items)
    assert found[2] == []
    assert found[3] == [Clause("use_restrictions", ["surveillance"])]
    assert found[4] == [Clause("use_restrictions", ["undisclosed-ai-content"])]
    # twin: one item no rule reads leaves every item unread
    other = "(ch) eich bod yn talu ffi flynyddol."
    assert _read(lead, *items, other) == {}


def test_model_service_reserved_and_apps_spared() -> None:
    ban = (
        "Non se permite ofrecer o propio modelo a terceiros como API de inferencia sen unha "
        "licenza adicional."
    )
    spared = (
        "Con todo, as aplicacións construídas sobre o modelo poden ofrecerse a calquera persoa."
    )
    found = _read(ban, spared)
    assert found[1] == [Clause("commercial_use_conditions", ["separate-license-for-model-service"])]
    assert found[2] == []
    # twin: the applications spared alone, with no reservation beside them, are not read here
    assert _read(spared) == {}
    # twin: the applications spared on another condition stay unread
    paid = spared.rstrip(".") + ", sempre que paguen unha taxa."
    assert 2 not in _read(ban, paid)


def test_catalan_reserved_commercial_use() -> None:
    text = (
        "Queda reservat l'Ús Comercial, tal com es defineix a DEFINICIONS.md: per fer-ne cal "
        "obtenir una llicència a part del llicenciant."
    )
    assert _read(text)[1] == [
        Clause("commercial_use", "restricted"),
        Clause("commercial_use_conditions", ["separate-license"]),
    ]
    # twin: no licence is needed for it: not this shape
    assert _read(text.replace("cal obtenir", "no cal obtenir")) == {}


def test_catalan_internal_use_is_not_commercial() -> None:
    scope = [Clause("use_scope", ["internal-use-by-anyone"])]
    said = "L'ús intern d'una empresa dins la seva organització no és ús comercial."
    assert read_internal_use("ca", said) == scope
    # twin: internal use said to be commercial
    assert read_internal_use("ca", "L'ús intern d'una empresa també és ús comercial.") == []


def test_maltese_card_taken_in() -> None:
    text = "It-termini tal-użu jinsabu fil-kard tal-mudell, li hija parti minn din il-liċenzja."
    assert card_taken_in_foreign(text)
    assert not card_taken_in_foreign(text.replace("li hija", "li mhix"))


def test_maltese_list_lead_in_bans_nothing() -> None:
    # Maltese has cues but no ban words in the list table: a lead-in is never one, no error
    assert ban_pattern("mt").search("Il-mudell ma jistax jintuża għal:") is None
    reading = read_foreign("# Liċenzja\n\nIl-kundizzjonijiet kollha tal-użu huma hawn.\n")
    assert reading is not None


def test_galician_permission_read_with_the_portuguese_tables() -> None:
    # Galician, told apart since session 40, reads the Portuguese words of a permission asked
    asked = (
        "# Licenza\n\nAs empresas só poden usar estes modelos con fins comerciais coa "
        "autorización previa e por escrito do licenciante, que pode negala.\n"
    )
    reading = read_foreign(asked)
    assert reading.values.get("commercial_use") == "restricted"
    assert reading.values.get("commercial_use_conditions") == ["written-permission"]
    # twin: commercial use granted outright, no permission asked
    free = "# Licenza\n\nPodes usar estes modelos con calquera fin, tamén comercial.\n"
    assert read_foreign(free).values.get("commercial_use") != "restricted"


def test_galician_further_licence_past_a_revenue_cap() -> None:
    cap = "O uso comercial é libre mentres a facturación anual non supere 4.000.000 €."
    past = "Por riba deste límite cómpre unha licenza comercial separada."
    assert _read(cap, past)[2] == CAPPED[1:]
    # twin: no cap beside it: not read here
    assert 1 not in _read(past)


def test_luxembourgish_weights_in_own_apps() -> None:
    shipped = "D'Gewiichter dierfen an eegen Apps agebaut an un d'Clientë verdeelt ginn."
    assert _read(shipped) == {1: []}
    # twin: on another condition (a fee paid) it stays unread
    assert _read(shipped.rstrip(".") + ", wann Dir eng Gebühr bezuelt.") == {}
