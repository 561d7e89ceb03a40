"""Module-level patterns compiled on first use, so that ``import newsparse`` stays fast.

``lazy_compile(pattern, flags)`` returns an object that behaves as the compiled
``regex`` pattern: the first attribute read compiles it and keeps its methods on the
object, so later calls cost what a plain compiled pattern's do.
"""

from __future__ import annotations

from typing import Any, cast

import regex

__all__ = ["lazy_compile"]

_KEPT = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split", "pattern", "flags")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = regex.compile(*self._source)
        self.__dict__.update({kept: getattr(compiled, kept) for kept in _KEPT})
        self.__dict__["_compiled"] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]})"


def lazy_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))
