"""`parse_credit` and `find_credit`: one table row per credit format seen in the wild."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import parse_credit
from newsparse.credits import find_credit

# (credit as printed, raw, photographers, agency names, roles), named by the outlet style.
PARSE_CASES = [
    ("RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images", "RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images",
     ["Ramil Sitdikov"], ["Sputnik", "AFP", "Getty Images"], []),
    ("Anastasia Vlasova/Getty Images", "Anastasia Vlasova/Getty Images",
     ["Anastasia Vlasova"], ["Getty Images"], []),
    ("PIYASET/GETTY", "PIYASET/GETTY", ["Piyaset"], ["Getty Images"], []),
    ("(AP Photo/Evan Vucci)", "AP Photo/Evan Vucci", ["Evan Vucci"], ["AP"], []),
    ("(AP Photo/Efrem Lukatsky, File)", "AP Photo/Efrem Lukatsky, File",
     ["Efrem Lukatsky"], ["AP"], ["File"]),
    ("(Photo by AP Photo/Stringer)", "AP Photo/Stringer", [], ["AP"], ["Stringer"]),
    ("(Zerihun Sewunet/UNICEF via AP Photo)", "Zerihun Sewunet/UNICEF via AP Photo",
     ["Zerihun Sewunet"], ["UNICEF", "AP"], []),
    ("REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque", ["Kevin Lamarque"], ["Reuters"], []),
    ("(Omar Sobhani/Reuters)", "Omar Sobhani/Reuters", ["Omar Sobhani"], ["Reuters"], []),
    ("Reuters/Alamy", "Reuters/Alamy", [], ["Reuters", "Alamy"], []),
    ("Photograph: Ezra Acayan/Getty Images", "Ezra Acayan/Getty Images",
     ["Ezra Acayan"], ["Getty Images"], []),
    ("Illustration: Nash Weerasekera/The Guardian", "Nash Weerasekera/The Guardian",
     ["Nash Weerasekera"], ["The Guardian"], []),
    ("Image source, Getty Images", "Getty Images", [], ["Getty Images"], []),
    ("Image copyright Getty Images", "Getty Images", [], ["Getty Images"], []),
    ("(Ousama Farag/CBC)", "Ousama Farag/CBC", ["Ousama Farag"], ["CBC"], []),
    ("(Courtesy of the Serrano family)", "Courtesy of the Serrano family", [], [], ["Courtesy"]),
    ("toggle caption Johannes Eisele/AFP via Getty Images", "Johannes Eisele/AFP via Getty Images",
     ["Johannes Eisele"], ["AFP", "Getty Images"], []),
    ("Joel Saget | Afp | Getty Images", "Joel Saget | Afp | Getty Images",
     ["Joel Saget"], ["AFP", "Getty Images"], []),
    ("| Photo by FRANCOIS PICARD/AFP via Getty Images", "FRANCOIS PICARD/AFP via Getty Images",
     ["Francois Picard"], ["AFP", "Getty Images"], []),
    ("(AFP PHOTO / ADRIAN DENNIS)", "AFP PHOTO / ADRIAN DENNIS", ["Adrian Dennis"], ["AFP"], []),
    ("Photo: Michael Nagle/Bloomberg via Getty Images", "Michael Nagle/Bloomberg via Getty Images",
     ["Michael Nagle"], ["Bloomberg", "Getty Images"], []),
    ("PHOTOGRAPH BY TORU YAMANAKA-AFP/GETTY IMAGES", "TORU YAMANAKA-AFP/GETTY IMAGES",
     ["Toru Yamanaka"], ["AFP", "Getty Images"], []),
    ("(Bob Brown/Richmond Times-Dispatch/Associated Press)",
     "Bob Brown/Richmond Times-Dispatch/Associated Press",
     ["Bob Brown"], ["Richmond Times-Dispatch", "AP"], []),
    ("Foto: dpa", "dpa", [], ["dpa"], []),
    ("Bild: picture alliance / dpa | Kay Nietfeld", "picture alliance / dpa | Kay Nietfeld",
     ["Kay Nietfeld"], ["picture alliance", "dpa"], []),
    ("Photo : AFP", "AFP", [], ["AFP"], []),
    ("Foto: EFE/Chema Moya", "EFE/Chema Moya", ["Chema Moya"], ["EFE"], []),
    ("© Reuters", "Reuters", [], ["Reuters"], []),
    ("(Image: GETTY)", "GETTY", [], ["Getty Images"], []),
    ("(Image credit: TNG Collaboration)", "TNG Collaboration", [], ["TNG Collaboration"], []),
    ("(Image: © Event Horizon Telescope Collaboration)", "Event Horizon Telescope Collaboration",
     [], ["Event Horizon Telescope Collaboration"], []),
    ("Credit: ESA", "ESA", [], ["ESA"], []),
    ("Image Credits: Apptronik", "Apptronik", [], ["Apptronik"], []),
    ("Image credit: Tyvak Nano-Satellite Systems, Inc.", "Tyvak Nano-Satellite Systems, Inc.",
     [], ["Tyvak Nano-Satellite Systems, Inc."], []),
    ("Photo: John Locher, AP", "John Locher, AP", ["John Locher"], ["AP"], []),
    ("Photo: Ringo H.W. Chiu, AP", "Ringo H.W. Chiu, AP", ["Ringo H.W. Chiu"], ["AP"], []),
    ("Mandatory Credit: Jamie Rhodes-USA TODAY Sports - RTR4JDW4", "Jamie Rhodes-USA TODAY Sports",
     ["Jamie Rhodes"], ["USA Today Sports"], []),
    ("(Photo by REUTERS)", "REUTERS", [], ["Reuters"], []),
    ("(Credit: iStock)", "iStock", [], ["iStock"], []),
    ("Photo by Jason Kempin/Getty Images", "Jason Kempin/Getty Images",
     ["Jason Kempin"], ["Getty Images"], []),
    ("Photograph: Jeenah Moon/Bloomberg/Getty Images", "Jeenah Moon/Bloomberg/Getty Images",
     ["Jeenah Moon"], ["Bloomberg", "Getty Images"], []),
    ("Photograph: Miguel J Rodríguez Carrillo/Getty Images",
     "Miguel J Rodríguez Carrillo/Getty Images",
     ["Miguel J Rodríguez Carrillo"], ["Getty Images"], []),
    ("Kevin Mazur/Getty Images for Ithaca Holdings", "Kevin Mazur/Getty Images for Ithaca Holdings",
     ["Kevin Mazur"], ["Getty Images"], []),
    ("Photo by Jane Doe for The New York Times", "Jane Doe for The New York Times",
     ["Jane Doe"], ["The New York Times"], []),
    ("(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)",
     "Richard Shotwell, left, and Mark Von Holden/Invision/AP",
     ["Richard Shotwell", "Mark Von Holden"], ["Invision", "AP"], []),
    ("Alex Gottschalk / DeFodi Images via Getty Images",
     "Alex Gottschalk / DeFodi Images via Getty Images",
     ["Alex Gottschalk"], ["DeFodi Images", "Getty Images"], []),
    ("Mandel Ngan / AFP / Getty Images", "Mandel Ngan / AFP / Getty Images",
     ["Mandel Ngan"], ["AFP", "Getty Images"], []),
    ("(NASA/JPL-Caltech/ASU)", "NASA/JPL-Caltech/ASU", [], ["NASA", "JPL-Caltech", "ASU"], []),
    ("Photo illustration by Slate. Photo by David Dyer-Bennet.",
     "Photo illustration by Slate. Photo by David Dyer-Bennet",
     ["David Dyer-Bennet"], ["Slate"], []),
    ("Left: Jane Doe/AP; right: John Roe/Reuters", "Left: Jane Doe/AP; right: John Roe/Reuters",
     ["Jane Doe", "John Roe"], ["AP", "Reuters"], []),
    ("STR/AFP via Getty Images", "STR/AFP via Getty Images", [], ["AFP", "Getty Images"],
     ["Stringer"]),
    ("HANDOUT/AFP", "HANDOUT/AFP", [], ["AFP"], ["Handout"]),
    ("(Pool photo by Jane Doe)", "Pool photo by Jane Doe", ["Jane Doe"], [], ["Pool"]),
    ("Source: Pudu Robotics", "Pudu Robotics", [], ["Pudu Robotics"], []),
    ("Photo: Supplied", "Supplied", [], [], ["Supplied"]),
    ("EPA-EFE/Shutterstock", "EPA-EFE/Shutterstock", [], ["EPA", "Shutterstock"], []),
    ("Photo: John Smith Jr./AP", "John Smith Jr./AP", ["John Smith Jr."], ["AP"], []),
    ("Credit...Doug Mills/The New York Times", "Doug Mills/The New York Times",
     ["Doug Mills"], ["The New York Times"], []),
    ("[Mohammed Salem/Reuters]", "Mohammed Salem/Reuters", ["Mohammed Salem"], ["Reuters"], []),
    ("Photo-Illustration: WIRED Staff; Getty Images", "WIRED Staff; Getty Images",
     [], ["Wired", "Getty Images"], []),
    ("Composite: Guardian Design; Getty Images", "Guardian Design; Getty Images",
     [], ["Guardian Design", "Getty Images"], []),
    ("Alberto PIZZOLI / AFP", "Alberto PIZZOLI / AFP", ["Alberto Pizzoli"], ["AFP"], []),
    ("REUTERS/Evelyn Hockstein/File Photo", "REUTERS/Evelyn Hockstein/File Photo",
     ["Evelyn Hockstein"], ["Reuters"], ["File"]),
    ("(AP Photo/Jacquelyn Martin, Pool)", "AP Photo/Jacquelyn Martin, Pool",
     ["Jacquelyn Martin"], ["AP"], ["Pool"]),
    ("© Ludovic Marin / AFP", "Ludovic Marin / AFP", ["Ludovic Marin"], ["AFP"], []),
    ("(Photo: Kiichiro Sato, AP)", "Kiichiro Sato, AP", ["Kiichiro Sato"], ["AP"], []),
    ("Photographer: Samuel Corum/Bloomberg", "Samuel Corum/Bloomberg",
     ["Samuel Corum"], ["Bloomberg"], []),
    ("Jean-Christophe Bott/Keystone via AP", "Jean-Christophe Bott/Keystone via AP",
     ["Jean-Christophe Bott"], ["Keystone", "AP"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw", "people", "agencies", "roles"), PARSE_CASES)
def test_parse_credit(
    text: str, raw: str, people: list[str], agencies: list[str], roles: list[str]
) -> None:
    credit = parse_credit(text)
    assert (credit.raw, credit.photographers, [a.name for a in credit.agencies], credit.roles) == (
        raw,
        people,
        agencies,
        roles,
    )


@pytest.mark.parametrize(("text", "raw"), [(row[0], row[1]) for row in PARSE_CASES])
def test_span_points_at_raw(text: str, raw: str) -> None:
    credit = parse_credit(text, offset=100)
    assert text[credit.span.start - 100 : credit.span.end - 100] == raw


@pytest.mark.parametrize(
    ("text", "full_name", "kind"),
    [
        ("AFP PHOTO / ADRIAN DENNIS", "Agence France-Presse", "wire"),
        ("Ousama Farag/CBC", "Canadian Broadcasting Corporation", "publication"),
        ("Jane Doe/Smalltown Gazette", None, None),
    ],
)
def test_agencies_are_registry_entries_or_kept_as_printed(
    text: str, full_name: str | None, kind: str | None
) -> None:
    agency = parse_credit(text).agencies[-1]
    assert (agency.full_name, agency.kind) == (full_name, kind)


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
    "He told Reuters on Monday.",
    "The storm hit the coast, said John Smith of AP.",
    "The 24/7 service will open next year.",
    "Members can call and/or write to the council.",
    "The Environmental Protection Agency (EPA)",
    "It was published by The Associated Press (AP)",
    "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
    "(Reporting by Jane Doe in London; Editing by John Roe)",
    "Blue Origin, Kent, Washington",
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
    "",
    "   ",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_find_credit_ignores_body_text(line: str) -> None:
    assert find_credit(line) is None


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_parse_credit_never_raises_and_span_indexes_text(text: str) -> None:
    credit = parse_credit(text, offset=7)
    assert 7 <= credit.span.start <= credit.span.end <= len(text) + 7
    assert text[credit.span.start - 7 : credit.span.end - 7] == credit.raw


@given(st.text(alphabet=st.sampled_from(list("Aa /|(),.-:©Photo byviaAPGetty\n")), max_size=300))
@settings(max_examples=300, deadline=None)
def test_find_credit_never_raises_and_points_into_line(line: str) -> None:
    found = find_credit(line)
    if found is not None:
        assert 0 <= found[0] < found[1] <= len(line)
        parse_credit(line[found[0] : found[1]])


def _seconds(func: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("func", [parse_credit, find_credit], ids=["parse", "find"])
@pytest.mark.parametrize(
    "unit",
    ["/", "A/", "Ab Cd/", "(", " ", "x", "Photo: ", ". ", "](", "AP Photo/Jane Doe, "],
)
def test_scales_linearly(func: Callable[[str], object], unit: str) -> None:
    """8x the input (up to 50,000 slashes, ~1 MB) costs at most ~8x the time, with slack."""
    small = unit * (125_000 // len(unit) // 8)
    large = unit * (125_000 // len(unit))
    if unit in (" ", "x"):
        small, large = unit * 125_000, unit * 1_000_000
    assert _seconds(func, large) < 8 * 4 * _seconds(func, small) + 0.005
