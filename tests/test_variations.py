"""The same article in another dress parses the same (nameparser's variation test).

Scrapers hand over the same text with CRLF line ends, straight or curly quotes, no-break
spaces, trailing spaces, tabs or doubled blank lines. None of that may change the parse.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from tests.test_segment import AP_CAPS, BBC, CNBC_TIGHT, NEWSWEEK, TRAFILATURA

QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def fold(s: str | None) -> str | None:
    return None if s is None else " ".join(s.translate(QUOTES).split())


def summary(text: str) -> dict[str, object]:
    a = newsparse.parse(text)
    return {
        "headline": fold(a.headline),
        "headings": [fold(s.heading) for s in a.sections],
        "paragraphs": [fold(p.text) for s in a.sections for p in s.paragraphs],
        "images": [(fold(i.title), fold(i.caption), fold(i.credit.raw if i.credit else None), i.date)
                   for i in a.images],
        "quotes": [(fold(q.text), q.speaker) for q in a.quotes],
        "kinds": [b.kind for b in a.blocks],
    }


def curly(text: str) -> str:
    out, open_ = [], True
    for c in text:
        if c == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(c)
    return "".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "curly-quotes": curly,
    "nbsp": lambda t: t.replace("said ", "said\u00a0"),
    "trailing-spaces": lambda t: t.replace("\n", "  \n"),
    "tabs-before": lambda t: t.replace("\n", "\n\t").replace("\n\t\n", "\n\n"),
    "doubled-blank-lines": lambda t: t.replace("\n\n", "\n\n\n"),
}

ARTICLES = {"newsweek": NEWSWEEK, "bbc": BBC, "tight": CNBC_TIGHT, "markdown": TRAFILATURA, "ap": AP_CAPS}


@pytest.mark.parametrize("variant", VARIANTS, ids=str)
@pytest.mark.parametrize("name", ARTICLES, ids=str)
def test_variant_parses_the_same(name: str, variant: str) -> None:
    text = ARTICLES[name]
    assert summary(VARIANTS[variant](text)) == summary(text)


@pytest.mark.parametrize("variant", VARIANTS, ids=str)
def test_sample_variant_parses_the_same(sample_text: str, variant: str) -> None:
    assert summary(VARIANTS[variant](sample_text)) == summary(sample_text)
