"""Session 22: Swedish, Norwegian, Danish, Czech, Romanian, Hungarian and Finnish licence texts
read further: lists of banned uses (medical diagnosis, misleading content, bulk marketing), a
revenue cap in crowns, lei or forints and the sentence asking a licensee over it for a further
licence, a grant withheld from those based in named places (ro, hu, fi), a duty to credit the
licensor or keep the licence text, and the titles and file names of terms of use. Sentences are
our own words; each was unread or misread before. A currency that names no one country (a bare
Danish or Norwegian "kroner") is still said unread."""

from __future__ import annotations

import pytest

from auditor.knowledge.exchange_rates import usd_band
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.language import language_of
from auditor.licenses.text.title_shapes import find_title
from auditor.policy.cap_facts import converted
from auditor.sources.base import is_license_like


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, [p.text for p in reading.unread]
    return reading.values


# --- lists of banned uses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Nu aveți dreptul să folosiți modelul pentru:\n\n- a pune diagnostice medicale;\n"
         "- activități ilegale.\n", ["illegal-activity", "medical-advice"]),
        ("Este interzisă utilizarea modelului în următoarele scopuri:\n\n"
         "a) recomandări de tratament pentru pacienți;\nb) mesaje comerciale nesolicitate.\n",
         ["medical-advice", "spam"]),
        ("A modell nem használható:\n\n- orvosi diagnózis felállítására;\n- katonai célokra.\n",
         ["medical-advice", "military"]),
        ("Mallia ei saa käyttää:\n\n- lääketieteellisten diagnoosien tekemiseen;\n"
         "- sotilaallisiin tarkoituksiin.\n", ["medical-advice", "military"]),
        ("Modellen får inte användas för:\n\n- att ställa medicinska diagnoser;\n"
         "- att sprida vilseledande information om politiker.\n",
         ["disinformation", "medical-advice"]),
        ("Model se nesmí používat k těmto účelům:\n\n- stanovení lékařské diagnózy;\n"
         "- rozesílání nevyžádaných obchodních sdělení.\n", ["medical-advice", "spam"]),
        ("Modellen skal ikke brukes\n"
         "a) til å spre villedende informasjon om politikere,\n"
         "b) til masseutsendelse av uønsket reklame.\n", ["disinformation", "spam"]),
    ],
)  # fmt: skip
def test_the_items_of_a_list_a_ban_introduces_are_read(text: str, tags: list[str]) -> None:
    assert _values(text)["use_restrictions"] == tags


@pytest.mark.parametrize(
    "text",
    [
        # a list of banned uses that names no medicine: booking appointments stays lawful
        "Este interzisă utilizarea modelului pentru:\n\n- activități ilegale;\n"
        "- acte de violență.\n",
        "Mallia ei saa käyttää:\n\n- laittomaan toimintaan;\n- terrorismiin.\n",
        "Modellen får inte användas för:\n\n- olaglig verksamhet;\n- terrorism.\n",
    ],
)
def test_a_list_of_other_bans_is_read_whole_and_bans_no_medical_advice(text: str) -> None:
    tags = _values(text)["use_restrictions"]
    assert isinstance(tags, list) and tags and "medical-advice" not in tags


