"""Subheadings: which short lines between body paragraphs are section headings.

A subheading is a short, title-like line (`heading_candidate`): not a sentence, no link or
e-mail address, no list entry; and in context (`heading_in_context`) it is not one of a run
of such lines (a list of links), not next to page furniture or a promotion, and a paragraph
follows it. Lines of one capitalised word count only when the body prints two or more of
them (`one_word_headings`); a live blog's entry title under its time stamp (`ENTRY_TIME`)
is a heading too.
"""

from __future__ import annotations

import functools

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse._text import holds_any
from newsparse.credit_links import person_like
from newsparse.lines import CAPTION_LABEL, URL, Line
from newsparse.models import BlockKind
from newsparse.names import vocabulary

__all__ = [
    "ENTRY_TIME",
    "answered_questions",
    "dashed_heading",
    "ends_like_sentence",
    "has_url",
    "heading_candidate",
    "heading_in_context",
    "interview_question",
    "one_word_headings",
    "section_tail",
    "section_word",
    "series_kicker",
]

_TIME_OF_DAY = r"""
    \d{1,2}[.:]\d{2}           # a live blog's time stamp: "11.18", "9:05"
    (?:\s?[ap]\.?m\.?)?        # perhaps "am"
"""
# A time stamp, then the entry on the same line ("11.18 More from …").
LIVE_ENTRY = lazy_compile(_TIME_OF_DAY + r"\s", regex.VERBOSE | regex.IGNORECASE)
# A time stamp on a line of its own ("10.45 GMT", "9:05am"), perhaps with its time zone: the
# line under it opens an entry, so it is no dek.
ENTRY_TIME = lazy_compile(_TIME_OF_DAY + r"(?:\s[a-z]{2,4})?", regex.VERBOSE | regex.IGNORECASE)

