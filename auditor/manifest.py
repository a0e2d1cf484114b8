"""Loads a model manifest (the CI gate's input) and reports every problem with its line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor.errors import InputFileError
from auditor.yamlio import LocatedYaml, read_located_yaml

MANIFEST_VERSION = 1
_TOP_KEYS = {"version", "models"}
_MODEL_KEYS = {"ref"}


@dataclass(frozen=True, slots=True)
class ManifestModel:
    """One model entry: the reference as written and the line it is on."""

    ref: str
    line: int | None


@dataclass(frozen=True, slots=True)
class Manifest:
    """A parsed manifest; relative local paths in refs are resolved against `base_dir`."""

    path: str
    base_dir: Path
    models: tuple[ManifestModel, ...]


def load_manifest(path: Path) -> Manifest:
    """Read and validate a manifest file."""
    located = read_located_yaml(path)
    return parse_manifest(located, base_dir=path.resolve().parent)


def parse_manifest(doc: LocatedYaml, *, base_dir: Path) -> Manifest:
    """Validate a located YAML document as a manifest, collecting every problem."""
    problems: list[tuple[int | None, str]] = []
    data = doc.data
    if not isinstance(data, dict):
        raise InputFileError(
            doc.path, [(doc.line(()), "a manifest is a mapping with a `models:` list")]
        )
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(
                (
                    doc.line((key,)),
                    f"unknown key {key!r} (expected one of: {', '.join(sorted(_TOP_KEYS))})",
                )
            )
    version = data.get("version", MANIFEST_VERSION)
    if version != MANIFEST_VERSION:
        problems.append(
            (
                doc.line(("version",)),
                f"unsupported manifest version {version!r}; expected {MANIFEST_VERSION}",
            )
        )
    raw_models = data.get("models")
    models: list[ManifestModel] = []
    if raw_models is None:
        problems.append((doc.line(()), "missing `models:` list"))
    elif not isinstance(raw_models, list):
        problems.append((doc.line(("models",)), "`models` must be a list"))
    else:
        if not raw_models:
            problems.append((doc.line(("models",)), "`models` is empty"))
        for i, item in enumerate(raw_models):
            line = doc.line(("models", i))
            if isinstance(item, str):
                ref: object = item
            elif isinstance(item, dict):
                for key in item:
                    if key not in _MODEL_KEYS:
                        problems.append(
                            (doc.line(("models", i, key)), f"unknown key {key!r} in model entry")
                        )
                ref = item.get("ref")
                if ref is None:
                    problems.append((line, "model entry without `ref`"))
                    continue
            else:
                problems.append(
                    (line, "a model entry is a reference string or a mapping with `ref`")
                )
                continue
            if not isinstance(ref, str) or not ref.strip():
                problems.append((line, "`ref` must be a non-empty string"))
                continue
            models.append(ManifestModel(ref=ref.strip(), line=line))
    if problems:
        raise InputFileError(doc.path, sorted(problems, key=lambda p: p[0] or 0))
    return Manifest(path=doc.path, base_dir=base_dir, models=tuple(models))
