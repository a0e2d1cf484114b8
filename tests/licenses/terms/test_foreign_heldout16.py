"""Clauses of licences in other languages read in the session-16 held-out round, each in several
wordings written here in the general shape of such clauses (none is any document's sentence):

- a grant that includes commercial ends ("auch zu gewerblichen Zwecken", "y compris à des fins
  commerciales", "incluso con fines comerciales", 商用目的を含む) is commercial use allowed; the
  counter-examples share their words but ban it or confine the grant to other ends, and a
  grant "nicht ausschließlich" (non-exclusive) is no ban on commercial use;
- a revenue cap in US dollars written the German way ("5 Millionen US-Dollar") and the sentence
  after it asking for a licence "then" (past the cap) are a cap, not a permission to ask for;
- a sanctions clause withholding the grant from persons or companies based in named places is
  `excluded_licensee_domiciles`; the state whose sanctions it invokes is no excluded place, and
  a withheld grant naming no one based anywhere is none.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(*sentences: str) -> dict[str, object]:
    return read_foreign("Terms\n\n" + "\n\n".join(sentences) + "\n").values


INCLUDES_COMMERCIAL = [
    "Der Lizenzgeber gewährt Ihnen das Recht, das Modell zu nutzen und zu verändern, auch zu "
    "gewerblichen Zwecken.",
    "Sie erhalten ein nicht ausschließliches Recht, das Modell auch für kommerzielle Zwecke zu "
    "verwenden.",
    "Die Nutzung des Modells, einschließlich der kommerziellen Nutzung, ist unentgeltlich.",
    "Nous vous accordons le droit d'utiliser et de modifier le modèle, y compris à des fins "
    "commerciales.",
    "Le modèle peut être redistribué gratuitement, notamment pour un usage commercial.",
    "Vous pouvez intégrer le modèle dans vos produits, y compris dans un cadre commercial.",
    "Se le concede el derecho de usar y modificar el modelo, incluso con fines comerciales.",
    "Puede redistribuir el modelo gratuitamente, incluido el uso comercial.",
    "El licenciante permite copiar el modelo, incluyendo su explotación comercial.",
    "É concedido o direito de usar o modelo, inclusive para fins comerciais.",
    "È concesso il diritto di usare il modello, anche a scopi commerciali.",
    "利用者は、商用目的を含むあらゆる目的で本モデルを無償で利用できます。",
    "本モデルは、商用利用も含めて、自由に改変および再配布することができます。",
    "営利目的を含み、いかなる目的でも本ソフトウェアを使用することを許諾します。",
]


@pytest.mark.parametrize("sentence", INCLUDES_COMMERCIAL)
def test_a_grant_including_commercial_ends_allows_commercial_use(sentence: str) -> None:
    values = _values(sentence)
    assert values.get("commercial_use") == "allowed", values


NOT_INCLUDED = [
    "Die Nutzung, auch zu nicht gewerblichen Zwecken, bedarf keiner Zustimmung; gewerbliche "
    "Nutzung ist untersagt.",
    "Das Modell darf nicht kommerziell genutzt werden, auch nicht in Teilen.",
    "Toute utilisation, y compris non commerciale, est soumise aux présentes conditions ; "
    "l'utilisation commerciale est interdite.",
    "Queda prohibido el uso del modelo, incluso con fines comerciales indirectos.",
    "Se permite usar el modelo incluso en universidades, pero no con fines comerciales.",
    "商用目的を含む一切の営利利用を禁止します。",
    "本モデルは非商用目的を含む研究用途に限り利用できます。",
]


@pytest.mark.parametrize("sentence", NOT_INCLUDED)
def test_a_ban_sharing_the_words_is_no_grant(sentence: str) -> None:
    values = _values(sentence)
    assert values.get("commercial_use") != "allowed", values


def test_a_non_exclusive_grant_is_no_ban() -> None:
    values = _values(
        "Sie erhalten ein nicht ausschließliches Recht, das Modell gewerblich zu nutzen."
    )
    assert values.get("commercial_use") != "prohibited", values


REVENUE_CAPS = [
    (
        "Übersteigt der Jahresumsatz des Lizenznehmers 5 Millionen US-Dollar, endet das Recht "
        "zur gewerblichen Nutzung.",
        "Die weitere gewerbliche Nutzung bedarf dann einer gesonderten, kostenpflichtigen Lizenz.",
        5_000_000,
    ),
    (
        "Lizenznehmer, deren Jahresumsatz 2 Mio. US-Dollar übersteigt, benötigen für die "
        "gewerbliche Nutzung eine Lizenz.",
        "In diesem Fall ist eine separate Lizenz erforderlich.",
        2_000_000,
    ),
    (
        "Si le chiffre d'affaires annuel du licencié dépasse 10 millions de dollars, le droit "
        "d'usage commercial prend fin.",
        "Dans ce cas, une licence commerciale distincte doit être obtenue.",
        10_000_000,
    ),
    (
        "Si los ingresos anuales del licenciatario superan 3 millones de dólares, se extingue "
        "el derecho de uso comercial.",
        "En tal caso, el uso comercial requiere una licencia separada.",
        3_000_000,
    ),
]


@pytest.mark.parametrize(("cap", "then", "amount"), REVENUE_CAPS)
def test_a_revenue_cap_in_dollars_and_its_consequence(cap: str, then: str, amount: int) -> None:
    values = _values(cap, then)
    assert values.get("revenue_threshold_usd") == amount, values
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"], values


NO_CAP_BEFORE = [
    "Die gewerbliche Nutzung bedarf einer gesonderten, kostenpflichtigen Lizenz.",
    "Die gewerbliche Nutzung ist nur dann zulässig, wenn Sie eine gesonderte Lizenz erwerben.",
    "Die kommerzielle Nutzung ist dann erlaubt, wenn eine separate Lizenz vorliegt.",
    "L'utilisation commerciale est permise dès lors que vous obtenez une licence commerciale.",
]


@pytest.mark.parametrize("sentence", NO_CAP_BEFORE)
def test_a_licence_asked_for_without_a_cap_before_is_a_separate_license(sentence: str) -> None:
    values = _values(sentence)
    assert values.get("commercial_use_conditions") == ["separate-license"], values


SANCTIONS = [
    (
        "No se concede licencia alguna a personas residentes en Cuba o Irán, ni a entidades "
        "constituidas o con sede principal en dichos países.",
        ["CU", "IR"],
    ),
    (
        "La licencia no se extiende a las empresas domiciliadas en Rusia o Bielorrusia.",
        ["BY", "RU"],
    ),
    (
        "Aucune licence n'est accordée aux personnes résidant en Corée du Nord, en Syrie ou en "
        "Russie.",
        ["KP", "RU", "SY"],
    ),
    (
        "Les entités ayant leur siège en Biélorussie sont exclues de la présente licence.",
        ["BY"],
    ),
    (
        "Unternehmen mit Sitz in Russland, Belarus oder Iran wird keine Lizenz erteilt.",
        ["BY", "IR", "RU"],
    ),
    (
        "Personen mit Wohnsitz in Nordkorea oder Kuba sind von dieser Lizenz ausgeschlossen.",
        ["CU", "KP"],
    ),
    (
        "Nenhuma licença é concedida a entidades sediadas na Rússia ou no Irã.",
        ["IR", "RU"],
    ),
    (
        "Nessuna licenza viene concessa alle persone e alle società residenti o con sede in "
        "Russia, Bielorussia o Siria.",
        ["BY", "RU", "SY"],
    ),
    (
        "No se concede licencia a las entidades constituidas en países sujetos a sanciones "
        "de Estados Unidos, como Cuba o Venezuela.",
        ["CU", "VE"],
    ),
]


@pytest.mark.parametrize(("sentence", "regions"), SANCTIONS)
def test_a_grant_withheld_from_those_based_in_places(sentence: str, regions: list[str]) -> None:
    values = _values(sentence)
    assert values.get("excluded_licensee_domiciles") == [
        {"regions": regions, "models": "all", "exempts": []}
    ], values


NO_DOMICILE_CLAUSE = [
    # the sanctioning state only: no place named as anyone's seat
    "No se concede licencia a personas incluidas en las listas de sanciones de Estados Unidos o "
    "de la Unión Europea.",
    # a withheld grant naming no place
    "No se concede licencia alguna para usos militares a entidades constituidas en cualquier país.",
    # residents of a place, with nothing withheld
    "Los usuarios residentes en España pueden descargar el modelo libremente.",
    "Les personnes résidant en France peuvent utiliser le modèle gratuitement.",
    # an exclusion of liability beside the licensor's seat
    "Die Lizenzgeberin mit Sitz in Deutschland haftet nicht; jede Gewährleistung ist "
    "ausgeschlossen.",
    "Die Lizenzgeberin mit Sitz in Deutschland schließt jede Haftung aus, soweit gesetzlich "
    "zulässig, und die Gewährleistung ist ausgeschlossen.",
    "Les garanties sont exclues, dans la mesure permise par la loi, pour les utilisateurs "
    "résidant en France.",
    # the governing law and courts
    "Esta licencia se rige por las leyes de España y los tribunales con sede en Madrid.",
]


@pytest.mark.parametrize("sentence", NO_DOMICILE_CLAUSE)
def test_no_domicile_clause_without_someone_based_in_a_withheld_place(sentence: str) -> None:
    values = _values(sentence)
    assert "excluded_licensee_domiciles" not in values, values
