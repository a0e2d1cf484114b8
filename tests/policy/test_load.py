"""Policy loading: every mistake reported with its line, extends, overrides, cycles, fuzzing."""

from __future__ import annotations

import contextlib
import hashlib
import json
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.errors import PolicyError
from auditor.model import Severity
from auditor.policy.load import load_policy, parse_policy, preset_names, validate_policy_file
from auditor.policy.model import (
    AllOf,
    Always,
    Comparison,
    FactRef,
    Not,
    Op,
    Placeholder,
    Policy,
    parse_template,
)
from auditor.policy.vocabulary import FACTS, LICENSE_KINDS, USE_RESTRICTIONS
from auditor.resources import license_db_dir, policies_dir

GOOD = """\
version: 1
name: tiny
description: A tiny policy.
settings: {max_days: 30}
rules:
  - id: mau-above-threshold
    severity: block
    category: term
    when:
      all:
        - {fact: terms.mau_threshold, exists: true}
        - {fact: deployment.mau, gt: {fact: terms.mau_threshold}}
    message: "{deployment.mau} users exceed {terms.mau_threshold}"
    remediation: Ask {effective.id}'s licensor.
    evidence: [terms.mau_threshold]
    references: [{clause: 2, document: "{effective.id}"}, {article: Art. 26, url: "https://x.test/a"}]
  - id: retention
    severity: warn
    category: regulation
    effective_from: 2027-12-02
    when: {not: {fact: provider.default_retention_days, lte: {fact: policy.max_days}}}
    message: "kept {provider.default_retention_days} > {policy.max_days} days; {{literal}}"
"""


def parse(text: str, *, base_dir: Path | None = None, presets_dir: Path | None = None) -> Policy:
    return parse_policy(textwrap.dedent(text), base_dir=base_dir, presets_dir=presets_dir)


def problems(text: str, tmp_path: Path | None = None) -> list[tuple[int | None, str]]:
    with pytest.raises(PolicyError) as info:
        parse_policy(textwrap.dedent(text), base_dir=tmp_path)
    return info.value.problems


def has(found: list[tuple[int | None, str]], line: int | None, fragment: str) -> bool:
    return any(ln == line and fragment in msg for ln, msg in found)


def test_good_policy_loads_into_typed_values() -> None:
    policy = parse_policy(GOOD)
    assert policy.name == "tiny"
    assert policy.sha256 == hashlib.sha256(GOOD.encode()).hexdigest()
    assert policy.settings == {"max_days": 30}
    mau, retention = policy.rules
    assert mau.severity is Severity.BLOCK and mau.evidence == ("terms.mau_threshold",)
    assert isinstance(mau.when, AllOf)
    gt = mau.when.items[1]
    assert gt == Comparison("deployment.mau", Op.GT, FactRef("terms.mau_threshold"))
    assert mau.references[0].clause == "2" and mau.line == 6
    assert retention.effective_from == "2027-12-02"
    assert isinstance(retention.when, Not)


def test_rule_without_when_always_applies() -> None:
    policy = parse("""\
        version: 1
        name: p
        rules: [{id: a, severity: info, category: regulation, message: hi}]
        """)
    assert policy.rules[0].when == Always()


