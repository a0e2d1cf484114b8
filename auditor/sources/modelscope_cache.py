"""The ModelScope source's cache of what it read: answers by model and commit, for offline runs.

Part of the ModelScope source (`modelscope`). Under the cache folder (`AUDITOR_MODELSCOPE_CACHE`,
else `modelscope/` in the auditor's cache), per endpoint and model: one entry per commit (or,
for a revision the hub named no commit for, per revision name) holding the model info, the file
list and each file read; and `refs/`, the entry each revision name was last read at. A pinned
commit already there is read without a request, online or not; offline, a branch or tag is read
at the entry it was last read at (the source says so). Files are checked against the listed
sha256 when read back. Writing is best effort: a read-only cache costs only time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from urllib.parse import quote

from auditor.errors import AuditorError
from auditor.fileio.atomic import write_bytes_atomic
from auditor.fileio.bounded import read_bounded
from auditor.resources import default_cache_dir
from auditor.sources.hub_limits import MAX_MODEL_INFO_BYTES
from auditor.sources.modelscope_ref import CACHE_ENV, COMMIT, ModelScopeName
from auditor.sources.redact import redact_url

log = logging.getLogger(__name__)

INFO = "info.json"
FILES = "files.json"


def cache_root() -> Path:
    """`AUDITOR_MODELSCOPE_CACHE`, else `modelscope/` in the auditor's cache folder."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured).expanduser() if configured else default_cache_dir() / "modelscope"


def entry_key(revision: str, commit: str | None) -> str:
    """The entry a read is kept under: its commit, else its revision's name (quoted)."""
    if commit is not None and COMMIT.match(commit):
        return commit
    return "rev-" + quote(revision, safe="")


class ModelScopeCache:
    """The cache of one endpoint's models."""

    def __init__(self, root: Path, endpoint: str) -> None:
        self.root = root
        shown = redact_url(endpoint).lower()
        self._base = root / hashlib.sha256(shown.encode()).hexdigest()[:16]

    def _model(self, name: ModelScopeName) -> Path:
        return self._base / name.owner.lower() / name.name.lower()

    def read_answer(self, name: ModelScopeName, key: str, part: str) -> object | None:
        """A kept JSON answer (`INFO` or `FILES`) of an entry; None when absent or broken."""
        data = _read(self._model(name) / key / part, MAX_MODEL_INFO_BYTES)
        if data is None:
            return None
        try:
            value: object = json.loads(data)
        except (ValueError, RecursionError):
            return None
        return value

    def keep_answer(self, name: ModelScopeName, key: str, part: str, value: object) -> None:
        """Keep a JSON answer's `Data` in an entry."""
        _keep(self._model(name) / key / part, json.dumps(value).encode())

    def read_file(self, name: ModelScopeName, key: str, path: str, cap: int) -> bytes | None:
        """A kept file of an entry (at most `cap + 1` bytes); None when absent."""
        return _read(self._file(name, key, path), cap)

    def keep_file(self, name: ModelScopeName, key: str, path: str, data: bytes) -> None:
        """Keep a file read (and checked) at an entry."""
        _keep(self._file(name, key, path), data)

    def read_ref(self, name: ModelScopeName, revision: str) -> str | None:
        """The entry `revision` was last read at; None when it never was."""
        data = _read(self._ref(name, revision), 200)
        key = data.decode("ascii", "replace").strip() if data else ""
        return key if key and "/" not in key and not key.startswith(".") else None

    def keep_ref(self, name: ModelScopeName, revision: str, key: str) -> None:
        """Record the entry `revision` was read at."""
        _keep(self._ref(name, revision), key.encode("ascii"))

    def _file(self, name: ModelScopeName, key: str, path: str) -> Path:
        return self._model(name) / key / "files" / hashlib.sha256(path.encode()).hexdigest()

    def _ref(self, name: ModelScopeName, revision: str) -> Path:
        return self._model(name) / "refs" / quote(revision, safe="")


def _read(path: Path, cap: int) -> bytes | None:
    try:
        return read_bounded(path, cap)
    except OSError:
        return None


def _keep(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, data)
    except (OSError, AuditorError) as err:
        log.warning("could not keep %s in the ModelScope cache: %s", path.name, err)
