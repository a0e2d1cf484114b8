"""An Ollama store on disk: manifests by name, blobs by digest, every read checked.

Part of the Ollama source (`ollama`). The same layout serves two purposes: the user's own
store (`~/.ollama/models`, or `OLLAMA_MODELS`), read when `auditor scan` is given a manifest
file, and the auditor's cache of what it fetched from registries (under the auditor's cache
folder), read offline. `manifests/<host>/<namespace>/<model>/<tag>` holds a manifest's bytes;
`blobs/sha256-<hex>` holds a blob, and a manifest fetched from a registry is kept there too
(under its own digest), so a pinned manifest is found by digest alone. A blob whose bytes do
not hash to its name is never used: reading it is a `source-digest-mismatch` error.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from pathlib import Path

from auditor.errors import SourceError
from auditor.fileio.bounded import read_bounded
from auditor.sources.ollama_ref import OllamaName, blob_name

log = logging.getLogger(__name__)


def sha256_digest(data: bytes) -> str:
    """`sha256:<hex>` of bytes, as manifests write digests."""
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


def manifest_path(store: Path, name: OllamaName) -> Path:
    """Where a store keeps the manifest of `name`."""
    return store.joinpath("manifests", *name.store_parts)


def blob_path(store: Path, digest: str) -> Path:
    """Where a store keeps the blob `digest`."""
    return store / "blobs" / blob_name(digest)


def read_store_file(path: Path, cap: int) -> bytes | None:
    """At most `cap + 1` bytes of a store file; None when it is absent or not a regular file."""
    try:
        return read_bounded(path, cap)
    except OSError:
        return None


def read_blob(store: Path, digest: str, cap: int, *, where: str) -> bytes | None:
    """The blob `digest` from the store, checked against its digest; None when not there.

    Raises SourceError (`source-digest-mismatch`) for bytes that hash to another digest, and
    (`source-limit-reached`) for a blob larger than `cap`. `where` names the store in
    messages."""
    data = read_store_file(blob_path(store, digest), cap)
    if data is None:
        return None
    if len(data) > cap:
        raise SourceError(
            f"{where}: blob {digest} is larger than {cap:,} bytes; not read",
            code="source-limit-reached",
        )
    check_digest(data, digest, where)
    return data


def check_digest(data: bytes, digest: str, where: str) -> None:
    """SourceError (`source-digest-mismatch`) unless `data` hashes to `digest`."""
    actual = sha256_digest(data)
    if actual != digest:
        raise SourceError(
            f"{where}: the bytes of {digest} hash to {actual}: the content does not match "
            "its digest, so it was not used",
            hint="the store or the registry answered corrupted or substituted content: pull "
            "the model again, or report the registry",
            code="source-digest-mismatch",
        )


def keep_blob(store: Path, digest: str, data: bytes) -> None:
    """Keep a checked blob in the store (best effort: a read-only cache costs only time)."""
    path = blob_path(store, digest)
    if path.is_file():
        return
    keep_file(path, data)


def keep_manifest(store: Path, name: OllamaName, data: bytes) -> None:
    """Keep a manifest fetched by tag under its name (the tag now points to it) and digest."""
    keep_blob(store, sha256_digest(data), data)
    keep_file(manifest_path(store, name), data)


def keep_file(path: Path, data: bytes) -> None:
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
        tmp = None
    except OSError as err:
        log.warning("could not keep %s in the Ollama cache: %s", path.name, err)
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
