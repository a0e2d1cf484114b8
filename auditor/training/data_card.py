"""Reads what a dataset's own card says beyond its license (issue 36): research-only use,
share-alike, the models that generated the data and whose output terms apply, personal data,
and the datasets it is built from, each with the lines that say so; pure.

The card's text is read sentence by sentence under its headings (the Hub template's "Licensing
Information", "Personal and Sensitive Information", "Source Data", "Dataset Creation" read more
loosely, since there a sentence is about that subject), with its front matter
(`source_datasets`, `tags`), the gating prompt, and the repo's license documents (for
research-only and share-alike terms only). The license as the engine read it adds research-only
(a research-only license kind) and share-alike (a record with a share-alike obligation, a
copyleft kind, or a share-alike license's name).

Personal data, when the card says several things, takes the answer that carries the most risk:
`stated` (it contains personal data, consent unsaid) over `consent-stated` (collected with
consent: consent said in another sentence may cover only part of the data) over `anonymised`
(removed or de-identified: identification may remain) over `none-stated`. A sentence that says
both that the data holds personal data and that it was given with consent is `consent-stated`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.known_datasets import KnownDatasets, dataset_key, load_known_datasets
from auditor.knowledge.license_db import LicenseDB
from auditor.model import LicenseMatch, ParsedCard
from auditor.model.evidence import FILE_KINDS, EvidenceItem, EvidenceKind, declaration
from auditor.model.kinds import LicenseKind
from auditor.model.lineage import StatedEvidence
from auditor.model.training import PERSONAL_DATA, DataCard
from auditor.training import data_card_patterns as p
from auditor.training.data_card_text import CardSentence, card_sentences, clean, quote

_RISK = {word: rank for rank, word in enumerate(reversed(PERSONAL_DATA))}
"""none-stated 0 < anonymised 1 < consent-stated 2 < stated 3."""
_MAX_EVIDENCE = 6
_VENDOR = lazy_pattern(r"^\S+?['’]s\s+")
_NOT_DATASETS = frozenset({"original", "extended", "other", "none", "unknown"})


def read_data_card(
    items: Sequence[EvidenceItem],
    card: ParsedCard | None,
    license_match: LicenseMatch | None,
    db: LicenseDB,
    *,
    card_file: str = "README.md",
    registry: KnownDatasets | None = None,
) -> DataCard:
    """What a dataset's card and license say beyond the license itself (model/training.py).

    `items` is the snapshot's evidence list (its declaration and license documents are read),
    `card` the parsed card (front matter and body), `license_match` the license the engine read.
    `registry` (default: the bundled one) maps model names to providers and names datasets."""
    known = registry or load_known_datasets()
    reading = _Reading()
    sentences: list[CardSentence] = []
    if card is not None:
        sentences = card_sentences(card.body, card_file, card.body_line)
        _read_metadata(card, card_file, reading)
    for item in items:
        if item.kind is EvidenceKind.GATING and item.text:
            sentences.extend(card_sentences(item.text, _base(item.path, card_file)))
    for sentence in sentences:
        _read_sentence(sentence, reading, known)
    for item in items:  # a license document: its research-only and share-alike terms
        if item.kind in FILE_KINDS and item.document is not None and item.document.text:
            for sentence in card_sentences(item.document.text, item.document.path):
                _read_terms(sentence, reading)
    _read_license(license_match, items, db, reading)
    generated = _unique(reading.models)
    terms = sorted({k for m in generated if (k := known.provider_for_model(m)) is not None})
    if terms:
        reading.cite("generated_terms", *reading.evidence.get("generated_with", []))
    personal = max(reading.personal, key=_RISK.__getitem__, default=None)
    return DataCard(
        research_only=bool(reading.evidence.get("research_only")),
        share_alike=bool(reading.evidence.get("share_alike")),
        generated_with=generated,
        generated_terms=terms,
        personal_data=personal,
        source_datasets=_unique(reading.sources),
        terms_evidence={k: v[:_MAX_EVIDENCE] for k, v in sorted(reading.evidence.items()) if v},
    )


class _Reading:
    """What the reader has found so far, with its evidence per field."""

    def __init__(self) -> None:
        self.models: list[str] = []
        self.sources: list[str] = []
        self.personal: list[str] = []
        self.evidence: dict[str, list[StatedEvidence]] = {}

    def cite(self, field: str, *quotes: StatedEvidence) -> None:
        kept = self.evidence.setdefault(field, [])
        kept.extend(q for q in quotes if q not in kept)

    def personal_data(self, word: str, sentence: CardSentence) -> None:
        self.personal.append(word)
        self.cite("personal_data", _quote(sentence))


def _read_sentence(sentence: CardSentence, reading: _Reading, known: KnownDatasets) -> None:
    if "more information needed" in sentence.text.lower():
        return  # the card template's placeholder
    _read_terms(sentence, reading)
    _read_generated(sentence, reading, known)
    _read_personal(sentence, reading)
    _read_sources(sentence, reading, known)


def _read_terms(sentence: CardSentence, reading: _Reading) -> None:
    """Research-only and share-alike statements (card, gating prompt or license document)."""
    text = sentence.text
    if _said(p.RESEARCH_ONLY, text):
        reading.cite("research_only", _quote(sentence))
    if _said(p.SHARE_ALIKE, text) or any(
        ("licen" in sentence.section or p.LICENSED_UNDER.search(text[: shape.start()]))
        and not _negated(text, shape.start())
        for shape in p.SHARE_ALIKE_LICENSE.finditer(text)
    ):
        reading.cite("share_alike", _quote(sentence))


def _read_generated(sentence: CardSentence, reading: _Reading, known: KnownDatasets) -> None:
    found = [name for _, _, names in generators_in(sentence.text, known) for name in names]
    if found:
        reading.models.extend(found)
        reading.cite("generated_with", _quote(sentence))


def generators_in(text: str, known: KnownDatasets) -> list[tuple[int, int, list[str]]]:
    """Each statement in `text` that data was generated by named models ("generated with
    GPT-4", "Claude wrote the answers", "由GPT-4生成"), not negated: where it starts and ends,
    and the model names (a Hub id the registry knows as a dataset is none). Read for a dataset's
    card here and for a model card's training sentence (training/stated_generated.py)."""
    found: list[tuple[int, int, list[str]]] = []
    for rule in p.GENERATED:
        for match in rule.pattern.finditer(text):
            if _negated(text, match.start()):
                continue
            names = _model_names(match.group("models"), known)
            if names:
                found.append((match.start(), match.end(), names))
    return found


def _read_personal(sentence: CardSentence, reading: _Reading) -> None:
    """One sentence's word on personal data (at most one: consent qualifies presence)."""
    text = sentence.text
    words: set[str] = set()
    if _said((p.PD_NONE,), text):
        words.add("none-stated")
    for match in p.PD_ANONYMISED.pattern.finditer(text):
        words.add("stated" if _negated(text, match.start(), match.end()) else "anonymised")
    for match in p.PD_CONSENT.pattern.finditer(text):
        words.add("stated" if _negated(text, match.start(), match.end()) else "consent-stated")
    removed = "anonymised" in words and p.STILL.search(text) is None
    for match in p.PD_PRESENT.pattern.finditer(text):
        if _negated(text, match.start(), match.end()):
            words.add("none-stated")
        elif not removed:  # "we removed conversations that contain PII" says no presence
            words.add("stated")
    if not words and p.PD_SECTION.search(sentence.section):
        if p.PD_BARE_NONE.match(text):
            words.add("none-stated")
        elif (details := p.PD_DETAILS.search(text)) is not None:
            negated = _negated(text, details.start())
            words.add("none-stated" if negated else "stated")
    if "consent-stated" in words:
        words.discard("stated")
    if words:
        reading.personal_data(max(words, key=_RISK.__getitem__), sentence)


def _read_sources(sentence: CardSentence, reading: _Reading, known: KnownDatasets) -> None:
    text = sentence.text
    found: list[str] = []
    for lead in p.SOURCE_LEAD.finditer(text):
        if _negated(text, lead.start()):
            continue
        found.extend(_dataset_names(text, lead.end(), known))
    if found:
        reading.sources.extend(found)
        reading.cite("source_datasets", _quote(sentence))


def _read_metadata(card: ParsedCard, card_file: str, reading: _Reading) -> None:
    """`source_datasets:` (less `original`; `extended|x` is x) and model-named `tags` beside
    a tag saying the data is synthetic."""
    metadata = card.metadata
    named = [str(v).strip() for v in _values(metadata.get("source_datasets"))]
    kept = [v.split("|", 1)[1].strip() if v.lower().startswith("extended|") else v for v in named]
    kept = [v for v in kept if v and v.lower() not in _NOT_DATASETS]
    if kept:
        reading.sources.extend(kept)
        reading.cite("source_datasets", _key(card, card_file, "source_datasets", named))
    tags = [str(v).strip() for v in _values(metadata.get("tags"))]
    creators = [str(v).lower() for v in _values(metadata.get("annotations_creators"))]
    creators += [str(v).lower() for v in _values(metadata.get("language_creators"))]
    if {t.lower() for t in tags} & p.SYNTHETIC_TAGS or "machine-generated" in creators:
        models = [t for t in tags if p.MODEL.fullmatch(t) and "/" not in t]
        if models:
            reading.models.extend(models)
            reading.cite("generated_with", _key(card, card_file, "tags", tags))


def _read_license(
    match: LicenseMatch | None, items: Sequence[EvidenceItem], db: LicenseDB, reading: _Reading
) -> None:
    """Research-only and share-alike as the license itself says (its kind, record, name)."""
    if match is None:
        return
    record = db.get(match.id) if match.id else None
    names = " ".join(n for n in (match.id, match.name, match.spdx, match.hf) if n)
    stated = declaration(items)
    where = StatedEvidence(
        file=stated.path,
        line=stated.line,
        text=quote(stated.text) if stated.text else f"license read as {names or 'unknown'}",
    )
    if match.kind is LicenseKind.RESEARCH_ONLY:
        reading.cite("research_only", where)
    sharing = record is not None and any(o.tag == "share-alike" for o in record.obligations)
    if sharing or match.kind is LicenseKind.COPYLEFT_OSS or p.SHARE_ALIKE_LICENSE.search(names):
        reading.cite("share_alike", where)


# --- helpers ----------------------------------------------------------------------------------


def _said(rules: Iterable[p.Rule], text: str) -> bool:
    """Whether one of the rules matches a clause of `text` that is not negated."""
    for rule in rules:
        for match in rule.pattern.finditer(text):
            if not _negated(text, match.start(), match.end() if rule.inside else None):
                return True
    return False


def _negated(text: str, start: int, end: int | None = None) -> bool:
    """A negation in the clause before `start` (and, given `end`, inside the match), or a
    comparison with another work earlier in the sentence."""
    before = text[:start]
    if p.COMPARISON.search(before):
        return True
    breaks = list(p.CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if p.NEGATION.search(clause):
        return True
    return end is not None and p.NEGATION.search(text[start:end]) is not None


def _model_names(span: str, known: KnownDatasets) -> list[str]:
    """The model names of a list, less Hub ids the registry knows as datasets."""
    names = [_VENDOR.sub("", m.group(0)).strip() for m in p.MODEL.finditer(span)]
    return [name for name in names if "/" not in name or known.lookup(name) is None]


def _dataset_names(text: str, at: int, known: KnownDatasets) -> list[str]:
    """The datasets named from `at` on: Hub ids, registry names, `X dataset`, in a list."""
    found: list[str] = []
    rest = text[at:]
    while True:
        name, size = _one_dataset(rest, known)
        if name is None:
            return found
        found.append(name)
        rest = rest[size:]
        join = p.LIST_JOIN.match(rest)
        if join is None:
            return found
        rest = rest[join.end() :]


def _one_dataset(text: str, known: KnownDatasets) -> tuple[str | None, int]:
    owner = p.POSSESSOR.match(text)
    if owner is not None:
        name, size = _one_dataset(text[owner.end() :], known)
        return name, (owner.end() + size if name is not None else 0)
    hub = p.HUB_ID.match(text)
    if hub is not None and _looks_like_id(hub.group(1)):
        return hub.group(1), hub.end()
    named = p.NAMED_DATASET.match(text)
    if named is not None:
        entry = known.lookup(named.group(1))
        return (entry.id if entry else named.group(1)), named.end()
    words = re.match(r"[\w+-]+(?:\.[\w+-]+)*(?:\s+[\w+-]+(?:\.[\w+-]+)*){0,3}", text)
    if words is None:
        return None, 0
    parts = words.group(0).split()
    for size in range(len(parts), 0, -1):  # the longest run of words that a registry name is
        entry = known.lookup(" ".join(parts[:size]))
        if entry is not None:
            return entry.id, len(" ".join(parts[:size]))
    return None, 0


def _looks_like_id(candidate: str) -> bool:
    """`org/name` unlike `and/or` or `input/output`: a part with a capital, digit, hyphen, dot
    or underscore, else two words that are not the common pairs a slash joins in prose."""
    if any(c.isupper() or c.isdigit() or c in "-._" for c in candidate.replace("/", "")):
        return True
    return not any(p.SLASH_WORD.fullmatch(part) for part in candidate.lower().split("/"))


def _quote(sentence: CardSentence) -> StatedEvidence:
    return StatedEvidence(file=sentence.file, line=sentence.line, text=quote(sentence.text))


def _key(card: ParsedCard, card_file: str, key: str, values: list[str]) -> StatedEvidence:
    text = clean(f"{key}: [{', '.join(values)}]")
    return StatedEvidence(file=card_file, line=card.key_lines.get(key), text=quote(text))


def _values(value: object) -> list[object]:
    if isinstance(value, list):
        return value
    return [] if value is None or isinstance(value, Mapping) else [value]


def _base(path: str | None, default: str) -> str:
    return (path or default).split("#", 1)[0]


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(dataset_key(value), value)
    return list(seen.values())
