"""Caption dates: the calendar date on which a picture was taken, as its caption states it.

The common English and ISO forms ("May 23, 2022", "Nov. 17, 2019", "23 May 2022",
"2022-05-23", wire-style "AUGUST 03:"), the dotted day-first form ("16.08.2020") and the
slashed one when a number over 12 tells day from month ("14/03/2023", "03/14/2023") are
read by one compiled regex, and a day, month name and year in German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Swedish, Danish, Norwegian or Czech ("23. Mai 2022",
"3 de mayo de 2022", "3 maja 2022") through a table of month names; dateparser is the
fallback for a few more languages ("3 мая 2022", "3 Mayıs 2022"), imported only when such
a form is seen: its data for that one language translate the date to English.

>>> caption_dates(["Putin in Sochi, Russia on May 23, 2022.", "A crowd on Thursday.", None], "")
[(datetime.date(2022, 5, 23), 'May 23, 2022'), (None, None), (None, None)]
>>> caption_dates(["The bridge on March 17 at dusk."], "Published March 20, 2024.")
[(datetime.date(2024, 3, 17), 'March 17')]
>>> caption_dates(["The bridge on March 17 at dusk."], "No year is printed here.")
[('--03-17', 'March 17')]
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse._text import holds_any

__all__ = ["caption_dates", "find_dates"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# A calendar date in English or ISO form; the year may be missing ("March 17"). The month
# is any capitalised word here (a character class is much faster than an alternation of
# month names); `find_dates` keeps the matches whose word is a month.
DATE = lazy_compile(
    r"""
    (?=[\dA-Z])   # every form starts with a digit or a capital: one test turns most places down
    (?:
    (?P<iso>\b
        (?P<y0>(?:18|19|20)\d\d)-(?P<m0>0[1-9]|1[0-2])-(?P<d0>0[1-9]|[12]\d|3[01])  # 2022-05-23
    (?!\d))
    |(?P<dotted>\b
        (?P<d3>[12]\d|3[01]|0?[1-9])\.(?P<m3>0?[1-9]|1[0-2])\.(?P<y3>(?:18|19|20)\d\d)  # 16.08.2020
    (?![\d.]\d))
    |(?P<slashed>\b
        (?P<a4>3[01]|[12]\d|0?[1-9])/(?P<b4>3[01]|[12]\d|0?[1-9])  # "14/03", "03/14"
        /(?P<y4>(?:18|19|20)\d\d)                                  # "/2023"
    (?![\d/]))
    |(?P<mdy>\b
        (?P<m1>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s+   # "May ", "Nov. ", "AUGUST "
        (?P<d1>[12]\d|3[01]|0?[1-9])                   # the day
        (?:st|nd|rd|th)?\b                             # "23rd"
        (?!\s*[:.]\d)                                  # not a time: "May 5:30"
        (?:[-–](?:[12]\d|3[01]|0?[1-9])\b)?            # a day range: "Aug. 19-22"
        (?:,?\s+(?P<y1>(?:18|19|20)\d\d)\b)?           # the year: ", 2022"
    )
    |(?P<dmy>\b
        (?P<d2>[12]\d|3[01]|0?[1-9])                   # the day
        (?:st|nd|rd|th)?\s+(?:of\s+)?                  # "23rd of "
        (?P<m2>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\b\.?     # the month
        (?:,?\s+(?P<y2>(?:18|19|20)\d\d)\b)?           # the year
    ))
    """,
    regex.VERBOSE,
)

# A run of digits: dates are searched for only in a window around each one (fast path).
DIGITS = lazy_compile(
    r"""
    \d+    # a number
    """,
    regex.VERBOSE,
)

# A day, a month name and a year in another language: "23. Mai 2022", "3 de mayo de 2022"
# (its month read from the table of `_foreign_months`, else by dateparser).
FOREIGN_DATE = lazy_compile(
    r"""
    (?=\d)                                     # (a cheap first test, as in `DATE`)
    \b(?P<day>[12]\d|3[01]|0?[1-9])\.?\s+      # the day, maybe with a full stop
    (?:de\s+)?(?P<month>\p{L}{3,12})\.?\s+       # a month word (`_foreign_months`)
    (?:de\s+)?(?P<year>(?:18|19|20)\d\d)\b       # the year
    """,
    regex.VERBOSE,
)


@functools.cache
def _foreign_months() -> dict[str, int]:
    """Month words (lower case) of English and the languages of ``data/months.json``'s
    table, with their numbers: read without dateparser."""
    numbers: dict[str, int] = dict(_MONTHS)
    for months in load("months.json")["table"].values():
        for number, words in enumerate(months, start=1):
            for word in words:
                numbers.setdefault(word, number)
    return numbers


@functools.cache
def _dateparser_months() -> dict[str, str]:
    """Month words of the languages only dateparser reads here, with their language: only
    a `FOREIGN_DATE` with one of them imports it ("Top 10 players 2022" does not)."""
    table = _foreign_months()
    languages: dict[str, str] = {}
    for language, words in load("months.json")["dateparser"].items():
        for word in words:
            if word not in table:
                languages.setdefault(word, language)
    return languages


def _month_word(word: str) -> bool:
    """A month name of the table or of a language only dateparser reads (lower case)."""
    return word in _foreign_months() or word in _dateparser_months()


def find_dates(text: str) -> list[tuple[int, int, int | None, str]]:
    """Every English or ISO calendar date in ``text``: (month, day, year or None, as printed)."""
    return _dates_in(text, _windows(text))


def _dates_in(text: str, windows: list[list[int]]) -> list[tuple[int, int, int | None, str]]:
    """`find_dates`, given the `_windows` of ``text``."""
    found: list[tuple[int, int, int | None, str]] = []
    taken = 0  # matches overlap (overlapped=True); keep each accepted one whole
    year: int | None
    for m in _candidates(text, windows):
        if m.start() < taken:
            continue
        if m["iso"]:
            month, day, year = int(m["m0"]), int(m["d0"]), int(m["y0"])
        elif m["dotted"]:  # day first, as the German, Dutch and Nordic press print it
            month, day, year = int(m["m3"]), int(m["d3"]), int(m["y3"])
        elif m["slashed"]:  # day first or month first: read only when a number over 12 tells
            first, second, year = int(m["a4"]), int(m["b4"]), int(m["y4"])
            month, day = (second, first) if first > 12 else (first, second)
            if first <= 12 and second <= 12 and first != second:
                month = 0  # "03/04/2023": March 4 or 3 April, no one can tell
            month = month if month <= 12 else 0
        else:
            word, digits, printed_year = (
                (m["m1"], m["d1"], m["y1"]) if m["mdy"] else (m["m2"], m["d2"], m["y2"])
            )
            month, day = _MONTHS.get(word.casefold(), 0), int(digits)
            year = int(printed_year) if printed_year else None
        if month and _valid(year or 2000, month, day):  # 2000 is a leap year: Feb 29 is kept
            found.append((month, day, year, m[0].rstrip(".") if m["dmy"] else m[0]))
            taken = m.end()
    return found


def _windows(text: str) -> list[list[int]]:
    """Stretches of ``text`` around its numbers, where a date may stand."""
    windows: list[list[int]] = []
    for number in DIGITS.finditer(text):
        start, end = max(0, number.start() - 16), min(len(text), number.end() + 26)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return windows


def _candidates(text: str, windows: list[list[int]]) -> list[regex.Match[str]]:
    """DATE matches, searched only in the ``windows`` around the numbers of ``text``."""
    return [m for s, e in windows for m in DATE.finditer(text, s, e, overlapped=True)]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


@functools.cache
def _language_data(language: str) -> Any:
    """dateparser's data for one language, loaded on first use: its translator to English
    ("3 мая 2022" -> "3 may 2022") and the fixed settings it reads with."""
    from dateparser.conf import settings  # noqa: PLC0415  (slow to import; rare forms only)
    from dateparser.languages.loader import default_loader  # noqa: PLC0415

    return default_loader.get_locale(language), settings


# A day, an English month name and a year, as dateparser's translation prints them.
TRANSLATED = lazy_compile(
    r"""
    (?P<day>\d{1,2})\.?\s+      # the day, maybe with a full stop ("3. may 2020")
    (?P<month>[a-z]+)\.?\s+     # the month in English, lower case
    (?P<year>\d{4})              # the year
    """,
    regex.VERBOSE,
)


@functools.lru_cache(maxsize=1024)
def _parse_foreign(printed: str, language: str) -> datetime.date | None:
    """A date in ``language``, or None: dateparser's data for the language translate it to
    English, and the English month table reads it (dateparser's own parser, whose time-zone
    patterns cost about 150 ms to build, is not needed for a day, a month and a year)."""
    try:
        locale, settings = _language_data(language)
        english = locale.translate(printed, keep_formatting=True, settings=settings)
    except Exception:  # dateparser may fail on odd input; a date is then simply not found
        return None
    m = TRANSLATED.fullmatch(english.strip())
    month = _MONTHS.get(m["month"], 0) if m is not None else 0
    if m is None or not month or not _valid(int(m["year"]), month, int(m["day"])):
        return None
    return datetime.date(int(m["year"]), month, int(m["day"]))


_FIRST_SENTENCE_END = lazy_compile(r"(?<=[\p{Ll}\d]{2}\.)\s+(?=\p{Lu})")
_WEEKDAY_BEFORE = lazy_compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s\Z", regex.I)


def _caption_date(caption: str) -> tuple[int, int, int | None, str] | None:
    """The picture's date in one caption: its first date, with a year from the caption if any."""
    windows = _windows(caption)  # (once: the foreign forms are searched in them too)
    found = _dates_in(caption, windows)
    if not found:
        foreign = next(
            (
                m
                for s, e in windows
                for m in FOREIGN_DATE.finditer(caption, s, e, overlapped=True)
                if _month_word(m["month"].casefold())
            ),
            None,
        )
        if foreign is None:
            return None
        number = _foreign_months().get(foreign["month"].casefold())
        if number is not None:  # the fast path: a month name of the table
            printed_day, printed_year = int(foreign["day"]), int(foreign["year"])
            if not _valid(printed_year, number, printed_day):
                return None
            return number, printed_day, printed_year, foreign[0]
        date = _parse_foreign(foreign[0], _dateparser_months()[foreign["month"].casefold()])
        return None if date is None else (date.month, date.day, date.year, foreign[0])
    if ", wh" in caption:
        found = [date for date in found if not _in_relative_clause(caption, date[3])]
        if not found:
            return None
    if _graphic(caption):
        return None  # "A map shows the counties with cases as of March 3": a data graphic
    folded = caption.casefold()
    if holds_any(folded, _SPAN_MARKS):  # "closed since November 19", "cases as
        found = [date for date in found if not _span_end(caption, date[3])]  # of March 3"
        if not found:
            return None
    if holds_any(caption, _FUTURE):
        found = [date for date in found if not _ahead(caption, date[3])]
        if not found:
            return None  # "Nurses will strike on 14 February": no picture of that day yet
    month, day, year, printed = _taken(caption, found)
    if year is None:  # "AUGUST 03: ... on August 3, 2016": the same day later, with its year
        years = {y for m, d, y, _ in found[1:] if y and (m, d) == (month, day)}
        years = years or {y for _, _, y, _ in found[1:] if y}
        year = years.pop() if len(years) == 1 else None
    return month, day, year, printed


_RELATIVE_OPENERS = (", who ", ", which ", ", whose ")
"""What opens a relative clause between commas: a date in it tells of the person or thing,
not of the picture ("Singer Jane Doe, who died on May 3, 2024, performs in London")."""


_FUTURE = (" will ", " is due to ", " are due to ", " is set to ", " are set to ", " is scheduled ")
"""What puts a date ahead of the picture ("Nurses will strike on 14 February")."""


_NAMED_IN_COMMAS = lazy_compile(r",\ \p{Lu}[^,.]{0,40},")
"""A name or title set off by commas inside a clause (", Glass Houses,"): no clause's end."""


def _ahead(caption: str, printed: str) -> bool:
    """Whether a date stands after a `_FUTURE` phrase in its clause (within 80 characters,
    no full stop or comma between, but a name set off by commas: "will release her third
    album, Glass Houses, on August 8th")."""
    at = caption.find(printed)
    if at < 0:
        return False
    head = caption[max(0, at - 80) : at]
    opened = max(head.rfind(phrase) for phrase in _FUTURE)
    if opened < 0:
        return False
    clause = _NAMED_IN_COMMAS.sub("", head[opened:])  # "will release her album, Glass Houses,"
    return "," not in clause and "." not in clause


_SPAN_OPENERS = (
    "since", "since early", "since late", "since mid", "as of", "until", "through", "updated",
)  # fmt: skip
"""What opens a date that bounds a span of time or of data, not the day of a picture:
"closed since November 19", "cases as of March 3", "open until June 1", "updated May 2"."""
_SPAN_MARKS = tuple(f"{opener} " for opener in ("since", "as of", "until", "through", "updated"))
"""The `_SPAN_OPENERS` as a caption prints them before a date: a cheap test first."""

_GRAPHIC_HEADS = frozenset({"a", "an", "the", "this"})
_GRAPHICS = frozenset(
    {"map", "chart", "graph", "graphic", "table", "infographic", "diagram", "timeline"}
)
"""What a caption of a data graphic opens with ("A map shows …", "This chart …"), after
one of `_GRAPHIC_HEADS` and before one of `_SHOWING`: no one took a picture of it on a day."""
_SHOWING = frozenset({"shows", "showing", "depicts", "illustrates", "tracks", "displays"})


def _graphic(caption: str) -> bool:
    """Whether a caption tells of a data graphic: "A map shows the counties in Kansas with
    confirmed measles cases as of March 3." (Newsweek, Axios): its dates are the data's.
    A picture of a map is told otherwise ("A map of the front hangs in the bunker")."""
    words = caption[:40].casefold().split(" ", 3)
    return (
        len(words) > 2
        and words[0] in _GRAPHIC_HEADS
        and words[1] in _GRAPHICS
        and words[2] in _SHOWING
    )


def _span_end(caption: str, printed: str) -> bool:
    """Whether a date is printed right after one of `_SPAN_OPENERS` ("since", "as of",
    "until", "through", "updated"; perhaps "since early"): when something began or ended,
    or how recent the data are, not the day of the picture."""
    at = caption.find(printed)
    return at >= 0 and caption[max(0, at - 14) : at].rstrip().casefold().endswith(_SPAN_OPENERS)


def _in_relative_clause(caption: str, printed: str) -> bool:
    """Whether a date stands in a relative clause opened by `_RELATIVE_OPENERS` in its
    sentence, with no other comma between the clause's start and the date."""
    at = caption.find(printed)
    if at < 0:
        return False
    head = caption[max(0, at - 60) : at]
    opened = max(head.rfind(opener) for opener in _RELATIVE_OPENERS)
    return opened >= 0 and "," not in head[opened + 2 :] and "." not in head[opened + 2 :]


def _taken(
    caption: str, found: list[tuple[int, int, int | None, str]]
) -> tuple[int, int, int | None, str]:
    """Of several dates in a caption, the one the picture was taken on: the last one of
    the first sentence printed after "on" or a weekday ("… burned in the Feb. 26 fire …
    on March 2, 2024"), else the first."""
    if len(found) == 1:
        return found[0]
    taken = None
    pos = 0
    end = _FIRST_SENTENCE_END.search(caption)  # AP's "FILE - …, July 14, 2023. … Jan. 24, 2024"
    limit = end.start() if end is not None else len(caption)
    for date in found:
        at = caption.find(date[3], pos)
        if at < 0 or at > limit:
            continue
        pos = at + len(date[3])
        before = caption[max(0, at - 12) : at]
        if before.endswith(("on ", "On ")) or _WEEKDAY_BEFORE.search(before):
            taken = date
    first = found[0]
    if taken is None or (taken[:2] == first[:2] and None in (taken[2], first[2])):
        return first  # "AUGUST 03: … on August 3, 2016": the same day, as printed first
    return taken


def caption_dates(
    captions: list[str | None], text: str
) -> list[tuple[datetime.date | str | None, str | None]]:
    """For each caption, the date the picture was taken and the date as printed.

    A date without a year takes the year of the article's other dates (the other
    captions and ``text``) when they all agree, or the year before when the day falls
    after the latest of them (a picture is taken before the story is published: "on
    December 28" in a story dated "2 Jan 2026" is 2025-12-28); otherwise it is given in
    the ISO 8601 form of a day without a year, ``"--MM-DD"``. A weekday alone is no date.
    """
    found = [_caption_date(c) if c else None for c in captions]
    article_year: int | None = None
    latest = (0, 0)  # the latest (month, day) printed with the article's year
    if any(f is not None and f[2] is None for f in found):
        dated = [(f[0], f[1], f[2]) for f in found if f is not None and f[2] is not None]
        dated += [(m, d, y) for m, d, y, _ in find_dates(text) if y is not None]
        years = {y for _, _, y in dated}
        article_year = years.pop() if len(years) == 1 else None
        latest = max(((m, d) for m, d, _ in dated), default=(0, 0))
    out: list[tuple[datetime.date | str | None, str | None]] = []
    for f in found:
        if f is None:
            out.append((None, None))
            continue
        month, day, printed_year, printed = f
        year = printed_year or article_year
        if not printed_year and year and (month, day) > latest:
            year -= 1  # "on December 28" in a story dated "2 Jan 2026": taken before it, in 2025
        if year is None:  # "on March 17" in an article that prints no year
            out.append((f"--{month:02d}-{day:02d}", printed))
            continue
        valid = _valid(year, month, day)
        out.append((datetime.date(year, month, day) if valid else None, printed))
    return out
