"""The partition function's columnar path: Hub metadata rows as Arrow, read with DuckDB.

Most rows of a dump are plain: `cardData` a JSON object, a repo id in printable ASCII, a
declaration among a few dozen distinct ones. For those, DuckDB reads the few keys a
declaration needs out of the JSON (`license`, `license_name`, `license_link`,
`base_model_relation`, `base_model`, and the `tags` that can name a relation); each distinct
declaration is identified once, in Python, by the card reader (`sources/card.py`) and
`licenses/declared.py` as on the per-row path, and its columns are joined back to its rows.
A row's parents are put together in Python only for the rows that have some; the repo key is
computed in SQL.

Every other row keeps the per-row path (`partition.parse_row`): text DuckDB reads but Python's
`json` refuses (trailing commas, `nan`) or reads otherwise (duplicate keys, the last counts) or
cannot read (numbers past int's digit limit); front matter that is not a JSON object; a
`license` key spelled otherwise (`licence`); numbers where a declaration is read as text; card
texts (`--cards`); ids with spaces, URLs or other characters; lone surrogates (`"\\ud800"`,
refused by DuckDB's JSON reader; `readable.py`). A partition whose columns have types not read
here (a `cardData` struct, `baseModels` as text) goes row by row whole. The rows are the same.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from auditor.census.frames import sql_source
from auditor.model import BaseModelRef
from auditor.model.license_words import CANONICAL_KEYS, fold_key

_LOG = logging.getLogger(__name__)
# Read by DuckDB's JSON reader, refused by Python's: a trailing comma; nan or inf in any case
# (NaN and Infinity, and such words inside a string, go to Python too: false alarms cost time).
# Matched by Arrow (RE2 as in DuckDB, half the time) into the column `lenient`.
_LENIENT = r"(,\s*[\]}])|([:\[,]\s*[-+]?(?i:nan|inf))"

_MACROS = (
    # A ref written as `repo_key`, `strip_hub_url` and `parent_ref` leave it, and as
    # json.dumps writes it: printable ASCII without quotes (\x22) or backslashes (\x5c),
    # not a URL.
    r"""CREATE TEMP MACRO plain_ref(x) AS regexp_matches(x, '^[\x21\x23-\x5b\x5d-\x7e]+$')
      AND NOT regexp_matches(x, '^(?i:https?://|(www\.)?(huggingface\.co|hf\.co)/)')""",
    r"""CREATE TEMP MACRO plain_text(x) AS
      regexp_matches(x, '^[\x20\x21\x23-\x5b\x5d-\x7e]*$')""",
    # `repo_key` of a plain ref: the part before `@` without slashes around, lowered, when it
    # is one org/name pair, neither part `.` nor `..` (a part starts with no dot, with one
    # dot and another character, or with two dots and more); else the ref lowered.
    r"""CREATE TEMP MACRO head_of(x) AS lower(trim(split_part(x, '@', 1), '/'))""",
    # Most refs are one org/name of letters, digits, `_`, `-` and `.` not first: the key is
    # the ref lowered (half the cost of the general expression, tried only on the others).
    r"""CREATE TEMP MACRO repo_key_of(x) AS CASE
      WHEN regexp_matches(x, '^[A-Za-z0-9_-][A-Za-z0-9_.-]*/[A-Za-z0-9_-][A-Za-z0-9_.-]*$')
        THEN lower(x)
      WHEN regexp_matches(head_of(x), '^{part}/{part}$') THEN head_of(x)
      ELSE lower(x) END""".replace("{part}", r"([^/.][^/]*|\.[^/.][^/]*|\.\.[^/]+)"),
    r"""CREATE TEMP MACRO json_text(x) AS
      CASE WHEN x IS NULL THEN 'null' ELSE '"' || x || '"' END""",
)

_READ = """
CREATE OR REPLACE TEMP TABLE rows AS
SELECT rid,
  plain_ref(id) AND NOT has_card AS plain,
  card_data IS NULL OR card_data = '' AS blank,
  CASE WHEN starts_with(card_data, '{') AND NOT lenient
        -- never too deep: fewer than 900 brackets opened (counted in bytes: ten times
        -- cheaper than translate's characters, the same count for ASCII brackets)
        AND strlen(card_data) - strlen(replace(replace(card_data, '[', ''), '{', '')) < 900
       -- null for text that is not JSON (one parse: json_valid first cost another)
       THEN TRY(json_keys(card_data)) END AS keys
FROM src
"""

# Front matter with a key twice goes to Python (the keys grouped: half the cost of a
# list_distinct per row).
_FAST = """
CREATE OR REPLACE TEMP TABLE fast AS
SELECT rid FROM rows
WHERE plain AND (blank OR (keys IS NOT NULL
  AND (list_contains(keys, 'license') OR NOT list_has_any(keys, ?::VARCHAR[]))))
  AND rid NOT IN (
    SELECT rid FROM (SELECT rid, unnest(keys) AS k FROM rows WHERE keys IS NOT NULL)
    GROUP BY rid, k HAVING count(*) > 1)
"""

# The fields read, per plain row: the declaration's JSON values (l, n, k), the parents' (r,
# b, model_tags: the tags that can name a relation), the Hub's license tags and parents.
_FIELDS = """
SELECT rid, repo_key_of(id) AS key, f[1] AS l, f[2] AS n, f[3] AS k, f[4] AS r, f[5] AS b,
  CASE WHEN json_type(f[6]) IS DISTINCT FROM 'ARRAY' THEN NULL
    -- an item is written inside its list as it is alone: no item names one without the list
    WHEN NOT contains(lower(f[6]), '_model:') THEN CAST([] AS VARCHAR[])
    ELSE [t FOR t IN CAST(json_extract(f[6], '$[*]') AS VARCHAR[])
     IF json_type(t) = 'VARCHAR' AND contains(lower(t), '_model:')]
  END AS model_tags,
  {license_tags} AS license_tags, {hub_ids} AS hub_ids, {hub_relation} AS hub_relation
FROM (
  SELECT src.*,
    CASE WHEN card_data IS NULL OR card_data = '' THEN [NULL, NULL, NULL, NULL, NULL, NULL]
      ELSE CAST(json_extract(card_data, ['$.license', '$.license_name', '$.license_link',
        '$.base_model_relation', '$.base_model', '$.tags']) AS VARCHAR[]) END AS f
  FROM src SEMI JOIN fast USING (rid)
)
"""

# A row's `parents` in SQL when its parents are plain: at most one Hub parent, and a card's
# `base_model` one plain ref with a plain relation and no relation-naming tags (the Hub's
# parent first, the card's after it unless it is the same repo). Else `parents_python`.
_PARENTS = """
SELECT *,
  CASE WHEN NOT hub_plain THEN NULL
    WHEN no_card THEN CASE WHEN hub_n = 1 THEN '[' || hub_part || ']' END
    WHEN NOT card_plain THEN NULL
    WHEN hub_n = 0 THEN '[' || card_part || ']'
    WHEN repo_key_of(base) = repo_key_of(hub_ids[1]) THEN '[' || hub_part || ']'
    ELSE '[' || hub_part || ',' || card_part || ']' END AS parents_sql,
  NOT hub_plain OR (NOT no_card AND NOT card_plain) AS parents_python
FROM (
  SELECT *,
    base IS NOT NULL AND plain_ref(base) AND relation_plain
      AND (model_tags IS NULL OR len(model_tags) = 0) AS card_plain,
    hub_n = 0 OR (hub_n = 1 AND hub_ids[1] IS NOT NULL AND plain_ref(hub_ids[1])
      AND (hub_relation IS NULL OR plain_text(hub_relation))) AS hub_plain,
    '["' || hub_ids[1] || '",' || json_text(lower(nullif(hub_relation, ''))) || ',"baseModels"]'
      AS hub_part,
    '["' || base || '",' || json_text(lower(nullif(relation, ''))) || ',"card"]' AS card_part
  FROM (
    SELECT *, coalesce(len(hub_ids), 0) AS hub_n,
      b IS NULL OR json_type(b) = 'NULL' AS no_card,
      CASE WHEN json_type(b) = 'VARCHAR' THEN json_extract_string(b, '$') END AS base,
      CASE WHEN json_type(r) = 'VARCHAR' THEN json_extract_string(r, '$') END AS relation,
      r IS NULL OR json_type(r) = 'NULL' OR (json_type(r) = 'VARCHAR'
        AND (json_extract_string(r, '$') = '' OR (plain_text(json_extract_string(r, '$'))
        AND NOT contains(json_extract_string(r, '$'), ' ')))) AS relation_plain
    FROM ({fields})
  )
)
"""

# Each row's declaration and card parents as one text each (JSON: the same values give the
# same text, others another), numbered in Python by a dictionary (a window's sort costs more).
_GROUPS = """
SELECT rid, key, l, n, k, r, b, model_tags, license_tags, hub_ids, hub_relation, parents_sql,
  parents_python, to_json([l, n, k, to_json(license_tags)]) AS license_group,
  CASE WHEN parents_python AND b IS NOT NULL THEN to_json([r, b, to_json(model_tags)]) END
    AS parent_group
FROM ({parents})
"""


def parse_fast(table: Any) -> Any | None:
    """The plain rows of an Arrow table of Hub metadata (the dump's column names) -> their
    columns: `rid` (the row's number), `key`, the nine declaration columns (`partition`'s
    COLUMNS, `declared_license` ... `license_method`) and `parents`; None when the table's
    columns have types only the per-row path reads."""
    import duckdb
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from auditor.census.partition import COLUMNS

    src = sql_source(table)
    if src is None:
        return None
    try:
        found = _read(src)
    except duckdb.Error as err:  # the per-row path reads anything; say why it had to
        _LOG.warning("census partition read row by row: DuckDB: %s", err)
        return None
    names = COLUMNS[COLUMNS.index("declared_license") : COLUMNS.index("parents")]
    inputs = ("l", "n", "k", "license_tags")
    licenses, license_codes = _by_group(found, "license_group", inputs, _license)
    bases, base_codes = _by_group(found, "parent_group", ("r", "b", "model_tags"), _bases)
    slow = _slow(licenses, license_codes) | _slow(bases, base_codes)
    columns = {"rid": found.column("rid"), "key": found.column("key")}
    take = pa.array(np.maximum(license_codes, 0))
    for at, name in enumerate(names):
        values = [None if a is _SLOW or a is None else a[at] for a in licenses]
        columns[name] = (
            pa.array(values, pa.large_string()).take(take)
            if len(values)
            else (pa.nulls(found.num_rows, pa.large_string()))
        )
    flagged = pc.fill_null(found.column("parents_python"), True)  # in doubt: Python's reading
    python = np.asarray(flagged.to_numpy(zero_copy_only=False), dtype=bool)
    rows = np.flatnonzero(python & ~slow)
    texts = _parents_texts(
        found.take(rows), [bases[c] if c >= 0 else None for c in base_codes[rows]]
    )
    parents = found.column("parents_sql").combine_chunks().cast(pa.large_string())
    mask = np.zeros(found.num_rows, bool)
    mask[rows] = True
    parents = pc.replace_with_mask(parents, pa.array(mask), pa.array(texts, pa.large_string()))
    columns["parents"] = parents
    kept = pa.table({name: columns[name] for name in ("rid", "key", *names, "parents")})
    return kept.filter(pa.array(~slow))


def _read(src: Any) -> Any:
    """The SQL over the partition: per plain row its fields, groups and parents (Arrow)."""
    import pyarrow.compute as pc

    lenient = pc.match_substring_regex(src.column("card_data"), _LENIENT)
    db = _connection()
    try:
        db.register("src", src.append_column("lenient", lenient))
        db.execute(_READ)
        db.execute(_FAST, [_variant_keys(db)])
        fields = _FIELDS.format(**_sql_parts(src))
        found = _numbered(_arrow(db.sql(_GROUPS.format(parents=_PARENTS.format(fields=fields)))))
        db.execute("DROP TABLE rows; DROP TABLE fast")
        db.unregister("src")
    except BaseException:
        _LOCAL.db = None  # a fresh connection next time
        db.close()
        raise
    return found


def _numbered(found: Any) -> Any:
    """The rows in order of `rid`, each group text replaced by its number (0..; null: none)."""
    import numpy as np
    import pyarrow.compute as pc

    rid = found.column("rid").to_numpy()
    if len(rid) > 1 and not bool(np.all(rid[1:] > rid[:-1])):
        found = found.take(np.argsort(rid, kind="stable"))
    for group in ("license_group", "parent_group"):
        codes = pc.dictionary_encode(found.column(group).combine_chunks()).indices
        found = found.set_column(found.schema.get_field_index(group), group, codes)
    return found


def _connection() -> Any:
    """This thread's DuckDB connection, with the macros (made once: a worker reads many
    partitions, one at a time on its one thread)."""
    import duckdb

    db = getattr(_LOCAL, "db", None)
    if db is None:
        db = duckdb.connect()
        db.execute("SET threads = 1")  # a worker's one core
        for macro in _MACROS:
            db.execute(macro)
        _LOCAL.db = db
    return db


_LOCAL = threading.local()


def _slow(answers: list[Any], codes: Any) -> Any:
    """Per row: its group's answer is _SLOW (the per-row path reads it)."""
    import numpy as np

    slow = np.array([a is _SLOW for a in answers] + [False], dtype=bool)
    return slow[codes]  # a code of -1 (no group) reads the final False


def _sql_parts(src: Any) -> dict[str, str]:
    names = set(src.column_names)
    hub = "base_models" in names
    return {
        "license_tags": "[t FOR t IN tags IF starts_with(t, 'license:')]"
        if "tags" in names
        else "CAST([] AS VARCHAR[])",
        "hub_ids": "[m.id FOR m IN base_models.models]" if hub else "CAST(NULL AS VARCHAR[])",
        "hub_relation": "base_models.relation" if hub else "CAST(NULL AS VARCHAR)",
    }


def _variant_keys(db: Any) -> list[str]:
    """Keys of the front matter without a `license` key that stand for one (`licence`,
    `License`): the card reader reads the first of them, which the per-row path does."""
    keys = db.sql(
        "SELECT DISTINCT unnest(keys) AS key FROM rows"
        " WHERE keys IS NOT NULL AND NOT list_contains(keys, 'license')"
    ).fetchall()
    return sorted(
        key
        for (key,) in keys
        if isinstance(key, str) and key not in CANONICAL_KEYS and fold_key(key) == "license"
    )


def _arrow(relation: Any) -> Any:
    found = relation.arrow()
    return found.read_all() if hasattr(found, "read_all") else found


def _by_group(
    found: Any, group: str, names: Sequence[str], compute: Callable[..., Any]
) -> tuple[list[Any], Any]:
    """`compute` once per distinct value of the columns `names`, numbered 0.. by the column
    `group` (null: none): the answers in that order, and each row's number (-1: none)."""
    import numpy as np
    import pyarrow.compute as pc

    codes = np.asarray(
        pc.fill_null(found.column(group), -1).to_numpy(zero_copy_only=False), dtype=np.int64
    )
    numbers, first = np.unique(codes, return_index=True)
    distinct = found.select(list(names)).take(first).to_pylist()
    answers: list[Any] = [None] * int(numbers.max() + 1 if len(numbers) else 0)
    for code, values in zip(numbers.tolist(), distinct, strict=True):
        if code >= 0:
            answers[code] = compute(*(values[name] for name in names))
    return answers, codes


_SLOW = object()  # a value only the per-row path reads


def _loaded(fragments: dict[str, str | None]) -> dict[str, object] | None:
    try:  # None past what Python reads (int's digit limit, deep nesting)
        return {name: json.loads(text) for name, text in fragments.items() if text is not None}
    except (ValueError, RecursionError):
        return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _license(
    license_value: str | None, name: str | None, link: str | None, tags: list[str] | None
) -> Any:
    """The declaration columns of one distinct (license, license_name, license_link, Hub
    license tags), as the per-row path computes them; _SLOW when a value is a number (DuckDB
    writes numbers back its own way, and the card reader reads them as text)."""
    from auditor.census.partition import _NOTHING, _declared, license_columns

    metadata = _loaded({"license": license_value, "license_name": name, "license_link": link})
    if metadata is None:  # the per-row path says why
        return _SLOW
    listed = metadata.get("license")
    items = [*(listed if isinstance(listed, list) else [listed]), metadata.get("license_name")]
    if any(_is_number(v) for v in [*items, metadata.get("license_link")]):
        return _SLOW
    declared = _declared(metadata) if metadata else _NOTHING
    return license_columns(declared, tags or [])[2]


def _bases(relation: str | None, base: str | None, tags: list[str] | None) -> Any:
    """The parents the card's front matter names, for one distinct (base_model_relation,
    base_model, relation-naming tags); _SLOW for a numeric relation."""
    from auditor.census.partition import _declared

    metadata = _loaded({"base_model_relation": relation, "base_model": base})
    if metadata is None or _is_number(metadata.get("base_model_relation")):
        return _SLOW
    if tags is not None:
        metadata["tags"] = [json.loads(t) for t in tags]
    # The parents are read apart from the license: a `license` key spares the card reader
    # its search for a key spelled otherwise (none is here).
    found: tuple[BaseModelRef, ...] = _declared({**metadata, "license": None}).base_models
    return found


def _parents_texts(found: Any, bases: list[Any]) -> list[str | None]:
    """Each row's `parents` (JSON), from the Hub's `baseModels` and the card's `base_model`."""
    from auditor.census.partition import _parents, hub_refs

    ids = found.column("hub_ids").to_pylist()
    relations = found.column("hub_relation").to_pylist()
    texts: list[str | None] = []
    for hub_ids, relation, card in zip(ids, relations, bases, strict=True):
        if not hub_ids and not card:
            texts.append(None)
            continue
        parents = _parents(hub_refs(hub_ids or [], relation), card or ())
        texts.append(json.dumps(parents, separators=(",", ":")) if parents else None)
    return texts
