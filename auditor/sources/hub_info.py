"""The Hub's listing of one repo (`/api/models/<id>`, `/api/datasets/<id>`): read within bounds,
checked by type.

Part of the Hub source (`hub`). The answer is read through `hub_http` (at most
MAX_MODEL_INFO_BYTES once decompressed, so a gzip bomb is refused) and every field used is
checked for its JSON type: a `siblings` that is a string, a `cardData` that is a list or a
`sha` that is a number is a SourceError for this model, never a TypeError that loses the run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from auditor.errors import SourceError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.sources.hub_http import AnswerError, TooLargeError, fetch_bounded
from auditor.sources.hub_limits import MAX_MODEL_INFO_BYTES
from auditor.sources.hub_repo import hub_repo
from auditor.sources.hub_security import SCAN_PARAMS, RepoScan, parse_repo_scan

if TYPE_CHECKING:
    from auditor.model import Target
    from auditor.sources.hub import HubOptions
    from auditor.sources.hub_limits import ModelBudget

_SHA = lazy_pattern(r"^[0-9a-f]{40}$")


@dataclass(frozen=True, slots=True)
class Sibling:
    """A file of the repo as listed: its path, size and git blob id when the Hub gave them."""

    rfilename: str
    size: int | None = None
    blob_id: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """What the Hub says of a model (or a dataset) at one commit."""

    sha: str
    gated: bool
    siblings: tuple[Sibling, ...]
    card_data: dict[str, object] | None
    # what the Hub infers of the model (its task, its config's architectures), for the
    # model's modality; not part of the listing's digest
    model_config: dict[str, object] | None = None
    # the Hub's security scan of a model repo (`securityRepoStatus`, hub_security.py); None:
    # the answer carried none. Part of the digest: a file newly flagged is a new listing.
    security: RepoScan | None = None


def fetch_listing(target: Target, options: HubOptions, budget: ModelBudget) -> Listing:
    """The repo's listing with file sizes and blob ids (the client's `files_metadata`).

    Raises the client's errors for an error answer (the caller translates them), and
    SourceError for an answer too large, not JSON or of the wrong shape.
    """
    url = f"{options.client_endpoint}/{hub_repo(target).api_path}"
    if target.revision is not None:
        url += f"/revision/{quote(target.revision, safe='')}"
    try:
        body = fetch_bounded(
            url,
            budget=budget,
            cap=MAX_MODEL_INFO_BYTES,
            timeout=options.timeout,
            token=options.token,
            params={
                "blobs": "true",
                **(SCAN_PARAMS if hub_repo(target).repo_type == "model" else {}),
            },
        )
    except TooLargeError as err:
        raise SourceError(
            f"{target.text}: the Hub's listing of the repo is larger than "
            f"{err.cap:,} bytes (decompressed); it was not read",
            hint="a proxy or mirror may be answering instead of the Hub: check --endpoint",
            code="source-limit-reached",
        ) from err
    except AnswerError as err:
        raise _malformed(target, options, err.message) from err
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as err:  # ValueError: JSONDecodeError, bad UTF-8
        raise _malformed(target, options, None) from err
    return parse_listing(data, target, options)


def listing_digest(listing: Listing) -> str:
    """sha256 of everything in the listing that a model's analysis reads: the commit, the gated
    state, every file's path, size and git blob id, the card data the Hub parsed, and its
    security scan of the repo when it sent one.

    Two listings with the same digest describe the same bytes: a file changed in place at the
    same commit (a mirror can do that) has a new blob id, so a new digest."""
    files = sorted((s.rfilename, s.size, s.blob_id) for s in listing.siblings)
    plain = [listing.sha, listing.gated, files, listing.card_data]
    if listing.security is not None:  # absent: the digest of a listing without a scan
        plain.append(listing.security.plain())
    text = json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_listing(data: object, target: Target, options: HubOptions) -> Listing:
    """Check the JSON types of the fields used; SourceError names the first one wrong."""
    if not isinstance(data, dict):
        raise _malformed(target, options, f"the answer is {_kind(data)}, expected an object")
    sha = data.get("sha")
    if not isinstance(sha, str) or not _SHA.match(sha):
        problem = "no commit sha" if sha is None else f"`sha` is {_kind(sha)}, not a commit sha"
        raise _malformed(target, options, problem)
    gated = data.get("gated", False)
    if gated is not None and not isinstance(gated, bool | str):
        raise _malformed(target, options, f"`gated` is {_kind(gated)}")
    raw_siblings = data.get("siblings") or []
    if not isinstance(raw_siblings, list):
        raise _malformed(target, options, f"`siblings` is {_kind(raw_siblings)}, expected a list")
    siblings: list[Sibling] = []
    for index, item in enumerate(raw_siblings):
        if not isinstance(item, dict) or not isinstance(item.get("rfilename"), str):
            raise _malformed(target, options, f"`siblings[{index}]` has no file name")
        size, blob_id = item.get("size"), item.get("blobId")
        if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
            raise _malformed(target, options, f"`siblings[{index}].size` is {_kind(size)}")
        if blob_id is not None and not isinstance(blob_id, str):
            raise _malformed(target, options, f"`siblings[{index}].blobId` is {_kind(blob_id)}")
        siblings.append(Sibling(item["rfilename"], size, blob_id))
    card = data.get("cardData")
    if card is not None and not isinstance(card, dict):
        raise _malformed(target, options, f"`cardData` is {_kind(card)}, expected an object")
    return Listing(
        sha=sha,
        gated=bool(gated),
        siblings=tuple(siblings),
        card_data=None if card is None else _card_data(card, hub_repo(target).repo_type),
        model_config=_model_config(data),
        security=parse_repo_scan(data) if hub_repo(target).repo_type == "model" else None,
    )


def _model_config(data: dict[str, object]) -> dict[str, object] | None:
    """The Hub's task for the model and its config's architectures, model type and
    sub-configurations, when the answer has them (ill-typed values are left out)."""
    found: dict[str, object] = {}
    task = data.get("pipeline_tag")
    if isinstance(task, str) and task.strip():
        found["pipeline_tag"] = task.strip()
    config = data.get("config")
    if isinstance(config, dict):
        architectures = config.get("architectures")
        if isinstance(architectures, list):
            found["architectures"] = [a for a in architectures if isinstance(a, str)][:8]
        if isinstance(config.get("model_type"), str):
            found["model_type"] = config["model_type"]
        for key in ("vision_config", "audio_config", "image_config"):
            if config.get(key):
                found[key] = True
    return found or None


def _card_data(card: dict[str, object], repo_type: str) -> dict[str, object]:
    """The front matter as the client would give it (`ModelCardData(...).to_dict()`, or
    `DatasetCardData` for a dataset's card: `source_datasets`, `task_categories`...)."""
    from huggingface_hub import DatasetCardData, ModelCardData

    kind = DatasetCardData if repo_type == "dataset" else ModelCardData
    try:
        fields = cast("dict[str, Any]", card)
        data: dict[str, object] = kind(**fields, ignore_metadata_errors=True).to_dict()  # type: ignore[no-untyped-call]
    except Exception:  # the client's own parsing of metadata we only read: keep it as sent
        data = {key: value for key, value in card.items() if value is not None}
    return data


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _malformed(target: Target, options: HubOptions, problem: str | None) -> SourceError:
    what = "was not valid JSON" if problem is None else f"is malformed ({problem})"
    return SourceError(
        f"{target.text}: the Hub's answer {what} ({options.endpoint_url})",
        hint="a proxy or mirror may be answering instead of the Hub: check --endpoint or "
        "HF_ENDPOINT, and try again",
        code="source-http-error",
    )
