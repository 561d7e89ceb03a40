"""Pictures in the text: however an outlet prints them, one `Image` each.

Each case is a short article in the style of a real outlet, written for these tests.
The expected tuple is (title, caption, credit as printed without wrappers).
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import caption_lines, caption_parts, captions

BODY = "The council voted on Monday to close the old library after a long debate."
AFTER = "Residents said they would appeal the decision in court next month."


def images(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (i.title, i.caption, i.credit.raw if i.credit else None) for i in newsparse.parse(text).images
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"Library to close\n\n{BODY}\n\nLibrary at dusk\nThe old library in Harbor City on "
            f"May 23, 2022. JANE ROE/SPUTNIK/AFP via Getty Images\n\n{AFTER}",
            [("Library at dusk", "The old library in Harbor City on May 23, 2022.",
              "JANE ROE/SPUTNIK/AFP via Getty Images")],
            id="newsweek-title-caption-credit",
        ),
        pytest.param(
            "Library to close\n\nReaders queue outside the old library in Harbor City on May 2, "
            "2024. The library closes next month.\n\nReaders queue outside the old library in "
            "Harbor City on May 2, 2024.... Read More\n\nReaders queue outside the old library in "
            "Harbor City on May 2, 2024. The library closes next month. Close\n\n"
            f"Photographer: Jane Roe/Bloomberg\n\n{BODY}\n\n{AFTER}",
            [(None, "Readers queue outside the old library in Harbor City on May 2, 2024. The "
              "library closes next month.", "Jane Roe/Bloomberg")],
            id="bloomberg-expandable-caption-then-its-credit",
        ),
        pytest.param(
            "Library to close\n\nReaders queue outside the old library in San Pedro de Atacama "
            "on Jan. 27, 2026. Photographer: Jane Roe/Bloomberg\n\nReaders queue outside the old "
            "library in San Pedro de... Read More\n\nReaders queue outside the old library in "
            "San Pedro de Atacama on Jan. 27, 2026. Photographer: Jane Roe/Bloomberg Close\n\n"
            f"{BODY}\n\n{AFTER}",
            [(None, "Readers queue outside the old library in San Pedro de Atacama on Jan. 27, "
              "2026.", "Jane Roe/Bloomberg")],
            id="bloomberg-expandable-caption-with-its-credit-on-each-copy",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nLibrary at dusk\nThe old library at dusk.\nJANE ROE/GETTY\n{AFTER}",
            [("Library at dusk", "The old library at dusk.", "JANE ROE/GETTY")],
            id="newsweek-credit-own-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nRoe at the library\nJane Roe speaks outside the "
            f"library in Harbor City on May 2, 2024. \"We will fight this,\" she told the crowd."
            f"\nAP Photo/Sam Poe\nThe mayor has not yet commented.\n\n{AFTER}",
            [("Roe at the library", "Jane Roe speaks outside the library in Harbor City on May "
              "2, 2024. \"We will fight this,\" she told the crowd.", "AP Photo/Sam Poe")],
            id="newsweek-title-caption-with-a-quote-credit-own-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nWhat comes next\nThe mayor spoke on Monday. \"We "
            "will fight this in every court in the land, for as long as it takes,\" she said, "
            f"before leaving for the airport.\nAP Photo/Sam Poe\n\n{AFTER}",
            [(None, None, "AP Photo/Sam Poe")],
            id="heading-over-a-quoting-paragraph-is-no-caption-title",
        ),
        pytest.param(
            "Library to close\n\nMarch 1, 2024 10:30AM ET\n\nThe town's oldest library shuts in "
            "May, followed by a two-year rebuild of its reading rooms\nThe old library in Harbor "
            f"City on May 23, 2022. Photo by Jane Roe/Getty Images\n{BODY}\n{AFTER}",
            [(None, "The old library in Harbor City on May 23, 2022.", "Jane Roe/Getty Images")],
            id="rolling-stone-standfirst-is-no-caption-title",
        ),
        pytest.param(
            "Library to close\n\nMarch 1, 2024 10:30AM ET\n\nThe town's oldest library shuts, "
            "followed by a rebuild\nThe old library in Harbor City on May 23, 2022. Photo by "
            f"Jane Roe/Getty Images\n{BODY}\n{AFTER}",
            [(None, "The old library in Harbor City on May 23, 2022.", "Jane Roe/Getty Images")],
            id="short-standfirst-with-a-clause-is-no-caption-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe old library in Harbor City, Calif., on May 23, "
            f"2022.\n\nPhoto: Jane Roe/Getty Images\n\n{AFTER}",
            [(None, "The old library in Harbor City, Calif., on May 23, 2022.",
              "Jane Roe/Getty Images")],
            id="sfgate-caption-once-then-photo-label-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nVisitors walk past the library on Tuesday.\n\n"
            f"Photo: Jane Roe, Staff / Harbor Valley Express-News\n\n{AFTER}",
            [(None, "Visitors walk past the library on Tuesday.",
              "Jane Roe, Staff / Harbor Valley Express-News")],
            id="hearst-caption-with-a-weekday-then-photo-label",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nCopper rose 0.86% to $5,880.00 a tonne.\n\n"
            f"Photo: Jane Roe, AP\n\n{AFTER}",
            [(None, None, "Jane Roe, AP")],
            id="one-sentence-of-prose-naming-no-place-or-time-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nPupils line up outside Jefferson High School for "
            f"the first day of classes.\n\nPhoto: Jane Roe / Associated Press\n\n{AFTER}",
            [(None, "Pupils line up outside Jefferson High School for the first day of classes.",
              "Jane Roe / Associated Press")],
            id="hearst-caption-naming-a-place-after-outside-then-photo-label",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nPallets of books stacked at the county depot in "
            f"Harbor City.\n\nPhotographer: Jane Roe/Bloomberg\n\n{AFTER}",
            [(None, "Pallets of books stacked at the county depot in Harbor City.",
              "Jane Roe/Bloomberg")],
            id="bloomberg-caption-then-photographer-label-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders queue outside Harbor Library on May 2, "
            "2026.\n\nPhoto: Jane Roe/SFGATE\n\nThe library opened in 1961.\n\nA cart of "
            f"returned books waits by the front desk.\n\nPhoto: Jane Roe/SFGATE\n\n{AFTER}",
            [(None, "Readers queue outside Harbor Library on May 2, 2026.", "Jane Roe/SFGATE"),
             (None, "A cart of returned books waits by the front desk.", "Jane Roe/SFGATE")],
            id="sfgate-photo-label-under-a-dated-caption-makes-every-such-line-a-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe head librarian’s last day at the desk.\n"
            f"Harbor Studio\n\n{AFTER}",
            [(None, "The head librarian’s last day at the desk.", "Harbor Studio")],
            id="people-bare-name-under-the-caption-ends-the-block",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nJane Roe and John Smith in ‘Harbor Lights’\n"
            f"Apple TV+\n\n{AFTER}",
            [(None, "Jane Roe and John Smith in ‘Harbor Lights’", "Apple TV+")],
            id="deadline-studio-under-a-still",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nLibrary at dusk\nThe old library is seen at dusk "
            f"in Harbor City.\nHARBOR CITY ARCHIVE\n{AFTER}",
            [("Library at dusk", "The old library is seen at dusk in Harbor City.",
              "HARBOR CITY ARCHIVE")],
            id="newsweek-credit-in-capitals-no-chain",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nFlood zones\nA map from the Harbor County "
            f"Planning Office shows the streets most at risk of flooding.\nHarbor County "
            f"Planning Office\n{AFTER}",
            [("Flood zones", "A map from the Harbor County Planning Office shows the streets "
              "most at risk of flooding.", "Harbor County Planning Office")],
            id="newsweek-organisation-named-in-its-caption-credits-the-map",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe suspect's car\nThe car was found near the "
            f"harbor on Monday.\nLakeview Township Sheriff's Office\n{AFTER}",
            [("The suspect's car", "The car was found near the harbor on Monday.",
              "Lakeview Township Sheriff's Office")],
            id="newsweek-handout-credited-to-a-sheriffs-office",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nWhat happens next\nThe council will vote on the "
            f"plan in May.\nGovernment Response\n{AFTER}",
            [],
            id="title-case-heading-with-an-organisations-word-is-no-credit",
        ),
        pytest.param(
            f"Library to close\n\nJane Roe / TNN / Updated: Mar 3, 2025, 08:14 IST\n\n"
            f"Representative image\n\n{BODY}\n\n{AFTER}",
            [(None, "Representative image", None)],
            id="toi-stock-caption-alone-is-a-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA reading room in a former shoe shop in Harbor "
            f"City. Harborline\n\n{AFTER}",
            [(None, "A reading room in a former shoe shop in Harbor City.", "Harborline")],
            id="forbes-giver-after-the-caption-no-wrapper",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nA scene from the 2025 documentary about the closing of "
            f"a small library. HBO\n{AFTER}",
            [(None, "A scene from the 2025 documentary about the closing of a small library.",
              "HBO")],
            id="slate-network-after-the-caption-in-a-text-with-no-blank-lines",
        ),
        pytest.param(
            "Library to close\n\nThe council voted on Monday to close the old library after a\n"
            "long debate over its costs and the roof. Both\nsides said they would appeal.\n\n"
            f"{AFTER}",
            [],
            id="hard-wrapped-line-ending-in-a-capital-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\nJane Roe\nHarbor News, Harbor City\n\n{BODY}\n\n{AFTER}",
            [],
            id="reporter-name-and-desk-is-a-byline-no-picture",
        ),
        pytest.param(
            f"{BODY}\n\nA librarian packs books on Friday, March 1, 2024, in Harbor City. "
            f"(AP Photo/Jane Roe, File)\n\n{AFTER}",
            [(None, "A librarian packs books on Friday, March 1, 2024, in Harbor City.",
              "AP Photo/Jane Roe, File")],
            id="ap-parenthesised",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe head librarian speaks in Harbor City on June 2, "
            f"2024.\nJane Roe | Bloomberg | Getty Images\n\n{AFTER}",
            [(None, "The head librarian speaks in Harbor City on June 2, 2024.",
              "Jane Roe | Bloomberg | Getty Images")],
            id="cnbc-two-bars-is-a-credit-not-a-breadcrumb",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe head librarian speaks in Harbor City on June 2, "
            f"2024.\nRM Duarte | Bloomberg | Getty Images\n\n{AFTER}",
            [(None, "The head librarian speaks in Harbor City on June 2, 2024.",
              "RM Duarte | Bloomberg | Getty Images")],
            id="cnbc-photographers-initials-before-two-bars",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe head librarian speaks in Harbor City on June 2, "
            f"2024.\nBloomberg | Bloomberg | Getty Images\n\n{AFTER}",
            [(None, "The head librarian speaks in Harbor City on June 2, 2024.",
              "Bloomberg | Bloomberg | Getty Images")],
            id="cnbc-agency-twice-then-getty",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe head librarian speaks in Harbor City on June 2, "
            f"2024.\nNurPhoto | NurPhoto | Getty Images\n\n{AFTER}",
            [(None, "The head librarian speaks in Harbor City on June 2, 2024.",
              "NurPhoto | NurPhoto | Getty Images")],
            id="cnbc-photo-agency-chain",
        ),
        pytest.param(
            f"Library to close\n\nNews | Politics | Reuters\n\n{BODY}\n\n{AFTER}",
            [],
            id="breadcrumb-ending-in-a-wire-is-no-credit",
        ),
        pytest.param(
            "# Library to close\n\nBy Jane Roe\n\n"
            + "The head librarian packs books in Harbor City on Sunday, Nov. 17, 2019.\n\n" * 2
            + "Photo: Sam Lee, AP\n\n"
            + AFTER,
            [(None, "The head librarian packs books in Harbor City on Sunday, Nov. 17, 2019.",
              "Sam Lee, AP")],
            id="markdown-title-then-a-caption-over-its-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders queue outside the old library in Harbor City "
            f"on Saturday morning\n\n{AFTER}",
            [(None, "Readers queue outside the old library in Harbor City on Saturday morning",
              None)],
            id="mail-caption-with-no-credit",
        ),
        pytest.param(
            "Library to close\n\nReaders queued outside the old library on Saturday as the council"
            f" confirmed the closure\n\n{BODY}\n\n{AFTER}",
            [],
            id="the-standfirst-under-the-headline-is-no-scene-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nWhat the Council Decided on Monday\n\n{AFTER}",
            [],
            id="title-case-line-with-a-day-is-a-heading",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nWhat happened at the library on Monday night\n\n"
            f"{AFTER}",
            [],
            id="question-line-with-a-day-is-a-heading",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nWhat happens to the books and the building next\n\n"
            f"{AFTER}",
            [],
            id="sentence-case-line-with-no-time-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\nImage source, Getty Images\nImage caption, The library opened in "
            f"1910\n\n{BODY}",
            [(None, "The library opened in 1910", "Getty Images")],
            id="bbc-image-source",
        ),
        pytest.param(
            f"Library to close\n\nImage source,\nGetty Images\nImage caption,\nThe library "
            f"opened in 1910\n\n{BODY}",
            [(None, "The library opened in 1910", "Getty Images")],
            id="bbc-labels-on-their-own-lines",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nImage caption,\nThe library opened in 1910\n\n{AFTER}",
            [(None, "The library opened in 1910", None)],
            id="bbc-caption-label-on-its-own-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nImage caption,\n\n{AFTER}",
            [],
            id="caption-label-with-nothing-under-it",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday.\nPhoto:\nJane Roe/AP"
            f"\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe/AP")],
            id="wrapper-on-its-own-line",
        ),
        pytest.param(
            f"Library to close\nImage copyright Getty Images\n{BODY}\n{AFTER}",
            [(None, None, "Getty Images")],
            id="credit-under-the-title-credits-no-title",
        ),
        pytest.param(
            f"Library to close\n\nImage copyright Reuters\nImage caption The library opened in "
            f"1910\n\n{BODY}",
            [(None, "The library opened in 1910", "Reuters")],
            id="bbc-image-copyright",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe library's reading room. Photograph: Jane Roe/The "
            f"Guardian\n\n{AFTER}",
            [(None, "The library's reading room.", "Jane Roe/The Guardian")],
            id="guardian-photograph",
        ),
        pytest.param(
            f"# Library to close\n\n![Reading room](https://example.org/a.jpg)The reading room on "
            f"Monday. Photograph: Jane Roe/Reuters\n{BODY}",
            [(None, "The reading room on Monday.", "Jane Roe/Reuters")],
            id="markdown-glued-caption",
        ),
        pytest.param(
            f"# Library to close\n\n{BODY}\n\n![A drawing of shelves](https://example.org/a.jpg)"
            f"Illustration: Sam Poe/The Guardian\n\n{AFTER}",
            [(None, None, "Sam Poe/The Guardian")],
            id="markdown-glued-credit-alone-has-no-caption",
        ),
        pytest.param(
            f"WIRED\n\nLibrary to close\n\n{BODY}\n\n{AFTER}\n\nRead More\nThe best reading "
            "rooms to visit\nWIRED\n© 2025 Harbor Media. All rights reserved.",
            [],
            id="the-masthead-again-in-the-footer-is-no-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nGetty Images\nThe reading room on Monday (Credit: "
            f"Jane Roe/AFP via Getty Images)\n\nSam Poe\nThe stacks after the vote (Credit: Sam "
            f"Poe)\n\n{AFTER}",
            [(None, "The reading room on Monday", "Jane Roe/AFP via Getty Images"),
             (None, "The stacks after the vote", "Sam Poe")],
            id="bbc-credit-label-over-a-credited-caption-is-no-picture-and-no-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA reader at a desk by the window. \"I come every "
            f"day,\" said retiree Sam Poe.\nPhotograph by Jane Roe\n\n{AFTER}",
            [(None, 'A reader at a desk by the window. "I come every day," said retiree Sam Poe.',
              "Jane Roe")],
            id="a-caption-that-quotes-its-subject-over-its-credit-line",
        ),
        pytest.param(
            f"Library to close\n\n![The reading room. (Photo by REUTERS)](https://example.org/a.jpg)\n{BODY}",
            [(None, "The reading room.", "REUTERS")],
            id="markdown-alt-caption",
        ),
        pytest.param(
            f"Library to close\n\nHarbor City, Ohio\nCNN\n — \n\n{BODY}\n\n{AFTER}",
            [],
            id="cnn-dateline-is-no-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nImage\nThe reading room on Monday.\n"
            f"Credit...Jane Roe for The New York Times\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe for The New York Times")],
            id="nyt-image-label-is-no-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Wednesday. | Jane Roe/AP\n\n{AFTER}",
            [(None, "The reading room on Wednesday.", "Jane Roe/AP")],
            id="politico-bar-credit",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nThe reading room on Monday.\n(Image credit: Jane Roe)\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe")],
            id="space-image-credit-line",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nThe reading room on Monday.\nImage Credits: Harbor City "
            f"Library(opens in a new window)\n{AFTER}",
            [(None, "The reading room on Monday.", "Harbor City Library")],
            id="techcrunch-image-credits",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday. Credit: ESA\n\n{AFTER}",
            [(None, "The reading room on Monday.", "ESA")],
            id="physorg-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday (Image: GETTY)\n\n{AFTER}",
            [(None, "The reading room on Monday", "GETTY")],
            id="express-image-getty",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA librarian at work (Credit: iStock)\n\n{AFTER}",
            [(None, "A librarian at work", "iStock")],
            id="credit-parenthesised",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nImage: The reading room will close in May\n{AFTER}",
            [(None, "The reading room will close in May", None)],
            id="sky-image-label",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nImage: Library in Harbor City\nReaders queue "
            "outside the old library in Harbor City on Monday. Jane Roe / Reuters file\n\n"
            f"{AFTER}",
            [(None, "Readers queue outside the old library in Harbor City on Monday.",
              "Jane Roe / Reuters file")],
            id="nbc-image-label-alt-text-over-its-caption-and-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday.\n\ntoggle caption\n\n"
            f"Jane Roe/AFP via Getty Images\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe/AFP via Getty Images")],
            id="npr-toggle-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday.\n\nJane Roe for NPR\n\n"
            f"hide caption\n\ntoggle caption\n\nJane Roe for NPR\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe for NPR")],
            id="npr-credit-then-hide-and-toggle-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nEnlarge this image\ntoggle caption\nJane R. Parks/KQED\n"
            "Ana Ruiz reads in the old hall on Feb. 6, 2026. \"I grew up here,\" she says.\n"
            f"Jane R. Parks/KQED\nhide caption\n\n{AFTER}",
            [(None, "Ana Ruiz reads in the old hall on Feb. 6, 2026. \"I grew up here,\" she says.",
              "Jane R. Parks/KQED")],
            id="npr-caption-quoting-someone-between-two-copies-of-its-credit",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nA reader walks past the old hall in central Seoul on"
            f" Wednesday. [KIM SEO-YEON]\n{AFTER}",
            [(None, "A reader walks past the old hall in central Seoul on Wednesday.",
              "KIM SEO-YEON")],
            id="joongang-photographer-in-capitals-in-square-brackets",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nThe mayor speaks at the old hall on March 3. [NEWSIS]"
            f"\n{AFTER}",
            [(None, "The mayor speaks at the old hall on March 3.", "NEWSIS")],
            id="joongang-korean-agency-in-square-brackets",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nRead the full report on the hall. [VIDEO]\n{AFTER}",
            [],
            id="a-tag-in-capitals-in-square-brackets-is-no-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA librarian at the old reading room in Harbor City."
            f" Jane Roe / AFP - Getty Images file\n\n{AFTER}",
            [
                (
                    None,
                    "A librarian at the old reading room in Harbor City.",
                    "Jane Roe / AFP - Getty Images file",
                )
            ],
            id="nbc-credit-with-a-dash-between-agencies-on-the-caption-line",
        ),
        pytest.param(
            f"Library to close\n\nImage 1 of 2\n\nThe reading room.\n\n(Image credit: Harbor City)\n\n"
            f"Image 2 of 2\n\nThe old stacks.\n\n(Image credit: Jane Roe)\n\n{BODY}",
            [(None, "The reading room.", "Harbor City"), (None, "The old stacks.", "Jane Roe")],
            id="gallery",
        ),
        pytest.param(
            f"Library to close\n\nThe reading room on Monday.\n\nThe reading room on Monday.\n\n"
            f"Photo: Jane Roe, AP\n\n{BODY}",
            [(None, "The reading room on Monday.", "Jane Roe, AP")],
            id="caption-printed-twice",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA woman reads at a long table.\nA reader in the old "
            f"reading room on Monday. (Jane Roe/CBC)\n\n{AFTER}",
            [(None, "A reader in the old reading room on Monday.", "Jane Roe/CBC")],
            id="cbc-alt-text-line-stays-out-of-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n{AFTER}\n\n(Reporting by Jane Roe; Editing by John Doe)"
            f"\n\n© Reuters",
            [],
            id="copyright-footer-is-no-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n{AFTER}\n\nSource: Al Jazeera",
            [],
            id="story-source-footer-is-no-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders queue outside the old library on March 28."
            f"\nRick Bowmer, AP\n\n{AFTER}",
            [(None, "Readers queue outside the old library on March 28.", "Rick Bowmer, AP")],
            id="usa-today-name-comma-agency-under-its-caption",
        ),
        pytest.param(
            f"Library to close\n\nMarisa Quintero, Associated Press\n\n{BODY}\n\n{AFTER}",
            [],
            id="writer-and-wire-under-the-headline-is-a-byline",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders queue outside the old library. (File photo)"
            f"\nPhoto: PTI\n\n{AFTER}",
            [(None, "Readers queue outside the old library.", "PTI")],
            id="toi-file-photo-note-then-the-credit-under-it",
        ),
        pytest.param(
            f"Library to close\n\nJane Okafor-Lind\nIllustration: Sam Poe/Axios\n\n{BODY}\n\n"
            f"{AFTER}",
            [(None, None, "Sam Poe/Axios")],
            id="axios-author-name-over-the-lead-illustration-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nPictured: Readers in the old library on Monday. "
            f"Photograph: Jane Roe/Reuters\n\n{AFTER}",
            [(None, "Readers in the old library on Monday.", "Jane Roe/Reuters")],
            id="pictured-label-leaves-the-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nEnlarge / Readers in the old library on Monday.\n"
            f"Jane Roe/Reuters\n\n{AFTER}",
            [(None, "Readers in the old library on Monday.", "Jane Roe/Reuters")],
            id="ars-enlarge-button-leaves-the-caption",
        ),
        pytest.param(
            f"Library to close\n\nBy Jane Roe\nPhotographs by Sam Poe\n\n{BODY}\n\n{AFTER}",
            [],
            id="natgeo-photographer-byline-under-the-writers-is-no-picture",
        ),
        pytest.param(
            f"Library to close\n\nBy Jane Roe\n\nIllustration by Sam Poe\n\n{BODY}\n\n{AFTER}",
            [(None, None, "Sam Poe")],
            id="a-lead-illustration-credit-in-its-own-block-stays-a-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA camel calf at the breeding centre in 2025.\n"
            f"Photograph courtesy of the Wild Camel Protection Foundation\n\n{AFTER}",
            [(None, "A camel calf at the breeding centre in 2025.",
              "Photograph courtesy of the Wild Camel Protection Foundation")],
            id="photograph-courtesy-of",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nBy clicking on SIGN ME UP, you agree to the Terms of "
            f"Use. You may unsubscribe at any time.\nA Trail of Clues\n\n{AFTER}",
            [],
            id="newsletter-small-print-over-a-heading-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n{AFTER}\n\nREAD MORE\nCouncil approves new budget\n"
            "Museum returns looted bronzes\nLibrary at dusk\nThe old library in Harbor City in "
            f"1939.\nBETTMANN/GETTY\nThe council will vote again in May.",
            [("Library at dusk", "The old library in Harbor City in 1939.", "BETTMANN/GETTY")],
            id="newsweek-picture-title-right-under-link-teasers",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nSOURCE: Reuters\n\nAdvertisement",
            [],
            id="story-source-over-furniture-is-no-picture",
        ),
        pytest.param(
            f"Library to close\n\n[1/4] The reading room on Monday. REUTERS/Jane Roe\n\n{BODY}",
            [(None, "The reading room on Monday.", "REUTERS/Jane Roe")],
            id="reuters-gallery-counter-leaves-the-caption",
        ),
        pytest.param(
            f"Library to close\n\n[2/3] FILE PHOTO: The reading room on Monday. REUTERS/Jane Roe"
            f"/File Photo\n\n{BODY}",
            [(None, "The reading room on Monday.", "REUTERS/Jane Roe/File Photo")],
            id="reuters-counter-then-file-label",
        ),
        pytest.param(
            f"Library to close\n\n2 of 3 | FILE - The reading room in Harbor City, July 29, 2022."
            f" (AP Photo/Jane Roe, File)\n\n{BODY}",
            [(None, "The reading room in Harbor City, July 29, 2022.", "AP Photo/Jane Roe, File")],
            id="ap-carousel-counter-then-file-label",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\nFile pic: The reading room in Harbor City. Pic: Jane Roe"
            f"/PA\n{AFTER}",
            [(None, "The reading room in Harbor City.", "Jane Roe/PA")],
            id="sky-file-pic-label-is-no-caption-text",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe flooded reading room during this week’s survey."
            f" Photograph: Supplied by HCC\n\n{AFTER}",
            [(None, "The flooded reading room during this week’s survey.", "Supplied by HCC")],
            id="guardian-au-photograph-supplied-by",
        ),
        pytest.param(
            f"# Library to close\n\n{BODY}\n\n![Reading room](https://example.com/a.jpg)\n\n"
            f"*The reading room in Harbor City on Feb. 24, 2026. Photo: Jane Roe/AP*\n\n{AFTER}",
            [(None, "The reading room in Harbor City on Feb. 24, 2026.", "Jane Roe/AP")],
            id="axios-caption-and-credit-in-markdown-italics",
        ),
        pytest.param(
            f"# Library to close\n\n![A drawing of the library](https://example.com/a.png)\n\n"
            f"*Illustration: Jane Roe/Axios*\n\n{BODY}",
            [(None, "A drawing of the library", "Jane Roe/Axios")],
            id="axios-credit-alone-in-markdown-italics-under-the-image",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders wait outside the library on Tuesday, March 10,"
            f" 2026. DANA WHITLOCK dwhitlock@harborherald.com\n\n{AFTER}",
            [(None, "Readers wait outside the library on Tuesday, March 10, 2026.",
              "DANA WHITLOCK dwhitlock@harborherald.com")],
            id="mcclatchy-staff-photographer-and-e-mail-after-the-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe mayor speaks at the library on Aug. 14, 2019."
            f" Dana Whitlock AP\n\n{AFTER}",
            [(None, "The mayor speaks at the library on Aug. 14, 2019.", "Dana Whitlock AP")],
            id="mcclatchy-photographer-and-wire-after-the-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe library will reopen in May. Write to Dana Whitlock"
            f" dwhitlock@harborherald.com\n\n{AFTER}",
            [],
            id="an-e-mail-address-in-prose-is-no-credit",
        ),
        pytest.param(
            f"Library to close\n\n[1/2] A drone view shows the flooded library in Harbor City, June"
            f" 3, 2025. City Council/Handout via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD"
            f" PARTY. NO RESALES. NO ARCHIVES Purchase Licensing Rights, opens new tab\n\n{BODY}",
            [(None, "A drone view shows the flooded library in Harbor City, June 3, 2025.",
              "City Council/Handout via REUTERS")],
            id="reuters-handout-notice-after-the-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA drone view shows the flooded library in Harbor City"
            f" in this handout picture taken June 3, 2025. City Council/Handout via REUTERS"
            f" ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALE. NO"
            f" ARCHIVES Purchase Licensing Rights, opens new tab\n\n{AFTER}",
            [(None, "A drone view shows the flooded library in Harbor City in this handout picture"
              " taken June 3, 2025.", "City Council/Handout via REUTERS")],
            id="reuters-attention-editors-note-after-the-credit",
        ),
        pytest.param(
            f"Library to close\n\nLead actress Sonia Belhaj in a scene from 'Salt Road.' Jeremy"
            f" Chan/Getty Images\n\n{BODY}",
            [(None, "Lead actress Sonia Belhaj in a scene from 'Salt Road.'",
              "Jeremy Chan/Getty Images")],
            id="a-quoted-title-in-single-marks-ends-the-caption",
        ),
        pytest.param(
            f"Library to close\n\nA still from the short Low Tide, which streams in the U.S."
            f" Courtesy of Apple TV+\n\n{BODY}",
            [(None, "A still from the short Low Tide, which streams in the U.S.",
              "Courtesy of Apple TV+")],
            id="a-streamer-with-a-plus",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nCEO Wendell Amato at the company's Denver"
            f" headquarters.\nCourtesy: Corvane Minerals\n\n{AFTER}",
            [(None, "CEO Wendell Amato at the company's Denver headquarters.",
              "Corvane Minerals")],
            id="cnbc-courtesy-colon-under-the-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n![A reading room.](https://example.org/room.jpg)\n\n"
            f"The reading room on Feb. 27, 2024. (Jane Roe/CBC)\n\n{AFTER}",
            [(None, "The reading room on Feb. 27, 2024.", "Jane Roe/CBC")],
            id="markdown-image-then-its-credited-caption-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n![A map of the old city.](https://example.org/m.jpg)"
            "\n\nA hand-drawn map of the harbor from 1871, showing the first ferry piers. "
            f"Harbor City Map Library\n\n{AFTER}",
            [(None, "A hand-drawn map of the harbor from 1871, showing the first ferry piers.",
              "Harbor City Map Library")],
            id="slate-markdown-image-then-its-caption-with-an-organisation-after-it",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nImage source, Getty Images\n\nImage caption, The"
            f" reading room on its last day\n\n{AFTER}",
            [(None, "The reading room on its last day", "Getty Images")],
            id="bbc-image-source-then-caption-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nImage source, Mid and West Wales Fire and Rescue"
            f" Service\nImage caption,\nCrews rescued 23 people from homes\n\n{AFTER}",
            [(None, "Crews rescued 23 people from homes",
              "Mid and West Wales Fire and Rescue Service")],
            id="bbc-image-source-a-body-of-eight-words",
        ),
        pytest.param(
            "Library to close\nBy Jane Roe, Arts Correspondent\nRelated Topics\nLibraries, Books,"
            " Harbor City\nThe reading room on its last day Credit: Jane Roe/Alamy\nReaders queued"
            " for hours on Monday to say goodbye to the old library.",
            [(None, "The reading room on its last day", "Jane Roe/Alamy")],
            id="topic-tags-under-related-topics-are-no-caption-title",
        ),
        pytest.param(
            "Probe flies past Mars\n\nThe team released three new images from the flyby on"
            " Wednesday (March 12).\n\nImage 1 of 2\n\nA view of the crater rim.\n\n(Image"
            " credit: NASA)\n\nThe probe will fly on to the asteroid belt.",
            [(None, "A view of the crater rim.", "NASA")],
            id="a-date-in-brackets-after-a-weekday-is-no-credit",
        ),
        pytest.param(
            "Startup raises $40M\n\nThe round was led by Harbor Ventures.\n\nImage Credits: Bryce"
            " Durbin / TechCrunch\nThe startup said its revenue tripled last year as hospitals"
            " adopted the tool.\n\nIt plans to hire 50 engineers.",
            [(None, None, "Bryce Durbin / TechCrunch")],
            id="techcrunch-image-credits-take-no-caption-from-under",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n**The reading room on Jan. 18, 2024.** Jane"
            f" Roe—Getty Images\n\n{AFTER}",
            [(None, "The reading room on Jan. 18, 2024.", "Jane Roe—Getty Images")],
            id="a-caption-in-markdown-bold-then-its-credit",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nThe head librarian was upset. \"It is a sad day for the "
            f"town,\" she said.\nGetty Images\nThe reading room on its last day\n{AFTER}",
            [(None, "The reading room on its last day", "Getty Images")],
            id="credit-above-its-caption-under-a-quote",
        ),
        pytest.param(
            f"Library to close\nThe council says it cannot pay for repairs\n"
            f"The reading room on Monday. (Photo by Jane Roe/Getty Images)\n{BODY}\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe/Getty Images")],
            id="tight-text-line-under-the-headline-is-no-caption-title",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nThe last reading day\n"
            f"The reading room on Monday. (Photo by Jane Roe/Getty Images)\n{AFTER}",
            [("The last reading day", "The reading room on Monday.", "Jane Roe/Getty Images")],
            id="tight-text-caption-title-in-the-body",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nOpen questions\n"
            f"Loans fell faster than the council had forecast.Credit: Jane Roe/Harbor Gazette\n"
            f"{AFTER}",
            [(None, "Loans fell faster than the council had forecast.", "Jane Roe/Harbor Gazette")],
            id="tight-text-subheading-over-a-caption-is-no-title",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nLoans fell faster than the council had forecast.Credit: "
            f"Adapted from J. Roe et al. Library Quarterly (2026)\n{AFTER}",
            [(None, "Loans fell faster than the council had forecast.",
              "Adapted from J. Roe et al. Library Quarterly (2026)")],
            id="nature-figure-credit-adapted-from-a-paper",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on its last day\n\n+3\n\n{AFTER}",
            [(None, "The reading room on its last day", None)],
            id="mail-gallery-count-under-a-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n'We will miss it,' she said.\n\n+3\n\n{AFTER}",
            [],
            id="gallery-count-under-a-quote-makes-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe vote came after a three-hour debate.\n\n+5\n"
            f"View gallery\nFarewell: Readers queue outside the library on its final morning\n\n"
            f"{AFTER}",
            [(None, "Farewell: Readers queue outside the library on its final morning", None)],
            id="mail-gallery-button-opens-the-caption-below",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nThe vote came after a three-hour debate.\n+5\n"
            f"View gallery\nFarewell: Readers queue outside the library on its final morning\n"
            f"{AFTER}",
            [(None, "Farewell: Readers queue outside the library on its final morning", None)],
            id="tight-mail-gallery-button-opens-the-caption-below",
        ),
        pytest.param(
            f"Library drama loses its director\n\n{BODY}\n\n'The Reading Room'\n\n"
            f"Courtesy of HBO\n\n{AFTER}",
            [(None, "'The Reading Room'", "Courtesy of HBO")],
            id="thr-show-title-over-its-bare-credit-across-a-blank-line",
        ),
        pytest.param(
            f"'The Reading Room' loses its director\n\n{BODY}\n\n'The Reading Room'\n\n"
            f"Jane Roe/Getty Images\n\n{AFTER}",
            [(None, "'The Reading Room'", "Jane Roe/Getty Images")],
            id="show-title-caption-that-also-opens-the-headline",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nMarta Lindqvist\n\nSam Poe/Getty Images\n\n{AFTER}",
            [(None, "Marta Lindqvist", "Sam Poe/Getty Images")],
            id="bare-name-over-its-credit-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nGetty Images\n\n{AFTER}",
            [(None, None, "Getty Images")],
            id="credit-alone-takes-no-paragraph-below",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on its last day.\n\n"
            f"(Image credit: City Library)\n\n{AFTER}",
            [(None, "The reading room on its last day.", "City Library")],
            id="image-credit-line-takes-the-caption-above-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nHead librarian Jane Roe during a past event.\n\n"
            f"Photo credit: File | Harbor Media Group\n\n{AFTER}",
            [(None, "Head librarian Jane Roe during a past event.", "File | Harbor Media Group")],
            id="nation-photo-credit-line-takes-the-caption-above-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA rendering of the new library seen from the river."
            f"\n\nCredit: Harbor Architects\n\n{AFTER}",
            [(None, "A rendering of the new library seen from the river.", "Harbor Architects")],
            id="ars-credit-line-takes-the-caption-above-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe readers came in crowds at the weekend. Once "
            "inside, they stayed until closing time.\n\nCredit: Pixabay/CC0 Public Domain\n\n"
            f"{AFTER}",
            [(None, None, "Pixabay/CC0 Public Domain")],
            id="physorg-bare-credit-line-takes-no-two-sentence-paragraph-above",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\ngetty\n\nWhat comes next\n\n{AFTER}",
            [(None, None, "getty")],
            id="forbes-agency-in-lower-case-alone-is-a-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on its last day. It opened in "
            f"1961.\n\n(Image credit: City Library)\n\n{AFTER}",
            [(None, "The reading room on its last day. It opened in 1961.", "City Library")],
            id="bracketed-image-credit-line-takes-a-two-sentence-caption-above",
        ),
        pytest.param(
            f"Library to close\n\nThe council voted to shut it.\n\nCredit: Harbor Architects\n\n"
            f"{BODY}\n\n{AFTER}",
            [(None, None, "Harbor Architects")],
            id="credit-line-takes-no-dek-under-the-headline",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nEmail Jane Roe at jroe@example.com.\n\n"
            f"(Image credit: City Library)\n\n{AFTER}",
            [(None, None, "City Library")],
            id="image-credit-line-takes-no-address-above",
        ),
        pytest.param(
            f"Library to close\n\nThe council voted to shut it.\n\n"
            f"(Image credit: City Library)\n\n{BODY}\n\n{AFTER}",
            [(None, None, "City Library")],
            id="image-credit-line-takes-no-dek-under-the-headline",
        ),
        pytest.param(
            "Library to close\n\nAn architect's rendering of the new library by the river.\n\n"
            f"(Image credit: Harbor Architects)\n\n{BODY}\n\n{AFTER}",
            [(None, "An architect's rendering of the new library by the river.",
              "Harbor Architects")],
            id="space-lead-caption-naming-its-picture-under-the-headline",
        ),
        pytest.param(
            "Library to close\n\nWorkers carry boxes out of the reading room in Harbor City"
            " on June 4, 2025, before the sale.\n\n"
            f"(Image credit: City Library)\n\n{BODY}\n\n{AFTER}",
            [(None, "Workers carry boxes out of the reading room in Harbor City on June 4, 2025,"
              " before the sale.", "City Library")],
            id="space-lead-caption-of-a-dated-scene-under-the-headline",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nWill the library open again?\n\n"
            f"(Image credit: City Library)\n\n{AFTER}",
            [(None, None, "City Library")],
            id="image-credit-line-takes-no-question-above",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n![Reading room](https://example.com/a.jpg)\n"
            f"The reading room on Monday.Jane Roe—Getty Images\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe—Getty Images")],
            id="markdown-alt-then-printed-caption-is-one-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n![](https://example.com/a.jpg)\n"
            f"The reading room on Monday.Photo by Jane Roe for TIME\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe for TIME")],
            id="empty-markdown-image-then-printed-caption-is-one-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n![Readers return Jane Roe—AFP/Getty Images]"
            "(https://example.com/a.jpg) \nReaders return to the Harbor City library on March "
            "2, 2026.\nJane Roe—AFP/Getty Images\n" + AFTER,
            [(None, "Readers return to the Harbor City library on March 2, 2026.",
              "Jane Roe—AFP/Getty Images")],
            id="time-markdown-alt-ending-in-the-credit-over-caption-and-credit-lines",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n![Volunteers shelve books](https://example.com/a.jpg)"
            "\nVolunteers shelve books in the new reading room on Feb. 20, 2026.\nSam Poe for "
            "TIME\n" + AFTER,
            [(None, "Volunteers shelve books in the new reading room on Feb. 20, 2026.",
              "Sam Poe for TIME")],
            id="time-short-markdown-alt-over-caption-and-credit-lines",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders wait outside the library in Harbor City "
            "on March 1, 2026. The council ... [+] voted to close it. (Photo by Jane Roe/Bloomberg"
            " via Getty Images)\n\nBloomberg via Getty Images\n\n" + AFTER,
            [(None, "Readers wait outside the library in Harbor City on March 1, 2026. The "
              "council ... [+] voted to close it.", "Jane Roe/Bloomberg via Getty Images")],
            id="forbes-credit-span-repeats-the-end-of-the-captions-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday. (AP Photo/Jane Roe)\n\n"
            f"Photo: Jane Roe, AP\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe, AP")],
            id="same-credit-printed-again-below-is-the-same-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday. (AP Photo/Jane Roe)\n\n"
            f"The reading room on Monday. (AP Photo/Jane Roe)\n\n"
            f"Photo: Jane Roe, AP\n\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe, AP")],
            id="caption-printed-twice-then-its-credit-line-is-one-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on Monday. (AP Photo/Jane Roe)\n\n"
            f"Photo: Tom Ash, AP\n\n{AFTER}",
            [(None, "The reading room on Monday.", "AP Photo/Jane Roe"), (None, None, "Tom Ash, AP")],
            id="other-credit-below-is-another-picture",
        ),
        pytest.param(
            f"Library to close\n\nMay 3, 2025 9:12AM ET\n\nThe old reading room will shut in May\n"
            f"The reading room on Monday. Photo by Jane Roe/Getty Images\n{AFTER}",
            [(None, "The reading room on Monday.", "Jane Roe/Getty Images")],
            id="sentence-case-line-under-the-date-is-the-dek-not-a-title",
        ),
        pytest.param(
            f"Library to close\n\nMay 3, 2025 9:12AM ET\n\nThe Last Reading Room\n"
            f"The reading room on Monday. Photo by Jane Roe/Getty Images\n{AFTER}",
            [("The Last Reading Room", "The reading room on Monday.", "Jane Roe/Getty Images")],
            id="title-case-line-under-the-date-stays-a-title",
        ),
        pytest.param(
            f"Library to close\n\nMay 3, 2025 9:12AM ET\n\nReading room closure\n"
            f"The reading room on Monday. Photo by Jane Roe/Getty Images\n{AFTER}",
            [("Reading room closure", "The reading room on Monday.", "Jane Roe/Getty Images")],
            id="short-sentence-case-line-under-the-date-stays-a-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe old reading room at dusk\n"
            f"The reading room on Monday. Photo by Jane Roe/Getty Images\n\n{AFTER}",
            [("The old reading room at dusk", "The reading room on Monday.",
              "Jane Roe/Getty Images")],
            id="sentence-case-title-in-the-body-stays-a-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room on May 2, 2024. (Photo by JANE ROE / "
            f"AFP) (Photo by JANE ROE/AFP via Getty Images)\n\n{AFTER}",
            [(None, "The reading room on May 2, 2024.", "JANE ROE/AFP via Getty Images")],
            id="second-credit-bracket-left-out-of-the-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room (left) on Monday. "
            f"(Photo by Jane Roe/Getty Images)\n\n{AFTER}",
            [(None, "The reading room (left) on Monday.", "Jane Roe/Getty Images")],
            id="bracket-inside-the-caption-stays",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nPicture: Jane Roe/PA Wire\n\nThe mayor watches "
            f"from the gallery on July 8\n\n{AFTER}",
            [(None, "The mayor watches from the gallery on July 8", "Jane Roe/PA Wire")],
            id="labelled-credit-above-its-caption-block",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nPhotograph: Pool/AFP via Getty Images\n\nThe mayor "
            f"signs the order in the council chamber\n\n{AFTER}",
            [(None, "The mayor signs the order in the council chamber",
              "Pool/AFP via Getty Images")],
            id="labelled-pool-credit-above-its-caption-block",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nPicture: Jane Roe/PA Wire\n\n{AFTER}",
            [(None, None, "Jane Roe/PA Wire")],
            id="labelled-credit-above-a-sentence-credits-no-caption",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nPhotograph: Jane Roe/Getty Images\nThe old reading room."
            f" Photograph: John Doe/Getty Images\n{AFTER}",
            [(None, None, "Jane Roe/Getty Images"),
             (None, "The old reading room.", "John Doe/Getty Images")],
            id="wired-sentence-above-a-credit-line-is-prose",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe reading room of the old library in Harbor City, "
            f"Ohio, on Jan. 14.\nPhotographer: Jane Roe/Bloomberg\n\n{AFTER}\n\nReaders queue at"
            f" the door in 2024. Photographer: John Doe/Bloomberg\n\n{AFTER}",
            [(None, "The reading room of the old library in Harbor City, Ohio, on Jan. 14.",
              "Jane Roe/Bloomberg"),
             (None, "Readers queue at the door in 2024.", "John Doe/Bloomberg")],
            id="bloomberg-scene-caption-over-its-credit-line-beside-an-inline-one",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nThe old reading room.\nPhotograph: Jane Roe/Getty Images"
            f"\n{AFTER}",
            [(None, "The old reading room.", "Jane Roe/Getty Images")],
            id="caption-above-a-credit-line-without-an-inline-label",
        ),
        pytest.param(
            "Library to close\nReaders fill the hall on May 2, 2026. Readers fill the hall on May "
            "2, 2026. Photo: Jane Roe, Staff Photographer\nThe council voted to rebuild it.\n"
            "Pupils read in a portable classroom on the school's campus.\nPhoto: John Doe, Staff "
            "Photographer\nA student, Sam Poe, told the council he took two buses to the library.",
            [(None, "Readers fill the hall on May 2, 2026.", "Jane Roe, Staff Photographer"),
             (None, "Pupils read in a portable classroom on the school's campus.",
              "John Doe, Staff Photographer")],
            id="hearst-overlay-caption-printed-twice-says-nothing-of-captions-in-the-story",
        ),
        pytest.param(
            f"# Library to close\n\n{BODY}\n\n![](https://cdn.example.com/library.jpg)\n\n"
            f"Image: Harbor City Council\n\n{AFTER}",
            [(None, None, "Harbor City Council")],
            id="markdown-image-then-its-credit-across-a-blank-line",
        ),
        pytest.param(
            f"# Library to close\n\n{BODY}\n\n![The library at dusk](https://example.com/a.jpg)"
            "\n\nThe library has stood on the same corner since 1961.\n\nJane Roe/Business Insider"
            f"\n\n{AFTER}",
            [(None, "The library has stood on the same corner since 1961.",
              "Jane Roe/Business Insider")],
            id="markdown-image-its-caption-and-its-credit-in-three-blocks",
        ),
        pytest.param(
            f"# Library to close\n\n{BODY}\n\n![The library at dusk](https://example.com/a.jpg)"
            f"\n\n{AFTER}\n\nPhoto: Jane Roe/Reuters",
            [(None, "The library at dusk", None), (None, None, "Jane Roe/Reuters")],
            id="a-story-line-between-an-image-and-a-credit-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe old library in Harbor City, Friday, 4 July 2025."
            f" - Copyright Jane Roe/Copyright 2025 The AP. All rights reserved.\n\n{AFTER}",
            [(None, "The old library in Harbor City, Friday, 4 July 2025.",
              "Jane Roe/Copyright 2025 The AP")],
            id="euronews-copyright-credit-after-a-dash",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders wait in the old reading room."
            f" (© 2025 Getty Images)\n\n{AFTER}",
            [(None, "Readers wait in the old reading room.", "Getty Images")],
            id="copyright-mark-and-year-in-brackets",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe cat asleep in the library window in 2015.\n"
            f"Instagram/@harborlibrarycat\n\n{AFTER}",
            [(None, "The cat asleep in the library window in 2015.",
              "Instagram/@harborlibrarycat")],
            id="ny-post-platform-and-account-under-the-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe librarian and her cat at the opening\n"
            f"Credit: Instagram/@janeroe\n\n{AFTER}",
            [(None, "The librarian and her cat at the opening", "Instagram/@janeroe")],
            id="the-sun-credit-label-platform-and-account",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe mayor speaks at city hall on Feb. 4. | POOL / VIA"
            f" KYODO\n\nA reading room in Harbor City. | AFP-JIJI\n\n{AFTER}",
            [(None, "The mayor speaks at city hall on Feb. 4.", "POOL / VIA KYODO"),
             (None, "A reading room in Harbor City.", "AFP-JIJI")],
            id="japan-times-credits-after-a-bar",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders at the old library in 2022. The Canadian"
            f" Press file photo\n\n{AFTER}",
            [(None, "Readers at the old library in 2022.", "The Canadian Press file photo")],
            id="canadian-agency-file-photo-with-no-chain",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA helicopter over the canyon near the library on"
            f" August 17, 2024.\nHarbor County Sheriff’s Office\n\n{AFTER}",
            [(None, "A helicopter over the canyon near the library on August 17, 2024.",
              "Harbor County Sheriff’s Office")],
            id="a-bare-credit-with-a-curly-apostrophe",
        ),
        pytest.param(
            "Library to close\n\nA crane lifts books out of the library in Harbor City on"
            " August 17, 2024.\nHarbor County Sheriff\nHarbor City, Maine\nCNN\n — \n"
            f"{BODY}\n{AFTER}",
            [(None, "A crane lifts books out of the library in Harbor City on August 17, 2024.",
              "Harbor County Sheriff")],
            id="cnn-caption-and-credit-over-its-dateline",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nVideo Ad Feedback\nWatch: Drone footage of the old"
            f" library\n01:12 - Source: CNN\n\n{AFTER}",
            [],
            id="cnn-video-block-is-no-picture",
        ),
        pytest.param(
            "Library to close\nThe council voted on Monday to close the old library.\n"
            "Jane Roe, 68, (pictured) says she has borrowed books there for fifty years\n"
            "Residents said they would appeal the decision in court next month.\n"
            "The reading room, where the family say Mrs Roe spent her Saturdays (file image)\n"
            "The council said it would keep the building.",
            [(None, "Jane Roe, 68, (pictured) says she has borrowed books there for fifty years",
              None),
             (None, "The reading room, where the family say Mrs Roe spent her Saturdays (file"
              " image)", None)],
            id="mailonline-captions-marked-pictured-with-no-credit",
        ),
        pytest.param(
            "Library to close\nThe council voted on Monday to close the old library.\n"
            "Jane Roe (pictured) said she had borrowed books there for fifty years.\n"
            "Residents said they would appeal the decision in court next month.",
            [],
            id="a-sentence-with-pictured-is-the-story",
        ),
        pytest.param(
            "Library to close\nThe council voted on Monday to close the old library.\n"
            "Read more from Harbor News:\nRail fares to rise by 4.6% in March\n"
            "Strike dates announced on two rail networks\nImage:\n"
            "The old reading room is nearly a century old. Pic: PA\n"
            "Residents said they would appeal the decision in court next month.",
            [(None, "The old reading room is nearly a century old.", "PA")],
            id="sky-read-more-list-over-a-picture-gives-no-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n\"It feels better every day,\" Roe said.\n\n"
            "(Top photo: Jane Roe/Getty Images)",
            [(None, None, "Jane Roe/Getty Images")],
            id="the-athletic-top-photo-credit",
        ),
        pytest.param(
            f"Library to close\n{BODY}\nhttps://p.example.com/p/4nKq2\nThe mayor presents the"
            f" plan at city hall on Friday\nImage: Jane Roe/dpa/picture alliance\n{AFTER}",
            [(None, "The mayor presents the plan at city hall on Friday",
              "Jane Roe/dpa/picture alliance")],
            id="dw-permalink-over-a-caption-is-no-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nJane Roe stands at the door of the library, which"
            f" closes next month.\n\nSam Lee/The Harbor Dispatch\n\n{AFTER}",
            [(None, "Jane Roe stands at the door of the library, which closes next month.",
              "Sam Lee/The Harbor Dispatch")],
            id="gannett-caption-in-the-present-over-a-bare-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nState Sen. Jane Roe speaks at the library in Harbor"
            f" City on Feb. 19, 2026.\n\nSam Lee / The Harbor Dispatch via Getty Images\n\n{AFTER}",
            [(None, "State Sen. Jane Roe speaks at the library in Harbor City on Feb. 19, 2026.",
              "Sam Lee / The Harbor Dispatch via Getty Images")],
            id="cbs-caption-with-a-title-abbreviation-over-a-bare-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders queue outside the old library in Harbor City"
            f" on 26 July 2025\n\n(Jane Roe/AFP via Getty Images)\n\n{AFTER}",
            [(None, "Readers queue outside the old library in Harbor City on 26 July 2025",
              "Jane Roe/AFP via Getty Images")],
            id="independent-caption-with-no-full-stop-over-its-credit-block",
        ),
        pytest.param(
            f"Library to close\n\nReaders will lose the reading room when the library shuts"
            f"\n\n(Getty Images)\n\n{BODY}\n\n{AFTER}",
            [(None, None, "Getty Images")],
            id="standfirst-with-no-full-stop-over-a-credit-block-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nWhat the closure means for readers in the city\n\n"
            f"(Getty Images)\n\n{AFTER}",
            [(None, None, "Getty Images")],
            id="question-heading-over-a-credit-block-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\nReaders leave the old reading room after the vote. (Photo: Jane"
            f" Roe / Getty Images)\n\n{BODY}\n\n{AFTER}\n\n(Top photo: Jane Roe / Getty Images)",
            [(None, "Readers leave the old reading room after the vote.", "Jane Roe / Getty Images")],
            id="athletic-top-photo-note-under-the-story-is-the-first-picture",
        ),
        pytest.param(
            f"# Library to close\n\n![The old reading room](https://example.com/a.jpg)\n\n{BODY}"
            f"\n\n{AFTER}\n\n(Top photo: Jane Roe / Getty Images)",
            [(None, "The old reading room", "Jane Roe / Getty Images")],
            id="top-photo-note-credits-the-first-picture-printed-with-none",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nJane Roe said the library would close next month."
            f"\n\nSam Lee/The Harbor Dispatch\n\n{AFTER}",
            [(None, None, "Sam Lee/The Harbor Dispatch")],
            id="a-story-sentence-in-the-past-over-a-bare-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe minister speaks at the library in Harbor City on"
            f" May 13, 2025. — APP\n\nA reader at the old library. — Reuters/File\n\n{AFTER}",
            [(None, "The minister speaks at the library in Harbor City on May 13, 2025.", "APP"),
             (None, "A reader at the old library.", "Reuters/File")],
            id="dawn-credit-after-a-dash",
        ),
        pytest.param(
            "Startup raises $42M for grid storage\nJane Roe\n4:15 AM PST · March 13, 2025\n"
            "The co-founders at the company’s Reno facility.\nImage Credits: Harbor Labs\n"
            f"{BODY}\n{AFTER}",
            [(None, "The co-founders at the company’s Reno facility.", "Harbor Labs")],
            id="techcrunch-time-first-stamp-is-no-caption-title",
        ),
        pytest.param(
            "Climate\nStartup raises $42M for grid storage\nJane Roe\n4:15 AM PST · March 13, 2025"
            f"\nImage Credits: Harbor Labs\n{BODY}\n{AFTER}",
            [(None, None, "Harbor Labs")],
            id="techcrunch-author-over-the-time-stamp-is-no-caption",
        ),
        pytest.param(
            "Library to close\nThe council has spent years patching the roof. Readers now want "
            f"answers.\nPhoto-Illustration: Harbor Staff; Getty Images\n{BODY}\n{AFTER}",
            [(None, None, "Harbor Staff; Getty Images")],
            id="wired-standfirst-over-the-lead-credit-is-no-caption",
        ),
        pytest.param(
            "Library to close\n\nA Reading Room Left Without Its Readers\nThe council has spent years"
            f" patching the roof, and readers now want answers.\nPhoto-Illustration: Harbor Staff;"
            f" Getty Images\n{BODY}\n{AFTER}",
            [(None, None, "Harbor Staff; Getty Images")],
            id="wired-display-title-and-standfirst-over-the-lead-credit-are-no-caption",
        ),
        pytest.param(
            "Library to close\n\nThe reading room glows red at dusk, while the stacks stay dark."
            f"\n(Image: © Harbor Collaboration)\n{BODY}\n{AFTER}\n{BODY}",
            [(None, "The reading room glows red at dusk, while the stacks stay dark.",
              "Harbor Collaboration")],
            id="live-science-caption-block-under-the-headline-block",
        ),
        pytest.param(
            f"Library to close\n{BODY}\n“It is over for the library,” the mayor said.\n"
            f"Image: Harbor City Council\nWhat happened\n{AFTER}",
            [(None, None, "Harbor City Council")],
            id="a-question-heading-under-a-credit-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe field where the new library is planned,"
            f" photographed Tuesday, March 11, 2025.\n\nSam Lee/The Harbor Dispatch\n\n{AFTER}",
            [(None, "The field where the new library is planned, photographed Tuesday, March 11,"
              " 2025.", "Sam Lee/The Harbor Dispatch")],
            id="gannett-caption-photographed-on-a-date-over-a-bare-credit",
        ),
        pytest.param(
            f"NATIONAL / SOCIETY\n\nLibrary to close\n\n{BODY}\n\n{AFTER}",
            [],
            id="japan-times-section-path-over-the-title-is-no-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nRobots at a trial at the library in 2024. ST PHOTO:"
            f" GAVIN FOO\n\n{AFTER}",
            [(None, "Robots at a trial at the library in 2024.", "ST PHOTO: GAVIN FOO")],
            id="straits-times-initials-before-photo",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nStudents at the library in Fairfax on Monday."
            f" (Jane Roe/for The Washington Post)\n\n{AFTER}",
            [(None, "Students at the library in Fairfax on Monday.",
              "Jane Roe/for The Washington Post")],
            id="washington-post-freelancer-credit-in-brackets",
        ),
        pytest.param(
            f"# Library to close\n\n{BODY}\n\n![Image may contain Building Library and Person]"
            "(https://example.com/a.jpg)\n\nPhoto-Illustration: Harbor Staff; Getty Images\n\n"
            f"{AFTER}\n\n![Image may contain Electronics Hardware](https://example.com/b.jpg)\n\n"
            "The test rig, with a board connected to a logic analyzer.\n\nCourtesy of Harbor Labs"
            f"\n\n{BODY}",
            [(None, None, "Harbor Staff; Getty Images"),
             (None, "The test rig, with a board connected to a logic analyzer.",
              "Courtesy of Harbor Labs")],
            id="wired-software-alt-text-is-no-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n{AFTER}",
            [],
            id="no-pictures",
        ),
        pytest.param(
            "Library to close\nBy Jane Roe\nSat 14 Mar 2026 at 6:40am\nThe old reading room on "
            f"Monday. (ABC Harbor: Sam Hill)\n{BODY}",
            [(None, "The old reading room on Monday.", "ABC Harbor: Sam Hill")],
            id="abc-time-stamp-over-the-lead-picture-is-no-title",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nJane Roe is a reporter for Harbor News based in "
            "Denver.\n© 2026 Harbor Interactive Inc. All Rights Reserved.",
            [],
            id="cbs-copyright-notice-under-the-bio-is-no-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nIn a letter, the friends of the library said the "
            'council "has let the building rot for years."\n\nEnlarge this image\ntoggle caption'
            "\nJane Roe/Getty Images\nThe reading room stands empty in Harbor City in May 2025."
            f"\nJane Roe/Getty Images\nhide caption\n\n{AFTER}",
            [(None, "The reading room stands empty in Harbor City in May 2025.",
              "Jane Roe/Getty Images")],
            id="npr-credit-printed-over-and-under-the-caption",
        ),
        pytest.param(
            "Library to close\n1 of 2 | \nReaders queue at the old library in Harbor City on "
            "Monday, May 4, 2026. (AP Photo/Jane Roe)\n2 of 2 | \nA clerk stacks returns in "
            "Harbor City on May 1, 2026. (AP Photo/Jane Roe)\n" + BODY,
            [(None, "Readers queue at the old library in Harbor City on Monday, May 4, 2026.",
              "AP Photo/Jane Roe"),
             (None, "A clerk stacks returns in Harbor City on May 1, 2026.", "AP Photo/Jane Roe")],
            id="ap-gallery-counter-with-a-bar-is-no-title",
        ),
        pytest.param(
            "Library to close\nBy Jane Roe\nMay 4, 20263:05 PM GMTUpdated 2 hours ago\n[1/2]"
            "Readers queue at the old library in Harbor City, May 1, 2026. REUTERS/Sam Hill\n"
            + BODY,
            [(None, "Readers queue at the old library in Harbor City, May 1, 2026.",
              "REUTERS/Sam Hill")],
            id="reuters-glued-time-stamp-is-no-title",
        ),
        pytest.param(
            f"{BODY}\n{AFTER}\nThe old library in Harbor City\nThe old library in Harbor City "
            "(Photo: Harbor Pictures)\nThe council will meet again in June.",
            [(None, "The old library in Harbor City", "Harbor Pictures")],
            id="belfast-telegraph-alt-text-copy-is-no-title",
        ),
        pytest.param(
            "Library to close\nPHOTO: Readers queue at the old library in Harbor City, May 1, "
            "2026.\nHarbor County Sheriff's Office\n" + BODY,
            [(None, "Readers queue at the old library in Harbor City, May 1, 2026.",
              "Harbor County Sheriff's Office")],
            id="abc-organisation-credit-under-a-labelled-caption",
        ),
        pytest.param(
            "Library to close\nPHOTO: Readers queue at the old library in Harbor City, May 1, "
            "2026.\nOregon Department of Public Safety via AP\n" + BODY,
            [(None, "Readers queue at the old library in Harbor City, May 1, 2026.",
              "Oregon Department of Public Safety via AP")],
            id="abc-long-organisation-via-ap-under-a-labelled-caption",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nReaders queue outside the old library in Harbor "
            "City on Friday, May 1, 2026, before its last day.\n\nNBC Chicago\n\n" + AFTER,
            [(None, "Readers queue outside the old library in Harbor City on Friday, May 1, "
              "2026, before its last day.", "NBC Chicago")],
            id="station-credits-its-own-picture-across-a-blank-line",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe council said the library would close on "
            "Friday after the vote.\n\nNBC Chicago\n\n" + AFTER,
            [],
            id="station-name-under-a-story-paragraph-credits-no-picture",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nA reading room in the old library in Harbor "
            "City.\nTomas Lindqvist, CC BY-ND\n\nWhat the readers lose\n\n" + AFTER,
            [(None, "A reading room in the old library in Harbor City.",
              "Tomas Lindqvist, CC BY-ND")],
            id="the-conversation-author-credit-with-a-licence",
        ),
        pytest.param(
            f"Kohli century lifts India\n\n{BODY}\n\nRavi Kohli swept the spinner for four "
            "before tea • Jane Roe/Getty Images\n\nThe bowler appeals for a leg-before decision "
            "on day two • Getty Images\n\n" + AFTER,
            [(None, "Ravi Kohli swept the spinner for four before tea", "Jane Roe/Getty Images"),
             (None, "The bowler appeals for a leg-before decision on day two", "Getty Images")],
            id="espncricinfo-caption-bullet-credit",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nMaya Ortiz and Leo Brandt at the reopening of "
            "the Harbor City library on May 2, 2025.\n\nJane Roe/Getty Images\n\n" + AFTER,
            [(None, "Maya Ortiz and Leo Brandt at the reopening of the Harbor City library on "
              "May 2, 2025.", "Jane Roe/Getty Images")],
            id="hollywood-reporter-caption-block-then-credit-block",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\nThe library reopened on May 2 after repairs."
            "\n\nJane Roe/Getty Images\n\n" + AFTER,
            [(None, None, "Jane Roe/Getty Images")],
            id="a-story-sentence-with-a-day-but-no-place-stays-prose",
        ),
        pytest.param(
            f"Library to close\n\n{BODY}\n\n*Readers queue at the old library in Harbor City "
            "in 2024.* Jane Roe/Harbor Gazette/Getty Images\n\n" + AFTER,
            [(None, "Readers queue at the old library in Harbor City in 2024.",
              "Jane Roe/Harbor Gazette/Getty Images")],
            id="time-caption-in-italics-then-its-credit-outside",
        ),
        pytest.param(
            f"Startup cuts staff\n\n{BODY}\n\nA robot arm sorts parcels at a warehouse in Reno."
            f"\nImage Credits:Harbor Labs\n{AFTER}",
            [(None, "A robot arm sorts parcels at a warehouse in Reno.", "Harbor Labs")],
            id="techcrunch-credit-label-glued-to-its-credit",
        ),
        pytest.param(
            f"Battery lasts longer\n\n{BODY}\n\nA copper electrode after 300 charging cycles. "
            f"Credit: Author provided\n\n{AFTER}",
            [(None, "A copper electrode after 300 charging cycles.", "Author provided")],
            id="physorg-conversation-author-provided",
        ),
        pytest.param(
            f"Harbor tower sold\n\n{BODY}\n\nPhoto-illustration by Jane Roe for The Harbor "
            f"Ledger with Getty Images\n\n{AFTER}",
            [(None, None, "Jane Roe for The Harbor Ledger with Getty Images")],
            id="real-deal-illustration-credit-alone-is-no-subheading",
        ),
        pytest.param(
            f"Diner review\n\n{BODY}\n\nJane Roe works the grill at Harbor Diner. \"Every "
            f"plate I cook is for my mother,\" she said.\n\nPhoto: Sam Poe/HBGATE\n\n{AFTER}",
            [(None, "Jane Roe works the grill at Harbor Diner. \"Every plate I cook is for my "
              "mother,\" she said.", "Sam Poe/HBGATE")],
            id="sfgate-caption-that-quotes-over-its-photo-credit",
        ),
        pytest.param(
            f"Diner review\n\n{BODY}\n\nThe diner opened at Harbor Street last spring. \"We "
            "had no idea how many people would come,\" said the owner, who had spent two years "
            f"looking for the right site.\n\nPhoto: Sam Poe/HBGATE\n\n{AFTER}",
            [(None, None, "Sam Poe/HBGATE")],
            id="a-long-paragraph-that-quotes-is-no-caption-of-the-photo-credit",
        ),
        pytest.param(
            "Skip to content\nHarbor Wire Logo\nLatest\nClimate\nStartups\nSearch\n"
            "Mobile Menu Toggle\nImage Credits:Jane Roe / Getty Images\nClimate\n"
            "Tidal power startup doubles its output as a second turbine comes online\n"
            f"Sam Poe\n\n{BODY}\n\n{AFTER}",
            [(None, None, "Jane Roe / Getty Images")],
            id="techcrunch-menu-button-is-no-caption-of-the-lead-credit",
        ),
    ],
)
def test_images(text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert images(text) == expected


@pytest.mark.parametrize(
    ("after", "people", "agencies"),
    [
        pytest.param('"It is a new sense," Lund says.', ["Mira Lund"], [], id="quoted-by-surname"),
        pytest.param("Said Lund: it flies.", ["Mira Lund"], [], id="verb-before-surname"),
        pytest.param("Mira Lund said it flies.", ["Mira Lund"], [], id="full-name-only"),
        pytest.param("The spiders fly in May.", ["Mira Lund"], [], id="not-in-the-story"),
    ],
)  # fmt: skip
def test_bracketed_two_word_name_is_a_person_quoted_or_not(
    after: str, people: list[str], agencies: list[str]
) -> None:
    text = (
        f"Spiders fly on static\n\n{BODY}\n\nA young spider raises its abdomen. "
        f"(Mira Lund)\n\n{after}\n"
    )
    [image] = newsparse.parse(text).images
    assert image.credit is not None
    assert image.credit.photographers == people
    assert [a.name for a in image.credit.agencies] == agencies


def test_caption_span_points_into_text() -> None:
    text = f"Library to close\n\n{BODY}\n\nThe reading room. (AP Photo/Jane Roe)\n\n{AFTER}"
    image = newsparse.parse(text).images[0]
    assert image.credit is not None
    assert text[image.credit.span.start : image.credit.span.end] == "AP Photo/Jane Roe"
    assert text[image.span.start : image.span.end] == "The reading room. (AP Photo/Jane Roe)"


@pytest.mark.parametrize(
    "prose",
    [
        pytest.param(
            "Roe's co-presenter Rory Dunne, who joined the show in 2019, paid tribute to her.",
            id="shares-the-captions-name-and-year",
        ),
    ],
)
def test_prose_over_a_caption_in_a_text_without_blank_lines_stays_a_paragraph(
    prose: str,
) -> None:
    text = (
        "Presenter quits after 12 years\nJane Roe said she was leaving the programme.\n"
        f"{prose}\nRory Dunne has co-hosted the show since 2019 (Image: Getty)\n"
        "Posting on X, he said it was a sad day."
    )
    paragraphs = [b.text for b in newsparse.segment(text) if b.kind == "paragraph"]
    assert prose in paragraphs


def test_paragraph_after_caption_not_swallowed() -> None:
    text = f"Library to close\n{BODY}\nThe reading room. (AP Photo/Jane Roe)\n{AFTER}"
    paragraphs = [p.text for s in newsparse.parse(text).sections for p in s.paragraphs]
    assert paragraphs == [BODY, AFTER]


def test_caption_date_and_agencies() -> None:
    text = (
        f"Library to close\n\n{BODY}\n\nThe reading room on May 23, 2022. JANE ROE/SPUTNIK/AFP via "
        f"Getty Images\n\n{AFTER}"
    )
    article = newsparse.parse(text)
    assert article.images[0].date == datetime.date(2022, 5, 23)
    assert [a.name for a in article.agencies] == ["Sputnik", "AFP", "Getty Images"]
    assert article.images[0].credit is not None
    assert article.images[0].credit.photographers == ["Jane Roe"]


def test_prose_with_a_quote_is_no_caption_of_the_credit_below() -> None:
    text = (
        f"Library to close\n{BODY}\nThe head librarian was upset. \"It is a sad day for the town,\""
        f" she said.\nGetty Images\nThe reading room on its last day\n{AFTER}"
    )
    assert [q.text for q in newsparse.parse(text).quotes] == ["It is a sad day for the town,"]


# `_may_end_expanded`: the cheap test before `EXPANDED_TAIL` (the tail of a caption that was
# expanded in place: "... Close", "... Read less", "... [-]").
@pytest.mark.parametrize(
    ("body", "may"),
    [
        pytest.param("The mayor opens the new library on Monday. Close", True, id="close"),
        pytest.param("The mayor opens the new library on Monday. READ LESS  ", True, id="read-less"),
        pytest.param("The mayor opens the new library on Monday. [-]", True, id="bracket-minus"),
        pytest.param("The mayor opens the new library on Monday. Clo\u017fe", True, id="long-s"),
        pytest.param("The mayor opens the new library on Monday.", False, id="sentence"),
        pytest.param("The mayor stands close", True, id="word-close"),
        pytest.param("Fans gather by the river at dusk", False, id="no-tail"),
    ],
)  # fmt: skip
def test_may_end_expanded(body: str, may: bool) -> None:
    assert caption_parts._may_end_expanded(body) == may


@given(st.text(alphabet=st.sampled_from(list("closeadrCLOSEADR[]-  \t\n.\u017f\u212a\u0130")), max_size=40))
@settings(max_examples=500, deadline=None)
def test_may_end_expanded_is_safe(body: str) -> None:
    """Whenever `EXPANDED_TAIL` finds a tail, the cheap test lets it look."""
    if captions.EXPANDED_TAIL.search(body) is not None:
        assert caption_parts._may_end_expanded(body)


@given(st.text(alphabet=st.sampled_from(list("Ab1_ -.,'’é\tß")), max_size=60))
@settings(max_examples=500, deadline=None)
def test_content_words_agree_with_the_word_regex(text: str) -> None:
    """The ASCII shortcut of `_content_words` cuts words as ``\\w+`` does."""
    expected = [w for w in caption_lines.WORD.findall(text.casefold()) if len(w) > 3]
    assert caption_lines._content_words(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("The mayor's new library, 2022", ["mayor", "library", "2022"], id="ascii"),
        pytest.param("snake_case_name and-so-on", ["snake_case_name"], id="underscore-joins"),
        pytest.param("Le maire à Nîmes", ["maire", "nîmes"], id="accents"),
    ],
)
def test_content_words(text: str, words: list[str]) -> None:
    assert caption_lines._content_words(text) == words


def test_bare_name_under_a_caption_is_no_subheading() -> None:
    text = (
        f"Library to close\n\n{BODY}\n\nThe head librarian’s last day at the desk.\n"
        f"Harbor Studio\n\n{AFTER}"
    )
    assert [s.heading for s in newsparse.parse(text).sections if s.heading] == []
