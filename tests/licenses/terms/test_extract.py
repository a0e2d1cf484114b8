"""Term extraction: accuracy on the shared corpus, evidence, and texts it has never seen."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.clause_rules import clause_keywords
from auditor.licenses.terms.extract import (
    BOOLEAN_KEYS,
    LIST_KEYS,
    TERM_KEYS,
    ExtractedTerm,
    compare_with_record,
    extract_terms,
    merge_terms,
)
from auditor.licenses.terms.labels import LABEL_FIELDS, FieldCheck, check_against_label
from auditor.licenses.terms.sentences import QUOTE_LIMIT
from auditor.licenses.terms.tags import tag_rules
from auditor.licenses.text.markup import _ONE_TO_ONE, split_lines, strip_markup, unify_chars
from auditor.licenses.text.segment import _ends_closed
from auditor.model.terms import CLAUSE_KEYS

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "licenses"

MIN_OVERALL_ACCURACY = 0.998
"""Share of labelled fields extracted exactly over the corpus (584 of 585 when set)."""

EXACT_FIELDS = tuple(field for field in LABEL_FIELDS if field != "use_restrictions")
"""Fields extracted exactly for every corpus text. use_restrictions misses one: the MIT text
shipped with DeepFloyd forbids circumventing its inference filters, which the labels leave out
although they tag the same ban elsewhere (circumvent-safety)."""


# --- corpus -----------------------------------------------------------------------------------


@cache
def _labels() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((CORPUS / "LABELS.yaml").read_text("utf-8"))
    return {item["id"]: item for item in data}


@cache
def _corpus_text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text("utf-8")


@cache
def _corpus_terms(name: str) -> Mapping[str, ExtractedTerm]:
    return extract_terms(_corpus_text(name), path=f"{name}.txt")


@cache
def _corpus_checks() -> dict[str, list[FieldCheck]]:
    return {name: check_against_label(_corpus_terms(name), _labels()[name]) for name in _labels()}


@pytest.fixture
def corpus_checks() -> dict[str, list[FieldCheck]]:
    if not (CORPUS / "LABELS.yaml").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (it lives beside the checkout)")
    return _corpus_checks()


def _failures(checks: dict[str, list[FieldCheck]], field: str | None = None) -> list[str]:
    return [
        f"{name}: {check.field} expected {check.expected!r}, got {check.extracted!r}"
        for name, items in checks.items()
        for check in items
        if not check.ok and (field is None or check.field == field)
    ]


def test_corpus_overall_accuracy(corpus_checks: dict[str, list[FieldCheck]]) -> None:
    results = [check.ok for items in corpus_checks.values() for check in items]
    rate = sum(results) / len(results)
    failures = "\n".join(_failures(corpus_checks))
    assert rate >= MIN_OVERALL_ACCURACY, f"{rate:.2%} of fields right; failures:\n{failures}"


@pytest.mark.parametrize("field", EXACT_FIELDS)
def test_corpus_field_exact(corpus_checks: dict[str, list[FieldCheck]], field: str) -> None:
    assert _failures(corpus_checks, field) == []


def test_corpus_covers_every_labelled_text(corpus_checks: dict[str, list[FieldCheck]]) -> None:
    assert len(corpus_checks) == len(_labels()) >= 45
    assert all(len(items) == len(LABEL_FIELDS) for items in corpus_checks.values())


def test_corpus_evidence_points_at_the_text(corpus_checks: dict[str, list[FieldCheck]]) -> None:
    problems = []
    for name in corpus_checks:
        problems += _evidence_problems(_corpus_text(name), _corpus_terms(name), f"{name}.txt")
    assert problems == []


def test_known_records_agree_with_their_corpus_text(
    corpus_checks: dict[str, list[FieldCheck]],
) -> None:
    db = load_license_db()
    disagreements = {
        (record.id, name): compare_with_record(_corpus_terms(name), record)
        for record in db.records.values()
        for name in record.corpus_texts
        if name in corpus_checks
    }
    # The one disagreement is the label gap documented at EXACT_FIELDS.
    flagged = {key: diff for key, diff in disagreements.items() if diff}
    assert set(flagged) <= {("MIT", "mit")}, flagged


# --- evidence ---------------------------------------------------------------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def _evidence_problems(text: str, terms: Mapping[str, ExtractedTerm], path: str) -> list[str]:
    """Every stated value is quoted, and each quote starts on its line of the original."""
    lines = split_lines(text)
    problems = []
    for key, term in terms.items():
        stated = term.value not in (None, False, [])
        if stated and not term.evidence:
            problems.append(f"{path}: {key}={term.value!r} has no evidence")
        for evidence in term.evidence:
            quote = evidence.text.removesuffix("\u2026")
            if evidence.file != path or evidence.line is None:
                problems.append(f"{path}: {key} evidence not located: {evidence}")
                continue
            if not 1 <= evidence.line <= len(lines) or len(evidence.text) > QUOTE_LIMIT:
                problems.append(f"{path}: {key} evidence out of range: {evidence}")
                continue
            first_line = _squash(lines[evidence.line - 1])
            rest = _squash(" ".join(lines[evidence.line - 1 :]))
            position = rest.find(quote)
            if position < 0 or position >= len(first_line):
                problems.append(f"{path}:{evidence.line}: {key} quote not there: {quote[:60]!r}")
    return problems


def test_evidence_of_own_text_is_located() -> None:
    terms = extract_terms(QUILLFEATHER, path="models/q/LICENSE")
    assert _evidence_problems(QUILLFEATHER, terms, "models/q/LICENSE") == []
    assert terms["mau_threshold"].evidence[0].line == 17


def test_long_sentences_are_trimmed() -> None:
    text = "You must not use the model to generate spam " + "and more spam " * 60 + "."
    evidence = extract_terms(text)["use_restrictions"].evidence
    assert evidence and all(len(e.text) <= QUOTE_LIMIT for e in evidence)
    assert evidence[0].text.endswith("\u2026")


# --- texts the extractor has never seen (fictional licensors, our own wording) ----------------

QUILLFEATHER = """\
QUILLFEATHER OPEN WEIGHTS LICENSE
Version 2.0 - effective 1 March 2031

