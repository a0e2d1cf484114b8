"""Plain words for the result contract's closed vocabularies: verdicts, severities, terms.

Shared by every human-facing format. The words for license kinds and term values live in
`auditor.model` (kinds.py, terms.py), so no renderer imports the knowledge base: a saved
result renders alone.
"""

from __future__ import annotations

from auditor.model import Finding, ModelResult, Openness, Severity, Verdict
from auditor.model.kinds import LicenseKind
from auditor.model.term_words import describe_term as describe_term

NO_POLICY_NOTE = (
    "No policy was applied: this verdict covers evidence and license identification only. "
    "License terms (commercial use, user caps, use restrictions) were not judged against a "
    "deployment."
)

VERDICT_WORDS = {
    Verdict.PASS: "Pass: no blocking or warning findings",
    Verdict.WARN: "Pass with warnings: review the warnings before adoption",
    Verdict.NEEDS_INPUT: (
        "Needs input: a blocking rule could not be decided because the deployment did not "
        "state a fact; state it (manifest key or option) and audit again"
    ),
    Verdict.FAIL: "Fail: at least one model has a blocking finding",
    Verdict.ERROR: "Incomplete: at least one model could not be audited",
}

VERDICT_LABELS = {
    Verdict.PASS: "Pass",
    Verdict.WARN: "Pass with warnings",
    Verdict.NEEDS_INPUT: "Needs input",
    Verdict.FAIL: "Fail",
    Verdict.ERROR: "Incomplete",
}
"""Short words for a verdict badge; the badge never relies on its colour alone."""

VERDICT_ICONS = {
    Verdict.PASS: "✔",
    Verdict.WARN: "▲",
    Verdict.NEEDS_INPUT: "✎",
    Verdict.FAIL: "✖",
    Verdict.ERROR: "?",
}

NEEDS_INPUT_LABEL = "Needs input"


def severity_word(finding: Finding) -> str:
    """`block`, `warn`, `info`, or `needs input` for a block that waits for a deployment fact."""
    if finding.severity is Severity.BLOCK and finding.needs_input:
        return "needs input"
    return str(finding.severity)


SEVERITY_LABELS = {Severity.BLOCK: "Block", Severity.WARN: "Warning", Severity.INFO: "Info"}


def finding_label(finding: Finding) -> str:
    """`Block`, `Warning`, `Info`, or `Needs input` for a block that waits for a deployment
    fact."""
    if finding.severity is Severity.BLOCK and finding.needs_input:
        return NEEDS_INPUT_LABEL
    return SEVERITY_LABELS[finding.severity]


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
    "use_scope": "Use confined to",
    "mau_threshold": "Monthly-active-user cap",
    "revenue_threshold_usd": "Annual revenue cap (USD)",
    "user_threshold": "User or device cap",
    "revenue_threshold": "Revenue or funding cap",
    "acceptable_use_policy_incorporated": "Acceptable-use policy",
    "licensor_may_update_terms": "Licensor may change the terms",
    "downstream_propagation": "Restrictions pass downstream",
    "output_use_restriction": "Restriction on using outputs",
    "attribution_required": "Attribution",
    "naming_requirement": "Naming of derivatives",
    "patent_termination": "Patent termination",
    "territorial_exclusions": "Territorial exclusions",
    "excluded_licensee_domiciles": "No grant to licensees domiciled in",
    "excluded_use_territories": "No use in",
    "excluded_licensee_types": "Licensees left out",
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
    "declared-tag-family-version": (
        "from the declared tag: a Creative Commons version or port not in the database, read "
        "after the record of the same variant"
    ),
    "declared-license-name-family-version": (
        "from the declared license name: a Creative Commons version or port not in the database, "
        "read after the record of the same variant"
    ),
    "declared-misplaced": "from a card metadata block the Hub does not read",
    "declared-tag-shape": "from the declared tag, read by its name's shape",
    "declared-tag-shape-generic": (
        "from the declared tag: a generic family name, its own terms unread"
    ),
    "declared-tag-shape-family": (
        "from the declared tag: a family name without a version, every version at once"
    ),
    "declared-license-name-shape": "from the declared license name, read by its shape",
    "declared-license-name-shape-generic": (
        "from the declared license name: a generic family name, its own terms unread"
    ),
    "declared-license-name-shape-family": (
        "from the declared license name: a family name without a version, every version at once"
    ),
    "spdx-expression-unsupported": "declared expression not recognised",
    "text-exact": "license text matches the reference exactly",
    "text-similar": "license text closely matches the reference",
    "text-modified": "license text is a modified copy of the reference",
    "text-with-added-terms": "a standard license's text with clauses of its own added",
    "text-title": "named by the license text's title only",
    "text-title-known": "recognised from the license text's title",
    "known-model": "from the known-models registry",
    "provider-catalog": "from the provider's published terms",
    "lineage": "combined with the base models' licenses (lineage)",
    "quantized-copy": "a quantized copy declaring no license: its one base model's license",
    "card-defers-to-base": "the card declares no license and defers to its base model's",
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
    "distillation": "distilled from (teacher)",
}

