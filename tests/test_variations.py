"""The same article in another dress parses the same (nameparser's variation test).

Scrapers hand over the same text with CRLF line ends, straight or curly quotes, no-break
spaces, trailing spaces, tabs or doubled blank lines. None of that may change the parse.
"""

from __future__ import annotations

import re
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


def every_fifth_space(text: str) -> str:
    parts = text.split(" ")
    return "".join(p + ("\u00a0" if k % 5 == 4 else " ") for k, p in enumerate(parts[:-1])) + parts[-1]


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "curly-quotes": curly,
    "nbsp": lambda t: t.replace("said ", "said\u00a0"),
    "nbsp-after-sentences": lambda t: t.replace(". ", ".\u00a0"),
    "nbsp-in-names": lambda t: re.sub(r"(\b[A-Z][a-z]+) (?=[A-Z][a-z])", "\\1\u00a0", t),
    "nbsp-every-fifth-space": every_fifth_space,
    "narrow-nbsp": lambda t: t.replace(", ", ",\u202f"),
    "byte-order-mark": lambda t: "\ufeff" + t,
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


def test_no_break_spaces_read_as_spaces_but_kept_as_printed() -> None:
    """Stretches of the input (blocks, quotes, a credit's raw) keep their no-break spaces;
    names read from them have plain spaces."""
    text = (
        "Ferries return to the bay\n\n"
        "The first ferry left on Monday.\u00a0Its captain, Jo\u00a0Lee, was pleased.\n\n"
        "\u201cWe waited ten\u00a0years for this,\u201d said Mr.\u00a0Lee.\n\n"
        "The ferry leaves the pier. Jane\u00a0Roe/AP\n"
    )
    article = newsparse.parse(text)
    quote = article.quotes[0]
    assert quote.text == "We waited ten\u00a0years for this,"
    assert quote.speaker == "Jo Lee"
    credit = article.images[0].credit
    assert credit is not None
    assert (credit.raw, credit.photographers) == ("Jane\u00a0Roe/AP", ["Jane Roe"])
    assert article.sections[0].paragraphs[0].text.endswith("Jo\u00a0Lee, was pleased.")
