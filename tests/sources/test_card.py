"""Tests the model card parser on the shared corpus, on real-world edge cases and by property."""

from __future__ import annotations

import functools
import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.fileio.card_yaml import MAX_NESTING
from auditor.model import BaseModelRef, Declared, FrontMatterState, ParsedCard
from auditor.sources.card import (
    CARD_ORIGIN,
    MAX_FRONT_MATTER_CHARS,
    declared_from_card,
    parse_card,
)

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CARDS = CORPUS / "cards"
NO_CORPUS = f"shared card corpus not found at {CARDS} (../shared beside the checkout)"


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # read_text() would turn CRLF into LF


@functools.cache
def _labels() -> dict[str, dict[str, Any]]:
    entries = yaml.safe_load(_read(CARDS / "LABELS.yaml"))
    return {entry["slug"]: entry for entry in entries}


def _card_params() -> list[Any]:
    if not CARDS.is_dir():
        return [pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=NO_CORPUS))]
    return [pytest.param(path, id=path.stem) for path in sorted(CARDS.glob("*.md"))]


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _assert_consistent(text: str, card: ParsedCard) -> None:
    """Invariants every parse keeps, whatever the input."""
    assert isinstance(card, ParsedCard)
    json.dumps(card.metadata, allow_nan=False)
    assert text.endswith(card.body)
    file_lines = _lines(text.removeprefix("\ufeff"))
    assert "\n".join(file_lines[card.body_line - 1 :]) == "\n".join(_lines(card.body))
    assert set(card.key_lines) <= set(card.metadata)
    assert all(1 <= line < card.body_line for line in card.key_lines.values())
    if card.state in (FrontMatterState.ABSENT, FrontMatterState.NOT_AT_START):
        assert card.metadata == {}
        assert card.body == text.removeprefix("\ufeff")
        assert card.body_line == 1


# --- the shared corpus -------------------------------------------------------------------------


@pytest.mark.parametrize("path", _card_params())
def test_corpus_card_parses(path: Path) -> None:
    text = _read(path)
    card = parse_card(text)
    _assert_consistent(text, card)
    declared_from_card(card)
    lines = _lines(text)
    for key, line in card.key_lines.items():
        assert key in lines[line - 1], (key, line)


@pytest.mark.parametrize("path", _card_params())
def test_corpus_card_matches_its_label(path: Path) -> None:
    label = _labels().get(path.stem)
    if label is None:
        pytest.skip(f"{path.name} has no entry in LABELS.yaml")
    card = parse_card(_read(path))
    declared = declared_from_card(card)
    assert card.state == FrontMatterState(label.get("front_matter", "ok"))
    assert declared.license == label["declared_license"]
    assert declared.license_name == label.get("license_name")
    assert declared.license_link == label.get("license_link")
    assert [base.ref for base in declared.base_models] == label["base_models"]
    # The label's relation is a lineage judgement (often made from the card's prose); front
    # matter declares base_model_relation in few cards, and then it must agree.
    assert declared.base_model_relation in (None, label["relation"])


@pytest.mark.skipif(not CARDS.is_dir(), reason=NO_CORPUS)
def test_every_label_names_a_card() -> None:
    assert {slug for slug in _labels() if not (CARDS / f"{slug}.md").is_file()} == set()


# --- front matter found ------------------------------------------------------------------------


def test_front_matter_is_split_from_the_body() -> None:
    card = parse_card("---\nlicense: mit\ntags:\n- a\n- b\n---\n# Title\n\ntext\n")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "mit", "tags": ["a", "b"]}
    assert card.key_lines == {"license": 2, "tags": 3}
    assert card.body == "# Title\n\ntext\n"
    assert card.body_line == 7
    assert card.problems == ()


def test_crlf_line_endings() -> None:
    card = parse_card("---\r\nlicense: mit\r\nbase_model: org/base\r\n---\r\n# T\r\nx\r\n")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "mit", "base_model": "org/base"}
    assert card.key_lines == {"license": 2, "base_model": 3}
    assert (card.body, card.body_line) == ("# T\r\nx\r\n", 5)


def test_cr_only_line_endings_parse_with_a_problem() -> None:
    card = parse_card("---\rlicense: mit\r---\r# T\r")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "mit"}
    assert (card.body, card.body_line) == ("# T\r", 4)
    assert len(card.problems) == 1
    assert "line 3" in card.problems[0]
    assert "lone CR" in card.problems[0]


