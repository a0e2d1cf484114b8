"""Loads policy YAML into a Policy: resolves `extends`, applies overrides, reports every problem."""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import math
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TypeGuard, TypeVar

import yaml

from auditor.errors import InputFileError, PolicyError
from auditor.fileio.located_yaml import (
    SAFE_LOADER,
    LocatedYaml,
    Pointer,
    parse_located_yaml,
    read_located_yaml,
)
from auditor.model import Category, Severity
from auditor.policy.model import (
    ALLOW_RULE_ID,
    DENY_RULE_ID,
    FACTS,
    LICENSE_KINDS,
    POLICY_VERSION,
    REFERENCE_FIELDS,
    RESERVED_RULE_IDS,
    RULE_CATEGORIES,
    SETTING_NAME,
    AllOf,
    Always,
    AnyOf,
    Comparison,
    Condition,
    FactRef,
    FactSpec,
    FactType,
    LicenseList,
    ListSpec,
    Not,
    Op,
    Operand,
    Override,
    Placeholder,
    Policy,
    Reference,
    Rule,
    Scalar,
    fact_spec,
    parse_template,
    policy_to_data,
)
from auditor.resources import policies_dir

Problem = tuple[int | None, str]
_E = TypeVar("_E", Severity, Category)

_TOP_KEYS = (
    "version",
    "name",
    "description",
    "extends",
    "settings",
    "allow",
    "deny",
    "rules",
    "overrides",
)
_RULE_KEYS = (
    "id",
    "severity",
    "category",
    "when",
    "message",
    "remediation",
    "evidence",
    "references",
    "effective_from",
    "obligation",
)
_OVERRIDE_KEYS = ("rule", "severity", "enabled", "reason")
_LIST_KEYS = ("licenses", "kinds")
_COMBINATORS = ("all", "any", "not")
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PRESET_NAME = _KEBAB
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_NUMERIC_OPS = (Op.GT, Op.GTE, Op.LT, Op.LTE)
_DATE_OPS = (Op.BEFORE, Op.AFTER)
_LIST_OPERAND_OPS = (Op.IN, Op.NOT_IN, Op.CONTAINS_ANY, Op.CONTAINS_ALL)
_LIST_FACT_OPS = (Op.CONTAINS, Op.CONTAINS_ANY, Op.CONTAINS_ALL)


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
    except (ValueError, OverflowError) as err:  # NOTE: yamlio lets constructor errors through
        raise PolicyError(path, _value_problems(text, err)) from err
    loader = _Loader(presets_dir if presets_dir is not None else policies_dir())
    return loader.parse(doc, text.encode("utf-8"), base_dir or Path())


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
        except (ValueError, OverflowError) as err:  # NOTE: e.g. `2025-13-01`, a bad timestamp
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
            raise PolicyError(str(path), _value_problems(text, err)) from err
        except OSError as err:
            raise PolicyError(str(path), [(None, f"cannot read ({err})")]) from err
        self.stack.append(key)
        try:
            policy = self.parse(doc, raw, key.parent)
        finally:
            self.stack.pop()
        self.cache[key] = policy
        return policy

    def parse(self, doc: LocatedYaml, raw: bytes, base_dir: Path) -> Policy:
        check = _Checker(doc)
        data = doc.data
        if not isinstance(data, dict):
            raise PolicyError(
                doc.path,
                [(doc.line(()), "a policy is a mapping with version, name and rules")],
            )
        check.unknown_keys(data, (), _TOP_KEYS, "policy")
        if "version" not in data:
            check.add((), f"missing `version: {POLICY_VERSION}`")
        elif data["version"] != POLICY_VERSION or isinstance(data["version"], bool):
            check.add(
                ("version",),
                f"unsupported policy version {data['version']!r}; expected {POLICY_VERSION}",
            )
        name = check.text(data, "name", required=True)
        if name is not None and not _KEBAB.fullmatch(name):
            check.add(("name",), f"name {name!r} must be kebab-case (e.g. my-policy)")
        description = check.text(data, "description", required=False) or ""

        parents = self._parents(data, check, base_dir)
        settings: dict[str, object] = {}
        for parent in parents:
            settings.update(parent.settings)
        settings.update(check.settings(data.get("settings")))
        check.visible_settings = settings

        allow = check.list_spec(data, "allow")
        deny = check.list_spec(data, "deny")
        own_rules = check.rules(data.get("rules"))

        merged: dict[str, Rule] = {}
        for parent in parents:
            for rule in parent.rules:
                merged[rule.id] = rule  # a later parent wins by id, in place
        if allow is not None:
            merged[ALLOW_RULE_ID] = _list_rule("allow", allow, doc, ("allow",))
        if deny is not None:
            merged[DENY_RULE_ID] = _list_rule("deny", deny, doc, ("deny",))
        for rule in own_rules:
            merged[rule.id] = rule
        overrides = check.overrides(data.get("overrides"), merged)
        for override in overrides:
            rule = merged[override.rule]
            merged[override.rule] = dataclasses.replace(
                rule,
                severity=override.severity if override.severity is not None else rule.severity,
                enabled=override.enabled if override.enabled is not None else rule.enabled,
            )

        if check.problems:
            raise PolicyError(doc.path, sorted(check.problems, key=lambda p: p[0] or 0))
        inherited_allow = next((p.allow for p in reversed(parents) if p.allow), None)
        inherited_deny = next((p.deny for p in reversed(parents) if p.deny), None)
        policy = Policy(
            name=name or "",
            description=description,
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
        )
        if parents:
            canonical = json.dumps(
                policy_to_data(policy), sort_keys=True, separators=(",", ":"), ensure_ascii=False
            )
            digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        else:
            digest = hashlib.sha256(raw).hexdigest()
        return dataclasses.replace(policy, sha256=digest)

    def _parents(self, data: dict[str, object], check: _Checker, base_dir: Path) -> list[Policy]:
        raw = data.get("extends")
        if raw is None:
            return []
        entries: list[tuple[Pointer, object]]
        if isinstance(raw, str):
            entries = [(("extends",), raw)]
        elif isinstance(raw, list):
            entries = [(("extends", i), item) for i, item in enumerate(raw)]
        else:
            check.add(("extends",), "`extends` must be a preset name, a path, or a list of them")
            return []
        parents: list[Policy] = []
        for pointer, ref in entries:
            if not isinstance(ref, str) or not ref.strip() or "\x00" in ref:
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


