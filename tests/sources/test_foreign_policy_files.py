"""Use policies and terms of use named in the languages the term readers read are license
documents by name (sources/base.py, license_names.py), and one worded in such a language reads
as terms by its title and vocabulary whatever its name (license_sniff.py). Texts written for
these tests; expectations from what each says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.model import Verdict
from auditor.sources.base import is_license_like
from auditor.sources.license_sniff import reads_as_terms
from tests.sources.test_card_pointed import APACHE, audited, folder


@pytest.mark.parametrize(
    "name",
    [
        "POLITICA_DE_USO.md",
        "politica-de-uso-aceitavel.txt",
        "Conditions_d_utilisation.md",
        "politica_d_uso.md",
        "Nutzungsrichtlinie.md",
        "gebruiksvoorwaarden.txt",
        "условия_использования.md",
        "使用政策.md",
        "利用ポリシー.md",
    ],
)
def test_foreign_use_policy_names_are_license_like(name: str) -> None:
    assert is_license_like(name)


@pytest.mark.parametrize("name", ["guia_de_uso_rapido.md", "politica_de_privacidad.md", "USO.md"])
def test_other_foreign_names_are_not(name: str) -> None:
    assert not is_license_like(name)


ITALIAN_POLICY = """# Politica d'uso di Airone-3B

La licenza Apache 2.0 è concessa a condizione che questa politica sia rispettata; ne fa
parte. È vietato utilizzare il modello o i suoi risultati:

a) per scopi militari o bellici;
b) per la sorveglianza di persone senza il loro consenso.
"""
SPANISH_GUIDE = """# Guía de instalación

Instale las dependencias con pip y descargue los pesos. El modelo funciona en una GPU de
16 GB; con menos memoria, use la versión cuantizada.
"""


def test_a_foreign_policy_reads_as_terms_by_its_words_and_a_guide_does_not() -> None:
    assert reads_as_terms(ITALIAN_POLICY, "REGOLE.md") is not None
    assert reads_as_terms(SPANISH_GUIDE, "GUIA.md") is None


def test_a_foreign_policy_file_found_by_its_words_binds(tmp_path: Path) -> None:
    card = "---\nlicense: apache-2.0\n---\n# Airone-3B\n\nModello linguistico italiano.\n"
    files = {"README.md": card, "LICENSE": APACHE, "REGOLE.md": ITALIAN_POLICY}
    root = folder(tmp_path, files)
    military = audited(root, ["military"])
    assert "aup-military" in {f.rule for f in military.findings}
    assert military.verdict is Verdict.FAIL
    assert "aup-military" not in {f.rule for f in audited(root, ["chatbot"]).findings}