def test_utf8_bom_before_the_opening_marker() -> None:
    card = parse_card("\ufeff---\nlicense: mit\n---\nbody")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "mit"}
    assert (card.body, card.body_line) == ("body", 4)


def test_leading_blank_lines_are_still_the_start_like_on_the_hub() -> None:
    card = parse_card("\n  \n---\nlicense: llama2\n---\n# Code Llama\n")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "llama2"}
    assert card.key_lines == {"license": 4}
    assert card.body_line == 6


def test_closing_marker_at_end_of_file_without_newline() -> None:
    card = parse_card("---\nlicense: mit\n---")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "mit"}
    assert (card.body, card.body_line) == ("", 4)


def test_yaml_document_end_marker_does_not_close_front_matter() -> None:
    card = parse_card("---\nlicense: mit\n...\n# Title\ntext\n")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {"license": "mit"}
    assert card.body_line == 3
    assert any("line 3" in problem and "'...'" in problem for problem in card.problems)


def test_yaml_document_end_marker_inside_a_closed_block_is_plain_yaml() -> None:
    card = parse_card("---\nlicense: mit\n...\n---\nbody")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "mit"}
    assert card.body == "body"


def test_closing_marker_must_start_its_line() -> None:
    card = parse_card("---\ndescription: |\n  ---\n  not the end\nlicense: mit\n---\nbody")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"description": "---\nnot the end\n", "license": "mit"}
    assert card.body == "body"


@pytest.mark.parametrize(
    "text",
    [
        "---\n{}\n---\nbody",
        "---\n\n---\nbody",
        "---\n---\nbody",
        "---\n# only a comment\n---\nbody",
        "---\nnull\n---\nbody",
    ],
    ids=["braces", "blank", "nothing", "comment", "null"],
)
def test_empty_front_matter(text: str) -> None:
    card = parse_card(text)
    assert card.state is FrontMatterState.EMPTY
    assert card.metadata == {}
    assert card.body == "body"


def test_duplicate_keys_keep_the_last_value_and_say_so() -> None:
    card = parse_card("---\nlicense: mit\nlicense: apache-2.0\n---\n")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"license": "apache-2.0"}
    assert card.key_lines == {"license": 3}
    assert card.problems == (
        "line 3: duplicate key 'license' (also on line 2); the last value is used",
    )


def test_merge_keys_are_expanded() -> None:
    card = parse_card("---\nbase: &b {license: mit}\n<<: *b\ntags: [x]\n---\n")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"base": {"license": "mit"}, "license": "mit", "tags": ["x"]}
    assert card.key_lines == {"base": 2, "license": 3, "tags": 4}


def test_dates_and_other_non_json_values_become_json() -> None:
    card = parse_card(
        "---\n"
        "date: 2024-01-02\n"
        "trained: 2024-01-02 03:04:05\n"
        "2020-05-06: a date as a key\n"
        "1: an int key\n"
        "true: a bool key\n"
        "blob: !!binary aGVsbG8=\n"
        "names: !!set {b, a}\n"
        "nested: {when: [2023-12-31]}\n"
        "ratio: .inf\n"
        "count: 3\n"
        "---\n"
    )
    assert card.state is FrontMatterState.OK
    assert card.metadata == {
        "date": "2024-01-02",
        "trained": "2024-01-02T03:04:05",
        "2020-05-06": "a date as a key",
        "1": "an int key",
        "true": "a bool key",
        "blob": "aGVsbG8=",
        "names": ["a", "b"],
        "nested": {"when": ["2023-12-31"]},
        "ratio": "inf",
        "count": 3,
    }
    assert card.key_lines["2020-05-06"] == 4
    json.dumps(card.metadata, allow_nan=False)


# --- no front matter ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# Model\n\nNo metadata here.\n",
        "---\n# Title\n\nA rule at the top, then prose.\n",
        "# T\n\n---\n\nNote: a rule, then prose that happens to hold a colon.\n",
        "---",
        "--- \n# Title\n",
        "----\nlicense: mit\n----\n",
    ],
    ids=["empty", "prose", "rule-on-top", "rule-in-body", "dashes-only", "rule-space", "4-dash"],
)
def test_absent_front_matter(text: str) -> None:
    card = parse_card(text)
    assert card.state is FrontMatterState.ABSENT
    assert card.metadata == {}
    assert (card.body, card.body_line) == (text, 1)
    assert card.problems == ()


