"""The compiled index of the clause rules: what extraction needs of each rule (its pattern
source and flags, its value, and the keyword prefilters derived from it), read at first use
from `license_db/clause_rules.index.json` instead of parsing the rule files and deriving the
prefilters again in every process (about 80 ms a process: the warm CI gate pays it).

The index records a digest of what it was built from (the rule files, the literal frequency
table and the derivation's version); a stale or missing index is ignored and the rules are
read from their files, so an edited rule is never read from an old index. `python
scripts/build_clause_index.py` rebuilds it, and a test holds the committed index to the files.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from auditor.licenses.terms.required_literals import FREQUENCIES_FILE
from auditor.resources import license_db_dir

INDEX_FILE = "clause_rules.index.json"
INDEX_VERSION = 1
DERIVATION = 1
"""Raised whenever `required_literals` derives other keywords or prefilters from a pattern."""


def source_digest(folder: Path, frequencies: Path) -> str:
    """The digest of what an index is built from: every rule file, the frequency table and
    the derivation's version."""
    digest = hashlib.sha256(f"derivation {DERIVATION}\n".encode())
    for path in sorted(folder.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    if frequencies.is_file():
        digest.update(frequencies.read_bytes())
    return digest.hexdigest()


def render_index(rules: dict[str, dict[str, Any]], digest: str) -> str:
    """The index file's text: deterministic, one rule a line."""
    lines = [
        "{",
        f'"version": {INDEX_VERSION},',
        f'"digest": "{digest}",',
        '"rules": {',
    ]
    items = list(rules.items())
    for i, (rule_id, entry) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"{json.dumps(rule_id)}: {json.dumps(entry, ensure_ascii=False)}{comma}")
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


@cache
def fresh_index() -> dict[str, dict[str, Any]] | None:
    """The bundled index's rules when it was built from the bundled files as they are now;
    None when it is missing, unreadable or stale."""
    root = license_db_dir()
    path = root / INDEX_FILE
    try:
        loaded = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(loaded, dict) or loaded.get("version") != INDEX_VERSION:
        return None
    from auditor.licenses.terms.clause_rules import CLAUSE_FOLDER  # the folder's one name

    if loaded.get("digest") != source_digest(root / CLAUSE_FOLDER, root / FREQUENCIES_FILE):
        return None
    rules = loaded.get("rules")
    return rules if isinstance(rules, dict) else None
