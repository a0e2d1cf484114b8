"""Card front matter through libyaml (the fast path) is held to the bounded pure-Python loader."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.fileio import card_yaml
from auditor.fileio.card_yaml import Loaded, YamlProblem, load_yaml
from auditor.sources.card import parse_card

CARDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "cards"


def _corpus_cards() -> list[Path]:
    return sorted(CARDS.glob("*.md")) if CARDS.is_dir() else []


def _bounded(block: str) -> Loaded | str:
    try:
        return card_yaml._load_bounded(block)
    except YamlProblem as err:
        return f"refused: {err.message} at {err.index}"


def _loaded_or_refusal(block: str) -> Loaded | str:
    try:
        return load_yaml(block)
    except YamlProblem as err:
        return f"refused: {err.message} at {err.index}"


def _fast(block: str) -> Loaded | None:
    assert card_yaml._C_LOADER is not None, "PyYAML was built without libyaml"
    return card_yaml._load_fast(block, card_yaml._C_LOADER)


def _digest(card: object) -> str:
    return hashlib.sha256(repr(card).encode()).hexdigest()


@pytest.mark.skipif(not _corpus_cards(), reason="the shared corpus of cards is not here")
def test_every_corpus_card_parses_the_same_with_and_without_libyaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [path.read_text(encoding="utf-8") for path in _corpus_cards()]
    fast = [_digest(parse_card(text)) for text in texts]
    monkeypatch.setattr(card_yaml, "_C_LOADER", None)
    slow = [_digest(parse_card(text)) for text in texts]
    assert fast == slow


@pytest.mark.skipif(not _corpus_cards(), reason="the shared corpus of cards is not here")
def test_most_corpus_cards_take_the_fast_path_with_the_same_value() -> None:
    taken = 0
    for path in _corpus_cards():
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        block = text[4 : text.index("\n---", 4) + 1]
        if card_yaml._NOT_FOR_C.search(block) or card_yaml._read_apart(block):
            continue
        loaded = _fast(block)
        assert loaded is not None, path.name
        assert loaded == _bounded(block), path.name
        assert json.dumps(loaded.value, sort_keys=True) is not None
        taken += 1
    assert taken >= len(_corpus_cards()) * 3 // 4


@pytest.mark.parametrize(
    "block",
    [
        "a: [\n\t1]\n",  # tab indentation in a flow collection: libyaml takes it
        "a: |#\n  x\n",  # block scalar header with a comment and no space
        "a: [b?c]\n",  # '?' ends a plain scalar in the pure-Python flow context
        "a: \x07\n",  # a control character the pure-Python reader refuses
        "a: x\u2028b: y\n",  # a line separator
    ],
)
def test_texts_read_apart_go_to_the_bounded_loader(block: str) -> None:
    assert card_yaml._NOT_FOR_C.search(block) or card_yaml._read_apart(block)
    assert _loaded_or_refusal(block) == _bounded(block)


@pytest.mark.parametrize(
    "block",
    [
        "a: &x [1, 2]\nb: *x\n",  # aliases: the expansion bound decides
        "a:\n" + "".join(f"{' ' * (2 * i + 2)}k{i}:\n" for i in range(70)) + " " * 142 + "v\n",
        "a: " + "[" * 70 + "]" * 70 + "\n",
        "a: " + "[" * 3_000 + "]" * 3_000 + "\n",  # past the indicators libyaml may compose
        "a: b\n---\nc: d\n",  # two documents: an error
        "a: 2024-02-30\n",  # an impossible date: ValueError in the constructor
        "a: !!int \n",  # an empty int: IndexError in the constructor
    ],
)
def test_the_fast_path_declines_what_a_bound_or_an_error_decides(block: str) -> None:
    assert _fast(block) is None
    assert _loaded_or_refusal(block) == _bounded(block)


def test_offsets_count_characters_past_non_ascii_text() -> None:
    block = "name: é€😀\nlicense: mit\n"
    loaded = _fast(block)
    assert loaded is not None
    assert loaded.key_offsets == {"name": 0, "license": block.index("license")}
    assert loaded == _bounded(block)


def test_duplicate_keys_and_text_keys_are_the_same() -> None:
    block = "license: mit\n1: a\ntrue: b\nlicense: apache-2.0\n"
    loaded = _fast(block)
    assert loaded is not None
    assert loaded.duplicates == [("license", 0, block.rindex("license"))]
    assert loaded.shadowed == [("license", 0, "mit")]
    assert loaded.value == {"license": "apache-2.0", "1": "a", "true": "b"}
    assert loaded == _bounded(block)


# YAML-ish text: indicators, scalars of every implicit type, anchors, tags and line breaks.
PIECES = [
    *["a", "key", "é", "1", "0x1F", "1e3", "yes", "null", "~", "2024-01-01", "\\", "%", "@"],
    *[": ", ":", "- ", "-", "\n", "\n  ", "\n    ", "[", "]", "{", "}", ", ", ",", "'", '"'],
    *["#", " ", "?", "&x ", "*x", "!!str ", "!!int ", "|", ">", "`", "...", "---", "\r\n"],
    "<<: ",
]


@settings(max_examples=3_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_generated_documents_load_the_same_through_either_loader(block: str) -> None:
    assert _loaded_or_refusal(block) == _bounded(block)
