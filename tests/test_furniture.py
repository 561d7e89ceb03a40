"""Page furniture above a story (breadcrumbs, share bars, reading times) is no headline."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import furniture

STORY = (
    "Storm batters coast as rivers burst banks\n\n"
    "The storm hit the coast on Monday, officials said, and more rain is expected.\n\n"
    "Crews worked through the night."
)


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Home > News > UK", id="breadcrumb-angle"),
        pytest.param("(Published 12 March 2024, 05:14 IST)", id="bracketed-published-stamp"),
        pytest.param("Follow us on :", id="follow-us-on-colon"),
        pytest.param("Social Sharing", id="cbc-social-sharing"),
        pytest.param("News › World › Europe", id="breadcrumb-single-guillemet"),
        pytest.param("Sport » Football » Premier League", id="breadcrumb-guillemet"),
        pytest.param("Skip to main content", id="skip-link"),
        pytest.param("watch now", id="cnbc-watch-now"),
        pytest.param("VIDEO2:3502:35", id="cnbc-video-stamp-glued-twice"),
        pytest.param("Menu", id="menu"),
        pytest.param("Register Now", id="event-promo-button"),
        pytest.param("Register now for the Harbor Robotics Expo", id="event-promo-heading"),
        pytest.param("Provided by University of Harbor City", id="physorg-provided-by"),
        pytest.param("Wed Nov 19 2025 - 06:00", id="irish-times-date-line"),
        pytest.param("Loading", id="smh-embed-loading"),
        pytest.param("4 minute read", id="cnn-reading-time"),
        pytest.param("3 min Reading time", id="france24-reading-time"),
        pytest.param("Wed., April 8, 2026 timer 4 min. read", id="toronto-star-date-and-time"),
        pytest.param("Text by: FRANCE 24", id="france24-text-by"),
        pytest.param("mds/rc (dpa, Reuters)", id="dw-sign-off"),
        pytest.param("Read moreEU ministers back trade pact", id="glued-read-more-teaser"),
        pytest.param("Search", id="search"),
        pytest.param("Sign in", id="sign-in"),
        pytest.param("Home | News | World", id="breadcrumb-bars"),
        pytest.param("News | Politics | Bloomberg", id="breadcrumb-bars-ending-in-an-outlet"),
        pytest.param("NEW You can now listen to Fox News articles!", id="fox-listen-promo"),
        pytest.param("Show key events only", id="live-blog-key-events"),
        pytest.param("Please turn on JavaScript to use this feature", id="javascript-notice"),
        pytest.param("10.45 GMT", id="time-stamp-alone"),
        pytest.param("Share Article via Facebook", id="share-via"),
        pytest.param("Why you can trust Sky News", id="sky-trust-notice"),
        pytest.param("Uncommon Knowledge", id="newsweek-promo-box-title"),
        pytest.param(
            "Newsweek is committed to challenging conventional wisdom and finding connections.",
            id="newsweek-promo-box-text",
        ),
        pytest.param("(READ MORE: Why the ferries stopped running)", id="bracketed-read-more"),
        pytest.param(
            "Nov 28, 2023,01:05am ESTHow Harbor City Plans To Beat The Floods",
            id="stamped-teaser-glued",
        ),
        pytest.param(
            "Oct 7, 2023, 2:39 pm EDT Ferries Return To The Bay After Ten Years",
            id="stamped-teaser-spaced",
        ),
        pytest.param("More From Forbes", id="more-from-the-outlet"),
        pytest.param("Daily Caller News Foundation logo", id="a-logo-named"),
        pytest.param("NBC News Logo", id="a-logo-in-title-case"),
        pytest.param("Stock Chart IconStock chart icon", id="cnbc-chart-widget"),
        pytest.param("hide content", id="cnbc-widget-toggle"),
        pytest.param("Dow Jones Industrial Average, 5-day", id="cnbc-chart-label"),
        pytest.param("Brent crude, 1-month", id="cnbc-chart-label-of-a-month"),
        pytest.param(
            "IE 11 is not supported. For an optimal experience visit our site on another browser.",
            id="browser-not-supported",
        ),
        pytest.param("Add Harbor News on Google", id="google-preferred-source-button"),
        pytest.param(
            "Add Harbor News as a preferred source on Google", id="google-preferred-source-long"
        ),
        pytest.param(
            "© 2025 Harbor Media Group Inc. All Rights Reserved.", id="copyright-notice"
        ),
        pytest.param("HARBOR GAZETTE APP", id="app-button-in-capitals"),
        pytest.param("Open Navigation Menu", id="wired-menu-button"),
        pytest.param("Skip to contentSkip to site index", id="nytimes-glued-skip-links"),
        pytest.param("Share full article", id="nytimes-share-button"),
        pytest.param("Link Copied!", id="cnn-share-button-toast"),
        pytest.param("Link copied to clipboard", id="share-button-toast-long"),
        pytest.param("Share via", id="latimes-share-menu"),
        pytest.param("Close extra sharing options", id="latimes-share-menu-close"),
        pytest.param("Larger text size", id="smh-text-size-button"),
        pytest.param("Only have a minute? Listen instead", id="mcclatchy-audio-player"),
        pytest.param("Powered by Trinity Audio", id="audio-player-credit"),
        pytest.param("Short Url", id="arab-news-short-link-label"),
        pytest.param("Bookmark", id="reach-bookmark-button"),
        pytest.param(
            "To revisit this article, visit My Profile, then View saved stories.",
            id="wired-saved-story-note",
        ),
        pytest.param("Add to myFT", id="ft-follow-button"),
        pytest.param("Terms and Privacy Policy", id="yahoo-footer-legal-link"),
        pytest.param("Sun, March 1, 2026 at 6:00 AM EST", id="yahoo-stamp-with-at"),
        pytest.param("Share & Save —", id="nbc-share-and-save-widget"),
        pytest.param("Get more newsLive on", id="nbc-live-stream-button-glued-to-its-label"),
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
        pytest.param("Registered nurses walked out on Monday over pay.", id="registered-prose"),
        pytest.param("The read was 4 minutes long, she said.", id="minutes-in-prose"),
        pytest.param("He said and/or (maybe) twice.", id="slash-and-bracket-in-prose"),
        pytest.param("The council unveiled a new logo", id="logo-in-lower-case-prose"),
        pytest.param("Why I finally deleted the app", id="app-in-lower-case-prose"),
        pytest.param("Shoppers had a 3-day weekend, and spent more.", id="n-day-in-prose"),
        pytest.param("Vote count, day-by-day", id="day-after-a-comma-in-a-title"),
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
        pytest.param("Sat 14 Mar 2026 at 6:40am", id="abc-weekday-day-month-at-time"),
        pytest.param(
            "09:12, 3 Feb 2026Updated 10:30, 3 Feb 2026", id="mirror-time-first-glued-updated"
        ),
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


# Which furniture patterns a line's first three characters let `is_furniture` try.
# (line, whether some pattern is tried on it): furniture must get its pattern, most prose
# none at all.
HEAD_CASES = [
    pytest.param("Skip to main content", True, id="skip-link"),
    pytest.param("READ MORE: Floods close the coast road", True, id="read-more-caps"),
    pytest.param("(Photos: the storm in pictures)", True, id="bracketed-label"),
    pytest.param("12 comments", True, id="comment-count"),
    pytest.param("Oct 7, 2023, 2:39 pm EDT", True, id="time-stamp"),
    pytest.param("E-mail", True, id="e-mail"),
    pytest.param("—", True, id="one-sign"),
    pytest.param("Officials said the storm hit the coast on Monday.", False, id="officials"),
    pytest.param("Crews worked through the night.", False, id="crews"),
    pytest.param("He said the vote was close.", False, id="he"),
    pytest.param("“We will rebuild,” she said.", False, id="quote"),
    pytest.param("Ab", False, id="two-letters"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "tried"), HEAD_CASES)
def test_the_line_start_chooses_the_patterns_tried(line: str, tried: bool) -> None:
    plain, _, _ = furniture._furniture(line[: furniture._HEAD])
    assert bool(plain) == tried


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        pytest.param("close", {("c", "l", "o")}, id="word"),
        pytest.param("(?:see|more) also", {("s", "e", "e"), ("m", "o", "r")}, id="alternatives"),
        pytest.param(r"\d* ?comments?", {(" ", "c", "o"), ("c", "o", "m"), (r"\d", r"\d", r"\d"),
                     (r"\d", r"\d", " "), (r"\d", r"\d", "c"), (r"\d", " ", "c"), (r"\d", "c", "o")},
                     id="optional-repeat"),
        pytest.param(r"[\W_]+", {(r"[\W_]",), (r"[\W_]", r"[\W_]"), (r"[\W_]", r"[\W_]", r"[\W_]")},
                     id="ends-early"),
        pytest.param(r"ad\b.*", {("a", "d", None)}, id="beyond-the-reading"),
        pytest.param(r".{0,9}\bby clicking", None, id="unknown-start"),
        pytest.param(r"(?i)x", None, id="inline-flag"),
    ],
)  # fmt: skip
def test_prefixes(pattern: str, prefixes: set[tuple[str | None, ...]] | None) -> None:
    assert furniture._prefixes(pattern) == (None if prefixes is None else frozenset(prefixes))


ENTRIES = [
    (entry, ()) if isinstance(entry, str) else (entry["pattern"], tuple(entry["needs"]))
    for entry in json.loads(
        (resources.files("newsparse") / "data" / "furniture.json").read_text(encoding="utf-8")
    )["patterns"]
]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(entry=st.sampled_from(ENTRIES), data=st.data())
def test_every_match_is_tried_with_its_pattern(
    entry: tuple[str, tuple[str, ...]], data: st.DataObject
) -> None:
    """A line that a pattern matches, in any case, is furniture: its start lets the pattern
    be tried (`_prefixes` is a superset of how matches start)."""
    pattern, needs = entry
    line = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    line = data.draw(st.sampled_from([line, line.upper(), line.title()]))
    assume(furniture._compiled(pattern).match(line) is not None)  # (`re` and `regex` may differ)
    assume(not needs or any(mark in line for mark in needs))  # a mark it needs, as printed
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    ("chrome", "heading"),
    [
        pytest.param("Reporting by Dev Patel; Editing by Lisa Shore\n\nOur Standards: The Thomson"
                     " Reuters Trust Principles., opens new tab\n\nSuggested Topics:\nEurope",
                     None, id="reuters-footer"),
        pytest.param("RELATED ARTICLES\nPrevious\n1\nNext\nWinds of 90mph batter the west coast"
                     "\nShare or comment on this article:", None, id="mailonline-carousel"),
        pytest.param("Skip next section Explore more\nExplore more\nFarmers count the cost of"
                     " drought\n\nTourism feels the pinch\n\nBoat operators cancelled trips.",
                     "Tourism feels the pinch", id="dw-explore-more-box"),
    ],
)  # fmt: skip
def test_link_boxes_are_furniture_and_the_heading_after_stays(
    chrome: str, heading: str | None
) -> None:
    article = newsparse.parse(f"{STORY}\n\n{chrome}")
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == ([heading] if heading else [])
    assert not [b.text for b in article.blocks if b.kind == "paragraph" and "Farmers" in b.text]


@pytest.mark.parametrize(
    "chrome",
    [
        pytest.param("We value your privacy\nWe and our partners use cookies to store and access"
                     ' personal data on your device. Click "Manage privacy settings" to change your'
                     " choices.\nAccept all\nManage privacy settings", id="cookie-banner"),
        pytest.param("Skip Navigation\nMarkets\nBusiness\nTech\nMenu\nTECH", id="site-menu"),
        pytest.param("Accept all\nManage privacy settings\nThe Telegraph\nNews\nSport",
                     id="the-sites-name-over-its-menu"),
        pytest.param("Skip to content\nThe Telegraph\nSearch Icon\nNews\nSport\nBusiness\nMoney"
                     "\nOpinion\nUkraine\nTravel\nHealth\nLifestyle\nCulture\nPuzzles\nPodcasts"
                     "\nUK news", id="a-long-site-menu"),
        pytest.param("Top News\nWorld News\nOdd News\n", id="upi-menu-of-news-sections"),
        pytest.param("Share & Save —\nGet more newsLive on\nWORLD NEWS",
                     id="nbc-buttons-over-its-section-label"),
    ],
)  # fmt: skip
def test_a_browser_copys_chrome_over_the_title(chrome: str) -> None:
    article = newsparse.parse(f"{chrome}\n{STORY}")
    assert article.headline == "Storm batters coast as rivers burst banks"
    assert article.quotes == []
    assert article.images == []


@pytest.mark.parametrize(
    "heading",
    ["### RELATED STORIES", "### ABOUT THE AUTHOR", "### Explore more on these topics",
     "### More Must-Reads from TIME"],
)  # fmt: skip
def test_a_markdown_heading_of_page_furniture_is_no_subheading(heading: str) -> None:
    article = newsparse.parse(
        f"# Storm batters coast\n\nThe storm hit the coast on Monday, officials said.\n\n"
        f"{heading}\n\n- [Crews restore power](https://example.org/power)\n\nMore text here."
    )
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_newsletter_promo_in_bold_is_no_subheading() -> None:
    article = newsparse.parse(
        "# Ministers accused of shelving coastal erosion fund\n\nA £1.2bn fund was paused in"
        " February without an announcement.\n\n**Sign up to Down to Earth**\n\nFree weekly"
        ' newsletter\n\nafter newsletter promotion\n\n"People deserve the truth," said Marcus'
        " Allenby."
    )
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_section_label_under_related_and_the_linked_title_are_furniture() -> None:
    article = newsparse.parse(
        f"{STORY}\n\nRelated\n\nU.S. news\n\nColorado River states reach tentative deal to cut"
        " water use\n\nDaniel Ruiz is a reporter for NBC News based in Phoenix."
    )
    assert [s.heading for s in article.sections if s.heading] == []


@pytest.mark.parametrize(
    "promo",
    [
        pytest.param("Join The Harbor Times on WhatsApp and stay up to date", id="join-on-whatsapp"),
        pytest.param("Gift this article", id="gift-this-article"),
        pytest.param("License this article", id="license-this-article"),
        pytest.param("Report an error", id="report-an-error"),
        pytest.param("Post a comment", id="post-a-comment"),
        pytest.param("Listen to our Inside Politics podcast", id="podcast-promo"),
        pytest.param("## On supporting science journalism", id="markdown-support-box"),
        pytest.param("SHARE YOUR THOUGHTS", id="share-your-thoughts"),
        pytest.param("Tell Us What You Think!", id="wordpress-comment-box-prompt"),
        pytest.param("Leave a Reply", id="wordpress-leave-a-reply"),
    ],
)
def test_a_call_to_action_between_paragraphs_is_no_subheading(promo: str) -> None:
    article = newsparse.parse(
        "Council drops plan for new bridge\n\nThe council voted on Monday to drop the plan.\n\n"
        f"{promo}\n\nResidents said they would appeal the decision in court next month."
    )
    assert [s.heading for s in article.sections if s.heading] == []
    assert [b.kind for b in article.blocks if b.text == promo] == ["other"]


@pytest.mark.parametrize(
    ("box", "headings"),
    [
        pytest.param("Related article\nFlash floods are the deadliest hazard in the Southwest",
                     [], id="cnn-related-article-over-its-link"),
        pytest.param("DON'T MISS\nDrivers face £5,000 fine for common mistake [INSIGHT]\n"
                     "Gardeners urged to do one thing today [EXPERT]\n\nWill there be a ban?",
                     ["Will there be a ban?"], id="express-dont-miss-box-then-a-heading"),
        pytest.param("You might also like\nTen walks to try this summer", [],
                     id="you-might-also-like"),
        pytest.param("**RELATED...**\n\n[Ten walks to try this summer](https://example.com/a)",
                     [], id="huffpost-bold-related-with-dots"),
    ],
)  # fmt: skip
def test_a_teaser_box_is_no_subheading(box: str, headings: list[str]) -> None:
    article = newsparse.parse(
        "Council drops plan for new bridge\n\nThe council voted on Monday to drop the plan.\n\n"
        f"{box}\n\nResidents said they would appeal the decision in court next month."
    )
    assert [s.heading for s in article.sections if s.heading] == headings


@pytest.mark.parametrize(
    ("chrome", "headings"),
    [
        pytest.param("Advertisement\n\nArticle continues below this ad\n\nWhere it comes from",
                     ["Where it comes from"], id="hearst-ad-block-then-a-heading"),
        pytest.param("Journal reference:\nNature DOI: 10.1038/s41586-025-08812-3\nTopics:",
                     [], id="new-scientist-journal-reference"),
        pytest.param("https://p.dw.com/p/4nKq2", [], id="a-bare-link"),
        pytest.param("Q: Will the new bridge open on time?", [], id="an-interview-question"),
        pytest.param("Share\nAA\n+Text Size\nSmall\nMedium\nLarge", [],
                     id="times-of-india-text-size-widget"),
        pytest.param("---\n\n**More Great Stories From Harbor Weekly**\n\n- Inside the "
                     "Hotel That Never Closes\n- The Last Great Ferry Captain", [],
                     id="conde-nast-more-stories-from-the-site-in-bold"),
    ],
)  # fmt: skip
def test_page_chrome_in_the_body_is_no_subheading(chrome: str, headings: list[str]) -> None:
    article = newsparse.parse(
        "Council drops plan for new bridge\n\nThe council voted on Monday to drop the plan.\n\n"
        f"{chrome}\n\nResidents said they would appeal the decision in court next month."
    )
    assert [s.heading for s in article.sections if s.heading] == headings


def test_an_article_type_label_under_the_byline_is_no_subheading() -> None:
    article = newsparse.parse(
        "Map Shows Where the Flu Has Been Found\nBy Jane Roe\nHealth Reporter\nNews Story\n"
        "A new strain has been found in two more states, officials said on Tuesday.\n\n"
        "The latest cases were confirmed on Tuesday."
    )
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_text_size_widget_is_no_picture() -> None:
    article = newsparse.parse(
        "Council drops plan for new bridge\nJane Roe / TNN / Updated: Mar 25, 2025, 19:42 IST\n"
        "Share\nAA\n+Text Size\nSmall\nMedium\nLarge\n"
        "The council voted on Monday to drop the plan, officials said."
    )
    assert article.images == []
