"""Conditions a grant is made on that no term rule reads, in English: "You may use, copy and
deploy the Model for any purpose, on two conditions: (a) you credit Acme; (b) you keep the
weights off the ledgers of any firm." The grant reads as a grant; its second condition may
narrow it to something the deployment is not, and no rule knows its words. Silence would be a
pass the licence may not give, so each such condition is said (`license-condition-unread`,
warn by default): the grant's sentence and the conditions, located.

A condition is read when a term of the document cites its line (a reader took it: a cap, a
ban, a field of use, a duty), or when it has the shape of a duty the licensee fulfils alone and
that narrows no use: keeping notices and the licence text with copies, credit and citation,
marking changes, not misrepresenting origin, no trademark use or endorsement, warranty,
liability and indemnity, complying with the law or the licence itself, passing the same terms
on. A duty that also says "only", "unless" or "non-commercial", or negates a use, is not taken
for harmless. A proviso inside the grant's own sentence ("for any purpose,
provided that you ...") is judged the same way, unless a restrictive term cites the sentence.

Only a document read by its own words is looked at (a licence no record names): a known
licence's terms are its record's. English only: passages in other languages are the language
readers' (`license-language-unread`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.disagree import TermDocument
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.list_items import marker_kind
from auditor.licenses.terms.sentences import Document, Sentence, parse_document
from auditor.licenses.text.layout import trim_quote
from auditor.model import Category, Evidence, Finding

__all__ = ["condition_findings", "unread_conditions", "unread_conditions_finding"]

RULE = "license-condition-unread"

# The grant: a permission given to the licensee (or to anyone).
_GRANT = lazy_pattern(
    r"\b(?:you|licensee|recipients?|anyone|any\s+person|users?)\s+(?:(?:are|is)\s+)?"
    r"(?:may|can|are\s+(?:hereby\s+)?(?:permitted|allowed|free|authori[sz]ed|granted)"
    r"|is\s+(?:hereby\s+)?(?:permitted|allowed|free|authori[sz]ed|granted))\b"
    r"|\b(?:permission|right|licen[cs]e)\s+(?:is\s+)?(?:hereby\s+)?(?:granted|given)\b"
    r"|\b(?:hereby\s+)?grants?\s+(?:to\s+)?(?:you|licensee|the\s+licensee|recipients?|anyone)\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?(?:permitted|allowed|authori[sz]ed)\b"
    # the licence itself given: "licenses the Model to you", "licenses you to use it"
    r"|(?P<licensed>\blicen[cs]es\s+(?:(?:the|this|its)\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:you|licensees?"
    r"|the\s+licensee)\b)|\blicen[cs]es\s+(?:you|licensees?|the\s+licensee)\b",
    re.IGNORECASE,
)
# What introduces the conditions: at the end of the grant's sentence (a list follows) or inside
# it (the proviso is the rest of the sentence).
_LIST_INTRO = (
    r"(?:\b(?:on|upon|under|subject\s+to|with|given)\s+(?:(?:all|each|both)\s+(?:of\s+)?)?"
    r"(?:the\s+)?|\b(?:provided|on\s+(?:the\s+)?condition)\s+(?:always\s+)?(?:that\s+)?"
    r"(?:(?:all|each|both)\s+(?:of\s+)?)?(?:the\s+)?)"
    r"(?:following|these|below|two|three|four|five|six|several|a\s+few)\s+(?:\w+\s+)?"
    r"(?:conditions?|terms|provisos?|requirements|restrictions|limitations|stipulations"
    r"|caveats)(?:\s+(?:are|is|be)\s+(?:met|satisfied|fulfill?ed|observed|complied\s+with))?"
    r"|\bprovided\s+(?:always\s+)?(?:that)?|\bon\s+(?:the\s+)?condition\s+that"
    r"|\b(?:as|so)\s+long\s+as(?:\s+(?:you|the\s+licensee|licensee))?"
    r"(?:\s+(?:meet|satisfy|comply\s+with|observe|accept|agree\s+to)\s+(?:all\s+of\s+)?"
    r"(?:the\s+following|these|each\s+of\s+these))?"
)
_LEAD_IN = lazy_pattern(
    rf"(?:{_LIST_INTRO})"
    r"(?:\s+(?:you|the\s+licensee|licensee)(?:\s+(?:must|shall|will|agree\s+to|do))?)?"
    r"\s*[:\-\u2013\u2014]?\s*$",
    re.IGNORECASE,
)
# A proviso inside the grant's sentence, after the grant.
_PROVISO = lazy_pattern(
    r"[,;(]?\s*\b(?:provided\s*,?\s+(?:always\s+|however\s*,?\s+)?(?:that|you|the\s+licensee"
    r"|licensee)\b|on\s+(?:the\s+)?condition\s+that"
    r"|(?:as|so)\s+long\s+as)\s*[:,]?\s+(?P<rest>\S.{5,})$",
    re.IGNORECASE,
)
# A grant confined to a purpose, place, way or class: "only for", "solely in", "exclusively as".
_CONFINEMENT = lazy_pattern(
    r"(?<!\bsubject\s)\b(?:only|solely|exclusively|strictly)\s+(?=(?:for|to|in|as|within|on|by"
    r"|with|when|where|if"
    r"|inside|under|via|through)\b)",
    re.IGNORECASE,
)
# A grant of the licensor's marks or names (to credit it): no grant of the work's use.
_MARK_GRANT = lazy_pattern(
    r"\b(?:trade\s*marks?|service\s*marks?|the\s+[\"\u201c]?marks?\b|logos?|brand)", re.IGNORECASE
)
# The grant reaches the work itself: using, copying, running, offering or selling it.
_USE_VERB = lazy_pattern(
    r"\b(?:use|using|copy|reproduce|modify|distribut\w*|deploy|run|host|sublicen[cs]e|sell"
    r"|exploit|publish|fine-?tune|train|serve|integrate|incorporate|redistribut\w*|commerciali[sz]e"
    r"|adapt|share)\b",
    re.IGNORECASE,
)
_NEGATED_GRANT = lazy_pattern(
    r"\b(?:may|can|shall|will|must)\s+not\b|\bcannot\b|\bno\s+(?:right|licen[cs]e|permission)\b"
    r"|\bnot\s+(?:permitted|allowed|granted|authori[sz]ed)\b|\bnothing\b",
    re.IGNORECASE,
)

_OTHER_ACT = lazy_pattern(
    r"\b(?:transfer|assign|contact|install|terminat|back\s*-?\s*up|backup|choose|apply|extend"
    r"|cancel|return|destroy)\w*",
    re.IGNORECASE,
)

# Duties the licensee fulfils alone that narrow no use (the general shapes of notice,
# attribution, change-marking, trademark, warranty and compliance clauses). The first kind is
# worded with a negation of its own ("not used to endorse", "must not remove the notices").
_HARMLESS_NEGATED = lazy_pattern(
    r"\btrade\s*marks?\b|\bendorse|\bpromot|\blogos?\b|\bmisrepresent|\bwarrant|\bliabl"
    r"|\bliabilit|\bindemn|\bhold\s+harmless|\bas\s+is\b|\bown\s+risk"
    r"|\b(?:remove|alter|obscure|delete|modify)\w*\s+(?:\w+\s+){0,4}(?:notices?|legends?"
    r"|copyright|attributions?|marks?)\b|\bnotices?\b[^.;]{0,60}\b(?:removed|altered|obscured)"
    r"|\bclaim\w*\s+(?:\w+\s+){0,3}(?:wrote|authored|created|authorship|author)\b"
    r"|\brestrict\w*\s+others\b",
    re.IGNORECASE,
)
_HARMLESS = lazy_pattern(
    r"\bnotices?\b|\bcopyright\b|\battribut|\bcredit|\backnowledg|\bcit(?:e|es|ed|ing|ation)\b"
    r"|\b(?:copy|text|terms)\s+of\s+(?:this|the)\s+(?:licen[cs]e|agreement)"
    r"|\b(?:this|the)\s+(?:licen[cs]e|agreement|list\s+of\s+conditions)\s+(?:text\s+)?"
    r"(?:is|are|be|must\s+be|shall\s+be)\s+(?:included|kept|retained|provided|reproduced)"
    r"|\b(?:include|keep|retain|reproduce|preserve|accompan\w*|supply|provide)\w*\s+"
    r"(?:a\s+copy\s+of\s+)?(?:this|the)\s+(?:licen[cs]e|agreement|terms)"
    r"|\bcompl(?:y|ies|iance)\s+with\s+[^.;]{0,40}?\b(?:this|the)\s+(?:licen[cs]e|agreement)\b"
    r"|\b(?:licen[cs]e|agreement|rights?)\s+(?:\w+\s+){0,2}remains?\s+in\s+(?:force|effect)"
    r"|\bcompl(?:y|ies|iance)\s+with\s+(?:all\s+)?(?:(?:applicable|relevant|the|any)\s+)*"
    r"(?:laws?|regulations?|export|sanctions?|(?:terms\s+(?:and\s+conditions\s+)?of\s+)?"
    r"(?:this|the)\s+(?:licen[cs]e|agreement|acceptable\s+use\s+policy|use\s+policy))"
    r"|\bsource\s+code\b[^.;]{0,80}\b(?:available|offer\w*|obtain\w*|provid\w*|accompan\w*)"
    r"|\b(?:make|makes|made)\s+(?:\w+\s+){0,3}available\b[^.;]{0,60}\bsource\b"
    r"|\b(?:as\s+)?(?:permitted|allowed|authori[sz]ed|provided|set\s+out|described|granted)\s+"
    r"(?:by|in|under)\s+(?:this|the|these)\s+(?:licen[cs]e|agreement|terms|section|clause)"
    r"|\b(?:in\s+)?accordance\s+with\s+(?:this|the|these)\s+(?:licen[cs]e|agreement|terms)"
    r"|\b(?:lawful|legal)\s+(?:purposes?|uses?|means)\b|\bpermitted\s+by\s+(?:applicable\s+)?law"
    r"|\bcompl\w*\s+with\s+[^.;]{0,40}\b(?:section|clause|paragraph|article)\b"
    r"|\b(?:in\s+connection\s+with|pursuant\s+to|within\s+the\s+scope\s+of|as\s+part\s+of"
    r"|in\s+the\s+exercise\s+of)\s+(?:the|this|its|your)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es?"
    r"|agreement|grant|rights?)\b|\b(?:re-?install\w*|back\s*-?\s*up|backups?|archiv\w*)\b"
    r"|\b(?:carr(?:y|ies)|bears?|ships?|shipped|contains?|comes?\s+with)\s+(?:a\s+copy\s+of\s+)?"
    r"(?:this|the)\s+(?:licen[cs]e\s+|agreement\s+)?(?:text|licen[cs]e|agreement|terms|notice)"
    r"|\b(?:show|display|print|state|carr(?:y|ies)|bear|feature)\w*\b[^.;]{0,60}[\"\u201c][^\"\u201d]{2,60}"
    r"[\"\u201d]|\b(?:built|made|powered|runs?)\s+(?:with|by|on)\s+[\"\u201c]?(?-i:[A-Z])"
    r"|\bexport\s+control|\b(?:mark|identify|label|flag|state|indicate|note|document)\w*\b"
    r"[^.]{0,60}\b(?:modif|chang|alter|edit)|\b(?:modif|chang|alter)\w*[^.]{0,60}\b(?:marked|"
    r"identified|labell?ed|flagged|stated|indicated|noted|documented)\b"
    r"|\b(?:under|on|pass(?:es|ed)?\s+on|subject\s+to)\s+(?:the\s+)?(?:same|these|this|identical)"
    r"\s+(?:terms|licen[cs]e|conditions|agreement)"
    r"|\b(?:accept|adhere\s+to|agree\s+to|abide\s+by)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:terms|this\s+(?:licen[cs]e|agreement))",
    re.IGNORECASE,
)
# What keeps a duty-shaped condition from being harmless: it confines or negates a use.
_NARROWING = lazy_pattern(
    r"\b(?:only|solely|exclusively|except|unless|never|nor)\b|\bnot\b|n['\u2019]t\b"
    r"|\bno\s+(?!charge\b|fee\b|cost\b)\w|\bnon[-\s]?(?:commercial|profit)",
    re.IGNORECASE,
)
_CONFINED = lazy_pattern(
    r"\b(?:only|solely|exclusively|unless)\b|\bnon[-\s]?(?:commercial|profit)", re.IGNORECASE
)
# A licensor's own statement inside the list, no condition on the licensee.
_LICENSOR_SIDE = lazy_pattern(
    r"\b(?:no|not\s+(?:be\s+)?(?:obligated|required|responsible))\b[^.]{0,40}\b(?:obligation|"
    r"support|maintenance|updates?|provide)\b|\bpatent\b",
    re.IGNORECASE,
)
_SECTION_HEADING = lazy_pattern(
    r"^\(?\d+(?:\.\d+)+\)?\s|^(?:\(?[\divxlcIVXLCa-zA-Z]{1,4}[.)]\s+)?(?:[A-Z][\w'-]*[\s,&/-]*)"
    r"(?:(?:of|and|or|the|to|for|in|on|a|an|by)\s+|[A-Z][\w'-]*[\s,&/-]*){0,7}\.?$"
)
_MAX_ITEMS = 12
_READ_KEYS_SKIPPED = ("kind",)  # a document's kind cites its grant: it reads no condition


def unread_conditions(
    text: str, terms: Mapping[str, ExtractedTerm], *, doc: Document | None = None
) -> tuple[tuple[Sentence, tuple[Sentence, ...]], ...]:
    """Each grant of `text` with the conditions no term of `terms` (the document's own
    reading) cites and no harmless shape explains: (grant, unread conditions), in order."""
    lowered = text.lower()
    if not any(word in lowered for word in _KEYWORDS):
        return ()
    doc = doc or parse_document(text)
    cited = _cited_lines(terms)
    restrictive = _restrictive_lines(terms)
    found: list[tuple[Sentence, tuple[Sentence, ...]]] = []
    sentences = doc.sentences
    for index, sentence in enumerate(sentences):
        grant = _GRANT.search(sentence.text)
        if sentence.excluded or sentence.definition or grant is None:
            continue
        licensed = grant.group("licensed") is not None
        if not (licensed or _grants_use(sentence.text, grant.end())):
            continue
        if _MARK_GRANT.search(sentence.text):
            continue
        if _NEGATED_GRANT.search(sentence.text):
            continue
        stripped = sentence.text.rstrip(" .")
        if _LEAD_IN.search(stripped) or (
            stripped.endswith(":") and _PROVISO.search(stripped, grant.end()) is not None
        ):  # "..., provided that You meet the following conditions:" and its list
            items = _items(sentence, sentences[index + 1 : index + 1 + _MAX_ITEMS])
            unread = tuple(i for i in items if not (_lines(i) & cited or _explained(i.text)))
        elif (proviso := _PROVISO.search(stripped, grant.end())) is not None:
            rest = proviso.group("rest")
            if _lines(sentence, sentences[index + 1 : index + 2]) & restrictive or _explained(rest):
                continue
            unread = (sentence,)
        elif (only := _CONFINEMENT.search(stripped, grant.end())) is not None:
            # "You may use the weights only for gardening": a field no rule reads
            if _lines(sentence, sentences[index + 1 : index + 2]) & restrictive or _explained(
                stripped[only.end() :]
            ):
                continue
            unread = (sentence,)
        else:
            continue
        if unread:
            found.append((sentence, unread))
    return tuple(found)


def condition_findings(docs: Sequence[TermDocument], texts: Mapping[str, str]) -> list[Finding]:
    """`license-condition-unread` for each licence document read by its own words (no record
    names it) whose grant has conditions no rule reads."""
    findings = []
    for doc in docs:
        if doc.role != "license" or doc.name is not None or doc.path not in texts:
            continue
        found = unread_conditions(texts[doc.path], doc.stated or doc.terms)
        if found:
            findings.append(unread_conditions_finding(doc.path, found))
    return findings


def unread_conditions_finding(
    path: str, found: tuple[tuple[Sentence, tuple[Sentence, ...]], ...]
) -> Finding:
    """`license-condition-unread` for one document: its grants and their unread conditions."""
    conditions = [c for _, unread in found for c in unread]
    lines = list(dict.fromkeys(c.line for c in conditions))
    said = ", ".join(map(str, lines[:8])) + (", ..." if len(lines) > 8 else "")
    grant = found[0][0]
    quotes = [grant, *(c for c in conditions if c is not grant)][:4]
    unique = list(dict.fromkeys(c.start for c in conditions))
    count = f"{len(unique)} condition{'s' if len(unique) != 1 else ''}"
    return Finding(
        rule=RULE,
        category=Category.LICENSE,
        severity=observed_severity(RULE),
        message=f"{path}: the grant at line {grant.line} is made on {count} no rule reads "
        f"(line{'s' if len(lines) != 1 else ''} {said}); they may narrow what it allows",
        evidence=tuple(Evidence(file=path, line=s.line, text=trim_quote(s.quote)) for s in quotes),
        remediation="read the quoted conditions and check the deployment meets each; record a "
        "waiver (or the terms they state) once legal has reviewed them",
    )


_KEYWORDS = ("condition", "provided", "proviso", "as long as", "so long as", "requirement",
             "stipulation", "caveat", "restrictions", "limitations", "terms", "only", "solely",
             "exclusively", "strictly")  # fmt: skip


def _items(lead: Sentence, following: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The marked list items right after a lead-in (nested ones too), up to the next sentence
    outside the list, the next item of the lead's own level or the next section heading.
    Unmarked sentences inside an item go on with it and are not conditions of their own."""
    items: list[Sentence] = []
    own = marker_kind(lead.text)
    first = ""
    for sentence in following:
        if not sentence.list_item or _SECTION_HEADING.search(sentence.text):
            break
        kind = marker_kind(sentence.text)
        if not kind:
            if not first:
                break
            continue
        above = kind == "number" and first not in ("", kind)
        if (own and kind == own and kind != first) or above:
            break  # the next clause of the lead's own level, or of a level above the list's
        first = first or kind
        items.append(sentence)
    return tuple(items)


