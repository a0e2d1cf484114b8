"""Finds model card metadata the Hub does not read: a YAML block after a heading or an HTML
comment, inside a code fence or an HTML comment, at the end of the file or after a write-up.

Part of the card parser (`card`), which asks for it only when the front matter declares no
license and no base model. Precision first: a block is card metadata only when it names a
license (`license`, `license_name`, `license_link`) or a `base_model`, most of its top-level
keys are well-known card keys, and none is a merge or training configuration key (mergekit
and axolotl configurations name a `base_model` too). A block without `---` lines or a
container around it must consist of well-known keys only, two at least.

One pass over the lines: each candidate block is read up to its closing `---`, the end of
its fence or comment, or the first line that is Markdown rather than YAML, and the scan goes
on after it, so the work stays linear in the card's size. YAML is loaded with the bounded
loader of the front matter (`fileio.card_yaml`) and, when broken, recovered line by line
(`card_recovery`); at most MAX_YAML_LOADS blocks are loaded as YAML, later ones are only
recovered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from auditor.fileio.card_yaml import YamlProblem, load_yaml
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import MisplacedMetadata
from auditor.model.evidence import MISPLACED_ORIGIN_MARK, is_misplaced_origin
from auditor.sources.card_recovery import LineIndex, is_key_line, recover

__all__ = [
    "CARD_KEYS",
    "DECLARING_KEYS",
    "FENCE",
    "MISPLACED_ORIGIN_MARK",
    "declares",
    "find_misplaced",
    "is_misplaced_origin",
    "misplaced_origin",
]

MAX_BLOCK_CHARS = 1_000_000  # as the front matter: longer blocks are only recovered
MAX_YAML_LOADS = 16  # blocks loaded as YAML per card; later candidates are only recovered

DECLARING_KEYS = ("license", "license_name", "license_link", "base_model")
"""The keys that make a block a declaration: its license or its parent."""

CARD_KEYS = (
    *DECLARING_KEYS,
    "base_model_relation",
    "model_name",
    "model_type",
    "tags",
    "datasets",
    "language",
    "pipeline_tag",
    "library_name",
    "metrics",
    "model-index",
    "inference",
    "widget",
    "thumbnail",
    "co2_eq_emissions",
    "new_version",
    "extra_gated_prompt",
    "extra_gated_fields",
    "extra_gated_heading",
    "extra_gated_description",
    "extra_gated_button_content",
    "extra_gated_eu_disallowed",
    "language_creators",
    "annotations_creators",
    "task_categories",
    "task_ids",
    "license_details",
    "quantized_by",
    "model_creator",
    "model_creators",
    "pretty_name",
    "instance_prompt",
    "base_model_name",
)
"""Well-known Hub model card keys."""

# Keys of merge (mergekit) and training (axolotl and similar) configurations: a block holding
# one is a configuration shown in the card, never the card's metadata.
_CONFIG_KEYS = frozenset(
    {
        "models",
        "merge_method",
        "slices",
        "dtype",
        "tokenizer_source",
        "parameters",
        "learning_rate",
        "lr_scheduler",
        "micro_batch_size",
        "gradient_accumulation_steps",
        "sequence_len",
        "num_epochs",
        "optimizer",
        "adapter",
        "lora_r",
        "lora_alpha",
        "load_in_8bit",
        "load_in_4bit",
        "warmup_steps",
        "output_dir",
        "val_set_size",
        "services",
        "image",
        "temperature",
        "top_p",
        "max_new_tokens",
    }
)
_KNOWN = frozenset(CARD_KEYS)


def misplaced_origin(card_file: str, line: int) -> str:
    """The `Declared.origin` of a declaration read from a misplaced block."""
    return f"{card_file} metadata block at line {line} {MISPLACED_ORIGIN_MARK}"


FENCE = lazy_pattern(r" {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)")
_YAML_FENCES = frozenset({"", "yaml", "yml", "md", "markdown"})
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"
_CARD_KEY_LINE = lazy_pattern(
    r"""["']?(?:""" + "|".join(map(re.escape, CARD_KEYS)) + r""")["']?[ \t]*:(?:[ \t]|\Z)"""
)


def declares(metadata: object) -> bool:
    """Whether metadata names a license or a base model (a non-empty value)."""
    if not isinstance(metadata, Mapping):
        return False
    return any(_has_value(metadata.get(key)) for key in DECLARING_KEYS)


@dataclass(frozen=True, slots=True)
class _Block:
    metadata: dict[str, object]
    key_lines: dict[str, int]
    line: int  # the block's first line (`---` or its first key)
    last: int  # the block's last line (its closing `---`, or its last YAML line)
    resume: int  # where the scan goes on


