"""Builds rules and conditions from a policy's values, checking what its schema cannot say.

policies/schema.json has said what shape each value has; here come the checks that need more
than one value or knowledge outside the file: the facts placeholders name, `policy.<setting>`
against the settings in force, whether an operator suits its fact's type and values, real
dates, duplicate rule ids and overrides of rules that exist. A part the schema already found
wrong is skipped, so one mistake is reported once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.located_yaml import LocatedYaml, Pointer
from auditor.fileio.schema_check import SchemaProblem, did_you_mean
from auditor.model import Category, Severity
from auditor.policy.license_ids import resolve_license_id, unknown_license_problem
from auditor.policy.model import (
    ALLOW_RULE_ID,
    DENY_RULE_ID,
    REFERENCE_FIELDS,
    AllOf,
    Always,
    AnyOf,
    Comparison,
    Condition,
    FactRef,
    LicenseList,
    ListSpec,
    Not,
    Op,
    Operand,
    Override,
    Placeholder,
    Reference,
    Rule,
    multiple_problem,
    parse_template,
)
from auditor.policy.observations import OBSERVATIONS, is_observation, observation_problem
from auditor.policy.vocabulary import (
    FACTS,
    FactSpec,
    FactType,
    code_value_problem,
    fact_spec,
    parse_date,
    value_problem,
)

_ISO_DATE = lazy_pattern(r"\d{4}-\d{2}-\d{2}")
_NUMERIC_OPS = (Op.GT, Op.GTE, Op.LT, Op.LTE)
_DATE_OPS = (Op.BEFORE, Op.AFTER)
_LIST_OPERAND_OPS = (Op.IN, Op.NOT_IN, Op.CONTAINS_ANY, Op.CONTAINS_ALL)
_LIST_FACT_OPS = (Op.CONTAINS, Op.CONTAINS_ANY, Op.CONTAINS_ALL)
_OPS = frozenset(op.value for op in Op)


class PolicyBuilder:
    """Turns one file's values into policy values, collecting (pointer, message) problems."""

    def __init__(self, doc: LocatedYaml, schema_errors: set[Pointer]) -> None:
        self.doc = doc
        self.source = doc.path
        self.schema_errors = schema_errors
        self.problems: list[SchemaProblem] = []
        self.visible_settings: dict[str, object] = {}
        self.declared_ids: set[str] = set()  # ids of this file's rules, even broken ones

    def add(self, pointer: Pointer, message: str) -> None:
        self.problems.append((pointer, message))

    def clean(self, pointer: Pointer) -> bool:
        """No schema error at or under `pointer`."""
        size = len(pointer)
        return not any(error[:size] == pointer for error in self.schema_errors)

    # --- settings, allow/deny ------------------------------------------------------------------

    def settings(self, raw: object) -> dict[str, object]:
        if not isinstance(raw, dict):
            return {}
        result: dict[str, object] = {}
        for key, value in raw.items():
            if not self.clean(("settings", key)):
                continue
            values = value if isinstance(value, list) else [value]
            if any(isinstance(v, float) and not math.isfinite(v) for v in values):
                self.add(("settings", key), f"setting {key!r} must be a finite number")
                continue
            result[key] = value
        return result

    def list_spec(self, raw: object, key: str) -> ListSpec | None:
        """An `allow:` / `deny:` block, its license names resolved to the ids audits report
        (a Hub tag, SPDX id in any case, alias or record id; an unknown one is a problem)."""
        if not isinstance(raw, dict) or not self.clean((key,)):
            return None
        licenses: list[str] = []
        for i, item in enumerate(raw.get("licenses", [])):
            name = str(item).strip()
            resolved = resolve_license_id(name)
            if resolved is None:
                self.add((key, "licenses", i), unknown_license_problem(name))
            elif resolved not in licenses:
                licenses.append(resolved)
        kinds = raw.get("kinds", [])
        return ListSpec(licenses=tuple(licenses), kinds=tuple(str(item) for item in kinds))

    def list_rule(self, mode: str, spec: ListSpec) -> Rule:
        """The rule an `allow:` or `deny:` block stands for."""
        condition = LicenseList(mode=mode, licenses=spec.licenses, kinds=spec.kinds)
        allow = mode == "allow"
        return Rule(
            id=ALLOW_RULE_ID if allow else DENY_RULE_ID,
            severity=Severity.BLOCK,
            category=Category.LICENSE,
            when=condition,
            message="{effective.name} is not covered by the policy's allow list"
            if allow
            else "{effective.name} is denied by the policy",
            remediation=(
                "Choose a model whose licenses are all on the allow list, or record a waiver "
                "approved by legal."
            )
            if allow
            else "Choose a model under another license, or record a waiver approved by legal.",
            evidence=("effective.ids",),
            source=self.source,
            line=self.doc.line((mode,)),
        )

    # --- rules ---------------------------------------------------------------------------------

    def rules(self, raw: object) -> list[Rule]:
        if not isinstance(raw, list):
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
            if rule is not None and not duplicate:
                rules.append(rule)
        return rules

    def rule(self, raw: object, pointer: Pointer) -> Rule | None:
        if not isinstance(raw, dict):
            return None
        before = len(self.problems)
        rule_id = raw.get("id")
        if isinstance(rule_id, str):
            self.declared_ids.add(rule_id)
        when: Condition | None = Always()
        if "when" in raw:
            when = self.condition(raw["when"], (*pointer, "when"))
        for key in ("message", "remediation"):
            if isinstance(raw.get(key), str):
                self.template(raw[key], (*pointer, key))
        evidence = raw.get("evidence", [])
        for i, path in enumerate(evidence if isinstance(evidence, list) else []):
            if self.clean((*pointer, "evidence", i)):
                self.fact((*pointer, "evidence", i), path)
        references = self.references(raw.get("references"), (*pointer, "references"))
        effective_from = raw.get("effective_from")
        where: Pointer = (*pointer, "effective_from")
        if isinstance(effective_from, str) and self.clean(where) and not parse_date(effective_from):
            self.add(where, f"`effective_from` must be a real date, not {effective_from!r}")
        if len(self.problems) > before or not self.clean(pointer):
            return None
        if when is None or not isinstance(rule_id, str):
            self.add(pointer, "invalid rule (see policies/schema.json)")  # a trusted file only
            return None
        remediation = raw.get("remediation")
        return Rule(
            id=rule_id,
            severity=Severity(raw["severity"]),
            category=Category(raw["category"]),
            when=when,
            message=str(raw["message"]),
            remediation=remediation if isinstance(remediation, str) else None,
            evidence=tuple(str(path) for path in evidence),
            references=references,
            effective_from=effective_from if isinstance(effective_from, str) else None,
            obligation=bool(raw.get("obligation", False)),
            source=self.source,
            line=self.doc.line(pointer),
        )

    def references(self, raw: object, pointer: Pointer) -> tuple[Reference, ...]:
        out: list[Reference] = []
        for i, item in enumerate(raw if isinstance(raw, list) else []):
            if not isinstance(item, dict):
                continue
            fields: dict[str, str] = {}
            for key in REFERENCE_FIELDS:
                value = item.get(key)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    value = str(value)  # `clause: 2` reads as a number in YAML
                if isinstance(value, str):
                    self.template(value, (*pointer, i, key))
                    fields[key] = value
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
                f"unknown {what} {path!r}{did_you_mean(path, names)} "
                "(see docs/policy-facts.md; policy.<setting> names a setting of the policy)",
            )
        return None

    # --- conditions ----------------------------------------------------------------------------

    def condition(self, raw: object, pointer: Pointer) -> Condition | None:
        """The condition, or None when it is wrong (reported here or by the schema)."""
        if not isinstance(raw, dict):
            return None
        if "fact" in raw:
            return self.comparison(raw, pointer) if self.clean(pointer) else None
        built: Condition | None = None
        for key, value in raw.items():
            if key == "not":
                inner = self.condition(value, (*pointer, key))
                built = Not(inner) if inner is not None else None
            elif key in ("all", "any") and isinstance(value, list):
                items = [self.condition(item, (*pointer, key, i)) for i, item in enumerate(value)]
                clean = tuple(c for c in items if c is not None)
                if len(clean) == len(items) and clean:
                    built = AllOf(clean) if key == "all" else AnyOf(clean)
        return built if len(raw) == 1 and self.clean(pointer) else None

    def comparison(self, raw: dict[str, object], pointer: Pointer) -> Condition | None:
        ops = [k for k in raw if k != "fact"]
        if len(ops) != 1 or ops[0] not in _OPS:
            return None
        spec = self.fact((*pointer, "fact"), raw["fact"])
        op = Op(ops[0])
        where: Pointer = (*pointer, op.value)
        value = raw[op.value]
        operand: Operand
        if isinstance(value, dict):
            if self.fact((*where, "fact"), value.get("fact")) is None:
                return None
            times = value.get("times")
            if times is not None and (problem := multiple_problem(op, times)) is not None:
                self.add((*where, "times"), problem)
                return None
            operand = FactRef(str(value["fact"]), None if times is None else float(times))
        elif isinstance(value, list):
            operand = tuple(value)
        elif isinstance(value, str | int | float | bool):
            operand = value
        else:
            return None
        if spec is None:
            return None
        fact = str(raw["fact"])
        if not self.compatible(fact, spec, op, operand, where):
            return None
        return Comparison(fact=fact, op=op, value=operand)

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
        if op in (Op.EQ, Op.NE) and kind is FactType.LIST and operand in ([], ()):
            return True  # `eq: []` / `ne: []`: the list is (not) empty
        if op not in _LIST_FACT_OPS and kind is FactType.LIST:
            self.add(
                pointer,
                f"{fact} is a list: use contains, contains_any or contains_all (or eq / ne: [])",
            )
            return False
        if op in _NUMERIC_OPS and not (kind is FactType.NUMBER or any_kind):
            self.add(pointer, f"`{op.value}` compares numbers; {fact} is a {kind.value}")
            return False
        if op in _DATE_OPS and not (kind is FactType.DATE or any_kind):
            self.add(pointer, f"`{op.value}` compares dates; {fact} is a {kind.value}")
            return False
        if isinstance(operand, FactRef):
            return self._compatible_ref(fact, kind, op, operand, pointer)
        ok = True
        for value in operand if isinstance(operand, tuple) else (operand,):
            problem = value_problem(kind, value, spec.values) or code_value_problem(fact, value)
            if problem:
                self.add(pointer, f"{fact}: {problem}")
                ok = False
        return ok

    def _compatible_ref(
        self, fact: str, kind: FactType, op: Op, operand: FactRef, pointer: Pointer
    ) -> bool:
        other = fact_spec(operand.path, self.visible_settings)
        if other is None or other.type is FactType.ANY or kind is FactType.ANY:
            return True
        wants_list = op in _LIST_OPERAND_OPS
        if wants_list != (other.type is FactType.LIST):
            shape = "a list" if wants_list else "a single value"
            self.add(pointer, f"`{op.value}` needs {shape}; {operand.path} is a {other.type.value}")
            return False
        if not wants_list and op is not Op.CONTAINS and other.type is not kind:
            self.add(
                pointer, f"{fact} ({kind.value}) compared with {operand.path} ({other.type.value})"
            )
            return False
        return True

    # --- overrides -----------------------------------------------------------------------------

    def observations(self, raw: object) -> dict[str, Severity]:
        """The `observations:` block: a severity per catalogued observation id."""
        out: dict[str, Severity] = {}
        for key, value in raw.items() if isinstance(raw, dict) else []:
            pointer: Pointer = ("observations", key)
            if not self.clean(pointer):
                continue
            problem = observation_problem(str(key))
            if problem is not None:
                self.add(pointer, problem)
            elif isinstance(value, str) and value in {s.value for s in Severity}:
                out[str(key)] = Severity(value)
            else:
                self.add(pointer, f"severity of {key!r} must be block, warn or info")
        return out

    def overrides(self, raw: object, rules: Mapping[str, Rule]) -> list[Override]:
        out: list[Override] = []
        for i, item in enumerate(raw if isinstance(raw, list) else []):
            pointer: Pointer = ("overrides", i)
            rule_id = item.get("rule") if isinstance(item, dict) else None
            if not isinstance(item, dict) or not isinstance(rule_id, str):
                continue
            if rule_id not in rules and is_observation(rule_id):
                if item.get("enabled") is False and self.clean(pointer):
                    self.add(
                        (*pointer, "enabled"),
                        f"observation {rule_id!r} cannot be turned off; set its severity to "
                        "info instead",
                    )
                    continue
            elif rule_id not in rules:
                if rule_id not in self.declared_ids and self.clean((*pointer, "rule")):
                    hint = did_you_mean(rule_id, [*rules, *OBSERVATIONS])
                    self.add((*pointer, "rule"), f"override of unknown rule {rule_id!r}{hint}")
                continue
            if not self.clean(pointer):
                continue
            severity = item.get("severity")
            enabled = item.get("enabled")
            reason = item.get("reason")
            out.append(
                Override(
                    rule=rule_id,
                    source=self.source,
                    line=self.doc.line(pointer),
                    severity=Severity(severity) if severity is not None else None,
                    enabled=enabled if isinstance(enabled, bool) else None,
                    reason=reason if isinstance(reason, str) else None,
                )
            )
        return out
