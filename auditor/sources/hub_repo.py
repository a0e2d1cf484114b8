"""Which kind of Hub repo a target names (a model or a dataset), and where the Hub serves it.

Part of the Hub source (`hub`). A model and a dataset are fetched the same way; only their
paths differ, and they are decided here, from the target's kind, in one place:

| | model | dataset |
|---|---|---|
| listing | `/api/models/org/name` | `/api/datasets/org/name` |
| a file | `/org/name/resolve/<sha>/<path>` | `/datasets/org/name/resolve/<sha>/<path>` |
| cache folder | `models--org--name` | `datasets--org--name` |
| analysis cache key | `org/name` | `datasets/org/name` |

NOTE: the same paths the client builds for `repo_type="dataset"` (`HfApi.dataset_info`,
`hf_hub_download`, `repo_folder_name`); see hub-api-notes.md §2 and §5.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from auditor.model import SourceKind, Target

RepoType = Literal["model", "dataset"]


@dataclass(frozen=True, slots=True)
class HubRepo:
    """One repo of a Hub: its id and whether it holds a model or a dataset."""

    repo_id: str
    repo_type: RepoType = "model"

    @property
    def api_path(self) -> str:
        """The listing's path below the endpoint (`api/datasets/org/name`)."""
        return f"api/{self.repo_type}s/{self.repo_id}"

    @property
    def resolve_path(self) -> str:
        """The path files are served under (`datasets/org/name/resolve`)."""
        prefix = "" if self.repo_type == "model" else f"{self.repo_type}s/"
        return f"{prefix}{self.repo_id}/resolve"

    @property
    def page(self) -> str:
        """The repo's page on the Hub, as words for messages: `model page`, `dataset page`."""
        return f"{self.repo_type} page"

    @property
    def cache_key(self) -> str:
        """The repo as keyed in the analysis cache: a model and a dataset of one id differ."""
        return self.repo_id if self.repo_type == "model" else f"{self.repo_type}s/{self.repo_id}"


def hub_repo(target: Target) -> HubRepo:
    """The Hub repo a Hub target names: a dataset for `hf-dataset:` targets, else a model."""
    kind: RepoType = "dataset" if target.kind is SourceKind.HUB_DATASET else "model"
    return HubRepo(target.location, kind)


def is_hub_kind(kind: SourceKind) -> bool:
    """Whether targets of this kind are read from a Hub repo (a model's or a dataset's)."""
    return kind in (SourceKind.HUB, SourceKind.HUB_DATASET)


def dataset_target(repo_id: str, revision: str | None = None) -> Target:
    """The target of a Hub dataset repo, checked as `hf-dataset:org/name[@revision]` is.

    Raises TargetError for an id or revision the Hub could not have."""
    from auditor.sources.base import parse_target

    spec = repo_id if revision is None else f"{repo_id}@{revision}"
    return parse_target(f"hf-dataset:{spec}")
