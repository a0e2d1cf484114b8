"""Session 37, European languages: each shape read with a paraphrase that reads the same and a
twin differing in one fact that must read differently."""

from __future__ import annotations

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_internal_use import read_internal_use
from auditor.licenses.terms.foreign_no_term import states_no_term
from auditor.licenses.terms.foreign_precedence import prevailing_language


def _read(body: str) -> tuple[dict[str, object], list[str]]:
    reading = read_foreign(f"Licencja\n\n{body}\n")
    return reading.values, [p.text for p in reading.unread]


# --- pl: commercial use after a notice, the notice needing no answer -----------------------
def test_polish_notice_after_which_use_is_allowed() -> None:
    for body in (
        "§ 2. Korzystanie niekomercyjne jest dozwolone.\n§ 3. Korzystanie komercyjne jest"
        " dozwolone po powiadomieniu licencjodawcy e-mailem. Powiadomienie nie wymaga"
        " akceptacji licencjodawcy.",
        "§ 2. Korzystanie niekomercyjne jest dozwolone.\n§ 3. Korzystanie komercyjne jest"
        " dozwolone po zarejestrowaniu się na stronie licencjodawcy.",
    ):
        values, unread = _read(body)
        assert values["commercial_use"] == "allowed", body
        assert values["commercial_use_conditions"] == ["registration"], body
        assert not unread, body


def test_polish_use_after_consent_stays_a_permission() -> None:
    values, _ = _read(
        "§ 2. Korzystanie niekomercyjne jest dozwolone.\n§ 3. Korzystanie komercyjne jest"
        " dozwolone po uzyskaniu pisemnej zgody licencjodawcy."
    )
    assert values["commercial_use"] == "restricted"


# --- ru: research only, whoever does it ------------------------------------------------------
def test_russian_research_only_by_its_noun() -> None:
    for body in (
        "Модель можно применять лишь для научных исследований.",
        "Использовать модель разрешено исключительно для исследований и тестирования.",
    ):
        values, _ = _read(body)
        assert values["commercial_use"] == "prohibited", body
        assert "research" in values["use_scope"], body  # type: ignore[operator]
    values, _ = _read("Использовать модель разрешено для исследований и в коммерческих целях.")
    assert values.get("commercial_use") != "prohibited"


def test_russian_research_by_anyone_companies_named() -> None:
    grant = "Использовать модель разрешено исключительно для исследований."
    values, _ = _read(grant + " Кто бы ни вёл исследование, разрешение действует.")
    assert "research-by-anyone" in values["use_scope"]  # type: ignore[operator]
    values, _ = _read(
        grant + " Исследования разрешены в том числе лабораториям коммерческих организаций."
    )
    assert "research-by-anyone" in values["use_scope"]  # type: ignore[operator]
    values, _ = _read(grant + " Исследования не разрешены лабораториям коммерческих организаций.")
    assert "research-by-anyone" not in values["use_scope"]  # type: ignore[operator]


# --- questions and answers ------------------------------------------------------------------
def test_answer_of_only_read_with_its_question() -> None:
    for body in (
        "Vai modeli drīkst izmantot komerciāli? Tikai ar atsevišķu licenci no licences devēja.",
        "Ist die kommerzielle Nutzung erlaubt?\nNur mit einer gesonderten kommerziellen Lizenz.",
    ):
        values, _ = _read(body)
        assert values["commercial_use"] == "restricted", body


def test_answer_of_yes_and_of_no() -> None:
    values, unread = _read("Vai komerciāla izmantošana ir atļauta? Jā, bez maksas.")
    assert values.get("commercial_use") != "restricted" and not unread
    values, unread = _read("Vai komerciāla izmantošana ir atļauta? Nē.")
    assert values.get("commercial_use") is None  # never read as the question's grant
    assert unread
    # "no" to a question about a limit or a duty states none
    _, unread = _read("Existují nějaká omezení počtu uživatelů? Ne.")
    assert not unread
    _, unread = _read("Q. Dois-je demander une autorisation ?\nR. Non.")
    assert not unread


def test_answer_to_which_question_read_after_it() -> None:
    values, _ = _read("Q. Quel droit s'applique ?\nR. Le droit belge.")
    assert values["governing_law"] == "BE"


# --- a table's measure carried into its rows -------------------------------------------------
_TABLE = """Retten gælder på følgende vilkår:

| Årlig omsætning hos licenstageren | Vilkår |
|---|---|
| op til 40.000.000 kr. | gratis |
| {row} 40.000.000 kr. | {then} |
"""


