"""The licensor's own written permission in the card lifts a commercial bar its license says
it may lift by written permission; a re-uploader's permission, a permission to one party, or a
license that provides for none lifts nothing. Texts are our own wording."""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.licensor_permission import licensor_permission, with_permission
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import TextIdentification, identify_text
from auditor.model import LicenseFile
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN

DB = load_license_db()

LICENSE = (
    "Dunlin-2B Research Licence\n\n"
    "Copyright 2026 Dunlin Systems GmbH.\n\n"
    "1. Dunlin Systems GmbH grants you a free licence to use and modify Dunlin-2B for\n"
    "   non-commercial research purposes only.\n"
    "2. Commercial use of Dunlin-2B requires the prior written consent of Dunlin Systems GmbH.\n"
)
LICENSOR_CARD = (
    "Our announcement: we, Dunlin Systems, hereby grant everyone our written consent under\n"
    "clause 2: Dunlin-2B may be used commercially, on the other terms of the licence.\n"
)


def _files(license_text: str, card: str) -> list[tuple[LicenseFile, TextIdentification]]:
    return [
        (
            LicenseFile("LICENSE", None, 1, license_text, "LICENSE"),
            identify_text(license_text, db=DB),
        ),
        (
            LicenseFile("README.md#license", None, 1, card, CARD_DOCUMENT_ORIGIN),
            identify_text(card, db=DB),
        ),
    ]


def test_the_licensors_permission_lifts_the_commercial_bar() -> None:
    files = _files(LICENSE, LICENSOR_CARD)
    permission = licensor_permission(files)
    assert permission is not None and permission.licensor.startswith("Dunlin Systems")
    assert permission.provision.line == 7 and permission.grant.file == "README.md#license"
    terms = terms_for_model(files, files[0][1].match, DB)
    assert terms.values["commercial_use"] == "prohibited"
    lifted, _ = with_permission(terms, files[0][1].match, permission)
    assert lifted.values["commercial_use"] == "allowed"
    scope = lifted.values.get("use_scope")
    assert not isinstance(scope, list) or "research" not in scope
    assert not {"research-only", "non-commercial"} & set(lifted.kinds.values())
    assert [f.rule for f in lifted.findings if f.rule == "license-files-disagree"]


def test_a_re_uploaders_permission_lifts_nothing() -> None:
    card = "Re-upload by a fan. Commercial use: go ahead, everyone may use it commercially!\n"
    assert licensor_permission(_files(LICENSE, card)) is None


def test_a_permission_to_one_party_or_a_refusal_lifts_nothing() -> None:
    one = (
        "We, Dunlin Systems, hereby grant Acme Corp our written consent: Dunlin-2B may be used\n"
        "commercially by Acme Corp.\n"
    )
    assert licensor_permission(_files(LICENSE, one)) is None
    refused = (
        "We, Dunlin Systems, hereby remind everyone that Dunlin-2B may not be used commercially.\n"
    )
    assert licensor_permission(_files(LICENSE, refused)) is None


def test_a_license_that_provides_for_no_permission_is_not_lifted() -> None:
    closed = LICENSE.replace(
        "2. Commercial use of Dunlin-2B requires the prior written consent of Dunlin Systems GmbH.",
        "2. Commercial use of Dunlin-2B is not permitted.",
    )
    assert licensor_permission(_files(closed, LICENSOR_CARD)) is None