1. Definitions
"Quillfeather" means Quillfeather Labs Pte. Ltd., a company incorporated in Singapore.
"Model" means the weights and code released under this License.

2. Grant
Quillfeather grants you a worldwide, royalty-free license to use, copy, modify and distribute
the Model, including for commercial purposes, subject to this License.

3. Conditions
(a) You must display "Powered by Foo" in the about page of any product that uses the Model.
(b) Any fine-tuned or derived model you publish must have a name that begins with "Quill-".
(c) Outputs of the Model must not be used to train, fine-tune or improve other large language models.
(d) If your annual gross revenue exceeding US$5,000,000 you must obtain a commercial license.
(e) If the products you offer had more than 500 million monthly active users in the preceding month, you must request a separate license from Quillfeather.

4. Territory
The rights in Section 2 are not granted to individuals or companies located in the European Union.

5. Governing law
This License is governed by the laws of Singapore. Disputes shall be submitted to the courts of Singapore.
"""  # noqa: E501 - license prose keeps its own line lengths


def test_thresholds_in_own_words() -> None:
    terms = extract_terms(QUILLFEATHER)
    assert terms["mau_threshold"].value == 500_000_000
    assert terms["revenue_threshold_usd"].value == 5_000_000
    assert terms["commercial_use"].value == "restricted"
    assert terms["kind"].value == "open-weight-restricted"


def test_conditions_in_own_words() -> None:
    terms = extract_terms(QUILLFEATHER)
    assert terms["output_use_restriction"].value is True
    assert terms["attribution_required"].value is True
    assert "Powered by Foo" in terms["attribution_required"].evidence[0].text
    assert terms["naming_requirement"].value == "Quill-"
    assert terms["territorial_exclusions"].value == ["EU"]
    assert terms["governing_law"].value == "SG"
    assert terms["venue"].value == "courts of Singapore"
    assert terms["patent_termination"].value is False


@pytest.mark.parametrize(
    ("clause", "code"),
    [
        ("This Agreement is governed by the laws of the State of New York.", "US-NY"),
        ("This license shall be construed under the laws of Singapore.", "SG"),
        ("Texas law governs this agreement and any dispute under it.", "US-TX"),
        ("These terms are governed by the laws of England and Wales.", "GB"),
        ("This license is governed by the laws of the People's Republic of China.", "CN"),
        (
            "This Agreement is governed by the laws of the United States and the State of "
            "Delaware, without regard to the UN Convention on Contracts.",
            "US-DE",
        ),
        ("This license is governed by the laws of the country in which you reside.", None),
    ],
)
def test_governing_law_codes(clause: str, code: str | None) -> None:
    text = f"Marlin Model License\nMarlin grants you a license to use the model.\n{clause}\n"
    value = extract_terms(text)["governing_law"].value
    assert value == (code or "licensee-local")


def test_courts_of_hong_kong() -> None:
    text = (
        "Kestrel Model Terms\nKestrel grants you a license to use and distribute the model.\n"
        "Any dispute arising out of these terms shall be submitted to the exclusive "
        "jurisdiction of the courts of Hong Kong.\n"
    )
    terms = extract_terms(text)
    assert terms["venue"].value == "courts of Hong Kong"
    assert terms["governing_law"].value == "HK"


def test_output_training_ban_variants() -> None:
    for sentence in (
        "You must not use the outputs of the Model to train any other large language model.",
        "Results generated by the Model may not be used for training competing AI models.",
    ):
        text = f"Pike License\nWe grant you a license to use the Model.\n{sentence}\n"
        assert extract_terms(text)["output_use_restriction"].value is True, sentence
    allowed = (
        "Pike License\nWe grant you a license to use the Model.\nIf you use outputs of the "
        'Model to train another AI model, you must name it "Pike" at the start.\n'
    )
    assert extract_terms(allowed)["output_use_restriction"].value is False


def test_territorial_exclusion_in_own_words() -> None:
    text = (
        "Ibis Model License\nIbis grants you a worldwide license to use the model.\n"
        "This license does not apply in, and no rights are granted to residents of, the "
        "European Union, the United Kingdom or South Korea (the excluded territory).\n"
        "You must comply with all export control and sanctions laws, including embargoes on "
        "Cuba and Iran.\n"
    )
    terms = extract_terms(text)
    assert terms["territorial_exclusions"].value == ["EU", "GB", "KR"]
    tags = terms["use_restrictions"].value
    assert isinstance(tags, list)
    assert "export-control" in tags


def test_naming_prefix_phrasings() -> None:
    for sentence, prefix in (
        ('Derivative models must include "Grebe" at the beginning of their model name.', "Grebe"),
        ('The name of any fine-tuned model shall start with "Grebe 2".', "Grebe 2"),
        ('Models derived from it must be prefixed with "grebe-".', "grebe-"),
    ):
        text = f"Grebe License\nWe grant you a license to use the model.\n{sentence}\n"
        assert extract_terms(text)["naming_requirement"].value == prefix, sentence


_GRANT = "Tern License\nWe grant you a license to use the model.\n"


@pytest.mark.parametrize(
    ("sentence", "key", "value"),
    [
        (
            "If the number of monthly active users of your products exceeds 50,000,000, you must "
            "contact us for a commercial license.",
            "mau_threshold",
            50_000_000,
        ),
        ("Licensees with more than 1M MAU need a separate license.", "mau_threshold", 1_000_000),
        (
            "Licensees with more than 1M MAU must display our logo.",  # a display duty only
            "mau_threshold",
            None,
        ),
        (
            "Companies with annual revenues above $10 million must purchase an enterprise license.",
            "revenue_threshold_usd",
            10_000_000,
        ),
        (
            "If you and your affiliates make more than 2 million US dollars of revenue per year, "
            "this license no longer applies to you.",
            "revenue_threshold_usd",
            2_000_000,
        ),
        ("The laws of Japan govern this license.", "governing_law", "JP"),
        ("This License shall be interpreted in accordance with German law.", "governing_law", "DE"),
        ("Governing law: England and Wales.", "governing_law", "GB"),
        (
            "Disputes will be settled by the courts of Zurich, Switzerland.",
            "venue",
            "courts of Zurich, Switzerland",
        ),
        (
            "You may not use any output of the model to develop a competing model.",
            "output_use_restriction",
            True,
        ),
        (
            "Distillation of the model's outputs into other models is prohibited.",
            "output_use_restriction",
            True,
        ),
        ("You must credit Foo Labs in any publication.", "attribution_required", True),
        (
            "Use of the Model is not permitted in the People's Republic of China.",
            "territorial_exclusions",
            ["CN"],
        ),
        (
            "You may not use the Model in any country under U.S. embargo.",  # export control
            "territorial_exclusions",
            [],
        ),
        ("We may change these terms at any time.", "licensor_may_update_terms", True),
        (
            "This Agreement may be modified by Licensor from time to time.",
            "licensor_may_update_terms",
            True,
        ),
        (
            "This Agreement may be amended only by a written instrument signed by both parties.",
            "licensor_may_update_terms",
            False,
        ),
        ("Licensee may not modify this License.", "licensor_may_update_terms", False),
        (
            "Your use of the Model is subject to our Acceptable Use Policy at x.example/aup.",
            "acceptable_use_policy_incorporated",
            True,
        ),
        ("Commercial use of the Model is prohibited.", "commercial_use", "prohibited"),
        ("Commercial use requires a separate license from us.", "commercial_use", "restricted"),
        ("You may use the model for commercial purposes.", "commercial_use", "allowed"),
        (
            "If you sue us claiming the model infringes your patents, this license terminates.",
            "patent_termination",
            True,
        ),
    ],
)
def test_phrasing_variants(sentence: str, key: str, value: object) -> None:
    assert extract_terms(_GRANT + sentence + "\n")[key].value == value


BRIGHTWATER_AUP = """\
Brightwater Acceptable Use Policy

