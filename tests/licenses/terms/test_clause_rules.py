"""Clause rules as data (license_db/clause_rules): every example matches its rule, every
counter-example does not, the derived keyword prefilter never drops a match, and the corpus
clauses a rule names are read (when ../shared/corpus is beside the checkout)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.errors import LicenseDBError
from auditor.licenses.terms.clause_index import INDEX_FILE, fresh_index, source_digest
from auditor.licenses.terms.clause_rules import (
    ClauseRule,
    clause_keywords,
    clause_pattern,
    clause_prefilter,
    load_clause_rules,
    read_clause_rules,
)
from auditor.licenses.terms.foreign_zh import fold
from auditor.licenses.terms.required_literals import (
    literal_frequencies,
    required_keywords,
    required_prefilter,
)

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "licenses"
RULES = read_clause_rules()


def _as_read(text: str, language: str) -> str:
    """An example as its detector reads it: Chinese folded to the simplified forms."""
    return fold(text) if language == "zh" else text


def test_rules_are_loaded_with_their_files_and_lines() -> None:
    assert RULES, "no clause rules found"
    for rule in RULES.values():
        assert rule.file.endswith(".yaml") and rule.line > 0, rule.id


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.id)
def test_every_rule_has_examples_and_counter_examples(rule: ClauseRule) -> None:
    assert rule.examples, f"{rule.file}:{rule.line}: {rule.id} has no example"
    assert rule.counter_examples, f"{rule.file}:{rule.line}: {rule.id} has no counter-example"


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.id)
def test_examples_match_and_counter_examples_do_not(rule: ClauseRule) -> None:
    pattern = clause_pattern(rule.id)
    for example in rule.examples:
        assert pattern.search(_as_read(example.text, example.language)), (
            f"{rule.file}:{rule.line}: {rule.id} misses its example {example.text!r}"
        )
    for counter in rule.counter_examples:
        assert not pattern.search(_as_read(counter.text, counter.language)), (
            f"{rule.file}:{rule.line}: {rule.id} matches its counter-example {counter.text!r}"
        )


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.id)
def test_the_derived_prefilter_keeps_every_example(rule: ClauseRule) -> None:
    keywords = clause_keywords(rule.id)
    for example in rule.examples:
        lower = _as_read(example.text, example.language).lower()
        assert not keywords or any(k in lower for k in keywords), (rule.id, example.text)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus beside the checkout")
@pytest.mark.parametrize("rule", [r for r in RULES.values() if r.corpus], ids=lambda r: r.id)
def test_corpus_clauses_are_read(rule: ClauseRule) -> None:
    pattern = clause_pattern(rule.id)
    for clause in rule.corpus:
        lines = (CORPUS / clause.file).read_text("utf-8").splitlines()
        passage = " ".join(" ".join(lines[clause.line - 1 : clause.line + 2]).split())
        read = fold(passage)
        assert pattern.search(read), f"{rule.id} does not read {clause.file}:{clause.line}"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bhereby\s+grants?\b", ("hereby",)),
        (r"commercial\s+use|non-?commercial", ("commercial",)),
        (r"(?:sell|resell)\s+it", ("sell",)),  # "resell" holds "sell": one suffices
        (r"\bno\s+(?:\w+\s+)?rights", ("rights",)),
        (r"(?:free\s+)?use\s+only", ("only",)),  # the common word loses to a rarer one
        (r"\w+\s+\d|solely", ()),  # a branch requires no literal: no prefilter
        (r"(?:ab)?c", ()),  # shorter than a useful keyword
        (r"商业用途|商用", ("商业用途", "商用")),
    ],
)
def test_required_keywords(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_keywords(pattern, re.I) == expected


_HEAD = "rules:\n  - id: a/b\n    value: x\n    reads: y\n"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "rules:\n  - id: a/b\n    value: x\n    reads: y\n    shapes: ['(']\n",
            "does not compile",
        ),
        (
            "rules:\n  - id: a/b\n    value: x\n    reads: y\n    shapes: ['{{nope}}']\n",
            "not defined",
        ),
        (
            "rules:\n  - id: a/b\n    value: x\n    reads: y\n    shapes: [a]\n    colour: 1\n",
            "unknown field",
        ),
        ("rules:\n  - id: Bad\n    value: x\n    reads: y\n    shapes: [a]\n", "term/name"),
        ("rules:\n  - id: a/b\n    value: x\n    shapes: [a]\n", "required"),
    ],
)
def test_bad_rule_files_name_file_and_line(tmp_path: Path, body: str, problem: str) -> None:
    (tmp_path / "bad.yaml").write_text("version: 1\n" + body, "utf-8")
    with pytest.raises(LicenseDBError) as raised:
        read_clause_rules(tmp_path)
    assert "bad.yaml:3" in str(raised.value) and problem in str(raised.value)


def test_an_id_defined_twice_names_both_places(tmp_path: Path) -> None:
    rule = "  - id: a/b\n    value: x\n    reads: y\n    shapes: [abc]\n"
    (tmp_path / "one.yaml").write_text("version: 1\nrules:\n" + rule, "utf-8")
    (tmp_path / "two.yaml").write_text("version: 1\nrules:\n" + rule, "utf-8")
    with pytest.raises(
        LicenseDBError, match=r"two.yaml:3: rule a/b is already defined at one.yaml:3"
    ):
        read_clause_rules(tmp_path)


def test_fragments_are_substituted(tmp_path: Path) -> None:
    (tmp_path / "f.yaml").write_text(
        "version: 1\nfragments:\n  deny: '(?:may|must)\\s+not'\n"
        "rules:\n  - id: a/b\n    value: x\n    reads: y\n    shapes: ['\\b{{deny}}\\s+sell']\n",
        "utf-8",
    )
    assert read_clause_rules(tmp_path)["a/b"].source == r"\b(?:may|must)\s+not\s+sell"


def _passes(prefilter: tuple[tuple[tuple[str, ...], ...], ...], lower: str) -> bool:
    return not prefilter or any(
        all(any(word in lower for word in words) for words in alternative)
        for alternative in prefilter
    )


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.id)
def test_the_derived_sentence_prefilter_keeps_every_example(rule: ClauseRule) -> None:
    # the prefilter reads a sentence as the detectors see it: whitespace collapsed, lowercase
    prefilter = clause_prefilter(rule.id)
    for example in rule.examples:
        lower = " ".join(_as_read(example.text, example.language).split()).lower()
        assert _passes(prefilter, lower), (rule.id, example.text, prefilter)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # each top-level alternative keeps its own sets; `\s+` is one space in a sentence
        (r"\bhereby\s+grants?|\bwe\s+grant\s+you", ((("hereby grant",),), (("we grant you",),))),
        # a set of a further literal narrows an alternative (both must be there)
        (r"\bsell\w*\b[^.]{0,40}\bweights\b", ((("sell",), ("weights",)),)),
        # an alternative requiring no literal: no prefilter at all
        (r"\d+\s+\d|\bsell", ()),
    ],
)
def test_required_prefilter(pattern: str, expected: object) -> None:
    assert required_prefilter(pattern, re.I) == expected


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus beside the checkout")
def test_the_literal_frequency_table_covers_every_rule() -> None:
    from scripts.build_literal_frequencies import literals

    table = literal_frequencies()
    missing = [w for w in literals() if w not in table]
    assert not missing, (
        f"{len(missing)} literals lack a frequency (e.g. {missing[:5]}): run "
        "python scripts/build_literal_frequencies.py"
    )


def test_the_compiled_index_is_current() -> None:
    from scripts.build_clause_index import LICENSE_DB, build

    committed = (LICENSE_DB / INDEX_FILE).read_text("utf-8")
    assert committed == build(), (
        "license_db/clause_rules.index.json is stale: run python scripts/build_clause_index.py"
    )


def test_extraction_reads_the_index_and_it_says_what_the_files_say() -> None:
    assert fresh_index() is not None  # the fast path is the one taken
    loaded, read = load_clause_rules(), read_clause_rules()
    assert list(loaded) == list(read)
    for rule_id, rule in read.items():
        fast = loaded[rule_id]
        assert (fast.source, fast.flags, fast.value, fast.part) == (
            rule.source,
            rule.flags,
            rule.value,
            rule.part,
        )
        assert clause_keywords(rule_id) == required_keywords(rule.source, rule.flags)
        assert clause_prefilter(rule_id) == required_prefilter(rule.source, rule.flags)


def test_a_stale_index_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "clause_rules"
    folder.mkdir()
    rule = "version: 1\nrules:\n  - id: a/b\n    value: x\n    reads: y\n    shapes: [abc]\n"
    (folder / "one.yaml").write_text(rule, "utf-8")
    frequencies = tmp_path / "f.json"
    before = source_digest(folder, frequencies)
    (folder / "one.yaml").write_text(rule.replace("abc", "abd"), "utf-8")
    assert source_digest(folder, frequencies) != before  # an edited rule changes the digest


def test_shared_fragments_serve_every_file_and_are_never_redefined(tmp_path: Path) -> None:
    (tmp_path / "fragments.yaml").write_text(
        "version: 1\nfragments:\n  deny: '(?:may|must)\\s+not'\nrules: []\n", "utf-8"
    )
    (tmp_path / "a.yaml").write_text(
        "version: 1\nrules:\n  - id: a/b\n    value: x\n    reads: y\n"
        "    shapes: ['\\b{{deny}}\\s+sell']\n",
        "utf-8",
    )
    assert read_clause_rules(tmp_path)["a/b"].source == r"\b(?:may|must)\s+not\s+sell"
    (tmp_path / "b.yaml").write_text(
        "version: 1\nfragments:\n  deny: 'never'\nrules: []\n", "utf-8"
    )
    with pytest.raises(LicenseDBError, match=r"fragment deny is already in fragments\.yaml"):
        read_clause_rules.__wrapped__(tmp_path)
