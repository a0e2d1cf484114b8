"""License evidence beyond the files named like licenses, for every source (issue 31).

One pass over a repo's file list, the same for a local folder, a Hub repo and the Hub cache:

- license-named images and archives (`LICENSE.png`, `LICENSE-MODEL.zip`): not read, said
  (`license_unread`);
- a file named by a license's id (`CC-BY-NC-4.0.txt`): its name is a statement of that
  license, and its text is a license document whatever it says;
- documents the card names as the model's terms, whatever their name or wording
  (`card_pointed`), and those it names so that are missing or left past the bound;
- documents a license text names as part of its terms left past `referenced_files`' bound;
- small prose files that read as license terms by content (`license_sniff`);
- structured statements: `license.json`, `CITATION.cff`, a `Modelfile`'s LICENSE blocks, a
  safetensors header's `__metadata__` (`structured_license`);
- license files the card points to that the repo does not have (`license_unread`);
- beside the license, the chat template (`artefact_evidence`, issue 37).

The source gives two readers: `read(path, cap)` (at most `cap` bytes of a small file, None
when it cannot be had) and `read_header(path)` (a safetensors file's header only). Everything
is bounded by the constants of those modules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePosixPath

from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Evidence, Finding, LicenseFile, ParsedCard
from auditor.sources.artefact_evidence import ChatTemplate, read_chat_template
from auditor.sources.base import (
    MAX_LICENSE_FILE_BYTES,
    decode_text,
    is_license_like,
    license_file_from_bytes,
    sha256_hex,
    too_large,
)
from auditor.sources.card_pointed import MAX_CARD_POINTED, Pointer, card_pointers
from auditor.sources.card_pointed_images_s39lineage import pointed_unreadable
from auditor.sources.license_sniff import (
    SNIFF_MAX_BYTES,
    SNIFF_TEXT_SUFFIXES,
    license_id_stems,
    reads_as_terms,
    sniff_candidates,
)
from auditor.sources.license_unread import (
    IMAGE_SUFFIXES,
    missing_pointed_files,
    unread_document,
    unreadable_named_files,
)
from auditor.sources.parent_files import read_parent_configs
from auditor.sources.referenced_files import MAX_REFERENCED, referenced_paths
from auditor.sources.structured_license import (
    STRUCTURED_MAX_BYTES,
    safetensors_paths,
    statements_from_file,
    statements_from_safetensors,
    structured_paths,
)

Reader = Callable[[str, int], bytes | None]
HeaderReader = Callable[[str], bytes | None]

NAMED_BY_ID_SUFFIXES = SNIFF_TEXT_SUFFIXES | IMAGE_SUFFIXES | {".pdf", ".rtf", ".docx", ".html"}
"""Suffixes of a file whose name, a license's id, states that license (`CC-BY-NC-4.0.txt`,
`apache-2.0.png`); not code or data (`mit.py`)."""

SHOWN_UNREAD = 5
"""Paths named in a finding about files left unread (then "and N more")."""


@dataclass
class ExtraEvidence:
    """What the pass found: license documents (read or not) and findings."""

    license_files: list[LicenseFile] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    parent_configs: list[tuple[str, str]] = field(default_factory=list)  # (path, text)
    chat_template: ChatTemplate | None = None  # the template the model runs with, when read


def gather_extra_evidence(
    sizes: Mapping[str, int | None],
    read: Reader,
    read_header: HeaderReader | None,
    *,
    card: ParsedCard | None,
    card_path: str,
    origin: str,
    sniff_limit: int,
    repo_id: str | None = None,
    pointers: bool = True,
    read_files: Sequence[LicenseFile] = (),
) -> ExtraEvidence:
    """License evidence off the name list in the repo listed by `sizes` (path -> size or None);
    `origin` is prefixed to a path to say where it was read (a folder, a URL). `pointers`:
    whether `sizes` lists every file of the repo, so a file the card points to and that is not
    listed is missing (not so for a cache holding only what was downloaded). `read_files`: the
    license documents the source has read already (never read twice)."""
    found = ExtraEvidence()
    paths = sorted(sizes)
    done = {f.path for f in read_files}
    pointed = _card_pointed(found, card, card_path, sizes, read, done, origin, pointers=pointers)
    _left_referenced(found, read_files, paths, done)
    unread, problems = unreadable_named_files(paths, dict(sizes), origin)
    found.license_files.extend(unread)
    found.findings.extend(problems)
    stems = license_id_stems(paths, is_license_id)
    for path in paths:
        name = PurePosixPath(path).name.lower()
        suffix = PurePosixPath(name).suffix if "." in name[1:] else ""
        stem = name[: len(name) - len(suffix)] if suffix else name
        if stem in stems and suffix in NAMED_BY_ID_SUFFIXES:
            text = f"SPDX-License-Identifier: {stem}\n"
            found.license_files.append(LicenseFile(f"{path}#name", None, None, text, origin + path))
    unsniffed = {p: size for p, size in sizes.items() if p not in pointed and p not in done}
    _sniff(found, unsniffed, read, stems, origin, sniff_limit)
    for path in structured_paths(paths):
        size = sizes.get(path)
        if size is not None and size > STRUCTURED_MAX_BYTES:
            continue
        data = read(path, STRUCTURED_MAX_BYTES)
        if data is not None:
            found.license_files.extend(statements_from_file(path, data, origin + path))
    if read_header is not None:
        for path in safetensors_paths(paths):
            header = read_header(path)
            if header is not None:
                found.license_files.extend(statements_from_safetensors(path, header, origin + path))
    # a base model named only in a config is a parent (lineage): adapter, merge, model configs
    found.parent_configs.extend(read_parent_configs(sizes, read))
    found.chat_template = read_chat_template(sizes, read, origin)
    if pointers:
        found.findings.extend(missing_pointed_files(card, card_path, paths, repo_id))
    return found


def _card_pointed(
    found: ExtraEvidence,
    card: ParsedCard | None,
    card_path: str,
    sizes: Mapping[str, int | None],
    read: Reader,
    done: set[str],
    origin: str,
    *,
    pointers: bool,
) -> set[str]:
    """Read the documents the card names as the model's terms (at most `MAX_CARD_POINTED`) as
    license documents; say those left past the bound, not readable, or (`pointers`) missing.
    The paths taken, read or not."""
    present, missing = card_pointers(card, sorted(sizes), done)
    for pointer in present[:MAX_CARD_POINTED]:
        path, size = pointer.path, sizes.get(pointer.path)
        if size is not None and size > MAX_LICENSE_FILE_BYTES:
            file, problems = too_large(path, size, origin + path, MAX_LICENSE_FILE_BYTES)
        else:
            data = read(path, MAX_LICENSE_FILE_BYTES)
            if data is None or len(data) > MAX_LICENSE_FILE_BYTES:
                why = "the card names it as the model's terms, but it could not be read"
                found.findings.append(unread_document(path, why, _cited(card_path, pointer)))
                skipped = LicenseFile(path, None, size, None, origin + path, "not read")
                found.license_files.append(skipped)
                continue
            file, problems = license_file_from_bytes(
                path, data, origin + path, MAX_LICENSE_FILE_BYTES
            )
        found.license_files.append(file)
        found.findings.extend(problems)
    for pointer in present[MAX_CARD_POINTED:]:
        why = (
            f"the card names it as the model's terms; not read: past the bound of "
            f"{MAX_CARD_POINTED} such documents"
        )
        found.findings.append(unread_document(pointer.path, why, _cited(card_path, pointer)))
    for pointer in missing if pointers else ():
        why = "the card names it for the model's terms, but the repository has no such file"
        found.findings.append(unread_document(pointer.path, why, _cited(card_path, pointer)))
    for pointer, why in pointed_unreadable(card, sorted(sizes), done):  # an image, an archive
        found.findings.append(unread_document(pointer.path, why, _cited(card_path, pointer)))
        where = origin + pointer.path
        skipped = LicenseFile(pointer.path, None, sizes.get(pointer.path), None, where, why)
        found.license_files.append(skipped)
    return {pointer.path for pointer in present}


def _cited(card_path: str, pointer: Pointer) -> tuple[Evidence, ...]:
    return (Evidence(card_path, pointer.line, pointer.quote),)


def _left_referenced(
    found: ExtraEvidence, read_files: Sequence[LicenseFile], paths: list[str], done: set[str]
) -> None:
    """Documents the license texts read name as part of their terms that were left past
    `referenced_files`' bound: said, never skipped."""
    texts = [f.text for f in read_files if f.text is not None]
    named = [p for p in paths if is_license_like(p)]
    left = [p for p in referenced_paths(texts, paths, set(named), limit=None) if p not in done]
    for path in left:
        why = (
            f"a license document names it as part of its terms; not read: past the bound of "
            f"{MAX_REFERENCED} such documents"
        )
        found.findings.append(unread_document(path, why))


