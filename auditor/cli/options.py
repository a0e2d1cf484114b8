"""Command line: the options several commands share, declared once."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from auditor.report.formats import ReportFormat


class TextOrJson(StrEnum):
    """Output formats of the commands that print a table rather than a report."""

    TEXT = "text"
    JSON = "json"


FormatOption = Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")]
TextOrJsonOption = Annotated[TextOrJson, typer.Option("--format", "-f", help="Output format.")]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the report here (atomically) instead of stdout."),
]
OfflineOption = Annotated[
    bool,
    typer.Option(
        "--offline", envvar="HF_HUB_OFFLINE", help="Read Hub models from the local cache only."
    ),
]
EndpointOption = Annotated[
    str | None,
    typer.Option("--endpoint", envvar="HF_ENDPOINT", help="Hub endpoint, e.g. a private mirror."),
]
TokenOption = Annotated[
    str | None,
    typer.Option(
        "--token",
        envvar="HF_TOKEN",
        help="Hub access token for gated or private repos.",
        show_default=False,
    ),
]
CacheOption = Annotated[
    Path | None,
    typer.Option("--cache-dir", envvar="HF_HUB_CACHE", help="Hugging Face cache folder."),
]
PolicyOption = Annotated[
    str,
    typer.Option(
        "--policy", "-p", help="Policy preset name (see `auditor policy list`) or a YAML path."
    ),
]
HistoryOption = Annotated[
    Path | None,
    typer.Option("--history-db", envvar="AUDITOR_HISTORY_DB", help="Audit history database."),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", envvar="AUDITOR_DEBUG", help="Show tracebacks and debug logs.")
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No progress display on stderr (the final line is still printed)."
    ),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Processes for local folders, cards and GGUF files (default: one per core "
        "from 160 local targets on, else one).",
        show_default=False,
    ),
]

# The deployment's facts, for the commands that audit without a manifest (scan, compare); each
# states the fact a manifest states under the key auditor/model/inputs.py names for it.
DomicileOption = Annotated[
    str | None, typer.Option(help="Your organization's country (ISO 3166-1 alpha-2).")
]
OrganizationTypeOption = Annotated[
    str | None,
    typer.Option(
        "--organization-type",
        help="company (the default), non-profit, academic or government: a company's use, "
        "its research included, is commercial.",
    ),
]
MonetizedOption = Annotated[
    bool | None,
    typer.Option(
        "--monetized/--not-monetized",
        help="Whether the service earns (fees, ads): a non-company body's free service is not "
        "commercial.",
        show_default=False,
    ),
]
RegionOption = Annotated[
    list[str] | None, typer.Option(help="Where it runs / whom it serves (repeatable).")
]
MauOption = Annotated[int | None, typer.Option(help="Monthly active users of the product.")]
GroupMauOption = Annotated[
    int | None,
    typer.Option(
        help="Monthly active users of the products of your organization and its affiliates "
        "together (what caps counting affiliates, such as Llama's, compare)."
    ),
]
RevenueOption = Annotated[int | None, typer.Option(help="Annual revenue in USD.")]
DistributionOption = Annotated[
    str | None,
    typer.Option(help="internal, saas, on-device, redistribute-weights or research."),
]
UseCaseOption = Annotated[
    list[str] | None, typer.Option(help="Intended use (repeatable), manifest vocabulary.")
]
DataOption = Annotated[
    list[str] | None,
    typer.Option(help="phi, personal-data, special-category, confidential, public."),
]
