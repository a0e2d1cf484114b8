"""Parents a card states in configurations and tables: mergekit and training configs in code
fences, tables of merged models, a model list's "base model" column on this model's row, and a
key-value table's row whose first cell says what the model was made from (`| Base model |
org/name |`, `| Fine-tuned from | ... |`, `| Built on | ... |`, or a language's "base model"
label: `| Modelo base | ... |`), in Markdown or as an HTML table's `<tr><td>..</td><td>..</td>`.

Pure, one pass over the lines. Only shapes whose keys or headers say "this is what the model
was made of" count: a code fence that loads the model for inference, or a benchmark table
listing the models it was compared with, states no parent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import islice

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.code_fences import fenced_bodies
from auditor.lineage.prose_languages_south import LANGUAGES
from auditor.lineage.prose_refs import (
    clean_ref,
    is_repo_like,
    listed,
    plain,
    references,
    stated,
)
from auditor.model import StatedParent

CONFIG_CONFIDENCE = 0.8
TABLE_CONFIDENCE = 0.6
MAX_FENCE_LINES = 400
"""Lines of one code fence read for configuration keys; a longer block is code, not a config."""

_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")
# `- model: org/name`, `base_model: org/name`, `"base_model_name_or_path": "org/name"`
_KEY = lazy_pattern(
    r"^\s*(?:-\s+)?[\"']?(?P<key>model|base_model|base_model_name_or_path|model_name_or_path"
    r"|pretrained_model_name_or_path|base_model_config|parent_model)[\"']?\s*:\s*[\"']?"
    r"(?P<ref>[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*?)[\"']?\s*,?\s*(?:#.*)?$"
)
_MERGE_KEYS = lazy_pattern(r"^\s*(?:merge_method|slices|models)\s*:", re.MULTILINE)
_ADAPTER_KEYS = lazy_pattern(
    r"\b(?:adapter|lora_r|lora_alpha|peft_type|base_model_name_or_path)\b", re.IGNORECASE
)

# --- tables ---
_ROW = lazy_pattern(r"^\s*\|")
_SEPARATOR = lazy_pattern(r"^\s*\|?\s*:?-{2,}")
_MERGE_WORD = lazy_pattern(r"\bmerg(?:e|es|ed|ing)\b", re.IGNORECASE)
_MODEL_COLUMN = lazy_pattern(
    r"^(?:(?:merged|source|component|parent|ingredient|base|original|donor)\s+)?models?$"
    r"|^(?:merged|sources?|components?|ingredients?)$",
    re.IGNORECASE,
)
_BASE_COLUMN = lazy_pattern(
    r"^(?:base|parent|original|foundation|backbone)(?:\s+models?)?$|^(?:fine-?tuned|initiali[sz]ed)"
    r"\s+from$",
    re.IGNORECASE,
)
# A table of scores is a comparison, whatever its first column holds.
_SCORE_HEADER = lazy_pattern(
    r"\b(?:avg|average|score|accuracy|acc|mmlu|arc|gsm8k|hellaswag|truthfulqa|winogrande"
    r"|humaneval|mbpp|bleu|rouge|elo|win\s*rate|pass@\d|%)\b",
    re.IGNORECASE,
)
# A key-value row's first cell naming what the model was made from. Strong: a bare `org/name`
# after it counts; weak ("built on", "based on"): a Hub link or a model the registry knows. A
# row of data ("trained on", "fine-tuned on") names no model.
_STRONG_ROW = lazy_pattern(
    r"(?:the\s+)?(?:(?:base|parent|original|foundation|backbone|upstream|starting|initial"
    r"|pre-?trained|source)\s+(?:models?|checkpoints?|llms?|weights)|base|parent|backbone)"
    r"|(?:fine-?tuned|finetuned|fine\s+tuned|instruction[- ]tuned|(?:further\s+|pre-?)?trained"
    r"|initiali[sz]ed|derived|adapted|distilled|quanti[sz]ed|converted|merged|continued"
    r"|started)\s+(?:from|of|upon)(?:\s+(?:models?|checkpoints?))?"
    r"|(?:fine-?tune|finetune|quanti[sz]ation|merge|distillation|adaptation)\s+of",
    re.IGNORECASE,
)
_WEAK_ROW = lazy_pattern(
    r"(?:built|based|developed|created)\s+(?:on|upon|off)(?:\s+top\s+of)?"
    r"(?:\s+(?:models?|checkpoints?))?",
    re.IGNORECASE,
)
_ROW_LABEL_MARKS = " \t*_:：-[]()"
# A value that denies or compares names no parent: "none (trained from scratch)", "not X".
_NOT_A_PARENT_VALUE = lazy_pattern(
    r"\b(?:not|never|no|none|n/a|without|unlike|instead|versus|vs|than|compar\w*|similar)\b"
    r"|\bfrom\s+scratch\b",
    re.IGNORECASE,
)
CONTEXT_LINES = 6
"""Lines before a table searched for the merge it lists."""


def config_parents(lines: Sequence[str], card_file: str, first_line: int) -> Iterator[StatedParent]:
    """Parents named by the keys of mergekit, axolotl or PEFT configurations in code fences."""
    for offset, body in fenced_bodies(lines, MAX_FENCE_LINES):
        yield from _fence_parents(body, card_file, first_line + offset)


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
    lines: Sequence[str],
    card_file: str,
    first_line: int,
    own: str | None,
    is_known: Callable[[str], bool] = lambda _ref: False,
) -> Iterator[StatedParent]:
    """Parents in Markdown tables: every model of a table of merged models, the base model
    column of the row that names this model in a list of models, and a key-value row whose
    first cell says "base model" (`is_known`: whether a bare `org/name` after a weak label,
    "built on", is a model the registry knows), in Markdown or in HTML."""
    if any("<t" in line for line in lines):
        yield from html_table_parents("\n".join(lines), card_file, first_line, is_known)
    for index, end in _tables(lines):
        context = " ".join(lines[max(0, index - CONTEXT_LINES) : index])
        yield from _key_value_rows(lines, index, end, card_file, first_line, is_known)
        yield from _table(lines, index, end, context, card_file, first_line, own)


def _tables(lines: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(header line, end) of each Markdown table outside code fences."""
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
        yield index, end
        index = end


