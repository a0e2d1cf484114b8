"""A short commit sha (`org/name@0e9e39f`) resolved to the full commit, or refused with the fix.

Part of the Hub source (`hub`). The Hub resolves branch and tag names and full commit shas
but answers "not found" for an abbreviated sha, so 7 to 39 hex digits are looked up in the
commit listing of the default branch (`/api/models/<id>/commits/main`, or `/api/datasets/`
for a dataset; its first page: the newest commits). Exactly one commit starting with the
digits is the answer; none or several is a TargetError that says to pin the full 40-character
commit. A branch or tag that happens to be named like hex is still found: it is tried when no
commit matches.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import quote

from auditor.errors import TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding
from auditor.sources.hub_http import AnswerError, TooLargeError, fetch_bounded
from auditor.sources.hub_limits import MAX_MODEL_INFO_BYTES
from auditor.sources.hub_repo import hub_repo

if TYPE_CHECKING:
    from auditor.model import Target
    from auditor.sources.hub import HubOptions
    from auditor.sources.hub_limits import ModelBudget

SHORT_SHA = lazy_pattern(r"^[0-9a-f]{7,39}$")
_FULL_SHA = lazy_pattern(r"^[0-9a-f]{40}$")
DEFAULT_BRANCH = "main"


def is_short_sha(revision: str | None) -> bool:
    """Whether `revision` looks like an abbreviated commit sha (7 to 39 lowercase hex)."""
    return revision is not None and SHORT_SHA.match(revision) is not None


def pin_hint(target: Target) -> str:
    """The fix a refused revision's message gives."""
    prefix = "hf-dataset:" if hub_repo(target).repo_type == "dataset" else ""
    return f"pin the full 40-character commit: {prefix}{target.location}@<sha>"


def resolve_short_sha(target: Target, options: HubOptions, budget: ModelBudget) -> str | None:
    """The full commit sha `target.revision` abbreviates, or None when no commit of the default
    branch's recent history starts with it (the caller then tries it as a branch or tag name).

    Raises TargetError when several commits start with it, the client's errors for an error
    answer (the caller translates them), and TargetError for an unreadable listing.
    """
    prefix = target.revision or ""
    api = hub_repo(target).api_path
    url = f"{options.client_endpoint}/{api}/commits/{quote(DEFAULT_BRANCH)}"
    from huggingface_hub import errors as hf

    try:
        body = fetch_bounded(
            url,
            budget=budget,
            cap=MAX_MODEL_INFO_BYTES,
            timeout=options.timeout,
            token=options.token,
        )
        data = json.loads(body)
    except hf.RevisionNotFoundError:
        return None  # no branch of that name: the revision may still be a tag
    except (TooLargeError, AnswerError, ValueError, RecursionError) as err:
        raise TargetError(
            f"{target.text}: the short revision {prefix!r} could not be resolved: the Hub's "
            "commit listing could not be read",
            hint=pin_hint(target),
            code="source-revision-not-found",
        ) from err
    commits = data if isinstance(data, list) else []
    found = sorted(
        {
            item["id"]
            for item in commits
            if isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and _FULL_SHA.match(item["id"])
            and item["id"].startswith(prefix)
        }
    )
    if len(found) > 1:
        raise TargetError(
            f"{target.text}: the short revision {prefix!r} matches {len(found)} commits "
            f"({', '.join(sha[:12] for sha in found[:3])})",
            hint=pin_hint(target),
            code="source-revision-not-found",
        )
    return found[0] if found else None


def short_sha_not_found(target: Target) -> TargetError:
    """No commit of the recent history and no branch or tag answers to the short revision."""
    return TargetError(
        f"{target.text}: no commit, branch or tag {target.revision!r} found (a short commit "
        f"sha is looked up among the newest commits of {DEFAULT_BRANCH!r} only)",
        hint=pin_hint(target),
        code="source-revision-not-found",
    )


def revision_mismatch(target: Target, answered: str | None) -> Finding | None:
    """A pinned full commit the Hub answered with another commit (or none): the evidence is
    not the pinned commit's, so the audit of that pin cannot pass."""
    pinned = target.revision
    if pinned is None or not _FULL_SHA.match(pinned) or answered == pinned:
        return None
    return Finding(
        rule="source-revision-mismatch",
        category=Category.SOURCE,
        severity=observed_severity("source-revision-mismatch"),
        message=f"{target.text}: pinned to commit {pinned}, but the Hub answered with commit "
        f"{answered or '(none)'}; the files were asked for at the pinned commit, and what they "
        "say cannot be trusted to be that commit's",
        remediation="check the pin and the endpoint (a mirror or proxy may serve another "
        "commit); audit again against the Hub itself",
    )
