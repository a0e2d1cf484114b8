"""`check --locked`, `lock`: the cached analyses the Hub confirms, one listing request a model.

A cached analysis of a pinned commit is used only when the Hub lists the same files (paths,
sizes, git blob ids), gated state, card data and scan at that commit as when it was analysed
(`listing` in the cache entry; sources/hub_info.listing_digest). A manifest's models are
asked all at once (sources/hub_listings.py): the requests are in flight while the run loads
its knowledge and policy, and the answers are read when the run needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from auditor.model import ModelResult, Target
from auditor.sources.hub_repo import hub_repo

if TYPE_CHECKING:
    from auditor.sources.hub import HubOptions
    from auditor.sources.hub_listings import Pending


class AnalysisCache(Protocol):
    """What is used here of the run's analysis cache (pipeline/cache.py)."""

    def exists(self, endpoint: str, repo_id: str, sha: str) -> bool: ...

    def entry(
        self, endpoint: str, repo_id: str, sha: str, ref: str
    ) -> tuple[object, ModelResult | None] | None: ...

    def get(
        self, endpoint: str, repo_id: str, sha: str, ref: str, *, listing: str | None = None
    ) -> ModelResult | None: ...


CacheFor = Callable[[Target], "AnalysisCache | None"]


class Confirmations:
    """The targets whose cached analysis can be confirmed, their listings asked for at once.

    A target is asked about when it is a pinned commit with an entry in the analysis cache,
    the run is online and the run brings no source of its own for its kind (a run's own Hub
    source: its listing is not the Hub's). `answers()` gives, by the target's position, the
    cached analysis the Hub confirmed, or None: no entry, the listing differs, or it could
    not be had (the full fetch that follows then reports why)."""

    def __init__(
        self,
        targets: Sequence[Target],
        hub: HubOptions,
        cache_for: CacheFor,
        *,
        own_kinds: frozenset[object] = frozenset(),
        ahead: bool = False,
    ) -> None:
        self._hub = hub
        self._asked: list[tuple[int, Target, AnalysisCache, str]] = []
        if not hub.offline:
            for index, target in enumerate(targets):
                cache = cache_for(target)
                if cache is None or target.revision is None or target.kind in own_kinds:
                    continue
                key = hub_repo(target).cache_key  # `datasets/org/name` for a dataset
                if cache.exists(hub.endpoint_url, key, target.revision):
                    self._asked.append((index, target, cache, key))
        self._pending: Pending | None = None
        if self._asked:
            from auditor.sources import hub_listings

            asked = [entry[1] for entry in self._asked]
            if ahead:  # for the run's own Confirmations of the same targets (start_ahead)
                hub_listings.start_listing_digests(asked, hub)
            else:
                self._pending = hub_listings.listing_digests(asked, hub)

    @classmethod
    def start_ahead(
        cls,
        targets: Sequence[Target],
        hub: HubOptions,
        cache_for: CacheFor,
        *,
        own_kinds: frozenset[object] = frozenset(),
    ) -> None:
        """Ask now for the listings a run's Confirmations of the same targets, options and
        cache will ask for (`check --locked`, before the run loads its pipeline): that run's
        Confirmations takes them; one that asks for anything else asks again."""
        cls(targets, hub, cache_for, own_kinds=own_kinds, ahead=True)

    def answers(self) -> dict[int, ModelResult | None]:
        """The confirmed cached analysis of each target asked about, by position."""
        if self._pending is None:
            return {}
        endpoint = self._hub.endpoint_url
        # read while the listings are on their way: the entry and the listing it was read from
        entries = [
            cache.entry(endpoint, key, target.revision or "", target.text)
            for _, target, cache, key in self._asked
        ]
        digests = self._pending.result()
        found: dict[int, ModelResult | None] = {}
        for (index, target, cache, key), entry, listing in zip(
            self._asked, entries, digests, strict=True
        ):
            if entry is None or listing is None or entry[0] != listing:
                found[index] = None
            elif entry[1] is None:  # unreadable: the cache says so, as it always did
                found[index] = cache.get(endpoint, key, target.revision or "", target.text)
            else:
                found[index] = entry[1]
        return found
