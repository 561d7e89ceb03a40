"""Captions: which lines describe a picture (what one line may be to a picture is
`newsparse.caption_lines`; how a picture's lines split into title, caption and credit is
`newsparse.caption_parts`).

Outlets print pictures in a handful of ways, all handled here from labelled `Line`s:

- a caption line that ends in a credit (Newsweek, AP, CBC, Reuters, Guardian, Express);
- a caption line followed by a credit-only line (Live Science, TechCrunch, Space.com,
  phys.org, Newsweek's ``NAME/GETTY``), or preceded by one (BBC's ``Image copyright X`` +
  ``Image caption Y``);
- a labelled caption line (``Image: ...``, ``Image caption ...``);
- a Markdown image ``![alt](url)`` with the caption glued on or in the alt text;
- an expandable caption printed several times (``... Read More`` / ``... Close``);
- a credit-only line on its own (a picture with no caption).

Newsweek also prints a short caption title on the line before the caption; an alt text or
a second copy of the caption just before it belongs to the same picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from newsparse._regex import lazy_compile
from newsparse.agencies import lookup
from newsparse.caption_lines import (
    AUTO_ALT,
    EXPANDER,
    HEADER_KINDS,
    MAX_CAPTION_WORDS,
    MAX_STOCK_WORDS,
    TEASER_ENDS,
    TITLE_KINDS,
    caption_like,
    caption_text,
    captions_above,
    copy_above,
    depicts,
    gallery_label,
    marked_caption,
    name_line,
    one_sentence_caption,
    reports_speech,
    sentence_case,
    shares_word,
    similarity,
    stock_caption,
    teaser,
    title_like,
    told_of,
    uncredited_caption,
)
from newsparse.credit_lines import (
    MAX_NAME_AFTER,
    MAX_OUTLET_WORDS,
    name_after_caption,
    named_for_agency,
    outlet_name,
)
from newsparse.credit_shapes import organisation_name
from newsparse.credit_text import unwrapped, vocab
from newsparse.credits import parse_credit
from newsparse.dates import find_dates
from newsparse.line_context import teaser_label
from newsparse.lines import MARKDOWN_IMAGE, Line

__all__ = ["ImageGroup", "group_images"]


EXPANDED_TAIL = lazy_compile(r"\s+(?:close|read less|\[-\]|less)\s*$", regex.IGNORECASE)

CAPTION_PREFIX = lazy_compile(
    r"""
    ^(?:(?: file \s (?:photo|pic(?:ture)?|image) \s* [:\-–—]     # wire labels: "FILE PHOTO:",
          | file \s* [:\-–—] | photo \s* : | image \s* : | pic \s* :  # "File pic:" (Sky News)
          | pictured \s* :                                        # "Pictured: Jane Roe"
          | enlarge \s* /                                         # Ars Technica's "Enlarge / …"
          | [\[(] \d{1,3} \s* (?: / | of ) \s* \d{1,3} [\])]          # a gallery counter: "[1/4]"
          | \d{1,3} \  of \  \d{1,3} \ ? \|                            # AP's carousel: "1 of 3 |"
        ) \s*
    ){1,3}                                  # a counter, then a label: "[2/3] FILE PHOTO: …"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

FILENAME_LIKE = lazy_compile(r"^[\w.\-]*[_\d][\w.\-]*$")  # (no space: a caption with one is none)
CAPTION_CONTROL = lazy_compile(
    r"^(?:toggle|hide|show) caption|^enlarge this image", regex.IGNORECASE
)
COPYRIGHT = lazy_compile(r"^(?:©|\(c\)|copyright\b)", regex.IGNORECASE)
GALLERY_COUNT = lazy_compile(r"^\+\d{1,3}$")  # "+3" under a picture: more in its gallery

# When a picture was taken, as a caption printed with no credit says it: "… in London on
# Wednesday afternoon", "… on March 3, 2024", "… last week" (`_scene_caption`)
SCENE_TIME = lazy_compile(
    r"""
    \b(?:on|last|this|earlier\ this)\ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b  # "on Monday"
    | \bon\ (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}\b  # "on March 3"
    | \bon\ \d{1,2}\ (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b    # "on 3 March"
    """,
    regex.VERBOSE,
)
# Where a picture was taken, or the year: "... in Oakland, Calif.", "... at City Hall", "...
# in 2019" (`_Grouper.photo_caption_above`, after `SCENE_TIME`)
SCENE_PLACE = lazy_compile(
    r"""
    \b(?:in|at|near|outside|inside|behind|along)\ (?:the\ )?\p{Lu}  # a place named after "in",
                                        # "at", "near", "outside" ("… line up outside Jefferson
                                        # High School …")
    | \b(?:19|20)\d\d\b                 # a year
    """,
    regex.VERBOSE,
)
MIN_SCENE_WORDS = 6
_SENTENCE_ENDS = frozenset(".!?:;\"”’'")  # a caption under its credit ends in none
_CLAUSE_ENDS = _SENTENCE_ENDS | {","}  # a scene caption ends in none (`scene_caption`)
_QUESTION_WORDS = frozenset({"What", "Why", "How", "When", "Where", "Who", "Which", "Will"})

_CAPTION_ABOVE_LABELS = ("Image Credits:", "Image credits:")
"""Labels of a credit line printed under its caption, never over one (TechCrunch)."""
_LEAD_ART_CREDITS = (
    "illustration by",
    "photo illustration by",
    "photo-illustration by",
    "photograph by",
    "photo by",
    "animation by",
)
"""How the credit of one lead picture opens, in lower case: under the byline it is the
picture's credit, no photographer's byline ("By Daniel Roe" / "Illustration by Paul Poe /
The Atlantic"; a story's photographer is credited for many: "Photographs by Sam Poe",
National Geographic)."""
_LEAD_ART_CHARS = 21  # the longest of them
_SOURCE_LABELS = ("Image source", "Image copyright", "Media source")
"""Labels of a credit line that a labelled caption line follows (BBC)."""
_TITLE_OPENS = frozenset("'‘")  # a show's title as its still's caption: "'The Harbour Watch'"
_TITLE_CLOSES = frozenset("'’")
_NAME_NOT_LAST = frozenset(".!?:;,\"”’')")  # no bare name that credits a picture ends in one
MAX_FORWARD_CAPTION_WORDS = 30  # a caption printed under its credit is short
MIN_NAMED_CAPTION_WORDS = 4  # a caption over a bare name: "Jane Roe's first dance."
_MAX_SAID_WORDS = 4
"""The most words after the quote of a caption that quotes ("she said.", "said Jane Roe.")."""
_PHOTO_WORDS = frozenset(
    {"photo", "photos", "photograph", "photographer", "picture", "pic", "image", "credit"}
)
"""The first words of the labels ("Photo:") of a credit line that credits the caption in the
block above it (`_Grouper.photo_caption_above`); "Source:" credits a chart's data."""
MIN_DEK_WORDS = 6  # as the segmenter's standfirst under the headline
MIN_DISPLAY_TITLE_WORDS = 4  # a display title over the standfirst (`_display_title`)
MAX_LINES_UNDER_SOURCE = 3  # page furniture under a story's "Source:" line
MAX_BYLINE_NAME_WORDS = 4  # the author's bare name under the headline: "Jane Roe-Smith"
MAX_LABEL_ABOVE_WORDS = 6  # BBC's credit label over a caption: "Getty Images", "Jane Roe"
MAX_ALT_LABEL_WORDS = 8  # a labelled alt text over its caption: "Image: Flooding in Kentucky"


