"""`find_credit`: where a credit, with its wrapper, stands in one caption line.

Every row is a caption line written for these tests in the style of an outlet; the
credit it ends with must be cut out exactly, and body sentences must give None.
"""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import credit_gate, credit_lines, parse_credit
from newsparse.credit_lines import find_credit, name_after_caption
from newsparse.credit_text import trailing_junk
from tests._timing import scaling

# (caption line, the credit that find_credit must cut out, wrapper included)
FIND_CASES = [
    ("Putin meets Lukashenko in Sochi, Russia on May 23, 2022. "
     "RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images", "RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images"),
    ("A house after a missile strike. Anastasia Vlasova/Getty Images",
     "Anastasia Vlasova/Getty Images"),
    ("PIYASET/GETTY", "PIYASET/GETTY"),
    ("A guard shoots during the first half, Jan. 26, 2024, in Corvallis. (AP Photo/Evan Vucci)",
     "(AP Photo/Evan Vucci)"),
    ("The senator speaks in Washington. (AP Photo/Efrem Lukatsky, File)",
     "(AP Photo/Efrem Lukatsky, File)"),
    ("Smoke rises over the city. (Photo by AP Photo/Stringer)", "(Photo by AP Photo/Stringer)"),
    ("Children queue for water. (Zerihun Sewunet/UNICEF via AP Photo)",
     "(Zerihun Sewunet/UNICEF via AP Photo)"),
    ("FILE PHOTO: Traders work on the floor of the exchange, November 18, 2019. "
     "REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque"),
    ("Soldiers patrol a street in Kabul (Omar Sobhani/Reuters)", "(Omar Sobhani/Reuters)"),
    ("A street market in 1950. Reuters/Alamy", "Reuters/Alamy"),
    ("Passengers wait at the airport. Photograph: Ezra Acayan/Getty Images ",
     "Photograph: Ezra Acayan/Getty Images"),
    ("Young men scroll their phones. Illustration: Nash Weerasekera/The Guardian",
     "Illustration: Nash Weerasekera/The Guardian"),
    ("Image source, Getty Images", "Image source, Getty Images"),
    ("Image copyright Getty Images", "Image copyright Getty Images"),
    ("The brothers wait at the border. (Ousama Farag/CBC)", "(Ousama Farag/CBC)"),
    ("The family on the bridge on March 17. (Courtesy of the Serrano family)",
     "(Courtesy of the Serrano family)"),
    ("toggle caption Johannes Eisele/AFP via Getty Images",
     "toggle caption Johannes Eisele/AFP via Getty Images"),
    ("Traders on the floor. Joel Saget | Afp | Getty Images", "Joel Saget | Afp | Getty Images"),
    ("The president arrives in Paris | Photo by FRANCOIS PICARD/AFP via Getty Images",
     "| Photo by FRANCOIS PICARD/AFP via Getty Images"),
    ("Fans gather in London. (AFP PHOTO / ADRIAN DENNIS)", "(AFP PHOTO / ADRIAN DENNIS)"),
    ("A trader on the floor. Photo: Michael Nagle/Bloomberg via Getty Images",
     "Photo: Michael Nagle/Bloomberg via Getty Images"),
    ("Commuters in Tokyo. PHOTOGRAPH BY TORU YAMANAKA-AFP/GETTY IMAGES",
     "PHOTOGRAPH BY TORU YAMANAKA-AFP/GETTY IMAGES"),
    ("Flood waters rise. (Bob Brown/Richmond Times-Dispatch/Associated Press)",
     "(Bob Brown/Richmond Times-Dispatch/Associated Press)"),
    ("Der Kanzler in Berlin. Foto: dpa", "Foto: dpa"),
    ("Der Kanzler in Berlin. Bild: picture alliance / dpa | Kay Nietfeld",
     "Bild: picture alliance / dpa | Kay Nietfeld"),
    ("Le président à Paris. Photo : AFP", "Photo : AFP"),
    ("El rey en Madrid. Foto: EFE/Chema Moya", "Foto: EFE/Chema Moya"),
    ("© Reuters", "© Reuters"),
    ("A plague doctor (Image: GETTY)", "(Image: GETTY)"),
    ("A simulated galaxy cluster. (Image credit: TNG Collaboration)",
     "(Image credit: TNG Collaboration)"),
    ("A habitation module for a Mars mission. Credit: ESA", "Credit: ESA"),
    ("Image Credits: Apptronik(opens in a new window)", "Image Credits: Apptronik"),
    ("Photo: John Locher, AP", "Photo: John Locher, AP"),
    ("LeBron James dunks in Los Angeles. Photo: Ringo H.W. Chiu, AP",
     "Photo: Ringo H.W. Chiu, AP"),
    ("A forward posts up during the first half. Mandatory Credit: Jamie Rhodes-USA TODAY Sports "
     "- RTR4JDW4", "Mandatory Credit: Jamie Rhodes-USA TODAY Sports"),
    ("The president at the White House. (Photo by REUTERS)", "(Photo by REUTERS)"),
    ("Workers will be notified (Credit: iStock)", "(Credit: iStock)"),
    ("The band will tour in 2020. Photo by Jason Kempin/Getty Images",
     "Photo by Jason Kempin/Getty Images"),
    ("A creator films a video. Photograph: Jeenah Moon/Bloomberg/Getty Images",
     "Photograph: Jeenah Moon/Bloomberg/Getty Images"),
    ("They pose for a photo. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)",
     "(Photo by Kevin Mazur/Getty Images for Ithaca Holdings)"),
    ("Kevin Mazur/Getty Images for Ithaca Holdings",
     "Kevin Mazur/Getty Images for Ithaca Holdings"),
    ("The two managers. (Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)",
     "(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)"),
    ("The court in The Hague, Netherlands. Alex Gottschalk / DeFodi Images via Getty Images",
     "Alex Gottschalk / DeFodi Images via Getty Images"),
    ("Mandel Ngan / AFP / Getty Images", "Mandel Ngan / AFP / Getty Images"),
    ("A geologic map of Titan. (NASA/JPL-Caltech/ASU)", "(NASA/JPL-Caltech/ASU)"),
    ("The author in 1987. Photo illustration by Slate. Photo by David Dyer-Bennet.",
     "Photo illustration by Slate. Photo by David Dyer-Bennet"),
    ("The two leaders. Left: Jane Doe/AP; right: John Roe/Reuters",
     "Left: Jane Doe/AP; right: John Roe/Reuters"),
    ("Divers inspect their gear in Pangkalan Bun, Indonesia (AP)", "(AP)"),
    ("Relatives console each other (AFP/Getty)", "(AFP/Getty)"),
    ("Service robots arrive at a hotel. Source: Pudu Robotics", "Source: Pudu Robotics"),
    ("Rainfall over the basin in the past week. Illustration: Harbor Staff; Data: Lakeside University",
     "Illustration: Harbor Staff; Data: Lakeside University"),
    ("Getty Images", "Getty Images"),
    ("A senator speaks. Credit...Doug Mills/The New York Times",
     "Credit...Doug Mills/The New York Times"),
    ("Palestinians flee Gaza City [Mohammed Salem/Reuters]", "[Mohammed Salem/Reuters]"),
    ("An influencer at work. Photo-Illustration: WIRED Staff; Getty Images",
     "Photo-Illustration: WIRED Staff; Getty Images"),
    ("The president in Rome. Alberto PIZZOLI / AFP", "Alberto PIZZOLI / AFP"),
    ("The senator in Washington. Haiyun Jiang for The New York Times",
     "Haiyun Jiang for The New York Times"),
    ("The mayor speaks. Francis Chung/Smalltown Gazette", "Francis Chung/Smalltown Gazette"),
    ("Traders at work. Mike Segar | Reuters", "Mike Segar | Reuters"),
    ("A vial of the vaccine. (Johnson & Johnson via AP)", "(Johnson & Johnson via AP)"),
    ("Two candidates at rallies. (AP Photo/Jane Roe; AP Photo/John Doe)",
     "(AP Photo/Jane Roe; AP Photo/John Doe)"),
    ("A senator arrives for a vote on Wednesday. | Jane Roe/Getty Images",
     "Jane Roe/Getty Images"),
    ("A senator arrives for a vote on Wednesday | Jane Roe/EPA-EFE/Shutterstock",
     "Jane Roe/EPA-EFE/Shutterstock"),
    ("A lineman repairs a pole in Fairhope, Alabama. Jane Roe/AL.com/AP", "Jane Roe/AL.com/AP"),
    ("Jane Roe/AL.com/AP", "Jane Roe/AL.com/AP"),
    ("Residents watch the floodwaters rise. (AAP: Jane Roe)", "(AAP: Jane Roe)"),
    ("The leader campaigns ahead of the election on Wednesday JANE ROE/PA", "JANE ROE/PA"),
    ("A farmer on February 28, 2024. REUTERS/Jane Roe Purchase Licensing Rights, opens new tab",
     "REUTERS/Jane Roe"),
    ("A ferry in a handout picture taken May 2, 2026. Harbor Police/Handout via REUTERS ATTENTION"
     " EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALE. NO ARCHIVES",
     "Harbor Police/Handout via REUTERS"),
    ("A ferry in a handout picture. Harbor Police/Handout via REUTERS THIS PICTURE WAS PROVIDED BY"
     " A THIRD PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES", "Harbor Police/Handout via REUTERS"),
    ("Fishermen unload the catch in Lisbon. Paulo Nunes dos Santos/Reuters",
     "Paulo Nunes dos Santos/Reuters"),
    ("Residents watch the floodwaters rise.(ABC North Coast: Jane Roe)",
     "(ABC North Coast: Jane Roe)"),
    ("A stock image of a caravan park Credit: AFP or licensors", "Credit: AFP"),
    ("Fans tailgate before the game on Jan. 13, 2024. Jane Roe, USA TODAY Sports",
     "Jane Roe, USA TODAY Sports"),
    ("The quarterback throws in the second quarter. Jane Roe, AP", "Jane Roe, AP"),
    ("A former adviser leaves court on June 4, 2024.Jane Roe via Getty Images",
     "Jane Roe via Getty Images"),
    ("The new settings menu. Screenshot by Jane Roe / The Verge",
     "Screenshot by Jane Roe / The Verge"),
    ("The winger celebrates his second goal. Photograph: Jane Roe - AMA/Getty Images",
     "Photograph: Jane Roe - AMA/Getty Images"),
    ("The director photographed in New York on Sept. 20, 2023. Photographed by Jane Roe",
     "Photographed by Jane Roe"),
    ("Students in a classroom in Delhi. (Representational image: iStock)",
     "(Representational image: iStock)"),
    ("Firefighters in Maui on Aug. 9, 2023. File photo: Reuters", "File photo: Reuters"),
    ("Jane Roe—Getty Images", "Jane Roe—Getty Images"),
    ("Jane Roe / Staff photographer", "Jane Roe / Staff photographer"),
    ("The team warms up before the game. Jane Roe/Staff", "Jane Roe/Staff"),
    ("Firefighters in Maui on Aug. 9, 2023. Jane Roe / AP file", "Jane Roe / AP file"),
    ("A cyclist crosses the bridge. Photo by Jane Roe on Unsplash",
     "Photo by Jane Roe on Unsplash"),
    ("An artist's impression of the black hole. (NASA/ESA/CSA/Jane Roe (STScI))",
     "(NASA/ESA/CSA/Jane Roe (STScI))"),
    ("The president signs the order on Oct. 30, 2023. Jane Roe—Getty Images",
     "Jane Roe—Getty Images"),
    ("(Image credit: NASA/KSC lab)", "(Image credit: NASA/KSC lab)"),
    ("(Image credit: Orbital Works/Vis[ION])", "(Image credit: Orbital Works/Vis[ION])"),
    ("(Image credit: ESA – J. Moreau)", "(Image credit: ESA – J. Moreau)"),
    ("The probe in orbit. (Photo credit: NASA/KSC lab)", "(Photo credit: NASA/KSC lab)"),
    ("A cross-section of the tunnel. (Image courtesy of Statens vegvesen)",
     "(Image courtesy of Statens vegvesen)"),
    ("The roof was torn off. Pic: @HarborWeather/X", "Pic: @HarborWeather/X"),
    ("A video still shows the fire. (Screenshot/X/@CityDesk)", "(Screenshot/X/@CityDesk)"),
    ("Jane posted a snap from the beach (Image: INSTAGRAM/@jane.roe)",
     "(Image: INSTAGRAM/@jane.roe)"),
    ("The mayor greets the envoy in Oslo on Monday. Handout/Harbor City Council",
     "Handout/Harbor City Council"),
    ("The test tank used in the study. (Lund & Ortega/Marine Biology)",
     "(Lund & Ortega/Marine Biology)"),
    ("Photo: Jane Roe / Special to The Chronicle", "Photo: Jane Roe / Special to The Chronicle"),
    ("Image Credits: Harborline / Photo by Jane Roe", "Image Credits: Harborline / Photo by Jane Roe"),
    ("The river at the dam site. (HT Photo/Jane Roe)", "(HT Photo/Jane Roe)"),
    ("A firefighter at the trailhead. (Lac d'Argent Fire Department)",
     "(Lac d'Argent Fire Department)"),
    ("Rick Bowmer, AP", "Rick Bowmer, AP"),
    ("Councillors debate the bylaw on Nov. 25, 2025. Darren Calabrese/The Globe and Mail",
     "Darren Calabrese/The Globe and Mail"),
    ("Councillors debate the bylaw on Nov. 25, 2025.Darren Calabrese/The Globe and Mail",
     "Darren Calabrese/The Globe and Mail"),
    ("A landslip near Ellis Beach on December 1, 2025.(Supplied: Department of Transport and "
     "Main Roads)", "(Supplied: Department of Transport and Main Roads)"),
    ("Councillor Amara Osei speaks to reporters after the vote.THE CANADIAN PRESS/Kelly Clark",
     "THE CANADIAN PRESS/Kelly Clark"),
    ("A man walks in Kyiv on Monday.REUTERS/Jane Roe", "REUTERS/Jane Roe"),
    ("Barges lie at anchor near Kaub on August 14, 2026Image: Thomas Frey/dpa/picture alliance",
     "Image: Thomas Frey/dpa/picture alliance"),
    ("Engineers inspect a prototype at the lab in Osaka on March 9. | Haruka Mizuno",
     "Haruka Mizuno"),
    ("Jack Gruber, USA TODAY", "Jack Gruber, USA TODAY"),
    ("Oregon Department of Public Safety via AP", "Oregon Department of Public Safety via AP"),
    ("Dana Whitlock/Vox; Getty Images", "Dana Whitlock/Vox; Getty Images"),
    ("The judge ruled on Monday. Dana Whitlock/Slate; Getty Images",
     "Dana Whitlock/Slate; Getty Images"),
    ("A helicopter flies over the canyon, Feb. 2, 2026. Lane County Department of Emergency "
     "Management via AP", "Lane County Department of Emergency Management via AP"),
    ("Tomas Lindqvist, CC BY-ND", "Tomas Lindqvist, CC BY-ND"),  # The Conversation
    ("Tomas Lindqvist, CC BY", "Tomas Lindqvist, CC BY"),
    ("Ravi Kohli swept the spinner for four before tea • Getty Images", "Getty Images"),  # ESPN
    ("The bowler appeals for a leg-before decision on day two • Associated Press",
     "Associated Press"),
    ("*Pupils file into the gym at a school in Duluth, Minn., in 2023.* Jane Roe/Star Tribune/"
     "Getty Images", "Jane Roe/Star Tribune/Getty Images"),  # TIME via trafilatura
    ("A potter at her wheel in Stoke on 3 May. Photograph: Sam Poe/Camera Press/eyevine",
     "Photograph: Sam Poe/Camera Press/eyevine"),  # the Guardian: an agency in lower case
    ("Harbor Realty CEO Jane Roe (Photo-illustration by Harbor Weekly with Getty Images)",
     "(Photo-illustration by Harbor Weekly with Getty Images)"),  # The Real Deal
    ("The mayor and the new tower (Illustration by Harbor Weekly with Getty)",
     "(Illustration by Harbor Weekly with Getty)"),
    ("Photo-illustration by Jane Roe for Harbor Weekly with Getty Images",
     "Photo-illustration by Jane Roe for Harbor Weekly with Getty Images"),  # The Real Deal,
    # alone on its line under a composite picture
    ("Cycling - Tour de France - Stage 9 - Lyon, France - July 12, 2025 Belgium's Jan Roels "
     "climbs the Col de la Croix Action Images via Reuters/Jane Roe",
     "Action Images via Reuters/Jane Roe"),  # Reuters sports: no full stop before the credit
    ("Tennis - Madrid Open - Madrid, Spain - May 2, 2025 Spain's Ana Ruiz in action "
     "Reuters/Jane Roe", "Reuters/Jane Roe"),
    ("Wales' Dai Hughes scores a try in Cardiff, Wales, March 1, 2025 REUTERS/Jane Roe",
     "REUTERS/Jane Roe"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "credit"), FIND_CASES)
