"""Evidence read from round T's misses, each beside a twin that differs in one fact: a script
loading a Hub model and putting an adapter onto it, a compound pruning method ("depth-pruning
X"), a parenthesis between a Vietnamese participle and its "from", Danish, Norwegian and Finnish
derivation phrases, a recipe three folders down, an image the card names as part of the terms,
and a card sentence telling a license's history. Files and sentences written here."""

from __future__ import annotations

import pytest

from auditor.lineage.adapter_loads_s39lineage import adapter_bases
from auditor.lineage.prose import stated_parents
from auditor.lineage.prose_foreign import languages_in
from auditor.lineage.repo_parents import file_parents
from auditor.model import FrontMatterState, ParsedCard
from auditor.sources.card_labels import stated_lines
from auditor.sources.card_pointed_images_s39lineage import pointed_unreadable
from auditor.sources.card_relicensed_s39lineage import current_start
from auditor.sources.parent_files import parent_config_paths
from tests.lineage.test_lineage_shapes_s38 import notebook

BASE = "acme-labs/Kestrel-XL-Base"
UNKNOWN = "acme/base-7b"  # no registry entry: only a strong phrase takes it bare
KNOWN = "Qwen/Qwen2.5-7B-Instruct"


def parents(body: str) -> list[tuple[str, str | None]]:
    found = stated_parents(body, is_known=lambda ref: ref.lower() == KNOWN.lower())
    return [(p.ref, p.relation) for p in found]


def card(body: str) -> ParsedCard:
    return ParsedCard(metadata={}, body=body, body_line=1, state=FrontMatterState.ABSENT)


# --- a Hub model loaded, then an adapter put onto it ----------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "import torch\nfrom diffusers import DiffusionPipeline\n"
        f'pipe = DiffusionPipeline.from_pretrained("{BASE}", torch_dtype=torch.float16)\n'
        'pipe.load_lora_weights("./weights")\nimage = pipe("a chair").images[0]\n',
        # paraphrase: a causal LM and PEFT's wrapper
        f'base_model = AutoModelForCausalLM.from_pretrained("{BASE}")\n'
        'model = PeftModel.from_pretrained(base_model, "./adapter")\n',
    ],
)
def test_a_model_loaded_then_given_an_adapter_is_its_base(code: str) -> None:
    found = file_parents("demo.ipynb", notebook(("code", code)))
    assert [(p.ref, p.relation) for p in found] == [(BASE, "adapter")]


def test_a_model_loaded_and_no_adapter_put_onto_it_is_none() -> None:
    # twin: the adapter goes onto another variable; the loaded model is a judge beside it
    code = (
        f'judge = AutoModel.from_pretrained("{BASE}")\n'
        'pipe = DiffusionPipeline.from_pretrained("./local")\npipe.load_lora_weights("./w")\n'
    )
    assert list(adapter_bases(code)) == []
    assert file_parents("demo.ipynb", notebook(("code", code))) == ()


# --- pruning named with a compound method ---------------------------------------------------------


def test_a_compound_pruning_method_names_the_model_pruned() -> None:
    body = f"Wren-2B was obtained by width- and depth-pruning {UNKNOWN} and distilling it."
    assert parents(body) == [(UNKNOWN, "finetune")]
    paraphrase = f"We built it by layer-pruning {UNKNOWN} down to 2B."
    assert parents(paraphrase) == [(UNKNOWN, "finetune")]


def test_a_pruning_method_applied_with_a_tool_names_no_model() -> None:
    # twin: "by depth-pruning with X": X is the tool, not the model pruned
    assert parents(f"Wren-2B was made by depth-pruning with {UNKNOWN} as the scorer.") == []


# --- Vietnamese: a parenthesis between the participle and "from" ----------------------------------


def test_a_parenthesis_after_the_vietnamese_participle_keeps_the_parent() -> None:
    body = f"Mô hình này được tinh chỉnh (LoRA) từ {UNKNOWN} trên dữ liệu bán hàng."
    assert parents(body) == [(UNKNOWN, "finetune")]


def test_a_negated_vietnamese_sentence_with_a_parenthesis_names_none() -> None:
    body = f"Mô hình này không được tinh chỉnh (SFT) từ {UNKNOWN} mà huấn luyện lại."
    assert parents(body) == []


