"""Card prose in every shape a person writes it (issue 31, deliverable 1): table rows with
their header, badges, the opening, labels with any separator at any depth, Uses sections,
titles in other languages, hidden and commented text, and license keys spelled otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.card_claims import card_claims
from auditor.licenses.declared_conflicts import reconcile_declared
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile
from auditor.sources.card import declared_from_card, parse_card
from auditor.sources.card_documents import card_documents
from auditor.sources.card_keys import fold_key, license_tags, shown_key
from auditor.sources.card_markdown import is_license_title
from auditor.sources.declared import declared_pieces
from tests.sources.test_card_metadata import snapshot_of

FRONT = "---\nlicense: apache-2.0\n---\n"


def documents(text: str) -> dict[str, LicenseFile]:
    return {doc.path: doc for doc in card_documents(parse_card(text))}


def lines_of(text: str, part: str = "license") -> dict[int, str]:
    """The non-blank lines of one card document, by the card's own line numbers."""
    doc = documents(text).get(f"README.md#{part}")
    if doc is None or doc.text is None:
        return {}
    return {n: line for n, line in enumerate(doc.text.splitlines(), 1) if line.strip()}


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def claimed(text: str) -> set[str | None]:
    db = load_license_db()
    docs = card_documents(parse_card(text))
    return {
        claim.match.id
        for claim in card_claims([(d, identify_text(d.text or "", db=db)) for d in docs], db)
    }


# --- tables ---------------------------------------------------------------------------------


def test_a_license_row_of_a_facts_table_is_a_label_at_its_line() -> None:
    card = FRONT + (
        "# Plover-3B\n\n| Field | Value |\n|---|---|\n| Developed by | Plover Labs |\n"
        "| **License** | CC BY-NC 4.0 |\n| Size | 3B |\n"
    )
    assert lines_of(card) == {line_of(card, "**License**"): "- License: CC BY-NC 4.0"}
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_a_facts_table_whose_header_row_is_the_license_row_is_read() -> None:
    card = "# M\n\n| License | cc-by-nc-4.0 |\n|---|---|\n| Developer | Quill Labs |\n"
    assert lines_of(card) == {3: "- License: cc-by-nc-4.0"}


def test_a_component_table_gives_the_weights_row_and_drops_the_code_row() -> None:
    card = FRONT + (
        "# M\n\n## License\n\n| Component | License |\n|---|---|\n"
        "| Training code | Apache-2.0 |\n| Model weights | CC BY-NC 4.0 |\n"
    )
    assert lines_of(card) == {
        line_of(card, "| Model weights"): "- Model weights license: CC BY-NC 4.0"
    }
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_a_component_table_listing_apache_for_code_and_weights_names_apache() -> None:
    card = FRONT + (
        "# M\n\n## License\n\n| Component | License |\n|---|---|\n"
        "| Code | Apache-2.0 |\n| Weights | Apache-2.0 |\n"
    )
    assert claimed(card) == {"Apache-2.0"}


@pytest.mark.parametrize("first", ["Model", "Dataset", "Benchmark", "Base model", "Name"])
def test_a_comparison_tables_rows_are_not_the_models_license(first: str) -> None:
    card = FRONT + (
        f"# Snipe-1B\n\n## License\n\n| {first} | Params | License |\n|---|---|---|\n"
        "| Other-A | 1B | CC BY-NC 4.0 |\n| Other-B | 2B | research only |\n"
    )
    assert lines_of(card) == {}
    assert claimed(card) == set()


def test_a_comparison_row_naming_the_cards_own_model_is_its_license() -> None:
    card = FRONT + (
        "# Snipe-1B\n\n| Model | License |\n|---|---|\n| Other-A | CC BY-NC 4.0 |\n"
        "| Snipe-1B (ours) | CC BY-NC-SA 4.0 |\n"
    )
    assert lines_of(card) == {line_of(card, "(ours)"): "- Snipe-1B (ours) license: CC BY-NC-SA 4.0"}


def test_an_evaluation_table_of_datasets_with_licenses_is_left_out() -> None:
    card = (
        "---\nlicense: mit\n---\n# Pipit\n\n## Evaluation\n\n| Dataset | License | Score |\n"
        "|---|---|---|\n| Shoveler-Eval | CC BY-NC 4.0 | 61.2 |\n"
    )
    assert lines_of(card) == {}


