"""Recognises a license named rather than reproduced: `SPDX-License-Identifier:` lines and
notices such as "released under the MIT license" or "licensed under CC BY 4.0".

A step of text identification (`identify`), for texts that match no reference.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import (
    combine_matches,
    identify_expression,
    match_from_record,
    unidentified,
)
from auditor.licenses.names import is_blocked
from auditor.licenses.text.prose import Sentence, split_sentences
from auditor.model import LicenseMatch

NOTICE_CONFIDENCE = 0.8
"""A license the document names but does not reproduce: what the publisher says (as a card's
`license:` field), not a text we compared."""

NOTICE_MAX_WORDS = 400
"""A text this short that names a license is a notice; a longer one with a title of its own is
a license that may mention others (its code's, its base model's)."""

_MAX_NAME_WORDS = 10
_SPDX_LINE = compile_pattern(
    r"SPDX-License-Identifier:[ \t]*(?P<expression>[^\n]+?)[ \t]*(?:\*/|-->|#}|$)", re.I | re.M
)
_NOTICE = compile_pattern(
    r"\b(?:(?:licen[cs]ed|re-?licen[cs]ed|released|distributed|made\s+available|published"
    r"|provided|offered|available|shared|use\s+(?:it|them|(?:this|the)\s+[\w-]+))\s+"
    # who releases it may stand between: "released by Quillet Labs Inc. under the MIT License"
    r"(?:by\s+[^\n;:()\[\]]{2,60}?\s+)?"
    r"(?:solely\s+|only\s+|freely\s+)?under"
    # a choice between licenses: "you may choose either X or Y"
    r"|(?:choose|select|pick)\s+(?:either|between|one\s+of))\s+"
    r"(?:(?:the\s+)?(?:terms|conditions)\s+(?:and\s+conditions\s+)?of\s+)?(?:the\s+|an?\s+)?"
    # the license another part of the release is under: "under the same MIT licence as the code"
    r"(?:same\s+)?"
    # a short bracketed word belongs to the name ("FLUX.1 [dev] Non-Commercial License")
    r"(?P<name>(?:[^\n;:()\[\]\"“”]|\[[\w .-]{1,20}\]){2,160})",
    re.I,
)
# A notice about something else than this document's subject: a base model, a component.
_ABOUT_ANOTHER = compile_pattern(
    r"\b(?:which|that|whose)\b|\boriginal(?:ly)?\b|\bbase[ -]?models?\b|\bthird[- ]party\b"
    r"|\bportions?\b|\bparts?\s+of\b|\bexcept\b|\bnot\b|\bupstream\b|\bdependenc(?:y|ies)\b",
    re.I,
)
# A component beside the model: its code or scripts ("this code repository is licensed under
# MIT; the model is subject to the Model License"), unless the model or weights are named too
# ("the code and model are released under Apache 2.0").
_COMPONENT = compile_pattern(r"\b(?:source\s+)?code(?:base)?\b|\bscripts?\b", re.I)
_MODEL = compile_pattern(r"\bmodels?\b|\bweights?\b|\bcheckpoints?\b", re.I)
_NAME_WORD = compile_pattern(r"[\w][\w.+-]*")
_VERSION_WORD = compile_pattern(r"v?\d[\d.]*", re.I)
_STOP_WORD = compile_pattern(r"(?:and|or|as|at|by|with|for|in|on|from|to|which|that|see|unless)$")


def identify_notice(
    text: str,
    db: LicenseDB,
    *,
    prose: bool = True,
    notices: Sequence[NoticeReading] | None = None,
) -> LicenseMatch | None:
    """The license an `SPDX-License-Identifier:` line names, else (when `prose`) the licenses
    the text's notices name, combined with AND; None when it names none we can read."""
    spdx = identify_spdx_line(text, db)
    if spdx is not None or not prose:
        return spdx
    return identify_prose_notice(text, db, notices)


def identify_spdx_line(text: str, db: LicenseDB) -> LicenseMatch | None:
    """`SPDX-License-Identifier: Apache-2.0 OR MIT` (the first such line; a file has one)."""
    found = _SPDX_LINE.search(text)
    if found is None:
        return None
    expression = found.group("expression").strip().strip("\"'")
    if not expression:
        return None
    return identify_expression(
        expression, db, method="spdx-identifier", confidence=NOTICE_CONFIDENCE, context=text
    )


@dataclass(frozen=True, slots=True)
class NoticeReading:
    """One notice of a text: the sentence holding it, the license it names, and whether it
    speaks of a component alone (the code, the scripts) rather than the document's subject."""

    sentence: Sentence
    match: LicenseMatch
    component: bool
    choice: bool = False  # its paragraph says the licensee picks one of the licenses named