def test_find_credit(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None
    assert line[found[0] : found[1]] == credit


@pytest.mark.parametrize(("line", "credit"), FIND_CASES)
def test_found_credit_parses_to_a_credit(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None
    parsed = parse_credit(line[found[0] : found[1]], offset=found[0])
    assert parsed.agencies or parsed.photographers or parsed.roles


# Lines that hold no credit: body sentences, headings, datelines, link furniture.
NOT_CREDITS = [
    "What's Next for the Suns",
    "Bad Night for the Tories",
    "He told Reuters on Monday.",
    "The storm hit the coast, said John Smith of AP.",
    "The 24/7 service will open next year.",
    "Members can call and/or write to the council.",
    "The Environmental Protection Agency (EPA)",
    "It was published by The Associated Press (AP)",
    "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
    "(Reporting by Jane Doe in London; Editing by John Roe)",
    "Blue Origin, Kent, Washington",
    "Top stories • Reuters",
    "The war in Israel/Gaza has displaced thousands.",
    "See the photo by Jane Doe on our website.",
    "The photo: a man stands alone in the rain.",
    "Source: the company said it would not comment.",
    "Agility Robotics picking and stacking",
    "Courtesy of the hotel, guests get a free breakfast.",
    "Rep. Lauren Boebert (R-Colo.)",
    "Several members (in white) merge together",
    "(opens in a new window)",
    "Biden Administration/Congress Showdown",
    "He works for The New York Times.",
    "jq [options] <jq filter> [file...]",
    "Jobs are up (see chart)",
    "Washington Monument Closes to Repair Earthquake-Induced Crack",
    "Biden, AP",
    "Monday, Reuters",
    "Tom and Jerry, AP",
    "The PhotoImage: format is new",
    "He said so. | Opinion Piece",
    "Why the State Department of Public Safety Failed via Its Own Rules",
    "He left early; the vote went on/without him",
    "",
    "   ",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_find_credit_ignores_body_text(line: str) -> None:
    assert find_credit(line) is None


# Body sentences that name an agency or hold a slash, bracket or wrapper word, yet no credit.
MORE_NOT_CREDITS = [
    pytest.param("Follow our reporter on X @jane_roe", id="handle-in-prose-is-no-credit"),
    pytest.param("Email jane@example.com or follow her @janeroe.", id="handle-after-prose"),
    pytest.param("He told Reuters on Monday that the deal was done.", id="told-reuters"),
    pytest.param("It was a win-win for AP/NORC, which polled 1,000 adults.", id="ap-norc-poll"),
    pytest.param("The data was published by the ONS/ Reuters analysis showed a drop.",
                 id="slash-in-prose"),
    pytest.param("The 24/7 service will start in May, and/or later.", id="24-7-and-or"),
    pytest.param("[Lukashenko] understands that more people are against him.",
                 id="bracketed-insertion"),
    pytest.param("“We are not leaving, and we will rebuild every house,” she told AFP.",
                 id="quote-told-afp"),
    pytest.param("The talks will resume next week, she told AFP.", id="told-afp"),
    pytest.param('"We will win," said Jane Roe.', id="quote-said"),
    pytest.param("He worked at Getty Images for years.", id="getty-for-years"),
    pytest.param("He joined CBS News in 2010.", id="joined-cbs"),
    pytest.param("The photos were supplied by the family.", id="supplied-in-prose"),
    pytest.param("Police released a handout.", id="handout-in-prose"),
    pytest.param("It was a gift, courtesy of the hotel.", id="courtesy-in-prose"),
    pytest.param("(Courtesy of the club, which declined to comment)", id="courtesy-clause"),
    pytest.param("Source: Reuters analysis of company filings", id="source-analysis"),
    pytest.param("The file: a report on the crash.", id="file-colon-prose"),
    pytest.param("[File: the ruling is attached]", id="file-bracket-prose"),
    pytest.param("Prices rose 2.5 / 3 percent.", id="spaced-slash-numbers"),
    pytest.param("Team | Wins | Losses", id="table-row-with-bars"),
    pytest.param("Fishing towns march against the new quota rules | Euronews",
                 id="title-bar-site-name"),
    pytest.param("He said the vote was close | AP/NORC polls disagree", id="bar-in-prose"),
    pytest.param("The party led in a poll taken in May by Reuters/Ipsos", id="reuters-ipsos-poll"),
    pytest.param("She had won the title with Action Images", id="action-images-in-prose"),
    pytest.param("The clinic kept the records the patients provided.", id="provided-in-prose"),
    pytest.param("Illustration by the pupils hangs in the hall", id="illustration-by-in-prose"),
    pytest.param("The figures were checked by Harbor Labs. Details were provided",
                 id="provided-after-a-name-in-prose"),
]  # fmt: skip


@pytest.mark.parametrize("line", MORE_NOT_CREDITS)
def test_find_credit_ignores_more_body_text(line: str) -> None:
    assert find_credit(line) is None


# A bracket closing a caption that names who gave the picture, known to no registry
# (Fox News, CBC, The Real Deal): (line, credit found, photographers, agencies, roles).
NAMED_BRACKETS = [
    pytest.param("A moose crosses a road near Helena on June 3, 2024. (Idaho Fish, Game and "
                 "Wildlife)", "(Idaho Fish, Game and Wildlife)", [],
                 ["Idaho Fish, Game and Wildlife"], [], id="state-agency-with-commas"),
    pytest.param("Hikers on the trail in May. (Parks Canada Agency)", "(Parks Canada Agency)",
                 [], ["Parks Canada Agency"], [], id="unknown-organisation"),
    pytest.param("Officers outside the home on Friday. (OPP)", "(OPP)", [], ["OPP"], [],
                 id="acronym-of-three"),
    pytest.param("The missing woman was last seen on Sunday. (Instagram)", "(Instagram)", [],
                 ["Instagram"], [], id="social-site"),
    pytest.param("The dam on the river last spring. (Yukon Energy)", "(Yukon Energy)", [],
                 ["Yukon Energy"], [], id="two-words-no-given-name"),
    pytest.param("The choir at the school concert. (Submitted)", "(Submitted)", [], [],
                 ["Submitted"], id="submitted-role"),
    pytest.param("The choir at the school concert. (Submitted by Lena Okafor)",
                 "(Submitted by Lena Okafor)", ["Lena Okafor"], [], ["Submitted"],
                 id="submitted-by-person"),
    pytest.param("The choir at the school concert. (Lena Okafor)", "(Lena Okafor)",
                 ["Lena Okafor"], [], [], id="person-after-sentence"),
    pytest.param("A rendering of 12 Dock Street in Red Hook (Arcadia Partners)",
                 "(Arcadia Partners)", [], ["Arcadia Partners"], [], id="short-line-no-stop"),
    pytest.param("Arcadia's Jane Roe (LinkedIn)", "(LinkedIn)", [], ["LinkedIn"], [],
                 id="portrait-no-stop-camel-case"),
    pytest.param("Pupils wait for a bus in Harborview, Md., on Sept. 9, 2025. (Jane Roe for The "
                 "Washington Post)", "(Jane Roe for The Washington Post)", ["Jane Roe"],
                 ["The Washington Post"], [], id="person-for-a-known-publication"),
    pytest.param("A moose crosses a road near Helena in June. (Cole Marsh)", "(Cole Marsh)",
                 ["Cole Marsh"], [], [], id="two-words-unknown-given-name-is-a-person"),
    pytest.param("Readers wait outside the library on Harbor Road as the doors open (Cole "
                 "Marsh)", "(Cole Marsh)", ["Cole Marsh"], [], [],
                 id="standard-photographer-after-a-caption-with-no-stop"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "credit", "people", "agencies", "roles"), NAMED_BRACKETS)
def test_bracket_names_an_unknown_giver(
    line: str, credit: str, people: list[str], agencies: list[str], roles: list[str]
) -> None:
    found = find_credit(line)
    assert found is not None
    assert line[found[0] : found[1]] == credit
    parsed = parse_credit(credit)
    assert (parsed.photographers, [a.name for a in parsed.agencies], parsed.roles) == (
        people,
        agencies,
        roles,
    )


# A journal article credited for its figure (phys.org, ScienceAlert): (line, credit found,
# the journal as the agency).
CITATIONS = [
    pytest.param("Grains of sand under a microscope. Credit: Ocean Letters (2024). DOI: "
                 "10.1016/j.ocelet.2024.10023", "Credit: Ocean Letters (2024). DOI: "
                 "10.1016/j.ocelet.2024.10023", "Ocean Letters", id="journal-year-doi"),
    pytest.param("Grains of sand under a microscope. Credit: Ocean Letters (2024)",
                 "Credit: Ocean Letters (2024)", "Ocean Letters", id="journal-year"),
    pytest.param("Paths of two storms over the sea. (Lena Okafor et al./Storm Science)",
                 "(Lena Okafor et al./Storm Science)", "Storm Science",
                 id="author-et-al-slash-journal"),
    pytest.param("Paths of two storms over the sea. (Okafor et al., Storm Science, 2023)",
                 "(Okafor et al., Storm Science, 2023)", "Storm Science", id="authors-journal-year"),
    pytest.param("Bees in the test arena. Credit: Ní Bhriain et al., Proceedings of the Harbor "
                 "Society B (2025)", "Credit: Ní Bhriain et al., Proceedings of the Harbor "
                 "Society B (2025)", "Proceedings of the Harbor Society B",
                 id="surname-of-two-words-et-al"),
    pytest.param("Bees in the test arena. Credit: Van der Molen et al., Storm Science (2025)",
                 "Credit: Van der Molen et al., Storm Science (2025)", "Storm Science",
                 id="surname-with-particles-et-al"),
    pytest.param("Okafor et al./Storm Science", "Okafor et al./Storm Science", "Storm Science",
                 id="surname-et-al-slash-journal-alone"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "credit", "journal"), CITATIONS)
def test_journal_citation_credits_the_journal(line: str, credit: str, journal: str) -> None:
    found = find_credit(line)
    assert found is not None
    assert line[found[0] : found[1]] == credit
    assert [a.name for a in parse_credit(credit).agencies] == [journal]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The study appeared in Ocean Letters (2024).", id="citation-in-prose"),
    ],
)  # fmt: skip
def test_citation_that_is_no_credit(line: str) -> None:
    assert find_credit(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        pytest.param("A council van parked on the high street. File pic", "File pic",
                     id="sky-file-pic"),
        pytest.param("Two sisters on a film set in Maine. Photo: Lena Okafor-Reyes*",
                     "Photo: Lena Okafor-Reyes*", id="rolling-stone-courtesy-asterisk"),
        pytest.param("Fire crews at the warehouse in Dallas on May 2. WFAA", "WFAA",
                     id="nbc-affiliate-call-sign"),
        pytest.param("Fire crews at the warehouse in Dallas on May 2. KXAS-TV", "KXAS-TV",
                     id="nbc-call-sign-with-tv"),
    ],
)  # fmt: skip
def test_bare_role_or_call_sign_after_the_caption(line: str, credit: str) -> None:
    found = find_credit(line)
    assert found is not None
    assert line[found[0] : found[1]] == credit


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Fire crews said the warehouse burned for hours, according to WFAA.",
                     id="call-sign-in-prose"),
        pytest.param("WFAA", id="call-sign-alone-is-no-credit"),
        pytest.param("Lena Okafor-Reyes, SFGATE", id="byline-hyphenated-name-and-outlet"),
        pytest.param("Lena Okafor-Reyes Tour Dates", id="tour-dates-heading"),
        pytest.param("Fire crews at the warehouse on May 2. WXYZ-BLOG", id="call-sign-odd-tail"),
    ],
)  # fmt: skip
def test_no_credit_in_these_lines(line: str) -> None:
    assert find_credit(line) is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The plant was shut by the Clean Water Authority (CWA)", id="acronym-defined"),
        pytest.param("The senator spoke to reporters on Monday. (R-Ohio)", id="party-state"),
        pytest.param("The team won the cup. (2019)", id="year"),
        pytest.param("The film was shot in Lyon. (Lyon)", id="one-plain-word"),
        pytest.param("He said the deal was done. (Video)", id="tag-word"),
        pytest.param("Jane Roe headlines the festival (VIDEO)", id="shouted-tag"),
        pytest.param("Jane Roe headlines the festival [LIVE]", id="square-bracket-tag"),
        pytest.param("Residents fled on Monday. (Additional reporting by Jane Roe)",
                     id="reporting-line"),
        pytest.param("Leading Actor (Drama)", id="heading-with-bracket"),
        pytest.param("Timothée Roe (Paul Okafor)", id="actor-and-role-no-stop"),
        pytest.param("Jane Roe and John Smith with Ann Lee (Paul Okafor)",
                     id="names-and-a-role-no-stop"),
        pytest.param("Best Picture: The Long Harbor (Harbor Pictures)", id="award-list-entry"),
        pytest.param("Cold Water – Jane Roe (Harbor Records)", id="song-list-entry"),
        pytest.param('"Cold Water" (Harbor Records)', id="quoted-title"),
        pytest.param("The mayor met the minister for talks on the budget and the new "
                     "housing plan that the council passed last year in the city (Metro Desk)",
                     id="long-line-no-stop"),
    ],
)  # fmt: skip
def test_bracket_that_names_no_giver(line: str) -> None:
    assert find_credit(line) is None