MIN_ALT_LIKENESS = 0.5
"""How much of the alt text of a Markdown image must a paragraph between the image and its
credit hold (`told_of`) for the paragraph to be the caption ("The exterior of Reyes Hardware" /
"Reyes Hardware has stood on the corner since 1961.")."""


@dataclass(slots=True)
class ImageGroup:
    """The lines of one picture, by index into the article's lines."""

    first: int
    last: int
    caption: int | None = None
    """Line holding the caption (for a Markdown image: the image line)."""
    title: int | None = None
    credit: int | None = None
    """Line holding the credit."""
    extra: list[int] = field(default_factory=list)
    """Other lines of the block: alt texts, copies of the caption, gallery labels."""


def group_images(lines: list[Line], *, tight: bool) -> list[ImageGroup]:
    """Find the lines of every picture. ``tight``: the text separates paragraphs by
    single line breaks, so that two adjacent lines say nothing about belonging together."""
    return _merge_copies(lines, _Grouper(lines, tight).run())


def _auto_alt(line: Line) -> bool:
    """Whether a Markdown image's alt text is what the site's software wrote ("Image may
    contain Electronics Hardware …"), which says nothing of the caption under it."""
    m = MARKDOWN_IMAGE.match(line.text)
    return m is not None and m.group("alt").strip().startswith(AUTO_ALT)


def _shows(caption: str) -> bool:
    """Whether a sentence tells what a picture shows, in the present tense (`picture_verbs`:
    "Linda Frey stands at the edge of her family's farm."), as no story's sentence does."""
    verbs = vocab().picture_verbs
    return any(word in verbs for word in caption.split())


def _dated_scene(caption: str) -> bool:
    """Whether a sentence tells what a picture shows (`_shows`) and on what calendar day of
    what year ("NASA's rocket stands on Pad 39B at the Kennedy Space Center in Florida on
    March 2, 2026, ahead of a fueling test."): the lead picture's caption under the
    headline, which no standfirst is (a standfirst prints no year on its day)."""
    return _shows(caption) and any(year is not None for _, _, year, _ in find_dates(caption))


def _where_and_when(caption: str) -> bool:
    """Whether a sentence says both where and on what day a picture was taken, as a caption
    of people at an event does ("Jane Roe and Sam Poe at the Los Angeles premiere of
    'Harbor Lights' on Oct. 8, 2025."): a place (`SCENE_PLACE`) and a day (`SCENE_TIME`)."""
    return SCENE_TIME.search(caption) is not None and SCENE_PLACE.search(caption) is not None


