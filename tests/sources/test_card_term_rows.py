"""A card's table rows that state a term as a sentence does, in any section ("Quick answers",
an FAQ table, "Can I ...?" rows): read as the model's terms, each row a label line keyed by its
first cell. Rows about the code, the data or a dataset, tables comparing works, a License
column's rows (read by `license_rows`) and header rows state none of this model's terms.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.sources.card import parse_card
from auditor.sources.card_documents import card_documents


def _license_text(card: str) -> str:
    docs = {doc.path: doc for doc in card_documents(parse_card(card))}
    found = docs.get("README.md#license")
    return (found.text or "") if found is not None else ""


@pytest.mark.parametrize(
    "table",
    [
        "## At a glance\n\n| Question | Answer |\n|---|---|\n"
        "| Can my startup ship it in a paid app? | No. The checkpoint is for non-commercial "
        "use only; ask us about a commercial licence. |\n",
        "## Short version\n\n| If you plan to | Then |\n|---|---|\n"
        "| sell a service built on the weights | you need a separate commercial licence from "
        "us first |\n",
        "## FAQ\n\n| | |\n|---|---|\n| Business use | Not permitted: the model may only be "
        "used for non-commercial research. |\n",
    ],
)
def test_a_row_stating_a_term_is_the_models(table: str) -> None:
    card = "# Skua-2B\n\nA small chat model.\n\n" + table
    text = _license_text(card)
    assert text
    assert extract_terms(text)["commercial_use"].value in ("prohibited", "restricted")


@pytest.mark.parametrize(
    "table",
    [
        # the training data's licences, a benchmark, a comparison of models
        "## Training data\n\n| Dataset | Notes |\n|---|---|\n| Web crawl | non-commercial "
        "use only, by its own terms |\n",
        "## Results\n\n| Task | Score |\n|---|---|\n| Summarisation | 41.2 |\n",
        "## Compared\n\n| Model | Notes |\n|---|---|\n| Other-7B | commercial use needs a "
        "licence |\n",
        "## Notes\n\n| Part | Terms |\n|---|---|\n| Training code | non-commercial use only |\n",
    ],
)
def test_a_row_about_another_work_or_no_term_is_not_the_models(table: str) -> None:
    card = "# Skua-2B\n\nA small chat model.\n\n" + table
    text = _license_text(card)
    assert "non-commercial" not in text and "licence" not in text
