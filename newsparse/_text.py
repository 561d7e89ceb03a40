"""The copy of the input that the rules read: no-break spaces read as plain spaces.

Web pages print no-break spaces between words ("Mr.\u00a0Roe", "Jan.\u00a06", "said.\u00a0The")
and extractors keep them. Every rule reads a copy in which they are spaces; the copy has
the same length, so every offset into it is an offset into the input, and every value that
is a stretch of the input (a block, a paragraph, a quote, a credit's ``raw``) is cut from
the input itself.
"""

from __future__ import annotations

__all__ = ["NO_BREAK_SPACES", "readable"]

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
