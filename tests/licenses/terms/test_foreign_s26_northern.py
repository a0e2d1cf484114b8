"""Session 26, held-out round G, northern group (German, Dutch, Swedish, Danish, Norwegian,
Finnish, Hungarian): the shapes the misses showed, each in wordings written here (none is a
scenario's sentence), with twins that must keep their reading."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_precedence import prevailing_language
from auditor.licenses.text.title_shapes import find_title


def _values(text: str) -> dict[str, object]:
    return read_foreign(text).values


def _tags(text: str) -> list[str]:
    tags = _values(text).get("use_restrictions")
    return [str(tag) for tag in tags] if isinstance(tags, list) else []


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- the licence said not to entitle to commercial use: a ban ---------------------------------

NO_RIGHT = [
    "Licensen ger ingen rätt till kommersiell användning av modellen.",
    "Denne licens giver ikke ret til kommerciel brug af modellen.",
    "Lisensen gir ingen rett til kommersiell bruk.",
    "Deze licentie geeft geen recht op commercieel gebruik van het model.",
    "Lisenssi ei oikeuta mallin kaupalliseen hyödyntämiseen.",
    "A jelen licenc nem jogosít kereskedelmi célú hasznosításra.",
    "Tämä käyttölupa ei kata kaupallista käyttöä.",
]


@pytest.mark.parametrize("text", NO_RIGHT)
def test_a_licence_giving_no_right_to_commercial_use_bans_it(text: str) -> None:
    assert _values(text).get("commercial_use") == "prohibited"


def test_a_licence_giving_the_right_to_commercial_use_bans_nothing() -> None:
    assert _values("Licensen ger rätt till kommersiell användning.").get("commercial_use") != (
        "prohibited"
    )


# --- a grant that takes business use in, in Danish, Norwegian, Finnish, Hungarian -------------

TAKEN_IN = [
    "Du må bruge og tilpasse modellen, herunder i din virksomhed.",
    "Lisenstakeren kan bruke modellen, også i forretningsøyemed.",
    "Mallia saa käyttää ja jakaa myös liiketoiminnassa.",
    "A felhasználó a modellt vállalkozási tevékenysége keretében is használhatja.",
    "Die Lizenz erlaubt die Nutzung des Modells. Dies gilt auch für den Einsatz in Ihrem Betrieb.",
    "Du får använda modellen. Det gäller även i affärsverksamhet.",
]


@pytest.mark.parametrize("text", TAKEN_IN)
def test_a_grant_taking_business_use_in_allows_it(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


NOT_TAKEN_IN = [
    "Du må bruge modellen, men ikke i din virksomhed.",
    "Mallia saa käyttää, mutta ei liiketoiminnassa.",
    "A modell használható, de üzleti célra nem.",
    "Det gäller inte användning i affärsverksamhet.",
]


@pytest.mark.parametrize("text", NOT_TAKEN_IN)
def test_business_use_negated_is_not_allowed(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


# --- a notice before commercial use the licensor does not answer: registration ----------------

NOTICES = [
    "Før modellen bruges erhvervsmæssigt, skal I anmelde det til os. Vi giver ingen "
    "godkendelse og behøver ikke svare.",
    "Før modellen tas i bruk i næringsvirksomhet, må dere melde fra til oss på e-post. Vi gir "
    "ingen godkjenning og vil ikke svare på meldingen.",
    "Innan affärsmässig användning påbörjas ska ni registrera er hos oss. Något godkännande "
    "lämnas inte.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_the_licensor_does_not_answer_is_registration(text: str) -> None:
    values = _values(text)
    assert values.get("commercial_use") == "allowed"
    assert values.get("commercial_use_conditions") == ["registration"]
    assert _unread(text) == []


def test_a_notice_followed_by_a_decision_is_no_registration() -> None:
    text = (
        "Innan affärsmässig användning påbörjas ska ni registrera er hos oss. "
        "Kommersiell användning kräver vårt skriftliga godkännande."
    )
    assert _values(text).get("commercial_use") == "restricted"


# --- passages stating no term -------------------------------------------------------------------

NO_TERM = [
    # a party defined by who it is
    "Brukeren: den som laster ned modellen.",
    "Licensee: wer das Modell herunterlädt oder betreibt.",
    "Käyttäjä: joka lataa mallin tai käyttää sitä.",
    # on the terms described below
    "Yhtiö myöntää käyttäjälle oikeuden malliin seuraavin ehdoin.",
    "A Licencadó az alábbi feltételekkel engedi át a modellt.",
    "Licensgiveren stiller modellen til rådighed på følgende vilkår.",
    # a labelled list of the acts granted
    "Rechte: nutzen, kopieren, verändern und weitergeben, kostenlos.",
    "Rättigheter: använda, kopiera och sprida, avgiftsfritt.",
    # the licence given to everyone
    "Licensgiveren giver denne licens til alle, der henter modellen.",
    # what must be done first: nothing
    "Was Sie vorher tun müssen: nichts.",
    "Mitä sinun tulee tehdä etukäteen: ei mitään.",
    # duties said not to be needed
    "Sie müssen sich nicht registrieren und niemanden um Erlaubnis fragen.",
    "Du behøver ikke at tilmelde dig eller bede om tilladelse.",
    "Nem kell regisztrálni, és engedélyt sem kell kérni.",
    # a notice kept only for statistics
    "Meldingen brukes kun til vår egen statistikk.",
    "Die Anmeldung wird nur für unsere Statistik erfasst.",
    # commercial use defined by a business purpose
    "Som kommersiell användning räknas även intern användning i verksamheten.",
    "Kereskedelminek minősül a belső, üzleti tevékenységet támogató használat is.",
]


@pytest.mark.parametrize("text", NO_TERM)
def test_a_passage_stating_no_term_is_not_unread(text: str) -> None:
    assert _unread(text) == []
    assert "commercial_use" not in _values(text)


STILL_A_TERM = [
    "Sie müssen sich nicht registrieren, aber die gewerbliche Nutzung ist untersagt.",
    "Rechte: nutzen und kopieren, nur für Forschungszwecke.",
    "Brugeren: den som kun bruger modellen til forskning.",
]


@pytest.mark.parametrize("text", STILL_A_TERM)
def test_a_passage_with_a_limit_still_states_a_term(text: str) -> None:
    assert _unread(text) != [] or _values(text) != {}


# --- caps: a threshold applied in another passage (hu, fi, da, no) ------------------------------


def test_a_hungarian_cap_applied_elsewhere_is_the_caps_consequence() -> None:
    text = (
        "1. Bevételi küszöb: évi 5 mrd. Ft nettó árbevétel.\n\n"
        "2. A modell üzleti célra is használható.\n\n"
        "3. Amennyiben a Felhasználó éves árbevétele meghaladja a küszöböt, akkor a modellt csak "
        "a Jogosulttal kötött külön licencszerződés alapján használhatja.\n"
    )
    values = _values(text)
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    assert _unread(text) == []


# --- the governing law of Hungary in any order ---------------------------------------------------


def test_hungarian_law_applied_is_the_governing_law() -> None:
    assert _values("A szerződésre Magyarország jogszabályai alkalmazandók.").get(
        "governing_law"
    ) == ("HU")


# --- a title naming the terms --------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["# Vilkår for Hav-2B", "# Bedingungen für Eiche-7B", "# Voorwaarden voor Beuk-1B"],
)
def test_a_title_naming_the_terms_is_a_title(title: str) -> None:
    assert find_title(title + "\n\n1. Tekst.\n") is not None


# --- counts written in words before a scale word --------------------------------------------

WORDED_CAPS = [
    (
        "Licenstagare med en årsomsättning över tvåhundra miljoner kronor behöver en "
        "separat licens.",
        200_000_000,
        "SEK",
    ),
    (
        "Dersom lisenstakerens årlige omsetning er høyere enn femti millioner kroner, må det "
        "inngås en egen avtale med lisensgiveren.",
        50_000_000,
        "NOK",
    ),
    (
        "Licenstagere med en årlig omsætning over halvtreds millioner kroner skal indgå en "
        "særskilt aftale.",
        50_000_000,
        "DKK",
    ),
]


@pytest.mark.parametrize(("text", "amount", "currency"), WORDED_CAPS)
def test_a_cap_written_in_words_is_read(text: str, amount: int, currency: str) -> None:
    cap = _values(text).get("revenue_threshold")
    assert isinstance(cap, dict)
    assert (cap["amount"], cap["currency"]) == (amount, currency)


def test_a_german_verb_before_millions_is_no_count() -> None:
    assert "revenue_threshold" not in _values("Der Anbieter hat Millionen von Nutzern.")


# --- a revenue measure named by a compound noun, and a threshold defined elsewhere -------------


def test_a_compound_revenue_noun_and_a_threshold_stated_apart_are_the_cap() -> None:
    text = (
        "§ 2 Die Umsatzgrenze liegt bei 80 Mio. EUR Nettoumsatzerlösen im Geschäftsjahr.\n\n"
        "§ 3 Übersteigen die Nettoumsatzerlöse die Umsatzgrenze, bedarf die Nutzung einer "
        "gesonderten Lizenz.\n"
    )
    cap = _values(text).get("revenue_threshold")
    assert isinstance(cap, dict)
    assert (cap["amount"], cap["currency"]) == (80_000_000, "EUR")


def test_a_definitions_lead_in_states_no_term() -> None:
    assert _unread("Avtalets definitioner.\n\nI denna licens avses med") == []


# --- use confined to named places or a group of countries (da, no, fi, hu, de) ----------------

CONFINED = [
    ("Retten til at bruge modellen gælder kun i Danmark og Sverige.", {"DK", "SE"}),
    ("Modellen må bare brukes innenfor de nordiske land.", {"DK", "FI", "IS", "NO", "SE"}),
    ("Mallia saa käyttää ainoastaan Suomessa.", {"FI"}),
    ("A modell kizárólag Magyarországon használható.", {"HU"}),
    ("Ausserhalb Österreichs darf das Modell nicht betrieben werden.", {"AT"}),
    ("Lisenstakeren må ikke tilby tjenesten til brukere utenfor Norge.", {"NO"}),
]


@pytest.mark.parametrize(("text", "places"), CONFINED)
def test_use_confined_to_places_is_a_within_clause(text: str, places: set[str]) -> None:
    clauses = _values(text).get("excluded_use_territories")
    assert isinstance(clauses, list)
    assert clauses
    assert set(clauses[0]["regions"]) == places
    assert clauses[0]["within"] is True


NOT_CONFINED = [
    "Licensen gælder ikke kun i Danmark, men i hele verden.",
    "Licenstageren, der har hjemsted i Danmark, må kun bruge modellen til forskning.",
    "Die Daten wurden ausserhalb der Schweiz erhoben.",
]


@pytest.mark.parametrize("text", NOT_CONFINED)
def test_no_confinement_where_none_is_said(text: str) -> None:
    assert "excluded_use_territories" not in _values(text)


# --- bans set out in an annex, and the harms of its rows --------------------------------------

ANNEX_BANS = [
    "Die in Anhang B beschriebenen Nutzungen sind verboten.",
    "De toepassingen die in bijlage 2 worden opgesomd, zijn niet toegestaan.",
    "Användningar som anges i bilaga A är förbjudna.",
    "Bilag 3 er en del af aftalen, og en overtrædelse af bilaget er misligholdelse af aftalen.",
]


@pytest.mark.parametrize("text", ANNEX_BANS)
def test_bans_in_an_annex_bind_a_use_policy_in(text: str) -> None:
    assert _values(text).get("acceptable_use_policy_incorporated") is True


def test_an_annex_of_prices_binds_no_use_policy() -> None:
    text = "Die Preise sind in Anlage 2 genannt und gelten für ein Jahr."
    assert "acceptable_use_policy_incorporated" not in _values(text)


INFRASTRUCTURE_BANS = [
    "Untersagt ist der Einsatz des Modells zur Regelung von Fernwärmenetzen.",
    "Het model mag niet worden gebruikt voor het aansturen van het gasnet.",
    "Modellen får inte användas för att övervaka fjärrvärmenätet.",
    "Mallia ei saa käyttää kriittisen infrastruktuurin ohjaukseen.",
]


@pytest.mark.parametrize("text", INFRASTRUCTURE_BANS)
def test_a_ban_on_steering_a_network_is_critical_infrastructure(text: str) -> None:
    assert "critical-infrastructure" in _tags(text)


def test_a_network_named_without_a_ban_sets_nothing() -> None:
    text = "Das Modell beantwortet Fragen zu Tarifen im Stromnetz."
    assert "use_restrictions" not in _values(text)


def test_a_table_of_banned_uses_under_a_header_row_is_read() -> None:
    text = (
        "# Anhang – verbotene Nutzungen\n\n"
        "| Nr. | Verbotene Nutzung |\n|---|---|\n"
        "| 1 | Steuerung von Wassernetzen |\n"
        "| 2 | Texte, die über ihre künstliche Herkunft täuschen |\n"
    )
    tags = _tags(text)
    assert "critical-infrastructure" in tags
    assert "undisclosed-ai-content" in tags


# --- a clause for the multimodal models, the text models left out ------------------------------

MULTIMODAL_ONLY = [
    "§ 4 De multimodale modeller må ikke bruges i EU. § 5 § 4 gælder ikke for tekstmodellerne.",
    "7.1 De multimodale modellene må ikke brukes i EU. 7.2 Punkt 7.1 gjelder ikke tekstmodellene.",
]


@pytest.mark.parametrize("text", MULTIMODAL_ONLY)
def test_a_place_barred_to_the_multimodal_models_only(text: str) -> None:
    clauses = _values(text).get("excluded_use_territories")
    assert isinstance(clauses, list)
    assert [c["models"] for c in clauses] == ["multimodal"]


MODELS_DESCRIBED = [
    "Die Lizenz gilt für alle Modelle der Eiche-Familie. Die Familie besteht aus Textmodellen "
    "und multimodalen Modellen, die auch Bilder verarbeiten.",
    "Familjen består av textmodeller och multimodala modeller.",
    "Lisensen gjelder alle modeller i familien, også de som tar imot lyd.",
]


@pytest.mark.parametrize("text", MODELS_DESCRIBED)
def test_the_models_covered_described_state_no_term(text: str) -> None:
    assert _unread(text) == []
    assert _values(text) == {}


def test_models_described_with_a_ban_still_state_it() -> None:
    text = "Modellene som bare tar imot tekst, må ikke brukes kommersielt."
    assert _values(text).get("commercial_use") == "prohibited"


# --- which language version prevails -------------------------------------------------------------

PREVAILING = [
    ("Die deutsche Fassung ist eine Übersetzung und dient nur der Information.", None),
    ("Maßgebend ist allein die englische Fassung.", "en"),
    ("Vid avvikelser gäller den engelska texten.", "en"),
    ("Ved uoverensstemmelser har den engelske tekst forrang.", "en"),
    ("The English text alone counts where the two differ.", "en"),
    ("У разі розбіжностей переважає англійський текст.", "en"),
]


@pytest.mark.parametrize(("text", "code"), PREVAILING)
def test_the_version_said_to_prevail(text: str, code: str | None) -> None:
    assert prevailing_language(text) == code


@pytest.mark.parametrize(
    "text",
    ["Svensk lag gäller för villkoren.", "Das Original ist auf Englisch verfasst."],
)
def test_no_version_prevails_where_none_is_said_to(text: str) -> None:
    assert prevailing_language(text) is None


def test_a_route_to_a_separate_agreement_keeps_the_ban() -> None:
    text = (
        "§ 1. Modellen må kun bruges til ikke-kommercielle formål.\n\n"
        "§ 2. Kommerciel brug kræver en særskilt aftale med licensgiveren.\n"
    )
    assert _values(text).get("commercial_use") == "prohibited"
