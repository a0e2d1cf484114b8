"""License text identification against the shared corpus: exact, perturbed, modified, unknown."""

from __future__ import annotations

import importlib.util
import random
import re
import subprocess
import textwrap
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.copyright_notices import is_copyright_line
from auditor.licenses.text.fingerprint import (
    FINGERPRINTS_FILE,
    build_fingerprints,
    parse_fingerprints,
    render_fingerprints,
)
from auditor.licenses.text.identify import (
    MODIFIED_CONFIDENCE_CAP,
    TextIdentification,
    identify_text,
)
from auditor.licenses.text.normalize import tokens
from auditor.licenses.text.similarity import ACCEPT_THRESHOLD, MODIFIED_THRESHOLD
from auditor.licenses.text.titles import (
    FAMILY_VERSION_CONFIDENCE,
    TITLE_FAMILY_CONFIDENCE,
    TITLE_KNOWN_CONFIDENCE,
)
from auditor.resources import license_db_dir

ROOT = Path(__file__).resolve().parents[3]
SHARED = Path(__file__).resolve().parents[4] / "shared"
LICENSES = SHARED / "corpus" / "licenses"
NO_CORPUS = f"shared corpus not found at {LICENSES} (it lives beside the checkout)"
CORPUS = sorted(LICENSES.glob("*.txt")) if LICENSES.is_dir() else []
STEMS = [pytest.param(path.stem, id=path.stem) for path in CORPUS] or [
    pytest.param("", marks=pytest.mark.skip(reason=NO_CORPUS))
]
TEXT_METHODS = {"text-exact", "text-similar", "text-modified"}


def needs_corpus() -> None:
    if not CORPUS:
        pytest.skip(NO_CORPUS)


def corpus_text(stem: str) -> str:
    return (LICENSES / f"{stem}.txt").read_text(encoding="utf-8")


def owner(stem: str) -> str:
    owners = [r.id for r in load_license_db().records.values() if stem in r.corpus_texts]
    assert len(owners) == 1, f"{stem} must be listed by exactly one record, got {owners}"
    return owners[0]


# --- perturbations a license text goes through on its way into a model repo -------------------