class _Grouper:
    """One pass over the lines; each picture takes the lines it is printed on."""

    def __init__(self, lines: list[Line], tight: bool) -> None:
        self.lines = lines
        self.tight = tight
        self.used = [False] * len(lines)
        self.groups: list[ImageGroup] = []
        # the first line of text: the headline's, when the text has one
        self.first_text = next((i for i, line in enumerate(lines) if line.kind in TITLE_KINDS), -1)
        # the texts of the captioned lines, gathered when `label_inline` first needs them,
        # and its answer for each label read so far
        self.captioned: list[str] | None = None
        self.inline: dict[str, bool] = {}
        # `label_captions`' answer for each credit label read so far
        self.captioned_labels: dict[str, bool] = {}

    def run(self) -> list[ImageGroup]:
        lines, used, loose = self.lines, self.used, not self.tight
        for i, line in enumerate(lines):
            if used[i]:
                continue
            kind = line.kind
            if kind == "text":
                last = line.text[-1]
                if last in _CLAUSE_ENDS and line.words > MAX_STOCK_WORDS:
                    continue  # (most lines: prose ending a clause, too long for a stock caption)
                if last in TEASER_ENDS and teaser(line):
                    self.expander(i)
                elif loose and last not in _CLAUSE_ENDS and self.scene_caption(i):
                    group = ImageGroup(first=i, last=i, caption=i)
                    self.take(group, i)
                    self.groups.append(group)
                elif last.isalnum() and (line.gap or not loose) and self.named_after(i):
                    if self.under_markdown(i):
                        continue  # the caption printed under a Markdown image: its own
                    group = ImageGroup(first=i, last=i, caption=i, credit=i)  # "... Buurtmarkt"
                    self.take(group, i)
                    self.groups.append(group)
                elif i > self.first_text and marked_caption(line):
                    group = ImageGroup(first=i, last=i, caption=i)  # "… (pictured) says …"
                    self.take(group, i)
                    self.groups.append(group)
                elif line.words <= MAX_STOCK_WORDS and stock_caption(line):
                    group = ImageGroup(first=i, last=i, caption=i)  # "Representative image"
                    self.take(group, i)
                    self.groups.append(group)
                elif (
                    (loose or self.over_furniture(i))
                    and not line.gap
                    and last not in _NAME_NOT_LAST
                    and self.named_under(i)
                ) or (line.gap and line.words <= MAX_OUTLET_WORDS and self.outlet_under(i)):
                    group = ImageGroup(first=i - 1, last=i, caption=i - 1, credit=i)
                    self.take(group, i - 1, i)
                    self.absorb_before(group, i - 1)
                    self.groups.append(group)
                elif not line.gap and self.name_under_label(i):
                    group = self.groups[-1]  # "PHOTO: …" / "Garfield County Sheriff's Office"
                    group.credit, group.last = i, i
                    self.take(group, i)
            elif kind in ("captioned", "caption_label", "md_image"):
                if kind != "md_image" and (self.under_markdown(i) or self.under_alt_label(i)):
                    continue
                credit = i if kind == "captioned" else None
                group = ImageGroup(first=i, last=i, caption=i, credit=credit)
                self.take(group, i)
                if credit is not None and not line.gap:
                    self.credit_label_above(group, i)
                self.absorb_before(group, i)
                self.groups.append(group)
            elif kind == "credit":
                self.credit_line(i)
            elif kind == "furniture" and line.text[:1] == "+" and GALLERY_COUNT.match(line.text):
                self.gallery_count(i)
        return self.groups

    def scene_caption(self, i: int) -> bool:
        """A caption printed with no credit (Daily Mail, Sky News): a line of its own between
        two paragraphs that tells where and when the picture was taken ("Crowds on Oxford
        Street in London on Wednesday afternoon") with no full stop, in sentence case."""
        line, lines = self.lines[i], self.lines
        if not MIN_SCENE_WORDS <= line.words <= MAX_FORWARD_CAPTION_WORDS or i <= self.first_text:
            return False
        if i == self.first_text + 1:
            return False  # the standfirst under the headline: "Tractors brought traffic to a
            # standstill on Wednesday as protesters accused …" (Telegraph)
        text = line.text
        if text[-1] in _CLAUSE_ENDS or not line.gap or " on " not in f" {text} ":
            return False
        if i + 1 >= len(lines) or not lines[i + 1].gap or lines[i + 1].kind != "text":
            return False
        if not uncredited_caption(line, MAX_FORWARD_CAPTION_WORDS):
            return False
        if not any(len(w) >= 5 and w.islower() for w in text.split()):
            return False  # "Protests Spread Across the Country on Monday": a title
        if text.split(None, 1)[0] in _QUESTION_WORDS:
            return False  # "What happened on Monday": a subheading
        return SCENE_TIME.search(text) is not None

    def named_after(self, i: int) -> bool:
        """Whether line ``i``, a block of its own in the story, is a caption with the name of
        who gave the picture after its full stop, a name no registry knows ("A micro-hub in
        a former shoe shop in Rotterdam. Buurtmarkt", Forbes: `name_after_caption`); the
        line is then read as a captioned line, its credit that name."""
        lines = self.lines
        line = lines[i]
        if i <= self.first_text or (not self.tight and i + 1 < len(lines) and not lines[i + 1].gap):
            return False  # (in a text with no blank lines, every line is a block of its own:
            # "Jane Roe and Sam Poe in The Bear. FX" / the story's next line, Slate)
        text = line.text
        at = text.rfind(". ", len(text) - MAX_NAME_AFTER - 2) + 2
        if at < 2 or not name_after_caption(text, at):
            return False
        line.kind, line.credit = "captioned", (at, len(text))
        return True

    def over_furniture(self, i: int) -> bool:
        """Whether page furniture is printed right under line ``i`` (CNN's dateline), which
        ends a picture's block even in a text with no blank lines."""
        return i + 1 < len(self.lines) and self.lines[i + 1].kind == "furniture"

    def named_under(self, i: int) -> bool:
        """Whether line ``i`` is the credit of the caption on the line above, printed as a
        bare name that no registry knows ("Ferreira-Lund and Osei's first dance." / "Alpenglow
        Studio", People; "… in 'Harbor Lights'" / "Apple TV+", Deadline): in a text that
        separates its paragraphs by blank lines, a block of two lines, a caption
        (`uncredited_caption`) and a short name (`name_line`). Newsweek prints its credit in
        capitals under a caption title and a caption, with the story's next line right
        under it ("Research vessel in the Southern Ocean" / "The icebreaker … season." /
        "KOREA POLAR RESEARCH INSTITUTE")."""
        lines, j = self.lines, i - 1
        if j <= self.first_text or self.used[j] or not name_line(lines[i]):
            return False
        above = lines[j]
        if above.text[-1:] in ":;," or not uncredited_caption(above, MAX_CAPTION_WORDS):
            return False
        if above.text.startswith("By "):  # "By clicking on SIGN ME UP, you agree …" (a
            return False  # newsletter box's small print), "By Jane Roe": no caption
        if above.words < MIN_NAMED_CAPTION_WORDS or not any(map(str.islower, above.text.split())):
            return False  # a name ("Jane Roe" / "Harbor News"): a byline, no caption
        if above.gap:  # a block of its own: the name must end it, or page furniture follow
            # it (CNN's dateline: "Hanksville, Utah" / "CNN" / "—")
            return i + 1 == len(lines) or lines[i + 1].gap or lines[i + 1].kind == "furniture"
        # a caption title, then the caption, then the credit in capitals (Newsweek)
        title = j - 1
        return (
            title > self.first_text
            and lines[title].gap
            and not self.used[title]
            and title_like(lines[title])
            and above.text[-1:] == "."
            and lines[i].text.isupper()
        )

    def outlet_under(self, i: int) -> bool:
        """Whether line ``i``, a block of its own, is the credit of the caption in the block
        above it: an outlet's name (`outlet_name`: "CBS Colorado", a broadcaster's station
        for its own picture) under a caption that tells what a picture shows or when it was
        taken ("Hospital staff in Lakewood, Colorado, use paper charts on Friday, March 6,
        2026, after …" / "CBS Colorado", CBS News). A subheading introduces the text under
        it; it does not follow a caption."""
        lines, j = self.lines, i - 1
        if j <= self.first_text or not outlet_name(lines[i].text):
            return False
        if i + 1 < len(lines) and not lines[i + 1].gap:
            return False  # (the name must end its block)
        above = lines[j]
        if self.used[j] or not above.gap or above.text[-1:] != ".":
            return False
        if above.words < MIN_NAMED_CAPTION_WORDS or not uncredited_caption(
            above, MAX_CAPTION_WORDS
        ):
            return False
        return _shows(above.text) or bool(find_dates(above.text))

    def name_under_label(self, i: int) -> bool:
        """Whether line ``i`` is the credit of the labelled caption right above it, printed
        as an organisation's bare name: "PHOTO: Search crews stage near the trailhead …" /
        "Garfield County Sheriff's Office" (ABC News). The label makes the line above a
        caption; a name with an organisation's word under it is its credit, no subheading."""
        last = self.groups[-1] if self.groups else None
        if last is None or last.credit is not None or last.last != i - 1 or last.caption != i - 1:
            return False
        line = self.lines[i]
        if self.lines[i - 1].kind != "caption_label" or not name_line(line):
            return False
        return lookup(line.text) is not None or organisation_name(line.text)

    def under_markdown(self, i: int) -> bool:
        """A printed caption right under a Markdown image (no blank line between, or one
        when the caption ends in its credit) is that image's caption: "![Lake Mead bathtub
        ring](…)" then "Boats sit in a marina at Lake Mead, Nevada.Justin Sullivan—Getty
        Images" (TIME) is one picture, its alt text (or an empty "![](…)") an extra line."""
        last = self.groups[-1] if self.groups else None
        if last is None or last.caption != i - 1:
            return False
        if self.lines[i].gap and self.lines[i].kind != "captioned":
            return False  # (across a blank line only a caption with its credit: CBC, TIME)
        if self.lines[i - 1].kind != "md_image" or last.credit is not None:
            return False
        last.extra.append(i - 1)
        last.caption = i
        last.credit = i if self.lines[i].kind == "captioned" else None
        self.take(last, i)
        return True

    def under_alt_label(self, i: int) -> bool:
        """A caption with its credit right under a labelled short title with no credit (no
        blank line between) is that title's picture, the label's line its alt text: "Image:
        Flooding in Kentucky" / "Volunteers carry a woman from a flooded home on Tuesday.
        Jane Roe / Reuters file" (NBC News) is one picture. A labelled caption in sentences
        ("Image: Crowds gathered outside parliament on Monday.", Sky News) is no alt text."""
        last = self.groups[-1] if self.groups else None
        if last is None or last.caption != i - 1 or last.credit is not None or last.title:
            return False
        line, above = self.lines[i], self.lines[i - 1]
        if line.gap or line.kind != "captioned" or above.kind != "caption_label":
            return False
        if above.words > MAX_ALT_LABEL_WORDS or above.text[-1] in _SENTENCE_ENDS:
            return False
        last.extra.append(i - 1)
        last.caption = last.credit = i
        self.take(last, i)
        return True

    def credit_under_markdown(self, i: int) -> bool:
        """A credit line under a Markdown image across a blank line, perhaps with a caption
        paragraph between them, is that image's: converters print ``<img>`` and its
        ``<figcaption>`` as blocks of their own ("![](…)" / "Image: Tock" (The Verge);
        "![alt](…)" / "Reyes Hardware has stood here since 1961." / "Jane Roe/Business
        Insider"). The caption printed under the image beats its alt text; it must share
        words with it, or it may be the story's next paragraph."""
        lines, last = self.lines, self.groups[-1] if self.groups else None
        if last is None or last.credit is not None or last.caption is None:
            return False
        if lines[last.caption].kind != "md_image" or not lines[i].gap:
            return False
        if last.last == i - 1:  # the image, then its credit
            last.credit = i
            self.take(last, i)
            return True
        j = i - 1  # the image, its caption, then the credit
        if (
            last.last == j - 1
            and not self.used[j]
            and lines[j].gap
            and uncredited_caption(lines[j], MAX_CAPTION_WORDS)
            and lines[j].text[-1:] not in ":;,"
            # it tells of what the alt text shows (a story's next line would not), or the
            # alt text is the site's software's ("Image may contain …": WIRED)
            and (
                told_of(caption_text(lines[last.caption]), lines[j].text) >= MIN_ALT_LIKENESS
                or (lines[i].kind == "credit" and _auto_alt(lines[last.caption]))
            )
        ):
            last.extra.append(last.caption)
            last.caption, last.credit = j, i
            self.take(last, j, i)
            return True
        return False

    def caption_under_markdown(self, i: int) -> bool:
        """A credit line under a Markdown image and the caption line right under it, the three
        lines one block (no blank line between), is that image's: "![Visitors return Lena
        Ortiz—AFP/Getty Images](…)" / "Visitors return to the museum on March 2, 2026." /
        "Lena Ortiz—AFP/Getty Images" (TIME, as a converter gives ``<img>`` and its
        ``<figcaption>``) is one picture, its alt text an extra line. The alt text, without the
        credit that it may end with, must tell of what the caption says (`told_of`), or be
        empty or the site's software's."""
        lines, last = self.lines, self.groups[-1] if self.groups else None
        if last is None or last.credit is not None or last.caption != i - 2 or last.last != i - 2:
            return False
        j = i - 1
        image, line = lines[i - 2], lines[j]
        if image.kind != "md_image" or line.gap or lines[i].gap or self.used[j]:
            return False
        if not uncredited_caption(line, MAX_CAPTION_WORDS) or line.text[-1:] in ":;,":
            return False
        m = MARKDOWN_IMAGE.match(image.text)
        alt = m.group("alt").strip() if m is not None else ""
        credit = _credit_text(lines[i]).strip()
        if credit and alt.endswith(credit):
            alt = alt[: -len(credit)].strip()  # "Visitors return Lena Ortiz—AFP/Getty Images"
        if alt and not alt.startswith(AUTO_ALT) and told_of(alt, line.text) < MIN_ALT_LIKENESS:
            return False
        last.extra.append(last.caption)
        last.caption, last.credit = j, i
        self.take(last, j, i)
        return True

    def gallery_count(self, i: int) -> None:
        """A gallery count ("+3") under a caption with no credit: that caption's picture.
        A count that opens a block, the button's label under it ("+9" / "View gallery" /
        "Wow: Jane Roe arrives at the afterparty", Daily Mail), is the button over the
        picture's caption: the caption is below it, the paragraph above is the story's."""
        lines, nxt = self.lines, i + 1
        if nxt < len(lines) and not lines[nxt].gap and (not self.tight or self.button(nxt)):
            k = nxt
            while k < len(lines) and k - nxt < 2 and self.button(k) and not lines[k].gap:
                k += 1  # the button's label: "View gallery"
            extra = list(range(i, k))
            if (
                k < len(lines)
                and not lines[k].gap
                and not self.used[k]
                and lines[k].kind == "text"
                and uncredited_caption(lines[k], MAX_CAPTION_WORDS)
            ):
                group = ImageGroup(first=i, last=k, caption=k, extra=extra)
                self.take(group, *extra, k)
                self.groups.append(group)
            return
        j = i - 1
        if j < 1 or self.used[j]:  # the first line is the headline's
            return
        if uncredited_caption(self.lines[j], MAX_CAPTION_WORDS):
            group = ImageGroup(first=j, last=i, caption=j, extra=[i])
            self.take(group, j, i)
            self.groups.append(group)

    def button(self, k: int) -> bool:
        """Whether line ``k`` is page furniture not yet taken (a button's label)."""
        return self.lines[k].kind == "furniture" and not self.used[k]

    def take(self, group: ImageGroup, *idx: int) -> None:
        for i in idx:
            self.used[i] = True
        group.first = min(group.first, *idx)
        group.last = max(group.last, *idx)

    def credit_label_above(self, group: ImageGroup, i: int) -> None:
        """Take into ``group`` the short line right above its captioned line ``i`` when the
        line's credit holds it: the label BBC pages print over a caption, "Getty Images" /
        "Meltwater pours from the glacier (Credit: Jane Roe/AFP via Getty Images)". It is
        neither a picture credited alone nor the caption's title."""
        j = i - 1
        label = self.lines[j].text.strip()
        if j <= self.first_text or self.lines[j].words > MAX_LABEL_ABOVE_WORDS or not label:
            return
        if label.casefold() not in _credit_text(self.lines[i]).casefold():
            return
        last = self.groups[-1] if self.groups else None
        if last is not None and (last.first, last.last, last.credit) == (j, j, j):
            if last.caption is not None or last.title is not None or last.extra:
                return
            self.groups.pop()  # the label read as a picture of its own: it is this one's
        elif self.used[j]:
            return
        group.extra.append(j)
        self.take(group, j)

    def absorb_before(self, group: ImageGroup, i: int) -> None:
        """Pull in what stands just before the caption line: copies, alt text, a title."""
        lines, used = self.lines, self.used
        caption = caption_text(lines[i])
        j = i - 1
        while j > max(self.first_text, 0) and not used[j] and lines[j].kind == "text":
            # the first line of text (after a menu: `page_menu`) is the headline's, never a
            # title or copy of a caption
            line = lines[j]
            if line.words > MAX_CAPTION_WORDS:
                break
            near = not lines[j + 1].gap
            under_headline = self.tight and j - 1 == self.first_text
            opens = (
                line.gap
                or (self.tight and shares_word(line.text, caption))  # (in a text with no
                # blank lines, a title names what its caption tells: "Open questions" over a
                # chart's caption is the section's subheading, Nature)
                or lines[j - 1].kind == "furniture"  # (a block's first line: after link teasers)
            )
            similar = similarity(line.text, caption)
            titled = near and title_like(line) and opens and not _alt_copy(line.text, caption)
            if titled and teaser_label(lines[j - 1]):
                break  # "Related Topics" / "Drought, Water Companies, Gardening": tags
            if titled and not under_headline and not self.dek(j):
                # (in a text with no blank lines, the line under the headline is its dek)
                group.title = j
                self.take(group, j)
                break
            if similar >= 0.9 or (near and similar >= (0.75 if self.tight else 0.6)):
                # (in a text with no blank lines every line is near: a line of prose that
                # shares some words with the caption stays prose)
                group.extra.append(j)
                self.take(group, j)
                j -= 1
                continue
            break
        if j >= 0 and not used[j] and gallery_label(lines[j]):
            group.extra.append(j)
            self.take(group, j)

    def in_body(self, j: int) -> bool:
        """Whether a line of text stands between the headline and line ``j``: line ``j`` is
        no standfirst at the top ("Headline" / "A probe spots water." / "(Image credit:
        NASA)" credits the lead picture, which has no caption)."""
        return any(self.lines[k].kind == "text" for k in range(self.first_text + 1, j))

    def dek(self, j: int) -> bool:
        """Whether line ``j`` is the standfirst at the top: a line of `MIN_DEK_WORDS` or more
        in sentence case with only the headline and its date or byline lines (or a display
        title, `_display_title`) above it ("Headline" / "March 3, 2025 9:12AM ET" / "The
        singer will return to Europe in the summer", Rolling Stone), so no caption title of
        the picture under it (a shorter one, "Drought conditions", stays Newsweek's caption
        title)."""
        top, line = self.first_text, self.lines[j]
        if top < 0 or j <= top or line.words < MIN_DEK_WORDS or not sentence_case(line.text):
            return False
        if j == top + 2 and _display_title(self.lines[top + 1]):
            return True  # "Headline" / "A Display Title Under It" / the standfirst (WIRED)
        return all(self.lines[k].kind in HEADER_KINDS for k in range(top + 1, j))

    def masthead_again(self, i: int) -> bool:
        """Whether line ``i``, after the title, is the site's name printed over it too
        ("Condé Nast Traveler" over the menu, then under "Read More" at the foot of the
        page): the site's masthead again, no picture credited to it. Read only for a
        credit line alone, over the lines before the title."""
        text = self.lines[i].text
        return i > self.first_text and any(
            line.text == text for line in self.lines[: self.first_text]
        ) and _site_name(text)

    def credit_line(self, i: int) -> None:
        """A credit on a line of its own: a second credit line of the picture above, the
        credit of a BBC-style caption below, of the caption above, or a picture alone."""
        lines = self.lines
        line = lines[i]
        if i < self.first_text and (_site_name(line.text) or _section_path(line.text)):
            return  # "The Telegraph" over the menu and the title: the site's name; "NATIONAL
            # / SOCIETY" (The Japan Times): the sections the story is filed under

        if self.credit_under_markdown(i) or self.caption_under_markdown(i):
            return
        if self.groups and _credits_lead(line.text):
            lead = self.groups[0]  # "(Top photo: Jane Roe / Getty Images)" under the story
            if lead.credit is None:  # (The Athletic): the first picture's credit, printed
                lead.credit = i  # again or only here; no picture of its own
            return
        last = self.groups[-1] if self.groups else None
        if (
            last is not None
            and last.last == i - 1
            and (self.tight or not line.gap)
            and (last.credit is None or _credit_text(lines[last.credit]) == _credit_text(line))
        ):
            if last.credit is None:
                last.credit = i
            else:
                last.extra.append(i)
            self.take(last, i)
            return
        if (
            last is not None
            and last.last == i - 1
            and last.credit is not None
            and _same_credit(_credit_text(lines[last.credit]), _credit_text(line))
        ):
            last.extra.append(last.credit)  # "(AP Photo/Jeff Chiu)", then "Photo: Jeff
            last.credit = i  # Chiu, AP": the credit line under the block is the credit
            self.take(last, i)
            return
        if (
            last is not None
            and last.last == i - 1
            and last.credit is not None
            and not line.gap
            and _names_nobody(_credit_text(lines[last.credit]))
        ):  # "… to civic officials. (File photo)" / "Photo: PTI" (Times of India): the
            last.credit = i  # note names nobody; the line under the caption does
            self.take(last, i)
            return
        if last is not None and last.last == i - 1 and self.credit_tail_again(last, i):
            return
        nxt = i + 1
        if self.masthead_again(i) and not (nxt < len(lines) and lines[nxt].kind == "caption_label"):
            return  # "Condé Nast Traveler" over the title, then again in the footer
        group = ImageGroup(first=i, last=i, credit=i)
        self.take(group, i)
        if nxt < len(lines) and lines[nxt].kind == "caption_label" and (
            not lines[nxt].gap or line.text.startswith(_SOURCE_LABELS)
        ):  # (BBC's "Image source, X" / "Image caption, Y", a blank line between or not)
            group.caption = nxt
            self.take(group, nxt)
        elif self.between_copies(i):
            group.caption = nxt  # NPR: credit / caption / the same credit again
            self.take(group, nxt)
        elif self.between_copies(i - 2):
            group.caption = i - 1  # (the same, its first copy read as the toggle's furniture)
            self.take(group, i - 1)
        else:
            self.attach_backward(group, i)
            if group.caption is None and not line.text.startswith(_CAPTION_ABOVE_LABELS):
                self.attach_forward(group, i)  # (TechCrunch's "Image Credits:" closes its
                # picture: the text under it is the story's)
        if group.caption is not None:
            self.absorb_before(group, group.caption)
        elif COPYRIGHT.match(line.text) or self.story_source(i):
            self.used[i] = False  # a notice under the story, not a picture
            return
        elif named_for_agency(line.text) or (
            i > 0
            and not line.gap
            and lines[i - 1].kind == "byline"
            and not line.text[:_LEAD_ART_CHARS].casefold().startswith(_LEAD_ART_CREDITS)
        ):
            # "Marisa Quintero, Associated Press" with no caption above it (the writer and
            # the wire), "Photographs by Lukas Brandt" under "By Jane Roe" (the photographer's
            # byline, National Geographic): bylines, not a picture's credit
            self.used[i] = False
            line.kind = "byline"
            line.credit = None
            return
        self.groups.append(group)

    def credit_tail_again(self, group: ImageGroup, i: int) -> bool:
        """Whether the credit line ``i``, right under the block of ``group``, prints again the
        end of the credit that the group's caption already carries, the agencies without the
        photographer: "… its outlook on Thursday. (Photo by Rita Kale/Bloomberg via Getty
        Images)" / "Bloomberg via Getty Images" (Forbes prints its figcaption's credit, then
        the picture's credit span). The line is the same picture's, no picture of its own;
        the fuller credit stays the picture's."""
        if group.credit is None:
            return False
        credit, held = _bare_credit(self.lines[i]), _bare_credit(self.lines[group.credit])
        if len(credit) >= len(held) or not held.casefold().endswith(credit.casefold()):
            return False  # (a cheap test first: the line is the end of the credit above)
        if held[-len(credit) - 1] not in " /,;|—–-":
            return False  # ("Getty Images" ends "X/Getty Images", not "XGetty Images")
        if parse_credit(credit).photographers:
            return False
        group.extra.append(i)
        self.take(group, i)
        return True

    def between_copies(self, i: int) -> bool:
        """Whether the line under the credit line ``i`` is printed between two copies of
        that credit, which makes it the picture's caption whatever it says (NPR: "Jane
        Roe/OPB" / "Jane Smith fills jugs at the water station. \"It's hard,\" she says." /
        "Jane Roe/OPB"): a line of text, with no blank line around it."""
        lines, nxt = self.lines, i + 1
        if i < 0 or nxt + 1 >= len(lines) or lines[nxt].kind != "text" or self.used[nxt]:
            return False
        below = lines[nxt + 1]
        if below.kind != "credit" or lines[nxt].gap or below.gap:
            return False
        return _credit_text(below) == _credit_text(lines[i])

    def story_source(self, i: int) -> bool:
        """Whether the credit line ``i``, with no caption, is the source of the story that
        ends above it ("Source: Al Jazeera", "SOURCE: News agencies" under the last
        paragraph): a "Source:" label, and at most `MAX_LINES_UNDER_SOURCE` lines after it,
        none of them text (page furniture)."""
        rest = self.lines[i + 1 :]
        if self.lines[i].text[:7].casefold() != "source:" or len(rest) > MAX_LINES_UNDER_SOURCE:
            return False
        return all(line.kind != "text" for line in rest)

    def attach_backward(self, group: ImageGroup, i: int) -> None:
        """A credit-only line credits the caption line before it, when that line is close."""
        lines, used = self.lines, self.used
        j = i - 1
        skipped: list[int] = []
        while j >= 0 and not used[j] and lines[j].kind == "furniture" and len(skipped) < 2:
            skipped.append(j)
            j -= 1
        if j < 0 or used[j]:
            return  # nothing above, or a second printing of the credit of the picture above
        if j == self.first_text:
            return  # the headline's line: "Title" / "Image copyright Getty Images" (BBC)
        prev = lines[j]
        if j == self.first_text + 1 and prev.words <= MAX_BYLINE_NAME_WORDS and name_line(prev):
            return  # the author's bare name under the headline: "Title" / "Jane Roe" /
            # "Illustration: Sam Poe/Axios" credits the lead picture, which has no caption
        if (
            prev.words <= MAX_BYLINE_NAME_WORDS
            and any(_stamp(lines[k].text) for k in skipped)
            and name_line(prev)
        ):
            return  # the author's name over the time stamp: "Jane Roe" / "3:40 PM PST ·
            # March 2, 2026" / "Image Credits: Harbor Labs" (TechCrunch): a byline
        if not skipped and not prev.gap and self.dek(j):
            return  # the standfirst in the headline's block: "Title" / "Insurers buy data
            # from carmakers. Regulators want answers." / "Photo-Illustration: Staff; Getty
            # Images" (WIRED) credits the lead picture, which has no caption (a block of its
            # own under the headline's, a line and its credit, is a picture: Live Science)
        if not skipped and self.title_over_credit(i, j):
            group.caption = j
            self.take(group, j)
            return  # (a show's name may open the headline too)
        if self.first_text >= 0 and lines[self.first_text].text.startswith(prev.text):
            return  # the title printed again under the page's title ("Title | Site" / "Title")
        if not caption_like(prev) or prev.text.startswith(('"', "“")):
            return
        quoting = reports_speech(prev)
        if quoting and not self.quoting_caption(i, j, skipped):
            return
        if self.prose_above(i, j):
            return  # the outlet prints its captions on the credit's line: prose above
        if quoting and lines[i].gap:  # over a "Photo:" credit alone (`_quoting_over_photo`)
            group.caption = j
            self.take(group, j)
            return
        near = (
            not lines[j + 1].gap
            or self.tight
            or any(CAPTION_CONTROL.match(lines[k].text) for k in skipped)
            # NPR: caption / credit / "hide caption" / "toggle caption" / credit
            or (i + 1 < len(lines) and CAPTION_CONTROL.match(lines[i + 1].text) is not None)
        )
        after_label = j > 0 and gallery_label(lines[j - 1])
        labelled = (
            not skipped
            and (captions_above(lines[i], prev) or self.photo_caption_above(i, j))
            and (self.in_body(j) or depicts(prev.text) or _dated_scene(prev.text))
            # (under the headline: "An artist's concept of the lander." / "(Image credit:
            # X)" is the lead picture's caption)
        )
        if (
            near
            or after_label
            or labelled
            or copy_above(lines, used, j)
            or (not skipped and self.unstopped_caption_above(i, j))
        ):
            group.caption = j
            self.take(group, j, *skipped)

    def quoting_caption(self, i: int, j: int, skipped: list[int]) -> bool:
        """Whether line ``j``, which quotes someone, is still the caption of the credit line
        ``i`` under it: the two alone make a block between blank lines, and the line tells
        what the picture shows before it quotes ("A worker rests by a salt stack. \"You
        drink all day,\" said Abrha Tesfay." / "Photograph by Jane Roe", National
        Geographic). Not in a text without blank lines, where a line next to another says
        nothing. The line may be a block of its own over a "Photo:" credit line alone
        (`_quoting_over_photo`)."""
        lines = self.lines
        if not skipped and not self.tight and self._titled_quote(i, j):
            return True
        if skipped or self.tight or not lines[j].gap:
            return False
        if i + 1 < len(lines) and not lines[i + 1].gap:
            return False  # more under the credit: not a block of two lines
        text = lines[j].text
        quote = min((at for at in (text.find('"'), text.find("“")) if at >= 0), default=-1)
        first = text.rfind(". ", 0, quote) if quote > 0 else -1  # a sentence before the quote
        if first < 0 or not lines[i].gap:
            return first > 0
        return self._quoting_over_photo(i, j, text[: first + 1])

    def _titled_quote(self, i: int, j: int) -> bool:
        """Whether line ``j``, which quotes someone, is the caption of the credit line ``i``
        right under it in a block of three lines that a short caption title opens (Newsweek:
        "Oakden at a town hall" / "Jane Roe speaks in Boise, Idaho, on March 10, 2026. \"We
        are staying put,\" she said." / "AP Photo/Sam Poe"): the line opens with a
        sentence that says where or when, or what the picture shows, and its quote is
        closed by a short attribution ("she said."; a story's paragraph runs on)."""
        lines = self.lines
        k = j - 1
        if k <= self.first_text or lines[j].gap or lines[i].gap or not lines[k].gap:
            return False
        if self.used[k] or not title_like(lines[k]) or lines[j].words > MAX_FORWARD_CAPTION_WORDS:
            return False
        text = lines[j].text
        quote = min((at for at in (text.find('"'), text.find("“")) if at >= 0), default=-1)
        first = text.rfind(". ", 0, quote) if quote > 0 else -1
        if first < 0 or ". " in text[:first]:
            return False  # one sentence before the quote
        close = max(text.rfind('"'), text.rfind("”"))
        if text.count(" ", close) > _MAX_SAID_WORDS:
            return False
        opening = text[: first + 1]
        return (_scene(opening) or _shows(opening)) and self.in_body(k) and not self.dek(k)

    def _quoting_over_photo(self, i: int, j: int, opening: str) -> bool:
        """Whether the line ``j``, a block of its own that quotes someone after its
        ``opening`` sentence, is the caption of the "Photo:" credit line ``i`` alone under
        it (SFGATE, Hearst papers: "Jane Roe works the grill at Harbor Diner. \"Every plate
        I cook is for my mother,\" she said." / blank / "Photo: Sam Poe/SFGATE"): one
        sentence first that says where or when, or what the picture shows, and the quote
        closed by a short attribution ("she said."; a story's paragraph runs on)."""
        lines = self.lines
        if lines[j].words > MAX_FORWARD_CAPTION_WORDS or ". " in opening:
            return False
        text = lines[j].text
        close = max(text.rfind('"'), text.rfind("”"))
        if text.count(" ", close) > _MAX_SAID_WORDS:
            return False  # '… "We had no idea," said the owner, who had spent two years …'
        if not (_scene(opening) or _shows(opening)):
            return False
        text = lines[i].text.strip()
        start, _, wrapped = unwrapped(text)
        label = text[:start].rstrip()
        return (
            wrapped
            and label[-1:] == ":"
            and label[:-1].split()[0].casefold() in _PHOTO_WORDS
            and not self.label_inline(lines[i])
        )

    def title_over_credit(self, i: int, j: int) -> bool:
        """Whether the bare credit line ``i``, a block of its own, credits the short title in
        the block of its own above it (``title_like``): the name of a show or film as the
        caption of its still ("'The Lantern Keepers'" / blank / "Courtesy of Netflix", The
        Hollywood Reporter) or of someone's bare name ("Jane Roe" / blank / "Jane Doe/Getty
        Images"): the title in quotation marks, or a short name in capitals (`name_line`). A
        subheading in sentence case ("What the closure means for readers") is none, nor
        the standfirst under the headline."""
        lines = self.lines
        above = lines[j]
        if not above.gap or not lines[i].gap or not title_like(above):
            return False
        text = above.text
        if not (text[:1] in _TITLE_OPENS and text[-1:] in _TITLE_CLOSES) and not name_line(above):
            return False
        if i + 1 < len(lines) and not lines[i + 1].gap:
            return False  # the credit opens a block: it may be the next picture's
        return self.in_body(j) and not self.dek(j)

    def photo_caption_above(self, i: int, j: int) -> bool:
        """Whether a "Photo:" credit line alone between blank lines credits the caption on
        line ``j`` above it, a block of its own (SFGATE, Hearst papers: "The Lake Merritt
        Boating Center in Oakland, Calif., on May 29, 2025." / blank / "Photo: Justin
        Sullivan/Getty Images"): one short sentence (`one_sentence_caption`) that says
        where or when the picture was taken (`SCENE_TIME`, `SCENE_PLACE`), where the outlet
        prints no caption on its credit's line (`label_inline`) and no caption under it
        (`labelled_above`)."""
        lines = self.lines
        credit = lines[i]
        caption = lines[j].text
        if not credit.gap or not one_sentence_caption(lines[j], MAX_FORWARD_CAPTION_WORDS):
            return False
        text = credit.text.strip()
        start, _, wrapped = unwrapped(text)
        if not wrapped and "/" in text and (_shows(caption) or _where_and_when(caption)):
            return not self.label_inline(credit)  # "Jane Roe stands at the edge of her
            # farm." / blank / "Doral Chenoweth/The Columbus Dispatch" (Gannett); "Jane
            # Roe and Sam Poe at the premiere of 'Harbor Lights' on Oct. 8, 2025." / blank /
            # "Jane Doe/Getty Images" (The Hollywood Reporter)
        label = text[:start].rstrip()
        if not _scene(caption) and not (wrapped and self.label_captions(label)):
            return False  # a caption says where or when: "Copper rose 0.86%." is prose
        if not wrapped or label[-1:] != ":" or label[:-1].split()[0].casefold() not in _PHOTO_WORDS:
            return False
        if i + 1 < len(lines) and self.labelled_above(i, i + 1):
            return False  # "Picture: X" / blank / the caption under it (Telegraph)
        return not self.label_inline(credit)

    def label_captions(self, label: str) -> bool:
        """Whether the outlet prints its captions over the credit lines that open with
        ``label`` ("Photo:"): one of them, a block of its own, stands under a one-sentence
        caption that says where or when (`_scene`: "Customers wait outside Golden Crust
        Bakery on May 2, 2026." / blank / "Photo: Jane Roe/SFGATE"). A story prints its
        pictures one way: then "A tray of buns cools on a rack behind the counter." over
        "Photo: Jane Roe/SFGATE" is a caption too, though it says neither.

        Read once for each label (`captioned_labels`), in one pass over the lines."""
        found = self.captioned_labels.get(label)
        if found is None:
            lines = self.lines
            found = self.captioned_labels[label] = any(
                line.kind == "credit"
                and line.gap
                and line.text.startswith(label)
                and lines[k - 1].gap
                and one_sentence_caption(lines[k - 1], MAX_FORWARD_CAPTION_WORDS)
                and _scene(lines[k - 1].text)
                for k, line in enumerate(lines)
                if k > 0 and line.text[:1] == label[:1]  # (a cheap test first)
            )
        return found

    def unstopped_caption_above(self, i: int, j: int) -> bool:
        """Whether the credit-only line ``i``, a block of its own, credits the caption in the
        block above it, one that ends in no punctuation (The Independent: "Firefighters
        battle flames near the village on 26 July 2025" / blank / "(AFP via Getty Images)"):
        `MIN_SCENE_WORDS` to `MAX_FORWARD_CAPTION_WORDS` words in sentence case, no
        question, quoting nobody. A sentence of the story ends in a full stop, a heading is
        shorter or in title case; the standfirst under the headline is no caption."""
        lines = self.lines
        above = lines[j]
        if not above.gap or above.text[-1] in _CLAUSE_ENDS or not lines[i].gap:
            return False
        if not MIN_SCENE_WORDS <= above.words <= MAX_FORWARD_CAPTION_WORDS:
            return False
        if i + 1 < len(lines) and not lines[i + 1].gap:
            return False  # the credit opens a block: it may be the next picture's
        if above.text.split(None, 1)[0] in _QUESTION_WORDS or not sentence_case(above.text):
            return False  # "What happens next for holidaymakers": a subheading
        return (
            uncredited_caption(above, MAX_FORWARD_CAPTION_WORDS)
            and self.in_body(j)
            and not self.dek(j)
        )

    def attach_forward(self, group: ImageGroup, i: int) -> None:
        """A credit-only line with no caption above credits a short caption line right
        below it ("Getty Images" then "Mendes celebrates a goal in May")."""
        lines = self.lines
        nxt = i + 1
        if nxt >= len(lines) or self.used[nxt]:
            return
        if lines[nxt].gap and not self.tight and not self.labelled_above(i, nxt):
            return
        if i - 1 == self.first_text or (
            not lines[i].gap and not lines[i - 1].gap and self.dek(i - 1)
        ):
            return  # a picture right under the title or its standfirst: what follows its
            # credit opens the story
        below = lines[nxt]
        if below.text.split(None, 1)[0] in _QUESTION_WORDS and below.text[-1] not in _CLAUSE_ENDS:
            return  # "Image: Halden" / "What happened": the section after the picture
        if uncredited_caption(below, MAX_FORWARD_CAPTION_WORDS):
            group.caption = nxt
            self.take(group, nxt)

    def prose_above(self, i: int, j: int) -> bool:
        """Whether the sentence on line ``j``, right above the credit line ``i``, is prose
        (`label_inline`); a caption printed twice above its credit stays a caption, and so
        does one that says where and when (`_where_and_when`) or what the picture shows
        (`_shows`)."""
        lines = self.lines
        if lines[j].text[-1:] != "." or lines[i].gap or copy_above(lines, self.used, j):
            return False
        if _where_and_when(lines[j].text) or _shows(lines[j].text):
            return False  # a caption all the same: "A worker at the smelter in Antofagasta,
            # Chile, on Jan. 14." / "Photographer: Jane Roe/Bloomberg" (Bloomberg prints its
            # lead picture so, and the pictures in its story on one line)
        return self.label_inline(lines[i])

    def label_inline(self, line: Line) -> bool:
        """Whether the label of a credit line ("Photograph:") stands inside a caption line
        elsewhere in the text ("A weather station in Shetland. Photograph: Jane Roe/Getty
        Images", WIRED): the outlet prints a caption on its credit's line, so a sentence
        above a credit on a line of its own is prose, and the picture has no caption. A
        caption printed twice before its credit ("Residents pack the chamber. Residents pack
        the chamber. Photo: Jane Roe, Staff Photographer", Hearst's lead gallery) is a
        gallery overlay run into one line (`_overlay_copy`), no sign of how the outlet
        prints the captions of its story: there "caption" / "Photo: X" is a picture."""
        text = line.text.strip()
        start, _, labelled = unwrapped(text)
        label = text[:start].strip()
        if not labelled or len(label) < 4 or label[0] in "([":
            return False
        # Each label is looked for once, in the captioned lines gathered once: a text of many
        # credit lines is not read again for each (a credit line is no captioned line).
        found = self.inline.get(label)
        if found is None:
            if self.captioned is None:
                self.captioned = [
                    other.text
                    for other in self.lines
                    if other.kind == "captioned" and not _overlay_copy(other)
                ]
            key = f" {label}"
            found = self.inline[label] = any(key in other for other in self.captioned)
        return found

    def labelled_above(self, i: int, nxt: int) -> bool:
        """Whether a labelled credit alone between blank lines credits the caption in the
        block below it ("Picture: Aaron Chown/PA Wire" / blank / "Mark Petchey-Lowe watches
        from the players' box on July 8", Telegraph): a short line in sentence case with
        no final full stop, a block of its own."""
        lines = self.lines
        line, below = lines[i], lines[nxt]
        if not line.gap or below.kind != "text" or below.words < MIN_SCENE_WORDS:
            return False
        if below.text[-1] in _SENTENCE_ENDS or (nxt + 1 < len(lines) and not lines[nxt + 1].gap):
            return False
        text = line.text.strip()
        return unwrapped(text)[2] and sentence_case(below.text)

    def expander(self, i: int) -> None:
        """An expandable caption: a teaser ending '... Read More' and full copies next to it."""
        lines, used = self.lines, self.used
        stem = EXPANDER.split(lines[i].text)[0].strip()
        if len(stem) < 20:
            return

        def copy(j: int) -> bool:
            return not used[j] and lines[j].kind == "text" and lines[j].text.startswith(stem)

        above = self.groups[-1] if self.groups else None
        if (
            above is not None
            and above.last == i - 1
            and above.caption is not None
            and caption_text(lines[above.caption]).startswith(stem)
        ):  # the full caption with its credit over the teaser, and again under it (with the
            # "Close" button glued to the credit: "… Photographer: X/Bloomberg Close")
            last = i
            while last + 1 < len(lines) and last - i < 2 and lines[last + 1].text.startswith(stem):
                last += 1
                if used[last]:
                    return
            above.extra.extend(range(i, last + 1))
            self.take(above, *range(i, last + 1))
            return

        first, last = i, i
        while first > 0 and i - first < 2 and copy(first - 1):
            first -= 1
        while last + 1 < len(lines) and last - i < 2 and copy(last + 1):
            last += 1
        if first == last:
            return
        full = first if first != i else last
        group = ImageGroup(first=i, last=i, caption=full)
        self.take(group, *range(first, last + 1))
        group.extra = [j for j in range(first, last + 1) if j != full]
        below = last + 1
        if below < len(lines) and not used[below] and lines[below].kind == "credit":
            group.credit = below  # Bloomberg: "Photographer: X/Bloomberg" under the copies
            self.take(group, below)
        self.groups.append(group)


