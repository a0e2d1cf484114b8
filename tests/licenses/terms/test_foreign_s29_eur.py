"""Held-out round I (European languages), by shape: texts written for these tests, each a
paraphrase in other words, order or language than the clause the shape was seen in, with
lawful twins that must not be read as the shape."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import ForeignReading, read_foreign

_GRANT = {
    "de": "Der Lizenzgeber gestattet dem Lizenznehmer, das Modell zu nutzen, auch gewerblich.",
    "fr": "Le Concédant accorde au Licencié le droit d'utiliser le modèle, y compris à des fins "
    "commerciales.",
    "es": "El Licenciante concede al Licenciatario el derecho de usar el modelo, incluso con "
    "fines comerciales.",
    "pl": "Licencjodawca udziela Licencjobiorcy prawa do korzystania z modelu, także w celach "
    "komercyjnych.",
    "nl": "Licentiegever verleent de Licentienemer het recht het model te gebruiken, ook "
    "commercieel.",
}

# a cap counting a group the licence defines by control, or describes so in the cap's words
GROUP_COUNTED = [
    (
        "fr",
        "Article 1. Le « Groupe » désigne le Licencié et toute entité qu'il contrôle, qui le "
        "contrôle ou qui est placée sous un contrôle commun avec lui.",
        "Article 3. Si les utilisateurs actifs mensuels du Groupe dépassent 3 000 000, une "
        "licence distincte est requise.",
    ),
    (
        "es",
        "1. «Grupo» significa el Licenciatario junto con toda entidad que lo controle, que "
        "controle o que esté bajo control común con él.",
        "3. Si el Grupo supera 3.000.000 de usuarios activos mensuales, necesitará una licencia "
        "independiente.",
    ),
    (
        "pl",
        "1. „Grupa” oznacza Licencjobiorcę oraz każdy podmiot, który go kontroluje, jest przez "
        "niego kontrolowany lub pozostaje pod wspólną kontrolą.",
        "3. Jeżeli Grupa ma więcej niż 3 000 000 miesięcznie aktywnych użytkowników, wymagana "
        "jest odrębna licencja.",
    ),
    (
        "nl",
        "",
        "Artikel 2. Telt de Licentienemer samen met de vennootschappen waarover zij zeggenschap "
        "uitoefent meer dan 3.000.000 maandelijks actieve gebruikers, dan is een aparte "
        "licentie vereist.",
    ),
    (
        "nl",
        "Artikel 1. Begrippen 1.1 Concern: de Licentienemer met alle ondernemingen die door "
        "haar worden overheerst.",
        "Artikel 3. Wanneer het Concern boven 3.000.000 maandelijks actieve gebruikers komt, "
        "eindigt het recht uit artikel 2.",
    ),
    (
        "de",
        "",
        "§ 3 Übersteigen die monatlich aktiven Nutzer des Lizenznehmers und der von ihm "
        "kontrollierten Gesellschaften 3.000.000, endet das Recht aus § 2.",
    ),
    (
        "fr",
        "",
        "Article 3. Au-delà de 3 000 000 d'utilisateurs actifs mensuels, comptés pour "
        "l'ensemble du groupe du Licencié, une licence distincte est requise.",
    ),
]

# lawful twins: the group is defined, but the cap counts the licensee alone or leaves it out
GROUP_NOT_COUNTED = [
    (
        "nl",
        "Artikel 1. Begrippen 1.1 Groep: de Licentienemer en iedere rechtspersoon die zij "
        "beheerst.",
        "Artikel 3. Heeft de Licentienemer zelf meer dan 3.000.000 maandelijks actieve "
        "gebruikers, dan is een aparte licentie vereist.",
    ),
    (
        "fr",
        "Article 1. Le « Groupe » désigne le Licencié et toute entité qu'il contrôle.",
        "Article 3. Si les utilisateurs actifs mensuels du Licencié, sans compter le Groupe, "
        "dépassent 3 000 000, une licence distincte est requise.",
    ),
    (
        "es",
        "1. «Grupo» significa el Licenciatario junto con toda entidad que lo controle.",
        "3. Si el Licenciatario supera 3.000.000 de usuarios activos mensuales, necesitará una "
        "licencia independiente; los usuarios del Grupo no se computan.",
    ),
    (
        "de",
        "(1) „Gruppe“ bezeichnet den Lizenzgeber und die von ihm kontrollierten Unternehmen.",
        "§ 3 Hat der Lizenznehmer mehr als 3.000.000 monatlich aktive Nutzer, endet das Recht "
        "aus § 2.",
    ),
]


def _text(language: str, definition: str, cap: str) -> str:
    return f"Lizenz\n\n{definition}\n\n{_GRANT[language]}\n\n{cap}\n"


@pytest.mark.parametrize(("language", "definition", "cap"), GROUP_COUNTED)
def test_a_cap_counting_a_group_defined_by_control_counts_the_affiliates(
    language: str, definition: str, cap: str
) -> None:
    reading = read_foreign(_text(language, definition, cap))
    term = reading.values["user_threshold"]
    assert isinstance(term, dict)
    assert term["count"] == 3_000_000
    assert term.get("counts") == "licensee-and-affiliates"


@pytest.mark.parametrize(("language", "definition", "cap"), GROUP_NOT_COUNTED)
def test_a_cap_counting_the_licensee_alone_does_not_count_the_group(
    language: str, definition: str, cap: str
) -> None:
    reading = read_foreign(_text(language, definition, cap))
    term = reading.values["user_threshold"]
    assert isinstance(term, dict)
    assert term["count"] == 3_000_000
    assert "counts" not in term


# a threshold whose amount a passage of its own states, used by its noun in the cap's passage
THRESHOLD_APART = [
    (
        "1. Definiciones. «Umbral»: cincuenta millones de euros (50.000.000 EUR).",
        "El Licenciante concede al Licenciatario el derecho de usar el modelo, incluso con fines "
        "comerciales.",
        "3. Si la facturación anual del Licenciatario supera el Umbral, deberá obtener una "
        "licencia comercial aparte.",
    ),
    (
        "Art. 1. La Soglia è pari a 50.000.000 di euro.",
        "Il Licenziante concede al Licenziatario il diritto di usare il modello, anche a fini "
        "commerciali.",
        "Art. 3. Il Licenziatario il cui fatturato annuo superi la Soglia deve ottenere una "
        "licenza commerciale separata.",
    ),
    (
        "1. O Limiar é de 50.000.000 EUR.",
        "O Licenciante concede ao Licenciado o direito de usar o modelo, inclusive para fins "
        "comerciais.",
        "3. Caso a receita anual do Licenciado ultrapasse o Limiar, é necessária uma licença "
        "comercial separada.",
    ),
    (
        "Le seuil est fixé à 50 000 000 EUR.",
        "Le Concédant accorde au Licencié le droit d'utiliser le modèle, y compris à des fins "
        "commerciales.",
        "Tout Licencié dont le chiffre d'affaires annuel dépasse le seuil doit obtenir une "
        "licence commerciale distincte.",
    ),
    (
        "1. Plafonul este de 50.000.000 EUR.",
        "Licențiatorul acordă Licențiatului dreptul de a utiliza modelul, inclusiv în scopuri "
        "comerciale.",
        "3. Licențiatul a cărui cifră de afaceri anuală depășește plafonul trebuie să obțină o "
        "licență comercială separată.",
    ),
    (
        "1. Tässä lisenssissä kynnyksellä tarkoitetaan 50 000 000 euron rahamäärää.",
        "Lisenssinantaja myöntää Lisenssinsaajalle oikeuden käyttää mallia myös kaupallisesti.",
        "3. Jos Lisenssinsaajan vuotuinen liikevaihto ylittää kynnyksen, tarvitaan erillinen "
        "kaupallinen lisenssi.",
    ),
    (
        "1. Tærsklen er 50.000.000 EUR.",
        "Licensgiver giver Licenstager ret til at bruge modellen, også kommercielt.",
        "3. Overstiger Licenstagers årlige omsætning tærsklen, kræves en separat kommerciel "
        "licens.",
    ),
    (
        "1. Το Όριο ανέρχεται σε 50.000.000 ευρώ.",
        "Ο Αδειοδότης παραχωρεί στον Αδειοδόχο το δικαίωμα χρήσης του μοντέλου, και για "
        "εμπορικούς σκοπούς.",
        "3. Εάν ο ετήσιος κύκλος εργασιών του Αδειοδόχου υπερβαίνει το Όριο, απαιτείται χωριστή "
        "εμπορική άδεια.",
    ),
]


@pytest.mark.parametrize(("threshold", "grant", "cap"), THRESHOLD_APART)
def test_a_threshold_stated_apart_is_the_amount_of_the_cap_naming_it(
    threshold: str, grant: str, cap: str
) -> None:
    reading = read_foreign(f"Licence\n\n{threshold}\n\n{grant}\n\n{cap}\n")
    term = reading.values["revenue_threshold"]
    assert isinstance(term, dict)
    assert (term["amount"], term["currency"]) == (50_000_000, "EUR")
    assert reading.values["commercial_use"] == "restricted"


def test_a_threshold_named_by_a_passage_stating_no_measure_is_no_revenue_cap() -> None:
    reading = read_foreign(
        "Licence\n\nLe seuil est fixé à 50 000 000 EUR.\n\nLe Concédant accorde au Licencié le "
        "droit d'utiliser le modèle, y compris à des fins commerciales.\n\nLe Licencié informe "
        "le Concédant lorsqu'il approche du seuil.\n"
    )
    assert "revenue_threshold" not in reading.values


# the users of any one day capped by a number, in words other than "daily active users"
DAILY_USERS = [
    (
        "de",
        "§ 2 Die Lizenz gilt nur für Dienste, die an keinem Tag von mehr als 50.000 "
        "verschiedenen Nutzern verwendet werden.",
    ),
    (
        "fr",
        "Article 2. Aucun service ne peut compter plus de 50 000 utilisateurs distincts en une "
        "seule journée.",
    ),
    ("pl", "§ 2. Usługa nie może mieć dziennie więcej niż 50 000 różnych użytkowników."),
    (
        "es",
        "2. El permiso se limita a productos utilizados por no más de 50.000 personas distintas "
        "en un mismo día.",
    ),
    (
        "sv",
        "2. Licensen gäller endast tjänster som under någon enskild dag används av högst 50 000 "
        "olika användare.",
    ),
    (
        "uk",
        "2. Ліцензія поширюється лише на продукти, якими протягом будь-якого дня користуються не "
        "більше ніж 50 000 різних користувачів.",
    ),
    (
        "it",
        "2. La licenza copre solo prodotti con non più di 50.000 utenti distinti in un singolo "
        "giorno.",
    ),
    (
        "nl",
        "2. De licentie geldt alleen voor diensten die op geen enkele dag meer dan 50.000 "
        "verschillende gebruikers hebben.",
    ),
]
# lawful twins: a rate a day (requests per user), not a cap on the users
DAILY_RATES = [
    ("de", "2. Die Schnittstelle erlaubt täglich bis zu 50.000 Anfragen pro Nutzer."),
    ("fr", "2. Chaque utilisateur peut envoyer par jour au plus 50 000 requêtes."),
    ("pl", "2. Każdy użytkownik może wysłać dziennie do 50 000 zapytań."),
    ("cs", "2. Každý uživatel smí denně odeslat nejvýše 50 000 dotazů."),
]


def _day_text(sentence: str) -> str:
    return f"Licence\n\n{sentence}\n"


@pytest.mark.parametrize(("language", "sentence"), DAILY_USERS)
def test_the_users_of_any_one_day_capped_are_a_daily_cap(language: str, sentence: str) -> None:
    term = read_foreign(_day_text(sentence)).values.get("user_threshold")
    assert term == {"count": 50_000, "unit": "dau"}, language


@pytest.mark.parametrize(("language", "sentence"), DAILY_RATES)
def test_a_rate_of_requests_a_day_is_no_cap_on_users(language: str, sentence: str) -> None:
    assert "user_threshold" not in read_foreign(_day_text(sentence)).values, language


# a sentence with no number applying a cap the sentence before states ("above this limit")
CAP_APPLIED_APART = [
    (
        "de",
        "§ 2 Die Nutzung ist für Dienste mit bis zu 50.000 verschiedenen Nutzern an einem Tag "
        "gestattet.",
        "Oberhalb dieser Grenze ist mit dem Lizenzgeber ein gesonderter Vertrag zu schließen.",
    ),
    (
        "pl",
        "§ 2. Licencja obejmuje usługi, z których dziennie korzysta nie więcej niż 50 000 "
        "różnych użytkowników.",
        "Powyżej tego progu wymagane jest zawarcie z licencjodawcą odrębnej umowy.",
    ),
    (
        "fr",
        "Article 2. La licence vaut pour les services comptant au plus 50 000 utilisateurs "
        "distincts par jour.",
        "Au-delà de ce seuil, le licencié doit conclure un contrat distinct avec le concédant.",
    ),
    (
        "es",
        "2. La licencia cubre servicios con un máximo de 50.000 usuarios distintos al día.",
        "Quien supere dicho límite deberá firmar un contrato aparte con el licenciante.",
    ),
]


@pytest.mark.parametrize(("language", "cap", "after"), CAP_APPLIED_APART)
def test_a_sentence_past_a_cap_stated_before_is_read_as_its_consequence(
    language: str, cap: str, after: str
) -> None:
    reading = read_foreign(f"Licence\n\n{cap} {after}\n")
    assert reading.values.get("user_threshold") == {"count": 50_000, "unit": "dau"}, language
    conditions = reading.values["commercial_use_conditions"]
    assert isinstance(conditions, list)
    assert "separate-license-above-threshold" in conditions
    assert reading.unread == ()


def _restricted(reading: ForeignReading) -> list[object]:
    tags = reading.values.get("use_restrictions", [])
    return list(tags) if isinstance(tags, list | tuple) else []


# surveillance said by its parts: an act of watching, and two of what is watched, whom, how
SURVEILLANCE_PARTS = [
    (
        "de",
        "Das Modell darf nicht eingesetzt werden, um Standortdaten von Beschäftigten heimlich "
        "auszuwerten.",
    ),
    (
        "fr",
        "Il est interdit d'utiliser le modèle pour suivre à leur insu les déplacements des "
        "salariés.",
    ),
    (
        "es",
        "Queda prohibido usar el modelo para registrar sin su consentimiento las "
        "conversaciones de los empleados.",
    ),
    (
        "it",
        "È vietato usare il modello per intercettare di nascosto le comunicazioni dei dipendenti.",
    ),
    (
        "nl",
        "Het is verboden het model te gebruiken om zonder medeweten van werknemers hun "
        "berichten te analyseren.",
    ),
    ("pl", "Zabrania się używania modelu do potajemnego rejestrowania rozmów pracowników."),
    ("cs", "Model se nesmí používat ke skrytému zaznamenávání hovorů zaměstnanců."),
    ("sv", "Modellen får inte användas för att i smyg kartlägga anställdas rörelser."),
    ("fi", "Mallia ei saa käyttää työntekijöiden sijainnin seuraamiseen salaa."),
    ("pt", "É proibido usar o modelo para gravar às escondidas as chamadas dos clientes."),
]
# twins: a ban of watching things (the model's own activity), or of no watching at all
SURVEILLANCE_TWINS = [
    (
        "de",
        "Das Modell darf nicht eingesetzt werden, um die Aktivität anderer Modelle auszuwerten.",
    ),
    ("fr", "Il est interdit d'utiliser le modèle pour analyser les messages d'erreur du serveur."),
    ("pt", "É proibido usar o modelo para registar a atividade de servidores."),
    ("pl", "Zabrania się używania modelu do rejestrowania aktywności innych systemów."),
]


@pytest.mark.parametrize(("language", "sentence"), SURVEILLANCE_PARTS)
def test_surveillance_said_by_its_parts_is_banned(language: str, sentence: str) -> None:
    reading = read_foreign(f"Licence\n\n{sentence}\n")
    assert "surveillance" in _restricted(reading), language


@pytest.mark.parametrize(("language", "sentence"), SURVEILLANCE_TWINS)
def test_watching_things_is_no_surveillance(language: str, sentence: str) -> None:
    reading = read_foreign(f"Licence\n\n{sentence}\n")
    assert "surveillance" not in _restricted(reading), language


def test_an_item_of_a_banned_list_naming_surveillance_by_its_parts() -> None:
    text = (
        "Política de uso\n\nO modelo não pode ser utilizado para:\n\n"
        "- seguir sem o seu conhecimento a localização dos colaboradores;\n"
        "- qualquer fim ilícito.\n"
    )
    assert "surveillance" in _restricted(read_foreign(text))


# a territory listing a country by its state's official name
STATE_NAMES = [
    (
        "«Territorio»: el Reino de España y la República Portuguesa, y solo estos.",
        ["ES", "PT"],
    ),
    (
        "La licence n'est valable que sur le territoire de la République française et de la "
        "République italienne.",
        ["FR", "IT"],
    ),
    (
        "O direito de utilizar o modelo, concedido por esta licença, vale exclusivamente no "
        "território da República Portuguesa.",
        ["PT"],
    ),
    (
        "La licenza è valida esclusivamente nel territorio della Confederazione Svizzera e della "
        "Repubblica francese.",
        ["CH", "FR"],
    ),
]


@pytest.mark.parametrize(("sentence", "regions"), STATE_NAMES)
def test_a_country_named_by_its_state_is_that_country(sentence: str, regions: list[str]) -> None:
    reading = read_foreign(f"Licencia\n\n{sentence}\n")
    clauses = reading.values["excluded_use_territories"]
    assert isinstance(clauses, list)
    assert sorted(clauses[0]["regions"]) == regions


def test_a_law_named_by_the_state_is_that_countrys() -> None:
    reading = read_foreign(
        "Licença\n\nA presente licença rege-se pela lei da República Portuguesa.\n"
    )
    assert reading.values["governing_law"] == "PT"


# a grant whose acts include a commercial one, under a condition asking nothing
COMMERCIAL_ACTS = [
    "O licenciante concede ao licenciado o direito de usar, modificar e explorar "
    "comercialmente o modelo, desde que o modelo seja executado na União Europeia.",
    "Le concédant accorde au licencié, à titre gratuit, le droit d'utiliser, de copier et "
    "d'exploiter commercialement le modèle.",
    "Il licenziante concede al licenziatario il diritto di usare e sfruttare commercialmente "
    "il modello.",
    "Licencjodawca udziela licencjobiorcy nieodpłatnie prawa do komercyjnego wykorzystania modelu.",
    "Se otorga al licenciatario el derecho de reproducir, adaptar y usar el modelo para fines "
    "comerciales, siempre que se conserve este aviso.",
    "Poskytovatel uděluje nabyvateli právo model užívat, upravovat a komerčně využívat.",
]
# twins: the commercial act excepted, asked for, or named non-commercial
COMMERCIAL_ACTS_TWINS = [
    "Se concede al licenciatario el derecho a usar el modelo, salvo su explotación comercial.",
    "Le concédant accorde au licencié le droit d'utiliser le modèle à des fins non commerciales.",
    "Il licenziante concede il diritto di sfruttare commercialmente il modello previo "
    "consenso scritto del licenziante.",
    "Licencjodawca udziela prawa do korzystania z modelu, z wyjątkiem jego komercyjnego "
    "wykorzystania.",
]


@pytest.mark.parametrize("sentence", COMMERCIAL_ACTS)
def test_a_grant_of_a_commercial_act_allows_commercial_use(sentence: str) -> None:
    assert read_foreign(f"Licence\n\n{sentence}\n").values.get("commercial_use") == "allowed"


@pytest.mark.parametrize("sentence", COMMERCIAL_ACTS_TWINS)
def test_a_commercial_act_excepted_or_asked_for_is_no_allowance(sentence: str) -> None:
    assert read_foreign(f"Licence\n\n{sentence}\n").values.get("commercial_use") != "allowed"
