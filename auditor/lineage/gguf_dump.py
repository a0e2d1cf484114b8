"""Parents named by a GGUF header's keys pasted into the card as text. Pure.

Quantizers often paste the header of the file they made (`gguf-dump`'s listing, llama.cpp's
loader log, a key = value list, a table of keys) into the card, in a code block or not:

    general.base_model.0.name = Gemma 2 2b It
    general.base_model.0.repo_url = https://huggingface.co/google/gemma-2-2b-it
    llama_model_loader: - kv   6:   general.base_model.0.repo_url str = https://...
    | general.base_model.0.repo_url | https://huggingface.co/google/gemma-2-2b-it |

Those keys say what the header would say (gguf_parents.py reads them the same way): the
`general.base_model.N.*` entries are the converted model's parents, by Hub URL, or by
organisation and name; an entry naming the header's own model (`general.name`) makes the file
that model's weights converted (relation `quantized`). Each parent quotes the card's line. A
dump naming no base (only `general.name`, `general.source.*`: the model itself) names none.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.gguf_parents import header_parents
from auditor.model import Evidence, StatedParent

MARK = "general."
"""A card holding no header key holds no dump: not read."""
BASE_KEYS = "general.base_model."
"""A file holding none of the parent keys names no parent by them."""
MAX_KEYS = 256
"""Header keys read from one card."""

# `general.base_model.0.repo_url = X`, `... str = X`, `...: X`, `| ... | X |`, `"...": "X",`
_KEY_VALUE = lazy_pattern(
    r"(?<![\w.])[\"'`]?(?P<key>general\.[A-Za-z0-9_]{1,40}(?:\.[A-Za-z0-9_]{1,40}){0,4})[\"'`]?"
    r"\s*(?:\b(?:str|string|arr|u8|i8|u16|i16|u32|i32|u64|i64|f32|f64|bool)\b\s*)?"
    r"(?:=|:|\|)\s*(?P<value>.{1,500}?)\s*(?:\|\s*)?,?\s*$"
)
_QUOTES = "\"'`"


def dump_parents(
    lines: Sequence[str], card_file: str, first_line: int = 1
) -> Iterator[StatedParent]:
    """The parents the header keys pasted in the card name, each quoting its line."""
    metadata: dict[str, object] = {}
    where: dict[str, int] = {}
    for offset, line in enumerate(lines):
        if MARK not in line:
            continue
        found = _KEY_VALUE.search(line)
        if found is None:
            continue
        key, value = found.group("key"), found.group("value").strip().strip(_QUOTES).strip()
        if not value or key in metadata:
            continue
        metadata[key] = value
        where[key] = first_line + offset
        if len(metadata) >= MAX_KEYS:
            break
    if not any(key.startswith(BASE_KEYS) for key in metadata):
        return
    for parent in header_parents(metadata, card_file):
        key = parent.evidence.text.partition(":")[0]
        evidence = Evidence(card_file, where.get(key), parent.evidence.text)
        yield replace(parent, evidence=evidence)
