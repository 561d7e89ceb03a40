"""Line context: labels that a line's neighbours change, before lines become blocks.

`newsparse.lines.label` reads each line on its own; these passes read a few lines
together: a page title that names its site after a bar is the title, not a captioned
picture (`page_title`); a name over an outlet's name at the top is a byline
(`outlet_bylines`); CNN's three-line dateline is furniture (`datelines`); the title and
blurb under a "Video" label or a player's note (`video_blocks`), the titles under a
teaser label such as "Trending Now" or "Related topics" (`teaser_blocks`) and the labels of
a summary box ("In short:" / … / "What's next?", `summary_boxes`) are furniture; NPR's
credit printed over and under its caption is the caption's credit once (`caption_toggles`);
a site's menu printed over the title, one short item a line, is furniture (`page_menu`), and
so is a fly-title over it ("Finance & economics | Pension politics", `fly_titles`).
"""

from __future__ import annotations

import functools

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse.agencies import lookup
from newsparse.credit_links import person_like
from newsparse.credit_shapes import organisation_name
from newsparse.credit_text import vocab
from newsparse.headings import ends_like_sentence
from newsparse.lines import Line
from newsparse.names import sentence_end

__all__ = [
    "caption_toggles",
    "datelines",
    "fly_titles",
    "outlet_bylines",
    "page_menu",
    "page_title",
    "summary_boxes",
    "teaser_blocks",
    "teaser_label",
    "video_blocks",
]

DASHES = ("—", "–", "-", "--")  # a line that is only a dash: the end of CNN's dateline


def page_title(lines: list[Line]) -> None:
    """A page title that names its site after a bar is the title, not a caption with a
    credit: "Job Woes Linger as U.S. Recovers Unevenly | Bloomberg" on the first line of
    text (the credit found would be "Recovers Unevenly | Bloomberg")."""
    first = next((line for line in lines if line.kind != "furniture"), None)
    if first is None or first.kind != "captioned" or first.credit is None:
        return
    credit = first.text[first.credit[0] : first.credit[1]]
    caption = first.text[: first.credit[0]].rstrip()
    last = caption.rsplit(None, 1)[-1] if caption else ""
    ended = last.endswith(("!", "?", ")", '"', "”")) or sentence_end(last)  # not "U.S."
    if " | " in credit and "/" not in credit and not ended:
        first.kind, first.credit = "text", None


MIN_MENU_ITEMS = 2
"""How many short items over the title make a site's menu (`page_menu`): fewer are a
section label or two, which the headline's reading skips itself ("Europe" / the title)."""
MAX_MENU_LINES = 60
"""How far down the text `page_menu` reads a menu."""
MAX_MENU_ITEM_WORDS = 3
"""The longest item of a site's menu: "Site Search Toggle", "The Big Story"."""
MIN_TITLE_WORDS = 4
MAX_TITLE_WORDS = 30
_MENU_SKIPS = frozenset({"furniture", "link"})