def test_block_after_a_title_is_not_at_start() -> None:
    text = "These are converted weights.\n\n---\nlicense: other\nLLAMA 2 COMMUNITY LICENSE\n"
    card = parse_card(text)
    assert card.state is FrontMatterState.NOT_AT_START
    assert card.metadata == {}
    assert card.key_lines == {}
    assert (card.body, card.body_line) == (text, 1)
    assert len(card.problems) == 1
    assert card.problems[0].startswith("line 3: ")
    assert "'license:' on line 4" in card.problems[0]


def test_block_at_the_end_of_the_file_is_not_at_start() -> None:
    card = parse_card("Model card coming soon.\n\n---\nlicense: creativeml-openrail-m\n---\n")
    assert card.state is FrontMatterState.NOT_AT_START
    assert card.metadata == {}
    assert card.problems[0].startswith("line 3: ")


def test_opening_marker_with_trailing_spaces_is_not_front_matter() -> None:
    card = parse_card("--- \nlicense: mit\n---\nbody")
    assert card.state is FrontMatterState.NOT_AT_START
    assert card.metadata == {}
    assert "line 1" in card.problems[0]
    assert "not exactly '---'" in card.problems[0]


def test_metadata_in_fenced_code_is_not_front_matter() -> None:
    text = "# How to write a card\n\n```yaml\n---\nlicense: mit\n---\n```\n"
    card = parse_card(text)
    assert card.state is FrontMatterState.ABSENT
    assert card.problems == ()
    assert card.metadata == {}
    # kept apart as a misplaced block (the card declares nothing else): see test_card_misplaced
    assert card.misplaced is not None
    assert card.misplaced.where == "code-fence"


# --- broken front matter -----------------------------------------------------------------------


def test_invalid_yaml_is_recovered_line_by_line() -> None:
    text = (
        "---\n"  # 1
        "language:\n"  # 2
        "- en\n"  # 3
        "- el\n"  # 4
        "license: 'apache-2.0'  # spdx\n"  # 5
        'license_name: "my \\"license\\""\n'  # 6
        "license_link: https://example.com/LICENSE # where\n"  # 7
        "base_model:\n"  # 8
        "  - org/base-a\n"  # 9
        "  - org/base-b\n"  # 10
        "base_model_relation: finetune\n"  # 11
        "tags: [a, 'b', \"c, d\"]\n"  # 12
        "datasets: ~\n"  # 13
        "pipeline_tag: text-generation\n"  # 14
        "library_name: transformers\n"  # 15
        "widget:\n"  # 16
        "- text: hello\n"  # 17
        "  sentences: [\n"  # 18
        '\t\t"broken"]\n'  # 19
        "---\n"  # 20
        "body\n"
    )
    card = parse_card(text)
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {
        "language": ["en", "el"],
        "license": "apache-2.0",
        "license_name": 'my "license"',
        "license_link": "https://example.com/LICENSE",
        "base_model": ["org/base-a", "org/base-b"],
        "base_model_relation": "finetune",
        "tags": ["a", "b", "c, d"],
        "datasets": None,
        "pipeline_tag": "text-generation",
        "library_name": "transformers",
    }
    assert card.key_lines == {
        "language": 2,
        "license": 5,
        "license_name": 6,
        "license_link": 7,
        "base_model": 8,
        "base_model_relation": 11,
        "tags": 12,
        "datasets": 13,
        "pipeline_tag": 14,
        "library_name": 15,
    }
    assert card.problems[0].startswith("line 19: invalid YAML in front matter: ")
    assert (card.body, card.body_line) == ("body\n", 21)


@pytest.mark.parametrize(
    ("block", "kind"),
    [("- license: mit\n- b", "list"), ("just a sentence", "str"), ("42", "int")],
)
def test_front_matter_that_is_not_a_mapping_is_invalid(block: str, kind: str) -> None:
    card = parse_card(f"---\n{block}\n---\nbody")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {}
    assert card.problems[0] == f"line 2: front matter is a {kind}, not a mapping of keys"
    assert card.body == "body"


def test_unclosed_front_matter_recovers_its_leading_yaml() -> None:
    card = parse_card("---\nlicense: mit\ntags:\n- a\n\n# Title\nAuthor: someone\n")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {"license": "mit", "tags": ["a"]}
    assert (card.body, card.body_line) == ("# Title\nAuthor: someone\n", 6)
    assert "never closed" in card.problems[0]


