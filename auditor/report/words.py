"""Plain words for the result contract's closed vocabularies: verdicts, severities, terms.

Shared by every human-facing format. `KIND_WORDS` and `describe_term` say the same as
`auditor.knowledge.explain` (a test keeps them equal) so that no renderer imports the
knowledge base: a saved result renders alone.
"""

from __future__ import annotations

from auditor.model import Severity, Verdict

NO_POLICY_NOTE = (
    "No policy was applied: this verdict covers evidence and license identification only. "
    "License terms (commercial use, user caps, use restrictions) were not judged against a "
    "deployment."
)

VERDICT_WORDS = {
    Verdict.PASS: "Pass: no blocking or warning findings",
    Verdict.WARN: "Pass with warnings: review the warnings before adoption",
    Verdict.FAIL: "Fail: at least one model has a blocking finding",
    Verdict.ERROR: "Incomplete: at least one model could not be audited",
}

VERDICT_LABELS = {
    Verdict.PASS: "Pass",
    Verdict.WARN: "Pass with warnings",
    Verdict.FAIL: "Fail",
    Verdict.ERROR: "Incomplete",
}
"""Short words for a verdict badge; the badge never relies on its colour alone."""

VERDICT_ICONS = {Verdict.PASS: "✔", Verdict.WARN: "▲", Verdict.FAIL: "✖", Verdict.ERROR: "?"}

SEVERITY_LABELS = {Severity.BLOCK: "Block", Severity.WARN: "Warning", Severity.INFO: "Info"}
SEVERITY_ICONS = {Severity.BLOCK: "✖", Severity.WARN: "▲", Severity.INFO: "i"}
SEVERITY_GROUPS = {
    Severity.BLOCK: "Blocking findings",
    Severity.WARN: "Warnings",
    Severity.INFO: "Information",
}
SEVERITY_HINTS = {
    Severity.BLOCK: "The model may not be used until these are resolved or waived.",
    Severity.WARN: "Review these before adoption; they do not fail the audit.",
    Severity.INFO: "For the record; no action is required by the policy.",
}

TERM_LABELS = {
    "kind": "License kind",
    "commercial_use": "Commercial use",
    "mau_threshold": "Monthly-active-user cap",
    "revenue_threshold_usd": "Annual revenue cap (USD)",
    "acceptable_use_policy_incorporated": "Acceptable-use policy",
    "licensor_may_update_terms": "Licensor may change the terms",
    "downstream_propagation": "Restrictions pass downstream",
    "output_use_restriction": "Restriction on using outputs",
    "attribution_required": "Attribution",
    "naming_requirement": "Naming of derivatives",
    "patent_termination": "Patent termination",
    "territorial_exclusions": "Territorial exclusions",
    "governing_law": "Governing law",
    "venue": "Venue for disputes",
    "use_restrictions": "Prohibited uses",
}
"""Every term key of the result contract, in the order the report lists them."""

METHOD_WORDS = {
    "declared-tag": "from the license tag the card declares",
    "declared-license-name": "from the license name the card declares",
    "declared-license-link": "from the license link the card declares",
    "declared-other": "declared as a custom license, not recognised",
    "declared-tag-unknown": "declared tag not recognised",
    "spdx-expression-unsupported": "declared expression not recognised",
    "text-exact": "license text matches the reference exactly",
    "text-similar": "license text closely matches the reference",
    "text-modified": "license text is a modified copy of the reference",
    "text-title": "named by the license text's title only",
    "text-title-known": "recognised from the license text's title",
    "known-model": "from the known-models registry",
    "provider-catalog": "from the provider's published terms",
    "lineage": "combined with the base models' licenses (lineage)",
}

RESOLVED_BY_WORDS = {
    "hub": "license read from the parent's Hub repository",
    "declared": "license declared on the parent's Hub card",
    "registry": "known-models registry",
    "unresolved": "could not be resolved",
    "cycle": "not followed: already in the chain (cycle)",
    "depth-limit": "not followed: beyond the depth limit",
}

RELATION_WORDS = {
    "finetune": "fine-tune of",
    "adapter": "adapter on",
    "merge": "merge including",
    "quantized": "quantized copy of",
}

SOURCE_WORDS = {
    "hub": "Hugging Face Hub repository",
    "local": "local model folder",
    "card": "model card file",
    "gguf": "GGUF file header",
    "api": "provider API (judged by the provider's terms)",
}

KIND_WORDS = {
    "permissive-oss": "open-source license without copyleft",
    "copyleft-oss": "open-source license with copyleft (derivatives stay under the same terms)",
    "open-weight-restricted": "open-weight license with conditions (not open source)",
    "rail": "Responsible AI License: use restrictions that must be passed on",
    "non-commercial": "non-commercial license",
    "research-only": "research or evaluation only",
    "acceptable-use-policy": "acceptable-use policy incorporated by a license",
    "proprietary-terms": "proprietary terms",
}
"""What each license kind means, in a phrase."""


def describe_term(key: str, value: object) -> str | None:
    """A sentence saying what a term's value means for the adopter; None when it says nothing."""
    if value is None or value is False or value == []:
        return None
    if key == "commercial_use":
        return {
            "allowed": "Commercial use is allowed.",
            "restricted": "Commercial use is allowed only under the conditions below.",
            "prohibited": "Commercial use is not allowed.",
        }.get(str(value), f"Commercial use: {value}.")
    if key == "mau_threshold" and isinstance(value, int):
        return (
            f"Products with more than {value:,} monthly active users need a separate license "
            "from the licensor."
        )
    if key == "revenue_threshold_usd" and isinstance(value, int):
        return f"Above USD {value:,} of annual revenue a separate license is needed."
    sentences = {
        "acceptable_use_policy_incorporated": "An acceptable-use policy is part of the license: "
        "breaking the policy breaks the license.",
        "licensor_may_update_terms": "The licensor may change the terms or the incorporated "
        "policy later; changes bind you.",
        "downstream_propagation": "The use restrictions must be passed on to everyone who "
        "receives the model or a derivative.",
        "output_use_restriction": "Outputs may not be used to train or improve other models.",
        "attribution_required": "Attribution is required when you distribute or display it.",
        "patent_termination": "The license ends for anyone who sues over patents or other "
        "rights in the model.",
    }
    if key in sentences:
        return sentences[key]
    if key == "naming_requirement":
        return f'Names of derivative models must begin with "{value}".'
    if key == "territorial_exclusions" and isinstance(value, list):
        return f"Rights are withheld for licensees in: {', '.join(map(str, value))}."
    if key == "governing_law":
        if value == "licensee-local":
            return "The governing law depends on where the licensee is."
        return f"Disputes are governed by the law of {value}."
    if key == "venue":
        return f"Disputes go to {value}."
    if key == "use_restrictions" and isinstance(value, list):
        return f"Prohibited uses: {', '.join(map(str, value))}."
    if key == "kind":
        return f"Kind: {KIND_WORDS.get(str(value), str(value))}."
    return f"{key.replace('_', ' ')}: {value}"