def page_menu(lines: list[Line]) -> None:
    """Label as furniture a site's menu printed over the title, as a browser copy of the
    page keeps it: `MIN_MENU_ITEMS` or more short items (`_menu_item`) at the top, perhaps
    among other furniture and after the site's name, then a longer line that reads as a
    title ("Latest" / "Startups" / "Venture" / … / "Apps" / "Loomstack raises $42M to let
    warehouses rent robots by the hour", TechCrunch; WIRED's menu, then the author's name
    and the section over the title). The title is the first line of text after them, for
    the headline's reading and for the pictures' (no caption title under a menu).

    The site's name or slogan over a button of its header counts as an item (`_masthead`).
    A short item right over a byline is the title itself ("Storm Hits Coast" / "By Jane
    Roe"): it ends the menu, and nothing is labelled when no title follows."""
    items: list[Line] = []
    buttons = 0  # the header's buttons among the items ("Subscribe", "Sign in")
    i = 0
    while i < len(lines) and i < MAX_MENU_LINES and lines[i].kind in ("furniture", "credit"):
        i += 1  # the site's name and its furniture ("TechCrunch", "Skip to main content")
    slogan = None  # the site's page title or slogan over its menu, perhaps (`_slogan`)
    if _masthead(lines, i):
        items.append(lines[i])  # "Democracy Dies in Darkness" / "Sign in": the header's
        i += 1
    elif _slogan(lines, i):
        slogan = lines[i]
        i += 1
    while i < len(lines) and i < MAX_MENU_LINES:
        line = lines[i]
        if line.kind in _MENU_SKIPS or (items and line.kind == "credit"):
            # (a credit among the items is the lead picture's, printed with no caption
            # between the menu and the title: "Mobile Menu Toggle" / "Image Credits:Jane
            # Roe / Getty Images" / "Fintech" / the title, TechCrunch)
            if items and line.kind == "furniture" and line.text.casefold() in _header_buttons():
                buttons += 1  # "MIT Technology Review" / "Subscribe": the site's header
            i += 1
            continue
        if not _menu_item(line) or (i + 1 < len(lines) and lines[i + 1].kind == "byline"):
            break
        items.append(line)
        i += 1
    if len(items) + buttons < MIN_MENU_ITEMS or i >= len(lines):
        return
    if not _title_line(lines[i], long_menu=len(items) >= MIN_LONG_MENU_ITEMS) and not (
        _section_label(lines[i])
        and i + 1 < len(lines)
        and _title_line(lines[i + 1], long_menu=len(items) >= MIN_LONG_MENU_ITEMS)
    ):  # (the story's section between the menu and the title: "Artificial intelligence")
        return
    if slogan is not None:
        title = i if _title_line(lines[i]) else i + 1
        if _names_outlet(slogan.text) or (
            title + 1 < len(lines) and lines[title + 1].kind == "byline"
        ):
            items.append(slogan)
    for line in items:
        line.kind = "furniture"


MAX_SLOGAN_WORDS = 16
"""The longest page title or slogan of a site that `_slogan` reads over its menu."""
OUTLET_MARKS = (" - ", " – ", " — ", " | ", ": ")
"""What stands between a site's name and its slogan in its page title (`_names_outlet`)."""