def test_unclosed_front_matter_with_an_empty_value() -> None:
    card = parse_card("---\nkey: ")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {"key": None}
    assert (card.body, card.body_line) == ("", 3)


def test_closing_marker_with_trailing_spaces_does_not_close() -> None:
    card = parse_card("---\nlicense: mit\n---  \n# Title\n")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {"license": "mit"}
    assert card.body_line == 3
    assert any(problem.startswith("line 3: '---' followed by") for problem in card.problems)


def test_impossible_date_is_invalid_and_recovered() -> None:
    card = parse_card("---\nreleased: 2024-13-45\nlicense: mit\n---\n")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {"released": "2024-13-45", "license": "mit"}


def test_control_character_is_invalid_and_recovered() -> None:
    card = parse_card("---\nlicense: mit\nname: a\x07b\n---\n")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata["license"] == "mit"
    assert card.problems[0].startswith("line 3: invalid YAML in front matter: unacceptable")


def _billion_laughs() -> str:
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "---\n" + "\n".join(levels) + "\nlicense: mit\n---\nbody\n"


def test_alias_bomb_is_refused_quickly() -> None:
    started = time.perf_counter()
    card = parse_card(_billion_laughs())
    assert time.perf_counter() - started < 2
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata["license"] == "mit"
    assert "a1" not in card.metadata  # aliases are not recovered
    assert "billion laughs" in card.problems[0]


def test_many_plain_aliases_are_fine() -> None:
    card = parse_card("---\nbase: &b org/model\nbase_model: [*b, *b]\n---\n")
    assert card.state is FrontMatterState.OK
    assert card.metadata == {"base": "org/model", "base_model": ["org/model", "org/model"]}


def test_recursive_alias_is_refused() -> None:
    card = parse_card("---\nloop: &a [*a]\nlicense: mit\n---\n")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {"license": "mit"}
    assert card.problems[0].startswith("line 2: invalid YAML in front matter: an alias")


@pytest.mark.parametrize(
    "nested",
    [
        "x: " + "[" * 50_000 + "]" * 50_000,
        "x: " + "{a: " * 10_000 + "}" * 10_000,
        "x:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(MAX_NESTING + 10)),
        "x: &a [[[[[[[[[[1]]]]]]]]]]\n"
        + "".join(
            f"y{i}: &y{i} [[[[[[[[[[*{'a' if i == 0 else f'y{i - 1}'}]]]]]]]]]]\n" for i in range(8)
        ),
    ],
    ids=["flow-sequences", "flow-mappings", "block-mappings", "through-aliases"],
)
def test_deep_nesting_is_refused_quickly(nested: str) -> None:
    started = time.perf_counter()
    card = parse_card(f"---\nlicense: mit\n{nested}\n---\n")
    assert time.perf_counter() - started < 2
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata["license"] == "mit"
    assert f"deeper than {MAX_NESTING} levels" in card.problems[0]


@pytest.mark.parametrize(
    "line",
    ["a{s}b", "a: x{s}y", "a:\n- x{s}y", "a: [x{s}y, z]", 'a: "x"{s}y', "a: &x{s}y", "{s}x"],
    ids=["key", "value", "item", "flow", "quoted", "anchor", "indent"],
)
def test_recovery_is_linear_in_long_runs_of_spaces(line: str) -> None:
    text = "---\n" + line.format(s=" " * 50_000) + "\nbad: [\n\tx\n---\n"
    started = time.perf_counter()
    card = parse_card(text)
    assert time.perf_counter() - started < 2
    assert card.state is FrontMatterState.INVALID_YAML


