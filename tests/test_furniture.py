"""Page furniture above a story (breadcrumbs, share bars, reading times) is no headline."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "Storm batters coast as rivers burst banks\n\n"
    "The storm hit the coast on Monday, officials said, and more rain is expected.\n\n"
    "Crews worked through the night."
)


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Home > News > UK", id="breadcrumb-angle"),
        pytest.param("News › World › Europe", id="breadcrumb-single-guillemet"),
        pytest.param("Sport » Football » Premier League", id="breadcrumb-guillemet"),
        pytest.param("Skip to main content", id="skip-link"),
    ],
)
def test_furniture_above_the_headline(furniture: str) -> None:
    article = newsparse.parse(f"{furniture}\n{STORY}")
    assert article.headline == "Storm batters coast as rivers burst banks"
    assert article.blocks[0].kind == "other"
    assert article.blocks[0].text == furniture


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Prices rose > 5% in May", id="comparison-sign"),
        pytest.param("«Nous sommes prêts» a-t-il dit", id="guillemets-quote"),
    ],
)
def test_prose_with_the_same_signs_is_no_furniture(line: str) -> None:
    article = newsparse.parse(f"{STORY}\n\n{line}")
    assert article.blocks[-1].kind == "paragraph"
