"""Clauses scoped to some of a license's models, and whether the audited model is one of them.

A license covering a family may give its members different terms: a table row per size class
("Heron-34B, Heron-72B | 30 billion or more | non-commercial research only"), a clause whose
subject names a size class ("Models ... with 30 billion parameters or more ... are licensed for
research only"), a modality ("Commercial use of the image-generation models requires a paid
licence") or an edition ("Outputs of the -R models (any model whose name ends in "-R") may
not be used to train ..."). Such a clause binds only the models it names.

The scope is read from the clause's subject (its words before the first verb; a table row's
cells) and compared with what is known of the model (`ModelFacts`: its names, parameter count,
modality). A clause is set aside only when that comparison says the model is outside it and
nothing says it is inside; when the model's size, modality or name is unknown (or the scope is
read from no facet), the clause binds: the strict reading. A sentence naming a table row ("the
models in the second row") takes that row's scope. Clauses scoped to multimodal models are
left to the territorial clauses' own scope (terms `models: multimodal`, model/modality.py).
In other languages a commercial term of the image or multimodal models alone is read so too
(`model_scope_foreign`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.model_scope_foreign import (
    binds_media_models_only,
    refers_back_foreign,
)
from auditor.licenses.terms.table_markup import tables_as_rows
from auditor.licenses.terms.tables import Table, TableRow, read_tables, table_at
from auditor.licenses.text.layout import Layout, read_layout


@dataclass(frozen=True, slots=True)
class ModelFacts:
    """What the audit knows of the model for a scoped clause: the names it goes by (repo id,
    folder, card title), its parameter count in billions, its modality word (`text` or
    `multimodal`, model/modality.py); None where unknown."""

    names: tuple[str, ...] = ()
    parameters_b: float | None = None
    modality: str | None = None


_VERB = lazy_pattern(
    r"\b(?:are|is|may|must|shall|will|can|cannot|should|requires?|needs?|remains?|grants?"
    r"|gets?|has|have|do|does)\b",
    re.IGNORECASE,
)
_MODELS = lazy_pattern(r"\b(?:models?|checkpoints?|variants?|editions?)\b", re.IGNORECASE)
_NAME = lazy_pattern(r"\b[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9][A-Za-z0-9.]*)+")
_SUFFIX = lazy_pattern(
    r"\bnames?\s+(?:ends?|ending|finish(?:es)?)\s+(?:in|with)\s+[\"'\u201c\u2018]?(-?[\w.]+)",
    re.IGNORECASE,
)
_MODALITY = lazy_pattern(
    r"\b(?:image|video|audio|speech|music|vision)(?:[- ](?:generation|generating|generative"
    r"|diffusion|synthesis|to-[a-z]+))?\s+models?\b",
    re.IGNORECASE,
)
_UNIT = r"\s*(?:-\s*)?(?P<unit>billion|bn|b|million|m)\b"
_NUMBER = r"(?P<n>\d+(?:\.\d+)?)"
_BELOW = (
    r"(?P<below>under|below|less\s+than|fewer\s+than|smaller\s+than|up\s+to|at\s+most"
    r"|no\s+more\s+than|not\s+more\s+than|<=?|\u2264)"
)
_ABOVE = (
    r"(?P<above>over|above|more\s+than|greater\s+than|larger\s+than|exceeding|at\s+least"
    r"|no\s+fewer\s+than|not\s+less\s+than|>=?|\u2265)"
)
_SIZE_BEFORE = lazy_pattern(rf"(?:{_BELOW}|{_ABOVE})\s*{_NUMBER}{_UNIT}", re.IGNORECASE)
_SIZE_AFTER = lazy_pattern(
    rf"{_NUMBER}{_UNIT}(?:\s*parameters?)?\s*(?:(?P<more>or\s+more|or\s+above|or\s+larger"
    r"|or\s+greater|or\s+over|and\s+above|and\s+up|and\s+larger|\+)|(?P<less>or\s+less"
    r"|or\s+fewer|or\s+smaller|or\s+below|and\s+below|and\s+under))",
    re.IGNORECASE,
)
_INCLUSIVE = ("up to", "at most", "no more than", "not more than", "<=", "\u2264")
_INCLUSIVE_ABOVE = ("at least", "no fewer than", "not less than", ">=", "\u2265")
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}
_ROW = lazy_pattern(
    r"\b(?:the\s+(?P<word>first|second|third|fourth|fifth|last)\s+row|row\s+(?P<n>\d))\b",
    re.IGNORECASE,
)
_MARKER = lazy_pattern(r"\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\([a-z0-9]{1,4}\)|[-*+\u2022])\s+")
_PARAMETERS = lazy_pattern(r"param|size", re.IGNORECASE)
_MODEL_TABLE = lazy_pattern(
    r"\b(?:models?|members?|param\w*|sizes?|variants?|editions?|checkpoints?)\b", re.I
)
_CONTRAST = lazy_pattern(r",\s+(?=(?:but|whereas|while)\b)", re.IGNORECASE)
_BACK = lazy_pattern(
    r"\b(?:them|they|their|it|its|such\s+models?|these\s+models?|those\s+models?)\b", re.I
)
_COMPLEMENT = lazy_pattern(
    r"\b(?:other\s+than|except|excluding|apart\s+from|besides|save\s+for|but\s+not|not|non-?)\b"
    r"|\ball\s+(?:the\s+)?other\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SizeClass:
    """Parameter counts in billions between `low` and `high` (None: unbounded)."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def holds(self, size: float) -> bool:
        if self.low is not None and (
            size < self.low or (size == self.low and not self.low_inclusive)
        ):
            return False
        return not (
            self.high is not None
            and (size > self.high or (size == self.high and not self.high_inclusive))
        )


