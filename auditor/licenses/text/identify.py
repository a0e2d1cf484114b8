"""Identifies a license from its text: exact, similar, modified, family-version and title steps."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import chain

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db
from auditor.licenses.declared import match_from_record, unidentified
from auditor.licenses.text.fingerprint import (
    MIN_SENTENCE_WORDS,
    Fingerprint,
    FingerprintSet,
    anchors_of,
    hash_words,
    load_fingerprints,
    shingle_hashes,
    text_sha256,
)
from auditor.licenses.text.normalize import (
    Sentence,
    extract_date,
    extract_title,
    split_sentences,
    tokens,
)
from auditor.model import LicenseMatch

logger = logging.getLogger(__name__)

ACCEPT_THRESHOLD = 0.9
"""A reference is matched when coverage x order reaches this: coverage is the share of the
reference's shingles found in the text, order how much of that keeps the reference's order."""

MODIFIED_THRESHOLD = 0.75
"""Below ACCEPT_THRESHOLD but at least this: the text is the reference with parts changed."""

NEAR_MISS_FLOOR = 0.3
"""References scoring at least this (and not matched) are reported as near misses."""

MODIFIED_CONFIDENCE_CAP = 0.7
"""A modified license carries terms nobody reviewed: its confidence stays below 0.9 (the
policies' low-confidence line) whatever its similarity."""

FAMILY_VERSION_CONFIDENCE = 0.6
"""The text is close to a known license but its title names another version or date."""

TITLE_KNOWN_CONFIDENCE = 0.5
"""The text is unknown but its title names a license the database has."""

TITLE_FAMILY_CONFIDENCE = 0.4
"""The text is unknown; its title names a known family with a version or date we do not have."""

SENTENCE_KNOWN_SHARE = 0.5
"""A sentence whose shingles are at least this much in the reference is not a difference (it
was only cut differently, by formatting)."""

MIN_ADDED_RUN = 12
"""Consecutive unknown shingles (about eight added words) that make a sentence a difference
even when the rest of it is known (a clause glued to a list item without punctuation)."""

MIN_COMMON_ANCHORS = 4
_UNKNOWN_WEIGHT = 0.5
_MIN_INDEXED = 8
_PRESELECT_SHARE = NEAR_MISS_FLOOR / 2
_MAX_NEAR_MISSES = 3
_MAX_DIFFERENCES = 20
_MAX_QUOTE = 400
_NORMATIVE = re.compile(
    r"\b(?:shall|must|may not|agrees?|prohibited|required|permitted|you may|is granted|"
    r"are granted|licensed under|restrict\w*|condition\w*)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A reference the text resembles but did not match, with its score (0.0 to 1.0)."""

    record_id: str
    score: float


@dataclass(frozen=True, slots=True)
class TextIdentification:
    """What a license text is, what resembles it, and what differs from the matched reference."""

    match: LicenseMatch | None
    near_misses: tuple[NearMiss, ...] = ()
    differences: tuple[str, ...] = ()  # the text's own sentences absent from the reference
    title: str | None = None  # the document's own title, as written
    missing: float = 0.0  # share of the matched reference's wording absent from the text


@dataclass(frozen=True, slots=True)
class ReferenceScore:
    """How one reference compares with a text."""

    reference: Fingerprint
    shared: int  # distinct shingles found in both
    coverage: float  # share of the reference's shingles found in the text
    containment: float  # share of the text's shingles found in the reference
    order: float  # share of the shared anchors that keep the reference's order
    text_shingles: int  # distinct shingles of the text

    @property
    def score(self) -> float:
        """Coverage weighted by order: a complete, unscrambled reference scores 1.0."""
        return self.coverage * self.order

    @property
    def jaccard(self) -> float:
        """Shared shingles over all shingles of both: prefers the reference explaining most."""
        union = len(self.reference.shingles) + self.text_shingles - self.shared
        return self.shared / max(union, 1)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A text prepared for comparison: the hashes of its normalised word shingles."""

    shingles: tuple[int, ...]  # in text order
    shingle_set: frozenset[int]
    anchors: tuple[int, ...]


@dataclass(frozen=True, slots=True, eq=False)
class _Index:
    references: tuple[Fingerprint, ...]
    by_sha: Mapping[str, Fingerprint]
    postings: Mapping[int, tuple[int, ...]]  # anchor hash -> positions in references
    anchor_sets: tuple[frozenset[int], ...]
    small: tuple[int, ...]  # references with too few anchors to be preselected by them


@cache
def _index(fingerprints: FingerprintSet) -> _Index:
    """The inverted index over the reference anchors, built once per fingerprint set."""
    postings: dict[int, list[int]] = {}
    for position, reference in enumerate(fingerprints.references):
        for anchor in set(reference.anchors):
            postings.setdefault(anchor, []).append(position)
    by_sha: dict[str, Fingerprint] = {}
    for reference in fingerprints.references:
        by_sha.setdefault(reference.sha256, reference)
    anchor_sets = tuple(frozenset(r.anchors) for r in fingerprints.references)
    return _Index(
        references=fingerprints.references,
        by_sha=by_sha,
        postings={anchor: tuple(refs) for anchor, refs in postings.items()},
        anchor_sets=anchor_sets,
        small=tuple(i for i, anchors in enumerate(anchor_sets) if len(anchors) < _MIN_INDEXED),
    )


def prepare_candidate(words: Sequence[str]) -> Candidate:
    """Shingle a text's normalised words once for every step."""
    shingles = tuple(shingle_hashes(words))
    return Candidate(
        shingles=shingles,
        shingle_set=frozenset(shingles),
        anchors=anchors_of(shingles),
    )


def identify_text(
    text: str,
    *,
    db: LicenseDB | None = None,
    fingerprints: FingerprintSet | None = None,
    threshold: float = ACCEPT_THRESHOLD,
) -> TextIdentification:
    """Identify a license text through the cascade exact -> similar/modified -> family-version
    -> title; `match` is None only when nothing, not even a title, was recognised."""
    db = load_license_db() if db is None else db
    index = _index(load_fingerprints() if fingerprints is None else fingerprints)
    title = extract_title(text)
    words = tokens(text)
    if not words:
        return TextIdentification(match=None, title=title)
    exact = identify_exact(text_sha256(words), index, db)
    if exact is not None:
        return TextIdentification(match=exact, title=title)
    candidate = prepare_candidate(words)
    scores = score_references(candidate, index)
    best = select_reference(scores, threshold)
    if best is None:
        near = tuple(
            NearMiss(s.reference.record_id, round(s.score, 3))
            for s in scores[:_MAX_NEAR_MISSES]
            if s.score >= NEAR_MISS_FLOOR
        )
        return TextIdentification(
            match=identify_by_title(title, extract_date(text), db), near_misses=near, title=title
        )
    known = [best.reference, *(s.reference for s in scores if s.score >= threshold)]
    differences = find_differences(text, candidate, known)
    match = match_similar_or_modified(best, differences, threshold, db)
    renamed = identify_family_version(title, extract_date(text), match, db)
    logger.debug("text matches %s (%s, %.3f)", best.reference.source, match.method, best.score)
    return TextIdentification(
        match=renamed or match,
        differences=tuple(_quote(s) for s in differences[:_MAX_DIFFERENCES]),
        title=title,
        missing=round(1.0 - best.coverage, 3),
    )


def identify_exact(sha256: str, index: _Index, db: LicenseDB) -> LicenseMatch | None:
    """The normalised text equals a reference text."""
    reference = index.by_sha.get(sha256)
    if reference is None:
        return None
    return match_from_record(_record(db, reference), method="text-exact", confidence=1.0)


def score_references(candidate: Candidate, index: _Index) -> list[ReferenceScore]:
    """References resembling the text, best score (then overlap) first.

    The anchors (a fixed quarter of all shingles, by hash) preselect the references through the
    inverted index; the shingle sets of those few are then intersected exactly.
    """
    anchor_hits = Counter(
        chain.from_iterable(filter(None, map(index.postings.get, set(candidate.anchors))))
    )
    preselected = {
        position
        for position, hits in anchor_hits.items()
        if hits >= _PRESELECT_SHARE * len(index.anchor_sets[position])
    }
    preselected.update(index.small)
    total = max(len(candidate.shingle_set), 1)
    scores = []
    for position in preselected:
        reference = index.references[position]
        shared = len(candidate.shingle_set & reference.shingles)
        if not shared:
            continue
        coverage = shared / len(reference.shingles)
        order = (
            _order(candidate.anchors, reference.anchors, index.anchor_sets[position])
            if coverage >= NEAR_MISS_FLOOR
            else 1.0
        )
        scores.append(ReferenceScore(reference, shared, coverage, shared / total, order, total))
    scores.sort(key=lambda s: (-s.score, -s.jaccard, s.reference.record_id))
    return scores


def _order(
    candidate_anchors: Sequence[int],
    reference_anchors: Sequence[int],
    reference_set: frozenset[int],
) -> float:
    """Longest common subsequence of the shared anchors over their count (1.0: same order)."""
    ours = [h for h in candidate_anchors if h in reference_set]
    our_set = set(ours)
    theirs = [h for h in reference_anchors if h in our_set]
    common = min(len(ours), len(theirs))
    if common < MIN_COMMON_ANCHORS:
        return 1.0  # too little to judge order; coverage decides
    return min(1.0, LCSseq.similarity(ours, theirs) / common)


def select_reference(
    scores: Sequence[ReferenceScore], threshold: float = ACCEPT_THRESHOLD
) -> ReferenceScore | None:
    """The matched reference: among those accepted (else those in the modified band), the one
    sharing the most with the text relative to both sizes, so a text holding two documents
    matches the reference holding both."""
    for floor in (threshold, MODIFIED_THRESHOLD):
        passing = [s for s in scores if s.score >= floor]
        if passing:
            return max(passing, key=lambda s: (s.jaccard, s.score))
    return None


def find_differences(
    text: str, candidate: Candidate, known: Sequence[Fingerprint]
) -> list[Sentence]:
    """Sentences of the text that change the matched license: those absent from every accepted
    reference within the license's body, and rule-like ones right after it (up to a heading)."""
    if not _has_additions(candidate, known):
        return []
    sentences = split_sentences(text)
    status = [_is_known(s, known) for s in sentences]
    body = _license_body(sentences, status)
    if body is None:
        return []
    first, last = body
    inside = [
        s
        for s, state in zip(sentences[first:last], status[first:last], strict=True)
        if state is False
    ]
    # Text before the license is a preface or a README; rules appended right after it are how
    # modified licenses are usually written ("Our only modification is that ...").
    return [*inside, *_adjacent_rules(sentences[last + 1 :], status[last + 1 :])]


def _license_body(
    sentences: Sequence[Sentence], status: Sequence[bool | None]
) -> tuple[int, int] | None:
    """The stretch of sentences where known wording outweighs the rest: the largest sum of the
    known sentences' words less half the unknown ones', not across an unknown heading, so a
    stray known line in a README does not pull the README into the license."""
    best: tuple[int, int] | None = None
    best_sum = 0.0
    start, running = 0, 0.0
    for i, (sentence, state) in enumerate(zip(sentences, status, strict=True)):
        if sentence.heading and state is not True:  # a heading the license does not have
            start, running = i + 1, 0.0
            continue
        if running <= 0:
            start, running = i, 0.0
        if state is not None:
            running += len(sentence.words) * (1.0 if state else -_UNKNOWN_WEIGHT)
        if state is True and running > best_sum:
            best, best_sum = (start, i), running
    return best


def _has_additions(candidate: Candidate, known: Sequence[Fingerprint]) -> bool:
    """Whether some shingle after the first known one is in no known reference (a preface
    before the license is not an addition)."""
    unknown = candidate.shingle_set.difference(*(reference.shingles for reference in known))
    if not unknown:
        return False
    first = next((i for i, h in enumerate(candidate.shingles) if h not in unknown), None)
    return first is not None and not unknown.isdisjoint(candidate.shingles[first:])


def _is_known(sentence: Sentence, known: Sequence[Fingerprint]) -> bool | None:
    """True if a reference has the sentence, False if not, None if it is too short to tell.

    A sentence cut differently by other formatting still counts as known when most of its
    shingles are in a reference and no long run of them (added words) is missing.
    """
    key = hash_words(sentence.words)
    if any(key in reference.sentences for reference in known):
        return True
    if len(sentence.words) < MIN_SENTENCE_WORDS:
        return None
    present = [any(h in r.shingles for r in known) for h in shingle_hashes(sentence.words)]
    longest, run = 0, 0
    for is_present in present:
        run = 0 if is_present else run + 1
        longest = max(longest, run)
    return sum(present) >= SENTENCE_KNOWN_SHARE * len(present) and longest < MIN_ADDED_RUN


def _adjacent_rules(sentences: Sequence[Sentence], status: Sequence[bool | None]) -> list[Sentence]:
    """Unknown rule-like sentences next to the license, up to the first heading."""
    found = []
    for sentence, state in zip(sentences, status, strict=True):
        if sentence.heading:
            break
        if state is False and _NORMATIVE.search(sentence.raw):
            found.append(sentence)
    return found


def match_similar_or_modified(
    best: ReferenceScore, differences: Sequence[Sentence], threshold: float, db: LicenseDB
) -> LicenseMatch:
    """text-similar when the reference is there and nothing was changed, else text-modified."""
    record = _record(db, best.reference)
    score = round(best.score, 3)
    if best.score >= threshold and not differences:
        return match_from_record(record, method="text-similar", confidence=score)
    return match_from_record(
        record, method="text-modified", confidence=min(score, MODIFIED_CONFIDENCE_CAP)
    )


def identify_family_version(
    title: str | None, date: str | None, match: LicenseMatch, db: LicenseDB
) -> LicenseMatch | None:
    """A text matched to a record whose own title names another version or date of the same
    family: the sibling record with that version, or the matched record with a note."""
    record = db.get(match.id or "")
    if title is None or record is None or not _title_names_family(title, record):
        return None
    seen = versions_in(title)
    version_conflict = bool(seen) and not seen & record_versions(record)
    date_conflict = _dates_conflict(date, record.date)
    if not version_conflict and not date_conflict:
        return None
    siblings = [
        r
        for r in db.records.values()
        if r.family == record.family and _is_policy(r) == _is_policy(record)
    ]
    same_version = [r for r in siblings if seen & record_versions(r)] if version_conflict else []
    if same_version:
        chosen = max(same_version, key=lambda r: _title_similarity(title, r))
        name = f"{chosen.name} (text close to {record.name})"
    else:
        chosen = record
        name = _family_version_name(title, seen, date, record)
    return _renamed(chosen, name, FAMILY_VERSION_CONFIDENCE)


def identify_by_title(title: str | None, date: str | None, db: LicenseDB) -> LicenseMatch | None:
    """For a text we do not know: the record its title names (text-title-known), the closest
    record of the family it names (text-family-version), else "unidentified" with the title."""
    if title is None:
        return None
    distinctive = _distinctive(title)
    overlaps = {
        record.id: len(distinctive & _record_words(record)) / len(distinctive)
        for record in db.records.values()
        if distinctive
    }
    best_overlap = max(overlaps.values(), default=0.0)
    if best_overlap < 0.5:
        return unidentified(title, method="text-title")
    pool = [db.records[rid] for rid, overlap in overlaps.items() if overlap == best_overlap]
    similarity = {r.id: _title_similarity(title, r) for r in pool}
    top = max(similarity.values())
    pool = [r for r in pool if similarity[r.id] >= top - 10]
    seen = versions_in(title)
    agreeing = [
        r
        for r in pool
        if (not seen or seen & record_versions(r)) and not _dates_conflict(date, r.date)
    ]
    if len(agreeing) == 1 and best_overlap == 1.0:
        record = agreeing[0]
        return _renamed(record, record.name, TITLE_KNOWN_CONFIDENCE, method="text-title-known")
    if agreeing:
        chosen = _latest(agreeing)
        return _renamed(
            chosen,
            f"{title} (version not stated; taken as {chosen.name})",
            TITLE_FAMILY_CONFIDENCE,
        )
    chosen = _closest_version(pool, seen)
    return _renamed(
        chosen, _family_version_name(title, seen, date, chosen), TITLE_FAMILY_CONFIDENCE
    )


def _renamed(
    record: LicenseRecord, name: str, confidence: float, *, method: str = "text-family-version"
) -> LicenseMatch:
    return replace(match_from_record(record, method=method, confidence=confidence), name=name)


def _family_version_name(
    title: str, seen: set[str], date: str | None, record: LicenseRecord
) -> str:
    if seen and not seen & record_versions(record):
        what = f"version {', '.join(sorted(seen))} is not in the database"
    elif _dates_conflict(date, record.date):
        what = f"dated {date}, the database has {record.date}"
    else:
        what = "not in the database"
    return f"{title} ({what}; closest known: {record.name})"


_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
_VERSION = re.compile(r"(?<![\w.])(\d+(?:\.\d+)*)(?![\w.]*[^\W\d_])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words any license title may hold; the others name a family or a licensor.
_GENERIC_WORD = re.compile(
    r"licen[cs]es?|agreements?|polic(?:y|ies)|terms?|conditions|eula|acceptable|use|usage|end|user"
    r"|community|research|models?|open|non|commercial|noncommercial|version|ai|series|public"
    r"|international|prohibited|release|software|weights|parameters|source|modified|new|only|later"
    r"|of|the|and|for|by|to|on|in|with|or"
)


def versions_in(text: str) -> set[str]:
    """Version numbers named in a title or name (`Llama 3.1` -> 3.1, `Qwen2.5` -> 2.5), without
    model sizes (`11B`), years, or trailing `.0` (`1.0` -> 1)."""
    spaced = _LETTER_DIGIT.sub(" ", text.lower())
    found = set()
    for number in _VERSION.findall(spaced):
        if _YEAR.fullmatch(number):
            continue
        while number.endswith(".0"):
            number = number[: -len(".0")]
        found.add(number)
    return found


def record_versions(record: LicenseRecord) -> set[str]:
    """Every version a record's id, name, aliases and version field name."""
    names = [record.id, record.name, *record.aliases, record.version or ""]
    return set().union(*(versions_in(name.replace("-", " ")) for name in names))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", _LETTER_DIGIT.sub(" ", text.lower()))


def _distinctive(text: str) -> set[str]:
    return {
        w
        for w in _words(text)
        if len(w) > 1 and not w[0].isdigit() and not _GENERIC_WORD.fullmatch(w)
    }


def _record_words(record: LicenseRecord) -> set[str]:
    return set().union(_distinctive(record.family), *(_distinctive(n) for n in _names(record)))


def _names(record: LicenseRecord) -> list[str]:
    return [record.name, *record.aliases]


def _masked(text: str) -> str:
    return " ".join(w for w in _words(text) if not w[0].isdigit())


def _title_similarity(title: str, record: LicenseRecord) -> float:
    masked = _masked(title)
    return max(fuzz.token_sort_ratio(masked, _masked(name)) for name in _names(record))


def _title_names_family(title: str, record: LicenseRecord) -> bool:
    return bool(_distinctive(title) & _record_words(record))


def _is_policy(record: LicenseRecord) -> bool:
    return record.kind == "acceptable-use-policy"


def _dates_conflict(seen: str | None, known: str | None) -> bool:
    """Both dates given and neither a prefix of the other (2024-05 agrees with 2024-05-21)."""
    if seen is None or known is None:
        return False
    return not (seen.startswith(known) or known.startswith(seen))


def _version_key(record: LicenseRecord) -> tuple[int, ...] | None:
    version = record.version or next(iter(sorted(versions_in(record.name))), None)
    if version is None:
        return None
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _closest_version(records: Iterable[LicenseRecord], seen: set[str]) -> LicenseRecord:
    """The latest record at or below the seen version, else the earliest above it."""
    pool = sorted(records, key=lambda r: r.id)
    target = max((tuple(int(p) for p in v.split(".")) for v in seen), default=None)
    keyed = [(key, r) for r in pool if (key := _version_key(r)) is not None]
    if target is None or not keyed:
        return _latest(pool)
    below = [(key, r) for key, r in keyed if key <= target]
    if below:
        return max(below, key=lambda item: item[0])[1]
    return min(keyed, key=lambda item: item[0])[1]


def _latest(records: Iterable[LicenseRecord]) -> LicenseRecord:
    return max(records, key=lambda r: (_version_key(r) or (), r.date or "", r.id))


def _record(db: LicenseDB, reference: Fingerprint | ReferenceScore) -> LicenseRecord:
    fingerprint = reference.reference if isinstance(reference, ReferenceScore) else reference
    record = db.get(fingerprint.record_id)
    if record is None:
        raise LicenseDBError(
            f"fingerprints.json names {fingerprint.record_id}, which has no record",
            hint="regenerate it with scripts/build_fingerprints.py",
        )
    return record


def _quote(sentence: Sentence) -> str:
    text = " ".join(sentence.raw.split())
    return text if len(text) <= _MAX_QUOTE else text[: _MAX_QUOTE - 1] + "…"