LIST_NUMBER = lazy_compile(r"^\d{1,2}[.)]\s+")  # "1. Drink water": a numbered heading
SENTENCE_BREAK = lazy_compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]*\p{Lu}")
SENTENCE_MARKS = ".!?…"  # one of them starts every `SENTENCE_BREAK`
END_PUNCT = lazy_compile(r"[^\w?!\"'”’)\]]$|[.,;:…–—\-][\"'”’)\]]*$")
CLOSERS = "\"'”’)]"
TITLE_END_MARKS = "_?!\"')]"  # the ASCII marks (and "_") a title may end in
END_MARKS = ".,;:…–—-"  # marks that end no title, perhaps before closing quotes or brackets
SENTENCE_END = frozenset(".!?…:")
OPENING = lazy_compile(r"^[\"'“‘„«(\[]*[\p{Lu}\p{N}]")
CONJUNCTION = lazy_compile(r"^(?:and|but|or|nor|yet)\b", regex.IGNORECASE)
CONJUNCTION_FIRSTS = frozenset("aAbBnNoOyY")
"""The ASCII characters a `CONJUNCTION` may start with; a line that starts with a non-ASCII
character is left to the regex (to a case-blind regex, some are the case of an ASCII letter:
"\u212a", the Kelvin sign, is a "k")."""
SEPARATOR = lazy_compile(r"^[\W_]+$")
# the author's own sign-off, over the author's name and bio at a story's end (Forbes:
# "Follow me on Twitter or LinkedIn." / "Jane Roe" / "I cover …")
FOLLOW_THE_AUTHOR = lazy_compile(
    r"""
    follow\ (?:me|him|her)\b      # "Follow me on Twitter", "follow her on Instagram"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
EMAIL = lazy_compile(r"\S@\S+\.\w")
# An interviewer's or a speaker's label in capitals that opens a turn of a Q&A: "Q: ",
# "DEADLINE: ", "THE VERGE: ", "LINDQVIST: " (Deadline, Variety, The Verge print the
# outlet's name over each question, the subject's over each answer).
TURN_LABEL = lazy_compile(
    r"""
    ^\p{Lu}[\p{Lu}\p{M}'’.&\-]*            # a word in capitals: "DEADLINE", "Q"
    (?: \ [\p{Lu}\p{M}'’.&\-]+ ){0,3}        # perhaps more: "THE VERGE", "HANNA LINDQVIST"
    : \s                                     # the colon, then the turn's words
    """,
    regex.VERBOSE,
)
# A speaker's label in any case that opens a turn of a Q&A: "Stuff: ", "Tauwhare: ",
# "Jane Roe: " (read only with the turn under it: `_qa_turn`).
SPEAKER_LABEL = lazy_compile(
    r"""
    ^\p{Lu}[\p{L}\p{M}'’.\-]*               # a capitalised word: "Stuff", "Tauwhare"
    (?: \ \p{Lu}[\p{L}\p{M}'’.\-]* ){0,2}     # perhaps a name's other words: "Jane Roe"
    : \s                                     # the colon, then the turn's words
    """,
    regex.VERBOSE,
)
MAX_TURN_LABEL = 40
"""How far into a line the colon of a `TURN_LABEL` may stand (a cheap test first)."""
# A year in a heading over a list: "Taylor Swift 2026 Tour Dates" (its items carry a day).
YEAR = lazy_compile(
    r"""
    \b(?:1[89]|20)\d{2}\b    # 1800 to 2099, a word of its own
    """,
    regex.VERBOSE,
)
# A picture's own note, printed as its caption: "Representative image" (The Times of
# India); no title over the text. ("Image for representation" is a caption label:
# `newsparse.lines.CAPTION_LABEL`.)
PICTURE_NOTE = lazy_compile(
    r"""
    ^representati(?: ve | onal ) \s     # a stand-in for the event's own picture:
    (?: image | photo | picture | pic ) s? $   # "Representative image", "Representational pic"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
PICTURE_NOTE_FIRSTS = frozenset("rR")
"""The ASCII letters a `PICTURE_NOTE` starts with: a cheap test first (see `CONJUNCTION_FIRSTS`
on other first characters)."""
MAX_PICTURE_NOTE_WORDS = 2
MAX_HEADING_WORDS = 12
# A longer line in capitals (not a question) is a link title: "BOEING WORKERS RATIFY NEW
# CONTRACT" (Fox); headings in capitals are short ("UP NEXT", "POINT GUARDS BEHAVE").
MAX_CAPS_HEADING_WORDS = 4
MIN_PROSE_WORDS = 8


MIN_ONE_WORD_HEADINGS = 2
"""How many lines of one capitalised word, each between two paragraphs, make them the
article's subheadings ("Pensioners" … "Drivers" … "Smokers"): one alone may be anything."""


@functools.cache
def _section_words() -> frozenset[str]:
    """Words that name a story's section on a line of their own (``headings.json``)."""
    return frozenset(load("headings.json")["section_words"])


def _section(text: str) -> bool:
    """Whether a line of one word names a section ("Takeaways", "Background:")."""
    return text[:1].isupper() and text.rstrip(":").casefold() in _section_words()


def section_word(line: Line) -> bool:
    """Whether ``line`` is one word that names a section (`_section`): a heading even where
    the body opens, over its first paragraph ("Topline" / "Gunnar Halvorsen, who built …",
    Forbes's news template, under the byline and the lead picture)."""
    return line.words == 1 and line.kind == "text" and _section(line.text)


SECTION_DASHES = (" - ", " – ", " — ")
"""What stands between a section's title and its tail (`section_tail`)."""


@functools.cache
def _section_tails() -> tuple[str, ...]:
    """What ends a section's title after a dash (``headings.json``'s ``section_tails``), each
    with the dashes before it, for `str.endswith`."""
    tails = load("headings.json")["section_tails"]
    return tuple(dash + tail for tail in tails for dash in SECTION_DASHES)


def section_tail(text: str) -> bool:
    """Whether a line ends in a section's tail after a dash: "'We showed the character' -
    what they said", "Salgado's gamble - analysis" (BBC Sport's sections): a subheading,
    even right under the headline or under a line of a widget."""
    return " " in text and text.casefold().endswith(_section_tails())


@functools.cache
def _series_kickers() -> frozenset[str]:
    """Series names printed over a story's title (``headings.json``'s ``series_kickers``)."""
    return frozenset(load("headings.json")["series_kickers"])


def series_kicker(text: str) -> bool:
    """Whether a line names a newspaper's series, printed over a story's title as a kicker,
    longer than a section's label: "The long read" (the Guardian), "The Big Read" (FT)."""
    return len(text) <= MAX_SERIES_KICKER_CHARS and text.casefold() in _series_kickers()


MAX_SERIES_KICKER_CHARS = 40  # a cheap test first: longer lines name no series


# AFP's in-body heading, between spaced hyphens on a line of its own ("- Regions split -",
# "- 'Irresponsible' -"): the hyphens wrap it as "##" does a Markdown heading.
DASHED_HEADING = lazy_compile(
    r"""
    ^-[ ]                               # the opening hyphen and its space
    (?P<text> [^\s\-] [^\n]{0,58}? )     # the heading: a word first, at most 60 characters
    (?<! [.,;:] )                       # (no sentence's or clause's end)
    [ ]-$                               # the closing hyphen after its space
    """,
    regex.VERBOSE,
)
MAX_DASHED_HEADING_CHARS = 64  # "- " + `DASHED_HEADING`'s 60 + " -": a cheap test first


def dashed_heading(line: Line) -> str | None:
    """The heading that a line of text wraps in spaced hyphens, without them ("- Regions
    split -" is "Regions split", AFP's section headings), or None: a list's item ("- Eggs")
    has no closing hyphen."""
    text = line.text
    if line.kind != "text" or len(text) > MAX_DASHED_HEADING_CHARS or text[:2] != "- ":
        return None
    found = DASHED_HEADING.match(text) if text.endswith(" -") else None
    if found is None or line.words - 2 > MAX_HEADING_WORDS:
        return None
    return found["text"]


def _one_word(line: Line) -> bool:
    """A line of one capitalised word of four letters or more: "Pensioners", "Background"."""
    text = line.text
    return (
        line.kind == "text"
        and line.words == 1
        and len(text) >= 4
        and text.isalpha()
        and text[0].isupper()
        and text[1:].islower()
    )


def one_word_headings(lines: list[Line], start: int, kinds: list[BlockKind | None]) -> bool:
    """Whether the body prints subheadings of one word: `MIN_ONE_WORD_HEADINGS` such lines,
    each after a paragraph that ends a sentence and before a line of prose."""
    found = 0
    for i in range(max(start, 1), len(lines) - 1):
        if lines[i].words == 1 and kinds[i] is None and _one_word(lines[i]):  # (cheap test first)
            before, after = lines[i - 1], lines[i + 1]
            prose = before.kind == after.kind == "text"
            if prose and _ends_sentence(before) and _ends_sentence(after) and after.words > 3:
                found += 1
                if found >= MIN_ONE_WORD_HEADINGS:
                    return True
    return False


def heading_candidate(line: Line, headline: str | None, one_word: bool = False) -> bool:
    """A short, title-like line: no sentence, no end punctuation, capitalised; one word only
    in a body that prints one-word subheadings (``one_word``) or in capitals."""
    if line.kind != "text":
        return False
    text = line.text
    words = line.words
    if not 1 <= words <= MAX_HEADING_WORDS or len(text) > 120:
        return False
    shouting = text.isupper()  # every cased letter a capital: "TIP-INS", "UP NEXT"
    capitals = shouting and sum(c.isalpha() for c in text) >= 4  # "UPDATE"
    if words == 1 and not capitals and not (one_word and _one_word(line)) and not _section(text):
        return False
    if _ends_in_punctuation(text):
        return False
    first = text[0]
    if not (first.isascii() and (first.isupper() or first.isdigit())) and not OPENING.match(text):
        return False
    if (first in '"“„«' and not _quoted_title(text)) or " | " in text or ";" in text:
        return False
    if first == "Q" and text[1:2] in (":", "."):  # an interview's question: "Q: Will it open?"
        return False
    if interview_question(text):
        return False  # "DEADLINE: Why non-actors?"
    if first == "(" and text[-1] == ")":  # an end note: "(With inputs from agencies)"
        return False
    conjunction = first in CONJUNCTION_FIRSTS or not first.isascii()  # (cheap tests first)
    if (conjunction and CONJUNCTION.match(text)) or has_url(text) or _has_email(text):
        return False
    note = words <= MAX_PICTURE_NOTE_WORDS and (first in PICTURE_NOTE_FIRSTS or not first.isascii())
    if note and PICTURE_NOTE.match(text):
        return False  # "Representative image": a picture's caption
    body = LIST_NUMBER.sub("", text, count=1) if first.isdigit() else text  # "1. Drink water"
    if holds_any(body, SENTENCE_MARKS) and _sentence_break(body):
        return False
    if shouting:
        limit = MAX_HEADING_WORDS if text.rstrip("\"'”’").endswith("?") else MAX_CAPS_HEADING_WORDS
        if words > limit:
            return False
    return True


MIN_ANSWERED_QUESTIONS = 2
"""How many questions, each answered on the line under it (`answered_questions`), make a
text a Q&A printed without labels: one alone may be a section's title ("What's next?")."""
MAX_SHORT_ANSWER_WORDS = 3
SHORT_ANSWER_REACH = 40
"""How far into an answer `_answer` looks for the full stop of its short first sentence."""


@functools.cache
def _answer_openers() -> frozenset[str]:
    """The first words of an interviewee's answer in the first person (``headings.json``'s
    ``answer_openers``: "I", "We", "My")."""
    return frozenset(load("headings.json")["answer_openers"])


@functools.cache
def _answer_words() -> frozenset[str]:
    """An answer's first word when a mark follows it (``headings.json``'s ``answer_words``:
    "No.", "Yes,", "Honestly,")."""
    return frozenset(load("headings.json")["answer_words"])


def answered_questions(lines: list[Line]) -> bool:
    """Whether the text is a Q&A printed without labels or bold (Rolling Stone, TIME, WIRED,
    as extractors give them): `MIN_ANSWERED_QUESTIONS` lines that end in a question mark,
    each with the interviewee's answer right under it (`_answer`: "Do you regret it now?"
    / "No. There were maybe two good lines in all of those pages."; "What's next?" / "A
    long tour …" counts not, but is a question of the Q&A all the same)."""
    found = 0
    for i in range(len(lines) - 1):
        text = lines[i].text
        if text[-1] not in TURN_MARKS or lines[i].kind != "text" or text.isupper():
            continue  # (a cheap test first: most lines end otherwise; "WHAT DO EXPERTS
            # SAY?" in capitals is a heading)
        if text.rstrip(CLOSERS).endswith("?") and _answer(lines[i + 1]):
            found += 1
            if found >= MIN_ANSWERED_QUESTIONS:
                return True
    return False


TURN_MARKS = "?" + CLOSERS  # what the last character of a question's line is
ANSWER_MARKS = ".,;:!—–"  # what may follow an answer's first word: "No.", "Well,"


def _answer(line: Line) -> bool:
    """Whether ``line`` reads as an interviewee's answer: a paragraph that opens in the first
    person (`_answer_openers`: "I'd sit at the piano …"), or with a yes or a no followed by
    a mark (`_answer_words`: "No. There were …", not "No single issue …"), or with a short
    sentence of its own ("Slowly. I'd sit …", "Completely literal. My aunt …"); no question
    itself."""
    text = line.text
    if line.kind != "text" or text.rstrip(CLOSERS).endswith("?"):
        return False
    word = text.split(maxsplit=1)[0]
    first = word.rstrip(ANSWER_MARKS).casefold()
    if first in _answer_openers() or (word[-1] in ANSWER_MARKS and first in _answer_words()):
        return True
    stop = text.find(". ", 0, SHORT_ANSWER_REACH)
    if stop < 1 or not text[0].isupper():
        return False
    words = text[:stop].split()
    return (
        len(words) <= MAX_SHORT_ANSWER_WORDS
        and all(w.isalpha() for w in words)
        and words[-1].casefold() not in vocabulary().abbreviations  # ("Dr. Jane Roe …")
        and not text[:stop].isupper()  # ("LONDON. …")
    )


def interview_question(text: str) -> bool:
    """Whether ``text`` is an interviewer's question after a label in capitals (`TURN_LABEL`):
    "Q: Will it open on time?", "DEADLINE: Why non-actors?", "THE VERGE: What changed?" -- a
    turn of a Q&A, as the answer under it ("LINDQVIST: I wanted faces …"), no heading."""
    colon = text.find(":", 0, MAX_TURN_LABEL)
    if colon < 1 or not text.rstrip(CLOSERS).endswith("?"):
        return False  # (cheap tests first)
    return TURN_LABEL.match(text) is not None


def _sentence_break(text: str) -> bool:
    """Whether a sentence ends inside ``text`` (`SENTENCE_BREAK`): not at the stop of an
    abbreviation or of initials ("How the U.S. Lost Its Lead", "Salt in the Water (feat.
    Niamh Ó Ceallaigh)", "J.K. Rowling Returns")."""
    abbreviations = vocabulary().abbreviations
    for m in SENTENCE_BREAK.finditer(text):
        stop = m.start()
        if text[stop] != ".":
            return True
        word = text[text.rfind(" ", 0, stop) + 1 : stop].lstrip("\"'“‘(")
        if not (word.casefold() in abbreviations or word.replace(".", "").isupper()):
            return True  # ("U.S", "J.K", "A": initials, in capitals)
    return False


def _ends_in_punctuation(text: str) -> bool:
    """`END_PUNCT`: whether a line ends in a mark that no title ends in. A line that ends in
    an ASCII character is read without the regex, which would try every position of it. A
    per cent sign after a digit is part of a number, as a title ends in one ("Nasdaq down
    1.4%", "Gold rises 2%": a markets page's section titles)."""
    last = text[-1]
    if last == "%" and text[-2:-1].isdigit():
        return False
    if not last.isascii():
        return END_PUNCT.search(text) is not None
    if not (last.isalnum() or last in TITLE_END_MARKS):
        return True  # `[^\w?!"'”’)\]]$` (in ASCII, \w is a letter, a digit or "_")
    bare = text.rstrip(CLOSERS)
    return bool(bare) and bare[-1] in END_MARKS  # `[.,;:…–—\-]["'”’)\]]*$`


def has_url(text: str) -> bool:
    """`URL`, after a cheap test: each of its forms holds a colon or a full stop."""
    return ("." in text or ":" in text) and URL.search(text) is not None


def _has_email(text: str) -> bool:
    """`EMAIL`, after a cheap test: an address holds an "@"."""
    return "@" in text and EMAIL.search(text) is not None


_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»"}
MAX_QUOTED_TITLE_WORDS = 10


def _quoted_title(text: str) -> bool:
    """A short line wholly inside one pair of double marks, with no sentence's stop or
    comma inside: a pull quote printed as a section's title ('"Our cows are not the same"',
    "“A betrayal of rural France”": France 24, Al Jazeera, DW), not a quote paragraph."""
    close = _QUOTE_PAIRS.get(text[0])
    inner = text[1:-1]
    return (
        close is not None
        and len(text) > 2
        and text[-1] == close
        and not any(mark in inner for mark in '"“”„«»')
        and inner.count(" ") < MAX_QUOTED_TITLE_WORDS
        and inner[-1:] not in ".,;:!?…"
        and "," not in inner
    )


def ends_like_sentence(text: str) -> bool:
    """True when the text ends in . ! ? … or :, maybe followed by closing quotes."""
    bare = text.rstrip(CLOSERS)
    return bool(bare) and bare[-1] in SENTENCE_END


def _ends_sentence(line: Line) -> bool:
    return ends_like_sentence(line.text) or line.words >= MIN_PROSE_WORDS * 2


def heading_in_context(
    lines: list[Line],
    candidates: list[bool],
    i: int,
    kinds: list[BlockKind | None],
    *,
    under_links: bool = False,
) -> bool:
    """A candidate is a heading when body prose follows it and no link list or furniture
    surrounds it. ``under_links``: the line ends a run of links printed apart (indented by
    the extractor, CBC), so the title-like line above it is a link's, not the start of a run
    of titles it belongs to."""
    prev = lines[i - 1] if i > 0 else None
    after_list = under_links or (
        prev is not None and candidates[i - 1] and _list_ends(lines, candidates, i)
    )
    after_list = after_list or (
        prev is not None and candidates[i - 1] and _teaser_above(lines, i, kinds)
    )
    if prev is not None and candidates[i - 1] and not after_list:
        return False
    k = i - 1
    while k >= 0 and _separator(lines[k].text):
        k -= 1
    if (
        k >= 0
        and lines[k].kind == "text"
        and kinds[k] != "headline"  # (a title ends where it stands: "… Dies At 91" / "Topline")
        and not _ends_sentence(lines[k])
        and not after_list
        and not (lines[i].gap and _ends_in_credit(lines[k]))
        and not (lines[i].gap and kinds[k] == "image")  # a picture's bare credit ends it
        and not (lines[i].gap and _sign_off(lines[k]))  # "— Pia Rosenthal" ends an entry
    ):
        return False  # a line that goes on from the one before
    if prev is not None and _closes_block(lines, i):
        return False  # a credit or a sign-off under the line above, not a title over text
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    # a gallery's counter ("Image 1 of 2"), furniture the picture under it took for its own
    gallery = nxt is not None and nxt.kind == "furniture" and kinds[i + 1] == "image"
    if not gallery and (_promo(nxt) or (_promo(prev) and (nxt is None or nxt.kind != "text"))):
        return False  # a heading is followed by its text, not by page furniture (over a
        # gallery, the text after its pictures: "Meet the crew" / "Image 1 of 3" / caption …)
    if _promo_box(lines, i) or _promo_in_furniture(lines, i):
        return False  # a newsletter's or an app's name over its blurb and its button
    if prev is not None and _promo(prev) and FOLLOW_THE_AUTHOR.match(prev.text):
        return False  # the author's name under "Follow me on Twitter", over the bio
    j = i + 1
    while j < len(lines) and (lines[j].kind == "byline" or _separator(lines[j].text)):
        j += 1
    if j < len(lines) and (lines[j].gap or _labelled(lines[j])) and kinds[j] == "image":
        if lines[j].kind == "credit" and (j + 1 >= len(lines) or kinds[j + 1] != "image"):
            return False  # a bare credit under it: the picture's caption, over a blank line
            # ("'The Lantern Keepers'" / "Courtesy of Netflix", The Hollywood Reporter)
        while j < len(lines) and kinds[j] == "image":
            j += 1  # a picture under the heading (not its caption title: a blank line between)
    if j >= len(lines):
        return False
    nxt = lines[j]
    if nxt.kind != "text":
        return False
    if LIVE_ENTRY.match(nxt.text):
        return False  # a live blog's next entry ("11.18 More from ..."): this was a link teaser
    if _qa_turn(lines[i].text, nxt.text):
        return False  # "Stuff: Is it time to move the town?" / "Tauwhare: We're talking …"
    if _named_answer(lines[i].text, nxt.text):
        return False  # "Is AI changing how you deploy?" / "Venkataraman: Absolutely. …"
    if _alternating_turn(lines, i):
        return False  # "Why step back now?" / one answer / "Any regrets?": a Q&A's turns
    if _author_card(lines[i].text, nxt.text):
        return False  # an author's card: "Tomas Greer" over "Tomas Greer is a reporter …"
    if (
        lines[i].text.endswith("?")
        and nxt.text.startswith(('"', "“"))
        and not lines[i].text.isupper()
    ):
        return False  # an interviewer's question, answered in quotes ("WHAT DO EXPERTS SAY?"
        # in capitals is a heading)
    if candidates[j]:
        return _list_follows(lines, candidates, i)
    return _ends_sentence(nxt)


def _labelled(line: Line) -> bool:
    """Whether a picture's line opens on a label ("Image source, Getty Images", "Image
    caption, …", "Photo: …"): the picture starts there, so the title-like line right above
    it is no caption title of it but a heading over it (the BBC: "'The sky went orange'" /
    "Image source, …" / "Image caption, …" / the section's text)."""
    return line.kind in ("credit", "caption_label") and CAPTION_LABEL.match(line.text) is not None


def _teaser_above(lines: list[Line], i: int, kinds: list[BlockKind | None]) -> bool:
    """Whether the title-like line above line ``i`` is a related story's teaser dropped into
    the body, not a heading over it (The Telegraph: "… the family home." / blank / "Dentist
    struck off after billing NHS for dead patients" / blank / "Remorse and repayment" /
    blank / "Defending, Jane Roe said …"): each line a block of its own, after a paragraph
    that ends its sentence, and the teaser longer than the heading under it, so line ``i``
    is judged a heading on its own merits."""
    if i < 2 or not (lines[i].gap and lines[i - 1].gap):
        return False
    before, teaser = lines[i - 2], lines[i - 1]
    if teaser.words <= lines[i].words:
        return False
    if before.kind == "text" and ends_like_sentence(before.text):
        return True
    return _teaser_run(lines, i, kinds)


MAX_TEASER_RUN = 4
"""How many related stories' teasers `_teaser_run` walks up over at most (CBC prints two
or three)."""
MAX_TEASER_WORDS = 20
"""The longest line `_teaser_run` reads as a related story's headline."""


def _teaser_run(lines: list[Line], i: int, kinds: list[BlockKind | None]) -> bool:
    """Whether line ``i`` stands under a run of related stories' teasers dropped into the
    body, each a block of its own, each a title longer than line ``i`` (no sentence's end),
    after a paragraph that ends its sentence or a picture (CBC: "… at city hall. (Jane
    Roe/The Canadian Press)" / blank / "The city's bus deficit is growing. Here's why" /
    blank / "Bus ridership still below pre-pandemic levels, report finds" / blank / "'We
    can't keep up'" / blank / its text): line ``i`` is judged a heading on its own merits,
    not as the last of a list of titles."""
    k = i - 1
    while k >= max(0, i - MAX_TEASER_RUN - 1):
        line = lines[k]
        if kinds[k] == "image" or (line.kind == "text" and ends_like_sentence(line.text)):
            return k < i - 2  # (one teaser alone: `_teaser_above`)
        if not (
            line.gap
            and line.kind == "text"
            and kinds[k] == "paragraph"
            and lines[i].words < line.words <= MAX_TEASER_WORDS
        ):
            return False
        k -= 1
    return False


def _qa_turn(question: str, answer: str) -> bool:
    """Whether ``question`` and the line under it, ``answer``, are two turns of a Q&A, each
    after its speaker's label (`SPEAKER_LABEL`), in any case: "Stuff: When will people have
    an answer?" / "Tauwhare: Not this week." (Stuff prints its own name over its questions)."""
    if not question.rstrip(CLOSERS).endswith("?"):
        return False  # (cheap tests first)
    if ":" not in question[:MAX_TURN_LABEL] or ":" not in answer[:MAX_TURN_LABEL]:
        return False
    return SPEAKER_LABEL.match(question) is not None and SPEAKER_LABEL.match(answer) is not None


def _named_answer(question: str, answer: str) -> bool:
    """Whether ``question``, a line that asks, is an interviewer's question with no label of
    its own, and the line under it, ``answer``, the interviewee's answer after the speaker's
    name (`SPEAKER_LABEL`): "Is AI changing how you deploy?" / "Venkataraman: Absolutely. We
    used to spend six weeks mapping a site." (The Robot Report's interviews). A heading that
    asks is followed by the story's prose, not by a speaker's turn; one in capitals ("WHAT
    COMES NEXT?") stays a heading."""
    if not question.rstrip(CLOSERS).endswith("?") or question.isupper():
        return False  # (cheap tests first)
    if ":" not in answer[:MAX_TURN_LABEL]:
        return False
    return SPEAKER_LABEL.match(answer) is not None


MIN_TURN_ANSWER_WORDS = 8
"""The shortest answer between two questions of a Q&A (`_alternating_turn`)."""


def _alternating_turn(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, a line that asks, is an interviewer's question that alternates
    with one-paragraph answers, as a Q&A with no labels prints them (The Hollywood
    Reporter, Variety, Vox): the line two below or two above asks too, and the one line
    between them is a paragraph of prose ("Why step back now?" / "Ten years is a long time
    to do anything at this pace. …" / "Do you regret last year's deals?"). A section that
    asks is longer than one paragraph; one in capitals ("WHAT COMES NEXT?") stays a
    heading."""
    if not _asks(lines[i]):
        return False
    for answer, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if not 0 <= other < len(lines) or not _asks(lines[other]):
            continue
        between = lines[answer]
        if (
            between.kind == "text"
            and between.words >= MIN_TURN_ANSWER_WORDS
            and not between.text.rstrip(CLOSERS).endswith("?")
            and ends_like_sentence(between.text)
        ):
            return True
    return False


def _asks(line: Line) -> bool:
    """Whether ``line`` is a short line of text that asks, not in capitals: "Why now?"."""
    text = line.text
    return (
        line.kind == "text"
        and line.words <= MAX_HEADING_WORDS
        and text.rstrip(CLOSERS).endswith("?")
        and not text.isupper()
    )


MAX_CARD_NAME_WORDS = 4
"""The longest author's name over the bio of an author's card (`_author_card`)."""
_CARD_VERBS = (" is ", " was ")


def _author_card(name: str, bio: str) -> bool:
    """Whether ``name`` heads an author's card at a story's end: the bio under it opens with
    the name, or with its first word, then "is" or "was" ("Tomas Greer" / "Tomas Greer is a
    reporter for NBC News …"; "Stephen Yarrow" / "Stephen is a senior space reporter at Ars
    Technica …"). The first word alone only for a name of two to four words."""
    if not bio.startswith(name.split(" ", 1)[0]):
        return False  # (a cheap test first: most lines under a heading open otherwise)
    if bio.startswith(tuple(name + verb for verb in _CARD_VERBS)):
        return True
    words = name.split()
    return 2 <= len(words) <= MAX_CARD_NAME_WORDS and bio.startswith(
        tuple(words[0] + verb for verb in _CARD_VERBS)
    )


SIGN_OFF_DASHES = ("— ", "– ", "—", "–")
"""How a live blog's sign-off line opens (`_sign_off`): a long dash, perhaps glued to the name."""
# What stands between two writers' names in a sign-off: "Jane Roe and Tom Vale", "Jane Roe,
# Tom Vale and Ana Silva", "Jane Roe & Tom Vale".
SIGN_OFF_JOINS = lazy_compile(
    r"""
    ,[ ](?:and[ ])?       # a comma, perhaps before "and"
    | [ ](?:and|&)[ ]     # or "and", "&" between spaces
    """,
    regex.VERBOSE,
)
MAX_SIGN_OFF_WORDS = 10


def _sign_off(line: Line) -> bool:
    """Whether ``line`` is a writer's sign-off under a live blog's entry: a long dash, then
    one or more personal names ("— Pia Rosenthal", "– Jane Roe and Tom Vale", CNBC,
    Reuters, the Guardian). It closes the entry: the short line under it opens the next."""
    text = line.text
    if line.words > MAX_SIGN_OFF_WORDS or not text.startswith(SIGN_OFF_DASHES):
        return False  # (cheap tests first)
    names = SIGN_OFF_JOINS.split(text[1:].strip())
    return all(person_like(name) for name in names)


MAX_CREDIT_TAIL_WORDS = 4
"""The longest bare credit (`_ends_in_credit`) printed after a caption's last sentence."""
CREDIT_TAIL_REACH = 60
"""How far from a line's end `_ends_in_credit` looks for the caption's last full stop."""


def _ends_in_credit(line: Line) -> bool:
    """A caption whose bare credit follows its last sentence on the same line: "A micro-hub
    in a former shoe shop in Rotterdam. Buurtmarkt", "… on Monday. Jane Roe/Reuters" -- a
    sentence of `MIN_PROSE_WORDS` words or more, then one to `MAX_CREDIT_TAIL_WORDS`
    capitalised words with no end mark. The line ends there: nothing goes on under it."""
    text = line.text
    if line.words < MIN_PROSE_WORDS or not text[-1].isalnum():
        return False  # (cheap tests first)
    start = max(0, len(text) - CREDIT_TAIL_REACH)
    cut = max(text.rfind(mark, start) for mark in (". ", "! ", "? "))
    if cut < 0:
        return False
    tail = text[cut + 2 :]
    return 1 <= len(tail.split()) <= MAX_CREDIT_TAIL_WORDS and _capitalised(tail)


def _closes_block(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a name that closes a block of two lines set off by blank lines, under a
    sentence: "Ferreira-Lund and Osei's first dance." / "Alpenglow Studio" (a caption and
    its credit, People). A name: up to `MAX_CREDIT_TAIL_WORDS` words, each capitalised and
    none a question; a heading in sentence case may be printed so ("… back again." /
    "Brother looks for help", CBC)."""
    line, above = lines[i], lines[i - 1]
    if line.gap or not above.gap or above.kind != "text":
        return False  # (most headings: a blank line over them)
    if line.words > MAX_CREDIT_TAIL_WORDS or (i + 1 < len(lines) and not lines[i + 1].gap):
        return False
    return _capitalised(line.text) and ends_like_sentence(above.text)


MAX_BUTTON_WORDS = 4
"""The longest button (`_promo_box`) under a promotion's blurb: "Sign Up", "MIAMI HERALD APP"."""


@functools.cache
def _button_words() -> frozenset[str]:
    """The words a promotion's button opens or ends with (``furniture.json``'s
    ``button_words``): "Sign Up", "Subscribe now", "Get the app", "MIAMI HERALD APP"."""
    return frozenset(load("furniture.json")["button_words"])


def _promo_box(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the title of a promotion box: a blurb under it, then a button
    that closes the box, each with no blank line between ("PLAYBOOK" / "Sign up for Playbook
    and get the latest news, every morning — in your inbox." / "Sign Up"; "Take Us With You"
    / "Real-time updates … in the palm of your hand." / "MIAMI HERALD APP"). The button is a
    short line of page furniture that opens or ends with a word of `_button_words`, and a
    blank line or the end of the text follows it, or the next box of a list of them, under
    page furniture ("Newsletters" / "Subscribe for the biggest tech news" / "Harbor Daily" /
    "Every weekday you can get the best of our coverage." / "Add" / "Harbor Weekly" / …)."""
    if i + 2 >= len(lines):
        return False
    blurb, button = lines[i + 1], lines[i + 2]
    if blurb.gap or button.gap or button.kind != "furniture" or blurb.kind != "text":
        return False
    listed = i > 0 and not lines[i].gap and lines[i - 1].kind == "furniture"
    if button.words > MAX_BUTTON_WORDS or (
        i + 3 < len(lines) and not lines[i + 3].gap and not listed
    ):
        return False
    words = button.text.casefold().split()
    return words[0] in _button_words() or words[-1] in _button_words()


def _promo_in_furniture(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the title of a promotion with no button, over its blurb, set
    in page furniture with no blank line between: a call to sign up that opens with a word
    of `_button_words` over it, under more furniture, and furniture or the end of the text
    under the blurb ("Newsletters" / "Subscribe for the industry's biggest tech news" /
    "Harbor Daily News" / "Every weekday and Sunday, you can get the best of our
    coverage." / "Related", TechCrunch; not a heading under a video's title)."""
    if i < 2 or i + 1 >= len(lines):
        return False
    blurb, call = lines[i + 1], lines[i - 1]
    if blurb.kind != "text" or any(line.gap for line in lines[i - 1 : i + 2]):
        return False  # (the title's, the one above's and the blurb's gaps: none)
    if not (_promo(call) and _promo(lines[i - 2])):
        return False
    if call.text.split(maxsplit=1)[0].casefold() not in _button_words():
        return False  # ("Subscribe for …", "Sign up for …": a call to sign up over the title)
    after = lines[i + 2] if i + 2 < len(lines) else None
    return after is None or (not after.gap and _promo(after))


def _capitalised(text: str) -> bool:
    """Every word starts with a capital and none ends in an end mark: a name."""
    return all(word[0].isupper() and word[-1] not in END_MARKS + "?!" for word in text.split())


def _promo(line: Line | None) -> bool:
    """Page furniture other than a plain separator line such as '___'."""
    if line is None or line.kind not in ("furniture", "link"):
        return False
    return not _separator(line.text)


def _separator(text: str) -> bool:
    """`SEPARATOR` (a line of marks only: "___", "* * *"), after a cheap test: a line that
    starts with a letter is none."""
    return not text[:1].isalpha() and SEPARATOR.match(text) is not None


def _list_follows(lines: list[Line], candidates: list[bool], i: int) -> bool:
    """A heading over a list: three or more short items that all carry a number, up to the
    next line with none (the next list's heading: "Tracklist" / "1. …" / "Tour Dates"). A
    heading may carry a year ("2026 Tour Dates") when its items carry another number."""
    dated = _has_digit(lines[i].text)
    if dated and _has_digit(YEAR.sub("", lines[i].text)):
        return False
    has_number = _has_day if dated else _has_digit
    items = 0
    j = i + 1
    while j < len(lines) and candidates[j] and has_number(lines[j].text):
        items += 1
        j += 1
    return items >= 3


def _has_day(text: str) -> bool:
    """A number other than a year: the items under a heading with a year in it ("Taylor
    Swift 2026 Tour Dates" / "June 4 — Lisbon"); "Lover (2019)" is no such item, so a
    discography's first entry is no heading."""
    return _has_digit(text) and _has_digit(YEAR.sub("", text))


def _list_ends(lines: list[Line], candidates: list[bool], i: int) -> bool:
    """Whether line ``i`` heads a second list right under a numbered one: "11. Last Song" /
    "Tour Dates" / "June 3 – Portland" (Rolling Stone) -- no number in it, a number in the
    item above, and a list under it (`_list_follows`)."""
    return _has_digit(lines[i - 1].text) and _list_follows(lines, candidates, i)


def _has_digit(text: str) -> bool:
    return any(map(str.isdigit, text))
