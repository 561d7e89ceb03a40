"""Segmentation: which lines are headline, dek, byline, headings, paragraphs, images, other.

Every case is a short article written for these tests in the style of a real outlet.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import lines, segment
from newsparse.lines import split_lines

NEWSWEEK = """\
Mayor's Rival Faces 'Final Test' in Harbor City: Report

The harbor city's mayor is preparing for a final test of strength, his rival told Newsweek on Friday.

"We are ready for this moment," the rival said at a rally in the city's old port.

Harbor Mayor at City Hall
Harbor City Mayor Tom Vance speaks at City Hall in Harbor City on April 2, 2023. JANE ROE/ACME/AFP via Getty Images

The mayor has denied the claims. His office did not respond to a request for comment.

'Budgets Should Be Public'

The rival's campaign wants budgets published every month. "People deserve to see the numbers," she said.
"""

BBC = """\
Council drops plan for new bridge

Image source, Getty Images
Image caption, The old bridge was built in 1902

A council has dropped its plan to build a new bridge across the river.

What did the council say?

Council leader Sam Hill said the cost had risen sharply since the plan was drawn up.

Media playback is unsupported on your device

Media caption, Watch: the old bridge at night

Residents said they were relieved by the decision.
"""

AP_DATELINE = """\
WASHINGTON (AP) — The Senate passed the bill late Tuesday after a long debate over its cost.

Lawmakers said the vote was closer than expected.

A senator speaks to reporters at the Capitol, Tuesday, March 5, 2024, in Washington. (AP Photo/Jane Roe)

The bill now goes to the House.
"""

TRAFILATURA = """\
# Storm season starts early

