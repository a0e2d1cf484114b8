"""Module-level regular expressions compiled on first use rather than at import.

The readers hold about 1,650 module-level patterns (cues and clauses in some thirty languages,
card shapes, training-data lines); compiling them all cost ~0.4 CPU-seconds at every start
(Arabic's cues alone 0.17 s), while a run over English cards searches about 400 of them. A
pattern made by `lazy_pattern` keeps its source and flags and is compiled the first time it is
searched, through `compiled_patterns.compile_pattern` (a program stored by an earlier run is
read back rather than compiled). Python has no lazy pattern type and `re.Pattern` cannot be
subclassed, so this is a small proxy: it answers `pattern` and `flags` without compiling and
hands every other attribute to the compiled pattern; it copies, pickles and compares as the
pattern it stands for. It is typed as `re.Pattern[str]` for its callers; the one thing it
cannot do is be passed *as a pattern* to `re`'s module functions (`re.sub(PATTERN, ...)`) or
`re.compile`: callers use its methods (`PATTERN.sub(...)`), which `tests/fileio/
test_lazy_pattern.py` holds for every module-level pattern of the package.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, cast

from auditor.fileio.compiled_patterns import compile_pattern


class LazyPattern:
    """A pattern compiled on first use (see the module's docstring).

    Speed: the first call of a method compiles the pattern and puts the compiled pattern's
    own bound methods in the instance's dictionary, so every later `P.search(...)` finds the
    C method there directly: no Python frame between the caller and `re` (a proxy answering
    through `__getattr__` cost 2.5x a plain search, an AttributeError raised each call)."""

    __slots__ = ("__dict__", "_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = int(flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The pattern itself (compiled now if it was not; two threads racing both get an
        equal pattern, and either one is kept)."""
        compiled = self._compiled
        if compiled is None:
            compiled = _compiled(self._source, self._flags)
            for name in _METHODS:
                self.__dict__[name] = getattr(compiled, name)
            self._compiled = compiled
        return compiled

    # Each method's first call (later calls find the compiled pattern's own method first).
    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    @property
    def pattern(self) -> str:
        return self._source

    @property
    def flags(self) -> int:
        return self.compiled().flags

    def __getattr__(self, name: str) -> Any:  # groups, groupindex, scanner, ...
        if name.startswith("__") or name in self.__slots__:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __copy__(self) -> LazyPattern:
        return self  # patterns are immutable, as re.Pattern copies itself

    def __deepcopy__(self, memo: dict[int, object]) -> LazyPattern:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self._source, self._flags))


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


@lru_cache(maxsize=4096)  # helpers that build a pattern per call get the one built before
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return compile_pattern(source, flags)


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, compiled the first time it is used."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))
