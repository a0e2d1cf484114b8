"""Reads a model's evidence from disk: a model folder, a bare model card, or a GGUF file."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

from auditor.errors import SourceError
from auditor.fileio.bounded import file_kind, read_bounded
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import (
    Category,
    Finding,
    LicenseFile,
    ParsedCard,
    SourceSnapshot,
    Target,
)
from auditor.sources.artefact_evidence import with_artefacts
from auditor.sources.base import (
    MAX_CARD_BYTES,
    MAX_LICENSE_FILE_BYTES,
    card_too_large,
    decode_card,
    decode_text,
    is_license_like,
    license_file_from_bytes,
    too_large,
)
from auditor.sources.card import parse_card
from auditor.sources.evidence import with_evidence
from auditor.sources.extra_evidence import gather_extra_evidence, too_many_files
from auditor.sources.gguf_header import problem_findings, read_gguf_header
from auditor.sources.license_sniff import SNIFF_MAX_FILES_LOCAL
from auditor.sources.referenced_files import with_referenced
from auditor.sources.structured_license import SAFETENSORS_HEADER_CAP, safetensors_header_length

MAX_FOLDER_FILES = 20_000
"""A folder with more files than this is listed only up to it (a finding says so)."""

MAX_FOLDER_DEPTH = 32
"""Folders nested deeper than this inside a model folder are not listed (a finding says so)."""
MAX_FOLDER_READ_BYTES = 32 * 1024 * 1024
"""Bytes of card and license-like files read from one model folder in all: real license
files are under 200 KB; past this the rest are reported as not read (300 files of 1.9 MB
would otherwise hold 650 MiB of text)."""
GIT_FILE_BYTES = 4_096
"""`.git/HEAD` and a loose ref are one line; anything longer is not a git file."""
PACKED_REFS_BYTES = 4 << 20

_SKIP_DIRS = {".git", ".cache", ".hg", ".svn", "__pycache__", "node_modules"}
_SHA = lazy_pattern(r"^[0-9a-f]{40}$")


def read_local_snapshot(
    target: Target,
    *,
    max_file_bytes: int = MAX_LICENSE_FILE_BYTES,
    max_total_bytes: int = MAX_FOLDER_READ_BYTES,
) -> SourceSnapshot:
    """Gather card, license files and GGUF header found in a model folder (at most
    `max_total_bytes` of card and license files in all)."""
    root = Path(target.location)
    if not root.is_dir():
        raise SourceError(f"{target.text}: not a directory")
    try:
        allowed = _allowed_root(root)
    except (OSError, RuntimeError) as err:  # RuntimeError: a symbolic link loop (Python < 3.13)
        raise SourceError(f"{target.text}: cannot resolve the folder ({err})") from err
    findings: list[Finding] = []
    files = _list_files(root, findings)
    card: ParsedCard | None = None
    card_path: str | None = None
    provenance: dict[str, str] = {}
    readme = next((f for f in files if "/" not in f and f.lower() == "readme.md"), None)
    left = max_total_bytes
    if readme is not None:
        data = _read_inside(root / readme, allowed, MAX_CARD_BYTES, readme, findings, card=True)
        left -= len(data or b"")
        text, problems = decode_card(readme, data) if data is not None else (None, [])
        findings.extend(problems)
        if text is not None:
            card = parse_card(text)
            card_path = readme
            provenance["card"] = str(root / readme)
    license_files: list[LicenseFile] = []
    unread: list[str] = []
    read_once: dict[str, str] = {}  # sha256 -> the first path read with that content
    named = [f for f in files if is_license_like(f)]
    # then the files those name as part of their terms (read after them: their texts decide)
    for rel in with_referenced(named, files, license_files):
        path = root / rel
        size = _size(path)
        if size is not None and size > max_file_bytes:
            file, problems = too_large(rel, size, str(path), max_file_bytes)
        elif left <= 0 or (size is not None and size > left):
            unread.append(rel)
            why = f"not read: past the {max_total_bytes:,}-byte bound per model folder"
            license_files.append(LicenseFile(rel, None, size, None, str(path), why))
            continue
        else:
            data = _read_inside(path, allowed, max_file_bytes, rel, findings)
            if data is None:
                license_files.append(LicenseFile(rel, None, size, None, str(path), "not read"))
                continue
            left -= len(data)
            file, problems = license_file_from_bytes(rel, data, str(path), max_file_bytes)
            provenance[rel] = str(path)
            if file.sha256 in read_once:  # a copy: read once, its text not kept twice
                why = f"identical to {read_once[file.sha256]}, read once"
                file, problems = replace(file, text=None, skipped=why), []
            elif file.sha256 is not None:
                read_once[file.sha256] = rel
        license_files.append(file)
        findings.extend(problems)
    if unread:
        lead = (
            f"{len(unread):,} license-like files were not read: the model folder's bound of "
            f"{max_total_bytes:,} bytes read was reached"
        )
        findings.append(too_many_files(unread, lead))
    extra = gather_extra_evidence(
        {rel: _size(root / rel) for rel in files},
        lambda rel, cap: _read_inside(root / rel, allowed, cap, rel, []),
        lambda rel: _safetensors_header(root / rel, allowed),
        card=card,
        card_path=card_path or "README.md",
        origin=f"{root}/",
        sniff_limit=SNIFF_MAX_FILES_LOCAL,
        read_files=license_files,
    )
    license_files.extend(extra.license_files)
    findings.extend(extra.findings)
    gguf_metadata = None
    ggufs = [f for f in files if f.lower().endswith(".gguf")]
    problem = _not_regular(root / ggufs[0]) if ggufs else None
    if problem is not None:
        findings.append(_unreadable(ggufs[0], problem))
    elif ggufs:
        header = read_gguf_header(root / ggufs[0])
        gguf_metadata = header.metadata
        provenance["gguf"] = str(root / ggufs[0])
        findings.extend(problem_findings(ggufs[0], header.problems))
    return with_artefacts(
        SourceSnapshot(
            target=target,
            resolved_sha=_folder_revision(root),
            card=card,
            card_path=card_path,
            gguf_metadata=gguf_metadata,
            license_files=tuple(license_files),
            files=tuple(files),
            provenance=provenance,
            findings=tuple(findings),
            model_config=_model_config(root, allowed, files, findings),
            parent_configs=tuple(extra.parent_configs),
        ),
        extra.chat_template,
    )


MAX_CONFIG_BYTES = 1 << 20
"""config.json is read for the model's modality; a larger one is not a model configuration."""


