"""The pure per-partition function: Hub metadata rows in, one row per model out.

With a card's text (a `card` column, from a dump of card texts), the front matter is read from
it when `cardData` is absent, and, as `scan` does, the parents its prose names are reported
when its metadata names none (`lineage/prose.py`).

It parses each row's `cardData` (the card's front matter as JSON), identifies the declared
license through `licenses/declared.py` (cached per distinct declaration: a few thousand
distinct ones cover millions of models) and collects the parent edges from the Hub's
`baseModels` and the card's `base_model`. The plain rows of a partition are read as columns
(`columnar.py`: DuckDB, each distinct declaration identified once); `parse_row` reads the
others, one by one, and is what the columnar path answers as. No I/O, no state but the
caches: Dask runs it on each partition, anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from auditor.census.readable import (
    card_data_front_matter,
    escape_surrogates,
    readable,
    readable_fields,
    readable_front_matter,
    surrogate_note,
)
from auditor.census.snapshot import OPTIONAL_COLUMNS
from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import identify_declared
from auditor.lineage.ancestors import repo_key, strip_hub_url
from auditor.lineage.prose_findings import stated_parent_findings
from auditor.model import BaseModelRef, Declared, FrontMatterState, LicenseMatch, ParsedCard
from auditor.sources.card import declared_from_card, parse_card
from auditor.sources.card_keys import declared_key

STRING_COLUMNS = (
    "id",
    "key",
    "created_at",
    "last_modified",
    "library_name",
    "pipeline_tag",
    "declared_license",
    "declared_tags",
    "license_name",
    "license_link",
    "license_id",
    "license_label",
    "license_kind",
    "license_hf",
    "license_method",
    "parents",
    "card_problem",
    "card_findings",
)
INT_COLUMNS = ("downloads", "likes")
COLUMNS = (*STRING_COLUMNS, *INT_COLUMNS)
_TAG_PREFIX = "license:"
_NOTHING = Declared(origin="cardData")
_ROW_TEXT = ("id", "tags", "createdAt", "lastModified", "library_name", "pipeline_tag", "card")


def parse_partition(frame: Any, id_column: str = "id") -> Any:
    """A pandas DataFrame of Hub metadata rows -> one row per model (see COLUMNS), pandas."""
    from auditor.census.frames import pandas_frame

    return pandas_frame(partition_table(frame, id_column))


def partition_table(frame: Any, id_column: str = "id") -> Any:
    """A pandas DataFrame (or an Arrow table read from Parquet) of Hub metadata rows -> one
    row per model (see COLUMNS), as Arrow. The plain rows are read as columns (`columnar.py`),
    the others one by one (`parse_row`, from pandas as Dask gives it: made when first asked)."""
    import numpy as np
    import pandas as pd

    from auditor.census.columnar import parse_fast
    from auditor.census.frames import arrow_frame, dask_frame, model_table, plain_columns

    n = len(frame)
    frames = [frame] if isinstance(frame, pd.DataFrame) else []

    def column(name: str) -> list[Any]:
        if not frames:
            frames.append(dask_frame(frame))
        if name not in frames[0].columns:
            return [None] * n
        values = frames[0][name].tolist()
        # pandas' missing values (NA, NaN, NaT) as None, so the row code sees one "absent"
        return [
            None if v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v) else v
            for v in values
        ]

    table = arrow_frame(frame, id_column) if n else None
    fast = parse_fast(table) if table is not None else None
    fast = plain_columns(table, fast, column) if fast is not None else None
    done = np.zeros(n, dtype=bool)
    if fast is not None:
        done[fast.column("rid").to_numpy()] = True
    slow = np.flatnonzero(~done).tolist()
    inputs = (id_column, *OPTIONAL_COLUMNS)
    values = [column(name) for name in inputs] if slow else []
    out: dict[str, list[Any]] = {name: [] for name in ("rid", *COLUMNS)}
    appenders = [out[name].append for name in ("rid", *COLUMNS)]
    for i in slow:
        row = parse_row(*(v[i] for v in values))
        if row is not None:
            for append, value in zip(appenders, (i, *row), strict=True):
                append(value)
    return model_table(out, fast)


def empty_partition() -> Any:
    """The output's columns and dtypes with no rows (Dask's `meta`)."""
    import pandas as pd

    return parse_partition(pd.DataFrame({"id": pd.array([], dtype="string")}))


def parse_row(
    repo: object,
    card_data: object,
    base_models: object,
    tags: object,
    created: object,
    modified: object,
    downloads: object,
    likes: object,
    library: object,
    pipeline: object,
    card_text: object = None,
) -> tuple[Any, ...] | None:
    """One model's row in COLUMNS order; None for a row without a repo id."""
    if not isinstance(repo, str) or not repo.strip():
        return None
    # Text UTF-8 cannot hold (lone surrogates) is escaped as it comes in, and noted.
    values = (repo, tags, created, modified, library, pipeline, card_text)
    (_, tags, created, modified, library, pipeline, card_text), odd = readable_fields(
        _ROW_TEXT, values
    )
    repo = escape_surrogates(repo)
    metadata, problem, odd_front = card_data_front_matter(card_data)
    card = parse_card(card_text) if isinstance(card_text, str) and card_text else None
    if card is not None and card_data is None and card.metadata:
        # a dump of card texts: the front matter comes from the text (YAML has escapes too)
        metadata, odd_front = readable_front_matter(card.metadata, "card")
        card = replace(card, metadata=metadata)
    declared = _declared(metadata) if metadata else _NOTHING
    declared, match, fields = license_columns(declared, tags)
    hub = _hub_base_models(base_models)
    escaped = readable(hub) if hub else hub
    parents = _parents(escaped, declared.base_models)
    note = surrogate_note([*odd, *odd_front, *(["baseModels"] if escaped is not hub else [])])
    problem = "; ".join(text for text in (problem, note) if text) or None
    stated = (
        _stated_parents(card, repo.strip(), match)
        if card is not None and card.body and not parents
        else None
    )
    return (
        repo.strip(),
        repo_key(repo),
        _text(created),
        _text(modified),
        _text(library),
        _text(pipeline),
        *fields,
        json.dumps(parents, separators=(",", ":")) if parents else None,
        problem,
        stated,
        _int(downloads),
        _int(likes),
    )


