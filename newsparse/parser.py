"""The recipe: from the plain text of an article to an `Article`.

    text ─▶ lines ─▶ blocks ─▶ images (captions, credits, dates) ─▶ quotes and speakers

Each step is cheaper and more certain than the next; each keeps the spans of what it
read, so that every value can be traced back to the characters it came from.
"""

from __future__ import annotations

from newsparse._text import readable
from newsparse.caption_parts import image_parts
from newsparse.dates import caption_dates
from newsparse.models import (
    Agency,
    Article,
    Block,
    Image,
    Paragraph,
    Quote,
    Section,
    Span,
    Speaker,
    build,
)
from newsparse.segment import Layout, _type_message, layout, to_blocks

__all__ = ["Parser", "parse"]


_UNNAMED_KINDS = frozenset({"other", "byline"})
"""Blocks whose names are no fuller forms of a speaker's: page furniture and bylines."""

class Parser:
    """A reusable parser; `newsparse.parse` delegates to a shared instance.

    Options are keyword-only. ``quotes=False`` skips quote and speaker attribution,
    ``images=False`` skips caption, credit and date parsing (image blocks are still
    found, so that segmentation stays the same).
    """

    __slots__ = ("images", "quotes")

    def __init__(self, *, quotes: bool = True, images: bool = True) -> None:
        self.quotes = quotes
        self.images = images

    def __repr__(self) -> str:
        return f"Parser(quotes={self.quotes}, images={self.images})"

    def parse(self, text: str, /) -> Article:
        """Parse the plain text of one news article. Never raises on content."""
        if not isinstance(text, str):
            raise TypeError(_type_message(text))

        # 1. lines and blocks: every non-blank line lands in exactly one block. The rules
        # read a copy with no-break spaces as spaces (same offsets); blocks are cut from text
        reading = readable(text)
        result = layout(reading)
        blocks = to_blocks(text, result)
        if result.wrapped:  # a hard-wrapped text: its paragraphs read with spaces for breaks
            reading = _joined(reading, result)

        # 2. the front matter and the body's sections
        headline = next((r.heading for r in result.blocks if r.kind == "headline"), None)
        dek = next(  # (a dek printed as a Markdown heading: without its marks)
            (
                r.heading or b.text
                for r, b in zip(result.blocks, blocks, strict=True)
                if r.kind == "dek"
            ),
            None,
        )
        byline = _first(blocks, "byline")
        sections = _sections(result, blocks)

        # 3. pictures: caption title, caption, credit, then the dates their captions give
        images = _images(reading, result, blocks) if self.images else []
        agencies = _agencies(images)

        # 4. quotes and who said them (the guessiest step, last)
        quotes: list[Quote] = []
        speakers: list[Speaker] = []
        if self.quotes:
            spans = [(b.span.start, b.span.end) for b in blocks if b.kind in ("paragraph", "dek")]
            titles = frozenset(r.heading for r in result.blocks if r.heading)
            from newsparse.quotes import find_quotes  # noqa: PLC0415 (loaded on first use)

            # names printed in credits, bylines ("Additional reporting by Kanis Leung") and
            # page furniture ("Related topics" links) are no fuller forms of a speaker's
            unnamed = [(i.credit.span.start, i.credit.span.end) for i in images if i.credit]
            unnamed += [(b.span.start, b.span.end) for b in blocks if b.kind in _UNNAMED_KINDS]
            quotes, speakers = find_quotes(reading, spans, skip=titles, credits=unnamed)
            # quotes in captions ('… in his field. "The water is the farm," he said.'), read
            # on their own: a caption's people are no referents for the story's pronouns
            captions = _caption_spans(reading, images)
            if captions:
                more, voices = find_quotes(reading, captions, skip=titles, credits=unnamed)
                quotes = sorted([*quotes, *more], key=lambda q: q.span.start)
                speakers = _merged(quotes, [*speakers, *voices])
        if reading is not text:  # stretches of the input as printed, no-break spaces kept
            _as_printed(text, images, quotes)

        # every value above is built from validated parts: no need to validate it again
        return build(
            Article,
            headline=headline,
            dek=dek,
            byline=byline,
            sections=sections,
            images=images,
            quotes=quotes,
            speakers=speakers,
            agencies=agencies,
            blocks=blocks,
        )


