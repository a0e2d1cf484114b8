"""A license document kept only as a record of an earlier version, for `model_terms`: its own
title says it is superseded ("Version 2.0 (superseded; historical record only)", "Old licence -
no longer in force"), or another of the model's license documents says it replaces it and names
its file ("This Version 2.1 replaces Version 2.0 ... kept in legacy/LICENSE-v2.0.md for the
record only"). The version in force binds; the record binds not, so its terms are set aside
and not read as a rival license (`license-files-disagree`). That is said, as
`license-document-superseded` (info), quoting the words that retire it, for counsel to confirm
that no copy in use was taken under the earlier version.

Only beside another license document that is not itself retired: a lone document calling itself
superseded is still the only text of the license, and binds. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.disagree import TermDocument
from auditor.licenses.terms.translations import settle_translations
from auditor.model import Category, Evidence, Finding

__all__ = ["settle_superseded", "settle_versions"]

RULE = "license-document-superseded"

# a title retiring its own document
_RETIRED = lazy_pattern(
    r"\b(?:superseded|no\s+longer\s+(?:in\s+force|in\s+effect|valid|applies|applicable|effective)"
    r"|historical\s+(?:record|reference|version|copy)|for\s+(?:the\s+)?record\s+only"
    r"|obsolete|archived|revoked|withdrawn|replaced\s+by\s+(?:version|v)\s*\d)",
    re.IGNORECASE,
)
# another document replacing it: a verb of replacing and, in the same text, words denying the
# old version any effect
_REPLACES = lazy_pattern(
    r"\b(?:supersedes?|replaces?|revokes?|takes?\s+the\s+place\s+of)\b", re.IGNORECASE
)
_NO_EFFECT = lazy_pattern(
    r"\b(?:confers?\s+no\s+rights?|for\s+(?:the\s+)?record\s+only|no\s+longer\s+(?:applies|in"
    r"\s+force|in\s+effect|valid)|has\s+no\s+(?:legal\s+)?effect|historical\s+record"
    r"|in\s+its\s+entirety)\b",
    re.IGNORECASE,
)


def settle_versions(
    docs: Sequence[TermDocument], texts: Mapping[str, str]
) -> tuple[list[TermDocument], list[Finding]]:
    """The documents less translations that do not prevail (`translations`) and records of
    an earlier version, with what was said of each."""
    settled, findings = settle_translations(docs, texts)
    settled, retired = settle_superseded(settled, texts)
    return settled, [*findings, *retired]


def settle_superseded(
    docs: Sequence[TermDocument], texts: Mapping[str, str]
) -> tuple[list[TermDocument], list[Finding]]:
    """The documents less those kept as a record of an earlier version (module docstring),
    and a finding for each set aside."""
    retired: dict[str, Evidence] = {}
    for doc in docs:
        text = texts.get(doc.path)
        if text is None:
            continue
        why = _own_title(doc.path, text) or _retired_by_other(doc, docs, texts)
        if why is not None:
            retired[doc.path] = why
    in_force = [d for d in docs if d.role == "license" and d.path not in retired]
    if not retired or not in_force:
        return list(docs), []
    findings = [_finding(path, why, in_force[0].path) for path, why in retired.items()]
    return [d for d in docs if d.path not in retired], findings


def _own_title(path: str, text: str) -> Evidence | None:
    for number, line in enumerate(text.splitlines()[:3], start=1):
        stripped = line.strip().lstrip("#").strip()
        if not stripped:
            continue
        return Evidence(path, number, stripped) if _RETIRED.search(stripped) else None
    return None


def _retired_by_other(
    doc: TermDocument, docs: Sequence[TermDocument], texts: Mapping[str, str]
) -> Evidence | None:
    name = PurePosixPath(doc.path).name
    named = re.compile(rf"(?<![\w./-])(?:[\w./-]*/)?{re.escape(name)}(?![\w-])")
    for other in docs:
        text = texts.get(other.path)
        if other is doc or other.role != "license" or not text or name not in text:
            continue
        lines = text.splitlines()  # once a text: the windows below are slices of it
        if _RETIRED.search(lines[0]):
            continue  # a retired document retires nothing
        for number, line in enumerate(lines, start=1):
            if named.search(line) is None:
                continue
            window = " ".join(lines[max(number - 3, 0) : number + 2])
            if _REPLACES.search(window) and _NO_EFFECT.search(window):
                return Evidence(other.path, number, line.strip())
    return None


def _finding(path: str, why: Evidence, in_force: str) -> Finding:
    return Finding(
        rule=RULE,
        category=Category.LICENSE,
        severity=observed_severity(RULE),
        message=f"{path} is kept as the record of an earlier version of the license"
        f" ({why.file} line {why.line}: {why.text!r}); {in_force} binds and its terms are read",
        evidence=(why,),
        remediation="confirm that no copy in use was taken under the earlier version; if one"
        " was, audit that copy under the earlier terms",
    )
