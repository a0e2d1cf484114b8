"""Parses target strings and defines which repo files count as license evidence."""

from __future__ import annotations

import hashlib
import re
from fnmatch import translate
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from auditor.errors import TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding, LicenseFile, SourceKind, Target
from auditor.model.evidence import MAX_DOCUMENT_BYTES
from auditor.sources.civitai_ref import is_civitai_url, parse_civitai_target
from auditor.sources.license_names import FOREIGN_LICENSE_PATTERNS, fold_name

# Hub repo ids: the Hub allows letters, digits, "-", "_", "." in each part, up to 96 characters.
_REPO_ID = lazy_pattern(r"^(?P<org>[A-Za-z0-9][\w.\-]{0,95})/(?P<name>[A-Za-z0-9][\w.\-]{0,95})$")
_REVISION = lazy_pattern(r"^[\w.\-/]{1,200}$")
# A Hub dataset's page: `https://huggingface.co/datasets/org/name[/tree/<revision>]`.
_DATASET_URL = lazy_pattern(
    r"^(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/(?P<rest>.*)$", re.I
)
_HUB_URL = lazy_pattern(r"^(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)(?:/|$)", re.I)
DATASET_PREFIX = "hf-dataset:"

MAX_LICENSE_FILE_BYTES = MAX_DOCUMENT_BYTES
"""Per-file cap: a larger license-like file becomes a finding, never a download."""
MAX_CARD_BYTES = 8 * 1024 * 1024
"""A model card larger than this is not read: cards are Markdown text of a few kilobytes."""

CARD_FILE = "README.md"

