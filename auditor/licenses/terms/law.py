"""Detectors for where disputes go and where rights are withheld: law, courts, territories."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.licenses.terms.clause_rules import clause_pattern, clause_rule
from auditor.licenses.terms.combine import union_clauses
from auditor.licenses.terms.confined import LANGUAGE_NAME, confined_sentences
from auditor.licenses.terms.detect import Found, data_rule, matching
from auditor.licenses.terms.places import (
    LAW_ADJECTIVES,
    find_place_spans,
    jurisdiction_code,
    region_codes,
)
from auditor.licenses.terms.sentences import Document, Sentence

# The clause rules are data: license_db/clause_rules/law.yaml. Compiled patterns are taken
# with `clause_pattern` where they are used (it caches them), never at import.
_GOVERNING = data_rule("governing_law/clause")
"""A sentence that may hold a choice-of-law clause (the place is read by the rules below)."""
_HEADING = data_rule("governing_law/heading")
# Where the place of a choice-of-law clause sits: after "laws of", before "law", or after a
# "Governing law" heading. A place is taken only where it names the law, never from the name
# of a statute ("the California Consumer Privacy Act").
_LAWS_OF_PLACE = "governing_law/laws-of-place"
_PLACE_LAW = "governing_law/place-law"
_STATUTE = "governing_law/statute-name"
_LAW_CUT = "governing_law/place-ends"
_PLACE_NEAR = 30  # the place must start this close to "laws of"
_LICENSEE_LOCAL = data_rule("governing_law/licensee-local")
_CJK_LAW = ("governing_law/zh-hong-kong-law", "governing_law/zh-mainland-law")
"""Chinese choice-of-law rules; each rule's value is the jurisdiction code."""


def detect_governing_law(doc: Document) -> Found:
    """ISO code of the governing law, 'licensee-local', or None."""
    local: list[Sentence] = []
    for sentence in matching(doc, _GOVERNING, skip_excluded=False):
        code = choice_of_law_code(sentence.text)
        if code:
            return Found(code, (sentence,))
        if _LICENSEE_LOCAL.search(sentence):
            local.append(sentence)
    if local:
        return Found("licensee-local", (local[0],))
    for sentence in doc.sentences:
        heading = _HEADING.search(sentence)
        code = _place_code(heading.group("place")) if heading else None
        if code:
            return Found(code, (sentence,))
        for rule_id in _CJK_LAW:
            if clause_pattern(rule_id).search(sentence.text) and "管辖" in sentence.text:
                return Found(clause_rule(rule_id).value, (sentence,))
    return Found(None)


def choice_of_law_code(text: str) -> str | None:
    """The jurisdiction a choice-of-law clause names, or None when the sentence names none."""
    heading = clause_pattern(_HEADING.rule_id).search(text)
    if heading:
        code = _place_code(heading.group("place"))
        if code:
            return code
    for match in clause_pattern(_LAWS_OF_PLACE).finditer(text):
        segment = match.group("place")
        cut = clause_pattern(_LAW_CUT).search(segment)
        code = _place_code(segment[: cut.start()] if cut else segment, near=_PLACE_NEAR)
        if code:
            return code
    for match in clause_pattern(_PLACE_LAW).finditer(text):
        before = match.group("place")
        spans = find_place_spans(before)
        # the place must be the words right before "law": "German law", "Texas law"
        if spans and re.fullmatch(r"(?:['\u2019]s)?\s*", before[spans[-1][1] :]):
            code = jurisdiction_code(before[spans[-1][0] :])
            if code:
                return code
        # or a country's adjective: "Kenyan law", "South African law"
        words = before.lower().split()
        for size in (2, 1):
            if len(words) >= size and " ".join(words[-size:]) in LAW_ADJECTIVES:
                return LAW_ADJECTIVES[" ".join(words[-size:])]
    return None


def _place_code(segment: str, near: int | None = None) -> str | None:
    """The jurisdiction named at the start of `segment`, unless it is a statute's name."""
    spans = find_place_spans(segment)
    if not spans or (near is not None and spans[0][0] > near):
        return None
    statute = clause_pattern(_STATUTE)
    if any(statute.match(segment[end:]) for _, end, _, _ in spans):
        return None
    return jurisdiction_code(segment)


def governing_law_from_venue(venue: Found) -> Found:
    """Where a text names only the courts, their seat stands in for the governing law."""
    if not isinstance(venue.value, str):
        return Found(None)
    code = jurisdiction_code(venue.value)
    return Found(code, venue.sentences) if code else Found(None)


_COURT_WORD = data_rule("venue/court-word")
_COURT_CONTEXT = data_rule("venue/dispute-context")
_COURT = "venue/court"
_CJK_COURT = data_rule("venue/zh-people-court")
_AS_APPLICABLE = lazy_pattern(r",\s+as\s+applicable,")
_COURT_REACH = 240


