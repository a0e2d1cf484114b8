"""A passage naming a party of the licence, for `foreign_no_term`: who the licensor (or the
licensee, the rights holder) is, and where it sits ("1. Лицензиар — ТОО «Пример Стриж», г.
Алматы.", "Le Concédant est la société Exemple SAS, dont le siège est à Paris.", "Der
Lizenzgeber ist die Beispiel GmbH mit Sitz in Berlin.", "O Licenciante é a Exemplo Tecnologia
Ltda., com sede em São Paulo."). It states no term, as the English rules leave "Licensor means
Example Inc." aside.

Read so only when the passage opens with the party (after a clause number), then a dash, a
colon or a copula, then a named organisation (a legal form, or a name in quotation marks), and
nothing in it is a restrictive or banning word of its language; a passage saying what the
party may or must do ("Лицензиар вправе ...", "Le Concédant peut résilier ...") is not one.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues

_FLAGS = re.IGNORECASE

_PARTY = lazy_pattern(
    r"^\W{0,3}(?:(?:статья|пункт|article|art\.?|artikel|artículo|artigo|articolo|cláusula|§)\s*)?"
    r"(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s*[-–—:.]?\s*)?"
    r"(?:(?:le|la|l'|der|die|el|o|a|il|lo|de)\s+)?"
    r"(?P<party>лицензиар(?:ом)?|лицензиат(?:ом)?|правообладател(?:ь|ем)|concédant|donneur\s+de"
    r"\s+licence|licencié|titulaire\s+des\s+droits|lizenzgeber(?:in)?|lizenznehmer(?:in)?"
    r"|rechteinhaber(?:in)?|licenciante|licenciatari[oa]|licenciador(?:a)?|licenciad[oa]"
    r"|licenziante|licenziatari[oa]|titolare(?:\s+dei\s+diritti)?|licencjodawc[aą]"
    r"|licencjobiorc[aą]|licentiegever|licentienemer)\b"
    r"\s*(?:\([^)]{1,40}\)\s*)?"
    r"(?:[-–—:]|\b(?:является|выступает|est|ist|es|é|è|jest|is)\b)\s*",
    _FLAGS,
)
# a named organisation: a legal form, or a name in quotation marks
_NAMED = lazy_pattern(
    r"(?<![\w.])(?:ТОО|ООО|АО|ПАО|ЗАО|НАО|АНО|ИП|SAS|SASU|SARL|SA|S\.A\.|GmbH|AG|KG|UG|e\.\s?V\."
    r"|Ltda\.?|S\.r\.l\.|Srl|S\.p\.A\.|SpA|sp\.\s*z\s*o\.\s*o\.|S\.A\.\s*de\s*C\.V\.|S\.L\.|B\.V\."
    r"|N\.V\.|Inc\.?|LLC|Ltd\.?|Limited|Corp\.?)(?![\w])|[«\"“„][^«»\"“”„]{2,60}[»\"”“]",
)
_MAX_WORDS = 24


def names_party(text: str, cues: Cues | None) -> bool:
    """Whether a passage only names a party of the licence and its seat (see above)."""
    opened = _PARTY.match(text.strip())
    if opened is None or cues is None or cues.prohibited is None:
        return False
    rest = text.strip()[opened.end() :]
    if _NAMED.search(rest) is None or len(rest.split()) > _MAX_WORDS:
        return False
    return cues.restrictive.search(rest) is None and cues.prohibited.search(rest) is None
