"""Flattens a model's training data (model/training.py) into the plain values every human
format lays out: each dataset with its role, license, what it means here, and its evidence.

What a dataset means for the deployment is the message of the policy's `training-data-*`
findings that name it, when the model has them; otherwise a neutral sentence from what the
entry records. Datasets only evaluated on or mentioned are kept apart, as named but not trained
on: their terms are never presented as binding. A dataset that could not be read says why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from auditor.model import Finding, ModelResult, SourceKind
from auditor.model.training import TRAINING_ROLES, TRAINING_RULES
from auditor.report.words import KIND_WORDS

ROLE_WORDS = {
    "training": "trained on",
    "fine-tuning": "fine-tuned on",
    "source": "built from",
    "evaluation": "evaluated on",
    "mentioned": "mentioned",
}
METHOD_WORDS = {
    "card-metadata": "the datasets listed in the card's metadata",
    "gguf-header": "the GGUF header",
    "card-prose": "a sentence of the card",
    "card-table": "a table of the card",
    "data-card": "the data card's source datasets",
    "training-config": "a training script or configuration file",
}
RESOLVED_WORDS = {
    "hub": "read from its Hub dataset repository",
    "registry": "from the known-datasets registry",
    "card": "as the model card states it",
    "stated": "named only: not looked up",
    "unresolved": "could not be read",
    "not-fetched": "not fetched",
    "described": "described by the model card, no dataset named: nothing to look up",
}
PERSONAL_WORDS = {
    "stated": "contains personal data",
    "consent-stated": "contains personal data collected with consent",
    "anonymised": "personal data anonymised or removed",
    "none-stated": "says it contains no personal data",
}
TERM_FIELDS = (
    "commercial_use",
    "research_only",
    "share_alike",
    "attribution_required",
    "generated_with",
    "personal_data",
    "source_datasets",
    "unknown_sources",
)
"""The data-card terms an entry (or a dataset's own card) records, in the order shown."""
TERM_LABELS = {
    "commercial_use": "Commercial use",
    "research_only": "Research only",
    "share_alike": "Share-alike",
    "attribution_required": "Attribution",
    "generated_with": "Made from outputs of",
    "personal_data": "Personal data",
    "source_datasets": "Built from",
    "unknown_sources": "Built from data of unknown terms",
}

Wording = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted line and where it stands (`README.md line 4`, empty when not known)."""

    where: str
    text: str


@dataclass(frozen=True, slots=True)
class TermView:
    """One thing a data card says (`Research only: yes`), with its quotes."""

    label: str
    value: str
    evidence: tuple[Quote, ...]


@dataclass(frozen=True, slots=True)
class DatasetView:
    """One dataset as the reports show it."""

    ref: str
    role: str  # plain words: "trained on", "evaluated on", ...
    license: str  # `Name (id)`, "unknown", "no license stated"
    kind: str  # the license kind in words, or ""
    meaning: str  # one sentence: what it means for this deployment
    rules: tuple[str, ...]  # the findings whose messages gave the meaning
    problem: str  # "could not be read: ...", "not fetched: ...", or ""
    found: str  # where and how sure: "the card's `datasets` metadata"
    resolved: str  # how its license was learnt, in words
    revision: str  # the dataset commit read, or ""
    stated: tuple[Quote, ...]  # where the model names it
    license_evidence: tuple[Quote, ...]  # where the dataset states its license
    terms: tuple[TermView, ...]  # what its data card says beyond the license


@dataclass(frozen=True, slots=True)
class TrainingView:
    """A model's training-data section: the datasets trained on, those only named, findings
    about training data that name no listed dataset, and (for a dataset) its own card."""

    title: str
    trained: tuple[DatasetView, ...]
    named: tuple[DatasetView, ...]
    general: tuple[str, ...]
    card: tuple[TermView, ...]


def training_view(model: ModelResult, wording: Wording = str) -> TrainingView | None:
    """The section, or None when the model names no dataset and has no data card."""
    if not model.training_data and model.data_card is None:
        return None
    findings = [f for f in model.findings if f.rule in TRAINING_RULES]
    used: set[int] = set()
    trained, named = [], []
    for raw in model.training_data:
        entry: Mapping[str, object] = raw
        if str(entry.get("role")) in TRAINING_ROLES:
            matched = [i for i, f in enumerate(findings) if _names(f, entry)]
            used.update(matched)
            trained.append(_dataset(entry, [findings[i] for i in matched], wording))
        else:
            named.append(_dataset(entry, [], wording))
    general = tuple(_finding_words(f, wording) for i, f in enumerate(findings) if i not in used)
    card: Mapping[str, object] = model.data_card or {}
    is_dataset = model.source is not None and model.source.kind is SourceKind.HUB_DATASET
    return TrainingView(
        title="Source data and data card" if is_dataset else "Training data",
        trained=tuple(trained),
        named=tuple(named),
        general=general,
        card=_terms(card, ""),
    )


def where(file: object, line: object) -> str:
    """`README.md line 4`, `README.md`, or "" when no file is known."""
    if not isinstance(file, str) or not file:
        return ""
    return f"{file} line {line}" if isinstance(line, int) and line else file


def summary_line(item: DatasetView) -> str:
    """`trained on org/data: CC BY-SA 4.0 (CC-BY-SA-4.0), open-source license with copyleft`."""
    kind = f", {item.kind}" if item.kind else ""
    at = f" at {item.revision[:12]}" if item.revision else ""
    return f"{item.role} {item.ref}{at}: {item.license}{kind}"


def _dataset(
    entry: Mapping[str, object], findings: Sequence[Finding], wording: Wording
) -> DatasetView:
    name = _text(entry.get("hub_id")) or _text(entry.get("ref")) or "?"
    resolved_by = _text(entry.get("resolved_by"))
    license_info = entry.get("license")
    label, kind = _license_words(license_info, resolved_by)
    problem = _problem(resolved_by, _text(entry.get("reason")))
    training = str(entry.get("role")) in TRAINING_ROLES
    if findings:
        meaning = " ".join(_finding_words(f, wording) for f in findings)
    elif training:
        meaning = _neutral(entry, license_info, problem)
    else:
        meaning = "named but not trained on: its terms do not bind the model and are not judged"
    confidence = entry.get("confidence")
    sure = (
        f", confidence {confidence:.1f}: confirm"
        if isinstance(confidence, int | float) and confidence < 1
        else ""
    )
    method = _text(entry.get("method"))
    license_quotes = _quotes(entry.get("license_evidence"), f" of {name}")
    return DatasetView(
        ref=_text(entry.get("ref")) or name,
        role=ROLE_WORDS.get(str(entry.get("role")), _text(entry.get("role")) or "named"),
        license=label,
        kind=kind,
        meaning=meaning,
        rules=tuple(dict.fromkeys(f.rule for f in findings)),
        problem=problem,
        found=f"stated in {METHOD_WORDS.get(method, method or 'the card')}{sure}",
        resolved=RESOLVED_WORDS.get(resolved_by, resolved_by or "not stated"),
        revision=_text(entry.get("revision")),
        stated=_quotes(entry.get("stated"), ""),
        license_evidence=license_quotes,
        terms=_terms(entry, f" of {name}"),
    )


def text_lines(view: TrainingView, quote_chars: int = 300) -> list[str]:
    """The section as indented lines of the text report (each escaped by its caller)."""
    lines = [f"{view.title.lower()}:"]
    for item in view.trained:
        lines.extend(_item_lines(item, quote_chars))
    if view.named:
        lines.append("  named but not trained on (not judged):")
        lines.extend(f"    {summary_line(item)}" for item in view.named)
    lines.extend(f"  about the training data: {text}" for text in view.general)
    for term in view.card:
        lines.append(f"  data card: {term.label.lower()}: {term.value}")
        lines.extend(_quote_lines("      ", term.evidence, quote_chars))
    return lines


def _item_lines(item: DatasetView, quote_chars: int) -> list[str]:
    lines = [f"  {summary_line(item)}"]
    if item.problem:
        lines.append(f"    {item.problem}")
    lines.append(f"    means: {item.meaning}")
    lines.append(f"    {item.found}; license {item.resolved}")
    lines.extend(_quote_lines("      stated: ", item.stated, quote_chars))
    lines.extend(_quote_lines("      license: ", item.license_evidence, quote_chars))
    for term in item.terms:
        lines.append(f"    {term.label.lower()}: {term.value}")
        lines.extend(_quote_lines("      ", term.evidence, quote_chars))
    return lines


def _quote_lines(head: str, quotes: Iterable[Quote], limit: int) -> list[str]:
    out = []
    for quote in quotes:
        text = " ".join(quote.text.split())
        text = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
        out.append(f'{head}{quote.where + ": " if quote.where else ""}"{text}"')
    return out


def _names(finding: Finding, entry: Mapping[str, object]) -> bool:
    """Whether a finding is about this dataset: its message or evidence names it."""
    names = {n for n in (_text(entry.get("ref")), _text(entry.get("hub_id"))) if n}
    texts = [finding.message, *(e.text for e in finding.evidence)]
    texts += [e.file for e in finding.evidence if e.file]
    return any(_mentions(text, name) for text in texts for name in names)


def _mentions(text: str, name: str) -> bool:
    # the name as a whole token: `c4` is not named by `allenai/c4-extra`
    return re.search(rf"(?<![\w/.-]){re.escape(name)}(?![\w/-]|\.\w)", text) is not None


def _finding_words(finding: Finding, wording: Wording) -> str:
    message = wording(finding.message).rstrip()
    if message and message[-1] not in ".!?":
        message += "."
    if finding.waived:
        reason = finding.waiver.reason if finding.waiver is not None else ""
        message += f" (waived{': ' + reason if reason else ''})"
    return message


def _neutral(entry: Mapping[str, object], license_info: object, problem: str) -> str:
    """What the entry itself says this dataset means, in one sentence."""
    if problem:
        return "its license is unknown: review the dataset's terms before use"
    if entry.get("resolved_by") == "stated":
        return "named only: its license was not looked up; review it before use"
    parts = []
    if entry.get("research_only"):
        parts.append(
            "research-only data: whether its terms bind the trained weights is legally "
            "unsettled; review before commercial use"
        )
    elif entry.get("commercial_use") in ("prohibited", "restricted"):
        which = "non-commercial" if entry.get("commercial_use") == "prohibited" else "restricted"
        parts.append(
            f"{which} data: whether its terms bind the trained weights is legally unsettled; "
            "review before commercial use"
        )
    if entry.get("share_alike"):
        parts.append(
            "share-alike data: whether the trained weights are an adaptation that must carry "
            "its license is unsettled; review before distributing the weights"
        )
    generated = _list(entry.get("generated_with"))
    if generated:
        terms = _list(entry.get("generated_terms"))
        whose = f" ({', '.join(terms)})" if terms else ""
        parts.append(
            f"made from outputs of {', '.join(generated)}: the provider's output terms{whose} "
            "may restrict training other models on them; review them"
        )
    if entry.get("attribution_required"):
        parts.append("its license asks for attribution: credit the dataset where you credit it")
    if parts:
        return "; ".join(parts)
    if not isinstance(license_info, Mapping) or not license_info.get("id"):
        return "no license was identified for it; review its terms before use"
    return "its license as read states no restriction that this audit checks for"


def _problem(resolved_by: str, reason: str) -> str:
    if resolved_by == "unresolved":
        return f"could not be read: {reason or 'no reason recorded'}"
    if resolved_by == "not-fetched":
        return f"not fetched: {reason or 'no reason recorded'}"
    return ""


def _license_words(license_info: object, resolved_by: str) -> tuple[str, str]:
    if not isinstance(license_info, Mapping):
        read = resolved_by in ("hub", "registry")
        return ("no license stated" if read else "unknown"), ""
    ident, name = _text(license_info.get("id")), _text(license_info.get("name"))
    if not ident:
        label = f"unidentified: {name}" if name else "unidentified"
    elif not name or name == ident:
        label = ident
    else:
        label = f"{name} ({ident})"
    kind = _text(license_info.get("kind"))
    return label, KIND_WORDS.get(kind, kind)


def _terms(record: Mapping[str, object], suffix: str) -> tuple[TermView, ...]:
    evidence = record.get("terms_evidence")
    by_field = evidence if isinstance(evidence, Mapping) else {}
    rows = []
    for field in TERM_FIELDS:
        value = _term_value(field, record)
        if value:
            quotes = _quotes(by_field.get(field), suffix)
            rows.append(TermView(TERM_LABELS[field], value, quotes))
    return tuple(rows)


def _term_value(field: str, record: Mapping[str, object]) -> str:
    value = record.get(field)
    if field == "generated_with":
        names = _list(value)
        terms = _list(record.get("generated_terms"))
        return ", ".join(names) + (f" (output terms: {', '.join(terms)})" if terms else "")
    if field == "personal_data":
        return PERSONAL_WORDS.get(_text(value), _text(value))
    if field in ("source_datasets", "unknown_sources"):
        return ", ".join(_list(value))
    if isinstance(value, bool):
        return "yes" if value else ""
    return _text(value)


def _quotes(items: object, suffix: str) -> tuple[Quote, ...]:
    if not isinstance(items, Iterable) or isinstance(items, str | bytes | Mapping):
        return ()
    quotes = []
    for item in items:
        if isinstance(item, Mapping):
            place = where(item.get("file"), item.get("line"))
            quotes.append(Quote(place + suffix if place else "", _text(item.get("text"))))
    return tuple(quotes)


def _list(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    return [str(v) for v in value if v is not None and str(v)]


def _text(value: object) -> str:
    return "" if value is None else str(value)