def detect_venue(doc: Document) -> Found:
    """The courts named for disputes, as a short phrase."""
    for sentence in matching(doc, _COURT_WORD, skip_excluded=False):
        if not _COURT_CONTEXT.search(sentence):
            continue
        text = _AS_APPLICABLE.sub("", sentence.text)
        # The phrase holds at most six words before "court": start the search near it.
        first = text.lower().find("court")
        match = clause_pattern(_COURT).search(text, max(0, first - _COURT_REACH))
        if match:
            phrase = re.sub(r"^(?:the|The|and|or)\s+", "", match.group().strip(" ,"))
            if len(phrase) > 6:
                return Found(phrase[:160], (sentence,))
    for sentence in matching(doc, _CJK_COURT, skip_excluded=False):
        court = _CJK_COURT.search(sentence)
        if court:
            return Found(court.group(), (sentence,))
    return Found(None)


_WITHHELD = data_rule("territorial_exclusions/withheld")
_LOCATED = data_rule("territorial_exclusions/located")
# Where the model is put to work, or where the agreement does not apply: a place only when a
# region is named right after it ("deploy the Model within the Russian Federation", "does not
# apply in the European Union"), never "provides the functions set out in the Documentation".
_USED_IN = "territorial_exclusions/used-in"
_PLACE_REACH = 60
_EXPORT = data_rule("territorial_exclusions/export-control")
# A sanctions sentence barring use, offer or transfer in the places it names excludes those
# places; a place naming whose law or list it is ("United States sanctions", "the laws of the
# U.S.") is no place of use.
_SANCTIONS_BAN = data_rule("territorial_exclusions/sanctions-ban")
_SANCTIONS_CONDITIONED = data_rule("territorial_exclusions/sanctions-conditioned")
_AUTHORITY = "territorial_exclusions/sanctioning-authority"
_LAW_OF = lazy_pattern(
    r"\b(?:laws?|regulations?|rules|government|authorit\w+|department|treasury)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A definition of the licensed territory that leaves places out: using the model in those
# places is outside the grant.
_TERRITORY_EXCLUDING = data_rule("territorial_exclusions/territory-excluding")
# A clause about who the licensee is (where a person lives, where a company has its seat or
# head office, under which law it was formed), not where the model runs.
_DOMICILE = data_rule("territorial_exclusions/domicile")
# The clause covers only a license's multimodal models (the Llama 3.2-4 policies).
_MULTIMODAL = data_rule("territorial_exclusions/multimodal-only")
# The clause, or a sentence just after it, leaves the text-only models out: it covers the
# others, the multimodal ones ("Text-only models are not affected by this section").
_TEXT_EXEMPT = data_rule("territorial_exclusions/text-models-exempt")
# An exemption for the people who only use a product built on the model.
_END_USERS = data_rule("territorial_exclusions/end-users-exempt")
_END_USER_REACH = 2  # the exemption may follow the clause by this many sentences


def detect_territories(doc: Document, clauses: TerritorialClauses | None = None) -> Found:
    """Regions named by a territorial clause, whatever its shape (export-control clauses are
    not counted); `detect_territorial_clauses` says what each clause withholds and from whom."""
    codes: list[str] = []
    evidence: list[Sentence] = []
    for _, sentence, found in territorial_sentences(doc) if clauses is None else clauses:
        fresh = [code for code in found if code not in codes]
        if fresh:
            codes.extend(fresh)
            evidence.append(sentence)
    return Found(sorted(codes), tuple(evidence))


def _used_in_a_place(text: str) -> bool:
    """Whether a phrase of use names a region right after its "in" / "within"."""
    return any(
        region_codes(text[m.end() : m.end() + _PLACE_REACH])
        for m in clause_pattern(_USED_IN).finditer(text)
        if not LANGUAGE_NAME.match(text[m.end() :])  # "used in English": a language
    )


def _sanctioned_places(text: str) -> list[str]:
    """The places a sanctions sentence names, less those naming whose law or list it is."""
    authority = clause_pattern(_AUTHORITY)
    codes: list[str] = []
    for start, end, _, found in find_place_spans(text):
        if authority.match(text, end) or _LAW_OF.search(text[max(0, start - 40) : start]):
            continue
        codes.extend(code for code in found if code not in codes)
    return codes


# the term a territory definition defines ('"Territory" means', "Licensed Territory means"), and
# a place outside it ("any place outside the Territory")
_TERRITORY_TERM = lazy_pattern(
    r"[\"“']?((?:[A-Z][\w-]*\s+){0,2}Territor(?:y|ies))[\"”']?\s+(?:means?|shall\s+mean|refers?\s+to)"
)
_OUTSIDE_TERM = lazy_pattern(
    r"\boutside\s+(?:of\s+)?(?:the\s+)?((?:[A-Z][\w-]*\s+){0,2}Territor(?:y|ies))\b"
)

TerritorialClauses = list[tuple[int, Sentence, list[str]]]
"""(index, sentence, region codes) of each sentence withholding rights in a place."""


def territorial_sentences(doc: Document) -> TerritorialClauses:
    """(index, sentence, region codes) of each sentence withholding rights in a place: read
    once a document by `extract` for both detectors below (a pure function of `doc`)."""
    found: TerritorialClauses = []
    left_out: dict[str, list[str]] = {}  # a defined territory -> the places it leaves out
    for index, sentence in enumerate(doc.sentences):
        excluding = _TERRITORY_EXCLUDING.search(sentence)
        if excluding:
            codes = region_codes(sentence.text[excluding.end() :])
            if codes and not _EXPORT.holds(sentence):
                found.append((index, sentence, codes))
                named = _TERRITORY_TERM.search(sentence.text[: excluding.end()])
                if named is not None:
                    left_out.setdefault(named.group(1).lower(), codes)
            continue
        outside = _OUTSIDE_TERM.search(sentence.text) if left_out else None
        if outside and outside.group(1).lower() in left_out and _WITHHELD.holds(sentence):
            # rights withheld "outside the Territory": the places its definition leaves out
            found.append((index, sentence, left_out[outside.group(1).lower()]))
            continue
        # `holds` searches through the lowercase twins (lowered.py): the same answers
        if _EXPORT.holds(sentence):
            barred = _WITHHELD.holds(sentence) or _SANCTIONS_BAN.holds(sentence)
            if barred and not _SANCTIONS_CONDITIONED.holds(sentence):
                codes = _sanctioned_places(sentence.text)
                if codes:
                    found.append((index, sentence, codes))
            continue
        if not _WITHHELD.holds(sentence) or not (
            _LOCATED.search(sentence) or _used_in_a_place(sentence.text)
        ):
            continue
        codes = region_codes(sentence.text)
        if codes:
            found.append((index, sentence, codes))
    return found


def detect_territorial_clauses(
    doc: Document, clauses: TerritorialClauses | None = None
) -> tuple[Found, Found]:
    """The territorial clauses, split by what they withhold: (rights of licensees domiciled
    in a place, use in a place). Each clause keeps which models it covers (a sentence naming
    multimodal or vision models, or followed by one leaving text-only models out, covers
    those only) and whom it exempts (end users, when the
    clause or a sentence just after it says so). A clause that names no licensee seat is read
    as a territory of use, the stricter reading: it binds wherever the model runs or serves."""
    domiciles: list[dict[str, object]] = []
    territories: list[dict[str, object]] = []
    evidence: tuple[list[Sentence], list[Sentence]] = ([], [])
    sentences = doc.sentences
    confined = confined_sentences(doc)  # "only within the EEA", "not outside X"
    # a sentence confining use to its places names them as where use is licensed, whatever
    # withholding words it also holds ("licensed in X only; no rights anywhere else")
    confining = {id(sentence) for sentence, _ in confined}
    for index, sentence, codes in territorial_sentences(doc) if clauses is None else clauses:
        if id(sentence) in confining:
            continue
        after = sentences[index : index + 1 + _END_USER_REACH]
        exempt = [s for s in after if _END_USERS.search(s)]
        text_out = [s for s in after if _TEXT_EXEMPT.search(s)]
        models = "multimodal" if text_out or _MULTIMODAL.search(sentence) else "all"
        if models == "multimodal" and _names_text_only_release(sentence.text):
            models = "none"  # "multimodal models included in Llama 3.3": the release has none
        clause: dict[str, object] = {
            "regions": sorted(set(codes)),
            "models": models,
            "exempts": ["end-users"] if exempt else [],
        }
        domicile = bool(_DOMICILE.search(sentence))
        (domiciles if domicile else territories).append(clause)
        evidence[0 if domicile else 1].extend([sentence, *exempt, *text_out])
    for sentence, codes in confined:
        territories.append({"regions": codes, "models": "all", "exempts": [], "within": True})
        evidence[1].append(sentence)
    return (
        Found(union_clauses([domiciles]), tuple(dict.fromkeys(evidence[0]))),
        Found(union_clauses([territories]), tuple(dict.fromkeys(evidence[1]))),
    )


_RELEASE = lazy_pattern(
    r"\b(?:included|contained|released)\s+(?:in|with|as\s+part\s+of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.]*(?:[ -][\w.]*\d[\w.]*)?)"
)
"""The release a clause's multimodal models belong to: "multimodal models included in Llama
3.3" (a name and its version)."""


def _names_text_only_release(sentence: str) -> bool:
    """Does a clause about multimodal models name a release whose models all take in text
    only (model_families.yaml: every rule the name matches has `modality: text`)? Such a
    clause binds no model: a third party's vision model built on that release is not one of
    the release's models."""
    match = _RELEASE.search(sentence)
    if match is None:
        return False
    name = re.sub(r"[\s_]+", "-", match.group("name").strip(" .").lower())
    rules = _families().match(name)
    return bool(rules) and all(rule.modality == "text" for rule in rules)


_FAMILIES: list[ModelFamilies] = []


def _families() -> ModelFamilies:
    """The family rules, loaded once (read only when a multimodal clause names a release)."""
    if not _FAMILIES:
        _FAMILIES.append(load_model_families())
    return _FAMILIES[0]