def _merge_copies(lines: list[Line], groups: list[ImageGroup]) -> list[ImageGroup]:
    """One picture printed twice in a row (a gallery overlay, a page copy) is one picture."""
    merged: list[ImageGroup] = []
    for group in sorted(groups, key=lambda g: g.first):
        if merged:
            prev = merged[-1]
            between = lines[prev.last + 1 : group.first]
            if all(b.kind == "furniture" for b in between) and _same_picture(lines, prev, group):
                prev.extra.extend(range(prev.last + 1, group.last + 1))
                prev.last = group.last
                if prev.credit is None or _credit_below(lines, group):
                    prev.credit = group.credit  # (SFGATE: the credit line under the copies)
                continue
        merged.append(group)
    return merged


def _credit_below(lines: list[Line], group: ImageGroup) -> bool:
    """Whether a picture's credit is a "Photo:" style line of its own under its captioned
    line, taken by `_Grouper.credit_line` from a second printing of the caption's credit
    ("... (AP Photo/Jeff Chiu)" / "Photo: Jeff Chiu, AP")."""
    credit, caption = group.credit, group.caption
    return (
        credit is not None
        and caption is not None
        and credit > caption
        and lines[caption].kind == "captioned"
        and lines[credit].kind == "credit"
    )


def _same_picture(lines: list[Line], a: ImageGroup, b: ImageGroup) -> bool:
    ca = caption_text(lines[a.caption]) if a.caption is not None else ""
    cb = caption_text(lines[b.caption]) if b.caption is not None else ""
    if ca and cb:
        return similarity(ca, cb) >= 0.9
    if a.credit is not None and b.credit is not None and not cb:
        return _credit_text(lines[a.credit]) == _credit_text(lines[b.credit])
    return False


