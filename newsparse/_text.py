"""The copy of the input that the rules read: no-break spaces read as plain spaces; and
`holds_any`, the plain test for several substrings that the rules share.

Web pages print no-break spaces between words ("Mr.\u00a0Roe", "Jan.\u00a06", "said.\u00a0The")
and extractors keep them. Every rule reads a copy in which they are spaces; the copy has
the same length, so every offset into it is an offset into the input, and every value that
is a stretch of the input (a block, a paragraph, a quote, a credit's ``raw``) is cut from
the input itself.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["NO_BREAK_SPACES", "holds_any", "readable"]

NO_BREAK_SPACES = ("\u00a0", "\u202f", "\u2007")
"""No-break spaces (plain, narrow, figure) that web pages print between words ("Mr.\u00a0Roe",
"Jan.\u00a06"): the rules read each as a plain space."""


def readable(text: str) -> str:
    """``text`` with every `NO_BREAK_SPACES` character read as a space.

    One character for one, so every offset into the copy is an offset into ``text``: the
    rules read the copy, and every value that is a stretch of the input (a block, a
    paragraph, a quote, a credit's ``raw``) is cut from ``text`` itself.
    """
    for space in NO_BREAK_SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


def holds_any(text: str, parts: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``parts``, tried in order.

    A loop of ``in``: ``any(map(text.__contains__, parts))`` calls a method wrapper for
    each part, which builds a tuple of arguments for each (several times dearer than the
    ``in`` itself on a short line).
    """
    for part in parts:  # noqa: SIM110 (a generator expression costs more than the loop)
        if part in text:
            return True
    return False
