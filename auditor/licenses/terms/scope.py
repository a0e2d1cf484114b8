"""What the grant is confined to (`use_scope`): a named product, personal use, evaluation,
non-production use, research. One pattern table, one entry per scope word."""

from __future__ import annotations

from auditor.licenses.terms.commercial import RESEARCH_PURPOSE_LIST
from auditor.licenses.terms.detect import Found, Rule, matching, rule
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.model.terms import PRODUCTION_BARRED_SCOPES, USE_SCOPES

_ONLY = r"\b(?:only|solely|exclusively|strictly)\b"
_CONFINED = (
    r"(?<!not\s)(?:\b(?:only|solely|exclusively|strictly)\b|\b(?:restricted|limited|confined)\s+to\b"
    r"|\bcovers?\b)"
)
"""A grant confined to something: "only", "limited to", "this license covers" (not negated:
"not limited to", "does not cover")."""
_USE_CONFINED = (
    _ONLY + r"|\b(?:use|usage|deployment|licen[cs]e|rights?|grant)\b(?:\s+[\w-]+){0,6}?\s+"
    r"(?:is|are|shall\s+be|will\s+be|remains?)\s+(?:strictly\s+)?(?:restricted|limited|confined)"
    r"\s+to\b"
)
"""The use or the license itself confined: "only", or "use of X is restricted to" (not a
liability or a remedy "limited to", nor "covers", which patent definitions say of claims)."""
_UNLICENSED = (
    r"\b(?:not|never)\s+(?:be\s+)?(?:licensed|covered|permitted|allowed|authori[sz]ed|granted)\b"
    r"|\b(?:is|are)\s+(?:strictly\s+|expressly\s+)?(?:excluded|prohibited|forbidden)\b"
    r"|\b(?:outside|beyond)\s+(?:the\s+scope\s+of\s+)?(?:this|the)\s+(?:licen[cs]e|agreement|grant)"
    r"|\brequires?\s+(?:a\s+|an\s+)?(?:separate|commercial|paid|additional|enterprise|written"
    r"|different)\s+(?:licen[cs]e|agreement)"
    r"|\b(?:does|do|shall|will)\s+not\s+(?:cover|extend\s+to|include)\b"
)
"""What a license says of a use it leaves out: not licensed, excluded, needs another license."""
_UNLICENSED_WORDS = (
    "not", "never", "excluded", "prohibited", "forbidden", "outside", "beyond", "require",
)  # fmt: skip
_NAMED = r"(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}"
"""A product's proper name: capitalised words ("the Nimbus Engine", "Acme")."""
_NAMED_PRODUCT_TAIL = (  # "the Halcyon mobile app", "Acme hardware"
    r"(?:\s+[\w-]+){0,2}?\s+(?:products?|platforms?|framework|software|services?|apps?"
    r"|applications?|library|SDK|API|engine|hardware|chips?|devices?|runtime|studio|suite|tools?"
    r"|systems?)\b"
)
_PRODUCT_NOUN = (  # what a named product is
    r"(?:products?|platforms?|framework|software|services?|apps?|applications?|library|SDK|API"
    r"|engine|hardware|chips?|devices?|runtime|studio|suite|tools?|systems?)"
)
_NAMED_PRODUCT = _NAMED + _NAMED_PRODUCT_TAIL

_ENTITIES = (
    r"(?:(?:any\s+|a\s+)?(?:legal\s+entit\w+|compan\w+|business\w*|corporat\w+|institution\w*"
    r"|organi[sz]ation\w*|enterprises?|governments?|governmental\s+bod\w+|employers?))"
)
_PERSONAL_USE = (
    r"(?:personal|private|household|home|hobby|non-?institutional|non-?business|individual)"
    r"(?:\s*,?\s*(?:and\s+|or\s+)?[\w-]+){0,2}?\s+(?:use|uses|usage|purposes?|projects?|enjoyment"
    r"|needs)\b"
    r"|\b(?:private\s+)?(?:individuals|natural\s+persons?)\b"
)
"""Personal use, or the persons it is left to (not personal data, rights or capacity)."""
_TRIAL_WORDS = (  # read within a few words of a confinement, not anywhere after it
    r"(?:evaluat\w+|test\w*|trial|assess\w*|benchmark\w*|prototyp\w+|proof[\s-]of[\s-]concept"
    r"|pilot\w*|suitability|try(?:ing)?\s+(?:it\s+)?out)"
)
_LIVE_USE = (
    r"(?:production|live\s+(?:service|traffic|users|environments?|systems?|deployments?)"
    r"|operational\s+(?:services?|use|workloads?|systems?)|end[\s-]users|customers|clients"
    r"|serv\w+\s+(?:live\s+|real\s+)?(?:traffic|requests|users|customers|the\s+public))"
)