def read_notices(
    text: str, db: LicenseDB, sentences: Sequence[Sentence] | None = None
) -> list[NoticeReading]:
    """Every notice of the text about its own subject or a component of it (not about a base
    model, a third party or a part), in order; `sentences` are the text's own when given."""
    found_notices: list[NoticeReading] = []
    read = split_sentences(text) if sentences is None else sentences
    # paragraphs saying the licensee picks one ("Choose one; the one you choose governs")
    choosing = {s.block for s in read if _CHOICE.search(s.cleaned)} if _CHOICE.search(text) else ()
    for sentence in read:
        wording = sentence.cleaned  # a name inside a Markdown link reads as plain words
        for found in _NOTICE.finditer(wording):
            subject = wording[: found.start()]
            if _ABOUT_ANOTHER.search(subject):
                continue
            choice = sentence.block in choosing
            match = _resolve_choice(found.group("name"), db, context=text, choice=choice)
            if match is not None:
                component = _is_component_alone(subject)
                found_notices.append(NoticeReading(sentence, match, component, choice))
    return [*found_notices, *_offers(text, db, read)]


_OR = compile_pattern(
    r",?\s+(?:or|and/or)\s+(?:,?\s*at\s+your\s+(?:option|choice),?\s+)?"
    r"(?:(?:alternatively\s+)?under\s+)?(?:the\s+terms\s+of\s+)?(?:the\s+|an?\s+)?",
    re.I,
)
"""Between two options of a choice: "X or Y", "under X, or under the terms of Y"."""
_AND = compile_pattern(
    r",?\s+(?:and|as\s+well\s+as)\s+(?:(?:also\s+)?under\s+)?(?:the\s+terms\s+of\s+)?"
    r"(?:the\s+|an?\s+)?",
    re.I,
)
"""Between two licenses named together: "the MIT license and the Apache 2.0 license"."""
_CHOICE = compile_pattern(
    r"\bdual[- ]licen[cs]ed\b|\balternatively\b|\bat\s+(?:your|the\s+licensee['’]s)\s+"
    r"(?:option|choice|election|discretion)\b|\b(?:you\s+may|may\s+be\s+used|free\s+to)\s+"
    r"(?:choose|select|pick|elect)\b|\bwhichever\s+(?:you|the\s+licensee)\s+(?:choose|prefer"
    r"|select)|\b(?:under|use)\s+either\b|\beither\s+of\s+(?:these|the|them|those)\b"
    r"|\bunder\s+(?:any\s+)?one\s+of\b"
    r"|\b(?:choose|select|pick|elect)\s+(?:either|any)\s+(?:one|of)\b"
    # "choose one", "pick either", "the one you choose", "a licence of your choice"
    r"|\b(?:choose|select|pick|elect)\s+(?:one|either)\b|\b(?:you|licensees?)\s+(?:can|may)\s+"
    r"(?:choose|select|pick|elect)\b|\bof\s+(?:your|the\s+licensee['’]s)\s+(?:choice|choosing)\b"
    r"|\bthe\s+(?:licen[cs]e|one)\s+(?:you|the\s+licensee)\s+(?:choose|select|pick|elect|prefer)s?\b",
    re.I,
)
"""Words saying the licenses named are alternatives the licensee chooses between."""
_OFFER = compile_pattern(
    r"\b(?:licen[cs]ed|released|distributed|made\s+available|published|provided|offered"
    r"|available|shared|comes?|is|are)\s+under\s+(?:(?:(?:either|any|one)\s+of\s+)?"
    r"(?:the\s+following|these|two|three|both|2|3)\s+(?:(?:alternative|different|separate|open)\s+)?licen[cs]es\b"
    # "Licensed under either of" ending its line, the licenses listed under it
    r"|(?:either|any|one)\s+of(?:\s+(?:these|them|the\s+following))?(?=[ \t]*(?::|\n|$)))"
    r"|\bdual[- ]licen[cs]ed\b",
    re.I,
)
"""A sentence offering several licenses it names after it (in a list, or after a colon)."""
_LIST_SPLIT = compile_pattern(r"\s*(?:,\s*(?:and|or)?|\band/or\b|\band\b|\bor\b)\s*", re.I)


