"""A schedule kept in a file of its own beside the licence that points to its figure (for
`model_terms`): LICENSE.md "The grant in clause 1 stops at the user figure set out in Schedule
1" with SCHEDULE-1.md "# Schedule 1: size limit" holding the figure. Read apart, the licence
names a cap it does not state and the schedule a figure with no consequence; `annex_refs`
joins the two when they stand in one text. So a licence text pointing to a schedule's figure
is read with the text of the model's file that is that schedule after it: a file whose first
heading or line opens with the label ("Schedule 1", "Annex A", "Appendix 2"), or whose name
is the label (`SCHEDULE-1.md`, `annex_a.txt`). The schedule is still read as a document of its
own too. A file of definitions a licence points to is read with it the same way
(`definition_files_s39en2`), an annex in an Asian language (別紙, 附件, 별표:
`annex_files_asia_s40wa`), and the terms a short note places the weights under
(`pointed_terms_files_s40en3`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.annex_files_asia_s40wa import pointed_annex_files_asia
from auditor.licenses.terms.annex_refs import pointed_schedules
from auditor.licenses.terms.definition_files_s39en2 import pointed_definition_files
from auditor.licenses.terms.pointed_terms_files_s40en3 import pointed_terms_files

__all__ = ["schedule_parts", "with_schedule_files"]

_FIRST_LINE = lazy_pattern(r"^\W*(?P<label>[^\n]{1,80})")
_MAX_SCHEDULE = 20_000  # a schedule of figures is short; a long text is a document of its own


def with_schedule_files(texts: Mapping[str, str]) -> dict[str, str]:
    """Each path whose text points to a schedule kept in another file -> its text with that
    file's text after it; paths with no such pointer are left out."""
    return {
        path: "\n\n".join([texts[path], *(texts[p] for p in parts)])
        for path, parts in _schedules(texts).items()
    }


def schedule_parts(texts: Mapping[str, str]) -> set[str]:
    """The paths of the schedules a licence of `texts` reads with itself: each is read through
    that licence, so its standing alone with no term of its own is no unread document."""
    return {part for parts in _schedules(texts).values() for part in parts}


def _schedules(texts: Mapping[str, str]) -> dict[str, list[str]]:
    """Each path -> the schedule files, then the definitions files, it reads with itself."""
    found = _schedule_files(texts)
    for path, parts in pointed_definition_files(texts).items():
        found[path] = list(dict.fromkeys([*found.get(path, []), *parts]))
    for path, parts in pointed_annex_files_asia(texts).items():  # 別紙, 附件, 별표 ...
        found[path] = list(dict.fromkeys([*found.get(path, []), *parts]))
    for path, parts in pointed_terms_files(texts).items():  # "the weights are under TERMS.txt"
        found[path] = list(dict.fromkeys([*found.get(path, []), *parts]))
    return found


def _schedule_files(texts: Mapping[str, str]) -> dict[str, list[str]]:
    if len(texts) < 2:
        return {}
    labels: dict[str, set[str]] | None = None
    found: dict[str, list[str]] = {}
    for path, text in texts.items():
        wanted = pointed_schedules(text)
        if not wanted:
            continue
        if labels is None:
            labels = {other: _labels(other, body) for other, body in texts.items()}
        parts = [
            other
            for key in wanted
            for other, names in labels.items()
            if other != path and key in names and len(texts[other]) <= _MAX_SCHEDULE
        ]
        if parts:
            found[path] = list(dict.fromkeys(parts))
    return found


def _labels(path: str, text: str) -> set[str]:
    """The schedule labels a file is, by its name and by its first line (`schedule 1`)."""
    stem = PurePosixPath(path).stem.replace("_", " ").replace("-", " ")
    found = _FIRST_LINE.match(text)
    first = found.group("label") if found else ""
    return {_key(m) for m in (stem, first) if _key(m)}


_LABEL = lazy_pattern(
    r"^\W*(?P<word>schedule|annex(?:ure)?|appendix|exhibit|attachment|addendum)\s+(?:no\.?\s*)?"
    r"(?P<mark>[a-z0-9]{1,4})\b",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    found = _LABEL.match(text)
    if found is None:
        return ""
    word = found.group("word").lower().replace("annexure", "annex")
    return f"{word} {found.group('mark').lower()}"