def test_huge_front_matter_is_recovered_without_yaml() -> None:
    filler = "# padding\n" * (MAX_FRONT_MATTER_CHARS // 10 + 1)
    card = parse_card(f"---\nlicense: mit\n{filler}tags:\n- a\n---\nbody")
    assert card.state is FrontMatterState.INVALID_YAML
    assert card.metadata == {"license": "mit", "tags": ["a"]}
    assert "over the" in card.problems[0]
    assert card.body == "body"


# --- declared fields ---------------------------------------------------------------------------


def _declared(block: str) -> Declared:
    return declared_from_card(parse_card(f"---\n{block}\n---\n"))


def test_declared_fields_are_read_and_stripped() -> None:
    declared = _declared(
        "license: ' other '\nlicense_name: yi-license\nlicense_link: LICENSE\n"
        "base_model: org/base\nbase_model_relation: FineTune"
    )
    assert declared.license == "other"
    assert declared.license_name == "yi-license"
    assert declared.license_link == "LICENSE"
    assert declared.base_models == (BaseModelRef("org/base", "finetune"),)
    assert declared.base_model_relation == "finetune"
    assert declared.origin == CARD_ORIGIN


def test_list_valued_license_stays_a_list() -> None:
    assert _declared("license:\n- llama2\n- other").license == ["llama2", "other"]
    assert _declared("license: [apache-2.0]").license == ["apache-2.0"]
    assert _declared("license: []").license is None


def test_non_string_scalars_become_text() -> None:
    declared = _declared("license: 2.0\nlicense_name: true\nlicense_link: 3")
    assert (declared.license, declared.license_name, declared.license_link) == ("2.0", "true", "3")


def test_base_models_skip_what_is_not_a_repo_name() -> None:
    declared = _declared("base_model: [org/a, 5, null, {x: y}, ' org/b ', '']")
    assert [base.ref for base in declared.base_models] == ["org/a", "org/b"]
    assert _declared("base_model: {x: y}").base_models == ()


def test_relation_from_hub_style_tags() -> None:
    declared = _declared(
        "base_model: [org/a, org/b]\ntags: ['base_model:adapter:org/a', 'base_model:Adapter:org/b']"
    )
    assert declared.base_model_relation == "adapter"
    assert declared.base_models == (
        BaseModelRef("org/a", "adapter"),
        BaseModelRef("org/b", "adapter"),
    )


def test_nothing_declared_without_front_matter() -> None:
    declared = declared_from_card(parse_card("# T\n\n---\nlicense: mit\n---\n"))
    assert (declared.license, declared.license_name, declared.license_link) == (None, None, None)
    assert declared.base_models == ()
    assert declared.base_model_relation is None


# --- properties --------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "---",
        "---\n",
        "\n",
        "\r\n",
        "\r",
        "\ufeff",
        "license: mit\n",
        "base_model:\n- org/a\n",
        "- item\n",
        "key: ",
        ": ",
        "  ",
        "\t",
        "#",
        "...\n",
        "```\n",
        "[",
        "]",
        "{",
        "}",
        "'",
        '"',
        "&a ",
        "*a",
        "<<: *a\n",
        "!!binary ",
        "2024-01-02",
        "|\n",
    ]
)
CARD_TEXT = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=30).map("".join)
SIMPLE_KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,15}", fullmatch=True)
# NEL, LS and PS are line breaks to YAML 1.1: PyYAML itself folds them, dump to load.
SIMPLE_VALUES = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\x85\u2028\u2029"),
    max_size=40,
)


@settings(deadline=None, max_examples=300)
@given(CARD_TEXT)
def test_any_text_parses_consistently(text: str) -> None:
    card = parse_card(text)
    _assert_consistent(text, card)
    declared_from_card(card)
    assert parse_card(text) == card


@settings(deadline=None, max_examples=300)
@given(CARD_TEXT)
def test_any_closed_block_is_front_matter(block: str) -> None:
    text = f"---\n{block}\n---\nbody"
    card = parse_card(text)
    _assert_consistent(text, card)
    declared_from_card(card)
    assert card.state in (
        FrontMatterState.OK,
        FrontMatterState.EMPTY,
        FrontMatterState.INVALID_YAML,
    )


@settings(deadline=None)
@given(st.text())
def test_any_unicode_text_parses(text: str) -> None:
    _assert_consistent(text, parse_card(text))


@settings(deadline=None)
@given(
    st.dictionaries(SIMPLE_KEYS, SIMPLE_VALUES, min_size=1, max_size=8),
    st.text(max_size=40),
)
def test_generated_metadata_round_trips(metadata: dict[str, str], body: str) -> None:
    block = yaml.safe_dump(metadata, sort_keys=False, allow_unicode=True)
    card = parse_card(f"---\n{block}---\n{body}")
    assert card.state is FrontMatterState.OK
    assert card.metadata == metadata
    assert card.body == body
    lines = _lines(block)
    for key, line in card.key_lines.items():
        assert lines[line - 2].lstrip("'\"").startswith(key)
    assert list(card.key_lines) == list(metadata)