def _slogan(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, the first of the text after furniture, may be the site's page
    title or slogan over its menu, with no blank line between ("Sky News - Breaking news
    from the UK and Around the World" / "Home" / "UK"; "Exclusive news, data and analytics
    for financial market professionals" / "Reuters home" / "World", Reuters): a line of
    text, no menu's item itself, that ends in no sentence's mark. `page_menu` takes it for
    the site's only when a menu and a title follow, and it names its outlet first
    (`_names_outlet`) or the title stands over its byline."""
    if i + 1 >= len(lines):
        return False
    line = lines[i]
    return (
        line.kind == "text"
        and line.words <= MAX_SLOGAN_WORDS
        and not lines[i + 1].gap
        and line.text[-1:].isalpha()
        and not _menu_item(line)
        and _menu_item(lines[i + 1])
    )


def _names_outlet(text: str) -> bool:
    """Whether a page title opens with a known outlet's name, then its slogan after a dash or
    a bar ("Sky News - Breaking news from the UK and Around the World"): the site's, no
    story's (a story's page title names the outlet last: "Storm Hits Coast | BBC News")."""
    for mark in OUTLET_MARKS:
        name, found, _ = text.partition(mark)
        if found and lookup(name.strip()) is not None:
            return True
    return False


MAX_MASTHEAD_WORDS = 6
"""The longest site name or slogan `_masthead` reads: "Democracy Dies in Darkness"."""


def _masthead(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, the first of the text after furniture, is the site's name or its
    slogan over a button of its header, with no blank line between ("Democracy Dies in
    Darkness" / "Sign in", The Washington Post as a browser copies it): a few words, the
    first capitalised, that end in a letter; an item of the header's menu, no headline."""
    if i + 1 >= len(lines):
        return False
    line, below = lines[i], lines[i + 1]
    return (
        line.kind == "text"
        and line.words <= MAX_MASTHEAD_WORDS
        and line.text[:1].isupper()
        and line.text[-1].isalpha()
        and below.kind == "furniture"
        and not below.gap
        and below.text.casefold() in _header_buttons()
    )


MIN_LONG_MENU_ITEMS = 4
"""How many items make a menu long enough that the line under it is its page's title even
when it ends in a full stop: a title in sentences ("Yahoo Finance" / "Mail" / "News" / … /
"Home insurers are leaving wildfire country. Homeowners pay the price.", Yahoo)."""


@functools.cache
def _header_buttons() -> frozenset[str]:
    """The buttons of a site's header (``furniture.json``'s ``header_buttons``)."""
    return frozenset(load("furniture.json")["header_buttons"])


def _section_label(line: Line) -> bool:
    """Whether ``line`` is the story's section printed between a menu and the title: one to
    `MAX_MENU_ITEM_WORDS` words, the first capitalised, ending in a letter ("Artificial
    intelligence", MIT Technology Review)."""
    return (
        line.kind == "text"
        and line.words <= MAX_MENU_ITEM_WORDS
        and line.text[:1].isupper()
        and line.text[-1].isalpha()
    )


HOME_LINK = " home"
"""How the link of a site's logo ends after the site's name: "Reuters home"."""


def _menu_item(line: Line) -> bool:
    """One item of a site's menu: a line of text of a few words (`MAX_MENU_ITEM_WORDS`, "&"
    and "and" not counted), each capitalised, that ends in a letter or a digit ("Security",
    "The Big Story", "AI", "Site Search Toggle") or is a place's initials ("U.S."); or the
    link of the site's logo, its name and "home" ("Reuters home")."""
    text = line.text
    if line.kind != "text" or line.words > MAX_MENU_ITEM_WORDS + 1:
        return False
    if text.endswith(HOME_LINK) and lookup(text[: -len(HOME_LINK)]) is not None:
        return True  # "Reuters home"
    if not (text[-1].isalnum() or (text[-1] == "." and "." in text[:-1] and " " not in text)):
        return False  # ("U.S.": initials)
    words = [w for w in text.split() if w not in ("&", "and")]
    return len(words) <= MAX_MENU_ITEM_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() for w in words
    )


FLY_TITLE_MARKS = (" | ", " › ", " » ")
"""What stands between a fly-title's section and its topic (`fly_titles`)."""
MAX_FLY_TITLE_WORDS = 8


def fly_titles(lines: list[Line]) -> None:
    """Label as furniture a fly-title over the title: the section and the topic between
    bars, each a few capitalised words, on the first line of text (after furniture), with
    a title under it ("Finance & economics | Pension politics" / "Why Dutch pension funds
    are dumping long-dated bonds", The Economist). A page title that ends in a known
    outlet's name ("Storm Hits Coast | BBC News") is the title, no fly-title."""
    i = 0
    while i < len(lines) and i < MAX_MENU_LINES and lines[i].kind in _MENU_SKIPS:
        i += 1
    if i + 1 >= len(lines) or i >= MAX_MENU_LINES:
        return
    line = lines[i]
    if line.kind != "text" or line.words > MAX_FLY_TITLE_WORDS or not _title_line(lines[i + 1]):
        return
    mark = next((m for m in FLY_TITLE_MARKS if m in line.text), None)
    if mark is None:
        return
    crumbs = line.text.split(mark)
    if lookup(crumbs[-1].strip()) is not None:
        return  # "Storm Hits Coast | BBC News": the page's title
    if all(
        crumb[:1].isupper()
        and len([w for w in crumb.split() if w not in ("&", "and")]) <= MAX_MENU_ITEM_WORDS
        for crumb in crumbs
    ):
        line.kind = "furniture"


