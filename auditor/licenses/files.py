"""`auditor identify`: which license is each file, and what does it say (no policy, no lineage)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from auditor.errors import UsageError
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.licenses.conclude import conclude_license, judged_on_text
from auditor.licenses.declared import identify_declared
from auditor.licenses.terms.extract import TERM_KEYS, extract_terms
from auditor.licenses.terms.judge_text import judge_text_terms
from auditor.licenses.text.identify import ACCEPT_THRESHOLD, identify_text
from auditor.model import Evidence, FrontMatterState, LicenseFile, LicenseMatch
from auditor.sources.base import MAX_LICENSE_FILE_BYTES, decode_text, is_license_like, sha256_hex
from auditor.sources.card import declared_from_card, parse_card


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """One file's license, terms with evidence, and the near misses considered."""

    path: str
    sha256: str
    license: LicenseMatch | None
    terms: Mapping[str, object] = field(default_factory=dict)
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    near_misses: tuple[tuple[str, float], ...] = ()
    differences: tuple[str, ...] = ()
    difference_lines: tuple[int | None, ...] = ()  # the line of each difference (None: title)
    title: str | None = None


def identify_paths(
    paths: Sequence[Path], *, threshold: float = ACCEPT_THRESHOLD, db: LicenseDB | None = None
) -> list[FileIdentity]:
    """Identify each file; a folder stands for its README.md and license-like files."""
    return list(iter_identify_paths(paths, threshold=threshold, db=db))


def iter_identify_paths(
    paths: Sequence[Path], *, threshold: float = ACCEPT_THRESHOLD, db: LicenseDB | None = None
) -> Iterator[FileIdentity]:
    """`identify_paths` one file at a time, for output written as it goes. Every path is
    found, read and decoded before the first identity is yielded, so a missing, unreadable,
    oversized or binary file stops the run before anything is written."""
    database = db or load_license_db()
    files = _expand(paths)
    for path in files:
        _decoded(path)  # now, not when the first identity is asked for
    return (identify_file(path, threshold=threshold, db=database) for path in files)


def identify_file(path: Path, *, threshold: float, db: LicenseDB) -> FileIdentity:
    """Identify one license file or model card."""
    data, text = _decoded(path)
    card = parse_card(text)
    declared = None
    if card.state is FrontMatterState.OK and card.metadata:
        declared = identify_declared(declared_from_card(card), db)
    identity = identify_text(text, db=db, threshold=threshold)
    file = LicenseFile(path.name, sha256_hex(data), len(data), text, str(path))
    # The file's own identity when the model-level conclusion has none for it: a use policy
    # or NOTICE file never speaks for a model's license, but `identify` names it all the same.
    conclusion = conclude_license(declared, [(file, identity)]).match
    own = (
        None
        if identity.match is None
        else judged_on_text(identity.match, file, identity.differences)
    )
    license_match = conclusion or own
    terms = judge_text_terms(
        extract_terms(text, path=str(path)), identity, identity.match, db, str(path), text=text
    )
    return FileIdentity(
        path=str(path),
        sha256=file.sha256 or "",
        license=license_match,
        terms={key: terms[key].value for key in TERM_KEYS},
        evidence={key: terms[key].evidence for key in TERM_KEYS if terms[key].evidence},
        near_misses=tuple((m.record_id, m.score) for m in identity.near_misses),
        differences=identity.differences,
        difference_lines=identity.difference_lines,
        title=identity.title,
    )


def _expand(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and (
                    p.name.lower() == "readme.md" or is_license_like(p.relative_to(path).as_posix())
                )
                and ".git" not in p.parts
            )
            if not found:
                raise UsageError(f"{path}: no README.md or license-like file in this folder")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or directory")
    return files


def _decoded(path: Path) -> tuple[bytes, str]:
    """The file's bytes and text; UsageError naming it when it cannot be read as text."""
    data = _read(path)
    text, note = decode_text(data)
    if text is None:
        raise UsageError(f"{path}: {note}")
    return data, text


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_LICENSE_FILE_BYTES + 1)
    except OSError as err:
        raise UsageError(f"{path}: cannot read ({err.strerror})") from err
    if len(data) > MAX_LICENSE_FILE_BYTES:
        raise UsageError(
            f"{path}: larger than {MAX_LICENSE_FILE_BYTES:,} bytes; not a license text"
        )
    return data
