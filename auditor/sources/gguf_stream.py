"""Reads a GGUF header's bytes forward through a small buffer, within explicit byte budgets.

Part of the GGUF header reader (`gguf_header`): lengths past the end of the file or past the
budget are refused before anything is read or allocated, and every failure is a SourceError
that says which key was being read.
"""

from __future__ import annotations

import os
import struct
from typing import BinaryIO

from auditor.errors import SourceError

_CHUNK = 64 << 10


class HeaderStream:
    """A forward reader over the header with a small buffer, seeks, and byte budgets."""

    def __init__(self, data: BinaryIO, *, name: str, max_bytes: int) -> None:
        self._data = data
        self.name = name
        self._max_bytes = max_bytes
        self._buf = b""
        self._at = 0  # next unread index in _buf
        self.offset = 0  # bytes consumed since the start of the header
        # Where we are, turned into words only when something goes wrong.
        self.stage = "the header"
        self.key_number: tuple[int, int] | None = None  # (1-based index, declared count)
        self.key: str | None = None  # set once the key is read, while reading its value
        self._start, self._size = self._measure()

    def _measure(self) -> tuple[int, int | None]:
        """Start position and bytes available from it, or size None for a pipe."""
        try:
            if not self._data.seekable():
                return 0, None
            start = self._data.tell()
            end = self._data.seek(0, os.SEEK_END)
            self._data.seek(start)
        except (OSError, ValueError) as err:
            raise SourceError(f"cannot read {self.name}: {err}") from err
        return start, max(end - start, 0)

    @property
    def where(self) -> str:
        """The key being read, as problems name it: "key #3 'general.name'"."""
        index = self.key_number[0] if self.key_number else 0
        return f"key #{index} {short_repr(self.key)}"

    @property
    def context(self) -> str:
        """What was being read, for error messages."""
        if self.key_number is None:
            return self.stage
        if self.key is None:
            return "key #{} of {}".format(*self.key_number)
        return f"the value of {self.where}"

    def _read(self, n: int) -> bytes:
        try:
            return self._data.read(n) or b""
        except (OSError, ValueError) as err:
            raise SourceError(f"cannot read {self.name}: {err}") from err

    def truncated(self) -> SourceError:
        return SourceError(
            f"truncated GGUF header in {self.name}: ended while reading {self.context}",
            hint="the file is incomplete or corrupt; download it again",
        )

    def require(self, n: int, what: str) -> None:
        """Refuse at once if the next n bytes cannot exist (past the end or the budget)."""
        end = self.offset + n
        if self._size is not None and end > self._size:
            remaining = self._size - self.offset
            raise SourceError(
                f"truncated or corrupt GGUF header in {self.name}: {self.context} declares "
                f"{what} but only {remaining:,} bytes remain",
                hint="the file is incomplete or corrupt; download it again",
            )
        if end > self._max_bytes:
            raise self._too_large()

    def _reserve(self, n: int) -> None:
        end = self.offset + n
        if self._size is not None and end > self._size:
            raise self.truncated()
        if end > self._max_bytes:
            raise self._too_large()

    def _too_large(self) -> SourceError:
        return SourceError(
            f"GGUF header in {self.name} is larger than the limit of {self._max_bytes:,} "
            f"bytes (reached while reading {self.context})",
            hint="the file is corrupt, or raise max_bytes for a trusted file",
        )

    def peek(self, n: int) -> bytes:
        """Up to n bytes without consuming them (short only at the end of the stream)."""
        while len(self._buf) - self._at < n:
            chunk = self._read(_CHUNK)
            if not chunk:
                break
            self._buf = self._buf[self._at :] + chunk
            self._at = 0
        return self._buf[self._at : self._at + n]

    def take(self, n: int) -> bytes:
        """Exactly n bytes, or a truncation error."""
        self._reserve(n)
        buf, at = self._buf, self._at
        if at + n <= len(buf):
            self._at = at + n
            self.offset += n
            return buf[at : at + n]
        parts = [buf[at:]]
        need = n - (len(buf) - at)
        self._buf, self._at = b"", 0
        while need:
            chunk = self._read(max(need, _CHUNK))
            if not chunk:
                raise self.truncated()
            if len(chunk) >= need:
                parts.append(chunk[:need])
                self._buf, self._at = chunk, need
                need = 0
            else:
                parts.append(chunk)
                need -= len(chunk)
        self.offset += n
        return b"".join(parts)

    def unpack(self, fmt: struct.Struct) -> int:
        """One integer; the fast path reads straight from the buffer."""
        size = fmt.size
        if self._at + size <= len(self._buf) and self.offset + size <= self._max_bytes:
            (value,) = fmt.unpack_from(self._buf, self._at)
            self._at += size
            self.offset += size
        else:
            (value,) = fmt.unpack(self.take(size))
        return int(value)

    def skip_strings(self, count: int, limit: int, length_format: struct.Struct) -> int | None:
        """Skip `count` length-prefixed strings; return a length over `limit` instead of it.

        The hot path of every real file (vocabularies and merges hold 10^5 to 10^6 strings),
        so strings lying wholly inside the buffer are walked without method calls.
        """
        unpack_from = length_format.unpack_from
        while count:
            buf, at = self._buf, self._at
            end, start = len(buf), at
            while count and at + 8 <= end:
                (length,) = unpack_from(buf, at)
                if length > limit or at + 8 + length > end:
                    break
                at += 8 + length
                count -= 1
            self._at = at
            self.offset += at - start
            if self.offset > self._max_bytes:
                raise self._too_large()
            if count:  # a string crossing the buffer's end, or an over-long one
                length = self.unpack(length_format)
                if length > limit:
                    return int(length)
                self.skip(length)
                count -= 1
        return None

    def skip(self, n: int) -> None:
        """Move n bytes forward: within the buffer, by seeking, or by reading (pipes)."""
        self._reserve(n)
        buffered = len(self._buf) - self._at
        if n <= buffered:
            self._at += n
            self.offset += n
            return
        rest = n - buffered
        self._buf, self._at = b"", 0
        if self._size is not None:  # _reserve checked that the target lies inside the file
            try:
                self._data.seek(self._start + self.offset + n)
            except (OSError, ValueError) as err:
                raise SourceError(f"cannot read {self.name}: {err}") from err
        else:
            while rest:
                chunk = self._read(min(rest, _CHUNK))
                if not chunk:
                    raise self.truncated()
                rest -= len(chunk)
        self.offset += n


def short_repr(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
