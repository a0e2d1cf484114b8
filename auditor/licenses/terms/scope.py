"""What the grant is confined to (`use_scope`): a named product, personal use, evaluation,
non-production use, research. One pattern table, one entry per scope word."""

from __future__ import annotations

from auditor.licenses.terms.detect import Found, Rule, matching, rule
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.model.terms import PRODUCTION_BARRED_SCOPES, USE_SCOPES

_ONLY = r"\b(?:only|solely|exclusively|strictly)\b"

SCOPE_PATTERNS: dict[str, Rule] = {
    "with-product-only": rule(
        _ONLY + r"[^.;]{0,80}?\b(?:together\s+with|in\s+(?:combination|conjunction)\s+with"
        r"|bundled\s+with|as\s+(?:an?\s+)?(?:integrated\s+)?(?:part|component)\s+of\s+(?:the\s+)?"
        r"(?-i:[A-Z])|(?:integrated|embedded)\s+(?:in|into|with)\s+(?:the\s+)?(?-i:[A-Z])"
        r"|(?:used\s+|use\s+it\s+)?with(?:in)?\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])"
        r"[\w.-]*){0,3}\s+(?:product|products|platform|framework|software|service|services|app"
        r"|application|library|SDK|engine|hardware|chips?|devices?)\b)"
        r"|\bnot\s+(?:be\s+)?(?:used|use|distribute\w*|deploy\w*)\b[^.;]{0,40}\b(?:separately\s+from"
        r"|independently\s+of|apart\s+from|on\s+a\s+stand-?alone\s+basis|as\s+a\s+stand-?alone)",
        "only",
        "solely",
        "exclusively",
        "strictly",
        "separately",
        "independently",
        "apart from",
        "standalone",
        "stand-alone",
    ),
    "personal": rule(
        r"\b(?:personal|private|individual)(?:\s*,?\s*(?:and\s+|or\s+)?(?:non-?commercial|home"
        r"|hobby|educational))?\s+(?:use|uses|purposes?|projects?)\s+only\b"
        r"|" + _ONLY + r"[^.;]{0,60}?\b(?:for\s+)?(?:your\s+)?(?:own\s+)?(?:personal|private)"
        r"(?:\s*,?\s*(?:and\s+|or\s+)?non-?commercial)?\s+(?:use|uses|purposes?|projects?)\b"
        r"|\bfor\s+(?:your\s+)?own\s+personal\s+(?:use|purposes?)\b",
        "personal",
        "private",
        "individual",
    ),
    "evaluation": rule(
        r"\b(?:evaluation|testing|trial|assessment|benchmarking)(?:\s+(?:and|or)\s+\w+)?\s+"
        r"(?:purposes?|use|uses)\s+only\b"
        r"|" + _ONLY + r"[^.;]{0,60}?\bto\s+(?:internally\s+)?(?:evaluate|test|assess|benchmark)\b"
        r"|" + _ONLY + r"[^.;]{0,60}?\bfor\s+(?:the\s+purposes?\s+of\s+)?(?:internal\s+)?"
        r"(?:evaluation|evaluating|testing|assessment|benchmarking)\b"
        r"|\bevaluation\s+licen[cs]e\b",
        "evaluat",
        "test",
        "trial",
        "assess",
        "benchmark",
    ),
    "non-production": rule(
        r"\bnon-?production\b"
        r"|\b(?:not|never)\s+(?:be\s+)?(?:used|use|deploy\w*|run|put)\b[^.;]{0,40}?\bin(?:to)?\s+"
        r"(?:a\s+|any\s+)?(?:live\s+)?production\b"
        r"|\b(?:not|never|no)\b[^.;]{0,60}?\bproduction\s+(?:use|uses|environments?|systems?"
        r"|deployments?|purposes?|workloads?|settings?)\b"
        r"|\b(?:in(?:to)?\s+(?:a\s+|any\s+)?(?:live\s+)?production|production\s+(?:use|uses"
        r"|deployments?|environments?|systems?|settings?|workloads?))\b[^.;]{0,40}?\b(?:is|are)\s+"
        r"(?:not\s+(?:permitted|allowed|licensed)|prohibited|forbidden)",
        "production",
    ),
    "research": rule(
        r"\b(?:solely|exclusively|only)\s+for\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,2}research\b"
        r"|\bonly\s+(?:use\s+)?[^.;]{0,120}?\bfor\s+(?:\w+\s+)?research\s+purposes\b"
        r"|\bresearch\s+(?:or|and)\s+evaluation\s+purposes\s+only|\bresearch\s+purposes\s+only"
        r"|\b(?:academic|scientific|non-?commercial)\s+research\s+(?:use\s+|purposes\s+)?only\b",
        "research",
    ),
}
"""Each use scope as the wording that confines the grant to it."""

_EXCEPTIONS = ("consent", "permission", "approval", "compliance", "accordance")


def detect_use_scope(doc: Document) -> tuple[Found, tuple[Sentence, ...]]:
    """The scopes the grant is confined to, each quoted once, in USE_SCOPES order; and the
    sentences among them that rule out production use (personal, evaluation, ...)."""
    scopes: list[str] = []
    evidence: list[Sentence] = []
    barred: list[Sentence] = []
    for scope in USE_SCOPES:
        for sentence in matching(doc, SCOPE_PATTERNS[scope], skip_definitions=True):
            if scope == "with-product-only" and _is_exception(sentence):
                continue
            scopes.append(scope)
            if sentence not in evidence:
                evidence.append(sentence)
            if scope in PRODUCTION_BARRED_SCOPES:
                barred.append(sentence)
            break
    return Found(scopes, tuple(evidence)), tuple(barred)


def _is_exception(sentence: Sentence) -> bool:
    """ "only with the prior written consent of X" names a permission, not a product."""
    return any(map(sentence.lower.__contains__, _EXCEPTIONS))