def size_classes(text: str) -> list[SizeClass]:
    """The parameter-size classes a text states ("under 30 billion", "30B or more")."""
    found: list[SizeClass] = []
    for match in _SIZE_BEFORE.finditer(text):
        size = _billions(match.group("n"), match.group("unit"))
        word = " ".join(match.group(0).lower().split())
        if match.group("below"):
            found.append(SizeClass(None, size, high_inclusive=word.startswith(_INCLUSIVE)))
        else:
            found.append(SizeClass(size, None, low_inclusive=word.startswith(_INCLUSIVE_ABOVE)))
    for match in _SIZE_AFTER.finditer(text):
        size = _billions(match.group("n"), match.group("unit"))
        found.append(SizeClass(size, None) if match.group("more") else SizeClass(None, size))
    return found


def _billions(number: str, unit: str) -> float:
    value = float(number)
    return value / 1000 if unit.lower() in ("million", "m") else value


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[-_./\s]+", name.lower()) if t]


def _by_names(scope_names: list[str], facts: ModelFacts) -> bool | None:
    """In (True) when a name of the model holds every word of a name the scope lists; out
    (False) when some name of the model is of the same family (its first word) and none is
    in; None when no name of the model is of the family."""
    informative = False
    for name in facts.names:
        words = set(_tokens(name))
        for scoped in scope_names:
            wanted = _tokens(scoped)
            if not wanted or wanted[0] not in words:
                continue
            informative = True
            if all(w in words for w in wanted):
                return True
    return False if informative else None


def _by_suffix(suffixes: list[str], scope_names: list[str], facts: ModelFacts) -> bool | None:
    """A scope of models whose names end in a suffix: judged on the model's names of the
    family the scope names (the other names say nothing); when it names no family
    ("checkpoints whose names end in -preview"), on the model's names of two words or more
    (a bare folder name such as "model" or "weights" says nothing)."""
    families = {_tokens(n)[0] for n in scope_names if _tokens(n)}
    if families:
        names = [n for n in facts.names if families & set(_tokens(n))]
    else:
        names = [n for n in facts.names if len(_tokens(n.rsplit("/", 1)[-1])) >= 2]
    if not names:
        return None
    return any(n.lower().rstrip().endswith(s.lower()) for n in names for s in suffixes)