def test_an_html_table_row_is_rendered_at_its_own_line() -> None:
    card = FRONT + (
        "# M\n\n## Release\n\n<table>\n  <tr><th>Artifact</th><th>License</th></tr>\n"
        "  <tr><td>Inference code</td><td>Apache-2.0</td></tr>\n"
        "  <tr>\n    <td>Weights</td>\n    <td>CC&nbsp;BY-NC 4.0</td>\n  </tr>\n</table>\n"
    )
    row = line_of(card, "<td>Weights") - 1  # the row opens on the line before its cells
    assert lines_of(card) == {row: "- Weights license: CC BY-NC 4.0"}
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_a_table_in_code_is_not_read() -> None:
    card = "# M\n\n```\n| License | CC BY-NC 4.0 |\n```\n"
    assert lines_of(card) == {}


# --- badges ---------------------------------------------------------------------------------

_BADGE = "https://img.shields.io/badge/License-CC%20BY--NC%204.0-lightgrey.svg"


def test_a_license_badge_is_rendered_with_its_message_and_link() -> None:
    card = FRONT + (
        f"# M\n\n[![License: CC BY-NC 4.0]({_BADGE})](https://creativecommons.org/licenses/by-nc/4.0/)\n"
    )
    assert lines_of(card) == {
        6: "- License: [CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/)"
    }
    assert claimed(card) == {"CC-BY-NC-4.0"}


@pytest.mark.parametrize(
    ("badge", "expected"),
    [
        (f"![license]({_BADGE})", "- License: CC BY-NC 4.0"),
        ("![l](https://img.shields.io/badge/license-Apache_2.0-blue)", "- License: Apache 2.0"),
        (
            "![x](https://img.shields.io/static/v1?label=License&message=MIT&color=green)",
            "- License: MIT",
        ),
        (
            '<img alt="Model License" src="https://img.shields.io/badge/Model_License-CC--BY--NC--4.0-f5de53"/>',
            "- Model License: CC-BY-NC-4.0",
        ),
    ],
)
def test_badge_shapes(badge: str, expected: str) -> None:
    assert lines_of(f"# M\n\n{badge}\n") == {3: expected}


@pytest.mark.parametrize(
    "badge",
    [
        '<img alt="Code License" src="https://img.shields.io/badge/Code_License-MIT-f5de53"/>',
        "![downloads](https://img.shields.io/badge/downloads-10k-green)",
    ],
)
def test_badges_about_the_code_or_not_about_a_license_are_not_read(badge: str) -> None:
    assert lines_of(f"# M\n\n{badge}\n") == {}


# --- the opening and sentences ----------------------------------------------------------------


def test_the_opening_paragraph_before_any_heading_is_read_sentence_by_sentence() -> None:
    card = FRONT + "Knot is a note model. This model is licensed under CC BY-NC 4.0.\n\n# Knot\n"
    assert lines_of(card) == {4: "This model is licensed under CC BY-NC 4.0."}
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_an_opening_sentence_about_the_training_data_is_not_read_even_when_wrapped() -> None:
    card = FRONT + (
        "# Vision\n\nA classifier trained on a dataset licensed for\n"
        "non-commercial research only (see model-cards.md). Released under\n"
        "the licence CC BY-NC 4.0.\n"
    )
    assert lines_of(card) == {7: "Released under", 8: "the licence CC BY-NC 4.0."}


def test_the_paragraphs_under_the_title_are_the_opening() -> None:
    card = "# Knot\n\nKnot is released for non-commercial use.\n\n## Usage\n\nNon-commercial tip.\n"
    assert lines_of(card) == {3: "Knot is released for non-commercial use."}


def test_a_sentence_saying_this_model_is_licensed_under_counts_anywhere() -> None:
    card = "# Knot\n\n## Notes\n\nIn short, the weights are released under CC BY-NC 4.0.\n"
    assert lines_of(card) == {5: "In short, the weights are released under CC BY-NC 4.0."}


@pytest.mark.parametrize(
    "line",
    [
        "Most models of this size are released under non-commercial licences.",
        "The training dataset is released under CC BY-NC 4.0.",
    ],
)
def test_sentences_about_other_models_or_data_are_not_read(line: str) -> None:
    assert lines_of(f"# Knot\n\n## Notes\n\n{line}\n") == {}


