"""Caches a pinned Hub model's analysis, keyed by commit and by tool and database version."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.digest import knowledge_digest
from auditor.model import ModelResult, Target, Verdict
from auditor.resources import default_cache_dir
from auditor.sources.hub_repo import is_hub_kind

log = logging.getLogger(__name__)

_SHA = lazy_pattern(r"^[0-9a-f]{40}$")
CACHE_FORMAT = 15
"""Raised whenever analysis gains findings the tool version alone does not tell apart
(2: `lineage-parent-in-text`; 3: card prose as evidence and metadata conflicts; 4: card
metadata blocks the Hub does not read, `card-metadata-misplaced`, and parents stated in the
card's text, `stated_parents`; 5: the card's openness components, `openness`; 6: an entry
holds the digest of the Hub's listing it was read from beside the model; 7: license evidence
found by content and structured metadata, unread license documents said, issue 31; 9: the
datasets a model's evidence names, `training_data`, and a dataset's `data_card`, issue 36; 10:
a hub's security scan and the chat template digest, `artefacts`, issue 37; 11: a standard
license's text with clauses added is a license of its own, `text-with-added-terms`, issue 32;
12: a card deferring its license to its base model's, `license-deferred-to-base`; 13: a pointer
file naming an option of the declared `A OR B` is that option, and binds that option only; 14:
parents named by training configurations and local paths, and a parent's own parents stated in
the card, `stated_parents[].of`; 15: parents named by training launch scripts and by a GGUF
header pasted in the card, datasets named by training configurations and scripts
(`training-config`), a card's link to its base's license read as deferring to it), so no
cached analysis outlives the code that produced it."""


class AnalysisCache:
    """One JSON file per (repo, commit, knowledge digest); writes are atomic.

    An entry is `{"listing": digest or null, "model": the analysis}`: the listing digest lets
    `check --locked` reuse an analysis after one request shows the files are the same."""

    def __init__(self, root: Path, digest: str) -> None:
        self.root = root
        self.digest = digest

    def _path(self, endpoint: str, repo_id: str, sha: str) -> Path:
        text = f"{CACHE_FORMAT}\0{endpoint}\0{repo_id}\0{sha}"
        key = hashlib.sha256(text.encode()).hexdigest()[:40]
        return self.root / self.digest / key[:2] / f"{key}.json"

    def exists(self, endpoint: str, repo_id: str, sha: str) -> bool:
        """Is there an entry for this commit (any, readable or not)? A stat, nothing read."""
        return bool(_SHA.match(sha)) and self._path(endpoint, repo_id, sha).is_file()

    def get(
        self, endpoint: str, repo_id: str, sha: str, ref: str, *, listing: str | None = None
    ) -> ModelResult | None:
        """The cached analysis for a pinned commit, re-labelled with `ref`; None on a miss.

        With `listing` (hub_info.listing_digest of what the Hub lists now), only an entry
        stored with that same listing is an answer: the files it read are the files there."""
        document = self._document(endpoint, repo_id, sha)
        if document is None or (listing is not None and document.get("listing") != listing):
            return None
        model = self._model(document, ref)
        if model is None:
            log.warning("ignoring unreadable cache entry %s", self._path(endpoint, repo_id, sha))
        return model

    def entry(
        self, endpoint: str, repo_id: str, sha: str, ref: str
    ) -> tuple[object, ModelResult | None] | None:
        """The listing digest an entry was stored with and its analysis, re-labelled with
        `ref`, or None for an analysis that cannot be read (said by `get`, not here);
        `check --locked` reads it while the Hub's listing is on its way. None on a miss."""
        document = self._document(endpoint, repo_id, sha)
        if document is None:
            return None
        return document.get("listing"), self._model(document, ref)

    def _document(self, endpoint: str, repo_id: str, sha: str) -> dict[str, Any] | None:
        if not _SHA.match(sha):
            return None
        path = self._path(endpoint, repo_id, sha)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(document, dict) or not isinstance(document.get("model"), dict):
            return None
        return document

    def _model(self, document: dict[str, Any], ref: str) -> ModelResult | None:
        from dataclasses import replace

        from auditor.model.decode import model_from_dict

        try:
            model = model_from_dict(document["model"])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return replace(model, ref=ref)

    def put(
        self,
        endpoint: str,
        repo_id: str,
        sha: str,
        model: ModelResult,
        *,
        listing: str | None = None,
    ) -> None:
        """Store a complete analysis, with the digest of the Hub's listing it was read from;
        incomplete or failed ones are never cached."""
        if not _SHA.match(sha) or model.verdict is Verdict.ERROR:
            return
        from auditor.model.codec import model_to_dict

        path = self._path(endpoint, repo_id, sha)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"listing": listing, "model": model_to_dict(model)}, handle)
            Path(tmp).replace(path)
        except OSError as err:  # a read-only cache only costs speed
            log.warning("could not write the analysis cache at %s: %s", path, err)
            with contextlib.suppress(OSError, UnboundLocalError):
                Path(tmp).unlink()


def analysis_cache_for(
    target: Target, cache_dir: Path | None, *, use_cache: bool = True
) -> AnalysisCache | None:
    """The analysis cache of a run for `target` (`cache_dir`, else AUDITOR_CACHE_DIR or the
    user cache). Only pinned Hub commits are cached: a branch name can move, a commit cannot."""
    if not use_cache or not is_hub_kind(target.kind) or target.revision is None:
        return None
    if not re.fullmatch(r"[0-9a-f]{40}", target.revision):
        return None
    return AnalysisCache(cache_dir or default_cache_dir(), knowledge_digest())
