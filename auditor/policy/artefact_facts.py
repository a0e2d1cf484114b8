"""The `artefacts.*` facts: what a hub's security scan says of a model's files (issue 37).

Read from `ModelResult.artefacts` (model/artefacts.py), never from the weights. A file the
scanner flagged `unsafe` or `suspicious` (a pickle importing `os.system`, malware) is in
`unsafe_files`, and `unsafe_details` says what was found in each; a weight file the hub has not
scanned, whose scan failed or whose status we could not read is in `unscanned_files`. Where no
hub scan was read (a local folder, a GGUF file, an offline run, an API model, a hub that sent
none) `scan_status` is null and the lists are empty: no scan is not a finding, so a rule over
`has_unsafe` or `has_unscanned` never fires for those models, not even one that blocks.
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.model.artefacts import Artefacts
from auditor.policy.fact_types import FactSpec, FactType

_L, _B, _S = FactType.LIST, FactType.BOOL, FactType.STRING

SCAN_WORDS = frozenset({"safe", "unsafe", "suspicious", "unscanned", "error", "unknown"})
"""model/artefacts.py SCAN_STATES, the closed values of `artefacts.scan_status`."""
_UNSAFE = frozenset({"unsafe", "suspicious"})
_UNSCANNED = frozenset({"unscanned", "error", "unknown"})

ARTEFACT_FACTS: Mapping[str, FactSpec] = {
    "artefacts.scan_status": FactSpec(
        _S, "the hub's security scan verdict for the repo", SCAN_WORDS
    ),
    "artefacts.unsafe_files": FactSpec(_L, "files the hub's scanner flagged unsafe or suspicious"),
    "artefacts.unsafe_details": FactSpec(_L, "each flagged file with what the scanner found"),
    "artefacts.has_unsafe": FactSpec(_B, "the hub's scanner flagged a file"),
    "artefacts.unscanned_files": FactSpec(_L, "weight files the hub has not scanned"),
    "artefacts.has_unscanned": FactSpec(_B, "a weight file has no scan verdict from the hub"),
}
"""The facts, merged into the policy vocabulary (vocabulary.py FACTS)."""


def artefact_facts(artefacts: Artefacts | None) -> dict[str, object]:
    """The `artefacts.*` facts of one model."""
    scanned = artefacts is not None and bool(artefacts["scanned_by"])
    files = artefacts["files"] if artefacts is not None and scanned else []
    unsafe = [f for f in files if f["status"] in _UNSAFE]
    unscanned = [f["path"] for f in files if f["status"] in _UNSCANNED]
    return {
        "artefacts.scan_status": artefacts["scan_status"] if artefacts and scanned else None,
        "artefacts.unsafe_files": [f["path"] for f in unsafe],
        "artefacts.unsafe_details": [
            f"{f['path']} ({f['status']}: {f['detail'] or 'no detail given'})" for f in unsafe
        ],
        "artefacts.has_unsafe": bool(unsafe),
        "artefacts.unscanned_files": unscanned,
        "artefacts.has_unscanned": bool(unscanned),
    }
