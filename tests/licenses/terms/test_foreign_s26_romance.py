"""Session 26, Romance languages and Greek (es, pt, fr, it, ro, ca, el): shapes read from the
word tables (`foreign_law_romance`, `foreign_cues_el_he`, `foreign_romance`,
`foreign_no_term_romance`, `granted_kind`), each with paraphrases written for the test and
twins that must not be read so."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_no_term_romance import states_no_term_romance
from auditor.licenses.terms.model_terms import _priority


def _values(text: str) -> dict[str, Any]:
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- the governing law by a verb of governing or "being of application", any order ----------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Resulta de aplicación a este contrato la legislación argentina.", "AR"),
        (
            "Los derechos y deberes de las partes los gobierna la ley de la República de Chile.",
            "CL",
        ),
        ("Il presente accordo è governato dalla legge italiana.", "IT"),
        ("La legge applicabile alle presenti condizioni è quella della Repubblica italiana.", "IT"),
        ("Este contrato é governado pelas leis da República Federativa do Brasil.", "BR"),
        ("Prezentul acord este guvernat de legea română.", "RO"),
        ("Το παρόν διέπεται από το δίκαιο της Ελληνικής Δημοκρατίας.", "GR"),
        ("Κυπριακό το δίκαιο που εφαρμόζεται.", "CY"),
        ("Εφαρμοστέα νομοθεσία η ελληνική νομοθεσία.", "GR"),
        ("4. Ελληνικό δίκαιο.", "GR"),
    ],
)
def test_a_law_chosen_by_any_verb_of_governing_is_read(text: str, code: str) -> None:
    assert _values(text).get("governing_law") == code


@pytest.mark.parametrize(
    "text",
    [
        # twins: a law to obey, a court, an app ("aplicación") beside a law to comply with
        "El usuario debe cumplir la legislación española de protección de datos.",
        "Ο χρήστης οφείλει να τηρεί την ελληνική νομοθεσία για τα δεδομένα.",
        "Αρμόδια είναι τα δικαστήρια της Αθήνας κατά το ελληνικό δίκαιο.",
    ],
)
def test_a_law_to_obey_or_a_court_is_no_choice_of_law(text: str) -> None:
    assert "governing_law" not in _values(text)


# --- a non-profit grant with an adverb, a grant denied far from the profit word ------------


@pytest.mark.parametrize(
    "text",
    [
        "La titular autoriza el uso del modelo con fines estrictamente no lucrativos.",
        "Le titulaire permet d'employer le modèle à des fins exclusivement non commerciales.",
        "A titular não autoriza nenhum tipo de utilização com fins lucrativos.",
        "Il titolare non consente alcuna forma di impiego del modello a scopo di lucro.",
        "Titularul nu permite nicio formă de utilizare a modelului în scop comercial.",
    ],
)
def test_a_grant_for_no_profit_or_a_profit_use_denied_is_a_ban(text: str) -> None:
    assert _values(text).get("commercial_use") == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        # twins: trademarks are no commercial use
        "Esta licencia no autoriza a usar las marcas comerciales ni los logotipos del titular.",
        "La présente licence n'autorise pas l'emploi des marques commerciales du titulaire.",
    ],
)
def test_a_trademark_denied_is_no_ban_on_commercial_use(text: str) -> None:
    assert _values(text).get("commercial_use") != "prohibited"


# --- passages stating no term ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Asunto: Condiciones de uso del modelo Pino-3B",
        "Oggetto: termini di utilizzo di Abete-2B",
        "Le présent document définit les droits accordés sur les poids du modèle.",
        "Questa licenza disciplina i diritti concessi sul modello Faggio.",
        "« Donneur de licence » : Fictive Bouleau SA, dont le siège est à Lausanne.",
        'IV – "Conteúdo Gerado" é todo texto produzido pelo modelo;',
        'Son "Productos" las páginas y los servicios del licenciatario.',
        "Este derecho queda limitado según la cláusula 5.",
        "Os pesos podem ser redistribuídos livremente, ressalvado o artigo 7.",
        "Las solicitudes se envían a la dirección permisos@ejemplo.example.",
        "Οι αιτήσεις αποστέλλονται στη διεύθυνση info@example.example.",
        "Nu e nevoie să ne cereți acordul și nici să ne informați.",
        "No hace falta pedirnos nada ni avisarnos.",
        "La notificación solo sirve para saber quién utiliza el modelo.",
        "L'avviso serve soltanto a tenere un registro degli utenti.",
        "Κάθε αντίγραφο του μοντέλου συνοδεύεται από τους παρόντες όρους.",
        "Păstrați doar acest mesaj împreună cu fiecare copie.",
        "Podéis ejecutar, copiar y adaptar el modelo sin pagar nada.",
        "Vous pouvez exécuter, copier et transmettre le modèle.",
    ],
)
def test_a_passage_stating_no_term_is_not_unread(text: str) -> None:
    assert not _unread(text)
    assert "commercial_use" not in _values(text) or _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        # twins: a definition stating a figure, a reference with a ban, a permission needed
        '"Usuario Comercial" es toda empresa con más de 250 000 empleados.',
        "Queda prohibido el uso comercial, según la cláusula 5.",
        "Solo puede copiar el modelo con fines de investigación.",
    ],
)
def test_a_passage_with_a_term_is_not_set_aside(text: str) -> None:
    assert not states_no_term_romance(text)


# --- a licence file named in the group's languages is a licence file ------------------------


@pytest.mark.parametrize(
    "name",
    [
        *("LLICÈNCIA.md", "LICENTA.txt", "LICENȚA.md", "ΑΔΕΙΑ.md", "OROI.txt", "CONDIZIONI.md"),
        *("CONDICOES.md", "CONDICIONES.txt", "CONDIȚII.md"),
    ],
)
def test_a_licence_file_named_in_the_group_languages_comes_first(name: str) -> None:
    assert _priority(name) == 0


def test_a_notice_file_stays_last() -> None:
    assert _priority("NOTICE.md") == 3
