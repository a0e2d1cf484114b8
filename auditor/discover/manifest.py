"""Model discovery against a manifest: the references it lacks, and a starter manifest."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterable
from pathlib import Path

from auditor.discover.refs import ModelReference, hub_ref
from auditor.errors import UsageError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.gate.manifest import Manifest
from auditor.model import SourceKind
from auditor.model.deployment import DATA_CLASSES, DISTRIBUTIONS, USE_CASES

_MAX_LOCATIONS = 5  # "# found at" lines per model in a starter manifest


def reference_key(reference: ModelReference, base: Path) -> tuple[str, str]:
    """What a discovered reference is compared by: a Hub repo id without revision, in lower
    case; an API ref exactly; a path made absolute from `base`."""
    if reference.kind is SourceKind.HUB:
        return "hub", reference.ref.partition("@")[0].lower()
    if reference.kind is SourceKind.API:
        return "api", reference.ref
    return "path", _absolute(reference.ref, base)


def manifest_keys(manifest: Manifest) -> set[tuple[str, str]]:
    """The comparison keys of every model a manifest lists (see `reference_key`).

    A ref that could be either a Hub id or a relative path (`org/name`) yields both keys,
    as `auditor check` would decide by whether the path exists.
    """
    keys: set[tuple[str, str]] = set()
    for model in manifest.models:
        ref = model.ref.strip()
        if ref.startswith("api:"):
            keys.add(("api", ref))
            continue
        hub = hub_ref(ref)
        if hub is not None:
            keys.add(("hub", hub.partition("@")[0].lower()))
        if not ref.startswith("hf:"):
            keys.add(("path", _absolute(ref, manifest.base_dir)))
    return keys


def missing_from_manifest(
    refs: Iterable[ModelReference], manifest: Manifest, *, root: Path | None = None
) -> list[ModelReference]:
    """The references whose model the manifest does not list, in the order given.

    Hub repos match whatever the revision and case; API refs match exactly; local and GGUF
    paths match once resolved: discovered ones from `root` (the scanned folder; default the
    manifest's folder), the manifest's from its own folder.
    """
    listed = manifest_keys(manifest)
    base = root if root is not None else manifest.base_dir
    return [ref for ref in refs if reference_key(ref, base) not in listed]


def _absolute(ref: str, base: Path) -> str:
    path = Path(ref).expanduser()
    if not path.is_absolute():
        path = base / path
    return os.path.normpath(path)


# --- starter manifest ------------------------------------------------------------------------

_HEADER = """\
# Model manifest written by `auditor discover` from {count} model reference(s) in the code.
# Review every model below, fill in what you know, then run: auditor check {name}
# Placeholder lines look like `#   key: value`; delete the leading "# " to use one. A fact
# left out is unknown, and a blocking rule that needs it fails closed and says which.
# Pin Hub models to a commit (org/name@<sha>) so every audit reads the same files.
version: 1

# Who uses the models.
# organization:
#   name: Example Corp             # your organization's legal name
#   domicile: US                   # ISO 3166-1 alpha-2 country of the principal place of business

# What the models serve; any of these can also be set on a single model entry.
# deployment:
#   mau: 0                         # monthly active users of the product
#   annual_revenue_usd: 0          # annual revenue in US dollars
#   regions: [US]                  # where it runs and whom it serves: EU, EEA or country codes
#   data: [personal-data]          # any of the data classes listed below
#   use_cases: [chatbot]           # any of the use cases listed below
#   distribution: internal         # one of the distributions listed below
#   interacts_with_people: true    # people talk to the model directly
#   generates_content: true        # it generates text, images, audio or video
#   serves_model_api: false        # others call the model itself as an API (not an app on it)
"""


def starter_manifest(
    refs: Iterable[ModelReference],
    *,
    root: Path | None = None,
    manifest_dir: Path | None = None,
    name: str = "manifest.yaml",
) -> str:
    """A manifest v1 text listing each discovered model once, with where it was found.

    Organization and deployment are commented-out placeholders; the text loads with
    `auditor.gate.manifest.parse_manifest` as written and once they are filled. When `root` (the
    scanned folder) and `manifest_dir` (where the manifest will live) are both given, relative
    local and GGUF paths are rewritten relative to the manifest. Raises UsageError when there
    is no reference to list (a manifest needs at least one model).
    """
    entries: dict[tuple[str, str], list[ModelReference]] = {}
    base = root if root is not None else Path.cwd()
    for ref in refs:
        entries.setdefault(reference_key(ref, base), []).append(ref)
    if not entries:
        raise UsageError("no model references found; there is nothing to write a manifest for")
    lines = [_HEADER.format(count=sum(len(found) for found in entries.values()), name=name)]
    lines += _vocabulary("Data classes", DATA_CLASSES)
    lines += _vocabulary("Use cases", USE_CASES)
    lines += _vocabulary("Distributions", DISTRIBUTIONS)
    lines += ["", "models:"]
    for found in entries.values():
        lines += _model_entry(found, root, manifest_dir)
    return "\n".join(lines) + "\n"


def _vocabulary(title: str, words: Iterable[str]) -> list[str]:
    wrapped = textwrap.wrap(f"{title}: {', '.join(words)}.", width=94, break_on_hyphens=False)
    return [f"# {wrapped[0]}", *(f"#   {line}" for line in wrapped[1:])]


def _model_entry(
    found: list[ModelReference], root: Path | None, manifest_dir: Path | None
) -> list[str]:
    first = found[0]
    ref = first.ref
    if first.kind is SourceKind.HUB:
        ref = next((r.ref for r in found if "@" in r.ref), ref)  # a pinned one, if any
    elif first.kind is not SourceKind.API and root is not None and manifest_dir is not None:
        ref = _relative_to(ref, root, manifest_dir)
    lines = [f"  # found at {r.file}:{r.line} ({r.how})" for r in found[:_MAX_LOCATIONS]]
    if len(found) > _MAX_LOCATIONS:
        lines.append(f"  # ... and {len(found) - _MAX_LOCATIONS} more place(s)")
    note = ""
    if first.kind is SourceKind.HUB and "@" not in ref:
        note = "  # unpinned: append @<commit sha>"
    lines.append(f"  - ref: {_yaml_scalar(ref)}{note}")
    return lines


def _relative_to(ref: str, root: Path, manifest_dir: Path) -> str:
    path = Path(ref)
    if path.is_absolute() or ref.startswith("~"):
        return ref
    relative = Path(os.path.relpath(os.path.normpath(root / path), manifest_dir)).as_posix()
    return relative if relative.startswith("../") else f"./{relative}"


_PLAIN = lazy_pattern(r"[A-Za-z0-9./_~][A-Za-z0-9._/@:+~\-]*")


def _yaml_scalar(text: str) -> str:
    """A YAML scalar for a ref: plain when that reads back as the same string, else quoted."""
    if _PLAIN.fullmatch(text) and text not in ("~",) and not text.endswith(":"):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