def label_row_windows(lines: Sequence[str], first_line: int) -> Iterator[tuple[int, str, int, str]]:
    """(line number, row, start of the value, value) of each key-value row whose first cell is
    a strong "base model" label and whose value holds no model reference: where a parent may be
    named by its display name (`| **Base model** | Llama 3.1 8B Instruct |`), which
    built_with.py reads. A table of scores compares models: none of its rows."""
    for header_at, end in _tables(lines):
        if any(_SCORE_HEADER.search(plain(c)) for c in _cells(lines[header_at])):
            continue
        for at in (header_at, *range(header_at + 2, end)):
            row = lines[at]
            cells = _cells(row)
            if len(cells) < 2 or _row_label(cells[0]) != "strong":
                continue
            value = next((c for c in cells[1:] if plain(c).strip(_ROW_LABEL_MARKS)), "")
            if not value or references(value) or _NOT_A_PARENT_VALUE.search(plain(value)):
                continue
            yield first_line + at, row, row.find(value), value


def _key_value_rows(
    lines: Sequence[str],
    header_at: int,
    end: int,
    card_file: str,
    first_line: int,
    is_known: Callable[[str], bool],
) -> Iterator[StatedParent]:
    """The parent a row names when its first cell is a "base model" label and a later cell
    holds the reference (the header row too: a two-column table may start with the pair)."""
    if any(_SCORE_HEADER.search(plain(c)) for c in _cells(lines[header_at])):
        return  # a table of scores compares models
    for at in (header_at, *range(header_at + 2, end)):
        cells = _cells(lines[at])
        if len(cells) < 2:
            continue
        strength = _row_label(cells[0])
        if strength is None:
            continue
        value = next((c for c in cells[1:] if references(c)), "")
        refs = listed(value, strict=strength == "weak", is_known=is_known)
        if not refs or _NOT_A_PARENT_VALUE.search(plain(value[: refs[0].start])):
            continue
        quote = trim_quote(plain(" | ".join(cells)))
        yield stated(
            refs[0].ref, None, "card-table", TABLE_CONFIDENCE, card_file, first_line + at, quote
        )


def _row_label(cell: str) -> str | None:
    """ "strong" or "weak" when a row's first cell says what the model was made from."""
    label = re.sub(r"\[optional\]", "", plain(cell), flags=re.IGNORECASE)
    label = " ".join(label.strip(_ROW_LABEL_MARKS).split())
    if not label or len(label) > 60:
        return None
    if _STRONG_ROW.fullmatch(label):
        return "strong"
    if _WEAK_ROW.fullmatch(label):
        return "weak"
    if any(lang.label.match(f"{label}:") for lang in LANGUAGES):
        return "strong"
    return None


_HTML_TABLE = lazy_pattern(r"<table\b.{0,20000}?</table\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ROW = lazy_pattern(r"<tr\b[^>]{0,200}>(.{0,4000}?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = lazy_pattern(r"<t[dh]\b[^>]{0,200}>(.{0,2000}?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = lazy_pattern(r"<[^<>]{0,400}>")
MAX_HTML_TABLES = 32
"""HTML tables read from one card."""


def html_table_parents(
    body: str, card_file: str, first_line: int, is_known: Callable[[str], bool]
) -> Iterator[StatedParent]:
    """The parent a key-value row of an HTML table names (`<tr><td>Starting checkpoint</td>
    <td>org/name</td></tr>`), read as a Markdown table's key-value rows are: its first cell a
    "base model" label, a later cell the reference; a table of scores names none."""
    for table in islice(_HTML_TABLE.finditer(body), MAX_HTML_TABLES):
        rows = [(row.start(), _html_cells(row.group(1))) for row in _HTML_ROW.finditer(table[0])]
        if not rows or any(_SCORE_HEADER.search(cell) for cell in rows[0][1]):
            continue
        for start, cells in rows:
            strength = _row_label(cells[0]) if len(cells) >= 2 else None
            value = next((c for c in cells[1:] if references(c)), "")
            if strength is None or not value:
                continue
            refs = listed(value, strict=strength == "weak", is_known=is_known)
            if not refs or _NOT_A_PARENT_VALUE.search(plain(value[: refs[0].start])):
                continue
            line = first_line + body.count("\n", 0, table.start() + start)
            quote = trim_quote(" | ".join(cells))
            yield stated(refs[0].ref, None, "card-table", TABLE_CONFIDENCE, card_file, line, quote)


def _html_cells(row: str) -> list[str]:
    return [" ".join(_HTML_TAG.sub(" ", c).split()) for c in _HTML_CELL.findall(row)]


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
