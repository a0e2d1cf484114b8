"""Passages stating no term of use in the languages `foreign_more` reads, for
`foreign_no_term.states_no_term`: read, and they add nothing (as the English rules leave such
sentences aside) -

- a warranty disclaimer: the model given "as is" ("som den er", «як є», „kakav jest",
  "seadanya", "kama ilivyo") or without any warranty ("uden garanti", "без гарантій");
- a limit of the licensor's liability ("er ikke ansvarlig", "не несе відповідальності",
  "ne odgovara", "tidak bertanggungjawab");
- the licence's end on a breach ("ophører ... hvis du overtræder", "припиняється в разі
  порушення", "prestaje ako prekršite", "itakoma ... ukiuka");
- outputs left to the user ("pripadaju korisniku", "належать користувачу", "ni mali ya
  mtumiaji", "gør intet krav på");
- a plain grant to use, copy or modify, with no word narrowing it ("giver dig ret til at
  bruge", "надає вам право використовувати", "daje vam pravo korištenja").

A passage with a ban, an "only" or a commercial word of these languages is none of these.
"""

from __future__ import annotations

from functools import cache
from re import Pattern

from auditor.licenses.terms.foreign_cue_shapes import both_scripts, compiled
from auditor.licenses.terms.foreign_harms_more import BANS

