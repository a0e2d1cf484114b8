"""Licenses stated in structured metadata rather than prose (issue 31): a safetensors header's
`__metadata__` (`license`, `modelspec.license`), an Ollama `Modelfile`'s `LICENSE` blocks,
a `license.json`/`license.yaml` and a `CITATION.cff`'s `license`.

Each statement becomes a `LicenseFile` the readers identify like any license document: a
Modelfile's block is a license text; a metadata value is written as an SPDX line
(`SPDX-License-Identifier: cc-by-nc-4.0`) under a path that says where it stood
(`model.safetensors#__metadata__`), so an unknown value is a document no rule reads
(`license-document-unread`) and a known one binds with its record's terms. Such an entry has
no sha256: it is not a file of the repo. Pure functions over bytes the sources read; a
safetensors file is read only as far as its header (`SAFETENSORS_HEADER_CAP`), never its
tensors.
"""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import LicenseFile
from auditor.sources.base import decode_text

SAFETENSORS_HEADER_CAP = 1 << 20
"""Bytes of a safetensors header read (after its 8-byte length): `__metadata__` is written
first by the reference writer, and a header of 10,000 tensors is under 1 MiB."""

MAX_SAFETENSORS_HEADERS = 2
"""Safetensors files whose header is read per model (top-level first, then the first shard):
shards of one model carry the same metadata."""

STRUCTURED_MAX_BYTES = 64 * 1024
"""A license.json, license.yaml, CITATION.cff or Modelfile larger than this is not read."""

MAX_STRUCTURED_FILES = 4
"""Structured license files (license.json ..., CITATION.cff, Modelfile) read per model."""

_LICENSE_KEYS = lazy_pattern(
    r"^(?:modelspec\.)?(?:licen[cs]e(?:[_.\- ]?(?:id|name|spdx|identifier|type))?|spdx(?:[_\-]?id)?"
    r"|licenseid|spdxid|license_expression)$",
    re.IGNORECASE,
)
_COMMERCIAL_KEY = lazy_pattern(r"commercial", re.IGNORECASE)
_NO = frozenset({"false", "no", "none", "prohibited", "not allowed", "forbidden", "0"})
_MODELFILE_LICENSE = lazy_pattern(r"^[ \t]*LICENSE[ \t]+", re.IGNORECASE | re.MULTILINE)
_STRUCTURED_STEMS = lazy_pattern(r"^(?:\w+[_\-.])?licen[cs]es?(?:[_\-.]\w+)?$", re.IGNORECASE)
_SINGULAR = lazy_pattern(r"^(?:\w+[_\-.])?licen[cs]e(?:[_\-.]\w+)?$", re.IGNORECASE)
"""A license file's stem (`license`, `model_license`, `LICENSE-weights`), not `licenses`."""
_STRUCTURED_SUFFIXES = (".json", ".yaml", ".yml")
_METADATA_STEMS = lazy_pattern(
    r"(?:^|[_\-.])(?:meta(?:data)?|config(?:uration)?|params|manifest|model[_\-.]?(?:info|index|card))"
    r"(?:$|[_\-.])|^(?:model|info)$",
    re.IGNORECASE,
)
_NOT_MODEL_METADATA = lazy_pattern(
    r"data[_\-.]?set|dataset|(?:^|[_\-.])data(?:$|[_\-.])|eval|bench|tokeni[sz]er|generation"
    r"|preprocess|processor|training[_\-.]?args|trainer",
    re.IGNORECASE,
)
MAX_METADATA_FILES = 4
"""Top-level metadata or config files whose license keys are read per model."""
_MAX_DEPTH = 3


def is_structured_license_file(path: str) -> bool:
    """A license.json / license.yaml (any case, e.g. `model_license.json`), a CITATION.cff or
    an Ollama Modelfile (`Modelfile`, `Modelfile.q4`)."""
    name = PurePosixPath(path).name
    lower = name.lower()
    if lower == "citation.cff" or lower == "modelfile" or lower.startswith("modelfile."):
        return True
    if not lower.endswith(_STRUCTURED_SUFFIXES):
        return False
    return bool(_STRUCTURED_STEMS.match(lower.rsplit(".", 1)[0]))