# Lines that end in a word of lower case (perhaps then names and numbers), which most body
# lines do, and short headings: `find_credit` answers them first, cheaply. (line, the credit
# found or None): the shortcut must not hide a credit.
ENDS_IN_LOWER_CASE = [
    pytest.param("The club said the boat was lost at sea. Photo courtesy of the club",
                 "Photo courtesy of the club", id="courtesy-lower-case-giver"),
    pytest.param("Mayor Jane Roe at the opening of the new library. hide caption", None,
                 id="npr-hide-caption-alone"),
    pytest.param("A ferry leaves the harbour at dawn, photographed by jane roe", None,
                 id="lower-case-name"),
    pytest.param("He said it was done.”", None, id="quote-after-stop"),
    pytest.param("He said it was done (mostly).", None, id="bracket-after-word"),
    pytest.param("A ferry in the harbour at dawn; photo: Jane Roe/AP", "photo: Jane Roe/AP",
                 id="lower-case-wrapper"),
    pytest.param("The ferry docked at 2016 - RTR4JDW4", None, id="picture-id-only"),
    pytest.param("Two boats sail past the pier at dusk. Supplied", "Supplied",
                 id="role-alone"),
    pytest.param("The senator spoke about the bill written by Jane Roe of the U.N.", None,
                 id="name-and-joining-words-after-prose"),
    pytest.param("Fans cheered the band in 2016.", None, id="number-after-prose"),
    pytest.param("He works for The New York Times.", None, id="publication-after-prose"),
    pytest.param("A ferry at dusk. Photo Jane Roe", None, id="wrapper-word-after-sentence"),
    pytest.param("CBS News", "CBS News", id="heading-publication"),
    pytest.param("Getty Images", "Getty Images", id="heading-agency"),
    pytest.param("Regional Woes", None, id="heading-words"),
    pytest.param("via Getty Images", None, id="heading-lower-case-first"),
    pytest.param("Jane Roe-Smith", None, id="heading-hyphenated-name-is-no-chain"),
    pytest.param("Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour", None,
                 id="heading-for"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "credit"), ENDS_IN_LOWER_CASE)