def membership(text: str, facts: ModelFacts, *, size_words: bool = False) -> bool | None:
    """Whether the model is among the models `text` (a clause's subject, a table row) names:
    True or False when a facet of the scope decides it (any facet saying in wins), None when
    the text names no scope or none of its facets can be judged. `size_words`: a number of
    the text is a parameter count even without the word (a cell under a "Parameters" header)."""
    verdicts: list[bool | None] = []
    names = _NAME.findall(text)
    if names:
        verdicts.append(_by_names(names, facts))
    suffixes = _SUFFIX.findall(text)
    if suffixes:
        verdicts.append(_by_suffix(suffixes, names, facts))
    if size_words or re.search(r"param|\d\s*B\b", text, re.IGNORECASE):
        classes = size_classes(text)
        if classes:
            size = facts.parameters_b
            verdicts.append(None if size is None else any(c.holds(size) for c in classes))
    if _MODALITY.search(text):
        verdicts.append(False if facts.modality == "text" else None)
    if True in verdicts:
        return True
    return False if False in verdicts else None


def scoped_out_text(text: str, facts: ModelFacts) -> str:
    """`text` with the clauses and table rows scoped to models other than this one blanked
    (line breaks kept, so lines and quotes stay where they were); `text` itself when none is.

    A text with no table of models and no clause whose subject names models binds every model
    alike: `text` itself whatever the facts. Such texts (nearly every license file and card
    section a scan meets again and again) are remembered by digest and not read again."""
    if facts.modality == "text" and _MEDIA_DOCUMENT.search(text[:_OPENING]):
        return re.sub(r"[^\n]", "", text)  # a document for the media models only, all of it
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    if digest in _UNSCOPED:
        return text
    rows = tables_as_rows(text)  # HTML and AsciiDoc tables read as the pipe rows they are
    layout = read_layout(rows)
    tables = read_tables(layout.flat)
    spans: list[tuple[int, int]] = []
    scoping = False  # whether a table or a clause may be scoped to some models
    rows_out: dict[int, list[bool]] = {}
    scope = _Scope(facts, tables, rows_out)
    for table in tables:
        states = rows_out.setdefault(table.start, [])
        headers = " ".join(h for row in table.rows for h in (row.label_header, *_headers(row)))
        for row in table.rows:
            words = " ".join(layout.flat[a:b] for a, b, _ in row.cells)
            sized = any(_PARAMETERS.search(header) for header in _headers(row))
            scoped = bool(_MODEL_TABLE.search(headers))  # a table of models, sizes, editions
            scoping = scoping or scoped
            out = scoped and membership(f"{row.label} {words}", facts, size_words=sized) is False
            states.append(out)
            if out:
                spans.append((row.label_start, row.label_start + len(row.label)))
                spans.extend((a, b) for a, b, _ in row.cells)
    unit, previous = -1, False
    for span in layout.spans:
        if tables and table_at(tables, span.start) is not None:
            continue
        if span.unit_index != unit:  # "them" refers back within a clause, not past it
            unit, previous = span.unit_index, False
        for start, end in _pieces(layout, span.start, span.end):
            piece = layout.matched_text(start, end)
            previous = _piece_out(piece, start, previous, scope)
            scoping = scoping or previous or _names_models(piece)
            if previous:
                spans.append((start, end))
    if not scoping:
        if len(_UNSCOPED) >= _MAX_UNSCOPED:
            _UNSCOPED.clear()
        _UNSCOPED.add(digest)
    return _blanked(rows, layout, spans) if spans else text


