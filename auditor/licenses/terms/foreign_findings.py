"""Findings about license text in other languages than English: passages no rule read
(`license-language-unread`), and the halves of a bilingual license that state a term
differently (`license-translation-disagrees`)."""

from __future__ import annotations

from collections.abc import Mapping

from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign import READ_LANGUAGES, ForeignReading
from auditor.licenses.text.language import (
    ENGLISH,
    Passage,
    clean_line,
    language_name,
    language_of,
    passages,
)
from auditor.licenses.text.layout import trim_quote
from auditor.licenses.text.markup import split_lines
from auditor.model import Category, Evidence, Finding


def language_finding(
    path: str, unread: tuple[Passage, ...], original: str | None = None
) -> Finding:
    """`license-language-unread`: passages of one document the rules did not read, by
    language, each located; `translation-language-unread` when the document is a translation
    of `original`, which the texts say prevails (terms/translations.py): its words bind not."""
    languages = list(dict.fromkeys(str(p.language) for p in unread if p.language is not None))
    names = ", ".join(language_name(code) for code in languages)
    if any(p.language is None for p in unread):  # no detector tells it (`foreign_untold_s38`)
        untold = "a language not identified"
        names = f"{names} and {untold}" if names else untold
    numbers = list(dict.fromkeys(p.line for p in unread))
    lines = ", ".join(map(str, numbers[:8])) + (", ..." if len(numbers) > 8 else "")
    covered = all(code in READ_LANGUAGES for code in languages) and all(p.language for p in unread)
    why = (
        "no cue of the term rules reads them"
        if covered
        else "the term rules do not read this language"
    )
    count = f"{len(unread)} sentence{'s' if len(unread) != 1 else ''}"
    rule = "license-language-unread" if original is None else "translation-language-unread"
    consequence = (
        "whatever they say binds and may restrict use"
        if original is None
        else f"the texts say {original} prevails, so its terms bind and this translation's do not"
    )
    return Finding(
        rule=rule,
        category=Category.LICENSE,
        severity=observed_severity(rule),
        message=f"{path}: {count} in {names} (line{'s' if len(numbers) != 1 else ''} {lines}) "
        f"could not be read: {why}; {consequence}",
        evidence=tuple(
            Evidence(file=path, line=p.line, text=trim_quote(p.text)) for p in unread[:3]
        ),
        remediation="have the passages translated and read by counsel, then record a waiver "
        "(or the terms they state) once reviewed",
    )


# --- the halves of a bilingual text -----------------------------------------------------------

COMPARED_TERMS: dict[str, str] = {  # the terms two versions of a licence are compared on
    "commercial_use": "commercial use",
    "user_threshold": "the cap on users",
    "revenue_threshold": "the cap on revenue",
    "governing_law": "the governing law",
}
_CAP_PARTS = {
    "user_threshold": ("count", "unit"),
    "revenue_threshold": ("amount", "currency", "period"),
}
_MIN_PASSAGES = 2  # each half states at least this many sentences
_MIN_SHARE = 0.25  # and is at least this share of the sentences in either language


def translation_findings(path: str, text: str, reading: ForeignReading) -> list[Finding]:
    """`license-translation-disagrees` for each term the English half and the half in another
    language of one bilingual document state differently (commercial use, a cap, the law):
    the stricter reading binds (`with_foreign`), and the difference is for counsel to see.
    A document with a sentence or two in another language (a note appended to a standard
    text) is not bilingual: its sentences add terms, they translate none."""
    if not reading.values:
        return []
    halves = _english_half(text)
    if halves is None:
        return []
    english_text, language = halves
    english = extract_terms(english_text, path=path)
    findings = []
    for key, label in COMPARED_TERMS.items():
        ours, theirs = english[key].value, reading.values.get(key)
        if ours is None or theirs is None or same_term(key, ours, theirs):
            continue
        quotes = (*english[key].evidence[:1], *reading.evidence(key, path)[:1])
        where = ", ".join(f"line {e.line}" for e in quotes)
        findings.append(
            Finding(
                rule="license-translation-disagrees",
                category=Category.LICENSE,
                severity=observed_severity("license-translation-disagrees"),
                message=f"{path}: the English and {language_name(language)} texts state "
                f"{label} differently: {shown_term(ours)} in English, {shown_term(theirs)} in "
                f"{language_name(language)} ({where}); " + _kept(key, reading.prevails),
                evidence=quotes,
                remediation="have counsel compare the two texts (and any clause saying which "
                "version prevails), then record a waiver once reviewed",
            )
        )
    return findings


def _kept(key: str, prevails: str | None) -> str:
    """What binds of two versions that differ: the one a precedence clause names, else the
    stricter reading (the law: uncertain)."""
    if prevails is not None:
        return f"the {language_name(prevails)} version prevails by the text's own clause"
    return (
        "which law governs is uncertain"
        if key == "governing_law"
        else ("the stricter reading is kept")
    )


def _english_half(text: str) -> tuple[str, str] | None:
    """The text with its lines in other languages blanked (lines keep their numbers), and the
    other language, when the document is bilingual; else None."""
    counts: dict[str, int] = {}
    for passage in passages(text):
        if not passage.heading and passage.language is not None:
            counts[passage.language] = counts.get(passage.language, 0) + 1
    english = counts.pop(ENGLISH, 0)
    read = {code: n for code, n in counts.items() if code in READ_LANGUAGES}
    if not read:
        return None
    language, other = max(read.items(), key=lambda item: item[1])
    total = english + other
    if min(english, other) < _MIN_PASSAGES or min(english, other) < _MIN_SHARE * total:
        return None
    kept = [
        "" if language_of(clean_line(line)) not in (ENGLISH, None) else line
        for line in split_lines(text)
    ]
    return "\n".join(kept), language


def same_term(key: str, ours: object, theirs: object) -> bool:
    """Two versions' values of a compared term agree (a cap by its number and unit)."""
    if key in _CAP_PARTS and isinstance(ours, Mapping) and isinstance(theirs, Mapping):
        return all(ours.get(part) == theirs.get(part) for part in _CAP_PARTS[key])
    return ours == theirs


def shown_term(value: object) -> str:
    """A compared term's value as a message shows it."""
    if isinstance(value, Mapping):
        number = value.get("count", value.get("amount"))
        unit = value.get("unit") or value.get("currency")
        return f"{number:,} {unit}" if isinstance(number, int) else str(dict(value))
    return str(value)
