"""Session 27 (round H2), Romance languages and Greek (es, pt, fr, it, ro, ca, gl, el): shapes
read by `foreign_no_term_s27_romance`, `foreign_clauses_s27_romance` and the law verbs of
`foreign_law_romance`, each with paraphrases written for the test (other words, orders and
languages than the round's cases) and twins that must not be read so."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(text: str) -> dict[str, Any]:
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- a law chosen by a verb of interpreting or governing, in Catalan and Galician too ---------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Estas bases se interpretarán conforme al derecho español.", "ES"),
        ("O presente contrato interpreta-se de acordo com a lei portuguesa.", "PT"),
        ("Le présent accord s'interprète selon le droit belge.", "BE"),
        ("Il contratto si interpreta secondo la legge italiana.", "IT"),
        ("Aquest acord es regeix per la legislació espanyola.", "ES"),
        ("Estas condicións réxense pola lei española.", "ES"),
        # the law first, then the courts that decide
        ("la ley española, y los tribunales de Bilbao resuelven las disputas.", "ES"),
        ("la legge italiana, e le corti di Torino decidono.", "IT"),
    ],
)
def test_a_law_chosen_by_a_verb_of_interpreting_is_read(text: str, code: str) -> None:
    assert _values(text).get("governing_law") == code


@pytest.mark.parametrize(
    "text",
    [
        # twins: a law to obey, and data protection law to interpret
        "El usuario interpretará y cumplirá la legislación española de protección de datos.",
        "L'utilisateur doit respecter le droit belge applicable aux données personnelles.",
        "Los tribunales de Madrid aplicarán la ley española de protección de datos.",
    ],
)
def test_a_law_to_obey_is_no_choice_of_law(text: str) -> None:
    assert "governing_law" not in _values(text)


# --- passages that state no term, by their shape ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a party and its seat, in any order
        "La titular de los derechos es Sierra Ejemplo Datos, S.L., con domicilio social en Burgos.",
        "Ejemplo Neve S.r.l., con sede legale a Trento, è la licenziante.",
        "Licențiatorul, Exemplu Soft S.R.L., are sediul social... cu sediul în Iași.",
        "Ο δικαιοπάροχος είναι η Παράδειγμα Α.Ε., με έδρα την Πάτρα.",
        "Exemple Lac SAS, dont le siège est à Annecy, concède la présente licence.",
        # a question standing alone: its answer states the term
        "Posso instalar o modelo nos computadores da minha empresa?",
        "¿Hace falta avisar al titular antes de publicar una aplicación?",
        "Puis-je modifier les poids et les partager ensuite ?",
        "Μπορώ να χρησιμοποιήσω το μοντέλο σε εφαρμογή του δήμου;",
        # no other use excluded
        "Nenhuma outra utilização fica excluída.",
        "Aucun autre usage n'est interdit par la présente licence.",
        "Nessun altro impiego è escluso.",
        "Καμία άλλη χρήση δεν απαγορεύεται.",
        # no formality, by its nouns
        "No hay registro ni solicitud de permiso.",
        "Aucune inscription ni déclaration n'est requise.",
        "Non c'è alcuna registrazione né notifica.",
        # a use said to stay free
        "Por debajo de esa cifra el uso sigue siendo libre y gratuito.",
        "Sotto tale soglia l'utilizzo rimane gratuito.",
        # this document, its notes or answers, part of the licence, binding the parties
        "Les annexes font partie intégrante de la licence.",
        "As notas de rodapé fazem parte destas condições.",
        "Este documento es la licencia completa.",
        "Cada respuesta obliga al titular y a quien usa el modelo.",
        # definitions: of a measure with the copula first, Greek quoted, a Greek lead-in
        "Es usuario activo toda persona que haya abierto la aplicación en el mes.",
        '"Εφαρμογή" είναι κάθε λογισμικό του αδειούχου που καλεί το μοντέλο·',
        "Στην παρούσα άδεια:",
        # counting rules counting no more than the licensee's own figure
        "Cuenta solo la facturación propia del licenciatario.",
        "Les chiffres des sociétés affiliées ne sont pas additionnés.",
        "Il limite si calcola servizio per servizio.",
        "Os utilizadores das sociedades coligadas não se somam.",
        # a clause's number alone, after a short caption
        "Art. 7.",
        "Ley aplicable Artículo 12.",
        # a caption of what applies to disputes, standing alone
        "Lo que rige en caso de conflicto",
        "Cosa si applica in caso di lite",
        "Άρθρο 3.",
        # a notice serving only statistics; the licensor neither examines nor opposes it
        "El aviso sólo sirve para fines estadísticos.",
        "A comunicação serve apenas para o nosso registo interno.",
        "Il titolare non può opporsi alla segnalazione.",
        "Le concédant n'y répond pas.",
        # a row of acts of use, free
        "evaluar o estudiar el modelo libre y gratuito",
        "testare il modello gratis",
    ],
)
def test_a_passage_stating_no_term_is_read_as_none(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread, text
    assert "commercial_use" not in reading.values


@pytest.mark.parametrize(
    "text",
    [
        # twins: the same shapes carrying a term
        "La titular, Sierra Datos, S.L., con domicilio en Burgos, prohíbe el uso comercial.",
        "Não há uso comercial sem registo prévio.",
        "Nessun altro uso è consentito senza autorizzazione scritta.",
        "Por encima de esa cifra el uso sigue siendo libre solo para fines de investigación.",
        "Se suman los usuarios de todas las sociedades del grupo.",
        "Les utilisateurs des sociétés affiliées sont additionnés à ceux du licencié.",
        "Puis-je utiliser le modèle ? Non, sauf à des fins de recherche.",
        "Uso comercial prohibido Artículo 3.",
        "Uso comercial sin licencia del titular en caso de conflicto",
        "Le concédant ne peut pas refuser, sauf pour un usage commercial.",
        "usar el modelo con fines comerciales libre y gratuito, previo registro",
    ],
)
def test_the_same_shapes_carrying_a_term_are_not_read_as_none(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread or reading.values, text


# --- people sorted or identified by body data, or by "such data" of the item before ----------


@pytest.mark.parametrize(
    "text",
    [
        "Queda prohibido clasificar a las personas según sus rostros o sus voces.",
        "Il est interdit de classer les clients d'après de telles données.",
        "È vietato classificare le persone in base a tali dati.",
        "É proibido categorizar trabalhadores com base em tais dados.",
        "Este interzisă clasificarea persoanelor după astfel de date.",
    ],
)
def test_people_sorted_by_body_data_is_a_biometric_ban(text: str) -> None:
    assert "biometric-identification" in _values(text).get("use_restrictions", [])


@pytest.mark.parametrize(
    "text",
    [
        # twins: documents sorted, or sorting allowed
        "Queda prohibido clasificar documentos según tales datos.",
        "Se puede clasificar a las personas según sus preferencias de lectura.",
    ],
)
def test_things_sorted_by_data_is_no_biometric_ban(text: str) -> None:
    assert "biometric-identification" not in _values(text).get("use_restrictions", [])


# --- licensees left out by where they live or have their seat --------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("La licencia no otorga derecho alguno a quien tenga su domicilio en Rusia.", "RU"),
        ("Nenhum direito é concedido a empresas com sede na Bielorrússia.", "BY"),
        ("La licence ne confère aucun droit aux personnes établies en Iran.", "IR"),
        ("Chi risiede nell'Unione europea non beneficia della presente licenza.", "EU"),
        ("Η άδεια δεν παρέχεται σε όσους έχουν την έδρα τους στη Ρωσία.", "RU"),
    ],
)
def test_a_grant_withheld_from_those_based_in_a_place_is_read(text: str, code: str) -> None:
    clauses = _values(text).get("excluded_licensee_domiciles", [])
    assert any(code in clause["regions"] for clause in clauses), clauses


@pytest.mark.parametrize(
    "text",
    [
        # twins: a place of use, sanctions of a place, an exclusive grant to those based there
        "El modelo puede usarse en Rusia.",
        "Quien resida en Rusia debe respetar las sanciones de la Unión Europea.",
        "La licencia se concede exclusivamente a empresas con sede en la Unión Europea.",
    ],
)
def test_a_place_named_otherwise_is_no_domicile_exclusion(text: str) -> None:
    assert "excluded_licensee_domiciles" not in _values(text)


# --- a territory defined, and use confined to it ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "1. «Territorio»: el Reino de España y el Principado de Andorra.\n\n"
            "2. El modelo solo puede ejecutarse dentro del Territorio.\n",
            ["AD", "ES"],
        ),
        (
            '1. "Territoire" : la République française.\n\n'
            "2. Hors du Territoire, aucun droit n'est concédé.\n",
            ["FR"],
        ),
        (
            "Art. 1 «Territorio»: la Repubblica Italiana.\n\n"
            "Art. 2 Il modello può essere usato soltanto nel Territorio.\n",
            ["IT"],
        ),
    ],
)
def test_use_confined_to_a_defined_territory_is_read(text: str, regions: list[str]) -> None:
    clauses = _values(text).get("excluded_use_territories", [])
    assert clauses and clauses[0]["regions"] == regions and clauses[0]["within"], clauses


def test_a_territory_defined_but_never_confined_to_is_no_confinement() -> None:
    text = (
        "1. «Territorio»: el Reino de España.\n\n"
        "2. El modelo puede usarse en cualquier lugar, también fuera del Territorio.\n"
    )
    assert "excluded_use_territories" not in _values(text)


# --- a name given "hereinafter", and an "only" telling what a model takes in -----------------


def test_a_model_named_hereinafter_states_no_term() -> None:
    text = "El modelo Beta-3B (en adelante, el «Modelo») procesa únicamente texto."
    assert not _unread(text) and not _values(text)


def test_a_use_confined_beside_a_name_given_hereinafter_is_still_read() -> None:
    text = "Il modello Alfa-7B (di seguito, «Modello») può essere usato soltanto per ricerca."
    assert _values(text).get("use_scope") == ["research"]
