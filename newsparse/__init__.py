"""newsparse: the plain text of a news article as pydantic models.

>>> import newsparse
>>> article = newsparse.parse("Storm Hits Coast\\n\\nThe storm hit the coast on Monday.")
>>> article.headline
'Storm Hits Coast'
>>> [p.text for s in article.sections for p in s.paragraphs]
['The storm hit the coast on Monday.']
"""

from typing import TYPE_CHECKING

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
    YearlessDate,
)
from newsparse.parser import Parser, parse
from newsparse.segment import segment

if TYPE_CHECKING:
    from newsparse.batch import parse_many

__version__ = "0.1.0"

__all__ = [
    "Agency",
    "Article",
    "Block",
    "BlockKind",
    "Credit",
    "Image",
    "Paragraph",
    "Parser",
    "Quote",
    "Section",
    "Span",
    "Speaker",
    "YearlessDate",
    "__version__",
    "parse",
    "parse_credit",
    "parse_many",
    "segment",
]


def __getattr__(name: str) -> object:
    # parse_many pulls in concurrent.futures and multiprocessing: load it on first use
    if name == "parse_many":
        from newsparse.batch import parse_many  # noqa: PLC0415

        return parse_many
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
