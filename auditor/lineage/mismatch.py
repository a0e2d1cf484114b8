"""A declared license that drops or contradicts a binding ancestor's, as a finding."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.expression import expression_keys
from auditor.licenses.family_tags import METHOD as FAMILY_METHOD
from auditor.lineage.ancestors import CUSTOM_TAGS, Ancestor
from auditor.lineage.effective import binding_ancestors, declared_units, inherited_ancestors
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    Severity,
)
from auditor.model.kinds import LicenseKind
from auditor.model.lineage import stated_place

MISMATCH_RULE = "lineage-license-mismatch"
PERMISSIVE = LicenseKind.PERMISSIVE_OSS


_BINDING_OBLIGATIONS = ("share-alike", "flow-down-use-restrictions", "include-license")
_RELATION_WORDS = {
    "finetune": "a fine-tune of",
    "adapter": "an adapter on",
    "merge": "a merge including",
    "quantized": "a quantized copy of",
    "distillation": "distilled from",
}


def mismatch_findings(
    declared: Declared,
    db: LicenseDB,
    ancestors: Sequence[Ancestor],
    own_ref: str | None = None,
    licensors: Callable[[str], Collection[str]] | None = None,
    own_text: LicenseMatch | None = None,
) -> list[Finding]:
    """Findings for a declared license that is missing or drops a binding ancestor's.

    A parent the card only states in its text, published by the model's own organisation
    when that organisation is the licensor of the parent's license (`licensors`: license id
    -> the orgs that license it), is left out: a licensor may license its own derivative
    differently (its ancestors still count). A community org that mirrors or fine-tunes a
    vendor's model is no licensor, so its relabelled derivative is still a mismatch."""
    units = declared_units(declared, db)
    binding = [
        a for a in binding_ancestors(ancestors) if not relicensed_by_licensor(a, own_ref, licensors)
    ]
    quoted = _declared_evidence(declared)
    if not units:
        # nothing declared: a mismatch only with a license on the other side (an ancestor's);
        # with none known either, the license rules report the missing license and lineage
        # the unresolved parent, not a mismatch of unknown with unknown
        governing = inherited_ancestors(ancestors, has_own=False)
        if governing:
            return [_missing_finding(declared, governing, quoted, ancestors)]
        return _text_mismatch(declared, own_text, quoted)
    declared_ids = {i for _, m in units if m is not None and m.id for i in expression_keys(m.id)}
    custom = any(tag.lower() in CUSTOM_TAGS and (m is None or not m.id) for tag, m in units)
    what = " AND ".join(_declared_name(tag, m, declared) for tag, m in units)
    findings: list[Finding] = []
    for ancestor in binding:
        match = ancestor.license
        assert match is not None and match.id is not None
        if match.id in declared_ids or (match.hf is None and custom):
            continue
        findings.append(_dropped_finding(what, ancestor, db, quoted, ancestors))
    vague = [  # unidentified, or a family tag (`gpl`, `cc`): no one license is named
        tag
        for tag, m in units
        if (m is None or not m.id or m.method == FAMILY_METHOD) and tag.lower() not in CUSTOM_TAGS
    ]
    if vague and not findings:
        findings.append(
            Finding(
                rule=MISMATCH_RULE,
                category=Category.MISMATCH,
                severity=Severity.WARN,
                message=f"the declared license tag {', '.join(map(repr, vague))} names no "
                "specific license, so it cannot match the license that governs the weights",
                evidence=quoted,
                remediation="declare the exact license tag, or `license: other` with "
                "license_name and license_link",
            )
        )
    return findings


def _declared_name(tag: str, match: LicenseMatch | None, declared: Declared) -> str:
    if match is not None and match.id:
        return match.name or match.id
    named = f" ({declared.license_name})" if declared.license_name else ""
    return f"`{tag}`{named if tag.lower() in CUSTOM_TAGS else ''}"


def _missing_finding(
    declared: Declared,
    governing: Sequence[Ancestor],
    quoted: tuple[Evidence, ...],
    ancestors: Sequence[Ancestor],
) -> Finding:
    names = [
        f"{a.license.name or a.license.id} (from {a.ref})"
        for a in governing
        if a.license is not None
    ]
    statements = list(
        {s.ref: s for a in governing if (s := statement_of(a, ancestors)) is not None}.values()
    )
    said = "declares `license: unknown`" if declared.license else "declares no license"
    tail = (
        f"; the weights are governed by {' and '.join(names)}"
        if names
        else "; the license that governs the weights is not known"
    )
    message = f"the model {said} in its metadata{tail}"
    remediation = (
        "find the license that governs the weights before use, and ask the "
        "publisher to declare it in the card's `license:` field"
    )
    for parent in statements:
        message += f"; {_stated_words(parent)}"
    if statements:
        refs = ", ".join(p.ref for p in statements)
        remediation += f", and `base_model: {refs}` in its metadata"
    return Finding(
        rule=MISMATCH_RULE,
        category=Category.MISMATCH,
        severity=Severity.WARN,
        message=message,
        evidence=(*quoted, *(p.stated[0] for p in statements if p.stated)),
        remediation=remediation,
    )


def _text_mismatch(
    declared: Declared, own_text: LicenseMatch | None, quoted: tuple[Evidence, ...]
) -> list[Finding]:
    """No license declared and no parent's license known, but the repo's license text names a
    license that binds derivatives (a Llama or Gemma license): the finding a declared parent
    would give, naming the text."""
    if (
        own_text is None
        or not own_text.id
        or "text-" not in own_text.method  # read from the repo's license text
        or own_text.kind in (None, PERMISSIVE)
    ):
        return []
    return [_missing_text_finding(declared, own_text, quoted)]


