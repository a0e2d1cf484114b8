"""Parents named only in a card's prose: found with their line, and only when clearly stated."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.api import audit
from auditor.lineage.prose import stated_base_models
from auditor.model import Severity

KNOWN = {"meta-llama/llama-2-7b-hf", "mistralai/mistral-7b-v0.1"}


def known(ref: str) -> bool:
    return ref.lower() in KNOWN


def refs(body: str, **kw: object) -> list[str]:
    return [s.ref for s in stated_base_models(body, is_known=known, **kw)]  # type: ignore[arg-type]


def test_a_linked_parent_after_a_derivation_phrase_is_found_with_its_line() -> None:
    body = (
        "# Tiny\n\nSome words.\n"
        "Tiny is fine-tuned from [acme/base-7b](https://huggingface.co/acme/base-7b) on chats.\n"
    )
    (found,) = stated_base_models(body, first_line=5, is_known=known)
    assert (found.ref, found.line) == ("acme/base-7b", 8)
    assert found.quote == "Tiny is fine-tuned from acme/base-7b on chats."


def test_phrasings_that_state_a_parent() -> None:
    link = "https://huggingface.co/acme/base-7b"
    for sentence, expected in [
        (f"We pruned and further pre-trained it from [the base]({link}).", ["acme/base-7b"]),
        (
            f"The model is built on top of two models: [a]({link}) and meta-llama/Llama-2-7b-hf.",
            ["acme/base-7b", "meta-llama/Llama-2-7b-hf"],
        ),
        (f"It was initialized from {link} and trained for 2 epochs.", ["acme/base-7b"]),
        (
            "This is a distilled version of mistralai/Mistral-7B-v0.1.",
            ["mistralai/Mistral-7B-v0.1"],
        ),
        (f"Weights converted from [base]({link}/tree/main) to GGUF.", ["acme/base-7b"]),
        (f"A chat model finetuned on top of [the base]({link}).", ["acme/base-7b"]),
    ]:
        assert refs(sentence) == expected, sentence


def test_what_is_not_a_stated_parent() -> None:
    link = "https://huggingface.co/acme/base-7b"
    for body in [
        "Fine-tuned on [our data](https://huggingface.co/datasets/acme/chats).",  # a dataset
        "Trained on 2T tokens, see acme/base-7b for the results.",  # unknown id, no link
        f"This model card is based on the [base card]({link}).",  # the document, not the model
        "Based on code from https://github.com/meta-llama/Llama-2-7b-hf for loading.",
        f"```\nmodel = load('{link}')  # fine-tuned from it\n```",  # code
        f"| fine-tuned from | [base]({link}) |",  # a table row
        f"It is based on AutoGPTQ, and we release [a quantized variant]({link}).",  # next clause
        f"We compare it with [the base]({link}).",  # no derivation
    ]:
        assert refs(body) == [], body


def test_the_model_itself_and_its_own_variants_are_not_parents() -> None:
    body = (
        "Quantized from [acme/chat-7b](https://huggingface.co/acme/chat-7b), see also the "
        "model fine-tuned from [acme/chat-7b-int4](https://huggingface.co/acme/chat-7b-int4)."
    )
    assert refs(body, own_repo="Acme/Chat-7B") == []


def _folder(tmp_path: Path, license_tag: str, sentence: str) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(
        f"---\nlicense: {license_tag}\n---\n# A fine-tune\n\n{sentence}\n", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize(
    ("license_tag", "parent", "severity"),
    [
        # a Llama 2 fine-tune relabelled apache-2.0: the parent's license binds derivatives
        ("apache-2.0", "meta-llama/Llama-2-7b-hf", Severity.WARN),
        # a parent under a permissive license: worth knowing, nothing to fix
        ("mit", "mistralai/Mistral-7B-v0.1", Severity.INFO),
    ],
)
def test_a_parent_stated_in_the_text_is_reported_with_its_line(
    tmp_path: Path, license_tag: str, parent: str, severity: Severity
) -> None:
    folder = _folder(
        tmp_path, license_tag, f"It is fine-tuned from [it](https://huggingface.co/{parent})."
    )
    model = audit([str(folder)]).models[0]
    (finding,) = [f for f in model.findings if f.rule.startswith("lineage-parent-in-text")]
    assert finding.severity is severity
    binding = severity is Severity.WARN
    assert finding.rule == (
        "lineage-parent-in-text-binding" if binding else "lineage-parent-in-text"
    )
    assert parent in finding.message
    assert ("binds derivatives" in finding.message) is (severity is Severity.WARN)
    assert (finding.evidence[0].file, finding.evidence[0].line) == ("README.md", 6)
    assert f"base_model: {parent}" in (finding.remediation or "")


def test_declared_base_models_leave_the_text_alone(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: llama2\nbase_model: meta-llama/Llama-2-7b-hf\n---\n"
        "Fine-tuned from [Llama 2](https://huggingface.co/meta-llama/Llama-2-7b-hf).\n",
        encoding="utf-8",
    )
    model = audit([str(folder)]).models[0]
    assert not [f for f in model.findings if f.rule.startswith("lineage-parent-in-text")]


PIECES = [*"ab/.-_ \n|`[]()", "fine-tuned from ", "huggingface.co/"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES)).map("".join))
def test_any_text_gives_repo_ids_and_never_raises(body: str) -> None:
    for found in stated_base_models(body, is_known=lambda _ref: True):
        org, _, name = found.ref.partition("/")
        assert org and name and "/" not in name
        assert found.line >= 1


def test_a_huge_one_line_card_is_read_in_linear_time() -> None:
    line = "It is based on [x](https://huggingface.co/acme/base) and more " * 10_000  # 600 KB
    found = stated_base_models(line)
    assert [f.ref for f in found] == ["acme/base"]