def license_columns(
    declared: Declared, tags: object
) -> tuple[Declared, LicenseMatch | None, tuple[Any, ...]]:
    """A declaration, with the Hub's `license:` tags standing in when it names no license,
    the license it identifies as, and its columns `declared_license` ... `license_method`."""
    if declared.license is None:
        from_tags = [
            t[len(_TAG_PREFIX) :]
            for t in _iterable(tags)
            if isinstance(t, str) and t.startswith(_TAG_PREFIX)
        ]
        if from_tags:
            declared = Declared(
                license=from_tags[0] if len(from_tags) == 1 else from_tags,
                license_name=declared.license_name,
                license_link=declared.license_link,
                base_models=declared.base_models,
                base_model_relation=declared.base_model_relation,
                origin="Hub tags",
            )
    license_tags = _license_tuple(declared.license)
    match = identify(license_tags, declared.license_name, declared.license_link)
    kind = str(match.kind) if match is not None and match.kind is not None else None
    identity = (
        (match.id, match.name, kind, match.hf, match.method) if match is not None else (None,) * 5
    )
    return (
        declared,
        match,
        (
            " AND ".join(license_tags) if license_tags else None,
            json.dumps(list(license_tags)) if len(license_tags) > 1 else None,
            declared.license_name,
            declared.license_link,
            *identity,
        ),
    )


def _declared(metadata: Mapping[str, object]) -> Declared:
    """`declared_from_card` of the front matter, cached per value of the six keys it reads when
    they are plain (scalars, or lists of scalars): most models repeat a few declarations."""
    key = _declaration_key(metadata)
    if key is None:
        return _declared_uncached(metadata)
    found = _DECLARED.get(key)
    if found is None:
        if len(_DECLARED) >= _DECLARED_SIZE:
            _DECLARED.clear()
        found = _DECLARED[key] = _declared_uncached(metadata)
    return found


def _declared_uncached(metadata: Mapping[str, object]) -> Declared:
    card = ParsedCard(metadata=metadata, body="", body_line=1, state=FrontMatterState.OK)
    return declared_from_card(card)


_DECLARED: dict[tuple[object, ...], Declared] = {}
_DECLARED_SIZE = 65536
_DECLARATION_KEYS = (
    "license",
    "license_name",
    "license_link",
    "base_model_relation",
    "base_model",
    "tags",
)
_SCALARS = (str, int, float, bool, type(None))


