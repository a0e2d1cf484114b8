"""The Hugging Face cache folder, read and written the way the client lays it out.

Part of the Hub source (`hub`). Files the Hub source downloads itself (`hub_http`, bounded)
are stored where `hf_hub_download` would store them, so `--offline` and the client's own
tools find them: `models--org--name/blobs/<git blob id>` (`datasets--org--name` for a
dataset), `snapshots/<commit>/<path>` a relative link to the blob (a copy where links are not
allowed), `refs/<name>` the commit.
NOTE: the layout is the one documented in the client's cache guide
(https://huggingface.co/docs/huggingface_hub/guides/manage-cache). A file is written only
once it is complete and within its caps, through a temporary name and a rename: an abort
leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.fileio.bounded import read_bounded
from auditor.fileio.lazy_pattern import lazy_pattern

if TYPE_CHECKING:
    from auditor.sources.hub_repo import HubRepo

log = logging.getLogger(__name__)

_SHA = lazy_pattern(r"^[0-9a-f]{40}$")


def repo_cache(cache_dir: Path | None, repo: HubRepo) -> Path:
    """The cache folder of a repo (`<cache>/models--org--name`, `<cache>/datasets--org--name`)."""
    from huggingface_hub import constants
    from huggingface_hub.file_download import repo_folder_name

    root = Path(cache_dir) if cache_dir else Path(constants.HF_HUB_CACHE)
    return root / repo_folder_name(repo_id=repo.repo_id, repo_type=repo.repo_type)


def read_cached(
    cache_dir: Path | None, repo: HubRepo, sha: str, path: str, cap: int
) -> bytes | None:
    """A repo file cached at commit `sha`: at most `cap + 1` bytes, None when not cached."""
    if not _SHA.match(sha):
        return None
    cached = repo_cache(cache_dir, repo) / "snapshots" / sha / path
    try:
        return read_bounded(cached, cap)
    except OSError:  # not cached, or not a regular file: download it again
        return None


def store_cached(cache_dir: Path | None, repo: HubRepo, sha: str, path: str, data: bytes) -> None:
    """Keep a downloaded file in the cache (best effort: a read-only cache costs only time)."""
    if not _SHA.match(sha):
        return
    folder = repo_cache(cache_dir, repo)
    header = b"blob %d\x00" % len(data)
    blob = folder / "blobs" / hashlib.sha1(header + data, usedforsecurity=False).hexdigest()
    pointer = folder / "snapshots" / sha / path
    try:
        if not blob.is_file():
            _write_new(blob, data)
        if os.path.lexists(pointer):
            return
        _folder(pointer.parent)
        try:
            pointer.symlink_to(os.path.relpath(blob, pointer.parent))
        except FileNotFoundError:  # the folder went away meanwhile: made again
            _folder(pointer.parent, again=True)
            pointer.symlink_to(os.path.relpath(blob, pointer.parent))
        except OSError:  # no symbolic links here (as on some Windows setups): a copy
            _write_new(pointer, data)
    except OSError as err:
        log.warning("could not keep %s of %s in the cache: %s", path, repo.repo_id, err)


def record_ref(cache_dir: Path | None, repo: HubRepo, revision: str, sha: str) -> None:
    """Record which commit a branch or tag name resolved to, as the client's cache does.

    NOTE: files are fetched by the resolved sha so that every file comes from one commit;
    an offline run asking for `main` finds the snapshot through `refs/main` (the 40-hex
    commit, no newline).
    """
    parts = revision.split("/")
    if _SHA.match(revision) or not _SHA.match(sha) or any(p in ("", ".", "..") for p in parts):
        return
    ref = repo_cache(cache_dir, repo) / "refs" / revision
    try:
        _write_new(ref, sha.encode("ascii"))
    except OSError as err:  # a read-only cache only costs the offline shortcut
        log.warning("could not record %s@%s in the cache: %s", repo.repo_id, revision, err)


_made: set[Path] = set()  # folders this process made or found (a mkdir is ~0.2 ms here)


def _folder(path: Path, *, again: bool = False) -> None:
    """Make `path` and its parents unless this process already did (`again`: it went away)."""
    if again or path not in _made:
        path.mkdir(parents=True, exist_ok=True)
        _made.add(path)


def _write_new(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    _folder(path.parent)
    prefix = f".{path.name}."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    except FileNotFoundError:  # the folder went away meanwhile: made again
        _folder(path.parent, again=True)
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
    finally:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