def _title_line(line: Line, *, long_menu: bool = False) -> bool:
    """Whether ``line`` reads as a title under a menu: `MIN_TITLE_WORDS` words or more, and
    no sentence's full stop at its end, unless the menu is long (`MIN_LONG_MENU_ITEMS`)."""
    return (
        line.kind in ("text", "md_heading", "bold")
        and MIN_TITLE_WORDS <= line.words <= MAX_TITLE_WORDS
        and (long_menu or not line.text.endswith("."))
    )


MAX_BYLINE_LINE = 6
"""How far down the text `outlet_bylines` looks for a byline over its outlet's name."""
_BYLINE_OUTLETS = frozenset({"publication", "wire"})


def outlet_bylines(lines: list[Line]) -> None:
    """A reporter's name over the outlet's name at the top ("Paul Kirby" / "BBC News", "By
    Jane Smith" / "Reuters", BBC) is a byline, not a picture credited to the outlet: a line
    of text that is a personal name (perhaps after "By"), then with no blank line between
    a line that is only a publication or a wire."""
    for i in range(1, min(len(lines) - 1, MAX_BYLINE_LINE)):
        name, outlet = lines[i], lines[i + 1]
        if outlet.kind != "credit" or outlet.gap or name.kind not in ("text", "byline"):
            continue
        if name.words > 5 or outlet.words > 4:
            continue
        agency = lookup(outlet.text.strip())
        if agency is None or agency.kind not in _BYLINE_OUTLETS:
            continue
        text = name.text.strip()
        if text[:3].casefold() == "by ":
            text = text[3:].strip()
        if person_like(text):
            name.kind = outlet.kind = "byline"
            outlet.credit = None


def datelines(lines: list[Line]) -> None:
    """CNN's dateline, printed over three lines ("Mobile, Alabama" / "CNN" / "—"), is page
    furniture, not a picture credited to CNN."""
    for i in range(1, len(lines) - 1):
        source, dash = lines[i], lines[i + 1]
        if source.kind == "credit" and dash.text in DASHES and lines[i - 1].words <= 6:
            place = lines[i - 1]
            if place.kind == "text" and not place.text.endswith((".", "!", "?", ":")):
                place.kind = source.kind = "furniture"
                source.credit = None


VIDEO_LABELS = frozenset({"video", "watch", "watch:", "video:"})
"""A player's label on a line of its own: the lines printed under it, with no blank line
between, are the video's title and blurb (Fox News: "close" / "Video" / title / blurb)."""
MAX_VIDEO_LINES = 3


MAX_VIDEO_TITLE_WORDS = 20
"""The longest video title (`video_blocks`) printed under a player's note."""


@functools.cache
def _video_notes() -> frozenset[str]:
    """Notes printed over a video player (``furniture.json``'s ``video_notes``)."""
    return frozenset(load("furniture.json")["video_notes"])


@functools.cache
def _video_note_openings() -> tuple[str, ...]:
    """How a player's note that names its video opens (``furniture.json``'s
    ``video_note_openings``: "click to play video:")."""
    return tuple(load("furniture.json")["video_note_openings"])


MAX_PLAYER_LINES = 2
"""How many lines of the player (its length, "1:42") `video_blocks` skips between a
player's note and the video's title."""


