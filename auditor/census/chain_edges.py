"""The edges of a census as columns: `lineage_table.edge_parts` without a Python step per
edge for the common `parents` text, one parent whose ref is a plain `org/name`.

Such a text is read by a regular expression (refs of letters, digits, `.`, `_` and `-` need
no JSON escape, and their `repo_key` is the ref lowered); any other (several parents, a URL,
`@revision`, escapes, a part `.` or `..`) is parsed by `lineage_table._parents`. The
registry is asked only about parents whose organisation one of its patterns names.
"""

from __future__ import annotations

from typing import Any

from auditor.census.lineage_table import _parents
from auditor.census.registry import Known

_ONE = (
    r'^\[\["(?P<ref>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)",'
    r'(?P<relation>"[A-Za-z0-9_.-]*"|null),(?P<source>"[A-Za-z0-9_.-]*"|null)\]\]$'
)
_SMALL = ("relation", "source", "resolved_by")


def edge_columns(
    narrow: Any, order: Any, known: Known, orgs: frozenset[str] | None
) -> tuple[Any, Any, Any, Any]:
    """(output positions of the models with parents, their edges' offsets, each edge's
    parent as an output position or -1, the edge columns), as `lineage_table.edge_parts`
    gives them; `orgs`: the registry's organisations (`registry.registry_orgs`)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    column = narrow.column("parents")
    valid = np.asarray(pc.is_valid(column).to_numpy(zero_copy_only=False), dtype=bool)
    children = np.flatnonzero(valid[order]).astype(np.int64)
    text = _plain(column.take(pa.array(order[children])))
    found = pc.extract_regex(text, _ONE)
    ref = found.field("ref")
    lowered = pc.utf8_lower(ref)
    odd = pc.or_kleene(
        pc.starts_with(lowered, "huggingface.co/"),
        pc.match_substring_regex(ref, r"(^|/)\.\.?(/|$)"),
    )
    fast_arrow = pc.and_not(pc.is_valid(found), pc.fill_null(odd, True))
    fast = np.asarray(fast_arrow.to_numpy(zero_copy_only=False), dtype=bool)
    slow = np.flatnonzero(~fast)
    parsed = [_parents(t) for t in text.take(pa.array(slow)).to_pylist()]
    counts = np.ones(len(children), dtype=np.int64)
    counts[slow] = [len(p) for p in parsed]
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    at_fast = np.flatnonzero(fast)
    flat = [edge for ps in parsed for edge in ps]
    slow_at = np.repeat(offsets[slow], counts[slow]) + _within(counts[slow])
    inverse = np.empty(int(offsets[-1]), dtype=np.int64)
    inverse[np.concatenate([offsets[at_fast], slow_at]).astype(np.int64)] = np.arange(len(inverse))
    picks = pa.array(at_fast)
    large = pa.large_string()

    def joined(ours: Any, theirs: list[Any]) -> Any:
        both = [ours.take(picks).cast(large), pa.array(theirs, large)]
        return pa.concat_arrays(both).take(pa.array(inverse))

    keys = joined(lowered, [key for key, _, _, _ in flat])
    refs = joined(ref, [r for _, r, _, _ in flat])
    small = [
        joined(_unquoted(found.field(name)), [edge[k] for edge in flat])
        for k, name in ((2, "relation"), (3, "source"))
    ]
    del text, found, ref, lowered, parsed, flat
    parent_rows = _positions(keys, narrow.column("key"), order)
    registered = in_registry(refs, keys, known, orgs)
    by = np.where(registered, "registry", np.where(parent_rows >= 0, "snapshot", "none"))
    same = pc.equal(keys, refs)
    edges = pa.table(
        {
            "parent": pc.if_else(same, pa.scalar(None, large), refs),
            "parent_key": keys,
            **{
                name: pc.dictionary_encode(values)
                for name, values in zip(_SMALL, [*small, pa.array(by, large)], strict=True)
            },
        }
    )
    return children, offsets, parent_rows, edges


def _positions(keys: Any, every: Any, order: Any) -> Any:
    """The output position of the model each key names, -1 for none: the models' keys
    looked up among the edges' (fewer than the models: a smaller table), and a repo's
    other rows (not in `order`) left out."""
    import numpy as np
    import pyarrow.compute as pc

    wanted = pc.unique(keys)
    found = pc.index_in(_plain(every), value_set=wanted)
    which = np.asarray(found.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)
    position = np.full(len(which), -1, dtype=np.int64)
    position[order] = np.arange(len(order), dtype=np.int64)
    hit = (which >= 0) & (position >= 0)
    of_wanted = np.full(len(wanted), -1, dtype=np.int64)
    of_wanted[which[hit]] = position[hit]
    named = pc.index_in(keys, value_set=wanted)
    at = np.asarray(named.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)
    return np.where(at >= 0, of_wanted[np.maximum(at, 0)], -1)


def edge_lists(edges: Any, at: Any) -> list[tuple[str, str, str | None]]:
    """(key, ref, relation) of the edges `at` (positions), as `_parents` gives them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    picks = pa.array(at, pa.int64())
    keys = edges.column("parent_key").take(picks)
    refs = pc.coalesce(edges.column("parent").take(picks), keys)
    relations = _plain(edges.column("relation").take(picks))
    columns = (keys.to_pylist(), refs.to_pylist(), relations.to_pylist())
    return list(zip(*columns, strict=True))


def in_registry(refs: Any, keys: Any, known: Known, orgs: frozenset[str] | None) -> Any:
    """Whether each (ref, key) is in the registry, asked only of the keys whose organisation
    one of the registry's patterns names (`orgs`; None: every key)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    ask = np.ones(len(keys), dtype=bool)
    if orgs is not None:
        org = pc.list_element(pc.split_pattern(keys, "/", max_splits=1), 0)
        wanted = pa.array(sorted(orgs), org.type)
        ask = np.asarray(pc.is_in(org, value_set=wanted).to_numpy(zero_copy_only=False), bool)
    found = np.zeros(len(keys), dtype=bool)
    at = np.flatnonzero(ask)
    if len(at):
        picks = pa.array(at)
        pairs = zip(refs.take(picks).to_pylist(), keys.take(picks).to_pylist(), strict=True)
        found[at] = [known(ref, key) is not None for ref, key in pairs]
    return found


def _within(counts: Any) -> Any:
    """0, 1, ... within each run of `counts`."""
    import numpy as np

    total = int(counts.sum())
    return np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)


def _unquoted(column: Any) -> Any:
    """A JSON string or null as read by the expression: the text, or null."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.utf8_slice_codeunits(column, 1, -1)
    return pc.if_else(pc.equal(column, "null"), pa.scalar(None, column.type), text)


def _plain(column: Any) -> Any:
    import pyarrow as pa

    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    return array.dictionary_decode() if pa.types.is_dictionary(array.type) else array
