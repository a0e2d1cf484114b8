"""Grants, duties and definitions in languages the word tables leave unread (session 39), for
`foreign_passages_s39eua`: Manx, Slovene, Romansh, Low German, Latin, Ukrainian, Bulgarian,
Breton, Maltese and Finnish grants; Esperanto and Manx disclaimers; Ukrainian registration;
Catalan, Estonian and Polish definitions of commercial use.

- A grant: a verb of permission ("sme", "dastgais", "dörvst", "licet", "можна", "може да",
  "Gallout a rit", "jista'", "voit") and, in the same sentence, commercial use or use for money
  named as included ("tudi v take, ki jih prodaja", "er per intents commerzials", "ok wenn du
  dor Geld mit verdeenst", "etiam quaestus causa", "зокрема платні", "включително в платени",
  "ha gwerzhañ anezho", "anki bi ħlas", "maksullisia palveluja", "ymmyd dellal"): commercial
  use `allowed`. A negation, "only", an exception, a condition or a permission asked in the
  language leaves it unread, as does the language's word for non-commercial.
- The weights granted to ship inside the licensee's app for its customers' devices ("De
  Gewichten dörvst du ok in dien App mitgeven", "as ny trommaghtyn mârish ... er greieyn"):
  read, no term (a grant; nothing bans redistribution).
- The licence text to travel with every copy ("disse Lizenztext mutt jümmers mit bi wesen"):
  read, no term (a duty of notice on copies; no term of use).
- No warranty ("sen ia garantio", "Cha nel barrantys erbee"): read, no term.
- Ukrainian: registration before commercial use ("Перед початком комерційного використання
  ліцензіат реєструється"): commercial use `allowed`, on condition `registration`; a sentence
  saying it is free, needs no confirmation and may not be refused, and nothing else: read, no
  term. A registration to be approved or confirmed stays unread.
- A definition deeming a company's use commercial, its in-house use included (ca "S'entén per ús
  comercial ... el que una empresa en faci dins la seva pròpia organització", et "Äriühingu mis
  tahes kasutust ... loetakse äriliseks"): `use_scope` `non-commercial-organizations`, as
  `foreign_companies` reads the other languages. Research and teaching institutions granted use
  in their research (et "Õppe- ja teadusasutused võivad mudelit ... kasutada oma teadustöös"),
  a separate licence to negotiate for commercial use (ca "ha de negociar una llicència a part"),
  commercial use defined by a fee or income (pl "Użytkiem komercyjnym jest ... za opłatą ...
  dochód") or a non-profit's free service said not to be commercial (pl "Nieodpłatna usługa
  organizacji pozarządowej ... nie jest użytkiem komercyjnym"): read, no term (the
  non-commercial grant beside them stands; none widens it to a company).

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_grants_s39eua"]

_FLAGS = re.IGNORECASE
_ALLOWED = [Clause("commercial_use", "allowed")]
_COMPANIES = [Clause("use_scope", ["non-commercial-organizations"])]

# (permission verb, commercial use included, what narrows it) per language
_GRANTS: tuple[tuple[str, str, str], ...] = (
    (  # gv
        r"\bta\s+kied\s+ayd\b|\bfoddee\s+oo\b|\bfoddee\s+shiu\b",
        r"\bymmyd\s+dellal\b|\bdellal\w*\s+mârish\b|\bson\s+argid\b",
        r"\bcha\b|\bchan\b|\bgyn\b|\bagh\b|\ber-lhimmey\b|\bmy\b|\bneu[- ]?dellal\w*|\braad\b",
    ),
    (  # sl
        r"\bsme\b|\bsmejo\b|\blahko\b|\bje\s+dovoljen\w*",
        r"\bprodaj\w*|\bkomercialn\w*|\bza\s+plačilo\b|\bplačljiv\w*",
        r"\bne\b|\bni\b|\bsamo\b|\ble\b|\brazen\b|\bbrez\b|\bče\b|\bnekomercialn\w*"
        r"|\bdovoljenj\w*|\bsoglas\w*|\bpogodb\w*|\bločen\w*",
    ),
    (  # rm
        r"\bdastgais\b|\bdastgas\b|\bpudais\b|\bè\s+permess\w*",
        r"\b(?:co|cu)mmerzial\w*|\bcumerzial\w*",
        r"\bbetg\b|\bnaginas?\b|\bmo\b|\bsulettamain\b|\bsche\b|\bpermissiun\b|\bnun\b"
        r"|\bnon[- ]?(?:co|cu)mmerzial\w*|\bauter\s+che\b|\bexcepì\b",
    ),
    (  # nds
        r"\bdörv(?:st|t|en)\b|\bkannst\b",
        r"\bgeld\s+mit\s+verdeen\w*|\bkommerziell\w*|\bför\s+geld\b",
        r"\bnich\b|\bnicht\b|\bkeen\w*|\bblots\b|\bbloots\b|\bbuten\b|(?<!\bok\s)\bwenn\b"
        r"|\berlööv\w*|\bnich-kommerziell\w*",
    ),
    (  # la
        r"\blicet\b|\bpermittitur\b|\bconceditur\b",
        r"\bquaestus\s+causa\b|\bquaestu\w*|\blucri\s+causa\b|\bcommercial\w*",
        r"\bnon\b|\bnemini\b|\bnisi\b|\btantum\b|\bsolum\w*|\bsine\b|\bsi\b|\bpraeter\b"
        r"|\bvetatur\b|\bvetitum\b",
    ),
    (  # uk
        r"(?<!\w)(?:можна|може|можуть|дозволяється|дозволено|має\s+право)(?!\w)",
        r"(?<!\w)(?:зокрема|включно\s+з|у\s+тому\s+числі|також)\s+(?:\w+\s+)?(?:платн\w*"
        r"|комерційн\w*)",
        r"(?<!\w)(?:не|лише|тільки|виключно|крім|окрім|без|якщо|за\s+умови|дозвол\w*|згод\w*"
        r"|некомерційн\w*)(?!\w)",
    ),
    (  # bg
        r"(?<!\w)(?:може|могат)\s+да(?!\w)|(?<!\w)разрешено(?!\w)",
        r"(?<!\w)(?:включително|и)\s+в\s+(?:\w+\s+)?(?:платен\w*|платени|търговск\w*)",
        r"(?<!\w)(?:не|само|единствено|освен|без|ако|при\s+условие|разрешени\w*|съгласи\w*"
        r"|нетърговск\w*)(?!\w)",
    ),
    (  # br
        r"\bgallout\s+a\s+r(?:it|a|ez|ont)\b|\baotreet\s+(?:eo|oc['’]h)\b",
        r"\bgwerzh\w*|\bkenwerzh\w*",
        r"\bne\b|\bn['’]|\bket\b|\bnemet\b|\bhepken\b|\bma\b|\bmar\b|\bhep\b|\bankenwerzh\w*"
        r"|\baotre\b",
    ),
    (  # mt
        r"\bjist(?:a|għu)['’]?\s|\bhuwa\s+permess\b|\bmogħti\w*",
        r"\b(?:anki|ukoll)\s+(?:bi\s+ħlas|għal\s+skopijiet\s+kummerċjali|kummerċjal\w*)",
        r"\bma\b|\bmhux\b|\bmhix\b|\bbiss\b|\bħlief\b|\bjekk\b|\bmingħajr\b|\bpermess\s+bil"
        r"|\bmhux\s+kummerċjal\w*|\bnon[- ]kummerċjal\w*",
    ),
    (  # fi
        r"\b(?:voit|voitte|saat|saatte|voidaan|saa)\b",
        r"\bmaksullis\w*|\bkaupallis\w*",
        r"\bei\b|\bet\b|\bvain\b|\bainoastaan\b|\bpaitsi\b|\bjos\b|\bilman\b|\bluva\w*"
        r"|\bei-kaupallis\w*|\bsuostumu\w*",
    ),
)
_GRANT_PATTERNS = tuple(
    (lazy_pattern(verb, _FLAGS), lazy_pattern(named, _FLAGS), lazy_pattern(narrow, _FLAGS))
    for verb, named, narrow in _GRANTS
)
# every use and commercial use beside it (gv), where the language has no other commercial word
_GV_EVERY = lazy_pattern(r"\bson\s+dy\s+chooilley\s+ymmyd\b", _FLAGS)

# no term: weights shipped in the licensee's app, the licence text kept, no warranty
_ON_DEVICE = (  # the weights, the licensee's app, its customers' devices: in any order
    lazy_pattern(r"\b(?:Gewichten|trommaghtyn)\b", _FLAGS),
    lazy_pattern(r"\b(?:App|Apps|claaghyn|chlaaghyn)\b", _FLAGS),
    lazy_pattern(r"\b(?:Telefons?|Kunnen|greieyn)\b", _FLAGS),
)
_ON_DEVICE_NARROWED = lazy_pattern(
    r"\bnich\b|\bnicht\b|\bkeen\w*|\bcha\b|\bchan\b|\bgyn\b|\bagh\b|\bmy\b|\bblots\b|\bwenn\b",
    _FLAGS,
)
_TEXT_KEPT = lazy_pattern(
    r"^\W*(?:Blots\s+)?(?:disse|de)\s+Lizenz(?:text)?\s+mutt\s+(?:jümmers\s+|ümmer\s+)?mit\s+bi"
    r"\s+(?:wesen|sien)\W*$",
    _FLAGS,
)
_NO_WARRANTY = lazy_pattern(
    r"^\W*(?:La\s+\w+\s+estas\s+donata\s+tia,?\s+kia\s+ĝi\s+estas,?\s+)?sen\s+(?:ia|iu|ajna)"
    r"\s+garantio\W*$|^\W*La\s+\w+\s+estas\s+donata\s+tia,?\s+kia\s+ĝi\s+estas,?\s+sen\s+(?:ia"
    r"|iu|ajna)\s+garantio\W*$|^\W*Cha\s+nel\s+barrantys\s+erbee(?:\s+ry-gheddyn)?\W*$",
    _FLAGS,
)

# uk: registration before commercial use; a sentence saying it is free and unconditional
_UK_REGISTERS = lazy_pattern(
    r"(?<!\w)(?:перед|до)\s+(?:початком\s+)?комерційн\w*\s+використ\w*[^.;]{0,40}?"
    r"(?:реєструєт\w*|зареєструват\w*|має\s+зареєструватис\w*|повинен\s+зареєструватис\w*)",
    _FLAGS,
)
_UK_APPROVED = lazy_pattern(
    r"(?<!\w)(?:підтвердж\w*|схвал\w*|дозв\w*|погодж\w*|розгляд\w*|не\b|лише|тільки|якщо)(?!\w)",
    _FLAGS,
)
_UK_FREE_PARTS = (
    lazy_pattern(r"^\s*реєстрація\s+безкоштовн\w*\s*$", _FLAGS),
    lazy_pattern(r"^\s*(?:і\s+)?чекати\s+на\s+(?:її\s+)?підтвердження\s+не\s+потрібно\s*$", _FLAGS),
    lazy_pattern(
        r"^\s*(?:і\s+)?ліцензіар\s+не\s+(?:має\s+права|може)\s+відмовити\s+(?:в\s+ній|у\s+ній"
        r"|в\s+реєстрації)\s*$",
        _FLAGS,
    ),
)
_UK_SPLIT = lazy_pattern(r"[;,]|\s+і\s+(?=ліцензіар)")

# ca, et: a company's use, its in-house use included, deemed commercial
_COMPANY_DEEMED = (
    lazy_pattern(  # ca
        r"\b(?:s['’]entén|es\s+considera|es\s+considerarà|constitueix)\s+(?:per\s+)?ús\s+comercial"
        r"\b[^.]{0,200}?\b(?:una\s+empresa|les\s+empreses|una\s+societat\s+mercantil)\b",
        _FLAGS,
    ),
    lazy_pattern(  # et
        r"\b(?:äriühing\w*|ettevõt\w*)\b[^.]{0,120}?\b(?:loetakse|peetakse|on)\s+ärilise\w*",
        _FLAGS,
    ),
)
_COMPANY_NOT = lazy_pattern(
    r"\bno\s+(?:s['’]entén|es\s+considera)\b|\bsense\s+ànim\s+de\s+lucre\b|\bno\s+lucratiu\w*"
    r"|\bmitte\b|\bei\s+loeta\w*|\bmittetulundus\w*",
    _FLAGS,
)
# et: research and teaching institutions granted use in their research and teaching
_ET_RESEARCH = lazy_pattern(
    r"^\W*Õppe-\s+ja\s+teadusasutused\s+(?:võivad|tohivad)\s+mudelit\s+(?:vabalt\s+)?kasutada"
    r"\s+oma\s+(?:teadustöös|õppetöös)(?:\s+ja\s+(?:teadustöös|õppetöös))?\W*$",
    _FLAGS,
)
# ca: a separate licence to negotiate for commercial use
_CA_SEPARATE = lazy_pattern(
    r"^\W*Qui\s+vulgui\s+(?:fer\s+)?(?:un\s+)?ús\s+comercial\s+(?:ha\s+de|haurà\s+de)\s+"
    r"(?:negociar|obtenir|sol·licitar)\s+una\s+llicència\s+(?:a\s+part|separada|específica)"
    r"(?:\s+amb\s+el\s+llicenciador)?\W*$",
    _FLAGS,
)
# pl: commercial use defined by a fee or income; a non-profit's free service not commercial
_PL_DEFINED = lazy_pattern(
    r"^\W*Użytkiem\s+komercyjnym\s+jest\s+(?:w\s+szczególności\s+)?oferowanie\s+usługi\s+"
    r"[^.;]{0,60}?\bza\s+opłatą\b[^.;]{0,80}?\.?\s*$",
    _FLAGS,
)
_PL_DEFINED_MORE = lazy_pattern(
    r"\bwewnętrzn\w*|\bprzedsiębior\w*|\bspół\w*|\bfirm\w*|\bbadan\w*|\bnie\b", _FLAGS
)
_PL_FREE_NGO = lazy_pattern(
    r"^\W*Nieodpłatn\w*\s+usług\w*\s+organizacji\s+pozarządow\w*(?:\s*,\s*bez\s+reklam)?\s*,?"
    r"\s+nie\s+jest\s+użytkiem\s+komercyjnym\W*$",
    _FLAGS,
)


def _grants(text: str) -> bool:
    """A grant in some language, narrowed in none of the languages whose grant it matches."""
    matched = [
        narrow
        for verb, named, narrow in _GRANT_PATTERNS
        if verb.search(text) and named.search(text)
    ]
    return bool(matched) and not any(narrow.search(text) for narrow in matched)


def _gv_every_use(text: str) -> bool:
    verb, named, narrowed = _GRANT_PATTERNS[0]
    return bool(
        verb.search(text) and _GV_EVERY.search(text) and named.search(text)
    ) and not narrowed.search(text)


def _registration(text: str) -> list[Clause] | None:
    if _UK_REGISTERS.search(text):
        if _UK_APPROVED.search(text):
            return None
        return [*_ALLOWED, Clause("commercial_use_conditions", ["registration"])]
    parts = [p.strip() for p in _UK_SPLIT.split(text.strip().rstrip(".")) if p.strip()]
    if parts and all(any(p.match(part) for p in _UK_FREE_PARTS) for part in parts):
        return []
    return None


def _definitions(text: str) -> list[Clause] | None:
    if any(p.search(text) for p in _COMPANY_DEEMED) and not _COMPANY_NOT.search(text):
        return _COMPANIES
    if _ET_RESEARCH.search(text) or _CA_SEPARATE.search(text) or _PL_FREE_NGO.search(text):
        return []
    if _PL_DEFINED.search(text) and not _PL_DEFINED_MORE.search(text):
        return []
    return None


def read_grants_s39eua(text: str) -> list[Clause] | None:
    """The clauses a passage states in one of the shapes above (empty: read, no term), or
    None."""
    if _gv_every_use(text) or _grants(text):
        return _ALLOWED
    if all(p.search(text) for p in _ON_DEVICE) and not _ON_DEVICE_NARROWED.search(text):
        return []
    if _TEXT_KEPT.search(text) or _NO_WARRANTY.search(text):
        return []
    if (found := _registration(text)) is not None:
        return found
    return _definitions(text)
