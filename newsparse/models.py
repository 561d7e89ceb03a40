"""The glossary: every model that `newsparse.parse` returns.

All models are frozen pydantic v2 models with ``extra="forbid"``; each field carries a
one-line docstring so that ``Article.model_json_schema()`` documents itself. Offsets in
every :class:`Span` are character offsets into the text that was passed to ``parse``.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, StringConstraints

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
    "YearlessDate",
]


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", use_attribute_docstrings=True, defer_build=True
    )


_M = TypeVar("_M", bound=BaseModel)
_new = object.__new__
# pydantic's per-instance slots, set through their descriptors (cheaper than setattr)
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def build(cls: type[_M], /, **values: Any) -> _M:
    """``cls(**values)`` for values that are valid by construction, with every field given.

    The parser's own offsets and strings need no validation; this is pydantic's
    ``model_construct`` without its per-field alias and default bookkeeping, which
    costs more than the rest of building a block. Tested equal to ``cls(**values)``.
    Every model of a class shares one set of its fields' names (`_fields_set`): pydantic
    copies that set before it changes it (``model_copy``).
    """
    model = _new(cls)
    _set_dict(model, values)
    _set_fields(model, _FIELDS_SETS.get(cls) or _fields_set(cls))
    _set_extra(model, None)
    _set_private(model, None)
    return model


_FIELDS_SETS: dict[type[BaseModel], set[str]] = {}
"""The names of each model class's fields, which every model that `build` makes holds."""


def _fields_set(cls: type[BaseModel]) -> set[str]:
    """The names of ``cls``'s fields, kept in `_FIELDS_SETS` (built once per class)."""
    return _FIELDS_SETS.setdefault(cls, set(cls.model_fields))


class Span(_Model):
    """Where an element stands in the input: ``text[start:end]``."""

    start: int
    """Offset of the first character (inclusive)."""
    end: int
    """Offset after the last character (exclusive)."""


BlockKind = Literal["headline", "dek", "byline", "heading", "paragraph", "image", "other"]


class Block(_Model):
    """One labelled stretch of the input, in reading order (see ``newsparse.segment``)."""

    kind: BlockKind
    """What the block is: headline, dek, byline, heading, paragraph, image or other."""
    text: str
    """The block's text exactly as in the input (``text[span.start:span.end]``)."""
    span: Span
    """Where the block stands in the input."""


class Paragraph(_Model):
    """A paragraph of body text."""

    text: str
    """The paragraph, verbatim."""
    span: Span
    """Where the paragraph stands in the input."""


class Section(_Model):
    """A run of paragraphs under one subheading."""

    heading: str | None
    """The subheading as printed (Markdown marks removed); None before the first one."""
    paragraphs: list[Paragraph]
    """The section's paragraphs in reading order."""
    span: Span
    """From the heading (or first paragraph) to the end of the last paragraph."""


class Agency(_Model):
    """A photo or news agency, or a publication credited for a picture."""

    name: str
    """Canonical short name, e.g. "AFP"; an unknown organisation keeps its printed name."""
    full_name: str | None = None
    """Full name, e.g. "Agence France-Presse", when the registry knows it."""
    kind: str | None = None
    """Registry kind: wire, photo, stock, publication, institution, platform; None when unknown."""


class Credit(_Model):
    """A picture credit: who took the picture and which agencies it passed through."""

    raw: str
    """The credit as printed, without wrappers such as "Photo:" or parentheses."""
    photographers: list[str]
    """People credited, in normal capitalisation ("RAMIL SITDIKOV" -> "Ramil Sitdikov")."""
    agencies: list[Agency]
    """Organisations in the credit chain, in printed order."""
    roles: list[str] = []
    """Roles printed in the credit that are not people: Stringer, Handout, Pool, Staff, File."""
    span: Span
    """Where ``raw`` stands in the input."""


_MONTH_DAY = r"^--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$"
YearlessDate = Annotated[str, StringConstraints(pattern=_MONTH_DAY)]
"""A day of the year without its year, in ISO 8601 form: ``"--03-17"`` for March 17."""


class Image(_Model):
    """A picture that the text describes by its caption, its credit, or both."""

    title: str | None
    """The short caption-title line some outlets print before the caption."""
    caption: str | None
    """The descriptive caption, without title and credit; None when only a credit is printed."""
    credit: Credit | None
    """The photo credit, when one is printed."""
    date: datetime.date | YearlessDate | None
    """The date the picture was taken, when the caption states a calendar date; when
    neither the caption nor the article prints its year, the ISO 8601 form of a day
    without a year, ``"--MM-DD"``."""
    date_text: str | None = None
    """The date as printed in the caption, e.g. "May 23, 2022"."""
    span: Span
    """From the first to the last line of the image block."""


class Quote(_Model):
    """A direct quote: a stretch of text between quotation marks."""

    text: str
    """The words inside the quotation marks, verbatim."""
    speaker: str | None
    """The speaker's resolved name, the fullest the article gives; None when unknown."""
    speaker_text: str | None
    """The speaker as printed at the attribution, e.g. "she" or "Tsikhanouskaya"."""
    cue: str | None
    """The speech verb of the attribution, e.g. "said"."""
    span: Span
    """Where ``text`` stands in the input (inside the marks)."""


class Speaker(_Model):
    """A distinct speaker of the article's quotes."""

    name: str
    """The fullest name the article gives, without title."""
    title: str | None
    """Title or role printed before the name, e.g. "President"."""
    quotes: int
    """How many of the article's quotes are theirs."""


class Article(_Model):
    """The parse of one article text."""

    headline: str | None
    """The article's title, or None when the text starts straight into the body."""
    dek: str | None
    """The standfirst or summary line under the headline, if any."""
    byline: str | None
    """The byline as printed, e.g. "By Jane Doe", if any."""
    sections: list[Section]
    """The body: paragraphs grouped under their subheadings."""
    images: list[Image]
    """Every picture the text describes, in reading order."""
    quotes: list[Quote]
    """Every direct quote, in reading order."""
    speakers: list[Speaker]
    """Every distinct speaker with their quote count, in order of first appearance."""
    agencies: list[Agency]
    """Every agency credited in the article's pictures, in order of first appearance."""
    blocks: list[Block]
    """The flat, lossless list of every block in reading order."""
