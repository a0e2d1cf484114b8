"""Parents a card lists under a label standing alone on its line: the Hub's "Model tree" pasted
into the card, or a "Base model" heading over a list of references.

The Hub's model tree reads top-down: "Base model", the base's id (or ids, for a merge), then a
step label saying how the next node was made from it ("Finetuned", "Adapter", "Quantized",
"Merge"), that node's id or "(this model)", and below this model its children ("Finetunes",
"Quantizations", "N models"), which are no parents. A card pastes it as plain lines, bullets,
links or a heading per label. Every node above "(this model)" is an ancestor, its relation the
step label just below it. A label is read only when it stands alone on its line (with the
colon or not) and the lines under it are references and nothing else: a sentence under it
("We compare against org/name") ends the list, and so does a children's label. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.prose_refs import is_own, plain, references, stated

if TYPE_CHECKING:
    from auditor.model import StatedParent

TREE_CONFIDENCE = 0.8  # as the Hub template's "Base model:" label (prose.py LABEL_CONFIDENCE)
MAX_NODES = 8
"""More references than this under one label is a catalogue, not a lineage."""

_MARKS = r"[\s>*_#+|-]*"
_END = r"\s*(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$"
# "Base model", "## Base models", "**Finetuned from model:**", "- Parent model"
_BASE_LABEL = lazy_pattern(
    rf"^{_MARKS}(?:(?:base|parent|foundation|original|source)\s+models?"
    r"|(?:fine-?tuned|finetuned|fine\s+tuned|quanti[sz]ed|merged|converted|distill(?:ed)?)"
    rf"\s+from(?:\s+models?)?){_END}",
    re.IGNORECASE,
)
# the Hub's step labels between two nodes: how the node below was made from the one above
_STEP_LABEL = lazy_pattern(
    rf"^{_MARKS}(?P<step>fine-?tuned|finetuned|fine\s+tuned|adapters?|quanti[sz]ed|merged?"
    rf"|distilled|continued\s+pre-?training){_END}",
    re.IGNORECASE,
)
# the children of this model: "Finetunes", "Quantizations", "3 models", "Spaces using ..."
_CHILDREN = lazy_pattern(
    rf"^{_MARKS}(?:fine-?tunes|finetunes|quanti[sz]ations|quants|merges|derivatives"
    rf"|children|spaces\b.*|\d[\d,]*\s+models?|datasets?\b.*){_END}",
    re.IGNORECASE,
)
_THIS_MODEL = lazy_pattern(r"\(?\s*this\s+model\s*\)?", re.IGNORECASE)
_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
# what may stand beside a reference on a node's line: list marks, emphasis, an arrow, and a
# parenthesised note ("(Meta)", "(this model)")
_NODE_REST = lazy_pattern(r"[\s>*_#+|`\-–—→↳•·]+|\([^()]{0,60}\)")


def tree_parents(
    body: str, *, card_file: str, first_line: int = 1, own: str | None = None
) -> Iterator[StatedParent]:
    """The ancestors a standalone "Base model" label (or the Hub's model tree) lists."""
    lines = _unfenced(body.splitlines())
    index = 0
    while index < len(lines):
        number, line = lines[index]
        index += 1
        if not _BASE_LABEL.match(line):
            continue
        nodes: list[tuple[int, str, str]] = []  # (line number, ref, line)
        relations: list[str | None] = []  # the step below each node
        pending = 0  # nodes still waiting for the step label under them
        while index < len(lines):
            number, line = lines[index]
            if not line.strip():
                index += 1
                continue
            step = _STEP_LABEL.match(line)
            if step is not None:
                relations.extend([_relation(step.group("step"))] * pending)
                pending = 0
                index += 1
                continue
            if _CHILDREN.match(line) or _is_this_model(line):
                break
            ref = _node(line, own)
            if ref is None:
                break
            if ref == "":  # this model named by its id
                break
            nodes.append((number, ref, line))
            pending += 1
            index += 1
        relations.extend([None] * pending)
        if len(nodes) > MAX_NODES:
            continue
        for (at, ref, text), relation in zip(nodes, relations, strict=True):
            quote = trim_quote(plain(text))
            yield stated(
                ref, relation, "card-prose", TREE_CONFIDENCE, card_file, first_line + at, quote
            )


def _unfenced(lines: list[str]) -> list[tuple[int, str]]:
    """(offset, line) of the lines outside fenced code."""
    kept, fenced = [], False
    for offset, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            kept.append((offset, line))
    return kept


def _is_this_model(line: str) -> bool:
    return _NODE_REST.sub("", _THIS_MODEL.sub("", line)) == "" and bool(_THIS_MODEL.search(line))


def _node(line: str, own: str | None) -> str | None:
    """The one reference a node's line holds; "" when it is this model's own id (or marked
    "(this model)"); None for a line that is more than a reference."""
    found = references(line)
    if len(found) != 1:
        return None
    ref = found[0]
    rest = line[: ref.start] + line[ref.end :]
    if _NODE_REST.sub("", rest):
        return None
    if is_own(ref.ref, own) or _THIS_MODEL.search(rest):
        return ""
    return ref.ref


def _relation(step: str) -> str | None:
    low = step.lower()
    if low.startswith("merge"):
        return "merge"
    if low.startswith("adapter"):
        return "adapter"
    if low.startswith("quanti"):
        return "quantized"
    return "finetune"
