"""Which language version of a bilingual license prevails, when the document says so ("Where the
two versions differ, the English version governs", "Bei Abweichungen ist die deutsche Fassung
maßgeblich", "En cas de divergence, la version française prévaut"), for `terms.foreign`.

Without such a clause the stricter reading of each term binds (`with_foreign`); with one, the
prevailing version's reading of each term it states binds, the other version filling only what
the prevailing one leaves unsaid. A document naming two different prevailing versions says
nothing certain: None.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["prevailing_language"]

_FLAGS = re.IGNORECASE

# the language a version is named by, in English, German, French, Spanish, Portuguese, Italian
_NAMES: dict[str, str] = {
    r"english|englische[nr]?|anglaise|ingl[eé]s[ae]?|en\s+ingl[eé]s|inglese|em\s+ingl[eê]s": "en",
    r"german|deutsche[nr]?|allemande|alem[aã]n[ae]?|en\s+alem[aá]n|tedesca|em\s+alem[aã]o": "de",
    r"french|französische[nr]?|française|franc[eé]s[ae]?|en\s+franc[eé]s|francese": "fr",
    r"spanish|spanische[nr]?|espagnole|española|en\s+español|espanhola|spagnola": "es",
    r"portuguese|portugiesische[nr]?|portugaise|portugues[ae]|portuguesa|em\s+portugu[eê]s": "pt",
    r"italian|italienische[nr]?|italienne|italian[ao]|en\s+italiano": "it",
    r"dutch|niederländische[nr]?|néerlandaise|nederlandse": "nl",
    r"polish|polnische[nr]?|polonaise|polska|polskiej": "pl",
    r"chinese|chinesische[nr]?|chinoise|china|chinesa|cinese": "zh",
    r"japanese|japanische[nr]?|japonaise|japonesa|giapponese": "ja",
    r"korean|koreanische[nr]?|coréenne|coreana": "ko",
}
_LANGUAGE = "(?P<language>" + "|".join(_NAMES) + ")"
_VERSION = (
    r"(?:version|text|wording|fassung|textfassung|sprachfassung|versi[oó]n|vers[aã]o|versione"
    r"|texte|texto|testo|tekst)"
)
_PREVAILS = (
    r"(?:shall\s+|will\s+)?(?:governs?|prevails?|controls?|takes?\s+precedence|(?:is|are)\s+"
    r"(?:binding|authoritative|decisive)|ist\s+maßgeblich|ist\s+massgeblich|ist\s+verbindlich"
    r"|geht\s+vor|hat\s+Vorrang|prévaut|prévaudra|fait\s+foi|prevalece(?:rá)?|prevalerá"
    r"|prevarrà|prevale|fa\s+fede|é\s+vinculativa|es\s+vinculante)"
)
_CLAUSES = (
    # "the English version governs", "la version française prévaut", "la versione italiana prevale"
    lazy_pattern(
        r"\b(?:the|la|a|die|el|o|de)\s+(?:"
        + _LANGUAGE
        + r"\s+"
        + _VERSION
        + r"|"
        + _VERSION
        + r"\s+"
        + _LANGUAGE.replace("language", "after")
        + r")\b[^.;]{0,30}?\b"
        + _PREVAILS,
        _FLAGS,
    ),
    # "maßgeblich ist die deutsche Fassung", "prevails the English text" (a verb first)
    lazy_pattern(
        r"\b(?:maßgeblich|massgeblich|verbindlich|Vorrang\s+hat)\s+ist\s+(?:allein\s+|stets\s+)?"
        r"die\s+" + _LANGUAGE + r"\s+" + _VERSION,
        _FLAGS,
    ),
    # "ist die deutsche Fassung maßgeblich" (the verb before the subject, the predicate after)
    lazy_pattern(
        r"\bist\s+(?:allein\s+|stets\s+)?die\s+"
        + _LANGUAGE
        + r"\s+"
        + _VERSION
        + r"\s+(?:maßgeblich|massgeblich|verbindlich|vorrangig)",
        _FLAGS,
    ),
    # "prevalecerá la versión en español", "prévaudra la version française" (the verb first)
    lazy_pattern(
        r"\b(?:prevalecer[áa]|prevalece|prévaut|prévaudra|prevarrà|prevale|prevails?)\s+"
        r"(?:sempre\s+|siempre\s+|toujours\s+)?(?:la|a|the)\s+" + _VERSION + r"\s+" + _LANGUAGE,
        _FLAGS,
    ),
)


def prevailing_language(text: str) -> str | None:
    """The code of the language version `text` declares to prevail, or None (no such clause,
    or clauses naming different versions)."""
    named: set[str] = set()
    for pattern in _CLAUSES:
        for found in pattern.finditer(text):
            name = found.group("language") or found.groupdict().get("after") or ""
            code = _code(name)
            if code is not None:
                named.add(code)
    return named.pop() if len(named) == 1 else None


def _code(name: str) -> str | None:
    for pattern, code in _NAMES.items():
        if re.fullmatch(pattern, name.strip(), _FLAGS):
            return code
    return None
