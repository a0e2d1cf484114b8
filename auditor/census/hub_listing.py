"""Our own snapshot of Hub metadata (`auditor census snapshot`): pages through the Hub's model
listing with the fields the census reads and writes them in the metadata dump's schema.

The request is the one `HfApi.list_models(expand=[...])` makes (`GET /api/models?expand=...`);
it is paged here, through `huggingface_hub`'s own `http_backoff` (which waits on a 429 for the
reset time the server gives in its `RateLimit`/`Retry-After` headers, and backs off on 5xx and
connection errors), so that the next page's URL can be saved: the run is resumable.

Files beside the output: `<output>.parts/part-NNNNN.parquet` (each written to a temporary name,
then renamed) and `<output>.cursor.json` (the next page's URL and the parts written; replaced
atomically after each part). When the listing ends (or `limit` rows were read) the parts are
streamed into `<output>` (again a temporary name, then a rename), the result is checked with
the census's own schema check, and the parts and cursor are removed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.census.readable import readable
from auditor.errors import SourceError

FIELDS = (
    "createdAt",
    "lastModified",
    "cardData",
    "baseModels",
    "tags",
    "downloads",
    "likes",
    "library_name",
    "pipeline_tag",
)
"""The `expand=` fields asked for: the columns of the Hub's metadata dump the census reads."""
CURSOR_FORMAT = "auditor-census-snapshot-cursor"
PAGE_SIZE = 1000  # the Hub's largest listing page
FLUSH_ROWS = 50_000  # rows per part file: what a restart may have to fetch again

Progress = Callable[[int, int], None]
"""Told after each page: rows read so far, pages read so far."""


def schema() -> Any:
    """The Parquet schema written: the metadata dump's column names and types."""
    import pyarrow as pa

    base = pa.struct(
        [("models", pa.list_(pa.struct([("id", pa.string())]))), ("relation", pa.string())]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("createdAt", pa.string()),
            ("lastModified", pa.string()),
            ("cardData", pa.string()),
            ("baseModels", base),
            ("tags", pa.list_(pa.string())),
            ("downloads", pa.int64()),
            ("likes", pa.int64()),
            ("library_name", pa.string()),
            ("pipeline_tag", pa.string()),
        ]
    )


@dataclass
class ListingResult:
    """What a snapshot run did."""

    output: Path
    rows: int = 0
    pages: int = 0  # pages fetched by this run (a resumed run counts its own)
    resumed: bool = False
    parts: list[str] = field(default_factory=list)


def snapshot_paths(output: Path) -> tuple[Path, Path]:
    """The cursor file and the parts folder kept beside `output` until it is complete."""
    return output.with_name(output.name + ".cursor.json"), output.with_name(output.name + ".parts")


