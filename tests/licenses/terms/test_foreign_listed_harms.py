"""A list of banned purposes in another language whose items name the harms most use policies
list (`foreign_uses_more`): harassment, defamation, malware, infringing rights, impersonation,
spam, breaking the law, watching or identifying people. Each item is read with its tag under a
lead-in that bans ("Zabrania się korzystania z Modelu w celu:", "Es ist untersagt, das Modell
zu verwenden, um:"); the same words with no ban, or naming something harmless, set nothing; an
item no harm word reads stays unread."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_uses import ban_tags

_PL = (
    "# Licencja modelu Czapla-3B\n\n"
    "1. Czapla Labs S.A. udziela nieodpłatnej licencji na korzystanie z Modelu, także w celach "
    "komercyjnych.\n\n"
    "2. Licencjobiorcy nie wolno używać Modelu do:\n"
    "a) działań niezgodnych z przepisami prawa;\n"
    "b) zastraszania albo pomawiania kogokolwiek;\n"
    "c) pisania złośliwego oprogramowania lub wirusów komputerowych;\n"
    "d) podawania się za inną osobę;\n"
    "e) rozsyłania spamu;\n"
    "f) potajemnego śledzenia i profilowania pracowników lub klientów;\n"
    "g) rozpoznawania osób na podstawie twarzy lub głosu.\n"
)


def _tags(text: str) -> list[str]:
    value = read_foreign(text).values.get("use_restrictions")
    return sorted(value) if isinstance(value, list) else []


def test_a_polish_list_of_banned_purposes_is_read_item_by_item() -> None:
    reading = read_foreign(_PL)
    assert reading.unread == ()
    assert reading.values["commercial_use"] == "allowed"
    assert _tags(_PL) == [
        "biometric-identification",
        "defamation",
        "generate-malware",
        "harassment",
        "illegal-activity",
        "impersonation",
        "spam",
        "surveillance",
    ]


def test_an_item_no_harm_word_reads_stays_unread() -> None:
    item = "tłumaczenia powieści z języka angielskiego na polski bez zgody wydawcy;"
    text = _PL.replace("e) rozsyłania spamu;", f"e) {item}")
    reading = read_foreign(text)
    assert "spam" not in _tags(text)
    assert [p.text for p in reading.unread] == [item]


_DE = (
    "# Lizenz für Reiher-2B\n\n"
    "1. Die Reiher AG gewährt Ihnen ein kostenloses Recht, das Modell auch gewerblich zu "
    "nutzen.\n\n"
    "2. Es ist untersagt, das Modell zu verwenden, um:\n"
    "- Menschen über ihre Stimme oder ihren Fingerabdruck zu identifizieren;\n"
    "- Dritte zu belästigen oder zu verleumden;\n"
    "- Schadsoftware zu entwickeln;\n"
    "- sich gegenüber Kunden als eine Behörde auszugeben;\n"
    "- Urheberrechte Dritter zu verletzen.\n"
)


def test_a_german_list_of_banned_purposes_is_read_item_by_item() -> None:
    reading = read_foreign(_DE)
    assert reading.unread == ()
    assert _tags(_DE) == [
        "biometric-identification",
        "defamation",
        "generate-malware",
        "harassment",
        "impersonation",
        "ip-infringement",
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "tags"),
    [
        ("pl", "Zabrania się korzystania z Modelu do nękania uczniów.", ["harassment"]),
        ("pl", "Nie wolno używać Modelu do wysyłania niezamówionych reklam.", ["spam"]),
        ("tr", "Model, kötü amaçlı yazılım üretmek için kullanılamaz.", ["generate-malware"]),
        (
            "tr",
            "Modelin iftira veya taciz amacıyla kullanılması yasaktır.",
            ["harassment", "defamation"],
        ),
        (
            "es",
            "Queda prohibido usar el modelo para suplantar a otras personas.",
            ["impersonation"],
        ),
        ("fr", "Il est interdit d'utiliser le modèle pour harceler des personnes.", ["harassment"]),
        (
            "de",
            "Das Modell darf nicht zur Verleumdung von Personen genutzt werden.",
            ["defamation"],
        ),
        (
            "de",
            "Sie dürfen das Modell nicht nutzen, um Personen anhand ihres Gesichts zu erkennen.",
            ["biometric-identification"],
        ),
    ],
)
def test_a_ban_of_one_harm_is_read(language: str, sentence: str, tags: list[str]) -> None:
    assert sorted(ban_tags(language, sentence)) == sorted(tags)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # no ban, or a harmless object
        ("pl", "Model pomaga wykrywać spam w skrzynce pocztowej."),
        ("pl", "Nie wolno usuwać informacji o liczbie osób śledzących projekt."),
        ("de", "Das Modell darf zur Erkennung von Schadsoftware eingesetzt werden."),
        ("de", "Sie dürfen das Modell nicht nutzen, um Produkte anhand ihres Bildes zu erkennen."),
        ("tr", "Model spam filtreleme için kullanılabilir."),
        ("fr", "Vous pouvez utiliser le modèle pour détecter le harcèlement en ligne."),
    ],
)
def test_no_ban_sets_nothing(language: str, sentence: str) -> None:
    assert ban_tags(language, sentence) == []
