"""A choice between two or more of the model's own license documents, stated in words: "You
may take Brisewood-7B under LICENCE-A.md or under LICENCE-B.md, as you choose." Neither
document needs to be a known license: the licensee who takes one owes the other nothing, so
each option is judged on the documents that bind it (the one chosen and every document that is
no option: a use policy, a NOTICE, the card), and the most favourable is kept
(`policy/choice.py`, as for a declared `A OR B`).

Only a plain choice counts. One sentence (with the next when it ends in ":" or ";") names two or
more of the documents - by file name ("LICENCE-A.md", or its stem when that is more than a
bare "LICENSE"), by title (the document's first line), or by a short label its title alone
holds ("Licence A", "Option 2") - with "or" between the first two names, a word of choice
("as you choose", "at your option", "whichever", "either", "dual-licensed"), and no condition
on taking either ("if you are a non-profit", "only", "provided", "unless") and no negation ("may
not choose"). A choice the release states with conditions binds each licensee to the option its
condition names, which is no free choice: the documents then all bind, as before. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.alternative_documents import CHOICE_WORDS, CONDITION_WORDS
from auditor.licenses.conclude import stricter_kind
from auditor.licenses.terms.model_terms import IdentifiedFile, terms_for_model
from auditor.licenses.text.prose import split_sentences
from auditor.model import Evidence, LicenseFile, LicenseMatch, SourceSnapshot
from auditor.model.document_options import DocumentOption
from auditor.model.terms import as_terms

__all__ = ["DocumentChoice", "document_options", "offered_documents"]

_MAX_CHARS = 500  # a longer "sentence" is a run of clauses, no plain statement of choice
_MAX_TITLE = 90
_ENDS = (".", ";", ":", "!", "?", ",")  # a sentence, not a title
_CHOICE = lazy_pattern(
    r"\beither\b|\bdual[-\s]?licen[cs]ed\b|\bdual\s+licen[cs]ing\b|\bas\s+you\s+(?:choose|prefer"
    r"|wish|like|elect)\b|\byour\s+(?:choice|option)\b|\bthe\s+choice\s+is\s+(?:yours|the\s+licensee['’]?s)\b",
    re.IGNORECASE,
)
_OR = lazy_pattern(r"\bor\b", re.IGNORECASE)
# the sentence licenses: words of taking or using the model under a document, beside its names
_LICENSING = lazy_pattern(
    r"\b(?:under|licen[cs]ed|licen[cs]ing|dual|take|use|used|receive|obtain|accept|choose|pick"
    r"|select|elect)\b",
    re.IGNORECASE,
)
# binding someone to one option
_REQUIRED = lazy_pattern(
    r"\b(?:must|shall|required|requires|only|exclusively|need\s+to|needs\s+to|have\s+to"
    r"|has\s+to)\b",
    re.IGNORECASE,
)
_NEGATION = lazy_pattern(
    r"\b(?:not|never|cannot|no|neither|nor)\b|n['’]t\b",
    re.IGNORECASE,
)
# a short label a document's title holds ("Licence A", "Option 2", "Terms B", "Schedule II")
_LABEL = lazy_pattern(
    r"\b(?:licen[cs]e|option|terms|agreement|schedule|track)\s+(?-i:[A-Z]|\d{1,2}|[IVX]{1,4})\b",
    re.IGNORECASE,
)
_MARKUP = lazy_pattern(r"[*`#=]+|^\s*[-_]{3,}\s*$")
_BARE_STEMS = frozenset({"license", "licence", "copying", "notice", "readme", "terms"})


@dataclass(frozen=True, slots=True)
class DocumentChoice:
    """The documents the licensee may choose between (paths, in the order named) and the
    sentence offering the choice."""

    paths: tuple[str, ...]
    evidence: Evidence


def offered_documents(
    files: Sequence[tuple[LicenseFile, object]], card: tuple[str, str, int] | None = None
) -> DocumentChoice | None:
    """The documents a plain choice names, or None when no sentence offers one. `card`: the
    card's path, body and the body's first line, read too (its whole prose, not only the
    license sections among `files`)."""
    names = [(file.path, _references(file.path, file.text or "")) for file, _ in files]
    names = [(path, refs) for path, refs in names if refs]
    if len(names) < 2:
        return None
    texts = [(file.path, file.text or "", 0) for file, _ in files]
    if card is not None:
        texts.append((card[0], card[1], card[2] - 1))
    for path, text, offset in texts:
        if not _OR.search(text):
            continue
        sentences = split_sentences(text)
        others = [(other, refs) for other, refs in names if other != path]
        for index, sentence in enumerate(sentences):
            raw = " ".join(sentence.raw.split())
            if raw.endswith((":", ";")) and index + 1 < len(sentences):
                raw += " " + " ".join(sentences[index + 1].raw.split())
            found = _choice(_MARKUP.sub("", raw), others)
            if found is not None:
                if _one_required(texts, [n for n in names if n[0] in found]):
                    return None  # "companies must take LICENCE-B.md": no free choice
                line = sentence.line + offset if sentence.line is not None else None
                return DocumentChoice(found, Evidence(path, line, raw[:240]))
    return None


def _one_required(
    texts: Sequence[tuple[str, str, int]], options: Sequence[tuple[str, list[re.Pattern[str]]]]
) -> bool:
    """Whether a sentence anywhere binds someone to one option ("Companies must accept
    LICENCE-B.md", "LICENCE-A.md applies only to non-profits")."""
    for path, text, _ in texts:
        for sentence in split_sentences(text):
            raw = _MARKUP.sub("", " ".join(sentence.raw.split()))
            if not _REQUIRED.search(raw):
                continue
            named = [o for o, refs in options if o != path and any(r.search(raw) for r in refs)]
            if len(named) == 1:
                return True
    return False


def document_options(
    files: Sequence[IdentifiedFile],
    match: LicenseMatch | None,
    db: LicenseDB,
    declared: LicenseMatch | None = None,
    snapshot: SourceSnapshot | None = None,
) -> tuple[DocumentOption, ...]:
    """Each option of a choice between the model's documents with the terms binding it (the
    option's document and every document that is no option); () when none is offered. The
    `snapshot`'s card body is read for the choice too."""
    card = None
    if snapshot is not None and snapshot.card is not None:
        path = snapshot.card_path or "README.md"
        card = (path, snapshot.card.body, snapshot.card.body_line)
    choice = offered_documents(files, card)
    if choice is None:
        return ()
    options: list[DocumentOption] = []
    for path in choice.paths:
        others = set(choice.paths) - {path}
        bound = [item for item in files if item[0].path not in others]
        terms = terms_for_model(bound, match, db, declared=declared)
        kind = None
        if match is not None:
            kind = stricter_kind(match, list(terms.kinds.values())).kind
        else:
            kind = stricter_kind(_UNKNOWN, list(terms.kinds.values())).kind
        options.append(
            DocumentOption(
                path=path,
                kind=str(kind) if kind is not None else None,
                terms=as_terms(terms.values),
                term_evidence=terms.evidence,
                offered_by=choice.evidence,
            )
        )
    return tuple(options)


_UNKNOWN = LicenseMatch(None, None, None, None, None, None, 0.0, "document-choice")


def _choice(
    sentence: str, names: Sequence[tuple[str, list[re.Pattern[str]]]]
) -> tuple[str, ...] | None:
    if len(sentence) > _MAX_CHARS or not _OR.search(sentence):
        return None
    if not (_CHOICE.search(sentence) or CHOICE_WORDS.search(sentence)):
        return None
    unnamed = sentence
    for _, patterns in names:
        for pattern in patterns:
            unnamed = pattern.sub(" ", unnamed)
    if not _LICENSING.search(unnamed):  # "see LICENSE.md or TERMS.md, as you prefer"
        return None
    if CONDITION_WORDS.search(sentence) or _NEGATION.search(sentence):
        return None
    found: list[tuple[int, int, str]] = []
    for path, patterns in names:
        spans = [m.span() for p in patterns for m in p.finditer(sentence)]
        if spans:
            start, end = min(spans)
            found.append((start, end, path))
    if len(found) < 2:
        return None
    found.sort()
    (_, first_end, _), (second_start, _, _) = found[0], found[1]
    if not _OR.search(sentence, first_end, second_start):
        return None  # "LICENCE-A and LICENCE-B both apply": no choice
    return tuple(path for _, _, path in found)


def _references(path: str, text: str) -> list[re.Pattern[str]]:
    """The ways a sentence may name the document: its file name, its stem when distinctive,
    its title and a short label of its title."""
    name = PurePosixPath(path).name
    stem = PurePosixPath(path).stem
    words = [re.escape(name)]
    if stem.lower() not in _BARE_STEMS and re.search(r"[-_.\d]", stem):
        words.append(re.escape(stem))
    refs = [re.compile(r"(?<![\w.-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)]
    title = _title(text)
    if title is not None:
        refs.append(re.compile(r"(?<!\w)" + re.escape(title) + r"(?!\w)", re.IGNORECASE))
        label = _LABEL.search(title)
        if label is not None:
            refs.append(re.compile(r"(?<!\w)" + re.escape(label.group(0)) + r"(?!\w)"))
    return refs


def _title(text: str) -> str | None:
    """The document's first line as its title (markup and a parenthesis dropped), when short
    and of two words or more."""
    for line in text.splitlines():
        line = _MARKUP.sub("", line).strip()
        if not line:
            continue
        line = re.sub(r"\s*\([^)]*\)\s*$", "", line).strip()
        if len(line) <= _MAX_TITLE and len(line.split()) >= 2 and not line.endswith(_ENDS):
            return line
        return None
    return None