def _offers(text: str, db: LicenseDB, sentences: Sequence[Sentence] | None) -> list[NoticeReading]:
    """ "Offered under two licences: X and Y", "dual-licensed:" then a list item per license
    ("- Apache License 2.0 - see LICENSE-APACHE"): the licenses named (every item naming one,
    two or more), an OR when the offer's paragraph or list says the licensee picks one ("pick
    either one", "at your option", "the licence you select"), else all of them (AND)."""
    if _OFFER.search(text) is None:
        return []
    read = split_sentences(text) if sentences is None else sentences
    found: list[NoticeReading] = []
    for position, sentence in enumerate(read):
        offer = _OFFER.search(sentence.cleaned)
        if offer is None or _ABOUT_ANOTHER.search(sentence.cleaned[: offer.start()]):
            continue
        said = [s for s in read[position:] if s.block == sentence.block]
        items = _items_after(read, position, said)
        after = sentence.cleaned[offer.end() :].lstrip(" :")
        names = [after] if after.strip(" .") and not items else _item_texts(items)
        if len(names) == 1:
            names = [n for n in _LIST_SPLIT.split(names[0]) if n.strip(" .")]
        names = [n for n in map(_before_choice, names) if n]  # "..., whichever you choose"
        matches = [resolve_name(name, db, context=text) for name in names]
        if len(matches) < 2 or any(m is None or m.id is None for m in matches):
            continue
        chosen = [m for m in matches if m is not None]
        choice = any(_CHOICE.search(s.cleaned) for s in (*said, *items))
        operator = "OR" if choice else "AND"
        found.append(
            NoticeReading(sentence, combine_matches(chosen, operator, "notice-reference"), False)
        )
    return found


def states_choice(text: str) -> bool:
    """Whether the words say the licensee picks one of the licenses named ("choose one",
    "at your option", "whichever you prefer")."""
    return _CHOICE.search(text) is not None


def _before_choice(name: str) -> str:
    """A listed name without the choice said after it ("Apache 2.0: choose one." -> "Apache
    2.0"); empty when the item is the choice alone ("whichever you choose")."""
    choice = _CHOICE.search(name)
    return (name if choice is None else name[: choice.start()]).strip(" .,:;-")


_MARKER = compile_pattern(r"^\s*(?:[*+\u2022-]|\d{1,2}[.)])\s+")


def _item_texts(items: Sequence[Sentence]) -> list[str]:
    """Each list item's text: the items' lines, a line opening with a list marker starting
    an item (items the layout ran together are split again), the others going on with it."""
    texts: list[str] = []
    for sentence in items:
        for line in sentence.raw.splitlines():
            marker = _MARKER.match(line)
            if marker is not None or not texts:
                texts.append(line[marker.end() :] if marker else line)
            else:
                texts[-1] += " " + line
    return [" ".join(t.replace("**", "").split()) for t in texts if t.strip(" .")]


def _items_after(
    read: Sequence[Sentence], position: int, said: Sequence[Sentence]
) -> list[Sentence]:
    """The list items right after the offer's paragraph (one sentence each: its first)."""
    layout = read[position].layout
    if layout is None:
        return []
    items: list[Sentence] = []
    blocks: set[int] = set()
    for sentence in read[position + len(said) :]:
        if not layout.units[sentence.block].list_item:
            break
        if sentence.block not in blocks:
            blocks.add(sentence.block)
            items.append(sentence)
    return items


def _resolve_choice(
    phrase: str, db: LicenseDB, *, context: str, choice: bool = False
) -> LicenseMatch | None:
    """The license a notice names, or the choice it offers ("the MIT License or the Apache
    License, Version 2.0": `MIT OR Apache-2.0`) when every option names a license; licenses
    named together ("the MIT license and the Apache 2.0 license") bind together (AND) unless
    the paragraph says the licensee picks one (`choice`); else the first name alone."""
    first = resolve_name(phrase, db, context=context)
    if first is None or first.id is None:
        return first
    options = _OR.split(phrase, maxsplit=3)
    operator = "OR"
    if len(options) < 2:
        options, operator = _AND.split(phrase, maxsplit=3), "OR" if choice else "AND"
    if len(options) < 2:
        return first
    others = [resolve_name(option, db, context=context) for option in options[1:]]
    if not others or any(o is None or o.id is None for o in others):
        return first
    chosen = [first, *(o for o in others if o is not None)]
    if len({m.id for m in chosen}) < 2:
        return first
    return combine_matches(chosen, operator, "notice-reference")