def _model_config(
    root: Path, allowed: Path, files: list[str], findings: list[Finding]
) -> dict[str, object] | None:
    """What config.json says about the model's modality: its architectures, model type and
    which sub-configurations it has (a vision tower, an audio encoder); None when absent or
    not a JSON object."""
    size = _size(root / "config.json") if "config.json" in files else None
    if size is None or size > MAX_CONFIG_BYTES:
        return None
    data = _read_inside(root / "config.json", allowed, MAX_CONFIG_BYTES, "config.json", findings)
    try:
        parsed = json.loads(data) if data is not None else None
    except (ValueError, RecursionError):
        return None
    if not isinstance(parsed, dict):
        return None
    architectures = parsed.get("architectures")
    model_type = parsed.get("model_type")
    return {
        "architectures": [a for a in architectures if isinstance(a, str)][:8]
        if isinstance(architectures, list)
        else [],
        "model_type": model_type if isinstance(model_type, str) else None,
        **{k: True for k in ("vision_config", "audio_config", "image_config") if parsed.get(k)},
    }


def read_card_snapshot(target: Target) -> SourceSnapshot:
    """A bare model card file (README.md) on its own."""
    path = Path(target.location)
    try:
        data = read_bounded(path, MAX_CARD_BYTES)
    except OSError as err:
        raise SourceError(f"{target.text}: cannot read ({err.strerror})") from err
    if len(data) > MAX_CARD_BYTES:
        raise SourceError(
            f"{target.text}: card file is larger than {MAX_CARD_BYTES:,} bytes",
            hint="a model card is Markdown text; check the path",
        )
    text, note = decode_text(data)
    if text is None:
        raise SourceError(f"{target.text}: not a text file ({note})")
    return with_evidence(
        SourceSnapshot(
            target=target,
            card=parse_card(text),
            card_path=path.name,
            files=(path.name,),
            provenance={"card": str(path)},
        )
    )


def read_gguf_snapshot(target: Target) -> SourceSnapshot:
    """A GGUF file: its header's metadata, never its tensors."""
    path = Path(target.location)
    problem = _not_regular(path)
    if problem is not None:
        raise SourceError(f"{target.text}: {problem}")
    header = read_gguf_header(path)
    return with_evidence(
        SourceSnapshot(
            target=target,
            gguf_metadata=header.metadata,
            files=(path.name,),
            provenance={"gguf": str(path)},
            findings=tuple(problem_findings(path.name, header.problems)),
        )
    )


def _allowed_root(root: Path) -> Path:
    """Where symlinks may point: the folder itself, or the whole repo for an HF cache snapshot."""
    resolved = root.resolve()
    if resolved.parent.name == "snapshots" and resolved.parent.parent.name.startswith("models--"):
        return resolved.parent.parent
    return resolved