# Names (case-insensitive, shell patterns) of files that carry license terms, matched against
# the basename; plus any file inside a folder called LICENSE/LICENSES/LICENCE(S). Generous on
# purpose: a repo that licenses its weights apart from its code (MODEL_LICENSE, LICENSE-MODEL,
# LICENSE_WEIGHTS.txt), terms of use, use policies and notices are all evidence.
LICENSE_PATTERNS = (
    "*license*",
    "*licence*",
    "copying*",
    "notice*",
    "terms*",
    "*terms_of_*",
    "*terms-of-*",
    "*use_policy*",
    "*use-policy*",
    "*usepolicy*",
    "*acceptable*use*",
    "*prohibited*use*",
    "*usage*policy*",
    "aup",
    "aup.*",
    "eula",
    "eula.*",
    # terms, agreements and policies named for the model or its weights (MODEL_TERMS.md,
    # weights-terms.txt, MODEL_AGREEMENT, model_use_policy.md): a name ending in "terms"
    # is a terms document whatever comes before it
    *("*_terms", "*_terms.*", "*-terms", "*-terms.*", "*model*terms*", "*weight*terms*"),
    *("*agreement*", "*model*policy*", "*weight*policy*", "*checkpoint*terms*"),
    # the parts a licence takes in by their label (SCHEDULE-1.md, ANNEX_A.md, ADDENDUM_A.txt,
    # AMENDMENT-No2.txt, RIDER-edge.txt, Attachment-A.md): a label after the word, never a
    # bare "appendix" or "exhibit" (a paper's)
    *("schedule[-_ ]*", "annex[-_ ]*", "annexure*", "addend*", "amendment*", "rider[-_ ]*"),
    *("attachment[-_ ]*",),
    *FOREIGN_LICENSE_PATTERNS,  # the same documents named in other languages
)
_LICENSE_FOLDERS = {"license", "licenses", "licence", "licences", "amendments", "addenda"}
# Every pattern at once, as `fnmatch` reads each (one program, not ~110 matches a name: a Hub
# listing cost ~770 fnmatch calls a model). Patterns and names are lower-case.
_LICENSE_NAME = lazy_pattern("|".join(translate(p.lower()) for p in LICENSE_PATTERNS))
# and the same, accents dropped from both (`fold_name`: LİSENZİYA.md, lİsans.txt)
_FOLDED_NAME = lazy_pattern("|".join(translate(fold_name(p.lower())) for p in LICENSE_PATTERNS))
# Code, data, configuration, images and weights are never license documents, whatever their
# name says (license_check.py, scripts/check_license.sh, licenses.json, license-badge.svg).
NOT_LICENSE_SUFFIXES = frozenset(
    {
        *(".py", ".pyc", ".ipynb", ".sh", ".bash", ".ps1", ".bat", ".js", ".mjs", ".ts"),
        *(".c", ".h", ".cc", ".cpp", ".hpp", ".rs", ".go", ".java", ".rb", ".lua", ".pl"),
        *(".json", ".jsonl", ".yaml", ".yml", ".toml", ".cfg", ".ini", ".csv", ".tsv"),
        *(".parquet", ".arrow", ".npy", ".npz", ".pkl", ".pickle", ".lock"),
        *(".safetensors", ".bin", ".gguf", ".pt", ".pth", ".ckpt", ".onnx", ".h5", ".msgpack"),
        *(".tflite", ".mlmodel", ".pb", ".model", ".tiktoken", ".vocab", ".spm"),
        *(".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".mp3", ".wav", ".mp4"),
        *(".zip", ".tar", ".gz", ".tgz", ".xz", ".zst", ".7z"),
    }
)
"""Suffixes never read as license documents. A PDF or Word file is license-like: it is read
(the words of an RTF, DOCX or ODT file are extracted, sources/office_text.py), or found not to
be text and reported (license-file-unreadable), never silently skipped. A license-named image
or archive (`LICENSE.png`, `LICENSE-MODEL.zip`) is reported too (sources/license_unread.py)."""


_UNSAFE_CHARS = lazy_pattern(r"[\x00-\x1f\x7f\\]")
MAX_REPO_PATH = 1000


def is_safe_repo_path(path: str) -> bool:
    """Whether a file name a hub listed stays inside the repository once joined to a folder:
    relative, no `.`/`..`/empty parts, no backslashes or control characters."""
    if not path or len(path) > MAX_REPO_PATH or path.startswith("/") or _UNSAFE_CHARS.search(path):
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def unsafe_path_finding(path: str) -> Finding:
    """A listed file whose name would leave the repository: ignored, never fetched."""
    shown = path[:120].encode("unicode_escape").decode("ascii")
    return Finding(
        rule="source-unsafe-path",
        category=Category.SOURCE,
        severity=observed_severity("source-unsafe-path"),
        message=f"the hub listed a file named '{shown}', which would resolve outside the "
        "repository; it was ignored",
        remediation="report the repository to the hub's operators; do not fetch it by hand",
    )


_CARD_SUFFIXES = (".md", ".markdown", ".mdx")
_CARD_STEMS = ("readme", "model_card", "modelcard", "model-card")


def is_card_name(name: str) -> bool:
    """A file name a model card may have: Markdown, or README/MODEL_CARD with any suffix."""
    lower = name.lower()
    return lower.endswith(_CARD_SUFFIXES) or lower.split(".", 1)[0] in _CARD_STEMS


def is_license_like(path: str) -> bool:
    """Whether a repo-relative path names a license, terms, notice or use-policy document.

    Matched case-insensitively, accents dropped: a basename like one of `LICENSE_PATTERNS`
    (`*license*`, `copying*`, `notice*`, `terms*`, `*use_policy*`, `*acceptable*use*`, ...),
    or any file inside a LICENSE/LICENSES/LICENCE(S) folder; never a file whose suffix is in
    `NOT_LICENSE_SUFFIXES` (code, data, configuration, images, weights, archives).
    """
    parts = PurePosixPath(path).parts
    if not parts:
        return False
    base = parts[-1].lower()
    if PurePosixPath(base).suffix in NOT_LICENSE_SUFFIXES or base.startswith("."):
        return False
    if any(fold_name(folder.lower()) in _LICENSE_FOLDERS for folder in parts[:-1]):
        return True
    return bool(_LICENSE_NAME.match(base) or _FOLDED_NAME.match(fold_name(base)))


def parse_target(text: str, *, base_dir: Path | None = None) -> Target:
    """Decide what a target string names: a Hub repo, a local folder, a card file or a GGUF file.

    Accepted: `org/name`, `org/name@revision`, `hf:org/name[@revision]` (the Hub), a Hub
    dataset repo as `hf-dataset:org/name[@revision]` or by its page's URL
    (`[hf-dataset:]https://huggingface.co/datasets/org/name[/tree/<revision>]`), `api:...`
    (a provider's model), `ollama:[registry/][namespace/]model[:tag][@sha256:...]` (an Ollama
    registry's model), `civitai:<model id>[@<version id>]` or a Civitai model page's address
    (a Civitai model version), `modelscope:owner/name[@revision]` or a ModelScope model page's
    address (`https://modelscope.cn/models/owner/name`), and a path to a directory, a `.gguf`
    file, a Markdown card or a manifest file in an Ollama store. A bare `org/name[@rev]` always
    means the Hub: when a same-named path also exists (beside the manifest or in the working
    directory) the target is ambiguous and refused, naming both spellings (`hf:org/name`,
    `./org/name`), so a folder shipped in a repository can never stand in for a Hub model.
    Relative paths are taken from `base_dir` (a manifest's folder) when given; `file:` marks a
    path explicitly.
    """
    raw = text.strip()
    if not raw:
        raise TargetError("empty target", hint="name a Hub repo (org/name) or a local path")
    if raw.startswith("hf:"):
        return _parse_hub(text, raw[3:])
    if raw.startswith(DATASET_PREFIX) or (raw.startswith("http") and _DATASET_URL.match(raw)):
        return _parse_dataset(text, raw.removeprefix(DATASET_PREFIX))
    if raw.startswith("ollama:"):
        from auditor.sources.ollama_ref import parse_ollama_target

        return parse_ollama_target(text, raw[7:])
    if raw.lower().startswith("civitai:") or is_civitai_url(raw):
        return parse_civitai_target(text, raw)
    from auditor.sources import modelscope_ref

    if raw.startswith(modelscope_ref.PREFIX) or modelscope_ref.is_modelscope_page(raw):
        return modelscope_ref.parse_modelscope_target(text, raw)
    if raw.startswith("api:"):
        from auditor.knowledge.providers import parse_api_ref

        provider, model = parse_api_ref(raw)
        return Target(text=text, kind=SourceKind.API, location=f"{provider}/{model}")
    explicit = raw.startswith("file:")
    raw = raw.removeprefix("file:") if explicit else raw
    path = Path(raw).expanduser()
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    if not explicit and _looks_like_repo(raw):
        bare = raw.partition("@")[0]
        near = [Path(bare)] if base_dir is None else [base_dir / bare, Path(bare)]
        clash = next((p for p in (path, *near) if p.exists()), None)
        if clash is None:
            return _parse_hub(text, raw)
        raise TargetError(
            f"{text}: both a Hub model and the local path {clash} could be meant",
            hint=f"write hf:{raw} for the Hub model, or ./{bare} (or file:{bare}) for the "
            "local folder",
            code="target-invalid",
        )
    if path.exists():
        if path.is_dir():
            return Target(text=text, kind=SourceKind.LOCAL, location=str(path))
        if path.suffix.lower() == ".gguf":
            return Target(text=text, kind=SourceKind.GGUF, location=str(path))
        if is_card_name(path.name):
            return Target(text=text, kind=SourceKind.CARD, location=str(path))
        from auditor.sources.ollama_ref import is_manifest_path

        if is_manifest_path(path):  # an Ollama store's manifests/<registry>/<ns>/<model>/<tag>
            return Target(text=text, kind=SourceKind.OLLAMA, location=str(path.absolute()))
        raise TargetError(
            f"{text}: not a model folder, a Markdown model card or a .gguf file",
            hint="name the model's folder, its README.md, its .gguf file or its Ollama "
            "manifest (manifests/<registry>/<namespace>/<model>/<tag>)",
            code="target-invalid",
        )
    if raw.lower().endswith((".gguf", ".md")) or raw.startswith((".", "/", "~")) or "\\" in raw:
        raise TargetError(f"{text}: no such file or directory", code="source-path-not-found")
    return _parse_hub(text, raw)


def _looks_like_repo(raw: str) -> bool:
    """`org/name` or `org/name@rev` as the Hub writes them (not `./x`, `/x`, `~/x`, `x.gguf`)."""
    if raw.startswith((".", "/", "~")) or "\\" in raw:
        return False
    repo_id, _, revision = raw.partition("@")
    if raw.lower().endswith((".gguf", ".md")) and not revision:
        return False
    return _REPO_ID.match(repo_id) is not None and ".." not in repo_id


def _parse_hub(text: str, spec: str, kind: SourceKind = SourceKind.HUB) -> Target:
    repo_id, _, revision = spec.partition("@")
    if not _REPO_ID.match(repo_id) or ".." in repo_id:
        if kind is SourceKind.HUB_DATASET:
            raise TargetError(
                f"{text}: not a Hub dataset id",
                hint="write hf-dataset:org/name or hf-dataset:org/name@revision",
                code="target-invalid",
            )
        raise TargetError(
            f"{text}: not a Hub repo id or an existing path",
            hint="write org/name, org/name@revision, or a path to a model folder, card or .gguf",
            code="target-invalid",
        )
    if "@" in spec and (not revision or not _REVISION.match(revision) or ".." in revision):
        raise TargetError(f"{text}: invalid revision {revision!r}", code="target-invalid")
    return Target(text=text, kind=kind, location=repo_id, revision=revision or None)


def _parse_dataset(text: str, spec: str) -> Target:
    """`org/name[@revision]` of a Hub dataset, written as such or as its page's URL (with or
    without the scheme; `/tree/<revision>` names the revision, query and anchor are ignored)."""
    if _HUB_URL.match(spec):
        match = _DATASET_URL.match(spec)
        parts = urlsplit(f"//hub/{match['rest']}").path.strip("/").split("/") if match else []
        tree = len(parts) > 3 and parts[2] == "tree" and "@" not in parts[1]
        if len(parts) != 2 and not tree:
            raise TargetError(
                f"{text}: not the URL of a Hub dataset",
                hint="write https://huggingface.co/datasets/org/name (/tree/<revision> names a "
                "revision) or hf-dataset:org/name@revision",
                code="target-invalid",
            )
        spec = "/".join(parts[:2]) + ("@" + unquote("/".join(parts[3:])) if tree else "")
    return _parse_hub(text, spec, SourceKind.HUB_DATASET)


def sha256_hex(data: bytes) -> str:
    """sha256 of bytes as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


_NOT_TEXT_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word or OpenDocument file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)


def decode_text(data: bytes) -> tuple[str | None, str | None]:
    """Decode a license-like file.

    Returns (text, None) for clean text, (text, note) when undecodable bytes were replaced,
    and (None, reason) when the content is not text at all.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "invalid UTF-16 text"
    for magic, what in _NOT_TEXT_MAGIC:
        if data.startswith(magic):
            return None, f"{what}, not plain text: its terms were not read"
    if b"\x00" in data[:8192]:
        return None, "binary content (NUL bytes), not a license text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        note = f"not valid UTF-8 at byte {err.start}; undecodable bytes were replaced"
        return data.decode("utf-8", errors="replace"), note


def decode_card(path: str, data: bytes) -> tuple[str | None, list[Finding]]:
    """A card's text, or None with a finding when it is not text; replaced bytes are noted."""
    text, note = decode_text(data)
    if note is None:
        return text, []
    reason = note.removesuffix(", not a license text")
    unreadable = text is None
    return text, [
        Finding(
            rule="card-unreadable" if unreadable else "card-encoding",
            category=Category.SOURCE,
            severity=observed_severity("card-unreadable" if unreadable else "card-encoding"),
            message=f"{path}: {reason}" + ("; the card was not read" if unreadable else ""),
            remediation="a model card is UTF-8 Markdown text: check the file",
        )
    ]


def license_file_from_bytes(
    path: str, data: bytes, origin: str, cap: int
) -> tuple[LicenseFile, list[Finding]]:
    """Turn a license-like file's bytes into a LicenseFile, with findings for what went wrong."""
    if len(data) > cap:
        return too_large(path, len(data), origin, cap)
    from auditor.sources.license_unread import is_lfs_pointer, unread_document
    from auditor.sources.office_text import office_text

    if is_lfs_pointer(data):
        why = "a Git LFS pointer, not the text (the LFS object was not fetched)"
        file = LicenseFile(path, sha256_hex(data), len(data), None, origin, skipped=why)
        return file, [unread_document(path, f"it is {why}")]
    text, note = decode_text(data)
    if text is None and (extracted := office_text(data)) is not None:
        text, note = extracted, None  # an RTF, Word or OpenDocument file: its words are read
    findings = []
    if note is not None:
        findings.append(
            Finding(
                rule="license-file-unreadable" if text is None else "license-file-encoding",
                category=Category.SOURCE,
                severity=observed_severity(
                    "license-file-unreadable" if text is None else "license-file-encoding"
                ),
                message=f"{path}: {note}"
                + ("; its terms are unknown and may restrict use" if text is None else ""),
                remediation="read the file by hand: the model's terms may be stricter than "
                "the documents that could be read",
            )
        )
    file = LicenseFile(
        path=path,
        sha256=sha256_hex(data),
        size=len(data),
        text=text,
        origin=origin,
        skipped=note if text is None else None,
    )
    return file, findings


def card_too_large(path: str, size: int, cap: int = MAX_CARD_BYTES) -> Finding:
    """A model card over the size cap: not downloaded or read."""
    return Finding(
        rule="card-too-large",
        category=Category.SOURCE,
        severity=observed_severity("card-too-large"),
        message=f"{path} is {size:,} bytes, over the {cap:,}-byte cap for model cards; "
        "it was not read",
        remediation="a model card is Markdown text of a few kilobytes: check that this file "
        "is the card, and declare the license in a small README.md",
    )


def too_large(path: str, size: int, origin: str, cap: int) -> tuple[LicenseFile, list[Finding]]:
    """A license-like file over the size cap: recorded, not read."""
    finding = Finding(
        rule="license-file-too-large",
        category=Category.SOURCE,
        severity=observed_severity("license-file-too-large"),
        message=f"{path} is {size:,} bytes, over the {cap:,}-byte cap for license files; "
        "it was not read, so its terms are unknown and may restrict use",
        remediation="review this file by hand, or raise the cap with --max-file-bytes",
    )
    return LicenseFile(path, None, size, None, origin, skipped=f"larger than {cap:,} bytes"), [
        finding
    ]