def test_lines_ending_in_lower_case(line: str, credit: str | None) -> None:
    found = find_credit(line)
    assert (line[found[0] : found[1]] if found else None) == credit


# (caption before the credit, credit as printed, raw, photographers, agencies, roles): the
# line is "caption credit"; find_credit must cut out the credit, parse_credit read it.
CAPTIONED = [
    pytest.param("Rescue teams search the rubble in Gaza City on March 5, 2024",
                 "[Mohammed Salem/Reuters]", "Mohammed Salem/Reuters",
                 ["Mohammed Salem"], ["Reuters"], [], id="aljazeera-brackets"),
    pytest.param("A protester waves a flag in Dhaka, Bangladesh", "[File: Jane Roe/AP Photo]",
                 "Jane Roe/AP Photo", ["Jane Roe"], ["AP"], ["File"], id="aljazeera-file"),
    pytest.param("The ministry released this image of the launch", "[Handout via Reuters]",
                 "Handout via Reuters", [], ["Reuters"], ["Handout"], id="aljazeera-handout"),
    pytest.param("The president speaks at the White House on Monday.",
                 "Credit...Doug Mills/The New York Times", "Doug Mills/The New York Times",
                 ["Doug Mills"], ["The New York Times"], [], id="nyt-credit"),
    pytest.param("Farmers harvest rice near the river.",
                 "Credit…Jane Roe for The New York Times", "Jane Roe for The New York Times",
                 ["Jane Roe"], ["The New York Times"], [], id="nyt-for"),
    pytest.param("The justices pose for a group photo.", "Credit...Pool photo by Jane Roe",
                 "Pool photo by Jane Roe", ["Jane Roe"], [], ["Pool"], id="nyt-pool"),
    pytest.param("The squad celebrates the title on Saturday.", "Photo courtesy of the club",
                 "Photo courtesy of the club", [], [], ["Courtesy"], id="courtesy-club"),
    pytest.param("Maria Lopez with her daughter in 2019.", "(Courtesy of Jane Roe)",
                 "Courtesy of Jane Roe", ["Jane Roe"], [], ["Courtesy"], id="courtesy-person"),
    pytest.param("Officers at the scene on Tuesday.", "Courtesy Harbor City Police",
                 "Courtesy Harbor City Police", [], ["Harbor City Police"], ["Courtesy"],
                 id="courtesy-police"),
    pytest.param("The rover on the crater rim.", "Courtesy of NASA", "Courtesy of NASA",
                 [], ["NASA"], ["Courtesy"], id="courtesy-nasa"),
    pytest.param("A delivery robot in a hotel lobby in Shenzhen.", "Source: Pudu Robotics",
                 "Pudu Robotics", [], ["Pudu Robotics"], [], id="source"),
    pytest.param("The family at the border on March 17.", "(Courtesy  of  the  Serrano  family)",
                 "Courtesy  of  the  Serrano  family", [], [], ["Courtesy"], id="courtesy-family"),
    pytest.param("The cast at the premiere in Los Angeles.",
                 "(Photo by Jane\u00a0Roe/Getty\u00a0Images\u00a0for\u00a0Netflix)",
                 "Jane\u00a0Roe/Getty\u00a0Images\u00a0for\u00a0Netflix", ["Jane Roe"],
                 ["Getty Images"], [], id="getty-for-client-nbsp"),
    pytest.param("The couple on their wedding day.", "(Supplied)", "Supplied", [], [],
                 ["Supplied"], id="au-supplied-brackets"),
    pytest.param("The couple on their wedding day.", "Supplied", "Supplied", [], [],
                 ["Supplied"], id="au-supplied"),
    pytest.param("Flood water in the main street.", "(Supplied: NSW SES)", "Supplied: NSW SES",
                 [], ["NSW SES"], ["Supplied"], id="abc-supplied-by-an-organisation"),
    pytest.param("Sandbags at the door on Monday.", "(Supplied: Jane Roe)", "Supplied: Jane Roe",
                 ["Jane Roe"], [], ["Supplied"], id="abc-supplied-by-a-person"),
    pytest.param("The missile at its launch site.", "Handout", "Handout", [], [], ["Handout"],
                 id="handout"),
    pytest.param("Firefighters at the scene in Rotorua.", "Photo / Jane Roe", "Jane Roe",
                 ["Jane Roe"], [], [], id="nz-photo-person"),
    pytest.param("Firefighters at the scene in Rotorua.", "Photo / AP", "AP", [], ["AP"], [],
                 id="nz-photo-agency"),
    pytest.param("Surfers at Bondi Beach on Sunday.", "Picture: Jane Roe/AAP", "Jane Roe/AAP",
                 ["Jane Roe"], ["AAP"], [], id="au-picture"),
    pytest.param("A phone on a desk.", "Photo illustration by Slate", "Slate", [], ["Slate"], [],
                 id="slate-illustration"),
    pytest.param("The guard shoots in the second half.", "(Photo: Jane Roe/USA TODAY Sports)",
                 "Jane Roe/USA TODAY Sports", ["Jane Roe"], ["USA Today Sports"], [],
                 id="usatoday-sports"),
    pytest.param("Voters wait in line in Des Moines.", "Jane Roe/USA TODAY NETWORK",
                 "Jane Roe/USA TODAY NETWORK", ["Jane Roe"], ["USA Today Network"], [],
                 id="usatoday-network"),
    pytest.param("Traders work on the floor.", "Jane Roe | Bloomberg | Getty Images",
                 "Jane Roe | Bloomberg | Getty Images", ["Jane Roe"],
                 ["Bloomberg", "Getty Images"], [], id="cnbc-pipes"),
    pytest.param("The cast at the premiere in Los Angeles.", "Getty Images for Netflix",
                 "Getty Images for Netflix", [], ["Getty Images"], [], id="getty-for-client"),
    pytest.param("The cast at the premiere in Los Angeles.", "Jane Roe/Getty Images for Netflix",
                 "Jane Roe/Getty Images for Netflix", ["Jane Roe"], ["Getty Images"], [],
                 id="getty-person-for-client"),
    pytest.param("Guests arrive at the magazine's party.", "Jane Roe/Getty Images for Vanity Fair",
                 "Jane Roe/Getty Images for Vanity Fair", ["Jane Roe"], ["Getty Images"], [],
                 id="getty-for-a-publication-client"),
    pytest.param("Founders on stage at the summit.", "Jane Roe / Getty Images for TechCrunch",
                 "Jane Roe / Getty Images for TechCrunch", ["Jane Roe"], ["Getty Images"], [],
                 id="techcrunch-getty-for-its-own-event"),
    pytest.param("Guests arrive at the magazine's party.", "Jane Roe for Vanity Fair",
                 "Jane Roe for Vanity Fair", ["Jane Roe"], ["Vanity Fair"], [],
                 id="person-for-a-publication-keeps-it"),
    pytest.param("Fans outside the arena on Friday.", "(Jane Roe/Sipa USA via AP)",
                 "Jane Roe/Sipa USA via AP", ["Jane Roe"], ["Sipa", "AP"], [], id="sipa-via-ap"),
    pytest.param("Protesters in central London.", "ZUMA Press Wire/REX/Shutterstock",
                 "ZUMA Press Wire/REX/Shutterstock", [], ["ZUMA Press Wire", "Shutterstock"], [],
                 id="rex-shutterstock"),
    pytest.param("The king in Madrid.", "EPA-EFE/Jane Roe", "EPA-EFE/Jane Roe", ["Jane Roe"],
                 ["EPA"], [], id="epa-efe"),
    pytest.param("The senator in 2019.", "AP Photo/Jane Roe/File", "AP Photo/Jane Roe/File",
                 ["Jane Roe"], ["AP"], ["File"], id="ap-file"),
    pytest.param("The plant in 2021.", "Reuters/Jane Roe/File Photo",
                 "Reuters/Jane Roe/File Photo", ["Jane Roe"], ["Reuters"], ["File"],
                 id="reuters-file-photo"),
    pytest.param("Smoke over the city on Sunday", "(Jane Roe/CNN)", "Jane Roe/CNN",
                 ["Jane Roe"], ["CNN"], [], id="cnn"),
    pytest.param("The anchor on set in New York.", "CBS News", "CBS News", [], ["CBS News"], [],
                 id="cbs-news"),
    pytest.param("The host in the studio.", "Jane Roe/NPR", "Jane Roe/NPR", ["Jane Roe"],
                 ["NPR"], [], id="npr"),
    pytest.param("Dust storms on Mars.", "NASA/JPL-Caltech", "NASA/JPL-Caltech", [],
                 ["NASA", "JPL-Caltech"], [], id="nasa-jpl"),
    pytest.param("A child with a red rash on the arm.", "iStock/Getty Images Plus",
                 "iStock/Getty Images Plus", [], ["iStock"], [],
                 id="newsweek-stock-credit-in-lower-case-first"),
    pytest.param("Shoppers at a grocery store in Chicago on March 2, 2025.",
                 "Jane Roe/Bloomberg © 2025 Bloomberg Finance LP",
                 "Jane Roe/Bloomberg © 2025 Bloomberg Finance LP", ["Jane Roe"], ["Bloomberg"],
                 [], id="forbes-chain-then-the-holders-copyright-notice"),
    pytest.param("A copper electrode after 300 charging cycles.", "Credit: Author provided",
                 "Author provided", [], [], ["Supplied"],
                 id="conversation-author-provided-after-a-credit-label"),
]  # fmt: skip


