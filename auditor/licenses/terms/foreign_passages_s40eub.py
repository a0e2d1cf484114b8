"""Whole passages read apart from the cues (session 40, second European helper), for
`terms.foreign`: commercial grants, credit duties, Baltic routes and notes; the bans, routes
and end users' notes of `foreign_bans_s40eub`.

- A grant naming commercial use as granted (Spanish "Se autoriza ... la explotación comercial",
  Bulgarian "Можете да използвате ... с търговска цел", Northern Sami "oažžu geavahit ...
  maiddái gávppálaš ulbmiliidda", Serbian and Croatian "daje pravo da model koristite ... u
  komercijalne proizvode"), nothing narrowing it (a negation, "only", a condition, permission,
  research, the non-commercial word): commercial use `allowed`. A Serbian grant "pod sledećim
  uslovima:" is read only when the conditions follow as passages of their own (each read, or
  said unread, by itself).
- A credit asked (Bulgarian "Единственото условие е да посочите името ...", Hungarian "köteles
  ... feltüntetni", Northern Sami "Dán teavstta galgá čuovvut juohke máŋgosa"), a quoted credit
  line aside, nothing else asked: `attribution_required`.
- Baltic: commercial use preceded by a registration ("Prieš pradėdami ... naudoti komerciškai,
  užsiregistruokite", "Pirms komerciālas izmantošanas reģistrējieties", "Enne ärilist kasutamist
  registreeruge"), no permission asked: `allowed` on `registration`; the registration said free
  or confirmed automatically, any permission said unneeded: read, no term. A grant for research
  or study ("Modeli drīkst brīvi izmantot pētniecībai"), nothing commercial in it, beside a
  passage making commercial use need the licensor's permission or licence: read, no term (that
  passage says what commercial use needs); the licensor free to withhold permission without
  giving reasons ("Licences devējs var atļauju nedot, nepaskaidrojot iemeslus"): no term.

Each shape is asked only of a passage holding a word of its language (`_MARKS`), whatever the
passage was told as. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_bans_s40eub import read_bans_s40eub
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s40eub"]

_FLAGS = re.IGNORECASE


def _p(source: str) -> re.Pattern[str]:
    return lazy_pattern(source, _FLAGS)


# --- commercial grants: (grant, commercial named, words narrowing it) per language ----------
_GRANTS: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {
    "es": (
        _p(r"^\W*se\s+(?:autoriza|permite|concede)n?\s+(?:el|la|los|las)\b"),
        _p(r"\b(?:explotación|uso|utilización|comercialización)\s+comercial\w*\b"),
        _p(
            r"\bno\b|\bni\b|\bsolo\b|\bsólo\b|\bsalvo\b|\bexcepto\b|\bsi\b|\bsiempre\b|\bcondici\w*"
            r"|\bprevi\w*|\bautorizaci\w*|\bpermiso\w*|\bnunca\b|\bprohib\w*|\binvestigaci\w*"
            r"|\bpersonal\w*|\bsin\b|\bhasta\b|\bmientras\b|\bdentro\b|\bfuera\b|\bregistr\w*"
            r"|\blicencia\s+(?:comercial|separada|adicional|específica)|\bcontrato\b|\bpago\w*"
            # a cap or a place the grant is confined to
            r"|\bmenos\b|\bmás\b|\bmáximo\b|\blímite\w*|\busuarios?\b|\bingresos?\b"
            r"|\bterritorio\w*|\bpaís\w*|\bunión\b|\bespacio\b|\bempresas?\b|\bentidad\w*"
        ),
    ),
    "bg": (
        _p(r"^\W*(?:вие\s+)?можете\s+да\s+(?:използвате|ползвате)\b"),
        _p(r"\b(?:с|за)\s+търговск\w*\s+цел\w*|\bтърговск\w*\s+(?:цел\w*|употреб\w*|използван\w*)"),
        _p(
            r"\bне\b|\bнито\b|\bсамо\b|\bосвен\b|\bако\b|\bстига\b|\bбез\b|\bразрешени\w*"
            r"|\bсъгласи\w*|\bлиценз\w*|\bнекомерс\w*|\bнетърговск\w*|\bизследван\w*|\bличн\w*"
            r"|\bзабран\w*|\bусловие\w*|\bдо\b|\bрегистр\w*|\bтакс\w*|\bплащ\w*"
            r"|\bпо-малко\b|\bповече\b|\bпотребител\w*|\bприход\w*|\bоборот\w*|\bтеритори\w*"
        ),
    ),
    "se": (
        _p(r"\b(?:oažžu|sáhttá|sáhttet|lea\s+lohpi)\s+(?:\w+\s+)?geavahit\b"),
        _p(r"\bmaid(?:dái)?\s+gávppálaš\s+ulbmil\w*|\bbuot\s+ulbmiliidda\b"),
        _p(
            r"\b(?:ii|in|it|eai|ean|eat|ale|allet|dušše|earret|jus|gielddus\w*|lobi\w*|dutkan\w*"
            r"|dutkamii)\b|\bii-gávppálaš\w*"
        ),
    ),
    "sh": (  # Serbian, Croatian, Bosnian in Latin letters
        _p(r"\b(?:daje|dajemo|dodeljuje|dodjeljuje|daju)\s+(?:\w+\s+){0,2}pravo\s+da\b"),
        _p(
            r"\bu\s+komercijaln\w*\s+(?:proizvod|uslug|svrh)\w*|\bu\s+komercijaln\w*\s+svrh\w*"
            r"|\bza\s+komercijaln\w*\s+(?:svrh|namen|upotreb)\w*"
        ),
        _p(
            r"\bne\b|\bnije\b|\bsamo\b|\bisključivo\b|\bosim\b|\bako\b|\bukoliko\b|\bbez\b"
            r"|\bdozvol\w*|\bsaglasnos\w*|\bsuglasnos\w*|\bnekomercijal\w*|\bistraživ\w*"
            r"|\bzabran\w*|\bdo\b|\bregistr\w*|\bnaknad\w*|\bplać\w*"
            r"|\bmanje\b|\bviše\b|\bkorisni\w*|\bprihod\w*|\bteritorij\w*|\bpodručj\w*"
        ),
    ),
}
# "pod sledećim uslovima:" closing a grant: its conditions are the passages that follow
_SH_CONDITIONS_FOLLOW = _p(
    r",?\s*pod\s+(?:sledećim|sljedećim|ovim|navedenim)\s+(?:uslovima|uvjetima)\s*:\s*$"
)
_MARKS = {
    "es": _p(r"\b(?:del|modelo|uso|explotación|licencia|autoriza)\b"),
    "bg": _p(r"\b(?:модела|използвате|разпространявате|теглата|можете|търговска)\b"),
    "se": _p(r"\b(?:dán|oažžu|geavahit|juohkit|rievdadit|ulbmiliidda|gávppálaš|maiddái)\b"),
    "sh": _p(r"\b(?:model|koristite|menjate|mijenjate|ugrađujete|licence|licencu|davalac"
             r"|davatelj)\b"),
}  # fmt: skip

# --- a credit asked ------------------------------------------------------------------------
_QUOTED = _p(r"[\"„“«»‚‘'][^\"„“«»‚‘']{1,200}[\"”“«»’']")
_CREDITS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "bg": (
        _p(
            r"^\W*(?:единственото\s+)?(?:условие\w*\s+е|трябва|сте\s+длъжни|следва)\s+"
            r"(?:\w+\s+){0,2}да\s+(?:посочите|посочвате|упоменете|упоменавате|цитирате)\s+"
            r"(?:името|автор\w*|източник\w*|лаборатори\w*)"
        ),
        _p(
            r"\bне\b|\bнито\b|\bсамо\s+ако\b|\bосвен\b|\bзабран\w*|\bразрешени\w*|\bсъгласи\w*"
            r"|\bтакс\w*|\bплащ\w*|\bрегистр\w*|\bлиценз\w*\s+(?:договор|споразумени)\w*"
        ),
    ),
    "hu": (
        _p(
            r"\b(?:köteles\w*|kell)\s+(?:\w+\s+){0,3}(?:feltüntetni|megnevezni|megjelölni"
            r"|feltüntetnie|megemlíteni)\b|\bfel\s+kell\s+tüntetni\b"
        ),
        _p(
            r"\bnem\b|\btilos\w*|\bsem\b|\bcsak\b|\bkivéve\b|\bengedély\w*|\bdíj\w*"
            r"|\bregisztr\w*|\bhozzájárul\w*"
        ),
    ),
    "se": (
        _p(
            r"^\W*(?:dán|dán\s+liseansa|liseansa)\s+teavstta\s+galgá\s+(?:leat\s+)?"
            r"(?:čuovvut|mielde)\s+juohke\s+máŋgo\w*\W*$"
        ),
        _p(r"\b(?:ii|eai|dušše|earret|jus)\b"),
    ),
}

# --- Baltic registration routes, notes, research grants ------------------------------------
_REGISTER_BEFORE = {
    "lt": _p(r"^\W*prieš\s+(?:\w+\s+){0,3}komerc\w*[^.;]*?\b(?:užsiregistruo|registruo)\w*"),
    "lv": _p(r"^\W*pirms\s+(?:\w+\s+){0,3}komerciāl\w*[^.;]*?\breģistr\w*"),
    "et": _p(r"^\W*enne\s+(?:\w+\s+){0,3}(?:ärili|kommerts)\w*[^.;]*?\bregistree\w*"),
}
_REGISTER_NARROW = {
    "lt": _p(
        r"\b(?:ne(?:gali|galima|leidžiama)|draudž\w*|nebent|išskyrus|tik|leidim\w*"
        r"|sutikim\w*|patvirtin\w*|sutart\w*|mokest\w*|mokam\w*)\b"
    ),
    "lv": _p(
        r"\b(?:nedrīkst|aizliegt\w*|izņemot|tikai|atļauj\w*|piekrišan\w*|apstiprin\w*"
        r"|līgum\w*|maks\w*)\b"
    ),
    "et": _p(
        r"\b(?:ei|keelatud|välja\s+arvatud|ainult|vaid|luba|loa\w*|nõusolek\w*|kinnit\w*"
        r"|leping\w*|tasu\w*)\b"
    ),
}
_REGISTRATION_NOTE = {
    "lt": (_p(r"^\W*registracij\w*\s+(?:yra\s+)?(?:nemokam\w*|automatin\w*)"),
           _p(r"\bleidim\w*|\bsutikim\w*"), _p(r"\bnereikia\b|\bnebūtina\b|\bnereikės\b"),
           _p(r"(?<!ne)mokam\w*|\bmokest\w*|\bpatvirtin\w*\s+(?!išsiunčiam|siunčiam|gaunam)")),
    "lv": (_p(r"^\W*reģistrācij\w*\s+(?:ir\s+)?(?:bez\s+maksas|bezmaksas|automātisk\w*)"),
           _p(r"\batļauj\w*|\bpiekrišan\w*"), _p(r"\bnav\s+(?:jāgaida|vajadzīg\w*|nepieciešam\w*)"),
           _p(r"\bmaksas\s+(?!\w)(?<!bez\s)|\bmaksa\b")),
    "et": (_p(r"^\W*registreeri\w*\s+(?:on\s+)?(?:tasuta|automaatn\w*)"),
           _p(r"\bluba\b|\bloa\w*|\bnõusolek\w*"), _p(r"\bpole\s+vaja\b|\bei\s+ole\s+vaja\b"),
           _p(r"\btasuline\b|\btasu\s+eest\b")),
}  # fmt: skip
_ROUTE_WORDS = {  # commercial use, the licensor's decision or licence, a need
    "lv": (_p(r"\bkomerciāl\w*"), _p(r"\batļauj\w*|\bpiekrišan\w*|\blīgum\w*"),
           _p(r"\bnepieciešam\w*|\bjāsaņem\b|\bvajadzīg\w*|\btikai\s+ar\b")),
    "lt": (_p(r"\bkomerc\w*"), _p(r"\bleidim\w*|\bsutikim\w*|\bsutart\w*"),
           _p(r"\breikia\b|\breikalinga?s?\b|\btik\s+(?:gavus|su)\b|\bbūtina?s?\b")),
    "et": (_p(r"\bärili\w*|\bkommerts\w*"), _p(r"\bluba\b|\bloa\w*|\bnõusolek\w*|\bleping\w*"),
           _p(r"\bvaja\b|\bvajalik\w*|\bnõuab\b|\bnõutav\w*|\bainult\b")),
}  # fmt: skip
_RESEARCH_GRANT = {
    "lv": _p(r"^\W*model\w*\s+(?:drīkst|var)\s+(?:brīvi\s+)?(?:izmantot|lietot)\s+(?:\w+\s+)?"
             r"(?:pētniecīb\w*|zinātn\w*|mācīb\w*|izglītīb\w*)[^.;]*\W*$"),
    "lt": _p(r"^\W*model\w*\s+(?:galima|gali\s+būti)\s+(?:laisvai\s+)?naudo\w*\s+(?:\w+\s+)?"
             r"(?:moksl\w*|tyrim\w*|mokym\w*|studij\w*)[^.;]*\W*$"),
    "et": _p(r"^\W*mudelit\s+(?:võib|tohib)\s+(?:vabalt\s+)?kasutada\s+(?:\w+\s+)?"
             r"(?:teadus\w*|uurimis\w*|õppe\w*|haridus\w*)[^.;]*\W*$"),
}  # fmt: skip
_RESEARCH_NARROW = _p(
    r"\b(?:komerc\w*|ärili\w*|nedrīkst|negali\w*|ei|tikai|tik|ainult|vaid|izņemot|išskyrus"
    r"|välja|ja|jei|kui|bet|bez|be|ilma|maks\w*|mokam\w*|tasu\w*)\b"
)
_REFUSAL = (
    _p(
        r"^\W*licences\s+devēj\w*\s+(?:var|drīkst)\s+(?:\w+\s+)?(?:atļauj\w*|piekrišan\w*)\s+"
        r"(?:nedot|nesniegt|atteikt)\w*(?:,?\s+(?:nepaskaidrojot|nenorādot|nepamatojot)\s+"
        r"(?:\w+\s+)?(?:iemesl\w*|pamatojum\w*))?\W*$"
    ),
    _p(
        r"^\W*licencijos\s+davėj\w*\s+gali\s+(?:atsisakyti\s+(?:duoti|suteikti)\s+leidim\w*|"
        r"leidimo\s+nesuteikti|neduoti\s+leidimo)(?:,?\s+(?:nenurodyd\w*|nepaaiškind\w*)\s+"
        r"(?:\w+\s+)?priežas\w*)?\W*$"
    ),
    _p(
        r"^\W*litsentsiandja\s+(?:võib|tohib)\s+(?:loa\s+andmisest\s+keelduda|loa\s+andmata\s+"
        r"jätta)(?:,?\s+(?:põhjust|põhjuseid|põhjusi)\s+(?:esitamata|avaldamata|selgitamata))?"
        r"\W*$"
    ),
)
_EL_COMMERCIAL_NAMED = _p(r"\bεμπορικ\w*")  # a Greek plain grant read beside it
_BALTIC = {
    "lt": _p(r"\b(?:modelį|naudoti|galite|licencijos|davėjo|registracija|komerciškai|prieš)\b"),
    "lv": _p(r"\b(?:modeli|izmantot|drīkst|licences|devējs|reģistrācija|komerciāl\w*|pirms)\b"),
    "et": _p(r"\b(?:mudelit|kasutada|võib|litsentsiandja|registreerimine|ärilistel|enne)\b"),
}


def _one(marks: dict[str, re.Pattern[str]], text: str) -> str | None:
    found = [code for code, pattern in marks.items() if pattern.search(text) is not None]
    return found[0] if len(found) == 1 else None


def _grant(text: str) -> list[Clause] | None:
    language = _one(_MARKS, text)
    if language is None:
        return None
    grant, commercial, narrow = _GRANTS[language]
    if grant.search(text) is None or commercial.search(text) is None:
        return None
    body = text
    if language == "sh":
        body = _SH_CONDITIONS_FOLLOW.sub("", text)
    if narrow.search(body) is not None or re.search(r"\buslov|\buvjet", body, _FLAGS):
        return None
    return [Clause("commercial_use", "allowed")]


def _credit(text: str) -> list[Clause] | None:
    asked = _QUOTED.sub(" ", text)
    for asks, narrow in _CREDITS.values():
        if asks.search(asked) is not None and narrow.search(asked) is None:
            return [Clause("attribution_required", True)]
    return None


def _baltic(text: str, routed: set[str]) -> list[Clause] | None:
    if any(pattern.search(text) for pattern in _REFUSAL):
        return []
    language = _one(_BALTIC, text)
    if language is None:
        return None
    before = _REGISTER_BEFORE[language].search(text)
    if before is not None and _REGISTER_NARROW[language].search(text) is None:
        return [Clause("commercial_use", "allowed"), Clause(_CONDITIONS, ["registration"])]
    opens, decision, unneeded, paid = _REGISTRATION_NOTE[language]
    free = opens.search(text) is not None and paid.search(text) is None
    if free and (decision.search(text) is None or unneeded.search(text) is not None):
        return []
    grant = _RESEARCH_GRANT[language].search(text)
    if grant is not None and language in routed and _RESEARCH_NARROW.search(text) is None:
        return []
    return None


def _routed(passages: Sequence[Passage]) -> set[str]:
    """The Baltic languages in which some passage makes commercial use need a decision."""
    found: set[str] = set()
    for passage in passages:
        for language, (commercial, decision, need) in _ROUTE_WORDS.items():
            text = passage.text
            if commercial.search(text) and decision.search(text) and need.search(text):
                found.add(language)
    return found


def read_s40eub(
    passages: Sequence[Passage], every: Sequence[Passage]
) -> dict[Passage, list[Clause]]:
    """The passages stating one of the shapes above, each with its clauses; `passages` are
    those no reader before read, `every` all of the text's (for a route stated elsewhere)."""
    found: dict[Passage, list[Clause]] = {}
    routed = _routed(every)
    named = " ".join(p.text for p in every)
    for passage in passages:
        if passage.heading:
            continue
        text = passage.text
        clauses = read_bans_s40eub(text)
        if clauses is not None and clauses and clauses[0].key == "plain_grant":
            clauses = [] if _EL_COMMERCIAL_NAMED.search(named) else None
        if clauses is None:
            clauses = _grant(text)
        if clauses is None:
            clauses = _credit(text)
        if clauses is None:
            clauses = _baltic(text, routed)
        if clauses is not None:
            found[passage] = clauses
    return found


_CONDITIONS = "commercial_use_conditions"
