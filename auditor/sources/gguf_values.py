"""Decodes a GGUF header's typed key/value pairs: small values kept, big arrays summarised.

Part of the GGUF header reader (`gguf_header`); reads through a HeaderStream.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from enum import IntEnum
from typing import Final

from auditor.errors import SourceError
from auditor.sources.gguf_stream import HeaderStream, short_repr

MAX_PROBLEMS: Final = 50
"""Problems listed per file; the rest are counted in one last line."""

_MAX_NESTING = 1  # arrays of arrays are allowed; arrays of arrays of arrays are refused


class ValueType(IntEnum):
    """GGUF metadata value types (gguf_metadata_value_type)."""

    UINT8 = 0
    INT8 = 1
    UINT16 = 2
    INT16 = 3
    UINT32 = 4
    INT32 = 5
    FLOAT32 = 6
    BOOL = 7
    STRING = 8
    ARRAY = 9
    UINT64 = 10
    INT64 = 11
    FLOAT64 = 12


_SCALAR_FORMATS: Final[Mapping[ValueType, str]] = {
    ValueType.UINT8: "B",
    ValueType.INT8: "b",
    ValueType.UINT16: "H",
    ValueType.INT16: "h",
    ValueType.UINT32: "I",
    ValueType.INT32: "i",
    ValueType.FLOAT32: "f",
    ValueType.BOOL: "B",  # read as a byte so that values other than 0 and 1 can be reported
    ValueType.UINT64: "Q",
    ValueType.INT64: "q",
    ValueType.FLOAT64: "d",
}
_TYPES: Final = tuple(ValueType)  # indexed by the raw value; faster than ValueType(raw)
assert all(vtype == raw for raw, vtype in enumerate(_TYPES))
# Smallest encoded size of one element: lets an absurd array count be refused before reading.
_MIN_SIZE: Final[Mapping[ValueType, int]] = {
    **{vtype: struct.calcsize("<" + fmt) for vtype, fmt in _SCALAR_FORMATS.items()},
    ValueType.STRING: 8,
    ValueType.ARRAY: 12,
}


MAX_KEY_KEPT: Final = 1024
"""Longest key kept: real keys are dotted names of tens of characters (`general.license`); a
longer one is read past, with a problem, so hostile keys cannot fill memory."""
MAX_KEPT_BYTES: Final = 64 << 20
"""Characters of keys and string values kept in all; past this, values are read but not kept
(a header of 250 one-megabyte values would otherwise hold them all)."""


class ValueParser:
    """Decodes key/value pairs from a HeaderStream, keeping small values, summarising big arrays."""

    def __init__(
        self, src: HeaderStream, order: str, *, max_string: int, max_array_kept: int
    ) -> None:
        self._src = src
        self._order = order
        self._u32 = struct.Struct(order + "I")
        self._u64 = struct.Struct(order + "Q")
        self._max_string = max_string
        self._max_array_kept = max_array_kept
        self._problems: list[str] = []
        self._problem_count = 0
        self._value_repaired = False
        self._kept = 0  # characters of keys and strings kept so far

    def problems(self) -> tuple[str, ...]:
        hidden = self._problem_count - len(self._problems)
        more = (f"{hidden} more problem(s) not listed",) if hidden else ()
        return (*self._problems, *more)

    def _problem(self, text: str) -> None:
        self._problem_count += 1
        if len(self._problems) < MAX_PROBLEMS:
            self._problems.append(text)

    def read_metadata(self, kv_count: int, *, partial: bool = False) -> dict[str, object]:
        """The header's keys and values; with `partial` (the header's first bytes only, as a
        range request fetches them) the keys read before the bytes ran out."""
        metadata: dict[str, object] = {}
        src = self._src
        for index in range(1, kv_count + 1):
            src.key_number, src.key = (index, kv_count), None
            if partial:
                try:
                    self._read_one(metadata)
                except SourceError:
                    self._problem(
                        f"only the header's first {src.offset:,} bytes were read: {index - 1} "
                        f"of {kv_count} keys (the rest were not fetched)"
                    )
                    break
                continue
            self._read_one(metadata)
        return metadata

    def _read_one(self, metadata: dict[str, object]) -> None:
        src = self._src
        key = self._string(is_key=True)
        src.key = key
        self._value_repaired = False
        value = self._value(self._type(src.unpack(self._u32)), depth=0)
        if self._value_repaired:
            self._problem(f"{src.where}: invalid UTF-8 in the value was replaced")
        size = len(key) + (len(value) if isinstance(value, str) else 0)
        if len(key) > MAX_KEY_KEPT:
            self._problem(f"key {index_words(src)}: {len(key):,} characters long, not kept")
        elif key in metadata:
            self._problem(
                f"duplicate {src.where}: kept the first value, ignored {short_repr(value)}"
            )
        elif self._kept + size > MAX_KEPT_BYTES:
            self._problem(
                f"{src.where}: not kept, past the {MAX_KEPT_BYTES >> 20} MiB of keys and "
                "values kept from one header"
            )
        else:
            self._kept += size
            metadata[key] = value

    def _type(self, raw: int) -> ValueType:
        if raw < len(_TYPES):
            return _TYPES[raw]
        raise SourceError(
            f"malformed GGUF header in {self._src.name}: unknown value type {raw} "
            f"in {self._src.context}",
            hint="the file is corrupt or uses a newer GGUF revision",
        )

    def _value(self, vtype: ValueType, *, depth: int) -> object:
        if vtype is ValueType.STRING:
            return self._string(is_key=False)
        if vtype is ValueType.ARRAY:
            return self._array(depth)
        return self._scalars(vtype, 1)[0]

    def _scalars(self, vtype: ValueType, count: int) -> list[object]:
        fmt = _SCALAR_FORMATS[vtype]
        raw = self._src.take(count * _MIN_SIZE[vtype])
        values: list[object] = list(struct.unpack(f"{self._order}{count}{fmt}", raw))
        if vtype is ValueType.BOOL:
            if any(v not in (0, 1) for v in values):
                self._problem(f"{self._src.where}: a bool other than 0 or 1 was read as true")
            values = [bool(v) for v in values]
        return values

    def _string(self, *, is_key: bool) -> str:
        src = self._src
        length = src.unpack(self._u64)
        if length > self._max_string:
            raise SourceError(
                f"malformed GGUF header in {src.name}: {src.context} declares a string of "
                f"{length:,} bytes, more than the limit of {self._max_string:,}",
                hint="the file is corrupt, or raise max_string for a trusted file",
            )
        src.require(length, f"a string of {length:,} bytes")
        raw = src.take(length)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as err:
            if is_key:
                raise SourceError(
                    f"malformed GGUF header in {src.name}: {src.context} is not valid UTF-8 "
                    f"(byte {err.start} of {raw[:40]!r})",
                    hint="the file is corrupt",
                ) from None
        self._value_repaired = True
        return raw.decode("utf-8", errors="replace")

    def _array_head(self, depth: int) -> tuple[ValueType, int]:
        src = self._src
        etype = self._type(src.unpack(self._u32))
        count = src.unpack(self._u64)
        if etype is ValueType.ARRAY and depth >= _MAX_NESTING:
            raise SourceError(
                f"unsupported GGUF header in {src.name}: {src.context} nests arrays more "
                f"than {_MAX_NESTING + 1} deep, which this auditor does not read",
                hint="no known model writes such metadata; the file is likely corrupt",
            )
        needed = count * _MIN_SIZE[etype]
        src.require(needed, f"{count:,} {etype.name} elements (at least {needed:,} bytes)")
        return etype, count

    def _array(self, depth: int) -> object:
        etype, count = self._array_head(depth)
        if count <= self._max_array_kept:
            if etype is ValueType.STRING:
                return [self._string(is_key=False) for _ in range(count)]
            if etype is ValueType.ARRAY:
                return [self._array(depth + 1) for _ in range(count)]
            return self._scalars(etype, count)
        self._skip_items(etype, count, depth)
        return {"type": "array", "element_type": etype.name, "count": count}

    def _skip_items(self, etype: ValueType, count: int, depth: int) -> None:
        src = self._src
        if etype is ValueType.STRING:
            length = src.skip_strings(count, self._max_string, self._u64)
            if length is not None:
                raise SourceError(
                    f"malformed GGUF header in {src.name}: {src.context} holds a string "
                    f"of {length:,} bytes, more than the limit of {self._max_string:,}",
                    hint="the file is corrupt, or raise max_string for a trusted file",
                )
        elif etype is ValueType.ARRAY:
            for _ in range(count):
                inner_type, inner_count = self._array_head(depth + 1)
                self._skip_items(inner_type, inner_count, depth + 1)
        else:
            src.skip(count * _MIN_SIZE[etype])


def index_words(src: HeaderStream) -> str:
    """`3 of 250`: which key the stream is at, for a key too long to show."""
    number = src.key_number
    return f"{number[0]} of {number[1]}" if number else "?"
