"""An annex kept in a file of its own beside a licence in an Asian language (for
`schedule_files`): LICENSE "利用者の売上高が別紙に定める金額を超える場合、..." with 別紙.md "#
別紙（第3条関係） 第3条に定める金額：金100億円". Read apart, the licence names a cap it does not
state and the annex a figure with no consequence; `foreign_cap_places_asia` joins the two when
they stand in one text. So a licence text naming an annex (別紙, 別表, 附件, 附表, 별표, 별지,
अनुसूची, পরিশিষ্ট, ภาคผนวก, Phụ lục ...) is read with the text of the model's file that is that
annex after it: a file whose name or first line opens with the same annex word (and the same
label, when the licence gives one: "別表第一", "Phụ lục A"). The annex is still read as a
document of its own too. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["pointed_annex_files_asia"]

_ANNEX = (
    r"(?P<word>別表|别表|附表|附件|附錄|附录|別紙|付表|付録|별표|별지|부록|부표"
    r"|अनुसूची|परिशिष्ट|अनुलग्नक|তফসিল|পরিশিষ্ট|ضمیمہ|அட்டவணை|பின்னிணைப்பு"
    r"|ภาคผนวก|เอกสารแนบท้าย|[Pp]hụ\s+lục|[Ll]ampiran|[Jj]adual)"
    r"(?:\s*第?\s*(?P<label>[A-Z]\b|[0-9]+|[一二三四五六七八九十]+|[IVX]+\b))?"
)
_REF = lazy_pattern(_ANNEX)
_HEAD = lazy_pattern(r"^\W{0,3}" + _ANNEX)
_MAX_ANNEX = 20_000  # an annex of figures is short; a long text is a document of its own


def pointed_annex_files_asia(texts: Mapping[str, str]) -> dict[str, list[str]]:
    """Each path whose text names an annex another file of `texts` is -> those files' paths."""
    if len(texts) < 2:
        return {}
    labels = {path: _labels(path, text) for path, text in texts.items()}
    found: dict[str, list[str]] = {}
    for path, text in texts.items():
        if labels[path]:
            continue  # an annex points to its licence, not to another annex
        wanted = {_key(m.group("word"), m.group("label")) for m in _REF.finditer(text)}
        parts = [
            other
            for other, names in labels.items()
            if other != path
            and len(texts[other]) <= _MAX_ANNEX
            and any(_matches(key, names) for key in wanted)
        ]
        if parts:
            found[path] = parts
    return found


def _labels(path: str, text: str) -> set[tuple[str, str]]:
    stem = PurePosixPath(path).stem
    first = text.strip().splitlines()[0] if text.strip() else ""
    found = set()
    for head in (stem, first):
        match = _HEAD.match(head)
        if match is not None:
            found.add(_key(match.group("word"), match.group("label")))
    return found


def _key(word: str, label: str | None) -> tuple[str, str]:
    return " ".join(word.lower().split()), label or ""


def _matches(key: tuple[str, str], names: set[tuple[str, str]]) -> bool:
    """The annex named is that file: the same word, and the same label where both give one."""
    return any(
        word == key[0] and (not key[1] or not mark or mark == key[1]) for word, mark in names
    )
