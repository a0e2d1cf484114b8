"""Indented JSON with placeholders replaced by items that arrive later (streamed reports).

A streamed report knows its head (the run's verdict and findings) only when the run ends, but
its models or results come one at a time and are spooled meanwhile. The document is rendered
once with a placeholder string alone in each such list, then written with the placeholders
replaced by the spooled items, indented as `json.dumps(..., indent=2)` puts them there: the
same text as rendering the whole document at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from auditor.fileio.json_text import indented_json


def spliced(text: str, items: Mapping[str, Iterable[Any]]) -> Iterator[str]:
    """`text` (indented JSON) with each placeholder string, alone in a list, replaced by its
    items as `json.dumps(..., indent=2)` would have written them in that place."""
    marks = {json.dumps(key): key for key in items}
    rest = text
    while True:
        found = [(rest.find(mark), mark) for mark in marks if mark in rest]
        if not found:
            yield rest
            return
        at, mark = min(found)
        line_start = rest.rfind("\n", 0, at) + 1
        indent = rest[line_start:at]
        yield rest[:line_start]
        for number, item in enumerate(items[marks[mark]]):
            if number:
                yield ",\n"
            yield indent + indented_json(item, ensure_ascii=False).replace("\n", "\n" + indent)
        rest = rest[at + len(mark) :]