def _declaration_key(metadata: Mapping[str, object]) -> tuple[object, ...] | None:
    """The values `declared_from_metadata` reads, hashable and typed (1, 1.0 and True apart);
    of `tags`, only the strings that can name a relation (the others are never read). None
    when a value is not plain, or when a key spelled otherwise (`licence`) stands in for a
    missing `license`: the declaration then reads a seventh key."""
    if "license" not in metadata and declared_key(metadata, "license") is not None:
        return None
    key: list[object] = []
    for name in _DECLARATION_KEYS:
        value = metadata.get(name)
        if type(value) in _SCALARS:
            key.append((type(value), value))
        elif type(value) is list:
            items = value
            if name == "tags":
                # "_model:": `baſe_model:` names a relation too (the pattern ignores case)
                items = [t for t in value if isinstance(t, str) and "_model:" in t.lower()]
            if not all(type(item) in _SCALARS for item in items):
                return None
            key.append((list, tuple((type(item), item) for item in items)))
        else:
            return None
    return tuple(key)


@lru_cache(maxsize=65536)
def identify(tags: tuple[str, ...], name: str | None, link: str | None) -> LicenseMatch | None:
    """The license a declaration names, through `identify_declared`; None when none is."""
    license_value: str | list[str] | None = (
        None if not tags else tags[0] if len(tags) == 1 else list(tags)
    )
    declared = Declared(license=license_value, license_name=name, license_link=link)
    return identify_declared(declared, load_license_db())


def _stated_parents(card: ParsedCard, repo: str, own: LicenseMatch | None) -> str | None:
    """With a card's text and no parent in its metadata: the parents its prose states, as the
    findings `scan` reports (JSON: [rule, category, severity, message, remediation] each)."""
    found = stated_parent_findings(
        card,
        card_file="README.md",
        repo_id=repo,
        own=own,
        db=load_license_db(),
        registry=load_known_models(),
    )
    if not found:
        return None
    rows = [[f.rule, str(f.category), str(f.severity), f.message, f.remediation] for f in found]
    return json.dumps(rows, separators=(",", ":"))


def declared_of(tags_text: str | None, tags_json: str | None, name: Any, link: Any) -> Declared:
    """The Declared a models row stands for (parents apart), for the lineage findings."""
    value: str | list[str] | None = json.loads(tags_json) if tags_json else tags_text
    return Declared(
        license=value,
        license_name=name if isinstance(name, str) else None,
        license_link=link if isinstance(link, str) else None,
        origin="cardData",
    )


# --- fields ------------------------------------------------------------------------------------


def _parents(
    hub: list[tuple[str, str | None]], bases: Iterable[BaseModelRef]
) -> list[list[str | None]]:
    """[ref, relation, source] per parent, each repo once: the Hub's edges (`_hub_base_models`)
    first, then the card's `base_model`."""
    found: dict[str, list[str | None]] = {}
    for ref, relation in hub:
        found.setdefault(repo_key(ref), [ref, relation, "baseModels"])
    for base in bases:
        ref = strip_hub_url(base.ref)
        if ref:
            found.setdefault(repo_key(ref), [ref, base.relation, "card"])
    return list(found.values())


def _hub_base_models(value: object) -> list[tuple[str, str | None]]:
    """The dump's `baseModels`: {models: [{id}], relation}, as a struct or JSON text."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    if not isinstance(value, Mapping):
        return []
    models = value.get("models")
    ids = [item.get("id") if isinstance(item, Mapping) else item for item in _iterable(models)]
    return hub_refs(ids, value.get("relation"))


def hub_refs(ids: Iterable[object], relation: object) -> list[tuple[str, str | None]]:
    """(ref, relation) per parent the Hub lists: its ids as written, its relation lowered."""
    relation_text = relation.lower() if isinstance(relation, str) and relation else None
    return [
        (strip_hub_url(ref), relation_text) for ref in ids if isinstance(ref, str) and ref.strip()
    ]


def _iterable(value: object) -> Iterable[object]:
    if value is None or isinstance(value, str | bytes | Mapping):
        return ()
    try:
        items: list[object] = list(value)  # type: ignore[call-overload]
        return items
    except TypeError:
        return ()


def _strings(value: object) -> list[str]:
    return [v for v in _iterable(value) if isinstance(v, str)]


def _license_tuple(value: str | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list) else (value,)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    text = str(value)
    return text if text and text != "NaT" else None


def _int(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number: int = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return number
