"""A model's artefacts in the ML-BOMs (issue 37): the hub's security scan and the chat
template's digest, as the result recorded them (`ModelResult.artefacts`).

CycloneDX 1.6: properties of the model component (`model-license-auditor:scan-status`,
`scanned-by`, one `scan-file` per file the scan reports with its status and what was found,
`chat-template-sha256`, `chat-template-source`). Component `hashes` would claim the model's
own files hash to the value, and the template is no file of its own (a key of
`tokenizer_config.json`, a GGUF header value), so it is a property too.

SPDX 3.0.1: one `Annotation` (`annotationType: other`) on the model's package for the scan,
and one for the chat template, each a statement in words; SPDX 3 has no property for either.
"""

from __future__ import annotations

from typing import Any

from cyclonedx.model import Property

from auditor.model import ModelResult
from auditor.model.artefacts import Artefacts
from auditor.report.cyclonedx_parts import PROPERTY_PREFIX


def artefact_properties(model: ModelResult) -> list[Property]:
    """The CycloneDX properties of a model's artefacts (none when nothing was recorded)."""
    artefacts = model.artefacts
    if artefacts is None:
        return []
    pairs: list[tuple[str, str]] = []
    if artefacts["scanned_by"]:
        pairs.append(("scan-status", artefacts["scan_status"]))
        pairs.append(("scanned-by", ", ".join(artefacts["scanned_by"])))
        pairs.extend(("scan-file", _file_words(f)) for f in artefacts["files"])
    if artefacts["chat_template_sha256"]:
        pairs.append(("chat-template-sha256", artefacts["chat_template_sha256"]))
        if artefacts["chat_template_source"]:
            pairs.append(("chat-template-source", artefacts["chat_template_source"]))
    return [Property(name=f"{PROPERTY_PREFIX}{name}", value=value) for name, value in pairs]


def artefact_annotations(
    model: ModelResult, subject: str, new_id: str, creation_info: str
) -> list[dict[str, Any]]:
    """The SPDX 3 annotations of a model's artefacts on its package `subject`; `new_id` is
    the prefix of their ids (`...#Annotation-1`, then `-scan`, `-chat-template`)."""
    artefacts = model.artefacts
    if artefacts is None:
        return []
    statements: list[tuple[str, str]] = []
    if artefacts["scanned_by"]:
        statements.append(("scan", scan_statement(artefacts)))
    if artefacts["chat_template_sha256"]:
        where = artefacts["chat_template_source"] or "the model's files"
        digest = artefacts["chat_template_sha256"]
        statements.append(("chat-template", f"chat template sha256 {digest} (read from {where})"))
    return [
        {
            "type": "Annotation",
            "spdxId": f"{new_id}-{suffix}",
            "creationInfo": creation_info,
            "annotationType": "other",
            "subject": subject,
            "statement": statement,
        }
        for suffix, statement in statements
    ]


def scan_statement(artefacts: Artefacts) -> str:
    """The scan in one sentence: the repo's status, the scanners, each file reported."""
    text = (
        f"security scan by the hub: {artefacts['scan_status']} "
        f"(scanners: {', '.join(artefacts['scanned_by'])})"
    )
    files = [_file_words(f) for f in artefacts["files"]]
    return text + ("; " + "; ".join(files) if files else "")


def _file_words(item: Any) -> str:
    detail = item.get("detail")
    return f"{item['path']}: {item['status']}" + (f" ({detail})" if detail else "")
