"""A local folder's own Hub id read from its card's loading code, and what that name implies.

A model audited from a folder has no repo id, so the name-based reading a Hub audit makes of
its own id (`ancestors.own_name`: `org/LLM2Vec-Meta-Llama-3-8B-Instruct-mntp` is a model of
the Llama 3 family) is lost, and a card stating no parent in words leaves its lineage empty.
Cards often show how to load the model they describe: `AutoModel.from_pretrained("org/name")`,
`SentenceTransformer("org/name")`, `pipeline(..., model="org/name")`. When the id loaded there is
the card's own model, its name is read as a Hub audit reads the own id.

Which loaded id is the model's own: one whose name starts with the card's title word (a card
titled "LLM2Vec: ..." loading `org/LLM2Vec-...`) or equals the folder's name. Ids the registry
knows are somebody's published models (a base loaded before an adapter), never the card's own.
Only the first id that fits is read; a name that names no family gives nothing. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.names import base_name
from auditor.model import Evidence, StatedParent

METHOD = "model-name"
CONFIDENCE = 0.5
"""As the own-id reading of a Hub audit (ancestors.OWN_NAME_CONFIDENCE): below review."""

_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
_REPO = r"[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95}"
# a loader's first argument, or its `model=` keyword, within one call (no closing bracket between)
_LOAD = lazy_pattern(
    r"(?:\.from_pretrained|\bSentenceTransformer|\bCrossEncoder|\bpipeline)\s*\("
    rf"(?:[^()]*?\bmodel(?:_name_or_path)?\s*=\s*)?\s*[\"']({_REPO})[\"']",
)
_TITLE = lazy_pattern(r"^\s*#\s+(.+?)\s*$")
_WORD = lazy_pattern(r"[A-Za-z0-9]+")
_MIN_WORD = 3


def _title_word(lines: list[str]) -> str | None:
    """The first word of the card's first level-one heading outside code."""
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced and (m := _TITLE.match(line)):
            word = _WORD.search(m.group(1))
            return word.group(0).lower() if word and len(word.group(0)) >= _MIN_WORD else None
    return None


def _loaded_ids(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Each repo id a loader call in a fenced block loads, with its 0-based line."""
    block: list[tuple[int, str]] = []
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            if fenced:
                yield from _block_ids(block)
                block = []
            fenced = not fenced
            continue
        if fenced:
            block.append((index, line))


def _block_ids(block: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    text = "\n".join(line for _, line in block)
    starts = [0]
    for _, line in block:
        starts.append(starts[-1] + len(line) + 1)
    for match in _LOAD.finditer(text):
        offset = match.start(1)
        row = max(i for i, start in enumerate(starts[:-1]) if start <= offset)
        yield block[row][0], match.group(1)


def _is_own(ref: str, title: str | None, folder: str | None) -> bool:
    name = base_name(ref).lower()
    if folder and name == folder.lower():
        return True
    first = _WORD.match(name)
    return title is not None and first is not None and first.group(0) == title


def card_self_id(
    body: str,
    *,
    card_file: str,
    first_line: int,
    folder: str | None,
    is_known: Callable[[str], bool],
    names_family: Callable[[str], bool],
) -> StatedParent | None:
    """The card's own model, loaded in its code, as a `model-name` stated parent when its name
    places it in a model family (`names_family`); None when no loaded id is the card's own."""
    lines = body.splitlines()
    title = _title_word(lines)
    if title is None and not folder:
        return None
    for index, ref in _loaded_ids(lines):
        if is_known(ref) or not _is_own(ref, title, folder):
            continue
        if not names_family(ref):
            return None
        quote = f"the card's code loads {ref}, this model's own repo: its name names its family"
        return StatedParent(
            ref=ref,
            relation=None,
            method=METHOD,
            confidence=CONFIDENCE,
            evidence=Evidence(card_file, first_line + index, quote),
        )
    return None