def _sniff(
    found: ExtraEvidence,
    sizes: Mapping[str, int | None],
    read: Reader,
    stems: frozenset[str],
    origin: str,
    limit: int,
) -> None:
    chosen, left = sniff_candidates(sizes, limit=limit, names_license=stems)
    for candidate in chosen:
        data = read(candidate.path, SNIFF_MAX_BYTES)
        if data is None or len(data) > SNIFF_MAX_BYTES:
            continue
        text, note = decode_text(data)
        where = origin + candidate.path
        if text is None or note is not None:
            if candidate.named_by_id:  # named as a license, not text: said, never skipped
                why = note or "not text"
                found.license_files.append(
                    LicenseFile(candidate.path, sha256_hex(data), len(data), None, where, why)
                )
                found.findings.append(unread_document(candidate.path, f"it is {why}"))
            continue
        if candidate.named_by_id or reads_as_terms(text, candidate.path):
            found.license_files.append(
                LicenseFile(candidate.path, sha256_hex(data), len(data), text, where)
            )
    notable = [p for p in left if len(PurePosixPath(p).parts) == 1 or is_license_like(p)]
    if notable:
        lead = (
            f"{len(chosen) + len(left):,} prose files could state terms; only {len(chosen)} "
            "were read for them"
        )
        found.findings.append(too_many_files(left, lead))


