"""The licensor's own written permission, given in the model card, for a use its license bars
unless the licensor permits it in writing (`Any other use, including commercial use, needs
Acme's written permission` in the LICENSE; `We, Acme, hereby give that permission to everyone:
the model may also be used commercially` in the card).

Three things must hold, each read from the texts: the license text provides for the licensor's
written permission (or consent, or a written agreement) for commercial or other use; the card
speaks as that licensor (its name, as the license names it, with `we`/`our` or `hereby`); and
the card's sentence grants commercial use to everyone (not to one named party) and is no
negation. A permission a re-uploader states ("commercial use: go ahead") names no licensor and
lifts nothing: a licensee cannot give more rights than it has.

When they hold, the license's commercial bar is lifted (its other terms still bind: the grant
is "on the other terms of the license") and a warning says the documents read differently, so
legal keeps a copy of the permission.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.model_terms import ModelTerms
from auditor.licenses.text.identify import TextIdentification
from auditor.licenses.text.own_name import extract_licensor
from auditor.model import Category, Evidence, Finding, LicenseFile, LicenseMatch
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN
from auditor.model.kinds import LicenseKind

IdentifiedFile = tuple[LicenseFile, TextIdentification]

_PROVISION = lazy_pattern(
    r"\b(?:(?:prior|express|explicit)\s+)?written\s+(?:permission|consent|authori[sz]ation"
    r"|approval|agreement)\b",
    re.IGNORECASE,
)
_COMMERCIAL = lazy_pattern(r"\bcommercial(?:ly)?\b|\bany\s+other\s+(?:use|purpose)", re.IGNORECASE)
_SENTENCE = lazy_pattern(r"(?:[^.!?;]|[.!?](?!\s|$))+(?:[.!?;]|$)")
_GRANT = lazy_pattern(
    r"\bhereby\s+(?:give|grant|extend|provide)s?\b"
    r"|\b(?:give|grant)s?\s+(?:\w+\s+){0,4}?(?:permission|consent|authori[sz]ation)\b",
    re.IGNORECASE,
)
_USED_COMMERCIALLY = lazy_pattern(
    r"\b(?:may|can)\s+(?:also\s+)?be\s+used\s+(?:\w+\s+){0,2}?(?:commercially|for\s+commercial)"
    r"|\bcommercial\s+use\s+(?:is|are)\s+(?:now\s+)?(?:permitted|allowed)\b"
    r"|\b(?:permission|consent)\s+(?:\w+\s+){0,6}?(?:commercial|commercially)\b",
    re.IGNORECASE,
)
_EVERYONE = lazy_pattern(
    r"\b(?:everyone|everybody|anyone|anybody|all\s+(?:users|licensees|persons|people|comers)"
    r"|the\s+public|any\s+(?:person|user|licensee|one))\b",
    re.IGNORECASE,
)
_NEGATED = lazy_pattern(
    r"\b(?:not|never|no\s+longer|cannot|nor)\b[^.;]{0,30}\bcommercial|\bnon-?commercial\b",
    re.IGNORECASE,
)
_FIRST_PERSON = lazy_pattern(r"\b(?:we|our|us|hereby)\b", re.IGNORECASE)
_COMPANY_SUFFIX = lazy_pattern(
    r"\b(?:ltd|limited|inc|incorporated|llc|llp|plc|gmbh|ag|s\.?a|s\.?r\.?l|b\.?v|co|corp"
    r"|corporation|company|oy|ab|kk)\.?$",
    re.IGNORECASE,
)
_LIFTED_KINDS = {str(LicenseKind.RESEARCH_ONLY), str(LicenseKind.NON_COMMERCIAL)}
_WEIGHTS_KIND = str(LicenseKind.OPEN_WEIGHT_RESTRICTED)


@dataclass(frozen=True, slots=True)
class LicensorPermission:
    """The licensor's permission in the card, and the license clause providing for it."""

    licensor: str
    license_path: str
    provision: Evidence
    grant: Evidence


def licensor_permission(files: Sequence[IdentifiedFile]) -> LicensorPermission | None:
    """The licensor's written permission for commercial use a card document gives, when a
    license text of the repo provides for it (see the module's doc); None otherwise."""
    cards = [f for f, _ in files if f.origin == CARD_DOCUMENT_ORIGIN and f.text]
    if not cards:
        return None
    for file, _identity in files:
        if file.origin == CARD_DOCUMENT_ORIGIN or "#" in file.path or not file.text:
            continue
        if not PurePosixPath(file.path).name.lower().startswith(("licen", "copying", "terms")):
            continue
        licensor = extract_licensor(file.text)
        provision = _provision(file)
        if licensor is None or provision is None:
            continue
        core = _core_name(licensor)
        if core is None:
            continue
        for card in cards:
            grant = _grant(card, core)
            if grant is not None:
                return LicensorPermission(licensor, file.path, provision, grant)
    return None