SCOPE_PATTERNS: dict[str, Rule] = {
    "with-product-only": rule(
        r"(?:" + _USE_CONFINED + r")[^.;]{0,80}?\b(?:together\s+with"
        r"|in\s+(?:combination|conjunction)\s+with|bundled\s+with|as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:part|component|feature|module)\s+of\s+"
        r"(?:the\s+)?(?-i:[A-Z])|(?:integrated|embedded)\s+(?:in|into|with)\s+(?:the\s+)?(?-i:[A-Z])"
        r"|(?:features?|functions?|capabilit\w+|on|through|via|inside)\s+(?:of\s+)?"
        + _NAMED_PRODUCT
        + r"|(?:used\s+|use\s+it\s+)?with(?:in)?\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])"
        r"[\w.-]*){0,3}\s+" + _PRODUCT_NOUN + r"\b)"
        r"|\bnot\s+(?:be\s+)?(?:used|use|distribute\w*|deploy\w*)\b[^.;]{0,40}\b(?:separately\s+from"
        r"|independently\s+of|apart\s+from|on\s+a\s+stand-?alone\s+basis|as\s+a\s+stand-?alone)",
        "only",
        "solely",
        "exclusively",
        "strictly",
        "restricted to",
        "limited to",
        "confined to",
        "separately",
        "independently",
        "apart from",
        "standalone",
        "stand-alone",
    ),
    # "licensed for use with Borealis products only", "within the X platform and nowhere else"
    "with-product-only+named-then-confined": rule(
        r"\b(?:with|within|on|in|inside|through|via)\s+"
        + _NAMED
        + r"\s+"
        + _PRODUCT_NOUN
        + r"\s*,?\s*(?:only\b|and\s+nowhere\s+else|and\s+(?:for\s+)?no\s+other\b)",
        "only",
        "nowhere else",
        "no other",
    ),
    # "use outside the Vireo SDK is not licensed", "standalone use is not permitted"
    "with-product-only+other-use-unlicensed": rule(
        r"\b(?:outside\s+(?:of\s+)?|other\s+than\s+(?:through|with|in|on|via)\s+|apart\s+from\s+"
        r"|independently\s+of\s+)" + _NAMED + r"[^.;]{0,60}?(?:" + _UNLICENSED + r")"
        r"|\bstand-?alone\s+(?:use|usage|deployment|basis)\b[^.;]{0,30}?(?:" + _UNLICENSED + r")",
        "outside",
        "other than",
        "apart from",
        "independently",
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
    # "restricted to ... home projects by individuals", "licensed to natural persons for
    # their private use", "covers individual, non-institutional use only"
    "personal+confined": rule(
        _CONFINED + r"\s+(?:[\w,-]+\s+){0,4}?(?:" + _PERSONAL_USE + r")"
        r"|\blicen[cs]ed\s+to\s+(?:natural\s+persons?|individuals)\b"
        r"|\bonly\s+(?:private\s+)?(?:individuals|natural\s+persons)\b",
        "only",
        "solely",
        "exclusively",
        "strictly",
        "restricted to",
        "limited to",
        "confined to",
        "cover",
        "licensed to",
        "licenced to",
    ),
    # "use by or on behalf of any legal entity is not permitted", "businesses are excluded"
    "personal+organisations-excluded": rule(
        r"\b(?:use|usage)\s+(?:of\s+the\s+\w+\s+)?(?:by|for|on\s+behalf\s+of)\s+(?:or\s+on\s+behalf"
        r"\s+of\s+)?(?:any\s+|a\s+)?(?:other\s+)?"
        + _ENTITIES
        + r"[^.;]{0,60}?(?:"
        + _UNLICENSED
        + r")"
        r"|\b(?:corporate|institutional|governmental|organi[sz]ational|business|enterprise)"
        r"(?:\s*,\s*\w+)*(?:\s*,?\s*(?:or|and)\s+\w+)?\s+(?:use|usage)\s+(?:is|are)\s+"
        r"(?:not\s+(?:licensed|permitted|allowed|covered)|excluded|prohibited)"
        r"|;\s*"
        + _ENTITIES
        + r"\s+(?:are|is)\s+(?:excluded|not\s+(?:licensed|permitted|eligible))",
        "legal entit",
        "compan",
        "business",
        "corporat",
        "institution",
        "organis",
        "organiz",
        "enterprise",
        "government",
        "employer",
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
    # "limited to internal assessment", "confined to benchmarking", "prototyping purposes only",
    # "a trial licence", "so that you can try it out before purchasing a license"
    "evaluation+confined": rule(
        _CONFINED + r"\s+(?:[\w-]+\s+){0,3}?" + _TRIAL_WORDS + r"\b"
        r"|\b" + _TRIAL_WORDS + r"(?:\s+(?:and|or)\s+\w+)?\s+(?:purposes?|use|uses|work)\s+only\b"
        r"|\btrial\s+(?:licen[cs]e|period)\b"
        r"|\b(?:before|prior\s+to)\s+(?:purchasing|buying|acquiring)\s+(?:a\s+|an\s+|the\s+)?"
        r"(?:licen[cs]e|subscription|it)\b"
        r"|\b(?:determin\w+|decid\w+)\s+whether\s+to\s+(?:buy|purchase|license|acquire)\b",
        "only",
        "solely",
        "exclusively",
        "strictly",
        "restricted to",
        "limited to",
        "confined to",
        "cover",
        "trial",
        "before",
        "prior to",
        "whether to",
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
    # "production deployments require a commercial license", "any deployment serving end
    # users is outside the scope of this license", "you must not make it available to customers"
    "non-production+live-use-unlicensed": rule(
        r"\b" + _LIVE_USE + r"\b[^.;]{0,60}?(?:" + _UNLICENSED + r")"
        r"|\b(?:not|never)\s+(?:be\s+)?(?:make|made|offer\w*|provide\w*|deploy\w*|put|run)\b"
        r"[^.;]{0,50}?\b(?:to|for|into|in)\s+(?:a\s+|any\s+|your\s+|the\s+)?" + _LIVE_USE + r"\b",
        "production",
        "live",
        "operational",
        "end user",
        "end-user",
        "customer",
        "client",
        "serv",
    ),
    # "staging and test environments only", "for development and testing environments"
    "non-production+confined": rule(
        _CONFINED
        + r"[^.;]{0,60}?\b(?:staging|test(?:ing)?|development|sandbox)\s+(?:and\s+\w+\s+|or"
        r"\s+\w+\s+)?(?:environments?|systems?|settings?)\b"
        r"|\b(?:staging|test(?:ing)?|development|sandbox)\s+(?:and\s+\w+\s+|or\s+\w+\s+)?"
        r"(?:environments?|systems?|settings?)\s+only\b",
        "only",
        "solely",
        "exclusively",
        "strictly",
        "restricted to",
        "limited to",
        "confined to",
        "cover",
    ),
    "research": rule(
        r"\b(?:solely|exclusively|only)\s+for\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,2}research\b"
        r"|\bonly\s+(?:use\s+)?[^.;]{0,120}?\bfor\s+(?:\w+\s+)?research\s+purposes\b"
        r"|\bresearch\s+(?:or|and)\s+evaluation\s+purposes\s+only|\bresearch\s+purposes\s+only"
        r"|\b(?:academic|scientific|non-?commercial)\s+research\s+(?:use\s+|purposes\s+)?only\b"
        r"|" + RESEARCH_PURPOSE_LIST,
        "research",
    ),
}
"""Each use scope as the wording that confines the grant to it."""

_EXCEPTIONS = ("consent", "permission", "approval", "compliance", "accordance", "trademark")
"""Words of a sentence that confines something else than the use of the work: a permission
("only with the consent of"), or the use of a mark ("such use shall be limited to a statement
that this software works with X")."""


def detect_use_scope(
    doc: Document, capped: tuple[Sentence, ...] = ()
) -> tuple[Found, tuple[Sentence, ...]]:
    """The scopes the grant is confined to, each quoted once, in USE_SCOPES order; and the
    sentences among them that rule out production use (personal, evaluation, ...). A sentence
    stating a cap (`capped`) confines only the licensees beyond it: no scope of the grant."""
    scopes: list[str] = []
    evidence: list[Sentence] = []
    barred: list[Sentence] = []
    beyond_caps = frozenset(capped)
    for scope in USE_SCOPES:
        sentence = _first_confinement(doc, scope, beyond_caps)
        if sentence is None:
            continue
        scopes.append(scope)
        if sentence not in evidence:
            evidence.append(sentence)
        if scope in PRODUCTION_BARRED_SCOPES:
            barred.append(sentence)
    return Found(scopes, tuple(evidence)), tuple(barred)


def _first_confinement(
    doc: Document, scope: str, capped: frozenset[Sentence] = frozenset()
) -> Sentence | None:
    """The first sentence (in document order) confining the grant to `scope`, by any of its
    patterns; sentences that only name a permission ("only with the consent of") do not."""
    found: list[Sentence] = []
    for name, pattern in SCOPE_PATTERNS.items():
        if name.split("+", 1)[0] != scope:
            continue
        for sentence in matching(doc, pattern, skip_definitions=True):
            if sentence in capped or (scope == "with-product-only" and _is_exception(sentence)):
                continue
            found.append(sentence)
            break
    return min(found, key=lambda s: s.start) if found else None


def _is_exception(sentence: Sentence) -> bool:
    """ "only with the prior written consent of X" names a permission, not a product; a
    confined use of a trademark is the mark's, not the work's."""
    return any(map(sentence.lower.__contains__, _EXCEPTIONS))
