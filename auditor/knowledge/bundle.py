"""Reads the YAML of a license knowledge folder (license_db/) parsed once per version.

Parsing the knowledge base's YAML is most of a warm `auditor check`'s start (about 60 ms of
the ~80 ms it takes to load the records and the registry; PyYAML's constructors run in
Python even over libyaml). The parsed documents are kept as JSON, which loads some forty
times faster, in the analysis cache folder under the knowledge digest: editing any file of
the folder, or a new tool version, makes a new digest and the bundle is rebuilt. A bundle is
only written when every file parses and survives the JSON round trip unchanged (no dates, no
non-string keys), so what it returns is exactly what the YAML parser would.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from auditor.fileio.located_yaml import load_trusted_yaml
from auditor.fileio.once import loaded_once

log = logging.getLogger(__name__)

ROOT_MARKER = "vocabulary.yaml"
"""The file that marks the top of a license knowledge folder."""
BUNDLE_NAME = "knowledge.json"
SHIPPED_BUNDLE = Path(__file__).with_name("shipped_knowledge.json")
"""The shipped folder's bundle, committed with it (`scripts/build_clause_index.py` writes it):
a first run with an empty cache, as on a fresh CI runner, parses no YAML. It names the digest
of the YAML it was built from and is used only while that digest still holds."""


def read_knowledge_yaml(path: Path) -> Any:
    """The parsed YAML of `path`: from the folder's bundle when it has one, else parsed.

    Raises OSError or yaml.YAMLError as reading and parsing the file itself would.
    """
    located = _locate(path.parent)
    if located is not None:
        folder, prefix = located
        text = _bundle(folder).get(prefix + path.name)
        if text is not None:
            return json.loads(text)  # fresh objects for every caller
    return load_trusted_yaml(path.read_text(encoding="utf-8"))


@loaded_once
def _locate(directory: Path) -> tuple[Path, str] | None:
    """The knowledge folder holding `directory` (itself or up to two levels up), and the
    directory's path inside it as a prefix for file names; None outside any."""
    resolved = directory.resolve()
    for folder in (resolved, *resolved.parents[:2]):
        if (folder / ROOT_MARKER).is_file():
            inside = resolved.relative_to(folder).as_posix()
            return folder, "" if inside == "." else inside + "/"
    return None


@loaded_once
def _bundle(folder: Path) -> dict[str, str]:
    """relative path -> JSON text of every YAML file of `folder`; {} when it cannot be built."""
    from auditor.knowledge.digest import knowledge_digest
    from auditor.resources import default_cache_dir, license_db_dir

    try:
        shipped = folder == license_db_dir().resolve()
        if shipped and (stored_files := _shipped(folder)) is not None:
            return stored_files
        digest = knowledge_digest(None if shipped else folder)
        where = default_cache_dir() / digest / BUNDLE_NAME
    except OSError as err:
        log.debug("no knowledge bundle for %s: %s", folder, err)
        return {}
    with contextlib.suppress(OSError, ValueError):
        stored = json.loads(where.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and all(isinstance(v, str) for v in stored.values()):
            return stored
    built = _build(folder)
    if built:
        _write(where, built)
    return built


def yaml_digest(folder: Path) -> str:
    """A digest of the names and bytes of every YAML file of `folder` (what a bundle holds)."""
    digest = hashlib.sha256(b"knowledge-yaml")
    for path in sorted(folder.rglob("*.yaml")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def render_shipped(folder: Path) -> str:
    """The text of SHIPPED_BUNDLE for `folder`: its YAML digest and its files, one a line."""
    files = _build(folder)
    if not files:
        raise ValueError(f"{folder}: a YAML file does not survive the JSON round trip")
    lines = [
        f"  {json.dumps(name)}: {json.dumps(text, ensure_ascii=False)}"
        for name, text in files.items()
    ]
    return (
        "{\n"
        f'  "digest": "{yaml_digest(folder)}",\n'
        '  "files": {\n' + ",\n".join("  " + line for line in lines) + "\n  }\n}\n"
    )


def _shipped(folder: Path) -> dict[str, str] | None:
    """The shipped bundle's files, when it was built from `folder`'s YAML as it is now."""
    try:
        stored = json.loads(SHIPPED_BUNDLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = stored.get("files") if isinstance(stored, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        return None
    return files if stored.get("digest") == yaml_digest(folder) else None


def _build(folder: Path) -> dict[str, str]:
    bundle: dict[str, str] = {}
    for path in sorted(folder.rglob("*.yaml")):
        try:
            data = load_trusted_yaml(path.read_text(encoding="utf-8"))
            text = json.dumps(data, ensure_ascii=False)
        except (OSError, yaml.YAMLError, TypeError, ValueError):
            return {}  # the file's own reader reports what is wrong with it
        if json.loads(text) != data:
            return {}  # e.g. a date or an integer key: JSON would not give it back as is
        bundle[path.relative_to(folder).as_posix()] = text
    return bundle


def _write(where: Path, bundle: dict[str, str]) -> None:
    tmp: str | None = None
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".knowledge.", suffix=".tmp", dir=where.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(bundle, handle, ensure_ascii=False)
        Path(tmp).replace(where)
    except OSError as err:  # a read-only cache only costs speed
        log.debug("could not write the knowledge bundle %s: %s", where, err)
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
