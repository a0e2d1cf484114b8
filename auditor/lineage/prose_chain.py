"""The parents a card says its own parent was made from: "Kestrel-4B-Chat is itself a
fine-tune of Qwen/Qwen1.5-4B-Chat", "built on org/parent, which was in turn distilled from X".

A card names its declared parent, then what that parent came from. Lineage follows the parent
on the Hub, whose own metadata says more than this card; when the parent cannot be fetched or
resolved, the card's statement is the only word on the ancestors above it, so lineage walks
them there (`StatedParent.of` names the parent they are stated for; lineage/ancestors.py).

A statement counts when, in one paragraph (hard-wrapped lines joined), a mention of the
parent (its repo id or its name, `-`, `_` and spaces alike) is followed within a few words, in
its sentence, by a derivation phrase (prose.py's: strong "a fine-tune of", weak "based on"),
and that by a model reference (a bare `org/name` after a strong phrase; after a weak one, a
Hub link or a model the registry knows). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.prose import SENTENCE_CONFIDENCE, WEAK_CONFIDENCE, derivation_phrase
from auditor.lineage.prose_active import relation_of
from auditor.lineage.prose_refs import (
    MAX_WINDOW,
    is_own,
    listed,
    plain,
    sentence_quote,
    stated,
    window_after,
)
from auditor.model import StatedParent

MAX_GAP = 40
"""Characters between the parent's mention and the derivation phrase ("is itself", ", which
was in turn")."""
MAX_PARAGRAPH = 4000
_NEGATION = lazy_pattern(r"\b(?:not|never|no|neither|nor)\b|n't\b", re.IGNORECASE)
_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
_BREAK = lazy_pattern(r"^\s*(?:#|\||[-*+]\s|\d{1,2}[.)]\s|$)")  # a heading, table, list, blank


def stated_grandparents(
    body: str,
    parents: Sequence[str],
    *,
    card_file: str = "README.md",
    first_line: int = 1,
    own_repo: str | None = None,
    is_known: Callable[[str], bool] = lambda _ref: False,
) -> tuple[StatedParent, ...]:
    """Each model the card says one of `parents` was made from, with `of` set to that parent."""
    mentions = [(parent, _mention(parent)) for parent in parents if parent.strip()]
    if not mentions:
        return ()
    found: dict[tuple[str, str], StatedParent] = {}
    for number, text in _paragraphs(body, first_line):
        low = text.lower()
        for parent, pattern in mentions:
            if _name(parent).split("-", 1)[0] not in low:
                continue
            for mention in pattern.finditer(text):
                for ref, strong, start in _derived(text, mention.end(), is_known):
                    if is_own(ref, own_repo) or _same(ref, parent):
                        continue
                    key = (parent.lower(), ref.lower())
                    confidence = SENTENCE_CONFIDENCE if strong else WEAK_CONFIDENCE
                    relation = relation_of(text[start : start + 60])
                    quote = sentence_quote(text, start)
                    statement = stated(
                        ref, relation, "card-prose", confidence, card_file, number, quote
                    )
                    found.setdefault(key, replace(statement, of=parent))
    return tuple(found.values())


def _derived(
    text: str, end: int, is_known: Callable[[str], bool]
) -> Iterator[tuple[str, bool, int]]:
    """The references a derivation phrase soon after the mention ending at `end` points at."""
    after = text[end : end + MAX_GAP + 60]
    phrase = derivation_phrase(after)
    if phrase is None:
        return
    start, stop, strong = phrase
    gap = after[:start]
    if len(plain(gap)) > MAX_GAP or re.search(r"[.!?;](?:\s|$)", gap) or _NEGATION.search(gap):
        return
    window = window_after(text, end + stop)
    for ref in listed(window[:MAX_WINDOW], strict=not strong, is_known=is_known):
        yield ref.ref, strong, end + start


def _mention(parent: str) -> re.Pattern[str]:
    """The parent's repo id, or its name with `-`, `_`, `.` or a space between its words."""
    name = _name(parent)
    words = [re.escape(w) for w in re.split(r"[-_\s]+", name) if w]
    spaced = r"[-_\s]?".join(words)
    return re.compile(
        rf"(?<![\w/.-])(?:[\w.-]+/)?{spaced}(?![\w-])|\[[^\]]{{0,80}}{spaced}[^\]]{{0,80}}\]"
        r"\([^)\s]{0,300}\)",
        re.IGNORECASE,
    )


def _name(ref: str) -> str:
    return ref.strip().rstrip("/").rsplit("/", 1)[-1].lower()


def _same(ref: str, parent: str) -> bool:
    return ref.lower() == parent.lower() or _name(ref) == _name(parent)


def _paragraphs(body: str, first_line: int) -> Iterator[tuple[int, str]]:
    """(first line number, text) of each run of prose lines, joined with spaces; a list item
    is a paragraph of its own."""
    fenced = False
    start, parts = 0, list[str]()
    for offset, line in enumerate(body.splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            if parts:
                yield first_line + start, " ".join(parts)[:MAX_PARAGRAPH]
            parts = []
            continue
        if fenced:
            continue
        if _BREAK.match(line) and parts:
            yield first_line + start, " ".join(parts)[:MAX_PARAGRAPH]
            parts = []
        if not line.strip() or line.lstrip().startswith(("|", "#")):
            continue
        if not parts:
            start = offset
        parts.append(line.strip())
    if parts:
        yield first_line + start, " ".join(parts)[:MAX_PARAGRAPH]
