"""Grants, duties and laws of smaller European languages (session 40), for
`foreign_passages_s40eua`: Icelandic, Faroese, Occitan, Romansh, Upper Sorbian and Maltese grants
of every use, commercial use included; Breton, Upper Sorbian and Occitan duties and disclaimers;
Occitan, Romansh and Upper Sorbian laws. Each is recognised by its own words, whatever language
the passage was told for (these are often told as a larger neighbour).

- A grant: a verb of permission ("er heimilt", "mást", "avètz lo drech", "pudais", "smědźeće",
  "tista'") and, in the same sentence, commercial use or selling named as included ("einnig í
  hagnaðarskyni", "selja tænastur", "tanben comerciala", "era per intents commerzials", "tež za
  hospodarske zaměry", "anki kummerċjali"): commercial use `allowed`. A negation, "only", an
  exception, a condition or a permission asked in the language leaves it unread, as does the
  language's word for non-commercial. One condition is read: the licensor named in the
  licensee's documentation (rm "sche Vus numnais il licenziader en Vossa documentaziun"), a
  credit that does not narrow the grant; any other condition beside it still leaves it unread.
- A duty that narrows no use: the licence text kept with every copy (hsb "wostajće tutón tekst
  pola kóždeje kopije", oc "cal daissar aquesta licéncia amb cada còpia"), derivatives to carry
  a name (oc "Las òbras derivadas devon portar un nom que comence per ..."), no warranty (br
  "evel m'emañ, hep gwarant ebet", "Ne vez roet gwarant ebet"), the model named in the
  licensee's documentation (br "Ret eo meneg anv ar patrom e teuliadur ho produ"), the licence
  with every copy (cy "Rhaid cynnwys y drwydded hon gyda phob copi"): read, no term. A
  sentence holding anything beside these stays unread.
- A credit shown where users see it, the grant's one condition (br "Un diviz hepken: lakait
  anv ... war ho lec'hienn pe en ho arload"): `attribution-display` (commercial use stays
  `allowed`). Anything beside it leaves the sentence unread.
- The law chosen (oc "es somesa al drech francés", rm "vala il dretg svizzer", hsb "Płaći
  němske prawo", ga "Is é dlí na hÉireann a rialaíonn an ceadúnas seo"): `governing_law`.

`grant_limited_is`: an Icelandic grant "within the limits the table below sets" ("innan þeirra
marka sem taflan hér að neðan setur"), for the cap reader of `foreign_passages_s40eua`.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["grant_limited_is", "read_grants_s40eua"]

_FLAGS = re.IGNORECASE
_ALLOWED = [Clause("commercial_use", "allowed")]

# (permission verb, commercial use included, what narrows it) per language
_GRANTS: tuple[tuple[str, str, str], ...] = (
    (  # is
        r"\ber\s+heimilt\b|\bmá\b|\bmátt\b|\bmegið\b|\bhefur\s+heimild\b",
        r"\b(?:einnig|líka|jafnframt)\s+í\s+(?:hagnaðarskyni|atvinnuskyni|viðskiptaskyni)\b",
        r"\bekki\b|\baðeins\b|\beingöngu\b|\beinungis\b|\bnema\b|\bef\b|\bsamþykki\w*"
        r"|\bskriflegt?\b|\bmarka\b|\bmörk\w*|\bhámark\w*|\bán\b",
    ),
    (  # fo
        r"\bmást\b|\bmega\b|\ber\s+loyvt\b|\bhevur\s+loyvi\b",
        r"\bselja\s+tænast\w*|\bvinnulig\w*",
        r"\bikki\b|\bbert\b|\beinans\b|\buttan\b|\bum\b|\bsamtykki\w*|\bhámark\w*|\bmark\w*"
        r"|\bókeypis\b",
    ),
    (  # oc
        r"\bavètz\s+lo\s+drech\b|\bpodètz\b|\bes\s+permés\b|\bpòdes\b",
        r"\b(?:tanben|quitament|inclusa?)\s+(?:per\s+(?:de\s+)?)?(?:tòcas?\s+)?comercial\w*",
        r"\bpas\b|\bsonque\b|\bsolament\b|\bmas\s+que\b|\bfòra\b|\bsens\b|\bse\b|\bsi\b"
        r"|\bautorizacion\b|\bpermission\b|\bnon[- ]comercial\w*|\bexcepte\b",
    ),
    (  # rm
        r"\bpudais\b|\bpos\b|\bdastgais\b|\bè\s+permess\w*",
        r"\b(?:era|er|schizunt)\s+per\s+(?:intents|fins|scopos)\s+(?:co|cu)mmerzial\w*",
        r"\bbetg\b|\bnaginas?\b|\bmo\b|\bsulettamain\b|\bsche\b|\bpermissiun\b|\bnun\b"
        r"|\bnon[- ]?(?:co|cu)mmerzial\w*|\bauter\s+che\b|\bexcepì\b|\bsenza\b",
    ),
    (  # hsb
        r"\bsmědźeće\b|\bsměš\b|\bsmě\b|\bsmědźa\b|\bje\s+dowolene\b",
        r"\btež\s+za\s+(?:hospodarsk\w*|komercieln\w*|wikowansk\w*)\s+zaměr\w*",
        r"\bnje\w*|\bnic\b|\bjenož\b|\bjeničce\b|\bhač\b|\bbjez\b|\bjeli\w*|\bhdyž\b"
        r"|\bdowolnosć\w*|\bpřizwolen\w*",
    ),
    (  # mt: the second person, which `foreign_grants_s39eua` leaves to this module
        r"\btist(?:a|għu)['’]?\s",
        r"\b(?:anki|ukoll)\s+(?:bi\s+ħlas|għal\s+skopijiet\s+kummerċjali|kummerċjal\w*)",
        r"\bma\b|\bmhux\b|\bmhix\b|\bbiss\b|\bħlief\b|\bjekk\b|\bmingħajr\b|\bpermess\b"
        r"|\bnon[- ]kummerċjal\w*|\bsakemm\b",
    ),
)
_GRANT_PATTERNS = tuple(
    (lazy_pattern(verb, _FLAGS), lazy_pattern(named, _FLAGS), lazy_pattern(narrow, _FLAGS))
    for verb, named, narrow in _GRANTS
)
# rm: the one condition read, a credit in the licensee's documentation
_RM_CREDIT = lazy_pattern(
    r",?\s*\bsche\s+(?:Vus|ti|vus)\s+numn(?:ais|as)\s+(?:il\s+|la\s+|l['’]\s*)(?:licenziader|licenziadra"
    r"|autur|autura)\s+en\s+(?:Vossa|tia|vossa)\s+documentaziun\b",
    _FLAGS,
)
# is: a grant within the limits a table sets
_IS_LIMITED = lazy_pattern(
    r"\binnan\s+(?:þeirra\s+)?marka\s+sem\s+(?:taflan|töflunni)\b[^.;]{0,30}?\bsetur\b", _FLAGS
)

# duties narrowing no use, and disclaimers, each a whole sentence
_DUTIES = (
    lazy_pattern(  # hsb
        r"^\W*(?:Prošu\s+)?wostaj(?:će|ć)\s+(?:tutón|tón|tutu)\s+(?:tekst|licencu)\s+pola\s+"
        r"kóžd\w+\s+kopij\w*\W*$",
        _FLAGS,
    ),
    lazy_pattern(  # br
        r"^\W*(?:Reiñ\s+a\s+reomp\s+ar\s+\w+(?:-mañ)?\s+)?(?:evel\s+m['’]emañ,?\s+)?hep\s+"
        r"gwarant\w*\s+ebet\W*$|^\W*Ne\s+(?:vez|vo|reomp|roomp)\s+(?:roet\s+)?gwarant\w*\s+"
        r"ebet\W*$",
        _FLAGS,
    ),
    lazy_pattern(  # br: the model named in the licensee's documentation
        r"^\W*Ret\s+eo\s+(?:meneg|lakaat)\s+anv\s+\S.{0,60}?\s+e\s+teuliadur\s+ho\s+\w+\W*$",
        _FLAGS,
    ),
    lazy_pattern(  # cy: the licence with every copy
        r"^\W*Rhaid\s+cynnwys\s+y\s+drwydded\s+hon\s+gyda\s+phob\s+copi(?:\s+o['’]r\s+\w+)?"
        r"\W*$",
        _FLAGS,
    ),
)
_OC_DUTY_PARTS = (
    lazy_pattern(
        r"^(?:Las\s+)?òbras\s+derivadas\s+(?:devon|dèvon)\s+portar\s+un\s+nom\s+que\s+"
        r"(?:comence|comencen|comença)\s+per\s+\S+$",
        _FLAGS,
    ),
    lazy_pattern(
        r"^(?:cal|se\s+deu)\s+daissar\s+(?:aquesta|la)\s+licéncia\s+amb\s+(?:cada|tota)\s+còpia$",
        _FLAGS,
    ),
)
_OC_SPLIT = lazy_pattern(r",?\s+e\s+(?=cal\b|se\s+deu\b)|;\s*")

# br: the licensor's name shown where users see it, the one condition of a grant
_BR_CREDIT = lazy_pattern(
    r"^\W*(?:Un\s+diviz\s+hepken\s*:\s*)?lakait\s+(?:an\s+)?anv\s+\S.{0,60}?\s+war\s+ho\s+"
    r"(?:lec['’]hienn|arload)(?:\s+pe\s+(?:war|en)\s+ho\s+(?:lec['’]hienn|arload))?"
    r"(?:,?\s+e-lec['’]h\s+ma\s+c['’]hall\s+an\s+implijerien\s+e\s+welet)?\W*$",
    _FLAGS,
)
_CREDIT_SHOWN = [Clause("commercial_use_conditions", ["attribution-display"])]

# the law chosen: oc, rm, hsb
_LAWS = (
    lazy_pattern(r"\bes\s+somes[ae]\s+al\s+drech\s+(?P<land>\w+)\b", _FLAGS),
    lazy_pattern(r"\bvala\s+il\s+dretg\s+(?P<land>\w+)\b", _FLAGS),
    lazy_pattern(r"^\W*Płać(?:i|ić)\s+(?P<land>\w+)\s+prawo\W*$", _FLAGS),
    lazy_pattern(r"^\W*Is\s+é\s+dlí\s+(?:na\s+)?(?P<land>\w+)\s+a\s+rialaíonn\b[^.;]*\W*$", _FLAGS),
)
_LANDS: dict[str, str] = {
    "francés": "FR", "espanhòl": "ES", "italian": "IT", "occitan": "FR",
    "svizzer": "CH", "talian": "IT", "austriac": "AT", "tudestg": "DE", "franzos": "FR",
    "héireann": "IE", "éireann": "IE", "breataine": "GB",
    "němske": "DE", "serbske": "DE", "čěske": "CZ", "pólske": "PL", "awstriske": "AT",
}  # fmt: skip


def _grants(text: str) -> bool:
    """A grant in some language, narrowed in none of the languages whose grant it matches."""
    text = _RM_CREDIT.sub("", text)
    matched = [
        narrow
        for verb, named, narrow in _GRANT_PATTERNS
        if verb.search(text) and named.search(text)
    ]
    return bool(matched) and not any(narrow.search(text) for narrow in matched)


def grant_limited_is(text: str) -> bool:
    """An Icelandic grant of commercial use within the limits a table sets, and no other
    narrowing word."""
    verb, named, narrow = _GRANT_PATTERNS[0]
    if not (verb.search(text) and named.search(text) and _IS_LIMITED.search(text)):
        return False
    return narrow.search(_IS_LIMITED.sub("", text)) is None


def _duty(text: str) -> bool:
    if any(p.search(text) for p in _DUTIES):
        return True
    parts = [p.strip() for p in _OC_SPLIT.split(text.strip().rstrip(".")) if p.strip()]
    return bool(parts) and all(any(p.match(part) for p in _OC_DUTY_PARTS) for part in parts)


def _law(text: str) -> list[Clause] | None:
    for pattern in _LAWS:
        if (match := pattern.search(text)) is not None:
            code = _LANDS.get(match["land"].lower())
            return [Clause("governing_law", code)] if code else None
    return None


def read_grants_s40eua(text: str) -> list[Clause] | None:
    """The clauses a passage states in one of the shapes above (empty: read, no term), or
    None."""
    if _grants(text):
        return _ALLOWED
    if _duty(text):
        return []
    if _BR_CREDIT.search(text):
        return _CREDIT_SHOWN
    return _law(text)