_DEFAULT = Parser()


def parse(text: str, /) -> Article:
    """Parse the plain text of a news article into an `Article`.

    Never raises on content: any ``str`` gives an `Article` (empty fields where the text
    has nothing to say). A non-``str`` raises `TypeError`.

    >>> article = parse("Storm Hits Coast\\n\\nThe storm hit the coast on Monday.")
    >>> article.headline, len(article.sections)
    ('Storm Hits Coast', 1)
    """
    return _DEFAULT.parse(text)


_QUOTE_MARKS = ('"', "“", "”", "«", "„")


def _caption_spans(reading: str, images: list[Image]) -> list[tuple[int, int]]:
    """Where each caption that holds a quotation mark stands in ``reading``, in order."""
    spans: list[tuple[int, int]] = []
    for image in images:
        caption = image.caption
        if caption and any(mark in caption for mark in _QUOTE_MARKS):
            at = reading.find(caption, image.span.start, image.span.end)
            if at >= 0:
                spans.append((at, at + len(caption)))
    return spans


def _merged(quotes: list[Quote], speakers: list[Speaker]) -> list[Speaker]:
    """The speakers of the story's and the captions' ``quotes`` (in reading order), in the
    order of their first quote, each once with its quotes counted and its title (the
    story's first)."""
    titles: dict[str, str | None] = {}
    for s in speakers:
        titles[s.name] = titles.get(s.name) or s.title
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    return [build(Speaker, name=n, title=titles.get(n), quotes=c) for n, c in counts.items()]


def _joined(reading: str, result: Layout) -> str:
    """``reading`` with the line breaks inside each joined line read as spaces (the lines'
    own texts: the same length, so offsets hold)."""
    parts: list[str] = []
    at = 0
    for line in result.lines:
        if reading[line.start : line.end] != line.text:  # (a line joined across breaks)
            parts += (reading[at : line.start], line.text)
            at = line.end
    return "".join(parts) + reading[at:]


def _as_printed(text: str, images: list[Image], quotes: list[Quote]) -> None:
    """Set the values that are stretches of the input (a quote, a credit's ``raw``) to
    ``text`` as printed, where the rules read a copy with plain spaces."""
    for quote in quotes:
        quote.__dict__["text"] = text[quote.span.start : quote.span.end]  # (built just now)
    for image in images:
        if image.credit is not None:
            span = image.credit.span
            image.credit.__dict__["raw"] = text[span.start : span.end]


def _first(blocks: list[Block], kind: str) -> str | None:
    return next((b.text for b in blocks if b.kind == kind), None)


def _sections(result: Layout, blocks: list[Block]) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    heading_span: Span | None = None
    paragraphs: list[Paragraph] = []

    def close() -> None:
        if heading is None and not paragraphs:
            return
        start = heading_span.start if heading_span is not None else paragraphs[0].span.start
        end = paragraphs[-1].span.end if paragraphs else heading_span.end  # type: ignore[union-attr]
        span = build(Span, start=start, end=end)
        sections.append(build(Section, heading=heading, paragraphs=list(paragraphs), span=span))

    for raw, block in zip(result.blocks, blocks, strict=True):
        if block.kind == "heading":
            close()
            heading, heading_span, paragraphs = raw.heading, block.span, []
        elif block.kind == "paragraph":
            paragraphs.append(build(Paragraph, text=block.text, span=block.span))
    close()
    return sections


def _images(text: str, result: Layout, blocks: list[Block]) -> list[Image]:
    parts = [
        (block, image_parts(text, result.lines, raw.image))
        for raw, block in zip(result.blocks, blocks, strict=True)
        if raw.image is not None
    ]
    captions = [p.caption for _, p in parts]
    dates = caption_dates(captions, text)
    return [
        build(
            Image,
            title=p.title,
            caption=p.caption,
            credit=p.credit,
            date=date,
            date_text=date_text,
            span=block.span,
        )
        for (block, p), (date, date_text) in zip(parts, dates, strict=True)
    ]


def _agencies(images: list[Image]) -> list[Agency]:
    seen: dict[str, Agency] = {}
    for image in images:
        if image.credit is not None:
            for agency in image.credit.agencies:
                seen.setdefault(agency.name, agency)
    return list(seen.values())
