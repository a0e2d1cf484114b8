"""Names one version of the license knowledge: the tool version and every file's bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from auditor import __version__
from auditor.fileio.once import loaded_once
from auditor.resources import license_db_dir


@loaded_once
def knowledge_digest(root: Path | None = None) -> str:
    """A digest of the tool version and every file of the license knowledge base.

    A new release or an edited record changes it, so cached analyses and parsed bundles
    never outlive the knowledge that produced them, and a result records what it saw.
    """
    folder = root or license_db_dir()
    digest = hashlib.sha256(f"knowledge:{__version__}".encode())
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:32]