def is_metadata_file(path: str) -> bool:
    """A top-level JSON or YAML file of the model's own metadata or configuration
    (`metadata.json`, `model_config.yaml`, `params.json`, `manifest.yml`): a `license` key in
    it states the model's license. Not a file about data, evaluation or a tokenizer (a
    dataset's license is not the model's), and not one in a folder (a component's)."""
    parts = PurePosixPath(path).parts
    lower = parts[-1].lower()
    if len(parts) != 1 or not lower.endswith(_STRUCTURED_SUFFIXES):
        return False
    stem = lower.rsplit(".", 1)[0]
    return bool(_METADATA_STEMS.search(stem)) and not _NOT_MODEL_METADATA.search(stem)


def structured_paths(paths: Iterable[str]) -> list[str]:
    """The structured license files to read, top-level first, at most MAX_STRUCTURED_FILES;
    then at most MAX_METADATA_FILES top-level metadata files (`is_metadata_file`)."""
    found = sorted((p for p in paths if is_structured_license_file(p)), key=_depth_first)
    metadata = sorted(p for p in paths if is_metadata_file(p) and not is_structured_license_file(p))
    return found[:MAX_STRUCTURED_FILES] + metadata[:MAX_METADATA_FILES]


def safetensors_paths(paths: Iterable[str]) -> list[str]:
    """The safetensors files whose header is read, top-level first, at most
    MAX_SAFETENSORS_HEADERS."""
    found = sorted((p for p in paths if p.lower().endswith(".safetensors")), key=_depth_first)
    return found[:MAX_SAFETENSORS_HEADERS]


def statements_from_file(path: str, data: bytes, origin: str) -> list[LicenseFile]:
    """The license statements of a structured file's bytes (see `is_structured_license_file`)."""
    if len(data) > STRUCTURED_MAX_BYTES:
        return []
    text, _ = decode_text(data)
    if text is None:
        return []
    lower = PurePosixPath(path).name.lower()
    if lower == "modelfile" or lower.startswith("modelfile."):
        return _modelfile_blocks(path, text, origin)
    parsed = _parse(text, json_first=lower.endswith(".json"))
    singular = _SINGULAR.match(lower.rsplit(".", 1)[0]) is not None and lower != "citation.cff"
    if parsed is None:
        # a license.json that is not JSON: its words are the document (read, or said unread)
        return [LicenseFile(f"{path}#text", None, None, text, origin)] if singular else []
    found = _statements(path, "", _license_values(parsed), _commercial_flags(parsed), origin)
    if found or not singular:
        return found
    # a license file in JSON or YAML that names no license under a license key: its strings
    # are the document, so what they say is read, and a file that says nothing is unread
    words = "\n".join(_strings(parsed))[:STRUCTURED_MAX_BYTES]
    return [LicenseFile(f"{path}#text", None, None, words, origin)]


def _strings(data: object, depth: int = 0) -> list[str]:
    """The string values of a parsed document, objects and lists nested up to _MAX_DEPTH."""
    if depth > _MAX_DEPTH:
        return []
    if isinstance(data, str):
        return [data.strip()] if data.strip() else []
    items = data.values() if isinstance(data, Mapping) else data if isinstance(data, list) else ()
    return [text for item in items for text in _strings(item, depth + 1)]


def safetensors_header_length(prefix: bytes) -> int | None:
    """The header length a safetensors file states in its first 8 bytes (little-endian)."""
    if len(prefix) < 8:
        return None
    (length,) = struct.unpack("<Q", prefix[:8])
    return int(length)


def statements_from_safetensors(path: str, header: bytes, origin: str) -> list[LicenseFile]:
    """The license statements of a safetensors header (the JSON after the 8-byte length, maybe
    cut at SAFETENSORS_HEADER_CAP): the `__metadata__` keys that name a license."""
    metadata = _safetensors_metadata(header)
    if not metadata:
        return []
    values = [(k, v) for k, v in metadata.items() if _LICENSE_KEYS.match(k) and _is_text(v)]
    flags = [(k, v) for k, v in metadata.items() if _COMMERCIAL_KEY.search(k) and _is_text(v)]
    return _statements(path, "__metadata__.", values, flags, origin)


