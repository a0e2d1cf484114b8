"""Reads who and what a license document names in its body when its title does not: the
holder of its copyright line and the model or weights it governs.

Used to name a license of its own that has no title (`matchers.by_reference`, `unmatched`):
an untitled document is still told apart from another publisher's by these names.
"""

from __future__ import annotations

import re

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.names import distinctive

_HEAD_CHARS = 6000
_NAME_WORD = r"[A-Z][\w&'.-]*"
# A notice proper: `Copyright (c)`, `©` or a year before the holder, never "copyright holders"
_COPYRIGHT_HOLDER = compile_pattern(
    r"^[ \t#*>-]*(?:copyright[ \t]*(?:\(c\)|©)|©|copyright(?=[ \t]+(?:19|20)\d\d))[ \t]*"
    r"(?:(?:19|20)\d\d(?:[ \t]*[-–,][ \t]*(?:19|20)\d\d)*)?[ \t,]+(?:by[ \t]+)?"
    r"(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,5})",
    re.I | re.M,
)
# "the Kestrel-7B model", "these Heron weights", "Kestrel-7B (the "Model")"
_MODEL_NAMED = (
    compile_pattern(
        r"\b(?i:the|this|these|our)\s+(?P<name>[A-Z][\w.-]*\d[\w.-]*|[A-Z][\w-]+(?:\s+[A-Z][\w.-]*)?)"
        r"\s+(?:(?:language|vision|base|foundation|AI)\s+)?(?:model|weights|checkpoints?)\b"
    ),
    compile_pattern(
        r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})\s*\(\s*(?:the\s+)?[\"“]"
        r"(?:Model|Weights|Model Weights)[\"”]\s*\)"
    ),
)
_PLACEHOLDER = compile_pattern(r"\b(?:year|your|name|owner|author|holder|fullname)\b", re.I)
_NOT_A_NAME = compile_pattern(
    r"^(?:the|this|these|our|your|any|all|such|each|licensed|license|licensor|model|software"
    r"|work|you|we|it|copyright|permission|notice|terms|a|an)$",
    re.I,
)


def copyright_holder(text: str) -> str | None:
    """Who holds the copyright of the document's first copyright line (`Copyright (c) 2025
    Heron Robotics` -> Heron Robotics), when it names one."""
    found = _COPYRIGHT_HOLDER.search(text[:_HEAD_CHARS])
    if found is None:
        return None
    name = re.split(r"\.\s", found.group("name"))[0].strip(" .,;:")
    if _PLACEHOLDER.search(name):
        return None  # a template's `[year] [fullname]`
    name = re.sub(r"\s+(?:All|and|or|of)$", "", name, flags=re.I)
    return name if distinctive(name) and not _NOT_A_NAME.match(name.split()[0]) else None


def governed_model(text: str) -> str | None:
    """The model or weights a document names as what it governs (`the Kestrel-7B model`,
    `Osprey Vision Weights`), when it names one with a word of its own."""
    head = text[:_HEAD_CHARS]
    for pattern in _MODEL_NAMED:
        for found in pattern.finditer(head):
            name = " ".join(found.group("name").split()).strip(" .,;:")
            first = name.split()[0]
            if _NOT_A_NAME.match(first) or not distinctive(name):
                continue
            return name
    return None
