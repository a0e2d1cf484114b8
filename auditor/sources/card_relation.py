"""The relation a card's front matter implies to its one base model when it states none.

The Hub infers a missing `base_model_relation` from what the repo is (GGUF files make it a
quantization); a card read offline has only its metadata for that. A card whose metadata says
the repo is a quantized copy is read as one of its single `base_model`: a `quantized_by` key
(the quantizer of the files, a key no other card has), a tag naming a quantized-weights format
(`gguf`, `gptq`, `awq`, `exl2`, the `gguf-my-repo` converter, `quantized`) or
`library_name: gguf`, or a line of the card's text calling the files a quantized format of that
very model ("contains GGUF format model files for org/base", "GPTQ quants of [base](...)", "a
quantized version of org/base"). Not when a tag says the repo was trained or merged (`sft`, `trl`,
`lora`, `merge`, ...): a fine-tune published in GGUF is no copy of its base. Several base
models are never one quantization's parent, and a relation the card states always wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["QUANTIZED", "implied_relation"]

QUANTIZED = "quantized"

_FORMAT_TAGS = frozenset(
    {"quantized", "gguf", "ggml", "gptq", "awq", "exl2", "exl3", "gguf-my-repo", "imatrix"}
)
_TRAINED_TAGS = frozenset(
    {
        "sft",
        "trl",
        "dpo",
        "orpo",
        "lora",
        "qlora",
        "peft",
        "merge",
        "mergekit",
        "fine-tuned",
        "finetuned",
        "finetune",
        "fine-tune",
        "generated_from_trainer",
        "adapter",
        "distillation",
    }
)


def implied_relation(metadata: Mapping[str, object], body: str = "") -> str | None:
    """`quantized` when the metadata (or a line of the card's `body`) says the repo is a
    quantized copy of its one base model and the metadata states no relation (see the
    module's docstring); None otherwise."""
    if metadata.get("base_model_relation") is not None:
        return None
    bases = metadata.get("base_model")
    named = (
        [b for b in bases if isinstance(b, str) and b.strip()]
        if isinstance(bases, list)
        else [bases]
    )
    if len(named) != 1 or not isinstance(named[0], str) or not named[0].strip():
        return None
    tags = _tags(metadata.get("tags"))
    if tags & _TRAINED_TAGS:
        return None
    quantizer = metadata.get("quantized_by")
    library = metadata.get("library_name")
    if (
        (isinstance(quantizer, str) and quantizer.strip())
        or tags & _FORMAT_TAGS
        or (isinstance(library, str) and library.strip().lower() == "gguf")
        or _names_a_copy_of(body, named[0])
    ):
        return QUANTIZED
    return None


# The files called a quantized format of a model named right after: "GGUF format model files
# for org/base", "GPTQ quants of [org/base](...)", "a quantized version of `org/base`".
_COPY_OF = lazy_pattern(
    r"(?:\b(?:GGUF|GGML|GPTQ|AWQ|EXL2)(?:\s+format(?:ted)?)?\s+(?:model\s+)?"
    r"(?:files?|weights|quants?|quantizations?|quantisations?|versions?|conversions?)"
    r"|\bquanti[sz]ed\s+(?:version|copy|weights|files)|\bquanti[sz]ations?)"
    r"\s+(?:of|for|from)\s+(?:the\s+)?(?:original\s+)?(?:model\s+)?[\[`*]*"
    r"(?:https?://(?:huggingface\.co|hf\.co)/)?(?P<ref>[\w.-]+(?:/[\w.-]+)?)",
    re.IGNORECASE,
)
_LINE_LIMIT = 2_000


def _names_a_copy_of(body: str, base: str) -> bool:
    """Whether a line of `body` calls the files a quantized format of `base` (its repo id, or
    its name without the owner)."""
    wanted = base.strip().rstrip("/").lower()
    name = wanted.rsplit("/", 1)[-1]
    for line in body.splitlines():
        if len(line) > _LINE_LIMIT:
            continue
        for found in _COPY_OF.finditer(line):
            ref = found.group("ref").rstrip(".").lower()
            if ref in (wanted, name) or (ref.endswith("/" + name) and "/" in wanted):
                return True
    return False


def _tags(value: object) -> set[str]:
    items = value if isinstance(value, list) else [value]
    return {item.strip().lower() for item in items if isinstance(item, str)}
