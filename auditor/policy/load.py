"""Loads policy YAML into a Policy: resolves `extends`, applies overrides, reports every problem.

A user's file is checked with policies/schema.json first; auditor/policy/build.py then builds
the rules and checks what the schema cannot say. The bundled presets skip the schema (tests
check them against it), so a run on presets alone never imports jsonschema.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from auditor.errors import InputFileError, PolicyError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.located_yaml import LocatedYaml, Pointer, parse_located_yaml, read_located_yaml
from auditor.fileio.schema_check import check_schema, located
from auditor.model import Severity
from auditor.policy.build import PolicyBuilder
from auditor.policy.model import ALLOW_RULE_ID, DENY_RULE_ID, Policy, Rule, policy_to_data
from auditor.policy.settings_check import settings_problems
from auditor.resources import policies_dir

_PRESET_NAME = lazy_pattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def load_policy(name_or_path: str, *, presets_dir: Path | None = None) -> Policy:
    """Load a preset by bare name (`default`) or a policy file by path.

    Raises PolicyError naming the file and every problem with its line.
    """
    folder = presets_dir if presets_dir is not None else policies_dir()
    if _is_preset_name(name_or_path):
        path = folder / f"{name_or_path}.yaml"
        if not path.is_file():
            known = ", ".join(preset_names(folder)) or "none"
            raise PolicyError(
                name_or_path,
                [(None, f"no policy preset named {name_or_path!r} (presets: {known})")],
            )
    else:
        path = Path(name_or_path)
    return _Loader(folder).load_path(path)


def parse_policy(
    text: str,
    *,
    path: str = "<string>",
    base_dir: Path | None = None,
    presets_dir: Path | None = None,
) -> Policy:
    """Parse policy text; `extends` paths resolve against `base_dir` (default: current folder)."""
    try:
        doc = parse_located_yaml(text, path)
    except InputFileError as err:
        raise PolicyError(err.path, err.problems) from err
    loader = _Loader(presets_dir if presets_dir is not None else policies_dir())
    return loader.parse(doc, text.encode("utf-8"), base_dir or Path(), trusted=False)


def validate_policy_file(path: Path, *, presets_dir: Path | None = None) -> list[str]:
    """Every problem of a policy file as `file:line: message`; empty when it loads."""
    try:
        _Loader(presets_dir if presets_dir is not None else policies_dir()).load_path(path)
    except PolicyError as err:
        return err.lines()
    return []


def preset_names(folder: Path | None = None) -> list[str]:
    """The names of the bundled presets."""
    base = folder if folder is not None else policies_dir()
    return sorted(p.stem for p in base.glob("*.yaml") if _is_preset_name(p.stem))


def _is_preset_name(text: str) -> bool:
    return bool(_PRESET_NAME.fullmatch(text))


class _Loader:
    """Loads files and their parents once each, watching for `extends` cycles."""

    def __init__(self, presets_dir: Path) -> None:
        self.presets_dir = presets_dir
        self.cache: dict[Path, Policy] = {}
        self.stack: list[Path] = []

    def load_path(self, path: Path) -> Policy:
        try:
            key = path.resolve()
        except (OSError, RuntimeError, ValueError) as err:
            raise PolicyError(str(path), [(None, f"cannot resolve the path ({err})")]) from err
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        try:
            doc = read_located_yaml(path)
            raw = path.read_bytes()
        except InputFileError as err:
            raise PolicyError(err.path, err.problems) from err
        except OSError as err:
            raise PolicyError(str(path), [(None, f"cannot read ({err})")]) from err
        self.stack.append(key)
        try:
            policy = self.parse(doc, raw, key.parent, trusted=_is_bundled(key))
        finally:
            self.stack.pop()
        self.cache[key] = policy
        return policy

    def parse(self, doc: LocatedYaml, raw: bytes, base_dir: Path, *, trusted: bool) -> Policy:
        data = doc.data
        if not isinstance(data, dict):
            raise PolicyError(
                doc.path,
                [(doc.line(()), "a policy is a mapping with version, name and rules")],
            )
        schema_problems = [] if trusted else check_schema(doc, policies_dir() / "schema.json")
        build = PolicyBuilder(doc, {pointer for pointer, _ in schema_problems})

        parents = self._parents(data, build, base_dir)
        settings: dict[str, object] = {}
        for parent in parents:
            settings.update(parent.settings)
        own_settings = build.settings(data.get("settings"))
        for key, problem in settings_problems(own_settings, settings):
            build.add(("settings", key), problem)
        settings.update(own_settings)
        build.visible_settings = settings
        allow = build.list_spec(data.get("allow"), "allow")
        deny = build.list_spec(data.get("deny"), "deny")
        own_rules = build.rules(data.get("rules"))

        merged: dict[str, Rule] = {}
        for parent in parents:
            for rule in parent.rules:
                merged[rule.id] = rule  # a later parent wins by id, in place
        if allow is not None:
            merged[ALLOW_RULE_ID] = build.list_rule("allow", allow)
        if deny is not None:
            merged[DENY_RULE_ID] = build.list_rule("deny", deny)
        for rule in own_rules:
            merged[rule.id] = rule
        observations: dict[str, Severity] = {}
        for parent in parents:
            observations.update(parent.observations)
        observations.update(build.observations(data.get("observations")))
        overrides = build.overrides(data.get("overrides"), merged)
        for override in overrides:
            if override.rule not in merged:  # an observation: only its severity can change
                if override.severity is not None:
                    observations[override.rule] = override.severity
                continue
            rule = merged[override.rule]
            merged[override.rule] = dataclasses.replace(
                rule,
                severity=override.severity if override.severity is not None else rule.severity,
                enabled=override.enabled if override.enabled is not None else rule.enabled,
            )

        problems = located(doc, [*schema_problems, *build.problems])
        if problems:
            raise PolicyError(doc.path, sorted(problems, key=lambda p: p[0] or 0))
        inherited_allow = next((p.allow for p in reversed(parents) if p.allow), None)
        inherited_deny = next((p.deny for p in reversed(parents) if p.deny), None)
        policy = Policy(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            sha256="",
            source=doc.path,
            settings=settings,
            allow=allow if allow is not None else inherited_allow,
            deny=deny if deny is not None else inherited_deny,
            rules=_ordered(merged),
            overrides=tuple(
                dict.fromkeys([*(o for p in parents for o in p.overrides), *overrides])
            ),
            extends=tuple(p.source for p in parents),
            observations=observations,
        )
        if parents:
            canonical = json.dumps(
                policy_to_data(policy), sort_keys=True, separators=(",", ":"), ensure_ascii=False
            )
            digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        else:
            digest = hashlib.sha256(raw).hexdigest()
        return dataclasses.replace(policy, sha256=digest)

    def _parents(
        self, data: dict[str, object], check: PolicyBuilder, base_dir: Path
    ) -> list[Policy]:
        raw = data.get("extends")
        if raw is None:
            return []
        entries: list[tuple[Pointer, object]]
        if isinstance(raw, str):
            entries = [(("extends",), raw)]
        elif isinstance(raw, list):
            entries = [(("extends", i), item) for i, item in enumerate(raw)]
        else:
            return []  # the schema said what `extends` must be
        parents: list[Policy] = []
        for pointer, ref in entries:
            if not isinstance(ref, str) or not ref.strip() or "\x00" in ref:
                if check.clean(pointer):
                    check.add(pointer, "an `extends` entry must be a preset name or a file path")
                continue
            if _is_preset_name(ref):
                target = self.presets_dir / f"{ref}.yaml"
            else:
                target = Path(ref) if Path(ref).is_absolute() else base_dir / ref
            try:
                key = target.resolve()
            except (OSError, RuntimeError, ValueError) as err:
                check.add(pointer, f"cannot resolve {ref!r} ({err})")
                continue
            if key in self.stack:
                chain = [p.name for p in self.stack[self.stack.index(key) :]] + [key.name]
                check.add(pointer, f"`extends` cycle: {' -> '.join(chain)}")
                continue
            if _is_preset_name(ref) and not target.is_file():
                known = ", ".join(preset_names(self.presets_dir)) or "none"
                check.add(pointer, f"no policy preset named {ref!r} (presets: {known})")
                continue
            try:
                parents.append(self.load_path(target))
            except PolicyError as err:
                check.add(pointer, f"cannot extend {ref!r}:")
                for line, msg in err.problems:
                    where = f"{err.path}:{line}" if line is not None else err.path
                    check.add(pointer, f"  {where}: {msg}")
        return parents


def _ordered(merged: dict[str, Rule]) -> tuple[Rule, ...]:
    """Rules in inheritance then file order (a replaced rule keeps its place), allow/deny first."""
    head = [i for i in (ALLOW_RULE_ID, DENY_RULE_ID) if i in merged]
    return tuple(merged[i] for i in head + [i for i in merged if i not in head])


def _is_bundled(path: Path) -> bool:
    """A preset shipped with the tool: tested against the schema, so trusted to follow it."""
    return path.parent == policies_dir().resolve()
