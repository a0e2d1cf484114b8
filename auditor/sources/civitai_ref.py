"""Civitai references: `civitai:` targets and model page URLs, as a model id and a version id.

Part of the Civitai source (`civitai`). Pure: strings in, values out.

NOTE: Civitai names a model by a positive integer id and each of its versions by another
(github.com/civitai/civitai, `src/pages/api/v1/models/[id].ts` takes an int4 id); a model page
is `https://civitai.com/models/<id>[/<slug>][?modelVersionId=<version id>]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from auditor.errors import TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import SourceKind, Target

PREFIX = "civitai:"
MAX_ID = 2_147_483_647
"""Civitai's ids are Postgres int4 columns: a larger number names nothing."""

_ID = lazy_pattern(r"^[1-9][0-9]{0,9}$")
_PAGE = lazy_pattern(r"^(?:https?://)?(?:www\.)?civitai\.(?:com|green)(?:/|$)", re.IGNORECASE)
_HINT = (
    "write civitai:<model id> or civitai:<model id>@<version id> (the numbers of the model "
    "page's address: civitai.com/models/<model id>?modelVersionId=<version id>)"
)


@dataclass(frozen=True, slots=True)
class CivitaiRef:
    """A Civitai model, and the version the reference pins (None: the latest published)."""

    model_id: int
    version_id: int | None = None

    @property
    def text(self) -> str:
        """`civitai:<model id>[@<version id>]`."""
        pin = f"@{self.version_id}" if self.version_id is not None else ""
        return f"{PREFIX}{self.model_id}{pin}"


def is_civitai_url(raw: str) -> bool:
    """Whether `raw` is an address on Civitai's site (with or without the scheme)."""
    return _PAGE.match(raw.strip()) is not None


def parse_civitai_target(text: str, raw: str) -> Target:
    """The target `raw` names: `civitai:<id>[@<version id>]`, or a model page's URL (with or
    without `civitai:` before it). Raises TargetError naming the target."""
    spec = raw.strip()
    spec = spec[len(PREFIX) :] if spec.lower().startswith(PREFIX) else spec
    ref = _from_url(text, spec) if is_civitai_url(spec) else _from_spec(text, spec)
    revision = str(ref.version_id) if ref.version_id is not None else None
    return Target(text=text, kind=SourceKind.CIVITAI, location=str(ref.model_id), revision=revision)


def ref_of_target(target: Target) -> CivitaiRef:
    """The reference a parsed Civitai target holds."""
    model = _number(target.text, target.location, "model id")
    version = _number(target.text, target.revision, "version id") if target.revision else None
    return CivitaiRef(model, version)


def _from_spec(text: str, spec: str) -> CivitaiRef:
    model, at, version = spec.partition("@")
    if at and not version:
        raise TargetError(
            f"{text}: an empty version id after '@'", hint=_HINT, code="target-invalid"
        )
    return CivitaiRef(
        _number(text, model, "model id"),
        _number(text, version, "version id") if at else None,
    )


def _from_url(text: str, spec: str) -> CivitaiRef:
    url = spec if "://" in spec else f"https://{spec}"
    parts = urlsplit(url)
    path = [p for p in parts.path.split("/") if p]
    if len(path) < 2 or path[0] != "models" or len(path) > 3:
        raise TargetError(
            f"{text}: not the address of a Civitai model page", hint=_HINT, code="target-invalid"
        )
    versions = parse_qs(parts.query).get("modelVersionId", [])
    if len(versions) > 1:
        raise TargetError(
            f"{text}: the address names {len(versions)} versions", hint=_HINT, code="target-invalid"
        )
    version = _number(text, versions[0], "version id") if versions else None
    return CivitaiRef(_number(text, path[1], "model id"), version)


def _number(text: str, value: str | None, what: str) -> int:
    raw = (value or "").strip()
    if not _ID.match(raw) or int(raw) > MAX_ID:
        raise TargetError(
            f"{text}: {raw[:40]!r} is not a Civitai {what} (a positive whole number)",
            hint=_HINT,
            code="target-invalid",
        )
    return int(raw)
