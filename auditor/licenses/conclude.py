"""Concludes a model's own license from what it declares and what its license files say."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.declared import combine_matches
from auditor.licenses.file_parts import OtherParts
from auditor.licenses.terms.added_text import TITLE_KNOWN_METHOD, added_passages
from auditor.licenses.terms.judge_text import STANDARD_KINDS
from auditor.licenses.terms.supplement import supplements_license
from auditor.licenses.terms.tables import unread_html_table
from auditor.licenses.terms.translations import translated_paths
from auditor.licenses.text.differences import is_normative, is_rule
from auditor.licenses.text.identify import TextIdentification
from auditor.licenses.text.matchers.added_clause import ADDED_TERMS_METHOD
from auditor.licenses.text.matchers.by_reference import BY_REFERENCE_METHOD
from auditor.licenses.text.prose import split_sentences
from auditor.model import Category, Evidence, Finding, LicenseFile, LicenseMatch
from auditor.model.kinds import LicenseKind, kind_rank, most_restrictive, parse_kind

IdentifiedFile = tuple[LicenseFile, TextIdentification]


@dataclass(frozen=True, slots=True)
class Conclusion:
    """The license this artifact's own evidence supports, and what disagreed."""

    match: LicenseMatch | None
    findings: tuple[Finding, ...] = ()


def conclude_license(
    declared: LicenseMatch | None,
    files: Sequence[IdentifiedFile],
    *,
    declared_evidence: Evidence | None = None,
    parts: OtherParts | None = None,
) -> Conclusion:
    """Combine the declared license with the texts: agreement raises confidence, a known
    text that contradicts the declaration is a mismatch, and a text fills in a license the
    metadata left unknown. A text the card assigns to another part of the release (`parts`:
    "the code is Apache-2.0, see LICENSE; the weights are MIT") contradicts nothing: the
    next text speaks for the model, else the declaration stands."""
    findings: list[Finding] = []

    def elsewhere(file: LicenseFile, match: LicenseMatch) -> bool:
        if parts is None or declared is None or declared.id is None:
            return False  # with nothing declared, any text is better than none
        return parts.covers(file.path, match) and not _same_license(declared, match)

    primary = _primary_text(files, elsewhere)
    for file, identity in files:
        findings.extend(_text_findings(file, identity))
        findings.extend(_unread_table(file))
    if primary is None:
        return Conclusion(declared, tuple(findings))
    file, identity = primary
    text = identity.match
    assert text is not None  # _primary_text only returns identified files
    text = judged_on_text(text, file, identity.differences)
    if declared is None or declared.id is None:
        return Conclusion(text, tuple(findings))
    if _same_license(declared, text):
        # a declaration of one option of the file's choice keeps the choice (policy/choice.py)
        chosen = text if _option_of(declared, text) else declared
        agreed = replace(
            chosen,
            confidence=max(declared.confidence, text.confidence),
            method=f"{declared.method}+{text.method}",
            kind=most_restrictive([declared.kind, text.kind]),  # a modified text's own kind
        )
        return Conclusion(agreed, tuple(findings))
    if text.id is None and text.derived_from is None and not _stricter(text, declared):
        return Conclusion(declared, tuple(findings))
    findings.append(
        Finding(
            rule="license-declared-vs-file",
            category=Category.MISMATCH,
            severity=observed_severity("license-declared-vs-file"),
            message=f"the metadata declares {declared.name or declared.id}, but {file.path} is "
            f"{text.name or text.id} ({text.confidence:.0%} by {text.method})",
            evidence=tuple(e for e in (declared_evidence,) if e is not None),
            remediation="find out which license really applies (ask the publisher) before "
            "relying on either; the file's text is what was published",
        )
    )
    if text.derived_from is not None:
        # A license of its own built on another: its text is what binds, whatever the
        # metadata names (often the parent it was built on).
        return Conclusion(text, tuple(findings))
    if text.id is not None and _stricter(text, declared):
        # Both bind until the publisher says which applies, and the stricter text decides:
        # the headline names it beside the declaration (`Apache-2.0 AND CC-BY-NC-4.0`), so
        # its kind is never attributed to the declared license's name.
        both = combine_matches([declared, text], "AND", f"{declared.method}+{text.method}")
        return Conclusion(replace(both, hf=declared.hf), tuple(findings))
    # A text we cannot name: the declaration keeps the name; the verdict follows the
    # stricter side.
    return Conclusion(stricter_kind(declared, [text.kind]), tuple(findings))