# A document saying at its opening that it concerns only the family's models taking or making
# images, audio or video ("This annex concerns only those Corvane models that accept images,
# audio or video as input"): a text model is outside all of it. With the model's modality
# unknown, or multimodal, it binds.
_OPENING = 600
_MEDIA = r"(?:images?|audio|video|speech|vision|visual|pictures?|sound)"
_MEDIA_DOCUMENT = lazy_pattern(
    r"\bthis\s+(?:annex(?:ure)?|schedule|appendix|addendum|attachment|document|part|rider"
    r"|supplement)\s+(?:concerns|applies\s+to|covers|relates\s+to|governs|is\s+about)\s+(?:only"
    r"|solely|exclusively)\s+(?:(?:those|the)\s+)?(?:[\w-]+\s+){0,2}?(?:models?|members?|variants?"
    r"|checkpoints?)\s+(?:that|which|able\s+to|with)\s+(?:\w+\s+){0,2}?(?:accept|take|process"
    r"|handle|read|understand|generate|produce|output|see|hear)\w*\s+(?:\w+\s+){0,2}?"
    + _MEDIA
    + r"|\bthis\s+(?:annex(?:ure)?|schedule|appendix|addendum|attachment|document|part|rider"
    r"|supplement)\s+(?:concerns|applies\s+to|covers|relates\s+to|governs)\s+(?:only|solely"
    r"|exclusively)\s+(?:(?:to|the|those)\s+)*(?:[\w-]+\s+)?(?:multimodal|"
    + _MEDIA
    + r"(?:[- ](?:generation|input|language))?)\s+(?:models?|members?|variants?)",
    re.IGNORECASE,
)

_UNSCOPED: set[bytes] = set()  # digests of texts that bind every model alike
_MAX_UNSCOPED = 4096


def _names_models(piece: str) -> bool:
    """Whether a piece's subject names models: only such a piece (or one referring back to
    it) can be scoped to some models (`_piece_out`)."""
    verb = _VERB.search(piece)
    return bool(_MODELS.search(piece[: verb.start()] if verb else ""))


def _headers(row: TableRow) -> list[str]:
    return [header for _, _, header in row.cells]


def _pieces(layout: Layout, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut after each semicolon and before ", but" or ", whereas": each piece has
    a subject of its own ("Models below 30B may be sold; larger ones are for research")."""
    pieces: list[tuple[int, int]] = []
    for piece_start, piece_end in layout.clause_spans(start, end):
        cursor = piece_start
        for match in _CONTRAST.finditer(layout.flat, piece_start, piece_end):
            pieces.append((cursor, match.start() + 1))
            cursor = match.start() + 1
        pieces.append((cursor, piece_end))
    return pieces


@dataclass(frozen=True, slots=True)
class _Scope:
    facts: ModelFacts
    tables: tuple[Table, ...]
    rows_out: dict[int, list[bool]]


def _piece_out(piece: str, start: int, previous: bool, scope: _Scope) -> bool:
    """Whether a piece of a sentence binds models other than this one only: its subject names
    them, or refers back ("any use of them") to the piece before, which did."""
    if scope.facts.modality == "text":  # other languages: an image model's commercial term
        if binds_media_models_only(piece):
            return True
        if previous and refers_back_foreign(piece):
            return True
    verb = _VERB.search(piece)
    before = piece[: verb.start()] if verb else ""
    if not _MODELS.search(before):
        return previous and bool(_BACK.search(before))
    if _COMPLEMENT.search(before):  # "models other than X", "all models except X"
        return False
    row = _ROW.search(before)
    if row is not None:
        tables = [t for t in scope.tables if t.end <= start]
        states = scope.rows_out.get(tables[-1].start, []) if tables else []
        word = row.group("word")
        index = _ORDINALS[word.lower()] if word else int(row.group("n")) - 1
        return -len(states) <= index < len(states) and states[index]
    return membership(before, scope.facts) is False


def _blanked(text: str, layout: Layout, spans: list[tuple[int, int]]) -> str:
    parts = re.split(r"(\r\n|\r|\n)", text)  # lines as the locator numbers them, and their ends
    lines = parts[::2]
    for start, end in spans:
        for number, (index, first, last) in enumerate(layout.locator.raw_columns(start, end)):
            line = lines[index]
            if number == 0:  # a clause's number or list marker stays: "2." of a blanked clause
                marker = _MARKER.match(line, first)
                first = marker.end() if marker else first
            piece = re.sub(r"[^|\s]", " ", line[first:last])  # a table keeps its pipes
            lines[index] = line[:first] + piece + line[last:]
    parts[::2] = lines
    return "".join(parts)