def _provision(file: LicenseFile) -> Evidence | None:
    """The license's sentence asking for the licensor's written permission for commercial (or
    any other) use."""
    assert file.text is not None
    for number, line in enumerate(file.text.split("\n"), 1):
        if _PROVISION.search(line) and _COMMERCIAL.search(line):
            return Evidence(file.path, number, line.strip())
    return None


def _core_name(licensor: str) -> str | None:
    """The licensor's name without its company form (`Ptarmigan AI Ltd` -> `Ptarmigan AI`)."""
    name = " ".join(licensor.replace(",", " ").split())
    while (shorter := _COMPANY_SUFFIX.sub("", name).strip()) != name:
        name = shorter
    return name if len(name) >= 3 else None


def _grant(card: LicenseFile, core: str) -> Evidence | None:
    """The card's sentence granting commercial use to everyone, spoken as the licensor."""
    assert card.text is not None
    named = re.compile(rf"(?<!\w){re.escape(core)}(?!\w)", re.IGNORECASE)
    for paragraph_start, paragraph in _paragraphs(card.text):
        joined = " ".join(paragraph.split())
        if not (named.search(joined) and _FIRST_PERSON.search(joined)):
            continue  # not the licensor speaking
        for sentence in _SENTENCE.finditer(joined):
            words = sentence.group()
            if not _USED_COMMERCIALLY.search(words) or _NEGATED.search(words):
                continue  # no commercial use granted, or one refused
            if not (_GRANT.search(words) and _EVERYONE.search(words)):
                continue  # not a grant, or a grant to one party only
            line = paragraph_start + _line_in(paragraph, words)
            return Evidence(card.path, line, words.strip())
    return None


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each run of non-blank lines."""
    found: list[tuple[int, str]] = []
    start, lines = 0, list[str]()
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            found.append((start, "\n".join(lines)))
            lines = []
    if lines:
        found.append((start, "\n".join(lines)))
    return found


def _line_in(paragraph: str, sentence: str) -> int:
    """The offset of the paragraph line where the sentence's first words stand."""
    head = " ".join(sentence.split()[:3])
    for offset, line in enumerate(paragraph.split("\n")):
        if head and head in " ".join(line.split()):
            return offset
    return 0


def with_permission(
    terms: ModelTerms, match: LicenseMatch | None, permission: LicensorPermission
) -> tuple[ModelTerms, LicenseMatch | None]:
    """The terms and license with the commercial bar the permission lifts: commercial use
    allowed (the other terms unchanged), a research or non-commercial scope and kind dropped,
    and the finding that says so."""
    values = dict(terms.values)
    evidence = dict(terms.evidence)
    values["commercial_use"] = "allowed"
    evidence["commercial_use"] = (permission.grant, permission.provision)
    scope = values.get("use_scope")
    if isinstance(scope, list):
        values["use_scope"] = [s for s in scope if s not in _LIFTED_SCOPES]
    restrictions = values.get("use_restrictions")
    if isinstance(restrictions, list):
        values["use_restrictions"] = [r for r in restrictions if r != "commercial-use"]
    conditions = values.get("commercial_use_conditions")
    if isinstance(conditions, list):
        values["commercial_use_conditions"] = [c for c in conditions if c not in _PERMITTED]
    if str(values.get("kind")) in _LIFTED_KINDS:
        values["kind"] = _WEIGHTS_KIND
    kinds = {p: _WEIGHTS_KIND if k in _LIFTED_KINDS else k for p, k in terms.kinds.items()}
    lifted = replace(
        terms,
        values=values,
        evidence=evidence,
        kinds=kinds,
        findings=(*terms.findings, permission_finding(permission)),
    )
    if match is not None and match.kind is not None and str(match.kind) in _LIFTED_KINDS:
        match = replace(match, kind=LicenseKind.OPEN_WEIGHT_RESTRICTED)
    return lifted, match


_LIFTED_SCOPES = ("research", "evaluation", "personal", "non-commercial")
_PERMITTED = ("written-permission", "separate-license")


def permission_finding(permission: LicensorPermission) -> Finding:
    """The documents read differently: the license bars commercial use, the licensor's own
    permission in the card lifts the bar (warn: keep a copy of it)."""
    return Finding(
        rule="license-files-disagree",
        category=Category.MISMATCH,
        severity=observed_severity("license-files-disagree"),
        message=f"{permission.license_path} allows commercial use only with "
        f"{permission.licensor}'s written permission, and {permission.grant.file} gives that "
        "permission in the licensor's own words; the permission is read as lifting the bar "
        "(the license's other terms still bind)",
        evidence=(permission.provision, permission.grant),
        remediation="keep a dated copy of the licensor's permission with the license; confirm "
        "with the licensor if the card could have been written by anyone else",
    )
