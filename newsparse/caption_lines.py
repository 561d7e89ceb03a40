"""Caption lines: what one line may be to a picture, read on its own or with its neighbour:
a caption (`caption_like`, `uncredited_caption`), a caption title (`title_like`), a copy
of the caption above (`copy_above`, `similar`), a teaser ("… Read More"), a gallery label
("Image 1 of 3"), a line that reports speech and so is no caption. `newsparse.captions`
groups lines into pictures with these tests.
"""

from __future__ import annotations

from functools import cache

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse._text import holds_any
from newsparse.credit_lines import sure_credit_line
from newsparse.credit_text import vocab
from newsparse.lines import ASCII_NON_WORD, CAPTION_LABEL, MARKDOWN_IMAGE, Line
from newsparse.names import vocabulary

__all__ = [
    "HEADER_KINDS",
    "MAX_STOCK_WORDS",
    "TITLE_KINDS",
    "caption_like",
    "caption_text",
    "captions_above",
    "copy_above",
    "depicts",
    "gallery_label",
    "name_line",
    "one_sentence_caption",
    "reports_speech",
    "sentence_case",
    "shares_word",
    "similarity",
    "stock_caption",
    "teaser",
    "title_like",
    "uncredited_caption",
]

EXPANDER = lazy_compile(
    r"""
    (?: \.\.\. | … ) \s* (?: read \s more | more | \[\+\] ) \s* $   # "... Read More" teaser
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
TERMINAL = lazy_compile(r"[.!?:;,…]['\"’”)\]]*$")
WORD = lazy_compile(r"\w+")
GALLERY_LABEL = lazy_compile(r"^image \d+ of /?\s*\d+$", regex.IGNORECASE)
CLOCK_TIME = lazy_compile(
    r"""
    \d{1,2} : \d\d                      # "2:18", perhaps glued to a year ("20262:18")
    \s? (?: [AaPp] \.? [Mm] \b \.?       # then "PM", "p.m."
    | (?: GMT | UTC | [ECMP][SD]?T | BST | AE[SD]T ) (?!\p{L}) )  # or a zone: "14:18 GMT"
    """,
    regex.VERBOSE,
)
"""A clock time, the mark of a time stamp ("March 4, 2026 2:18 PM GMT Updated 3 hours
ago", Reuters), which no caption title prints."""
MAX_CAPTION_WORDS = 90
MAX_TITLE_WORDS = 12
"""The longest caption title (Newsweek's run to seven words); a longer line over the first
caption is the standfirst ("The singer's third LP arrives in May, followed by a 22-date
North American tour", Rolling Stone)."""
MAX_LABELLED_CAPTION_WORDS = 45
"""The longest caption that a sure credit line ("(Image credit: ESA)") takes across a blank
line (`captions_above`)."""


def similarity(a: str, b: str) -> float:
    """How far two texts are copies of each other: the share of the shorter text's content
    words (four letters or more) that the longer holds, zero when one is less than half
    as long as the other."""
    wa = _content_words(a)
    wb = _content_words(b)
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) * 2 < len(long_):
        return 0.0
    pool = set(long_)
    return sum(w in pool for w in short) / len(short)


def told_of(alt: str, text: str) -> float:
    """The share of the content words of ``alt`` (an image's alt text, four letters or
    more) that ``text`` holds: how far a paragraph tells of what the picture shows."""
    wanted = _content_words(alt)
    if not wanted:
        return 0.0
    pool = set(_content_words(text))
    return sum(w in pool for w in wanted) / len(wanted)


def shares_word(title: str, caption: str) -> bool:
    """Whether a title names something its caption tells of: a content word (four letters
    or more) of both ("Drought conditions" over "A stock photo pictures ground cracked with
    drought"), as every caption title does; a subheading over a caption ("Open questions"
    over "Plume concentrations fell ...") shares none."""
    return not set(_content_words(title)).isdisjoint(_content_words(caption))


def _content_words(text: str) -> list[str]:
    """The words (`WORD`) of four letters or more of ``text``, case-folded. An ASCII text is
    cut without a regex: in ASCII, ``\\w`` is the letters, the digits and "_", and case
    folding is ``lower``."""
    if text.isascii():  # (bytes translate through a table: several times faster than str's)
        words = text.lower().encode().translate(_NON_WORD_TO_SPACE).decode().split()
    else:
        words = WORD.findall(text.casefold())
    return [w for w in words if len(w) > 3]


_NON_WORD_TO_SPACE = bytes.maketrans(ASCII_NON_WORD.encode(), b" " * len(ASCII_NON_WORD))


AUTO_ALT = ("Image may contain", "May be an image of", "Image may include")
"""How an alt text that a site's software wrote begins (Condé Nast, Meta): no caption."""


def caption_text(line: Line) -> str:
    """The caption part of a line: without its credit and without a leading label."""
    text = line.text
    if line.kind == "md_image":
        m = MARKDOWN_IMAGE.match(text)
        if m is not None:
            alt = m.group("alt").strip()
            text = m.group("rest").strip() or ("" if alt.startswith(AUTO_ALT) else alt)
    elif line.credit is not None:
        text = text[: line.credit[0]]
    label = CAPTION_LABEL.match(text) if line.kind == "caption_label" else None
    if label is not None:
        text = text[label.end() :]
    return text.strip()


def title_like(line: Line) -> bool:
    """Whether a line may be a caption title: short, no sentence end, no quotation first,
    no clause after a comma (", followed by a tour": a standfirst; Newsweek's "... in
    Copenhagen, Denmark" has a capital after its comma) and no clock time (`CLOCK_TIME`:
    "March 4, 20262:18 PM GMTUpdated 3 hours ago" over Reuters' caption is a time stamp)."""
    return (
        line.kind == "text"
        and 1 <= line.words <= MAX_TITLE_WORDS
        and not TERMINAL.search(line.text)
        and not line.text.startswith(('"', "“", "„", "«"))
        and not _comma_clause(line.text)
        and not (":" in line.text and CLOCK_TIME.search(line.text))
    )


def _comma_clause(text: str) -> bool:
    """Whether a comma in ``text`` is followed by a word in lower case."""
    at = text.find(", ")
    while at >= 0:
        if text[at + 2 : at + 3].islower():
            return True
        at = text.find(", ", at + 2)
    return False


def caption_like(line: Line) -> bool:
    return line.kind in ("text", "caption_label") and line.words <= MAX_CAPTION_WORDS


TITLE_KINDS = frozenset({"text", "md_heading", "bold"})
"""Kinds of line that may hold the headline ("# Title" in Markdown, "**Title**")."""


def captions_above(credit: Line, prev: Line) -> bool:
    """Whether a credit line that opens with a sure label ("(Image credit: ESA)", Space.com)
    credits the line above it across a blank line: a short line of prose that ends its
    sentence with a full stop, in at most two sentences, and gives no address ("Email Tariq
    Malik at tmalik@space.com" is no caption); a bullet ("• Bridesmaids is out now") or a
    question is no caption either. A label in no brackets ("Credit: NASA/JPL-Caltech",
    Ars Technica) takes one sentence only: a paragraph of two over it ("The larvae hatch at
    the tips of flowers. Once aboard, they ride the bee home." / "Credit: Pixabay/CC0
    Public Domain", Phys.org's stock picture) is the story's, and the picture has none."""
    text = prev.text.strip()
    return (
        prev.words <= MAX_LABELLED_CAPTION_WORDS
        and text[-1:] == "."
        and text[:1].isalnum()
        and "@" not in text
        and "http" not in text
        and _sentence_gaps(text) <= (credit.text.lstrip()[:1] == "(")
        and sure_credit_line(credit.text)
    )


def depicts(text: str) -> bool:
    """Whether a line opens by naming the picture it stands under: one of `picture_nouns`
    then "of" among its first `MAX_PICTURE_NOUN_AT` words ("An artist's concept of the
    lander on the lunar surface.", "A rendering of the new terminal.", "An aerial view of
    the flooded town."). A story's sentence or a standfirst under the headline does not."""
    words = text.split(None, MAX_PICTURE_NOUN_AT + 1)[: MAX_PICTURE_NOUN_AT + 1]
    nouns = picture_nouns()
    return any(
        words[k + 1] == "of" and words[k].casefold() in nouns for k in range(len(words) - 1)
    )


MAX_PICTURE_NOUN_AT = 4
"""How far into a line `depicts` looks for the picture's noun: "A NASA artist's concept of"."""


@cache
def picture_nouns() -> frozenset[str]:
    """What a caption calls its picture (``data/captions.json``): "concept", "rendering"."""
    return frozenset(load("captions.json")["picture_nouns"])


MAX_STOCK_WORDS = 7
"""The longest caption of `stock_caption` ("Image used for representational purposes only")."""


def stock_caption(line: Line) -> bool:
    """Whether a line of its own is the caption that an outlet prints under a picture that
    only illustrates the story: "Representative image", "(Image for representation)"
    (Times of India; `Vocab.stock_captions`)."""
    text = line.text
    return (
        line.kind == "text"
        and line.words <= MAX_STOCK_WORDS
        and text.strip(_STOCK_JUNK).casefold() in vocab().stock_captions
    )


def marked_caption(line: Line) -> bool:
    """Whether a line of text is a caption printed with no credit that marks who or what is
    pictured, with no full stop ("Pat Hennessey, 68, (pictured) says she was left alone",
    "Gatwick's North Terminal, where she waited (file image)": MailOnline, The Sun;
    `Vocab.picture_marks`). A sentence of the story ends in punctuation."""
    text = line.text
    return (
        line.kind == "text"
        and "(" in text
        and line.words <= MAX_CAPTION_WORDS
        and text[-1] not in ".!?:;,\"”'’"
        and holds_any(text, vocab().picture_marks)
        and not reports_speech(line)
    )


_STOCK_JUNK = " .:;()[]*"
"""What a stock caption may print around its words."""

MAX_NAME_WORDS = 5
"""The longest bare name on a line of its own that credits the caption above it."""


def name_line(line: Line) -> bool:
    """Whether a line of text is a short name, as an organisation that credits a picture
    prints it: at most `MAX_NAME_WORDS` words, each capitalised ("Alpenglow Studio",
    "Apple TV+", "KOREA POLAR RESEARCH INSTITUTE") or a joining word ("of", "the"), no
    sentence end, no comma ("BBC News, Lagos" under a reporter's name is a byline), no
    bracket, no quotation mark."""
    text = line.text
    if line.kind != "text" or line.words > MAX_NAME_WORDS or len(text) > 60:
        return False
    if "’" in text:  # a curly apostrophe is no quotation mark: "Emery County Sheriff’s Office"
        text = text.replace("’s ", "'s ").replace("s’ ", "s' ")
    if not text[:1].isupper() or holds_any(text, _NOT_IN_NAMES):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _JOINING for w in text.split())