# --- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "- **License** — CC BY-NC 4.0",
        "License - cc-by-nc-4.0",
        "Licence = CC-BY-NC-4.0",
        "* License – cc-by-nc-4.0",
        "1. **License:** cc-by-nc-4.0",
        "许可证：CC BY-NC 4.0",
        "Lizenz: CC BY-NC 4.0",
    ],
)
def test_a_label_with_any_separator_is_read(label: str) -> None:
    card = f"{FRONT}# M\n\n## Facts\n\n{label}\n"
    assert lines_of(card) == {8: label}
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_a_label_nested_at_any_depth_is_read() -> None:
    card = (
        "# M\n\n## Overview\n\n- Model details\n  - Architecture: decoder\n  - Release\n"
        "    - Date: 2024\n    - License - cc-by-nc-4.0\n- Contact: us\n"
    )
    assert lines_of(card) == {9: "    - License - cc-by-nc-4.0"}


@pytest.mark.parametrize("parent", ["A component we use", "Base model: Other-7B", "Training data"])
def test_a_label_nested_under_another_work_is_not_the_models(parent: str) -> None:
    card = f"# M\n\n## Overview\n\n- {parent}\n  - Source: somewhere\n    - License: cc-by-nc-4.0\n"
    assert lines_of(card) == {}


def test_a_heading_that_is_a_label_is_read_and_opens_a_license_section() -> None:
    card = "# M\n\n## License: CC BY-NC 4.0\n\nAsk us about other uses.\n"
    assert lines_of(card) == {3: "License: CC BY-NC 4.0", 5: "Ask us about other uses."}


# --- sections -------------------------------------------------------------------------------


def test_a_data_and_license_section_is_a_license_section() -> None:
    card = (
        "# M\n\n## Data and License\n\nTraining data is drawn from public-domain books.\n"
        "The released weights are for non-commercial research use only.\n"
    )
    assert lines_of(card) == {6: "The released weights are for non-commercial research use only."}


def test_a_dataset_license_section_is_not_the_models() -> None:
    assert lines_of("# M\n\n## Dataset license\n\nThe weights' data is CC BY-NC.\n") == {}


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("## Intended Use", "The model is intended for non-commercial research purposes only."),
        ("### Out-of-Scope Use", "Commercial use is prohibited."),
        ("## Bias, Risks, and Limitations", "It may not be used commercially."),
    ],
)
def test_uses_sections_lines_about_commercial_use_are_read(title: str, line: str) -> None:
    card = f"# M\n\n{title}\n\nThe model may hallucinate.\n\n{line}\n"
    assert lines_of(card) == {7: line}


def test_a_sentence_wrapped_over_lines_in_a_uses_section_is_read_whole() -> None:
    card = (
        "# M\n\n## Limitations\n\nIt is released for research and may not be\n"
        "deployed in commercial products.\n"
    )
    assert set(lines_of(card)) == {5, 6}


@pytest.mark.parametrize(
    "line",
    [
        "The model is intended for research purposes only. Possible areas include art.",
        "Do not use the model to impersonate real people.",
        "Sharing of licensed material in violation of its terms is misuse.",
    ],
)
def test_uses_lines_that_do_not_speak_of_commercial_use_are_not_read(line: str) -> None:
    assert lines_of(f"# M\n\n## Uses\n\n### Direct Use\n\n{line}\n") == {}


@pytest.mark.parametrize(
    "title",
    [
        "许可证",
        "许可协议",
        "使用条款",
        "ライセンス",
        "利用規約",
        "라이선스",
        "라이센스",
        "이용 약관",
        "Lizenz",
        "Nutzungsbedingungen",
        "Licence",
        "Conditions d'utilisation",
        "Licencia",
        "Términos de uso",
        "Licença",
        "Лицензия",
        "Licenza",
        "Termini di utilizzo",
        "Giấy phép",
        "الترخيص",
        "Lisans",
    ],
)
def test_license_section_titles_in_the_common_hub_languages(title: str) -> None:
    assert is_license_title(title)
    card = f"# M\n\n## {title}\n\nCC BY-NC 4.0\n\n## Other\n\nText.\n"
    assert lines_of(card) == {5: "CC BY-NC 4.0"}


@pytest.mark.parametrize(
    "title", ["Training data", "Usage", "Citation", "数据集许可", "Evaluation"]
)
def test_other_titles_are_not_license_titles(title: str) -> None:
    assert not is_license_title(title)