def _grants_use(text: str, after: int) -> bool:
    """Does the grant reach the work's use, copying or offering (not a transfer of the
    licence, a backup copy, a way to contact the licensor)?"""
    verb = _USE_VERB.search(text, after, after + 90)
    return verb is not None and not _OTHER_ACT.search(text, after, verb.start())


def _explained(condition: str) -> bool:
    """A condition with the shape of a harmless duty, and nothing narrowing it; or a licensor's
    own statement."""
    if _LICENSOR_SIDE.search(condition):
        return True
    if _HARMLESS_NEGATED.search(condition) and not _CONFINED.search(condition):
        return True
    return bool(_HARMLESS.search(condition)) and not _NARROWING.search(condition)


def _lines(sentence: Sentence, then: tuple[Sentence, ...] = ()) -> set[int]:
    """The lines `sentence` spans, and those of the sentence after it when given (a reader
    may quote the next sentence for both: "... no more than 20,000 daily users. Above that
    figure you need a licence from us.")."""
    spans = (sentence, *then)
    return {
        line
        for s in spans
        for line in range(s.line, s.locator.line_of(max(s.start, s.end - 1)) + 1)
    }


def _cited_lines(terms: Mapping[str, ExtractedTerm]) -> set[int]:
    return {
        e.line
        for key, term in terms.items()
        if key not in _READ_KEYS_SKIPPED and term.value not in (None, False, [], {})
        for e in term.evidence
        if e.line is not None
    }


def _restrictive_lines(terms: Mapping[str, ExtractedTerm]) -> set[int]:
    """Lines a term cites for something other than a plain grant."""
    return {
        e.line
        for key, term in terms.items()
        if key not in _READ_KEYS_SKIPPED
        and term.value not in (None, False, [], {})
        and not (key == "commercial_use" and term.value == "allowed")
        for e in term.evidence
        if e.line is not None
    }
