"""Located YAML parses remembered by the text's digest: in the process, and in the cache folder.

PyYAML's constructors run in Python even over libyaml: the bundled default policy (1,500 lines)
took 60-80 ms to parse with its lines, and a run parsed it twice (the policy, and the severities
of observations the policy module reads from the default preset), on a warm CI gate of well
under a second. A parse is a pure function of the text, so it is kept by the text's SHA-256: a
second parse of the same text in the process is a copy of the first, and a later process reads
it back as JSON (about a hundredth of the time) from `<cache>/located-yaml/`. The values a
located parse gives are JSON's own (dates are already ISO text, keys text), so the round trip is
exact; a document it would change is not kept. Only successful parses are kept: an invalid
document is parsed, and refused with its line, every time. Small texts (a manifest of a few
models) are not worth a file and are parsed each time. Best effort: a folder that cannot be
read or written only means parsing again; `AUDITOR_YAML_MEMO=0` turns the files off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

FORMAT = 1
SWITCH = "AUDITOR_YAML_MEMO"
MIN_CHARS = 8_192
"""Texts shorter than this are parsed each time (a few milliseconds), never written."""
_MAX_IN_PROCESS = 64

Parsed = tuple[str, dict[tuple[str | int, ...], int], dict[tuple[str | int, ...], int]]
"""The data as JSON text (each caller gets fresh values), the value lines, the key lines."""

_memo: dict[str, Parsed] = {}
_lock = threading.Lock()


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def recalled(key: str) -> tuple[object, dict[Any, int], dict[Any, int]] | None:
    """The remembered parse of the text with digest `key`, as fresh values; None if none."""
    with _lock:
        parsed = _memo.get(key)
    if parsed is None:
        parsed = _read(key)
        if parsed is None:
            return None
        _remember(key, parsed)
    data_text, lines, key_lines = parsed
    return json.loads(data_text), dict(lines), dict(key_lines)


def remember(
    key: str, text: str, data: object, lines: dict[Any, int], key_lines: dict[Any, int]
) -> None:
    """Keep a successful parse (when the JSON round trip gives back exactly `data`)."""
    try:
        data_text = json.dumps(data, ensure_ascii=False)
        if json.loads(data_text) != data or not _same_types(json.loads(data_text), data):
            return
    except (TypeError, ValueError):
        return
    parsed: Parsed = (data_text, dict(lines), dict(key_lines))
    _remember(key, parsed)
    if len(text) >= MIN_CHARS:
        _write(key, parsed)


def _same_types(a: object, b: object) -> bool:
    """`==` holds 1 == 1.0 == True: the round trip must keep each value's type as well."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return all(_same_types(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    return True


def _remember(key: str, parsed: Parsed) -> None:
    with _lock:
        if len(_memo) >= _MAX_IN_PROCESS:
            _memo.clear()
        _memo[key] = parsed


def _folder() -> Path | None:
    if os.environ.get(SWITCH, "").strip() == "0":
        return None
    try:
        from auditor.resources import default_cache_dir

        return default_cache_dir() / "located-yaml"
    except Exception:
        return None


def _read(key: str) -> Parsed | None:
    folder = _folder()
    if folder is None:
        return None
    try:
        stored = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        if stored.get("format") != FORMAT or stored.get("key") != key:
            return None
        lines = {tuple(pointer): int(line) for pointer, line in stored["lines"]}
        key_lines = {tuple(pointer): int(line) for pointer, line in stored["key_lines"]}
        return str(stored["data"]), lines, key_lines
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _write(key: str, parsed: Parsed) -> None:
    folder = _folder()
    if folder is None:
        return
    data_text, lines, key_lines = parsed
    document = {
        "format": FORMAT,
        "key": key,
        "data": data_text,
        "lines": [[list(pointer), line] for pointer, line in lines.items()],
        "key_lines": [[list(pointer), line] for pointer, line in key_lines.items()],
    }
    path = folder / f"{key}.json"
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)  # readers see the whole file or none
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)
