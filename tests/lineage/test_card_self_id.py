"""A folder's own Hub id read from its card's loading code (lineage/card_self_id.py)."""

from __future__ import annotations

import pytest

from auditor.knowledge.model_families import load_model_families
from auditor.lineage.card_self_id import METHOD, card_self_id
from auditor.lineage.names import resolve_name

FAMILIES = load_model_families()


def _read(body: str, folder: str | None = None, known: frozenset[str] = frozenset()) -> object:
    return card_self_id(
        body,
        card_file="README.md",
        first_line=10,
        folder=folder,
        is_known=lambda ref: ref in known,
        names_family=lambda ref: bool(resolve_name(ref, None, FAMILIES)),
    )


def _card(title: str, code: str) -> str:
    return f"# {title}\n\nSome words.\n\n```python\n{code}\n```\n"


def test_the_card_loading_its_own_repo_reads_the_family_in_its_name() -> None:
    body = _card(
        "Vecto: sentence encoders from chat models",
        'model = AutoModel.from_pretrained(\n    "some-lab/Vecto-Meta-Llama-3-8B-Instruct-mlm"\n)',
    )
    found = _read(body)
    assert found is not None
    assert found.ref == "some-lab/Vecto-Meta-Llama-3-8B-Instruct-mlm"  # type: ignore[attr-defined]
    assert found.method == METHOD  # type: ignore[attr-defined]
    assert found.evidence.line == 10 + 6  # type: ignore[attr-defined]  # the line of the id


@pytest.mark.parametrize(
    "code",
    [
        'st = SentenceTransformer("some-lab/Vecto-Mistral-7B-v0.1-embed")',
        'pipe = pipeline("text-generation", model="some-lab/Vecto-Mistral-7B-v0.1-embed")',
    ],
)
def test_other_loaders_name_the_model_too(code: str) -> None:
    assert _read(_card("Vecto embeddings", code)) is not None


@pytest.mark.parametrize(
    ("title", "code", "folder", "known"),
    [
        # the card loads its base, then its own adapter: the base is not the card's own model
        (
            "Vecto adapter",
            'base = AutoModel.from_pretrained("meta-llama/Meta-Llama-3-8B")\n'
            'model = PeftModel.from_pretrained(base, "some-lab/vecto-adapter")',
            None,
            frozenset({"meta-llama/Meta-Llama-3-8B"}),
        ),
        # the loaded id's name does not start with the title's word: somebody else's model
        (
            "Vecto: encoders",
            'm = AutoModel.from_pretrained("other-lab/Reranker-Llama-3-8B")',
            None,
            frozenset(),
        ),
        # an id outside a code block is prose, read by the prose readers, not here
        ("Vecto", "print('hello')", None, frozenset()),
        # a name that names no family gives nothing
        (
            "Vecto",
            'm = AutoModel.from_pretrained("some-lab/vecto-small")',
            None,
            frozenset(),
        ),
        # an id the registry knows is a published model, not the card's own
        (
            "Vecto",
            'm = AutoModel.from_pretrained("some-lab/Vecto-Llama-3-8B")',
            None,
            frozenset({"some-lab/Vecto-Llama-3-8B"}),
        ),
    ],
)
def test_no_own_id_is_read_where_the_loaded_model_is_not_the_cards(
    title: str, code: str, folder: str | None, known: frozenset[str]
) -> None:
    assert _read(_card(title, code), folder, known) is None


def test_a_folder_named_as_the_loaded_repo_is_its_own_model_whatever_the_title() -> None:
    body = _card("Encoders", 'm = AutoModel.from_pretrained("lab/enc-gemma-2-9b-it")')
    assert _read(body) is None
    assert _read(body, folder="enc-gemma-2-9b-it") is not None


def test_an_id_in_prose_beside_the_title_is_not_read_as_loaded() -> None:
    body = "# Vecto\n\nWe thank some-lab/Vecto-Meta-Llama-3-8B-Instruct-mlm's authors.\n"
    assert _read(body) is None
