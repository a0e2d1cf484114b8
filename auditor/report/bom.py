"""Helpers the BOM and NOTICE renderers share: ids, license expressions, lineage, Hub links.

License facts (names, links, duties) come from the result, recorded when the audit ran:
`facts_for` never loads the knowledge base, so a saved result renders alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.expression import expression_keys, spdx_expression
from auditor.model import AuditResult, LicenseFacts, ModelResult, SourceKind

if TYPE_CHECKING:
    from packageurl import PackageURL

DEFAULT_HUB = "https://huggingface.co"
HUB_RESOLVED = frozenset({"hub", "registry"})
"""Lineage entries whose ref is a Hub repo id (not an unresolved or cyclic name)."""

_OPERATORS = frozenset({"AND", "OR", "WITH"})
_HUB_REPO = lazy_pattern(r"^[A-Za-z0-9][\w.\-]*/[\w.\-]+$")


def document_uuid(result: AuditResult) -> uuid.UUID:
    """A UUID fixed by the result: its generation time and every model ref and revision."""
    names = [result.tool_name, result.generated_at]
    for model in result.models:
        sha = model.source.resolved_sha if model.source is not None else None
        names.append(f"{model.ref}@{sha or ''}")
    return uuid.uuid5(uuid.NAMESPACE_URL, "\n".join(names))


def license_ids(expression: str | None) -> list[str]:
    """The license ids in `A AND (B OR C)`, in order, without duplicates."""
    return list(expression_keys(expression)) if expression else []


def license_expression(text: str) -> str:
    """The effective license id as an SPDX expression (see licenses.expression)."""
    return spdx_expression(text)


def lineage_parents(lineage: Sequence[Mapping[str, object]]) -> list[int | None]:
    """For each lineage entry, the index of the entry it descends from (None: the model itself).

    An entry names its child by ref (`parent`) one level up; the nearest earlier entry with
    that ref at depth - 1 is taken, else any entry with that ref, else the model.
    """
    parents: list[int | None] = []
    for index, entry in enumerate(lineage):
        parent = entry.get("parent")
        depth = _as_int(entry.get("depth"))
        found: int | None = None
        if parent is not None:
            earlier = [j for j in range(index) if lineage[j].get("ref") == parent]
            same_level = [j for j in earlier if _as_int(lineage[j].get("depth")) == depth - 1]
            candidates = same_level or earlier
            found = candidates[-1] if candidates else None
        parents.append(found)
    return parents


def hub_base(model: ModelResult) -> str:
    """The Hub endpoint the model came from (the public Hub by default)."""
    endpoint = model.source.endpoint if model.source is not None else None
    return (endpoint or DEFAULT_HUB).rstrip("/")


def hub_repo_id(model: ModelResult) -> str | None:
    """The model's Hub repo id, or None for local directories, GGUF files and APIs."""
    source = model.source
    if source is None or source.kind is not SourceKind.HUB:
        return None
    return source.repo_id or model.ref.split("@", 1)[0]


def is_hub_ref(ref: str) -> bool:
    """Whether a lineage ref looks like an `org/name` Hub repo id."""
    return bool(_HUB_REPO.match(ref))


def hub_purl(repo_id: str, sha: str | None) -> PackageURL:
    """The `pkg:huggingface/org/name@sha` package URL (purl's huggingface type)."""
    from packageurl import PackageURL  # lazily: the audit imports this module for license_ids

    namespace, _, name = repo_id.rpartition("/")
    return PackageURL(type="huggingface", namespace=namespace or None, name=name, version=sha)


def facts_for(result: AuditResult, license_id: str) -> LicenseFacts | None:
    """What the audit recorded about a license id; None when unknown or not recorded."""
    facts = result.license_facts
    return None if facts is None else facts.get(license_id)


def has_facts(result: AuditResult) -> bool:
    """Whether the result recorded license facts (results saved before schema 1.1 did not)."""
    return result.license_facts is not None


def _as_int(value: object) -> int:
    return value if isinstance(value, int) else 0
