"""Policy engine: is this model acceptable for this organization, and why not."""

from auditor.policy.engine import RuleOutcome, evaluate, to_finding
from auditor.policy.explain import explain_policy
from auditor.policy.load import load_policy, parse_policy, preset_names, validate_policy_file
from auditor.policy.model import Policy, Rule

__all__ = [
    "Policy",
    "Rule",
    "RuleOutcome",
    "evaluate",
    "explain_policy",
    "load_policy",
    "parse_policy",
    "preset_names",
    "to_finding",
    "validate_policy_file",
]
