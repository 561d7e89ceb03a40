"""Invariants over real articles: the bundled sample always, the dev corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
SAMPLE = Path(newsparse.__file__).parent / "data" / "sample.txt"
TEXTS = [SAMPLE, *sorted(CORPUS.glob("*.txt"))] if CORPUS.is_dir() else [SAMPLE]


@pytest.fixture(scope="module", params=TEXTS, ids=lambda p: p.stem)
def text(request: pytest.FixtureRequest) -> str:
    path: Path = request.param
    return path.read_text(encoding="utf-8")


def test_every_non_blank_character_in_exactly_one_block(text: str) -> None:
    owner = [0] * len(text)
    for block in newsparse.parse(text).blocks:
        for i in range(block.span.start, block.span.end):
            owner[i] += 1
    assert max(owner, default=0) <= 1
    missing = [i for i, c in enumerate(text) if not c.isspace() and owner[i] != 1]
    assert not missing


def test_block_text_is_its_span(text: str) -> None:
    for block in newsparse.parse(text).blocks:
        assert text[block.span.start : block.span.end] == block.text


def test_paragraph_spans_point_at_their_text(text: str) -> None:
    for section in newsparse.parse(text).sections:
        for p in section.paragraphs:
            assert text[p.span.start : p.span.end] == p.text


def test_quote_and_credit_spans(text: str) -> None:
    article = newsparse.parse(text)
    for q in article.quotes:
        assert text[q.span.start : q.span.end] == q.text
    for image in article.images:
        if image.credit is not None:
            assert text[image.credit.span.start : image.credit.span.end] == image.credit.raw
        assert image.span.start <= image.span.end


def test_same_result_twice(text: str) -> None:
    assert newsparse.parse(text) == newsparse.parse(text)
