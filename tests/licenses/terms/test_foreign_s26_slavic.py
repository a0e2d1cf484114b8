"""Session 26, held-out round G, Slavic and Baltic group (Polish, Russian, Ukrainian, Czech,
Slovak, Croatian, Bulgarian, Lithuanian): the shapes the misses showed, each in wordings written
here (none is a scenario's sentence), with twins that must keep their reading."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(text: str) -> dict[str, object]:
    return read_foreign(text).values


# --- the law as a caption and a bare adjective (`foreign_law_north`) -------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rozhodné právo: slovenské.", "SK"),
        ("Prawo właściwe – polskie", "PL"),
        ("Применимое право: российское.", "RU"),
        ("Приложимо право: българско.", "BG"),
        ("Primjenjivo pravo – srpsko.", "RS"),
        ("Taikytina teisė: lietuviškoji.", "LT"),
        ("Tieto podmienky spravuje právo Slovenskej republiky.", "SK"),
    ],
)
def test_a_law_caption_with_a_bare_adjective(text: str, code: str) -> None:
    assert _values(text).get("governing_law") == code


def test_a_caption_naming_no_law_names_none() -> None:
    assert "governing_law" not in _values("Rozhodné právo: pozri článok 9.")


# --- both kinds granted regardless of profit (the cues' `both`) ------------------------------

REGARDLESS = [
    "Każdy może używać modelu bez względu na to, czy przynosi mu to zysk.",
    "Модель можно применять независимо от того, извлекается ли из этого доход.",
    "Модель можна використовувати незалежно від того, чи це приносить прибуток.",
    "Model lze používat bez ohledu na to, zda jde o výdělečnou činnost.",
    "Model môžete nasadiť bez ohľadu na to, či z toho máte zisk.",
    "Model se smije rabiti bez obzira na to donosi li dobit.",
    "Моделът може да се ползва без значение дали носи печалба.",
    "Modelį galima naudoti nepriklausomai nuo to, ar siekiama pelno.",
]


@pytest.mark.parametrize("text", REGARDLESS)
def test_use_regardless_of_profit_allows_commercial_use(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


def test_a_non_profit_grant_stays_a_ban() -> None:
    text = "Model se smije rabiti isključivo u nekomercijalne svrhe."
    assert _values(text).get("commercial_use") == "prohibited"


# --- the licence not extending to commercial use or business (a ban) -------------------------

NOT_COVERED = [
    "Licencia sa nevzťahuje na podnikanie.",
    "Licencija ne obuhvaća komercijalnu upotrebu.",
    "Gospodarska djelatnost nije obuhvaćena ovom dozvolom.",
    "Лицензът не обхваща търговска употреба.",
    "Ліцензія не поширюється на підприємницьку діяльність.",
]


@pytest.mark.parametrize("text", NOT_COVERED)
def test_a_licence_not_extending_to_business_is_a_ban(text: str) -> None:
    assert _values(text).get("commercial_use") == "prohibited"


# --- the licence's text passed on with copies (`foreign_duties_south_asia`) -----------------

COPIES = [
    "Ke každé kopii modelu se přikládá text této licence.",
    "Při šírení modelu sa prikladá text tejto licencie.",
    "Do każdego egzemplarza dołącza się tekst niniejszej licencji.",
    "К каждой копии прилагается текст настоящей лицензии.",
    "До кожної копії моделі додається текст цієї ліцензії.",
    "Uz svaki primjerak modela prilaže se tekst ove licencije.",
    "Към всяко копие се прилага текстът на този лиценз.",
    "Prie kiekvienos modelio kopijos pridedamas šios licencijos tekstas.",
]


@pytest.mark.parametrize("text", COPIES)
def test_the_licence_text_with_each_copy_is_a_credit_duty(text: str) -> None:
    assert _values(text).get("attribution_required") is True


def test_a_law_applied_is_no_copy_duty() -> None:
    values = _values("Към тези условия се прилага българското право.")
    assert "attribution_required" not in values and values.get("governing_law") == "BG"


# --- passages stating no term (`foreign_slavic`) ---------------------------------------------

NO_TERM = [
    "Poskytovateľom licencie je spoločnosť Vzor Dáta s. r. o. so sídlom v Nitre.",
    "Nabyvatelem je kdokoli, kdo si model stáhne.",
    "Ліцензіаром є ТОВ «Приклад», м. Львів.",
    "Davatelj licencije je Primjer d.o.o. iz Osijeka.",
    "Лицензодател е „Пример“ ЕООД, София.",
    "Licencijos gavėjas – bet kuris asmuo, atsisiuntęs modelį.",
    "2.3. Modelis – parametrai ir tokenizatoriaus failai.",
    "1.2. Модель — веса и файлы конфигурации.",
    "Pro účely této licence se rozumí:",
    "В настоящих условиях используются следующие термины:",
    "výuka na základních a středních školách;",
    "samostalno učenje za vlastite potrebe;",
    "научни изследвания в университети;",
    "Licencjodawca udziela licencji wyłącznie w celach wymienionych w ust. 3.",
    "Omezení okruhu nabyvatelů 4.1.",
]


@pytest.mark.parametrize("text", NO_TERM)
def test_a_passage_stating_no_term_is_not_unread(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread == () and "commercial_use" not in reading.values


STILL_TERMS = [
    "Nabyvatelem je kdokoli, kdo model nepoužívá komerčně.",  # a limit in the definition
    "výuka na školách, ne však komerční kurzy;",
    "Licencjodawca udziela licencji wyłącznie w celach niekomercyjnych.",
]


@pytest.mark.parametrize("text", STILL_TERMS)
def test_a_term_beside_those_shapes_is_not_set_aside(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") is not None or reading.unread != ()


# --- a cap on a users measure: its words apart, its group, its counting ---------------------

CAPS = [
    ("Usługa, której miesięczna liczba aktywnych użytkowników przekracza 2 mln, wymaga "
     "odrębnej licencji.", 2_000_000),
    ("Если ежемесячное количество активных пользователей превышает 3 000 000, требуется "
     "отдельная лицензия.", 3_000_000),
    ("Ak mesačný počet aktívnych používateľov presiahne 500 000, je potrebná samostatná licencia.",
     500_000),
    ("Ako mjesečni broj aktivnih korisnika premaši 800 000, potrebna je posebna licenca.",
     800_000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), CAPS)
def test_a_monthly_count_of_active_users_is_a_cap(text: str, count: int) -> None:
    assert _values(text).get("mau_threshold") == count


def test_a_users_measure_defined_in_a_glossary_is_read_where_the_cap_uses_it() -> None:
    text = (
        "§ 1. Definicje\n\n"
        "1) Grupa Licencjobiorcy – licencjobiorca razem ze spółkami, które kontroluje;\n\n"
        "2) Użytkownicy Końcowi – rozumie się przez to osoby korzystające w ciągu miesiąca z "
        "usług Grupy Licencjobiorcy.\n\n"
        "§ 2. Gdy liczba Użytkowników Końcowych przekroczy 5 mln, konieczna jest odrębna "
        "licencja.\n"
    )
    reading = read_foreign(text)
    cap = reading.values.get("user_threshold")
    assert isinstance(cap, dict) and cap["count"] == 5_000_000
    assert cap.get("counts") == "licensee-and-affiliates" and reading.unread == ()


def test_a_users_measure_with_no_month_is_no_monthly_cap() -> None:
    text = (
        "1) Użytkownicy Końcowi – rozumie się przez to osoby korzystające z usług.\n\n"
        "2) Gdy liczba Użytkowników Końcowych przekroczy 5 mln, konieczna jest odrębna licencja.\n"
    )
    assert "mau_threshold" not in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Každý produkt nabyvatele se posuzuje samostatně.",
        "Každý produkt sa počíta samostatne.",
        "Svaki proizvod računa se zasebno.",
        "Всеки продукт се отчита отделно.",
        "Kiekvienas produktas vertinamas atskirai.",
        "Każda usługa jest oceniana odrębnie.",
    ],
)
def test_a_cap_counted_per_product_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread == () and reading.values == {}


# --- licensees left out by domicile, in Russian (`foreign_domiciles_north`) -----------------


def test_a_russian_domicile_list_and_its_end_user_proviso() -> None:
    text = (
        "3.1. Права по настоящей лицензии не предоставляются:\n"
        "— гражданам, постоянно проживающим в Соединённых Штатах Америки;\n"
        "— организациям, зарегистрированным в Соединённых Штатах Америки.\n"
        "3.2. Пункт 3.1 не распространяется на конечных пользователей сервисов лицензиата.\n"
    )
    reading = read_foreign(text)
    clauses = reading.values["excluded_licensee_domiciles"]
    assert isinstance(clauses, list) and len(clauses) == 1
    assert clauses[0]["regions"] == ["US"] and "end-users" in clauses[0]["exempts"]
    assert reading.unread == ()
