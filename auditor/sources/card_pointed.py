"""Documents a model card names as the model's terms, whatever their own name: "Apache 2.0
subject to the restrictions in USE_RESTRICTIONS.md", "Licencia MIT, sujeta a la política de uso
de POLITICA_DE_USO.md", a link to `docs/conditions.md` in a License section.

A sentence of the card that speaks of a license, terms, conditions, restrictions or a use
policy (in the languages the term readers read), or any sentence of a License or Terms section,
points to each listed document it names (its path, its file name, or its name in capitals
without the suffix; so does the card's `license_link` metadata, the most direct pointer of all
with `license: other`: `license_link: OROI.md`, `license_link: ./docs/umovy.md`; a document is
prose, PDF or an office file, never code, data or weights:
`referenced_files.is_document_candidate`). Such a document is a license document, read as one
by `extra_evidence` whatever its wording; a name the card points to so that the repository
does not have is reported (`license-document-unread`), as is one left past the bound. Pure:
the card and the listing in, the pointers out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import ParsedCard
from auditor.model.license_words import FOREIGN_LICENSE_WORDS
from auditor.sources.base import is_license_like
from auditor.sources.card_markdown import fenced_lines, headings, is_license_title
from auditor.sources.referenced_files import MAX_CANDIDATES, is_document_candidate, named_at

MAX_CARD_POINTED = 4
"""Documents read because the card names them as the model's terms, at most, per model."""

MAX_POINTING_SENTENCES = 256
"""Sentences of a card read for pointers, at most (a real card has a handful)."""

# A sentence speaking of the model's terms: a license, terms, conditions, restrictions, an
# agreement or a use policy, in English and in the languages the term readers read.
_TERMS = lazy_pattern(
    r"\b(?:licen[cs]\w*|terms|conditions?|restrictions?|agreements?|eula"
    r"|(?:use|usage|acceptable[\s-]use|prohibited[\s-]use|responsible[\s-]use)\s+polic(?:y|ies)"
    r"|prohibited\s+uses?|permitted\s+uses?|pol[ií]tica\s+de\s+uso\w*|restricciones|condiciones"
    r"|restrições|condições|politique\s+d['’]utilisation|restrizioni|condizioni|politica\s+d['’]uso"
    r"|bedingungen|einschränkungen|nutzungsrichtlinie\w*|voorwaarden|beperkingen|gebruiksbeleid"
    r"|warunki|ograniczenia|услови\w+|ограничени\w+|правила\s+использования|koşul\w*|kısıtlama\w*"
    r"|ketentuan|syarat|kebijakan\s+penggunaan|điều\s+kiện|chính\s+sách\s+sử\s+dụng)\b"
    r"|"
    + FOREIGN_LICENSE_WORDS
    + r"|条件|限制|政策|规范|規範|規約|ポリシー|制限|조건|제한|정책|약관",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_pattern(r"(?<=[.!?;。；！？])\s+|\n(?=\s*(?:[-*+|]|\d{1,3}[.)])\s)")
# A letter of a name, with the vowel signs and other combining marks of the scripts that write
# them apart from their letter (Devanagari, Bengali, Tamil, Thai, Arabic...) and the joiners.
_NAME_CHAR = (
    r"\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u200c\u200d"
)
_DOCUMENT_NAME = lazy_pattern(
    rf"(?<![{_NAME_CHAR}./:@%?=&#~-])(?P<name>(?:[{_NAME_CHAR}-]+/)*[{_NAME_CHAR}-][{_NAME_CHAR}.-]*"
    r"\.(?:md|markdown|txt|rst|pdf|docx|odt|rtf|html?))"
    rf"(?![{_NAME_CHAR}/-])",
    re.IGNORECASE,
)
_RELATIVE = lazy_pattern(r"(?<![\w.])\./")
_CARD_STEMS = frozenset({"readme", "model_card", "modelcard", "model-card"})


@dataclass(frozen=True, slots=True)
class Pointer:
    """A document the card names as the model's terms: its path (or the name written, when the
    repository lacks it), the card's line and the sentence."""

    path: str
    line: int
    quote: str


def pointing_sentences(card: ParsedCard | None) -> Iterator[tuple[int, str]]:
    """(card line, sentence) for each sentence of the card body that speaks of the model's
    terms, or stands in a License or Terms section; fenced code is left out."""
    if card is None or not card.body:
        return
    lines = card.body.splitlines()
    fenced = fenced_lines(lines)
    titles = {index: title for index, _, title in headings(lines, fenced)}
    in_terms = False
    paragraph: list[int] = []
    count = 0
    for index in [*range(len(lines)), len(lines)]:
        line = lines[index] if index < len(lines) else ""
        if index in titles or index in fenced or not line.strip():
            for number, sentence in _sentences(lines, paragraph, card.body_line):
                if (in_terms or _TERMS.search(sentence)) and count < MAX_POINTING_SENTENCES:
                    count += 1
                    yield number, sentence
            paragraph = []
            if index in titles:
                in_terms = is_license_title(titles[index])
            continue
        paragraph.append(index)


def _sentences(lines: Sequence[str], paragraph: list[int], first: int) -> Iterator[tuple[int, str]]:
    """The sentences of a paragraph (list items and table rows apart), each with its line."""
    if not paragraph:
        return
    text = "\n".join(lines[index] for index in paragraph)
    start = 0
    for end in [*(m.start() for m in _SENTENCE_END.finditer(text)), len(text)]:
        piece = text[start:end]
        if piece.strip():
            offset = start + len(piece) - len(piece.lstrip())
            yield first + paragraph[0] + text.count("\n", 0, offset), " ".join(piece.split())
        start = end


def card_pointers(
    card: ParsedCard | None, listed: Sequence[str], read: Collection[str]
) -> tuple[list[Pointer], list[Pointer]]:
    """The listed documents the card names as the model's terms (none license-named, the card
    or already `read`), in the order first named, and the document names it so points to that
    the listing lacks (license-named ones aside: `license_unread` reports those)."""
    candidates = [p for p in listed if is_document_candidate(p, read)][:MAX_CANDIDATES]
    present = [p.lower() for p in listed]
    names = {PurePosixPath(p).name for p in present}
    found: list[Pointer] = []
    missing: list[Pointer] = []
    for number, sentence in [*_license_link(card), *pointing_sentences(card)]:
        text = _RELATIVE.sub("", sentence)
        hits = sorted(
            (at, path)
            for path in candidates
            if path not in {f.path for f in found} and (at := named_at(text, path)) is not None
        )
        found.extend(Pointer(path, number, sentence[:200]) for _, path in hits)
        for match in _DOCUMENT_NAME.finditer(text):
            name = match.group("name")
            key = name.lower()
            if key in present or PurePosixPath(key).name in names:
                continue
            if is_license_like(name) or PurePosixPath(key).name.split(".", 1)[0] in _CARD_STEMS:
                continue  # license_unread reports those; the card is the card
            if all(m.path.lower() != key for m in missing):
                missing.append(Pointer(name, number, sentence[:200]))
    return found, missing


def _license_link(card: ParsedCard | None) -> list[tuple[int, str]]:
    """The card's `license_link` metadata as a pointing sentence (its key's line): a relative
    path names a listed document; a URL names none (`named_at` wants no `/` before a name)."""
    link = card.metadata.get("license_link") if card is not None else None
    if card is None or not isinstance(link, str) or not link.strip():
        return []
    return [(card.key_lines.get("license_link", 1), f"license_link: {link.strip()}")]