# --- revenue caps in crowns, lei and forints -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Licensen gäller endast om licenstagarens årliga omsättning inte överstiger 20 miljoner "
         "kronor.", 20_000_000, "SEK"),
        ("Rätten upphör när årsomsättningen överstiger SEK 80 miljoner.", 80_000_000, "SEK"),
        ("Lisensen gjelder bare så lenge lisenstakerens årlige omsetning ikke overstiger 100 "
         "millioner norske kroner.", 100_000_000, "NOK"),
        ("Licensen gælder kun, hvis licenstagerens årlige omsætning ikke overstiger 75 millioner "
         "danske kroner.", 75_000_000, "DKK"),
        ("Licence se nevztahuje na nabyvatele, jehož roční obrat přesahuje 500 milionů korun.",
         500_000_000, "CZK"),
        ("A licenc csak akkor érvényes, ha az engedélyes éves árbevétele nem haladja meg a "
         "2 milliárd forintot.", 2_000_000_000, "HUF"),
        # Romanian "de" between the number and its noun; the euro as Finnish inflects it
        ("Licența se aplică numai dacă cifra de afaceri anuală a licențiatului nu depășește "
         "20 de milioane de lei.", 20_000_000, "RON"),
        ("Lisenssi on voimassa vain, jos lisenssinsaajan vuotuinen liikevaihto on enintään 10 "
         "miljoonaa euroa.", 10_000_000, "EUR"),
    ],
)  # fmt: skip
def test_a_revenue_cap_in_a_northern_or_central_currency_is_read(
    text: str, amount: int, currency: str
) -> None:
    values = _values(text)
    cap = values["revenue_threshold"]
    assert isinstance(cap, dict)
    assert (cap["amount"], cap["currency"]) == (amount, currency)
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]
    assert usd_band(currency) is not None  # compared through a band, never one rate


def test_a_licensee_over_the_cap_asked_for_a_licence_is_the_caps_condition_only() -> None:
    values = _values(
        "Licenstagaren får använda modellen, även kommersiellt. Rätten gäller bara så länge "
        "årsomsättningen inte överstiger 40 miljoner kronor. En licenstagare med högre "
        "omsättning ska teckna en kommersiell licens innan modellen används."
    )
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_a_sek_cap_converts_through_its_band() -> None:
    facts = converted({"amount": 50_000_000, "currency": "SEK", "period": "year",
                       "measure": "revenue"})  # fmt: skip
    low, high = facts["terms.revenue_threshold.usd_low"], facts["terms.revenue_threshold.usd_high"]
    assert isinstance(low, int) and isinstance(high, int)
    assert low > 1_200_000 and high < 30_000_000  # USD 1.2M under it, USD 30M over it


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Om licenstagarens årliga intäkter överstiger 100 000 000 kr krävs en kommersiell "
         "licens.", "SEK"),
        ("Hvis licenstagerens årlige omsætning overstiger 50 mio. kr., skal der indgås en "
         "særskilt aftale.", "DKK"),
        ("Lisensen gjelder bare så lenge den årlige omsetningen ikke overstiger 100 millioner "
         "kroner.", "NOK"),
    ],
)  # fmt: skip
def test_a_bare_crown_is_the_crown_of_the_sentences_language(text: str, currency: str) -> None:
    values = _values(text)
    cap = values["revenue_threshold"]
    assert isinstance(cap, dict) and cap["currency"] == currency
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_a_crown_in_another_language_names_no_currency_and_stays_unread() -> None:
    reading = read_foreign(
        "Lisenssi on voimassa vain, jos lisenssinsaajan vuotuinen liikevaihto on enintään "
        "10 miljoonaa kr."
    )
    assert "revenue_threshold" not in reading.values
    assert [p.language for p in reading.unread] == ["fi"]


# --- a grant withheld from those based in named places ------------------------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Lisenssiä ei myönnetä yrityksille, joiden kotipaikka on Iranissa tai Pohjois-Koreassa.",
         ["IR", "KP"]),
        ("Licența nu se acordă persoanelor fizice rezidente în Rusia și nici societăților cu "
         "sediul în Belarus.", ["BY", "RU"]),
        ("A licenc nem terjed ki az Oroszországban vagy Fehéroroszországban székhellyel "
         "rendelkező cégekre.", ["BY", "RU"]),
        # Belarus alone is not Russia too ("Valko-Venäjä" holds "Venäjä")
        ("Lisenssiä ei myönnetä yrityksille, joiden kotipaikka on Valko-Venäjällä.", ["BY"]),
        ("Licența nu se acordă entităților cu sediul în Cuba.", ["CU"]),
    ],
)  # fmt: skip
def test_a_grant_withheld_from_those_based_in_named_places(text: str, regions: list[str]) -> None:
    entries = _values(text)["excluded_licensee_domiciles"]
    assert isinstance(entries, list) and len(entries) == 1
    assert entries[0]["regions"] == regions