![Waves hit the pier at dawn](https://example.org/pier.jpg)Waves hit the pier at dawn on Monday. Photograph: Jane Roe/Reuters
Forecasters warned on Monday that the storm season had started weeks early.

**A warm ocean**

Sea temperatures are higher than at any time on record, the forecasters said.

#### **What comes next**

More storms are expected later this month.
"""

CNBC_TIGHT = """\
Carmaker plans flying cars and robots for the next decade
SHANGHAI — The carmaker is trying to sell more electric cars this year.
It is also exploring flying cars, its founder said in an interview.
Flying cars
The company unveiled its second flying car prototype in July.
Chip shortage, new products
Like many carmakers, it has been hit by the shortage of chips.
"""

# Hard-wrapped by hand: some lines leave room for the next word, and one line at the end is
# wider than the wrap.
WRAPPED_BY_HAND = """\
Harbor City council votes to shut the old library as budget
shortfall grows

By Jane Roe

The council voted on Monday evening to close the old library on Main
Street after a debate that ran for more than four hours and drew a
crowd of angry residents to the chamber, many of them holding signs.

"We have run out of money and out of options," said council leader Sam
Okoro, who proposed the closure last spring. "Nobody wanted this, but
the numbers leave us no choice."

In a phone interview on Tuesday, the head librarian was
asked what would become of the staff and the newspaper archive.

The library opened in 1910 and was rebuilt after a fire in 1962. Its
collection of local newspapers will move to the county archive next
year, officials said.

Reporter Sam Hill in Harbor City contributed to this report for the paper.
"""

NPR = """\
Library to close

The council voted on Monday to close the old library.

Enlarge this image
toggle caption
Sam Hill/KHBR
The reading room stands empty in Harbor City in May 2025.
Sam Hill/KHBR
hide caption

Residents said they would appeal.
"""

LINK_LIST = """\
Drought in the west is the worst in centuries

Droughts in the western U.S. have reached a level not seen for centuries, a study found.

READ MORE
Rhinos at risk as heat rises
Lake levels set for a big drop next year
Map shows the cold sweeping the country

"The trend is clear," the lead author said.
"""

AP_CAPS = """\
Lakers hold off Thunder 112-107

LOS ANGELES (AP) — The Lakers held off the Thunder on Tuesday night.

James finished with 25 points and 11 rebounds.

TIP-INS

Thunder: Diallo missed his third straight game.

UP NEXT

Lakers: Visit the Thunder on Friday.
"""

FOX_TEASERS = """\
Singer's label issues statement amid feud: report

The singer's former label issued a statement on Monday, a report said.

SINGER CLEARED TO PERFORM HITS AT AWARDS AMID FEUD WITH LABEL: REPORT

The statement claimed the two companies had reached an agreement.

CLICK HERE TO GET THE FOX NEWS APP

A representative did not respond to a request for comment.
"""


REUTERS = """\
Oil slips as supply worries return, stocks near record highs

NEW YORK (Reuters) - Oil prices fell on Tuesday on worries about oversupply, while stocks
traded near record highs.

FILE PHOTO: Traders work on the floor of the New York Stock Exchange (NYSE) in New York, U.S., \
November 18, 2019. REUTERS/Jane Roe/File Photo

"The market is looking for a reason to sell," said John Doe, an analyst at a bank in London.

(Reporting by Jane Roe; Editing by John Doe)
"""

GUARDIAN = """\
Coastal towns brace for the biggest storm in a decade

Forecasters say the storm could be the strongest to hit the coast in a decade

Harbour walls were raised last year after a smaller storm flooded the old town.

The harbour at dawn on Monday. Photograph: Jane Roe/The Guardian

Councils have opened shelters in three towns.

Sign up to First Edition

Our morning email breaks down the key stories of the day

after newsletter promotion

What happens next

The storm is expected to reach the coast on Wednesday evening.
"""


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text.splitlines()[0]) for b in segment(text)]


def headings(text: str) -> list[str]:
    return [s.heading for s in newsparse.parse(text).sections if s.heading]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(NEWSWEEK, "Mayor's Rival Faces 'Final Test' in Harbor City: Report", id="newsweek"),
        pytest.param(BBC, "Council drops plan for new bridge", id="bbc"),
        pytest.param(AP_DATELINE, None, id="ap-dateline-no-title"),
        pytest.param(
            "FILE - A ferry docks in Harbor City on Jan. 27, 2024. (AP Photo/Jane Roe, File)\n\n"
            "Ferry operator recalls its whole fleet\n\nBy SAM LEE\n\n"
            "HARBOR CITY (AP) — The operator is recalling every ferry it runs.",
            "Ferry operator recalls its whole fleet",
            id="lead-picture-over-the-title",
        ),
        pytest.param(
            "A Small Town Bought Its Last Dairy Farm. Now It Has to Run One.\n\n"
            "Residents voted to borrow $1.3 million rather than let the land be sold.\n\n"
            "The vote came after three hours of debate at the town meeting in March.",
            "A Small Town Bought Its Last Dairy Farm. Now It Has to Run One.",
            id="title-case-sentences-are-a-title",
        ),
        pytest.param(
            "HarborBusinessEnergy\n\nWind Farms Are Winning At Sea. Harbor City Is The Proof."
            "\n\nJane Roe\n\nContributor\n\nWhen the city set a goal in 2021, critics said it"
            " would fail. It hit the target two years early.",
            "Wind Farms Are Winning At Sea. Harbor City Is The Proof.",
            id="title-case-sentences-under-a-glued-breadcrumb",
        ),
        pytest.param(
            "The council voted on Monday to close the old library after a long debate.\n\n"
            "Residents said they would appeal the decision in court next month.",
            None,
            id="a-sentence-opening-the-text-is-no-title",
        ),
        pytest.param(TRAFILATURA, "Storm season starts early", id="markdown-heading"),
        pytest.param(CNBC_TIGHT, "Carmaker plans flying cars and robots for the next decade", id="no-blank-lines"),
        pytest.param(
            "Europe\n\nFishing towns march against the new quota rules\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "Fishing towns march against the new quota rules",
            id="section-label-over-title",
        ),
        pytest.param(
            "News|Climate Crisis\nFloods kill dozens after a dam gives way in the north\n\n"
            "At least 30 people died when the dam burst on Tuesday, officials said.",
            "Floods kill dozens after a dam gives way in the north",
            id="breadcrumb-over-title",
        ),
        pytest.param(
            "News\nUK\nHome News\nHeatwave warning issued for the whole of England\n\n"
            "Forecasters issued an amber warning on Friday.",
            "Heatwave warning issued for the whole of England",
            id="breadcrumb-lines-over-title",
        ),
        pytest.param(
            "Storm Hits Coast\n\nThousands leave their homes as the winds reach 100 mph\n\n"
            "The storm hit the coast on Monday.",
            "Storm Hits Coast",
            id="short-title-over-dek-stays",
        ),
        pytest.param(
            "I quit my office job at 52 to open a bakery. Here is what I wish I had known.\n"
            "By Jane Roe\n\nThe bakery opened in March, two years after I left the firm.",
            "I quit my office job at 52 to open a bakery. Here is what I wish I had known.",
            id="title-in-sentences-over-byline",
        ),
        pytest.param(
            "By Marta Ruiz\nFishing towns march against the new quota rules\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "Fishing towns march against the new quota rules",
            id="byline-over-title",
        ),
        pytest.param(
            "Fishing towns march against the new quota rules | Euronews\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "Fishing towns march against the new quota rules",
            id="site-name-after-bar",
        ),
        pytest.param(
            "Fishing towns march against the new quota rules | World news | The Guardian\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "Fishing towns march against the new quota rules",
            id="section-then-site-name-after-bars",
        ),
        pytest.param(
            "Star shares holiday snap | TV & Radio | Showbiz & TV | Express.co.uk\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "Star shares holiday snap",
            id="sections-then-site-domain",
        ),
        pytest.param(
            "Senate passes the stopgap spending bill | CNN Politics\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "Senate passes the stopgap spending bill",
            id="site-and-section-word",
        ),
        pytest.param(
            "High court quashes the case against the trust | Deccan Herald\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "High court quashes the case against the trust",
            id="deccan-herald-site-name",
        ),
        pytest.param(
            "Fishing towns march against the new quota rules | Part Two\n\n"
            "Thousands marched through the port on Saturday, organisers said.",
            "Fishing towns march against the new quota rules | Part Two",
            id="bar-without-site-name-stays",
        ),
        pytest.param(
            "Monsoon covers the whole country early - The Times of India\n\n"
            "The monsoon covered the country six days early, forecasters said.",
            "Monsoon covers the whole country early",
            id="site-name-after-dash",
        ),
        pytest.param(
            "Ferry sinks off the coast - dozens rescued\n\nThe ferry sank on Monday.",
            "Ferry sinks off the coast - dozens rescued",
            id="dash-in-title-kept",
        ),
        pytest.param(
            "Coach agrees deal to manage city club\n\nImage: The coach has agreed a deal to manage "
            "the city club\nThe coach signed a deal to stay until 2027.",
            "Coach agrees deal to manage city club",
            id="headline-like-caption-stays-headline",
        ),
        pytest.param(
            "Job Woes Linger in 29 States as U.S. Recovers Unevenly | Bloomberg\n\n"
            "The storm hit the coast on Monday, and more rain is expected later this week.",
            "Job Woes Linger in 29 States as U.S. Recovers Unevenly",
            id="page-title-with-bar-and-site-is-no-caption",
        ),
        pytest.param(
            "Storm hits the coast | Harbor Daily\n\nStorm hits the coast\n\n"
            "The storm hit the coast on Monday, and more rain is expected later this week.",
            "Storm hits the coast",
            id="site-name-dropped-when-the-title-is-printed-again",
        ),
        pytest.param(
            "\ufeffStorm hits the coast\n\nThe storm hit on Monday.",
            "Storm hits the coast",
            id="byte-order-mark-before-the-title",
        ),
        pytest.param(
            "Skip to main content\nAdvertisement\nStorm hits the coast\n\nThe storm hit on Monday.",
            "Storm hits the coast",
            id="after-page-furniture",
        ),
        pytest.param(
            "Nov 28, 2023,01:05am ESTStorm hits the coast\n\nThe storm hit the coast on Monday, "
            "and more rain is expected later this week.",
            None,
            id="dated-teaser-is-no-headline",
        ),
        pytest.param("", None, id="empty"),
        pytest.param("   \n\t\n", None, id="whitespace"),
        pytest.param(
            "The council met on Monday and voted to close the old library, which had been open "
            "since 1910, after a long debate.\n\nIt will close in May.",
            None,
            id="starts-with-paragraph",
        ),
        pytest.param(
            "I quit my Big Tech job to open a bakery. Here's what the first year cost me.\n\n"
            "Priya Raman-Cole\nMar 4, 2025, 5:12 AM ET\n\nArjun spent nine years in Seattle.",
            "I quit my Big Tech job to open a bakery. Here's what the first year cost me.",
            id="business-insider-title-in-sentences-over-a-name-and-a-stamp",
        ),
        pytest.param(
            "The council met on Monday and voted to close the old library after a debate.\n\n"
            "Sports\n\nDec 27, 2014; Louisville, KY, USA; a forward posts up during the first "
            "half at the arena.",
            None,
            id="sentence-over-a-section-and-a-dated-caption",
        ),
        pytest.param(
            WRAPPED_BY_HAND,
            "Harbor City council votes to shut the old library as budget shortfall grows",
            id="hard-wrapped-title-over-two-lines",
        ),
        pytest.param(
            "Harbor TV\nLive\nWatch Harbor TV\nU.K.\nFerry operator halts crossings after "
            "engine fire\n\nBy Jane Roe\n\nThe operator halted crossings on Monday, it said.",
            "Ferry operator halts crossings after engine fire",
            id="cbs-site-menu-over-the-title",
        ),
        pytest.param(
            "Home / World / Europe / Ferry operator halts crossings after engine fire\n"
            "Ferry operator halts crossings after engine fire\nBy Jane Roe\n"
            "The operator halted crossings on Monday, officials said.",
            "Ferry operator halts crossings after engine fire",
            id="hindustan-times-breadcrumb-ending-in-the-title",
        ),
        pytest.param(
            "Europe\nStorm Hits Coast\nBy Jane Roe\n\nThe storm hit the coast on Monday, "
            "officials said.",
            "Storm Hits Coast",
            id="short-title-over-its-byline-under-a-kicker",
        ),
        pytest.param(
            "Latest\nStartups\nTidewell raises $18M to lease drones to farms by the acre\n"
            "Jane Roe\n9:05 AM PST · April 7, 2026\nImage Credits: Tidewell\n"
            "Farmers want drones, but they do not want to buy machines they use twice a year.",
            "Tidewell raises $18M to lease drones to farms by the acre",
            id="techcrunch-two-section-labels-over-the-title-and-its-lead-art-credit",
        ),
        pytest.param(
            "Skip to main content\nOpen Navigation Menu\nMenu\nStory Saved\nTo revisit this "
            "article, visit My Profile, then View saved stories.\nClose Alert\nSign In\nSearch\n"
            "Security\nPolitics\nThe Big Story\nBusiness\nMore\nJane Roe\nScience\n"
            "Apr 2, 2026 7:00 AM\nThe Hidden Market for Your Phone's Location Pings\n"
            "Data brokers sell it by the million. Lawmakers want to know who buys.\n"
            "Photo-Illustration: WIRED Staff; Getty Images\n"
            "Tom Hale learned about it the way most people do: from a stranger's letter.",
            "The Hidden Market for Your Phone's Location Pings",
            id="wired-menu-and-saved-story-alert-over-the-title",
        ),
        pytest.param(
            "Skip to contentSkip to site index\nU.S.\nToday’s Paper\nAdvertisement\n"
            "Supported by\nA River Town Tells Its Biggest Farm to Share the Water\n"
            "Share full article\nBy Jane Roe\nThe vote came just before midnight, after four "
            "hours of public comment.",
            "A River Town Tells Its Biggest Farm to Share the Water",
            id="nytimes-skip-links-and-sections-over-the-title",
        ),
        pytest.param(
            "Skip to contentSkip to site index\nU.K.\nAdvertisement\nSKIP ADVERTISEMENT\n"
            "Harbour Town Bans Cruise Ships for a Summer\nThe council voted 5 to 3 on Monday.\n"
            "By Jane Roe\nThe vote came after two nights of public comment.",
            "Harbour Town Bans Cruise Ships for a Summer",
            id="nytimes-section-in-initials-then-advertisement-over-the-title",
        ),
        pytest.param(
            "Skip to Content\nHarbor Science Review\nSubscribe\nThis lab wants to cool its "
            "servers with seawater\nThe pumps run on the tide alone.\n\nEvery summer the "
            "servers overheat.",
            "This lab wants to cool its servers with seawater",
            id="site-name-over-a-subscribe-button-is-no-headline",
        ),
        pytest.param(
            "Skip to Content\nHarbor Science Review\nFeatured\nTopics\nSign in\nSubscribe\n"
            "Climate change\nThis lab wants to cool its servers with seawater\n\nEvery "
            "summer the servers overheat, engineers said.",
            "This lab wants to cool its servers with seawater",
            id="site-menu-then-a-section-label-over-the-title",
        ),
        pytest.param(
            "Harbor Money\nSign in\nMail\nNews\nSports\nMarkets\n\nFerry fares are rising "
            "on every route. Commuters are paying the price.\nJane Roe\nSenior Reporter\n\n"
            "Fares rose by a fifth on Monday, the operator said.",
            "Ferry fares are rising on every route. Commuters are paying the price.",
            id="yahoo-menu-over-a-title-in-sentences-over-a-name-and-role",
        ),
        pytest.param(
            "World & politics | Harbour trade\n\nWhy port towns buy back their "
            "ferries\n\nA quiet revolt against privatisation is spreading along the coast\n\n"
            "The ferries were sold in 1994.",
            "Why port towns buy back their ferries",
            id="economist-fly-title-is-no-headline",
        ),
        pytest.param(
            "Accessibility help\nSkip to navigation\nHarbor Times\nmyFT\nSubscribe\n\n"
            "Ferry venture delays new terminal as costs climb\n\nThe terminal was due in 2027.",
            "Ferry venture delays new terminal as costs climb",
            id="ft-header-links-are-no-headline",
        ),
        pytest.param(
            "The long read\n\nThe lost lighthouses: how the coast forgot its keepers\n\n"
            "Every headland once had a keeper. Now only the logbooks remain\n\nThe last "
            "keeper left Harbor Point in 1987.",
            "The lost lighthouses: how the coast forgot its keepers",
            id="guardian-series-kicker-is-no-headline",
        ),
        pytest.param(
            "The Truth Never Sleeps\nSign in\n\nThe last ferry to Gull Island\n\nBy Jane "
            "Roe\n\nEvery morning at six the ferry leaves the harbor with a dozen cars.",
            "The last ferry to Gull Island",
            id="masthead-slogan-over-a-sign-in-button-is-no-headline",
        ),
        pytest.param(
            "PHOTOS: Inside the night markets of the harbor district\n\nBy Jane Roe\n\n"
            "From dusk to dawn, a few hundred stalls sell noodles, fruit and phone cases.",
            "PHOTOS: Inside the night markets of the harbor district",
            id="latimes-photo-essay-label-over-the-byline",
        ),
        pytest.param(
            "Skip to main content\nPolitics\nWorld\nShare & Save —\nWORLD NEWS\nFerry "
            "strike strands thousands on the islands\nUnions said the walkout would last a "
            "week.\n\nMay 4, 2026, 6:10 PM EDT\nBy Jane Roe\nHARBOR CITY — Ferries stayed "
            "in port on Monday.",
            "Ferry strike strands thousands on the islands",
            id="nbc-share-widget-and-kicker-over-the-title",
        ),
        pytest.param(
            "Skip to main content\nLocal\nWorld\nBusiness\nSports\nA ferry line went bust overnight. "
            "Its islanders want answers.\nThe collapse is the third of a Baltic operator this "
            "year, regulators said.\n\nMay 4, 2026, 6:10 PM EDT\nBy Jane Roe\nHARBOR CITY "
            "— For a day no ferry left the harbor.",
            "A ferry line went bust overnight. Its islanders want answers.",
            id="nbc-title-in-sentences-over-dek-stamp-and-byline",
        ),
        pytest.param(
            "Skip to main content\nTrusted reporting and data for shipping professionals\n"
            "Reuters home\nWorld\nMarkets\nEurope\nFerry strike strands thousands on the "
            "islands\nBy Jane Roe\n\nHARBOR CITY, May 4 (Reuters) - Ferries stayed in port "
            "on Monday.",
            "Ferry strike strands thousands on the islands",
            id="reuters-site-slogan-over-its-menu",
        ),
        pytest.param(
            "Sky News - The latest news from the UK and the world\nHome\nUK\nFerry strike "
            "strands thousands on the islands\n\nUnions said the walkout would last a week."
            "\n\nJane Roe\nNews reporter\n\nFerries stayed in port on Monday.",
            "Ferry strike strands thousands on the islands",
            id="sky-outlet-and-slogan-page-title-over-its-menu",
        ),
        pytest.param(
            "Ferry strike strands thousands on the islands\nWorld\nEurope\nUnions say the "
            "walkout will last a week\n\nFerries stayed in port on Monday.",
            "Ferry strike strands thousands on the islands",
            id="a-title-over-short-lines-and-no-byline-stays-the-title",
        ),
        pytest.param(
            "Skip to content\nHarbor Wire Logo\nLatest\nClimate\nStartups\nSearch\n"
            "Mobile Menu Toggle\nImage Credits:Jane Roe / Getty Images\nClimate\n"
            "Tidal power startup doubles its output as a second turbine comes online\n"
            "Sam Poe\n\nThe startup said on Monday that its second turbine was running.",
            "Tidal power startup doubles its output as a second turbine comes online",
            id="techcrunch-menu-then-a-lead-credit-and-a-section-over-the-title",
        ),
        pytest.param(
            "Skip to content\nHarbor Wire Logo\nLatest\nStartups\nVenture\nSecurity\nApps\n"
            "Events\nPodcasts\nNewsletters\nSearch\nSubmit\nSite Search Toggle\n"
            "Mega Menu Toggle\nTopics\nLatest\nClimate\nCrypto\nEVs\nFintech\nGaming\n"
            "Robotics\nSpace\nTransportation\n"
            "Tidal power startup doubles its output as a second turbine comes online\n"
            "Sam Poe\n\nThe startup said on Monday that its second turbine was running.",
            "Tidal power startup doubles its output as a second turbine comes online",
            id="techcrunch-mega-menu-of-more-than-twenty-lines-over-the-title",
        ),
    ],
)
def test_headline(text: str, expected: str | None) -> None:
    assert newsparse.parse(text).headline == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(NEWSWEEK, ["'Budgets Should Be Public'"], id="newsweek-single-quoted"),
        pytest.param(BBC, ["What did the council say?"], id="bbc-question"),
        pytest.param(TRAFILATURA, ["A warm ocean", "What comes next"], id="markdown-bold"),
        pytest.param(CNBC_TIGHT, ["Flying cars", "Chip shortage, new products"], id="cnbc-no-blank"),
        pytest.param(LINK_LIST, [], id="link-list-not-headings"),
        pytest.param(
            "Heat pumps win in the cold\n\nInstallers are booked into late summer. They turn "
            "away one job in three.\n\ngetty\n\nMoney matters\n\nRebates do much of the work,"
            " and owners can stack them with federal credits.",
            ["Money matters"],
            id="forbes-heading-under-a-lower-case-agency-credit",
        ),
        pytest.param(
            "Two pools to stay open\n\nBoth pools were on the list the board sent council in "
            "March.\n\n    Council weighs 3% rise in parking fees\n\n    Swim lesson sign-ups "
            "jump across the region after closure scare\nWhat comes next\n\nBoth pools will "
            "stay open until the fall, the city said.",
            ["What comes next"],
            id="cbc-heading-right-under-indented-related-links",
        ),
        pytest.param(
            "Farmers resume blockades\n\nThe unions called the protests a final warning.\n\n"
            '"Our cows are not the same"\n\nIn Toulouse, farmers dumped manure outside the'
            ' prefecture.\n\n“A betrayal of rural France”\n\nThe deal is due to be signed in May.',
            ['"Our cows are not the same"', "“A betrayal of rural France”"],
            id="a-pull-quote-as-a-section-title",
        ),
        pytest.param(
            "Farmers resume blockades\n\nThe unions called the protests a final warning.\n\n"
            '"We will not stop until the deal is dead."\n\nIn Toulouse, farmers dumped manure'
            " outside the prefecture.",
            [],
            id="a-quote-paragraph-of-one-sentence-is-no-title",
        ),
        pytest.param(
            "Rivals rally late\n\nHARBOR CITY (AP) — Jane Roe had 38 points on Wednesday night."
            '\n\n"We just kept chipping away," Roe said.\n\nTakeaways\n\nHarbor: The hosts shot'
            " 9 of 34 from 3-point range after halftime.",
            ["Takeaways"],
            id="ap-takeaways-a-section-word-alone",
        ),
        pytest.param(
            "Banks drag markets lower\n\nShares fell on Tuesday as lenders slid.\n\nDow off 1.2%"
            "\nThe blue-chip index shed 480 points by the close.\n\nBrent tops 3%\nCrude rose "
            "for a third day on supply worries.",
            ["Dow off 1.2%", "Brent tops 3%"],
            id="markets-headings-ending-in-a-percentage",
        ),
        pytest.param(
            "Shipping Magnate Ola Brekke Dies At 88\n\nTopline\n\nOla Brekke, who built a tanker "
            "fleet from one ferry, died Monday, his family said.\n\nKey Facts\n\nBrekke was "
            "worth $3.1 billion.\n\nTangent\n\nBrekke gave a museum to his home town in 1999.",
            ["Topline", "Key Facts", "Tangent"],
            id="forbes-template-one-word-labels",
        ),
        pytest.param(
            "Probe reaches the outer moon\n\nThe craft fired its engine for six minutes.\n\n"
            "Meet the mission team\n\nImage 1 of 2\n\nFlight director Ana Silva at the "
            "control desk in Darmstadt.\n\n(Image credit: ESA)\n\nImage 2 of 2\n\nThe "
            "probe in the clean room.\n\n(Image credit: ESA/J. Roe)\n\nSilva has led two "
            "missions before.",
            ["Meet the mission team"],
            id="space-heading-over-a-gallery-counter",
        ),
        pytest.param(
            "Probe reaches the outer moon\n\nThe craft fired its engine for six minutes.\n\n"
            "Related: Probe mission live updates\n\nMeet the mission team\n\nImage 1 of 2\n\n"
            "Flight director Ana Silva at the control desk in Darmstadt.\n\n(Image credit: "
            "ESA)\n\nImage 2 of 2\n\nThe probe in the clean room.\n\n(Image credit: ESA/J."
            " Roe)\n\nSilva has led two missions before.",
            ["Meet the mission team"],
            id="space-heading-under-a-related-link-over-a-gallery",
        ),
        pytest.param(
            "Markets wobble as bond yields climb\n\nStocks opened lower on Monday.\n\nBanks "
            "rebound\nLenders rose after two days of losses.\n\n— Tom Vale\n\nRetailers "
            "slip on weak sales\nStore chains fell as spending cooled.\n\n– Jane Roe and Ana"
            " Silva\n\nOil steadies\nCrude held near $78 a barrel.\n\n— Tom Vale",
            ["Banks rebound", "Retailers slip on weak sales", "Oil steadies"],
            id="live-entry-titles-after-a-writers-sign-off",
        ),
        pytest.param(
            "Rivals rally late\n\nThe hosts won on Wednesday night.\n\nPensioners\n\n"
            "The town has 4,000 people.",
            [],
            id="one-word-that-names-no-section-alone-is-no-heading",
        ),
        pytest.param(
            "# Metro line on track\n\nWe spoke to Jane Roe, chief executive of the Rail Agency."
            "\n\n## Q&A with the agency\n\n**Will the line open on time?**\n\nWe are ahead of"
            " schedule on the tunnelling.\n\n**What about fares?**\n\nFares will follow the"
            " existing zone structure.",
            ["Q&A with the agency"],
            id="bold-questions-of-a-q-and-a-are-no-headings",
        ),
        pytest.param(
            "Metro line on track\n\nWe spoke to Jane Roe about the timeline.\n\n"
            "Q: Will the line open on time?\n\nA: We are ahead of schedule on the tunnelling."
            "\n\n**What about fares?**\n\nFares will follow the existing zone structure.",
            [],
            id="q-colon-lines-make-an-interview",
        ),
        pytest.param(AP_CAPS, ["TIP-INS", "UP NEXT"], id="ap-caps"),
        pytest.param(FOX_TEASERS, [], id="fox-caps-teasers"),
        pytest.param(FOX_TEASERS.replace(
            "SINGER CLEARED TO PERFORM HITS AT AWARDS AMID FEUD WITH LABEL: REPORT",
            "LABEL SETTLES FEUD WITH SINGER"), [], id="fox-five-word-caps-teaser"),
        pytest.param(FOX_TEASERS.replace(
            "SINGER CLEARED TO PERFORM HITS AT AWARDS AMID FEUD WITH LABEL: REPORT",
            "POINT GUARDS BEHAVE"), ["POINT GUARDS BEHAVE"], id="caps-heading-of-three-words"),
        pytest.param(AP_DATELINE, [], id="ap-caption-not-heading"),
        pytest.param(REUTERS, [], id="reuters-no-headings"),
        pytest.param(GUARDIAN, ["What happens next"], id="guardian-promo-not-heading"),
        pytest.param(
            "Harbor live: storm hits the coast\n\nKey events\n\nShow key events only\n\n"
            "Please turn on JavaScript to use this feature\n\n11.42 GMT\n\n"
            "Mayor thanks rescue crews\n\nThe mayor thanked the crews who worked overnight.\n\n"
            "10.15 GMT\n\nThe harbour will stay closed until Friday, officials said.",
            ["Mayor thanks rescue crews"],
            id="live-blog-entry-titles-not-time-stamps",
        ),
        pytest.param(
            "Budget: winners and losers\n\nThe Chancellor delivered her Budget on Wednesday.\n\n"
            "Pensioners\n\nThe state pension will rise by 4.1 per cent next April.\n\n"
            "Drivers\n\nFuel duty will be frozen for another year, she said.",
            ["Pensioners", "Drivers"],
            id="one-word-headings-printed-twice",
        ),
        pytest.param(
            "Budget: winners and losers\n\nThe Chancellor delivered her Budget on Wednesday.\n\n"
            "Pensioners\n\nThe state pension will rise by 4.1 per cent next April.\n\n"
            "Fuel duty will be frozen for another year, she said.",
            [],
            id="one-word-line-alone-is-no-heading",
        ),
        *[
            pytest.param(
                f"Council approves the new harbour plan\n\nBy Jane Roe\n{stamp}\n\n"
                "The council approved the plan on Monday night.\n\n"
                "Work will start in the spring, the mayor said.",
                [],
                id=f"timestamp-is-no-heading-{k}",
            )
            for k, stamp in enumerate(
                (
                    "August 20, 2024 — 5.00am",
                    "10:45, 12 Mar 2024",
                    "May 14, 2024 at 6:02 AM GMT+2",
                    "June 2, 2024, 8 AM ET",
                    "11/04/2024 06:30 PM EST",
                )
            )
        ],
        pytest.param(
            "Suns beat the Lakers\n\nThe Suns won 120-112 on Sunday night in Phoenix.\n\n"
            "By the numbers\n\nThe Suns made 18 three-pointers, a season high.",
            ["By the numbers"],
            id="by-the-numbers-is-no-byline",
        ),
        pytest.param(
            "Ferry search: live\n\n11.30 Divers reached the wreck this morning, officials said.\n\n"
            "Ferry found off the coast, in pictures\n\n"
            "11.18 More from our correspondent at the port.\n\nRelatives waited at the dock.",
            [],
            id="live-blog-teaser-is-no-heading",
        ),
        pytest.param(
            "A phone that fits in any pocket\n\nBy Jane Roe\nMay 14, 2025, 1:00 PM UTC\n\n"
            "Design and fit\n\nThe phone is small and light, and it fits in any pocket.\n\n"
            "The screen is bright enough to read in the sun.",
            ["Design and fit"],
            id="heading-opens-the-body-after-byline",
        ),
        pytest.param(
            "Mara Lind and Theo Vance Are Expecting Their First Baby\nBy Jane Roe\n"
            "Published on April 2, 2026 10:40AM EDT\nMara Lind is going to be a mom!\n"
            "The actress, 34, and her husband, 36, are expecting a baby in the fall, a rep "
            "confirmed.\nThe couple married in Maine in 2023.",
            [],
            id="people-one-line-exclamation-lede-after-byline",
        ),
        pytest.param(
            "Towns brace for a second surge\n\nResidents spent Monday stacking sandbags.\n\n"
            "Government defends cuts\n\nThe finance minister was booed as he spoke at the rally\n"
            "Image: Kay Nietfeld/dpa/picture alliance\n\nThe minister said the cuts were needed.",
            ["Government defends cuts"],
            id="heading-over-picture-dw",
        ),
        pytest.param(
            "Towns brace for a second surge\n\nResidents spent Monday stacking sandbags.\n\n"
            "A parasite returns\n\nScientists examine oyster larvae in May. "
            "(Jahi Chikwendu/The Washington Post)\n\nThe parasite was first seen in 1957.",
            ["A parasite returns"],
            id="heading-over-picture-wapo",
        ),
        *[
            pytest.param(
                "Towns brace for a second surge\n\n"
                "Residents spent Monday stacking sandbags, officials said.\n\n"
                f"{furniture}\n\nEvacuation orders expand\n\n"
                "The county widened its orders on Tuesday night.",
                ["Evacuation orders expand"],
                id=f"heading-after-{furniture.split()[0].lower()}",
            )
            for furniture in (
                "Ad Feedback",
                "Advertisement\n\nSKIP ADVERTISEMENT",
                "Also Read | Monsoon covers the entire country six days early",
                "Recommended Stories\n\nlist of 3 items",
                "Scroll to continue with content",
                "Advertisement - Scroll to Continue",
                "Story continues",
                "Trending on Billboard",
                "Rights & Permissions",
                "Sign up for our free Morning Headlines email for the latest news every day",
                "Popular on Rolling Stone",
            )
        ],
        pytest.param(
            "Leeds 2-2 Hull: late equaliser earns a point\n\n"
            "The referee waved play on, and VAR did not step in.\n\n"
            "Please use Chrome browser for a more accessible video player\n\n"
            "Highlights of the Championship match between Leeds and Hull\n\n"
            "What the managers said\n\nLeeds head coach Tom Roe told Sky Sports:\n\n"
            '"It was a penalty every time I watch it, and we should have had it."',
            ["What the managers said"],
            id="skysports-heading-under-a-video-title",
        ),
        pytest.param(
            "Harbor Freight shares slide after weak forecast\n\nThe company cut its outlook on "
            "Tuesday.\n\nwatch now\nVIDEO3:0703:07\nHarbor Freight CEO on the slowing "
            "consumer\nPower Lunch\n\nMargins under pressure\nGross margin fell to 31% in the "
            "quarter, the company said.",
            ["Margins under pressure"],
            id="cnbc-heading-under-a-video-stamp-title-and-show",
        ),
        pytest.param(
            "Harbor Freight shares slide after weak forecast\n\nThe company cut its outlook on "
            "Tuesday.\n\nVIDEO1:02:4501:02:45\nWhy retailers are cutting forecasts\n"
            "Closing Bell\n\nMargins under pressure\nGross margin fell to 31% in the quarter, "
            "the company said.",
            ["Margins under pressure"],
            id="cnbc-heading-under-an-hour-long-video-with-no-watch-label",
        ),
        pytest.param(
            "Why a grocer switched to bikes\n\nThe chain now runs 30 cargo bikes from four hubs.\n\n"
            "A micro-hub in a former bakery on the edge of the old town. Fietsmarkt\n\n"
            "Can It Scale?\n\nAnalysts are divided on whether the model works elsewhere.",
            ["Can It Scale?"],
            id="forbes-heading-under-a-caption-with-a-bare-credit",
        ),
        pytest.param(
            "Gymnast and footballer marry at lake lodge\n\nThe couple married on Saturday.\n\n"
            "The couple's first dance.\nLakeside Studio\n\n"
            "The bride wore a gown by a designer from her mother's home town.",
            [],
            id="people-credit-glued-under-its-caption",
        ),
        pytest.param(
            "Family stuck at the border for weeks\n\nThe family crossed on Monday.\n\n"
            "They were sent back to the U.S. and held for two weeks.\nBrother looks for help\n\n"
            "Her brother began making calls to a legal clinic.",
            ["Brother looks for help"],
            id="cbc-heading-glued-under-a-paragraph",
        ),
        pytest.param(
            "Retired teacher loses savings in online scam\n\n"
            "PUNE: A retired teacher lost her savings to fraudsters, police said.\n\n"
            "Representative image\n\nThe callers claimed to be officers of a central agency.",
            [],
            id="toi-representative-image-is-no-heading",
        ),
        pytest.param(
            "Kenyan Payments Startup Raises $85 Million\n\n"
            "Pesaflow has raised $85 million in a round led by Lightspeed.\n\n"
            "Follow me on Twitter or LinkedIn. Check out my website.\n\nAmira Haddad-Lowe\n\n"
            "I cover African technology and venture capital from Nairobi.",
            [],
            id="forbes-author-name-under-follow-me-is-no-heading",
        ),
        pytest.param(
            "Chipmakers race to build new plants\n\nThe industry will spend $500 billion.\n\n"
            "How the U.S. Lost Its Lead\n\nThree decades ago, American fabs made a third of "
            "the world's chips.",
            ["How the U.S. Lost Its Lead"],
            id="heading-with-an-abbreviation",
        ),
        pytest.param(
            "I quit my tech job to open a bakery\n\nHe spent nine years in Seattle.\n\n"
            "The startup costs\n\nHe spent about $185,000 before the bakery sold its first loaf."
            "\n\nA tray of cardamom buns, the bakery's best-selling item, cools on a rack.\n"
            "Arjun Venkataraman\n\nLosing money, then finding a rhythm\n\n"
            "For the first eight months, the bakery lost $4,000 a month.",
            ["The startup costs", "Losing money, then finding a rhythm"],
            id="heading-under-a-picture-credited-to-a-bare-name",
        ),
        pytest.param(
            "Inner west renters hit with 30 per cent rise\n\nTenants say they were given 60 "
            "days.\n\nLoading\n\nLaw change 'not fast enough'\n\nThe ban came into force "
            "this year.",
            ["Law change 'not fast enough'"],
            id="heading-under-an-embed-placeholder",
        ),
        pytest.param(
            WRAPPED_BY_HAND, [], id="hard-wrapped-paragraph-whose-first-line-leaves-room"
        ),
        pytest.param(
            "Port approves new ferry terminal\n\nThe board voted 6-1 on Tuesday.\n\n"
            "RELATED STORIES FROM HARBOR GAZETTE\nBUSINESS\nWhy the old pier was never rebuilt"
            "\n\nA LONG WAIT\nThe vote drew a packed hall and hours of public comment.",
            ["A LONG WAIT"],
            id="mcclatchy-heading-after-related-stories-from-the-outlet",
        ),
        pytest.param(
            "Port approves new ferry terminal\n\nThe board voted 6-1 on Tuesday.\n\n"
            "MORNING BRIEF\nSign up for the Morning Brief and get the day's news in your inbox."
            "\nSign Up\n\nThe terminal will open in 2028.",
            [],
            id="newsletter-box-name-over-its-blurb-and-button",
        ),
        pytest.param(
            "Port approves new ferry terminal\n\nThe board voted 6-1 on Tuesday.\n\n"
            "Newsletters\nSubscribe for the port's biggest stories\nHarbor Daily Brief\n"
            "Every weekday morning, you can get the best of the Gazette's coverage.\nAdd\n"
            "Harbor Weekly\nSubscribe",
            [],
            id="techcrunch-list-of-newsletters-each-with-an-add-button",
        ),
        pytest.param(
            "Port approves new ferry terminal\n\nThe board voted 6-1 on Tuesday.\n\n"
            "Topics\nJane Roe\nNewsletters\nSubscribe for the port's biggest stories\n"
            "Harbor Daily Brief\n"
            "Every weekday morning, you can get the best of the Gazette's coverage.",
            [],
            id="techcrunch-newsletter-with-no-button-in-the-furniture-at-the-end",
        ),
        pytest.param(
            "Port approves new ferry terminal\n\nThe board voted 6-1 on Tuesday.\n\n"
            "Jane Roe covers the port for the Harbor Gazette.\nTake Us With You\n"
            "Real-time updates and local stories, right in your pocket.\nHARBOR GAZETTE APP",
            [],
            id="app-promo-box-at-the-end",
        ),
        pytest.param(
            "Port approves new ferry terminal\nThe board voted 6-1 on Tuesday to approve it.\n"
            "SPONSORED\nFive ways to make your commute more bearable\n"
            "The terminal will open in 2028, the board said.",
            [],
            id="standard-teaser-under-a-sponsored-label",
        ),
        pytest.param(
            "Techie's Post On Commute Sparks Debate\n\nPune: A post about a two-hour commute "
            "drew replies.\n\n(With inputs from PTI)\n\nAverage speeds have dropped to 14 km "
            "per hour.",
            [],
            id="ndtv-end-note-in-brackets",
        ),
        pytest.param(
            "# Senators question port officials\n\nMANILA – Senators on Tuesday questioned "
            "port officials.\n\n**[READ: Sugar prices steady as imports rise](https://example.com"
            "/sugar/)**\n\nTraders said the shipments had depressed prices.",
            [],
            id="rappler-bold-read-link",
        ),
        pytest.param(
            "Bakery chain closes stores after cyber attack\nThe chief executive said the firm "
            "would not pay.\nPlease use Chrome browser for a more accessible video player\n2:05\n"
            "Customers describe empty shelves at the bakeries\nQueues at the door\nAt a branch "
            "in Leeds, the bread had all run out by mid-morning.",
            ["Queues at the door"],
            id="sky-heading-under-a-video-title-with-no-blank-lines",
        ),
        pytest.param(
            "Town told to shelter as floodwaters rise\nBy Jane Roe\nIn short:\nThe river has "
            "broken its banks and is threatening the town.\nWhat's next?\nMore rain is expected "
            "overnight.\nResidents of the town have been told to shelter in place after the "
            "river broke its banks on Saturday.\nRelief centres open\nTwo relief centres have "
            "opened in the town's north.",
            ["Relief centres open"],
            id="abc-summary-box-labels",
        ),
        pytest.param(
            "Probe lander test delayed\n\nA valve froze during the cold test, engineers said."
            "\n\nReader comments\n\nThe team will repeat the test next month, they said.",
            [],
            id="ars-comment-link-between-paragraphs",
        ),
        pytest.param(
            "Canal breach forces 200 from homes\nBy Jane Roe\nResidents were woken before dawn"
            " as water poured through the bank.\nRelated Articles\nCanal repairs 'years behind"
            " schedule', boaters warn\nEnvironment Agency issues flood alert for the valley\n"
            "Questions over repair budget\nThe bank was last inspected in May, when engineers "
            "flagged a leak near the lock.\nThe trust said it would publish the report.",
            ["Questions over repair budget"],
            id="telegraph-heading-right-under-related-articles-no-blank-lines",
        ),
        pytest.param(
            "Council rejects plan for 500 homes\n\nCouncillors voted down the plan after a "
            "long debate on Monday night.\n\nRead More\n\nThe vote\n\nThe vote, taken just "
            "before midnight, leaves the site without a use.\n\nThe developer said it would "
            "appeal.",
            ["The vote"],
            id="independent-heading-under-a-lone-read-more",
        ),
        pytest.param(
            "Harbor festival director on her jury\n\nThe director spoke to Variety about the "
            "lineup.\n\nVARIETY: Why so many debuts?\n\nSOLBERG: I wanted films nobody had "
            "seen. Half of them were made for almost nothing.\n\nVARIETY: And the closing "
            "night film?\n\nSOLBERG: That one chose itself, honestly.",
            [],
            id="variety-interviewer-label-in-capitals",
        ),
        pytest.param(
            "What the new console gets right\n\nWe asked its designer about the launch.\n\n"
            "**THE VERGE: What changed since the prototype?**\n\nMARA OSEI: Almost everything"
            " inside the case. We kept the shape.",
            [],
            id="verge-interviewer-question-in-bold",
        ),
        pytest.param(
            "Town weighs moving to higher ground\nThe mayor spoke to the Courier on Tuesday.\n"
            "Courier: Is it time to talk about moving the town?\nHalvorsen: We already are. "
            "Nobody wants to, but we are.\nCourier: When will people know?\nHalvorsen: Not "
            "this week.\nThe river peaked overnight, officials said.",
            [],
            id="stuff-outlet-label-in-title-case-over-an-answer",
        ),
        pytest.param(
            "Why school should start later\n\nThis interview has been condensed and edited for "
            "clarity.\n\n**Is there evidence it helps?**\n\nA lot of it now. Attendance went up"
            " in every district we studied.\n\n**Critics say teenagers will just stay up later."
            "**\n\nThey do, a little. But they sleep far more than that.",
            [],
            id="time-interviewer-remark-in-bold",
        ),
        pytest.param(
            "Studio boss hands over the reins\n\nWe asked Okafor what the move means.\n\n"
            "Why leave now?\n\nA decade is a long stretch in this business, and the timing "
            "finally felt right to everyone.\n\nWhat comes next for the label?\n\nMore "
            "documentaries, fewer big-budget dramas, and a lot more patience.",
            [],
            id="thr-questions-alternating-with-one-paragraph-answers",
        ),
        pytest.param(
            "Rail strike: what you need to know\n\nUnions walked out on Monday.\n\n"
            "Which lines are affected?\n\nAll northern routes are closed until Friday, the "
            "operator said.\n\nReplacement buses will run on two of them.\n\nCan I get a "
            "refund?\n\nPassengers with advance tickets can claim one online, the operator "
            "said.\n\nClaims close at the end of the month.",
            ["Which lines are affected?", "Can I get a refund?"],
            id="explainer-questions-over-two-paragraphs-stay-headings",
        ),
        pytest.param(
            "Island residents fume as ferry cancellations drag on\n\nBy Jane Roe\n\nClick to "
            "play video: 'Island residents frustrated by ferry cancellations'\n\n2:14\n"
            "Island residents frustrated by ferry cancellations\n\nResidents say they are "
            "running out of patience after a string of cancelled sailings.\n\nThe operator "
            "apologised on Monday.",
            [],
            id="globalnews-video-title-under-its-player-note",
        ),
        pytest.param(
            "Lab unveils new battery\n\nIt is a bold claim. Not everyone is buying it.\n\n"
            "Related Story\nInside the race to build batteries that never wear out\n"
            "Solid-state cells have been promised for twenty years.\n\nHow it works\n"
            "Ordinary cells swell as they charge. This one does not.",
            ["How it works"],
            id="related-story-teaser-title-is-no-heading",
        ),
        pytest.param(
            "Harbor 1-1 Rovers\n\n'We never gave up' - what they said\n\nHarbor captain Sam "
            "Hill on BBC Radio Solent: \"The lads kept going to the end.\"",
            ["'We never gave up' - what they said"],
            id="bbc-sport-what-they-said-under-the-headline-is-no-dek",
        ),
        pytest.param(
            "Harbor 1-1 Rovers\n\nRovers led until the last minute.\n\nPlayer rating7.21\n\n"
            "'We never gave up' - what they said\n\nHarbor captain Sam Hill said the lads "
            "kept going to the end.",
            ["'We never gave up' - what they said"],
            id="bbc-sport-what-they-said-under-a-widget-line",
        ),
        pytest.param(
            "Director leaves streaming series\n\nJane Roe will direct the premiere, a "
            "spokesperson confirmed.\n\n'The Harbour Watch'\n\nCourtesy of Netflix\n\n"
            "The first season debuted in October and spent five weeks in the top 10.",
            [],
            id="thr-show-title-over-its-bare-credit-is-no-heading",
        ),
        pytest.param(
            "Dockers strike for a second day\n\nDockers stayed off the job on Tuesday, "
            "unions said.\n\n- 'Reckless' -\n\nThe port authority rejected that account."
            "\n\n- Ports split -\n\nSome ports have kept working.",
            ["'Reckless'", "Ports split"],
            id="afp-headings-between-spaced-hyphens",
        ),
        pytest.param(
            "Dockers strike for a second day\n\nDockers stayed off the job on Tuesday, "
            "unions said.\n\n- Bring your own lunch -\n- Bring a coat -\n\nThe port "
            "authority rejected that account.",
            [],
            id="list-items-ending-in-a-hyphen-are-no-afp-headings",
        ),
        pytest.param(
            "Deckhand pulls kayaker from cold water\n\nThe crew launched a rescue boat within "
            "minutes.\n\nWATCH | The deckhand describes the rescue:\nDuration 2:14\nShe says "
            "the rescue took less than ten minutes.",
            [],
            id="cbc-video-duration-is-no-heading",
        ),
        pytest.param(
            "Tram derails in the city centre\n\nSix people were taken to hospital.\n\nNo one "
            "else was hurt, the police said.\nFollow Harbor News on WhatsApp\nKeep up with all "
            "the latest news from the region and the world by following Harbor News\nTap here",
            [],
            id="sky-follow-on-whatsapp-promo-is-no-heading",
        ),
        pytest.param(
            "Storm batters the coast – live\n\n#### **16.42 GMT**\n\n**Power cuts pass "
            "20,000**\n\nMore homes have lost power, the network said.\n\n#### **4.05pm BST"
            "**\n\n**Schools close early**\n\nThe council closed every school at noon.",
            ["Power cuts pass 20,000", "Schools close early"],
            id="guardian-markdown-bold-time-stamps-are-no-headings",
        ),
        pytest.param(
            "Singer returns with a record about grief\n\nWe talked to Vance about her "
            "grandmother's piano and the song she almost cut.\nDid you ever doubt it?\nNo. "
            "There were two good lines in all of those pages.\nHow did the songs come back?"
            "\nSlowly. I'd sit at the piano for an hour.\nWhat's next?\nA long tour, and "
            "then a record with a choir.",
            [],
            id="rolling-stone-unlabelled-qa-questions-are-no-headings",
        ),
        pytest.param(
            "Debate night: what to watch\n\nTen candidates take the stage tonight.\n\nWHO "
            "LEADS THE FIELD?\n\nNo single candidate has pulled ahead in the polls.\n\nWILL "
            "THEY ATTACK?\n\nNever before have the rivals been this cautious.",
            ["WHO LEADS THE FIELD?", "WILL THEY ATTACK?"],
            id="question-headings-over-prose-that-opens-with-no-or-never",
        ),
        pytest.param(
            "Bakery chain cuts a fifth of its stores\n\n"
            "Topline\n\nThe chain will close 40 shops by June.\n\nBig Number\n\n40. That "
            "is how many shops will go.\n\nContra\n\nSome analysts say the cuts came too late.",
            ["Topline", "Big Number", "Contra"],
            id="forbes-template-contra-heading",
        ),
        pytest.param(
            "Drone maker cuts staff as orders slip\nThe company reported lower revenue on "
            "Tuesday.\nWe asked Okonkwo about the year ahead:\nWhat will buyers see this "
            "year?\nOkonkwo: Longer flights. The new battery goes on sale in May.\nIs the "
            "market cooling?\nOkonkwo: Slightly. Farms are waiting for the rules to settle.",
            [],
            id="robot-report-questions-answered-after-the-speakers-name",
        ),
        pytest.param(
            "Storm cuts power to island homes\n\nEngineers worked through the night to "
            "restore supplies.\n\n'The whole street went dark'\nImage source, PA Media\n"
            "Image caption, A fallen line near the harbour on Sunday\nShopkeeper Morag Bain, "
            "58, lost power at teatime.",
            ["'The whole street went dark'"],
            id="bbc-single-quoted-heading-right-over-an-image-source-line",
        ),
    ],
)
def test_subheadings(text: str, expected: list[str]) -> None:
    assert headings(text) == expected


def test_caption_title_is_not_a_heading() -> None:
    assert "Harbor Mayor at City Hall" not in headings(NEWSWEEK)


@pytest.mark.parametrize(
    ("text", "line", "kind"),
    [
        pytest.param(NEWSWEEK, "Harbor Mayor at City Hall", "image", id="newsweek-title"),
        pytest.param(BBC, "Image source, Getty Images", "image", id="bbc-image-source"),
        pytest.param(BBC, "Media playback is unsupported on your device", "other", id="bbc-video"),
        pytest.param(BBC, "Media caption, Watch: the old bridge at night", "other", id="bbc-media-caption"),
        pytest.param(AP_DATELINE, "A senator speaks to reporters", "image", id="ap-caption"),
        pytest.param(TRAFILATURA, "![Waves hit the pier", "image", id="markdown-image"),
        pytest.param(LINK_LIST, "READ MORE", "other", id="read-more"),
        pytest.param(FOX_TEASERS, "CLICK HERE TO GET THE FOX NEWS APP", "other", id="click-here"),
        pytest.param(REUTERS, "FILE PHOTO: Traders work", "image", id="reuters-file-photo"),
        pytest.param(REUTERS, "(Reporting by Jane Roe;", "byline", id="reuters-reporting-by"),
        pytest.param(GUARDIAN, "Forecasters say the storm", "dek", id="guardian-standfirst"),
        pytest.param(GUARDIAN, "Sign up to First Edition", "other", id="guardian-sign-up"),
        pytest.param(GUARDIAN, "The harbour at dawn", "image", id="guardian-photograph"),
        pytest.param(NPR, "Sam Hill/KHBR", "other", id="npr-credit-copy-over-the-caption"),
        pytest.param(
            "Council splits over plan to close the old bridge\n"
            "Two members want the bridge kept open. The mayor does not.\n"
            "The old bridge over the river on March 3, 2026. | Jane Doe/Harbor Daily\n"
            "By Jane Roe\n"
            "The council met on Tuesday night to decide the bridge's future.",
            "Two members want",
            "dek",
            id="politico-standfirst-in-sentences-over-the-lead-picture-and-byline",
        ),
        pytest.param(
            "Ferry fares climb again\n\nCommuters now pay a fifth more than in May.\n\n"
            "Terms and Privacy Policy\nPrivacy Dashboard\nRecommended Stories",
            "Privacy Dashboard",
            "other",
            id="yahoo-footer-links-are-no-picture",
        ),
        pytest.param(
            "Ferry captain charged\nNobody was hurt in the crash, prosecutors said.\n"
            "Video Ad Feedback\nHow ferry inspections are supposed to work\n02:41\n"
            "- Source: CNN\nThe coast guard said it had worked with investigators.",
            "- Source: CNN",
            "other",
            id="cnn-video-source-under-its-length-is-no-picture",
        ),
        pytest.param(
            "The Last Printer of Harbor Town\nWhen a small press closes, more than books go.\n"
            "By Jane Roe\nIllustration by Sam Poe / Harbor Monthly\nMarch 2, 2026, 6 AM ET\n"
            "On the last Friday of June, the printer locked the shop for the final time.",
            "Illustration by Sam Poe",
            "image",
            id="atlantic-lead-illustration-credit-under-the-byline-is-no-byline",
        ),
    ],
)
def test_block_kind(text: str, line: str, kind: str) -> None:
    found = [k for k, first in kinds(text) if first.startswith(line)]
    assert found == [kind]


def test_a_caption_over_its_credit_under_the_stamp_is_no_dek() -> None:
    text = (  # (Deadline: the lead picture's caption and credit under the byline and stamp)
        "Director Ana Berg On Her First Festival Film\nBy Jane Roe\nApril 14, 2026 9:42am\n"
        "Ana Berg on the set of ‘Cold Harbour’\nJohn Doe/Northlight Films\n"
        "Ana Berg had never made a feature before this spring, and now it opens the festival."
    )
    assert newsparse.parse(text).dek is None


def test_caption_block_spans_title_and_caption() -> None:
    image = next(b for b in segment(NEWSWEEK) if b.kind == "image")
    assert image.text.splitlines()[0] == "Harbor Mayor at City Hall"
    assert image.text.endswith("JANE ROE/ACME/AFP via Getty Images")


def test_paragraph_after_caption_is_kept() -> None:
    texts = [p.text for s in newsparse.parse(NEWSWEEK).sections for p in s.paragraphs]
    assert texts[2].startswith("The mayor has denied the claims.")


@pytest.mark.parametrize(
    ("text", "dek", "byline"),
    [
        pytest.param(
            "Storm hits the coast\nForecasters say the worst is yet to come for the region\n"
            "By Jane Roe\n\nThe storm hit the coast on Monday.",
            "Forecasters say the worst is yet to come for the region",
            "By Jane Roe",
            id="dek-and-byline",
        ),
        pytest.param(
            "# Storm hits the coast\n\nBy [Jane Roe](https://example.com/author/jane-roe/)\n\n"
            "The storm hit the coast on Monday, and thousands lost power overnight.",
            None,
            "By [Jane Roe](https://example.com/author/jane-roe/)",
            id="markdown-byline-whose-name-links-to-the-writers-page",
        ),
        pytest.param(
            "Seven questions before the debate\n\nJane Roe, AP National Political Writer\n\n"
            "Ten candidates meet on Wednesday.",
            None,
            "Jane Roe, AP National Political Writer",
            id="wire-byline",
        ),
        pytest.param(
            "Ferries return to the bay\n\nService resumes after ten years of talks and delays\n\n"
            "Sam Okoro in Lagos\nTue 16 Mar 2021 12.53 GMT\n\nThe first ferry left on Monday.",
            "Service resumes after ten years of talks and delays",
            "Sam Okoro in Lagos",
            id="guardian-byline-with-place",
        ),
        pytest.param(
            "Ferries return to the bay\n\nPeter Roe in Kyiv and Jo Lee in Lviv\n\n"
            "The first ferry left on Monday.",
            None,
            "Peter Roe in Kyiv and Jo Lee in Lviv",
            id="two-reporters-with-places",
        ),
        pytest.param(
            "Ferries return to the bay\n\nStorm Damage in Florida\n\nThe first ferry left on Monday.",
            None,
            None,
            id="title-with-a-place-is-no-byline",
        ),
        pytest.param(
            "Stocks close higher as inflation cools\n\nJane Roe @JaneRoeNews\n\nShare\n"
            "Share Article via Facebook\nShare Article via Twitter\n\n"
            "Stocks rose on Tuesday after a key inflation report came in cooler than expected.",
            None,
            "Jane Roe @JaneRoeNews",
            id="name-and-handle",
        ),
        pytest.param(
            "Humanoid robots? Gates is a believer\nJane Roe@janeroe / 2:06 PM PST•January 25, "
            "2024\nThe robotics industry loves a good debate.",
            None,
            "Jane Roe@janeroe / 2:06 PM PST•January 25, 2024",
            id="techcrunch-name-handle-and-time",
        ),
        pytest.param(
            "Crossings fall to a record low\n\nclose\nVideo\nBorder chief: 'We have control'\n"
            "The chief discusses the latest numbers on the morning show.\n\n"
            "Illegal crossings fell to a record low in October, the agency said.",
            None,
            None,
            id="fox-video-title-is-no-dek",
        ),
        pytest.param(
            "Budget: winners and losers\n\nHere is what the Budget means for you and your family\n\n"
            "Jane Roe\nPolitical Editor\n\nThe Chancellor delivered her Budget on Wednesday.",
            "Here is what the Budget means for you and your family",
            "Jane Roe",
            id="name-over-a-role-line",
        ),
        pytest.param(
            "Budget: winners and losers\n\nGreat Britain\nPolitical Editor\n\n"
            "The Chancellor delivered her Budget on Wednesday.",
            None,
            "Political Editor",
            id="no-given-name-no-byline-over-the-role",
        ),
        pytest.param(
            "Ferries return to the bay\n\nJane Roe\nBBC News\n\nThe first ferry left on Monday.",
            None,
            "Jane Roe",
            id="name-over-the-outlet",
        ),
        pytest.param(
            "Ferries return to the bay\n\nBy Jane Roe\nReuters\n\nThe first ferry left on Monday.",
            None,
            "By Jane Roe",
            id="by-name-over-a-wire",
        ),
        pytest.param(
            "Retired teacher loses savings in online scam\n\n"
            "Asha Rao / TNN / Updated: Mar 4, 2025, 09:10 IST\n\n"
            "PUNE: A retired teacher lost her savings to fraudsters, police said.",
            None,
            "Asha Rao / TNN / Updated: Mar 4, 2025, 09:10 IST",
            id="toi-name-wire-and-stamp",
        ),
        pytest.param(
            "Minister and MLA trade barbs over tunnel road exit\n\n"
            "TNN / Updated: Oct 14, 2025, 06:02 IST\n\n"
            "BENGALURU: The tunnel road project drew fresh fire on Monday.",
            None,
            "TNN / Updated: Oct 14, 2025, 06:02 IST",
            id="toi-wire-and-stamp",
        ),
        pytest.param(
            "Ferry riders stranded again as vessel breaks down\n\n"
            "Nov. 4, 2025 at 6:05 pm Updated Nov. 4, 2025 at 7:30 pm\n\n"
            "By Jane Roe\n\nThe ferry broke down for the third time this month.",
            None,
            "By Jane Roe",
            id="seattle-times-stamp-and-update-is-no-dek",
        ),
        pytest.param(
            "# Smartwatch maker shuts its app store\n\n"
            "## Developers have until September to move their watch faces, the company says.\n\n"
            "By Jane Roe\n\nThe company said on Tuesday that it would close its app store.\n\n"
            "## What it means for owners\n\nWatches in use will keep working.",
            "Developers have until September to move their watch faces, the company says.",
            "By Jane Roe",
            id="markdown-dek-printed-as-a-second-level-heading",
        ),
        pytest.param(
            "# Smartwatch maker shuts its app store\n\n## What it means for owners\n\n"
            "The company said on Tuesday that it would close its app store.",
            None,
            None,
            id="markdown-section-title-under-the-headline-is-no-dek",
        ),
        pytest.param(
            "Harbor News\nVideo\nLive\nShows\nShop\nLog In\nStream on\n"
            "Lost sailors found alive after four days adrift off the cape\n"
            "The pair lived on crackers and rain water, the coast guard said.\n"
            "ByJane Roe and John Doe\nMarch 3, 2026, 2:18 PM\n"
            "Two sailors missing for four days were found alive on Monday, officials said.",
            "The pair lived on crackers and rain water, the coast guard said.",
            "ByJane Roe and John Doe",
            id="abc-standfirst-in-a-sentence-over-a-glued-byline-under-a-menu",
        ),
        pytest.param(
            "Lost sailors found alive after four days adrift off the cape\n\n"
            "For four days, two sailors lived on crackers. Now they want to sail again.\n\n"
            "By Jane Roe\n\nTwo sailors missing for four days were found alive on Monday.",
            "For four days, two sailors lived on crackers. Now they want to sail again.",
            "By Jane Roe",
            id="new-yorker-standfirst-in-sentences-over-the-byline",
        ),
        pytest.param(
            "Lost sailors found alive after four days adrift off the cape\n\n"
            "Two sailors missing for four days were found alive on Monday, officials said.\n\n"
            "They had set out from the harbour on Thursday for a day's fishing.",
            None,
            None,
            id="a-first-paragraph-with-no-byline-under-it-is-no-dek",
        ),
        pytest.param(
            "Town evacuated again as river peaks: 'We can't keep doing this'\n"
            "Tama Whiu 09:40, Mar 05 2026\n"
            "About 2000 residents have been told to leave their homes for the third time.",
            None,
            "Tama Whiu 09:40, Mar 05 2026",
            id="stuff-name-and-stamp-run-together-is-the-byline-no-dek",
        ),
    ],
)
def test_dek_and_byline(text: str, dek: str | None, byline: str | None) -> None:
    article = newsparse.parse(text)
    assert (article.dek, article.byline) == (dek, byline)
    if byline is not None:
        assert article.images == []  # the byline is no picture credited to its outlet


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(NEWSWEEK, id="newsweek"),
        pytest.param(BBC, id="bbc"),
        pytest.param(AP_DATELINE, id="ap"),
        pytest.param(TRAFILATURA, id="trafilatura"),
        pytest.param(CNBC_TIGHT, id="tight"),
        pytest.param(LINK_LIST.replace("\n", "\r\n"), id="crlf"),
        pytest.param("Title\u2028Body line one.\u2029Body line two.\x0cEnd.", id="unicode-breaks"),
    ],
)
def test_blocks_cover_every_line_once(text: str) -> None:
    blocks = segment(text)
    covered = [False] * len(text)
    for block in blocks:
        assert text[block.span.start : block.span.end] == block.text
        for i in range(block.span.start, block.span.end):
            assert not covered[i]
            covered[i] = True
    assert all(covered[i] for i, c in enumerate(text) if not c.isspace())
    assert [b.span.start for b in blocks] == sorted(b.span.start for b in blocks)


def test_ap_other_news_teasers_are_other() -> None:
    text = (
        "Parks to close for repairs\n\n"
        "DOVER, Del. (AP) — Delaware will close two state parks this summer, officials said.\n\n"
        "OTHER NEWS\n"
        "FILE - Sailboats rest in the harbor at Lewes, Del., June 3, 2024. (AP Photo/Jane Roe, "
        "File)\n"
        "Beach towns brace for busy holiday weekend as prices climb\n"
        "The closures will last until September, the parks division said.\n"
    )
    article = newsparse.parse(text)
    teaser = text.index("Beach towns")
    assert [b.kind for b in article.blocks if b.span.start == teaser] == ["other"]
    assert [s.heading for s in article.sections if s.heading] == []
    assert [i.credit.raw for i in article.images if i.credit] == ["AP Photo/Jane Roe, File"]


def test_related_links_indented_are_not_headings() -> None:
    text = (
        "The family crossed the bridge on Monday.\n\n"
        "    Family jailed for weeks after border guards turned them away\n\n"
        "    Border sees asylum claims double between March and April\n\n"
        "Their lawyer says they will now apply for asylum.\n"
    )
    assert headings(text) == []


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("Related topics\nFlooding\nLagos\nNigeria\nWeather", id="bbc-related-topics"),
        pytest.param("More on this story\nFerry firm fined over safety failings\nPort reopens",
                     id="bbc-more-on-this-story"),
        pytest.param("Further Reading\n\nHow A Ferry Clerk Built A Shipping Empire (Forbes)",
                     id="forbes-further-reading"),
    ],
)  # fmt: skip
def test_links_under_a_footer_label_are_other(footer: str) -> None:
    text = (
        "Floods hit the city again\n\nThe rains began on Monday.\n\n"
        f'"We have lost everything," one resident said.\n\n{footer}\n'
    )
    blocks = newsparse.parse(text).blocks
    kinds = [b.kind for b in blocks if b.span.start >= text.index(footer)]
    assert kinds == ["other"] * len([line for line in footer.splitlines() if line])


@pytest.mark.parametrize(
    ("teasers", "expected"),
    [
        pytest.param("Trending Now\nWhy bond yields are suddenly falling",
                     ["What it means for mortgages"], id="teaser-block-ends-at-the-blank-line"),
        pytest.param("READ MORE\nRhinos at risk as heat rises\nLake levels set to drop",
                     ["What it means for mortgages"], id="read-more-teasers"),
        pytest.param("Read more:\nRhinos at risk as heat rises\nHow do forecasters measure a drought?",
                     ["What it means for mortgages"], id="question-teaser-under-a-teaser"),
        pytest.param("Trending\nYields fell on Monday after the report was released.",
                     ["What it means for mortgages"], id="sentence-under-trending-stays-prose"),
        pytest.param("Related Articles\n\nRhinos at risk as heat rises",
                     ["What it means for mortgages"], id="label-alone-heads-the-next-block"),
        pytest.param("READ MORE ON RATES\nRATE SHOCK Lenders pull deals overnight\n"
                     "HOME TRUTHS Buyers face a tougher year",
                     ["What it means for mortgages"], id="sun-read-more-on-a-topic"),
        pytest.param("Lenders cut fixed mortgage deals for a third week running",
                     ["What it means for mortgages"], id="telegraph-related-story-teaser-alone"),
        pytest.param("    Lenders cut fixed mortgage deals for a third week running\n\n"
                     "    Buyers face a tougher spring as banks tighten the rules again",
                     ["What it means for mortgages"], id="cbc-two-related-stories-indented"),
        pytest.param("Traders work on the floor of the exchange. (Jane Roe/The Canadian Press)\n\n"
                     "Why your bank is suddenly calling about your loan. Here's why\n\n"
                     "Lenders cut fixed mortgage deals for a third week running",
                     ["What it means for mortgages"], id="cbc-related-stories-under-a-picture"),
    ],
)  # fmt: skip
def test_heading_after_a_teaser_block(teasers: str, expected: list[str]) -> None:
    text = (
        "Fed holds rates steady, signals two cuts later this year\n\n"
        "The Federal Reserve held rates steady on Wednesday.\n\n"
        f"{teasers}\n\nWhat it means for mortgages\n\n"
        "Mortgage rates have fallen to 6.1% this month, lenders said.\n"
    )
    assert headings(text) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param("Read more:\nRhinos at risk as heat rises\nHow do droughts end?\nImage:\n"
                     "Dry fields outside the town on Monday. Pic: Reuters\n'It came up out of nowhere'",
                     ["'It came up out of nowhere'"], id="sky-story-picture-under-bare-teasers"),
        pytest.param("Read more:\nRhinos at risk as heat rises\nImage: Dry fields on Monday. Pic: PA\n"
                     "Farmers count the cost of a dry spring",
                     ["Farmers count the cost of a dry spring"], id="sky-one-teaser-then-the-picture"),
        pytest.param("OTHER NEWS\nFILE - Dry fields outside Dover, Del., June 3. (AP Photo/Jane Roe)\n"
                     "Rhinos at risk as heat rises across the region\n"
                     "FILE - A lake at dusk, May 2. (AP Photo/John Doe)\nLake levels set to drop again",
                     [], id="ap-each-teaser-under-its-picture"),
    ],
)  # fmt: skip
def test_heading_under_the_story_picture_after_teasers(block: str, expected: list[str]) -> None:
    text = (
        "Drought grips the south as rivers run dry\n\n"
        "Farmers said the drought was the worst they could remember.\n"
        f"{block}\n"
        "Dave Hart, 64, said the river had dropped a metre in a fortnight near his farm.\n"
        "He said the town had never seen anything like it.\n"
    )
    assert headings(text) == expected


@pytest.mark.parametrize(
    ("heading", "items", "expected"),
    [
        pytest.param("Tour Dates", ["June 9 – Tampa", "June 10 – Atlanta", "June 14 – Nashville"],
                     ["Tour Dates"], id="plain-heading"),
        pytest.param("Harbor Band 2026 Tour Dates",
                     ["June 9 – Tampa", "June 10 – Atlanta", "June 14 – Nashville"],
                     ["Harbor Band 2026 Tour Dates"], id="heading-with-a-year"),
        pytest.param("Red (2012)", ["Blue (2014)", "Green (2017)", "Gold (2019)"], [],
                     id="discography-entry-with-a-year-is-no-heading"),
        pytest.param("Top 5 Shows", ["June 9 – Tampa", "June 10 – Atlanta", "June 14 – Nashville"],
                     [], id="heading-with-another-number-is-no-heading"),
        pytest.param("Album Tracklist", ["1. Ferry Lights", "2. Salt (feat. Niamh Ó Ceallaigh)",
                                         "3. Harbour (ft. Jo Roe)"],
                     ["Album Tracklist"], id="featured-artist-ends-no-sentence-in-an-item"),
        pytest.param("Album Tracklist", ["1. Ferry Lights", "2. Salt (Dr. Roe Remix)",
                                         "3. J.K. Harbour"],
                     ["Album Tracklist"], id="abbreviation-and-initials-end-no-sentence"),
        pytest.param("Album Tracklist", ["1. Ferry Lights", "2. Salt. The Sea",
                                         "3. Harbour"],
                     [], id="a-sentence-ends-inside-an-item"),
    ],
)  # fmt: skip
def test_heading_over_a_list(heading: str, items: list[str], expected: list[str]) -> None:
    text = (
        "Band announces its anniversary tour\n\n"
        "The band will play 30 dates next year.\n"
        f"{heading}\n" + "".join(f"{item} @ Arena\n" for item in items)
    )
    assert headings(text) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        pytest.param("Tour Dates", ["Album Tracklist", "Tour Dates"], id="list-then-list-heading"),
        pytest.param("12. Coda", ["Album Tracklist"], id="numbered-item-is-no-heading"),
    ],
)
def test_heading_right_under_a_numbered_list(second: str, expected: list[str]) -> None:
    text = (
        "Band announces its new album\n\n"
        "The band will release its album next year and tour in the summer.\n"
        "Album Tracklist\n"
        '1. "Harbor Lights"\n'
        '2. "Cold Water"\n'
        '3. "Last Ferry"\n'
        f"{second}\n"
        "June 9 – Tampa, FL @ Amphitheatre\n"
        "June 10 – Atlanta, GA @ Arena\n"
        "June 14 – Nashville, TN @ Arena\n"
    )
    assert headings(text) == expected


def test_numbered_headings() -> None:
    text = (
        "Ten ways to sleep better\n\n"
        "Sleep matters more than most people think, doctors say.\n\n"
        "1. Keep a schedule\n\n"
        "Go to bed at the same time every night, even at weekends.\n\n"
        "2. Cut the caffeine\n\n"
        "Coffee after noon keeps many people awake.\n"
    )
    assert headings(text) == ["1. Keep a schedule", "2. Cut the caffeine"]


@pytest.mark.parametrize("line", ["1 of 12", "Photo 3 of 10", "Show caption", "Slide 2 / 9"])
def test_gallery_controls_are_other(line: str) -> None:
    text = f"Storm hits the coast\n\nThe storm hit on Monday.\n\n{line}\n\nIt moved north."
    assert ("other", line) in kinds(text)


def test_interview_question_is_not_a_heading() -> None:
    text = (
        "The actor talks about her new film\n\n"
        "We meet in a hotel in Manhattan on a hot afternoon in July.\n\n"
        "Was she nervous before the first screening?\n\n"
        '"Terribly," she says. "I could not eat all day."\n'
    )
    assert headings(text) == []


def test_a_question_in_capitals_before_a_quote_is_a_heading() -> None:
    text = (
        "Oakland recall vote set for Tuesday\n\n"
        "The council would appoint an interim mayor if the recall passes.\n\n"
        "WHAT DO EXPERTS SAY?\n\n"
        '"Recalls used to be very rare in California cities," said Jason Roe, a professor.\n'
    )
    assert headings(text) == ["WHAT DO EXPERTS SAY?"]


@pytest.mark.parametrize(
    "line",
    [
        "one",
        "a b c d e f g",
        "a  b c d e f g",  # two spaces
        "a b\tc d e f g",  # a tab
        "a b c\u00a0d e f g",  # a no-break space
        "a b c d\u2009e f g",  # a thin space
        "a b c d e\x1ff g",  # a unit separator: white space, yet no line break
        "word " * 300 + "end",  # past the counted words
        "word " * 199 + "end",
        "word " * 200 + "end",
    ],
)
def test_line_words_count_as_split(line: str) -> None:
    """Words are counted as `str.split` counts them, up to 201."""
    (found,) = split_lines(line)
    assert found.words == len(line.split(maxsplit=200))


WRAPPED = """Harbor City council votes to close the old library

By Jane Roe

The council voted on Monday evening to close the old library on Main
Street after a debate that ran for more than four hours and drew a
crowd of angry residents to the chamber.

"We have run out of money and out of options," said council leader Sam
Okoro, who proposed the closure last spring. "Nobody wanted this."

The library opened in 1910 and was rebuilt after a fire in 1962. Its
collection of local newspapers will move to the county archive.

What happens next

Residents said they would appeal the decision in court next month and
start a petition to keep the building open as a reading room.
"""


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    article = newsparse.parse(WRAPPED)
    assert article.headline == "Harbor City council votes to close the old library"
    assert [s.heading for s in article.sections] == [None, "What happens next"]
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The council voted")
    assert paragraphs[0].endswith("chamber.")
    assert "\n" in paragraphs[0]  # as printed: the line breaks stay in the text
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("We have run out of money and out of options,", "Sam Okoro"),
        ("Nobody wanted this.", "Sam Okoro"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Rules for the pool\n\n" + "\n".join(
                f"Rule {k}: swimmers must shower before they enter the water." for k in range(9)
            ),
            id="one-sentence-a-line",
        ),
        pytest.param(
            "Results\n\n" + "\n".join(
                f"{k}. Jane Roe of the Harbor City Swimming Club, 2:0{k}:11" for k in range(9)
            ),
            id="result-lines-that-leave-room",
        ),
    ],
)
def test_short_lines_that_do_not_wrap_stay_apart(text: str) -> None:
    assert len(newsparse.parse(text).blocks) == 10


def test_heading_over_a_correspondents_byline() -> None:
    text = (
        "Ferry sinks on Lagos lagoon\n\nDozens of passengers were rescued on Thursday.\n\n"
        "A river nobody trusts\n\nTomi Adesanya, BBC News, Lagos\n\n"
        "Most people who cross the lagoon every day have a story about a near miss."
    )
    assert headings(text) == ["A river nobody trusts"]


def test_title_printed_again_is_other() -> None:
    text = (
        "Storm hits the coast | Harbor Daily\n\nStorm hits the coast\n\n"
        "Image copyright Getty Images\n\nThe storm hit the coast on Monday, and more rain is "
        "expected later this week."
    )
    kinds = [(b.kind, b.text) for b in newsparse.parse(text).blocks]
    assert kinds[1] == ("other", "Storm hits the coast")
    assert kinds[2] == ("image", "Image copyright Getty Images")


# `_is_byline` on an ASCII line tests the role it ends in without a regex: (line, byline).
ROLE_END_CASES = [
    pytest.param("Jane Roe, Staff Writer", True, id="staff-writer"),
    pytest.param("JANE ROE, AP NATIONAL POLITICAL WRITER", True, id="shouted"),
    pytest.param("Jane Roe, BBC diplomatic correspondent.", True, id="full-stop-after"),
    pytest.param("Nature Reporter", True, id="role-alone"),
    pytest.param("Jane Roe, Bureau Chief --", True, id="dashes-after"),
    pytest.param("The storm hit the coast on Monday, officials said.", False, id="prose"),
    pytest.param("Letters to the Editor_", False, id="underscore-is-a-word-character"),
    pytest.param("The ghostwriters", False, id="writers-inside-a-word"),
    pytest.param("Tomi Adesanya, BBC News, Lagos", True, id="name-outlet-and-place"),
    pytest.param("Jane Roe, Reuters, Nairobi", True, id="name-wire-and-place"),
    pytest.param("Lagos, Abuja, Kano", False, id="three-places"),
    pytest.param("Jane Roe, Harbor Mills, Lagos", False, id="unknown-organisation"),
    pytest.param("Kiran Malhotra - Dec 7, 2026 4:15 pm UTC", True, id="name-dash-date"),
    pytest.param("Storm - the aftermath", False, id="dash-no-date"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "byline"), ROLE_END_CASES)
def test_byline_role_end(line: str, byline: bool) -> None:
    assert lines._is_byline(line) == byline


@given(
    st.lists(
        st.sampled_from(["Jane", "Roe", ", ", " ", "Staff", "Writer", "WRITER", "editor", "_",
                         "-", ".", "!", "’", "é", "ſ", "Bureau Chief", "writers", "2", ":"]),
        max_size=8,
    ).map("".join)
)  # fmt: skip
@settings(max_examples=500, deadline=None)
def test_ascii_role_end_agrees_with_the_regex(line: str) -> None:
    _, role_end, words = lines._byline_roles()
    if line.isascii():
        found = line.rstrip(lines.ASCII_NON_WORD).lower().endswith(words)
        assert found == (role_end.search(line) is not None)


@pytest.mark.parametrize(
    ("name", "bio"),
    [
        pytest.param("Tomas Greer", "Tomas Greer is a transport reporter for NBC News based in"
                     " Denver.", id="nbc-author-card"),
        pytest.param("Ana Ruiz", "Ana Ruiz was a staff writer at The Hill until 2024.",
                     id="past-tense-card"),
        pytest.param("Lena Brandt", "Lena is a senior science reporter at Ars Technica, covering"
                     " climate and energy.", id="ars-card-bio-opens-with-the-given-name"),
    ],
)  # fmt: skip
def test_an_author_card_name_is_no_heading(name: str, bio: str) -> None:
    article = newsparse.parse(
        "City council approves new tram line\n\nThe council voted 9-2 in favour of the tram"
        f" plan on Tuesday evening.\n\n{name}\n\n{bio}"
    )
    assert [s.heading for s in article.sections if s.heading] == []


@pytest.mark.parametrize(
    ("note", "headings"),
    [
        pytest.param("This interview has been edited for length and clarity.", [],
                     id="interview-questions"),
        pytest.param("Solberg spoke at the launch in Oslo.", ["Why not process photos in the cloud?"],
                     id="a-question-heading-elsewhere"),
    ],
)  # fmt: skip
def test_an_interviewers_questions_are_no_headings(note: str, headings: list[str]) -> None:
    article = newsparse.parse(
        "Startup CEO explains on-device camera\n\nI spoke with Solberg after the launch. "
        f"{note}\n\nWhy not process photos in the cloud?\n\nBecause the moment a photo leaves"
        " the device, you have made a promise you cannot keep."
    )
    assert [s.heading for s in article.sections if s.heading] == headings


@pytest.mark.parametrize("heading", ["What It Means for Prices", "Why It Matters", "How We Got Here"])
def test_a_title_case_question_heading_is_no_bare_credit(heading: str) -> None:
    article = newsparse.parse(
        "Copper Strike Enters Third Week\n\nWorkers voted to extend the strike on Tuesday, the"
        f" union said.\n\n{heading}\n\nCopper futures rose 2.3 percent on Wednesday in London."
    )
    assert [s.heading for s in article.sections if s.heading] == [heading]
    assert article.images == []


@pytest.mark.parametrize(
    "title",
    ["Senate Passes Bill for Rural Broadband", "City Sets Budget for Harbor Repairs"],
)
def test_a_title_case_headline_with_for_is_no_credit(title: str) -> None:
    article = newsparse.parse(
        f"{title}\n\nThe measure passed 61-39 on Tuesday after weeks of negotiation.\n\n"
        "Senators said the money would reach rural counties by next year."
    )
    assert article.headline == title
    assert article.images == []


@pytest.mark.parametrize(
    "title",
    [
        "Thousands flee as wildfire jumps highway near Fort Sable, Alta.",
        "Trade war deepens as new tariffs hit soybean farmers across the U.S.",
    ],
)
def test_a_headline_ending_in_a_places_abbreviation(title: str) -> None:
    article = newsparse.parse(
        f"{title}\n\nMore than 6,000 people have been ordered out after a wildfire jumped the"
        " highway.\n\nOfficials said the fire was moving fast."
    )
    assert article.headline == title


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        pytest.param("By Gwenllian Rees\nBBC Wales News", ["By Gwenllian Rees", "BBC Wales News"],
                     id="bbc-desk-under-the-byline"),
        pytest.param("By Harriet Lowe, Crime Correspondent\n14 February 2024 • 5:47pm",
                     ["By Harriet Lowe, Crime Correspondent"], id="telegraph-stamp-with-a-bullet"),
        pytest.param("By\nHarriet Lowe\nPublished on February 14, 2024 05:47PM EST",
                     ["By\nHarriet Lowe"], id="people-by-on-a-line-of-its-own"),
    ],
)  # fmt: skip
def test_the_lines_under_a_byline_are_no_headings(header: str, byline: list[str]) -> None:
    article = newsparse.parse(
        f"Llanfair floods: Residents describe night of terror\n\n{header}\n\nResidents of a Powys"
        " village have described the moment flood water poured into their homes."
    )
    assert [s.heading for s in article.sections if s.heading] == []
    assert [b.text for b in article.blocks if b.kind == "byline"] == byline


def test_writers_names_joined_by_and_under_the_headline_are_the_byline() -> None:
    article = newsparse.parse(
        "Housing minister rejects calls to pause reforms\n\nEleanor Vance and Raj Mehta\n\n"
        "The housing minister has rejected calls to pause the reforms, telling MPs that “the"
        " country cannot wait another decade”."
    )
    assert article.byline == "Eleanor Vance and Raj Mehta"
    assert [q.speaker_text for q in article.quotes] == ["The housing minister"]