def stricter_kind(match: LicenseMatch, kinds: Sequence[object]) -> LicenseMatch:
    """`match` with the most restrictive of its kind and `kinds` (documents of the same model
    that read stricter: a non-commercial weights license beside an Apache-2.0 code license)."""
    kind = most_restrictive([match.kind, *kinds])
    return match if kind is None or kind == match.kind else replace(match, kind=kind)


_JUDGED_ON_TEXT = {
    "text-modified",
    "text-derived",
    "text-title",
    BY_REFERENCE_METHOD,
    ADDED_TERMS_METHOD,
}
_OPEN_SOURCE = {LicenseKind.PERMISSIVE_OSS, LicenseKind.COPYLEFT_OSS}


def judged_on_text(
    match: LicenseMatch, file: LicenseFile, differences: Sequence[str] = ()
) -> LicenseMatch:
    """A modified or derived license, or one known only by its own title, is judged on its own
    text: its kind is the most
    restrictive of the parent record's, the one its own terms give, and, when it adds rules
    to an open-source text (or was named after one without being compared with it),
    open-weight-restricted: an open-source license with conditions added is no longer that
    license (a revenue cap, a field-of-use limit)."""
    if match.method not in _JUDGED_ON_TEXT or file.text is None:
        return match
    from auditor.licenses.terms.extract import extract_terms  # costly: only for these texts
    from auditor.licenses.terms.foreign import read_foreign
    from auditor.licenses.terms.foreign_merge import with_foreign

    # its passages in other languages read too: a version the text says prevails decides
    terms = extract_terms(file.text, path=file.path)
    terms = with_foreign(terms, read_foreign(file.text), file.path)
    own = parse_kind(str(terms["kind"].value or ""))
    kinds = [k for k in (match.kind, own) if k is not None]
    # not compared: derived by its title alone, its wording unknown to us
    uncompared = match.derived_from is not None and not differences
    if match.kind in _OPEN_SOURCE and (uncompared or any(is_normative(d) for d in differences)):
        kinds.append(LicenseKind.OPEN_WEIGHT_RESTRICTED)
    kind = most_restrictive(kinds) if kinds else None
    return match if kind == match.kind else replace(match, kind=kind)


def _stricter(text: LicenseMatch, declared: LicenseMatch) -> bool:
    """A license text of its own that reads stricter than the declared license contradicts it."""
    return text.kind is not None and kind_rank(text.kind) > kind_rank(declared.kind)


def _same_license(declared: LicenseMatch, text: LicenseMatch) -> bool:
    if declared.id is None or text.id is None:
        return False
    if declared.id == text.id:
        return True
    # An AND/OR expression or list that contains the file's license agrees with it.
    if text.id in declared.id.replace("(", " ").replace(")", " ").split():
        return True
    return _option_of(declared, text)


def _option_of(declared: LicenseMatch, text: LicenseMatch) -> bool:
    """Whether the declaration names one option of a choice the file offers (`Apache-2.0 OR
    MIT`): it agrees with the file (never an option of a choice nested in an AND)."""
    options = (text.id or "").split(" OR ")
    return (
        len(options) > 1
        and declared.id in options
        and not any(" AND " in o or " WITH " in o or "(" in o for o in options)
    )


def _primary_text(
    files: Sequence[IdentifiedFile],
    elsewhere: Callable[[LicenseFile, LicenseMatch], bool] = lambda _file, _match: False,
) -> IdentifiedFile | None:
    """The identified license text that speaks for the artifact: LICENSE files first,
    then other license-like files; use policies and NOTICE files never, nor a text of
    another part of the release (`elsewhere`), nor a translation of an original the texts
    say prevails (`terms.translations`: it binds not, whatever its file name)."""
    ranked = sorted(files, key=lambda item: (_rank(item[0].path), item[0].path))
    texts = {f.path: f.text for f, _ in ranked if f.text is not None and _rank(f.path) <= 1}
    translated = translated_paths(texts) if len(texts) > 1 else frozenset()
    for file, identity in ranked:
        match = identity.match
        if match is None or _rank(file.path) > 1 or file.path in translated:
            continue
        if match.kind == "acceptable-use-policy" or elsewhere(file, match):
            continue
        if match.id is not None or identity.title is not None or match.derived_from:
            return file, identity
    return None


