"""A table row or label in another language keyed by commercial use, whose value is a bare
verdict: "| Gewerbliche Nutzung, auch in kostenpflichtigen Diensten | erlaubt |", "Usage
commercial : autorisé", "| Uso comercial | prohibido |".

A license written as a table of uses (`Nutzungsart | Regelung`) states each term as a row: the
use named in its first cell, and in the last a single word saying whether it is allowed. The
passage of such a row is the two cells run together ("Gewerbliche Nutzung ... erlaubt"), which
the cues of a sentence ("die gewerbliche Nutzung ist erlaubt") do not read when the label
carries a qualifier. Here the row is read as what it says, in the languages the tool reads
with Latin or Cyrillic letters: commercial use allowed, or banned. A label that carries a
negation or an exception ("nicht gewerbliche Nutzung", "uso comercial, salvo ...") says more
than the verdict and is left to the cues.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["is_commercial_row", "row_commercial"]

_FLAGS = re.IGNORECASE

# the commercial word of a label, in the languages read with Latin or Cyrillic letters
_COMMERCIAL = (
    r"(?:kommerziell\w*|gewerblich\w*|commercia\w*|comercia\w*|commerci[eë]\w*|komercyjn\w*"
    r"|zarobkow\w*|komerčn\w*|komercialn\w*|kommersiell\w*|kommerciel\w*|komersial\w*"
    r"|коммерческ\w*|комерційн\w*|комерсијал\w*|търговск\w*|ticari|thương\s+mại|kereskedelmi"
    r"|kaupalli\w*|komerc\w*)"
)
# a negation or an exception in the label: the row says more than its verdict
_QUALIFIED = (
    r"\b(?:nicht|keine?\w*|ohne|außer|ausser|ausgenommen|non|sans|sauf|hors|sin|salvo|excepto"
    r"|senza|tranne|eccetto|sem|exceto|salvo|niet|geen|zonder|behalve|nie|bez|oprócz|poza|ne"
    r"|kromě|mimo|razen|brez|sense|excepte|inte|utan|förutom|ikke|uden|undtagen|не|без|кроме"
    r"|değil|hariç|tanpa|kecuali|không|trừ|nem|kivéve|ei|paitsi)\b|\bno(?!\w)"
)
_ALLOWED = (
    r"erlaubt|gestattet|zulässig|ja|autoris[ée]e?s?|permise?s?|oui|permitid[oa]s?|s[ií]"
    r"|consentit[oa]|ammess[oa]|permess[oa]|toegestaan|dozwolon[ey]?|tak|povolen[oáéý]?|áno"
    r"|ano|dovoljen[oa]?|permès|permesa|tillåten|tillåtet|tilladt|tillatt|tak|разрешен[оа]?"
    r"|да|izinli|serbest|diizinkan|boleh|được\s+phép|engedélyezett|sallittu"
    r"|✅|✔|✓|☑"
)
_BANNED = (
    r"verboten|untersagt|nein|interdite?s?|prohibid[oa]s?|vietat[oa]|proibid[oa]s?|verboden"
    r"|nee|zabronion[ey]?|zakázán[oa]?|zakázané|prepovedan[oa]?|prohibit|förbjuden|förbjudet"
    r"|forbudt|запрещен[оа]?|нет|yasak|dilarang|cấm|tilos|kielletty|❌|✗|✘|⛔"
)
# a label keyed by commercial use, then its verdict: a word of its own ("Lisensi" ends in no
# "sí", a sentence ending "... Pemberi Lisensi." is no row)
_ROW = lazy_pattern(
    r"^\W*(?P<label>[^.;:!?]{0,160}?\b" + _COMMERCIAL + r"[^.;:!?]{0,120}?)"
    r"\s*(?:[:：=|–—-]\s*)?(?<!\w)(?P<verdict>" + _ALLOWED + "|" + _BANNED + r")\ufe0f?[\s.!]*$",
    _FLAGS,
)
_IS_ALLOWED = lazy_pattern(r"(?:" + _ALLOWED + r")\ufe0f?[\s.!]*", _FLAGS)
_NEGATED = lazy_pattern(_QUALIFIED, _FLAGS)
# a verb or a condition in the label: a sentence ("ist nach Zustimmung erlaubt"), or a verdict
# bound to a permission, which the cues of a sentence read
_SENTENCE_OR_CONDITION = lazy_pattern(
    r"\b(?:ist|sind|wird|werden|darf|dürfen|est|sont|peut|peuvent|es|son|puede|pueden|é|são"
    r"|pode|podem|è|sono|può|possono|is|are|may|zijn|mag|jest|są|może|je|jsou|může|är|får|er|må"
    r"|kan|nach|gegen|avec|après|con|com|mediante|previa|prévia|préalable|vorherig\w*"
    r"|Zustimmung|Genehmigung|Einwilligung|accord|autorisation|autorización|autorização"
    r"|autorizzazione|permiso|permissão|consenso|toestemming|zgod\w*|souhlas\w*|licen[cçsz]\w*"
    r"|Lizenz\w*)\b",
    _FLAGS,
)
_MAX_LABEL_WORDS = 14


def is_commercial_row(text: str) -> bool:
    """Whether `text` has the shape of a row or label keyed by commercial use whose value is
    a bare verdict, negated or qualified labels included (the cues read those)."""
    found = _ROW.match(text.strip())
    return found is not None and len(found.group("label").split()) <= _MAX_LABEL_WORDS


def row_commercial(text: str) -> str | None:
    """The verdict ("allowed" or "prohibited") of a row or label keyed by commercial use whose
    value is a bare verdict, its label neither negated nor bound to a condition; else None."""
    found = _ROW.match(text.strip())
    if found is None:
        return None
    label = found.group("label")
    if len(label.split()) > _MAX_LABEL_WORDS or _NEGATED.search(label):
        return None
    if _SENTENCE_OR_CONDITION.search(label):
        return None
    return "allowed" if _IS_ALLOWED.fullmatch(found.group("verdict")) else "prohibited"