_NOT_IN_NAMES = ('"', "“", "”", "‘", "’", "(", ")", "[", "]", ". ", ",", "?", "!", ":", "@", "http")
"""What a bare name that credits a picture does not print."""
_JOINING = frozenset({"of", "the", "and", "for", "de", "du", "da", "di", "del", "von", "van", "&"})
"""Words in lower case inside an organisation's name ("Museum of the City")."""


def one_sentence_caption(line: Line, max_words: int) -> bool:
    """Whether a line of text may be a caption of one sentence over a credit line across a
    blank line: at most ``max_words`` words, a capital or a digit first, a full stop last
    and none before it ("Visitors walk along the River Walk on Tuesday."), no quotation,
    no address."""
    text = line.text.strip()
    return (
        line.kind == "text"
        and line.words <= max_words
        and text[-1:] == "."
        and (text[:1].isupper() or text[:1].isdigit())
        and "@" not in text
        and "http" not in text
        and not holds_any(text, _QUOTE_MARKS)
        and _sentence_gaps(text) == 0
    )


_QUOTE_MARKS = ('"', "“", "”")
"""Quotation marks, which a caption of one sentence over its credit does not print."""


def _sentence_gaps(text: str) -> int:
    """How many times a full stop and a space come before a capital: the sentences of a
    caption after its first ("Feb. 18" and "Corp. illustration" are none, and neither is
    the full stop of an abbreviation or an initial before a name: "Colorado Gov. Jane Roe
    speaks …", "Jane Q. Public", "the U.S. Capitol"; `Vocabulary.abbreviations`)."""
    gaps, at = 0, text.find(". ")
    while at >= 0:
        if text[at + 2 : at + 3].isupper():
            word = text[text.rfind(" ", 0, at) + 1 : at]
            short = len(word) == 1 or "." in word or word.casefold() in vocabulary().abbreviations
            gaps += not short
        at = text.find(". ", at + 2)
    return gaps


