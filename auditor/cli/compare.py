"""Command line: several models' licenses and key terms side by side (compare)."""

from __future__ import annotations

from typing import Annotated

import typer

from auditor.cli.options import (
    CacheOption,
    DataOption,
    DebugOption,
    DistributionOption,
    DomicileOption,
    EndpointOption,
    GroupMauOption,
    MauOption,
    MonetizedOption,
    OfflineOption,
    OrganizationTypeOption,
    PolicyOption,
    RegionOption,
    RevenueOption,
    TextOrJson,
    TextOrJsonOption,
    TokenOption,
    UseCaseOption,
)
from auditor.cli.output import echo_text, errors


def compare(
    targets: Annotated[list[str], typer.Argument(help="Two or more models to compare.")],
    fmt: TextOrJsonOption = TextOrJson.TEXT,
    policy: PolicyOption = "default",
    domicile: DomicileOption = None,
    organization_type: OrganizationTypeOption = None,
    monetized: MonetizedOption = None,
    region: RegionOption = None,
    mau: MauOption = None,
    group_mau: GroupMauOption = None,
    revenue: RevenueOption = None,
    distribution: DistributionOption = None,
    use_case: UseCaseOption = None,
    data: DataOption = None,
    offline: OfflineOption = False,
    endpoint: EndpointOption = None,
    token: TokenOption = None,
    cache_dir: CacheOption = None,
    debug: DebugOption = False,
) -> None:
    """Licenses and key terms of several models side by side, with their verdicts.

    The deployment options are `scan`'s: a verdict that needs a fact not given is needs-input.
    """
    import json
    import shutil

    from auditor import api
    from auditor.gate.compare import compare_json, compare_models

    with errors(debug):
        deployment = api.deployment_from_options(
            domicile=domicile,
            regions=region,
            mau=mau,
            group_mau=group_mau,
            annual_revenue_usd=revenue,
            distribution=distribution,
            use_cases=use_case,
            data=data,
            organization_type=organization_type,
            monetized=monetized,
        )
        options = api.audit_options(
            policy,
            offline=offline,
            endpoint=endpoint,
            token=token,
            cache_dir=cache_dir,
            deployment=deployment,
        )
        result = api.audit(targets, options)
        if fmt is TextOrJson.JSON:
            typer.echo(json.dumps(compare_json(result.models), indent=2))
        else:
            width = shutil.get_terminal_size((100, 24)).columns
            title = f"Compared under policy {result.policy.name}" if result.policy else None
            echo_text(compare_models(result.models, width=width, title=title))