# --- credit duties --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Při zveřejnění výsledků uvede nabyvatel jméno autora modelu.",
        "Nabyvatel je povinen zachovat v kopiích text této licence.",
        "Den som publicerar resultat ska ange Licensgivaren som källa.",
        "§ 2 Den som sprider modellen ska bifoga denna licenstext.",
        "Licențiatul trebuie să menționeze autorul modelului în orice publicare.",
        "Az engedélyes köteles feltüntetni a szerzőt és a modell nevét.",
        "Lisenssinsaajan on mainittava lisenssinantaja ja mallin nimi julkaisuissaan.",
    ],
)
def test_a_duty_to_credit_or_keep_the_licence_text_is_read(text: str) -> None:
    assert _values(text) == {"attribution_required": True}


def test_a_credit_duty_beside_a_grant_keeps_commercial_use_allowed() -> None:
    values = _values(
        "Poskytovatel uděluje nabyvateli licenci k užití modelu, včetně komerčního. "
        "Při zveřejnění výsledků uvede nabyvatel Poskytovatele."
    )
    assert values["commercial_use"] == "allowed" and values["attribution_required"] is True


# --- titles, file names, languages ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "# Bruksvilkår for modellen Lunde-4B\n\n§ 1 Lisens",
        "# Käyttöoikeussopimus: Kuikka-7B\n\n1. Käyttöoikeus.",
        "# Licenční podmínky modelu Kos-7B\n\nČlánek 1",
        "# Condițiile de utilizare ale modelului Pescăruș-7B\n\nArt. 1.",
        "# Användarvillkor för Trana-9B\n\n1. Upplåtelse.",
    ],
)
def test_a_terms_of_use_title_in_these_languages_is_found(text: str) -> None:
    assert find_title(text) == text.splitlines()[0].lstrip("# ")


@pytest.mark.parametrize(
    "text",
    [
        "Käyttöehdot: mallia saa käyttää vain tutkimukseen.",  # a sentence, not a title
        "## Käyttöehdot: yleistä",  # a section heading naming nothing of its own
    ],
)
def test_a_sentence_or_section_under_a_terms_noun_is_no_title(text: str) -> None:
    assert find_title(text) is None


@pytest.mark.parametrize(
    ("name", "license_like"),
    [
        ("KAYTTOEHDOT.md", True),
        ("käyttöoikeussopimus.txt", True),
        ("LICENCNI_PODMINKY.md", True),
        ("conditii-de-utilizare.md", True),
        ("felhasznalasi_feltetelek.txt", True),
        ("brugsbetingelser.md", True),
        ("kayttooikeus.py", False),  # code, whatever its name
    ],
)
def test_terms_of_use_files_in_these_languages_are_license_like(
    name: str, license_like: bool
) -> None:
    assert is_license_like(name) is license_like


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lisenssiä ei myönnetä yrityksille, joiden kotipaikka on Valko-Venäjällä.", "fi"),
        ("Den som publicerar resultat ska ange Licensgivaren som källa.", "sv"),
        ("En licenstagare med högre omsättning ska teckna en kommersiell licens med Exempel AB "
         "innan modellen används kommersiellt.", "sv"),
        ("til militære formål, herunder utvikling av våpensystemer og utvelgelse av mål,", "no"),
    ],
)  # fmt: skip
def test_short_nordic_and_finnish_sentences_are_not_taken_for_german(
    text: str, language: str
) -> None:
    assert language_of(text) == language