@pytest.mark.parametrize(
    ("snippet", "line", "fragment"),
    [
        ("    colour: red\n", 9, "unknown key 'colour' in rule"),
        (
            "    when: {fact: deployment.mau, greater: 3}\n",
            9,
            "unknown key 'greater' in comparison",
        ),
        ("    when: {fact: deployment.maus, gt: 3}\n", 9, "did you mean 'deployment.mau'"),
        ("    when: {fact: deployment.mau, gt: three}\n", 9, "`gt` must be a number"),
        ("    when: {fact: deployment.mau, gt: 3, lt: 9}\n", 9, "exactly one operator"),
        ("    when: {fact: model.hosting, eq: apii}\n", 9, "unknown value 'apii'"),
        ("    when: {fact: deployment.data, eq: phi}\n", 9, "is a list: use contains"),
        ("    when: {fact: model.hosting, contains: api}\n", 9, "tests a list fact"),
        ("    when: {fact: deployment.use_cases, contains: astrology}\n", 9, "unknown value"),
        ("    when: {fact: today, before: '2025-13-01'}\n", 9, "ISO date"),
        ("    when: {fact: today, before: 2025-02-02T10:00:00}\n", 9, "ISO date"),
        (
            "    when: {fact: model.pinned, exists: yes please}\n",
            9,
            "`exists` must be true or false",
        ),
        ("    when: {fact: deployment.mau, in: 3}\n", 9, "`in` must be a non-empty list"),
        ("    when: {all: []}\n", 9, "non-empty list"),
        ("    when: {all: [{fact: model.pinned, eq: true}], any: []}\n", 9, "exactly one"),
        ("    when: {fact: deployment.mau, gt: {fact: policy.nope}}\n", 9, "no such setting"),
        ("    when: {fact: deployment.mau, gt: {fact: model.ref}}\n", 9, "compared with model.ref"),
        ("    effective_from: 2027-02-30\n", 9, "ISO date"),
        ("    effective_from: soon\n", 9, "ISO date"),
        ("    obligation: maybe\n", 9, "true or false"),
        ("    evidence: [terms.nope]\n", 9, "unknown fact 'terms.nope'"),
        ("    references: [{url: ftp://x}]\n", 9, "https://"),
        ("    references: [{page: 3}]\n", 9, "unknown key 'page' in reference"),
        ("    remediation: 'Ask {effective.idd}'\n", 9, "unknown placeholder 'effective.idd'"),
        ("    remediation: 'Ask {effective.id'\n", 9, "unbalanced '{'"),
        ("    remediation: 'Ask {two words}'\n", 9, "malformed placeholder"),
    ],
)
def test_each_mistake_is_reported_on_its_line(snippet: str, line: int, fragment: str) -> None:
    text = (
        "version: 1\n"  # 1
        "name: p\n"  # 2
        "rules:\n"  # 3
        "  - id: r\n"  # 4
        "    severity: warn\n"  # 5
        "    category: term\n"  # 6
        "    message: hello\n"  # 7
        "    # the mistake:\n"  # 8
        f"{snippet}"  # 9
    )
    found = problems(text)
    assert has(found, line, fragment), found


def test_every_problem_is_reported_at_once() -> None:
    text = """\
        version: 2
        name: Not Kebab
        colour: red
        rules:
          - id: a
            severity: fatal
            category: legal
            message: "{nope.fact}"
          - id: a
            severity: warn
            category: term
            message: ok
          - id: license-denied
            severity: warn
            category: term
            message: reserved
        overrides:
          - {rule: missing, severity: info}
        allow: {kinds: [open-ish]}
        """
    found = problems(text)
    expected = [
        (1, "unsupported policy version 2"),
        (2, "must be kebab-case"),
        (3, "unknown key 'colour'"),
        (6, "unknown severity 'fatal'"),
        (7, "unknown category 'legal'"),
        (8, "unknown placeholder 'nope.fact'"),
        (9, "duplicate rule id 'a'"),
        (13, "reserved"),
        (18, "override of unknown rule 'missing'"),
        (19, "unknown license kind 'open-ish'"),
    ]
    for line, fragment in expected:
        assert has(found, line, fragment), (line, fragment, found)
    assert [ln for ln, _ in found] == sorted(ln or 0 for ln, _ in found)


