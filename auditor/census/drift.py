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
    import pandas as pd

    old_label = str(old["snapshot"].iloc[0]) if len(old) else "old"
    new_label = str(new["snapshot"].iloc[0]) if len(new) else "new"
    joined = old.merge(new, on="key", how="outer", suffixes=("_old", "_new"), indicator=True)
    rows: list[tuple[str | None, str, str | None, str | None]] = []
    for record in joined.to_dict("records"):
        state = record["_merge"]
        if state == "left_only":
            rows.append((record["id_old"], "removed", record["declared_license_old"], None))
            continue
        if state == "right_only":
            rows.append((record["id_new"], "added", None, record["declared_license_new"]))
            continue
        ref = record["id_new"]
        for column, change in _COMPARED:
            before, after = _text(record[f"{column}_old"]), _text(record[f"{column}_new"])
            if before != after:
                rows.append((ref, change, before, after))
        was, now = bool(record["contradicts_base_old"]), bool(record["contradicts_base_new"])
        if was != now:
            rows.append((ref, "newly-mislabelled" if now else "no-longer-mislabelled", None, None))
    fresh = _keys(new) - _keys(old)
    rows += [(None, "license-first-seen", None, str(name)) for name in fresh]
    rows.sort(key=lambda r: (r[0] or "", r[1], r[2] or "", r[3] or ""))
    columns = list(zip(*rows, strict=True)) if rows else [(), (), (), ()]
    data = {
        "old_snapshot": [old_label] * len(rows),
        "new_snapshot": [new_label] * len(rows),
        "id": list(columns[0]),
        "change": list(columns[1]),
        "old": list(columns[2]),
        "new": list(columns[3]),
    }
    return pd.DataFrame({k: pd.array(v, dtype="string") for k, v in data.items()})


def _keys(lineage: Any) -> set[str]:
    """Every license id a snapshot names, declared or effective, expressions split."""
    from auditor.licenses.expression import expression_keys

    names = set(lineage["license_id"].dropna()) | set(lineage["effective_id"].dropna())
    return {key for name in names for key in expression_keys(str(name))}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
