"""License terms written in other languages than English: read with each language's cues
(`foreign_cues`), or reported as unread (`license-language-unread`). The module is longer than
400 lines because it is the one reading loop every other-language reader is called from.

Every non-English passage of a license document (`text.language.passages`) is tried against the
cues of every language: a ban on commercial use or a non-commercial grant (none where a cue reads
both kinds granted, or the text opens a route to commercial use, `foreign_zh_routes`, or grants it
in Chinese words, `foreign_zh_grant_words`), commercial use needing permission (typed), research or
personal use only, a cap on users or revenue, the governing law; and its language's clauses
(`foreign_ja.clause_reader`), Chinese folded to simplified; a defined purpose, or a cap or bans
placed in an annex, read where used (`foreign_definitions`, `foreign_annex_bans_asia`); a
multimodal clause kept so (`foreign_models`). Unread by a cue, a passage only naming a license is a
*mention* (`named_records`); one stating no term (heading, copyright, too short, `foreign_no_term`,
or in card prose other works) is skipped; else it is *unread*, reported by line. A list item a ban
introduces naming no known harm is unread (`foreign_lists`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms import foreign_cap_refs as cap_refs
from auditor.licenses.terms import foreign_passages_s37eu as eu_passages
from auditor.licenses.terms import foreign_romance as romance
from auditor.licenses.terms import foreign_slavic as slavic
from auditor.licenses.terms import foreign_zh_grant_words as zh_grants
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.combine import union_clauses
from auditor.licenses.terms.foreign_across_north import read_across_north
from auditor.licenses.terms.foreign_annex_bans_asia import asia_placed
from auditor.licenses.terms.foreign_burmese_s38w import read_burmese, split_burmese
from auditor.licenses.terms.foreign_cap_notices import is_information_only, is_notice_only
from auditor.licenses.terms.foreign_caps import (
    cap_counts,
    needed_condition,
    revenue_cap,
    states_cap,
    user_cap,
)
from auditor.licenses.terms.foreign_caps_s38eu3 import read_s38eu3
from auditor.licenses.terms.foreign_clauses_s39eu import is_plain_grant_eu
from auditor.licenses.terms.foreign_clauses_s39wb import read_s39wb
from auditor.licenses.terms.foreign_clauses_s40wb import read_s40wb
from auditor.licenses.terms.foreign_companies import companies_not_left_out
from auditor.licenses.terms.foreign_cues import JA, KO, ZH, Cues
from auditor.licenses.terms.foreign_cues_eu import DE, ES, FR
from auditor.licenses.terms.foreign_cues_gu_kn_s37s import GU, KN
from auditor.licenses.terms.foreign_cues_more import AM, AR, ID, IT, NL, PL, PT, RU, TR, VI, YO
from auditor.licenses.terms.foreign_defined_romance import romance_defined
from auditor.licenses.terms.foreign_definitions import resolve_defined
from auditor.licenses.terms.foreign_gate import may_be_foreign
from auditor.licenses.terms.foreign_grants import any_purpose_grant, is_plain_grant
from auditor.licenses.terms.foreign_grants_minor import (
    grants_commercial_minor,
    names_commercial_use,
)
from auditor.licenses.terms.foreign_grants_s38eu4 import (
    follows_cap,
    is_plain_grant_s38eu4,
    read_kept_notices,
)
from auditor.licenses.terms.foreign_grants_west import is_plain_grant_west
from auditor.licenses.terms.foreign_grants_world import (
    grants_noncommercial_world,
    is_plain_grant_world,
    is_plain_grant_zh,
    names_commercial_world,
)
from auditor.licenses.terms.foreign_hausa_s37s import hausa_domiciles
from auditor.licenses.terms.foreign_headings_s37w2 import is_unread_sentence
from auditor.licenses.terms.foreign_ja import CUES_LATER, clause_reader
from auditor.licenses.terms.foreign_law_romance import names_law
from auditor.licenses.terms.foreign_law_southeast import names_law_southeast
from auditor.licenses.terms.foreign_lexical_grants import grants_commercial_use
from auditor.licenses.terms.foreign_lists import read_lists
from auditor.licenses.terms.foreign_merge import with_foreign as with_foreign
from auditor.licenses.terms.foreign_models import for_multimodal, multimodal_only
from auditor.licenses.terms.foreign_names import named_records as named_records
from auditor.licenses.terms.foreign_no_term import states_no_term
from auditor.licenses.terms.foreign_passages_s37w2 import read_s37w2
from auditor.licenses.terms.foreign_passages_s38eu import annex_route_s38eu, read_s38eu
from auditor.licenses.terms.foreign_passages_s38w import read_s38w
from auditor.licenses.terms.foreign_passages_s38w2 import read_s38w2
from auditor.licenses.terms.foreign_passages_s39eua import read_s39eua
from auditor.licenses.terms.foreign_passages_s39eub import read_s39eub
from auditor.licenses.terms.foreign_passages_s39wa import read_s39wa
from auditor.licenses.terms.foreign_passages_s40eua import read_s40eua
from auditor.licenses.terms.foreign_passages_s40eub import read_s40eub
from auditor.licenses.terms.foreign_passages_s40wa import read_s40wa
from auditor.licenses.terms.foreign_pointer_provisos import without_pointer_provisos
from auditor.licenses.terms.foreign_precedence import prevailing_language
from auditor.licenses.terms.foreign_provisos import with_provisos
from auditor.licenses.terms.foreign_purpose_lists import permitted_lists
from auditor.licenses.terms.foreign_routes import (
    is_notice_route,
    permission_routes,
    without_unneeded,
)
from auditor.licenses.terms.foreign_routes_world import is_world_shape, world_route
from auditor.licenses.terms.foreign_rows import is_commercial_row, row_commercial
from auditor.licenses.terms.foreign_territory import outside_territory
from auditor.licenses.terms.foreign_territory_romance import territory_romance
from auditor.licenses.terms.foreign_territory_s37w2 import territory_americas
from auditor.licenses.terms.foreign_territory_south_asia import territory_south_asia
from auditor.licenses.terms.foreign_territory_west import territory_west
from auditor.licenses.terms.foreign_territory_world import territory_world
from auditor.licenses.terms.foreign_told_s40reg import as_read, as_told
from auditor.licenses.terms.foreign_unread import is_mention, may_state_term
from auditor.licenses.terms.foreign_weights import offers_model_service
from auditor.licenses.terms.foreign_weights_sk_s38eu2 import read_weights_sk
from auditor.licenses.terms.foreign_zh import (
    Clause,
    fold,
    is_credit_shown,
    is_note,
    own_clauses,
    permission_conditions,
)
from auditor.licenses.terms.foreign_zh_across import with_counting_rules, with_qualifiers
from auditor.licenses.terms.foreign_zh_routes import commercial_routes, is_registered_use
from auditor.licenses.terms.foreign_zh_territory import territory_across
from auditor.licenses.text.language import ENGLISH, Passage, passages_where
from auditor.licenses.text.layout import trim_quote
from auditor.model import Evidence
from auditor.model.license_words import COMMERCIAL_LABEL
from auditor.model.terms import CLAUSE_KEYS, LIST_KEYS, TERM_KEYS

CUES: dict[str, Cues] = {
    "zh": ZH, "ja": JA, "ko": KO, "de": DE, "fr": FR, "es": ES, "pt": PT, "it": IT, "ru": RU,
    "ar": AR, "nl": NL, "pl": PL, "tr": TR, "vi": VI, "id": ID, **CUES_LATER, "am": AM, "yo": YO,
    "gu": GU, "kn": KN,
}  # fmt: skip
READ_LANGUAGES = frozenset(c for c, cues in CUES.items() if cues.prohibited is not None)  # read
_READERS = tuple(cues for cues in CUES.values() if cues.prohibited is not None)  # their cues

_COPYRIGHT = lazy_pattern(
    r"copyright|\(c\)|©|版权所有|版權所有|著作権|저작권|urheberrecht|droits\s+d'auteur", re.I
)


@dataclass(frozen=True, slots=True)
class ForeignReading:
    """What the passages of one text in other languages say: term values with the passages
    they were read from, the license names mentioned, and the passages nobody read."""

    values: dict[str, object] = field(default_factory=dict)
    quotes: dict[str, tuple[Passage, ...]] = field(default_factory=dict)
    mentions: tuple[Passage, ...] = ()
    unread: tuple[Passage, ...] = ()
    prevails: str | None = None  # the language version the text says prevails (`_precedence`)

    def evidence(self, key: str, path: str) -> tuple[Evidence, ...]:
        """The quotes of one term, located in `path`."""
        return tuple(
            Evidence(file=path, line=p.line, text=trim_quote(p.text))
            for p in self.quotes.get(key, ())
        )


@lru_cache(maxsize=512)  # a scan cycles through more distinct texts than 64
def read_foreign(text: str, *, prose: bool = False) -> ForeignReading:
    """The terms the non-English passages of `text` state, and what could not be read.
    `prose`: the text is card prose (descriptions of the model stand beside the terms)."""
    reading = _Reading()
    passages, told = as_read(passages_where(text, may_be_foreign))  # kk, ky, mk, mr, ne
    passages = asia_placed(resolve_defined(passages), text)
    passages = cap_refs.with_annex_units(romance_defined(passages), text)  # es..ro; units
    passages = zh_grants.with_questions(passages)  # Chinese: an answer read with its question
    passages = without_pointer_provisos(passages)  # "subject to art. 6": read at art. 6
    passages = split_burmese(passages)  # my: numbered clauses cut (`foreign_burmese_s38w`)
    passages, denied = eu_passages.with_answers(passages)  # European Q&A: answers, no questions
    passages = eu_passages.with_table_measures(passages, text, _names_measure)  # rows' measure
    reading.multimodal, lifting = multimodal_only(passages)  # clauses for multimodal models
    reading.cap_terms = cap_refs.caps_stated(passages, CUES)  # a cap applied elsewhere
    # items of a list a ban introduces (`foreign_lists`), and those naming no harm it knows
    listed, unnamed = read_lists(passages, text)
    found = {p: [Clause("use_restrictions", tags)] for p, tags in listed.items()}
    found |= permitted_lists(passages, text, CUES)  # id/ms/vi/th/tl/sw: a list of purposes
    # use outside a territory another passage defines (`foreign_territory`)
    found |= outside_territory({p: p.text for p in passages if p.language != ENGLISH})
    found |= territory_romance(passages)  # es, pt, fr, it, ro: use confined to places
    found |= territory_americas(passages)  # es, pt: places of the Americas (`..._s37w2`)
    found |= territory_across(passages)  # Chinese: a listed territory, or one referred to
    found |= territory_south_asia(passages)  # ms, id, vi, th, hi: the same
    found |= territory_west(passages)  # ar, he, fa, tr, bn, sw: the same
    found |= zh_grants.cap_consequences(passages)  # Chinese: a cap applied apart from it
    found |= read_across_north(passages)  # de, nl, pl, ru, uk, sv, cs: territory, domiciles
    found |= territory_world([p for p in passages if p not in found])  # is, lb, mk: the same
    found |= hausa_domiciles([p for p in passages if p not in found])  # ha: the same
    found |= read_s37w2([p for p in passages if p not in found])  # ka/az/hy law; tl/ms/id
    found |= read_s38w2([p for p in passages if p not in found])  # laws; te/kn/vi/ka/am/kk
    found |= read_s38w([p for p in passages if p not in found])  # ar: internal use not commercial
    found |= read_burmese([p for p in passages if p not in found])  # my: grant, bans, law
    found |= read_s39wb([p for p in passages if p not in found])  # lo, to, haw, mn, af ...
    found |= read_s40wb([p for p in passages if p not in found])  # zu, ht, mi, ne, mr, sw ...
    found |= read_s38eu([p for p in passages if p not in found])  # cy, be, lt; br, sc places
    found |= read_s39eua([p for p in passages if p not in found])  # gv, la, br, mt, gl ...
    found |= read_s39eub([p for p in passages if p not in found])  # sq, oc routes, laws
    found |= read_s40eua([p for p in passages if p not in found])  # is, fo, lb, cy, gl, rm ...
    found |= read_s40eub([p for p in passages if p not in found], passages)  # bg, sh, sq, el ...
    found |= read_s39wa([p for p in passages if p not in found])  # ko, vi, th, km, pa, ky ...
    found |= read_s40wa([p for p in passages if p not in found])  # pa, bn, ur, ta, th, zh, id, hi
    found |= read_weights_sk([p for p in passages if p not in found])  # sk: weights passed on
    found |= read_s38eu3([p for p in passages if p not in found])  # fo, rm, nn, nl, fy caps
    found |= read_kept_notices([p for p in passages if p not in found])  # ro, pl, cs: credit kept
    found |= follows_cap([p for p in passages if p not in found])  # sl, cs: a cap's sequel
    reading.routed, refusals = commercial_routes(passages)  # `foreign_zh_routes`
    routed, refused = permission_routes(passages, CUES)  # other languages: `foreign_routes`
    routed = routed or annex_route_s38eu(passages)  # hr, sr, sl: terms set out in an annex
    reading.routed, reading.granted = reading.routed or routed, zh_grants.granted_in(passages)
    found |= refusals | refused
    for passage, clause in ((p, c) for p, clauses in found.items() for c in clauses):
        reading._clause(clause, passage, set())
    for item in unnamed:  # a use banned: read by the cues, or said unread
        if item not in found and not reading.read(item):
            reading.unread.append(item)
    items = {(item.line, item.text) for item in unnamed}
    for passage in passages:
        row = is_commercial_row(passage.text)  # a short row is often told for English
        row = row or grants_commercial_minor(passage.text)  # Irish, Luxembourgish told English
        row = row or is_world_shape(passage.text)  # Welsh, Uzbek, Xhosa told English
        if (passage.language == ENGLISH and not row) or passage in found or passage in lifting:
            continue
        if (passage.line, passage.text) in items:
            continue
        if passage in denied:  # "may I ...? No.": never read as what the question asks
            reading.unread.append(passage)
            continue
        cues = CUES.get(passage.language or "")
        if prose and cues is not None and _about_other_work(passage.text, cues):
            continue
        if passage.language is None and passage.text.isascii():
            # too short to tell, and English letters: the English rules read it; but a label
            # keyed by commercial use in another language ("Uso comercial: No"), or a law named
            # by its adjective ("Legge regolatrice: italiana", `foreign_law_romance`) is read here
            law = names_law(passage.text) or slavic.names_law(passage.text)
            law = law or names_law_southeast(passage.text)  # id, ms, vi, th, tl, sw
            if COMMERCIAL_LABEL.fullmatch(passage.text) or row or law:
                reading.read(passage)
            elif names_commercial_world(passage.text):  # "Chan fhaodar ... malairteach"
                reading.commercial_named = True  # unread: no plain grant allows every use
                reading.unread.append(passage)  # and said so: it may ban that use
            continue
        sentence = is_unread_sentence(passage)  # a short line, yet a sentence (`..._s37w2`)
        if reading.read(passage) or (passage.heading and not sentence):
            continue
        if _COPYRIGHT.search(passage.text):
            continue
        if is_mention(passage, cues):
            reading.mentions.append(passage)
        elif passage.language is not None and (may_state_term(passage, cues, prose) or sentence):
            reading.unread.append(passage)
    result = with_provisos(reading.result(), text)  # provisos read with their clause
    result = with_qualifiers(with_counting_rules(result))  # Chinese: read with a term elsewhere
    result = cap_refs.with_counting_rules_south_asia(result, CUES)  # hi/id/ms/vi/th: the same
    result = cap_refs.with_unread_caps(result, CUES)  # a further licence past an unread size
    result = cap_refs.with_consequences_of_caps(result, passages)  # asked in the cap's sentence
    result = replace(result, unread=as_told(result.unread, told))
    return replace(
        result, mentions=as_told(result.mentions, told), prevails=prevailing_language(text)
    )


@dataclass(slots=True)
class _Reading:
    values: dict[str, object] = field(default_factory=dict)
    quotes: dict[str, list[Passage]] = field(default_factory=dict)
    mentions: list[Passage] = field(default_factory=list)
    unread: list[Passage] = field(default_factory=list)
    multimodal: set[Passage] = field(default_factory=set)
    routed: bool = False  # the text opens a route to commercial use (`foreign_zh_routes`)
    cap_terms: tuple[str, ...] | None = None  # a cap stated, the terms defined by it
    granted: bool = False  # a Chinese passage grants it in words (`foreign_zh_grant_words`)
    plain_grants: list[Passage] = field(default_factory=list)  # `foreign_grants.is_plain_grant`
    commercial_named: bool = False  # a passage names commercial use (`names_commercial_use`)

    def read(self, passage: Passage) -> bool:
        """Whether any cue read the passage (its values are then recorded), or it states no
        term of the model (a Chinese note, clause about another work, `foreign_no_term`)."""
        text = passage.text
        if passage.heading and _TITLE.search(text):
            return True  # the document's name ("XX模型商用许可协议"): it names, it asks nothing
        chinese = passage.language == "zh"
        if chinese:  # matched folded to simplified, less its clauses about other works
            text = zh_grants.plain(own_clauses(fold(text)))  # "无不可": no objection
            if not text.strip() or zh_grants.is_question(text):  # its answer states the term
                return True
        found = False
        conditions: set[str] = set()  # what this passage makes commercial use depend on
        both = any(_hit(c.both, text) for c in _READERS) or zh_grants.both(text, chinese)
        both = both or romance.grants_both_kinds(text)  # es, pt, fr, it, ro: by their word tables
        # a row keyed by commercial use (a bare verdict its value), or a grant for any purpose
        row = row_commercial(text) or any_purpose_grant(text)
        if row is not None:
            self._commercial_use(row, passage)
            found = True
        for cues in _READERS:
            found = self._commercial(passage, cues, text, conditions, both=both) or found
            found = self._caps_and_law(passage, cues, text, conditions) or found
        for clause in clause_reader(passage.language)(text, passage.text):
            found = self._clause(clause, passage, conditions) or found
        route = None if found or chinese else world_route(passage.text)  # hr, fy, uz, mn ...
        if route in ("written-permission", "registration"):
            allowed = route == "registration"  # a notice; else the licensor's permission
            self._commercial_use("allowed" if allowed else "restricted", passage)
            conditions.add(route)
            found = True
        if not found and not chinese and grants_noncommercial_world(passage.text):
            self._commercial_use("prohibited", passage)  # cy, gd, be, kk, km, si ... only
            found = True
        if not found and cap_refs.continues(self.cap_terms, passage, text, CUES):
            self._capped(passage, conditions)  # the grant holds under a cap stated elsewhere
            found = True
        if not found and not chinese and grants_commercial_minor(passage.text):
            # mt, sq, mk, is, ga, lb, cy, eu, gl, te, zu, yo, ht: often told as another language
            self._commercial_use("allowed", passage)
            found = True
        if not found and not chinese and grants_commercial_use(passage.text):
            self._commercial_use("allowed", passage)  # by its words alone, nothing narrowing it
            found = True
        if not found and route == "qualifies":  # a refusal, a decision unneeded, a pointer
            return True  # read with the route it qualifies (`foreign_routes_world`)
        own = CUES.get(passage.language or "")
        plain = is_plain_grant_zh(text) if chinese else is_plain_grant(text, own)
        plain = plain or (not chinese and (is_plain_grant_west(text) or is_plain_grant_world(text)))
        plain = plain or (not chinese and is_plain_grant_s38eu4(text))  # pl, cs, sl, hr, ro
        plain = plain or (passage.language == "eu" and is_plain_grant_eu(text))  # `..._s39eu`
        if not found and plain:
            # the right to use, copy or modify, no purpose, limit or condition: every use, as
            # the English rules read such a grant, unless a passage names commercial use and no
            # reader settled it (`result`)
            self.plain_grants.append(passage)
            return True
        if names_commercial_use(text):
            self.commercial_named = True
        if chinese and _ALLOWED_HERE in conditions and is_credit_shown(text):
            conditions.add("attribution-display")  # "免费商用，须注明出处"
        if offers_model_service(passage.text):  # the further licence is the service's only
            conditions -= {"separate-license", "written-permission"}
        self._conditions(conditions - {_ALLOWED_HERE}, passage)
        if found or (chinese and is_note(text, ZH.restrictive)) or states_no_term(text, own):
            return True
        if is_information_only(passage.text):  # a notice for information, rights untouched
            return True
        return prevailing_language(text) is not None  # a precedence clause: no term of use

    def _commercial(
        self, passage: Passage, cues: Cues, text: str, conditions: set[str], *, both: bool
    ) -> bool:
        # a restriction denied ("keine Einschränkungen für die kommerzielle Nutzung"): its
        # negation bans nothing, so the bans are tried on the rest of the passage
        free = _hit(cues.unrestricted, text)
        if free and cues.unrestricted is not None:
            text = cues.unrestricted.sub(_blank, text)
        # a ban in a sentence stating a cap is the cap's consequence (read by `_caps_and_law`)
        chinese = cues is ZH and passage.language == "zh"
        named = _hit(cues.prohibited, text) or (chinese and zh_grants.names_noncommercial(text))
        own = cues is CUES.get(passage.language or "")  # es, pt, fr, it, ro: their word tables
        own = own or (passage.language == "und" and cues is IT)  # untold: those tables once
        own = own or (passage.language == "gl" and cues is PT)  # Galician: told apart since s40
        named = named or (own and romance.bans(passage.language, text))
        banned = not both and named and not states_cap(text, cues)
        banned = banned and not (chinese and zh_grants.past_a_size(text))  # figure elsewhere
        if banned and chinese and self.granted and zh_grants.names_only_noncommercial(text):
            return True  # non-profit ends named free beside a grant of commercial use: no ban
        registered = chinese and is_registered_use(text)
        # registering is the licensee's own act, not the licensor's permission
        asked = clause_pattern(_REGISTERING).sub(_blank, text) if registered else text
        if cues is CUES.get(passage.language or ""):  # a notice
            registered = registered or is_notice_route(passage.language, text)
        asked = without_unneeded(passage.language, asked)  # decisions unneeded: every reader
        needs = _hit(cues.restricted, asked) or (
            own and romance.needs_permission(passage.language, asked)
        )
        needs = needs or (chinese and zh_grants.needs_permission(asked))  # "经核准后方可使用"
        scope = [
            s
            for s, p in (("research", cues.research), ("personal", cues.personal))
            if _hit(p, text)
        ]
        if scope:
            known = set(_as_list(self.values.get("use_scope")))
            self._set("use_scope", sorted(set(scope) | known), passage)
        if scope or (banned and not needs and not self.routed):
            self._commercial_use("prohibited", passage)
        elif banned and not (needs or registered):
            return True  # non-commercial ends beside a route to commercial use: no ban
        elif needs:
            self._commercial_use("restricted", passage)
            if chinese and zh_grants.past_a_size(text):
                conditions.add(_ABOVE)  # asked past a size only
            elif cues is ZH:
                conditions.update(permission_conditions(text))
            elif cap_refs.continues(self.cap_terms, passage, text, CUES):
                conditions.add(_ABOVE)  # past a cap another passage states
            else:
                conditions.add(needed_condition(asked))
            conditions.update(["registration"] if registered else [])
        elif registered and _CONDITIONS in TERM_KEYS:
            self._commercial_use("allowed", passage)  # allowed on a condition
            conditions.add("registration")
        elif registered:
            self._commercial_use("restricted", passage)  # no condition type: the quote says
        elif _hit(cues.allowed, text) or both or free or (chinese and zh_grants.grants(text)):
            self._commercial_use("allowed", passage)
            conditions.add(_ALLOWED_HERE)
        else:
            return False
        return True

    def _caps_and_law(self, passage: Passage, cues: Cues, text: str, conditions: set[str]) -> bool:
        found = False
        notice = is_notice_only(text)  # past a size the licensee only tells the licensor
        if cues.mau is not None and cues.mau.search(text):
            cap = user_cap(text, cues.mau)
            if cap is not None and notice:
                found = True  # no cap: the grant holds past the size
            elif cap is not None:
                term = {"count": cap, "unit": "mau", **cap_counts(text, cues)}
                self._set("user_threshold", term, passage)
                self._set("mau_threshold", cap, passage)
                self._capped(passage, conditions)
                found = True
        if cues.revenue is not None and cues.revenue.search(text):
            revenue = revenue_cap(text, cues.revenue, cues.annual)
            if revenue is not None and notice:
                found = True
            elif revenue is not None:
                self._set("revenue_threshold", {**revenue, **cap_counts(text, cues)}, passage)
                if revenue["currency"] == "USD" and revenue.get("period") in ("year", None):
                    self._set("revenue_threshold_usd", revenue["amount"], passage)
                self._capped(passage, conditions)
                found = True
        for pattern, code in cues.laws:
            if "governing_law" not in self.values and pattern.search(text):
                self._set("governing_law", code, passage)
                found = True
        return found

    def _capped(self, passage: Passage, conditions: set[str]) -> None:
        """A cap: past it a further license (what the passage asks for) is needed."""
        self._commercial_use("restricted", passage)
        conditions.difference_update({"written-permission", "separate-license"})
        conditions.add(_ABOVE)

    def _conditions(self, conditions: set[str], passage: Passage) -> None:
        if _ABOVE in conditions:
            conditions.difference_update({"written-permission", "separate-license"})
        if not conditions or _CONDITIONS not in TERM_KEYS:
            return
        known = set(_as_list(self.values.get(_CONDITIONS)))
        self.values[_CONDITIONS] = sorted(known | conditions)
        if passage not in self.quotes.setdefault(_CONDITIONS, []):
            self.quotes[_CONDITIONS].append(passage)

    def _clause(self, clause: Clause, passage: Passage, conditions: set[str]) -> bool:
        if clause.key in CLAUSE_KEYS and passage in self.multimodal:
            clause = for_multimodal(clause)  # `foreign_models`
        if clause.key == "user_threshold":
            if "user_threshold" in self.values:
                return False
            self._capped(passage, conditions)
        if clause.key in LIST_KEYS | CLAUSE_KEYS and clause.key in self.values:
            old = self.values[clause.key]
            both = [old, clause.value]
            merged = (
                sorted({str(r) for group in both for r in _as_list(group)})
                if clause.key in LIST_KEYS  # each passage adds its own
                else union_clauses(both)
            )
            self.values[clause.key] = merged
            self.quotes[clause.key].append(passage)
            return True
        self._set(clause.key, clause.value, passage)
        return True

    def _commercial_use(self, value: str, passage: Passage) -> None:
        order = ("allowed", "restricted", "prohibited")
        current = self.values.get("commercial_use")
        if current is None or order.index(value) > order.index(str(current)):
            self.values["commercial_use"] = value
            self.quotes["commercial_use"] = [passage]
        elif value == current and passage not in self.quotes["commercial_use"][:2]:
            self.quotes["commercial_use"] = [*self.quotes["commercial_use"], passage][:2]

    def _set(self, key: str, value: object, passage: Passage) -> None:
        if key in self.values and key != "use_scope":
            return
        self.values[key] = value
        if passage not in self.quotes.setdefault(key, []):
            self.quotes[key].append(passage)

    def result(self) -> ForeignReading:
        if "commercial_use" not in self.values and self.plain_grants and not self.commercial_named:
            self._commercial_use("allowed", self.plain_grants[0])  # nothing narrows the grant
        values = dict(self.values)
        if values.get("commercial_use") == "prohibited":
            values.pop(_CONDITIONS, None)  # no grant, no condition of one
            research = "research" in _as_list(values.get("use_scope"))
            values["kind"] = "research-only" if research else "non-commercial"
            self.quotes["kind"] = self.quotes["commercial_use"][:1]
        else:  # a company's use deemed commercial leaves it out only beside a ban on that use
            companies_not_left_out(values)  # `foreign_companies`
        if values.get("commercial_use") == "restricted":
            values["kind"] = "open-weight-restricted"
            self.quotes["kind"] = self.quotes["commercial_use"][:1]
        return ForeignReading(
            values=values,
            quotes={key: tuple(quotes) for key, quotes in self.quotes.items()},
            mentions=tuple(self.mentions),
            unread=tuple(self.unread),
        )


_CONDITIONS, _ABOVE = "commercial_use_conditions", "separate-license-above-threshold"
# a heading ending with the name of a licence document: a title
_TITLE = lazy_pattern(
    r"(?:许可证|许可协议|授权协议|使用协议|协议|條款|条款|許可證|許可協議|授權協議|ライセンス契約"
    r"|利用規約|라이선스\s*계약|이용\s*약관)\s*(?:[（(][^）)]{0,20}[）)])?\W*$"
)
_ALLOWED_HERE = "allowed"  # a passage-local mark: the passage grants commercial use
_REGISTERING = "commercial_use_conditions/zh-registration-act"  # a clause rule (zh.yaml)


def _blank(match: re.Match[str]) -> str:
    return "_" * len(match.group())


def _hit(pattern: re.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.search(text) is not None


def _as_list(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _names_measure(cell: str) -> bool:
    """Whether a table's header cell names a cap's measure (`foreign_passages_s37eu`)."""
    return any(_hit(c.revenue, cell) or _hit(c.mau, cell) for c in _READERS)


def _about_other_work(text: str, cues: Cues) -> bool:
    """A card sentence about a dataset, a base model or the code, not about this model."""
    return _hit(cues.other_work, text) and not _hit(cues.this_model, text)
