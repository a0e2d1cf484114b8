"""The JSON-shaped record of what a hub says about a model's files, read without the weights
(issue 37): the Hub's security scan of the repo and of each weight file, and the digest of the
chat template the model runs with (from the GGUF header or `tokenizer_config.json`)."""

from __future__ import annotations

from typing import TypedDict

SCAN_STATES = ("safe", "unsafe", "suspicious", "unscanned", "error", "unknown")
"""A scan verdict: the hub found nothing, found something unsafe or suspicious (pickle imports
outside the allowed ones, malware), has not scanned it (yet), failed, or did not say."""


class FileScan(TypedDict):
    """One file's scan as the hub reports it."""

    path: str
    status: str  # a SCAN_STATES word
    detail: str | None  # what the scanner reported (the imports found, the malware name)


class Artefacts(TypedDict):
    """What the hub says about the repo's files, and the chat template's digest."""

    scan_status: str  # the repo's overall SCAN_STATES word
    scanned_by: list[str]  # the scanners the hub names (pickle import scan, malware scan ...)
    files: list[FileScan]  # the weight and code files it reports on
    chat_template_sha256: str | None  # of the template text; None when the model has none
    chat_template_source: str | None  # where it was read (`tokenizer_config.json`, the GGUF)