# --- outputs training other models, weights passed on, further harms -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Modellens utdata får inte användas för att träna andra språkmodeller.",
        "Det er ikke tilladt at bruge modellens output til at træne andre AI-modeller.",
        "Modellens resultater må ikke brukes til å trene konkurrerende modeller.",
        "Výstupy Modelu se nesmí používat k trénování jiných jazykových modelů.",
        "Rezultatele Modelului nu pot fi folosite pentru antrenarea altor modele.",
        "A modell kimenetei nem használhatók más nyelvi modellek tanítására.",
        "Lisenssinsaaja ei saa käyttää mallin tuottamia tuloksia toisten kielimallien "
        "kouluttamiseen.",
    ],
)
def test_a_ban_on_training_other_models_with_the_outputs_is_read(text: str) -> None:
    assert _values(text) == {"output_use_restriction": True}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Licenstagaren får inte sprida modellens vikter.", "no-weight-redistribution"),
        ("Modellens vægte må ikke videregives til tredjemand.", "no-weight-redistribution"),
        ("Licențiatul nu are dreptul să redistribuie ponderile Modelului.",
         "no-weight-redistribution"),
        ("A modell súlyait tilos harmadik félnek továbbadni.", "no-weight-redistribution"),
        ("Mallin painoja ei saa levittää eteenpäin.", "no-weight-redistribution"),
        ("Modellens ändrade vikter får inte delas.", "no-adaptation-sharing"),
    ],
)  # fmt: skip
def test_a_ban_on_passing_the_weights_on_is_read(text: str, scope: str) -> None:
    assert _values(text) == {"use_scope": [scope]}


@pytest.mark.parametrize(
    "text",
    [
        # outputs used freely or for the licensee's own service: no ban (said unread, never a ban)
        "Licenstagaren får använda utdata för att förbättra sin egen tjänst.",
        "Lisenssinsaaja saa käyttää mallin tuloksia vapaasti.",
        # a ban on another act beside the weights: not a ban on passing them on
        "Modellens vægte må ikke bruges til militære formål.",
    ],
)
def test_outputs_used_freely_or_another_ban_is_no_weights_or_outputs_ban(text: str) -> None:
    values = read_foreign(text).values
    assert "output_use_restriction" not in values and "use_scope" not in values


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Modellen får inte användas för:\n\n- att diskriminera personer;\n- bedrägeri.\n",
         ["discrimination", "fraud"]),
        ("Model se nesmí používat:\n\n- k diskriminaci osob;\n- k šíření nenávistných projevů.\n",
         ["discrimination", "hate-speech"]),
        ("Este interzisă utilizarea Modelului pentru:\n\n- discriminarea persoanelor;\n"
         "- hărțuirea altor persoane.\n", ["discrimination", "harassment"]),
        ("Mallia ei saa käyttää:\n\n- petoksiin;\n- vihapuheen levittämiseen.\n",
         ["hate-speech", "fraud"]),
        ("Modellen må ikke bruges til:\n\n- svindel;\n- chikane af andre.\n",
         ["harassment", "fraud"]),
    ],
)  # fmt: skip
def test_further_harms_in_a_list_are_read(text: str, tags: list[str]) -> None:
    found = _values(text)["use_restrictions"]
    assert isinstance(found, list) and sorted(found) == sorted(tags)


@pytest.mark.parametrize(
    "text",
    [
        "Licenstagaren får inte erbjuda modellen till tredje part som en värdtjänst eller via "
        "ett API.",
        "Modellen må ikke tilbydes til tredjeparter som en hostet tjeneste eller via et API.",
        "Licențiatul nu poate oferi Modelul terților ca serviciu găzduit sau prin API.",
        "Mallia ei saa tarjota kolmansille osapuolille isännöitynä palveluna tai API:n kautta.",
        "A modellt tilos harmadik feleknek hosztolt szolgáltatásként vagy API-n keresztül "
        "elérhetővé tenni.",
    ],
)
def test_a_ban_on_offering_the_model_to_others_as_a_service_is_read(text: str) -> None:
    assert _values(text) == {"use_scope": ["no-third-party-service"]}


@pytest.mark.parametrize(
    "text",
    [
        # a service allowed, or allowed beside a ban on something else: no service ban
        "Licenstagaren får erbjuda modellen till kunder som en tjänst eller via ett API.",
        "Modellen får inte användas för militära ändamål, men den får erbjudas via ett API.",
        "Licențiatul poate oferi Modelul clienților ca serviciu găzduit.",
    ],
)
def test_a_service_allowed_is_no_service_ban(text: str) -> None:
    scopes = read_foreign(text).values.get("use_scope")
    assert not (isinstance(scopes, list) and "no-third-party-service" in scopes)
