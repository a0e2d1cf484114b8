"""The terms a standard open-source license has by its kind, for one we keep no record of.

A license identified only through ScanCode's LicenseDB (a declared SPDX id, or a text matching a
key no curated record names) has a kind from ScanCode's category but no record of its terms.
When no text is there to read them from, the model's terms would all be unknown, and an
unknown commercial-use term blocks (fail closed) even for zlib or the Boost license. For the
standard open-source kinds (permissive-oss, copyleft-oss) the kind itself settles some terms:
an open-source license may not discriminate against fields of endeavour or persons (Open
Source Definition, points 5 and 6), so no commercial ban, use restriction, user or revenue cap
or territorial exclusion. Which terms exactly is not listed by hand here: a term is taken when
every curated record of that kind states it alike (today: commercial use allowed, no caps, no
use policy, no territory, no use restriction); terms on which those records differ
(attribution, patent termination, governing law, flow-down) stay unknown.
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, Term
from auditor.model import LicenseMatch
from auditor.model.kinds import LicenseKind

KINDS = frozenset({LicenseKind.PERMISSIVE_OSS, LicenseKind.COPYLEFT_OSS})
SOURCE = "reference_index.bin"
"""Where the identity comes from (ScanCode's LicenseDB as the reference index carries it)."""


def kind_record(match: LicenseMatch, db: LicenseDB) -> LicenseRecord | None:
    """A record for a ScanCode-identified license of a standard open-source kind with no curated
    record: its identity and the terms its kind settles; None for any other match."""
    if match.id is None or match.scancode is None or match.kind not in KINDS:
        return None
    if db.get(match.id) is not None or " " in match.id:  # curated, or an expression
        return None
    kind = LicenseKind(match.kind)
    return LicenseRecord(
        id=match.id,
        name=match.name or match.id,
        family=match.scancode,
        kind=kind,
        summary=f"{match.name or match.id}: ScanCode LicenseDB key {match.scancode}, a {kind}",
        spdx=match.spdx,
        scancode=match.scancode,
        terms=shared_terms(kind, db),
        source_file=SOURCE,
    )


def shared_terms(kind: LicenseKind, db: LicenseDB) -> Mapping[str, Term]:
    """The terms every curated record of `kind` states with the same value, each with the
    clause saying so; a term they differ on, or none states, is absent (unknown). Computed
    each time (~100 records): a cache keyed by the database could outlive it."""
    records = [r for r in db.records.values() if r.kind == kind]
    if not records:
        return {}
    clause = f"its kind ({kind}): every curated {kind} record states this term alike"
    agreed: dict[str, Term] = {}
    for name in records[0].terms:
        values = [r.terms[name].value if name in r.terms else None for r in records]
        if all(v == values[0] for v in values) and name in records[0].terms:
            agreed[name] = Term(values[0], clause)
    return agreed
