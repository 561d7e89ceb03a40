"""`parse_credit`: one table row per credit format seen in the wild.

Finding a credit in a caption line (`find_credit`) is tested in ``test_credit_lines.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import parse_credit
from newsparse.models import Credit
from tests._timing import scaling

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


# More outlets (credit as printed, raw, photographers, agency names, roles). A name after
# "Courtesy of" is the person credited, so a photographer; an organisation after it is an
# agency; a family or a lower-case giver ("the club") is neither.
MORE_PARSE_CASES = [
    pytest.param("[File: Jane Roe/AP Photo]", "File: Jane Roe/AP Photo",
                 ["Jane Roe"], ["AP"], ["File"], id="aljazeera-file"),
    pytest.param("[Handout via Reuters]", "Handout via Reuters", [], ["Reuters"], ["Handout"],
                 id="aljazeera-handout"),
    pytest.param("Credit…Jane Roe for The New York Times", "Jane Roe for The New York Times",
                 ["Jane Roe"], ["The New York Times"], [], id="nyt-for-ellipsis"),
    pytest.param("Credit...Pool photo by Jane Roe", "Pool photo by Jane Roe",
                 ["Jane Roe"], [], ["Pool"], id="nyt-pool"),
    pytest.param("Photo courtesy of the club", "Photo courtesy of the club", [], [], ["Courtesy"],
                 id="courtesy-lower-case-giver"),
    pytest.param("(Courtesy of Jane Roe)", "Courtesy of Jane Roe", ["Jane Roe"], [], ["Courtesy"],
                 id="courtesy-person"),
    pytest.param("Courtesy Harbor City Police", "Courtesy Harbor City Police",
                 [], ["Harbor City Police"], ["Courtesy"], id="courtesy-organisation"),
    pytest.param("Courtesy of NASA", "Courtesy of NASA", [], ["NASA"], ["Courtesy"],
                 id="courtesy-known-agency"),
    pytest.param("(Courtesy of Altadena Builds Back)", "Courtesy of Altadena Builds Back", [],
                 ["Altadena Builds Back"], ["Courtesy"],
                 id="courtesy-three-words-no-given-name-is-an-organisation"),
    pytest.param("Courtesy of Mary Ann Evans", "Courtesy of Mary Ann Evans", ["Mary Ann Evans"],
                 [], ["Courtesy"], id="courtesy-three-words-given-name-first-is-a-person"),
    pytest.param("Submitted by Paulo de Souza", "Submitted by Paulo de Souza",
                 ["Paulo de Souza"], [], ["Submitted"], id="submitted-two-words-and-a-particle"),
    pytest.param("Image courtesy of Jane Roe", "Image courtesy of Jane Roe", ["Jane Roe"], [],
                 ["Courtesy"], id="image-courtesy-person"),
    pytest.param("(Supplied)", "Supplied", [], [], ["Supplied"], id="au-supplied-brackets"),
    pytest.param("Supplied", "Supplied", [], [], ["Supplied"], id="au-supplied"),
    pytest.param("Credit: Special Arrangement", "Special Arrangement", [], [], ["Supplied"],
                 id="indian-special-arrangement-is-supplied"),
    pytest.param("(Supplied: Jane Roe)", "Supplied: Jane Roe", ["Jane Roe"], [], ["Supplied"],
                 id="abc-supplied-by-a-person"),
    pytest.param("(Supplied: NSW SES)", "Supplied: NSW SES", [], ["NSW SES"], ["Supplied"],
                 id="abc-supplied-by-initials"),
    pytest.param("Handout", "Handout", [], [], ["Handout"], id="handout-alone"),
    pytest.param("Photo / Jane Roe", "Jane Roe", ["Jane Roe"], [], [], id="nz-photo-person"),
    pytest.param("Photo / AP", "AP", [], ["AP"], [], id="nz-photo-agency"),
    pytest.param("Picture: Jane Roe/AAP", "Jane Roe/AAP", ["Jane Roe"], ["AAP"], [],
                 id="au-picture"),
    pytest.param("Photo illustration by Slate", "Slate", [], ["Slate"], [],
                 id="slate-illustration"),
    pytest.param("(Photo: Jane Roe/USA TODAY Sports)", "Jane Roe/USA TODAY Sports",
                 ["Jane Roe"], ["USA Today Sports"], [], id="usatoday-sports"),
    pytest.param("Jane Roe/USA TODAY NETWORK", "Jane Roe/USA TODAY NETWORK",
                 ["Jane Roe"], ["USA Today"], [], id="usatoday-network"),
    pytest.param("Jane Roe | Bloomberg | Getty Images", "Jane Roe | Bloomberg | Getty Images",
                 ["Jane Roe"], ["Bloomberg", "Getty Images"], [], id="cnbc-pipes"),
    pytest.param("Getty Images for Netflix", "Getty Images for Netflix", [], ["Getty Images"], [],
                 id="getty-for-client"),
    pytest.param("Jane Roe/Getty Images for Netflix", "Jane Roe/Getty Images for Netflix",
                 ["Jane Roe"], ["Getty Images"], [], id="getty-person-for-client"),
    pytest.param("(Jane Roe/Sipa USA via AP)", "Jane Roe/Sipa USA via AP",
                 ["Jane Roe"], ["Sipa", "AP"], [], id="ap-sipa-via"),
    pytest.param("ZUMA Press Wire/REX/Shutterstock", "ZUMA Press Wire/REX/Shutterstock",
                 [], ["ZUMA Press Wire", "Shutterstock"], [], id="rex-shutterstock"),
    pytest.param("EPA-EFE/Jane Roe", "EPA-EFE/Jane Roe", ["Jane Roe"], ["EPA"], [], id="epa-efe"),
    pytest.param("AP Photo/Jane Roe/File", "AP Photo/Jane Roe/File", ["Jane Roe"], ["AP"],
                 ["File"], id="ap-file-slash"),
    pytest.param("Reuters/Jane Roe/File Photo", "Reuters/Jane Roe/File Photo",
                 ["Jane Roe"], ["Reuters"], ["File"], id="reuters-file-photo"),
    pytest.param("(Jane Roe/CNN)", "Jane Roe/CNN", ["Jane Roe"], ["CNN"], [], id="cnn"),
    pytest.param("CBS News", "CBS News", [], ["CBS News"], [], id="cbs-alone"),
    pytest.param("Jane Roe/NPR", "Jane Roe/NPR", ["Jane Roe"], ["NPR"], [], id="npr"),
    pytest.param("NASA/JPL-Caltech", "NASA/JPL-Caltech", [], ["NASA", "JPL-Caltech"], [],
                 id="nasa-jpl"),
    pytest.param("(Ohio Department of Fish and Wildlife via AP)",
                 "Ohio Department of Fish and Wildlife via AP", [],
                 ["Ohio Department of Fish and Wildlife", "AP"], [], id="and-inside-department"),
    pytest.param("(U.S. Fish and Wildlife Service via AP)", "U.S. Fish and Wildlife Service via AP",
                 [], ["U.S. Fish and Wildlife Service", "AP"], [], id="and-before-service"),
    pytest.param("Photos by Jane Roe and Acme Foundation", "Jane Roe and Acme Foundation",
                 ["Jane Roe"], ["Acme Foundation"], [], id="person-and-foundation-split"),
    pytest.param("(Johnson & Johnson via AP)", "Johnson & Johnson via AP", [],
                 ["Johnson & Johnson", "AP"], [], id="ampersand-company"),
    pytest.param("Screenshot by Jane Roe / The Verge", "Jane Roe / The Verge", ["Jane Roe"],
                 ["The Verge"], [], id="screenshot-by"),
    pytest.param("Paulo Nunes dos Santos/Reuters", "Paulo Nunes dos Santos/Reuters",
                 ["Paulo Nunes dos Santos"], ["Reuters"], [], id="particle-dos"),
    pytest.param("Photograph: Ahmad al-Rubaye/AFP", "Ahmad al-Rubaye/AFP", ["Ahmad al-Rubaye"],
                 ["AFP"], [], id="particle-al-hyphen"),
    pytest.param("REUTERS/Jane Roe Purchase Licensing Rights, opens new tab", "REUTERS/Jane Roe",
                 ["Jane Roe"], ["Reuters"], [], id="reuters-licensing-link"),
    pytest.param("Jane Roe for Billboard", "Jane Roe for Billboard", ["Jane Roe"], ["Billboard"],
                 [], id="for-publication"),
    pytest.param("(AAP: Jane Roe)", "AAP: Jane Roe", ["Jane Roe"], ["AAP"], [], id="agency-colon"),
    pytest.param("(ABC North Coast: Jane Roe)", "ABC North Coast: Jane Roe", ["Jane Roe"],
                 ["ABC North Coast"], [], id="outlet-colon"),
    pytest.param("Credit: PA:Press Association", "PA:Press Association", [], ["PA"], [],
                 id="agency-colon-alias"),
    pytest.param("Credit: AFP or licensors", "AFP", [], ["AFP"], [], id="or-licensors"),
    pytest.param("Credit: Jane Roe - The Sun", "Jane Roe - The Sun", ["Jane Roe"], ["The Sun"],
                 [], id="spaced-hyphen"),
    pytest.param("RELATED: Forget The Rest", "RELATED: Forget The Rest", [],
                 ["RELATED: Forget The Rest"], [], id="label-colon-is-no-outlet"),
    pytest.param("Photo: SCMP/Jane Roe", "SCMP/Jane Roe", ["Jane Roe"],
                 ["South China Morning Post"], [], id="publication-then-photographer"),
    pytest.param("(Jane Roe/AP; John Doe/Reuters)", "Jane Roe/AP; John Doe/Reuters",
                 ["Jane Roe", "John Doe"], ["AP", "Reuters"], [], id="semicolon-two-credits"),
    pytest.param("Photograph: Jane Roe - AMA/Getty Images", "Jane Roe - AMA/Getty Images",
                 ["Jane Roe"], ["AMA", "Getty Images"], [], id="getty-sport-collection"),
    pytest.param("Jane Roe - The FA/The FA via Getty Images",
                 "Jane Roe - The FA/The FA via Getty Images", ["Jane Roe"],
                 ["The FA", "Getty Images"], [], id="getty-sport-club-collection"),
    pytest.param("NASA/ESA/CSA/Jane Roe (STScI)", "NASA/ESA/CSA/Jane Roe (STScI)", ["Jane Roe"],
                 ["NASA", "ESA", "CSA", "STScI"], [], id="nasa-person-and-institution"),
    pytest.param("Credit: NASA, ESA, CSA, Jane Roe (STScI)", "NASA, ESA, CSA, Jane Roe (STScI)",
                 ["Jane Roe"], ["NASA", "ESA", "CSA", "STScI"], [],
                 id="nasa-commas-person-and-institution"),
    pytest.param("Jane Roe / AP file", "Jane Roe / AP file", ["Jane Roe"], ["AP"], ["File"],
                 id="agency-then-file"),
    pytest.param("Jane Roe / Staff photographer", "Jane Roe / Staff photographer", ["Jane Roe"],
                 [], ["Staff"], id="hearst-staff-photographer"),
    pytest.param("Credit: Vexa AI", "Vexa AI", [], ["Vexa AI"], [], id="ai-company-no-person"),
    pytest.param("Photo by Jane Roe on Unsplash", "Jane Roe on Unsplash", ["Jane Roe"],
                 ["Unsplash"], [], id="on-a-stock-site"),
    pytest.param("Getty Images on Monday", "Getty Images on Monday", [],
                 ["Getty Images on Monday"], [], id="on-is-no-site-unless-known"),
    pytest.param("Image source, Family handout", "Family handout", [], [], ["Handout"],
                 id="bbc-family-handout-is-a-role"),
    pytest.param("Image source, Okafor family", "Okafor family", [], [], ["Family"],
                 id="bbc-named-family-is-nobody"),
    pytest.param("Photo: Staff file photo", "Staff file photo", [], [], ["Staff"],
                 id="hearst-staff-file-photo"),
    pytest.param("Photo: Contributed photo", "Contributed photo", [], [], ["Contributor"],
                 id="hearst-contributed-photo"),
    pytest.param("Photo: Courier-Journal file photo", "Courier-Journal file photo", [],
                 ["Courier-Journal"], ["File"], id="publication-then-file-photo"),
    pytest.param("(Submitted)", "Submitted", [], [], ["Submitted"], id="cbc-submitted-role"),
    pytest.param("File pic", "File pic", [], [], ["File"], id="sky-file-pic"),
    pytest.param("Credit: Unsplash/CC0 Public Domain", "Unsplash/CC0 Public Domain", [],
                 ["Unsplash"], ["Licence"], id="licence-tag-is-no-agency"),
    pytest.param("Credit: Wikimedia Commons/CC BY-SA 4.0", "Wikimedia Commons/CC BY-SA 4.0",
                 [], ["Wikimedia Commons"], ["Licence"], id="cc-by-sa-is-no-agency"),
    pytest.param("Credit: PTI File Photo", "PTI File Photo", [], ["PTI"], ["File"],
                 id="agency-then-capitalised-file-photo"),
    pytest.param("Credit: XY Photo/Ravi K", "XY Photo/Ravi K", ["Ravi K"], ["XY"], [],
                 id="indian-name-ending-in-an-initial"),
    pytest.param("Credit: XY Photo/B R Nandan", "XY Photo/B R Nandan", ["B R Nandan"],
                 ["XY"], [], id="indian-name-with-bare-initials"),
    pytest.param("Credit: Geomar / Lena Fischer-Braun", "Geomar / Lena Fischer-Braun",
                 ["Lena Fischer-Braun"], ["Geomar"], [], id="unknown-institute-slash-person"),
    pytest.param("Credit: WHOI / Lena Fischer", "WHOI / Lena Fischer", ["Lena Fischer"],
                 ["WHOI"], [], id="shouted-institute-before-a-person"),
    pytest.param("Credit: Dr. Lena Fischer", "Dr. Lena Fischer", ["Lena Fischer"], [], [],
                 id="doctor-title-left-out"),
    pytest.param("Credit: Prof. Omar Haddad, University of Bergen",
                 "Prof. Omar Haddad, University of Bergen", ["Omar Haddad"],
                 ["University of Bergen"], [], id="professor-and-university"),
    pytest.param("Photo: Sigrún Halldórsdóttir", "Sigrún Halldórsdóttir",
                 ["Sigrún Halldórsdóttir"], [], [], id="unbracketed-rare-given-name-is-a-person"),
    pytest.param("Courtesy of Sigrún Halldórsdóttir", "Courtesy of Sigrún Halldórsdóttir",
                 ["Sigrún Halldórsdóttir"], [], ["Courtesy"], id="courtesy-rare-given-name"),
    pytest.param("Photo: Lena Okafor-Reyes*", "Lena Okafor-Reyes*", ["Lena Okafor-Reyes"], [], [],
                 id="courtesy-asterisk-left-out-of-the-name"),
    pytest.param("(Lena Okafor et al./Ocean Letters)", "Lena Okafor et al./Ocean Letters",
                 ["Lena Okafor"], ["Ocean Letters"], [], id="first-author-et-al-slash-journal"),
    pytest.param("(Arcadia Group, LinkedIn)", "Arcadia Group, LinkedIn", [],
                 ["Arcadia Group", "LinkedIn"], [], id="org-comma-second-org-is-no-place"),
    pytest.param("(Arcadia Group, Facebook)", "Arcadia Group, Facebook", [],
                 ["Arcadia Group", "Facebook"], [], id="org-comma-org-word-is-no-place"),
    pytest.param("(Image credit: Science Museum, Oslo/Alamy)", "Science Museum, Oslo/Alamy", [],
                 ["Science Museum, Oslo", "Alamy"], [], id="institution-comma-place"),
    pytest.param("AP Photo/Rosa A. Lindqvist", "AP Photo/Rosa A. Lindqvist",
                 ["Rosa A. Lindqvist"], ["AP"], [], id="middle-initial-a-is-no-article"),
    pytest.param("Tomas A. Berg, AP", "Tomas A. Berg, AP", ["Tomas A. Berg"], ["AP"], [],
                 id="middle-initial-a-before-agency"),
    pytest.param("Credit: Università di Pavia / L. Conti", "Università di Pavia / L. Conti",
                 ["L. Conti"], ["Università di Pavia"], [], id="italian-university-then-person"),
    pytest.param("Credit: Universidad de Murcia", "Universidad de Murcia", [],
                 ["Universidad de Murcia"], [], id="spanish-university-alone"),
    pytest.param("Credit: Eastside Renters Union", "Eastside Renters Union", [],
                 ["Eastside Renters Union"], [], id="union-is-an-organisation"),
    pytest.param("Source: Orchard Lift", "Orchard Lift", [], ["Orchard Lift"], [],
                 id="source-label-one-name-is-an-organisation"),
    pytest.param("Source: Dana Whitfield", "Dana Whitfield", ["Dana Whitfield"], [], [],
                 id="source-label-given-name-is-a-person"),
    pytest.param("(Image credit: ESA – J. Moreau)", "ESA – J. Moreau", ["J. Moreau"], ["ESA"],
                 [], id="spaced-en-dash-after-agency-is-a-chain"),
    pytest.param("NASA/Harbor vidéo du KSC – J. Moreau", "NASA/Harbor vidéo du KSC – J. Moreau",
                 ["J. Moreau"], ["NASA", "Harbor vidéo du KSC"], [],
                 id="spaced-en-dash-after-unknown-organisation-before-person"),
    pytest.param("(Image credit: NASA/KSC lab)", "NASA/KSC lab", [], ["NASA", "KSC lab"], [],
                 id="image-credit-lower-case-word"),
    pytest.param("Pic: @HarborWeather/X", "@HarborWeather/X", [], ["X"], [],
                 id="social-handle-is-neither-person-nor-agency"),
    pytest.param("(Image: INSTAGRAM/@jane_roe)", "INSTAGRAM/@jane_roe", [], ["Instagram"], [],
                 id="platform-in-capitals-before-a-handle-is-the-agency"),
    pytest.param("(Submitted by N.W.T. Fire)", "Submitted by N.W.T. Fire", [], ["N.W.T. Fire"],
                 ["Submitted"], id="fire-service-is-an-organisation"),
    pytest.param("(Image credit: Harbor Ocean Institute/ROV Nautilus)",
                 "Harbor Ocean Institute/ROV Nautilus", [], ["Harbor Ocean Institute"], [],
                 id="vehicle-is-neither-person-nor-agency"),
    pytest.param("NASA/Perseverance rover", "NASA/Perseverance rover", [], ["NASA",
                 "Perseverance rover"], [], id="vehicle-named-first-is-kept"),
    pytest.param("Credit: Harbor Dynamics", "Harbor Dynamics", [], ["Harbor Dynamics"], [],
                 id="company-word-dynamics-is-an-organisation"),
    pytest.param("(Credit: Getty, Tidewater Development)", "Getty, Tidewater Development", [],
                 ["Getty Images", "Tidewater Development"], [], id="company-word-after-comma"),
    pytest.param("(Credit: LinkedIn; Bayside Builders)", "LinkedIn; Bayside Builders", [],
                 ["LinkedIn", "Bayside Builders"], [], id="company-word-after-semicolon"),
    pytest.param("(Photo: Ohio DNR/Facebook)", "Ohio DNR/Facebook", [], ["Ohio DNR", "Facebook"],
                 [], id="initials-without-vowel-mark-an-organisation"),
    pytest.param("Photo: Luca PIZZOLI/AFP", "Luca PIZZOLI/AFP", ["Luca Pizzoli"], ["AFP"], [],
                 id="surname-in-capitals-is-no-initialism"),
    pytest.param("(Image credit: Jane Roe for Harbor.com)", "Jane Roe for Harbor.com", ["Jane Roe"],
                 ["Harbor.com"], [], id="client-written-as-a-web-address-is-a-publication"),
    pytest.param("Jane Roe for Harbor Homes", "Jane Roe for Harbor Homes", ["Jane Roe"], [], [],
                 id="client-not-a-publication-is-left-out"),
    pytest.param("Photo: Jane Roe/S.F. Chronicle", "Jane Roe/S.F. Chronicle", ["Jane Roe"],
                 ["San Francisco Chronicle"], [], id="sf-chronicle-alias"),
    pytest.param("File pic: Reuters/Jane Roe", "Reuters/Jane Roe", ["Jane Roe"], ["Reuters"], [],
                 id="file-pic-label-is-a-wrapper"),
    pytest.param("(Lund & Ortega/Marine Biology)", "Lund & Ortega/Marine Biology", [],
                 ["Marine Biology"], [], id="authors-surnames-then-journal"),
    pytest.param("(Jane Lund/Marine Biology)", "Jane Lund/Marine Biology", ["Jane Lund"],
                 ["Marine Biology"], [], id="one-full-name-is-no-author-list"),
    pytest.param("Handout/European Union", "Handout/European Union", [], ["European Union"],
                 ["Handout"], id="role-then-organisation"),
    pytest.param("Photo: Jane Roe / Special to The Chronicle", "Jane Roe / Special to The Chronicle",
                 ["Jane Roe"], ["San Francisco Chronicle"], [], id="special-to-outlet"),
    pytest.param("Image Credits: Harborline / Photo by Jane Roe", "Harborline / Photo by Jane Roe",
                 ["Jane Roe"], ["Harborline"], [], id="photo-by-inside-a-chain"),
    pytest.param("(Photo by Marchetti/Getty Images)", "Marchetti/Getty Images", ["Marchetti"],
                 ["Getty Images"], [], id="photo-by-one-word-byline-before-agency"),
    pytest.param("(Marchetti/Getty Images)", "Marchetti/Getty Images", [],
                 ["Marchetti", "Getty Images"], [], id="one-word-without-photo-by-stays-agency"),
    pytest.param("(Photo by Harbor Press/Getty Images)", "Harbor Press/Getty Images", [],
                 ["Harbor Press", "Getty Images"], [], id="photo-by-organisation-stays-agency"),
    pytest.param("(TOI photo by Jane Roe)", "TOI photo by Jane Roe", ["Jane Roe"],
                 ["The Times of India"], [], id="known-publication-photo-by-person"),
    pytest.param("(Harbor Gazette photo by Jane Roe)", "Harbor Gazette photo by Jane Roe",
                 ["Jane Roe"], ["Harbor Gazette"], [], id="unknown-outlet-photo-by-person"),
    pytest.param("Photo: Jane Roe, Staff / Harbor Valley Express-News",
                 "Jane Roe, Staff / Harbor Valley Express-News", ["Jane Roe"],
                 ["Harbor Valley Express-News"], ["Staff"], id="staff-then-the-employer"),
    pytest.param("Staff/Jane Roe", "Staff/Jane Roe", ["Jane Roe"], [], ["Staff"],
                 id="staff-before-a-person-stays-a-person"),
    pytest.param("(Cole Marsh)", "Cole Marsh", ["Cole Marsh"], [], [],
                 id="bracketed-two-word-name-is-a-person"),
    pytest.param("(Manitoba Hydro)", "Manitoba Hydro", [], ["Manitoba Hydro"], [],
                 id="bracketed-utility-is-an-organisation"),
    pytest.param("Source: Orchard Lift", "Orchard Lift", [], ["Orchard Lift"], [],
                 id="source-label-two-words-stay-an-organisation"),
    pytest.param("Photograph: Collins Courts", "Collins Courts", [], ["Collins Courts"], [],
                 id="irish-agency-courts-desk-is-no-person"),
    pytest.param("Photograph: Courtesy of Green Mountain Power",
                 "Courtesy of Green Mountain Power", [], ["Green Mountain Power"], ["Courtesy"],
                 id="a-power-company-is-no-person"),
    pytest.param("Image: Cornwall Live / SWNS", "Cornwall Live / SWNS", [],
                 ["Cornwall Live", "SWNS"], [], id="a-local-news-site-before-an-agency"),
    pytest.param("Photos by Jane Roe/the Boston Globe via Getty Images and Kevin Ong/Reuters",
                 "Jane Roe/the Boston Globe via Getty Images and Kevin Ong/Reuters",
                 ["Jane Roe", "Kevin Ong"], ["The Boston Globe", "Getty Images", "Reuters"], [],
                 id="second-credit-after-and-a-via-chain"),
    pytest.param("Jane Roe/Getty Images and Sam Poe/AP", "Jane Roe/Getty Images and Sam Poe/AP",
                 ["Jane Roe", "Sam Poe"], ["Getty Images", "AP"], [],
                 id="second-credit-after-and-an-agency"),
    pytest.param("Illustration by The Atlantic. Sources: Getty; Alamy.",
                 "Illustration by The Atlantic. Sources: Getty; Alamy", [],
                 ["The Atlantic", "Getty Images", "Alamy"], [],
                 id="illustrator-then-the-sources-of-its-pictures"),
    pytest.param("Darren Calabrese/The Globe and Mail", "Darren Calabrese/The Globe and Mail",
                 ["Darren Calabrese"], ["The Globe and Mail"], [],
                 id="a-known-name-with-and-in-it-is-one-link"),
    pytest.param("(Supplied: Department of Transport and Main Roads)",
                 "Supplied: Department of Transport and Main Roads", [],
                 ["Department of Transport and Main Roads"], ["Supplied"],
                 id="department-of-two-things-joined-by-and"),
    pytest.param("Pic: Cheshire Constabulary", "Cheshire Constabulary", [],
                 ["Cheshire Constabulary"], [], id="a-constabulary-is-an-organisation"),
    pytest.param("(ABC Far North: Jasmine Nguyen-Holt, Dominic Papadakis)",
                 "ABC Far North: Jasmine Nguyen-Holt, Dominic Papadakis",
                 ["Jasmine Nguyen-Holt", "Dominic Papadakis"], ["ABC Far North"], [],
                 id="two-people-after-an-outlets-colon"),
    pytest.param("AAP: Dean Lewins, Harbor Films", "AAP: Dean Lewins, Harbor Films",
                 ["Dean Lewins"], ["AAP", "Harbor Films"], [],
                 id="an-organisation-after-the-person-stays-one"),
    pytest.param("PHOTO: SCREENGRAB FROM FACEBOOK/SMRT", "SCREENGRAB FROM FACEBOOK/SMRT", [],
                 ["SMRT"], ["Screenshot"], id="a-screengrab-from-where-is-a-role"),
    pytest.param("Handout from the family/AP", "Handout from the family/AP", [], ["AP"],
                 ["Handout"], id="a-handout-from-whom-is-a-role"),
    pytest.param("BETTMANN/GETTY", "BETTMANN/GETTY", [], ["Bettmann", "Getty Images"], [],
                 id="the-bettmann-archive-is-no-photographer"),
    pytest.param("Courtesy of Maison Drouot-Vasseur", "Courtesy of Maison Drouot-Vasseur", [],
                 ["Maison Drouot-Vasseur"], ["Courtesy"], id="an-auction-house-is-no-person"),
    pytest.param("File | Photo Credit: PTI", "File | Photo Credit: PTI", [], ["PTI"], ["File"],
                 id="the-hindu-wrapper-after-a-bar-is-no-organisation"),
    pytest.param("(Photo: Brenton Geach & Ashraf Hendricks/M&G)",
                 "Brenton Geach & Ashraf Hendricks/M&G",
                 ["Brenton Geach", "Ashraf Hendricks"], ["M&G"], [],
                 id="two-photographers-joined-by-an-ampersand"),
    pytest.param("Johnson & Johnson", "Johnson & Johnson", [], ["Johnson & Johnson"], [],
                 id="a-company-with-an-ampersand-stays-one"),
    pytest.param("PHOTO | JOSEPH KIPROTICH | NMG", "JOSEPH KIPROTICH | NMG",
                 ["Joseph Kiprotich"], ["NMG"], [], id="nation-media-photo-bar-label"),
    pytest.param("Pic: Atlantic Campaigns", "Atlantic Campaigns", [], ["Atlantic Campaigns"], [],
                 id="campaigns-is-an-organisations-word"),
    pytest.param("Park Hyun-woo | Bloomberg | Getty Images", "Park Hyun-woo | Bloomberg | Getty Images",
                 ["Park Hyun-woo"], ["Bloomberg", "Getty Images"], [],
                 id="a-korean-surname-that-is-also-a-word"),
    pytest.param("Credit: Kinetiq Labs, photo by Dana Whitfield",
                 "Kinetiq Labs, photo by Dana Whitfield", ["Dana Whitfield"], ["Kinetiq Labs"], [],
                 id="an-organisation-then-photo-by-after-a-comma"),
    pytest.param("(Harvest Lane Markets via AP)", "Harvest Lane Markets via AP", [],
                 ["Harvest Lane Markets", "AP"], [], id="a-company-handout-via-ap-is-no-person"),
    pytest.param("Courtesy of Rakuten Mobile", "Courtesy of Rakuten Mobile", [],
                 ["Rakuten Mobile"], ["Courtesy"], id="courtesy-of-a-mobile-network"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw", "people", "agencies", "roles"), MORE_PARSE_CASES)
def test_parse_more_credit_formats(
    text: str, raw: str, people: list[str], agencies: list[str], roles: list[str]
) -> None:
    credit = parse_credit(text)
    assert (credit.raw, credit.photographers, [a.name for a in credit.agencies], credit.roles) == (
        raw,
        people,
        agencies,
        roles,
    )
    assert text[credit.span.start : credit.span.end] == raw


@pytest.mark.parametrize(
    "text",
    [
        "Courtesy of the Serrano family",  # the dev gold: no photographer, no agency
        "(COURTESY OF THE SERRANO FAMILY)",
        "Courtesy  of  the  Serrano  family",
        "Photo courtesy of the club",
    ],
)
def test_courtesy_of_a_family_or_a_lower_case_giver_names_nobody(text: str) -> None:
    credit = parse_credit(text)
    assert (credit.photographers, credit.agencies, credit.roles) == ([], [], ["Courtesy"])


def test_courtesy_of_the_organisation_is_no_photographer() -> None:
    credit = parse_credit("Courtesy of the Harbor City Police")
    assert (credit.photographers, [a.name for a in credit.agencies]) == ([], ["Harbor City Police"])


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_parse_credit_never_raises_and_span_indexes_text(text: str) -> None:
    credit = parse_credit(text, offset=7)
    assert 7 <= credit.span.start <= credit.span.end <= len(text) + 7
    assert text[credit.span.start - 7 : credit.span.end - 7] == credit.raw


@pytest.mark.parametrize("func", [parse_credit], ids=["parse"])
@pytest.mark.parametrize(
    "unit",
    [
        *["/", "A/", "Ab Cd/", "(", " ", "x", "Photo: ", ". ", "](", "AP Photo/Jane Doe, "],
        *["[", "]", "Credit...", "Courtesy of ", "File: ", "Photo / "],
    ],
)
def test_scales_linearly(func: Callable[[str], object], unit: str) -> None:
    """8x the input (up to 50,000 slashes, ~1 MB) costs at most ~8x the time, with slack."""
    small = unit * (125_000 // len(unit) // 8)
    large = unit * (125_000 // len(unit))
    if unit in (" ", "x"):
        small, large = unit * 125_000, unit * 1_000_000
    small_s, large_s = scaling(func, small, large, limit=32, slack=0.005)
    assert large_s < 32 * small_s + 0.005


@given(st.text(alphabet=st.sampled_from(list("Aa /|(),.-:©Photo byviaAPGetty\u00a0")), max_size=120))
@settings(max_examples=300, deadline=None)
def test_parse_credit_builds_a_valid_credit(text: str) -> None:
    """`parse_credit` builds its model unvalidated: validating its fields gives the same."""
    credit = parse_credit(text)
    validated = Credit.model_validate(credit.model_dump())
    assert credit == validated
    assert credit.model_dump_json() == validated.model_dump_json()
    assert credit.model_fields_set == validated.model_fields_set