Brightwater may revise this policy at any time by posting a new version.

You must not use Brightwater models, or help anyone else use them, to:
- plan or carry out terrorist attacks;
- produce child sexual abuse material;
- generate spam, phishing e-mails or other fraudulent schemes;
- conduct mass surveillance or facial recognition of people without their consent;
- interfere with elections or suppress voters;
- give tailored legal advice without review by a qualified lawyer;
- develop chemical or biological weapons;
- write malware or ransomware.

Report violations to abuse@brightwater.example.
"""


def test_usage_policy_in_own_words() -> None:
    terms = extract_terms(BRIGHTWATER_AUP)
    assert terms["kind"].value == "acceptable-use-policy"
    assert terms["commercial_use"].value is None
    assert terms["licensor_may_update_terms"].value is True
    assert terms["attribution_required"].value is False
    assert terms["use_restrictions"].value == sorted(
        [
            "terrorism",
            "minors",
            "spam",
            "fraud",
            "surveillance",
            "biometric-identification",
            "election-interference",
            "legal-advice",
            "weapons",
            "generate-malware",
        ]
    )


def test_research_license_in_own_words() -> None:
    text = (
        "Heronsgate Research Model License\n\nHeronsgate Institute grants you a non-exclusive "
        "license to use and modify the model solely for non-commercial research purposes. You "
        "may not use the model or its outputs for any commercial purpose.\nYou must keep this "
        "license and the copyright notice with every copy you share.\n"
    )
    terms = extract_terms(text)
    assert terms["kind"].value == "research-only"
    assert terms["commercial_use"].value == "prohibited"
    assert terms["use_restrictions"].value == ["commercial-use"]
    assert terms["attribution_required"].value is True


def test_copyleft_and_permissive_in_own_words() -> None:
    copyleft = (
        "Open Model Share-Alike License\nPermission is granted to use, copy, modify and "
        "distribute the model for any purpose. If you distribute a modified version, you must "
        "license the entire work, as a whole, under this License, and keep all copyright "
        "notices intact.\n"
    )
    permissive = "Wren License\nYou may use, copy and distribute the model for any purpose.\n"
    assert extract_terms(copyleft)["kind"].value == "copyleft-oss"
    assert extract_terms(copyleft)["downstream_propagation"].value is True
    assert extract_terms(permissive)["kind"].value == "permissive-oss"
    assert extract_terms(permissive)["commercial_use"].value == "allowed"
    service = (
        "Acme Model Terms of Service\nYou may access the model through our API for your "
        "business. You may not redistribute the model weights.\n"
    )
    assert extract_terms(service)["kind"].value == "proprietary-terms"


def test_layout_does_not_change_terms() -> None:
    """Hard-wrapped, Markdown and plain copies of one license read the same."""
    wrapped = "\n".join(
        wrapped_line
        for line in QUILLFEATHER.splitlines()
        for wrapped_line in (textwrap.wrap(line, 64) or [""])
    )
    markdown = "\n".join(
        f"## **{line}**" if line[:2] in {"1.", "2.", "3.", "4.", "5."} else line
        for line in QUILLFEATHER.replace('"', "\u201c").splitlines()
    ).replace("European Union", "[European Union](https://europa.eu)")
    expected = {key: term.value for key, term in extract_terms(QUILLFEATHER).items()}
    for variant in (wrapped, markdown):
        terms = extract_terms(variant, path="x.md")
        assert {key: term.value for key, term in terms.items()} == expected
        assert _evidence_problems(variant, terms, "x.md") == []


def test_silent_text_has_no_terms() -> None:
    terms = extract_terms("Release notes\n\nThis version fixes tokenizer bugs.\n")
    expected: dict[str, object] = dict.fromkeys(TERM_KEYS)
    expected |= dict.fromkeys(BOOLEAN_KEYS, False)
    expected |= {key: [] for key in LIST_KEYS | CLAUSE_KEYS}
    assert {key: term.value for key, term in terms.items()} == expected
    assert all(not term.evidence for term in terms.values())


# --- comparison with records and merging with a policy ----------------------------------------


def test_compare_flags_an_edited_copy() -> None:
    if not (CORPUS / "llama-3-community.txt").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    record = load_license_db().get("LicenseRef-llama-3-community")
    assert record is not None
    text = _corpus_text("llama-3-community")
    assert compare_with_record(extract_terms(text), record) == []
    edited = text.replace("700 million", "900 million").replace("State of California", "Texas")
    differences = compare_with_record(extract_terms(edited), record)
    assert ("mau_threshold", 700_000_000, 900_000_000) in differences
    assert ("governing_law", "US-CA", "US-TX") in differences


def _corpus_or_skip(name: str) -> str:
    if not (CORPUS / f"{name}.txt").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return _corpus_text(name)


def test_new_version_of_a_known_family() -> None:
    """A made-up next Llama version: other threshold, prefix, law and an EU carve-out."""
    text = _corpus_or_skip("llama-4-community")
    edited = (
        text.replace("Llama 4", "Llama 5")
        .replace("700 million", "1 billion")
        .replace("State of California", "State of Delaware")
        .replace("courts of California", "courts of Delaware")
        .replace("include \u201cLlama\u201d at", "include \u201cLlama 5\u201d at")
    ) + (
        "\nNo rights under Section 1(a) are granted to individuals residing in the European "
        "Union, nor to companies headquartered there.\n"
    )
    terms = extract_terms(edited)
    assert terms["mau_threshold"].value == 1_000_000_000
    assert terms["naming_requirement"].value == "Llama 5"
    assert terms["governing_law"].value == "US-DE"
    assert terms["venue"].value == "courts of Delaware"
    assert terms["territorial_exclusions"].value == ["EU"]
    assert terms["kind"].value == "open-weight-restricted"


def test_merge_corpus_license_with_its_policy() -> None:
    license_text = _corpus_or_skip("llama-3.3-community")
    policy_text = _corpus_or_skip("llama-3.3-aup")
    license_terms = extract_terms(license_text, path="LICENSE")
    policy_terms = extract_terms(policy_text, path="USE_POLICY.md")
    merged = merge_terms(license_terms, policy_terms)
    assert merged["territorial_exclusions"].value == ["EU"]
    assert merged["governing_law"].value == "US-CA"
    assert merged["mau_threshold"].value == 700_000_000
    tags = merged["use_restrictions"].value
    assert isinstance(tags, list)
    assert {"export-control", "espionage", "circumvent-safety"} <= set(tags)
    files = {e.file for e in merged["use_restrictions"].evidence}
    assert files == {"LICENSE", "USE_POLICY.md"}


def test_merge_license_with_its_policy() -> None:
    license_terms = extract_terms(QUILLFEATHER, path="LICENSE")
    policy_terms = extract_terms(BRIGHTWATER_AUP, path="USE_POLICY.md")
    merged = merge_terms(license_terms, policy_terms)
    assert merged["kind"].value == "open-weight-restricted"
    assert merged["governing_law"].value == "SG"
    assert merged["licensor_may_update_terms"].value is True
    assert merged["use_restrictions"].value == policy_terms["use_restrictions"].value
    assert {e.file for e in merged["use_restrictions"].evidence} == {"USE_POLICY.md"}
    assert {e.file for e in merged["licensor_may_update_terms"].evidence} == {"USE_POLICY.md"}
    assert merged["territorial_exclusions"].value == ["EU"]
    assert merge_terms(license_terms, {})["mau_threshold"] == license_terms["mau_threshold"]


def test_every_tag_has_a_rule_with_keywords() -> None:
    vocabulary = load_license_db().vocabulary.use_restrictions
    rules = tag_rules()
    assert set(rules) | {"commercial-use"} == vocabulary
    assert all(rule_id == f"use_restrictions/{tag}" for tag, rule_id in rules.items())
    # a rule requiring no keyword would be searched in every clause of every text
    assert all(clause_keywords(rule_id) for rule_id in rules.values())


# --- robustness -------------------------------------------------------------------------------

_FRAGMENTS = [
    "You must not use the Model to",
    " generate malware;",
    "\n- harass others",
    " 700 million monthly active users",
    " US$1,000,000 in annual revenue, you must request a license.",
    " governed by the laws of the State of",
    " courts of ",
    '"Notice" text file',
    "\n\n**1. Definitions**\n",
    " [link](http://x.example)",
    "<br>",
    " e.g. ",
    "\t(a) ",
    ":",
    ";",
    ".",
    "\u201c",
    "\u00a0",
    "\r\n",
    "\u2028",
    "\u0130",
    "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u6cd5\u5f8b\u7ba1\u8f96",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_and_is_deterministic_on_any_text(text: str) -> None:
    first = extract_terms(text)
    assert list(first) == list(TERM_KEYS)
    assert extract_terms(text) == first


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=20), max_size=30))
def test_never_raises_on_license_like_fragments(parts: list[str]) -> None:
    text = "".join(parts)
    terms = extract_terms(text, path="F")
    assert extract_terms(text, path="F") == terms
    assert _evidence_problems(text, terms, "F") == []


# --- fast paths of the sentence splitter equal the plain forms they replace ------------------

_LINE_END_CHARS = [".", ":", ";", "!", "?", " ", "\t", '"', "'", ")", "]", "a", "(", ",", "\u00a0"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_LINE_END_CHARS), max_size=10))
def test_line_end_check_equals_its_pattern(line: str) -> None:
    pattern = re.compile(r"[.:;!?]\s*[\"')\]]*\s*$")
    assert _ends_closed(line) == bool(pattern.search(line))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*map(chr, _ONE_TO_ONE), "a", " ", '"', "-", "\n"])))
def test_character_unification_equals_translate(text: str) -> None:
    assert unify_chars(text) == text.translate(_ONE_TO_ONE)


def test_markup_removal_keeps_each_characters_column() -> None:
    line = "**Bold** <b>tag</b> [link](https://x.example) \\*star\\* __u__"
    text, cols = strip_markup(unify_chars(line))
    assert text == "Bold tag link star u"
    assert cols is not None and all(line[c] == ch for ch, c in zip(text, cols, strict=True))