def test_table_rows_read_with_the_header_measure() -> None:
    text = _TABLE.format(row="over", then="kun med en særskilt licens")
    reading = read_foreign(text)
    assert reading.values["commercial_use"] == "restricted"
    assert reading.values["revenue_threshold"]["amount"] == 40_000_000  # type: ignore[index]
    assert not reading.unread
    text = _TABLE.format(row="over", then="gratis")  # free above the figure too: no cap
    assert "revenue_threshold" not in read_foreign(text).values


# --- caps applied in a passage without a number ----------------------------------------------
def test_above_the_cap_in_swedish_and_ukrainian() -> None:
    for body in (
        "Rätten gäller så länge omsättningen inte överstiger 50 000 000 kronor per år. Vid högre"
        " omsättning krävs ett separat avtal.",
        "Право діє, доки річний дохід не перевищує 20 000 000 гривень. Понад цю суму потрібна"
        " окрема ліцензія.",
    ):
        values, unread = _read(body)
        assert values["commercial_use_conditions"] == ["separate-license-above-threshold"], body
        assert not unread, body


# --- clauses stating no term -----------------------------------------------------------------
def test_copies_carry_the_licence() -> None:
    for text in (
        "Einzige Bedingung ist, dass diese Lizenz jeder Kopie des Modells beiliegt.",
        "Þessi texti skal fylgja hverju eintaki af hugbúnaðinum.",
        "Trid iżżomm din il-liċenzja ma' kull kopja tal-mudell.",
        "Oui, à condition de joindre le présent texte à chaque copie.",
    ):
        assert states_no_term(text, None), text
    for text in (
        "Diese Lizenz muss jeder Kopie beiliegen; die Weitergabe der Gewichte ist verboten.",
        "Þessi texti skal fylgja hverju eintaki; notkun í atvinnuskyni er bönnuð.",
    ):
        assert not states_no_term(text, None), text


def test_plain_italian_licence_and_definition() -> None:
    assert states_no_term(
        "La Licenziante concede una licenza gratuita, mondiale e non esclusiva sul modello.", None
    )
    assert not states_no_term(
        "Il Licenziante concede una licenza gratuita sul modello solo per ricerca.", None
    )
    assert states_no_term("È commerciale qualsiasi uso che procuri un vantaggio economico.", None)
    assert not states_no_term(
        "È commerciale qualsiasi uso da parte di imprese o che procuri un vantaggio economico.",
        None,
    )


def test_dutch_and_french_precedence() -> None:
    assert prevailing_language("Bij verschil heeft de Nederlandse tekst voorrang.") == "nl"
    assert prevailing_language("Bij verschil heeft de Franse tekst voorrang.") is None or (
        prevailing_language("Bij verschil heeft de Franse tekst voorrang.") == "fr"
    )
    assert prevailing_language("En cas de doute, le texte néerlandais prévaut.") == "nl"
    assert states_no_term("Deze licentie bestaat in het Nederlands en het Duits.", None)


# --- lv: internal use is not commercial ------------------------------------------------------
def test_latvian_internal_use_not_commercial() -> None:
    text = "Iekšējā lietošana uzņēmumā netiek uzskatīta par komerciālu izmantošanu."
    assert read_internal_use("lv", text)
    assert not read_internal_use(
        "lv", "Iekšējā lietošana tiek uzskatīta par komerciālu izmantošanu."
    )


def test_a_bare_yes_reads_the_question_as_its_statement_so_a_ban_is_kept() -> None:
    # found in review: a bare "yes" to "is military use prohibited?" had stated nothing
    from auditor.licenses.terms.extract import extract_terms
    from auditor.licenses.terms.foreign import read_foreign
    from auditor.licenses.terms.foreign_merge import with_foreign

    def restrictions(text: str) -> object:
        return with_foreign(extract_terms(text), read_foreign(text), "L")["use_restrictions"].value

    head = "# Lizenz für das Modell Reiher\n\nReiher GmbH erteilt eine Lizenz zur Nutzung.\n\n"
    assert restrictions(head + "**Ist die militärische Nutzung verboten?**\nJa.\n") == ["military"]
    twin = head + "**Ist die militärische Nutzung verboten?**\nNein.\n"
    assert restrictions(twin) in ([], None)
