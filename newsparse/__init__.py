"""newsparse: the plain text of a news article as pydantic models.

>>> import newsparse
>>> article = newsparse.parse("Storm Hits Coast\\n\\nThe storm hit the coast on Monday.")
>>> article.headline
'Storm Hits Coast'
>>> [p.text for s in article.sections for p in s.paragraphs]
['The storm hit the coast on Monday.']
"""

from newsparse.credits import parse_credit
from newsparse.models import (
    Agency,
    Article,
    Block,
    BlockKind,
    Credit,
    Image,
    Paragraph,
    Quote,
    Section,
    Span,
    Speaker,
)
from newsparse.parser import parse
from newsparse.segment import segment

__version__ = "0.1.0"

__all__ = [
    "Agency",
    "Article",
    "Block",
    "BlockKind",
    "Credit",
    "Image",
    "Paragraph",
    "Quote",
    "Section",
    "Span",
    "Speaker",
    "__version__",
    "parse",
    "parse_credit",
    "segment",
]
