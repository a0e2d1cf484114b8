"""Downloads a repo's card and license-like files from the Hub within the model's budget.

Part of the Hub source (`hub`): a file comes from the cache when it holds this commit's copy,
else through one bounded GET (`hub_http`) capped at the smaller of the file cap and the size
the listing gave, then kept in the cache. Once the model's budget is spent no further request
is made: every file left is reported as not downloaded (the audit is then incomplete).
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from auditor.model import Finding, LicenseFile
from auditor.sources.base import is_license_like
from auditor.sources.hub_cache import read_cached, store_cached
from auditor.sources.hub_errors import hub_errors, translate_hub_error
from auditor.sources.hub_http import AnswerError, TooLargeError, fetch_bounded
from auditor.sources.hub_limits import BudgetExceeded, ModelBudget
from auditor.sources.hub_repo import hub_repo

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from auditor.model import Target
    from auditor.sources.hub import HubOptions


class FileFetcher:
    """Fetches files of one model at one commit; `incomplete` says why one failed, if any."""

    def __init__(
        self,
        target: Target,
        options: HubOptions,
        budget: ModelBudget,
        sha: str,
        sizes: Mapping[str, int | None],
    ) -> None:
        self.target = target
        self.options = options
        self.budget = budget
        self.sha = sha
        self.sizes = sizes
        self.repo = hub_repo(target)
        self.incomplete: str | None = None
        self._spent: str | None = None  # the budget bound reached: no more requests

    def file(
        self, path: str, cap: int, *, optional: bool = False
    ) -> tuple[bytes | None, str | None]:
        """The file's bytes, or None and why it could not be had. A file that is not
        `optional` and could not be had makes the audit incomplete; an optional one (a prose
        file sniffed for terms) is only left unread."""
        data, error = self._fetch(path, cap)
        if error is not None and not optional:
            self.incomplete = self.incomplete or error
        return data, error

    def _fetch(self, path: str, cap: int) -> tuple[bytes | None, str | None]:
        repo, options = self.repo, self.options
        what = f"{self.target.text}: {path}"
        listed = self.sizes.get(path)
        cached = read_cached(options.cache_dir, repo, self.sha, path, cap)
        if cached is not None and len(cached) <= cap:
            return cached, None
        if self._spent is not None:
            return None, f"{what}: not downloaded: {self._spent}"
        limit = cap if listed is None else min(cap, listed)
        url = f"{options.client_endpoint}/{repo.resolve_path}/{self.sha}/{quote(path, safe='/')}"
        answered: dict[str, str] = {}
        try:
            data = fetch_bounded(
                url,
                budget=self.budget,
                cap=limit,
                timeout=options.timeout,
                token=options.token,
                answered=answered,
            )
        except TooLargeError:
            if listed is not None and listed <= cap:
                return None, (
                    f"{what}: the Hub sent more than the {listed:,} bytes it listed; "
                    "it was not read"
                )
            return None, f"{what}: larger than the {cap:,}-byte cap; it was not read"
        except BudgetExceeded as err:
            self._spent = err.message
            return None, f"{what}: not downloaded: {err.message}"
        except AnswerError as err:
            return None, f"{what}: {err.message}"
        except hub_errors() as err:
            translated = translate_hub_error(err, self.target, options.endpoint_url, file=path)
            return None, translated.message if translated.hint is None else str(translated)
        served = answered.get("x-repo-commit")
        if served is not None and served != self.sha:
            return None, (
                f"{what}: asked for commit {self.sha}, the Hub answered with commit {served}; "
                "it was not read"
            )
        if listed is not None and len(data) != listed:
            return None, (
                f"{what}: the downloaded file's size did not match what the Hub announced "
                f"({len(data):,} bytes, listed {listed:,})"
            )
        store_cached(options.cache_dir, repo, self.sha, path, data)
        return data, None


def license_paths(files: Iterable[str], limit: int) -> tuple[list[str], list[str]]:
    """The license-like files to fetch (top-level first, then by path) and those left unread."""
    found = sorted((p for p in files if is_license_like(p)), key=_priority)
    return sorted(found[:limit]), found[limit:]


def not_fetched(
    paths: Iterable[str], sizes: Mapping[str, int | None], base_url: str, limit: int
) -> list[LicenseFile]:
    """License files left unread past the count bound."""
    why = f"not read: more than {limit} license-like files"
    return [LicenseFile(p, None, sizes.get(p), None, base_url + p, skipped=why) for p in paths]


def too_many_license_files(repo_id: str, unread: list[str], read: int) -> Finding:
    """The repo lists more license-like files than are read: the rest, named, may restrict
    use (`source-too-many-files`, which blocks under strict)."""
    from auditor.sources.extra_evidence import too_many_files

    found = read + len(unread)
    lead = f"{repo_id} lists {found:,} license-like files; only {read} were read (top-level first)"
    return too_many_files(unread, lead)


def _priority(path: str) -> tuple[int, str]:
    return len(PurePosixPath(path).parts), path
