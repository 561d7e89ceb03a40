"""The models: frozen, strict, self-documenting, exact JSON round trip."""

from __future__ import annotations

import datetime

import pydantic
import pytest

import newsparse
from newsparse import (
    Agency,
    Article,
    Block,
    Credit,
    Image,
    Paragraph,
    Quote,
    Section,
    Span,
    Speaker,
)
from newsparse.models import build

MODELS = [Agency, Article, Block, Credit, Image, Paragraph, Quote, Section, Span, Speaker]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_documented(model: type[pydantic.BaseModel]) -> None:
    schema = model.model_json_schema()
    props = schema.get("properties", {})
    assert props
    for name, prop in props.items():
        assert prop.get("description"), f"{model.__name__}.{name} has no docstring"


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_models_are_exported(model: type[pydantic.BaseModel]) -> None:
    assert getattr(newsparse, model.__name__) is model
    assert model.__name__ in newsparse.__all__


def test_models_are_frozen() -> None:
    span = Span(start=0, end=3)
    with pytest.raises(pydantic.ValidationError):
        span.start = 1  # type: ignore[misc]


def test_extra_fields_are_refused() -> None:
    with pytest.raises(pydantic.ValidationError):
        Span(start=0, end=1, length=1)  # type: ignore[call-arg]


def test_full_article_round_trips() -> None:
    span = Span(start=0, end=5)
    afp = Agency(name="AFP", full_name="Agence France-Presse", kind="wire")
    article = Article(
        headline="Title",
        dek="Dek",
        byline="By Jane Roe",
        sections=[Section(heading=None, paragraphs=[Paragraph(text="Hello", span=span)], span=span)],
        images=[
            Image(
                title="A title",
                caption="A caption on May 23, 2022.",
                credit=Credit(raw="JOHN ROE/AFP", photographers=["John Roe"], agencies=[afp],
                              roles=["File"], span=span),
                date=datetime.date(2022, 5, 23),
                date_text="May 23, 2022",
                span=span,
            )
        ],
        quotes=[Quote(text="We will win,", speaker="Jane Roe", speaker_text="she", cue="said", span=span)],
        speakers=[Speaker(name="Jane Roe", title="Mayor", quotes=1)],
        agencies=[afp],
        blocks=[Block(kind="paragraph", text="Hello", span=span)],
    )
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_parsed_sample_round_trips(sample_text: str) -> None:
    article = newsparse.parse(sample_text)
    assert Article.model_validate_json(article.model_dump_json(indent=2)) == article


def test_schema_names_every_article_field() -> None:
    schema = Article.model_json_schema()
    assert set(schema["properties"]) == {
        "headline", "dek", "byline", "sections", "images", "quotes", "speakers", "agencies", "blocks",
    }


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["list"], bytearray(b"x")], ids=repr)
def test_parse_refuses_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match="expects str"):
        newsparse.parse(bad)  # type: ignore[arg-type]


def test_bytes_error_says_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        newsparse.parse(b"Title\n\nBody.")  # type: ignore[arg-type]


def test_segment_refuses_non_str() -> None:
    with pytest.raises(TypeError, match="expects str"):
        newsparse.segment(None)  # type: ignore[arg-type]


BUILT = [
    (Span, {"start": 3, "end": 9}),
    (Block, {"kind": "paragraph", "text": "Hello", "span": Span(start=0, end=5)}),
    (Paragraph, {"text": "Hello", "span": Span(start=0, end=5)}),
    (Section, {"heading": "Hi", "paragraphs": [], "span": Span(start=0, end=2)}),
    (
        Image,
        {"title": None, "caption": "A cat.", "credit": None, "date": None,
         "date_text": None, "span": Span(start=0, end=6)},
    ),
    (
        Quote,
        {"text": "We will win,", "speaker": "Jane Roe", "speaker_text": "she", "cue": "said",
         "span": Span(start=1, end=13)},
    ),
    (Speaker, {"name": "Jane Roe", "title": "Mayor", "quotes": 2}),
]


@pytest.mark.parametrize(("model", "values"), BUILT, ids=lambda v: getattr(v, "__name__", ""))
def test_build_equals_validated_model(model: type[pydantic.BaseModel], values: dict) -> None:
    built = build(model, **values)
    validated = model(**values)
    assert built == validated
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_fields_set == validated.model_fields_set
    with pytest.raises(pydantic.ValidationError):
        built.__setattr__(next(iter(values)), None)  # still frozen


def test_built_article_round_trips() -> None:
    article = newsparse.parse("Storm Hits Coast\n\nThe storm hit the coast on Monday.")
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert article.model_copy() == article


@pytest.mark.parametrize(
    ("date", "json_date"),
    [(datetime.date(2022, 5, 23), "2022-05-23"), ("--03-17", "--03-17"), (None, None)],
    ids=["calendar-date", "day-without-year", "no-date"],
)
def test_image_date_round_trips(date: datetime.date | str | None, json_date: str | None) -> None:
    image = Image(title=None, caption="A bridge.", credit=None, date=date, span=Span(start=0, end=9))
    assert image.model_dump(mode="json")["date"] == json_date
    assert Image.model_validate_json(image.model_dump_json()) == image


@pytest.mark.parametrize("bad", ["--13-01", "--02-32", "03-17", "March 17"])
def test_image_date_refuses_other_strings(bad: str) -> None:
    with pytest.raises(pydantic.ValidationError):
        Image(title=None, caption=None, credit=None, date=bad, span=Span(start=0, end=1))