# --- hidden and commented text --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "line", "text"),
    [
        (
            "[//]: # (Weights for non-commercial use only.)\n",
            3,
            "Weights for non-commercial use only.",
        ),
        ('[comment]: <> "Research use only."\n', 3, "Research use only."),
        (
            '<div style="display:none">\nTerms: non-commercial use only.\n</div>\n',
            4,
            "Terms: non-commercial use only.",
        ),
        (
            "A model. <span hidden>Commercial use is prohibited.</span> More.\n",
            3,
            "Commercial use is prohibited.",
        ),
        (
            "<p style='font-size:0'>No commercial <b>use</b> of the weights.</p>\n",
            3,
            "No commercial use of the weights.",
        ),
    ],
)
def test_hidden_and_commented_text_is_a_hidden_document(body: str, line: int, text: str) -> None:
    assert lines_of(f"# M\n\n{body}", "hidden") == {line: text}


def test_visible_elements_and_void_hidden_tags_hide_nothing() -> None:
    card = (
        '# M\n\n<div align="center">Research use only.</div>\n<img hidden src="x.png">\n\n'
        "## Usage\n\nNo commercial use.\n"
    )
    assert lines_of(card, "hidden") == {}


# --- license keys spelled otherwise, tags ---------------------------------------------------


@pytest.mark.parametrize(
    ("key", "folded"),
    [
        ("licence", "license"),
        ("License", "license"),
        ("li\u200bcense", "license"),
        ("\ufefflicense", "license"),
        ("l\u0456cense", "license"),  # Cyrillic i
        ("licence-name", "license_name"),
        ("\uff4c\uff49\uff43\uff45\uff4e\uff53\uff45", "license"),  # fullwidth
        ("base_model", "base_model"),
    ],
)
def test_keys_fold_to_the_key_a_reader_takes_them_for(key: str, folded: str) -> None:
    assert fold_key(key) == folded


def test_a_key_shows_its_invisible_characters() -> None:
    assert shown_key("li\u200bcense") == "li\\u200bcense"


@pytest.mark.parametrize("key", ["licence", "li\u200bcense", "\ufefflicense"])
def test_a_variant_key_beside_license_is_a_piece_and_a_finding(key: str) -> None:
    text = f"---\nlicense: apache-2.0\n{key}: cc-by-nc-4.0\n---\n# M\n"
    snapshot = snapshot_of(text)
    pieces = declared_pieces(snapshot)
    assert [(p.key, p.value, p.evidence.line, p.source) for p in pieces[1:]] == [
        (key, "cc-by-nc-4.0", 3, "key-variant")
    ]
    card = parse_card(text)
    reading = reconcile_declared(declared_from_card(card), pieces, load_license_db())
    assert reading.match is not None and reading.match.id == "CC-BY-NC-4.0"
    (finding,) = reading.findings
    assert finding.rule == "card-license-key-variant"
    assert shown_key(key) in finding.message and "more restrictive" in finding.message


def test_a_licence_key_alone_is_the_declaration_with_a_finding() -> None:
    text = "---\nlicence: cc-by-nc-4.0\n---\n# M\n"
    card = parse_card(text)
    declared = declared_from_card(card)
    assert declared.license == "cc-by-nc-4.0"
    pieces = declared_pieces(snapshot_of(text))
    reading = reconcile_declared(declared, pieces, load_license_db())
    assert reading.match is not None and reading.match.id == "CC-BY-NC-4.0"
    assert [f.rule for f in reading.findings] == ["card-license-key-variant"]
    assert "does not read it" in reading.findings[0].message


def test_a_license_tag_in_tags_is_a_piece_in_conflict() -> None:
    text = "---\nlicense: apache-2.0\ntags:\n- chat\n- license:cc-by-nc-4.0\n---\n# M\n"
    card = parse_card(text)
    assert license_tags(card.metadata) == ["cc-by-nc-4.0"]
    reading = reconcile_declared(
        declared_from_card(card), declared_pieces(snapshot_of(text)), load_license_db()
    )
    assert reading.match is not None and reading.match.id == "CC-BY-NC-4.0"
    assert [f.rule for f in reading.findings] == ["license-declared-conflict"]


