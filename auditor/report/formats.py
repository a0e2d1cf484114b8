"""The report formats, in a module light enough for the CLI to import at start-up."""

from __future__ import annotations

from enum import StrEnum


class ReportFormat(StrEnum):
    """Output formats of scan, check and report."""

    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"  # a line per model, then the run's: streamed by `scan`
    HTML = "html"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    JUNIT = "junit"
    CYCLONEDX = "cyclonedx"
    SPDX = "spdx"


STREAMED_FORMATS = frozenset({ReportFormat.JSON, ReportFormat.JSONL, ReportFormat.SARIF})
"""Formats `scan` writes as its models are judged, holding none of them until the end."""
