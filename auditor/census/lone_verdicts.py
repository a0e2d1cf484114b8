"""The verdicts of models without parents, on the workers: one judgment per declaration.

A model without parents has no ancestor but its own repo in the registry, so its whole
verdict (lineage columns and findings) is its own row's alone. Most such models are not in
the registry and state no parent in prose: their verdict is their declaration's, judged once
per distinct declaration (a few dozen over a partition) and spread to the rows by their
declaration's code. The others (own repo in the registry, parents stated in prose) are
judged one by one, as before.
"""

from __future__ import annotations

import json
from typing import Any

from auditor.census.graph import EMPTY
from auditor.census.registry import Known
from auditor.census.verdict_chunks import (
    _CACHED,
    DECLARATION_COLUMNS,
    Judged,
    _judge,
    list_column,
    process_caches,
)
from auditor.knowledge.license_db import LicenseDB, load_license_db


def lone_verdicts(
    narrow: Any,
    known: Known | None = None,
    db: LicenseDB | None = None,
    lone: dict[tuple[Any, ...], Judged] | None = None,
) -> Any:
    """Per model of the Arrow table `narrow` (the narrow columns, `card_findings` included;
    the declaration columns plain or dictionary-encoded): for one without parents, its whole
    verdict as JSON text `[lineage values, findings]` (the lineage columns after
    `declared_license`, then each finding's rule ... remediation); null for one with parents,
    which lineage decides. Computed by the workers beside the partition function; the driver
    only looks it up."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if known is None or lone is None:
        known, lone = process_caches()
    db = db if db is not None else load_license_db()
    parents = narrow.column("parents")
    at = np.flatnonzero(np.asarray(pc.is_null(parents).to_numpy(zero_copy_only=False), bool))
    rows = narrow.select(["id", "key", "card_findings"]).take(pa.array(at, pa.int64()))
    refs, keys, stated = (list_column(rows, name) for name in ("id", "key", "card_findings"))
    codes, declarations = _declaration_codes(narrow, at)
    owns = [known(ref, key) for ref, key in zip(refs, keys, strict=True)]
    plain = np.array([o is None and s is None for o, s in zip(owns, stated, strict=True)], bool)
    # A model neither in the registry nor stating parents in prose: its declaration's verdict,
    # judged by the first such model of each declaration (the cache is by declaration).
    used, first = np.unique(codes[plain], return_index=True)
    texts: list[str] = []
    for code, i in zip(used.tolist(), np.flatnonzero(plain)[first].tolist(), strict=True):
        texts.append(_verdict_text(_lone_judged(refs[i], declarations[code], lone, db), None))
    text_of = np.full(len(declarations), -1, dtype=np.int64)
    text_of[used] = np.arange(len(used), dtype=np.int64)
    pick = np.full(narrow.num_rows, -1, dtype=np.int64)  # per model, its text's place
    pick[at[plain]] = text_of[codes[plain]]
    for i in np.flatnonzero(~plain).tolist():  # one by one: own repo known, or prose parents
        fields = declarations[int(codes[i])]
        if owns[i] is None:
            judged = _lone_judged(refs[i], fields, lone, db)
        else:
            judged = _judge(refs[i], fields, owns[i], EMPTY, db)
        pick[at[i]] = len(texts)
        texts.append(_verdict_text(judged, stated[i]))
    picks = pa.array(pick, pa.int64(), mask=pick < 0)
    return pa.array(texts, pa.large_string()).take(picks)


def _declaration_codes(narrow: Any, at: Any) -> tuple[Any, list[tuple[Any, ...]]]:
    """For the rows `at` of `narrow`: each one's declaration as a number, and the
    declarations (the values of DECLARATION_COLUMNS) by number."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    code = np.zeros(len(at), dtype=np.int64)
    columns, values = [], []
    for name in DECLARATION_COLUMNS:
        column = narrow.column(name).combine_chunks()
        if not pa.types.is_dictionary(column.type):
            column = pc.dictionary_encode(column)
        indices = pc.fill_null(column.indices, -1).to_numpy(zero_copy_only=False)
        columns.append(np.asarray(indices, dtype=np.int64)[at])
        values.append(column.dictionary.to_pylist())
        size = len(values[-1]) + 1  # a number per value, and one for null
        if len(code) and int(code.max()) >= (2**62) // size:  # renumbered before it overflows
            code = np.unique(code, return_inverse=True)[1].reshape(-1).astype(np.int64)
        code = code * size + columns[-1] + 1
    _, first, codes = np.unique(code, return_index=True, return_inverse=True)
    declarations = [
        tuple(None if c[i] < 0 else v[c[i]] for c, v in zip(columns, values, strict=True))
        for i in first.tolist()
    ]
    return codes.reshape(-1), declarations


def _lone_judged(
    ref: str, fields: tuple[Any, ...], lone: dict[tuple[Any, ...], Judged], db: LicenseDB
) -> Judged:
    """The verdict of a model with no ancestor: its declaration's alone (cached by it)."""
    judged = lone.get(fields)
    if judged is None:
        if len(lone) >= _CACHED:
            lone.clear()
        judged = lone[fields] = _judge(ref, fields, None, EMPTY, db)
    return judged


def _verdict_text(judged: Judged, stated: str | None) -> str:
    """A lone model's verdict as JSON, with the parents its card's prose states (JSON
    findings from the partition function) after its own findings."""
    values, findings = judged
    in_text = json.loads(stated) if stated else []
    if in_text:
        values = (*values[:-1], True)  # parent_in_text
    return json.dumps([values, [*findings, *in_text]], separators=(",", ":"))
