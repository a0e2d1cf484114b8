"""Drift between consecutive snapshots: licenses that changed, newly mislabelled models,
licenses seen for the first time, models added and removed."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

DRIFT_COLUMNS = ("old_snapshot", "new_snapshot", "id", "change", "old", "new")
_COMPARED = (
    ("declared_license", "declared-license"),
    ("license_id", "declared-license-id"),
    ("effective_id", "effective-license"),
)


def drift_rows(lineages: Sequence[Any]) -> Any:
    """One row per change between each snapshot's lineage table and the next one's."""
    import pandas as pd

    frames = [_pair(old, new) for old, new in itertools.pairwise(lineages)]
    if not frames:
        return pd.DataFrame({c: pd.array([], dtype="string") for c in DRIFT_COLUMNS})
    return pd.concat(frames, ignore_index=True)


def _pair(old: Any, new: Any) -> Any:
    """The changes between two lineage tables, column at a time (no Python row per model):
    sorted by (id, change, old, new), missing as "", then as they were met."""
    import pandas as pd

    old_label = str(old["snapshot"].iloc[0]) if len(old) else "old"
    new_label = str(new["snapshot"].iloc[0]) if len(new) else "new"
    wanted = ["key", "id", "declared_license", *(c for c, _ in _COMPARED[1:]), "contradicts_base"]
    joined = old[wanted].merge(
        new[wanted], on="key", how="outer", suffixes=("_old", "_new"), indicator=True
    )
    state = joined["_merge"].astype(str).to_numpy()
    del joined["_merge"]
    both = state == "both"
    # (id, change, old, new, row met, order within the row) for each kind of change
    parts = [
        _rows(joined, state == "left_only", "id_old", "removed", "declared_license_old", None, 0),
        _rows(joined, state == "right_only", "id_new", "added", None, "declared_license_new", 0),
    ]
    for order, (column, change) in enumerate(_COMPARED):
        before, after = f"{column}_old", f"{column}_new"
        differs = both & _differ(joined[before], joined[after])
        parts.append(_rows(joined, differs, "id_new", change, before, after, order))
    was = joined["contradicts_base_old"].astype("boolean").fillna(False).to_numpy(dtype=bool)
    now = joined["contradicts_base_new"].astype("boolean").fillna(False).to_numpy(dtype=bool)
    flipped = both & (was != now)
    for label, mask in (("newly-mislabelled", now), ("no-longer-mislabelled", ~now)):
        parts.append(_rows(joined, flipped & mask, "id_new", label, None, None, len(_COMPARED)))
    fresh = sorted(_keys(new) - _keys(old))
    met = len(joined)
    parts.append(
        pd.DataFrame(
            {
                "id": pd.array([None] * len(fresh), dtype="string"),
                "change": "license-first-seen",
                "old": pd.array([None] * len(fresh), dtype="string"),
                "new": pd.array(fresh, dtype="string"),
                "met": range(met, met + len(fresh)),
                "order": 0,
            }
        )
    )
    rows = pd.concat(parts, ignore_index=True)
    for column in ("id", "old", "new"):
        rows[f"{column}_sort"] = rows[column].fillna("")
    rows = rows.sort_values(
        ["id_sort", "change", "old_sort", "new_sort", "met", "order"], kind="stable"
    )
    data = {
        "old_snapshot": [old_label] * len(rows),
        "new_snapshot": [new_label] * len(rows),
        "id": rows["id"].tolist(),
        "change": rows["change"].tolist(),
        "old": rows["old"].tolist(),
        "new": rows["new"].tolist(),
    }
    return pd.DataFrame({k: pd.array(v, dtype="string") for k, v in data.items()})


def _rows(
    joined: Any,
    mask: Any,
    id_column: str,
    change: str,
    before: Any,
    after: Any,
    order: int,
) -> Any:
    """The rows of one kind of change where `mask` holds; `before`/`after`: a column of
    `joined`, or None."""
    import numpy as np
    import pandas as pd

    where = np.flatnonzero(mask)

    def pick(value: Any) -> Any:
        if value is None:
            return pd.array([None] * len(where), dtype="string")
        return pd.array(_strings(joined[value].iloc[where]), dtype="string")

    return pd.DataFrame(
        {
            "id": pick(id_column),
            "change": [change] * len(where),
            "old": pick(before),
            "new": pick(after),
            "met": where,
            "order": order,
        }
    )


def _strings(series: Any) -> list[str | None]:
    """Text values as they are, anything else (missing, NaN, numbers) as missing."""
    return [v if isinstance(v, str) else None for v in series.tolist()]


def _differ(before: Any, after: Any) -> Any:
    """Per row: the two values differ, text compared as text and anything else as missing."""
    import pyarrow.compute as pc

    old, new = _arrow_text(before), _arrow_text(after)
    same = pc.or_kleene(
        pc.fill_null(pc.equal(old, new), False), pc.and_(pc.is_null(old), pc.is_null(new))
    )
    return ~same.to_numpy(zero_copy_only=False).astype(bool)


def _arrow_text(series: Any) -> Any:
    import pyarrow as pa

    values = pa.array(series, from_pandas=True)
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return pa.nulls(len(values), pa.large_string())
    return values.cast(pa.large_string())


def _keys(lineage: Any) -> set[str]:
    """Every license id a snapshot names, declared or effective, expressions split."""
    from auditor.licenses.expression import expression_keys

    names = set(lineage["license_id"].dropna()) | set(lineage["effective_id"].dropna())
    return {key for name in names for key in expression_keys(str(name))}