SOURCE_WORDS = {
    "hub": "Hugging Face Hub repository",
    "local": "local model folder",
    "card": "model card file",
    "gguf": "GGUF file header",
    "api": "provider API (judged by the provider's terms)",
    "hub-dataset": "Hugging Face Hub dataset repository",
    "modelscope": "ModelScope model repository",
    "civitai": "Civitai model version",
}

KIND_WORDS: dict[str, str] = {kind.value: kind.words for kind in LicenseKind}
"""Each license kind in plain words (the words live with the enum)."""


MOF_CLASS_WORDS = {
    1: "class I (open science)",
    2: "class II (open tooling)",
    3: "class III (open model)",
}
"""Model Openness Framework classes in plain words (policy/openness.py estimates them)."""


def yes_no(value: bool | None) -> str:
    """A three-valued fact in words."""
    return "not known" if value is None else ("yes" if value else "no")


def openness_line(openness: Openness | None) -> str:
    """The openness in one line, for the text and Markdown reports."""
    if openness is None:
        return "not assessed (an API model or a model that could not be audited)"
    mof = MOF_CLASS_WORDS.get(openness.mof_class or 0, "below class III")
    return (
        f"OSI-approved license: {yes_no(openness.osi_approved)}; fit for the Open Source AI"
        f" Definition: {yes_no(openness.osaid_fit)}; Model Openness Framework: {mof}"
    )


def openness_short(openness: Openness | None) -> str:
    """The openness in a table cell."""
    if openness is None:
        return "not assessed"
    mof = f"MOF {'I' * (openness.mof_class or 0)}" if openness.mof_class else "below MOF III"
    osi = {True: "OSI", False: "not OSI", None: "OSI ?"}[openness.osi_approved]
    return f"{osi} · {mof}"


def next_class_words(openness: Openness | None) -> str | None:
    """What the next class needs, in a sentence; None at class I or when not assessed."""
    if openness is None or not openness.missing:
        return None
    target = {3: "class II", 2: "class I"}.get(openness.mof_class or 0, "class III")
    return f"for {target}, the model needs " + "; ".join(openness.missing)


def alternative_lines(model: ModelResult) -> list[str]:
    """Each suggested alternative in one line: the repo, then why (its license by name, the
    task and size it was matched on, what it clears)."""
    return [f"{item['repo']}: {item['why']}" for item in model.alternatives]


def model_lines(model: ModelResult) -> list[str]:
    """The text report's lines beside a model's verdict: openness, then alternatives."""
    lines = []
    if model.openness is not None:
        lines.append(f"openness: {openness_line(model.openness)}")
    needs = next_class_words(model.openness)
    if needs:
        lines.append(f"  {needs}")
    lines.extend(f"alternative: {line}" for line in alternative_lines(model))
    return lines


def license_file_state(path: str, sha256: str | None) -> str:
    """How a license document was read, for reports: its digest; a statement inside a file
    (`license.json#license`, `Modelfile#LICENSE`, a safetensors header's metadata), which has no
    digest of its own; or not read."""
    if sha256:
        return f"sha256 {sha256}"
    if "#" in path:
        return f"a statement read from {path.partition('#')[0]}"
    return "not read"
