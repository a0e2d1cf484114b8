"""The layout's units, sentence spans and paragraphs packed into arrays of integers: a text of
240,000 short lines has as many units and spans, and a Python object for each (with its own
integer objects) held about 130 bytes more per entry than three or four 8-byte slots. An entry
becomes the usual value (`Unit`, `SentenceSpan`, a paragraph's tuple) when it is read."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar, overload

_T = TypeVar("_T")

Paragraph = tuple[int, int, list[tuple[int, int]]]
"""A paragraph: its first and last unit and its sentence ends (`segment.sentence_ends`)."""


class Packed(Sequence[_T], Generic[_T]):
    """A read-only sequence of `width` integers an entry, each entry made by `make` on read."""

    __slots__ = ("_data", "_make", "_width")

    def __init__(self, make: Callable[..., _T], width: int) -> None:
        self._make = make
        self._width = width
        self._data = array("q")

    def append(self, *values: int) -> None:
        self._data.extend(values)

    def __len__(self) -> int:
        return len(self._data) // self._width

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> list[_T]: ...

    def __getitem__(self, index: int | slice) -> _T | list[_T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        at = _checked(index, len(self), "packed") * self._width
        return self._make(*self._data[at : at + self._width])

    def __iter__(self) -> Iterator[_T]:
        data, width, make = self._data, self._width, self._make
        for at in range(0, len(data), width):
            yield make(*data[at : at + width])


class PackedParagraphs(Sequence[Paragraph]):
    """Paragraphs as (first unit, last unit, sentence ends), the ends of all in one array."""

    __slots__ = ("_bounds", "_ends")

    def __init__(self) -> None:
        self._bounds = array("q")  # first, last, where its ends start in `_ends`
        self._ends = array("q")  # (punctuation, after its whitespace) pairs, flat

    def append(self, first: int, last: int, ends: list[tuple[int, int]]) -> None:
        self._bounds.extend((first, last, len(self._ends)))
        for punct, stop in ends:
            self._ends.extend((punct, stop))

    def __len__(self) -> int:
        return len(self._bounds) // 3

    @overload
    def __getitem__(self, index: int) -> Paragraph: ...

    @overload
    def __getitem__(self, index: slice) -> list[Paragraph]: ...

    def __getitem__(self, index: int | slice) -> Paragraph | list[Paragraph]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        count = len(self)
        index = _checked(index, count, "paragraph")
        first, last, start = self._bounds[3 * index : 3 * index + 3]
        stop = self._bounds[3 * index + 5] if index + 1 < count else len(self._ends)
        ends = self._ends
        return first, last, [(ends[at], ends[at + 1]) for at in range(start, stop, 2)]

    def __iter__(self) -> Iterator[Paragraph]:
        return (self[index] for index in range(len(self)))

    def bounds(self) -> Iterator[tuple[int, int]]:
        """Each paragraph's first and last unit, without its sentence ends."""
        data = self._bounds
        return ((data[at], data[at + 1]) for at in range(0, len(data), 3))


def _checked(index: int, count: int, what: str) -> int:
    """`index` into `count` items as a list reads it (negative from the end), else IndexError."""
    if index < 0:
        index += count
    if not 0 <= index < count:
        raise IndexError(f"{what} index out of range")
    return index
