"""Credit text: wrappers, brackets and trailing junk around a credit, and several credits in one.

Strings are shaped after real credit lines (named by the outlet style); names are made up.
"""

from __future__ import annotations

import pytest

from newsparse.credit_text import (
    MAX_CREDIT,
    closing,
    credit_parts,
    trailing_junk,
    unwrap,
    unwrapped,
    vocab,
)
from tests._timing import scaling


@pytest.mark.parametrize(
    ("text", "raw", "labelled"),
    [
        pytest.param("(Photo: Jane Roe/AP) - RTR4JDW4", "Jane Roe/AP", True, id="reuters-id"),
        pytest.param("[Jane Roe/Reuters]", "Jane Roe/Reuters", False, id="aljazeera-brackets"),
        pytest.param("Image source, Getty Images", "Getty Images", True, id="bbc-image-source"),
        pytest.param(
            "Credit...Jane Roe for The New York Times",
            "Jane Roe for The New York Times",
            True,
            id="nyt-credit-dots",
        ),
        pytest.param(
            "Photograph: Ezra Acayan/Getty Images.",
            "Ezra Acayan/Getty Images",
            True,
            id="guardian-full-stop",
        ),
        pytest.param("© Jane Roe", "Jane Roe", True, id="copyright-sign"),
        pytest.param("(c) Jane Roe", "Jane Roe", True, id="copyright-c"),
        pytest.param(
            "Jane Roe/AP (opens in a new window)", "Jane Roe/AP", False, id="link-furniture"
        ),
        pytest.param(
            "Tyvak Nano-Satellite Systems, Inc.",
            "Tyvak Nano-Satellite Systems, Inc.",
            False,
            id="space-inc-keeps-stop",
        ),
        pytest.param("Jane Roe/AP [+]", "Jane Roe/AP", False, id="forbes-expand"),
        pytest.param("(Jane Roe/AP))", "(Jane Roe/AP))", False, id="unbalanced-kept"),
        pytest.param(
            "Photo by Jane Roe | Getty Images", "Jane Roe | Getty Images", True, id="pipe-chain"
        ),
        pytest.param("  Jane Roe  ", "Jane Roe", False, id="spaces"),
        pytest.param(
            "(AP Photo/Jane Roe, File)", "AP Photo/Jane Roe, File", False, id="ap-parentheses"
        ),
        pytest.param(
            "Jane Roe/AP](https://example.org/a.jpg)", "Jane Roe/AP", False, id="markdown-rest"
        ),
    ],
)
def test_unwrapped(text: str, raw: str, labelled: bool) -> None:
    start, end, was_labelled = unwrapped(text)
    assert (text[start:end], was_labelled) == (raw, labelled)
    assert unwrap(text, 0, len(text)) == (start, end, was_labelled)


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        pytest.param(
            "Left: X/AP; right: Y/Reuters",
            (("X/AP", True), ("Y/Reuters", True)),
            id="positions",
        ),
        pytest.param(
            "Composite: Jane Roe; Getty Images",
            (("Jane Roe", True), ("Getty Images", False)),
            id="guardian-composite",
        ),
        pytest.param(
            "Photo illustration by Slate. Photo by David Dyer-Bennet",
            (("Slate", True), ("David Dyer-Bennet", True)),
            id="slate-two-wrappers",
        ),
        pytest.param("Jane Roe/AP. File", (("Jane Roe/AP. File", False),), id="stop-no-wrapper"),
        pytest.param(
            "Top right: Jane Roe/AP. Bottom: Getty Images",
            (("Jane Roe/AP", True), ("Getty Images", True)),
            id="two-positions",
        ),
    ],
)
def test_credit_parts(raw: str, parts: tuple[tuple[str, bool], ...]) -> None:
    assert credit_parts(raw) == parts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("Jane Roe/Reuters - RTR4JDW4", "Jane Roe/Reuters", id="picture-id"),
        pytest.param("Jane Roe/Reuters 2016", "Jane Roe/Reuters 2016", id="digit-no-dash"),
        pytest.param("Jane Roe/REUTERS", "Jane Roe/REUTERS", id="capital-no-dash"),
        pytest.param("Jane Roe-Smith/AFP", "Jane Roe-Smith/AFP", id="dash-not-an-id"),
        pytest.param("on Monday.", "on Monday", id="sentence-stop"),
        pytest.param("Acme Bros.", "Acme Bros.", id="abbreviation"),
        pytest.param("Jane Roe/AP;, ", "Jane Roe/AP", id="punctuation"),
        pytest.param("", "", id="empty"),
    ],
)
def test_trailing_junk(text: str, kept: str) -> None:
    assert text[: trailing_junk(text, 0, len(text))] == kept


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("(AP Photo/Jane Roe)", 18),
        ("(a [b] c) d", 8),
        ("[a (b] c)", 8),
        ("(never closed", None),
        ("no bracket", None),
    ],
)
def test_closing(text: str, at: int | None) -> None:
    assert closing(text, 0, len(text)) == at


def test_vocabulary_is_read_from_the_data_files() -> None:
    words = vocab()
    assert "photograph:" in words.labels
    assert words.roles["str"] == "Stringer"
    assert "left" in words.positions
    assert "von" in words.particles


def _unwrap(text: str) -> object:
    return unwrap(text, 0, len(text)), credit_parts(text[:MAX_CREDIT])


@pytest.mark.parametrize(
    "unit",
    [*["/", "A/", "(", "[", "]", ")", " ", "x", "Photo: ", ". ", "](", "- RTR4JDW4 ", "; "]],
)
def test_scales_linearly(unit: str) -> None:
    """8x the input (up to 125,000 brackets, ~1 MB of spaces) costs at most ~8x the time."""
    small = unit * (125_000 // len(unit) // 8)
    large = unit * (125_000 // len(unit))
    if unit in (" ", "x"):
        small, large = unit * 125_000, unit * 1_000_000
    small_s, large_s = scaling(_unwrap, small, large, limit=32, slack=0.005)
    assert large_s < 32 * small_s + 0.005