def _same_credit(a: str, b: str) -> bool:
    """Whether two credits name the same people and organisations, printed differently:
    "(AP Photo/Jeff Chiu)" and "Photo: Jeff Chiu, AP" (SFGATE prints a wire picture's
    credit again under its caption). Someone must be named: two bare roles are not enough."""
    first, second = parse_credit(a), parse_credit(b)
    people = set(first.photographers)
    if not people or people != set(second.photographers):
        return False
    return {x.name for x in first.agencies} == {x.name for x in second.agencies}


def _alt_copy(text: str, caption: str) -> bool:
    """Whether a line over a caption is its alt text, the caption's words again before
    the credit: "Causeway Hospital in Coleraine" / "Causeway Hospital in Coleraine (Photo:
    Pacemaker)" (Belfast Telegraph, PA-fed sites). It is no caption title, which never
    repeats the caption ("Library at dusk" / "The old library at dusk.": Newsweek)."""
    head = text.strip().rstrip(".").casefold()
    return caption[: len(head)].casefold() == head and similarity(text, caption) >= 0.9


def _display_title(line: Line) -> bool:
    """Whether the line under the headline is a display title over the standfirst: short
    but of `MIN_DISPLAY_TITLE_WORDS` or more, in title case, no sentence end ("The Smart
    Thermostat That Wouldn't Let a Town Stay Warm" / "A Firmware Update Left Thousands of
    Homes in the Cold" / the standfirst, WIRED)."""
    return (
        line.words >= MIN_DISPLAY_TITLE_WORDS and title_like(line) and not sentence_case(line.text)
    )


