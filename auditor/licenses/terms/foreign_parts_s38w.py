"""A licence in Spanish, Portuguese, French, Italian, German or Maltese making another document
part of itself (session 38), for `disagree.incorporates`: then the two read as one licence, no
disagreement between them.

- the model card taken in: a sentence naming the card (README, "cartão do modelo", "tarjeta
  del modelo", "carte du modèle", "scheda del modello", "Modellkarte") and saying it forms part
  of this licence ("que fazem parte desta licença", "forma parte integrante de la presente
  licencia", "font partie de cette licence", "fa parte di questa licenza", "ist Bestandteil
  dieser Lizenz", mt "tal-kard tal-mudell (README.md), li hija parti minn din il-liċenzja")
  or that this licence's terms are the card's ("Os termos desta licença são os da seção ...
  do README.md"); et, fi (session 40): the card's restriction to be followed ("kui järgitakse
  mudelikaardi (README.md) ... toodud piirangut"), the terms of use set out in the card
  ("Mallin käyttöehdot on koottu mallikortin (README.md) taulukkoon");
- a sole annex ("Anexo Único", "Annexe unique", "Allegato unico"), its file so named or so
  headed, named in a sentence of the licence in another language than English.

Neither holds with a negation in the sentence ("no forma parte", "não faz parte", "ne fait
pas partie", "non fa parte", "nicht", "ei", "pole"). Pure.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["card_taken_in_foreign", "sole_annex_named"]

_FLAGS = re.IGNORECASE
_CARD = (
    r"(?:\bREADME(?:\.md)?\b|\bcart[ãa]o\s+do\s+modelo|\b(?:tarjeta|ficha)\s+(?:del|de)\s+modelo"
    r"|\bcarte\s+(?:du|de)\s+mod[èe]le|\bscheda\s+(?:del|di)\s+modello|\bModellkarte\b"
    r"|\b(?:il-)?kard\s+tal-mudell"  # mt (session 40)
    r"|\bmudelikaar\w*|\bmallikort\w*)"  # et, fi (session 40)
)
_PART_OF = (
    r"(?:\b(?:faz|fazem|forma|formam|integra|integram)\s+parte\s+(?:integrante\s+)?"
    r"d(?:esta|a\s+presente)\s+licen[çc]a|\bos\s+termos\s+desta\s+licen[çc]a\s+s[ãa]o\s+os"
    r"|\bforman?\s+parte\s+(?:integrante\s+)?de\s+(?:esta|la\s+presente)\s+licencia"
    r"|\blos\s+t[ée]rminos\s+de\s+esta\s+licencia\s+son\s+los"
    r"|\bfon?t\s+partie\s+(?:int[ée]grante\s+)?de\s+(?:cette|la\s+pr[ée]sente)\s+licence"
    r"|\bfa(?:nno)?\s+parte\s+(?:integrante\s+)?(?:di\s+questa|della\s+presente)\s+licenza"
    r"|\b(?:ist|sind)\s+(?:ein\s+)?(?:integraler\s+)?Bestandteil\s+(?:dieser|der)\s+Lizenz"
    r"|\b(?:hija|huwa|huma|tifforma|jiffurmaw|tagħmel|jagħmlu)\s+parti\s+(?:integrali\s+)?minn"
    r"\s+din\s+il-liċenzja"
    # et, fi (session 40): the card's restriction to be followed, its table part of the licence,
    # the terms of use set out in it ("kui järgitakse mudelikaardi ... toodud piirangut",
    # "Mallin käyttöehdot on koottu mallikortin (README.md) taulukkoon")
    r"|\bkui\s+(?:\w+\s+){0,2}järgi(?:takse|te|b)\b|\bon\s+(?:käesoleva|selle)\s+litsentsi"
    r"\s+(?:lahutamatu\s+)?osa|\bkäyttöehdot\s+on\s+(?:koottu|esitetty|kuvattu|lueteltu)"
    r"|\bon\s+(?:erottamaton\s+)?osa\s+tätä\s+lisenssiä)"
)
_TAKEN_IN = lazy_pattern(
    _CARD + r"[^.;]{0,120}?" + _PART_OF + r"|" + _PART_OF + r"[^.;]{0,120}?" + _CARD, _FLAGS
)
# the part denied or left out ("no forma parte", "não faz parte", "ne fait pas partie", "non
# si applica", "gilt nicht"), not any "no" ("derecho no exclusivo")
_NEGATION = lazy_pattern(
    r"\b(?:no|não|nao|ne|non|nicht|nunca|jamais|mai)\s+(?:\w+\s+){0,2}(?:forma|formam?|faz|fazem"
    r"|fait|font|fa|fanno|aplica|aplicam?|applica|applique|vale|valem|rige|gilt|sind|ist|integra)\b"
    r"|\b(?:salvo|excepto|exceto|sauf|tranne|au[sß]er)\b"
    r"|\b(?:mhix|mhijiex|mhuwiex|mhumiex|m['’]hijiex|ħlief)\b"  # mt
    r"|\b(?:ei|eivät|pole|paitsi|välja\s+arvatud)\b",  # et, fi
    _FLAGS,
)
_SOLE = lazy_pattern(
    r"^\W*(?:anexo[\s_-]+[úu]nico|annexe[\s_-]+unique|allegato[\s_-]+unico)\b", _FLAGS
)
_SOLE_NAMED = lazy_pattern(
    r"[^.;\n]*\b(?:anexo\s+[úu]nico|annexe\s+unique|allegato\s+unico)\b[^.;\n]*", _FLAGS
)


def card_taken_in_foreign(text: str) -> bool:
    """Whether a licence makes the model card part of itself in one of these languages."""
    for found in _TAKEN_IN.finditer(text):
        start = max(text.rfind(".", 0, found.start()), text.rfind("\n\n", 0, found.start()))
        if not _NEGATION.search(text[start + 1 : found.end()]):
            return True
    return False


def sole_annex_named(text: str, path: str, own: str | None) -> bool:
    """Whether the document at `path` (text `own`) is a sole annex ("Anexo Único") a sentence
    of the licence `text` names with no negation."""
    first = next((line for line in (own or "").splitlines() if line.strip()), "")
    if not any(_SOLE.match(source) for source in (PurePosixPath(path).stem, first.lstrip("# "))):
        return False
    return any(not _NEGATION.search(m.group()) for m in _SOLE_NAMED.finditer(text))
