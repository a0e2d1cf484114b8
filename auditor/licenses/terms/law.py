"""Detectors for where disputes go and where rights are withheld: law, courts, territories."""

from __future__ import annotations

import re

from auditor.licenses.terms.combine import union_clauses
from auditor.licenses.terms.detect import Found, matching, rule
from auditor.licenses.terms.lowered import search_lowered
from auditor.licenses.terms.places import find_place_spans, jurisdiction_code, region_codes
from auditor.licenses.terms.sentences import Document, Sentence

_I = re.IGNORECASE


def _re(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_GOVERNING = rule(
    r"\bgovern(?:ed|s|ing)?\b[^.]{0,120}\blaws?\b|\blaws?\b[^.]{0,60}\bgovern|\bconstrued\b"
    r"|\b(?:subject|pursuant)\s+to\s+the\s+laws\s+of|\binterpreted\b[^.]{0,60}\blaws?\b",
    "govern",
    "constru",
    "laws of",
    "interpret",
)
"""A sentence that may hold a choice-of-law clause (the place is read by CHOICE_OF_LAW)."""

CHOICE_OF_LAW: dict[str, re.Pattern[str]] = {
    # "governed by the laws of the State of New York", "construed under the laws in force in X"
    "laws-of-place": _re(r"\blaws?\s+(?:in\s+force\s+)?(?:of|in)\s+(?P<place>[^.;]{1,120})"),
    # "German law", "Texas law governs", "in accordance with English law"
    "place-law": _re(r"(?P<place>(?:[\w'\u2019.-]+\s+){1,4})laws?\b"),
    # "Governing law: England and Wales."
    "heading": _re(
        r"^\W*(?:\d+[.)]?\s*)?governing\s+law\s*[:.\u2013\u2014-]\s*(?P<place>[^.;]{1,80})"
    ),
}
"""Where the place of a choice-of-law clause sits: after "laws of", before "law", or after a
"Governing law" heading. A place is taken only where it names the law, never from the name
of a statute ("the California Consumer Privacy Act")."""
_PLACE_NEAR = 30  # the place must start this close to "laws of"
_STATUTE = re.compile(
    r"^(?:['\u2019]s)?\s+(?:[A-Z][\w'-]*\s+){0,5}(?:Act|Code|Regulation|Directive|Statute)\b"
)
_LAW_CUT = _re(
    r"without\s+regard|\bconvention\b|\bcourts?\b|\bexclud|\bexcept\b|\bjurisdiction\b|\bvenue\b"
    r"|\barbitrat|\bnotwithstanding\b|\bincluding\b|\bsuch\s+as\b"
)
_LICENSEE_LOCAL = _re(
    r"\blaws?\s+of\s+(?:the\s+)?(?:country|jurisdiction|state|place)\s+(?:in\s+which|where)\s+"
    r"(?:you|the\s+licensee|licensee)|\byour\s+(?:local|home)\s+laws?|\blocal\s+laws?\s+of\s+your"
)
_CJK_LAW = (
    (re.compile(r"香港(?:特别行政区)?法律"), "HK"),
    (re.compile(r"(?:中华人民共和国|中国)(?:大陆)?法律"), "CN"),
)


def detect_governing_law(doc: Document) -> Found:
    """ISO code of the governing law, 'licensee-local', or None."""
    local: list[Sentence] = []
    for sentence in matching(doc, _GOVERNING, skip_excluded=False):
        code = choice_of_law_code(sentence.text)
        if code:
            return Found(code, (sentence,))
        if _LICENSEE_LOCAL.search(sentence.text):
            local.append(sentence)
    if local:
        return Found("licensee-local", (local[0],))
    for sentence in doc.sentences:
        if "governing law" in sentence.lower:
            heading = CHOICE_OF_LAW["heading"].search(sentence.text)
            code = _place_code(heading.group("place")) if heading else None
            if code:
                return Found(code, (sentence,))
        for pattern, code in _CJK_LAW:
            if pattern.search(sentence.text) and "管辖" in sentence.text:
                return Found(code, (sentence,))
    return Found(None)


def choice_of_law_code(text: str) -> str | None:
    """The jurisdiction a choice-of-law clause names, or None when the sentence names none."""
    heading = CHOICE_OF_LAW["heading"].search(text)
    if heading:
        code = _place_code(heading.group("place"))
        if code:
            return code
    for match in CHOICE_OF_LAW["laws-of-place"].finditer(text):
        segment = match.group("place")
        cut = _LAW_CUT.search(segment)
        code = _place_code(segment[: cut.start()] if cut else segment, near=_PLACE_NEAR)
        if code:
            return code
    for match in CHOICE_OF_LAW["place-law"].finditer(text):
        before = match.group("place")
        spans = find_place_spans(before)
        # the place must be the words right before "law": "German law", "Texas law"
        if spans and re.fullmatch(r"(?:['\u2019]s)?\s*", before[spans[-1][1] :]):
            code = jurisdiction_code(before[spans[-1][0] :])
            if code:
                return code
    return None


def _place_code(segment: str, near: int | None = None) -> str | None:
    """The jurisdiction named at the start of `segment`, unless it is a statute's name."""
    spans = find_place_spans(segment)
    if not spans or (near is not None and spans[0][0] > near):
        return None
    if any(_STATUTE.match(segment[end:]) for _, end, _, _ in spans):
        return None
    return jurisdiction_code(segment)


def governing_law_from_venue(venue: Found) -> Found:
    """Where a text names only the courts, their seat stands in for the governing law."""
    if not isinstance(venue.value, str):
        return Found(None)
    code = jurisdiction_code(venue.value)
    return Found(code, venue.sentences) if code else Found(None)


_COURT_WORD = rule(r"\bcourts?\b", "court")
_COURT_CONTEXT = _re(
    r"\bjurisdiction\b|\bvenue\b|\bdisputes?\b|\bproceedings?\b|\bsuits?\b|\bsubmitted\b"
    r"|\bbrought\b|\bresolved\b"
)
_COURT = _re(
    r"(?:(?:[A-Z][\w'.-]*|federal|state|or|and|competent|local)\s+){0,6}[Cc]ourts?\b"
    r"(?:\s+(?:of|in|at|located\s+in|residing\s+in|for|sitting\s+in)\s+"
    r"(?:[^.;]|(?<=\bCo)\.|(?<=\bLtd)\.|(?<=\bInc)\.)*?)?"
    r"(?=\s+(?:shall|will|and\s+each|and\s+you|and\s+the\s+parties|have|has|with|to\s+resolve)\b"
    r"|,\s+and\b|[.;]|$)",
    0,
)


_AS_APPLICABLE = re.compile(r",\s+as\s+applicable,")
_CJK_COURT = re.compile(r"[\u4e00-\u9fff]{2,20}人民法院")
_COURT_REACH = 240


def detect_venue(doc: Document) -> Found:
    """The courts named for disputes, as a short phrase."""
    for sentence in matching(doc, _COURT_WORD, skip_excluded=False):
        if not _COURT_CONTEXT.search(sentence.text):
            continue
        text = _AS_APPLICABLE.sub("", sentence.text)
        # The phrase holds at most six words before "court": start the search near it.
        first = text.lower().find("court")
        match = _COURT.search(text, max(0, first - _COURT_REACH))
        if match:
            phrase = re.sub(r"^(?:the|The|and|or)\s+", "", match.group().strip(" ,"))
            if len(phrase) > 6:
                return Found(phrase[:160], (sentence,))
    if "人民法院" in doc.lower:
        for sentence in doc.sentences:
            court = _CJK_COURT.search(sentence.text)
            if court:
                return Found(court.group(), (sentence,))
    return Found(None)


_WITHHELD = _re(
    r"\bnot\s+(?:being\s+)?(?:granted|given|extended|conferred)\b"
    r"|\bnot\s+(?:be\s+)?(?:available|licensed|permitted|authori[sz]ed)\b"
    r"|\b(?:may|shall|must|will)\s+not\s+(?:use|access|download|deploy|be\s+used)"
    r"|\bdoes\s+not\s+(?:apply|extend)\b|\bno\s+(?:rights?|licen[cs]es?)\b[^.;]{0,60}?\b(?:is|are)\s+granted"
    r"|\bwithh[oe]ld|\bprohibited\s+from\s+using|\bexclud\w+\s+(?:users|individuals|persons"
    r"|residents|entities|companies|customers)"
)
_LOCATED = _re(
    r"\b(?:domiciled|located|resident|residing|based|established|incorporated|headquartered"
    r"|organi[sz]ed)\s+(?:in|within)\b|\bprincipal\s+place\s+of\s+business\b"
    r"|\b(?:users?|individuals?|persons?|residents?|citizens?|entities|companies|customers|people)"
    r"\s+(?:in|of|from|within)\s+(?:the\s+)?(?-i:[A-Z])|\bterritor(?:y|ies)\b"
    r"|\b(?:permitted|available|granted|licensed|used|use)\s+(?:in|within)\s+(?:the\s+)?(?-i:[A-Z])"
)
# Where the model is put to work, or where the agreement does not apply: a place only when a
# region is named right after it ("deploy the Model within the Russian Federation", "does not
# apply in the European Union"), never "provides the functions set out in the Documentation".
_USED_IN = _re(
    r"\b(?:deploy\w*|run|operat\w*|host\w*|offer\w*|provid\w*|access\w*|apply|applies)\b"
    r"[^.;]{0,40}?\b(?:in|within)\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
_PLACE_REACH = 60
_WITHHELD_WORDS = ("not", "no ", "withh", "prohibited", "exclud")
_EXPORT = _re(
    r"\bexport|\bsanction|\bembargo|\bre-export|\bsuch\s+(?:country|countries|list)\b"
    r"|\bdenied\s+part|\bspecially\s+designated"
)


def detect_territories(doc: Document) -> Found:
    """Regions named by a territorial clause, whatever its shape (export-control clauses are
    not counted); `detect_territorial_clauses` says what each clause withholds and from whom."""
    codes: list[str] = []
    evidence: list[Sentence] = []
    for _, sentence, found in _territorial_sentences(doc):
        fresh = [code for code in found if code not in codes]
        if fresh:
            codes.extend(fresh)
            evidence.append(sentence)
    return Found(sorted(codes), tuple(evidence))


def _used_in_a_place(text: str) -> bool:
    """Whether a phrase of use names a region right after its "in" / "within"."""
    return any(
        region_codes(text[m.end() : m.end() + _PLACE_REACH]) for m in _USED_IN.finditer(text)
    )


def _territorial_sentences(doc: Document) -> list[tuple[int, Sentence, list[str]]]:
    """(index, sentence, region codes) of each sentence withholding rights in a place."""
    found: list[tuple[int, Sentence, list[str]]] = []
    for index, sentence in enumerate(doc.sentences):
        text, lower = sentence.text, sentence.lower
        if "territor" in lower and (excluding := _TERRITORY_EXCLUDING.search(text)):
            codes = region_codes(text[excluding.end() :])
            if codes and not search_lowered(_EXPORT, lower, text):
                found.append((index, sentence, codes))
            continue
        if not any(map(lower.__contains__, _WITHHELD_WORDS)):
            continue
        # the lowercase twins (lowered.py) where the patterns have them: the same answers
        if (
            search_lowered(_EXPORT, lower, text)
            or not search_lowered(_WITHHELD, lower, text)
            or not (_LOCATED.search(text) or _used_in_a_place(text))
        ):
            continue
        codes = region_codes(text)
        if codes:
            found.append((index, sentence, codes))
    return found


# A definition of the licensed territory that leaves places out: using the model in those
# places is outside the grant.
_TERRITORY_EXCLUDING = _re(
    r"\bterritory\b[^.;]{0,40}\b(?:means?|shall\s+mean|refers?\s+to)\b[^.;]{0,200}?"
    r"\b(?:exclud\w*|except|other\s+than|but\s+not)\b"
)


# A clause about who the licensee is (where a person lives, where a company has its seat or
# head office, under which law it was formed), not where the model runs.
_DOMICILE = _re(
    r"\bdomicil|\bprincipal\s+place\s+of\s+business\b|\bheadquarter|\bincorporated\s+(?:in|under)"
    r"|\b(?:citizens?|nationals?|residents?)\s+of\b|\bresid(?:ent|ing)\s+in\b|\bseat\s+in\b"
    r"|\b(?:compan(?:y|ies)|entit(?:y|ies)|organi[sz]ations?|licensees?|businesses)\s+"
    r"(?:\w+\s+){0,3}(?:based|established|located|registered|organi[sz]ed)\s+(?:in|within|under)\b"
)
# The clause covers only a license's multimodal models (the Llama 3.2-4 policies).
_MULTIMODAL = _re(r"\bmulti-?modal\b|\bvision(?:-language)?\s+models?\b")
# An exemption for the people who only use a product built on the model.
_END_USERS = _re(
    r"\b(?:not\s+apply|not\s+extend|not\s+affect\w*)\b[^.;]{0,40}\bend[\s-]+users?\b"
    r"|\bend[\s-]+users?\b[^.;]{0,80}\b(?:not\s+(?:affected|covered|restricted)|(?:are|is)\s+exempt)"
)
_END_USER_REACH = 2  # the exemption may follow the clause by this many sentences


def detect_territorial_clauses(doc: Document) -> tuple[Found, Found]:
    """The territorial clauses, split by what they withhold: (rights of licensees domiciled
    in a place, use in a place). Each clause keeps which models it covers (a sentence naming
    multimodal or vision models covers those only) and whom it exempts (end users, when the
    clause or a sentence just after it says so). A clause that names no licensee seat is read
    as a territory of use, the stricter reading: it binds wherever the model runs or serves."""
    domiciles: list[dict[str, object]] = []
    territories: list[dict[str, object]] = []
    evidence: tuple[list[Sentence], list[Sentence]] = ([], [])
    sentences = doc.sentences
    for index, sentence, codes in _territorial_sentences(doc):
        exempt = [
            s for s in sentences[index : index + 1 + _END_USER_REACH] if _END_USERS.search(s.text)
        ]
        clause: dict[str, object] = {
            "regions": sorted(set(codes)),
            "models": "multimodal" if _MULTIMODAL.search(sentence.text) else "all",
            "exempts": ["end-users"] if exempt else [],
        }
        domicile = bool(_DOMICILE.search(sentence.text))
        (domiciles if domicile else territories).append(clause)
        evidence[0 if domicile else 1].extend([sentence, *exempt])
    return (
        Found(union_clauses([domiciles]), tuple(dict.fromkeys(evidence[0]))),
        Found(union_clauses([territories]), tuple(dict.fromkeys(evidence[1]))),
    )