def video_blocks(lines: list[Line], *, tight: bool = False) -> None:
    """Label as furniture the title and blurb printed right under a video label, and the
    title printed under a player's note, perhaps after a blank line and the video's length
    ("Please use Chrome browser for a more accessible video player" / "1:42" / "Highlights
    of the match between Brentford and Fulham", Sky Sports; "Click to play video: 'Ferry
    riders fume'" / "2:14" / "Ferry riders fume", Global News): a line of text that ends no
    sentence. In a ``tight`` text (no blank lines) only the title under a note: under a
    label, nothing would end the blurb."""
    notes = _video_notes()
    for i, line in enumerate(lines):
        if line.kind != "furniture":
            continue
        folded = line.text.casefold()
        if folded in notes or folded.startswith(_video_note_openings()):
            j = i + 1
            while j < len(lines) and j <= i + MAX_PLAYER_LINES and lines[j].kind == "furniture":
                j += 1  # the player's own lines: "1:42"
            title = lines[j] if j < len(lines) else None
            if (
                title is not None
                and title.kind == "text"
                and title.words <= MAX_VIDEO_TITLE_WORDS
                and not ends_like_sentence(title.text)
            ):
                title.kind = "furniture"
                _video_source(lines, j + 1)
            continue
        if tight or folded not in VIDEO_LABELS:
            continue
        for j in range(i + 1, min(len(lines), i + 1 + MAX_VIDEO_LINES)):
            if lines[j].gap or lines[j].kind != "text":
                break
            lines[j].kind = "furniture"


VIDEO_STAMP = lazy_compile(
    r"""
    \A(?i:video)\s?               # the player's label, glued to its length:
    (?:\d{1,2}:)?\d{1,2}:\d{2}     # "VIDEO4:12", "VIDEO1:02:45",
    (?:\s?(?:\d{1,2}:)?\d{1,2}:\d{2})?\Z  # and the length again: "VIDEO4:1204:12" (CNBC)
    """,
    regex.VERBOSE,
)
MAX_SHOW_WORDS = 6
"""The longest show's name (`video_stamps`) printed under a video's title: "Mad Money with
Jim Cramer"."""


def video_stamps(lines: list[Line]) -> None:
    """Label as furniture the title and the show's name printed under a video player's
    stamp, its label and its length ("watch now" / "VIDEO4:1204:12" / "Airline CEO on
    record quarter and summer demand" / "Squawk Box", CNBC): the player's, not the story's
    paragraphs, nor a run of short lines that would hide the heading after them. The title
    is a line of text that ends no sentence right under the stamp; the show's name a short
    one right under the title, closing the block (a blank line or the end after it). Over
    the story's first line of text, the stamp is read alone: that line is the headline."""
    told = False  # whether a line of text came before: the headline
    for i, line in enumerate(lines):
        if line.kind != "furniture" or line.words > 2:
            told = told or line.kind == "text"
            continue  # (a cheap test first)
        if not told or VIDEO_STAMP.match(line.text) is None:
            continue
        title = lines[i + 1] if i + 1 < len(lines) else None
        if (
            title is None
            or title.gap
            or title.kind != "text"
            or title.words > MAX_VIDEO_TITLE_WORDS
            or ends_like_sentence(title.text)
        ):
            continue
        title.kind = "furniture"
        k = i + 2
        if (
            k < len(lines)
            and not lines[k].gap
            and lines[k].kind == "text"
            and lines[k].words <= MAX_SHOW_WORDS
            and not ends_like_sentence(lines[k].text)
            and (k + 1 == len(lines) or lines[k + 1].gap)
        ):
            lines[k].kind = "furniture"


MAX_PICTURE_TITLE_WORDS = 8
"""The longest picture title (`organisation_credits`) over a caption, as Newsweek prints it."""
MAX_ORGANISATION_WORDS = 8
MIN_TITLED_CAPTION_WORDS = 6
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "on", "&", "de", "du", "des", "la"})
"""The lower-case words inside an organisation's name: "Florida Department of Health"."""