def _rank(path: str) -> int:
    name = PurePosixPath(path).name.lower()
    if name.startswith(("license", "licence", "copying")):
        return 0
    if name.startswith("notice") or ("use" in name and "policy" in name) or "acceptable" in name:
        return 2
    return 1


def _lines(identity: TextIdentification) -> tuple[int | None, ...]:
    """The line of each difference; None for all when the identification has none (made
    before lines were recorded)."""
    lines = identity.difference_lines
    return lines if len(lines) == len(identity.differences) else (None,) * len(identity.differences)


def _text_findings(file: LicenseFile, identity: TextIdentification) -> list[Finding]:
    match = identity.match
    if match is None:
        return []
    quoted = tuple(
        Evidence(file=file.path, line=line, text=difference)
        for difference, line in zip(identity.differences[:5], _lines(identity), strict=False)
    )
    if match.derived_from is not None:
        if match.method == BY_REFERENCE_METHOD and supplements_license(file.text or ""):
            return []  # terms placed beside the licence they name: each judged by its own rule
        return [_derived_finding(file, match, identity, quoted)]
    amended = _amended_title(file, identity) if match.method == "text-title-known" else None
    if amended is not None:  # named by its title, whose qualifier says it was changed
        name = match.name or match.id
        return [
            Finding(
                rule="license-text-modified",
                category=Category.LICENSE,
                severity=observed_severity("license-text-modified"),
                message=f"{file.path} is titled as the {name} but says it was changed "
                f"({amended[1]}); its text is not the published one and was read by its title",
                evidence=(Evidence(file=file.path, line=amended[0], text=amended[2]),),
                remediation="have counsel read the changed text: the published license's terms "
                "bind through the record, and the changes may claim to lift some of them",
            )
        ]
    if match.method == TITLE_KNOWN_METHOD:
        return _unpublished_body(file, identity)
    if match.method != "text-modified":
        return []
    name = match.name or match.id
    count = len(identity.differences)
    passages = f"{count} passage{'' if count == 1 else 's'} not in the published text"
    if "#" in file.path:
        # a card's section or gating prompt quotes the license among other text (its use
        # policy, the form's own words): not a changed copy of the license file
        message = f"{file.path} quotes the {name} with other text" + (
            f" ({passages})" if count else ""
        )
    elif count == 0:
        message = f"{file.path} differs from the published {name} in wording or layout"
    else:
        message = f"{file.path} is a modified {name}: {passages}"
    return [
        Finding(
            rule="license-text-modified",
            category=Category.LICENSE,
            severity=observed_severity("license-text-modified"),
            message=message,
            evidence=quoted,
            remediation="have counsel read the added or changed passages; they may add "
            "conditions the standard license does not have",
        )
    ]


def _unpublished_body(file: LicenseFile, identity: TextIdentification) -> list[Finding]:
    """`license-text-modified` for a text named only by its title whose body states rules the
    license its title names does not have (`added_text` compares the body with that license's
    text): a non-commercial grant or a display duty under "MIT License" is not the published
    text. A title over a link, an excerpt of the license or a preface states no such rule."""
    match = identity.match
    if match is None or file.text is None or match.kind not in STANDARD_KINDS:
        return []  # another license's record binds beside whatever the file says (judge_text)
    sentences = split_sentences(file.text)
    rules = {s.quote for s in sentences if is_rule(s)}
    added = [  # a rule of a word or less is a section name cut off its clause ("Grant.")
        p
        for p in added_passages(file.text, identity, sentences=sentences)
        if p.quote in rules and len(p.words) > 1
    ]
    if not added:
        return []
    name = match.name or match.id
    count = len(added)
    where = "quotes" if "#" in file.path else "is titled as"
    return [
        Finding(
            rule="license-text-modified",
            category=Category.LICENSE,
            severity=observed_severity("license-text-modified"),
            message=f"{file.path} {where} the {name} but its text is not the published one: "
            f"{count} passage{'' if count == 1 else 's'} state{'s' if count == 1 else ''} "
            "rules the published text does not have",
            evidence=tuple(Evidence(file=file.path, line=p.line, text=p.quote) for p in added[:5]),
            remediation="have counsel read the passages: they may grant less or add conditions, "
            "and the stricter reading binds until the publisher says which text applies",
        )
    ]


