"""`check --locked`: the Hub's listings asked for before the run loads its pipeline.

`check --locked` confirms each cached analysis with one listing request a model (gate/
confirm.py), made by a helper forked at the command's start (sources/hub_listings.py). The run
used to hand the helper its batch only once the pipeline was imported and the manifest read in
`audit_jobs`, about a quarter of a second of one core into a warm run that lasts half a second;
the helper then listed while the run loaded its knowledge, and the run waited for the rest.
Here the command line asks before it imports the pipeline: the manifest read as the run reads
it, the same targets chosen by the same Confirmations, with options equal to the run's. The
run's own Confirmations then takes these listings (`listing_digests` compares targets and
options); a run that asks for anything else asks again, and listings no run took are dropped
when the command is done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.sources.hub_options import HubOptions


@contextmanager
def listings_ahead(
    manifest: Path, hub: HubOptions, *, cache_dir: Path | None = None, use_cache: bool = True
) -> Iterator[None]:
    """Within the block, the listings of `manifest`'s cached pinned commits are on their way
    for a run with these Hub options and analysis cache (`cache_dir`, `use_cache`). Nothing is
    asked offline, when the lock beside the manifest cannot be read (the run stops before any
    request) or when the manifest cannot be read (the run reads it again and says why)."""
    try:
        _start(manifest, hub, cache_dir, use_cache)
        yield
    finally:
        from auditor.sources.hub_listings import drop_ahead

        drop_ahead()


def _start(manifest: Path, hub: HubOptions, cache_dir: Path | None, use_cache: bool) -> None:
    if hub.offline:
        return
    from auditor.errors import AuditorError
    from auditor.gate.confirm import Confirmations
    from auditor.gate.lock import lock_path_for
    from auditor.gate.lock_memo import read_lock_remembered
    from auditor.gate.manifest import load_manifest
    from auditor.pipeline.cache import analysis_cache_for
    from auditor.resources import default_cache_dir
    from auditor.sources.base import parse_target

    memo = (cache_dir or default_cache_dir()) if use_cache else None
    try:  # the lock is read before any request, as check_manifest reads it (remembered)
        read_lock_remembered(lock_path_for(manifest), memo)
    except (AuditorError, OSError, ValueError):
        return
    try:  # as audit_manifest reads it
        read = load_manifest(manifest)
        targets = [parse_target(model.ref, base_dir=read.base_dir) for model in read.models]
    except (AuditorError, OSError, ValueError):
        return
    cache_for = partial(analysis_cache_for, cache_dir=cache_dir, use_cache=use_cache)
    Confirmations.start_ahead(targets, hub, cache_for)
