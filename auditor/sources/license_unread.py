"""License documents that exist by name but cannot be read, said as such (issue 31).

Fail closed: a file named like a license that is an image or an archive (`LICENSE.png`,
`LICENSE-MODEL.zip`), a Git LFS pointer standing where the text should be, and a license file
the card points to ("see the LICENSE file", a link to `LICENSE-MODEL`, `license_link: LICENSE`)
that the repo does not have are each `license-document-unread`, naming the exact file: its
terms are unknown and may restrict use. Pure functions over the file list and the card.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Evidence, Finding, LicenseFile, ParsedCard
from auditor.model.triggers import Triggers
from auditor.sources.base import is_license_like

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".bmp", ".tif", ".tiff", ".heic"}
)
ARCHIVE_SUFFIXES = frozenset(
    {".zip", ".tar", ".gz", ".tgz", ".xz", ".zst", ".7z", ".bz2", ".rar", ".lz4"}
)
_ORNAMENT = lazy_pattern(r"badge|logo|icon|shield|banner|button|thumbnail|preview", re.IGNORECASE)
"""Words of an image's name that say it shows a license, not that it holds one."""

_LFS_POINTER = lazy_pattern(
    r"\A\s*version https://git-lfs\.github\.com/spec/v\d+\s*\n\s*oid sha256:[0-9a-f]{64}\s*\n"
    r"\s*size \d+\s*\Z"
)
_LFS_MAX_BYTES = 512


def unreadable_by_name(path: str) -> str | None:
    """Why a file named like a license cannot be read by its format (an image or an archive),
    or None. `LICENSE.png`, `LICENSE-MODEL.zip`, `model_license.tar.gz`; not a badge or logo
    (`license-badge.svg`)."""
    name = PurePosixPath(path).name
    lower = name.lower()
    suffixes = [s for s in PurePosixPath(lower).suffixes if len(s) <= 6]
    kind = next(
        (
            "an image" if s in IMAGE_SUFFIXES else "an archive"
            for s in reversed(suffixes)
            if s in IMAGE_SUFFIXES or s in ARCHIVE_SUFFIXES
        ),
        None,
    )
    if kind is None:
        return None
    stem = lower.split(".", 1)[0]
    if not stem or _ORNAMENT.search(stem):
        return None
    folder = str(PurePosixPath(path).parent)
    bare = stem if folder in ("", ".") else f"{folder}/{stem}"
    if not is_license_like(bare):
        return None
    return f"{kind} ({''.join(suffixes)}), not text"


def unreadable_named_files(
    paths: Iterable[str], sizes: dict[str, int | None] | None = None, origin: str = ""
) -> tuple[list[LicenseFile], list[Finding]]:
    """A LicenseFile (not read) and a finding for each license-named image or archive."""
    files: list[LicenseFile] = []
    findings: list[Finding] = []
    for path in paths:
        why = unreadable_by_name(path)
        if why is None:
            continue
        size = (sizes or {}).get(path)
        files.append(LicenseFile(path, None, size, None, origin + path, skipped=why))
        findings.append(unread_document(path, f"it is {why}"))
    return files, findings


def is_lfs_pointer(data: bytes) -> bool:
    """A Git LFS pointer file (the clone lacks the object): three short lines, no text."""
    if len(data) > _LFS_MAX_BYTES:
        return False
    try:
        return _LFS_POINTER.match(data.decode("ascii")) is not None
    except UnicodeDecodeError:
        return False


def unread_document(path: str, why: str, evidence: Sequence[Evidence] = ()) -> Finding:
    """`license-document-unread` for one document: which file, and why it was not read."""
    return Finding(
        rule="license-document-unread",
        category=Category.LICENSE,
        severity=observed_severity("license-document-unread"),
        message=f"{path}: {why}; its terms were not read and may restrict use",
        evidence=tuple(evidence),
        remediation=f"read {path} by hand (or ask the publisher for it as plain text), and "
        "record a waiver once legal has reviewed it",
    )


# --- the card pointing to a license file the repo does not have -------------------------------

