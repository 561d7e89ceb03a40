"""The recipe: from text to `Article`. PLACEHOLDER (being written)."""

from __future__ import annotations

from newsparse.models import Article, Paragraph, Section, Span
from newsparse.quotes import find_quotes
from newsparse.segment import segment


def parse(text: str, /) -> Article:
    """Parse the plain text of a news article."""
    if not isinstance(text, str):
        raise TypeError(f"newsparse.parse expects str, got {type(text).__name__}")
    blocks = segment(text)
    headline = next((b.text for b in blocks if b.kind == "headline"), None)
    paras = [Paragraph(text=b.text, span=b.span) for b in blocks if b.kind == "paragraph"]
    sections = [Section(heading=None, paragraphs=paras, span=Span(start=0, end=len(text)))] if paras else []
    quotes, speakers = find_quotes(text, [(p.span.start, p.span.end) for p in paras])
    return Article(headline=headline, dek=None, byline=None, sections=sections, images=[],
                   quotes=quotes, speakers=speakers, agencies=[], blocks=blocks)
