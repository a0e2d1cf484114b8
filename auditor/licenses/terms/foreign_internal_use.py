"""Internal use said not to be commercial use, or commercial use defined only as offering the
model to others, in the European languages, for `foreign_companies` (as the English rule
`licensees/internal-use-by-anyone` reads it): `use_scope` `internal-use-by-anyone`, an
organisation's own internal use, a company's too, is within a non-commercial grant.

- Internal use denied to be commercial, in any order within a sentence ("Die interne Nutzung
  gilt nicht als kommerzielle Nutzung", "l'usage interne ne constitue pas un usage
  commercial", "ei ole kaupallista käyttöä ... sisäisessä toiminnassa");
- commercial use defined by offering the model or a service on it to third parties, and by
  nothing more ("Kommerzielle Nutzung ist ausschließlich das Anbieten ... an Dritte"): no "or any
  other use", no business advantage beside it.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_internal_use"]

_FLAGS = re.IGNORECASE
_SCOPE = [Clause("use_scope", ["internal-use-by-anyone"])]

_INTERNAL = lazy_pattern(
    r"(?<!\w)(?:intern\w*|sisäi\w*|oma(?:ssa|n|t)?\s+sisäi\w*|wewnętrzn\w*|interní\w*|vnitřní\w*"
    r"|vnútorn\w*|interné\w*|εσωτερικ\w*|внутрішн\w*|внутренн\w*|belső\w*|innanhåll\w*"
    r"|унутран\w*"  # be
    r"|iekšēj\w*|vidaus|vidin\w*|sisemi\w*|sisekasutus\w*)",  # lv, lt, et
    _FLAGS,
)
_COMMERCIAL = (
    r"kommerziell\w*|gewerblich\w*|commercia\w*|comercia\w*|commercie\w*|komercyjn\w*"
    r"|komerčn\w*|kommersiell\w*|kommerciel\w*|kaupalli\w*|εμπορικ\w*|комерційн\w*"
    r"|коммерческ\w*|kereskedelmi\w*|камерцый\w*|komerciāl\w*|komercin\w*|äriline\w*"
)
# a use or a purpose: the commercial word must qualify it ("uso comercial", "kommerzielle
# Nutzung"), not a company ("sociedade comercial")
_USE = (
    r"uso|usos|ús|utilização|utilización|utilisation|usage|utilizzo|Nutzung|Verwendung|gebruik"
    r"|wykorzystani\w*|użyt\w*|užití|využití|použití|användning\w*|brug\w*|bruk\w*|käyttö\w*"
    r"|χρήση|використання|использовани\w*|utilizare\w*|felhasználás\w*|fins|fines|fini|fin"
    r"|finalidade\w*|Zweck\w*|doel\w*|cel\w*|účel\w*|ändamål|formål|tarkoitu\w*|σκοπ\w*"
    r"|scop\w*|célú|выкарыстан\w*|мэт\w*|izmantošan\w*|lietošan\w*|naudojim\w*|kasutami\w*"
    r"|kasutus\w*"
)
_USED_COMMERCIALLY = (
    rf"(?:(?<!\w)(?:{_USE})(?!\w)\s+(?:\w+\s+){{0,2}}?(?:{_COMMERCIAL})"
    rf"|(?<!\w)(?:{_COMMERCIAL})\s+(?:\w+\s+)?(?:{_USE})(?!\w))"
)
# a negation just before the commercial use: "is not", "does not constitute"
_NOT_COMMERCIAL = lazy_pattern(
    r"(?<!\w)(?:nicht|keine?\w*|niet|geen|ne|n['’]|pas|no|não|non|nie|není|nie\s+je|nu|inte|ej"
    r"|ikke|ei|δεν|не|nem|netiek|nav|nėra|nelaikom\w*|pole)(?!\w)[^.;]{0,40}?" + _USED_COMMERCIALLY,
    _FLAGS,
)
# a sentence allowing or banning: not one saying what commercial use is
_ALLOWS_OR_BANS = lazy_pattern(
    r"gestattet|erlaubt|zulässig|untersagt|verboten|autoris\w*|permi[st]\w*|interdit\w*|prohib\w*"
    r"|proib\w*|vietat\w*|consentit\w*|dozwolon\w*|zabronion\w*|povolen\w*|zakázán\w*"
    r"|tillåt\w*|förbjud\w*|tillad\w*|forbud\w*|tillat\w*|sallit\w*|kielle\w*|επιτρέπ\w*"
    r"|απαγορ\w*|дозвол\w*|заборон\w*|разреш\w*|запрещ\w*|interzis\w*|engedély\w*|tilos"
    r"|megenged\w*|toegestaan|verboden"
    r"|atļaut\w*|aizliegt\w*|aizliedz\w*|drīkst\w*|leidži\w*|draudži\w*|lubatud|lubata"
    r"|keelatud|keelat\w*",  # lv, lt, et
    _FLAGS,
)
# commercial use defined: the commercial word, a verb of defining, and offering to others
_DEFINED = lazy_pattern(
    r"(?<!\w)(?:" + _COMMERCIAL + r")[^.;]{0,40}?(?<!\w)(?:tarkoitetaan|tarkoittaa|bezeichnet"
    r"|bedeutet|ist|betekent|is|désigne|signifie|s['’]entend|significa|designa|se\s+entiende"
    r"|si\s+intende|oznacza|znamená|se\s+rozumí|avses|betyder|menes|σημαίνει|означає"
    r"|означает|înseamnă|jelenti|азначае|nozīmē|reiškia|tähendab)(?!\w)[^.;]{0,160}?(?<!\w)(?:tarjoa\w*|luovutta\w*|anbiet\w*"
    r"|Anbieten|Bereitstell\w*|aanbied\w*|beschikbaar\s+stell\w*|offr\w*|mise\s+à\s+disposition"
    r"|ofrec\w*|oferta|ofert\w*|offert\w*|disponibiliz\w*|offri\w*|messa\s+a\s+disposizione|oferowa\w*"
    r"|udostępni\w*|nabíz\w*|poskytov\w*|erbjud\w*|tillhandahåll\w*|tilbyd\w*|tilby\w*"
    r"|προσφορ\w*|διάθεση|надання|пропонуван\w*|предоставлени\w*|oferir\w*|furniz\w*"
    r"|kínál\w*|rendelkezésre|прадастаўлен\w*|piedāvā\w*|nodrošinā\w*|siūly\w*|teikim\w*"
    r"|pakku\w*)[^.;]{0,100}?(?<!\w)(?:kolmansi\w*|muille|Dritte\w*|derden"
    r"|treš\w*\s+person\w*|treči\w*\s+asmen\w*|kolmand\w*"
    r"|tiers|terceir\w*|tercer\w*|terz\w*|osob\w*\s+trzeci\w*|osobám|třetím|tredje\s*(?:man|part)"
    r"|τρίτ\w*|третім|третьим|terți\w*|harmadik\w*|трэцім)",
    _FLAGS,
)
# ... or the term and a colon opening the passage, as a question of what it is reads with its
# answer (`foreign_passages_s37eu`: "Kas ir komerciāla izmantošana: Modeļa ... piedāvāšana
# trešajām personām"), and no word narrowing it ("only", a licence, a permission)
_COLON_DEFINED = lazy_pattern(
    r"^\W*(?:\w+\s+){0,3}?(?:" + _USED_COMMERCIALLY + r")\s*:"
    r"(?=[^.;]{0,160}?(?<!\w)(?:tarjoa|anbiet|Anbieten|aanbied|offr|ofrec|ofert|offert|offri"
    r"|oferowa|udostępni|nabíz|poskytov|erbjud|tilbyd|tilby|piedāvā|siūly|pakku)\w*)"
    r"(?![^.;]*(?<!\w)(?:nur|only|seulement|uniquement|solo|sólo|só|apenas|alleen|tylko|pouze"
    r"|jen|endast|bara|kun|vain|tikai|tik|ainult|vaid|tiktai|doar|numai|csak|licen[cs]\w*|Lizenz\w*"
    r"|licenti\w*|licenz\w*|atļauj\w*|leidim\w*|luba\w*|permiss\w*|autoris\w*|Genehm\w*"
    r"|toestemm\w*|zgod\w*|souhlas\w*)(?!\w))",
    _FLAGS,
)
# a definition reaching further: "or any other use", a business advantage
_FURTHER = lazy_pattern(
    r"(?<!\w)(?:tai\s+muu\w*|oder\s+(?:jede|sonstige)\w*|of\s+ander\w*|ou\s+(?:toute|tout)\s+autre"
    r"|o\s+cualquier\s+otr\w*|ou\s+qualquer\s+outr\w*|o\s+qualsiasi\s+altr\w*|lub\s+inn\w*"
    r"|nebo\s+jin\w*|eller\s+annan|eller\s+anden|eller\s+annen|ή\s+άλλ\w*|або\s+інш\w*|или\s+ин\w*"
    r"|sau\s+orice\s+alt\w*|vagy\s+más\w*|einschließlich|including|y\s+compris|incluid\w*"
    r"|incluindo|inclus\w*|mukaan\s+lukien"
    r"|vai\s+jebkur\w*\s+cit\w*|tostarp|ieskaitot|arba\s+bet\s+kok\w*|įskaitant"
    r"|või\s+mis\s+tahes|sealhulgas)(?!\w)",
    _FLAGS,
)


def read_internal_use(language: str | None, text: str) -> list[Clause]:
    """`use_scope` `internal-use-by-anyone` when a sentence says internal use is not commercial
    use, or defines commercial use only as offering the model to others; else nothing."""
    if language is None:
        return []
    for sentence in re.split(r"(?<=[.;!?])\s+", text):
        if _ALLOWS_OR_BANS.search(sentence):
            continue
        if _INTERNAL.search(sentence) and _NOT_COMMERCIAL.search(sentence):
            return _SCOPE
        defined = _DEFINED.search(sentence) or _COLON_DEFINED.search(sentence)
        if defined and not _FURTHER.search(sentence):
            return _SCOPE
    return []
