"""Held-out round I (European languages), duties and grants by shape: texts written for these
tests, each a paraphrase in other words, order or language than the clause the shape was seen
in, with lawful twins that must not be read as the shape."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

# a naming duty: a derived model's name must begin with or carry a quoted word
NAMING_DUTIES = [
    "Назва похідної моделі повинна починатися зі слова «Orel».",
    "Název každého odvozeného modelu musí začínat slovem „Orel“.",
    "Názov odvodeného modelu musí začínať slovom „Orel“.",
    "Το όνομα κάθε παράγωγου μοντέλου πρέπει να ξεκινά με τη λέξη «Orel».",
    "Namnet på en härledd modell måste börja med ordet ”Orel”.",
    "Navnet på en afledt model skal begynde med ordet »Orel«.",
    "Johdetun mallin nimen täytyy alkaa sanalla ”Orel”.",
    "Numele oricărui model derivat trebuie să înceapă cu cuvântul „Orel”.",
    "A származtatott modell nevének a „Orel” szóval kell kezdődnie.",
]
# twins: the model's own name described, no duty
NAMING_TWINS = [
    "Název tohoto modelu začíná slovem „Orel“, podle dravého ptáka.",
    "Το όνομα του μοντέλου ξεκινά με τη λέξη «Orel», από το πουλί.",
]


@pytest.mark.parametrize("sentence", NAMING_DUTIES)
def test_a_derived_name_that_must_begin_with_a_word_is_a_naming_duty(sentence: str) -> None:
    values = read_foreign(f"Licence\n\n{sentence}\n").values
    assert values.get("naming_requirement") == "Orel"


@pytest.mark.parametrize("sentence", NAMING_TWINS)
def test_a_name_described_is_no_naming_duty(sentence: str) -> None:
    assert "naming_requirement" not in read_foreign(f"Licence\n\n{sentence}\n").values


# a credit duty in Greek naming the licensor by another word, or this licence to attach
GREEK_CREDIT = [
    "Όποιος δημοσιεύει παράγωγο έργο οφείλει να αναφέρει τον Δικαιοπάροχο.",
    "Κάθε αντίγραφο του μοντέλου πρέπει να συνοδεύεται από την παρούσα άδεια.",
]


@pytest.mark.parametrize("sentence", GREEK_CREDIT)
def test_a_greek_credit_duty_is_read(sentence: str) -> None:
    reading = read_foreign(f"Άδεια\n\n{sentence}\n")
    assert reading.values.get("attribution_required") is True
    assert reading.unread == ()


# a notice before commercial use the licensor does not answer: its condition, registration
NOTICES_UNANSWERED = [
    (
        "Die gewerbliche Nutzung des Modells ist gestattet.",
        "Vor Beginn der gewerblichen Nutzung zeigen Sie diese dem Lizenzgeber per E-Mail an.",
        "Die Anzeige wird vom Lizenzgeber weder geprüft noch beantwortet.",
    ),
    (
        "Het commerciële gebruik van het model is toegestaan.",
        "Meld het commerciële gebruik vooraf per e-mail aan de licentiegever.",
        "De melding wordt niet beoordeeld en het recht geldt ongeacht of de licentiegever "
        "antwoordt.",
    ),
    (
        "L'utilisation commerciale du modèle est autorisée.",
        "Avant toute utilisation commerciale, informez le concédant par courriel.",
        "Cette déclaration n'est ni examinée ni confirmée par le concédant.",
    ),
    (
        "El uso comercial del modelo está permitido.",
        "Antes de iniciar el uso comercial, notifique al licenciante por correo electrónico.",
        "La notificación no se revisa ni se confirma, y el derecho existe con independencia de "
        "la respuesta.",
    ),
]


@pytest.mark.parametrize(("grant", "notice", "unanswered"), NOTICES_UNANSWERED)
def test_a_notice_the_licensor_does_not_answer_is_a_registration(
    grant: str, notice: str, unanswered: str
) -> None:
    reading = read_foreign(f"Lizenz\n\n{grant}\n\n{notice}\n\n{unanswered}\n")
    assert reading.values.get("commercial_use") == "allowed"
    conditions = reading.values.get("commercial_use_conditions")
    assert isinstance(conditions, list)
    assert "registration" in conditions
    assert reading.unread == ()


# internal use said not commercial, or commercial use defined as offering to others only
INTERNAL_USE = [
    "L'usage interne du modèle ne constitue pas un usage commercial, même dans une entreprise.",
    "El uso interno del modelo no se considera uso comercial, aunque lo realice una empresa.",
    "Wewnętrzne wykorzystanie modelu nie stanowi wykorzystania komercyjnego.",
    "Intern användning av modellen är inte kommersiell användning.",
    "Mallin käyttö yrityksen sisäisessä toiminnassa ei ole kaupallista käyttöä.",
    "Kommerzielle Nutzung bezeichnet ausschließlich das Anbieten des Modells an Dritte.",
    "Per uso commerciale si intende soltanto l'offerta del modello a terzi.",
]
INTERNAL_USE_TWINS = [
    "Kommerzielle Nutzung bezeichnet das Anbieten des Modells an Dritte oder jede sonstige "
    "Nutzung im Geschäftsbetrieb.",
    "L'usage interne du modèle n'est pas autorisé à des fins commerciales.",
    "Não é uso sem fins lucrativos o de uma empresa comercial, mesmo nos seus serviços internos.",
]


@pytest.mark.parametrize("sentence", INTERNAL_USE)
def test_internal_use_said_not_commercial_is_within_the_grant(sentence: str) -> None:
    scope = read_foreign(f"Licence\n\n{sentence}\n").values.get("use_scope")
    assert scope == ["internal-use-by-anyone"]


@pytest.mark.parametrize("sentence", INTERNAL_USE_TWINS)
def test_a_wider_definition_or_a_ban_is_no_internal_use_scope(sentence: str) -> None:
    scope = read_foreign(f"Licence\n\n{sentence}\n").values.get("use_scope")
    assert scope != ["internal-use-by-anyone"]


# a grant on the condition that the use is not commercial: a non-commercial grant
UNLESS_COMMERCIAL = [
    "Jokainen saa käyttää ja muokata mallia maksutta, kunhan käyttö ei ole kaupallista.",
    "Chacun peut utiliser le modèle, à condition que l'usage ne soit pas commercial.",
    "Cualquiera puede usar el modelo, siempre que el uso no sea comercial.",
    "Chiunque può usare il modello, purché l'uso non sia commerciale.",
    "Kdokoli smí model užívat, pokud užití není komerční.",
    "Alla får använda modellen, förutsatt att användningen inte är kommersiell.",
    "Oricine poate folosi modelul, cu condiția ca utilizarea să nu fie comercială.",
    "Кожен може використовувати модель за умови, що використання не є комерційним.",
]


@pytest.mark.parametrize("sentence", UNLESS_COMMERCIAL)
def test_use_granted_unless_commercial_is_a_non_commercial_grant(sentence: str) -> None:
    reading = read_foreign(f"Licence\n\n{sentence}\n")
    assert reading.values.get("commercial_use") == "prohibited"
    assert reading.unread == ()


def test_a_notice_sentence_told_english_among_german_ones_is_read_in_german() -> None:
    text = (
        "Nutzungsbedingungen\n\n"
        "Die Lizenzgeberin räumt jedermann das Recht ein, das Modell auch gewerblich zu nutzen.\n\n"
        "Wer Falke-7B gewerblich einsetzt, zeigt dies vorab formlos an; eine E-Mail an "
        "info@falke.example genügt.\n\n"
        "Die Anzeige ist keine Genehmigung und wird weder geprüft noch bestätigt.\n"
    )
    reading = read_foreign(text)
    conditions = reading.values.get("commercial_use_conditions")
    assert isinstance(conditions, list)
    assert "registration" in conditions
    assert reading.unread == ()