def take_snapshot(
    output: Path,
    *,
    limit: int | None = None,
    resume: bool = False,
    endpoint: str | None = None,
    token: str | bool | None = None,
    page_size: int = PAGE_SIZE,
    flush_rows: int = FLUSH_ROWS,
    on_page: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> ListingResult:
    """Page through the Hub's model listing into `output` (Parquet); see the module doc."""
    from huggingface_hub import constants

    base = (endpoint or constants.ENDPOINT).rstrip("/")
    cursor_file, parts_dir = snapshot_paths(output)
    state = _read_cursor(cursor_file) if cursor_file.exists() else None
    if state is not None and not resume:
        raise SourceError(
            f"{cursor_file}: an unfinished snapshot is there; pass --resume to continue it, "
            "or delete it and its .parts folder to start over"
        )
    result = ListingResult(output, resumed=state is not None)
    if state is None:
        query = "&".join([*(f"expand={name}" for name in FIELDS), f"limit={page_size}"])
        state = {"format": CURSOR_FORMAT, "version": 1, "next": f"{base}/api/models?{query}"}
        state.update({"rows": 0, "parts": [], "limit": limit})
        parts_dir.mkdir(parents=True, exist_ok=True)
        _write_cursor(cursor_file, state)
    result.rows, result.parts = int(state["rows"]), list(state["parts"])
    buffer: list[dict[str, Any]] = []
    url: str | None = state["next"]
    for items, following in _pages(url, token, sleep):
        url = following
        result.pages += 1
        room = None if limit is None else max(0, limit - result.rows - len(buffer))
        buffer.extend(_row(item) for item in items[:room] if isinstance(item, Mapping))
        if limit is not None and result.rows + len(buffer) >= limit:
            url = None
        if url is None or len(buffer) >= flush_rows:
            _flush(buffer, url, state, result, cursor_file, parts_dir)
            buffer = []
        if on_page is not None:
            on_page(result.rows + len(buffer), result.pages)
        if url is None:
            break
    if buffer:
        _flush(buffer, None, state, result, cursor_file, parts_dir)
    _combine(output, [parts_dir / name for name in result.parts])
    for name in result.parts:
        (parts_dir / name).unlink(missing_ok=True)
    if parts_dir.is_dir() and not any(parts_dir.iterdir()):
        parts_dir.rmdir()
    cursor_file.unlink(missing_ok=True)
    return result


def _pages(
    url: str | None, token: str | bool | None, sleep: Callable[[float], None]
) -> Iterator[tuple[list[Any], str | None]]:
    """(items, next page URL) per page, from `url` on."""
    # Public names of huggingface_hub.utils (lazily exported, so mypy cannot see them).
    from huggingface_hub.utils import (  # type: ignore[attr-defined]
        hf_raise_for_status,
        http_backoff,
        parse_ratelimit_headers,
    )

    from auditor.sources.hub_headers import hub_headers

    # token: a string, False (none), or None/True (the one the client finds, as before)
    given = token if isinstance(token, str) else None
    headers = hub_headers(given, implicit_token=token is None or token is True)
    while url is not None:
        try:
            response = http_backoff("GET", url, headers=headers, max_retries=8, max_wait_time=60)
            hf_raise_for_status(response)
            items = response.json()
        except _network_errors() as err:
            raise SourceError(
                f"{url}: the Hub listing failed ({err}); the pages written so far are kept: "
                "run the same command with --resume to continue"
            ) from err
        if not isinstance(items, list):
            raise SourceError(f"{url}: the Hub listing is not a JSON array")
        following = response.links.get("next", {}).get("url")
        yield items, following
        # Out of requests for this window: wait for the reset the server gave, before asking.
        limits = parse_ratelimit_headers(response.headers)
        if following is not None and limits is not None and limits.remaining == 0:
            sleep(float(limits.reset_in_seconds) + 1)
        url = following


def _network_errors() -> tuple[type[BaseException], ...]:
    import importlib

    from huggingface_hub.errors import HfHubHTTPError

    found: list[type[BaseException]] = [OSError, ValueError, HfHubHTTPError]
    for name in ("httpx2", "httpx", "requests"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        error = getattr(module, "HTTPError", None) or getattr(module, "RequestException", None)
        if isinstance(error, type) and issubclass(error, BaseException):
            found.append(error)
    return tuple(found)


def _row(item: Mapping[str, Any]) -> dict[str, Any]:
    """One listing entry as a row of the dump's schema (absent fields as nulls). A lone
    surrogate (the Hub's JSON can escape one, from a card's YAML) is kept as its `\\ud800`
    escape text, which Parquet can hold (`readable.py`); `cardData` is JSON text, escaped."""
    card = item.get("cardData")
    return readable(
        {
            "id": _str(item.get("id")),
            "createdAt": _str(item.get("createdAt")),
            "lastModified": _str(item.get("lastModified")),
            "cardData": json.dumps(card, default=str) if isinstance(card, Mapping) else None,
            "baseModels": _base_models(item.get("baseModels")),
            "tags": _strings(item.get("tags")),
            "downloads": _int(item.get("downloads")),
            "likes": _int(item.get("likes")),
            "library_name": _str(item.get("library_name")),
            "pipeline_tag": _str(item.get("pipeline_tag")),
        }
    )


def _base_models(value: object) -> dict[str, Any] | None:
    if not isinstance(value, Mapping):
        return None
    models = value.get("models")
    ids = (
        [m.get("id") for m in models if isinstance(m, Mapping)] if isinstance(models, list) else []
    )
    relation = value.get("relation")
    return {
        "models": [{"id": i} for i in ids if isinstance(i, str)],
        "relation": relation if isinstance(relation, str) else None,
    }


def _strings(value: object) -> list[str] | None:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _flush(
    rows: list[dict[str, Any]],
    following: str | None,
    state: dict[str, Any],
    result: ListingResult,
    cursor_file: Path,
    parts_dir: Path,
) -> None:
    """Write the buffered rows as the next part, then move the cursor past them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if rows:
        name = f"part-{len(result.parts):05d}.parquet"
        temporary = parts_dir / f".{name}.tmp"
        pq.write_table(pa.Table.from_pylist(rows, schema=schema()), temporary)
        temporary.replace(parts_dir / name)
        result.parts.append(name)
        result.rows += len(rows)
    state.update({"next": following, "rows": result.rows, "parts": list(result.parts)})
    _write_cursor(cursor_file, state)


def _combine(output: Path, parts: list[Path]) -> None:
    """Stream the parts into `output` (a temporary name, then a rename), then check it."""
    import pyarrow.parquet as pq

    from auditor.census.snapshot import read_snapshot_info

    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.tmp")
    with pq.ParquetWriter(temporary, schema()) as writer:
        for part in parts:
            reader = pq.ParquetFile(part)
            for group in range(reader.num_row_groups):
                writer.write_table(reader.read_row_group(group))
    info = read_snapshot_info(str(temporary))
    lost = [name for name in info.missing if name != "card"]
    if lost:  # our own writer dropped a column: a bug, never a silent gap
        raise SourceError(f"{output}: the snapshot written lacks {', '.join(lost)}")
    temporary.replace(output)


def _read_cursor(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SourceError(f"{path}: unreadable snapshot cursor ({err}); delete it") from err
    if not isinstance(state, dict) or state.get("format") != CURSOR_FORMAT:
        raise SourceError(f"{path}: not a census snapshot cursor; delete it")
    return state


def _write_cursor(path: Path, state: Mapping[str, Any]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(state, indent=1) + "\n", encoding="utf-8")
    temporary.replace(path)