def _list_rule(mode: str, spec: ListSpec, doc: LocatedYaml, pointer: Pointer) -> Rule:
    condition = LicenseList(mode=mode, licenses=spec.licenses, kinds=spec.kinds)
    if mode == "allow":
        return Rule(
            id=ALLOW_RULE_ID,
            severity=Severity.BLOCK,
            category=Category.LICENSE,
            when=condition,
            message="{effective.id} is not covered by the policy's allow list",
            remediation=(
                "Choose a model whose licenses are all on the allow list, or record a waiver "
                "approved by legal."
            ),
            evidence=("effective.ids",),
            source=doc.path,
            line=doc.line(pointer),
        )
    return Rule(
        id=DENY_RULE_ID,
        severity=Severity.BLOCK,
        category=Category.LICENSE,
        when=condition,
        message="{effective.id} is denied by the policy",
        remediation="Choose a model under another license, or record a waiver approved by legal.",
        evidence=("effective.ids",),
        source=doc.path,
        line=doc.line(pointer),
    )


class _Checker:
    """Validates one file's values, collecting (line, message) problems instead of stopping."""

    def __init__(self, doc: LocatedYaml) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.visible_settings: dict[str, object] = {}
        self.declared_ids: set[str] = set()  # ids of this file's rules, even broken ones

    def add(self, pointer: Pointer, message: str) -> None:
        self.problems.append((self.doc.line(pointer), message))

    def unknown_keys(
        self, data: Mapping[str, object], pointer: Pointer, allowed: tuple[str, ...], what: str
    ) -> None:
        for key in data:
            if key not in allowed:
                hint = _did_you_mean(key, allowed)
                self.add(
                    (*pointer, key),
                    f"unknown key {key!r} in {what}{hint} (expected one of: {', '.join(allowed)})",
                )

    def text(self, data: Mapping[str, object], key: str, *, required: bool) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                self.add((), f"missing `{key}`")
            return None
        if not isinstance(value, str) or not value.strip():
            self.add((key,), f"`{key}` must be non-empty text")
            return None
        return value

    # --- settings, allow/deny ------------------------------------------------------------------

    def settings(self, raw: object) -> dict[str, object]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.add(("settings",), "`settings` must be a mapping of name: value")
            return {}
        result: dict[str, object] = {}
        for key, value in raw.items():
            pointer: Pointer = ("settings", key)
            if not SETTING_NAME.fullmatch(key):
                self.add(pointer, f"setting name {key!r} must be snake_case (e.g. max_days)")
                continue
            if _is_scalar(value) or (isinstance(value, list) and all(_is_scalar(v) for v in value)):
                result[key] = value
            else:
                self.add(pointer, f"setting {key!r} must be a number, text, true/false or a list")
        return result

    def list_spec(self, data: Mapping[str, object], key: str) -> ListSpec | None:
        raw = data.get(key)
        if raw is None:
            return None
        if not isinstance(raw, dict):
            self.add((key,), f"`{key}` must be a mapping with `licenses` and/or `kinds`")
            return None
        self.unknown_keys(raw, (key,), _LIST_KEYS, f"`{key}`")
        licenses = self.strings(raw.get("licenses"), (key, "licenses"))
        kinds = self.strings(raw.get("kinds"), (key, "kinds"))
        for i, kind in enumerate(kinds):
            if kind not in LICENSE_KINDS:
                self.add(
                    (key, "kinds", i),
                    f"unknown license kind {kind!r}{_did_you_mean(kind, sorted(LICENSE_KINDS))} "
                    f"(expected one of: {', '.join(sorted(LICENSE_KINDS))})",
                )
        if not licenses and not kinds:
            self.add((key,), f"`{key}` needs a non-empty `licenses` or `kinds` list")
        return ListSpec(licenses=licenses, kinds=kinds)

    def strings(self, raw: object, pointer: Pointer) -> tuple[str, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.add(pointer, f"`{pointer[-1]}` must be a list of text")
            return ()
        out: list[str] = []
        for i, item in enumerate(raw):
            if isinstance(item, str) and item.strip():
                out.append(item.strip())
            else:
                self.add((*pointer, i), f"expected text, got {_describe(item)}")
        return tuple(out)

    # --- rules ---------------------------------------------------------------------------------

    def rules(self, raw: object) -> list[Rule]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.add(("rules",), "`rules` must be a list of rules")
            return []
        rules: list[Rule] = []
        seen: dict[str, int | None] = {}
        for i, item in enumerate(raw):
            pointer: Pointer = ("rules", i)
            raw_id = item.get("id") if isinstance(item, dict) else None
            duplicate = isinstance(raw_id, str) and raw_id in seen
            if isinstance(raw_id, str) and not duplicate:
                seen[raw_id] = self.doc.line(pointer)
            elif duplicate:
                self.add(
                    (*pointer, "id"),
                    f"duplicate rule id {raw_id!r} (first on line {seen[str(raw_id)]})",
                )
            rule = self.rule(item, pointer)
            if rule is None or duplicate:
                continue
            rules.append(rule)
        return rules

    def rule(self, raw: object, pointer: Pointer) -> Rule | None:
        if not isinstance(raw, dict):
            self.add(pointer, "a rule is a mapping with id, severity, category, when and message")
            return None
        before = len(self.problems)
        self.unknown_keys(raw, pointer, _RULE_KEYS, "rule")
        rule_id = raw.get("id")
        if isinstance(rule_id, str):
            self.declared_ids.add(rule_id)
        if not isinstance(rule_id, str) or not _KEBAB.fullmatch(rule_id):
            self.add(
                (*pointer, "id") if "id" in raw else pointer,
                "rule `id` must be kebab-case text (e.g. mau-above-threshold)",
            )
            rule_id = None
        elif rule_id in RESERVED_RULE_IDS:
            self.add((*pointer, "id"), f"rule id {rule_id!r} is reserved for `allow`/`deny`")
        severity = self.enum(raw, pointer, "severity", Severity, tuple(Severity))
        category = self.enum(raw, pointer, "category", Category, RULE_CATEGORIES)
        when: Condition | None = Always()
        if "when" in raw:
            when = self.condition(raw["when"], (*pointer, "when"))
        message = raw.get("message")
        if not isinstance(message, str) or not message.strip():
            self.add(
                (*pointer, "message") if "message" in raw else pointer,
                "rule `message` must be non-empty text",
            )
            message = None
        else:
            self.template(message, (*pointer, "message"))
        remediation = raw.get("remediation")
        if remediation is not None:
            if not isinstance(remediation, str) or not remediation.strip():
                self.add((*pointer, "remediation"), "`remediation` must be non-empty text")
                remediation = None
            else:
                self.template(remediation, (*pointer, "remediation"))
        evidence = self.strings(raw.get("evidence"), (*pointer, "evidence"))
        for i, path in enumerate(evidence):
            self.fact((*pointer, "evidence", i), path)
        references = self.references(raw.get("references"), (*pointer, "references"))
        effective_from = self.date_field(raw.get("effective_from"), (*pointer, "effective_from"))
        obligation = raw.get("obligation", False)
        if not isinstance(obligation, bool):
            self.add((*pointer, "obligation"), "`obligation` must be true or false")
            obligation = False
        if (
            len(self.problems) > before
            or rule_id is None
            or severity is None
            or category is None
            or when is None
            or message is None
        ):
            return None
        return Rule(
            id=rule_id,
            severity=severity,
            category=category,
            when=when,
            message=message,
            remediation=remediation,
            evidence=evidence,
            references=references,
            effective_from=effective_from,
            obligation=obligation,
            source=self.doc.path,
            line=self.doc.line(pointer),
        )

    def enum(
        self,
        raw: Mapping[str, object],
        pointer: Pointer,
        key: str,
        kind: type[_E],
        allowed: tuple[_E, ...],
    ) -> _E | None:
        value = raw.get(key)
        names = [a.value for a in allowed]
        if value is None:
            self.add(pointer, f"rule without `{key}` (one of: {', '.join(names)})")
            return None
        if not isinstance(value, str) or value not in names:
            hint = _did_you_mean(str(value), names)
            self.add((*pointer, key), f"unknown {key} {value!r}{hint} (one of: {', '.join(names)})")
            return None
        return kind(value)

    def date_field(self, raw: object, pointer: Pointer) -> str | None:
        if raw is None:
            return None
        if not isinstance(raw, str) or _parse_date(raw) is None:
            self.add(pointer, f"expected an ISO date (YYYY-MM-DD), got {raw!r}")
            return None
        return raw

    def references(self, raw: object, pointer: Pointer) -> tuple[Reference, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.add(pointer, "`references` must be a list of mappings")
            return ()
        out: list[Reference] = []
        for i, item in enumerate(raw):
            where: Pointer = (*pointer, i)
            if not isinstance(item, dict) or not item:
                self.add(where, f"a reference is a mapping of {', '.join(REFERENCE_FIELDS)}")
                continue
            self.unknown_keys(item, where, REFERENCE_FIELDS, "reference")
            fields: dict[str, str] = {}
            for key in REFERENCE_FIELDS:
                value = item.get(key)
                if value is None:
                    continue
                if isinstance(value, int | float) and not isinstance(value, bool):
                    value = str(value)  # `clause: 2` reads as a number in YAML
                if not isinstance(value, str) or not value.strip():
                    self.add((*where, key), f"reference `{key}` must be text")
                    continue
                if key == "url" and not re.match(r"https?://\S+$", value):
                    self.add((*where, key), f"reference url must start with https://: {value!r}")
                    continue
                self.template(value, (*where, key))
                fields[key] = value
            if fields:
                out.append(Reference(**fields))
        return tuple(out)

    def template(self, text: str, pointer: Pointer) -> None:
        parts, errors = parse_template(text)
        for error in errors:
            self.add(pointer, error)
        for part in parts:
            if isinstance(part, Placeholder):
                self.fact(pointer, part.path, what="placeholder")

    def fact(self, pointer: Pointer, path: object, what: str = "fact") -> FactSpec | None:
        if not isinstance(path, str) or not path:
            self.add(pointer, f"a {what} must name a fact (e.g. deployment.mau)")
            return None
        spec = fact_spec(path, self.visible_settings)
        if spec is not None:
            return spec
        if path.startswith("policy."):
            known = ", ".join(sorted(self.visible_settings)) or "none"
            self.add(pointer, f"unknown {what} {path!r}: no such setting (settings: {known})")
        else:
            names = [*FACTS, *(f"policy.{k}" for k in self.visible_settings)]
            self.add(
                pointer,
                f"unknown {what} {path!r}{_did_you_mean(path, names)} "
                "(see docs/policy-facts.md; attestations.<name> and policy.<setting> are open)",
            )
        return None

    # --- conditions ----------------------------------------------------------------------------

    def condition(self, raw: object, pointer: Pointer) -> Condition | None:
        if not isinstance(raw, dict) or not raw:
            self.add(
                pointer,
                "a condition is a mapping: {all: [...]}, {any: [...]}, "
                "{not: {...}} or {fact: ..., <operator>: ...}",
            )
            return None
        if "fact" in raw:
            return self.comparison(raw, pointer)
        present = [k for k in raw if k in _COMBINATORS]
        if len(present) != 1 or len(raw) != 1:
            extra = [k for k in raw if k not in _COMBINATORS]
            if extra:
                ops = [o.value for o in Op]
                self.add(
                    (*pointer, extra[0]),
                    f"unknown key {extra[0]!r} in condition{_did_you_mean(extra[0], ops)}: a "
                    "condition has exactly one of all, any, not, or `fact` with an operator",
                )
            else:
                self.add(pointer, "a condition has exactly one of all, any or not")
            return None
        key = present[0]
        value = raw[key]
        if key == "not":
            inner = self.condition(value, (*pointer, key))
            return Not(inner) if inner is not None else None
        if not isinstance(value, list) or not value:
            self.add((*pointer, key), f"`{key}` takes a non-empty list of conditions")
            return None
        items = [self.condition(item, (*pointer, key, i)) for i, item in enumerate(value)]
        clean = tuple(c for c in items if c is not None)
        if len(clean) != len(items):
            return None
        return AllOf(clean) if key == "all" else AnyOf(clean)

    def comparison(self, raw: dict[str, object], pointer: Pointer) -> Condition | None:
        spec = self.fact((*pointer, "fact"), raw["fact"])
        op_keys = [k for k in raw if k != "fact"]
        op_names = [o.value for o in Op]
        bad = [k for k in op_keys if k not in op_names]
        for key in bad:
            self.add(
                (*pointer, key),
                f"unknown operator {key!r}{_did_you_mean(key, op_names)} "
                f"(one of: {', '.join(op_names)})",
            )
        if bad:
            return None
        if len(op_keys) != 1:
            self.add(
                pointer,
                "a comparison has `fact` and exactly one operator "
                f"(got {len(op_keys)}: {', '.join(op_keys) or 'none'})",
            )
            return None
        op = Op(op_keys[0])
        where: Pointer = (*pointer, op.value)
        operand = self.operand(raw[op.value], where, op)
        if spec is None or operand is None:
            return None
        fact = str(raw["fact"])
        if not self.compatible(fact, spec, op, operand, where):
            return None
        return Comparison(fact=fact, op=op, value=operand)

    def operand(self, raw: object, pointer: Pointer, op: Op) -> Operand | None:
        if isinstance(raw, dict):
            if set(raw) != {"fact"}:
                self.add(pointer, "a fact operand is written {fact: dotted.name}")
                return None
            ref = raw["fact"]
            if self.fact((*pointer, "fact"), ref) is None:
                return None
            return FactRef(str(ref))
        if op is Op.EXISTS:
            if not isinstance(raw, bool):
                self.add(pointer, f"`exists` takes true or false, got {_describe(raw)}")
                return None
            return raw
        if isinstance(raw, list):
            if op not in _LIST_OPERAND_OPS:
                self.add(pointer, f"`{op.value}` compares with one value, not a list")
                return None
            if not raw:
                self.add(pointer, f"`{op.value}` needs a non-empty list")
                return None
            items: list[Scalar] = []
            for i, item in enumerate(raw):
                if not _is_scalar(item):
                    self.add((*pointer, i), f"expected a plain value, got {_describe(item)}")
                    return None
                items.append(item)
            return tuple(items)
        if not _is_scalar(raw):
            self.add(pointer, f"expected a value or {{fact: ...}}, got {_describe(raw)}")
            return None
        if op in _LIST_OPERAND_OPS:
            self.add(pointer, f"`{op.value}` needs a list, e.g. [a, b]")
            return None
        return raw

    def compatible(
        self, fact: str, spec: FactSpec, op: Op, operand: Operand, pointer: Pointer
    ) -> bool:
        """Check that the operator suits the fact's type and the operand's values."""
        kind = spec.type
        any_kind = kind is FactType.ANY
        if op is Op.EXISTS:
            return True
        if op in _LIST_FACT_OPS and not (kind is FactType.LIST or any_kind):
            self.add(pointer, f"`{op.value}` tests a list fact; {fact} is a {kind.value}")
            return False
        if op not in _LIST_FACT_OPS and kind is FactType.LIST:
            self.add(pointer, f"{fact} is a list: use contains, contains_any or contains_all")
            return False
        if op in _NUMERIC_OPS and not (kind is FactType.NUMBER or any_kind):
            self.add(pointer, f"`{op.value}` compares numbers; {fact} is a {kind.value}")
            return False
        if op in _DATE_OPS and not (kind is FactType.DATE or any_kind):
            self.add(pointer, f"`{op.value}` compares dates; {fact} is a {kind.value}")
            return False
        if isinstance(operand, FactRef):
            other = fact_spec(operand.path, self.visible_settings)
            if other is None or other.type is FactType.ANY or any_kind:
                return True
            wants_list = op in (Op.IN, Op.NOT_IN, Op.CONTAINS_ANY, Op.CONTAINS_ALL)
            if wants_list != (other.type is FactType.LIST):
                shape = "a list" if wants_list else "a single value"
                self.add(
                    pointer, f"`{op.value}` needs {shape}; {operand.path} is a {other.type.value}"
                )
                return False
            if not wants_list and op is not Op.CONTAINS and other.type is not kind:
                self.add(
                    pointer,
                    f"{fact} ({kind.value}) compared with {operand.path} ({other.type.value})",
                )
                return False
            return True
        values = operand if isinstance(operand, tuple) else (operand,)
        ok = True
        for value in values:
            problem = _value_problem(kind, value, spec.values)
            if problem:
                self.add(pointer, f"{fact}: {problem}")
                ok = False
        return ok

    # --- overrides -----------------------------------------------------------------------------

    def overrides(self, raw: object, rules: Mapping[str, Rule]) -> list[Override]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.add(("overrides",), "`overrides` must be a list of {rule: id, ...} mappings")
            return []
        out: list[Override] = []
        for i, item in enumerate(raw):
            pointer: Pointer = ("overrides", i)
            if not isinstance(item, dict):
                self.add(
                    pointer, "an override is a mapping: {rule: id, severity: ..., enabled: ...}"
                )
                continue
            before = len(self.problems)
            self.unknown_keys(item, pointer, _OVERRIDE_KEYS, "override")
            rule_id = item.get("rule")
            if not isinstance(rule_id, str):
                self.add(pointer, "override without `rule: <rule id>`")
            elif rule_id not in rules and rule_id not in self.declared_ids:
                hint = _did_you_mean(rule_id, list(rules))
                self.add((*pointer, "rule"), f"override of unknown rule {rule_id!r}{hint}")
            severity: Severity | None = None
            if "severity" in item:
                severity = self.enum(item, pointer, "severity", Severity, tuple(Severity))
            enabled = item.get("enabled")
            if enabled is not None and not isinstance(enabled, bool):
                self.add((*pointer, "enabled"), "`enabled` must be true or false")
            if "severity" not in item and "enabled" not in item:
                self.add(pointer, "an override changes `severity` or `enabled`")
            reason = item.get("reason")
            if reason is not None and (not isinstance(reason, str) or not reason.strip()):
                self.add((*pointer, "reason"), "`reason` must be non-empty text")
            if len(self.problems) > before or not isinstance(rule_id, str) or rule_id not in rules:
                continue
            out.append(
                Override(
                    rule=rule_id,
                    source=self.doc.path,
                    line=self.doc.line(pointer),
                    severity=severity,
                    enabled=enabled if isinstance(enabled, bool) else None,
                    reason=reason if isinstance(reason, str) else None,
                )
            )
        return out


def _value_problem(kind: FactType, value: Scalar, allowed: frozenset[str] | None) -> str | None:
    """Why a literal cannot be compared with a fact of this kind, or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a usable number"
    if kind is FactType.ANY:
        return None
    if kind is FactType.BOOL:
        return None if isinstance(value, bool) else f"expects true or false, got {value!r}"
    if kind is FactType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"expects a number, got {value!r}"
        return None
    if kind is FactType.DATE:
        if not isinstance(value, str) or _parse_date(value) is None:
            return f"expects an ISO date (YYYY-MM-DD), got {value!r}"
        return None
    if not isinstance(value, str):
        return f"expects text, got {value!r}"
    if allowed is not None and value.casefold() not in allowed:
        hint = _did_you_mean(value.casefold(), sorted(allowed))
        return f"unknown value {value!r}{hint} (one of: {', '.join(sorted(allowed))})"
    return None


def _value_problems(text: str, err: Exception) -> list[Problem]:
    """Locate the scalars the YAML constructor rejects (`2027-02-30` is a bad timestamp)."""
    found: list[Problem] = []
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        root = None
    constructor = yaml.SafeLoader("")
    stack: list[yaml.Node] = [root] if root is not None else []
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                constructor.construct_object(node, deep=True)
            except (ValueError, OverflowError, yaml.YAMLError) as bad:
                what = "ISO date (YYYY-MM-DD)" if node.tag.endswith(":timestamp") else "value"
                found.append(
                    (node.start_mark.line + 1, f"not a valid {what}: {node.value!r} ({bad})")
                )
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
    return sorted(found, key=lambda p: p[0] or 0) or [(None, f"invalid YAML value: {err}")]


def _parse_date(text: str) -> date | None:
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _is_scalar(value: object) -> TypeGuard[Scalar]:
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str | int | bool)


def _describe(value: object) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""