def test_error_message_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\nname: bad\nrules:\n  - {id: x, severity: nope}\n")
    lines = validate_policy_file(path)
    assert any(line.startswith(f"{path}:4: unknown severity 'nope'") for line in lines), lines
    assert any("rule without `category`" in line for line in lines)
    with pytest.raises(PolicyError) as info:
        load_policy(str(path))
    assert info.value.path == str(path)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("version: 1\nname: [unclosed\n", "invalid YAML"),
        ("version: 1\nname: p\nsettings: {d: 2025-13-01}\n", "not a valid ISO date"),
        ("- just\n- a list\n", "a policy is a mapping"),
        ("", "a policy is a mapping"),
        ("name: p\n", "missing `version: 1`"),
        ("version: 1\nrules: []\n", "missing `name`"),
        ("version: 1\nname: p\nrules: {a: 1}\n", "`rules` must be a list"),
        ("version: 1\nname: p\nsettings: {Bad-Name: 1}\n", "snake_case"),
        ("version: 1\nname: p\nsettings: {x: {y: 1}}\n", "must be a number"),
        ("version: 1\nname: p\nallow: {}\n", "a non-empty `licenses` or `kinds` list"),
        ("version: 1\nname: p\noverrides: [{rule: x}]\n", "changes `severity` or `enabled`"),
        ("version: 1\nname: p\nextends: {a: 1}\n", "`extends` must be"),
    ],
)
def test_structural_mistakes(text: str, fragment: str) -> None:
    with pytest.raises(PolicyError) as info:
        parse_policy(text)
    assert any(fragment in msg for _, msg in info.value.problems), info.value.problems