# --- Danish, Norwegian and Finnish ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code", "relation"),
    [
        (f"Modellen er finjusteret fra {UNKNOWN} på danske tekster.", "da", "finetune"),
        (f"Dette er en finjusteret version af {UNKNOWN} til kundeservice.", "da", "finetune"),
        (f"Modellen er baseret på {KNOWN} og trænet på danske data.", "da", "finetune"),
        (f"En kvantiseret version af {UNKNOWN} til llama.cpp og andre.", "da", "quantized"),
        (f"Modellen er finjustert (LoRA) fra {UNKNOWN} på norske tekster.", "nb", "finetune"),
        (f"Dette er en finjustert versjon av {UNKNOWN} for bokmål.", "nb", "finetune"),
        (f"Hienosäädetty mallista {UNKNOWN} suomenkielisellä aineistolla.", "fi", "finetune"),
        (f"Malli on hienosäädetty versio mallista {UNKNOWN} ja se vastaa.", "fi", "finetune"),
        (f"Malli on {UNKNOWN}:n hienosäädetty versio, ja se vastaa.", "fi", "finetune"),
        (f"Tämä malli perustuu malliin {KNOWN} ja on koulutettu lisää.", "fi", "finetune"),
    ],
)
def test_a_nordic_derivation_phrase_names_the_parent(
    body: str, code: str, relation: str | None
) -> None:
    assert code in [lang.code for lang in languages_in(body)]
    assert [r for r, _ in parents(body)] == [UNKNOWN if UNKNOWN in body else KNOWN]
    assert parents(body)[0][1] == relation


@pytest.mark.parametrize(
    "body",
    [
        f"Modellen er ikke finjusteret fra {UNKNOWN}; den er trænet fra bunden og er god.",
        f"Vi sammenligner med en finjusteret version af {UNKNOWN} og andre modeller.",
        f"Modellen er baseret på data fra {UNKNOWN} og er trænet på dansk.",
        f"Modellen er ikke finjustert fra {UNKNOWN}; den er trent fra bunnen av.",
        f"Mallia ei ole hienosäädetty mallista {UNKNOWN} ja se on koulutettu alusta.",
        f"Vertailimme sitä malliin, joka on hienosäädetty mallista {UNKNOWN} ja se on hyvä.",
        # a bare participle with no "from" ending on the reference: not a derivation
        f"Malli on hienosäädetty {UNKNOWN} -aineistolla, ja se on hyvä.",
    ],
)
def test_a_nordic_sentence_that_negates_compares_or_speaks_of_data_names_none(body: str) -> None:
    assert parents(body) == []


# --- a recipe three folders down ------------------------------------------------------------------


def test_a_recipe_three_folders_down_is_read_after_the_files_near_the_top() -> None:
    paths = ["recipes/kestrel/sft/config_full.yaml", "train.py", "config.json", "README.md"]
    chosen = parent_config_paths(paths)
    assert chosen == ["config.json", "train.py", "recipes/kestrel/sft/config_full.yaml"]
    # twin: four folders down is too deep; a hidden folder never counts
    assert parent_config_paths(["a/b/c/d/config_full.yaml", ".github/x/y/ci.yml"]) == []


# --- an image the card names as part of the terms -------------------------------------------------


def test_an_image_the_card_names_as_terms_is_said_unread() -> None:
    body = (
        "# Wren\n\nApache-2.0. The conditions for hosted use are set out in "
        "`legal/hosted-conditions.jpg`, which forms part of the licence.\n"
    )
    found = pointed_unreadable(card(body), ["legal/hosted-conditions.jpg", "model.bin"], set())
    assert [p.path for p, _ in found] == ["legal/hosted-conditions.jpg"]
    assert "an image (.jpg)" in found[0][1]
    # paraphrase: an archive named in a sentence about the terms
    body = "# Wren\n\nThe full terms of use are in docs/signed.tar.gz (scanned).\n"
    assert [p.path for p, _ in pointed_unreadable(card(body), ["docs/signed.tar.gz"], set())] == [
        "docs/signed.tar.gz"
    ]


def test_an_image_the_card_shows_for_another_reason_is_not_terms() -> None:
    # twin: the same image named in a sentence about samples, and a license badge
    body = (
        "# Wren\n\nSample outputs are in `legal/hosted-conditions.jpg`.\n\n"
        "![license](license-badge.png) MIT licence.\n"
    )
    listed = ["legal/hosted-conditions.jpg", "license-badge.png"]
    assert pointed_unreadable(card(body), listed, set()) == []


# --- a license's history: the one replaced binds nothing ------------------------------------------


def test_a_sentence_telling_a_relicensing_keeps_only_the_current_terms() -> None:
    said = (
        "Kestrel was first released under the Acme Research License; Acme relicensed it under MIT."
    )
    assert said[current_start(said) :].startswith("relicensed it under MIT")
    paraphrase = "Originally CC BY-NC 4.0, the weights were re-licensed under Apache 2.0 in May."
    assert paraphrase[current_start(paraphrase) :].startswith("re-licensed under Apache")
    lines = ["# Wren", "", f"Fine-tuned for manuals. ({said})"]
    kept = " ".join(stated_lines(lines, set(), 3, "Wren").values())
    assert "MIT" in kept and "Research License" not in kept


@pytest.mark.parametrize(
    "said",
    [
        # twins: a plan, a negation, and a verb with no earlier license before it
        "Kestrel was first released under the Acme Research Licence and will be relicensed to MIT.",
        "Kestrel was first released under the Acme Research Licence and has not been relicensed.",
        "Acme relicensed Kestrel under MIT; the Acme Research License applies to the adapter.",
    ],
)
def test_a_planned_negated_or_unanchored_relicensing_keeps_the_whole_sentence(said: str) -> None:
    assert current_start(said) == 0