_AS_IS = (
    r"\bsom\s+(?:den|det)\s+(?:er|forefindes|foreligger)\b|«\s*як\s+є\s*»|\bяк\s+є\b"
    r"|\bкакто\s+е\b|\bkakav\s+(?:jest|je)\b|\bкакав\s+је(?:ст)?\b|\btoks,?\s+koks\s+yra\b"
    r"|\btāds,?\s+kāds\s+(?:tas\s+)?ir\b|\bnagu\s+on\b|\bseadanya\b|\bkama\s+ilivyo\b"
    r"|যেমন\s+আছে|همان\s*طور\s+که\s+هست|به\s+همین\s+شکل|جیسا\s+ہے"
)
_NO_WARRANTY = (
    r"\b(?:uden|uten)\s+(?:nogen\s+|noen\s+)?(?:form\s+for\s+)?garanti|\bбез\s+(?:будь-яких\s+)?"
    r"гаранті|\bбез\s+(?:каквито\s+и\s+да\s+(?:е|било)\s+)?гаранци|"
    + both_scripts(r"\bbez\s+(?:ikakvih\s+|ikakve\s+)?(?:jamstva|jamstava|garancij\w*)")
    + r"|\bbe\s+jokių\s+garantijų|\bbez\s+(?:jebkādām\s+)?garantijām|\bilma\s+(?:igasuguse\s+)?"
    r"garantii|\btanpa\s+(?:sebarang\s+|apa-apa\s+)?jaminan|\bbila\s+dhamana"
    r"|কোনো\s+ওয়ারেন্টি\s+ছাড়া|بدون\s+(?:هیچ\s+)?ضمانت|بغیر\s+کسی\s+ضمانت"
)
_NOT_LIABLE = (
    r"\bikke\s+(?:ansvarlig|erstatningsansvarlig)|\bintet\s+ansvar|\bingen\s+ansvar"
    r"|\bне\s+несе\s+(?:жодної\s+)?відповідальності|\bне\s+носи\s+(?:никаква\s+)?отговорност|"
    + both_scripts(r"\bne\s+(?:odgovara|snosi\s+(?:nikakvu\s+)?odgovornost)")
    + r"|\bneatsako\b|\bneatbild\w*|\bei\s+vastuta\b|\btidak\s+bertanggungjawab|\bhatawajibika"
    r"|\bhaitawajibika|দায়ী\s+থাকবে\s+না|مسئولیتی\s+ندارد|ذمہ\s+دار\s+نہیں"
)
_ENDS = (
    r"\b(?:ophører|opphører|bortfalder|припиняє\w*|прекратява\w*|nustoja|izbeidz\w*|lõpeb"
    r"|tamat|berakhir|itakoma|inakoma)\b|"
    + both_scripts(r"\b(?:prestaje|престаје)\b")
    + r"|\bпрекрат\w*"
)
_BREACH = (
    r"overtræd\w*|misligholde\w*|brudd|bryter|порушен\w*|наруш\w*|"
    + both_scripts(r"prekrš\w*|krše\w*|kršen\w*")
    + r"|pažeid\w*|pārkāp\w*|rikku\w*|melanggar|pelanggaran|ukiuka|utakiuka|kukiuka"
)
_OUTPUTS_LEFT = (
    r"\b(?:tilhører|tilfalder)\s+(?:dig|deg|brugeren|brukeren)|\bgør\s+intet\s+krav|"
    r"\bgjør\s+ikke\s+krav|\bналежать\s+(?:вам|користувачу)|\bне\s+претендує|\bпринадлежат\s+на\s+"
    r"(?:вас|потребителя)|"
    + both_scripts(r"\bpripadaju\s+(?:vama|korisniku)|\bne\s+polaže\s+(?:nikakvo\s+)?pravo")
    + r"|\bpriklauso\s+(?:jums|naudotojui)|\bpieder\s+(?:jums|lietotājam)|\bkuuluvad\s+"
    r"(?:teile|kasutajale)|\bmilik\s+(?:anda|pengguna)|\bni\s+mali\s+ya\s+(?:mtumiaji|mteja)"
)
_PLAIN_GRANT = (
    r"\b(?:giver|tildeler)\s+(?:dig|licenstageren)\b[^.;]{0,80}?\bret\w*\s+til\s+at\s+(?:bruge"
    r"|anvende|kopiere|ændre)|\bgir\s+(?:deg|lisenstaker\w*)\b[^.;]{0,80}?\brett\w*\s+til\s+å"
    r"\s+(?:bruke|kopiere|endre)|\bнада\w*\s+(?:вам|ліцензіату)\b[^.;]{0,80}?\bправ\w*|"
    r"\b(?:предоставя|разрешава)\b[^.;]{0,80}?(?:използван|копиран|изменян|право)\w*|"
    + both_scripts(r"\b(?:daje|dodjeljuje|dodeljuje)\b[^.;]{0,80}?\bpravo\b")
    + r"|\bsuteikia\b[^.;]{0,80}?\bteis\w*|\b(?:piešķir|dod)\b[^.;]{0,80}?\btiesīb\w*"
    r"|\bannab\b[^.;]{0,80}?(?:õiguse|litsentsi)|\bmemberikan\b[^.;]{0,80}?\bhak\b"
    r"|\b(?:anakupa|inakupa|anakupatia|inakupatia)\b[^.;]{0,80}?\bhaki\b"
    r"|অধিকার\s+(?:দিচ্ছে|দেয়|প্রদান)|حق[^.;]{0,80}?اعطا"
)
# a word narrowing any passage: only, except, commercial (and the bans, `foreign_harms_more`)
_NARROWING = (
    r"\b(?:kun|bare|udelukkende|utelukkende|undtagen|unntatt|лише|тільки|виключно|крім|само"
    r"|единствено|освен|tik|išskyrus|tikai|izņemot|ainult|üksnes|välja\s+arvatud|hanya|sahaja"
    r"|kecuali|tu|pekee|isipokuwa|kommerci\w*|kommersi\w*|комерц\w*|търговск\w*|komercin\w*"
    r"|komerciāl\w*|ärili\w*|komersial|biashara|kibiashara)\b|"
    + both_scripts(r"\b(?:samo|isključivo|osim|komercijal\w*)\b")
    + r"|শুধুমাত্র|কেবল|বাণিজ্যিক|فقط|تنها|تجاری|صرف|تجارتی"
)
# a condition a plain grant may not carry: if, provided that
_CONDITION = r"\b(?:hvis|dersom|якщо|ако|jei|kui|jika|ikiwa)\b|" + both_scripts(r"\bako\b")


@cache
def _patterns() -> tuple[Pattern[str], ...]:
    return tuple(compiled(p) for p in (_AS_IS, _NO_WARRANTY, _NOT_LIABLE, _OUTPUTS_LEFT))


@cache
def _narrowing() -> Pattern[str]:
    bans = "|".join(f"(?:{p})" for p in BANS.values())
    return compiled(f"{_NARROWING}|{bans}|{both_scripts(BANS['hr'])}")


@cache
def _shapes() -> tuple[Pattern[str], Pattern[str], Pattern[str], Pattern[str]]:
    return compiled(_ENDS), compiled(_BREACH), compiled(_PLAIN_GRANT), compiled(_CONDITION)


def states_no_term_more(text: str) -> bool:
    """Whether a passage in one of these languages states no term of use (module docstring)."""
    if _narrowing().search(text):
        return False
    ends, breach, grant, condition = _shapes()
    if any(p.search(text) for p in _patterns()) or (ends.search(text) and breach.search(text)):
        return True
    return grant.search(text) is not None and condition.search(text) is None
