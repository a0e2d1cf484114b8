"""The partition function's frames: pandas in (as Dask hands a partition over) or Arrow (row
groups read from Parquet by the task itself, `parts.map_row_groups`), Arrow for
the columnar path (`columnar.py`: the columns its SQL reads, when their types are the dump's)
and out (pandas for callers that want it); and the columns a plain row takes as they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from auditor.census.partition import INT_COLUMNS, STRING_COLUMNS, _int, _text

_STRING_TYPES = ("string", "large_string")


def arrow_frame(frame: Any, id_column: str) -> Any | None:
    """The frame (pandas, or Arrow as read from Parquet) as Arrow, its id column named `id`;
    None when Arrow cannot hold a column."""
    import pyarrow as pa

    if isinstance(frame, pa.Table):
        table = frame
    else:
        try:
            table = pa.Table.from_pandas(frame, preserve_index=False)
        except (pa.ArrowException, ValueError, TypeError, OverflowError):
            return None  # mixed types in a column: the per-row path reads each value
    if id_column != "id":
        if "id" in table.column_names:
            table = table.drop_columns(["id"])
        names = ["id" if name == id_column else name for name in table.column_names]
        table = table.rename_columns(names)
    return table


def dask_frame(table: Any) -> Any:
    """An Arrow table read from Parquet as the pandas frame `dask.dataframe.read_parquet`
    hands over (its own conversion: the per-row path reads the same Python values)."""
    from dask.dataframe.io.parquet.arrow import ArrowDatasetEngine
    from dask.dataframe.utils import pyarrow_strings_enabled

    return ArrowDatasetEngine._arrow_table_to_pandas(
        table, None, convert_string=pyarrow_strings_enabled()
    )


def model_table(rows: dict[str, list[Any]], fast: Any | None) -> Any:
    """Rows read one by one (column lists with `rid`) and rows read as columns, in row order,
    as one Arrow table of COLUMNS."""
    import pyarrow as pa

    schema = pa.schema(
        [("rid", pa.int64())]
        + [(name, pa.large_string()) for name in STRING_COLUMNS]
        + [(name, pa.int64()) for name in INT_COLUMNS]
    )
    table = pa.table(rows, schema=schema)
    if fast is not None and fast.num_rows:
        fast = fast.select(schema.names).cast(schema)
        # `parse_fast` gives its rows in order: a sort only when both paths read some
        table = pa.concat_tables([table, fast]).sort_by("rid") if table.num_rows else fast
    return table.drop_columns(["rid"])


def pandas_frame(table: Any) -> Any:
    """A table of COLUMNS as the pandas frame `parse_partition` returns (nullable dtypes)."""
    import pandas as pd
    import pyarrow as pa

    kinds = {pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}
    return table.to_pandas(types_mapper=kinds.get)


def plain_columns(table: Any, fast: Any, column: Callable[[str], list[Any]]) -> Any:
    """`parse_fast`'s rows with the columns they take as they are: id, dates, library,
    pipeline, downloads and likes (Python's reading, `column(name)`'s values, for a type
    Arrow does not hold as text or integers), and no card problem or finding."""
    import pyarrow as pa
    import pyarrow.compute as pc

    rid = fast.column("rid")
    found = {"id": table.column("id").take(rid).cast(pa.large_string())}

    def text(name: str) -> Any:
        if name not in table.column_names:
            return pa.nulls(len(rid), pa.large_string())
        values = table.column(name)
        if str(values.type) in _STRING_TYPES:
            values = values.take(rid).cast(pa.large_string())
            blank = pc.or_(pc.equal(values, ""), pc.equal(values, "NaT"))
            return pc.if_else(pc.fill_null(blank, False), pa.scalar(None, values.type), values)
        every = [_text(v) for v in column(name)]
        return pa.array(every, pa.large_string()).take(rid)

    def integer(name: str) -> Any:
        if name not in table.column_names:
            return pa.nulls(len(rid), pa.int64())
        values = table.column(name)
        kind = values.type
        if pa.types.is_signed_integer(kind) or kind in (pa.uint8(), pa.uint16(), pa.uint32()):
            return values.take(rid).cast(pa.int64())
        every = [_int(v) for v in column(name)]
        return pa.array(every, pa.int64()).take(rid)

    for name, source in (
        ("created_at", "createdAt"),
        ("last_modified", "lastModified"),
        ("library_name", "library_name"),
        ("pipeline_tag", "pipeline_tag"),
    ):
        found[name] = text(source)
    found["card_problem"] = found["card_findings"] = pa.nulls(len(rid), pa.large_string())
    for name in ("downloads", "likes"):
        found[name] = integer(name)
    for name, values in found.items():
        fast = fast.append_column(name, values)
    return fast


def sql_source(table: Any) -> Any | None:
    """The columns `columnar.py`'s SQL reads, with the row numbers (`rid`); None for types it
    does not read."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = table.num_rows
    names = set(table.column_names)
    if "id" not in names or str(table.schema.field("id").type) not in _STRING_TYPES:
        return None
    columns: dict[str, Any] = {"rid": pa.array(range(n), pa.int64()), "id": table.column("id")}
    columns["card_data"] = pa.nulls(n, pa.string())
    if "cardData" in names:
        kind = table.schema.field("cardData").type
        if str(kind) not in _STRING_TYPES and not pa.types.is_null(kind):
            return None
        columns["card_data"] = table.column("cardData").cast(pa.large_string())
    card = pa.repeat(False, n)
    if "card" in names:
        text = table.column("card")
        if str(text.type) not in _STRING_TYPES and not pa.types.is_null(text.type):
            return None
        card = pc.fill_null(pc.greater(pc.utf8_length(text.cast(pa.large_string())), 0), False)
    columns["has_card"] = card
    if "tags" in names and not pa.types.is_null(table.schema.field("tags").type):
        kind = table.schema.field("tags").type
        if not (pa.types.is_list(kind) or pa.types.is_large_list(kind)):
            return None
        if str(kind.value_type) not in _STRING_TYPES:
            return None
        columns["tags"] = table.column("tags")
    if "baseModels" in names and not pa.types.is_null(table.schema.field("baseModels").type):
        if not is_hub_struct(table.schema.field("baseModels").type):
            return None
        columns["base_models"] = table.column("baseModels")
    return pa.table(columns)


def is_hub_struct(kind: Any) -> bool:
    """The dump's `baseModels`: struct<models: list<struct<id: string>>, relation: string>."""
    import pyarrow as pa

    if not pa.types.is_struct(kind) or {f.name for f in kind} != {"models", "relation"}:
        return False
    models, relation = kind.field("models").type, kind.field("relation").type
    if str(relation) not in _STRING_TYPES:
        return False
    if not (pa.types.is_list(models) or pa.types.is_large_list(models)):
        return False
    item = models.value_type
    if not pa.types.is_struct(item) or [f.name for f in item] != ["id"]:
        return False
    return str(item.field("id").type) in _STRING_TYPES