def test_valid_file_has_no_problems(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(GOOD)
    assert validate_policy_file(path) == []


def test_missing_file_and_unknown_preset() -> None:
    with pytest.raises(PolicyError, match="no such file"):
        load_policy("/nonexistent/policy.yaml")
    with pytest.raises(PolicyError) as info:
        load_policy("no-such-preset")
    assert "presets: " in info.value.problems[0][1]
    assert "default" in info.value.problems[0][1]


# --- extends, overrides, cycles ----------------------------------------------------------------

BASE = """\
version: 1
name: base
settings: {max_days: 30, region: EU}
allow: {kinds: [permissive-oss]}
rules:
  - {id: one, severity: block, category: term, message: base one}
  - {id: two, severity: warn, category: term, message: base two}
  - {id: three, severity: block, category: term, message: "base three {policy.max_days}"}
"""

CHILD = """\
version: 1
name: child
extends: [base.yaml]
settings: {max_days: 7}
rules:
  - {id: two, severity: block, category: term, message: child two}
  - {id: four, severity: info, category: term, message: "child four {policy.region}"}
overrides:
  - {rule: one, severity: warn, reason: accepted by legal}
  - {rule: three, enabled: false}
  - {rule: license-not-allowed, severity: warn}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def test_extends_merges_rules_settings_and_applies_overrides(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    child = load_policy(str(write(tmp_path, "child.yaml", CHILD)))
    ids = [r.id for r in child.rules]
    assert ids == ["license-not-allowed", "one", "two", "three", "four"]
    one, two, three = (child.rule(i) for i in ("one", "two", "three"))
    assert one is not None and one.severity is Severity.WARN  # overridden
    assert two is not None and two.message == "child two" and two.severity is Severity.BLOCK
    assert three is not None and not three.enabled
    allow_rule = child.rule("license-not-allowed")
    assert allow_rule is not None and allow_rule.severity is Severity.WARN
    assert child.settings == {"max_days": 7, "region": "EU"}
    assert child.allow is not None and child.allow.kinds == ("permissive-oss",)
    assert child.extends == (str((tmp_path / "base.yaml").resolve()),)
    assert (child.overrides[0].rule, child.overrides[0].reason) == ("one", "accepted by legal")
    # the hash of a merged policy is over its canonical form, not the child's bytes
    assert child.sha256 != hashlib.sha256(CHILD.encode()).hexdigest()
    again = load_policy(str(tmp_path / "child.yaml"))
    assert again.sha256 == child.sha256
    json.dumps([r.id for r in again.rules])


def test_extends_by_preset_name_uses_presets_dir(tmp_path: Path) -> None:
    presets = tmp_path / "presets"
    presets.mkdir()
    write(presets, "base.yaml", BASE)
    child = parse(
        "version: 1\nname: c\nextends: base\nrules: []\n",
        presets_dir=presets,
    )
    assert [r.id for r in child.rules][1:] == ["one", "two", "three"]


def test_diamond_extends_loads_each_parent_once(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    write(
        tmp_path,
        "a.yaml",
        "version: 1\nname: a\nextends: base.yaml\noverrides: [{rule: two, severity: info}]\n",
    )
    write(tmp_path, "b.yaml", "version: 1\nname: b\nextends: base.yaml\nsettings: {max_days: 1}\n")
    top = load_policy(
        str(write(tmp_path, "c.yaml", "version: 1\nname: c\nextends: [a.yaml, b.yaml]\n"))
    )
    assert [r.id for r in top.rules] == ["license-not-allowed", "one", "two", "three"]
    two = top.rule("two")
    assert two is not None and two.severity is Severity.WARN  # b's copy of base wins, later
    assert top.settings["max_days"] == 1
    assert [o.rule for o in top.overrides] == ["two"]


def test_extends_cycle_is_reported_with_the_chain(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "version: 1\nname: a\nextends: [b.yaml]\n")
    write(tmp_path, "b.yaml", "version: 1\nname: b\nextends: a.yaml\n")
    with pytest.raises(PolicyError) as info:
        load_policy(str(tmp_path / "a.yaml"))
    text = "\n".join(info.value.lines())
    assert "cycle: a.yaml -> b.yaml -> a.yaml" in text


def test_self_extends_is_a_cycle(tmp_path: Path) -> None:
    path = write(tmp_path, "self.yaml", "version: 1\nname: s\nextends: self.yaml\n")
    assert any("cycle" in line for line in validate_policy_file(path))


def test_parent_problems_appear_in_the_child(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", "version: 1\nname: base\nrules:\n  - {id: x, severity: nah}\n")
    child = write(tmp_path, "child.yaml", "version: 1\nname: c\nextends: [base.yaml]\n")
    lines = validate_policy_file(child)
    assert lines[0] == f"{child}:3: cannot extend 'base.yaml':"
    assert any("base.yaml:4: unknown severity 'nah'" in line for line in lines)


def test_missing_parent_and_unknown_override(tmp_path: Path) -> None:
    found = problems(
        """\
        version: 1
        name: c
        extends: [nowhere.yaml, no-such-preset]
        overrides: [{rule: ghost, enabled: false}]
        """,
        tmp_path,
    )
    assert has(found, 3, "no such file")
    assert has(found, 3, "no policy preset named 'no-such-preset'")
    assert has(found, 4, "override of unknown rule 'ghost'")


def test_inherited_settings_are_visible_to_child_rules(tmp_path: Path) -> None:
    write(tmp_path, "base.yaml", BASE)
    policy = parse(
        """\
        version: 1
        name: c
        extends: base.yaml
        rules:
          - id: x
            severity: warn
            category: regulation
            when: {fact: provider.default_retention_days, gt: {fact: policy.max_days}}
            message: "{policy.region}"
        """,
        base_dir=tmp_path,
    )
    assert policy.rule("x") is not None


# --- vocabularies stay in step -----------------------------------------------------------------


def test_closed_vocabularies_match_the_license_db() -> None:
    vocab = yaml.safe_load((license_db_dir() / "vocabulary.yaml").read_text())
    assert set(vocab["kinds"]) == LICENSE_KINDS
    assert set(vocab["use_restrictions"]) == USE_RESTRICTIONS


def test_schema_names_every_documented_fact() -> None:
    schema = json.loads((policies_dir() / "schema.json").read_text())
    assert set(schema["$defs"]["factPath"]["anyOf"][0]["enum"]) == set(FACTS)


def test_fact_table_covers_docs_policy_facts() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "policy-facts.md"
    if not doc.is_file():
        pytest.skip("docs/ not in this tree")
    documented = {
        cell.strip("`")
        for line in doc.read_text().splitlines()
        if line.startswith("| `")
        for cell in line.split("|")[1].strip().split(", ")
    }
    concrete = {d for d in documented if "<" not in d}
    assert concrete <= set(FACTS)


def test_parse_template() -> None:
    parts, errors = parse_template("a {b.c} {{d}} e")
    assert parts == ("a ", Placeholder("b.c"), " {d} e")
    assert errors == ()
    _, errors = parse_template("x } y {")
    assert len(errors) == 2


def test_preset_names_lists_the_bundled_presets() -> None:
    assert {"default", "hipaa", "eu-ai-act"} <= set(preset_names())


# --- fuzzing: only PolicyError, whatever the input --------------------------------------------

_KEYS = [
    "version",
    "name",
    "rules",
    "id",
    "severity",
    "category",
    "when",
    "message",
    "fact",
    "all",
    "any",
    "not",
    "eq",
    "gt",
    "in",
    "contains_any",
    "exists",
    "before",
    "effective_from",
    "references",
    "overrides",
    "rule",
    "enabled",
    "settings",
    "allow",
    "deny",
    "kinds",
    "licenses",
    "extends",
    "evidence",
]
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["block", "warn", "term", "deployment.mau", "{effective.id}", "2027-12-02", "1", "{", "a}"]
    ),
    st.text(max_size=8),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(_KEYS), st.text(max_size=5)), inner, max_size=5),
    ),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_VALUES)
def test_loader_raises_only_policy_error_on_structured_input(value: object) -> None:
    text = yaml.safe_dump(value, allow_unicode=True)
    with contextlib.suppress(PolicyError):
        parse_policy(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_loader_raises_only_policy_error_on_text(text: str) -> None:
    with contextlib.suppress(PolicyError):
        parse_policy(text)


# --- the schema at load time ------------------------------------------------------------------


def test_schema_errors_in_a_policy_file_show_file_line_and_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "version: 1\n"  # 1
        "name: mine\n"  # 2
        "rules:\n"  # 3
        "  - id: r\n"  # 4
        "    severity: blok\n"  # 5
        "    category: term\n"  # 6
        "    mesage: hello\n"  # 7
        "    when:\n"  # 8
        "      all:\n"  # 9
        "        - {fact: deployment.mau, gt: 3}\n"  # 10
        "        - fact: deployment.mau\n"  # 11
        "          lte: many\n"  # 12
    )
    assert validate_policy_file(path) == [
        f"{path}:4: rule without `message`",
        f"{path}:5: unknown severity 'blok' (did you mean 'block'?) (one of: block, warn, info)",
        f"{path}:7: unknown key 'mesage' in rule (did you mean 'message'?) (expected one of: id, "
        "severity, category, when, message, remediation, evidence, references, effective_from, "
        "obligation)",
        f"{path}:12: `lte` must be a number or {{fact: <name>}}, not 'many'",
    ]


def test_typo_in_an_attestation_fact_is_an_error_with_a_suggestion() -> None:
    found = problems("""\
        version: 1
        name: p
        rules:
          - id: r
            severity: warn
            category: regulation
            when: {fact: attestations.human_oversigt, eq: true}
            message: "{attestations.log_retention}"
        """)
    assert has(
        found,
        7,
        "unknown fact 'attestations.human_oversigt' (did you mean 'attestations.human_oversight'?)",
    ), found
    assert has(
        found,
        8,
        "unknown placeholder 'attestations.log_retention' (did you mean "
        "'attestations.log_retention_days'?)",
    ), found


def test_attestation_facts_are_typed() -> None:
    found = problems("""\
        version: 1
        name: p
        rules:
          - id: r
            severity: warn
            category: regulation
            when: {fact: attestations.log_retention_days, gte: {fact: attestations.human_oversight}}
            message: m
        """)
    assert has(found, 7, "attestations.log_retention_days (number) compared with"), found


@pytest.mark.slow
def test_presets_load_without_importing_jsonschema(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys\n"
        "from auditor.gate.manifest import deployment_from_options\n"
        "from auditor.policy.load import load_policy, parse_policy, preset_names\n"
        "for name in preset_names(): load_policy(name)\n"
        "deployment_from_options()\n"
        "print('jsonschema' in sys.modules)\n"
        "parse_policy('version: 1\\nname: user\\nextends: default\\n')\n"
        "print('jsonschema' in sys.modules, 'rfc3987_syntax' in sys.modules)\n"
    )
    env = {"PYTHONPATH": str(root), "PATH": "", "AUDITOR_CACHE_DIR": str(tmp_path / "cache")}

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout.split("\n")[:2]

    # presets are trusted; a user's policy is checked, without jsonschema's slow format checkers
    assert run() == ["False", "True False"]
    # the same policy again: remembered as valid (schema_check._Valid), jsonschema not imported
    assert run() == ["False", "False False"]
