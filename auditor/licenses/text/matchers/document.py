"""One license text under identification, read lazily: each reading the matchers share (its
words, titles, sentences, notices, scores against the references) is made once, when a
matcher first asks for it, and never when none does (an exact copy needs only its words)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.text.fingerprint import text_sha256
from auditor.licenses.text.normalize import document_tokens, extract_date
from auditor.licenses.text.notices import NoticeReading, read_notices
from auditor.licenses.text.own_name import extract_licensor, extract_titles, policy_title
from auditor.licenses.text.own_name import readable_title as _readable_title
from auditor.licenses.text.prose import Sentence, split_sentences
from auditor.licenses.text.reference_index import ReferenceIndex as ScanCodeIndex
from auditor.licenses.text.similarity import (
    Candidate,
    ReferenceIndex,
    ReferenceScore,
    prepare_candidate,
    score_references,
    select_reference,
)
from auditor.licenses.text.title_shapes import head_version, versions_in

HEAD_CHARS = 400
"""A document's head: its copyright lines and its title."""

_T = TypeVar("_T")


class _reading(Generic[_T]):
    """A reading made on first use and kept in the instance (`functools.cached_property`
    without its lock, which Python 3.11 takes on every first read: one text, one thread)."""

    def __init__(self, read: Callable[[Document], _T]) -> None:
        self.read = read
        self.name = read.__name__

    def __get__(self, document: Document, owner: type[Document]) -> _T:
        value = self.read(document)
        document.__dict__[self.name] = value  # later reads find the value itself
        return value


class Document:
    """A text with the readings identification makes of it (each computed once, on use)."""

    def __init__(
        self,
        text: str,
        db: LicenseDB,
        index: ReferenceIndex,
        threshold: float,
        scancode_index: ScanCodeIndex | None = None,
    ) -> None:
        self.text = text
        self.db = db
        self.index = index  # the curated reference fingerprints
        self.threshold = threshold
        self.scancode_index = scancode_index  # None: the bundled ScanCode index

    @property
    def head(self) -> str:
        return self.text[:HEAD_CHARS]

    @_reading
    def titles(self) -> tuple[str, ...]:
        """The document's own titles (`own_name.extract_titles`)."""
        return extract_titles(self.text)

    @property
    def title(self) -> str | None:
        """Its first title, as written."""
        return self.titles[0] if self.titles else None

    @_reading
    def readable_title(self) -> str | None:
        """The title that can be matched to license names (not in a CJK script, if any is)."""
        return _readable_title(self.titles)

    @_reading
    def policy_title(self) -> str | None:
        """The readable title completed by a use-policy heading standing beside it."""
        return policy_title(self.text, self.readable_title)

    @_reading
    def versioned_title(self) -> str | None:
        """The policy title with the version its head states on a line of its own when the
        title has none (`Yi Series Models Community License Agreement` over `Version: 2.1`):
        the version a family's records are told apart by."""
        title = self.policy_title
        if title is None or versions_in(title):
            return title
        version = head_version(self.text)
        return title if version is None else f"{title} {version}"

    @_reading
    def words(self) -> list[str]:
        """The normalised words identification compares."""
        return document_tokens(self.text)

    @_reading
    def sha256(self) -> str:
        return text_sha256(self.words)

    @_reading
    def date(self) -> str | None:
        """The date the document states for itself."""
        return extract_date(self.text)

    @_reading
    def licensor(self) -> str | None:
        """Who grants the license, when the text defines it."""
        return extract_licensor(self.text)

    @_reading
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @_reading
    def notices(self) -> list[NoticeReading]:
        """Its "licensed under ..." notices (`notices.read_notices`)."""
        return read_notices(self.text, self.db, self.sentences)

    @_reading
    def candidate(self) -> Candidate:
        return prepare_candidate(self.words)

    @_reading
    def scores(self) -> list[ReferenceScore]:
        """Every preselected curated reference's score, best first."""
        return score_references(self.candidate, self.index)

    @_reading
    def best(self) -> ReferenceScore | None:
        """The curated reference the text matches or nearly matches, if any."""
        return select_reference(self.scores, self.threshold)
