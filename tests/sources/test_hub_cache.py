"""Files the Hub source downloads are kept in the client's cache layout, and still are when the
cache folder is removed while the process runs (the folders it made are remembered)."""

from __future__ import annotations

import shutil
from pathlib import Path

from auditor.sources.hub_cache import read_cached, record_ref, store_cached
from auditor.sources.hub_repo import HubRepo

SHA = "a" * 40
REPO = HubRepo("acme/model")


def test_files_are_kept_and_read_back(tmp_path: Path) -> None:
    store_cached(tmp_path, REPO, SHA, "README.md", b"# card\n")
    store_cached(tmp_path, REPO, SHA, "sub/LICENSE", b"terms\n")
    assert read_cached(tmp_path, REPO, SHA, "README.md", 100) == b"# card\n"
    assert read_cached(tmp_path, REPO, SHA, "sub/LICENSE", 100) == b"terms\n"
    assert (tmp_path / "models--acme--model" / "snapshots" / SHA / "README.md").is_symlink()


def test_a_cache_removed_meanwhile_is_made_again(tmp_path: Path) -> None:
    store_cached(tmp_path, REPO, SHA, "README.md", b"# card\n")
    record_ref(tmp_path, REPO, "main", SHA)
    shutil.rmtree(tmp_path / "models--acme--model")  # a user clearing the cache mid-run
    store_cached(tmp_path, REPO, SHA, "README.md", b"# card, again\n")
    store_cached(tmp_path, REPO, SHA, "LICENSE", b"terms\n")
    record_ref(tmp_path, REPO, "main", SHA)
    assert read_cached(tmp_path, REPO, SHA, "README.md", 100) == b"# card, again\n"
    assert read_cached(tmp_path, REPO, SHA, "LICENSE", 100) == b"terms\n"
    ref = tmp_path / "models--acme--model" / "refs" / "main"
    assert ref.read_text() == SHA