# the same rows as (caption, credit, (raw, photographers, agencies, roles))
EXPECTED = [pytest.param(*row.values[:2], row.values[2:], id=row.id) for row in CAPTIONED]


@pytest.mark.parametrize(("caption", "credit", "expected"), EXPECTED)
def test_caption_line_ending_in_a_credit(
    caption: str, credit: str, expected: tuple[str, list[str], list[str], list[str]]
) -> None:
    raw, people, agencies, roles = expected
    line = f"{caption} {credit}"
    found = find_credit(line)
    assert found is not None
    assert line[found[0] : found[1]] == credit
    parsed = parse_credit(line[found[0] : found[1]], offset=found[0])
    assert (parsed.raw, parsed.photographers, [a.name for a in parsed.agencies]) == (
        raw,
        people,
        agencies,
    )
    assert parsed.roles == roles
    assert line[parsed.span.start : parsed.span.end] == raw


@pytest.mark.parametrize("credit", [pytest.param(row.values[1], id=row.id) for row in CAPTIONED])
def test_credit_alone_on_its_line(credit: str) -> None:
    assert find_credit(credit) == (0, len(credit))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The couple on their wedding day. Supplied.", id="full-stop-after-role"),
        pytest.param("The anchor on set. CBS News.", id="full-stop-after-agency"),
    ],
)
def test_bare_name_after_a_caption_needs_no_full_stop(line: str) -> None:
    """A bare role or agency closes a caption only unpunctuated: "... Supplied", not "Supplied."."""
    assert find_credit(line) is None


