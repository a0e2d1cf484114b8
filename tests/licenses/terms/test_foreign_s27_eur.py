"""Shapes of the Germanic, Nordic, Baltic, Finnic and Slavic languages read in session 28
(held-out round H2): paraphrases written here, not the scenarios' sentences, and the twins that
must not change.

Each `positive` case fails on the code before the session; each twin holds on both."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.title_shapes import find_title


def _values(text: str) -> dict[str, Any]:  # a term's value, whatever its type
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- a grant that takes business use in, or any purpose, or business use "or not" -----------


@pytest.mark.parametrize(
    "text",
    [
        # lt: also in business; for any purpose
        "Kiekvienas gali nemokamai naudoti ir keisti šį modelį, taip pat versle.",
        "Licencijos gavėjas turi teisę modelį kopijuoti ir platinti bet kokiu tikslu.",
        "Modelį leidžiama naudoti, įskaitant komercinę veiklą.",
        # lv
        "Ikviens drīkst modeli izmantot un pārveidot bez maksas, arī komercdarbībā.",
        "Licenciāts var modeli izmantot jebkādiem mērķiem.",
        # et
        "Kasutaja võib mudelit tasuta kopeerida ja muuta, samuti äritegevuses.",
        "Mudelit on lubatud kasutada mis tahes eesmärgil.",
        # sl
        "Uporabnik lahko model prosto uporablja in spreminja, vključno s komercialno rabo.",
        "Vsak sme model uporabljati v kakršen koli namen.",
        # hr, bs, sr (Latin and Cyrillic)
        "Korisnik smije model koristiti i mijenjati, uključujući komercijalnu upotrebu.",
        "Svako može koristiti model u bilo koje svrhe.",
        "Корисник може модел да мења и дистрибуира, укључујући пословну употребу.",
        # bg
        "Всеки може да използва модела за всякакви цели.",
        "Ползвателят има право да копира и променя модела, също и за търговски цели.",
        # sk
        "Nadobúdateľ môže model používať a upravovať vrátane komerčného využitia.",
        # business and its opposite alike, in the Germanic, Nordic and West Slavic languages
        "Jeder darf das Modell nutzen und verändern, gewerblich oder nicht.",
        "U mag het model gebruiken en verspreiden, al dan niet commercieel.",
        "Du får använda och ändra modellen, kommersiellt eller inte.",
        "Du må bruge og ændre modellen, kommercielt eller ej.",
    ],
)
def test_grant_taking_business_in(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed", text


@pytest.mark.parametrize(
    "text",
    [
        # twins: a ban, an exception, an "only" or a condition takes nothing in
        "Modelio negalima naudoti komercinėje veikloje.",
        "Modelį galima naudoti bet kokiu tikslu, išskyrus komercinę veiklą.",
        "Modeli var izmantot arī komercdarbībā tikai ar licenciāra piekrišanu.",
        "Mudelit võib kasutada mis tahes eesmärgil, välja arvatud äritegevuses.",
        "Model se smije koristiti, uključujući poslovnu upotrebu, samo uz suglasnost davatelja.",
        "Korisnik ne smije koristiti model u komercijalne svrhe.",
        "Модела не може да се използва за търговски цели.",
        "Model sa môže používať na akýkoľvek účel okrem komerčného.",
        "Das Modell darf nicht gewerblich genutzt werden, auch nicht mit Zustimmung.",
    ],
)
def test_grant_twins_take_nothing_in(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed", text


# --- a licence's title in its own language: its terms of use or of a licence ---------------


@pytest.mark.parametrize(
    "title",
    [
        "Modelio Zylė-2B naudojimo sąlygos",
        "Licencijos sąlygos modeliui Zylė-2B",
        "Pogoji uporabe modela Vrabec-1B",
        "Licenčni pogoji modela Vrabec-1B",
        "Uvjeti korištenja modela Galeb-3B",
        "Uslovi korišćenja za model Galeb-3B",
        "Услови коришћења модела Галеб-3B",
        "Условия за ползване на модела Чучулига-2B",
        "Mudeli Kajakas-2B kasutustingimused",
        "Lietošanas noteikumi modelim Dzenis-4B",
    ],
)
def test_licence_title_in_the_languages(title: str) -> None:
    assert find_title(f"# {title}\n\n1. Text.\n") == title


# --- passages that state no term: a party, a counting rule, nothing asked, copies, a venue --


@pytest.mark.parametrize(
    "text",
    [
        # a party named, and its seat, in any case of its noun, after a number or a caption
        "Lizenzgeberin ist die Beispiel Werkstatt GmbH mit Sitz in Kassel.",
        "Art. 2. Licencjobiorcą jest Przykładowa Firma sp. z o.o. z siedzibą w Łodzi.",
        "Článek 1 – Smluvní strany Nabyvatelem je Ukázka s.r.o., se sídlem v Olomouci.",
        "§ 1. Litsentsiandja on Näidis Tarkvara OÜ, asukohaga Pärnu.",
        "Licencijos davėjas – UAB „Pavyzdys“, buveinė Vilniuje.",
        "1. Dajalec licence je Primer d.o.o. s sedežem v Mariboru.",
        "Лицензодател е „Пример Софтуер“ ЕООД, със седалище в София.",
        "Даваоц лиценце је „Пример“ д.о.о. из Крагујевца.",
        "Lisensgiver er Eksempel Data AS, Tromsø.",
        # how a cap is counted: the licensee's own figure alone, no number
        "Es zählt allein der Umsatz des Lizenznehmers selbst.",
        "Hierbij telt alleen de eigen omzet van de licentienemer.",
        "Der regnes kun med licenstakerens egen omsetning.",
        "Przy obliczaniu uwzględnia się wyłącznie własne przychody licencjobiorcy.",
        "Upošteva se samo lastni promet pridobitelja licence.",
        "Взема се предвид единствено собственият оборот, само на самия ползвател.",
        "Arvesse võetakse ainult litsentsisaaja enda käivet, oma käivet.",
        # neither notice nor consent needed for the grant just stated
        "Dafür ist weder eine Mitteilung noch eine Zustimmung erforderlich.",
        "Tam nereikia nei pranešimo, nei sutikimo.",
        "Za to ni potrebno ne obvestilo ne soglasje.",
        "Не се изисква нито уведомление, нито съгласие.",
        # disputes sent to the courts of a place named before
        "Geschillen gaan naar de rechtbank van die plaats.",
        "Spory rozstrzyga sąd właściwy dla tego miejsca.",
    ],
)
def test_passage_stating_no_term(text: str) -> None:
    assert _unread(text) == [], text
    assert _values(text) == {}, text


@pytest.mark.parametrize(
    "text",
    [
        # twins: a restriction added is read or reported, never set aside
        "Licencjobiorcą jest wyłącznie spółka z siedzibą w Polsce, np. Przykład sp. z o.o.",
        "Do przychodów licencjobiorcy wlicza się przychody spółek z nim powiązanych.",
        "Es zählt nur der eigene Umsatz des Lizenznehmers über 5 Mio. Euro.",
        "Für die gewerbliche Nutzung ist eine Zustimmung erforderlich.",
        "Za komercialno rabo je potrebno soglasje dajalca licence.",
        "Kopien dürfen nur mit dieser Lizenz und nicht gewerblich weitergegeben werden.",
    ],
)
def test_no_term_twins_stay_read_or_reported(text: str) -> None:
    assert _unread(text) or _values(text), text


@pytest.mark.parametrize(
    "text",
    [
        # this licence passed on with each copy: a duty to attach it
        "Свакој копији коју делите прилаже се текст ове лиценце.",
        "Uz svaku kopiju koju dalje distribuirate prilaže se tekst ove licence.",
        "Vsaki kopiji, ki jo razširjate, se priloži besedilo te licence.",
        "Igale levitatavale koopiale lisatakse käesoleva litsentsi tekst.",
    ],
)
def test_licence_attached_to_copies(text: str) -> None:
    assert _values(text).get("attribution_required") is True, text


# --- a cap on a measure defined by another defined measure (the month in the inner one) -----


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Berechtigte Nutzer: Personen, die das Modell in einem Kalendermonat aufrufen.\n\n"
            "Gesamtnutzer: die Berechtigten Nutzer aller Dienste des Lizenznehmers und der mit "
            "ihm verbundenen Unternehmen.\n\n"
            "Überschreitet die Zahl der Gesamtnutzer drei Millionen, bedarf es einer gesonderten "
            "Lizenz.\n",
            3_000_000,
        ),
        (
            "Gebruikers: personen die het model in een kalendermaand gebruiken.\n\n"
            "Concerngebruikers: alle Gebruikers van de licentienemer en van zijn "
            "groepsmaatschappijen samen.\n\n"
            "Zodra het aantal Concerngebruikers 3.000.000 overschrijdt, is een aparte licentie "
            "vereist.\n",
            3_000_000,
        ),
    ],
)
def test_cap_on_a_measure_defined_by_another(text: str, count: int) -> None:
    threshold = _values(text).get("user_threshold")
    assert threshold == {"count": count, "unit": "mau", "counts": "licensee-and-affiliates"}
    assert _unread(text) == []


# --- use confined to a territory: defined with a plural copula, a group named by its letters,
# a ban "outside it" referring back, a short passage told for no language -------------------


def _within(text: str) -> list[str]:
    clauses = _values(text).get("excluded_use_territories") or []
    return sorted({r for c in clauses if c.get("within") for r in c["regions"]})


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Lizenzgebiet sind Österreich und die Schweizerische Eidgenossenschaft.\n\n"
            "Das Modell darf nur im Lizenzgebiet betrieben werden.\n",
            ["AT", "CH"],
        ),
        (
            "Territorium zijn Nederland en België.\n\n"
            "Daarbuiten mag het model niet worden aangeboden of gebruikt.\n",
            ["BE", "NL"],
        ),
        ("Retten til bruk gjelder kun innenfor EØS.\n", ["EEA"]),
        ("Die Lizenz gilt nur im EWR.\n", ["EEA"]),
        ("Licensen gäller endast inom EES.\n", ["EEA"]),
    ],
)
def test_use_confined_to_a_territory(text: str, regions: list[str]) -> None:
    assert _within(text) == regions, text


def test_territory_twin_a_seat_is_no_confinement() -> None:
    assert _within("Die Lizenz gilt für Unternehmen mit Sitz nur im EWR.\n") == []


# --- the law named bare, its conflict rules set aside ---------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Schweizerisches Recht unter Ausschluss des Kollisionsrechts.", "CH"),
        ("Nederlands recht, met uitsluiting van het Weens Koopverdrag.", "NL"),
        ("Prawo polskie z wyłączeniem norm kolizyjnych.", "PL"),
        ("Svensk lag med undantag för dess lagvalsregler.", "SE"),
    ],
)
def test_law_named_bare_without_conflict_rules(text: str, code: str) -> None:
    assert _values(text).get("governing_law") == code


def test_law_twin_an_exclusion_of_use_is_no_law() -> None:
    assert _unread("Deutsches Recht unter Ausschluss gewerblicher Nutzung.")


# --- a word defined by the verb of defining around it ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Med «Tjänsten» avses varje produkt som använder modellen.",
        "Unter „Dienst“ versteht man jedes Angebot, das das Modell nutzt.",
        "§ 2 Med «Området» menes landene som er med i avtalen om Norden.",
    ],
)
def test_word_defined_states_no_term(text: str) -> None:
    assert _unread(text) == [] and _values(text) == {}, text


def test_defined_twin_with_a_ban_is_read() -> None:
    text = "Med «Kommersiell bruk» menes all bruk i næringsvirksomhet, som er forbudt."
    assert _values(text).get("commercial_use") == "prohibited"


# --- a harmful use the grant is said not to cover ("the right does not cover ...") ---------


@pytest.mark.parametrize(
    "text",
    [
        "Litsents ei hõlma mudeli kasutamist töötajate salajaseks jälgimiseks.",
        "Licencija neapima modelio naudojimo slaptam darbuotojų sekimui.",
        "Licence neattiecas uz modeļa izmantošanu slepenai darbinieku novērošanai.",
    ],
)
def test_use_the_grant_does_not_cover(text: str) -> None:
    assert "surveillance" in (_values(text).get("use_restrictions") or []), text


def test_not_covered_twin_without_a_harm_bans_nothing() -> None:
    assert not _values("Litsents ei hõlma garantiid ega tootetuge.").get("use_restrictions")
