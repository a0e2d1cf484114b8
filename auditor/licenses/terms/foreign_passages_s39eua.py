"""Whole passages read apart from the cues (session 39), for `terms.foreign`: grants, duties and
definitions (`foreign_grants_s39eua`), and the bans and laws of Latin, Irish, Luxembourgish,
Breton, Galician and Maltese.

- A ban: the language's words of a use not allowed ("Nemini ... licet eo uti ad", "Ní
  cheadaítear í a úsáid chun", "Et ass ... net erlaabt, de Modell ze benotzen", "N'hallit ket
  implijout ... evit") and the harms it names (military, weapons, surveillance, police work,
  criminal investigations and courts): `use_restrictions`. A ban naming no harm known here, or
  holding an exception, a condition or a permission ("nisi", "ach amháin", "ausser", "nemet",
  "ouni Erlaabnes"), stays unread.
- Galician: a lead-in banning uses, ending in a colon ("O modelo non poderá empregarse:"), and
  the items below it (each beginning "para ..."): each item's harms (identifying persons by
  their biometric traits, passing off as a real person, surveillance, military use, weapons)
  a `use_restrictions` ban; the lead-in read with them only when every item names a harm known
  here (else it stays unread).
- Maltese: a table whose header asks whether each use is permitted ("Użu | Permess?"): a row
  answered "Le" naming credit scoring (a person's creditworthiness) bans
  `automated-decision-making` (and `decisions-even-if-reviewed` where the row says so whether a
  human decides or not), one naming covert monitoring `surveillance`; a row answered "Iva"
  naming commercial services allows commercial use. A "Le" row naming no harm known here leaves
  the table unread.
- The law chosen: Latin ("Huic licentiae ius Italicum praeest"), Galician ("Esta licenza
  réxese polo dereito español"): `governing_law`.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_s39eua import read_grants_s39eua
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s39eua"]

_FLAGS = re.IGNORECASE

# (ban words, exceptions or conditions) per language: la, ga, lb, br
_BANS: tuple[tuple[str, str], ...] = (
    (
        r"\bnemini\b[^.;]{0,40}?\blicet\b|\bnon\s+licet\b|\bvetatur\b|\bprohibetur\b",
        r"\bnisi\b|\bsine\b|\bpraeter\b|\bexcepto\b|\btantum\b|\bsi\b|\bpermissu\b",
    ),
    (
        r"\bní\s+cheadaítear\b|\bní\s+fhéadfar\b|\bní\s+fhéadfaidh\b|\btoirmiscthe\b"
        r"|\btoirmisctear\b",
        r"\bach\s+amháin\b|\bseachas\b|\bmura\b|\bmá\b|\bgan\s+chead\b|\bcead\s+i\s+scríbhinn\b",
    ),
    (
        r"\bnet\s+erlaabt\b|\bverbueden\b|\bnet\s+dierf\w*\b",
        r"\bausser\b|\bnëmmen\b|\bwann\b|\berlaabnes\b|\bzoustëmmung\b|\bgenehmegung\b",
    ),
    (
        r"\bn['’]\s*hall\w*\s+ket\b|\bne\s+(?:c['’]h)?all\w*\s+ket\b|\bdifennet\b"
        r"|\bn['’]eo\s+ket\s+aotreet\b",
        r"\bnemet\b|\bhepken\b|\bhep\s+aotre\b|\bma\b|\bmar\b",
    ),
)
_BAN_PATTERNS = tuple((lazy_pattern(b, _FLAGS), lazy_pattern(e, _FLAGS)) for b, e in _BANS)
_HARMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("military", lazy_pattern(
        r"\bbellic\w*|\bmilitar\w*|\bmíleata\w*|\bmilitär\w*|\bbrezel\w*|\bsoudard\w*"
        r"|\bmilitaire\w*", _FLAGS)),
    ("weapons", lazy_pattern(
        r"\barm(?:a|is|orum)\b|\bairm\b|\barmáin\b|\bwaff\w*|\barmoù\b|\barmas?\b", _FLAGS)),
    ("surveillance", lazy_pattern(
        r"\biwwerwaach\w*|\bnozeverfollegen\b|\bfaireachas\w*|\bspïaour\w*|\bevezhiañ\b"
        r"|\bvixilancia\b|\bmonitoraġġ\w*\s+moħbi\b", _FLAGS)),
    ("law-enforcement", lazy_pattern(r"\bpolis\b|\bpolisiezh\w*|\bjandarm\w*", _FLAGS)),
    ("criminal-justice", lazy_pattern(
        r"\benklask\w*[- ]torfed\w*|\blez(?:ioù)?[- ]barn\w*|\bbarn\s+tud\b", _FLAGS)),
    ("biometric-identification", lazy_pattern(
        r"\bidentific\w*\b[^.;]{0,80}?\bbiométric\w*|\brecoñecemento\s+facial\b", _FLAGS)),
    ("impersonation", lazy_pattern(
        r"\bse\s+faga\s+pasar\s+por\b|\bsuplant\w*\s+(?:a\s+)?(?:unha\s+)?persoa\w*", _FLAGS)),
)  # fmt: skip

# the law chosen: la, gl
_LAWS = (
    lazy_pattern(
        r"\bius\s+(?P<adj>\w+)\s+(?:praeest|valet|regit)\b|\blege\s+(?P<adj2>\w+)\s+regitur\b",
        _FLAGS,
    ),
    lazy_pattern(
        r"^\W*Esta\s+licenza\s+réxese\s+polo\s+dereito\s+(?P<adj>\w+)\W*$",
        _FLAGS,
    ),
)
_LAW_CODES: dict[str, str] = {
    "italicum": "IT", "italico": "IT", "germanicum": "DE", "gallicum": "FR", "hispanicum": "ES",
    "helveticum": "CH", "britannicum": "GB", "austriacum": "AT", "polonicum": "PL",
    "español": "ES", "portugués": "PT", "francés": "FR", "italiano": "IT", "alemán": "DE",
}  # fmt: skip

# gl: a lead-in banning uses, its items
_GL_LEAD_IN = lazy_pattern(
    r"\bnon\s+poder(?:á|an|án)\s+(?:empregarse|usarse|utilizarse)\b[^:]{0,40}:\s*$"
    r"|\b(?:prohíbese|queda\s+prohibid\w*)\b[^:]{0,60}:\s*$",
    _FLAGS,
)
_GL_ITEM = lazy_pattern(r"^\W*(?:para|en|con)\s", _FLAGS)

# mt: a table of uses permitted or not
_MT_HEADER = lazy_pattern(r"^\W*(?:\w+\s+){0,3}?permess\w*\W*$", _FLAGS)
_MT_ROW = lazy_pattern(r"^(?P<use>.{3,240}?)\s+(?P<verdict>iva|le)\W*$", _FLAGS)
_MT_CREDIT = lazy_pattern(r"\baffidabbiltà\s+kreditizja\b|\bcredit\s+scoring\b", _FLAGS)
_MT_REVIEWED = lazy_pattern(
    r"\bkemm\s+jekk\s+jiddeċiedi\s+bniedem\s+kif\s+ukoll\s+jekk\s+le\b|\banki\s+jekk\s+"
    r"(?:bniedem|persuna)\s+(?:jiddeċiedi|jirrevedi|japprova)\b",
    _FLAGS,
)
_MT_COMMERCIAL = lazy_pattern(r"\bkummerċjal\w*", _FLAGS)


def _ban(text: str) -> list[Clause] | None:
    for banned, excepted in _BAN_PATTERNS:
        if banned.search(text) is None:
            continue
        if excepted.search(text):
            return None
        tags = sorted(tag for tag, pattern in _HARMS if pattern.search(text))
        return [Clause("use_restrictions", tags)] if tags else None
    return None


def _law(text: str) -> list[Clause] | None:
    for pattern in _LAWS:
        if (match := pattern.search(text)) is not None:
            adjective = match.groupdict().get("adj") or match.groupdict().get("adj2") or ""
            code = _LAW_CODES.get(adjective.lower())
            return [Clause("governing_law", code)] if code else None
    return None


def _galician_lists(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    found: dict[Passage, list[Clause]] = {}
    for index, lead_in in enumerate(passages):
        if _GL_LEAD_IN.search(lead_in.text) is None:
            continue
        items: dict[Passage, list[str]] = {}
        last = lead_in.line
        for item in passages[index + 1 :]:
            if item.line - last > 2 or _GL_ITEM.search(item.text) is None:
                break
            items[item] = sorted(tag for tag, pattern in _HARMS if pattern.search(item.text))
            last = item.line
        if items and all(items.values()):
            found[lead_in] = []
            found |= {item: [Clause("use_restrictions", tags)] for item, tags in items.items()}
    return found


def _maltese_table(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    found: dict[Passage, list[Clause]] = {}
    in_table, unknown = False, False
    for passage in passages:
        if _MT_HEADER.search(passage.text):
            in_table = True
            continue
        row = _MT_ROW.search(passage.text) if in_table else None
        if row is None:
            continue
        use, banned = row["use"], row["verdict"].lower() == "le"
        tags = []
        if _MT_CREDIT.search(use):
            tags = ["automated-decision-making"]
            if _MT_REVIEWED.search(use):
                tags.append("decisions-even-if-reviewed")
        tags += [tag for tag, pattern in _HARMS if pattern.search(use)]
        if banned and tags:
            found[passage] = [Clause("use_restrictions", sorted(tags))]
        elif banned:
            unknown = True
        elif _MT_COMMERCIAL.search(use) and not tags:
            found[passage] = [Clause("commercial_use", "allowed")]
    return {} if unknown else found


def read_s39eua(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating one of the shapes above, each with its clauses."""
    found = _galician_lists(passages)
    found |= _maltese_table([p for p in passages if p not in found])
    for passage in passages:
        if passage in found:
            continue
        for reader in (_ban, _law, read_grants_s39eua):
            if (clauses := reader(passage.text)) is not None:
                found[passage] = clauses
                break
    return found