def test_a_license_tag_agreeing_with_the_declaration_is_no_finding() -> None:
    text = "---\nlicense: apache-2.0\ntags: [license:apache-2.0]\n---\n# M\n"
    card = parse_card(text)
    reading = reconcile_declared(
        declared_from_card(card), declared_pieces(snapshot_of(text)), load_license_db()
    )
    assert reading.findings == ()


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2212", "\u2013"])
def test_look_alike_hyphens_in_a_license_name_resolve(dash: str) -> None:
    record = load_license_db().lookup(dash.join(["cc", "by", "nc", "4.0"]))
    assert record is not None and record.id == "CC-BY-NC-4.0"


# --- claims read from the new documents -----------------------------------------------------


def test_a_license_named_by_its_id_in_a_sentence_of_another_language_is_claimed() -> None:
    card = FRONT + "# M\n\n## 许可证\n\n本模型权重采用 CC BY-NC 4.0 协议发布。\n"
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_an_id_in_a_line_naming_another_repository_is_not_claimed() -> None:
    card = FRONT + (
        "# M\n\n## License\n\n- [org/base-7b](https://huggingface.co/org/base-7b): mit\n"
    )
    assert "MIT" not in claimed(card)


def test_a_limitations_sentence_banning_commercial_products_prohibits_commercial_use() -> None:
    from auditor.licenses.terms.extract import extract_terms

    card = (
        "# M\n\n## Limitations\n\nIt is released for academic research and may not be\n"
        "deployed in commercial products.\n"
    )
    doc = documents(card)["README.md#license"]
    terms = extract_terms(doc.text or "", path=doc.path)
    assert terms["commercial_use"].value == "prohibited"
    assert {e.line for e in terms["commercial_use"].evidence} <= {5, 6}


def test_an_opening_naming_the_license_file_s_own_license_adds_no_disagreement(
    tmp_path: Path, corpus: Path
) -> None:
    from auditor.pipeline.run import AuditOptions, audit

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: llama3.1\n---\n# Heron\n\nBuilt with Llama. The model is distributed"
        " under the Llama 3.1 Community License; see `LICENSE`.\n",
        encoding="utf-8",
    )
    text = (corpus / "licenses" / "llama-3.1-community.txt").read_text(encoding="utf-8")
    (folder / "LICENSE").write_text(text, encoding="utf-8")
    (model,) = audit([str(folder)], AuditOptions(use_cache=False)).models
    assert "README.md#license" in {
        d.path
        for d in card_documents(parse_card((folder / "README.md").read_text(encoding="utf-8")))
    }
    assert "license-files-disagree" not in {f.rule for f in model.findings}


@pytest.mark.parametrize(
    "title",
    [
        "Omezení použití",
        "Ograniczenia użytkowania",
        "Nutzungsbeschränkungen",
        "Usos prohibidos",
        "Restrictions d’utilisation",
        "Limitazioni d'uso",
        "Användningsbegränsningar",
        "Kullanım kısıtlamaları",
        "Ограничения использования",
        "قيود الاستخدام",
        "禁止用途",
    ],
)
def test_use_restriction_sections_in_other_languages_are_the_model_s_terms(title: str) -> None:
    # session 33, round N: a Czech card's "Omezení použití" banning biometric identification,
    # made part of the licence by it, was never read (a silent pass)
    assert is_license_title(title)
    card = f"# M\n\n## {title}\n\nNo biometric identification.\n\n## Other\n\nText.\n"
    assert lines_of(card) == {5: "No biometric identification."}


@pytest.mark.parametrize("title", ["Omezení", "Limitaciones", "Einschränkungen", "Limitations"])
def test_the_model_s_own_limitations_are_no_terms_section(title: str) -> None:
    assert not is_license_title(title)


def test_a_licence_in_another_language_is_found_by_its_title_and_licence_words() -> None:
    from auditor.sources.license_sniff import reads_as_terms

    text = (
        "ЛІЦЕНЗІЯ НА МОДЕЛЬ SOSNA-3B\n\n1. Ліцензіар – ТОВ «Сосна», м. Київ.\n"
        "2. Ліцензіар надає будь-якій особі безоплатну ліцензію на використання Моделі.\n"
        "3. Ця ліцензія регулюється законодавством України.\n"
    )
    assert reads_as_terms(text, "LITSENZIIA.md") is not None


def test_twin_an_english_note_mentioning_licences_is_no_licence() -> None:
    from auditor.sources.license_sniff import reads_as_terms

    text = (
        "# Licence notes\n\nThis folder lists the licences of the datasets: the licence of A,"
        " the licence of B and the licence of C.\n"
    )
    assert reads_as_terms(text, "NOTES.md") is None
