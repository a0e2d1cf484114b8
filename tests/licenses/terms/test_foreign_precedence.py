"""A bilingual licence saying which language version prevails (`terms.foreign_precedence`): the
prevailing version's reading binds where the two differ, the stricter reading without such a
clause, and the difference is still said. Texts are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign import read_foreign, with_foreign
from auditor.licenses.terms.foreign_findings import translation_findings
from auditor.licenses.terms.foreign_precedence import prevailing_language

ENGLISH = (
    "1. Kestrel Labs grants you a free licence to use, change and share the model for any "
    "purpose, commercial ones included.\n"
    "2. Keep this notice with every copy you pass on.\n"
    "3. You may host the model for others.\n"
)
GERMAN = (
    "1. Kestrel Labs gewährt Ihnen eine kostenlose Lizenz, das Modell ausschließlich zu "
    "nichtkommerziellen Zwecken zu nutzen und zu verändern.\n"
    "2. Bewahren Sie diesen Hinweis bei jeder Kopie auf.\n"
    "3. Sie dürfen das Modell für andere bereitstellen.\n"
)


def _commercial(precedence: str) -> object:
    text = f"KESTREL LICENCE\n\n{ENGLISH}\n{GERMAN}\n{precedence}\n"
    terms = with_foreign(extract_terms(text, path="LICENSE"), read_foreign(text), "LICENSE")
    return terms["commercial_use"].value


@pytest.mark.parametrize(
    "clause",
    [
        "If the two texts conflict, the English text shall prevail.",
        "Im Fall von Widersprüchen ist die englische Fassung maßgeblich.",
        "The English version takes precedence over any translation.",
    ],
)
def test_the_english_version_prevailing_binds_its_grant(clause: str) -> None:
    assert _commercial(clause) == "allowed"


@pytest.mark.parametrize(
    "clause",
    [
        "If the two texts conflict, the German version governs.",
        "Maßgeblich ist allein die deutsche Fassung.",
        "",  # no clause: the stricter reading
        # two versions each said to prevail: nothing certain, the stricter reading
        "The English version governs. Maßgeblich ist die deutsche Fassung.",
    ],
)
def test_otherwise_the_german_ban_binds(clause: str) -> None:
    assert _commercial(clause) == "prohibited"


@pytest.mark.parametrize(
    ("clause", "code"),
    [
        ("En cas de divergence, la version française prévaut.", "fr"),
        ("En caso de discrepancia prevalecerá la versión en español.", "es"),
        ("La versión en español prevalecerá sobre la inglesa.", "es"),
        ("Em caso de divergência, a versão em português prevalece.", "pt"),
        ("The English version is a courtesy translation only.", None),
        ("This licence is available in an English version and a German version.", None),
    ],
)
def test_the_prevailing_language(clause: str, code: str | None) -> None:
    assert prevailing_language(clause) == code


def test_the_difference_is_still_said_with_the_version_that_binds() -> None:
    text = f"KESTREL LICENCE\n\n{ENGLISH}\n{GERMAN}\nThe English version governs.\n"
    (finding,) = translation_findings("LICENSE", text, read_foreign(text))
    assert "English version prevails" in finding.message
