"""Which source reads which kind of target: one small interface, one entry per source.

A source is a function from a parsed `Target` to a `SourceSnapshot` (the evidence, never the
weights); it raises TargetError or SourceError when the model cannot be read. The built-in
sources are imported only when a target of their kind is audited, so a warm gate answered
from the analysis cache never loads the Hub client. A run can bring its own sources through
`AuditOptions.sources` (tests use in-memory snapshots this way); `api:` models have no source:
their terms come from the provider catalog. Every snapshot leaves the source stage with its
evidence gathered as one typed list (sources/evidence.py), a brought source's too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING

from auditor.model import SourceKind, SourceSnapshot, Target

if TYPE_CHECKING:
    from auditor.sources.hub import HubOptions

Source = Callable[[Target, "HubOptions"], SourceSnapshot]
"""Read one target's evidence; `HubOptions` carries the endpoint, token, cache and file cap."""

BUILT_IN: Mapping[SourceKind, str] = {
    SourceKind.HUB: "auditor.sources.hub:fetch_hub_snapshot",
    SourceKind.HUB_DATASET: "auditor.sources.hub:fetch_hub_snapshot",  # the same, repo_type dataset
    SourceKind.LOCAL: "auditor.sources.registry:read_local",
    SourceKind.GGUF: "auditor.sources.registry:read_gguf",
    SourceKind.CARD: "auditor.sources.registry:read_card",
    SourceKind.OLLAMA: "auditor.sources.ollama:fetch_ollama_snapshot",
    SourceKind.CIVITAI: "auditor.sources.civitai:fetch_civitai_snapshot",
    SourceKind.MODELSCOPE: "auditor.sources.modelscope:fetch_modelscope_snapshot",
}
"""Kind -> "module:function" of the source that reads it."""


def source_for(kind: SourceKind, extra: Mapping[SourceKind, Source] | None = None) -> Source:
    """The source reading `kind`: one the run brought, else the built-in one."""
    if extra and kind in extra:
        return _gathering(extra[kind])
    if kind not in BUILT_IN:
        raise ValueError(f"no source reads {kind} targets")
    module, _, name = BUILT_IN[kind].partition(":")
    source: Source = getattr(import_module(module), name)
    return source


def _gathering(source: Source) -> Source:
    """`source`, its snapshot completed with the evidence list the readers take (the last
    step of every source, sources/evidence.py) when it did not gather it itself."""

    def read(target: Target, hub: HubOptions) -> SourceSnapshot:
        from auditor.sources.evidence import with_evidence

        return with_evidence(source(target, hub))

    return read


def read_local(target: Target, hub: HubOptions) -> SourceSnapshot:
    """A local model folder, with the same file cap as the Hub."""
    from auditor.sources.local import read_local_snapshot

    return read_local_snapshot(target, max_file_bytes=hub.max_file_bytes)


def read_gguf(target: Target, hub: HubOptions) -> SourceSnapshot:
    """A GGUF file's header (never its tensors)."""
    from auditor.sources.local import read_gguf_snapshot

    return read_gguf_snapshot(target)


def read_card(target: Target, hub: HubOptions) -> SourceSnapshot:
    """A bare model card file."""
    from auditor.sources.local import read_card_snapshot

    return read_card_snapshot(target)
