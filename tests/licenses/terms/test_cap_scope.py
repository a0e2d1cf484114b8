"""Whom a cap counts and when it is measured, read from the cap's own sentences.

In our words: Llama 2/3/3.1/3.3/4 (section 2) and DBRX (section 3) measure the 700 million
monthly active users on the release date, over the licensee's and its affiliates' offerings;
the Stability AI Community License (III) counts the annual revenue of the licensee and its
affiliates, alone or together, at any time, against USD 1,000,000; Tongyi Qianwen (4) caps
the licensee's own product at 100 million monthly active users (no affiliates, no date), and
only when the licensee is commercially using the materials.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms

AFFILIATE_MAU_TEXTS = (
    "llama-2-community",
    "llama-3-community",
    "llama-3.1-community",
    "llama-3.3-community",
    "llama-4-community",
    "dbrx-open-model",
)


@pytest.mark.parametrize("name", AFFILIATE_MAU_TEXTS)
def test_the_llama_caps_count_affiliates_on_the_release_date(corpus: Path, name: str) -> None:
    text = (corpus / "licenses" / f"{name}.txt").read_text(encoding="utf-8")
    cap = extract_terms(text)["user_threshold"].value
    assert cap == {
        "count": 700_000_000,
        "unit": "mau",
        "counts": "licensee-and-affiliates",
        "measured": "release-date",
    }


def test_a_revenue_cap_restated_with_affiliates_counts_them(corpus: Path) -> None:
    text = (corpus / "licenses" / "stability-community.txt").read_text(encoding="utf-8")
    term = extract_terms(text)["revenue_threshold"]
    assert term.value == {
        "amount": 1_000_000,
        "currency": "USD",
        "period": "year",
        "measure": "revenue",
        "counts": "licensee-and-affiliates",
        "measured": "any-time",
    }
    assert any("Your Affiliate(s)" in quote.text for quote in term.evidence)


def test_a_cap_that_names_no_affiliates_says_nothing_of_them(corpus: Path) -> None:
    text = (corpus / "licenses" / "qwen-tongyi-qianwen.txt").read_text(encoding="utf-8")
    # section 4 opens "If you are commercially using the Materials": a commercial-use cap
    assert extract_terms(text)["user_threshold"].value == {
        "count": 100_000_000,
        "unit": "mau",
        "applies_to": "commercial-use",
    }


def test_records_state_the_scope_their_texts_give() -> None:
    db = load_license_db()
    for version in ("2", "3", "3.1", "3.2", "3.3", "4"):
        record = db.records[f"LicenseRef-llama-{version}-community"]
        cap = record.terms["user_threshold"]
        assert cap.value == {
            "count": 700_000_000,
            "unit": "mau",
            "counts": "licensee-and-affiliates",
            "measured": "release-date",
        }
        assert cap.clause == "2"
        location = record.terms["acceptable_use_policy_location"]
        assert location.value == "incorporated-by-url"  # "(available at https://...)", 1.b.iv
    rail = db.records["LicenseRef-creativeml-openrail-m"].terms
    assert rail["acceptable_use_policy_location"].value == "attached"  # Attachment A


def test_every_stated_cap_and_location_uses_the_vocabulary() -> None:
    for record in load_license_db().records.values():
        for key, number in (("user_threshold", "count"), ("revenue_threshold", "amount")):
            term = record.terms.get(key)
            if term is None:
                continue
            assert isinstance(term.value, dict) and isinstance(term.value[number], int)
            assert term.value.get("counts") in (None, "licensee", "licensee-and-affiliates")
            assert term.value.get("measured") in (None, "release-date", "any-time")
            assert term.value.get("applies_to") in (None, "commercial-use")
            assert term.clause, record.id
        location = record.terms.get("acceptable_use_policy_location")
        if location is not None:
            assert location.value in ("attached", "incorporated-by-url"), record.id
            assert record.terms["acceptable_use_policy_incorporated"].value is True, record.id