_LEAD = (
    r"(?:\bsee|\bread|\brefer to|\bcheck|\bconsult|\bin|\bunder|\bfound in|\bprovided in"
    r"|\bavailable in|\bdescribed in|\bgiven in|\bset out in|\bper)"
)
_NOT_A_FILE = (
    r"(?:block|instruction|directive|field|key|entry|property|attribute|keyword|command|"
    r"parameter)s?\b"
)
"""A word after the name making it a part of another file, not a file: a Modelfile's
`LICENSE` block or instruction, a metadata file's `license` field or key."""
_PROSE_POINTER = lazy_pattern(
    _LEAD + r"\s+(?:the\s+)?(?:(?:attached|accompanying|included|enclosed|separate)\s+)?"
    r"[`\"'\u201c\u2018]?(?P<name>[\w./-]{0,200}?(?:LICEN[CS]E|EULA|NOTICE|COPYING|TERMS)[\w.-]{0,200})"
    r"[`\"'\u201d\u2019]?(?P<file>\s+file)?(?![`\"'\u201d\u2019]?\s+(?:section|below|above"
    r"|heading|chapter|part|" + _NOT_A_FILE + r"))",
    re.IGNORECASE,
)
_CODE_POINTER = lazy_pattern(
    r"`(?P<name>[\w./-]{0,200}?(?:licen[cs]e|eula|notice|copying)[\w.-]{0,200})`"
    r"(?!\s+(?:" + _NOT_A_FILE + r"))",
    re.I,
)
_LINK = lazy_pattern(
    r"\]\(\s*<?(?P<md>[^()\[\]\s<>\"']{1,512})>?(?:\s+\"[^\"\n]{0,512}\")?\s*\)"
    r"|\bhref\s*=\s*[\"'](?P<href>[^\"'<>\s]{1,512})[\"']",
    re.IGNORECASE,
)
"""A Markdown or HTML link's target; every run is bounded, so a hostile line of a million
`[a](` openings is read in linear time."""
MAX_POINTERS = 64
"""Pointers to license files read from one card (a real card has one to three)."""
_SCHEME = lazy_pattern(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_CORE_UPPER = lazy_pattern(r"LICEN[CS]E|EULA|NOTICE|COPYING")


def missing_pointed_files(
    card: ParsedCard | None, card_path: str, files: Iterable[str], repo_id: str | None = None
) -> list[Finding]:
    """A finding for each license file the card points to that the repo does not have: a
    relative link (`[license](LICENSE-MODEL)`), a link to the repo's own file on the Hub, a
    name in prose ("see the LICENSE file", "see LICENSE-MODEL for the terms", `` `LICENSE` ``)
    or `license_link: LICENSE`."""
    if card is None:
        return []
    present = [_spelling(f.lower()) for f in files]
    findings: list[Finding] = []
    seen: set[str] = set()
    for name, line, quote in _pointers(card, repo_id):
        key = _spelling(name.lower().removeprefix("./").lstrip("/"))
        if not key or key in seen or _present(key, present):
            continue
        seen.add(key)
        findings.append(
            unread_document(
                name,
                f"{card_path} points to it for the license terms, but the repository has no such "
                "file",
                (Evidence(card_path, line, quote),),
            )
        )
    return findings


def _pointers(card: ParsedCard, repo_id: str | None) -> list[tuple[str, int | None, str]]:
    found: list[tuple[str, int | None, str]] = []
    link = card.metadata.get("license_link")
    target = _relative(link.strip(), repo_id) if isinstance(link, str) else None
    if target is not None and is_license_like(target):
        quote = f"license_link: {str(link).strip()}"
        found.append((target, card.key_lines.get("license_link"), quote))
    # only the lines holding a pattern's trigger words run it (model/triggers.py)
    masks = _triggers().line_masks(card.body)
    for offset, line in enumerate(card.body.splitlines()):
        if len(found) >= MAX_POINTERS:
            break
        if not masks[offset]:
            continue
        number = card.body_line + offset
        quote = line.strip()[:200]
        for match in _LINK.finditer(line) if masks[offset] & 1 else ():
            target = _relative(match.group("md") or match.group("href") or "", repo_id)
            if target is not None and is_license_like(target):
                found.append((target, number, quote))
        for match in _PROSE_POINTER.finditer(line) if masks[offset] & 2 else ():
            name = match.group("name").rstrip(".")
            if _file_like(name, bool(match.group("file"))) and is_license_like(name):
                found.append((name, number, quote))
        for match in _CODE_POINTER.finditer(line) if masks[offset] & 4 else ():
            name = match.group("name").rstrip(".")
            if _file_like(name, False) and is_license_like(name):
                found.append((name, number, quote))
    return found[:MAX_POINTERS]


@cache
def _triggers() -> Triggers:
    """The patterns `_pointers` runs on each line, bits 1, 2, 4 in that order."""
    return Triggers((_LINK, _PROSE_POINTER, _CODE_POINTER))


def _relative(target: str, repo_id: str | None) -> str | None:
    """A link's repo-relative path: a relative link, or the repo's own file on the Hub."""
    target = target.split("#", 1)[0].split("?", 1)[0].strip()
    if not target:
        return None
    if _SCHEME.match(target):
        if repo_id is None:
            return None
        own = re.match(
            r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/"
            + re.escape(repo_id)
            + r"/(?:blob|resolve|raw)/[^/]+/(?P<path>.+)$",
            target,
            re.IGNORECASE,
        )
        return own.group("path") if own else None
    if target.startswith(("/", "mailto:")):
        return None
    return target.removeprefix("./")


def _file_like(name: str, said_file: bool) -> bool:
    """A name written as a file: upper-case (`LICENSE`, `MODEL_LICENSE`), with a suffix, a
    hyphen or a folder (`license.md`, `license-model`, `docs/license`), or followed by the
    word "file"; not a lower-case identifier (`license_link` is a metadata key)."""
    return said_file or bool(_CORE_UPPER.search(name)) or any(c in name for c in ".-/")


def _spelling(path: str) -> str:
    """British and American spellings name the same file (`LICENCE` for `LICENSE`)."""
    return path.replace("licence", "license")


def _present(key: str, present: Sequence[str]) -> bool:
    """Whether the repo has the file: the path itself, the same name anywhere, the same name
    with any suffix (`LICENSE` -> `LICENSE.md`), or a folder by that name (`LICENSE/...`)."""
    base = PurePosixPath(key).name
    for path in present:
        name = PurePosixPath(path).name
        if path == key or name == base or name.split(".", 1)[0] == base:
            return True
        if path.startswith(key.rstrip("/") + "/"):
            return True
    return False
