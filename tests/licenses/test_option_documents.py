"""One file per option of a declared `A OR B` (licenses/option_documents.py): a short pointer
naming an option by its full name, a versioned alias or its canonical URL is that option,
even when it names the other option as the alternative; a document that is one option binds
that option only, and a document that is no option (a NOTICE adding terms) binds them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.option_documents import binding_every_option, reread_documents
from auditor.licenses.terms.model_terms import IdentifiedFile
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile, LicenseMatch, Verdict
from auditor.model.deployment import Deployment
from auditor.sources.hub import HubOptions

DB = load_license_db()
CHOICE = LicenseMatch(
    id="Apache-2.0 OR CC-BY-NC-4.0",
    name=None,
    spdx=None,
    scancode=None,
    hf=None,
    kind=None,
    confidence=1.0,
    method="declared",
)
SINGLE = LicenseMatch(
    id="Apache-2.0",
    name=None,
    spdx=None,
    scancode=None,
    hf=None,
    kind=None,
    confidence=1.0,
    method="declared",
)


def _read(path: str, text: str, declared: LicenseMatch | None = CHOICE) -> str | None:
    file = LicenseFile(path, None, len(text), text, path)
    ((_, identity),) = reread_documents([(file, identify_text(text, db=DB))], declared, DB)
    return identity.match.id if identity.match is not None else None


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # the full name and the legal code's URL, the other option named as the alternative
        (
            "LICENSE-CC-BY-NC.md",
            "# Second option\n\nInstead of the Apache License 2.0 you may take these weights "
            "under Creative Commons Attribution-NonCommercial 4.0 International "
            "(https://creativecommons.org/licenses/by-nc/4.0/legalcode).\n",
        ),
        # the URL alone, without `legalcode`, and no title
        (
            "LICENSE-NC",
            "Terms for this option: http://creativecommons.org/licenses/by-nc/4.0/\n",
        ),
        # a short alias beside the other option's name: the file's name decides
        (
            "LICENCE_CC-BY-NC.txt",
            "Either Apache 2.0 or CC BY-NC 4.0 applies; this file is for the CC BY-NC 4.0 "
            "option.\n",
        ),
    ],
)
def test_a_pointer_is_the_option_it_names(path: str, text: str) -> None:
    assert _read(path, text) == "CC-BY-NC-4.0"


@pytest.mark.parametrize(
    ("path", "text", "declared"),
    [
        # names both options, and its file's name says neither
        (
            "LICENSE.md",
            "# Licensing\n\nYou may pick the Apache License 2.0 or Creative Commons "
            "Attribution-NonCommercial 4.0 International.\n",
            CHOICE,
        ),
        # `LICENSE-CC-BY` is not the name of CC BY-NC
        (
            "LICENSE-CC-BY",
            "# Other terms\n\nApache License 2.0, or else Creative Commons "
            "Attribution-NonCommercial 4.0 International.\n",
            CHOICE,
        ),
        # no choice declared: a pointer naming two licenses is no pointer to one of them
        (
            "LICENSE.md",
            "# Licence\n\nAs well as the Apache License 2.0, the weights may be used under "
            "https://creativecommons.org/licenses/by-nc/4.0/legalcode.\n",
            SINGLE,
        ),
        # a license that is not an option, named by its URL: not read as an option
        (
            "LICENSE-EXTRA",
            "# Extra\n\nSee https://creativecommons.org/licenses/by-sa/4.0/legalcode too.\n",
            CHOICE,
        ),
    ],
)
def test_a_pointer_naming_no_single_option_stays_unnamed(
    path: str, text: str, declared: LicenseMatch
) -> None:
    assert _read(path, text, declared) in (None, "CC-BY-SA-4.0")
    assert _read(path, text, declared) != "CC-BY-NC-4.0"


def test_outside_a_choice_a_url_alone_names_its_license() -> None:
    text = "# Weights licence\n\nSee https://creativecommons.org/licenses/by-nc/4.0/legalcode.\n"
    assert _read("LICENSE", text, SINGLE) == "CC-BY-NC-4.0"
    assert _read("LICENSE", "# Weights licence\n\nSee our website.\n", SINGLE) is None


def _files(**texts: str) -> list[IdentifiedFile]:
    return [
        (LicenseFile(path, None, len(text), text, path), identify_text(text, db=DB))
        for path, text in texts.items()
    ]


def test_an_option_file_binds_that_option_only() -> None:
    files = _files(
        **{
            "LICENSE-CC-BY-NC": "These weights are licensed under the Creative Commons "
            "Attribution-NonCommercial 4.0 International License.\n",
            "NOTICE": "Whichever license you choose, no commercial use of the weights.\n",
            "LICENSE-APACHE": "These weights are licensed under the Apache License 2.0, "
            "except that they may not be used commercially.\n",
        }
    )
    kept = [file.path for file, _ in binding_every_option(files, CHOICE, DB)]
    # the NOTICE is no option; the Apache pointer adds a restriction its record lacks
    assert kept == ["NOTICE", "LICENSE-APACHE"]
    every = [file.path for file, _ in binding_every_option(files, SINGLE, DB)]
    assert every == ["LICENSE-CC-BY-NC", "NOTICE", "LICENSE-APACHE"]


def _audit(tmp_path: Path, files: dict[str, str], license_tag: str) -> Verdict:
    folder = tmp_path / "model"
    folder.mkdir()
    card = f"---\nlicense: {license_tag}\npipeline_tag: text-generation\n---\n# Model\n"
    (folder / "README.md").write_text(card, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    deployment = Deployment(
        organization={"domicile": "US"},
        fields={"distribution": "saas", "mau": 1000, "use_cases": ["chatbot"], "data": ["public"]},
    )
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        jobs=1,
        use_cache=False,
        deployment=deployment,
        suggest_alternatives=False,
    )
    (model,) = audit([str(folder)], options).models
    return model.verdict


_NC = (
    "The weights are available under Creative Commons Attribution-NonCommercial 4.0 "
    "International.\n"
)
_MIT = "The weights are available under the MIT License.\n"


def test_a_company_takes_the_option_that_allows_its_use(tmp_path: Path) -> None:
    files = {"LICENSE-MIT": _MIT, "LICENSE-CC-BY-NC": _NC}
    assert _audit(tmp_path, files, "mit OR cc-by-nc-4.0") is Verdict.PASS


def test_a_notice_restricting_every_option_still_binds(tmp_path: Path) -> None:
    files = {
        "LICENSE-MIT": _MIT,
        "LICENSE-CC-BY-NC": _NC,
        "NOTICE": "Whichever of the two licenses applies, the weights are for non-commercial "
        "use only.\n",
    }
    assert _audit(tmp_path, files, "mit OR cc-by-nc-4.0") is Verdict.FAIL