def _list_files(root: Path, findings: list[Finding]) -> list[str]:
    files: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
        rel_dir = Path(dirpath).relative_to(root)
        if dirnames and len(rel_dir.parts) >= MAX_FOLDER_DEPTH:
            dirnames[:] = []  # os.walk recurses: thousands of nested folders would overflow
            findings.append(
                Finding(
                    rule="source-too-many-files",
                    category=Category.SOURCE,
                    severity=observed_severity("source-too-many-files"),
                    message=f"{rel_dir.as_posix()}: folders nested deeper than "
                    f"{MAX_FOLDER_DEPTH} levels were not examined",
                )
            )
        for name in sorted(filenames):
            files.append((rel_dir / name).as_posix())
            if len(files) >= MAX_FOLDER_FILES:
                findings.append(
                    Finding(
                        rule="source-too-many-files",
                        category=Category.SOURCE,
                        severity=observed_severity("source-too-many-files"),
                        message=f"{root}: more than {MAX_FOLDER_FILES:,} files; "
                        "only the first were examined",
                    )
                )
                return files
    return files


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _read_inside(
    path: Path, allowed: Path, cap: int, rel: str, findings: list[Finding], *, card: bool = False
) -> bytes | None:
    """Read at most `cap` bytes of a file whose real location stays inside `allowed`."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop (Python < 3.13)
        findings.append(_unreadable(rel, "a symbolic link loop"))
        return None
    if not real.is_relative_to(allowed):
        findings.append(
            Finding(
                rule="source-symlink-outside",
                category=Category.SOURCE,
                severity=observed_severity("source-symlink-outside"),
                message=f"{rel} is a link to {real}, outside the model folder; it was not read",
                remediation="copy the file into the model folder if it belongs to the model",
            )
        )
        return None
    try:
        data = read_bounded(real, cap)
    except OSError as err:
        findings.append(_unreadable(rel, err.strerror or str(err)))
        return None
    if len(data) > cap:
        size = _size(real) or len(data)  # only cap + 1 bytes were read
        if card:
            findings.append(card_too_large(rel, size, cap))
        else:
            findings.extend(too_large(rel, size, str(path), cap)[1])
        return None
    return data


def _safetensors_header(path: Path, allowed: Path) -> bytes | None:
    """A safetensors file's header (at most SAFETENSORS_HEADER_CAP bytes after its 8-byte
    length), never its tensors; None when it cannot be read."""
    try:
        real = path.resolve()
        if not real.is_relative_to(allowed):
            return None
        length = safetensors_header_length(read_bounded(real, 7)[:8])
        if length is None:
            return None
        cap = min(length, SAFETENSORS_HEADER_CAP)
        return read_bounded(real, 8 + cap - 1)[8 : 8 + cap]
    except (OSError, RuntimeError):
        return None


def _folder_revision(root: Path) -> str | None:
    """Commit of an HF cache snapshot folder (its name) or of a git clone (HEAD)."""
    resolved = root.resolve()
    if resolved.parent.name == "snapshots" and _SHA.match(resolved.name):
        return resolved.name
    git = resolved / ".git"
    value = _read_git_file(git / "HEAD", GIT_FILE_BYTES)
    if value is None:
        return None
    value = value.strip()
    if _SHA.match(value):
        return value
    if not value.startswith("ref: "):
        return None
    ref = value[5:].strip()
    # a ref is a relative name under refs/: an absolute or climbing one reads outside .git
    parts = Path(ref).parts
    if not ref.startswith("refs/") or Path(ref).is_absolute() or ".." in parts:
        return None
    loose = _read_git_file(git / ref, GIT_FILE_BYTES)
    if loose is not None:
        return loose.strip() if _SHA.match(loose.strip()) else None
    packed = _read_git_file(git / "packed-refs", PACKED_REFS_BYTES)
    if packed is None:
        return None
    for line in packed.splitlines():
        sha, _, name = line.partition(" ")
        if name == ref and _SHA.match(sha):
            return sha
    return None


def _read_git_file(path: Path, cap: int) -> str | None:
    """A small git metadata file as text; None when missing, not regular, too large or binary."""
    try:
        data = read_bounded(path, cap)
    except OSError:
        return None
    if len(data) > cap:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _not_regular(path: Path) -> str | None:
    """Why `path` cannot be read as a file (a FIFO, a device, a link loop), or None."""
    try:
        mode = path.stat().st_mode
    except (OSError, RuntimeError) as err:
        return f"cannot read ({getattr(err, 'strerror', None) or err})"
    return None if stat.S_ISREG(mode) else f"is {file_kind(mode)}, not a regular file"


def _unreadable(rel: str, why: str) -> Finding:
    return Finding(
        rule="source-file-unreadable",
        category=Category.SOURCE,
        severity=observed_severity("source-file-unreadable"),
        message=f"{rel}: cannot read ({why})",
    )
