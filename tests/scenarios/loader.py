"""Read the scenario files under cases/, check their shape, and build one scenario on disk.

A scenario is a model, an organization, a deployment, a policy and the expected verdict with
the clause that decides it (see README.md). Problems are reported with the file and the
scenario's position, so a bad scenario is found without running the tool.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
ROOT = HERE.parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

VERDICTS = ("pass", "warn", "fail", "needs-input")
SEVERITIES = ("block", "warn", "info")
PRESETS = (
    "default",
    "strict",
    "hipaa",
    "eu-ai-act",
    "data-residency-eu",
    "data-residency-us",
    "permissive-only",
    "osi-open-source",
)
LAWFUL = ("pass", "warn")

SCENARIO_KEYS = {
    "id",
    "model",
    "organization",
    "deployment",
    "policy",
    "waivers",
    "expect",
    "reason",
    "known_gap",  # one line: what the tool still misses here; the case runs as a strict xfail
}
MODEL_SOURCE_KEYS = {"ref", "folder", "readme", "card"}
EXPECT_KEYS = {"verdict", "fires", "not_fires"}

# Rule ids issue 30 plans (a scenario may name them before a preset has them): the licence
# choice, the two territorial rules, the caps, and `aup-<tag>` for every use-restriction tag
# of the vocabulary.
VOCABULARY = ROOT / "license_db" / "vocabulary.yaml"


def planned_rules(vocabulary: Path = VOCABULARY) -> frozenset[str]:
    """The rule ids the issue plans, whether or not a preset has them yet."""
    tags = yaml.safe_load(vocabulary.read_text(encoding="utf-8")).get("use_restrictions") or []
    return frozenset(
        {
            "license-choice",
            # what a policy's own allow and deny lists raise (an inline policy may have them)
            "license-denied",
            "license-not-allowed",
            "territory-excludes-domicile",
            "territory-excludes-deployment-region",
            "mau-above-threshold",
            "group-mau-above-threshold",
            "mau-cap-counts-affiliates",
        }
        | {f"aup-{tag}" for tag in tags}
    )


@dataclass(frozen=True, slots=True)
class Fire:
    """A rule that must fire, at this severity."""

    rule: str
    severity: str


@dataclass(frozen=True, slots=True)
class Scenario:
    """One deployment and the verdict its license or law gives."""

    id: str
    file: str
    model: Mapping[str, Any]
    organization: Mapping[str, Any]
    deployment: Mapping[str, Any]
    policy: str | Mapping[str, Any]
    waivers: Sequence[Mapping[str, Any]]
    verdict: str
    fires: tuple[Fire, ...]
    not_fires: tuple[str, ...]
    reason: str
    known_gap: str | None = None

    @property
    def ref(self) -> str:
        """The manifest reference: the api: ref, or the folder built beside the manifest."""
        ref = self.model.get("ref")
        return ref if isinstance(ref, str) else "./model"

    @property
    def needs_corpus(self) -> bool:
        """The scenario reads a file of ../shared/corpus."""
        return bool(corpus_paths(self))

    @property
    def preset(self) -> str:
        """The preset's name, or `inline` for a policy written in the scenario."""
        return self.policy if isinstance(self.policy, str) else "inline"


def corpus_paths(scenario: Scenario) -> list[str]:
    """Every corpus file the scenario's folder or card names."""
    found: list[str] = []
    contents = list(dict(scenario.model.get("folder") or {}).values())
    contents.append(scenario.model.get("card"))
    for content in contents:
        if isinstance(content, Mapping) and isinstance(content.get("corpus"), str):
            found.append(content["corpus"])
    return found


class ScenarioError(ValueError):
    """A scenario file that does not have the documented shape."""


def _fire(entry: object, where: str) -> Fire:
    if isinstance(entry, str):
        return Fire(entry, "block")
    if isinstance(entry, Mapping) and set(entry) <= {"rule", "severity"} and "rule" in entry:
        severity = str(entry.get("severity", "block"))
        if severity not in SEVERITIES:
            raise ScenarioError(f"{where}: severity {severity!r} is not one of {SEVERITIES}")
        return Fire(str(entry["rule"]), severity)
    raise ScenarioError(f"{where}: a fires entry is a rule id or {{rule, severity}}: {entry!r}")


def _check_model(model: object, where: str) -> Mapping[str, Any]:
    if not isinstance(model, Mapping):
        raise ScenarioError(f"{where}: `model` must be a mapping")
    has_ref, has_folder = "ref" in model, "folder" in model or "readme" in model
    if has_ref == has_folder:
        raise ScenarioError(f"{where}: `model` needs either `ref` or `folder`/`readme`")
    if has_ref and not str(model["ref"]).startswith("api:"):
        raise ScenarioError(f"{where}: `model.ref` must be an api:<provider>/<model> ref")
    for name, content in dict(model.get("folder") or {}).items():
        if not isinstance(content, str) and not (
            isinstance(content, Mapping) and set(content) == {"corpus"}
        ):
            raise ScenarioError(f"{where}: folder file {name!r} is text or {{corpus: path}}")
    return model


