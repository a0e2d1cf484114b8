"""Session 18: terms in other languages. A count written as a word before a scale word ("eine
Million", "un millón", "satu juta") is a cap's number; a sentence banning a use (a ban word and
a harm word in one clause) sets the tag the English rule of that harm sets; a duty to cite the
authors in publications is a credit duty, as "must cite" is in English; a heading naming terms
of use in another language is the document's title. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_uses import ban_tags
from auditor.licenses.text.title_shapes import find_title


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("eine Million", 1e6),
        ("zwei Millionen", 2e6),
        ("un million", 1e6),
        ("deux millions", 2e6),
        ("un millón", 1e6),
        ("dos mil", 2e3),
        ("cinco millones", 5e6),
        ("um milhão", 1e6),
        ("un milione", 1e6),
        ("jeden milion", 1e6),
        ("bir milyon", 1e6),
        ("một triệu", 1e6),
        ("satu juta", 1e6),
        ("één miljoen", 1e6),
        ("cien mil", 1e5),
    ],
)
def test_a_count_word_before_a_scale_word_is_a_number(text: str, value: float) -> None:
    assert [v for _, _, v in numbers(f"über {text} Nutzer")] == [value]


def test_a_two_letter_abbreviation_needs_digits() -> None:
    assert numbers("uno mi dice di no") == []


@pytest.mark.parametrize(
    "text",
    [
        # the verb first: "exceed your products ... one million users, you need a license"
        "Übersteigt Ihr Dienst eine Million monatlich aktive Nutzer, benötigen Sie eine "
        "gesonderte Lizenz des Anbieters.",
        "Wenn Ihre Anwendungen mehr als eine Million monatlich aktive Nutzer haben, ist eine "
        "zusätzliche Lizenz erforderlich.",
        "Si vos services dépassent un million d'utilisateurs actifs mensuels, vous devez obtenir "
        "une licence distincte.",
        "Si sus productos superan un millón de usuarios activos mensuales, deberá solicitar una "
        "licencia separada.",
    ],
)
def test_a_cap_in_words_needs_a_license_only_above_it(text: str) -> None:
    values = _values(text)
    assert values["mau_threshold"] == 1_000_000
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


@pytest.mark.parametrize(
    ("language", "text", "tags"),
    [
        (
            "es",
            "Se prohíbe emplear el sistema en aplicaciones militares o para fabricar armas.",
            ["military", "weapons"],
        ),
        ("es", "No podrá usarse para la vigilancia masiva de la población.", ["surveillance"]),
        (
            "fr",
            "Il est interdit d'employer le modèle pour des opérations militaires.",
            ["military"],
        ),
        (
            "fr",
            "Vous ne pouvez pas l'utiliser pour la reconnaissance faciale dans l'espace public.",
            ["biometric-identification"],
        ),
        (
            "de",
            "Die Gewichte dürfen nicht für militärische Anwendungen verwendet werden.",
            ["military"],
        ),
        (
            "de",
            "Untersagt ist jede Nutzung zur Verbreitung von Desinformation.",
            ["disinformation"],
        ),
        ("it", "È vietato l'uso del modello per attività illecite.", ["illegal-activity"]),
        ("pt", "Não pode ser usado para dar aconselhamento médico.", ["medical-advice"]),
        ("nl", "Het model mag niet worden gebruikt om te discrimineren.", ["discrimination"]),
        ("pl", "Zabrania się wykorzystywania modelu do krzywdzenia dzieci.", ["minors"]),
        ("zh", "不得将本模型用于军事用途或开发武器", ["military", "weapons"]),
        ("zh", "禁止生成色情内容或传播虚假有害信息", ["sexual-content", "disinformation"]),
        ("it", "Non è consentito usare il modello per incitare alla violenza.", ["violence"]),
        ("ja", "本モデルを軍事目的で利用することを禁止します。", ["military"]),
        ("ko", "본 모델을 불법적인 목적으로 사용하는 것은 금지됩니다.", ["illegal-activity"]),
    ],
)
def test_a_ban_on_a_use_sets_its_tag(language: str, text: str, tags: list[str]) -> None:
    assert ban_tags(language, text) == tags


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a use permitted, or the harm only named
        ("es", "El modelo puede usarse también con fines militares."),
        ("es", "El modelo no fue diseñado para usos militares."),
        ("es", "No está prohibido el uso del modelo en investigación militar."),
        ("fr", "Le modèle a été évalué pour détecter la désinformation."),
        ("de", "Das Modell wurde mit Daten über militärische Geschichte trainiert."),
        # a ban on something else, then a permission after "but"
        ("es", "Se prohíbe eliminar los avisos, pero se permite el uso militar."),
        ("de", "Die kommerzielle Nutzung ist untersagt; militärische Forschung ist erlaubt."),
        ("zh", "本模型可用于军事历史研究"),
        # a subsidiary is no child, supervision no surveillance, force majeure no violence
        ("id", "Lisensi ini tidak boleh dialihkan kepada anak perusahaan."),
        ("fr", "Le modèle ne doit pas être utilisé sans surveillance d'un médecin."),
        ("de", "Der Lizenzgeber haftet nicht und darf nicht belangt werden bei höherer Gewalt."),
    ],
)
def test_no_ban_sets_no_tag(language: str, text: str) -> None:
    assert ban_tags(language, text) == []


def test_a_banned_use_is_read_with_its_passage() -> None:
    text = (
        "Queda prohibido utilizar el modelo para desarrollar armas o con fines militares.\n\n"
        "Estas condiciones se rigen por las leyes de España.\n"
    )
    values = _values(text)
    assert values["use_restrictions"] == ["military", "weapons"]
    assert values["governing_law"] == "ES"


@pytest.mark.parametrize(
    "text",
    [
        "Setiap publikasi yang menggunakan model ini harus menyertakan sitasi ke makalah kami.",
        "Las publicaciones que usen el modelo deben citar el artículo de los autores.",
        "Les publications utilisant le modèle doivent citer l'article original.",
        "Veröffentlichungen, die das Modell nutzen, müssen die Arbeit der Autoren zitieren.",
        "Le pubblicazioni che usano il modello devono citare l'articolo degli autori.",
        "Publicações que utilizem o modelo devem citar o artigo dos autores.",
        "Publicaties die het model gebruiken moeten het artikel van de auteurs citeren.",
        "Publikacje korzystające z modelu muszą cytować artykuł autorów.",
    ],
)
def test_a_duty_to_cite_the_authors_is_a_credit_duty(text: str) -> None:
    assert _values(text)["attribution_required"] is True


def test_citing_the_authors_is_no_duty_without_a_duty_word() -> None:
    reading = read_foreign("Publikasi kami tentang model ini telah dikutip oleh banyak peneliti.")
    assert "attribution_required" not in reading.values


@pytest.mark.parametrize(
    "title",
    [
        "Condiciones de uso del modelo Garza-7B",
        "Conditions d'utilisation du modèle Héron",
        "Termos de uso do modelo Garça",
        "Gebruiksvoorwaarden voor het model Reiger",
        "Nutzungslizenz Reiher-7B",
    ],
)
def test_a_heading_naming_terms_of_use_is_a_title(title: str) -> None:
    assert find_title(f"# {title}\n\n1. Se concede el uso.\n") == title


def test_the_items_of_a_list_a_ban_introduces_are_banned_uses() -> None:
    text = (
        "Reglas de uso\n\n"
        "No se permite emplear el modelo para:\n"
        "- tareas militares;\n"
        "- el seguimiento de personas sin su conocimiento;\n"
        "- difundir noticias falsas.\n\n"
        "Puede emplearse para investigación en vigilancia epidemiológica.\n"
    )
    reading = read_foreign(text)
    assert reading.values["use_restrictions"] == ["disinformation", "military", "surveillance"]
    # the lead-in is read with its items (session 19), no longer left unread
    assert {p.line for p in reading.quotes["use_restrictions"]} == {3, 4, 5, 6}
    assert all(p.line != 3 for p in reading.unread)


def test_the_items_of_a_list_a_permission_introduces_ban_nothing() -> None:
    text = (
        "Vous pouvez utiliser le modèle pour :\n"
        "- la recherche sur les conflits militaires ;\n"
        "- la détection de la désinformation.\n"
    )
    assert "use_restrictions" not in read_foreign(text).values


def test_a_list_a_ban_introduces_ends_at_a_blank_line() -> None:
    text = (
        "Es ist untersagt, das Modell einzusetzen für:\n"
        "- Waffenentwicklung\n\n"
        "Die Geschichte militärischer Konflikte darf erforscht werden.\n"
    )
    assert read_foreign(text).values["use_restrictions"] == ["weapons"]