HEADER_KINDS = frozenset({"furniture", "byline"})
"""Kinds of line that stand between a headline and its standfirst (a date line, a byline)."""


def sentence_case(text: str) -> bool:
    """Whether a line is in sentence case: after its first word, more words of letters in
    lower case than capitalised ("The singer will return to Europe in the summer"; not
    "Taylor Swift Adds Five Stadium Dates")."""
    words = [w for w in text.split()[1:] if w.isalpha()]
    lower = sum(1 for w in words if w.islower())
    return lower > len(words) - lower


def copy_above(lines: list[Line], used: list[bool], j: int) -> bool:
    """Whether the line above line ``j`` is a copy of it (an alt text over its caption)."""
    return j > 0 and not used[j - 1] and similarity(lines[j - 1].text, lines[j].text) >= 0.9


def uncredited_caption(line: Line, max_words: int) -> bool:
    """A line of text that may be a caption printed next to no credit of its own: short,
    not opening on a quotation mark, quoting nobody."""
    return (
        line.kind == "text"
        and line.words <= max_words
        and not line.text.startswith(('"', "“", "‘", "'"))
        and not reports_speech(line)
    )


def reports_speech(line: Line) -> bool:
    """A line of prose that quotes someone ('"It's a loss," the Swede said.'), which no
    caption is: a comma or a colon at a quotation mark."""
    text = line.text
    return holds_any(text, _SPEECH_MARKS)


_SPEECH_MARKS = (',"', ",”", ",’", ': "', ": “", '?" ', "?” ", '!" ', "!” ")


def teaser(line: Line) -> bool:
    """A caption cut short with '... Read More' (checked cheaply before the regex: a line,
    without the white space around it, that `EXPANDER` finds ends in "more" or "[+]")."""
    text = line.text
    return (
        text[-1] in TEASER_ENDS
        and line.words <= MAX_CAPTION_WORDS
        and ("..." in text or "…" in text)
        and EXPANDER.search(text) is not None
    )


TEASER_ENDS = frozenset("eE]")
"""The last characters of a line that `teaser` finds (a cheap test for callers too)."""


def gallery_label(line: Line) -> bool:
    return line.kind == "furniture" and GALLERY_LABEL.match(line.text) is not None
