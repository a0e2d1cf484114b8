"""Parents stated in shapes read from round R's misses, each beside a twin naming none: a Dutch
participle with a separable prefix (`voortgetraind vanaf X`), "the base model is X" written as
a sentence in French, German, Spanish, Portuguese, Italian, Dutch and Swedish, and a kohya
sd-scripts TOML naming the checkpoint a LoRA was trained on. Cards, files and sentences
written here."""

from __future__ import annotations

import pytest

from auditor.lineage.prose import stated_parents
from auditor.lineage.repo_parents import file_parents
from auditor.model.config_names import is_training_config
from auditor.sources.parent_files import parent_config_paths

BASE = "acme-labs/Falcon-Mini-7B"  # no registry entry: only a strong phrase takes it bare


def refs(body: str) -> list[str]:
    return [p.ref for p in stated_parents(body)]


# --- a Dutch participle with a separable prefix --------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Ons model is voortgetraind vanaf `{BASE}` met klantgesprekken.",
        f"Dit model werd doorgetraind vanuit {BASE} op interne handleidingen.",
        f"Het is een nagetrainde versie van {BASE}.",
        f"Dit model is verder getraind vanaf {BASE}.",
    ],
)
def test_a_dutch_prefixed_participle_names_the_model_trained_further(body: str) -> None:
    assert refs(body) == [BASE]


@pytest.mark.parametrize(
    "body",
    [
        f"Dit model is niet voortgetraind vanaf {BASE}; het is vanaf nul opgebouwd.",
        f"Volgende maand wordt het als het goed is doorgetraind vanuit {BASE}.",
        f"We hebben het vergeleken met een model dat voortgetraind is vanaf {BASE}.",
        f"Ons model is voortgetraind op gegevens van {BASE}.",  # data, not a model
    ],
)
def test_a_negated_planned_or_compared_dutch_participle_names_no_parent(body: str) -> None:
    assert refs(body) == []


# --- "the base model is X" as a sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Le modèle de départ est `{BASE}`, que nous avons adapté à nos contrats.",
        f"Notre modèle de base était {BASE}.",
        f"Das Ausgangsmodell ist {BASE}; wir haben es auf Verträgen nachtrainiert.",
        f"El modelo de partida es {BASE}, ajustado con nuestras consultas.",
        f"O modelo base é {BASE}.",
        f"Il modello di partenza è {BASE}.",
        f"Het basismodel is {BASE}.",
        f"Basmodellen är {BASE}, som vi har anpassat.",
        f"El modelo base es [Falcon Mini](https://huggingface.co/{BASE}).",
    ],
)
def test_a_sentence_naming_the_base_model_names_the_parent(body: str) -> None:
    assert refs(body) == [BASE]


@pytest.mark.parametrize(
    "body",
    [
        f"Le modèle de départ n'est pas {BASE}.",  # negated
        f"Le modèle de base est comparé à {BASE} sur nos tests.",  # compared: words between
        f"Das Basismodell ist besser als {BASE}.",
        f"El modelo base es mejor que {BASE} en español.",
        f"Het basismodel is sneller dan {BASE}.",
        f"Basmodellen är mindre än {BASE}.",
        f"Il modello di partenza sarà {BASE}.",  # a plan: no copula of the past or present
    ],
)
def test_a_base_model_sentence_naming_another_relation_names_no_parent(body: str) -> None:
    assert refs(body) == []


# --- a kohya sd-scripts TOML -------------------------------------------------------------------

KOHYA = """[model]
pretrained_model_name_or_path = "acme-art/Diffusion-Large"
network_module = "networks.lora"
network_dim = 32

[training]
learning_rate = 2e-4
max_train_steps = 1800
"""


def test_a_kohya_toml_names_the_checkpoint_its_lora_was_trained_on() -> None:
    (parent,) = file_parents("config/poster_lora.toml", KOHYA)
    assert (parent.ref, parent.relation) == ("acme-art/Diffusion-Large", "adapter")
    assert parent.evidence.line == 2
    # a flat TOML (kohya also reads one without tables) says the same
    flat = "\n".join(line for line in KOHYA.splitlines() if not line.startswith("["))
    assert [p.ref for p in file_parents("train.toml", flat)] == ["acme-art/Diffusion-Large"]


def test_a_toml_naming_no_checkpoint_or_not_parsing_names_no_parent() -> None:
    no_model = KOHYA.replace('pretrained_model_name_or_path = "acme-art/Diffusion-Large"\n', "")
    assert file_parents("config/poster_lora.toml", no_model) == ()
    assert file_parents("config/poster_lora.toml", "[model\npretrained = ") == ()
    # the same key in a project's pyproject.toml is not a training configuration
    assert not is_training_config("pyproject.toml")


def test_a_training_toml_is_chosen_among_the_repo_files() -> None:
    paths = ["README.md", "config/flux_lora.toml", "pyproject.toml", "model.safetensors"]
    assert parent_config_paths(paths) == ["config/flux_lora.toml"]
