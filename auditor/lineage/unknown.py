"""A parent that could not be resolved: the effective license is unknown, never the tag.

A fine-tune's own tag says nothing reliable about its base: relabelling a non-commercial base
`mit` is the commonest error on the Hub. So when a declared or stated parent (or any ancestor
above it) cannot be resolved, or lies beyond the depth followed, the effective license is
unknown; what is known (the own license, the resolved ancestors') is kept beside it for the
report and the policy, which still judge the known part.

The parent's name may still place it in a family (`gemma-5-9b` is a Gemma of a generation the
knowledge does not list): then the declared license is compared with every license that family
has had. A declared license at least as restrictive as each of them is a plausible label; one
more permissive than any of them (an `apache-2.0` tag over a family that has had non-commercial
terms) cannot be taken as the weights' license, and the presets block on it.

Pure: the family rules and license records are passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.model_families import ModelFamilies
from auditor.lineage.ancestors import Ancestor
from auditor.lineage.names import base_name
from auditor.model import LicenseMatch
from auditor.model.kinds import LicenseKind, kind_rank

UNKNOWN_BY = frozenset({"unresolved", "depth-limit"})
UNKNOWN_METHOD = "lineage-unresolved"


@dataclass(frozen=True, slots=True)
class UnknownParent:
    """An ancestor lineage could not resolve, and what its name says of its family."""

    ref: str
    depth: int
    families: tuple[str, ...] = ()
    family_licenses: tuple[str, ...] = ()  # every license those families have had
    stated: str | None = None  # the license the card states for it (stated_license.py)


def unknown_parents(
    ancestors: Sequence[Ancestor], families: ModelFamilies | None
) -> tuple[UnknownParent, ...]:
    """The ancestors that stayed unresolved (or beyond the depth limit), nearest first, once
    per repo."""
    found: dict[str, UnknownParent] = {}
    for ancestor in sorted(ancestors, key=lambda a: a.depth):
        if ancestor.resolved_by not in UNKNOWN_BY or ancestor.ref.lower() in found:
            continue
        named = ancestor.families or (
            families.family_of(base_name(ancestor.ref)) if families is not None else ()
        )
        licenses = (
            tuple(dict.fromkeys(i for f in named for i in families.licenses_of(f)))
            if families is not None
            else ()
        )
        said = ancestor.stated_license
        stated = (said.name or said.id) if said is not None else None
        found[ancestor.ref.lower()] = UnknownParent(
            ancestor.ref, ancestor.depth, named, licenses, stated
        )
    return tuple(found.values())


def unknown_effective(
    known: LicenseMatch | None, unknown: Sequence[UnknownParent], *, inherited: bool
) -> LicenseMatch:
    """The effective license when a parent is unknown: no id and no kind; its name says what
    is known and which parent is not. Its Hub tag is the known part's only when that comes
    from a binding ancestor (`inherited`: the card must carry at least that); the model's
    own tag is never offered as the weights' license. A license the card states for an
    unknown parent is named beside it (and is part of `known`, resolve.py)."""
    refs = ", ".join(
        f"{p.ref} (the card states {p.stated})" if p.stated else p.ref for p in unknown
    )
    part = (known.name or known.id) if known is not None else None
    name = (
        f"unknown: {part} AND the license of {refs}, which could not be resolved"
        if part
        else f"unknown: the license of {refs} could not be resolved"
    )
    return LicenseMatch(
        id=None,
        name=name,
        spdx=None,
        scancode=None,
        hf=known.hf if known is not None and inherited else None,
        kind=None,
        confidence=0.0,
        method=UNKNOWN_METHOD,
    )


def stricter_family_licenses(
    own: Sequence[LicenseMatch], unknown: Sequence[UnknownParent], db: LicenseDB
) -> tuple[str, ...]:
    """The licenses an unknown parent's family has had that are more restrictive than the
    model's own license: () when the own license is at least as restrictive as each, or is one
    of the family's own vendor terms (a `llama3.1` tag over a Llama of an unknown generation),
    or when there is no own license (the license rules judge it) or no known family."""
    kinds = [m.kind for m in own if m.id and m.kind is not None]
    if not kinds:
        return ()
    own_ids = {m.id for m in own}
    own_rank = max(kind_rank(k) for k in kinds)
    stricter: list[str] = []
    for parent in unknown:
        if _family_terms(own_ids, parent, db):
            continue
        for license_id in parent.family_licenses:
            record = db.get(license_id)
            if license_id in own_ids or record is None:
                continue
            if kind_rank(record.kind) > own_rank and license_id not in stricter:
                stricter.append(license_id)
    return tuple(stricter)


def _family_terms(own_ids: set[str | None], parent: UnknownParent, db: LicenseDB) -> bool:
    """The own license is one of the family's own terms (a vendor license such as a Llama or
    Gemma license, not an open-source license anyone may use): no relabel away from the
    family, whatever its new generation's terms turn out to be (the unknown parent still
    leaves the effective license unknown)."""
    for license_id in own_ids:
        record = db.get(license_id) if license_id else None
        if record is None or record.kind == LicenseKind.PERMISSIVE_OSS:
            continue
        if license_id in parent.family_licenses or record.family in parent.families:
            return True
    return False
