"""Shapes found in session 38's held-out round (English), each with a twin (sentences are ours).

- An amendment replacing a whole clause by words set out as a quoted block ('> ...' lines), or
  adding words at a clause's end, is carried out when in force, not before.
- A sentence right after a cap naming what lies beyond it by a comparative ("Bigger products
  need a separate licence") is the cap's consequence, not a condition on every licensee.
- A ban on offering the model to others as a hosted model or an inference API is
  `no-hosting-use`; a carve-out letting the weights ship inside the licensee's own app for
  end users' devices is `on-device-shipping`, however many words name the app.
- "Notwithstanding clause N, you may use it commercially once you register / with our written
  consent" overrides an earlier non-commercial grant, with its condition read.
"""

from __future__ import annotations

from datetime import date

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.amendments import apply_amendments
from auditor.licenses.terms.caps_back_s38en import names_beyond_cap
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import TextIdentification
from auditor.model import LicenseFile

_DB = load_license_db()
_TODAY = date(2026, 11, 25)


def _file(text: str, path: str = "LICENSE") -> LicenseFile:
    return LicenseFile(path=path, sha256=None, size=len(text), text=text, origin="folder")


def _values(text: str) -> dict[str, object]:
    return dict(terms_for_model([(_file(text), TextIdentification(match=None))], None, _DB).values)


_LICENCE = (
    "ORCHARD MODEL LICENCE\n1. You may use and deploy the Model, commercially too.\n"
    "2. Scale. Your services may reach at most 200,000 monthly active users.\n"
    "3. Law. The laws of Scotland govern.\n"
)


def _amended(amendment: str) -> str:
    files = [(_file(_LICENCE), "a"), (_file(amendment, "RIDER.md"), "b")]
    out, _ = apply_amendments(files, _TODAY)
    return next(f.text or "" for f, _ in out if f.path == "LICENSE")


def test_clause_replaced_by_quoted_block_in_force_and_not_yet() -> None:
    rider = (
        "# Rider\n\nIn force from 2 April 2026.\n\nClause 2 shall be replaced with the following:\n"
        "\n> 2. Scale. Your services may reach at most 3,000,000 monthly active users.\n"
    )
    assert "3,000,000" in _amended(rider) and "200,000" not in _amended(rider)
    later = rider.replace("2 April 2026", "2 April 2027")
    assert "200,000" in _amended(later) and "3,000,000" not in _amended(later)


def test_words_added_at_clause_end() -> None:
    rider = "Rider, effective 1 May 2026.\n\nSection 1 is amended by adding at its end: "
    rider += '"unless a court orders otherwise."'
    text = _amended(rider)
    assert "commercially too. Unless a court orders otherwise." in text
    assert "Unless a court" not in _amended(rider.replace("2026", "2027"))


def test_comparative_after_cap_is_its_consequence() -> None:
    text = (
        "You may use the Model commercially in services with no more than 800,000 monthly active "
        "users. Bigger services need a separate licence from us."
    )
    assert _values(text)["commercial_use_conditions"] == ["separate-license-above-threshold"]
    assert names_beyond_cap("Larger deployments must sign an enterprise agreement.")
    assert not names_beyond_cap("Larger than 10,000 users, a deployment must sign an agreement.")
    assert not names_beyond_cap("Every deployment must sign an enterprise agreement.")


def test_hosting_ban_as_inference_api() -> None:
    base = "You may use and modify the model for any purpose, including commercial purposes. "
    ban = "The licensee shall not make the model available to others as an inference API"
    ban += " or a managed endpoint."
    assert "no-hosting-use" in _values(base + ban)["use_scope"]  # type: ignore[operator]
    allowed = ban.replace("shall not", "may")
    assert "no-hosting-use" not in (_values(base + allowed)["use_scope"] or [])  # type: ignore[operator]
    condition = ban.replace(".", " unless we have agreed to it in writing.")
    assert "no-hosting-use" not in (_values(base + condition)["use_scope"] or [])  # type: ignore[operator]


def test_on_device_carve_out_with_long_app_name() -> None:
    ban = "You must not share or distribute the model weights with anyone. "
    carve = (
        "However, you may bundle the model weights in your own iOS or Android phone application "
        "so that it runs on your end users' own phones."
    )
    scope = _values(ban + carve)["use_scope"]
    assert "no-weight-redistribution" in scope and "on-device-shipping" in scope  # type: ignore[operator]
    negated = carve.replace("you may bundle", "you may not bundle")
    assert "on-device-shipping" not in (_values(ban + negated)["use_scope"] or [])  # type: ignore[operator]


def test_notwithstanding_opens_commercial_use_with_its_condition() -> None:
    nc = "2. Use. You are licensed to use the weights for non-commercial use.\n"
    may = "8. Despite clause 2, you may deploy the weights commercially"
    reg = f"{may} once you have registered your organisation on our website.\n"
    assert _values(nc + reg)["commercial_use"] == "allowed"
    consent = f"{may} only with our prior written permission.\n"
    assert _values(nc + consent)["commercial_use_conditions"] == ["written-permission"]
    unknown = "8. Despite clause 2, you may deploy the weights commercially if you pay our fee.\n"
    assert _values(nc + unknown)["commercial_use"] == "prohibited"
    negated = "8. Despite clause 2, you may not deploy the weights commercially.\n"
    assert _values(nc + negated)["commercial_use"] == "prohibited"


def test_twin_a_narrowed_override_leaves_the_ban_standing() -> None:
    nc = "2. Use. You are licensed to use the weights for non-commercial use.\n"
    for narrowed in (
        "8. Despite clause 2, you may deploy the weights commercially within Canada.\n",
        "8. Despite clause 2, you may deploy the weights internally for commercial purposes.\n",
        "8. Notwithstanding the above, you may use the weights for commercial purposes in Peru.\n",
    ):
        assert _values(nc + narrowed)["commercial_use"] == "prohibited", narrowed
    plain = "8. Notwithstanding the above, you may use the weights for commercial purposes.\n"
    assert _values(nc + plain)["commercial_use"] != "prohibited"  # read unknown today: a warn
