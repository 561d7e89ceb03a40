"""Names: surnames and pronouns to the fullest name, titles split off, the name of a run."""

from __future__ import annotations

import pytest

from newsparse.models import Speaker
from newsparse.names import name_words, org_tail, split_name
from newsparse.resolver import Resolver
from tests.test_speakers import parse, speakers_of


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            (
                '"We are ready," Sviatlana Tsikhanouskaya said.',
                '"People will rise up again," she said.',
            ),
            ["Sviatlana Tsikhanouskaya"] * 2,
            id="she-after-full-name",
        ),
        pytest.param(
            (
                "Sviatlana Tsikhanouskaya spoke in Copenhagen.",
                '"We are ready," Tsikhanouskaya said.',
            ),
            ["Sviatlana Tsikhanouskaya"],
            id="surname-to-full-name",
        ),
        pytest.param(
            (
                '"We are ready," Tsikhanouskaya said.',
                "Sviatlana Tsikhanouskaya later left for Vilnius.",
            ),
            ["Sviatlana Tsikhanouskaya"],
            id="full-name-given-later",
        ),
        pytest.param(
            (
                '"The talks failed," Anna Berg said.',
                "Peter Holm, her deputy, disagreed.",
                '"They did not fail at all," he said.',
            ),
            ["Anna Berg", "Peter Holm"],
            id="he-most-recent-man",
        ),
        pytest.param(
            (
                '"The talks failed," Anna Berg said.',
                "Peter Holm, her deputy, disagreed.",
                '"I stand by it," she said.',
            ),
            ["Anna Berg", "Anna Berg"],
            id="she-skips-the-man",
        ),
        pytest.param(
            ("Dr. Lena Voss leads the team.", '"The data is clear," Voss said.'),
            ["Lena Voss"],
            id="surname-after-title",
        ),
        pytest.param(
            ("Founder He Xiaopeng spoke to CNBC.", '"Robots are next," He said in the interview.'),
            ["He Xiaopeng"],
            id="surname-He-is-not-a-pronoun",
        ),
    ],
)
def test_name_resolution(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert speakers_of(*paragraphs) == expected


def test_title_stripped_but_kept() -> None:
    quotes, speakers = parse(
        '"The operation is going to plan," Russian President Vladimir Putin said.',
        '"We will not stop," Putin added.',
    )
    assert [q.speaker for q in quotes] == ["Vladimir Putin", "Vladimir Putin"]
    assert speakers == [Speaker(name="Vladimir Putin", title="President", quotes=2)]


@pytest.mark.parametrize(
    ("run", "sentence_start", "name", "title"),
    [
        pytest.param(
            "President Vladimir Putin", False, ("Vladimir", "Putin"), "President", id="title"
        ),
        pytest.param(
            "Prime Minister Jane Doe", False, ("Jane", "Doe"), "Prime Minister", id="two-word-title"
        ),
        pytest.param("But Lukashenko", True, ("Lukashenko",), None, id="sentence-opener"),
        pytest.param("Karen King", False, ("Karen", "King"), None, id="title-word-as-surname"),
        pytest.param(
            "NASA's Steve Clarke", False, ("Steve", "Clarke"), None, id="possessor-dropped"
        ),
        pytest.param(
            "Ludwig van Beethoven's", False, ("Ludwig", "van", "Beethoven"), None,
            id="particle-kept-before-possessive",
        ),
        pytest.param(
            "Bank of England.", False, ("Bank", "of", "England"), None,
            id="organisation-of-kept-before-full-stop",
        ),
        pytest.param(
            "Rakesh Kumar Mishra", False, ("Rakesh", "Kumar", "Mishra"), None,
            id="given-name-in-the-middle-kept",
        ),
        pytest.param(
            "Maria van der Berg", False, ("Maria", "van", "der", "Berg"), None,
            id="given-name-first-kept",
        ),
        pytest.param(
            "Secretary of State Antony Blinken", False, ("Antony", "Blinken"), "Secretary of State",
            id="title-of-a-field",
        ),
        pytest.param(
            "Director of Research Helen Pradhan", False, ("Helen", "Pradhan"), "Director of Research",
            id="field-is-no-title-word",
        ),
        pytest.param(
            "Minister for Health Blinken", False, ("Blinken",), "Minister for Health",
            id="field-then-surname",
        ),
        pytest.param(
            "Bank of England Governor Andrew Bailey", False, ("Andrew", "Bailey"), "Governor",
            id="organisation-before-the-title",
        ),
        pytest.param(
            "Ohio Supreme Court", False, ("Ohio", "Supreme", "Court"), None,
            id="organisation-with-a-title-word",
        ),
        pytest.param(
            "Singer Adam Okafor", True, ("Adam", "Okafor"), "Singer",
            id="occupation-before-a-given-name",
        ),
        pytest.param(
            "Commerce Secretary Gina Marsh", False, ("Gina", "Marsh"), "Commerce Secretary",
            id="portfolio-before-a-title",
        ),
        pytest.param(
            "White House Press Secretary Jo Lee", False, ("Jo", "Lee"), "Press Secretary",
            id="organisation-then-portfolio-and-title",
        ),
        pytest.param(
            "Commerce Department", False, ("Commerce", "Department"), None,
            id="portfolio-alone-is-no-title",
        ),
        pytest.param(
            "Commuter Helen Price", True, ("Helen", "Price"), "Commuter",
            id="everyday-role-before-a-given-name",
        ),
        pytest.param(
            "Meteorologist Kevin Brooks", True, ("Kevin", "Brooks"), "Meteorologist",
            id="profession-before-a-given-name",
        ),
        pytest.param(
            "Star Wars Episode", True, ("Star", "Wars", "Episode"), None,
            id="occupation-word-without-a-given-name",
        ),
    ],
)
def test_split_name(
    run: str, sentence_start: bool, name: tuple[str, ...], title: str | None
) -> None:
    assert split_name(name_words(run), sentence_start) == (name, title)


def test_resolver_prefers_the_form_printed_without_extra_words() -> None:
    text = (
        "Leader in Belarus Sviatlana Tsikhanouskaya spoke. Sviatlana Tsikhanouskaya left. "
        "Tsikhanouskaya said."
    )
    resolver = Resolver(text)
    assert resolver.fullest(("Tsikhanouskaya",), len(text)) == ("Sviatlana", "Tsikhanouskaya")


@pytest.mark.parametrize(
    ("text", "name", "fullest"),
    [
        pytest.param(
            "President Luiz Inácio Lula da Silva visited on Sunday. Lula said it was hard.",
            ("Lula",),
            ("Luiz", "Inácio", "Lula", "da", "Silva"),
            id="known-by-a-middle-word",
        ),
        pytest.param(
            "President Andrés Manuel López Obrador spoke. López said it was hard.",
            ("López",),
            ("Andrés", "Manuel", "López", "Obrador"),
            id="first-of-two-surnames",
        ),
        pytest.param(
            "The John F. Kennedy Space Center was closed. Kennedy said it was hard.",
            ("Kennedy",),
            ("Kennedy",),
            id="inside-an-organisation-is-no-name",
        ),
        pytest.param(
            "Vexa co-founder and CEO Dana Amodei. Image Credits: Jane Roe / Getty Images\n\n"
            "Amodei said it was a success.",
            ("Amodei",),
            ("Dana", "Amodei"),
            id="a-caption-name-before-its-credit-label",
        ),
        pytest.param(
            "A Vexa Comet 9 rocket lifted off. Vexa said it was a success.",
            ("Vexa",),
            ("Vexa",),
            id="a-model-with-its-number-is-no-name",
        ),
    ],
)
def test_resolver_fullest_forms(text: str, name: tuple[str, ...], fullest: tuple[str, ...]) -> None:
    assert Resolver(text).fullest(name, len(text)) == fullest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the Council on Foreign Relations said", "Council on Foreign Relations",
                     id="a-name-carried-on-through-on"),
        pytest.param("the City Council on Monday said", "City Council",
                     id="a-day-is-no-part-of-the-name"),
        pytest.param("the Arts Council on March 3 said", "Arts Council", id="a-date-is-no-part-of-the-name"),
        pytest.param("the Arts Council of March County said", "Arts Council of March County",
                     id="a-month-word-inside-a-longer-name-is-kept"),
    ],
)  # fmt: skip
def test_org_tail(text: str, expected: str) -> None:
    name = expected.partition(" of ")[0].partition(" on ")[0]
    assert org_tail(text, text.index(name), name) == expected