def _scene(caption: str) -> bool:
    """Whether a sentence says where or when a picture was taken (`SCENE_TIME`,
    `SCENE_PLACE`): "… in Oakland, Calif.", "… on Tuesday", "… in 2019"."""
    return SCENE_TIME.search(caption) is not None or SCENE_PLACE.search(caption) is not None


def _overlay_copy(line: Line) -> bool:
    """Whether a captioned line holds its caption twice before its credit: "Residents pack
    the chamber on April 16. Residents pack the chamber on April 16. Photo: Jane Roe" (a
    gallery overlay's caption and its copy run into one line, mysanantonio, SFGATE)."""
    if line.credit is None:
        return False
    body = line.text[: line.credit[0]].strip()
    half = len(body) // 2
    return any(body[:cut].strip() == body[cut:].strip() != "" for cut in (half, half + 1))


def _stamp(text: str) -> bool:
    """Whether a line of page furniture is a date or a time ("3:40 PM PST · March 2, 2026",
    "Updated 2 hours ago"): one with a digit, which no caption control prints."""
    return any(map(str.isdigit, text))


def _credits_lead(text: str) -> bool:
    """Whether a credit line opens with a label that names the article's first picture
    (`Vocab.lead_labels`): "(Top photo: Jane Roe / Getty Images)", "Lead image: NASA"."""
    head = text[:20].lstrip("([ ").casefold()
    return head[:1] in "tl" and head.startswith(vocab().lead_labels)


