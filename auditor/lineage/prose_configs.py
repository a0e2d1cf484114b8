"""Parents a card states in configurations and tables: mergekit and training configs in code
fences, tables of merged models, and a model list's "base model" column on this model's row.

Pure, one pass over the lines. Only shapes whose keys or headers say "this is what the model
was made of" count: a code fence that loads the model for inference, or a benchmark table
listing the models it was compared with, states no parent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

from auditor.licenses.text.layout import trim_quote
from auditor.lineage.prose_refs import clean_ref, is_repo_like, plain, references, stated
from auditor.model import StatedParent

CONFIG_CONFIDENCE = 0.8
TABLE_CONFIDENCE = 0.6
MAX_FENCE_LINES = 400
"""Lines of one code fence read for configuration keys; a longer block is code, not a config."""

_FENCE = re.compile(r"^\s*(?:```|~~~)")
# `- model: org/name`, `base_model: org/name`, `"base_model_name_or_path": "org/name"`
_KEY = re.compile(
    r"^\s*(?:-\s+)?[\"']?(?P<key>model|base_model|base_model_name_or_path|model_name_or_path"
    r"|pretrained_model_name_or_path|base_model_config|parent_model)[\"']?\s*:\s*[\"']?"
    r"(?P<ref>[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*?)[\"']?\s*,?\s*(?:#.*)?$"
)
_MERGE_KEYS = re.compile(r"^\s*(?:merge_method|slices|models)\s*:", re.MULTILINE)
_ADAPTER_KEYS = re.compile(
    r"\b(?:adapter|lora_r|lora_alpha|peft_type|base_model_name_or_path)\b", re.IGNORECASE
)

# --- tables ---
_ROW = re.compile(r"^\s*\|")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")
_MERGE_WORD = re.compile(r"\bmerg(?:e|es|ed|ing)\b", re.IGNORECASE)
_MODEL_COLUMN = re.compile(
    r"^(?:(?:merged|source|component|parent|ingredient|base|original|donor)\s+)?models?$"
    r"|^(?:merged|sources?|components?|ingredients?)$",
    re.IGNORECASE,
)
_BASE_COLUMN = re.compile(
    r"^(?:base|parent|original|foundation|backbone)(?:\s+models?)?$|^(?:fine-?tuned|initiali[sz]ed)"
    r"\s+from$",
    re.IGNORECASE,
)
# A table of scores is a comparison, whatever its first column holds.
_SCORE_HEADER = re.compile(
    r"\b(?:avg|average|score|accuracy|acc|mmlu|arc|gsm8k|hellaswag|truthfulqa|winogrande"
    r"|humaneval|mbpp|bleu|rouge|elo|win\s*rate|pass@\d|%)\b",
    re.IGNORECASE,
)
CONTEXT_LINES = 6
"""Lines before a table searched for the merge it lists."""


def config_parents(lines: Sequence[str], card_file: str, first_line: int) -> Iterator[StatedParent]:
    """Parents named by the keys of mergekit, axolotl or PEFT configurations in code fences."""
    start: int | None = None
    for index, line in enumerate(lines):
        if not _FENCE.match(line):
            continue
        if start is None:
            start = index
            continue
        body = lines[start + 1 : index]
        if len(body) <= MAX_FENCE_LINES:
            yield from _fence_parents(body, card_file, first_line + start + 1)
        start = None


def _fence_parents(body: Sequence[str], card_file: str, first_line: int) -> Iterator[StatedParent]:
    text = "\n".join(body)
    merge = _MERGE_KEYS.search(text) is not None
    adapter = not merge and _ADAPTER_KEYS.search(text) is not None
    for offset, line in enumerate(body):
        found = _KEY.match(line)
        if found is None:
            continue
        key = found.group("key")
        if key == "model" and not merge:
            continue  # `model:` alone is any tool's setting; in a merge config, an ingredient
        ref = clean_ref(found.group("ref"))
        if not is_repo_like(ref):
            continue
        relation = "merge" if merge else "adapter" if adapter else "finetune"
        quote = trim_quote(" ".join(line.split()))
        yield stated(
            ref, relation, "merge-config", CONFIG_CONFIDENCE, card_file, first_line + offset, quote
        )


def config_file_parents(path: str, text: str) -> tuple[StatedParent, ...]:
    """Parents named by a configuration file of the repo: a PEFT `adapter_config.json`'s
    `base_model_name_or_path`, a mergekit YAML's `models`/`base_model` (read as a fenced config
    in a card is); the evidence points at the file."""
    lines = text.splitlines()[:MAX_FENCE_LINES]
    if path.lower().endswith(".json"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return ()
        if not isinstance(data, dict):
            return ()
        lines = [
            f"{key}: {data[key]}" for key in _JSON_PARENT_KEYS if isinstance(data.get(key), str)
        ]
    return tuple(_fence_parents(lines, path, 1))


_JSON_PARENT_KEYS = ("base_model_name_or_path", "parent_model")


def table_parents(
    lines: Sequence[str], card_file: str, first_line: int, own: str | None
) -> Iterator[StatedParent]:
    """Parents in Markdown tables: every model of a table of merged models, and the base
    model column of the row that names this model in a list of models."""
    index = 0
    fenced = False
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or not _ROW.match(line) or index + 1 >= len(lines):
            index += 1
            continue
        if not _SEPARATOR.match(lines[index + 1]):
            index += 1
            continue
        end = index + 2
        while end < len(lines) and _ROW.match(lines[end]):
            end += 1
        context = " ".join(lines[max(0, index - CONTEXT_LINES) : index])
        yield from _table(lines, index, end, context, card_file, first_line, own)
        index = end


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _table(
    lines: Sequence[str],
    header_at: int,
    end: int,
    context: str,
    card_file: str,
    first_line: int,
    own: str | None,
) -> Iterator[StatedParent]:
    header = [plain(c) for c in _cells(lines[header_at])]
    if any(_SCORE_HEADER.search(h) for h in header):
        return
    rows = range(header_at + 2, end)
    base_columns = [i for i, h in enumerate(header) if _BASE_COLUMN.match(h)]
    if base_columns and own is not None:
        for at in rows:
            cells = _cells(lines[at])
            names_own = any(
                r.ref.lower() == own.lower()
                for i, c in enumerate(cells)
                if i not in base_columns
                for r in references(c)
            )
            if not names_own:
                continue
            for column in base_columns:
                for ref in references(cells[column] if column < len(cells) else "")[:1]:
                    quote = trim_quote(plain(" | ".join(cells)))
                    yield stated(
                        ref.ref,
                        None,
                        "card-table",
                        TABLE_CONFIDENCE,
                        card_file,
                        first_line + at,
                        quote,
                    )
        return
    merged = any(_MERGE_WORD.search(h) for h in header) or _MERGE_WORD.search(context)
    columns = [i for i, h in enumerate(header) if _MODEL_COLUMN.match(h)]
    if not merged or not columns:
        return
    for at in rows:
        cells = _cells(lines[at])
        for column in columns:
            for ref in references(cells[column] if column < len(cells) else "")[:1]:
                quote = trim_quote(plain(" | ".join(cells)))
                yield stated(
                    ref.ref,
                    "merge",
                    "card-table",
                    TABLE_CONFIDENCE,
                    card_file,
                    first_line + at,
                    quote,
                )
