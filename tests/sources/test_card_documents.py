"""Card prose as license evidence: sections, embedded license texts, hidden blocks, gating."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile
from auditor.sources.card import parse_card
from auditor.sources.card_documents import CARD_DOCUMENT_ORIGIN, card_documents
from auditor.sources.card_recovery import LINE_BREAK


def documents(text: str) -> dict[str, LicenseFile]:
    return {doc.path: doc for doc in card_documents(parse_card(text))}


def lines_of(doc: LicenseFile) -> dict[int, str]:
    """The document's non-blank lines by their number (the card's own line numbers)."""
    assert doc.text is not None
    return {n: line for n, line in enumerate(doc.text.splitlines(), 1) if line.strip()}


def card_line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# --- (a) sections titled License / Terms ------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "## License",
        "# Licence",
        "### Licensing",
        "## Terms of use",
        "#### Usage restrictions",
        "**License**",
        "__Terms__",
        "License\n-------",
    ],
)
def test_a_license_or_terms_section_is_a_document_keeping_its_lines(heading: str) -> None:
    card = (
        "---\nlicense: apache-2.0\n---\n# Quill-7B\n\nA small model.\n\n"
        f"{heading}\n\nThe Quill weights may be used for personal projects only.\n\n"
        "## Citation\n\nPlease cite us.\n"
    )
    found = documents(card)
    doc = found["README.md#license"]
    assert doc.origin == CARD_DOCUMENT_ORIGIN
    stated = card_line(card, "personal projects only")
    assert lines_of(doc) == {stated: "The Quill weights may be used for personal projects only."}


def test_a_section_ends_at_the_next_heading_of_its_level_but_keeps_its_subsections() -> None:
    card = (
        "# M\n## License\nMain terms line.\n### Commercial use\nAsk us for a commercial grant.\n"
        "## Training\nWe trained on many GPUs.\n"
    )
    doc = documents(card)["README.md#license"]
    assert sorted(lines_of(doc).values()) == ["Ask us for a commercial grant.", "Main terms line."]


def test_a_license_label_line_in_a_facts_list_is_evidence() -> None:
    card = "# M\n\n- **Developed by:** Quill Labs\n- **License:** cc-by-nc-4.0\n- Language: en\n"
    doc = documents(card)["README.md#license"]
    assert lines_of(doc) == {4: "- **License:** cc-by-nc-4.0"}


def test_a_heading_inside_a_code_block_is_not_a_section() -> None:
    card = "# M\n\n```markdown\n## License\nnot ours\n```\n\nText.\n"
    assert "README.md#license" not in documents(card)


def test_a_section_about_the_data_and_table_rows_are_not_the_models_terms() -> None:
    card = (
        "# M\n\n## Dataset license\n\nThe training corpus is CC BY-NC 4.0.\n\n"
        "## License\n\n| Model | License |\n|---|---|\n| Other-7B | cc-by-nc-4.0 |\n\n"
        "The fine-tuning dataset is released under a non-commercial license.\n"
        "The model weights are released under Apache 2.0.\n"
    )
    doc = documents(card)["README.md#license"]
    assert list(lines_of(doc).values()) == ["The model weights are released under Apache 2.0."]


def test_a_card_without_license_prose_has_no_documents() -> None:
    assert documents("---\nlicense: mit\n---\n# M\n\nA model that writes haiku.\n") == {}


# --- (b) a license text embedded in the README --------------------------------------------------


def test_a_license_text_pasted_into_the_readme_is_a_document() -> None:
    card = (
        "# Quill-7B\n\nWeights below.\n\n# Quill Model Agreement\n\n"
        "Quill Labs hereby grants you a non-exclusive license to use the Model for research.\n"
        "You may not use the Model to provide a paid service.\n\n# Usage\n\nRun it.\n"
    )
    doc = documents(card)["README.md#license-text"]
    assert lines_of(doc)[5] == "Quill Model Agreement"  # its title, which names it
    assert set(lines_of(doc)) == {5, 7, 8}


def test_a_license_in_a_code_block_is_read_too() -> None:
    card = (
        "# M\n\n```\nPermission is hereby granted to any person to use this license\n"
        "for non-commercial purposes.\n```\n"
    )
    doc = documents(card)["README.md#license-text"]
    assert set(lines_of(doc)) == {4, 5}


def test_prose_that_merely_mentions_a_license_is_not_an_embedded_license() -> None:
    assert "README.md#license-text" not in documents("# M\n\nSee the license file.\n")


@pytest.mark.parametrize(
    "fence",
    [
        "```python\nscore = grade('Permission is hereby granted under this License')\n```",
        "```\nfrom spdxtool import guess\nguess('Licensor hereby grants you a license')\n```",
        "~~~sh\n$ licensecheck --grant 'hereby grants' ./vendor\n~~~",
    ],
)
def test_code_quoting_license_words_is_not_a_pasted_license(fence: str) -> None:
    # example strings in a usage block: the code has a language or code syntax, not terms
    card = f"# Wren-2B\n\nSorts source files by license.\n\n## Usage\n\n{fence}\n"
    assert "README.md#license-text" not in documents(card)


# --- (e) terms stated in any other section: FAQs, notices of use, a weights section ----------


def test_an_faq_answer_is_read_with_the_question_it_answers() -> None:
    card = (
        "# Tern-4B\n\nA drafting model.\n\n## FAQ\n\n"
        "**Does it run on a laptop?**\nYes, at 4-bit.\n\n"
        "**May we ship Tern-4B inside a paid app?**\nOnly after signing a licence with Tern Labs.\n"
        "\n**Is a bigger one coming?**\nNo.\n"
    )
    doc = documents(card)["README.md#license"]
    line = card_line(card, "Only after signing")
    # the answer alone names neither the use nor the model: the question it answers is read
    # as the statement it asks about, before the answer on the answer's line
    assert lines_of(doc) == {
        line: "Ship Tern-4B inside a paid app: Only after signing a licence with Tern Labs."
    }


def test_a_question_and_its_answer_in_one_list_item_keep_only_the_answer() -> None:
    card = (
        "# Tern-4B\n\nA drafting model.\n\n## Questions\n\n"
        "- *Can I use the weights for research only?* Sure.\n"  # "Sure." states nothing
        "- *Can my firm use it?* No: the checkpoints are for private study, nothing else.\n"
    )
    doc = documents(card)["README.md#license"]
    line = card_line(card, "private study")
    assert lines_of(doc) == {line: "No: the checkpoints are for private study, nothing else."}


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("## Model weights", "Putting the weights into a commercial service needs our approval."),
        ("## Notes for integrators", "This checkpoint may not be redistributed to third parties."),
        ("## 注意事项", "未经许可，不得将本模型用于商业目的。"),
    ],
)
def test_a_term_in_a_section_of_any_title_is_read(heading: str, sentence: str) -> None:
    card = f"# Tern-4B\n\nA drafting model.\n\n{heading}\n\nRuns on one GPU. {sentence}\n"
    doc = documents(card)["README.md#license"]
    assert lines_of(doc) == {card_line(card, sentence): sentence}


@pytest.mark.parametrize(
    "heading", ["## 使用须知", "## 用户须知", "### 利用上の注意", "## 사용 조건"]
)
def test_a_notice_of_use_in_cjk_is_a_terms_section(heading: str) -> None:
    card = f"# 燕-3B\n\n对话模型。\n\n{heading}\n\n请遵守以下规定。\n仅供学术研究使用。\n"
    assert lines_of(documents(card)["README.md#license"]) == {
        7: "请遵守以下规定。",
        8: "仅供学术研究使用。",
    }


@pytest.mark.parametrize(
    ("heading", "text"),
    [  # other versions, other works, other models, other senses of the words
        ("## Changelog", "- v1 was released for non-commercial use only; v2 is Apache-2.0."),
        ("## 更新日志", "- v1：仅限非商业用途。"),
        ("## Acknowledgements", "We thank the archive for permission to use their scans."),
        ("## Citation", "Our workshop paper on research-only model releases."),
        ("## Background", "Most models of this size are released for non-commercial use only."),
        ("## Agents", "The agent needs the user's permission before it writes any file."),
        ("## Support", "Contact us for a commercial support contract with an SLA."),
        ("## Architecture", "Only the attention layers of the model are quantised."),
    ],
)
def test_words_of_terms_about_something_else_are_not_read(heading: str, text: str) -> None:
    card = f"---\nlicense: mit\n---\n# Tern-4B\n\nA drafting model.\n\n{heading}\n\n{text}\n"
    assert "README.md#license" not in documents(card)


def test_an_opening_on_licenses_as_the_models_task_is_not_a_term() -> None:
    card = (
        "# Kite-LicenseTagger\n\nKite-LicenseTagger reads a licence and tags it permissive, "
        "non-commercial or research-only.\n\n## License\n\nApache-2.0.\n"
    )
    assert lines_of(documents(card)["README.md#license"]) == {7: "Apache-2.0."}
    # a task verb before the license word, but the model's own terms too: kept
    own = "# Kite\n\nKite reads contracts; it may be used under a non-commercial licence only.\n"
    assert lines_of(documents(own)["README.md#license"]) == {
        3: "Kite reads contracts; it may be used under a non-commercial licence only."
    }


# --- (c) <details> blocks and HTML comments ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        ("<details>\nThe weights are for non-commercial use only.\n</details>\n", 3),
        (
            "<details><summary>Terms</summary>\n\nNo commercial deployment.\n</details>\n",
            4,
        ),
        ("<!--\nInternal: the model must not be sold.\n-->\n", 3),
        ("<!-- The weights may be used for research only. -->\n", 2),
        ("<details>\n<details>\nnested\n</details>\nResearch use only.\n</details>\n", 6),
    ],
)
def test_hidden_blocks_that_state_terms_are_documents(body: str, stated: int) -> None:
    card = "# M\n" + body
    doc = documents(card)["README.md#hidden"]
    assert stated in lines_of(doc)


def test_hidden_blocks_without_terms_are_not_documents() -> None:
    card = (
        "# M\n<details>\n<summary>Benchmarks</summary>\nScores: 71.2\n</details>\n<!-- to do -->\n"
    )
    assert "README.md#hidden" not in documents(card)


# --- (d) gating prompt and fields -------------------------------------------------------------


def test_gating_prompt_and_checkbox_labels_are_a_document_at_their_lines() -> None:
    card = (
        "---\nlicense: apache-2.0\n"
        "extra_gated_heading: Access Quill-7B\n"
        "extra_gated_prompt: You agree to use this model for non-commercial purposes only.\n"
        "extra_gated_fields:\n"
        "  Name: text\n"
        "  I agree to use this model for non-commercial use ONLY: checkbox\n"
        "extra_gated_button_content: Accept\n---\n# M\n"
    )
    doc = documents(card)["README.md#gating"]
    found = lines_of(doc)
    assert found[3] == "Access Quill-7B"
    assert found[4].startswith("You agree to use this model")
    assert found[6] == "Name: text"
    assert found[7] == "I agree to use this model for non-commercial use ONLY: checkbox"
    terms = extract_terms(doc.text or "", path=doc.path)
    assert terms["commercial_use"].value == "prohibited"
    assert {e.line for e in terms["commercial_use"].evidence} <= {4, 7}


def test_gating_fields_in_list_form_are_read() -> None:
    card = (
        "---\nlicense: mit\nextra_gated_fields:\n"
        "  - label: I will not use the model commercially\n    type: checkbox\n---\n# M\n"
    )
    doc = documents(card)["README.md#gating"]
    assert any("not use the model commercially" in line for line in lines_of(doc).values())


def test_a_gating_prompt_naming_another_license_is_identified() -> None:
    card = (
        "---\nlicense: apache-2.0\nextra_gated_prompt: >-\n"
        "  This model is released under CC BY-NC 4.0.\n---\n# M\n"
    )
    doc = documents(card)["README.md#gating"]
    identity = identify_text(doc.text or "", db=load_license_db())
    assert identity.match is not None
    assert identity.match.id == "CC-BY-NC-4.0"


def test_documents_keep_line_numbers_after_front_matter() -> None:
    card = "---\nlicense: mit\ntags:\n- a\n- b\n---\n\n## License\n\nResearch only.\n"
    doc = documents(card)["README.md#license"]
    assert lines_of(doc) == {10: "Research only."}


@pytest.mark.parametrize(
    "card",
    [
        "# M\n\n## Acknowledgements\n\n- Vision tower\n- License: MIT\n",
        "# M\n\n## Third-party components\n\n- **License:** cc-by-nc-4.0\n",
        "# M\n\n1. A component we use\n  - License: Apache-2.0\n",
    ],
)
def test_license_labels_about_other_works_are_not_the_models(card: str) -> None:
    assert "README.md#license" not in documents(card)


_MARKDOWNISH = st.lists(
    st.sampled_from(
        [
            "## License",
            "**Terms**",
            "License\n---",
            "<details>",
            "</details>",
            "<!--",
            "-->",
            "```",
            "| a | b |",
            "| License | CC BY-NC 4.0 |",
            "|---|---|",
            "![License](https://img.shields.io/badge/License-MIT-green.svg)",
            "<span hidden>Research only.</span>",
            "[//]: # (Research use only)",
            "- **License:** mit",
            "Permission is hereby granted under this license.",
            "The dataset is CC BY-NC 4.0.",
            "Research use only.",
            "",
            "# Title",
        ]
    )
    | st.text(max_size=40),
    max_size=30,
).map("\n".join)


_SPACES = str.maketrans(dict.fromkeys("\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


@settings(max_examples=200, deadline=None)
@given(_MARKDOWNISH)
def test_any_card_gives_documents_whose_lines_are_the_cards_own(body: str) -> None:
    card = "---\nlicense: mit\nextra_gated_prompt: Research only\n---\n" + body
    parsed = parse_card(card)
    file_lines = dict(enumerate(LINE_BREAK.split(card), 1))
    for doc in card_documents(parsed):
        assert doc.text is not None
        for number, line in lines_of(doc).items():
            if doc.path.endswith("#gating"):
                continue
            own = file_lines[number].translate(_SPACES)
            if line.strip().startswith("- ") and ("|" in own or "![" in own):
                # a table row or a badge rendered as a label: its words are the line's own
                said = re.findall(r"[^\W_]+", line.lower())
                assert all(w in own.lower() or w == "license" for w in said), (line, own)
                continue
            assert line.strip() in own


def _hidden_table(weights: str, extra: str = "") -> str:
    return (
        "# Cormorant\n\nSentence embeddings.\n\n<details>\n<summary>Licensing</summary>\n\n"
        "<table>\n  <tr><th>Part</th><th>Licence</th><th>Commercial use</th></tr>\n"
        "  <tr><td>Training code</td><td>Apache-2.0 (LICENSE)</td><td>Yes</td></tr>\n"
        f"  <tr><td>Model weights</td><td>{weights}</td><td>Yes</td></tr>\n</table>\n\n"
        f"{extra}</details>\n"
    )


def test_a_hidden_table_with_a_license_column_is_read_as_a_table() -> None:
    card = parse_card("---\nlicense: apache-2.0\n---\n" + _hidden_table("Apache-2.0 (LICENSE)"))
    documents = {d.path: d.text or "" for d in card_documents(card)}
    hidden = documents.get("README.md#hidden", "")  # the summary's words at most
    assert "Part" not in hidden and "Training code" not in hidden and "<t" not in hidden
    assert "Model weights license: Apache-2.0" in documents["README.md#license"]


def test_a_sentence_beside_a_hidden_table_is_still_hidden_text() -> None:
    extra = "Commercial use of the weights needs our written permission.\n\n"
    card = parse_card("---\nlicense: apache-2.0\n---\n" + _hidden_table("Apache-2.0", extra))
    documents = {d.path: d.text or "" for d in card_documents(card)}
    assert "written permission" in documents["README.md#hidden"]
    assert "<table>" not in documents["README.md#hidden"]
