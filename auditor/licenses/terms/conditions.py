"""Detectors for a license's conditions: policy, updates, flow-down, outputs, credit, bans."""

from __future__ import annotations

import re

from auditor.licenses.terms.detect import Found, Rule, has_any, matching, rule
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.terms.tags import find_tags

_I = re.IGNORECASE


def _re(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_AUP_INCORPORATED = rule(
    r"\b(?:polic(?:y|ies)|aup|use\s+restrictions|guidelines|code\s+of\s+conduct|terms\s+of\s+use)\b"
    r"[^.]{0,250}\bincorporated\s+(?:herein\s+|hereby\s+)*(?:into\s+this\s+\w+\s+)?by\s+reference"
    r"|\bincorporated\s+(?:herein\s+)?by\s+reference\b[^.]{0,60}\b(?:polic(?:y|ies)|aup)\b"
    r"|\b(?:comply|compliance|subject|abide|follow)\w*\s+(?:with\s+|to\s+|by\s+)?(?:the\s+|its\s+"
    r"|our\s+)?(?:[\w'-]+\s+){0,4}(?:(?:acceptable|prohibited|permitted|responsible)\s+use|usage)"
    r"\s+polic"
    r"|\badhere\s+to\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}(?:acceptable\s+use\s+polic|aup\b|use\s+polic)"
    r"|\brestricted\s+uses?\s+set\s+(?:forth|out)\s+in\b"
    r"|\b(?:must|shall)\s+be\s+consistent\s+with\b[^.;]{0,80}\b(?:terms|polic(?:y|ies)|guidelines)"
    r"\s+(?:found|available|located|published|set\s+out)\s+at"
    r"|\battachment\s+a\b[^.]{0,80}\b(?:use-based\s+)?restrictions|\buse-based\s+restrictions\b"
    r"[^.]{0,80}\battachment",
    "incorporated",
    "polic",
    "aup",
    "attachment",
    "restricted use",
    "consistent with",
)
_MAY_UPDATE = rule(
    r"\b(?:reserves?\s+the\s+right\s+to|may(?:\s+at\s+any\s+time)?|can)\s+(?:(?!not\b)\w+\s+)?"
    r"(?:update|amend|modify|change|revise)\s+(?:this|these|the|its)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:agreement|licen[cs]e|terms|polic(?:y|ies)|aup)\b"
    r"|\b(?:agreement|licen[cs]e|terms|polic(?:y|ies)|aup)\b[^.]{0,160}\bas\s+(?:it\s+)?may\s+be\s+"
    r"(?:updated|amended|modified|revised|changed)(?!\s+in\s+accordance)"
    r"|\b(?:agreement|licen[cs]e|terms|polic(?:y|ies)|aup)\s+(?:is|are)\s+subject\s+to\s+"
    r"(?:update|change|revision|amendment)"
    r"|\b(?:polic(?:y|ies)|aup|agreement|licen[cs]e|terms)\s+may\s+be\s+(?:updated|amended|modified"
    r"|changed|revised)\b(?!\s+(?:only|solely|except|in\s+writing|by\s+(?:a\s+)?(?:mutual|written"
    r"|both)|in\s+accordance))|\blatest\s+version\s+from\s+time\s+to\s+time"
    r"|\bas\s+modified\s+from\s+time\s+to\s+time",
    "updat",
    "amend",
    "modif",
    "chang",
    "revis",
    "subject to",
    "latest version",
)
_NOT_LICENSOR = _re(r"^\W*you\s+may\b|\byou\s+may\s+(?:not\s+)?(?:update|amend|modify|change)")
_RECIPIENTS = (
    r"(?:recipients?|licensees?|sub-?licensees?|(?:end[- ]|downstream\s+|your\s+)?users?|customers?"
    r"|third\s+parties|anyone|any(?:one|body)\s+(?:else|who)|distributees|transferees)"
)
DOWNSTREAM_PATTERNS: dict[str, Rule] = {
    "enforceable-provision": rule(r"\benforceable\s+provisions?\b", "enforceable"),
    "remain-subject": rule(
        r"\b(?:will|shall)\s+remain\s+(?:subject\s+to|governed\s+by)\s+(?:the\s+terms\s+(?:and\s+"
        r"conditions\s+)?of\s+)?this\b",
        "remain",
    ),
    "directly-granted": rule(
        r"\bdirectly\s+granted\s+by\b[^.;]{0,80}\bto\s+(?:said|such|the|any)\s+"
        r"(?:third[- ]party\s+)?recipients"
        r"|\bautomatically\s+receives?\s+(?:a\s+licen[cs]e|an\s+offer)",
        "directly granted",
        "automatically receive",
    ),
    "derivatives-same-restrictions": rule(
        r"\bderivatives?\b[^.;]{0,120}\b(?:shall|will|must)\s+(?:also\s+)?be\s+(?:subject\s+to\s+the\s+"
        r"(?:same\s+)?restrictions|limited\s+to)",
        "derivative",
    ),
    "share-alike": rule(
        r"\bsame\s+licen[cs]e\s+elements|\bsharealike\b|\bshare-alike\b|\bcopyleft\b"
        r"|\b(?:licen[cs]e|distribute)\s+the\s+entire\s+work\b[^.]{0,60}\bunder\s+this\s+licen[cs]e",
        "same licen",
        "share",
        "copyleft",
        "entire work",
    ),
    "include-use-restrictions": rule(
        r"\binclude\s+(?:the\s+)?(?:use[- ]based\s+)?(?:use\s+)?restrictions\b[^.;]{0,80}\b"
        r"(?:agreement|licen[cs]e|terms)"
        r"|\bsame\s+use-based\s+restrictions|\buse\s+restrictions\s+in\s+the\s+original\s+licen[cs]e\s+"
        r"must\s+apply",
        "restrictions",
    ),
    "bind-recipients": rule(
        r"\b(?:require|requires|requiring|oblige|obligate|bind|binds|ensure\s+that|cause)\b"
        r"[^.;]{0,80}?\b" + _RECIPIENTS + r"\b[^.;]{0,100}?\b(?:to\s+)?(?:compl(?:y|ies)|abides?"
        r"|adheres?|agrees?|accepts?|be\s+bound|observes?|follows?|are\s+bound|is\s+bound"
        r"|be\s+subject|are\s+subject|is\s+subject|remains?\s+subject)\b",
        "require",
        "oblige",
        "obligate",
        "bind",
        "ensure that",
        "cause",
    ),
    "recipients-bound": rule(
        r"\b"
        + _RECIPIENTS
        + r"\b[^.;]{0,120}?\b(?:shall|must|will)\s+(?:also\s+)?(?:be\s+bound\s+by"
        r"|be\s+subject\s+to|comply\s+with|abide\s+by|agree\s+to)\b[^.;]{0,80}?\b(?:same|these|this"
        r"|such|the\s+use|the\s+restrictions|its)\b",
        "recipient",
        "licensee",
        "users",
        "customers",
        "third part",
        "anyone",
        "distributee",
    ),
    "restrictions-pass-on": rule(
        r"\b(?:restrictions|obligations|terms|conditions|limitations|limits)\b[^.;]{0,80}?\b(?:shall"
        r"|must|will)\s+(?:be\s+)?(?:pass(?:ed)?|flow(?:ed)?|carr(?:y|ied))\s+(?:on|down|through"
        r"|over|forward)?\s*(?:to\s+)?(?:any\s+|all\s+|every\s+|each\s+)?(?:subsequent\s+"
        r"|downstream\s+|further\s+)?"
        + _RECIPIENTS
        + r"|\b(?:restrictions|obligations|limitations|limits)\b[^.;]{0,80}?\b(?:shall|must"
        r"|will)\s+(?:also\s+)?(?:appl(?:y|ied)|extend(?:ed)?|bind)\s+(?:to\s+)?(?:any\s+|all\s+|every\s+"
        r"|each\s+)?(?:(?:subsequent|downstream|further)\s+"
        + _RECIPIENTS
        + r"|recipients?|sub-?licensees?|transferees?|distributees?)"
        r"|\b(?:pass|flow|carry)\s+(?:on|down|through)\s+(?:the\s+|these\s+|all\s+)?(?:use\s+)?"
        r"(?:restrictions|obligations|terms|conditions)",
        # every match holds a verb of passing on, or a word for a later recipient
        "pass",
        "flow",
        "carr",
        "recipient",
        "sublicensee",
        "sub-licensee",
        "transferee",
        "distributee",
        "downstream",
        "subsequent",
        "further",
    ),
    "at-least-as-restrictive": rule(
        r"\b(?:at\s+least\s+as\s+(?:restrictive|protective|stringent)|no\s+less\s+(?:restrictive"
        r"|protective|stringent))\b",
        "at least as",
        "no less",
    ),
}
"""Wordings that make the licensee pass the restrictions (or this license) on to recipients."""

_OUTPUT_NOUNS = (
    r"(?:outputs?|results|generations|completions|responses|generated\s+(?:content|data|text"
    r"|images?|outputs?)|synthetic\s+data|content\s+(?:generated|produced|created)\s+by)"
)
_IMPROVE_VERBS = (
    r"(?:train\w*|improv\w*|fine[- ]?tun\w*|develop\w*|distill\w*|creat\w*|build\w*|enhanc\w*"
    r"|pre-?train\w*)"
)
_OTHER_MODELS = (
    r"(?:models?|LLMs?|neural\s+networks?|AI|artificial\s+intelligence|machine\s+learning"
    r"|foundation\s+models?|competing\s+(?:products?|services?|offerings?)"
    r"|(?:products?|services?)\s+that\s+compete)"
)
_OUTPUT_WORDS = ("output", "result", "generat", "completion", "response", "synthetic")
OUTPUT_PATTERNS: dict[str, Rule] = {
    "outputs-to-improve-models": rule(
        r"\b"
        + _OUTPUT_NOUNS
        + r"\b[^.;]{0,160}?\b(?:to|for)\s+(?:\w+\s+){0,3}?"
        + _IMPROVE_VERBS
        + r"\b[^.;]{0,160}?\b"
        + _OTHER_MODELS
        + r"\b",
        *_OUTPUT_WORDS,
    ),
    "improve-models-with-outputs": rule(
        r"\b"
        + _IMPROVE_VERBS
        + r"\b[^.;]{0,120}\b"
        + _OTHER_MODELS
        + r"\b[^.;]{0,80}\b(?:using|with|from|on|based\s+on)\b[^.;]{0,40}\b"
        + _OUTPUT_NOUNS,
        *_OUTPUT_WORDS,
    ),
    "distill-outputs": rule(
        r"\bdistill\w*\b[^.;]{0,80}\boutputs?\b|\boutputs?\b[^.;]{0,60}\bdistill", "distill"
    ),
}
"""Wordings, in any voice, of a ban on using outputs to train or improve other models."""

_ATTRIBUTION = rule(
    r"\battribution\s+notices?|\bnotice\b[^.;]{0,30}\btext\s+file"
    r"|\b(?:retain|reproduce|include|keep|preserve|provide)\w*\b[^.;]{0,100}\b(?:copyright|attribution)"
    r"\s+notices?|\bcopyright\s+notice[^.;]{0,100}\b(?:shall|must)\s+be\s+(?:included|retained"
    r"|reproduced)|\bretain\s+this\s+notice"
    r"|\b(?:this|the|these)\s+(?:copyright\s+|licen[cs]e\s+)?notices?\b[^.;]{0,40}\b(?:is|are|be)"
    r"\s+(?:kept|retained|included|reproduced|preserved)\b"
    r"|\"(?:built|powered|made|created)\s+(?:with|by|on|using)\b"
    r"|\b(?:give|provide)\s+appropriate\s+credit|\battribut\w*\s+the\s+source"
    r"|\bidentification\s+of\s+the\s+creator|\bcit(?:e|ing)\s+(?:our|the|this)\s+(?:paper"
    r"|publication|article)|\bprovid\w*\s+(?:clear\s+|conspicuous\s+|prominent\s+)?notice\s+"
    r"(?:that|of)\b|\b(?:must|shall)\s+(?:clearly\s+|prominently\s+)?(?:credit|acknowledge|cite)\b",
    "notice",
    "attribut",
    "credit",
    "built",
    "powered",
    "made ",
    "created",
    "cite",
    "citing",
    "identification",
    "acknowledge",
)
_NAMING = (
    _re(
        r"\binclude\s+\"(?P<name>[^\"]{1,40})\"\s+at\s+the\s+(?:beginning|start)\s+of\b[^.;]{0,40}\bname"
    ),
    _re(
        r"\bnames?\b[^.;]{0,80}\b(?:begins?|starts?|beginning|starting)\s+with\s+"
        r"(?:the\s+(?:word|prefix|string|term)\s+)?\"(?P<name>[^\"]{1,40})\""
    ),
    _re(r"\bprefix(?:ed)?\b[^.;]{0,60}?\"(?P<name>[^\"]{1,40})\""),
    _re(r"\"(?P<name>[^\"]{1,40})\"\s+(?:as\s+(?:a|the)\s+prefix|prefix)"),
)
_NAMING_SUBJECT = _re(r"\bmodels?\b|\bderivative|\bfine-?tun")
_PATENT_ACTION = _re(
    r"\b(?:litigation|lawsuit|legal\s+action|legal\s+proceedings?|proceedings?|suit|claims?|actions?"
    r"|sue|sues|suing)\b"
)
_PATENT_SUBJECT = _re(r"\binfring")
_PATENT_TERMINATION = _re(r"\bterminat")
_PATENT_RIGHTS = _re(r"\bpatent|\bintellectual\s+property|\bcopyright")


def detect_aup_incorporated(doc: Document, *, policy: bool) -> Found:
    """Does the license pull in a separate usage policy or attached restriction list?"""
    if policy:
        return Found(False)
    found = matching(doc, _AUP_INCORPORATED, skip_excluded=False)
    return Found(bool(found), tuple(found[:2]))


def detect_licensor_may_update(doc: Document) -> Found:
    """Does the text let the licensor change the terms or the incorporated policy?"""
    found = [
        s
        for s in matching(doc, _MAY_UPDATE, skip_excluded=False)
        if not _NOT_LICENSOR.search(s.text)
    ]
    return Found(bool(found), tuple(found[:2]))


def detect_downstream(doc: Document) -> Found:
    """Must the restrictions (or this agreement) flow down to recipients?"""
    found = _first_matches(doc, DOWNSTREAM_PATTERNS, skip_definitions=True)
    return Found(bool(found), tuple(found[:2]))


def detect_output_restriction(doc: Document) -> Found:
    """Is using outputs to train or improve other models forbidden?"""
    found = _first_matches(doc, OUTPUT_PATTERNS, restrictive=True, skip_definitions=True)
    return Found(bool(found), tuple(found[:2]))


def _first_matches(
    doc: Document, patterns: dict[str, Rule], *, restrictive: bool = False, **context: bool
) -> list[Sentence]:
    """Sentences matching any of `patterns`, in document order, without repeats."""
    found: set[Sentence] = set()
    for pattern in patterns.values():
        found.update(matching(doc, pattern, restrictive=restrictive, **context))
    return sorted(found, key=lambda s: s.start)


def detect_attribution(doc: Document) -> Found:
    """Must notices, credits or a 'Built with' line be kept or shown?"""
    found = matching(doc, _ATTRIBUTION, skip_excluded=False)
    return Found(bool(found), tuple(found[:2]))


def detect_naming(doc: Document) -> Found:
    """The prefix that derived models' names must carry, if any."""
    for sentence in doc.sentences:
        if '"' not in sentence.text or not has_any(sentence.lower, ("name", "prefix")):
            continue
        if not _NAMING_SUBJECT.search(sentence.text):
            continue
        for pattern in _NAMING:
            match = pattern.search(sentence.text)
            if match and match.group("name").strip(" -"):
                return Found(match.group("name").strip(), (sentence,))
    return Found(None)


def detect_patent_termination(doc: Document) -> Found:
    """Do the licenses end for a licensee who sues over patents or IP in the model?"""
    found = [s for s in doc.sentences if _is_patent_clause(s) and _PATENT_RIGHTS.search(s.text)]
    return Found(bool(found), tuple(found[:1]))


def detect_use_restrictions(doc: Document, *, commercial_banned: Found) -> Found:
    """Vocabulary tags for every prohibited use, each with its first sentence."""
    first: dict[str, Sentence] = {}
    for clause in doc.clauses:
        if not clause.restrictive or clause.excluded or clause.definition:
            continue
        if _is_patent_clause(clause):
            continue
        for tag in find_tags(clause.text):
            first.setdefault(tag, clause)
    if commercial_banned.value == "prohibited" and commercial_banned.sentences:
        first.setdefault("commercial-use", commercial_banned.sentences[0])
    tags = sorted(first)
    evidence: list[Sentence] = []
    for tag in tags:
        if first[tag] not in evidence:
            evidence.append(first[tag])
    return Found(tags, tuple(evidence))


def _is_patent_clause(sentence: Sentence) -> bool:
    if "infring" not in sentence.lower or "terminat" not in sentence.lower:
        return False
    return bool(
        _PATENT_ACTION.search(sentence.text)
        and _PATENT_SUBJECT.search(sentence.text)
        and _PATENT_TERMINATION.search(sentence.text)
    )
