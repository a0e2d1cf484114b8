"""Loads the adversarial identification cases of tests/data/adversarial/expected.yaml.

Each case is a text written for the tests, or a recipe applied at run time to a text of the
shared corpus (so no license prose is stored in the repository). Reusable by bench scripts:
`load_cases(corpus_dir)` returns every case whose text can be built.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor.licenses.text.copyright_notices import is_copyright_line

ADVERSARIAL = Path(__file__).resolve().parents[1] / "data" / "adversarial"
EXPECTED = ADVERSARIAL / "expected.yaml"


@dataclass(frozen=True, slots=True)
class Case:
    """One adversarial text and what identifying it must give."""

    name: str
    text: str
    filename: str  # the name to write it under for the command
    classes: tuple[int, ...]
    expect: Mapping[str, Any] = field(default_factory=dict)


def load_entries() -> list[dict[str, Any]]:
    """The raw entries of expected.yaml."""
    entries = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    assert isinstance(entries, list)
    return entries


def load_cases(corpus: Path | None) -> list[Case]:
    """Every case; recipes only when the corpus folder is there."""
    cases = []
    for entry in load_entries():
        if "file" in entry:
            path = ADVERSARIAL / entry["file"]
            text, filename = path.read_text(encoding="utf-8"), path.name
        else:
            base = None if corpus is None else corpus / f"{entry['base']}.txt"
            if base is None or not base.is_file():
                continue
            text, filename = apply_recipe(base.read_text(encoding="utf-8"), entry), "LICENSE"
        cases.append(
            Case(
                name=entry["name"],
                text=text,
                filename=filename,
                classes=tuple(entry.get("classes", ())),
                expect=entry.get("expect") or {},
            )
        )
    return cases


def apply_recipe(text: str, entry: Mapping[str, Any]) -> str:
    """The recipe's steps over a corpus text (see the header of expected.yaml)."""
    for old, new in (entry.get("replace") or {}).items():
        text = text.replace(old, new)
    lines = text.split("\n")
    first = _title_line(lines)
    if entry.get("drop_title") and first is not None:
        del lines[first]
    elif "retitle" in entry:
        if first is None:
            lines[:0] = [entry["retitle"], ""]
        else:
            lines[first] = entry["retitle"]
    elif "title_suffix" in entry and first is not None:
        lines[first] = lines[first].rstrip() + entry["title_suffix"]
    text = "\n".join(lines)
    if "prepend" in entry:
        text = f"{entry['prepend']}\n\n{text}"
    if "append" in entry:
        text = f"{text.rstrip()}\n\n{entry['append']}\n"
    return text


def _title_line(lines: list[str]) -> int | None:
    """The first non-empty line that is not a copyright notice: where a title stands."""
    for i, line in enumerate(lines):
        if line.strip() and not is_copyright_line(line):
            return i
    return None