def identify_prose_notice(
    text: str, db: LicenseDB, notices: Sequence[NoticeReading] | None = None
) -> LicenseMatch | None:
    """Notices such as `This work is licensed under CC BY 4.0` or `released under the MIT
    license`: every one about the document's own subject, each name through the alias table.
    A notice about a component alone (`the code is released under MIT`) counts beside one
    about the subject, never alone: the model's own license is then unknown, not MIT.
    `notices` are the text's (`read_notices`) when already read."""
    matches: dict[str, LicenseMatch] = {}
    about_subject = False
    read = read_notices(text, db) if notices is None else notices
    for notice in read:
        matches.setdefault(notice.match.id or notice.match.name or "", notice.match)
        about_subject = about_subject or not notice.component
    if not matches or not about_subject:
        return None
    if len(matches) == 1:
        return next(iter(matches.values()))
    # notices about the subject alone, one of them saying the licensee chooses between them
    # ("use it under X. Alternatively, you may use it under Y"): a choice, not both at once
    choice = all(not n.component for n in read) and any(
        n.choice or _CHOICE.search(n.sentence.cleaned) for n in read
    )
    return combine_matches(matches.values(), "OR" if choice else "AND", "notice-reference")


def _is_component_alone(subject: str) -> bool:
    """Whether the words before a notice name a component (code, scripts) and not the model
    or its weights."""
    return _COMPONENT.search(subject) is not None and _MODEL.search(subject) is None


def _has_version(record: LicenseRecord, version: str) -> bool:
    """Whether a word following a license's name is no version, or one the record has (its
    version, or a word of its id, name or aliases): `BigCode OpenRAIL-M v1` is the v1 record."""
    if not _VERSION_WORD.fullmatch(version):
        return True
    wanted = version.lower().lstrip("v")
    if record.version is not None and record.version.lower().lstrip("v") == wanted:
        return True
    names = (record.id, record.name, *record.aliases)
    return any(
        word.lower().lstrip("v") == wanted for name in names for word in re.split(r"[\s_/-]+", name)
    )


def resolve_name(phrase: str, db: LicenseDB, *, context: str) -> LicenseMatch | None:
    """The longest run of the phrase's first words that names a license (`the Apache License,
    Version 2.0 (the "License")` -> Apache-2.0); a generic name a vendor's record would take
    without its vendor named stays unidentified, under its own name."""
    names = _NAME_WORD.findall(phrase)[:_MAX_NAME_WORDS]
    found = _resolve_words(names, db, context=context)
    owner = _OWNER.match(phrase)
    if found is None and owner is not None:
        # "the Llama 3.1 Community License", "Meta's Llama 3.1 Community License": an article
        # or the owner's possessive before the name is no part of it
        rest = _NAME_WORD.findall(phrase[owner.end() :])[:_MAX_NAME_WORDS]
        found = _resolve_words(rest, db, context=context) if rest else None
    return found if found is not None else _resolve_shape(names, db, context=context)


def _resolve_shape(names: list[str], db: LicenseDB, *, context: str) -> LicenseMatch | None:
    """The longest run of the phrase's first words that names a license by its shape ("GNU
    General Public License, version 3": no alias spells it so), the last step."""
    from auditor.licenses.shape_match import identify_shape  # its index loads on first use

    for size in range(len(names), 1, -1):
        if _STOP_WORD.fullmatch(names[size - 1].lower()):
            continue
        found = identify_shape(
            " ".join(names[:size]), db, method="notice-reference", context=(context,)
        )
        if found is not None and found.id is not None:
            return replace(found, confidence=min(found.confidence, NOTICE_CONFIDENCE))
    return None


_OWNER = compile_pattern(r"\s*(?:(?:the|an?|our|its|their)|[\w.-]+(?:'s|’s|s'))\s+", re.IGNORECASE)
"""Words before a license's name that are no part of it: an article, a possessive."""


def _lookup(db: LicenseDB, name: str) -> LicenseRecord | None:
    """The record named `name`, or `name` with "Agreement" after its "License" (a license
    is named with and without the word: "Meta Llama 3.1 Community License [Agreement]")."""
    record = db.lookup(name)
    if record is None and re.search(r"(?i)licen[cs]e$", name):
        record = db.lookup(f"{name} Agreement")
    return record


def _resolve_words(names: list[str], db: LicenseDB, *, context: str) -> LicenseMatch | None:
    for size in range(len(names), 0, -1):
        if _STOP_WORD.fullmatch(names[size - 1].lower()):
            continue
        candidate = " ".join(names[:size]).rstrip(".")
        record = _lookup(db, candidate)
        if record is None:
            continue
        if size < len(names) and not _has_version(record, names[size].rstrip(".")):
            # the name goes on with a version its record does not have (`TII Falcon License
            # 2.0`): the record of the unversioned name is another version's
            return unidentified(" ".join(names[: size + 1]).rstrip("."), method="notice-reference")
        if is_blocked(candidate, record, db, context=(context,)):
            return unidentified(candidate, method="notice-reference")
        return match_from_record(record, method="notice-reference", confidence=NOTICE_CONFIDENCE)
    return None