def organisation_credits(lines: list[Line]) -> None:
    """Label as a credit the organisation's name printed right under a picture's caption
    that a short title opens, each line right under the one before (Newsweek: "Sinkhole
    map" / "A map from the state's survey shows reported collapses." / "Florida Geological
    Survey"): a handout or a map is credited to the body that issued it, which no agency
    table lists. The name is in title case, ends no sentence and holds an organisation's
    word, last ("Survey", "Office") or anywhere when the caption names the body too ("A map
    from the Florida Department of Health shows ..."), or is a known agency ("U.S.
    Geological Survey"); the title, after a blank line, is no organisation's name in title
    case itself (a list of bodies, each over one paragraph, credits nothing)."""
    for i in range(2, len(lines)):
        line = lines[i]
        if line.kind != "text" or line.gap or line.words > MAX_ORGANISATION_WORDS:
            continue  # (a cheap test first)
        caption, title = lines[i - 1], lines[i - 2]
        if (
            caption.kind != "text"
            or caption.gap
            or caption.words < MIN_TITLED_CAPTION_WORDS
            or not ends_like_sentence(caption.text)
            or title.kind != "text"
            or not title.gap
            or title.words > MAX_PICTURE_TITLE_WORDS
            or ends_like_sentence(title.text)
            or ends_like_sentence(line.text)
            or not _title_cased(line.text)
        ):
            continue
        if _title_cased(title.text) and organisation_name(title.text):
            continue
        if lookup(line.text) is not None or (
            organisation_name(line.text)
            and (line.text in caption.text or _ends_in_organisation_word(line.text))
        ):
            line.kind, line.credit = "credit", (0, len(line.text))


def _ends_in_organisation_word(name: str) -> bool:
    """Whether a name ends in an organisation's head word: "Pasco County Sheriff's Office",
    "Florida Geological Survey" (not "Government Response", a section's title)."""
    return name.rpartition(" ")[2].casefold() in vocab().org_words


def _title_cased(text: str) -> bool:
    """Whether every word of a name is capitalised, but for the joiners of names: "Pasco
    County Sheriff's Office", "Florida Department of Health"."""
    return all(word[:1].isupper() or word in _NAME_JOINERS for word in text.split())


VIDEO_SOURCE_LABELS = ("source:", "- source:", "– source:", "— source:")
"""How the line naming a video's source opens, in lower case (`_video_source`)."""


def _video_source(lines: list[Line], j: int) -> None:
    """Label as furniture the video's source under its title, perhaps after its length
    ("Video Ad Feedback" / "How aircraft inspections work" / "02:41" / "- Source: CNN",
    CNN): the player's, no picture's credit."""
    end = j + MAX_PLAYER_LINES
    while j < len(lines) and j < end and lines[j].kind == "furniture":
        j += 1  # the video's length: "02:41"
    if (
        j < len(lines)
        and lines[j].kind in ("credit", "captioned")  # ("- Source: CNN": a dash, a credit)
        and lines[j].text[:10].casefold().startswith(VIDEO_SOURCE_LABELS)
    ):
        lines[j].kind, lines[j].credit = "furniture", None


MAX_TEASER_LINES = 6
"""How many lines under a teaser label (`teaser_blocks`) are its link teasers at most (BBC
prints four or five topics under "Related topics")."""


@functools.cache
def _teaser_labels() -> frozenset[str]:
    """The labels of a block of link teasers (``furniture.json``'s ``teaser_labels``)."""
    return frozenset(load("furniture.json")["teaser_labels"])


_TOPIC_LABELS = ("read more on ", "more on ")
"""Teaser labels printed with their topic ("READ MORE ON LOTTERY", "More on this story" is
a whole label of its own)."""


