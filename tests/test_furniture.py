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
        pytest.param("Menu", id="menu"),
        pytest.param("Search", id="search"),
        pytest.param("Sign in", id="sign-in"),
        pytest.param("Home | News | World", id="breadcrumb-bars"),
        pytest.param(
            "Nov 28, 2023,01:05am ESTHow Harbor City Plans To Beat The Floods",
            id="stamped-teaser-glued",
        ),
        pytest.param(
            "Oct 7, 2023, 2:39 pm EDT Ferries Return To The Bay After Ten Years",
            id="stamped-teaser-spaced",
        ),
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


def test_many_teasers_above_the_headline() -> None:
    """A list of related stories, each under its time stamp, printed over the title (Forbes)."""
    teasers = "\n\n".join(
        f"Oct {day}, 2023,0{day}:15am EDTTeaser Number {day} About Something Else"
        for day in range(1, 9)
    )
    article = newsparse.parse(f"This is a BETA experience. You may opt-out by clicking here\n\n"
                              f"{teasers}\n\n{STORY}")
    assert article.headline == "Storm batters coast as rivers burst banks"


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("Tue 16 Mar 2021 12.53 GMT", id="guardian-stamp"),
        pytest.param("Last modified on Tue 16 Mar 2021 13.10 GMT", id="guardian-last-modified"),
    ],
)
def test_time_stamp_under_the_headline_is_furniture(stamp: str) -> None:
    article = newsparse.parse(STORY.replace("\n\n", f"\n\n{stamp}\n\n", 1))
    assert [b.kind for b in article.blocks if b.text == stamp] == ["other"]


def test_page_chrome_above_the_headline() -> None:
    chrome = "Skip to main content\n\nMenu\n\nSearch\n\nHome | News | World\n\nAdvertisement\n\n"
    assert newsparse.parse(chrome + STORY).headline == "Storm batters coast as rivers burst banks"


def test_furniture_between_a_section_label_and_the_headline() -> None:
    text = "Europe\n\nAdvertisement\n\n" + STORY
    assert newsparse.parse(text).headline == "Storm batters coast as rivers burst banks"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Fishing towns march against quota rules | Euronews", id="title-and-site"),
        pytest.param("Prices rose 5% | Markets fell | Bonds rallied as traders bet on cuts", id="long"),
    ],
)
def test_titles_with_bars_are_no_furniture(title: str) -> None:
    assert newsparse.parse(f"{title}\n\n{STORY}").blocks[0].kind == "headline"