def _unread_table(file: LicenseFile) -> list[Finding]:
    """`license-document-unread` for a license file holding an HTML table of terms wider than
    a table of clauses: whatever else of it was read, that table's terms are unknown."""
    found = unread_html_table(file.text) if file.text and "#" not in file.path else None
    if found is None:
        return []
    line, columns = found
    return [
        Finding(
            rule="license-document-unread",
            category=Category.LICENSE,
            severity=observed_severity("license-document-unread"),
            message=f"{file.path}: the HTML table at line {line} ({columns} columns) states "
            "terms this auditor does not read; its terms are unknown and may restrict use",
            evidence=(Evidence(file=file.path, line=line, text="<table>"),),
            remediation=f"read the table in {file.path} by hand, and record a waiver once "
            "legal has reviewed it",
        )
    ]


_CHANGED = lazy_pattern(
    r"^[\s\-\u2013\u2014:(,]*(?P<said>(?:as\s+)?(?:amended|modified|changed|adapted|customi[sz]ed"
    r"|altered|revised)\b[^)\n]{0,80})",
    re.IGNORECASE,
)
_TITLE_LINES = 12


def _amended_title(file: LicenseFile, identity: TextIdentification) -> tuple[int, str, str] | None:
    """(line, qualifier, line text) when the line holding the text's title goes on to say the
    text was changed ("Gemma Terms of Use - as amended by ..."); None otherwise."""
    if identity.title is None or file.text is None:
        return None
    for number, line in enumerate(file.text.splitlines()[:_TITLE_LINES], 1):
        at = line.find(identity.title)
        if at >= 0:
            said = _CHANGED.match(line[at + len(identity.title) :])
            return (number, said.group("said").strip(), line.strip()) if said else None
    return None


def _derived_finding(
    file: LicenseFile,
    match: LicenseMatch,
    identity: TextIdentification,
    quoted: tuple[Evidence, ...],
) -> Finding:
    changed = (
        f"{len(identity.differences)} passage(s) differ from it"
        if identity.differences
        else "its wording was not compared passage by passage"
    )
    if match.method == ADDED_TERMS_METHOD:
        return Finding(
            rule="license-derived",
            category=Category.LICENSE,
            severity=observed_severity("license-derived"),
            message=f"{file.path} is the text of {match.derived_from} with "
            f"{len(identity.differences)} passage(s) added that restrict it or add a duty: "
            f"it is {match.name or 'a license of its own'}, no longer {match.derived_from}; "
            f"{match.derived_from}'s terms bind with the added ones",
            evidence=quoted,
            remediation="treat it as the license it now is, not as the standard one: have "
            "counsel read the added passages (they bind beside the standard terms) and do not "
            f"list it as {match.derived_from} in notices or bills of materials",
        )
    if match.method == BY_REFERENCE_METHOD:
        return Finding(
            rule="license-derived",
            category=Category.LICENSE,
            severity=observed_severity("license-derived"),
            message=f"{file.path} is {match.name or 'a license of its own'}: it names "
            f"{match.derived_from} by reference and adds {len(identity.differences)} "
            f"passage(s) of its own; {match.derived_from}'s terms bind with the added ones",
            evidence=quoted,
            remediation="have counsel read the added passages: they bind beside the license "
            "they name (caps, field-of-use limits, terminations), which no longer applies alone",
        )
    return Finding(
        rule="license-derived",
        category=Category.LICENSE,
        severity=observed_severity("license-derived"),
        message=f"{file.path} is {match.name or 'a license of its own'}, a license of its own "
        f"built on {match.derived_from}: {changed}; its terms are read from its own text",
        evidence=quoted,
        remediation="have counsel read this license as a license of its own: the conditions "
        "it adds or changes (caps, field-of-use limits) bind you, not the parent's",
    )
