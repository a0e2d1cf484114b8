"""Makes the text a snapshot row brings writable: lone UTF-16 surrogates become escapes.

A card's YAML, and so the Hub's `cardData` JSON (`"\\ud800"`: a high surrogate with no low
one after it), can hold a lone surrogate; Python reads it into a `str` that UTF-8 cannot
encode, so Arrow, Parquet and the JSON outputs refuse it. Where the partition function reads
a row (`partition.parse_row`), each one becomes its escape as text (`\\ud800`, six
characters: what the reports show, `report/sanitize.py`), and the row's `card_problem` says
where. The model is still judged from everything else; an escaped value is read like any
other (a license tag `\\ud800` is an unknown one, a parent `org/\\ud800` one the snapshot does
not hold). DuckDB's JSON reader refuses such front matter, so these rows never take the
columnar path (`columnar.py`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

from auditor.fileio.lazy_pattern import lazy_pattern

_LONE = lazy_pattern("[\ud800-\udfff]")  # after decoding, a pair is one code point: these are lone
# What JSON text holding a lone surrogate contains: the surrogate itself, or its escape (a
# pair's escapes too: the decoded value is then checked).
_IN_JSON = lazy_pattern(r"[\ud800-\udfff]|\\u[dD][89a-fA-F]")
_SHOWN = 5  # places named in a row's note, at most
_SCALARS = (int, float, bool)

T = TypeVar("T")


def escape_surrogates(text: str) -> str:
    """`text` with each lone surrogate written as its `\\udXXX` escape (the same object when
    it has none)."""
    if _is_plain(text):
        return text
    return _LONE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def readable(value: T) -> T:
    """`value` (text, or sequences and mappings of them, nested) with every lone surrogate
    escaped, keys included; the same object when there is none (else a sequence is a list)."""
    return cast(T, _walk(value))


def _walk(value: Any) -> Any:
    if type(value) is str:
        return escape_surrogates(value)
    if value is None or type(value) in _SCALARS:
        return value
    if isinstance(value, list | tuple):
        texts = [item for item in value if type(item) is str]
        if len(texts) == len(value) - value.count(None) and _is_plain("".join(texts)):
            return value  # most lists (tags, a parent and its relation): one check, no copy
        items = [_walk(item) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, Mapping):
        pairs = [(_walk(k), _walk(v)) for k, v in value.items()]
        same = all(
            k is old_k and v is old_v
            for (k, v), (old_k, old_v) in zip(pairs, value.items(), strict=True)
        )
        return value if same else dict(pairs)
    if isinstance(value, str):  # a subclass (numpy's str_)
        return escape_surrogates(value)
    if isinstance(value, bytes | bytearray) or not hasattr(value, "__iter__"):
        return value
    items = list(value)  # another sequence (a numpy array of tags, as pandas holds them)
    found = _walk(items)
    return value if found is items else found


def _is_plain(text: str) -> bool:
    return text.isascii() or _LONE.search(text) is None


def is_maybe_lone_in_json(text: str) -> bool:
    """Whether JSON text can decode to a lone surrogate (False: it cannot)."""
    return _IN_JSON.search(text) is not None


def readable_fields(
    names: Sequence[str], values: Sequence[object]
) -> tuple[list[object], list[str]]:
    """`readable` of each value, and the names of those that held a lone surrogate."""
    found = [
        value if value is None or (type(value) is str and value.isascii()) else readable(value)
        for value in values
    ]
    return found, [n for n, new, old in zip(names, found, values, strict=True) if new is not old]


def readable_front_matter(
    metadata: Mapping[str, object], where: str
) -> tuple[Mapping[str, object], list[str]]:
    """`readable` of front matter, and `where.key` for each top-level key that held a lone
    surrogate (in its name or its value; the key as escaped)."""
    found = readable(metadata)
    if found is metadata:
        return metadata, []
    places = [
        f"{where}.{readable(key)}"
        for key, value in metadata.items()
        if readable(key) is not key or readable(value) is not value
    ]
    return found, places


def surrogate_note(places: Sequence[str]) -> str | None:
    """The `card_problem` of a row whose `places` held lone surrogates; None for none."""
    if not places:
        return None
    shown = ", ".join(places[:_SHOWN]) + (
        f" and {len(places) - _SHOWN} more" if len(places) > _SHOWN else ""
    )
    return f"lone UTF-16 surrogates, kept as \\uXXXX escapes, in {shown}"


def card_data_front_matter(value: object) -> tuple[Mapping[str, object], str | None, list[str]]:
    """`cardData` as a mapping, why it is not one, and where it held lone surrogates. JSON
    Python cannot read (nested past its recursion limit, a number past its 4,300 digits) is
    a problem of the row like invalid JSON, never the partition's end."""
    if value is None or value == "":
        return {}, None, []
    if isinstance(value, Mapping):
        metadata, places = readable_front_matter(value, "cardData")
        return metadata, None, places
    if not isinstance(value, str):
        return {}, f"cardData is a {type(value).__name__}, not JSON text", []
    try:
        loaded = json.loads(value)
    except json.JSONDecodeError as err:
        return {}, f"cardData is not JSON ({err.msg} at character {err.pos})", []
    except RecursionError:  # DuckDB would read it: the columnar path sends such rows here
        return {}, "cardData is nested too deeply to be read", []
    except ValueError:  # the only other error json.loads raises: int's digit limit
        loaded = json.loads(value, parse_int=_whole_number)
    if not isinstance(loaded, dict):
        return {}, "cardData is not a JSON object", []
    lone = is_maybe_lone_in_json(value)  # else the walk below would find none
    metadata, places = readable_front_matter(loaded, "cardData") if lone else (loaded, [])
    return metadata, None, places


def _whole_number(digits: str) -> int | str:
    """A JSON integer as an int, or as its digits when int would refuse so many."""
    limit = sys.get_int_max_str_digits()
    return digits if limit and len(digits.lstrip("-")) > limit else int(digits)