def _titles_a_picture(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` is the title of a picture under it: a caption sentence, then a
    credit line ("Frida Kahlo in New York" / "Mexican painter Frida Kahlo poses …." /
    "BETTMANN/GETTY", Newsweek)."""
    return (
        j + 2 < len(lines)
        and lines[j + 2].kind == "credit"
        and lines[j + 1].kind == "text"
        and ends_like_sentence(lines[j + 1].text)
    )


MAX_SECTION_TITLE_WORDS = 4
"""The longest line that `_heading_over_prose` reads as a section's title under teasers:
another story's headline, a teaser's title, is longer ("Met Office issues amber warning as
Storm Imogen sweeps in")."""
MIN_PROSE_WORDS = 8


def _heading_over_prose(lines: list[Line], j: int) -> bool:
    """Whether line ``j``, under a teaser label, is the heading of the story's next section:
    a short title (two to `MAX_SECTION_TITLE_WORDS` words), then a paragraph of prose that
    ends a sentence ("Read More" / "The vote" / "The vote, taken shortly before midnight,
    leaves …", Irish Independent; the label's teasers were links the copy left out)."""
    line = lines[j]
    if not 2 <= line.words <= MAX_SECTION_TITLE_WORDS or j + 1 >= len(lines):
        return False
    below = lines[j + 1]
    return (
        below.kind == "text"
        and below.words >= MIN_PROSE_WORDS
        and ends_like_sentence(below.text)
    )


MAX_QUESTION_TEASER_WORDS = 14
"""The longest question that `_question_teaser` reads as a teaser's title: an explainer's
headline ("How does the UK's flood warning system work?") is short."""


def _question_teaser(lines: list[Line], j: int, heading: int) -> bool:
    """Whether line ``j``, a question under a teaser that the block already holds (line
    ``j - 1``, under the label at ``heading``), is one more teaser: an explainer's
    headline, one short question ("Read more:" / "Met Office issues rare amber warning" /
    "How does the UK's flood warning system work?", Sky News). A question right under the
    label may be the story's next section, whose teasers the copy left out."""
    text = lines[j].text
    return (
        j - 1 > heading
        and lines[j - 1].kind == "furniture"
        and text.endswith("?")
        and lines[j].words <= MAX_QUESTION_TEASER_WORDS
        and not any(sentence_end(word) for word in text.split()[:-1])
    )


def teaser_label(line: Line) -> bool:
    """Whether ``line`` is the label of a block of link teasers or topics ("Related Topics",
    "### RELATED STORIES", `_teaser_labels`)."""
    label = _label(line)
    return label is not None and label in _teaser_labels()


def _label(line: Line) -> str | None:
    """The words of a line of page furniture that may label a block of teasers, folded,
    without Markdown marks, a final colon or the outlet named after "from" ("Read more from
    Sky News:" is "read more"); None for a line too long to be a label."""
    if line.kind != "furniture" or line.words > MAX_LABEL_WORDS:
        return None
    label = line.text.strip().lstrip("#").strip().rstrip(":").casefold()
    return label.split(" from ", 1)[0] if " from " in label else label


MAX_LABEL_WORDS = 6
"""The longest label of a block of teasers ("Read more from Sky News:")."""


def teaser_blocks(lines: list[Line]) -> None:
    """Label as furniture the link teasers printed right under a teaser label, up to the
    next blank line: "Trending Now" / "Why the 10-year Treasury yield is suddenly falling"
    (CNBC); so the heading after the blank line ("What it means for mortgages") is no
    second line of a run of link titles. A label alone in its block ("Related Articles",
    blank line) heads the block after it. A teaser is a title: a line that ends like a
    sentence ends the block. So does a picture under titles with no picture of their own,
    the story's ("Read more:" / "Met Office issues rare red warning" / "Image: Flood water
    surrounds the bridge. Pic: Reuters" / "'It came up through the floorboards'", Sky
    News: a heading under it); AP prints each teaser's picture over its title."""
    for i, line in enumerate(lines):
        if line.kind != "furniture" or line.words > MAX_LABEL_WORDS:
            continue
        label = _label(line)  # ("### Related", "Read more from Sky News:")
        if label is None or (
            label not in _teaser_labels() and not label.startswith(_TOPIC_LABELS)
        ):
            continue  # ("READ MORE ON LOTTERY", The Sun: a label with its topic)
        heading = i  # the label, and the furniture under it ("Related" / "U.S. news")
        titles = pictured = False  # (a title or a picture already in the block)
        for j in range(i + 1, min(len(lines), i + 1 + MAX_TEASER_LINES)):
            teaser = lines[j]
            if teaser.kind == "captioned":
                if titles and not pictured:
                    break  # the story's own picture under bare titles (Sky News)
                pictured = True
            if teaser.kind == "text" and _heading_over_prose(lines, j):
                break  # the story's next section: "Related Articles" / two teasers /
                # "Questions over inspection regime" / its text (Telegraph)
            if heading == j - 1 and (
                teaser.kind == "furniture"
                or (teaser.kind == "text" and teaser.words <= 3 and teaser.text[-1:].isalpha())
            ):  # a section's label under the teasers' label, a gap between ("U.S. news")
                teaser.kind = "furniture"
                heading = j
                continue
            after_gap = teaser.gap and j > heading + 1  # a gap right under the label is allowed
            if not after_gap and teaser.kind in ("captioned", "furniture"):
                continue  # AP: "OTHER NEWS", then each teaser's picture caption over its
                # title; MailOnline: "RELATED ARTICLES" / "Previous" / "1" / "Next" / titles
            if after_gap or teaser.kind != "text" or (
                ends_like_sentence(teaser.text) and not _question_teaser(lines, j, heading)
            ):
                break  # (Express prints its story on under "Trending": sentences)
            if _titles_a_picture(lines, j):
                break  # a picture's title over its caption and credit ends the block
            teaser.kind = "furniture"
            titles = True


MAX_SUMMARY_LABEL_WORDS = 3
"""The longest label of a summary box (`summary_boxes`): "Key points:", "At a glance"."""
MAX_SUMMARY_LINES = 4
"""How many lines under a summary box's label `summary_boxes` reads for its next label."""
MAX_BOX_LABEL_WORDS = 4
"""The longest of a summary box's next labels: "What's next?", "What we know:"."""


@functools.cache
def _summary_labels() -> frozenset[str]:
    """The labels that open a summary box (``furniture.json``'s ``summary_labels``)."""
    return frozenset(load("furniture.json")["summary_labels"])


def summary_boxes(lines: list[Line]) -> None:
    """Label as furniture the labels of a summary box over the story: its first ("In
    short:", `_summary_labels`) and, within `MAX_SUMMARY_LINES` lines under it, the next
    one, a short line that ends in a question mark or a colon ("In short:" / "A bushfire
    has jumped containment lines …" / "What's next?" / "Authorities say …", ABC News): the
    box's labels, no section headings."""
    for i, line in enumerate(lines):
        if line.words > MAX_SUMMARY_LABEL_WORDS or line.kind not in ("text", "furniture"):
            continue  # (a cheap test first)
        if line.text.rstrip(":").casefold() not in _summary_labels():
            continue
        line.kind = "furniture"
        for following in lines[i + 1 : i + 1 + MAX_SUMMARY_LINES]:
            if (
                following.kind == "text"
                and following.words <= MAX_BOX_LABEL_WORDS
                and following.text[-1] in "?:"
            ):
                following.kind = "furniture"
                break


CAPTION_TOGGLE = "toggle caption"
"""The button over a caption that NPR prints twice-credited (`caption_toggles`)."""
MAX_TOGGLED_CREDIT_WORDS = 12


def caption_toggles(lines: list[Line]) -> None:
    """NPR prints each picture as "Enlarge this image" / "toggle caption" / the credit / the
    caption / the credit again / "hide caption": the line printed both right under the
    toggle and right under the caption is the caption's credit, whatever its names ("Jane
    Roe/OPB"); its first copy, over the caption, is the button's, page furniture (so it
    never takes the paragraph above the picture for its caption)."""
    for i, line in enumerate(lines):
        if line.kind != "furniture" or i + 3 >= len(lines) or line.words != 2:
            continue  # (a cheap test first)
        first, caption, again = lines[i + 1], lines[i + 2], lines[i + 3]
        if (
            line.text.casefold() != CAPTION_TOGGLE
            or first.text != again.text
            or first.words > MAX_TOGGLED_CREDIT_WORDS
            or caption.kind != "text"
        ):
            continue
        first.kind, first.credit = "furniture", None
        if again.kind == "text":
            again.kind, again.credit = "credit", (0, len(again.text))
