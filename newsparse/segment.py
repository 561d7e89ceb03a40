"""Segmentation: the article's lines as labelled blocks.

`segment(text)` is the lower of newsparse's two API levels: every non-blank line of the
input lands in exactly one `Block` (headline, dek, byline, heading, paragraph, image or
other), in reading order, with its exact span. `parse` builds the semantic fields of an
`Article` from these blocks.

How it decides, cheap and certain first:

1. every line gets a label of its own (`newsparse.lines.label`): Markdown image or
   heading, bold line, page furniture, byline, credit, caption with credit;
2. pictures take their lines (`newsparse.captions.group_images`);
3. the first line is the headline when it reads like one; a byline and a standfirst (dek)
   may follow it;
4. a subheading is a short, title-like line between body paragraphs: not a sentence, not
   one of a run of such lines (link lists), not next to page furniture
   (`newsparse.headings`);
5. every other line of text is a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsparse._regex import lazy_compile
from newsparse._text import readable
from newsparse.agencies import lookup
from newsparse.caption_lines import name_line
from newsparse.captions import ImageGroup, group_images
from newsparse.credit_links import person_like
from newsparse.furniture import is_furniture
from newsparse.headings import (
    CLOSERS,
    ENTRY_TIME,
    MAX_HEADING_WORDS,
    answered_questions,
    dashed_heading,
    ends_like_sentence,
    has_url,
    heading_candidate,
    heading_in_context,
    interview_question,
    one_word_headings,
    section_tail,
    section_word,
    series_kicker,
)
from newsparse.line_context import (
    caption_toggles,
    datelines,
    fly_titles,
    organisation_credits,
    outlet_bylines,
    page_menu,
    page_title,
    summary_boxes,
    teaser_blocks,
    video_blocks,
    video_stamps,
)
from newsparse.lines import (
    BOLD_LINE,
    MARKDOWN_HEADING,
    Line,
    join_dangling_labels,
    label,
    split_lines,
    unwrap,
)
from newsparse.models import Block, BlockKind, Span, build
from newsparse.names import vocabulary

__all__ = ["Layout", "RawBlock", "layout", "segment"]

DATELINE = lazy_compile(
    r"""
    ^\p{Lu}[\p{Lu}\p{M} .,'’\-]{1,40}       # LONDON, NEW YORK, GUANGZHOU, China
    (?: ,\s*\p{L}[\p{L} .]{0,30} )?         # , China
    \s* (?: \( [\p{L} .]{1,30} \) )?        # (AP) / (Reuters)
    \s* [—–\-]{1,2} \s                      # the dash before the story starts
    """,
    regex.VERBOSE,
)

# A byline that says where the reporter files from, printed under the title (the Guardian):
# "Sam Jones in Madrid", "Peter Beaumont in Kyiv and Shaun Walker in Lviv".
PLACED_BYLINE = lazy_compile(
    r"""
    ^(?P<given> \p{Lu}[\p{L}'’\-]+ )            # a given name,
    (?: \s \p{Lu}[\p{L}'’.\-]+ ){1,3}           # a surname or two,
    \s in \s \p{Lu}[\p{L}'’.\-]+ (?: \s \p{Lu}[\p{L}'’.\-]+ ){0,2}  # " in " a place
    (?: ,? \s and \s \p{Lu}[\p{L}'’\-]+        # perhaps another reporter and place
        (?: \s \p{Lu}[\p{L}'’.\-]+ ){1,3}
        (?: \s in \s \p{Lu}[\p{L}'’.\-]+ (?: \s \p{Lu}[\p{L}'’.\-]+ ){0,2} )? )?
    $
    """,
    regex.VERBOSE,
)

STAMP = lazy_compile(
    r"""
    ^(?: jan | feb | mar | apr | may | jun | jul | aug | sep | oct | nov | dec )[a-z]*\.?
    \s \d{1,2}, \s? \d{4}                  # Nov 28, 2023 ...: a dated teaser, not a title
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


BOLD_MARKS = ("**", "__")  # how every `BOLD_LINE` starts

MAX_HEADLINE_WORDS = 30
MAX_LEADING_FURNITURE = 60  # (a browser copy's mega-menu: 40 lines over TechCrunch's title)
MAX_KICKERS = 20  # section labels, breadcrumbs or a menu over the title: "News", "UK", "Tech"
BREADCRUMB_MARKS = ("|", "›", "»", " > ", " / ")
SITE_NAME_MARKS = (" | ", " - ", " – ", " — ")  # "Title | Euronews", "Title - BBC News"
MAX_BOLD_WORDS = 24


@dataclass(slots=True)
class RawBlock:
    """A block before it becomes a model: its kind and its first and last line."""

    kind: BlockKind
    first: int
    last: int
    image: ImageGroup | None = None
    heading: str | None = None
    """For a headline, a heading or a dek printed as one: its text without Markdown marks."""


@dataclass(slots=True)
class Layout:
    """The lines of a text and the blocks they form."""

    lines: list[Line]
    blocks: list[RawBlock]
    wrapped: bool = False
    """Whether the text was hard-wrapped (`newsparse.lines.unwrap` joined its lines)."""


def segment(text: str, /) -> list[Block]:
    """Label every non-blank line of ``text`` as part of one block, in reading order.

    >>> [(b.kind, b.text) for b in segment("Storm Hits Coast\\n\\nThe storm hit on Monday.")]
    [('headline', 'Storm Hits Coast'), ('paragraph', 'The storm hit on Monday.')]
    """
    if not isinstance(text, str):
        raise TypeError(_type_message(text))
    result = layout(readable(text))
    return to_blocks(text, result)


def to_blocks(text: str, result: Layout) -> list[Block]:
    """The models of ``result``'s blocks, each cut from ``text`` (one loop for them all)."""
    lines = result.lines
    blocks = []
    for block in result.blocks:
        start, end = lines[block.first].start, lines[block.last].end
        span = build(Span, start=start, end=end)  # offsets we computed: valid by construction
        blocks.append(build(Block, kind=block.kind, text=text[start:end], span=span))
    return blocks


def _type_message(obj: object) -> str:
    if isinstance(obj, bytes | bytearray | memoryview):
        return (
            f"newsparse expects str, got {type(obj).__name__}: decode it first, "
            "e.g. text.decode('utf-8')"
        )
    return f"newsparse expects str, got {type(obj).__name__}"


def layout(text: str) -> Layout:
    """The lines of ``text`` and the blocks they form (the work behind `segment`)."""
    split = split_lines(text)
    lines = unwrap(text, split)
    wrapped = len(lines) < len(split)
    lines = join_dangling_labels(text, lines)
    for line in lines:
        label(line)
    datelines(lines)
    caption_toggles(lines)
    page_title(lines)
    page_menu(lines)
    fly_titles(lines)
    outlet_bylines(lines)
    tight = _tight(lines)
    video_blocks(lines, tight=tight)
    video_stamps(lines)  # (CNBC's "VIDEO4:1204:12" over a video's title and show)
    organisation_credits(lines)  # (Newsweek's title / caption / "Florida Geological Survey")
    teaser_blocks(lines)  # (with no blank lines, up to a line that ends like a sentence)
    summary_boxes(lines)
    kinds: list[BlockKind | None] = [None] * len(lines)
    pictures: dict[int, RawBlock] = {}  # by first line

    # 2. pictures take their lines first: a caption title is never a heading
    end = -1
    for group in group_images(lines, tight=tight):
        if group.first <= end:
            continue  # never two blocks over one line (cannot happen with sane groups)
        pictures[group.first] = RawBlock("image", group.first, group.last, image=group)
        for i in range(group.first, group.last + 1):
            kinds[i] = "image"
        end = group.last

    # 3. headline, byline, dek
    at = _headline(lines, kinds)
    headline: str | None = None
    body_start = 0
    if at is not None:
        headline = _without_site_name(_markdown_heading(lines[at].text), lines[at + 1 : at + 25])
        kinds[at] = "headline"
        for j in range(at):  # what stands over the headline is page furniture, or a byline
            if kinds[j] is None:
                kinds[j] = "byline" if lines[j].kind == "byline" else "other"
        body_start = _header(lines, kinds, at + 1, headline)

    # 4. and 5. the body: headings, paragraphs, other
    one_word = one_word_headings(lines, body_start, kinds)
    interview = _interview(text) or answered_questions(lines)
    candidates = [  # (a cheap test first: most lines are prose, too long for a heading)
        i >= body_start
        and line.words <= MAX_HEADING_WORDS
        and kinds[i] is None
        and not (interview and line.text.endswith("?"))  # an interviewer's question
        and heading_candidate(line, headline, one_word)
        for i, line in enumerate(lines)
    ]
    # the lengths of a line that may be the headline printed again: `_same_text`'s first test
    title = headline or ""  # (no headline: no line is empty, so none is its copy)
    copy_sizes = range(len(title) - len(title) // 4, len(title) + len(title) // 4 + 1)
    seen_paragraph = False
    # after a byline the body may open with a heading ("By Jane Roe" / "Design and fit")
    bylined = at is not None and "byline" in kinds[at + 1 : body_start]
    blocks: list[RawBlock] = []  # in reading order: a picture's block at its first line
    for i, line in enumerate(lines):
        settled = kinds[i]
        if settled is not None:
            if settled == "image":
                if i in pictures:
                    blocks.append(pictures[i])
                continue
            value = headline if settled == "headline" else None
            if settled == "dek" and line.kind == "md_heading":  # ("## A standfirst.")
                value = _markdown_heading(line.text)
            blocks.append(RawBlock(settled, i, i, None, value))
            continue
        kind: BlockKind
        heading: str | None = None
        own = line.kind  # the first pass's label
        if own in ("furniture", "link", "credit"):
            kind = "other"
        elif own == "byline":
            kind = "byline"
        elif (own == "md_heading" or (own == "bold" and line.words <= MAX_BOLD_WORDS)) and not (
            (interview and _markdown_heading(line.text).rstrip(CLOSERS)[-1:] in TURN_ENDS)
            or interview_question(_markdown_heading(line.text))
        ):  # (an interviewer's question or remark in bold: no heading)
            kind, heading = "heading", _markdown_heading(line.text)
        elif len(line.text) in copy_sizes and _same_text(line.text, title):
            kind = "other"  # the headline printed again
        elif (
            line.text[:2] == "- "  # (a cheap test first: most lines open otherwise)
            and i >= body_start
            and line.gap  # a line of its own between blank lines, no list's item
            and (i + 1 == len(lines) or lines[i + 1].gap)
            and (dashed := dashed_heading(line)) is not None
        ):
            kind, heading = "heading", dashed  # "- Regions split -" (AFP): "Regions split"
        elif candidates[i] and section_tail(line.text):
            kind, heading = "heading", line.text  # "'We showed the character' - what they said"
        elif (
            candidates[i]
            and (
                seen_paragraph
                or section_word(line)  # "Topline" over the first paragraph (Forbes)
                or (bylined and i == body_start and not _exclaims(line.text))
                or (i > 0 and ENTRY_TIME.fullmatch(lines[i - 1].text) is not None)
            )
            and heading_in_context(
                lines, candidates, i, kinds, under_links=_under_indented(text, lines, i)
            )
        ):
            kind, heading = "heading", line.text
        else:
            kind = "paragraph"
            seen_paragraph = True
        kinds[i] = kind
        blocks.append(RawBlock(kind, i, i, None, heading))
    return Layout(lines=lines, blocks=blocks, wrapped=wrapped)


def _under_indented(text: str, lines: list[Line], i: int) -> bool:
    """Whether line ``i`` starts at the margin right under an indented line: the end of a
    run of related links that an extractor indents ("    Council approves 4.9% tax
    increase" / "What happens next" / its text, CBC), so that the line is read on its own,
    not as one more link. (`Line.start` is the offset of a line's first character that is
    no white space: an indented line has a space or a tab before it.)"""
    if i == 0:
        return False
    above, start = lines[i - 1].start, lines[i].start
    return above > 0 and text[above - 1] in " \t" and (start == 0 or text[start - 1] not in " \t")


TURN_ENDS = ("?", ".", "!")
"""How an interviewer's turn printed in bold ends: a question ("**What changed?**") or a
remark ("**Critics say teenagers will just stay up later.**", TIME); no heading."""

INTERVIEW_NOTES = (
    "edited for length",
    "edited for clarity",
    "edited and condensed",
    "condensed and edited",
    "condensed for clarity",
    "lightly edited",
)
"""What an interview printed as questions and answers says of itself ("This interview has
been edited for length and clarity."): its questions are no headings."""


def _interview(text: str) -> bool:
    """Whether ``text`` is an interview printed as questions and answers: it says so
    (`INTERVIEW_NOTES`; a cheap test first: one scan for "edited" or "condensed"), or a
    heading of its own announces one ("## Q&A with the RTA", The National), or it prints
    its questions after "Q:" (a scan for a "Q" first: a rare letter, found by the fast scan
    for one character, where "Q&A" and "Q:" are each compared at every character)."""
    if "Q" in text and ("Q&A" in text or "Q:" in text):
        try:
            if QA_HEADING.search(text, timeout=REGEX_TIMEOUT) is not None:
                return True
        except TimeoutError:  # (linear, so never on real text: no interview then)
            pass
    if "edited" not in text and "condensed" not in text:
        return False
    lowered = text.casefold()
    return any(note in lowered for note in INTERVIEW_NOTES)


QA_HEADING = lazy_compile(
    r"""
    ^(?:\#{1,6}\ |\*\*)?             # perhaps a Markdown heading's or bold marks
    (?:Q&A\b[^\n]{0,60}$              # "Q&A with the RTA", a short line of its own,
    |Q:\ [^\n]{1,300}\?)              # or a question: "Q: Will the line open on time?"
    """,
    regex.VERBOSE | regex.MULTILINE,
)
REGEX_TIMEOUT = 1.0
"""Seconds a whole-text search may run (`QA_HEADING`): linear, but bounded all the same."""


def _exclaims(text: str) -> bool:
    """Whether ``text`` ends in an exclamation mark, perhaps inside closing quotes: under the
    byline, the story's one-line lede ("Jolene Marsh is going to be a bride!", People, Us
    Weekly, E!), not a heading over its first section."""
    return text.rstrip(CLOSERS).endswith("!")


def _tight(lines: list[Line]) -> bool:
    """True when paragraphs are separated by single line breaks (no blank lines)."""
    if len(lines) < 3:
        return True
    gaps = sum(line.gap for line in lines[1:])
    return gaps < 0.3 * (len(lines) - 1)


def _headline(lines: list[Line], kinds: list[BlockKind | None]) -> int | None:
    """Where the headline is: the first line (after page furniture such as "Skip to
    content"), when it reads like a title rather than the start of the story."""
    i = 0  # page furniture, or a lead picture printed over the title ("FILE - … (AP Photo/…)")
    while (
        i < len(lines)
        and i < MAX_LEADING_FURNITURE
        and (
            (lines[i].kind == "furniture" and not _labelled_title(lines, i))
            or kinds[i] == "image"
            or (lines[i].kind == "credit" and kinds[i] is None)  # the site's name: no picture
        )
    ):
        i += 1
    k = i  # section labels or breadcrumbs over the title ("Europe", "News|Climate Crisis"),
    kicker = None  # or a site's menu ("Markets" / "Business" / "Tech" / "Menu" / "TECH")
    while k < i + MAX_KICKERS and k + 1 < len(lines):
        if _kicker(lines[k]) or (kicker is not None and _menu_item(lines[k], lines[k + 1])):
            kicker = lines[k]
        elif not (
            (kicker is not None and lines[k].kind == "furniture")
            or _crumbs_over(lines[k], lines[k + 1])  # (a trail of crumbs: no kicker's length)
        ):
            break
        k += 1
    title = k  # perhaps more furniture between them and the title ("Advertisement")
    while title + 1 < len(lines) and title < k + 3 and lines[title].kind == "furniture":
        title += 1
    bylined = title + 1 < len(lines) and lines[title + 1].kind == "byline"  # (a short title
    if (  # is no kicker's when its byline is under it: "Europe" / "Storm Hits Coast" / "By …")
        k > i
        and kinds[title] is None
        and _title_under(None if bylined else kicker, lines[title])
    ):
        i = title
    if (  # a copy-paste that starts with the byline: "By Jane Roe" / the title
        i + 1 < len(lines)
        and lines[i].kind == "byline"
        and kinds[i + 1] is None
        and _title_under(None, lines[i + 1])
    ):
        i += 1
    if i >= len(lines) or kinds[i] is not None:
        return None
    first = lines[i]
    if first.kind in ("md_heading", "bold") or _labelled_title(lines, i):
        return i
    by_line = first.kind == "byline" and first.text[:3].lower() == "by "
    if first.kind not in ("text", "byline") or by_line:
        return None
    text = first.text
    if first.words > MAX_HEADLINE_WORDS or len(text) > 300:
        return None
    if DATELINE.match(text) or STAMP.match(text) or has_url(text):
        return None
    if (
        text.endswith((".", ".”", '."', ".’", ","))
        and first.words > 8
        and not _place_end(text)
        and not _title_cased(text)
    ):
        bylined = i + 1 < len(lines) and (
            lines[i + 1].kind == "byline"
            or _name_then_stamp(lines, i + 1)
            or _name_over_byline(lines, i + 1)  # "Ellen Roe" / "Senior Reporter" (Yahoo)
            or _dek_over_byline(lines, i + 1)
        )
        return i if bylined and text.endswith(".") else None  # a title in sentences, then "By"
    return i


MAX_STAMP_LINES = 2
"""How many lines of time stamps `_dek_over_byline` looks past for the byline."""


def _dek_over_byline(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a standfirst in sentences over the byline, perhaps with the time
    stamp between: the line over it is the title, even in sentences ("Hackers locked up a
    town's water plant. The mayor says he won't pay." / "The attack is the fourth this year,
    officials said." / "Feb. 11, 2026, 5:42 PM EST" / "By Dana Roe", NBC News)."""
    if i >= len(lines) or lines[i].kind != "text" or lines[i].gap:
        return False
    if not 6 <= lines[i].words <= MAX_DEK_WORDS or not ends_like_sentence(lines[i].text):
        return False
    j = i + 1
    while j < len(lines) and j <= i + MAX_STAMP_LINES and lines[j].kind == "furniture":
        j += 1  # (the time stamp)
    return j < len(lines) and lines[j].kind == "byline"


# A photo essay's or a video's title after its label (Los Angeles Times, AP, CBS: "PHOTOS:
# Inside the all-night taco stands of East L.A.", "VIDEO: Crews battle the Ridge fire").
LABELLED_TITLE = lazy_compile(
    r"""
    ^(?: photos? | video | watch | graphic )  # the label, which makes it furniture in a body
    \s* : \s+ \S                              # its colon, then the title
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
MIN_LABELLED_TITLE_WORDS = 4  # "PHOTOS: Inside the stands": the label and three words


def _labelled_title(lines: list[Line], i: int) -> bool:
    """Whether furniture line ``i`` is a title after its label, right over the byline:
    "PHOTOS: Inside the all-night taco stands of East L.A." / "By Alondra Vega" (Los Angeles
    Times). In a body such a line is a link to a gallery or a video ("Video: Crews battle
    the fire"); over the byline it is the story's own title, the headline."""
    line = lines[i]
    return (
        line.kind == "furniture"
        and i + 1 < len(lines)
        and lines[i + 1].kind == "byline"
        and MIN_LABELLED_TITLE_WORDS <= line.words <= MAX_HEADLINE_WORDS
        and LABELLED_TITLE.match(line.text) is not None
    )


_MINOR_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"over", "the", "to", "up", "via", "vs", "with"}
)
"""Words a title in title case may leave in lower case ("Bought Its Last Dairy Farm")."""


def _title_cased(text: str) -> bool:
    """Whether every word but the minor ones starts with a capital or a digit: a title in
    sentences ("A Small Town Bought Its Last Dairy Farm. Now It Has to Run One.", The New
    York Times), never a paragraph's sentence."""
    words = [w.strip("\"“”‘’'(),.:;!?") for w in text.split()]
    return all(w[:1].isupper() or w[:1].isdigit() or w in _MINOR_WORDS for w in words if w)


def _place_end(text: str) -> bool:
    """Whether a title ends in a place's abbreviation, no sentence's full stop: "Wildfire
    jumps highway near Fort Sable, Alta.", "… in the U.S." (AP, CBC)."""
    last = text.rsplit(" ", 1)[-1]
    if not last.endswith("."):
        return False
    bare = last[:-1]
    return "." in bare or bare.casefold() in vocabulary().place_abbreviations


def _name_then_stamp(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the author's bare name over the time stamp (Business Insider:
    "Priya Raman-Cole" / "Mar 4, 2025, 5:12 AM ET"): a byline with no "By"."""
    return (
        i + 1 < len(lines)
        and 2 <= lines[i].words <= MAX_AUTHOR_WORDS
        and name_line(lines[i])
        and lines[i + 1].words <= MAX_STAMP_WORDS
        and STAMP.match(lines[i + 1].text) is not None
    )


MAX_AUTHOR_WORDS = 4
MAX_STAMP_WORDS = 8  # "Mar 4, 2025, 5:12 AM ET": a stamp, no dated caption


def _kicker(line: Line) -> bool:
    """A section label or breadcrumb printed over the title ("Europe", "CONGRESS",
    "News|Climate Crisis", "U.S."): a word or two, or a trail of labels, or a series' name
    ("The long read"); no end mark but an abbreviation's."""
    text = line.text
    if line.kind != "text" or len(text) > MAX_KICKER_CHARS or not text[0].isupper():
        return False
    if text[-1] in '.!?:,;"”’' and not _initials(text):
        return False
    trail = any(mark in text for mark in BREADCRUMB_MARKS)
    words = len([w for w in text.split() if w not in ("&", "and")])
    return (
        words <= 2
        or (trail and line.words <= 8)
        or (text.isupper() and words <= 3)
        or series_kicker(text)  # "The long read" (the Guardian)
    )


MAX_MENU_WORDS = 3
"""The longest item of a site's menu over the title (`_menu_item`): "Watch CBS News"."""


def _menu_item(line: Line, below: Line) -> bool:
    """Whether ``line``, under a kicker, is one more item of the site's menu: a few
    capitalised words with no end mark but an abbreviation's ("Live" / "Watch CBS News" /
    "U.S." over the title, CBS News). A short title right over its byline is no item."""
    text = line.text
    if line.kind != "text" or line.words > MAX_MENU_WORDS or below.kind == "byline":
        return False
    if not (text[-1].isalnum() or _initials(text)):
        return False  # ("U.S.": initials)
    return all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "and") for w in text.split())


def _initials(text: str) -> bool:
    """Whether a label is one abbreviation whose full stop is no sentence's: "U.S.", "U.K."."""
    return text[-1] == "." and "." in text[:-1] and " " not in text


def _crumbs_over(line: Line, title: Line) -> bool:
    """Whether ``line`` is a breadcrumb whose last crumb is the title printed under it: "Home
    / Cities / Delhi News / Delhi to fine housing societies" / "Delhi to fine housing
    societies" (Hindustan Times, Yoast's breadcrumbs print the title as the last crumb)."""
    text, bare = line.text, title.text
    if line.kind != "text" or len(text) <= len(bare) or not text.endswith(bare):
        return False
    return text[: len(text) - len(bare)].rstrip().endswith(CRUMB_MARKS)


CRUMB_MARKS = tuple(mark.strip() for mark in BREADCRUMB_MARKS)
"""`BREADCRUMB_MARKS` without their spaces: what a breadcrumb's crumb before the title ends in."""


def _kicker_words(kicker: Line) -> int:
    """How many words a kicker has: a trail of crumbs ("Finance & economics | Pension
    politics"), those of its longest crumb ("&" and "and" not counted)."""
    text = kicker.text
    if not any(mark in text for mark in CRUMB_MARKS):
        return kicker.words
    crumbs = CRUMB_SPLIT.split(text) if len(text) <= MAX_KICKER_CHARS else [text]
    return max(len([w for w in c.split() if w not in ("&", "and")]) for c in crumbs)


MAX_KICKER_CHARS = 60
"""The longest kicker `_kicker` reads: a bound on `_kicker_words`' split."""
CRUMB_SPLIT = lazy_compile(r"[|›»>/]")  # where a trail of crumbs is cut: `BREADCRUMB_MARKS`


def _title_under(kicker: Line | None, line: Line) -> bool:
    """Whether ``line`` reads as the title under a kicker (longer than it, or than its
    longest crumb: "Finance & economics | Pension politics" / "Why Dutch pension funds are
    dumping long-dated bonds", The Economist's fly-title) or a byline: no sentence, unless
    in title case ("ForbesBusinessEnergy" / "Heat Pumps Are Winning In Cold Climates. Maine
    Is The Proof.", Forbes: a title in sentences, `_title_cased`)."""
    title = line.text
    return (
        line.kind in ("text", "md_heading", "bold")
        and (_kicker_words(kicker) + 3 if kicker is not None else 3)
        <= line.words
        <= MAX_HEADLINE_WORDS
        and (not title.endswith(".") or _title_cased(title))
        and not DATELINE.match(title)
        and not STAMP.match(title)
    )


def _header(lines: list[Line], kinds: list[BlockKind | None], i: int, headline: str) -> int:
    """Label the byline and dek lines under the headline; return where the body starts."""
    dek_done = False
    last = i + MAX_HEADER_LINES - 1  # (counted from the headline, wherever the page's menu left it)
    while i < len(lines) and i <= last:
        line = lines[i]
        if kinds[i] is not None:
            return i
        if _byline_here(lines, kinds, i):
            kinds[i] = "byline"
        elif line.kind == "furniture" or _same_text(_markdown_heading(line.text), headline):
            kinds[i] = "other"  # furniture, or the headline printed again
        elif section_tail(line.text):
            return i  # a section's title, no dek: "'We showed the character' - what they said"
        elif not dek_done and (_dek_phrase(lines, i) or _dek_in_sentences(lines, kinds, i)):
            kinds[i] = "dek"
            dek_done = True
        elif not dek_done and line.kind == "md_heading" and _markdown_dek(line):
            kinds[i] = "dek"  # "## Developers have until September to move, the company says."
            dek_done = True
        else:
            return i
        i += 1
    return i


MAX_HEADER_LINES = 6
"""How many lines under the headline `_header` reads for the byline, the dek and the stamp."""


def _byline_here(lines: list[Line], kinds: list[BlockKind | None], i: int) -> bool:
    """Whether line ``i`` of the header under the headline is (part of) the byline."""
    line = lines[i]
    return (
        line.kind == "byline"
        or _placed_byline(line)
        or _name_over_byline(lines, i)
        or _name_then_stamp(lines, i)
        or _desk_under_byline(lines, kinds, i)
        or _writers(line)
        or _name_and_stamp(line)
    )


MAX_NAME_AND_STAMP_WORDS = 12


def _name_and_stamp(line: Line) -> bool:
    """Whether a line is the writer's bare name and the time stamp run together (Stuff:
    "Marnie Coutts 14:05, Mar 04 2026"): a personal name of two to four capitalised words,
    then a stamp with a clock time and a date that is page furniture on its own (not
    "World Cup 2026")."""
    text = line.text
    if line.kind != "text" or line.words > MAX_NAME_AND_STAMP_WORDS:
        return False
    at = next((k for k, char in enumerate(text) if char.isdigit()), -1)
    name, stamp = text[:at].strip(), text[at:]
    if at < 0 or not 2 <= len(name.split()) <= 4 or not person_like(name):
        return False
    clock = ":" in stamp or "am" in stamp.lower() or "pm" in stamp.lower()
    return clock and any(c.isalpha() for c in stamp) and is_furniture(stamp)


def _dek_phrase(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, under the headline, is a standfirst that ends in no sentence's
    mark ("Campaigners say the decision will put lives at risk on the north coast")."""
    line = lines[i]
    return (
        line.kind == "text"
        and line.words >= 6
        and not ends_like_sentence(line.text)
        and not DATELINE.match(line.text)
        and not ENTRY_TIME.fullmatch(lines[i - 1].text)  # a live blog's entry
        and not _over_a_credit(lines, i)
    )


MAX_DEK_WORDS = 50
"""The longest standfirst in sentences (`_dek_in_sentences`); a longer line is the story."""


def _dek_in_sentences(lines: list[Line], kinds: list[BlockKind | None], i: int) -> bool:
    """Whether line ``i``, right under the headline, is a standfirst that ends like a
    sentence: the byline comes under it, so the story has not begun ("The pair survived
    on a granola bar and rainwater, authorities said." / "ByRosa Delgado", ABC News; "A
    bloc of senators wants to tighten caps. Leadership is wary." / the lead picture /
    "By Jane Roe", Politico). A lead picture may stand between the two."""
    line = lines[i]
    if line.kind != "text" or not 6 <= line.words <= MAX_DEK_WORDS or DATELINE.match(line.text):
        return False
    j = i + 1
    while j < len(lines) and j <= i + MAX_PICTURE_LINES and kinds[j] == "image":
        j += 1  # (the lead picture's lines)
    stamps = j + MAX_STAMP_LINES
    while j < len(lines) and j < stamps and kinds[j] is None and lines[j].kind == "furniture":
        j += 1  # (the time stamp: "Feb. 11, 2026, 5:42 PM EST" / "By Dana Roe", NBC News)
    return j < len(lines) and kinds[j] is None and _byline_here(lines, kinds, j)


def _over_a_credit(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right over a picture's credit: it is the lead picture's
    caption, no dek ("By Jane Roe" / "April 14, 2026 9:42am" / "The director on the set of
    ‘Night Ferry’" / "Jane Doe/Nordisk Film", Deadline)."""
    return i + 1 < len(lines) and lines[i + 1].kind == "credit" and not lines[i + 1].gap


MAX_PICTURE_LINES = 6
"""How many lines of a lead picture `_dek_in_sentences` looks past for the byline."""


MIN_MARKDOWN_DEK_WORDS = 8
"""How many words a Markdown heading under the headline needs to be its standfirst
(`_markdown_dek`) when it ends in no full stop."""


def _markdown_dek(line: Line) -> bool:
    """Whether a Markdown heading under the headline is the standfirst: a sentence (The Verge
    and Ars Technica print their dek as an ``<h2>``, which converters give as "## …"), not
    a short section title ("## What it means for owners")."""
    text = _markdown_heading(line.text)
    words = len(text.split())
    if words >= MIN_MARKDOWN_DEK_WORDS:
        return True
    return words >= MIN_MARKDOWN_DEK_WORDS // 2 and text.rstrip(CLOSERS)[-1:] in ".!"


def _writers(line: Line) -> bool:
    """Two or three writers' names joined by "and" or commas on their own line under the
    headline ("Eleanor Vance and Raj Mehta", The Guardian): each a known given name and one
    or two capitalised words, nothing else."""
    if line.kind != "text" or not 4 <= line.words <= 10 or " and " not in line.text:
        return False
    given = vocabulary().given_any
    for name in line.text.replace(", ", " and ").split(" and "):
        words = name.split()
        if not 2 <= len(words) <= 3 or words[0] not in given:
            return False
        if not all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
        ):
            return False
    return True


MAX_DESK_WORDS = 5
"""How many words the writer's desk or role under a byline may have ("BBC Wales News")."""


def _desk_under_byline(lines: list[Line], kinds: list[BlockKind | None], i: int) -> bool:
    """The writer's desk or role on its own line right under the byline ("By Gwenllian Rees" /
    "BBC Wales News", "By Jane Roe" / "Crime Correspondent"): a few capitalised words with
    no end punctuation, no blank line between."""
    line = lines[i]
    if line.gap or line.kind != "text" or not 1 <= line.words <= MAX_DESK_WORDS or i == 0:
        return False
    if kinds[i - 1] != "byline" or lines[i - 1].kind != "byline":
        return False
    words = line.text.split()
    return line.text[-1:].isalpha() and all(
        w[:1].isupper() or w in ("and", "of", "&") for w in words
    )


def _name_over_byline(lines: list[Line], i: int) -> bool:
    """A writer's name on its own line over the rest of the byline ("Jane Roe" / "Political
    Editor"): two to four capitalised words, the first a given name the speaker lists know."""
    line = lines[i]
    if line.kind != "text" or not 2 <= line.words <= 4 or i + 1 >= len(lines):
        return False
    if lines[i + 1].kind != "byline":
        return False
    words = line.text.split()
    return words[0] in vocabulary().given_any and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
        for w in words
    )


def _placed_byline(line: Line) -> bool:
    """`PLACED_BYLINE`, opening with a given name the speaker lists know ("Sam Jones in
    Madrid", not a title such as "Storm Damage in Florida")."""
    if line.kind != "text" or line.words > 14 or " in " not in line.text:
        return False
    m = PLACED_BYLINE.match(line.text)
    return m is not None and m["given"] in vocabulary().given_any


def _without_site_name(title: str, below: list[Line] | None = None) -> str:
    """The title without the site's name that a page title appends: "… | Euronews",
    "… - The Times of India" (a name the agency registry knows as an outlet, or any name
    when the title is printed again without it just ``below``: the page's own heading)."""
    for mark in SITE_NAME_MARKS:
        cut = title.rfind(mark)
        if cut > 0 and len(title[:cut].split()) >= 3:
            bare = title[:cut].rstrip()
            if _site_name(title[cut + len(mark) :].strip()):
                return _without_sections(bare) if mark == " | " else bare
            if any(_same_text(_markdown_heading(line.text), bare) for line in below or ()):
                return bare  # "Storm hits coast | Example News" / "Storm hits coast"
    return title


MAX_SECTION_WORDS = 4
"""The longest section name a page title prints between bars before the site's name."""


def _site_name(segment: str) -> bool:
    """Whether the last part of a page title names a known outlet: "Euronews", the site's
    domain ("Express.co.uk"), or an outlet and one section word ("CNN Politics")."""
    if lookup(segment) is not None:
        return True
    if "." in segment and " " not in segment:  # "Express.co.uk": the domain's first label
        return lookup(segment.partition(".")[0]) is not None
    words = segment.split()
    return len(words) == 2 and words[1][:1].isupper() and lookup(words[0]) is not None


def _without_sections(title: str) -> str:
    """A page title without the section names printed between bars before the site's name:
    "Dutch farmers block motorways | World news", "… | TV & Radio | Showbiz & TV" (at most
    `MAX_SECTION_WORDS` words each, three words of title kept).

    Read by offsets, each section once: the title is cut once, at the end (a title of many
    bars is not copied and split again for each)."""
    third = _third_word(title)  # the title before a bar keeps three words: the bar is after it
    end = len(title)
    cut = title.rfind(" | ", 0, end)
    while cut > third >= 0 and len(title[cut + 3 : end].split()) <= MAX_SECTION_WORDS:
        end = cut
        while end and title[end - 1].isspace():
            end -= 1  # (as `str.rstrip`)
        cut = title.rfind(" | ", 0, end)
    return title[:end]


def _third_word(text: str) -> int:
    """Where the third word of ``text`` (cut at white space, as `str.split`) starts, or -1:
    ``text[:cut]`` has three words when ``cut`` is past it."""
    words = 0
    space = True
    for at, char in enumerate(text):
        if char.isspace():
            space = True
        elif space:
            words += 1
            if words == 3:
                return at
            space = False
    return -1


def _markdown_heading(text: str) -> str:
    m = MARKDOWN_HEADING.match(text) if text.startswith("#") else None  # (a cheap test first)
    if m is not None:
        text = m.group("text")
        bare = text.rstrip("#")
        if bare != text and (not bare or bare[-1] in " \t"):
            text = bare.rstrip() or text  # "## Heading ##": the closing marks
    for _ in range(2):
        b = BOLD_LINE.match(text) if text.startswith(BOLD_MARKS) else None
        if b is None:
            break
        text = b.group("text")
    return text.strip()


def _same_text(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > len(b) // 4:
        return False
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
