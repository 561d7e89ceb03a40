"""Shared fixtures: the bundled sample, a real-shaped article, a fully populated Article."""

from __future__ import annotations

import datetime
from importlib import resources
from pathlib import Path

import pytest

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

CORPUS_DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

# A short article in the shape the parser meets in the wild: headline, dek, byline, body
# with quotes and attributions, a caption-title line, a caption with a credit, and a
# Markdown subheading. Used where a test needs "a real article" without the corpus.
REAL_SHAPED = """\
Storm Leaves Thousands Without Power Along Coast
Officials warn that repairs could take a week
By Jane Doe

The storm hit the coast on Monday, tearing down lines across three counties.

"We have never seen damage like this," said Mayor Ana Lopez. "Crews are working around the clock."

Residents lined up for water on Tuesday, officials said.

Flooded street in Harbor City
A man wades through a flooded street in Harbor City on May 23, 2022. JOHN SMITH/AFP via Getty Images

## What comes next

Lopez said the city would ask for federal aid. "We need help now," she said.

Photo: Reuters
"""


def read_sample() -> str:
    """The article bundled as package data (what `newsparse --sample` parses)."""
    return (resources.files("newsparse") / "data" / "sample.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_text() -> str:
    return read_sample()


@pytest.fixture(scope="session")
def corpus_texts() -> list[str]:
    """The dev corpus texts when ../shared/corpus/dev is present, else skip."""
    paths = sorted(CORPUS_DEV.glob("*.txt"))
    if not paths:
        pytest.skip("no ../shared/corpus/dev/*.txt here")
    return [p.read_text(encoding="utf-8") for p in paths]


def build_full_article() -> Article:
    """An Article with every model and optional field populated, built by hand.

    It does not depend on the parser, so formatting and pickling tests stay meaningful
    while the pipeline is being written.
    """
    afp = Agency(name="AFP", full_name="Agence France-Presse", kind="wire")
    getty = Agency(name="Getty Images", full_name=None, kind="photo")
    credit = Credit(
        raw="RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images",
        photographers=["Ramil Sitdikov"],
        agencies=[Agency(name="Sputnik"), afp, getty],
        roles=["Pool"],
        span=Span(start=300, end=343),
    )
    image = Image(
        title="Putin and Lukashenko meet in Sochi Russia",
        caption="Russian President Vladimir Putin meets with Alexander Lukashenko.",
        credit=credit,
        date=datetime.date(2022, 5, 23),
        date_text="May 23, 2022",
        span=Span(start=200, end=343),
    )
    para = Paragraph(text='"We are ready," she said.', span=Span(start=50, end=75))
    quote = Quote(
        text="We are ready,",
        speaker="Sviatlana Tsikhanouskaya",
        speaker_text="she",
        cue="said",
        span=Span(start=51, end=64),
    )
    return Article(
        headline="Putin's Ally Faces 'Last Fight'",
        dek="The opposition leader speaks",
        byline="By Jane Doe",
        sections=[
            Section(heading=None, paragraphs=[para], span=Span(start=50, end=75)),
            Section(heading="What comes next", paragraphs=[], span=Span(start=80, end=95)),
        ],
        images=[image],
        quotes=[quote],
        speakers=[Speaker(name="Sviatlana Tsikhanouskaya", title="Opposition leader", quotes=1)],
        agencies=[Agency(name="Sputnik"), afp, getty],
        blocks=[
            Block(
                kind="headline", text="Putin's Ally Faces 'Last Fight'", span=Span(start=0, end=31)
            ),
            Block(kind="paragraph", text=para.text, span=para.span),
        ],
    )


@pytest.fixture
def full_article() -> Article:
    return build_full_article()
