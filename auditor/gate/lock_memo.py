"""Reads auditor.lock once per content: `check --locked` runs again and again on the same lock.

A lock read and found valid is remembered in the analysis cache (`<cache>/locks/`) under the
digest of its bytes, its path, the code that reads it (this module, lock_file.py, lock.py and
located_yaml.py, by their source) and PyYAML's version. The next read of the same bytes decodes
that JSON (about 2 ms for 100 models) instead of parsing the YAML with every value's line and
validating it again (about 50 ms). A lock is remembered only when its JSON decodes to the very
same lock, lines included; a broken lock is never remembered, so it is reported as always.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from auditor.fileio import located_yaml
from auditor.fileio.bounded import read_bounded
from auditor.gate import lock as lock_module
from auditor.gate import lock_file
from auditor.gate.lock import Lock, LockedFile, LockedModel

MEMO_FORMAT = 1
"""Raised whenever the memo's layout changes."""
FOLDER = "locks"

_code: list[bytes] = []


def read_lock_remembered(path: Path, root: Path | None) -> Lock:
    """`lock_file.read_lock(path)`, answered from the memo under `root` when one holds (no
    `root`: read as usual). Raises as read_lock does."""
    if root is None:
        return lock_file.read_lock(path)
    try:
        raw = read_bounded(path, located_yaml.MAX_BYTES)
        text = raw.decode("utf-8-sig") if len(raw) <= located_yaml.MAX_BYTES else None
    except (OSError, UnicodeDecodeError):
        text = None
    if text is None:  # whatever it is, read_lock says it with the file's name
        return lock_file.read_lock(path)
    try:
        memo = root / FOLDER / _key(str(path), raw)
    except OSError:  # this code's own source cannot be read: no memo
        return lock_file.parse_lock(text, str(path))
    try:
        return decode(json.loads(memo.read_text(encoding="utf-8")), str(path))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        pass
    lock = lock_file.parse_lock(text, str(path))  # the bytes read above, not a second read
    _remember(memo, lock)
    return lock


def encode(lock: Lock) -> dict[str, object]:
    """The lock as plain JSON values (its path aside)."""
    return {
        "format": MEMO_FORMAT,
        "manifest": lock.manifest,
        "tool_version": lock.tool_version,
        "version": lock.version,
        "models": [_model(model) for model in lock.models.values()],
    }


def decode(data: dict[str, object], path: str) -> Lock:
    """The lock `encode` gave; KeyError, TypeError, ValueError or IndexError when it is not
    one."""
    if data["format"] != MEMO_FORMAT:
        raise ValueError("another memo format")
    models: dict[str, LockedModel] = {}
    entries = data["models"]
    if not isinstance(entries, list):
        raise TypeError("models")
    for entry in entries:
        model = LockedModel(
            ref=entry[0],
            resolved_sha=entry[1],
            license=entry[2],
            effective_license=entry[3],
            license_files=tuple(LockedFile(f[0], f[1], f[2]) for f in entry[4]),
            card=entry[5],
            card_sha256=entry[6],
            terms=entry[7],
            terms_sha256=entry[8],
            lineage_roots=tuple(entry[9]),
            line=entry[10],
            scan_status=entry[11],
            scan_files=tuple((f[0], f[1]) for f in entry[12]),
            chat_template_sha256=entry[13],
        )
        models[model.ref] = model
    manifest, tool_version, version = data["manifest"], data["tool_version"], data["version"]
    if not isinstance(version, int):
        raise TypeError("version")
    return Lock(
        models=models,
        manifest=manifest if isinstance(manifest, str) else None,
        tool_version=tool_version if isinstance(tool_version, str) else None,
        version=version,
        path=path,
    )


def _model(model: LockedModel) -> list[object]:
    return [
        model.ref,
        model.resolved_sha,
        model.license,
        model.effective_license,
        [[f.path, f.sha256, f.blob_id] for f in model.license_files],
        dict(model.card),
        model.card_sha256,
        dict(model.terms),
        model.terms_sha256,
        list(model.lineage_roots),
        model.line,
        model.scan_status,
        [list(pair) for pair in model.scan_files],
        model.chat_template_sha256,
    ]


def _remember(memo: Path, lock: Lock) -> None:
    """Store the lock's memo when its JSON decodes to the same lock, lines and order
    included; a cache that cannot be written only costs speed."""
    try:
        text = json.dumps(encode(lock), ensure_ascii=False, separators=(",", ":"))
        again = decode(json.loads(text), lock.path or "")
    except (TypeError, ValueError, KeyError, IndexError):
        return
    same = (
        again == lock
        and list(again.models) == list(lock.models)
        and all(again.models[ref].line == model.line for ref, model in lock.models.items())
    )
    if not same:
        return  # a value JSON does not hold as it is (a date, a number as a key): not kept
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".memo.", dir=memo.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(tmp).replace(memo)
    except OSError:
        return


def _key(path: str, raw: bytes) -> str:
    """The memo's file name, under a two-character folder."""
    import yaml

    if not _code:
        for module in (lock_file, lock_module, located_yaml):
            _code.append(Path(module.__file__ or "").read_bytes())
        _code.append(Path(__file__).read_bytes())
    digest = hashlib.sha256()
    for part in (str(MEMO_FORMAT).encode(), yaml.__version__.encode(), *_code, os.fsencode(path)):
        digest.update(len(part).to_bytes(8, "big") + part)
    digest.update(raw)
    key = digest.hexdigest()
    return f"{key[:2]}/{key}.json"