class _Reader:
    """One card's scan: the text, its lines and the YAML loads spent."""

    def __init__(self, source: str, lines: LineIndex) -> None:
        self.source = source
        self.lines = lines
        self.loads = 0
        self._last_text_line: int | None = None

    def text(self, number: int) -> str:
        return self.lines.text(self.source, number)

    def last_text_line(self) -> int:
        if self._last_text_line is None:
            number = self.lines.count
            while number > 1 and not self.text(number).strip():
                number -= 1
            self._last_text_line = number
        return self._last_text_line

    def block(self, first: int, stop: int, *, container: bool) -> _Block | None:
        """The YAML block starting at `first` (an optional `---` line, then key lines) and
        ending before `stop`; None when it does not start with a key line."""
        number = first
        while number < stop and not self.text(number).strip():
            number += 1
        if number >= stop:
            return None
        opener = number
        if self.text(number).rstrip() == "---":
            number += 1
            while number < stop and not self.text(number).strip():
                number += 1
        if number >= stop or not is_key_line(self.text(number)):
            return None
        begin, end, closed = number, stop, False
        for candidate in range(begin + 1, stop):
            line = self.text(candidate)
            if line.rstrip() in ("---", "..."):
                end, closed = candidate, line.rstrip() == "---"
                break
            if not line.strip() or line[0] in " \t-" or is_key_line(line):
                continue
            if container and line.startswith("#"):
                continue  # a YAML comment; in the open, a Markdown heading ends the block
            end = candidate
            break
        last = end if closed else _last_non_blank(self, begin, end)
        resume = end if end < stop else stop
        metadata, key_lines = self._load(begin, end)
        if metadata is None:
            return _Block({}, {}, opener, last, max(resume, opener + 1))
        return _Block(metadata, key_lines, opener, last, max(resume, opener + 1))

    def _load(self, begin: int, end: int) -> tuple[dict[str, object] | None, dict[str, int]]:
        recovered = recover(self.source, self.lines, begin, end, stop_at_prose=False)
        if not declares(recovered.metadata):
            return None, {}  # not a declaration: no YAML load spent on it
        start = self.lines.start(begin)
        text = self.source[start : self.lines.start(end)]
        if len(text) <= MAX_BLOCK_CHARS and self.loads < MAX_YAML_LOADS:
            self.loads += 1
            try:
                loaded = load_yaml(text)
            except YamlProblem:
                loaded = None
            if loaded is not None and isinstance(loaded.value, dict):
                key_lines = {
                    key: self.lines.number(start + at) for key, at in loaded.key_offsets.items()
                }
                return loaded.value, key_lines
        return recovered.metadata, recovered.key_lines


def _last_non_blank(reader: _Reader, begin: int, end: int) -> int:
    number = end - 1
    while number > begin and not reader.text(number).strip():
        number -= 1
    return number


def find_misplaced(source: str, lines: LineIndex, first: int = 1) -> MisplacedMetadata | None:
    """The first block from line `first` on that is card metadata the Hub does not read."""
    reader = _Reader(source, lines)
    headings_only = True  # only headings, HTML comments and blank lines so far
    fence: tuple[str, int, str] | None = None  # mark, line, info word
    comment: int | None = None  # line of an open `<!--`
    number = first
    previous_blank = True
    seen_text = False  # a non-blank line before this one
    while number <= lines.count:
        line = reader.text(number)
        stripped = line.strip()
        if fence is not None:
            mark, opened, info = fence
            if _closes(line, mark):
                fence = None
                if info in _YAML_FENCES:
                    found = _accepted(reader.block(opened + 1, number, container=True), True)
                    if found is not None:
                        return _result(found, "code-fence")
            number += 1
            continue
        if comment is not None:
            if _COMMENT_CLOSE in line:
                opened, comment = comment, None
                found = _accepted(reader.block(opened + 1, number, container=True), True)
                if found is not None:
                    return _result(found, "html-comment")
            number += 1
            continue
        fenced = FENCE.match(line)
        if fenced:
            words = fenced.group("info").strip().lower().split()
            fence = (fenced.group("fence"), number, words[0] if words else "")
            number += 1
            headings_only, seen_text, previous_blank = False, True, False
            continue
        if stripped.startswith(_COMMENT_OPEN):
            if _COMMENT_CLOSE not in stripped[len(_COMMENT_OPEN) :]:
                comment = number
            number += 1
            seen_text, previous_blank = True, False
            continue
        dashes = line.rstrip() == "---"
        if dashes or (previous_blank and _CARD_KEY_LINE.match(line)):
            block = reader.block(number, lines.count + 1, container=False)
            if block is not None:
                found = _accepted(block, dashes)
                if found is not None:
                    return _result(found, _where(reader, found, seen_text, headings_only))
                number = block.resume
                headings_only, seen_text, previous_blank = False, True, False
                continue
        if stripped and not stripped.startswith("#"):
            headings_only = False
        seen_text = seen_text or bool(stripped)
        previous_blank = not stripped
        number += 1
    return None


def _closes(line: str, mark: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= len(mark) and not stripped.strip(mark[0])


def _where(reader: _Reader, block: _Block, seen_text: bool, headings_only: bool) -> str:
    if not seen_text:
        return "top"
    if headings_only:
        return "after-heading"
    if block.last >= reader.last_text_line():
        return "end-of-file"
    return "body"


def _result(block: _Block, where: str) -> MisplacedMetadata:
    return MisplacedMetadata(
        metadata=block.metadata, line=block.line, where=where, key_lines=block.key_lines
    )


def _accepted(block: _Block | None, delimited: bool) -> _Block | None:
    """The block when it reads as card metadata (see the module docstring)."""
    if block is None or not declares(block.metadata):
        return None
    keys = [str(key) for key in block.metadata]
    if any(key in _CONFIG_KEYS for key in keys):
        return None
    known = sum(1 for key in keys if key in _KNOWN or key.startswith("extra_gated_"))
    if delimited:
        return block if 2 * known > len(keys) else None
    return block if known == len(keys) >= 2 else None


def _has_value(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(isinstance(item, str) and item.strip() for item in value)
    return False
