"""Territorial clauses in Breton and Sardinian (session 38), for `foreign_passages_s38eu`: the
words `foreign_territory_world` reads its three shapes with (use confined to named places, use
banned outside them, use banned in named places). These languages are told as others (Breton
as Polish or English, Sardinian as Spanish), so each passage no other reader took is tried.

- Breton: "n'hall ket ar patrom bezañ implijet ... e Rusia nag e Belarus" (may not be used in
  Russia or Belarus): a ban in those places; "hepken e Frañs" (only in France): a confinement;
  "er-maez eus ar vro-se" (outside that country) after one;
- Sardinian: "Custa lissèntzia balet isceti in su territòriu de sa Repùblica Italiana: foras de
  cussu territòriu su modellu non podet èssere impreadu" (valid only in the Italian Republic;
  outside that territory it may not be used): a confinement; "sa lege italiana": the law.

A sentence naming a law or a court, or someone based somewhere, confines no use (the
`foreign_territory_world` rules). Data only, but for the call.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.licenses.terms.foreign_territory_world import Words, territory_world
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["territory_s38eu"]

_WORDS: dict[str, Words] = {
    "br": Words(
        places=(
            (r"\bFrañs\b|\bFrans\b", ("FR",)), (r"\bBelgia\b", ("BE",)),
            (r"\bAlamagn\w*", ("DE",)), (r"\bItalia\b", ("IT",)), (r"\bSpagn\w*", ("ES",)),
            (r"\bRusia\b", ("RU",)), (r"\bBelarus\b|\bBielorusia\b", ("BY",)),
            (r"\bSina\b", ("CN",)), (r"\bStadoù[- ]Unanet\b|\bSUA\b", ("US",)),
            (r"\bUnaniezh\s+Europa\w*", ("EU",)),
            (r"\bRouantelezh[- ]Unanet\b|\bBro[- ]Saoz\b", ("GB",)),
        ),
        only=r"\b(?:hepken|nemetken|hepmuiken)\b",
        ban=r"(?:\bne\s+|\bn['’]\s*)(?:c['’]h|h|g)all\w*\s+ket\b|\bdifenn\w*"
        r"|\bn['’]eo\s+ket\s+aotreet\b|\bne\s+vez\s+ket\s+aotreet\b",
        outside=r"\ber[- ]maez\s+(?:eus|deus|da)\b|\bdiavaez\b",
        back=r"\ber[- ]maez\s+(?:eus|deus)\s+(?:an\s+|ar\s+|al\s+)?(?:tiriad|vro|broioù)\s*-?se\b"
        r"|\ber[- ]maez\s+(?:anezho|anezhañ|anezhi)\b",
        law=r"\blezenn\w*|\blezennoù\b|\blez[- ]varn\w*|\bgwir\s+(?:gall|frañs|breizh)\w*",
        based=r"\bdiazezet\b|\bannezet\b|\bpenn[- ]lec['’]h\w*|\benrollet\b|\bo\s+chom\b",
        laws=((r"\blezenn\w*\s+(?:c['’]hall|gall|frañs)\w*", "FR"),),
        world=r"\ber\s+bed\s+a[- ]bezh\b|\bdre\s+ar\s+bed\s+a[- ]bezh\b",
    ),
    "sc": Words(
        places=(
            (r"\bItàlia\b|\bItalia\b|\bRep[uù]blica\s+Italiana\b", ("IT",)),
            (r"\bFrantza\b", ("FR",)), (r"\bIspagna\b|\bSpagna\b", ("ES",)),
            (r"\bGermània\b|\bGermania\b", ("DE",)), (r"(?<!Bielo)\bR[uù]ssia\b", ("RU",)),
            (r"\bBielor[uù]ssia\b", ("BY",)), (r"\bTzina\b", ("CN",)),
            (r"\bIstados\s+Unidos\b", ("US",)), (r"\bUnione\s+Europea\b", ("EU",)),
        ),
        only=r"\b(?:isceti|feti|petzi|solu|solamente|unicamente)\b",
        ban=r"\bnon\s+(?:si\s+)?(?:podet|podent|depet|devet|podes)\b|\bproibid\w*|\bvietad\w*"
        r"|\bnon\s+est\s+permìtid\w*",
        outside=r"\b(?:in\s+)?foras\s+de\b",
        back=r"\bforas\s+de\s+(?:cussu|custu|cussos|custos|cussa|custa|cussas|custas|issu|issa)\b",
        law=r"\blege\b|\bleges\b|\blegislatzione\b|\btribunale\w*|\bforu\b",
        based=r"\bsede\b|\bresident\w*|\bregistrad\w*|\bdomic[iì]liu\b|\bbìvid\w*",
        laws=((r"\blege\s+italiana\b|\blegislatzione\s+italiana\b", "IT"),),
        world=r"\bin\s+totu\s+su\s+mundu\b",
    ),
}  # fmt: skip


def territory_s38eu(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating a territorial clause (or the law) in Breton or Sardinian."""
    return territory_world(passages, _WORDS)
