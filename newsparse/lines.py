"""Lines: the input cut into non-blank lines, each with a first, cheap label.

This is the first step of the recipe. Every later step works on these `Line` records, so
that no character of the input is lost: a line's span covers its text without the white
space around it, and every non-blank line ends up in exactly one block.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse._text import holds_any
from newsparse.agencies import lookup
from newsparse.credit_lines import find_credit
from newsparse.credit_links import person_like
from newsparse.credit_text import LABEL
from newsparse.credits import initials_and_surname
from newsparse.furniture import is_furniture

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

_CAPTION_WORDS = r"image \s caption | photo \s caption | picture \s caption | caption"
"""The labels that name a caption (`CAPTION_LABEL` knows more: "Image", "Pictured")."""

CAPTION_LABEL = lazy_compile(
    rf"""
    ^(?: (?: {_CAPTION_WORDS}
           | image | photo | picture | pictured | file \s photo )
         \s* [:,]? \s+                      # "Image caption," / "Image:" / "Caption "
       | (?: above | top ) \s* [:,] \s+      # "Top: …", "Above, …": with its mark only
    )                                       # ("Top News" is a site's menu, no label)
    (?= \S )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A caption label printed on a line of its own, its text on the next line (BBC pages as some
# scrapers give them: "Image caption," / "Rachel Moreau holds up the red box").
DANGLING_CAPTION_LABEL = lazy_compile(
    rf"""
    ^(?: {_CAPTION_WORDS} )
    \s* [:,] $                              # then only its comma or colon
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

BYLINE = lazy_compile(
    r"""
    (?: ^(?: (?: by | from | written \s by ) \s+  # "By Jane Doe", "BY JANE DOE"
          | (?-i: By (?= \p{Lu}\p{Ll} ) )      # glued by a copy: "ByRosa Delgado" (ABC News, Reach)
        )
        (?-i:\p{Lu}) [\p{L}.'’\-]* (?: \s+ [\p{L}.'’\-@|,&/•:\d]+ ){0,14} $
    | ^\(? (?: additional \s )? (?: reporting | editing | writing | research ) \s by \s .* $
    )                                       # "Additional reporting by X; Editing by Y"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A writer's name and social handle ("Jane Roe @JaneRoeCNBC", "Brian Heater@bheater / 2:06
# PM PST•January 25, 2024"): a byline.
HANDLE_BYLINE = lazy_compile(
    r"""
    \p{Lu}[\p{L}.'’\-]+(?:[ ]\p{Lu}[\p{L}.'’\-]+){1,3}   # the name: two to four words
    [ ]?@\w{2,30}\b                                     # the handle
    """,
    regex.VERBOSE,
)

# A writer's name or the wire, perhaps both, then when the story was updated, between
# slashes or bars (The Times of India: "Vijay V Singh / TNN / Updated: Nov 3, 2025, 08:14
# IST", "TNN / Updated: Oct 14, 2025, 06:02 IST").
STAMPED_BYLINE = lazy_compile(
    r"""
    \p{Lu}[\p{L}.'’\-]+ (?:[ ]\p{Lu}[\p{L}.'’\-]*){0,3}          # a name: one to four words
    (?: [ ][/|•][ ] \p{Lu}[\p{L}&.'’\-]* (?:[ ][\p{L}&.'’\-]+){0,3} )?  # perhaps the wire: TNN
    [ ][/|•][ ] (?i: (?:last[ ])? updated | published | posted ) :? [ ]  # the stamp's label
    [^\n\d]{0,40} \d                                               # and its date
    """,
    regex.VERBOSE,
)
# A writer's name, a dash and the date (Ars Technica: "Kiran Malhotra - Dec 7, 2026 4:15 pm
# UTC"): a name of two to four words, then a month's name, a day and a year.
DATED_BYLINE = lazy_compile(
    r"""
    \p{Lu}[\p{L}.'’\-]+ (?:[ ]\p{Lu}[\p{L}.'’\-]*){1,3}          # a name: two to four words
    [ ][-–—][ ]                                                   # a dash
    (?i: jan | feb | mar | apr | may | jun | jul | aug | sep | oct | nov | dec )[a-z]*\.?
    [ ]\d{1,2},?[ ]\d{4}                                          # "Dec 7, 2026"
    """,
    regex.VERBOSE,
)
STAMP_LABELS = ("pdated", "PDATED", "ublished", "UBLISHED", "osted", "OSTED")
"""What a `STAMPED_BYLINE` holds, in any case but the first letter's: a cheap test first."""

CAPTION_LABEL_STARTS = frozenset({"ima", "pho", "pic", "cap", "abo", "top", "fil"})
"""How a `CAPTION_LABEL` match starts, in lower case ("Image", "photo", "Top", "File photo")."""
BYLINE_STARTS = frozenset({"by", "fr", "wr", "ad", "re", "ed", "(a", "(e", "(r", "(w"})
"""How a `BYLINE` match starts, in lower case ("By", "from", "(Additional reporting")."""

MAX_FURNITURE_WORDS = 20
MAX_COUNTED_WORDS = 200  # past this a line is simply long: counting on costs time for nothing

URL = lazy_compile(r"https?://|www\.|pic\.twitter\.com")


def _may_start(text: str, starts: frozenset[str]) -> bool:
    """A cheap test before a case-blind regex whose matches start with one of ``starts`` (two
    ASCII characters, in lower case): a line whose first two characters are ASCII matches
    only when they are one of them; any other line may ("\u212a", the Kelvin sign, is a "k"
    to a case-folding regex)."""
    head = text[:2]
    return not head.isascii() or head.lower() in starts


def _is_caption_label(text: str) -> bool:
    """`CAPTION_LABEL`, after a cheap test: a line whose first three characters are ASCII
    matches only when they start a label word (another character may be a letter's case:
    "\u212a", the Kelvin sign, is a "k" to a case-folding regex)."""
    head = text[:3]
    if head.isascii() and head.lower() not in CAPTION_LABEL_STARTS:
        return False
    return CAPTION_LABEL.match(text) is not None


def _is_byline(text: str) -> bool:
    """`BYLINE`, a name and a handle (`HANDLE_BYLINE`), a name and a time stamp
    (`STAMPED_BYLINE`), or a name and a role ("Jane Roe, Staff Writer", `_byline_roles`)."""
    if _may_start(text, BYLINE_STARTS) and BYLINE.match(text):
        return True
    if "](" in text and _may_start(text, BYLINE_STARTS) and BYLINE.match(_link_texts(text)):
        return True  # "By [Jane Roe](https://example.com/author/jane-roe/)" (Markdown)
    if "@" in text and HANDLE_BYLINE.match(text):
        return True
    if (
        (" / " in text or " | " in text or " • " in text)  # (cheap tests first)
        and holds_any(text, STAMP_LABELS)
        and STAMPED_BYLINE.match(text)
    ):
        return True
    if text.count(", ") == 2 and _outlet_byline(text):
        return True
    if (" - " in text or " – " in text or " — " in text) and DATED_BYLINE.match(text):
        return True
    roles, role_end, role_words = _byline_roles()
    if text.isascii():
        if not text.rstrip(ASCII_NON_WORD).lower().endswith(role_words):
            return False  # what `role_end` finds, without a regex
    elif role_end.search(text) is None:
        return False
    return roles.match(text) is not None


# A Markdown link, its text kept: "[Jane Roe](https://example.com/author/jane-roe/)"
MARKDOWN_LINK = lazy_compile(
    r"""
    \[ (?P<text> [^\[\]\n]{1,200} ) \]       # [link text]
    \( [^()\s]{0,2000} \)                    # (url)
    """,
    regex.VERBOSE,
)


def _link_texts(text: str) -> str:
    """``text`` with each Markdown link replaced by its text: "By [Jane Roe](https://…)"
    reads "By Jane Roe", a byline whose name links to the writer's page."""
    return MARKDOWN_LINK.sub(r"\g<text>", text)


MAX_OUTLET_BYLINE = 80  # "Tomi Adesanya, BBC News, Lagos"


def _outlet_byline(text: str) -> bool:
    """A correspondent's name, the outlet and where: "Tomi Adesanya, BBC News, Lagos" (the
    BBC's analysis boxes, under their heading); the outlet a known publication or wire."""
    if len(text) > MAX_OUTLET_BYLINE or not text[-1].isalpha():
        return False
    name, outlet, place = text.split(", ")
    agency = lookup(outlet)
    return (
        agency is not None
        and agency.kind in ("publication", "wire")
        and place[:1].isupper()
        and person_like(name)
    )


ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))
"""The ASCII characters that ``\\W`` matches: on an ASCII line, `_byline_roles`' role end is
a role, in any case, then only these."""


