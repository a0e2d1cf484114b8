"""A pinned commit's listing and its digest: one request to the Hub, nothing downloaded.

Part of the Hub source (`hub`): sources/hub.py reads the listing first for every model, and
`check --locked` asks only for its digest (hub_listings.py, in a helper that imports this
module, not the evidence readers of sources/hub.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.errors import SourceError
from auditor.sources.hub_errors import hub_errors, translate_hub_error
from auditor.sources.hub_info import Listing, fetch_listing, listing_digest
from auditor.sources.hub_limits import BudgetExceeded, ModelBudget
from auditor.sources.hub_revision import is_short_sha, resolve_short_sha, short_sha_not_found
from auditor.sources.redact import register_secrets

if TYPE_CHECKING:
    from auditor.model import Target
    from auditor.sources.hub_options import HubOptions


def hub_listing_digest(target: Target, options: HubOptions) -> str:
    """The digest of what the Hub lists now for `target` at its revision: one request, nothing
    downloaded. Raises as fetch_hub_snapshot does."""
    register_secrets(options.token, options.endpoint)
    return listing_digest(read_listing(target, options, options.budget()))


def read_listing(target: Target, options: HubOptions, budget: ModelBudget) -> Listing:
    """The Hub's listing of `target` at its revision (a short sha resolved first); the Hub's
    and the client's errors translated to the auditor's, naming the model."""
    short = is_short_sha(target.revision)
    try:
        return fetch_listing(_full_revision(target, options, budget), options, budget)
    except BudgetExceeded as err:
        raise SourceError(
            f"{target.text}: {err.message}; the model was not read",
            hint="the Hub or a proxy answers too slowly or too much: try again later",
            code="source-limit-reached",
        ) from err
    except hub_errors() as err:
        if short and _revision_not_found(err):
            raise short_sha_not_found(target) from err
        raise translate_hub_error(err, target, options.endpoint_url) from err


def _full_revision(target: Target, options: HubOptions, budget: ModelBudget) -> Target:
    """`target` with a short commit sha replaced by the full one it abbreviates; otherwise (a
    branch or tag named like hex, or no match) as it is."""
    if not is_short_sha(target.revision):
        return target
    full = resolve_short_sha(target, options, budget)
    return target if full is None else replace(target, revision=full)


def _revision_not_found(err: Exception) -> bool:
    from huggingface_hub import errors as hf

    return isinstance(err, hf.RevisionNotFoundError)