def rewrap(text: str) -> str:
    paragraphs = text.replace("\r\n", "\n").split("\n\n")
    return "\n\n".join(
        textwrap.fill(p, 60, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )


def markdown_heading(text: str) -> str:
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    lines[first] = "# " + lines[first].strip(" #*")
    return "\n".join(lines)


def change_copyright(text: str) -> str:
    """Replace each copyright line (a paragraph of its own), or add one on top."""
    notice = "Copyright (c) 2031 Example Holdings Ltd."
    lines = ["", *text.split("\n"), ""]

    def is_notice(i: int) -> bool:
        alone = not lines[i - 1].strip() and not lines[i + 1].strip()
        return alone and is_copyright_line(lines[i]) and not tokens(lines[i])

    notices = [i for i in range(1, len(lines) - 1) if is_notice(i)]
    if not notices:
        return f"{notice}\n\n{text}"
    return "\n".join(notice if i in notices else lines[i] for i in range(1, len(lines) - 1))


def add_preface(text: str) -> str:
    return f"[For the original copy of this license, see https://example.org/license]\n\n{text}"


def embed_in_readme(text: str) -> str:
    return (
        "# Example model\n\nThis repository holds the weights of a small example model trained "
        "on public data.\nSee the evaluation section for the results.\n\n## License\n\n"
        f"{text}\n\n## Citation\n\nPlease cite the technical report when you build on this work.\n"
    )


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def extra_blank_lines(text: str) -> str:
    return text.replace("\n\n", "\n\n\n\n") + "\n\n\n"


KEEPS_WORDS: dict[str, Callable[[str], str]] = {
    "rewrap": rewrap,
    "markdown-heading": markdown_heading,
    "change-copyright": change_copyright,
    "crlf": crlf,
    "extra-blank-lines": extra_blank_lines,
}
ADDS_WORDS: dict[str, Callable[[str], str]] = {
    "preface": add_preface,
    "readme": embed_in_readme,
}
PERTURBATIONS = {**KEEPS_WORDS, **ADDS_WORDS}


def assert_identifies_as(result: TextIdentification, stem: str, methods: set[str]) -> None:
    match = result.match
    assert match is not None, f"{stem}: not identified (near misses {result.near_misses})"
    assert (match.id, match.method) in {(owner(stem), m) for m in methods}, (
        f"{stem}: {match.id} by {match.method} ({match.confidence}), differences "
        f"{result.differences}"
    )


# --- the corpus identifies as itself ------------------------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_corpus_text_identifies_exactly(stem: str) -> None:
    result = identify_text(corpus_text(stem))
    assert_identifies_as(result, stem, {"text-exact"})
    assert result.match is not None and result.match.confidence == 1.0


@pytest.mark.parametrize("perturbation", sorted(KEEPS_WORDS))
@pytest.mark.parametrize("stem", STEMS)
def test_formatting_keeps_the_exact_match(stem: str, perturbation: str) -> None:
    result = identify_text(KEEPS_WORDS[perturbation](corpus_text(stem)))
    assert_identifies_as(result, stem, {"text-exact"})


@pytest.mark.parametrize("perturbation", sorted(ADDS_WORDS))
@pytest.mark.parametrize("stem", STEMS)
def test_surrounding_text_keeps_a_similar_match(stem: str, perturbation: str) -> None:
    result = identify_text(ADDS_WORDS[perturbation](corpus_text(stem)))
    assert_identifies_as(result, stem, {"text-similar"})
    assert result.match is not None and result.match.confidence >= ACCEPT_THRESHOLD
    assert result.differences == ()


@pytest.mark.parametrize("stem", STEMS)
def test_a_heading_mark_on_the_title_changes_nothing(stem: str) -> None:
    """`# ` before the first line, with a preface above it: the title line then runs into the
    line under it as it does unmarked (a split that cut after marked headings made the date
    under a title a change of its own)."""
    text = add_preface(markdown_heading(corpus_text(stem)))
    assert_identifies_as(identify_text(text), stem, {"text-exact", "text-similar"})


@settings(max_examples=40, deadline=None, database=None)
@given(
    stem=st.sampled_from([path.stem for path in CORPUS] or [""]),
    steps=st.lists(st.sampled_from(sorted(PERTURBATIONS)), unique=True, max_size=4),
)
def test_perturbed_corpus_text_identifies_as_its_record(stem: str, steps: list[str]) -> None:
    needs_corpus()
    text = corpus_text(stem)
    for step in steps:
        text = PERTURBATIONS[step](text)
    assert_identifies_as(identify_text(text), stem, {"text-exact", "text-similar"})


# --- what must not match ------------------------------------------------------------------------


def units(text: str) -> list[str]:
    """Sentences and lines: what a careless copy-paste could reorder."""
    return [u for u in re.split(r"(?<=[.!?;:])\s+|\n+", text) if u.strip()]


@pytest.mark.parametrize("stem", STEMS)
def test_scrambled_text_is_not_accepted(stem: str) -> None:
    pieces = units(corpus_text(stem))
    if len(pieces) < 8:
        pytest.skip("too few sentences to scramble")
    random.Random(stem).shuffle(pieces)
    match = identify_text("\n".join(pieces)).match
    assert match is None or match.method not in TEXT_METHODS, match


@pytest.mark.parametrize("stem", STEMS)
def test_two_sentence_excerpt_is_not_accepted(stem: str) -> None:
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", corpus_text(stem)) if s.strip()]
    if len(sentences) < 6:
        pytest.skip("too few sentences for an excerpt")
    middle = len(sentences) // 2
    match = identify_text(" ".join(sentences[middle : middle + 2])).match
    assert match is None or match.method not in TEXT_METHODS, match


def test_most_of_a_text_is_a_near_miss() -> None:
    needs_corpus()
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", corpus_text("deepseek-model")) if s]
    result = identify_text(" ".join(sentences[: len(sentences) * 6 // 10]))
    assert result.match is None or result.match.method not in TEXT_METHODS
    assert result.near_misses
    assert result.near_misses[0].record_id == owner("deepseek-model")
    assert 0.3 <= result.near_misses[0].score < MODIFIED_THRESHOLD


ACME = """ACME OPEN MODEL LICENSE AGREEMENT

Version 0.3, written for this test suite only.

The Acme Corporation lets anyone download the lighthouse weights and run them on their own
machines. You may study the weights, fine-tune them on your own recordings, and share the
tuned weights with colleagues, so long as every copy keeps this page attached.

Nobody may point the lighthouse weights at the task of steering ships through fog, because the
weights were trained on pictures of sunny harbours and are known to imagine rocks. Anyone who
ignores this warning accepts that the Acme Corporation owes them nothing at all.

Disputes are settled by a friendly game of chess in the town library on the first Sunday of any
month, and whoever loses buys the tea.
"""


def test_unknown_license_is_unidentified_with_its_title() -> None:
    result = identify_text(ACME)
    assert result.title == "ACME OPEN MODEL LICENSE AGREEMENT"
    assert result.match is not None
    assert result.match.id is None
    assert result.match.name == "ACME OPEN MODEL LICENSE AGREEMENT"
    assert result.match.method == "text-title"
    assert result.match.confidence == 0.0
    assert result.near_misses == ()


def test_text_without_words_or_title_is_not_identified() -> None:
    assert identify_text("  \n\n ").match is None
    assert identify_text("Just a note about the weights.").match is None


# --- versions, families and titles -----------------------------------------------------------


@pytest.mark.parametrize("everywhere", [False, True], ids=["title-only", "everywhere"])
def test_unknown_llama_version_matches_the_family(everywhere: bool) -> None:
    needs_corpus()
    text = corpus_text("llama-3.3-community")
    title = "LLAMA 3.3 COMMUNITY LICENSE AGREEMENT"
    assert title in text
    text = (
        text.replace("3.3", "3.4") if everywhere else text.replace(title, "LLAMA 3.4" + title[9:])
    )
    match = identify_text(text).match
    assert match is not None
    assert match.method == "text-family-version"
    # a version no record has: the text is a license of its own, never the 3.3 record
    assert match.derived_from == "LicenseRef-llama-3.3-community"
    assert match.id != match.derived_from and (match.spdx, match.hf) == (None, None)
    assert load_license_db().records[match.derived_from].family == "llama"
    assert match.confidence == FAMILY_VERSION_CONFIDENCE < ACCEPT_THRESHOLD
    assert match.name is not None and "3.4" in match.name


def test_llama_version_known_only_by_record_matches_that_record() -> None:
    needs_corpus()
    text = corpus_text("llama-3.1-community").replace("3.1", "3.2")
    dated = text.replace("July 23, 2024", "September 25, 2024")
    match = identify_text(dated).match
    assert match is not None
    assert (match.id, match.method) == ("LicenseRef-llama-3.2-community", "text-family-version")
    # the 3.1 date kept under a 3.2 title agrees with neither record: a license of its own
    match = identify_text(text).match
    assert match is not None and match.method == "text-family-version"
    assert match.derived_from == "LicenseRef-llama-3.1-community"
    assert match.id not in {"LicenseRef-llama-3.1-community", "LicenseRef-llama-3.2-community"}


def test_new_date_of_a_known_license_matches_the_family() -> None:
    needs_corpus()
    text = corpus_text("gemma-terms").replace("March 24, 2025", "January 2, 2027")
    result = identify_text(text)
    assert result.match is not None
    assert (result.match.derived_from, result.match.method) == (
        "LicenseRef-gemma-terms",
        "text-family-version",
    )
    assert result.match.id != "LicenseRef-gemma-terms"
    assert result.match.name is not None and "2027-01-02" in result.match.name


@pytest.mark.parametrize(
    ("title", "record", "method", "confidence"),
    [
        (
            "TENCENT HUNYUAN COMMUNITY LICENSE AGREEMENT",
            "LicenseRef-tencent-hunyuan-community",
            "text-title-known",
            TITLE_KNOWN_CONFIDENCE,
        ),
        ("Qwen2.5 LICENSE AGREEMENT", "LicenseRef-qwen-license", "text-family-version", None),
        ("Llama 5 Acceptable Use Policy", "LicenseRef-llama-4-aup", "text-family-version", None),
    ],
)
def test_title_of_an_unknown_text(
    title: str, record: str, method: str, confidence: float | None
) -> None:
    body = ACME.split("\n\n", 2)[2]
    match = identify_text(f"{title}\n\n{body}").match
    assert match is not None
    # a version no record has names the closest record only as what the text derives from
    named = match.id if match.derived_from is None else match.derived_from
    assert (named, match.method) == (record, method)
    assert match.confidence == (confidence or TITLE_FAMILY_CONFIDENCE)


# --- modified licenses ---------------------------------------------------------------------------


def test_added_sentence_is_a_modification() -> None:
    needs_corpus()
    added = 'Every product built with the Software must show "Powered by Example" on start.'
    paragraphs = corpus_text("mit").split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] = f"{paragraphs[middle].rstrip()} {added}"
    result = identify_text("\n\n".join(paragraphs))
    assert result.match is not None
    # a display duty added inside a paragraph: derived from MIT, never MIT (issue 32)
    assert (result.match.derived_from, result.match.method) == ("MIT", "text-with-added-terms")
    assert result.match.confidence <= MODIFIED_CONFIDENCE_CAP
    assert result.differences == (added,)


def test_appended_rule_is_a_modification() -> None:
    needs_corpus()
    rule = (
        "Our only modification is that products with more than 100 million monthly active "
        'users shall prominently display "Example" on their user interface.'
    )
    result = identify_text(f"{corpus_text('mit')}\n\n{rule}\n")
    assert result.match is not None
    # a display duty MIT does not have: a license of its own built on MIT (issue 32)
    assert (result.match.derived_from, result.match.method) == ("MIT", "text-with-added-terms")
    assert result.match.id != "MIT"
    assert result.differences == (rule,)


def test_license_and_its_policy_side_by_side() -> None:
    needs_corpus()
    text = embed_in_readme(
        f"{corpus_text('llama-3.1-community')}\n\n## Acceptable use\n\n"
        f"{corpus_text('llama-3.1-aup')}"
    )
    result = identify_text(text)
    assert_identifies_as(result, "llama-3.1-community", {"text-similar"})
    assert result.differences == ()


# --- the shipped fingerprints ---------------------------------------------------------------------


def test_shipped_fingerprints_are_up_to_date() -> None:
    needs_corpus()
    shipped = (license_db_dir() / FINGERPRINTS_FILE).read_text(encoding="utf-8")
    rebuilt = render_fingerprints(build_fingerprints(LICENSES, load_license_db()))
    assert rebuilt == shipped, "run: python scripts/build_fingerprints.py"


def test_build_script_writes_the_same_file(tmp_path: Path) -> None:
    needs_corpus()
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts/build_fingerprints.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / FINGERPRINTS_FILE
    assert script.main(["--corpus", str(LICENSES), "--out", str(out)]) == 0
    assert out.read_bytes() == (license_db_dir() / FINGERPRINTS_FILE).read_bytes()
    assert script.main(["--corpus", str(tmp_path / "missing")]) == 2


def test_scancode_texts_map_by_key(tmp_path: Path) -> None:
    text = "Permission to read this made-up notice is granted to every test, forever and free."
    (tmp_path / "mit.LICENSE").write_text(f"---\nkey: mit\nshort_name: MIT\n---\n{text}\n")
    (tmp_path / "no-such-key.LICENSE").write_text("Ignored: no record has this key.\n")
    fingerprints = build_fingerprints(None, load_license_db(), scancode=tmp_path)
    assert [(f.record_id, f.source) for f in fingerprints.references] == [("MIT", "scancode:mit")]
    match = identify_text(text, fingerprints=fingerprints).match
    assert match is not None and (match.id, match.method) == ("MIT", "text-exact")


def test_unmapped_corpus_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "not-a-record.txt").write_text("Some license.\n")
    with pytest.raises(LicenseDBError, match=r"not-a-record\.txt"):
        build_fingerprints(tmp_path, load_license_db())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace('"format_version": 1', '"format_version": 99'), "other settings"),
        (lambda s: s.replace('"shingles": "', '"shingles": "!', 1), "invalid fingerprints"),
        (lambda s: s[: len(s) // 2], "invalid fingerprints"),
    ],
)
def test_stale_or_broken_fingerprints_are_refused(
    change: Callable[[str], str], message: str
) -> None:
    shipped = (license_db_dir() / FINGERPRINTS_FILE).read_text(encoding="utf-8")
    with pytest.raises(LicenseDBError, match=message):
        parse_fingerprints(change(shipped))


# --- no license prose is shipped ------------------------------------------------------------------

SHIPPED = ["auditor", "license_db", "policies", "reports", "scripts", "examples", "bench", "tests"]
SHIPPED_FILES = ["README.md", "CHANGELOG.md", "pyproject.toml"]
_RUN = 12
_URL = re.compile(r"(?:https?://|www\.)\S+")


def runs_of(text: str) -> set[str]:
    words = tokens(_URL.sub(" ", text))
    return {" ".join(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


@cache
def corpus_runs() -> dict[str, str]:
    """Every run of _RUN words of the corpus, with the text it comes from."""
    runs: dict[str, str] = {}
    for path in CORPUS:
        for run in runs_of(path.read_text(encoding="utf-8")):
            runs.setdefault(run, path.stem)
    return runs


def project_files(area: str) -> list[Path]:
    """Files of `area` that belong to the project: tracked or new, not git-ignored (the
    benchmark's peer venv under bench/ holds third-party license files); every file when this
    is not a git checkout."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", area],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return sorted(p for p in (ROOT / area).rglob("*") if p.is_file())
    return sorted(ROOT / name for name in listed.decode().split("\0") if name)


@pytest.mark.parametrize("area", [*SHIPPED, "top-level files"])
def test_no_shipped_file_copies_corpus_prose(area: str) -> None:
    needs_corpus()
    paths = (
        [ROOT / name for name in SHIPPED_FILES]
        if area == "top-level files"
        else project_files(area)
    )
    copied = []
    for path in paths:
        if "__pycache__" in path.parts or not path.exists():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        copied += [
            f"{path.relative_to(ROOT)}: '{run}' ({corpus_runs()[run]})"
            for run in sorted(runs_of(text) & corpus_runs().keys())
        ]
    assert not copied, "license prose copied into the repository:\n" + "\n".join(copied)


def test_a_rewrapped_heading_is_not_taken_for_the_title() -> None:
    """Apache-2.0 under a markdown heading and a preface, rewrapped: its first title line ends
    with a comma and the next all-caps line is cut after `AND`; it was named as a license of
    its own called `TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND` (found by hypothesis)."""
    needs_corpus()
    text = corpus_text("apache-2.0")
    for step in ("markdown-heading", "preface", "rewrap"):
        text = PERTURBATIONS[step](text)
    assert_identifies_as(identify_text(text), "apache-2.0", {"text-exact", "text-similar"})


def test_a_crlf_use_policy_under_a_copyright_line_keeps_its_policy_title() -> None:
    """The blank lines of a CRLF text are blank: the `Acceptable Use Policy` heading stays
    among the first lines read for a policy's title, and the policy is not named as the
    license it belongs to (found by hypothesis: a CRLF copy under a copyright line in a card)."""
    needs_corpus()
    text = corpus_text("falcon-2-tii-aup")
    for step in ("change-copyright", "crlf", "extra-blank-lines", "readme"):
        text = PERTURBATIONS[step](text)
    assert_identifies_as(identify_text(text), "falcon-2-tii-aup", {"text-exact", "text-similar"})


def test_a_near_tie_with_another_key_goes_to_the_record_of_the_texts_own_date() -> None:
    from auditor.licenses.text.reference_lookup import IndexMatch, beats_curated
    from auditor.model import LicenseMatch

    match = LicenseMatch("x", "X", None, None, None, None, 0.7, "text-modified")
    found = IndexMatch(
        match=match,
        reference=None,  # type: ignore[arg-type]  # not read by beats_curated
        score=0.979,
        jaccard=0.96,
        exact=False,
        added=0.0,
    )
    assert beats_curated(found, 0.966, 0.934)  # similarity alone: the key, by a hair
    assert not beats_curated(found, 0.966, 0.934, curated_dated=True)
    assert beats_curated(found, 0.95, 0.934, curated_dated=True)  # clearly better: the key