def parse(entry: object, file: str, index: int) -> Scenario:
    """One scenario from its YAML mapping; ScenarioError names the file and position."""
    where = f"{file}: scenario #{index + 1}"
    if not isinstance(entry, Mapping):
        raise ScenarioError(f"{where}: a scenario is a mapping")
    if isinstance(entry.get("id"), str):
        where = f"{file}: scenario {entry['id']!r}"
    missing = {"id", "model", "expect", "reason"} - set(entry)
    if missing:
        raise ScenarioError(f"{where}: missing {sorted(missing)}")
    unknown = set(entry) - SCENARIO_KEYS
    if unknown:
        raise ScenarioError(f"{where}: unknown keys {sorted(unknown)}")
    expect = entry["expect"]
    if not isinstance(expect, Mapping) or "verdict" not in expect:
        raise ScenarioError(f"{where}: `expect.verdict` is required")
    if set(expect) - EXPECT_KEYS:
        raise ScenarioError(f"{where}: unknown expect keys {sorted(set(expect) - EXPECT_KEYS)}")
    if expect["verdict"] not in VERDICTS:
        raise ScenarioError(f"{where}: verdict {expect['verdict']!r} is not one of {VERDICTS}")
    reason = entry["reason"]
    if not isinstance(reason, str) or not reason.strip() or "\n" in reason.strip():
        raise ScenarioError(f"{where}: `reason` is one non-empty line")
    gap = entry.get("known_gap")
    if gap is not None and (not isinstance(gap, str) or not gap.strip() or "\n" in gap.strip()):
        raise ScenarioError(f"{where}: `known_gap` is one non-empty line")
    policy = entry.get("policy", "default")
    if isinstance(policy, str) and policy not in PRESETS:
        raise ScenarioError(f"{where}: policy {policy!r} is not a preset {PRESETS}")
    if not isinstance(policy, str | Mapping):
        raise ScenarioError(f"{where}: `policy` is a preset name or a policy mapping")
    return Scenario(
        id=str(entry["id"]),
        file=file,
        model=_check_model(entry["model"], where),
        organization=dict(entry.get("organization") or {}),
        deployment=dict(entry.get("deployment") or {}),
        policy=policy,
        waivers=list(entry.get("waivers") or []),
        verdict=str(expect["verdict"]),
        fires=tuple(_fire(f, where) for f in expect.get("fires") or []),
        not_fires=tuple(str(r) for r in expect.get("not_fires") or []),
        reason=reason.strip(),
        known_gap=gap.strip() if isinstance(gap, str) else None,
    )


_SAFE_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)


def load_all(cases: Path = CASES) -> list[Scenario]:
    """Every scenario of every file, in file order; ScenarioError on the first bad one."""
    scenarios: list[Scenario] = []
    for path in sorted(cases.glob("*.yaml")):
        # libyaml's safe loader when PyYAML has it: the same data, ~15 times faster on the
        # megabyte of cases read at every collection
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
        if not isinstance(data, list):
            raise ScenarioError(f"{path.name}: the file is a YAML list of scenarios")
        scenarios.extend(parse(entry, path.name, i) for i, entry in enumerate(data))
    return scenarios


# --- building one scenario on disk --------------------------------------------------------


def _content(value: object, corpus: Path) -> str:
    if isinstance(value, Mapping):
        return (corpus / str(value["corpus"])).read_text(encoding="utf-8")
    return str(value)


def _readme(scenario: Scenario, corpus: Path) -> str | None:
    front = scenario.model.get("readme")
    card = scenario.model.get("card")
    if front is None and card is None:
        return None
    body = _content(card, corpus) if card is not None else "# Model\n\nA model.\n"
    if front is None:
        return body
    header = yaml.safe_dump(dict(front), sort_keys=False, allow_unicode=True)
    return f"---\n{header}---\n\n{body}"


def build(scenario: Scenario, root: Path, corpus: Path = CORPUS) -> Path:
    """Write the model folder, the policy (if inline) and the manifest; return the manifest."""
    model_entry: dict[str, Any] = {"ref": scenario.ref}
    for key, value in scenario.model.items():
        if key not in MODEL_SOURCE_KEYS:
            model_entry[key] = value
    if "ref" not in scenario.model:
        folder = root / "model"
        folder.mkdir(parents=True)
        files = {
            name: _content(v, corpus)
            for name, v in dict(scenario.model.get("folder") or {}).items()
        }
        readme = _readme(scenario, corpus)
        if readme is not None and "README.md" not in files:
            files["README.md"] = readme
        for name, text in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
    organization = {"name": "Scenario Co", **scenario.organization}
    manifest: dict[str, Any] = {
        "version": 1,
        "organization": organization,
        "deployment": dict(scenario.deployment),
        "models": [model_entry],
    }
    if scenario.waivers:
        manifest["waivers"] = [{"model": scenario.ref, **w} for w in scenario.waivers]
    path = root / "manifest.yaml"
    path.write_text(yaml.safe_dump(manifest, sort_keys=False), encoding="utf-8")
    return path


def policy_argument(scenario: Scenario, root: Path) -> str:
    """The preset name, or the path of the inline policy written beside the manifest."""
    if isinstance(scenario.policy, str):
        return scenario.policy
    path = root / "policy.yaml"
    body = {"version": 1, "name": f"scenario-{scenario.id}", **dict(scenario.policy)}
    path.write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    return str(path)