@functools.cache
def _byline_roles() -> tuple[regex.Pattern[str], regex.Pattern[str], tuple[str, ...]]:
    """A line that is a name and a role, and the role it ends in, searched from the end: a
    cheap test first (the first pattern ends in the second); and the roles in lower case,
    for that test on an ASCII line (the roles are words of ASCII letters and spaces)."""
    data = load("bylines.json")
    roles = sorted(data["roles"], key=len, reverse=True)
    name = r"\p{Lu}[\p{L}.'’\-]+(?:[ ]\p{Lu}[\p{L}.'’\-]*){0,3}"  # Jane Roe, J. R. Roe
    role_end = rf"(?i:{'|'.join(roles)})\W*\Z"
    return (
        regex.compile(rf"^(?:{name},[ ]*)?(?:[\p{{L}}&.'’\-]+[ ]+){{0,5}}{role_end}"),
        regex.compile(role_end, regex.REVERSE),
        tuple(role.lower() for role in roles),
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
    invisible = "\ufeff" in text or "\u200b" in text  # (rare: tested once, not per line)
    tabs = "\t" in text or "\x1f" in text  # (as rare: `_words` need not look for them)
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if invisible and stripped and (stripped[0] in INVISIBLE or stripped[-1] in INVISIBLE):
            stripped = _strip_invisible(stripped)  # "\ufeffTitle": a byte order mark
            start = pos + raw.find(stripped)
        elif stripped:  # (a blank line has no start to find)
            start = pos + (len(raw) - len(raw.lstrip()) if raw[0].isspace() else 0)
        if stripped:
            end = start + len(stripped)
            lines.append(Line(start, end, stripped, blank, "text", None, _words(stripped, tabs)))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return lines


INVISIBLE = frozenset("\ufeff\u200b")
"""A byte order mark (a file read without ``utf-8-sig`` starts with one) and the zero-width
space of web pages: white space that `str.isspace` does not know. At the edges of a line
they count as white space (they are in no block, as blank lines are not)."""


def _strip_invisible(line: str) -> str:
    """``line`` without the white space and `INVISIBLE` characters around it (read from each
    end once: stripping one kind, then the other, again and again, rereads the line)."""
    start, end = 0, len(line)
    while start < end and (line[start] in INVISIBLE or line[start].isspace()):
        start += 1
    while end > start and (line[end - 1] in INVISIBLE or line[end - 1].isspace()):
        end -= 1
    return line[start:end]


MAX_WRAP_WIDTH = 100
"""The widest line of a hard-wrapped text (e-mail, terminal and PDF copies wrap at 60-80)."""
MIN_WRAPS = 4
"""How many wrapped lines a text needs before its lines are joined."""


def unwrap(text: str, lines: list[Line]) -> list[Line]:
    """Join the lines of a hard-wrapped text (an e-mail, a terminal or PDF copy) into the
    paragraphs they print.

    A text is hard-wrapped when no line of words is wider than `MAX_WRAP_WIDTH` and its
    wrapped lines (those the next line's first word would not have fitted after) mostly
    end inside a sentence, the next line often going on in lower case: a text of short
    sentences or of list entries, one a line, is not. Each wrapped line
    is joined to the line under it; a line that leaves room (a title, a paragraph's last
    line) ends its paragraph. A joined line's text reads the line breaks inside it as
    spaces (its offsets still point into ``text``).
    """
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[Line] = []
    first = 0  # the first line of the paragraph being read: each is joined once, whole
    for k in range(1, len(lines) + 1):
        if k < len(lines) and not lines[k].gap:
            above, below = lines[k - 1].text, lines[k].text
            if _wraps(above, below, width) or _runs_on(above, below):
                continue  # (whether a line runs on reads the line as printed, not the joined one)
        if k - 1 > first:
            out.append(_joined(text, lines[first], lines[k - 1], breaks_as_spaces=True))
        else:
            out.append(lines[first])
        first = k
    return out


def _wraps(text: str, following: str, width: int) -> bool:
    """Whether a line of a hard-wrapped text runs on to the line under it: that line's first
    word would not have fitted after it (a title or a paragraph's last line leaves room).
    A line of words only: a long link stands alone, wider than the rest."""
    cut = following.find(" ")
    first = len(following) if cut < 0 else cut
    return len(text) + 1 + first > width and " " in text


SENTENCE_ENDS = '.!?"”’:;'
"""The marks a line ends in when its sentence ends there (or its quotation, or its clause)."""


def _runs_on(text: str, following: str) -> bool:
    """Whether a line of a hard-wrapped text runs on to the line under it although the next
    word would have fitted (a wrap made by hand, or at a word the wrapper would not cut): it
    ends inside a sentence and the next line goes on in lower case ("Tenants brace for up to
    20% rise as revised index" / "takes effect")."""
    return following[0].islower() and text[-1] not in SENTENCE_ENDS


def _wrap_width(lines: list[Line]) -> int | None:
    """The width a text is hard-wrapped at, or None when it is not (see `unwrap`): the width
    of its second widest line, so that one line typed past the wrap ("Associated Press
    writer Jane Roe in Dallas contributed to this report.", a paragraph of its own) sets
    no width of its own."""
    if len(lines) < 2 * MIN_WRAPS:
        return None
    widest = width = 0
    for line in lines:
        size = len(line.text)
        if size > MAX_WRAP_WIDTH:
            if " " in line.text:
                return None  # (most texts: one long paragraph line settles it)
            continue  # a link or another word too long to wrap
        if size > widest:
            widest, width = size, widest
        elif size > width:
            width = size
    wrapped = [
        (lines[k].text, lines[k + 1].text)
        for k in range(len(lines) - 1)
        if not lines[k + 1].gap and _wraps(lines[k].text, lines[k + 1].text, width)
    ]
    count = len(wrapped)
    inside = sum(1 for line, _ in wrapped if line[-1] not in SENTENCE_ENDS)  # mid-sentence
    lower = sum(1 for _, following in wrapped if following[0].islower())  # "… on Main / Street"
    if count >= MIN_WRAPS and inside >= 0.6 * count and lower >= 0.3 * count:
        return width
    return None


def join_dangling_labels(text: str, lines: list[Line]) -> list[Line]:
    """Join a label printed on a line of its own to the line under it: "Image source," /
    "Getty Images" is one credit line, "Image caption," / "Rachel Moreau holds ..." one
    caption line, "By" / "Kayla Brennan" one byline. The joined line's text is the input
    from the label to the end of the next line, line break included, so offsets into it
    still point into ``text``.
    """
    count = len(lines)
    joins = [
        i
        for i in range(count - 1)
        if lines[i].words <= 3
        and (_dangling_label(lines[i]) or _dangling_by(lines[i], lines[i + 1]))
        and not lines[i + 1].gap
    ]
    if not joins:
        return lines  # (most texts: no line to join)
    out: list[Line] = []
    i = 0
    for j in joins:
        if j < i or _dangling_label(lines[j + 1]):
            continue  # (two labels in a row: the second is joined to what follows it)
        out += lines[i:j]
        out.append(_joined(text, lines[j], lines[j + 1], breaks_as_spaces=False))
        i = j + 2
    out += lines[i:]
    return out


def _joined(text: str, first: Line, last: Line, *, breaks_as_spaces: bool) -> Line:
    """One line from the start of ``first`` to the end of ``last``, unlabelled; its text is
    the input, line breaks included or read as spaces (the same length: offsets hold)."""
    joined = text[first.start : last.end]
    if breaks_as_spaces:
        joined = joined.replace("\r", " ").replace("\n", " ")
    return Line(first.start, last.end, joined, first.gap, "text", None, _words(joined))


MAX_DANGLING_BYLINE_WORDS = 8
"""The longest line of names that a "By" on a line of its own is joined to."""


def _dangling_by(line: Line, below: Line) -> bool:
    """A "By" on a line of its own over the writer's name, as a browser copy of the page
    gives the byline (People: "By" / "Kayla Brennan"): the two lines are one byline."""
    return (
        line.words == 1
        and line.text.casefold() == "by"
        and below.words <= MAX_DANGLING_BYLINE_WORDS
        and below.text[:1].isupper()
    )


def _dangling_label(line: Line) -> bool:
    """A line that is only a credit wrapper or a caption label, ending in a comma or a colon
    ("Image source,", "Photo:", "Image caption,")."""
    text = line.text
    if text[-1] not in ":,":
        return False
    return LABEL().fullmatch(text) is not None or DANGLING_CAPTION_LABEL.match(text) is not None


def _words(line: str, tabs: bool = True) -> int:
    """How many words ``line`` (without white space around it) has, counted up to
    ``MAX_COUNTED_WORDS + 1`` as `str.split` would.

    A line whose only white space is single spaces has its spaces plus one: counted without
    building the list of words. Inside an ASCII line the other white space characters can
    only be a tab or "\\x1f" (the rest break lines), looked for only when ``tabs`` says that
    the text may hold them (`split_lines` looks once in the whole text); no white space
    character but the space is printable.
    """
    spaces = line.count(" ")
    if (
        spaces > 3
        and "  " not in line
        and (
            (not tabs or ("\t" not in line and "\x1f" not in line))
            if line.isascii()
            else line.isprintable()
        )
    ):
        return spaces + 1 if spaces < MAX_COUNTED_WORDS else MAX_COUNTED_WORDS + 1
    return len(line.split(maxsplit=MAX_COUNTED_WORDS))


MARKDOWN_FIRST = ("!", "#", "*", "_", "[")
"""What a line of Markdown (`_markdown_kind`) starts with: a cheap test for all its kinds."""


def _markdown_kind(text: str) -> str | None:
    """md_image, md_heading, bold or link for a line of Markdown (furniture for a heading
    that is page furniture), else None."""
    if text.startswith("![") and MARKDOWN_IMAGE.match(text):
        return "md_image"
    if text.startswith("#") and MARKDOWN_HEADING.match(text):
        # a heading of page furniture ("### RELATED STORIES", "### ABOUT THE AUTHOR"), perhaps
        # in bold too ("#### **16.42 GMT**": a live blog's time stamp)
        bare = text.lstrip("#").strip()
        return "furniture" if is_furniture(bare.strip("*_ ") or bare) else "md_heading"
    if text.startswith(("[", "*[", "**[", "_[", "__[")) and MARKDOWN_LINK_ONLY.match(text):
        return "link"  # (a bold link is a teaser: "**[READ: Rice prices steady](https://…)**")
    if text.startswith(("**", "__")) and BOLD_LINE.match(text):
        # a bold line of page furniture ("**Sign up to Down to Earth**")
        return "furniture" if is_furniture(text.strip("*_ ")) else "bold"
    return None


def _bar_credit(text: str) -> tuple[int, int] | None:
    """Where the credit stands in a line of names between bars that is a credit as a whole,
    not a breadcrumb: "Jane Roe | Bloomberg | Getty Images", "LM Otero | Bloomberg | Getty
    Images" (CNBC), unlike "Home | News | World"; also a chain of agencies from a known one
    to a photo or wire agency, "Bloomberg | Bloomberg | Getty Images", "AFP | AFP | Getty
    Images" (CNBC's staff pictures); else None."""
    if "|" not in text:
        return None
    first, _, rest = text.partition("|")
    first = first.strip()
    if not (person_like(first) or initials_and_surname(first) or _agency_chain(first, rest)):
        return None  # (a breadcrumb of sections: "News | Politics | Bloomberg")
    found = find_credit(text)
    return found if found is not None and not text[: found[0]].strip() else None


def _agency_chain(first: str, rest: str) -> bool:
    """Whether a line split at its first bar runs from a known agency to a photo, stock or
    wire agency: "Bloomberg | ... | Getty Images"; "News | Politics | Bloomberg" does not."""
    last = lookup(rest.rpartition("|")[2].strip())
    return last is not None and last.kind in _CHAIN_ENDS and lookup(first.strip()) is not None


_CHAIN_ENDS = frozenset({"photo", "stock", "wire"})
"""The kinds of agency that end a CNBC credit of agencies between bars (`_agency_chain`)."""


def label(line: Line) -> None:
    """First, cheap label of a line on its own, without looking at its neighbours."""
    text = line.text
    if text.startswith(MARKDOWN_FIRST):
        kind = _markdown_kind(text)
        if kind is not None:
            line.kind = kind
            return
    if (line.words <= MAX_FURNITURE_WORDS or "cookies" in text) and is_furniture(text):
        found = _bar_credit(text)
        line.kind = "furniture" if found is None else "credit"
        line.credit = found
        return
    if line.words <= 16 and _is_byline(text):
        line.kind = "byline"
        return
    if line.words <= 120:
        found = find_credit(text)
        if found is not None:
            line.credit = found
            line.kind = "credit" if not text[: found[0]].strip() else "captioned"
            return
    if _is_caption_label(text):
        # a label left with no caption to open ("Image caption," over a blank line) is furniture
        line.kind = "furniture" if DANGLING_CAPTION_LABEL.match(text) else "caption_label"
        return
    if line.words <= MAX_LOWER_AGENCY_WORDS and text.islower() and _lower_agency(text):
        line.kind, line.credit = "credit", (0, len(text))  # "getty" alone (Forbes)


MAX_LOWER_AGENCY_WORDS = 2
"""The longest picture agency's name that `_lower_agency` reads in lower case: "getty images"."""
_PICTURE_AGENCY_KINDS = frozenset({"wire", "photo", "stock"})


def _lower_agency(text: str) -> bool:
    """Whether a line in lower case is only the name of a picture agency that the registry
    knows: the credit of a picture with no caption, as Forbes prints it ("getty",
    "shutterstock"), no sentence of the story (which `find_credit` reads as prose)."""
    agency = lookup(text.strip())
    return agency is not None and agency.kind in _PICTURE_AGENCY_KINDS
