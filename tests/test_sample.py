"""The bundled sample (Newsweek on Belarus), parsed end to end."""

from __future__ import annotations

import datetime

import pytest

import newsparse
from newsparse import Article


@pytest.fixture(scope="module")
def article(sample_text: str) -> Article:
    return newsparse.parse(sample_text)


def test_headline(article: Article) -> None:
    assert article.headline == "Putin's Ally Lukashenko Faces 'Last Fight' in Belarus: Opposition Leader"


def test_one_subheading(article: Article) -> None:
    assert [s.heading for s in article.sections] == [None, "'Sanctions Should Be Mirrored'"]


def test_paragraphs_are_verbatim(article: Article, sample_text: str) -> None:
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert len(paragraphs) > 25
    for p in paragraphs:
        assert sample_text[p.span.start : p.span.end] == p.text


@pytest.mark.parametrize(
    ("index", "title", "credit", "photographers", "agencies", "date"),
    [
        (0, "Putin and Lukashenko meet in Sochi Russia", "RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images",
         ["Ramil Sitdikov"], ["Sputnik", "AFP", "Getty Images"], datetime.date(2022, 5, 23)),
        (1, "Sviatlana Tsikhanouskaya at CDS in Copenhagen, Denmark",
         "PHILIP DAVALI/Ritzau Scanpix/AFP via Getty Images",
         ["Philip Davali"], ["Ritzau Scanpix", "AFP", "Getty Images"], datetime.date(2022, 6, 10)),
        (2, "Iskander missile damage in Kyiv Oblast Ukraine", "Anastasia Vlasova/Getty Images",
         ["Anastasia Vlasova"], ["Getty Images"], datetime.date(2022, 3, 11)),
    ],
)
def test_images(article: Article, index: int, title: str, credit: str, photographers: list[str],
                agencies: list[str], date: datetime.date) -> None:
    image = article.images[index]
    assert image.title == title
    assert image.credit is not None
    assert image.credit.raw == credit
    assert image.credit.photographers == photographers
    assert [a.name for a in image.credit.agencies] == agencies
    assert image.date == date


def test_three_images(article: Article) -> None:
    assert len(article.images) == 3


def test_caption_without_title_and_credit(article: Article) -> None:
    assert article.images[0].caption == (
        "Russian President Vladimir Putin meets with his Belarusian counterpart Alexander "
        "Lukashenko in the Black Sea resort of Sochi, Russia on May 23, 2022."
    )


def test_article_agencies_in_order(article: Article) -> None:
    assert [a.name for a in article.agencies] == ["Sputnik", "AFP", "Getty Images", "Ritzau Scanpix"]


def test_main_speaker(article: Article) -> None:
    assert article.speakers[0].name == "Sviatlana Tsikhanouskaya"
    assert article.speakers[0].quotes >= 15


def test_pronoun_resolved(article: Article) -> None:
    quote = next(q for q in article.quotes if q.text.startswith("Belarusian people shared"))
    assert (quote.speaker, quote.speaker_text, quote.cue) == ("Sviatlana Tsikhanouskaya", "she", "said")


def test_lukashenko_quoted(article: Article) -> None:
    quote = next(q for q in article.quotes if q.text.startswith("There can be no negotiations"))
    assert quote.speaker == "Alexander Lukashenko"


def test_quote_spans(article: Article, sample_text: str) -> None:
    assert article.quotes
    for q in article.quotes:
        assert sample_text[q.span.start : q.span.end] == q.text
