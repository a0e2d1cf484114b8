"""Clauses scoped to some of a license's models (licenses/terms/model_scope.py): set aside
only when the model is known to be outside the scope; kept when that is unknown."""

from __future__ import annotations

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.model_scope import (
    ModelFacts,
    SizeClass,
    membership,
    scoped_out_text,
    size_classes,
)

_TABLE = """# Wren Model Family Licence

| Model | Parameters | Permitted use |
|---|---|---|
| Wren-2B, Wren-9B | under 20 billion | any use, commercial included |
| Wren-27B, Wren-70B | 20 billion or more | non-commercial research only |

1. You may use each Wren model within the permitted use the table above gives it.
2. Commercial use of the models in the second row needs a separate written licence.
"""

_MODALITY = """MERLIN MODELS LICENCE

1. Merlin Ltd grants you a royalty-free licence to use and distribute the Merlin models,
   including for commercial purposes.
2. Commercial use of the Merlin video-generation models (Merlin-Motion and its variants)
   requires a paid licence from Merlin Ltd.
"""

_EDITION = """Shrike Licence

1. You may use the Shrike models for any purpose, commercial use included.
2. Outputs of the Shrike-X models (any model whose name ends in "-X") may not be used to
   train or distil any other machine-learning model.
"""


def test_size_classes_read_both_word_orders() -> None:
    assert size_classes("models of 30 billion parameters or more") == [SizeClass(30.0, None)]
    (below,) = size_classes("models under 30B parameters")
    assert below.holds(8) and not below.holds(30) and not below.holds(34)
    (up_to,) = size_classes("models of up to 13 billion parameters")
    assert up_to.holds(13) and not up_to.holds(14)


def test_a_table_row_for_a_larger_size_class_is_set_aside_for_a_small_model() -> None:
    small = ModelFacts(("Wren-9B",), 9.0, "text")
    text = scoped_out_text(_TABLE, small)
    assert "non-commercial research only" not in text
    assert "needs a separate written licence" not in text  # names the second row
    assert text.count("\n") == _TABLE.count("\n")  # lines stay where they were
    assert extract_terms(text)["commercial_use"].value == "allowed"


def test_the_row_binds_the_models_it_names_and_an_unknown_size() -> None:
    assert scoped_out_text(_TABLE, ModelFacts(("Wren-70B",), 70.0, "text")).count("research") == 1
    unknown = ModelFacts(("my-model",), None, None)  # nothing says it is outside
    assert scoped_out_text(_TABLE, unknown) == _TABLE


def test_a_clause_for_image_or_video_models_binds_no_text_model() -> None:
    text_model = ModelFacts(("Merlin-Chat-7B",), 7.0, "text")
    assert "paid licence" not in scoped_out_text(_MODALITY, text_model)
    video = ModelFacts(("Merlin-Motion-XL",), None, "multimodal")
    assert scoped_out_text(_MODALITY, video) == _MODALITY
    unknown = ModelFacts(("model",), None, None)
    assert scoped_out_text(_MODALITY, unknown) == _MODALITY


def test_an_edition_named_by_its_suffix() -> None:
    assert "distil" not in scoped_out_text(_EDITION, ModelFacts(("Shrike-12B",), 12.0, "text"))
    assert scoped_out_text(_EDITION, ModelFacts(("Shrike-12B-X",), 12.0, "text")) == _EDITION
    assert scoped_out_text(_EDITION, ModelFacts(("weights",), None, None)) == _EDITION


def test_a_clause_whose_subject_names_no_models_is_no_scope() -> None:
    facts = ModelFacts(("Pipit-3B",), 3.0, "text")
    ban = "You may not use outputs of the model to train image-generation models."
    assert scoped_out_text(ban, facts) == ban
    assert membership("Models with 30 billion parameters or more", facts) is False
    assert membership("Models below 30 billion parameters", facts) is True
    assert membership("Models of the Other family (Other-70B)", facts) is None


def test_each_piece_of_a_sentence_has_its_own_subject() -> None:
    large = ModelFacts(("Wren-70B",), 70.0, "text")
    text = "Models below 20 billion parameters may be sold; larger ones are for research only.\n"
    kept = scoped_out_text(text, large)
    assert "research only" in kept and "sold" not in kept
    small = ModelFacts(("Wren-9B",), 9.0, "text")
    clause = (
        "Models with 20 billion parameters or more are licensed for research only; any "
        "commercial use of them needs a separate agreement.\n"
    )
    assert not scoped_out_text(clause, small).strip()  # "them" is the large models


def test_a_subject_naming_models_by_what_they_are_not_is_no_scope() -> None:
    facts = ModelFacts(("Shrike-12B",), 12.0, "text")
    text = "Models other than Shrike-X may not be used to train other models.\n"
    assert scoped_out_text(text, facts) == text


_PREVIEW = """Tern Licence

1. You may use the Tern models for any purpose, including commercial purposes.
2. Checkpoints whose names end in "-preview" are released for non-commercial research only.
3. Variants whose names end with "-beta" may not be used in production.
"""


def test_checkpoints_named_by_a_suffix_without_the_family_name() -> None:
    stable = scoped_out_text(_PREVIEW, ModelFacts(("acme/tern-8b-instruct",), 8.0, "text"))
    assert "research" not in stable and "production" not in stable
    preview = scoped_out_text(_PREVIEW, ModelFacts(("Tern-8B-preview",), 8.0, "text"))
    assert "research" in preview and "production" not in preview


def test_a_bare_folder_name_says_nothing_of_a_suffix() -> None:
    # "model" or "weights" is no model name: the clause binds (the strict reading)
    assert scoped_out_text(_PREVIEW, ModelFacts(("model",), None, None)) == _PREVIEW
    assert scoped_out_text(_PREVIEW, ModelFacts(("weights", "model"), None, None)) == _PREVIEW