def too_many_files(unread: list[str], lead: str) -> Finding:
    """`source-too-many-files`: `lead` (what was found and read), then the first files not
    read by name and how many there are."""
    shown = ", ".join(unread[:SHOWN_UNREAD])
    more = f" and {len(unread) - SHOWN_UNREAD:,} more" if len(unread) > SHOWN_UNREAD else ""
    return Finding(
        rule="source-too-many-files",
        category=Category.SOURCE,
        severity=observed_severity("source-too-many-files"),
        message=f"{lead}; not read: {shown}{more}; their terms are unknown and may restrict use",
        remediation="review the files not read by hand",
    )


@cache
def _license_ids() -> frozenset[str]:
    from auditor.knowledge.license_db import load_license_db, normalize_alias

    db = load_license_db()
    return frozenset(
        normalize_alias(name)
        for record in db.records.values()
        for name in (record.id, record.spdx, record.hf, record.scancode)
        if name
    )


def is_license_id(stem: str) -> bool:
    """Whether a file's stem is a license's id, SPDX id, Hub tag or ScanCode key
    (`cc-by-nc-4.0`, `Apache-2.0`, `llama3.1`): never a title or a loose alias."""
    from auditor.knowledge.license_db import normalize_alias

    return normalize_alias(stem) in _license_ids()
