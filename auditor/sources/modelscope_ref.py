"""ModelScope model names: `modelscope:` targets and model page URLs, and where the hub is.

Part of the ModelScope source (`modelscope`). Pure: strings in, values out.

NOTE: the formats are those of ModelScope's public Python client (github.com/modelscope/
modelscope, `modelscope/hub/api.py` and `file_download.py`; github.com/modelscope/
modelscope_hub, `_legacy_api.py`): a model is `owner/name`, its default branch is `master`,
a revision is a branch, a tag or a commit, and the API lives under `/api/v1/models/`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from auditor.errors import TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import SourceKind, Target

PREFIX = "modelscope:"
DEFAULT_REVISION = "master"
"""The branch a model page shows and the client reads when no revision is named."""
DEFAULT_ENDPOINT = "https://www.modelscope.cn"
ENDPOINT_ENV = "AUDITOR_MODELSCOPE_ENDPOINT"
TOKEN_ENV = "MODELSCOPE_API_TOKEN"
"""The client's own variable: an SDK access token from the user's ModelScope account page."""
CACHE_ENV = "AUDITOR_MODELSCOPE_CACHE"

_PART = lazy_pattern(r"^[A-Za-z0-9][\w.\-]{0,95}$")
_REVISION = lazy_pattern(r"^[\w.\-/]{1,200}$")
COMMIT = lazy_pattern(r"^[0-9a-f]{40}$")
_PAGE = lazy_pattern(r"^(?:https?://)?(?:www\.)?modelscope\.cn/models/(?P<rest>[^?#]*)", re.I)
_PAGE_TABS = frozenset({"files", "summary"})


@dataclass(frozen=True, slots=True)
class ModelScopeName:
    """One ModelScope model, and the revision asked for (None: the default branch)."""

    owner: str
    name: str
    revision: str | None = None

    @property
    def model_id(self) -> str:
        """`owner/name`, as the API paths write it."""
        return f"{self.owner}/{self.name}"

    @property
    def ref(self) -> str:
        """The `modelscope:` target naming the model (and its revision, when one was asked)."""
        at = f"@{self.revision}" if self.revision else ""
        return f"{PREFIX}{self.model_id}{at}"

    @property
    def wanted(self) -> str:
        """The revision the API is asked for."""
        return self.revision or DEFAULT_REVISION

    @property
    def is_commit(self) -> bool:
        """Pinned by a full commit id (a branch or tag can move; a commit cannot)."""
        return self.revision is not None and COMMIT.match(self.revision) is not None


def is_modelscope_page(raw: str) -> bool:
    """A ModelScope model page's URL (`https://modelscope.cn/models/owner/name[/files]`)."""
    return _PAGE.match(raw.strip()) is not None


def parse_modelscope_target(text: str, raw: str) -> Target:
    """The target `text` (`raw`: it stripped) naming a ModelScope model: `modelscope:owner/name
    [@revision]` or a model page's URL (`https://[www.]modelscope.cn/models/owner/name`, with
    `/files` or `/summary` after it, and `?Revision=` or `?revision=` naming a revision)."""
    if raw.startswith(PREFIX):
        spec = raw[len(PREFIX) :]
        if _PAGE.match(spec):
            return parse_modelscope_target(text, spec)
        model_id, at, revision = spec.partition("@")
        name = _name(text, model_id, revision if at else None, at=bool(at))
    else:
        name = _name_of_page(text, raw)
    return Target(text, SourceKind.MODELSCOPE, name.model_id, revision=name.revision)


def name_of_target(target: Target) -> ModelScopeName:
    """The model a parsed target names."""
    owner, _, name = target.location.partition("/")
    return ModelScopeName(owner, name, target.revision)


def _name_of_page(text: str, raw: str) -> ModelScopeName:
    match = _PAGE.match(raw)
    parts = [unquote(p) for p in (match["rest"] if match else "").strip("/").split("/")]
    if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2].lower() not in _PAGE_TABS):
        raise TargetError(
            f"{text}: not the URL of a ModelScope model",
            hint="write https://modelscope.cn/models/owner/name (its /files or /summary tab) "
            "or modelscope:owner/name@revision",
            code="target-invalid",
        )
    query = urlsplit(raw if "://" in raw else f"https://{raw}").query
    revision = None
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        if key.lower() == "revision" and value:
            revision = unquote(value)
    return _name(text, "/".join(parts[:2]), revision, at=revision is not None)


def _name(text: str, model_id: str, revision: str | None, *, at: bool) -> ModelScopeName:
    owner, slash, name = model_id.partition("/")
    if not slash or not _PART.match(owner) or not _PART.match(name) or ".." in model_id:
        raise TargetError(
            f"{text}: not a ModelScope model id",
            hint="write modelscope:owner/name or modelscope:owner/name@revision",
            code="target-invalid",
        )
    if at and (not revision or not _REVISION.match(revision) or ".." in revision):
        raise TargetError(f"{text}: invalid revision {revision!r}", code="target-invalid")
    return ModelScopeName(owner, name, revision or None)


def endpoint_from_environment() -> str:
    """The hub's address: `AUDITOR_MODELSCOPE_ENDPOINT`, else www.modelscope.cn; without a
    trailing slash."""
    return (os.environ.get(ENDPOINT_ENV) or DEFAULT_ENDPOINT).strip().rstrip("/")


def page_url(endpoint: str, name: ModelScopeName) -> str:
    """The model's page on the hub (shown in messages)."""
    return f"{endpoint}/models/{name.model_id}"
