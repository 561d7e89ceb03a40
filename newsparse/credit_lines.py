"""Credits in caption lines: `find_credit` says where a credit, with its wrapper, stands.

A caption line ends in its credit (``... May 23, 2022. RAMIL SITDIKOV/SPUTNIK/AFP via
Getty Images``, ``... (AP Photo/Evan Vucci)``, ``... [Mohammed Salem/Reuters]``,
``... Photograph: Ezra Acayan/Getty Images``) or is only a credit. Reading the credit
itself is :func:`newsparse.credits.parse_credit`, whose chain reading it shares.

The search is a cascade from cheap to dear. Most lines of an article end in prose ("...
the deal was done.") and are turned down by a few string tests on their last words
(`plain_end`), before any regex. Otherwise trailing junk and the last word of prose are
found, then only the stretch after them is read as a credit -- first a bracket closing
the line, then a wrapper ("Photo:"), then a bare chain -- each judged by its shape
(:mod:`newsparse.credit_shapes`).

>>> line = "Lights on the river on May 23, 2022. RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images"
>>> find_credit(line)
(37, 80)
>>> find_credit("He told Reuters on Monday that the deal was done.") is None
True
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsparse._text import holds_any
from newsparse.agencies import lookup
from newsparse.credit_gate import (
    HEADING,
    MAX_COMMA_CREDIT,
    PROSE,
    ROLES_ALONE,
    call_sign,
    has_chain_mark,
    may_hold_credit,
    plain_end,
)
from newsparse.credit_links import links, person_like, role_of
from newsparse.credit_shapes import (
    credit_shape,
    defines_acronym,
    named_paren,
    organisation_name,
    shouted_bracket,
)
from newsparse.credit_text import (
    LABEL,
    MAX_CREDIT,
    WINDOW,
    label_stems,
    label_words,
    lazy,
    opening,
    trailing_junk,
    vocab,
)
from newsparse.models import Agency

__all__ = ["emphasis", "find_credit", "name_after_caption", "named_for_agency", "sure_credit_line"]

_LEAD_KINDS = frozenset({"wire", "photo", "stock"})
_MAX_ALONE = 60
"""The longest credit of one name and no chain (`_bare_alone`): "Getty Images", "Supplied"."""
# Where a wrapper may start inside a caption line (see `find_credit`).
LABEL_BOUNDARY = lazy(
    r"""
    (?<=\A\s*)                 # at the start of the line,
    |(?<=[.!?;:)\]"”’|•]\s*)    # after a sentence, a bracket or a separator,
    |(?<=\s)(?=[\p{Lu}©(])      # or capitalised after a space: "... outage Photograph: X"
    |(?<=[\p{Ll}\d])(?=(?:Image|Photo|Picture|Photograph)s?:\s)  # or glued on: "… August
    """                         # 14, 2026Image: Jane Roe/dpa" (DW, as scraped)
)

_GAP_MARKS = (".", "!", "?", "…", ")", "|", "•")
"""The first characters of a gap (`SENTENCE_END_GAP`, `GLUED_GAP`, `BAR_GAP`)."""


# A word in lower case: in a caption line, the credit starts after the last one that is
# not a joining word ("via", "and", "of") -- a cheap test before the full reading.
LOWER_WORD = lazy(
    r"""
    (?<![\p{L}\p{M}\d'’-])  # at the start of a word (not "th" in "20th")
    (?<!\p{L}\.)             # nor a domain's ending ("com" in "AL.com")
    \p{Ll}[\p{Ll}\p{M}]*     # lower-case letters only
    (?![\p{L}\p{M}])         # to the end of the word
    """,
    regex.VERBOSE,  # searched forwards in one token, its matches read from the last: a
)  # REVERSE search tries each end again and again (several times slower on "NewsAsia")

# Where a credit printed without a wrapper may start after the line's start: a new sentence.
# Three kinds of gap, each searched on its own (one alternation of them searched slower);
# they never overlap, so together they find what the alternation finds. The credit starts
# at a gap's end.
SENTENCE_END_GAP = lazy(
    r"""
    (?:[.!?…]["”’')]?  # the end of a sentence (perhaps a quoted title's: "'Salt Road.'"),
       (?:\*\*)?         # perhaps of a bold caption: "**A garage in Austin.** Jane Roe"
    |\))               # or a closing bracket,
    \s+                # then space
    (?:[|•—–]\s+)?     # perhaps a bar: "... on Wednesday. | Jane Roe/AP" (Politico), or a
                       # dash: "... on May 13, 2025. — APP" (Dawn)
    (?=[\p{Lu}\d])     # before a capital or a digit
    """
)
GLUED_GAP = lazy(
    r"""
    (?<=[\p{Ll}\d])\.  # a full stop glued on in a copy-paste: "... in 2024.Jane Roe/Getty"
    (?=\p{Lu}\p{Ll}     # (consumed: a literal first is found fast)
    |\p{Lu}{2,}[\p{Lu}\ '’-]{0,40}/)  # or a name in capitals and a slash: "….THE CANADIAN PRESS/"
    """
)
SHOUTED_NAME_GAP = lazy(
    r"""
    (?<=\p{Ll})\s+     # a name in capitals and a slash after a caption with no
    (?=\p{Lu}{2,}(?:[\ '’-]\p{Lu}{2,}){0,3}/)  # full stop: "... on Wednesday JANE ROE/PA"
    """
)
"""Needs a slash: searched only in a line that has one (it is the dearest to search)."""
BAR_GAP = lazy(
    r"""
    (?<=\S)\s+[|•]\s+  # a bar after a caption with no full stop: "... on Tuesday | Jane Roe/EPA"
    (?=[\p{Lu}\d][^|•/]{0,80}/)  # before a capital or a digit, and a chain's slash
    """
)
"""Needs a bar and a slash: searched only in a line that has both (a bar alone ends many a
title: "... quota rules | Euronews")."""

# What the character after each gap is (each gap's lookahead reads it): no gap ends in a
# stretch without one, so a credit found there has no bare start before it.
BARE_START_CHAR = lazy(
    r"""
    [\p{Lu}\d]    # a capital or a digit
    """
)


def _has_alnum(line: str, start: int, end: int) -> bool:
    return any(map(str.isalnum, line[start:end]))


_NEAR_WORDS = 8
"""How many last words of its window `_last_prose` splits off first: most lines' last word
of prose stands among them, so a long window is split whole only when it does not."""


def _last_prose(line: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the last lower-case word in ``line[start:end]`` that no credit
    prints, or (-1, -1).

    Read token by token from the end (`_prose_in`): the last `_NEAR_WORDS` tokens first,
    then, when none holds prose, the tokens before them.
    """
    lower_ok = vocab().lower_ok
    tokens = line[start:end].rsplit(" ", _NEAR_WORDS)
    if len(tokens) <= _NEAR_WORDS:
        return _prose_in(line, tokens, end, lower_ok, 0)
    found = _prose_in(line, tokens, end, lower_ok, 1)  # (``tokens[0]`` is the rest)
    if found[0] >= 0:
        return found
    rest = tokens[0]
    return _prose_in(line, rest.split(" "), start + len(rest), lower_ok, 0)


def _prose_in(
    line: str, tokens: list[str], pos: int, lower_ok: frozenset[str], first: int
) -> tuple[int, int]:
    """`_last_prose` of the stretch of ``line`` that ``tokens`` (split at spaces) print,
    ending at ``pos``, read from the last token down to ``tokens[first]``. The window's
    first token (index 0) may be a word cut by the window: only `LOWER_WORD` reads it.

    A token in capitals or title case ("Getty", "AFP") holds no lower-case word, so only
    the others are searched; the cheap test for a plain word comes first (most lines).
    """
    for index in range(len(tokens) - 1, first - 1, -1):
        token = tokens[index]
        begin = pos - len(token)
        if index > 0 and token.islower() and token.isalpha() and token.isascii():
            if token not in lower_ok:
                return begin, pos  # a plain word in lower case: "... the deal was done"
        elif (
            token
            and not token.istitle()  # (the tests that skip most tokens first)
            and token.upper() != token
            and token not in lower_ok
            and not (token.startswith("10.") and "/" in token)  # a DOI ("10.1038/s41467-…")
            and "@" not in token  # an account: "Instagram/@jessie.raye", "@jessieraye"
        ):
            for m in reversed(list(LOWER_WORD().finditer(line, begin, pos))):  # the last first
                if m[0] not in lower_ok:
                    return m.span()
        pos = begin - 1  # before the space
    return -1, -1


def find_credit(line: str) -> tuple[int, int] | None:
    """Where a credit (with its wrapper) stands in a caption line, or None.

    ``line[:start].rstrip()`` is the caption and ``line[end:]`` only trailing junk; a
    start at the first non-space character means the whole line is a credit. A line that
    a sure label opens is a credit whatever its words (`_sure_line`), read when the
    cascade finds none. A line that ends in prose (`plain_end`: most lines of an article)
    is settled here, without a call of the cascade.
    """
    first = line[:1]
    if first in _EMPHASIS_MARKS:
        found = _emphasised_credit(line)
        if found is not None:
            return found
    stop = len(line.rstrip())
    shape = plain_end(line, stop)
    # most lines of an article end in prose ("... the deal was done."): no cascade
    found = None if shape == PROSE else _find_credit(line, stop, shape)
    if found is None and first in _SURE_FIRSTS:
        return _sure_line(line)
    return found


def _find_credit(line: str, stop: int, shape: int) -> tuple[int, int] | None:
    """`find_credit`'s cascade, from cheap to dear, for a line whose text ends at ``stop``
    and does not end in prose (``shape``: `plain_end`'s `HEADING` or `OTHER`)."""
    if shape == HEADING:
        return _heading_credit(line, stop)
    end = trailing_junk(line, 0, stop)
    if end == 0 or not may_hold_credit(line, end):
        return None
    low = end - WINDOW if end > WINDOW else 0  # (conditionals here: cheaper than max)
    best: int | None = None
    # 1. a bracketed credit closing the line: "(AP Photo/Evan Vucci)", "[Mohammed Salem/Reuters]"
    if line[end - 1] in ")]":
        opener = opening(line, low, end)
        if opener is not None:
            inner = line[opener + 1 : end - 1]
            before = line[max(0, opener - 120) : opener]
            shaped = (
                credit_shape(inner, mode="paren")
                or (line[end - 1] == ")" and named_paren(inner, before))
                or (line[end - 1] == "]" and shouted_bracket(inner, before))  # "[PARK SANG-MOON]"
            )
            if (shaped and not defines_acronym(before, inner)) or _sure_label(inner):
                best = opener
    first = len(line) - len(line.lstrip()) if line[:1].isspace() else 0
    if best == first:
        return best, end  # the whole line is a bracketed credit: nothing can start before it
    word, prose = _last_prose(line, low, end)  # (after: a line that is a bracket needs none)
    near = prose - 60 if prose - 60 > low else low
    courtesy = line.rfind("ourtesy", near, prose) if prose > 0 else -1
    if courtesy < 0 and (prose == end or (prose > 0 and not _has_alnum(line, prose, end))):
        return None if best is None else (best, end)  # the line ends in prose: "... was done."
    # 2. a wrapper, then the credit: "Photograph: Ezra Acayan/Getty Images". A wrapper that
    # ends after the last word of prose starts after it, unless that word is its own ("hide")
    in_label = word >= 0 and line[word:prose] in label_words()
    wrapper_from = prose - 40 if in_label else prose
    for candidate in _label_starts(line, wrapper_from if wrapper_from > low else low, end):
        if best is not None and candidate >= best:
            break
        if LABEL_BOUNDARY().match(line, candidate, end) is None:
            continue
        label = LABEL().match(line, candidate, end)
        if label is None or label.end() < prose:
            continue
        at = candidate
        while at > low and line[at - 1].isspace():
            at -= 1
        at = at - 1 if at > 0 and line[at - 1] in "|•" else candidate  # "| Photo by"
        at = _outlet_initials(line, low, at)  # "… in 2024. ST PHOTO: GAVIN FOO"
        owner = _agency_owns_label(line, low, candidate, end)
        if owner is not None:  # "… second Action Images via Reuters/Jane Roe"
            best = owner
            break
        if credit_shape(line[at:end], mode="label") or _sure_label(line[candidate:end]):
            best = at  # (a sure label credits whatever it names: "….Credit: Adapted from
            break  # J. Roe et al. Nature (2026)", Nature's figures)
    # 3. a bare credit after the caption's last sentence: "... 2022. Jane Doe/AFP via Getty Images"
    if best is None and " | " in line:  # (a cheap test first) "… on March 9. | Jane Roe"
        bar = line.rfind(" | ", low, end)
        if (
            bar > 0
            and line[bar - 1] in ".!?"
            and line.count(" ", 0, bar) >= MIN_CAPTION_SPACES  # a caption's sentence first
            and _person_alone(line[bar + 3 : end])
        ):
            return bar + 3, end  # (The Japan Times: the photographer after a bar)
    if best is None and " • " in line:  # (a cheap test first) "… folded • Getty Images"
        found = _bullet_agency(line, low, end)
        if found is not None:
            return found
    bare_from = prose if prose > low else low
    if courtesy > low:  # "Photo courtesy of the club": the giver may be in lower case
        bare_from = max(low, courtesy - 8)
    if (
        best is not None
        and not bare_from <= first < best
        and BARE_START_CHAR().search(line, bare_from, best) is None
    ):
        return best, end  # no gap ends before the credit found: "... outage. Photograph: X"
    starts = (
        _bare_starts(line, bare_from, end, first) if _may_start(line, bare_from, end, first) else ()
    )
    final = line[end:].strip()  # the trailing junk, the same for every start
    for at in starts:
        if best is not None and at >= best:
            break
        stretch = line[at:end]
        if _bare_alone(stretch, whole=at == first, final=final):
            best = at
            break
        bare = (has_chain_mark(stretch) or _ends_in_role(stretch)) and credit_shape(
            stretch, mode="bare"
        )
        if bare or _person_comma_agency(stretch) or (at != first and _staff_credit(stretch)):
            best = at
            break
    if best is None and "/" in line:  # (a cheap test first) "… July 5, 2025 Reuters/Jane Roe"
        wire = _wire_slash_start(line, bare_from, end)
        if wire is not None:
            return wire, end
    if best is None and (". i" in line or line[first : first + 1] == "i"):  # (a cheap test
        return _lower_agency_tail(line, bare_from, end, first)  # first) "… iStock/Getty …"
    return None if best is None else (best, end)


_MAX_AGENCY_HEAD_WORDS = 2
"""The most words of an agency's name printed before a wrapper's word ("Action" of "Action
Images via"), which `_agency_owns_label` reads back."""


def _agency_owns_label(line: str, low: int, at: int, end: int) -> int | None:
    """Where a credit starts whose wrapper ("Images via") is the end of a known agency's
    name ("Action Images"), read back over at most `_MAX_AGENCY_HEAD_WORDS` capitalised
    words: "… after finishing second Action Images via Reuters/Jane Roe" (Reuters' sports
    captions print no full stop before the credit) starts at "Action"; else None."""
    head = line[at:end].split(None, 1)[0]
    start = at
    for _ in range(_MAX_AGENCY_HEAD_WORDS):
        space = start - 1
        if space <= low or line[space] != " ":
            return None
        begin = line.rfind(" ", low, space) + 1
        word = line[begin:space]
        if not word[:1].isupper() or not word.isalpha():
            return None
        start = begin
        agency = lookup(line[start:at] + head)
        if agency is not None and agency.kind in _LEAD_KINDS:
            return start if credit_shape(line[start:end], mode="bare") else None
    return None


def _wire_slash_start(line: str, start: int, end: int) -> int | None:
    """Where a credit starts that opens with a wire agency's name (in title case or
    capitals), a slash and a photographer, printed with no full stop after the caption:
    "Kenya's Jane Roe during the 10,000m in Eugene, Oregon, July 5, 2025 Reuters/Jane Doe"
    (Reuters' sports captions); only the first slash after the caption's last word of prose
    is read, and the word before the agency ends in lower case or a digit; else None."""
    slash = line.find("/", start, end)
    if slash < 0:
        return None
    space = line.rfind(" ", start, slash)
    if space < 1 or not (line[space - 1].islower() or line[space - 1].isdigit()):
        return None
    head = line[space + 1 : slash]
    agency = lookup(head) if head[:1].isupper() else None
    if agency is None or agency.kind != "wire":
        return None
    person = line[slash + 1 : end].split("/", 1)[0]
    if not person_like(person) or not credit_shape(line[space + 1 : end], mode="bare"):
        return None
    return space + 1


def _lower_agency_tail(line: str, start: int, end: int, first: int) -> tuple[int, int] | None:
    """A credit after the caption's last full stop (or alone on its line, from ``first``)
    that opens with an agency whose name starts in lower case, which no sentence gap finds
    (`BARE_START_CHAR`): "A stock image shows a child with a rash. iStock/Getty Images
    Plus" (Newsweek, Fox). The agency's name must be the registry's own, in its case
    ("iStock", "eyevine"), and the rest a credit's chain."""
    at = line.rfind(". ", start - 2 if start > 2 else 0, end)
    at = first if at < 0 else at + 2
    head = line[at:end].split("/", 1)[0].split(" ", 1)[0]
    agency = lookup(head) if head[:1].islower() else None
    if agency is None or agency.name != head:
        return None
    stretch = line[at:end]
    if stretch == head or credit_shape(stretch, mode="bare"):
        return at, end
    return None


_EMPHASIS_MARKS = "*_"
"""The characters of Markdown emphasis ("*…*", "**…**", "_…_")."""


def emphasis(text: str) -> str:
    """The Markdown emphasis mark that wraps a whole line ("*" of "*A nurse checks on a
    patient. Photo: Jane Roe/AP*", "**" of a bold line), or ""."""
    mark = text[:2] if text[:2] in ("**", "__") else text[:1]
    if not mark or mark[0] not in _EMPHASIS_MARKS:
        return ""
    body = text.rstrip()
    width = len(mark)
    if len(body) <= 2 * width or not body.endswith(mark) or body[width].isspace():
        return ""
    return mark if body[-width - 1 : -width] != mark[0] else ""  # ("*a*b**": no pair)


def _emphasised_credit(line: str) -> tuple[int, int] | None:
    """`find_credit` of a line wrapped in Markdown emphasis, read without its marks (Axios,
    as trafilatura prints it: "*A nurse checks on a patient. Photo: Jane Roe/AP*"); a
    credit that fills the line takes the marks with it ("*Illustration: Jane Roe/Axios*",
    which `parse_credit` unwraps)."""
    mark = emphasis(line)
    if not mark:
        return _credit_after_emphasis(line)
    width, stop = len(mark), len(line.rstrip())
    found = find_credit(line[width : stop - width])
    if found is None:
        return None
    start, end = found
    if not line[width : width + start].strip():
        return 0, stop  # the whole line
    return start + width, end + width


def _credit_after_emphasis(line: str) -> tuple[int, int] | None:
    """A credit that fills the rest of a line after a caption in Markdown emphasis (TIME, as
    trafilatura prints a caption in italics and its credit outside them: "*Students arrive
    at a school in Edina, Minn., in 2024.* Jane Roe/Star Tribune/Getty Images"); the
    caption must end its sentence inside the marks."""
    mark = line[:2] if line[:2] in ("**", "__") else line[:1]
    close = line.find(mark + " ", len(mark))
    if close < 0 or line[close - 1 : close] not in (".", "!", "?"):
        return None
    rest = close + len(mark) + 1
    found = find_credit(line[rest:])
    if found is None or line[rest : rest + found[0]].strip():
        return None  # (only a credit that is the whole rest of the line)
    return rest + found[0], rest + found[1]


def _outlet_initials(line: str, low: int, at: int) -> int:
    """Where a wrapper at ``at`` starts with the initials of the paper before it, right
    after the caption's full stop: "… in 2024. ST PHOTO: GAVIN FOO" (The Straits Times),
    "BT PHOTO: …" (The Business Times); else ``at``."""
    k = at - 1
    if k < low + 4 or line[k] != " ":
        return at
    first = k
    while first > low and line[first - 1].isalpha():
        first -= 1
    initials = line[first:k]
    if 2 <= len(initials) <= 4 and initials.isupper() and line[first - 2 : first] == ". ":
        return first
    return at


def _ends_in_role(stretch: str) -> bool:
    """Whether a stretch ends in a credit role of one or two words: "The Canadian Press file
    photo", "AP file" (an agency's own picture from its archive, no chain mark)."""
    words = stretch.rstrip(". ").rsplit(" ", 2)
    return len(words) > 1 and (
        role_of(words[-1]) is not None or role_of(" ".join(words[-2:])) is not None
    )


_SURE_FIRSTS = "IPC"
"""The first letters of the sure labels (`_sure_label`) that open a line: "Illustration by",
"Photo-illustration by", "Credit:"."""

_SURE_LINE_WORDS = 16
"""The most words of a line that a sure label opens and `_sure_line` reads as a credit."""


def _sure_line(line: str) -> tuple[int, int] | None:
    """The whole of a short line of one sentence that a sure label opens, which the
    cascade finds no credit in (a word in lower case reads as prose, a name that no shape
    knows): "Photo-illustration by Jane Roe for The Harbor Ledger with Getty Images" (The
    Real Deal prints it alone under a composite picture); a name, capitalised, after the
    label ("Illustration by the pupils hangs in the hall" is a sentence); else None."""
    if not _sure_label(line):  # (reads the first characters only: the cheap test first)
        return None
    stop = len(line.rstrip())
    if line.count(" ", 0, stop) >= _SURE_LINE_WORDS or ". " in line[:stop]:
        return None
    label = LABEL().match(line, 0, stop)
    named = label is not None and line[label.end() : label.end() + 1].isupper()
    return (0, stop) if named else None


def sure_credit_line(text: str) -> bool:
    """Whether a whole line opens with a sure label (`_sure_label`), in brackets or not:
    "(Image credit: ESA)", the credit line that Space.com prints under each caption;
    "Photo credit: File | Nation Media Group" (Nation, Kenya), "Credit: NASA/JPL-Caltech"
    (Ars Technica)."""
    text = text.strip()
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]
    return _sure_label(text)


def _sure_label(inner: str) -> bool:
    """Whether a bracket opens with a label that makes it a credit whatever its words
    (`Vocab.sure_labels`): "(Image credit: ESA/ATG medialab)", "(Image credit: Thales
    Alenia Space/Imag[IN])" (Space.com), "(Image courtesy of Statens vegvesen)", "(Credit:
    NASA)", "(Photo-illustration by The Real Deal with Getty Images)", with a credit of at
    most `MAX_CREDIT` characters."""
    if len(inner) > MAX_CREDIT + 20 or inner[:1] not in "IiPpCc":
        return False
    folded = inner[:24].casefold()
    labels = vocab().sure_labels
    if not folded.startswith(labels):
        return False  # (one call for them all: most lines open with none)
    label = next(sure for sure in labels if folded.startswith(sure))
    return any(map(str.isalnum, inner[len(label) :]))


def _person_comma_agency(stretch: str) -> bool:
    """A photographer, a comma, then a known agency: "Jane Roe, USA TODAY Sports",
    "Jane Roe, AP" (USA Today's captions); or a photographer or a known agency, a comma,
    then a Creative Commons licence: "Jane Roe, CC BY-ND", "Wikimedia Commons, CC BY-SA"
    (The Conversation credits its authors' own pictures so)."""
    if "," not in stretch or len(stretch) > MAX_COMMA_CREDIT:
        return False
    chain = links(stretch.rstrip(". "))
    if len(chain) != 2 or chain[1].sep != "comma" or chain[0].role is not None:
        return False
    if chain[1].role == _LICENCE:
        return chain[0].agency is not None or person_like(chain[0].text)
    return chain[1].agency is not None and chain[0].agency is None and person_like(chain[0].text)


_LICENCE = "Licence"
"""The role of a Creative Commons licence (``data/credit_roles.json``): "CC BY-ND"."""


def _staff_credit(stretch: str) -> bool:
    """A photographer, a space, then a wire, photo or stock agency or the photographer's
    e-mail address, after a caption's last sentence (McClatchy papers: "... on Aug. 14,
    2019. Wilfredo Lee AP", "... March 10, 2026. PEDRO PORTAL pportal@miamiherald.com";
    see `staff_then_wire`)."""
    if len(stretch) > MAX_COMMA_CREDIT or not (
        stretch[stretch.rfind(" ") + 1 :][:1].isupper() or "@" in stretch
    ):
        return False  # (cheap tests first: an agency's capitalised last word, or an address)
    text = stretch.rstrip(". ")
    chain = links(text)
    if not chain or chain[0].agency is not None or not person_like(chain[0].text):
        return False
    if len(chain) == 1:
        return "@" in text and chain[0].text != text  # the address was cut off the name
    return len(chain) == 2 and chain[1].sep == "space" and chain[1].agency is not None


MAX_NAME_AFTER = 40
"""The longest name that `_name_after_caption` reads after a caption's full stop."""
_MAX_NAMED_CAPTION_WORDS = 30


def name_after_caption(line: str, at: int) -> bool:
    """Whether ``line[at:]``, the end of a caption line, is a name that credits the caption
    before it although no registry knows it: "A micro-hub in a former shoe shop in
    Rotterdam. Buurtmarkt" (Forbes prints the giver after the caption's full stop, with no
    wrapper). Only a line that is a block of its own may be read so (`newsparse.captions`):
    a line of a hard-wrapped paragraph may end "... attack. Both".

    The caption is one sentence in sentence case, of four to thirty words, ending in a full
    stop and one space after a word of three letters or more (no abbreviation); the name is
    one to three capitalised words, or an organisation's name (`_organisation_after`:
    "… in the film's final scene. Nebraska Film Preservation Lab", Slate), no tag
    ("Advertisement"), with nothing after it (prose ends in punctuation)."""
    end = len(line)
    if at < 2 or end - at > MAX_NAME_AFTER or line[at - 2 : at] != ". ":
        return False
    last = line[line.rfind(" ", 0, at - 2) + 1 : at - 2]
    if len(last) < 3 or not (last[-1].islower() or last[-1].isdigit()) or "." in last:
        return False  # "U.S. Recovers", "St. Marys Bay": an abbreviation, no sentence end
    words = line[at:end].split()
    named = 1 <= len(words) <= 3 and all(map(_name_word, words))
    if not named and not _organisation_after(words):
        return False
    if " ".join(words).casefold() in vocab().bracket_tags or words[0] in _NOT_NAMES:
        return False
    head = line[:at]
    caption = head.split()
    if not 4 <= len(caption) <= _MAX_NAMED_CAPTION_WORDS or holds_any(head, _QUOTES):
        return False
    lower = sum(1 for w in caption[1:] if w.islower())
    if lower * 2 <= len(caption) - 1:
        return False  # a title ("Job Woes Linger in 29 States"), not a sentence
    return SENTENCE_END_GAP().search(line, 0, at - 2) is None  # one sentence


def _name_word(word: str) -> bool:
    """A capitalised word of a name: "Buurtmarkt", "Harbor", "O'Neill", "Roe-Smith"."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalnum()


def _organisation_after(words: list[str]) -> bool:
    """Whether ``words`` are an organisation's name, capitalised but for its joining words
    ("Library of Congress", "Nebraska Film Preservation Lab": `organisation_name`)."""
    return (
        len(words) >= 2
        and _name_word(words[0])
        and _name_word(words[-1])
        and all(_name_word(w) or w in _NAME_JOINS for w in words)
        and organisation_name(" ".join(words))
    )


_NAME_JOINS = frozenset({"of", "the", "for", "and", "&", "de"})
"""The words an organisation's name may leave in lower case ("Library of Congress")."""
_NOT_NAMES = frozenset({"Advertisement", "Subscribe", "Share", "Continue", "Related", "Read"})
"""Capitalised words that end a line of page furniture, not a credit."""
_QUOTES = ('"', "“", "”")
"""Quotation marks, which a caption with a bare name after it does not print."""


def _heading_credit(line: str, stop: int) -> tuple[int, int] | None:
    """The cascade on a `HEADING` line: only the whole line may be a credit ("Getty Images")."""
    end = trailing_junk(line, 0, stop)
    if end == 0 or not (line[0].isdigit() or line[0].isupper()):
        return None
    stretch = line[:end]
    if _bare_alone(stretch, whole=True, final=line[end:].strip()):
        return 0, end
    if has_chain_mark(stretch) and credit_shape(stretch, mode="bare"):
        return 0, end
    if named_for_agency(stretch):
        return 0, end
    if stretch[-2:].isupper() and _person_comma_agency(stretch):
        return 0, end  # "Jane Roe, CC BY-ND": a licence after the name
    return None


def named_for_agency(text: str) -> bool:
    """A line that is a photographer's name, a comma and a known agency or publication:
    "Rick Bowmer, AP", "Jack Gruber, USA TODAY" (Gannett papers print their credits so,
    under the caption's line)."""
    comma = text.rfind(", ")
    if comma < 0 or "," in text[:comma]:
        return False
    return _credits_alone(lookup(text[comma + 2 :])) and person_like(text[:comma])


def _may_start(line: str, start: int, end: int, first: int) -> bool:
    """A cheap test before `_bare_starts`: the line start, or a sentence gap's first character."""
    if start <= first:
        return True
    stretch = line[start - 10 if start > 10 else 0 : end - 2]  # a gap: a space, a capital after
    return holds_any(stretch, _GAP_MARKS) or "/" in stretch  # "… JANE ROE/PA"


def _bare_starts(line: str, start: int, end: int, first: int) -> Iterator[int]:
    """Where a bare credit may start in ``line[start:end]``: the line start or a new sentence."""
    if start <= first < end and (line[first].isdigit() or line[first].isupper()):
        yield first
    back = start
    while back > 0 and start - back < 8 and (line[back - 1].isspace() or back == start):
        back -= 1  # the gap may begin before ``start``: ". |Photo courtesy"
    low = back - 2 if back > 2 else 0
    ends = [m.end() for m in SENTENCE_END_GAP().finditer(line, low, end)]
    # the glued gap's full stop is consumed: it may stand just before ``low``
    ends += [m.end() for m in GLUED_GAP().finditer(line, low - 1 if low > 0 else 0, end)]
    if "/" in line:
        ends += [m.end() for m in SHOUTED_NAME_GAP().finditer(line, low, end)]
    if "/" in line and ("|" in line or "•" in line):
        ends += [m.end() for m in BAR_GAP().finditer(line, low, end)]
    for gap_end in sorted(set(ends)):  # (`SENTENCE_END_GAP` finds some bar gaps too)
        if gap_end >= start and gap_end != first:
            yield gap_end


def _label_starts(line: str, start: int, end: int) -> list[int]:
    """Where a wrapper's first word stands in ``line[start:end]``, in order (str.find is fast)."""
    window = line[start:end].lower()
    if len(window) != end - start:  # lower() changed the length: search the whole stretch
        return list(range(start, end))
    present = [stem for stem in label_stems() if stem in window]  # (`in`: no method wrapper)
    if not present:
        return []  # most lines hold no wrapper word
    found = set()
    for stem in present:
        at = window.find(stem)
        while at >= 0:
            found.add(start + at)
            at = window.find(stem, at + 1)
    return sorted(found)


MAX_OUTLET_WORDS = 4
"""The longest outlet's name with a place: "CBS News Bay Area"."""


def outlet_name(text: str) -> bool:
    """Whether a line is only an outlet's name: a publication that the registry knows ("CBS
    News"), or a broadcaster's initials that it knows, then one or two capitalised words of
    a place ("CBS Colorado", "NBC Chicago", "BBC Scotland"): its station's name, which
    credits the station's own pictures."""
    agency = lookup(text)
    if agency is not None:
        return agency.kind == "publication"
    words = text.split()
    if not 2 <= len(words) <= MAX_OUTLET_WORDS:
        return False
    for size in (1, 2):
        head, rest = words[:size], words[size:]
        if not 1 <= len(rest) <= 2 or not (head[0].isupper() and 2 <= len(head[0]) <= 5):
            continue
        if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in rest):
            continue
        agency = lookup(" ".join(head))
        if agency is not None and agency.kind == "publication":
            return True
    return False


MAX_PERSON_ALONE_WORDS = 4
MIN_CAPTION_SPACES = 4  # a caption before a bar and a name: five words or more


def _person_alone(text: str) -> bool:
    """Whether a stretch is one person's name and nothing else: two to four capitalised
    words that read as a name (`person_like`), no agency's."""
    words = text.split()
    return (
        2 <= len(words) <= MAX_PERSON_ALONE_WORDS
        and all(w[:1].isupper() for w in words)
        and lookup(text) is None
        and person_like(text)
    )


def _bare_alone(text: str, *, whole: bool, final: str) -> bool:
    """A credit of one name, no chain: a line that is only "Getty Images" or "CBS News", or a
    caption ending in one with no full stop after it ("... on Monday. Supplied")."""
    if len(text) > _MAX_ALONE or not (whole or "." not in final):
        return False
    if role_of(text) in ROLES_ALONE or (not whole and call_sign(text)):
        return True  # "... on Monday. Supplied", "... on April 12. KPRC" (NBC)
    return _credits_alone(lookup(text))


def _bullet_agency(line: str, low: int, end: int) -> tuple[int, int] | None:
    """A known agency alone after a bullet that closes a caption of five words or more,
    with no full stop: "Josh Ashdown took 3 for 33 as the middle order folded • Getty
    Images" (ESPNcricinfo prints each caption and its credit on one line so)."""
    bullet = line.rfind(" • ", low, end)
    if bullet < 0 or line.count(" ", 0, bullet) < MIN_CAPTION_SPACES:
        return None
    return (bullet + 3, end) if _credits_alone(lookup(line[bullet + 3 : end])) else None


def _credits_alone(agency: Agency | None) -> bool:
    """Whether a registry entry credits a picture with no photographer named: a wire, photo
    or stock agency, or a publication ("Getty Images", "CBS News", "USA TODAY")."""
    return agency is not None and (agency.kind in _LEAD_KINDS or agency.kind == "publication")
