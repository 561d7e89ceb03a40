"""Lines: the input cut into non-blank lines, each with a first, cheap label.

This is the first step of the recipe. Every later step works on these `Line` records, so
that no character of the input is lost: a line's span covers its text without the white
space around it, and every non-blank line ends up in exactly one block.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse.credit_lines import find_credit

__all__ = ["Line", "label", "split_lines"]

MARKDOWN_IMAGE = lazy_compile(
    r"""
    ^!\[ (?P<alt> [^\]\n]{0,2000} ) \]      # ![alt text]
    \( (?P<url> [^()\s]{0,4000}            # (url ...
        (?: \( [^()\s]{0,200} \) [^()\s]{0,2000} )? )  # ... with one (parenthesised) part
    (?: \s+ "[^"\n]{0,500}" )? \)           # optional "title" inside the parens
    (?P<rest> .* )$                         # a caption glued on after the image
    """,
    regex.VERBOSE,
)

MARKDOWN_HEADING = lazy_compile(
    r"""
    ^\#{1,6} [ \t]+                        # ATX heading marks
    (?P<text> \S .* )$                      # the heading (closing marks are cut in Python)
    """,
    regex.VERBOSE,
)

BOLD_LINE = lazy_compile(
    r"""
    ^(?P<mark> \*\*|__ )                    # opening bold mark
    (?P<text> [^*_\n]{1,200} )              # the bold text, no nested marks
    (?P=mark) $                             # same closing mark ends the line
    """,
    regex.VERBOSE,
)

MARKDOWN_LINK_ONLY = lazy_compile(
    r"""
    ^[*_]{0,2} \[ [^\]\n]{0,500} \]         # [link text], maybe bold
    \( [^)\s]{0,2000} \) [*_]{0,2} $        # (url) and nothing else
    """,
    regex.VERBOSE,
)

CAPTION_LABEL = lazy_compile(
    r"""
    ^(?: image \s caption | photo \s caption | picture \s caption | caption
       | image | photo | picture | pictured | above | top | file \s photo )
    \s* [:,]? \s+                           # "Image caption," / "Image:" / "Caption "
    (?= \S )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

BYLINE = lazy_compile(
    r"""
    (?: ^(?: by | from | written \s by ) \s+  # "By Jane Doe", "BY JANE DOE"
        (?-i:\p{Lu}) [\p{L}.'’\-]* (?: \s+ [\p{L}.'’\-@|,&/•:\d]+ ){0,14} $
    | ^\(? (?: additional \s )? (?: reporting | editing | writing | research ) \s by \s .* $
    )                                       # "Additional reporting by X; Editing by Y"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

MAX_FURNITURE_WORDS = 20
MAX_COUNTED_WORDS = 200  # past this a line is simply long: counting on costs time for nothing

URL = lazy_compile(r"https?://|www\.|pic\.twitter\.com")


@cache
def _furniture() -> regex.Pattern[str]:
    data = load("furniture.json")
    return regex.compile("(?:" + "|".join(data["patterns"]) + r")\Z", regex.IGNORECASE)


@cache
def _byline_roles() -> regex.Pattern[str]:
    data = load("bylines.json")
    roles = sorted(data["roles"], key=len, reverse=True)
    name = r"\p{Lu}[\p{L}.'’\-]+(?:[ ]\p{Lu}[\p{L}.'’\-]*){0,3}"  # Jane Roe, J. R. Roe
    return regex.compile(
        rf"^(?:{name},[ ]*)?(?:[\p{{L}}&.'’\-]+[ ]+){{0,5}}(?i:{'|'.join(roles)})\W*\Z"
    )


@dataclass(slots=True)
class Line:
    """One non-blank line of the input and what the first pass thinks it is."""

    start: int
    """Offset of the first non-space character."""
    end: int
    """Offset after the last non-space character."""
    text: str
    """The line without the white space around it."""
    gap: bool
    """True when a blank line (or the start of the text) comes before it."""
    kind: str = "text"
    """First-pass label: text, furniture, byline, md_image, md_heading, bold, link,
    caption_label, credit, captioned."""
    credit: tuple[int, int] | None = None
    """Where a credit stands in ``text`` (with its wrapper), for credit and captioned lines."""
    words: int = 0
    """How many words the line has (counted up to 201)."""


def split_lines(text: str) -> list[Line]:
    """Cut ``text`` into its non-blank lines, remembering where blank lines were.

    Line breaks are those of `str.splitlines` (``\\n``, ``\\r\\n``, ``\\r``, ``\\u2028`` ...).
    """
    lines: list[Line] = []
    pos = 0
    blank = True  # the start of the text counts as a blank line before the first line
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if not stripped:
            blank = True
            pos += len(raw)
            continue
        lead = len(raw) - len(raw.lstrip())
        start = pos + lead
        lines.append(
            Line(
                start=start,
                end=start + len(stripped),
                text=stripped,
                gap=blank,
                words=len(stripped.split(maxsplit=MAX_COUNTED_WORDS)),
            )
        )
        blank = False
        pos += len(raw)
    return lines


def label(line: Line) -> None:
    """First, cheap label of a line on its own, without looking at its neighbours."""
    text = line.text
    if text.startswith("![") and MARKDOWN_IMAGE.match(text):
        line.kind = "md_image"
        return
    if text.startswith("#") and MARKDOWN_HEADING.match(text):
        line.kind = "md_heading"
        return
    if text.startswith(("**", "__")) and BOLD_LINE.match(text):
        line.kind = "bold"
        return
    if text.startswith(("[", "*[", "**[", "_[")) and MARKDOWN_LINK_ONLY.match(text):
        line.kind = "link"
        return
    if line.words <= MAX_FURNITURE_WORDS and _furniture().match(text):
        line.kind = "furniture"
        return
    if line.words <= 16 and (BYLINE.match(text) or _byline_roles().match(text)):
        line.kind = "byline"
        return
    if line.words <= 120:
        found = find_credit(text)
        if found is not None:
            line.credit = found
            line.kind = "credit" if not text[: found[0]].strip() else "captioned"
            return
    if CAPTION_LABEL.match(text):
        line.kind = "caption_label"