def _missing_text_finding(
    declared: Declared, own_text: LicenseMatch, quoted: tuple[Evidence, ...]
) -> Finding:
    said = "declares `license: unknown`" if declared.license else "declares no license"
    name = own_text.name or own_text.id
    tag = f"`license: {own_text.hf}`" if own_text.hf else "`license: other` with license_name"
    return Finding(
        rule=MISMATCH_RULE,
        category=Category.MISMATCH,
        severity=Severity.WARN,
        message=f"the model {said} in its metadata; its license text is {name}, which governs "
        "the weights and binds derivatives",
        evidence=quoted,
        remediation=f"treat the weights as governed by {name}; ask the publisher to declare "
        f"it ({tag}) in the card",
    )


def _dropped_finding(
    what: str,
    ancestor: Ancestor,
    db: LicenseDB,
    quoted: tuple[Evidence, ...],
    ancestors: Sequence[Ancestor],
) -> Finding:
    match = ancestor.license
    assert match is not None and match.id is not None
    name = match.name or match.id
    relation = _RELATION_WORDS.get(ancestor.relation or "", "derived from")
    if ancestor.depth == 0:
        where = f"the known-models registry lists this repo ({ancestor.ref}) under {name}"
    else:
        via = f" (through {ancestor.parent})" if ancestor.parent else ""
        where = f"it is {relation} {ancestor.ref}{via}, whose {name} binds derivatives"
    tag = f"`license: {match.hf}`" if match.hf else "`license: other` with license_name"
    message = f"the declared license {what} does not carry {name}: {where}"
    remediation = (
        f"treat the weights as governed by {name} (declare {tag}), ship its "
        "license text and notices, and follow its terms"
    )
    parent = statement_of(ancestor, ancestors)
    stated: tuple[Evidence, ...] = ()
    if parent is not None:
        message += f"; {_stated_words(parent)}"
        remediation = (
            f"confirm the parent; if {parent.ref} is it, add `base_model: {parent.ref}` to the "
            f"metadata and {remediation}"
        )
        stated = parent.stated[:1]
    return Finding(
        rule=MISMATCH_RULE,
        category=Category.MISMATCH,
        severity=Severity.WARN,
        message=message,
        evidence=(*quoted, *stated, *_binding_clauses(ancestor, db)),
        remediation=remediation,
    )


def relicensed_by_licensor(
    ancestor: Ancestor, own_ref: str | None, licensors: Callable[[str], Collection[str]] | None
) -> bool:
    """A direct parent stated outside the metadata, published by the model's own
    organisation, which licenses the parent's license: it may license its derivative
    differently, so the derivative's own license is the one its card should carry."""
    if own_ref is None or licensors is None or ancestor.depth != 1 or not ancestor.stated:
        return False
    org = own_ref.split("/")[0].lower()
    if ancestor.ref.split("/")[0].lower() != org or ancestor.license is None:
        return False
    return ancestor.license.id is not None and org in licensors(ancestor.license.id)


def statement_of(ancestor: Ancestor, ancestors: Sequence[Ancestor]) -> Ancestor | None:
    """The direct parent, stated outside the metadata, that `ancestor` was reached through."""
    current: Ancestor | None = ancestor
    for _ in range(len(ancestors) + 1):
        if current is None or current.depth <= 1:
            break
        current = next(
            (a for a in ancestors if a.ref == current.parent and a.depth == current.depth - 1),
            None,
        )
    stated = current is not None and bool(current.stated) and bool(current.stated[0].file)
    return current if stated else None  # a parent inferred from a name is no statement


def stated_where(evidence: Evidence) -> str:
    """ "the card's text, README.md line 12", "config.json line 3" (or what is known of it)."""
    return stated_place(evidence.file or "the card", evidence.line) or "the card"


def _stated_words(parent: Ancestor) -> str:
    where = stated_where(parent.stated[0]) if parent.stated else "the card"
    return (
        f"{parent.ref} is not in the metadata's base_model, it is stated in "
        f"{where}, confidence {parent.confidence:.1f}: confirm"
    )


def _binding_clauses(ancestor: Ancestor, db: LicenseDB) -> tuple[Evidence, ...]:
    """Where the ancestor's license makes derivatives carry it: its text, else the record."""
    quoted = tuple(ancestor.term_evidence.get("downstream_propagation", ()))
    if ancestor.resolved_by == "hub" and quoted:
        return quoted[:2]
    record = db.get(ancestor.license.id) if ancestor.license and ancestor.license.id else None
    if record is None:
        return quoted[:2]
    file = f"license_db/licenses/{record.source_file}"
    found: list[Evidence] = []
    term = record.terms.get("downstream_propagation")
    if term is not None and term.value and term.clause:
        found.append(
            Evidence(
                file, None, f"{record.name}, clause {term.clause}: derivatives carry its terms"
            )
        )
    for tag in _BINDING_OBLIGATIONS:
        found.extend(
            Evidence(file, None, f"{record.name}, clause {ob.clause}: {ob.text}")
            for ob in record.obligations
            if ob.tag == tag and ob.clause
        )
    return tuple(dict.fromkeys(found))[:3]


def _declared_evidence(declared: Declared) -> tuple[Evidence, ...]:
    parts = [f"license: {declared.license}"] if declared.license else []
    if declared.license_name:
        parts.append(f"license_name: {declared.license_name}")
    if declared.license_link:
        parts.append(f"license_link: {declared.license_link}")
    if declared.base_models:
        parts.append("base_model: " + ", ".join(b.ref for b in declared.base_models))
    return (Evidence(declared.origin, None, "; ".join(parts)),) if parts else ()
