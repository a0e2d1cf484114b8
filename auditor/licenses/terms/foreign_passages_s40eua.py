"""Whole passages of smaller European languages read apart from the cues (session 40), for
`terms.foreign`: grants, duties and laws (`foreign_grants_s40eua`), and caps, places, bans,
conditions and reservations read with the passages beside them.

- Icelandic: a table row capping monthly active users ("Virkir notendur á mánuði ... 200.000"):
  `user_threshold` unit `mau`; beside it, a grant "within the limits the table sets"
  (`grant_limited_is`) and a further agreement past them ("Fari notkun yfir mörkin ... þarf
  leyfishafi að semja sérstaklega við leyfisveitanda"): commercial use `restricted`,
  `separate-license-above-threshold`. Neither is read without the cap.
- Faroese: use banned in named countries ("Modellið má tó ikki nýtast í Russlandi ella
  Hvítarusslandi"): `excluded_use_territories`. An exception ("uttan", "bert", "einans") or
  no country named leaves it unread.
- Luxembourgish: a commercial grant on one condition, a separate licence for companies whose
  yearly turnover passes an amount ("och fir kommerziell Zwecker, mat dëser Bedingung: Firmen,
  deenen hiren Ëmsaz am Joer méi wéi ... Euro betréit, brauchen eng separat Lizenz"):
  `revenue_threshold`, `restricted`, `separate-license-above-threshold`.
- Maltese: a ban ("ma jistax jintuża għal") naming military purposes or the armed forces:
  `use_restrictions` `military` (weapons: `weapons`). An exception or a condition ("ħlief",
  "jekk", "mingħajr", "biss") or no harm known here leaves it unread.
- Welsh: the conditions a grant lists ("ar yr amodau canlynol:"), each item "eich bod yn ..."
  or "na fyddwch yn ...": the notice kept and the licensor credited are read, no term; not
  watching or tracking people without their knowledge `surveillance`; not claiming the model is
  a person `undisclosed-ai-content`. The items are read only when every one is.
- Galician (and Spanish, Portuguese): offering the model itself to others as an inference API
  or a managed instance banned without a further licence ("Non se permite ofrecer o propio
  modelo ... como API de inferencia ... sen unha licenza adicional"):
  `separate-license-for-model-service`; beside it, applications built on the model open to
  anyone so long as users do not reach the model itself ("as aplicacións construídas sobre o
  modelo poden ofrecerse a calquera persoa, sempre que os usuarios non accedan directamente ao
  modelo"): read, no term (the reservation already spares them).
- Galician: a further licence past a revenue cap another passage of the text states ("Por riba
  dese importe cómpre unha licenza comercial distinta"): `separate-license-above-threshold`;
  without such a cap it is not read here.
- Luxembourgish: the weights built into the licensee's apps and passed to its clients, this
  licence shipped along ("D'Gewiichter dierfen an eegen Apps agebaut an un d'Clienten verdeelt
  ginn, wann dës Lizenz matgeliwwert gëtt"): read, no term (nothing bans passing them on).
  Any other condition leaves it unread.
- Catalan: commercial use reserved, a separate licence needed for it ("Queda reservat l'Ús
  Comercial ...: per fer-ne cal obtenir una llicència a part del llicenciant"): `restricted`,
  `separate-license` (what commercial use means is read where it is defined,
  `foreign_internal_use`).

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import revenue_cap, user_cap
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_grants_s40eua import grant_limited_is, read_grants_s40eua
from auditor.licenses.terms.foreign_weights import offers_model_service
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s40eua"]

_FLAGS = re.IGNORECASE
_ABOVE = Clause("commercial_use_conditions", ["separate-license-above-threshold"])
_CAPPED = [Clause("commercial_use", "restricted"), _ABOVE]
_SERVICE = [Clause("commercial_use_conditions", ["separate-license-for-model-service"])]

# is: a user cap, and its consequence
_IS_USERS = lazy_pattern(
    r"\bvirkir\s+notendur\s+(?:á|í)\s+mánuði\b|\bmánaðarleg\w*\s+virk\w*\s+notend\w*", _FLAGS
)
_IS_OTHER = lazy_pattern(r"\bá\s+(?:dag|viku|ári)\b|\bdaglega\b|\bvikulega\b", _FLAGS)
_IS_BEYOND = lazy_pattern(
    r"\b(?:fari|fer)\s+notkun\w*\s+(?:\w+\s+)?yfir\s+(?:þessi\s+)?mörk\w*\b[^.;]{0,80}?"
    r"\b(?:semja\s+sérstaklega|sérstak\w*\s+(?:leyfi|samning\w*))\b",
    _FLAGS,
)
_IS_NOT = lazy_pattern(r"\bekki\b|\bþarf\s+ekki\b|\bán\b|\bþótt\b|\bþó\s+að\b", _FLAGS)

# fo: use banned in named countries
_FO_BAN = lazy_pattern(
    r"\bmá\s+(?:tó\s+)?ikki\s+nýtast\b|\ber\s+(?:tó\s+)?ikki\s+loyvt\s+at\s+nýta\b"
    r"|\ber\s+bannað\b",
    _FLAGS,
)
_FO_EXCEPT = lazy_pattern(r"\buttan\b|\bbert\b|\beinans\b|\bum\s+ikki\b|\bloyvi\b", _FLAGS)
_FO_PLACES = {
    "RU": r"\brussland\w*", "BY": r"\bhvítarussland\w*", "CN": r"\bkina\b|\bkinu\b",
    "IR": r"\biran\b", "KP": r"\bnorðurkorea\w*", "SY": r"\bsýrland\w*", "CU": r"\bkuba\b",
}  # fmt: skip
_FO_PLACE_PATTERNS = tuple((code, lazy_pattern(p, _FLAGS)) for code, p in _FO_PLACES.items())
_FO_WHITE = lazy_pattern(r"\bhvítarussland\w*", _FLAGS)

# lb: a commercial grant on a revenue condition
_LB_GRANT = lazy_pattern(
    r"\bdierft\b[^.;:]{0,60}?\bkommerziell\w*\s+Zwecker\b[^.;:]{0,20}?\bmat\s+(?:dëser|där)"
    r"\s+Bedingung\s*:",
    _FLAGS,
)
_LB_REVENUE = lazy_pattern(r"\bËmsa(?:z|tz)\b", _FLAGS)
_LB_ANNUAL = lazy_pattern(r"\bam\s+Joer\b|\bpro\s+Joer\b|\bjäerlech\w*", _FLAGS)
_LB_OVER = lazy_pattern(r"\bméi\s+wéi\b|\biwwer\b", _FLAGS)
_LB_LICENCE = lazy_pattern(r"\bbrauchen\s+eng\s+(?:separat|eegen|nei)\w*\s+Lizenz\b", _FLAGS)
_LB_NOT = lazy_pattern(r"\bnet\b|\bkeng?\b|\bnëmmen\b|\bausser\b|\bErlaabnes\b", _FLAGS)

# mt: a ban naming military purposes
_MT_BAN = lazy_pattern(
    r"\bma\s+(?:j|t)ist(?:a|għu)x\s+(?:j|t)intuża\b|\bhuwa\s+projbit\b|\bmhuwiex\s+permess\b",
    _FLAGS,
)
_MT_EXCEPT = lazy_pattern(r"\bħlief\b|\bjekk\b|\bmingħajr\b|\bbiss\b|\bsakemm\b", _FLAGS)
_MT_HARMS = (
    ("military", lazy_pattern(r"\bmilitar\w*|\bforzi\s+armati\b", _FLAGS)),
    ("weapons", lazy_pattern(r"\barmi\b|\barmamenti?\b", _FLAGS)),
)

# cy: a grant's list of conditions, and its items
_CY_LEAD_IN = lazy_pattern(r"\bar\s+yr\s+amodau\s+(?:canlynol|isod)\s*:\s*$", _FLAGS)
_CY_ITEM = lazy_pattern(r"^\W*(?:\(?\w{1,3}\)\s*)?(?:eich\s+bod\s+yn|na\s+fyddwch\s+yn)\b", _FLAGS)
_CY_MARK = lazy_pattern(r"^\W*\(?\w{1,3}\)\s*")
_CY_ITEMS: tuple[tuple[list[str] | None, re.Pattern[str]], ...] = (
    (None, lazy_pattern(
        r"^\W*eich\s+bod\s+yn\s+cadw['’]r\s+hysbysiad\s+hwn\s+gyda\s+phob\s+copi\W*$", _FLAGS)),
    (None, lazy_pattern(
        r"^\W*eich\s+bod\s+yn\s+cydnabod\s+\S.{0,60}?\s+yn\s+eich\s+dogfennaeth\W*$", _FLAGS)),
    (["surveillance"], lazy_pattern(
        r"^\W*na\s+fyddwch\s+yn\s+defnyddio['’]r\s+model\s+i\s+(?:wylio|olrhain|fonitro)\b"
        r"[^.;]{0,80}?\bunigolion\b", _FLAGS)),
    (["undisclosed-ai-content"], lazy_pattern(
        r"^\W*na\s+fyddwch\s+yn\s+honni\s+mai\s+person\s+yw['’]r\s+model\b", _FLAGS)),
)  # fmt: skip

# gl, es, pt: the model itself as a service reserved, and applications spared
_SERVICE_BAN = lazy_pattern(
    r"\bnon\s+se\s+permite\b|\bno\s+se\s+permite\b|\bnão\s+é\s+permitido\b|\bprohíbese\b"
    r"|\bqueda\s+prohibido\b",
    _FLAGS,
)
_WITHOUT_LICENCE = lazy_pattern(
    r"\b(?:sen|sin|sem)\s+(?:unha\s+|una\s+|uma\s+)?(?:licenza|licencia|licença)\s+"
    r"(?:adicional|específica|separada|aparte)\b",
    _FLAGS,
)
_APPS_SPARED = lazy_pattern(
    r"^\W*(?:Con\s+todo,?\s+|Porén,?\s+|No\s+entanto,?\s+)?as\s+aplicacións\s+"
    r"(?:construídas|baseadas)\s+(?:sobre|no|en)\s+o?\s*modelo\s+poden\s+ofrecerse\s+a\s+"
    r"calquera\s+persoa(?:,?\s+sempre\s+que\s+os\s+usuarios\s+non\s+accedan\s+directamente\s+"
    r"ao\s+(?:propio\s+)?modelo)?\W*$",
    _FLAGS,
)

# gl: a further licence past a revenue cap another passage states
_GL_PAST = lazy_pattern(
    r"^\W*Por\s+riba\s+(?:dese|deste|do|dun)\s+(?:importe|límite|limiar|tope)\b[^.;]{0,30}?"
    r"\bcómpre\s+unha\s+licenza\s+(?:comercial\s+)?(?:distinta|separada|específica|adicional)\b"
    r"(?:,?\s+que\s+[^;]{1,60}?\s+pode\s+conceder\s+ou\s+denegar)?\W*$",
    _FLAGS,
)
_GL_REVENUE = lazy_pattern(r"\bfacturación\b|\bingresos\b", _FLAGS)
_GL_ANNUAL = lazy_pattern(r"\banual\w*|\bao\s+ano\b|\bpor\s+ano\b", _FLAGS)

# lb: the weights built into the licensee's apps and passed to its clients, the licence along
_LB_ON_DEVICE = lazy_pattern(
    r"^\W*D['’]\s*Gewiichter\s+dierfen\s+an\s+(?:eegen|Är|är)\s+Apps\s+agebaut\s+an\s+un\s+"
    r"(?:d['’]\s*|Är\s+)?Client(?:en|ën|ë|e)?\s+verdeelt\s+ginn(?:,?\s+wann\s+dës\s+Lizenz\s+"
    r"matgeliwwert\s+gëtt)?\W*$",
    _FLAGS,
)

# ca: commercial use reserved to a separate licence
_CA_RESERVED = lazy_pattern(
    r"^\W*(?:Queda\s+reservat|Es\s+reserva)\s+l['’]\s*ús\s+comercial\b[^;:]{0,120}?:\s*per\s+"
    r"fer-ne\s+cal\s+obtenir\s+una\s+llicència\s+(?:a\s+part|separada|específica)"
    r"(?:\s+del\s+llicencia(?:nt|dor))?\W*$",
    _FLAGS,
)


def _icelandic(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        text = passage.text
        # a cap denied or conceded ("Þótt ... fleiri en 500.000 fellur leyfið ekki niður"): none
        if _IS_USERS.search(text) and not _IS_OTHER.search(text) and not _IS_NOT.search(text):
            count = user_cap(text, _IS_USERS)
            if count is not None:
                term = {"count": count, "unit": "mau"}
                found[passage] = [Clause("user_threshold", term), Clause("mau_threshold", count)]
    if not found:
        return found
    for passage in passages:
        if grant_limited_is(passage.text):
            found[passage] = _CAPPED
        elif _IS_BEYOND.search(passage.text) and not _IS_NOT.search(passage.text):
            found[passage] = [_ABOVE]
    return found


def _faroese(text: str) -> list[Clause] | None:
    if _FO_BAN.search(text) is None or _FO_EXCEPT.search(text):
        return None
    bare = _FO_WHITE.sub("", text)  # "Hvítarussland" names Belarus, not Russia too
    places = {code for code, pattern in _FO_PLACE_PATTERNS if pattern.search(bare)}
    places |= {"BY"} if _FO_WHITE.search(text) else set()
    return excluded_clauses("excluded_use_territories", places) or None


def _luxembourgish(text: str) -> list[Clause] | None:
    grant = _LB_GRANT.search(text)
    if grant is None:
        return None
    rest = text[grant.end() :]
    if not (_LB_OVER.search(rest) and _LB_LICENCE.search(rest)) or _LB_NOT.search(rest):
        return None
    cap = revenue_cap(rest, _LB_REVENUE, _LB_ANNUAL)
    return None if cap is None else [Clause("revenue_threshold", cap), *_CAPPED]


def _maltese(text: str) -> list[Clause] | None:
    if _MT_BAN.search(text) is None or _MT_EXCEPT.search(text):
        return None
    tags = [tag for tag, pattern in _MT_HARMS if pattern.search(text)]
    return [Clause("use_restrictions", tags)] if tags else None


def _welsh(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    found: dict[Passage, list[Clause]] = {}
    for index, lead_in in enumerate(passages):
        if _CY_LEAD_IN.search(lead_in.text) is None:
            continue
        items: dict[Passage, list[Clause] | None] = {}
        for item in passages[index + 1 :]:
            if _CY_ITEM.search(item.text) is None:
                break
            body = _CY_MARK.sub("", item.text, count=1)  # "(a) ", "(ch) "
            tags = next((t for t, p in _CY_ITEMS if p.search(body)), False)
            if tags is False:
                items[item] = None
            else:
                items[item] = [Clause("use_restrictions", tags)] if tags else []
        if items and all(clauses is not None for clauses in items.values()):
            found |= {item: clauses for item, clauses in items.items() if clauses is not None}
    return found


def _model_service(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        text = passage.text
        banned = _SERVICE_BAN.search(text) and offers_model_service(text)
        if banned and _WITHOUT_LICENCE.search(text):
            found[passage] = _SERVICE
    if found:
        found |= {p: [] for p in passages if _APPS_SPARED.search(p.text)}
    return found


def _galician_past(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    capped = any(revenue_cap(p.text, _GL_REVENUE, _GL_ANNUAL) for p in passages)
    return {p: [_ABOVE] for p in passages if capped and _GL_PAST.search(p.text)}


def read_s40eua(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating one of the shapes above, each with its clauses."""
    found = _icelandic(passages) | _galician_past(passages)
    found |= {p: [] for p in passages if _LB_ON_DEVICE.search(p.text)}
    found |= _welsh([p for p in passages if p not in found])
    found |= _model_service([p for p in passages if p not in found])
    for passage in passages:
        if passage in found:
            continue
        for reader in (_faroese, _luxembourgish, _maltese, read_grants_s40eua):
            if (clauses := reader(passage.text)) is not None:
                found[passage] = clauses
                break
        else:
            if _CA_RESERVED.search(passage.text):
                found[passage] = [
                    Clause("commercial_use", "restricted"),
                    Clause("commercial_use_conditions", ["separate-license"]),
                ]
    return found