def _site_name(text: str) -> bool:
    """Whether a line is only a publication's name ("The Telegraph", "Fox News")."""
    agency = lookup(text.strip())
    return agency is not None and agency.kind == "publication"


def _section_path(text: str) -> bool:
    """Whether a line is a path of section names, one word each, between slashes or bars:
    "NATIONAL / SOCIETY", "World | Asia" (no agency, no photographer's two-word name)."""
    parts = [part.strip() for part in text.replace("|", "/").split("/")]
    return len(parts) > 1 and all(
        part.isalpha() and part[:1].isupper() and lookup(part) is None for part in parts
    )


def _names_nobody(credit: str) -> bool:
    """Whether a credit names no photographer and no organisation: "(File photo)",
    "(Representational image)"."""
    parsed = parse_credit(credit)
    return not parsed.photographers and not parsed.agencies


def _bare_credit(line: Line) -> str:
    """The credit of a line without its wrappers (`unwrapped`): "Rita Kale/Bloomberg via
    Getty Images" of "(Photo by Rita Kale/Bloomberg via Getty Images)"."""
    text = _credit_text(line)
    start, end, _ = unwrapped(text)
    return text[start:end].strip()


def _credit_text(line: Line) -> str:
    if line.credit is None:
        return line.text  # a bare name under its caption (`_Grouper.named_under`)
    return line.text[line.credit[0] : line.credit[1]]
