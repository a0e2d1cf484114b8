"""Parents stated in shapes read from round Q's misses, each beside a twin naming none: card
prose in German, Spanish, French, Italian, Portuguese, Dutch and Polish naming the base by its
repo id; a GGUF header dump kept as a text file; a NOTICE file's sentence; pruning whose student
keeps the teacher's weights; a Markdown or HTML table row naming the starting checkpoint.
Cards, files and sentences written here."""

from __future__ import annotations

import pytest

from auditor.lineage.prose import stated_parents
from auditor.lineage.repo_parents import file_parents, notice_parents
from auditor.model import LicenseFile, SourceKind, SourceSnapshot, Target

BASE = "acme-labs/Falcon-Mini-7B"  # no registry entry: only a strong phrase takes it bare
KNOWN = "Qwen/Qwen2.5-7B-Instruct"


def refs(body: str) -> list[str]:
    return [p.ref for p in stated_parents(body, is_known=lambda ref: ref == KNOWN)]


@pytest.mark.parametrize(
    "body",
    [
        f"Dieses Modell ist ein Feintuning von {BASE}.",
        f"Dieses Modell ist ein Fine-Tune von {BASE} für Verträge.",
        f"Dieses Modell wurde feinabgestimmt auf Basis von {BASE}.",
        f"Es startet von den Gewichten von {BASE} und wurde weitertrainiert.",
        f"Este modelo parte de los pesos de {BASE}.",
        f"Este modelo fue ajustado a partir de {BASE}.",
        f"Este modelo es un ajuste fino de {BASE}.",
        f"Ce modèle part des poids de {BASE}.",
        f"Questo modello parte dai pesi di {BASE}.",
        f"Este modelo parte dos pesos de {BASE}.",
        f"Este modelo foi treinado a partir dos pesos de {BASE}.",
        f"Dit model is een fine-tune van {BASE}.",
        f"Dit model is verfijnd op basis van {BASE}.",
        f"Dit model vertrekt vanuit de gewichten van {BASE}.",
        f"Dit model is een verfijnde versie van {BASE}.",
        f"Ten model startuje z wag {BASE}.",
        f"Ten model został dostrojony na podstawie {BASE}.",
        # a weak phrase ("based on") takes a model the registry knows, as in English
        f"Dieses Modell basiert auf {KNOWN}.",
        f"Este modelo está basado en {KNOWN}.",
        f"Dit model is gebaseerd op {KNOWN}.",
        f"Model bazuje na {KNOWN}.",
    ],
)
def test_a_card_in_another_language_names_its_base_by_repo_id(body: str) -> None:
    assert refs(body) == [KNOWN if KNOWN in body else BASE]


@pytest.mark.parametrize(
    "body",
    [
        f"Wir vergleichen es mit einem Feintuning von {BASE}.",
        f"Im Vergleich zu den Gewichten von {BASE} ist es kleiner.",
        f"Comparamos con un modelo que parte de los pesos de {BASE}.",
        f"Este modelo no es un ajuste fino de {BASE}.",
        f"Nous comparons avec un modèle qui part des poids de {BASE}.",
        f"Lo confrontiamo con un modello che parte dai pesi di {BASE}.",
        f"Comparamos com um modelo que parte dos pesos de {BASE}.",
        f"We vergeleken met een fine-tune van {BASE}.",
        f"W porównaniu z modelem, który startuje z wag {BASE}, jest lepszy.",
        f"Dieses Modell basiert auf {BASE}.",  # weak, bare and unknown: not taken (as in English)
    ],
)
def test_twin_a_comparison_negation_or_weak_bare_id_names_no_base(body: str) -> None:
    assert refs(body) == []


DUMP = f"""llama_model_loader: dumping metadata keys/values.
general.architecture = llama
general.name = Falcon Mini 7B Q4_K_M
general.base_model.count = 1
general.base_model.0.name = Falcon Mini 7B
general.base_model.0.organization = Acme Labs
general.base_model.0.repo_url = https://huggingface.co/{BASE}
"""


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("gguf_metadata.txt", DUMP),
        ("docs/header.log", f"general.base_model.0.repo_url: https://huggingface.co/{BASE}\n"),
        (
            "meta.txt",
            f'{{\n  "general.base_model.0.repo_url": "https://huggingface.co/{BASE}",\n}}\n',
        ),
        (
            "keys.log",
            "general.base_model.0.name = Falcon-Mini-7B\n"
            "general.base_model.0.organization = acme-labs\n",
        ),
    ],
)
def test_a_gguf_header_dump_kept_as_a_text_file_names_the_parent(path: str, text: str) -> None:
    (parent,) = file_parents(path, text)
    assert parent.ref == BASE and parent.method == "gguf-header"
    assert parent.evidence.file == path


