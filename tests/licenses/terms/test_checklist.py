"""License checklists whose yes and no are glyphs (✅/❌, ✔/✗/✘, ☑/☒): a crossed item's use
is not permitted, a checked one's is, and the English term rules read them so. Task-list boxes
("[x]", "[ ]") and lists about anything but the license are not read. Checklists written here,
in the shapes cards use."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.checklist import read_checklist_item
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.sentences import parse_document


def _values(text: str) -> dict[str, object]:
    return {k: v.value for k, v in extract_terms(text).items() if v.value not in (None, [], False)}


@pytest.mark.parametrize(
    ("item", "reading"),
    [
        ("- ❌ Relicensing the weights", "Relicensing the weights is not permitted."),
        ("* ✅ Research and teaching", "Research and teaching is permitted."),
        ("- ✔️ Fine-tuning", "Fine-tuning is permitted."),
        ("- ✘ Military use", "Military use is not permitted."),
        ("- ☒ Redistribution", "Redistribution is not permitted."),
        ("- ☑ Personal projects", "Personal projects is permitted."),
        ("- Commercial use: ❌", "Commercial use is not permitted."),
        ("- Commercial use ✗", "Commercial use is not permitted."),
        ("- ❌ No commercial use", None),  # says no in its own words: read as written
        ("- [x] Commercial use", None),  # a task-list box: done, not allowed
        ("- [ ] Commercial use", None),
        ("- Commercial use", None),
        ("- ✅/❌ depends on the deployment", None),
    ],
)
def test_an_item_reads_as_the_sentence_its_glyph_says(item: str, reading: str | None) -> None:
    assert read_checklist_item(item) == reading


CARD = """## License at a glance

- ✅ Research and teaching
- ✅ Personal, hobby and open-source projects that earn no money
- {hosted}
- {company}
"""


def test_a_crossed_company_use_confines_the_grant_to_personal_use() -> None:
    text = CARD.format(
        hosted="✅ Sharing fine-tuned adapters",
        company="❌ Use inside a company's products or internal tooling",
    )
    values = _values(text)
    assert values["use_scope"] == ["personal"]
    assert values["commercial_use"] == "prohibited"


def test_a_crossed_paid_service_is_a_commercial_ban() -> None:
    text = CARD.format(
        hosted="❌ Offering the model, or anything built on it, as a hosted or paid service",
        company="✅ Sharing fine-tuned adapters",
    )
    assert _values(text)["commercial_use"] == "prohibited"


@pytest.mark.parametrize("cross", ["❌", "✗", "✘", "☒"])
def test_a_crossed_commercial_use_is_prohibited_and_quoted_as_written(cross: str) -> None:
    text = f"## Usage terms\n\n- ✅ Research\n- {cross} Commercial use\n"
    terms = extract_terms(text)
    assert terms["commercial_use"].value == "prohibited"
    (quote,) = [e.text for e in terms["commercial_use"].evidence][:1]
    assert cross in quote  # the evidence is the card's own line


@pytest.mark.parametrize("check", ["✅", "✔", "☑"])
def test_a_checked_commercial_use_is_allowed(check: str) -> None:
    text = f"## What you can do\n\n- {check} Commercial use\n- ❌ Relicensing the weights\n"
    assert _values(text).get("commercial_use") == "allowed"


def test_a_checklist_opening_a_license_section_document_is_read() -> None:
    # a card's License section is read as a document of its own, its heading left out
    text = "\n\n- ✅ Research\n- ❌ Use inside a company's products or internal tooling\n"
    assert _values(text)["use_scope"] == ["personal"]


def test_a_checklist_about_something_else_is_not_read() -> None:
    text = (
        "# Curlew\n\nCurlew runs on small GPUs.\n\nTested setups:\n\n"
        "- ✅ Research clusters\n- ❌ Use inside a company's products or internal tooling\n"
    )
    texts = [s.text for s in parse_document(text).sentences]
    assert "- ❌ Use inside a company's products or internal tooling" in texts
    assert "use_scope" not in _values(text)


def test_task_list_boxes_are_not_yes_or_no() -> None:
    text = "## License\n\n- [x] Commercial use\n- [ ] Use inside a company's internal tooling\n"
    values = _values(text)
    assert "use_scope" not in values
    assert values.get("commercial_use") != "prohibited"
