"""A license beside its translation in a file of its own, for `model_terms`: when the texts say
which language version prevails ("The English version is the only authoritative version",
"영문본이 우선합니다", "prevalece el texto original en inglés", "Rechtsverbindlich ist allein
diese deutsche Fassung"), the version in that language binds and a translation does not.

The original is the one document written in the language a precedence clause names (every
clause of the model's documents naming the same one); a translation is a document in another
language that says the same (its own clause names the original's language) or calls itself a
translation in its title. A term the original states is the original's: the translation's
reading of it is set aside (it fills only what the original leaves unsaid, as the halves of a
bilingual text do, `foreign.with_foreign`), so a mistranslated grant neither narrows nor widens
the license and is no `license-files-disagree`. Where the two state a compared term
differently (commercial use, a cap, the law) that is said: `license-translation-disagrees`,
naming the version that prevails, for counsel to confirm.

With no such clause, or clauses naming different versions, or no single document in the named
language, nothing is set aside: every document binds and the stricter reading wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.disagree import TermDocument
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.foreign_findings import COMPARED_TERMS, same_term, shown_term
from auditor.licenses.terms.foreign_precedence import prevailing_language
from auditor.licenses.terms.output_permission import allows_training_on_outputs
from auditor.licenses.text.language import language_name, passages
from auditor.model import Category, Evidence, Finding

__all__ = ["settle_translations", "translated_paths", "translation_originals"]

# a title calling the document a translation: "(English translation)", "(한국어 참고 번역)",
# "(traducción de cortesía)", "Übersetzung", "译本", "翻訳"
_TRANSLATION_TITLE = lazy_pattern(
    r"\btranslation\b|\btraducci[oó]n\b|\btradu[cç][aã]o\b|\btraduction\b|\btraduzione\b"
    r"|Übersetzung|\bvertaling\b|\btłumaczenie\b|\bперевод\b|번역|译本|譯本|译文|譯文|翻訳|翻译|翻譯"
    # hi, th, vi, id, ms: "(हिंदी अनुवाद)", "ฉบับแปล", "bản dịch", "terjemahan"
    r"|अनुवाद|ฉบับแปล|คำแปล|\bbản\s+dịch\b|\bterjemahan\b",
    0,
)
_TITLE_LINES = 3
_COMMERCIAL_BAN = "commercial-use"  # the use-restriction tag of a ban on commercial use
_ROLES = ("license", "other")  # documents read as a license, or as text stating terms


def settle_translations(
    docs: Sequence[TermDocument], texts: Mapping[str, str]
) -> tuple[list[TermDocument], list[Finding]]:
    """The documents with each translation's terms the original states set aside (and its
    role `other`: it is no license of its own), and a finding per term they differ on."""
    read = [d for d in docs if d.role in _ROLES and d.path in texts]
    settled_texts = _settle({d.path: texts[d.path] for d in read})
    if settled_texts is None:
        return list(docs), []
    original_path, prevailing, translations = settled_texts
    original = next(d for d in read if d.path == original_path)
    settled: list[TermDocument] = []
    findings: list[Finding] = []
    for doc in docs:
        language = translations.get(doc.path)
        if doc is original or language is None:
            settled.append(doc)  # the original, or a document of its own
            continue
        findings.extend(_differences(original, doc, language, prevailing))
        findings.extend(_outputs_differ(original, doc, texts, language, prevailing))
        outputs_allowed = allows_training_on_outputs(texts[original_path])
        worldwide = _WORLDWIDE.search(texts[original_path]) is not None
        settled.append(_set_aside(doc, original, outputs_allowed, worldwide))
        if worldwide:
            findings.extend(_places_differ(original, doc, language, prevailing))
    return settled, findings


def _names_file(text: str, path: str) -> bool:
    """Whether the original names the document by its file name ("A Danish version is provided
    in LICENS-DA.md"): a version of it in another language the original provides, whose
    precedence clause then settles which binds."""
    name = PurePosixPath(path).name
    return len(name) > 3 and re.search(rf"(?<![\w./-]){re.escape(name)}(?![\w-])", text) is not None


def translated_paths(texts: Mapping[str, str]) -> frozenset[str]:
    """The documents among `texts` (path -> text) that are translations of an original the
    texts say prevails: no license of their own, so none speaks for the model's license."""
    settled = _settle(texts)
    return frozenset(settled[2]) if settled is not None else frozenset()


def translation_originals(texts: Mapping[str, str]) -> dict[str, str]:
    """Each translation among `texts` (path -> text) -> the path of the original the texts
    say prevails; empty when no single original prevails."""
    settled = _settle(texts)
    return dict.fromkeys(settled[2], settled[0]) if settled is not None else {}


def _settle(texts: Mapping[str, str]) -> tuple[str, str, dict[str, str]] | None:
    """The original's path, the prevailing language and each translation's path -> its
    language; None when no single original prevails (module docstring)."""
    clauses = {path: prevailing_language(text) for path, text in texts.items()}
    named = set(clauses.values()) - {None}
    if len(named) != 1:
        return None
    prevailing = str(named.pop())
    languages = {path: _main_language(text) for path, text in texts.items()}
    originals = [path for path in texts if languages[path] == prevailing]
    if len(originals) > 1:  # several in that language: the one saying it prevails
        originals = [path for path in originals if clauses[path] == prevailing]
    if len(originals) != 1:
        return None
    original = texts[originals[0]]
    translations = {
        path: str(language)
        for path, language in languages.items()
        if path != originals[0]
        and language not in (None, prevailing)
        and (
            clauses[path] == prevailing
            or _titled_translation(texts[path])
            or _names_file(original, path)
        )
    }
    return originals[0], prevailing, translations


def _main_language(text: str) -> str | None:
    """The language most of a text's sentences are in."""
    counts = Counter(p.language for p in passages(text) if not p.heading and p.language)
    return counts.most_common(1)[0][0] if counts else None


def _titled_translation(text: str) -> bool:
    head = "\n".join(text.strip().splitlines()[:_TITLE_LINES])
    return _TRANSLATION_TITLE.search(head) is not None


def _stated(term: ExtractedTerm | None) -> bool:
    return term is not None and term.value not in (None, [], False, {})


def _set_aside(
    doc: TermDocument, original: TermDocument, outputs_allowed: bool, worldwide: bool
) -> TermDocument:
    """The translation with the terms the original states left to the original (an original
    letting outputs train other models in so many words states that term too)."""
    terms = {
        key: ExtractedTerm(None) if _stated(original.terms.get(key)) else term
        for key, term in doc.terms.items()
    }
    if outputs_allowed and "output_use_restriction" in terms:
        terms["output_use_restriction"] = ExtractedTerm(None)
    if worldwide:  # the original grants everywhere: a translation's places are set aside
        for key in _PLACE_TERMS:
            if key in terms:
                terms[key] = ExtractedTerm(None)
    commercial = _stated(original.terms.get("commercial_use"))
    if commercial:
        # a ban on commercial use listed among the uses banned is the commercial-use term
        # itself: the original states it (the other uses the translation bans fill gaps)
        terms["use_restrictions"] = _without_commercial(terms.get("use_restrictions"))
    # the kind a translation reads as follows from its commercial term: the original's rules
    kind = None if original.kind is not None or commercial else doc.kind
    return replace(doc, role="other", terms=terms, kind=kind, stated=None)


def _without_commercial(term: ExtractedTerm | None) -> ExtractedTerm:
    if term is None or not isinstance(term.value, list):
        return term if term is not None else ExtractedTerm(None)
    kept = [tag for tag in term.value if tag != _COMMERCIAL_BAN]
    return term if len(kept) == len(term.value) else ExtractedTerm(kept or None, term.evidence)


def _differences(
    original: TermDocument, translation: TermDocument, language: str, prevailing: str
) -> list[Finding]:
    findings = []
    for key, label in COMPARED_TERMS.items():
        ours, theirs = original.terms.get(key), translation.terms.get(key)
        if ours is None or theirs is None or not (_stated(ours) and _stated(theirs)):
            continue
        if same_term(key, ours.value, theirs.value):
            continue
        quotes = (*ours.evidence[:1], *theirs.evidence[:1])
        what = (
            f"{label} differently: {shown_term(ours.value)} in {original.path}, "
            f"{shown_term(theirs.value)} in {translation.path}"
        )
        findings.append(_disagrees(original, translation, language, prevailing, what, quotes))
    return findings


def _outputs_differ(
    original: TermDocument,
    translation: TermDocument,
    texts: Mapping[str, str],
    language: str,
    prevailing: str,
) -> list[Finding]:
    """A finding when one version bars training other models on the outputs and the other lets
    them do so in so many words (`output_permission`): a yes/no term whose "no" is silence
    otherwise, so `_differences` cannot compare it."""
    banned = [
        doc
        for doc in (original, translation)
        if (term := doc.terms.get("output_use_restriction")) is not None and term.value is True
    ]
    if len(banned) != 1:
        return []
    (ban,) = banned
    other = translation if ban is original else original
    if not allows_training_on_outputs(texts.get(other.path, "")):
        return []
    quotes = ban.terms["output_use_restriction"].evidence[:1]
    what = (
        f"the use of the model's outputs differently: {ban.path} bars training other models on "
        f"them, {other.path} allows it"
    )
    return [_disagrees(original, translation, language, prevailing, what, quotes)]


_WORLDWIDE = lazy_pattern(
    r"\bworld-?wide\b|\bthroughout\s+the\s+world\b|\bweltweit\w*|\bmondial\w*|\bmundial\w*"
    r"|\bwereldwijd\w*|\bmondiale\b|\bseluruh\s+dunia\b|\btoàn\s+(?:thế\s+giới|cầu)"
    r"|全球|全世界|世界中|全世界で|전\s*세계|ทั่วโลก|\bdünya\s+çapında\b|في\s+جميع\s+أنحاء\s+العالم",
    0,
)
"""A grant everywhere in the original's own words ("worldwide", "全球范围内", "trên toàn thế
giới"): the original states where the model may be used."""
_PLACE_TERMS = ("excluded_use_territories", "excluded_licensee_domiciles", "territorial_exclusions")


def _places_differ(
    original: TermDocument, translation: TermDocument, language: str, prevailing: str
) -> list[Finding]:
    """A finding when the original grants worldwide and the translation confines or excludes
    places (a stricter translation the prevailing text sets aside)."""
    stated = [
        term
        for key in _PLACE_TERMS[:2]
        if (term := translation.terms.get(key)) is not None and _stated(term)
    ]
    if not stated:
        return []
    what = (
        f"where the model may be used differently: worldwide in {original.path}, limited in "
        f"{translation.path}"
    )
    return [_disagrees(original, translation, language, prevailing, what, stated[0].evidence[:1])]


def _disagrees(
    original: TermDocument,
    translation: TermDocument,
    language: str,
    prevailing: str,
    what: str,
    quotes: tuple[Evidence, ...],
) -> Finding:
    """`license-translation-disagrees`: the translation `states <what>`, with its quotes."""
    where = ", ".join(f"{e.file} line {e.line}" for e in quotes)
    return Finding(
        rule="license-translation-disagrees",
        category=Category.LICENSE,
        severity=observed_severity("license-translation-disagrees"),
        message=f"{translation.path}, a {language_name(language)} translation of "
        f"{original.path}, states {what}"
        + (f" ({where})" if where else "")
        + f"; the {language_name(prevailing)} version prevails by the texts' own clause",
        evidence=quotes,
        remediation="have counsel compare the two texts and the clause saying which "
        "version prevails, then record a waiver once reviewed",
    )