@given(st.text(alphabet=st.sampled_from(list("Aa /|(),.-:©Photo byviaAPGetty\n")), max_size=300))
@settings(max_examples=300, deadline=None)
def test_find_credit_never_raises_and_points_into_line(line: str) -> None:
    found = find_credit(line)
    if found is not None:
        assert 0 <= found[0] < found[1] <= len(line)
        parse_credit(line[found[0] : found[1]])


@given(
    st.text(
        alphabet=st.sampled_from(list("Aa []()/.:…Credit.Courtesy ofFileSupplied")), max_size=200
    )
)
@settings(max_examples=300, deadline=None)
def test_find_credit_in_brackets_never_raises(line: str) -> None:
    found = find_credit(line)
    if found is not None:
        assert 0 <= found[0] < found[1] <= len(line)
        credit = parse_credit(line[found[0] : found[1]], offset=found[0])
        assert line[credit.span.start : credit.span.end] == credit.raw


@pytest.mark.parametrize("func", [find_credit], ids=["find"])
@pytest.mark.parametrize(
    "unit",
    [
        *["/", "A/", "Ab Cd/", "(", " ", "x", "Photo: ", ". ", "](", "AP Photo/Jane Doe, "],
        *["[", "]", ")", "[a] ", "Credit...", "Courtesy of ", "Supplied. ", "Photo / ", "Aa Bb "],
    ],
)
def test_scales_linearly(func: Callable[[str], object], unit: str) -> None:
    """8x the input (up to 50,000 slashes, 125,000 brackets, ~1 MB) costs at most ~8x the time."""
    small = unit * (125_000 // len(unit) // 8)
    large = unit * (125_000 // len(unit))
    if unit in (" ", "x"):
        small, large = unit * 125_000, unit * 1_000_000
    small_s, large_s = scaling(func, small, large, limit=32, slack=0.005)
    assert large_s < 32 * small_s + 0.005


# `may_hold_credit`: a line's end with none of what any credit needs skips the cascade.
# (line, why it must pass the gate) -- each row holds one trigger only.
GATE_PASSES = [
    pytest.param("AP. Pool", id="a-role-after-an-agency-with-no-chain-mark"),
    pytest.param("The Canadian Press file photo", id="a-role-of-two-words-after-a-name"),
    pytest.param("The mayor at the opening (Jane Roe)", id="closing-bracket"),
    pytest.param("The mayor at the opening [Jane Roe]", id="closing-square-bracket"),
    pytest.param("The mayor at the opening on Monday Jane Roe/Smalltown Gazette", id="slash"),
    pytest.param("The mayor at the opening on Monday Jane Roe | Gazette", id="pipe"),
    pytest.param("The mayor at the opening on Monday. Jane Roe via Gazette Wire", id="via"),
    pytest.param("The mayor at the opening on Monday. Jane Roe for Gazette Wire", id="for"),
    pytest.param("The mayor at the opening on Monday. Jane Roe-Gazette Wire", id="hyphen"),
    pytest.param("The mayor at the opening on Monday. COURTESY Gazette Wire", id="courtesy-caps"),
    pytest.param("The mayor at the opening on Monday. Photograph: Jane Roe", id="wrapper"),
    pytest.param("The mayor at the opening on Monday. PICTURE: Jane Roe", id="wrapper-caps"),
    pytest.param("The mayor at the opening on Monday. © Jane Roe", id="copyright-sign"),
    pytest.param("The mayor at the opening on Monday. Credit…Jane Roe", id="credit-ellipsis"),
    pytest.param("The mayor at the opening on Monday. \u0130mage: Jane Roe", id="dotted-capital-i"),
    pytest.param("The mayor at the opening on Monday. Getty Images", id="agency-alone"),
    pytest.param("The mayor at the opening on Monday. A.F.P", id="agency-initials"),
    pytest.param("The mayor at the opening on Monday. Reuters Pictures", id="generic-suffix"),
    pytest.param("The mayor at the opening on Monday. Agência Brasil", id="accented-agency"),
    pytest.param("The mayor at the opening on Monday. Supplied", id="role-alone"),
    pytest.param("The mayor at the opening on Monday. Handout photo", id="role-of-two-words"),
    pytest.param("The mayor at the opening on Monday. Jane Roe, AP", id="short-agency"),
]  # fmt: skip

# Lines that end in none: headings, datelines, lists and sentences that end in a name.
GATE_REJECTS = [
    pytest.param("NASA Chooses Three Companies to Join a Moon Lander Project", id="title"),
    pytest.param("WHO IS THE FRONT RUNNER?", id="shouted-question"),
    pytest.param("October 3 – Phoenix, AZ @ Desert Sky Pavilion", id="tour-date"),
    pytest.param("Ceres Robotics, Palo Alto, California", id="company-and-place"),
    pytest.param("The storm hit the coast, said John Smith", id="said-name"),
    pytest.param("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", id="stock-quote"),
    pytest.param("What Charges Does the Senator Face in the US?", id="question-title"),
]  # fmt: skip


def _gate(line: str) -> bool:
    stop = len(line.rstrip())
    return credit_gate.may_hold_credit(line, trailing_junk(line, 0, stop))


@pytest.mark.parametrize("line", GATE_PASSES)
def test_gate_passes_a_line_with_a_trigger(line: str) -> None:
    assert _gate(line)


@pytest.mark.parametrize("line", GATE_REJECTS)
def test_gate_rejects_a_line_without_one(line: str) -> None:
    assert not _gate(line)


def _ungated(line: str) -> tuple[int, int] | None:
    """`find_credit` with the gate always open: the cascade reads every line."""
    with mock.patch.object(credit_lines, "may_hold_credit", return_value=True):
        return find_credit(line)


_ROWS = [row[0] for row in FIND_CASES] + NOT_CREDITS + [p.values[0] for p in MORE_NOT_CREDITS]
GATED_LINES = [
    *_ROWS,
    *[p.values[0] for p in ENDS_IN_LOWER_CASE + GATE_PASSES + GATE_REJECTS],
    *[f"{p.values[0]} {p.values[1]}" for p in CAPTIONED],
]


@pytest.mark.parametrize("line", GATED_LINES)
def test_gate_changes_no_answer_on_the_tables(line: str) -> None:
    assert find_credit(line) == _ungated(line)


# Pieces of captions and credits: words of agencies, roles and wrappers, in any case,
# separators, brackets and the characters that fold oddly ("İ", "ſ", the Kelvin sign).
CREDIT_PIECES = [
    " ", ". ", ", ", "; ", ": ", "/", " | ", " via ", " for ", "-", "–", "(", ")", "[", "]",
    "Jane", "Roe", "JANE", "ROE", "the", "The", "on", "Monday", "said", "was", "done",
    "AP", "Ap", "A.P.", "AFP", "Getty", "Images", "GETTY", "Reuters", "Pictures", "PA",
    "Associated", "Press", "Photo", "photo", "PHOTO", "Photograph", "Image", "source",
    "Credit", "Credit...", "©", "(c)", "Courtesy", "courtesy", "Supplied", "SUPPLIED",
    "Handout", "HO", "File", "Pool", "Staff", "\u0130mage", "Courte\u017fy", "\u212aevin",
    "Agência", "Brasil", "Inc.", "Co.", "’", "“", "”", "!", "?", "2024", " - RTR4JDW4",
]  # fmt: skip


@given(st.lists(st.sampled_from(CREDIT_PIECES), max_size=30).map("".join))
@settings(max_examples=2000, deadline=None)
def test_gate_changes_no_answer(line: str) -> None:
    assert find_credit(line) == _ungated(line)


@pytest.mark.parametrize(
    ("line", "named"),
    [
        pytest.param("A reading room in a former shoe shop in Harbor City. Harborline", True,
                     id="one-word-giver"),
        pytest.param("The mayor opens the new reading room on Monday. Jane Roe", True,
                     id="person"),
        pytest.param("Jobs Linger in 29 States as U.S. Recovers Unevenly", False,
                     id="abbreviation-in-a-title"),
        pytest.param("Fishers say officers seized traps in St. Marys Bay", False,
                     id="abbreviation-before-a-place"),
        pytest.param("Library Woes Linger In Harbor City And Beyond. Harborline", False,
                     id="title-case-is-no-sentence"),
        pytest.param("A map of the harbor drawn in 1871 by the first pilot. Library of Congress",
                     True, id="organisation-with-a-joining-word"),
        pytest.param("A still from the film's final scene, shot in 1923. Harbor Film Preservation "
                     "Lab", True, id="organisation-of-four-words"),
        pytest.param("The council met in the old hall on Monday. City Council members", False,
                     id="organisation-word-then-lower-case-is-no-name"),
        pytest.param("He left the building on Monday. Advertisement", False, id="page-tag"),
        pytest.param("He went home. Harborline", False, id="too-short-for-a-caption"),
        pytest.param('"We are done," he said on Monday. Harborline', False, id="quotation"),
    ],
)  # fmt: skip
def test_name_after_caption(line: str, named: bool) -> None:
    assert name_after_caption(line, line.rfind(". ") + 2) is named
