"""A model's artefacts beside its license (issue 37), from the snapshot's evidence; pure.

What a hub said about the repo's files (its security scan: the `artefact-scan` item a source
added, sources/hub_security.py) and the digest of the chat template the model runs with: the
`chat-template` item a source read from the repo's files (`chat_template.jinja`,
`tokenizer_config.json`), else a GGUF header's `tokenizer.chat_template`. The digest is the
sha256 of the template text as UTF-8 (named templates: of their canonical JSON, as the source
gave them). No scan read leaves `scan_status` at `unknown` with no scanner named; neither a scan
nor a template leaves the result's `artefacts` null.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from auditor.model import SourceSnapshot
from auditor.model.artefacts import SCAN_STATES, Artefacts, FileScan
from auditor.model.evidence import EvidenceItem, EvidenceKind

GGUF_TEMPLATE_KEY = "tokenizer.chat_template"
GGUF_SOURCE = "GGUF header tokenizer.chat_template"


def read_artefacts(snapshot: SourceSnapshot) -> Artefacts | None:
    """The result's `artefacts` block; None when the snapshot holds neither a scan nor a
    chat template."""
    items = snapshot.evidence or ()
    scan = _scan(next((i for i in items if i.kind is EvidenceKind.ARTEFACT_SCAN), None))
    template, source = _template(items, snapshot.gguf_metadata)
    if scan is None and template is None:
        return None
    status, scanned_by, files = scan if scan is not None else ("unknown", [], [])
    return Artefacts(
        scan_status=status,
        scanned_by=scanned_by,
        files=files,
        chat_template_sha256=None if template is None else template_sha256(template),
        chat_template_source=source,
    )


def template_sha256(text: str) -> str:
    """sha256 of a chat template's text as UTF-8, lowercase hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _template(
    items: tuple[EvidenceItem, ...], gguf: Mapping[str, object] | None
) -> tuple[str | None, str | None]:
    for item in items:
        if item.kind is EvidenceKind.CHAT_TEMPLATE and item.text:
            return item.text, item.path
    value = (gguf or {}).get(GGUF_TEMPLATE_KEY)
    if isinstance(value, str) and value.strip():
        return value, GGUF_SOURCE
    return None, None


def _scan(item: EvidenceItem | None) -> tuple[str, list[str], list[FileScan]] | None:
    """The scan a source summarised (its JSON), checked: words outside SCAN_STATES are
    `unknown`, entries of the wrong shape are left out."""
    if item is None or not item.text:
        return None
    try:
        data = json.loads(item.text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    scanners = data.get("scanned_by")
    files: list[FileScan] = []
    for entry in data.get("files") or []:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            detail = entry.get("detail")
            files.append(
                FileScan(
                    path=entry["path"],
                    status=_state(entry.get("status")),
                    detail=detail if isinstance(detail, str) else None,
                )
            )
    scanned_by = [s for s in scanners if isinstance(s, str)] if isinstance(scanners, list) else []
    return _state(data.get("scan_status")), scanned_by, files


def _state(value: object) -> str:
    return value if isinstance(value, str) and value in SCAN_STATES else "unknown"