def _safetensors_metadata(header: bytes) -> dict[str, object] | None:
    """`__metadata__` of a header: the whole JSON when complete, else the object after the key
    in the prefix that was read."""
    text = header.decode("utf-8", errors="replace")
    try:
        whole = json.loads(text)
    except (ValueError, RecursionError):
        whole = None
    if isinstance(whole, dict):
        metadata = whole.get("__metadata__")
        return metadata if isinstance(metadata, dict) else None
    at = text.find('"__metadata__"')
    if at < 0:
        return None
    colon = text.find(":", at + len('"__metadata__"'))
    try:
        value, _ = json.JSONDecoder().raw_decode(text, colon + 1 + _spaces(text, colon + 1))
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _spaces(text: str, start: int) -> int:
    return len(text[start:]) - len(text[start:].lstrip())


def _modelfile_blocks(path: str, text: str, origin: str) -> list[LicenseFile]:
    """Each `LICENSE` instruction's text: a triple-quoted block (to its closing quotes, or to
    the end when they are missing) or the rest of its line."""
    files = []
    position = 0
    number = 0
    while (match := _MODELFILE_LICENSE.search(text, position)) is not None:
        start = match.end()
        if text.startswith('"""', start):
            close = text.find('"""', start + 3)
            end = len(text) if close < 0 else close
            body, position = text[start + 3 : end], min(len(text), end + 3)
        else:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            body, position = text[start:end], end
        body = body.strip().strip('"').strip()
        if not body:
            continue
        number += 1
        where = f"{path}#LICENSE" + (f"-{number}" if number > 1 else "")
        files.append(LicenseFile(where, None, len(body.encode()), body, origin))
    return files


def _statements(
    path: str,
    part: str,
    values: list[tuple[str, object]],
    flags: list[tuple[str, object]],
    origin: str,
) -> list[LicenseFile]:
    """One LicenseFile per stated value: its SPDX line, and a sentence for a commercial-use
    flag set to no (`"commercial_use": false`)."""
    refused = [key for key, value in flags if str(value).strip().lower() in _NO]
    denial = "Commercial use is not permitted." if refused else ""
    files = []
    seen: set[str] = set()
    for key, value in values:
        stated = " ".join(str(value).split())[:200]
        if not stated or stated.lower() in seen:
            continue
        seen.add(stated.lower())
        text = f"SPDX-License-Identifier: {stated}\n{denial}".strip() + "\n"
        files.append(LicenseFile(f"{path}#{part}{key}", None, None, text, origin))
    if not files and refused:
        text = f"{denial}\n"
        files.append(LicenseFile(f"{path}#{part}{refused[0]}", None, None, text, origin))
    return files


def _license_values(data: object, depth: int = 0) -> list[tuple[str, object]]:
    """(key, value) pairs of keys naming a license, in objects nested up to _MAX_DEPTH (not in
    lists: a list of dependencies with their own licenses is not the model's license)."""
    if not isinstance(data, Mapping) or depth > _MAX_DEPTH:
        return []
    found: list[tuple[str, object]] = []
    for key, value in data.items():
        if _LICENSE_KEYS.match(str(key)) and _is_text(value):
            found.append((str(key), value))
        elif _LICENSE_KEYS.match(str(key)) and isinstance(value, Mapping):
            found.extend(_license_values(value, depth + 1) or _named(str(key), value))
        elif isinstance(value, Mapping):
            found.extend(_license_values(value, depth + 1))
    return found


def _named(key: str, value: Mapping[object, object]) -> list[tuple[str, object]]:
    """`{"license": {"id": ..., "name": ...}}`: the id, else the name."""
    for inner in ("id", "spdx", "name", "title"):
        if _is_text(value.get(inner)):
            return [(f"{key}.{inner}", value[inner])]
    return []


def _commercial_flags(data: object, depth: int = 0) -> list[tuple[str, object]]:
    if not isinstance(data, Mapping) or depth > _MAX_DEPTH:
        return []
    found: list[tuple[str, object]] = []
    for key, value in data.items():
        if _COMMERCIAL_KEY.search(str(key)) and (_is_text(value) or isinstance(value, bool)):
            found.append((str(key), str(value).lower() if isinstance(value, bool) else value))
        elif isinstance(value, Mapping):
            found.extend(_commercial_flags(value, depth + 1))
    return found


def _parse(text: str, *, json_first: bool) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        if json_first:
            return None
    from auditor.fileio.card_yaml import YamlProblem, load_yaml

    try:
        return load_yaml(text).value
    except YamlProblem:
        return None


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _depth_first(path: str) -> tuple[int, str]:
    return len(PurePosixPath(path).parts), path