def test_twin_a_dump_naming_only_the_model_itself_names_no_parent() -> None:
    text = f"general.name = Falcon Mini 7B\ngeneral.source.url = https://huggingface.co/{BASE}\n"
    assert file_parents("gguf_metadata.txt", text) == ()


def _snapshot(path: str, text: str) -> SourceSnapshot:
    notice = LicenseFile(path, None, len(text), text, path)
    target = Target("/models/kestrel", SourceKind.LOCAL, "/models/kestrel")
    return SourceSnapshot(target=target, repo_id="acme/kestrel-7b", license_files=(notice,))


@pytest.mark.parametrize("path", ["NOTICE", "NOTICE.md", "notice.txt"])
def test_a_notice_stating_derived_weights_names_the_parent(path: str) -> None:
    text = "Kestrel 7B\nCopyright 2026 Acme.\n\n"
    text += f"This product includes model weights derived from {BASE}.\n"
    (parent,) = notice_parents(_snapshot(path, text), lambda _ref: False)
    assert parent.ref == BASE and parent.evidence.file == path and parent.evidence.line == 4


def test_twin_a_notice_comparing_or_pointing_elsewhere_names_no_parent() -> None:
    text = (
        f"Kestrel 7B was evaluated against {BASE}.\n"
        f"See also {BASE} for a larger model.\n"
        "This product includes software developed by Acme Labs.\n"
    )
    assert notice_parents(_snapshot("NOTICE", text), lambda _ref: False) == ()


def test_pruning_whose_student_keeps_the_teachers_weights_names_the_parent() -> None:
    body = (
        f"We removed a third of the attention heads and two MLP blocks from {BASE}, then "
        "recovered quality by distillation, the student keeping the teacher's remaining "
        "weights as its starting point."
    )
    (parent,) = stated_parents(body)
    assert parent.ref == BASE and parent.relation == "finetune"
    (pruned,) = stated_parents(f"We pruned 30% of the layers of {BASE} and healed it.")
    assert pruned.ref == BASE
    (narrowed,) = stated_parents(
        f"We cut a quarter of the query heads and about half of the feed-forward MLP width from "
        f"{BASE}, then healed it."
    )
    assert narrowed.ref == BASE


@pytest.mark.parametrize(
    "body",
    [
        f"Distilled from {BASE} as teacher into a randomly initialised student.",
        f"We distilled {BASE} as the teacher into a student trained from scratch.",
    ],
)
def test_twin_a_teacher_distilled_into_a_fresh_student_is_no_weights_parent(body: str) -> None:
    # a teacher, as distillation.py gathers it: bound only where its license counts
    # distilled models as derivatives, never a fine-tune's parent
    assert [(p.ref, p.relation) for p in stated_parents(body)] == [(BASE, "distillation")]


def test_twin_pruning_named_in_a_comparison_names_none() -> None:
    assert (
        stated_parents(f"We compare with a variant that removed half the layers of {BASE}.") == ()
    )


@pytest.mark.parametrize(
    "label",
    ["Starting checkpoint", "Initialised from", "Base weights", "Parent model", "Fine-tuned from"],
)
def test_a_table_row_naming_the_starting_point_names_the_parent(label: str) -> None:
    markdown = f"| Field | Value |\n|---|---|\n| {label} | {BASE} |\n| Epochs | 3 |\n"
    html = (
        "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
        f'<tr>\n<td><b>{label}</b></td>\n<td><a href="https://huggingface.co/{BASE}">{BASE}</a>'
        "</td>\n</tr>\n</table>\n"
    )
    assert refs(markdown) == [BASE]
    (parent,) = stated_parents(html)
    assert parent.ref == BASE and parent.evidence.line == 3


@pytest.mark.parametrize("label", ["Compared with", "Baseline", "See also", "Evaluated against"])
def test_twin_a_table_row_of_comparison_names_none(label: str) -> None:
    markdown = f"| Field | Value |\n|---|---|\n| {label} | {BASE} |\n"
    html = f"<table><tr><td>{label}</td><td>{BASE}</td></tr></table>\n"
    assert refs(markdown) == [] and refs(html) == []
