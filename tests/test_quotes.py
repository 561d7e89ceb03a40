"""Finding direct quotes: marks, stretches, spans, and robustness on hostile input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.models import Quote
from newsparse.quotes import find_quotes
from tests._timing import scaling


def article(*paragraphs: str) -> tuple[str, list[tuple[int, int]]]:
    """The text of paragraphs separated by blank lines, and each paragraph's span."""
    text, spans = "", []
    for p in paragraphs:
        if text:
            text += "\n\n"
        spans.append((len(text), len(text) + len(p)))
        text += p
    return text, spans


def quotes(*paragraphs: str) -> list[Quote]:
    text, spans = article(*paragraphs)
    found, _speakers = find_quotes(text, spans)
    return found


def texts(*paragraphs: str) -> list[str]:
    return [q.text for q in quotes(*paragraphs)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            '"We will rebuild the bridge," she said.',
            ["We will rebuild the bridge,"],
            id="straight",
        ),
        pytest.param(
            "“We will rebuild the bridge,” she said.", ["We will rebuild the bridge,"], id="curly"
        ),
        pytest.param(
            "«We will rebuild the bridge», she said.",
            ["We will rebuild the bridge"],
            id="guillemets",
        ),
        pytest.param(
            "„We will rebuild the bridge“, she said.", ["We will rebuild the bridge"], id="german"
        ),
        pytest.param(
            '“We will rebuild the bridge," she said.',
            ["We will rebuild the bridge,"],
            id="curly-open-straight-close",
        ),
        pytest.param(
            '"We will rebuild the bridge,” she said.',
            ["We will rebuild the bridge,"],
            id="straight-open-curly-close",
        ),
        pytest.param(
            "”Bird flu is back again,” one user wrote.",
            ["Bird flu is back again,"],
            id="reversed-open-mark",
        ),
        pytest.param(
            "The mayor said: “We will rebuild the bridge.",
            ["We will rebuild the bridge."],
            id="unclosed-at-end",
        ),
        pytest.param(
            "He called it “a bridge too far” on Monday.", ["a bridge too far"], id="partial-quote"
        ),
        pytest.param(
            "The check was flawed, which she called “a loophole big enough to drive through.”",
            ["a loophole big enough to drive through."],
            id="called-after-a-pronoun-is-speech",
        ),
        pytest.param(
            "She lost her home. We will rebuild it together,” she said.",
            ["We will rebuild it together,"],
            id="lost-opening-mark",
        ),
        pytest.param(
            '"Phosphate is the P in LFP," Lindqvist said.',
            ["Phosphate is the P in LFP,"],
            id="title-case-words-then-said-are-speech",
        ),
    ],
)
def test_double_marks(paragraph: str, expected: list[str]) -> None:
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param('Critics called it a "last fight" for the regime.', id="two-word-scare-quote"),
        pytest.param('The word "resilience" came up often.', id="one-word-term"),
        pytest.param('The film "Once Upon a Time in Hollywood" won.', id="title-of-work"),
        pytest.param(
            'The band broke through with "Salt in the Lantern," which became a hit.',
            id="title-of-work-comma-inside",
        ),
        pytest.param(
            'She spoke on CBS News’ "Face the Nation," saying the cuts were bad.',
            id="title-of-work-then-saying",
        ),
        pytest.param(
            'Ellison has left "Northern Lights 2," the sequel to the 2022 hit.',
            id="title-with-number",
        ),
        pytest.param(
            'She starred in "The Marvelous Mrs Maisel" last year.', id="title-case-series"
        ),
        pytest.param(
            'In an op-ed headlined "why the bridge must fall down", he argued.', id="headlined"
        ),
        pytest.param(
            'Critics praised a documentary called "the last days of the old town" there.',
            id="called-after-a-noun",
        ),
        pytest.param("No quotation marks at all in this sentence.", id="no-marks"),
        pytest.param(
            '"Where did the money go" is the question on every lip.', id="phrase-as-subject"
        ),
    ],
)
def test_not_quotes(paragraph: str) -> None:
    assert texts(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("Putin's ally said he didn't know about the '90s deals.", id="apostrophes"),
        pytest.param(
            "The students' union and the teachers' union met on Monday.", id="plural-possessives"
        ),
        pytest.param("Rock 'n' roll was born in the '50s, fans say.", id="elisions"),
    ],
)
def test_apostrophes_are_not_quotes(paragraph: str) -> None:
    assert texts(paragraph) == []


def test_british_single_quotes() -> None:
    found = texts(
        "‘We are not going to back down on this,’ the minister said.",
        "She added: 'The students' union will be consulted on every change we make.'",
    )
    assert found == [
        "We are not going to back down on this,",
        "The students' union will be consulted on every change we make.",
    ]


def test_british_single_quotes_beside_double_quoted_titles() -> None:
    found = texts(
        "‘We are not going to back down on this,’ the minister said.",
        'She appeared on "The Morning Programme" and "Question Time Live Special" this week.',
        "‘Every school will get the funding it was promised,’ she added.",
        "‘There is no other way to do this,’ she said.",
    )
    assert len(found) == 3


def test_british_single_quotes_keep_a_double_quoted_one() -> None:
    found = texts(
        "Emma Clarke said: 'The food is cold and there is never enough of it.'",
        "She added: 'I have complained three times and nobody listens.'",
        'The head teacher described the meals as "nutritious and balanced" in a letter.',
    )
    assert found == [
        "The food is cold and there is never enough of it.",
        "I have complained three times and nobody listens.",
        "nutritious and balanced",
    ]


def test_single_quotes_ignored_where_outlet_uses_double() -> None:
    found = texts(
        '"We are ready for the vote," the senator said.',
        "Aides called it the 'final push' before the 'big day' arrives, officials said.",
        '"Nothing will stop us now," she said.',
    )
    assert found == ["We are ready for the vote,", "Nothing will stop us now,"]


def test_interrupted_quote_is_two_quotes() -> None:
    found = quotes('"The water came fast," she said, "and we had no time to leave."')
    assert [q.text for q in found] == ["The water came fast,", "and we had no time to leave."]
    assert found[0].speaker == found[1].speaker


def test_multi_paragraph_quote() -> None:
    found = quotes(
        "Jane Doe, the club's chair, said: \"We have had a difficult season on and off the pitch.",
        '"The board has listened to the supporters and we will act.',
        '"There will be changes before the summer."',
        "The club did not say what the changes would be.",
    )
    assert [q.text for q in found] == [
        "We have had a difficult season on and off the pitch.",
        "The board has listened to the supporters and we will act.",
        "There will be changes before the summer.",
    ]
    assert {q.speaker for q in found} == {"Jane Doe"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            ('"We will rebuild the bridge," she said. "It will take two years."',), id="two-quotes"
        ),
        pytest.param(
            ("Intro line.", "«Le pont sera reconstruit», a-t-il dit. „Es wird dauern“, sagte er."),
            id="mixed-marks",
        ),
        pytest.param(
            ('He said "one two three" and "four five six" and left "seven eight nine',),
            id="unclosed-last",
        ),
    ],
)
def test_spans_point_at_the_text(paragraphs: tuple[str, ...]) -> None:
    text, spans = article(*paragraphs)
    found, _ = find_quotes(text, spans)
    assert found
    for q in found:
        assert text[q.span.start : q.span.end] == q.text


def test_quotes_outside_spans_are_ignored() -> None:
    text = 'Headline With "A Quoted Phrase Here"\n\n"We will rebuild the bridge," she said.'
    found, _ = find_quotes(text, [(text.index('"We'), len(text))])
    assert [q.text for q in found] == ["We will rebuild the bridge,"]


def test_skip_drops_a_quoted_headline() -> None:
    text, spans = article('Read more: "Mayor promises a bridge for everyone in town"')
    found, _ = find_quotes(
        text, spans, skip=frozenset({"Mayor promises a bridge for everyone in town"})
    )
    assert found == []


def test_skip_keeps_a_body_quote_the_headline_repeats() -> None:
    text, spans = article('The mayor promised "a bridge for everyone in town" again.')
    found, _ = find_quotes(
        text, spans, skip=frozenset({"Mayor promises 'a bridge for everyone in town'"})
    )
    assert [q.text for q in found] == ["a bridge for everyone in town"]


def test_skip_keeps_speech_a_subheading_repeats() -> None:
    text, spans = article('"Nobody is asking for a bailout," she said. "We need a carve-out."')
    found, _ = find_quotes(text, spans, skip=frozenset({"'Nobody is asking for a bailout'"}))
    assert [q.text for q in found] == ["Nobody is asking for a bailout,", "We need a carve-out."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            'The plan was dropped, a decision that activists called "a victory for every '
            'family in the town."',
            ["a victory for every family in the town."],
            id="a-judgement-after-called-is-a-quote",
        ),
        pytest.param(
            'The ministry cited what it called "a remarkable effort to revive a language."',
            ["a remarkable effort to revive a language."],
            id="what-it-called-is-a-quote",
        ),
        pytest.param(
            'Marsh, whom Delaney has called "a lobbyist with a voting card," said nothing.',
            ["a lobbyist with a voting card,"],
            id="whom-someone-has-called-is-a-quote",
        ),
        pytest.param(
            'Six homes were lost on Sunday, in what the state\'s governor called "the worst '
            'fire season this valley has known."',
            ["the worst fire season this valley has known."],
            id="what-a-role-called-is-a-quote",
        ),
        pytest.param(
            'The mayor, whom critics have privately called "a builder of nothing at all," won.',
            ["a builder of nothing at all,"],
            id="an-adverb-before-called",
        ),
        pytest.param('She starred in a film called "The Long Way Home" last year.', [], id="a-title"),
        pytest.param(
            'The town has a festival called "winter lights, warm hearts" each year.',
            [],
            id="four-words-after-called-are-a-name",
        ),
    ],
)
def test_words_after_called(sentence: str, expected: list[str]) -> None:
    text, spans = article(sentence)
    assert [q.text for q in find_quotes(text, spans)[0]] == expected


def test_empty_inputs() -> None:
    assert find_quotes("", []) == ([], [])
    assert find_quotes("text", [(0, 0)]) == ([], [])
    assert find_quotes("short", [(-5, 99)]) == ([], [])


MARKS = "\"'“”„‟«»‘’‚‹›〝〞＂"


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list(MARKS) + list("ab said he She Smith,.:\n —")), max_size=300
    )
)
def test_never_raises_and_spans_point_at_text(text: str) -> None:
    spans = [(0, len(text))] if text else []
    found, speakers = find_quotes(text, spans)
    for q in found:
        assert text[q.span.start : q.span.end] == q.text
    assert sum(s.quotes for s in speakers) <= len(found)


@settings(max_examples=100, deadline=None)
@given(
    st.text(max_size=400),
    st.lists(st.tuples(st.integers(-10, 500), st.integers(-10, 500)), max_size=6),
)
def test_never_raises_on_any_spans(text: str, spans: list[tuple[int, int]]) -> None:
    found, _ = find_quotes(text, spans)
    for q in found:
        assert text[q.span.start : q.span.end] == q.text


def _find(text: str) -> object:
    spans = [(0, len(text))] if "\n" not in text else _lines(text)
    return find_quotes(text, spans)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


HOSTILE = {
    "quote-marks": '"' * 12_500,
    "said-said": '"a b c" said said said ' * 600,
    "mixed-marks": (MARKS + " x y z ") * 700,
    "long-line": (
        "Smith said the plan, “which we back in full, is good” and Jones added “so it is” " * 160
    ),
    "names": "Anna Smith Jones Brown said " * 500,
    "pronouns": '"a b c," he said. Anna Smith went home. ' * 400,
    "lost-openings": "It rained all day. We stayed in,” she said, " * 800,
    "surnames": '"a b c," Smith said. John Smith left. "d e f," he said. ' * 300,
    "paragraph-per-quote": '"a b c," she said. Anna Smith left.\n' * 400,
    "said-said-said": '"a b c d," ' + "said " * 5_000,
    "given-names": '"a b c," she said. Jane Doe met Mary Roe and John Poe. ' * 300,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_linear_time_on_hostile_input(name: str) -> None:
    small = HOSTILE[name]
    base, big = scaling(_find, small, small * 8, limit=12)
    assert big <= 12 * base + 0.01, f"{name}: {base:.4f}s for 1x, {big:.4f}s for 8x"


def _distinct_names(n: int) -> str:
    """``n`` quotes, each beside names printed nowhere else: every name is looked up anew."""
    letters = "bcdfghjklmnprstvwz"
    names = (f"{a.upper()}{v}{b}{w}{c}" for a in letters for v in "aeiou" for b in letters
             for w in "aeiou" for c in letters)  # fmt: skip
    return "".join(
        f'"a b c," she said. Anna {next(names)} met {next(names)} and {next(names)}. '
        for _ in range(n)
    )


def test_linear_time_with_distinct_names() -> None:
    base, big = scaling(_find, _distinct_names(150), _distinct_names(1_200), limit=12)
    assert big <= 12 * base + 0.01, f"{base:.4f}s for 1x, {big:.4f}s for 8x"


def test_megabyte_line() -> None:
    line = ('Officials said "the plan is sound and will go ahead," ' * 20_000)[:1_000_000]
    start = time.perf_counter()
    found, _ = find_quotes(line, [(0, len(line))])
    assert found
    assert time.perf_counter() - start < 30


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        pytest.param(
            "Drought hits valley farms\n\nThe wells ran dry in June, officials said.\n\n"
            "Image\nRuben Villalobos in his pecan orchard west of town. \u201cThe water is the"
            " farm,\u201d he said.Credit...Jane Roe for The New York Times\n\nThe county will"
            " vote on Monday.\n",
            [("The water is the farm,", "Ruben Villalobos")],
            id="a-caption-quoting-its-subject",
        ),
        pytest.param(
            "Fields saved from builders\n\nThe council refused the plan on Tuesday.\n\n"
            'Campaigner Joan Pike said the fields were "a lung for east Leeds"\n'
            "Image source, Getty Images\n\nThe developer may appeal.\n",
            [("a lung for east Leeds", "Joan Pike")],
            id="a-partial-quote-in-a-caption",
        ),
    ],
)
def test_quotes_in_captions(article: str, expected: list[tuple[str, str]]) -> None:
    quotes = newsparse.parse(article).quotes
    assert [(q.text, q.speaker) for q in quotes] == expected
    assert all(article[q.span.start : q.span.end] == q.text for q in quotes)


def test_a_caption_s_people_are_no_referents_for_the_story() -> None:
    article = (
        "Drought hits valley farms\n\nThe wells ran dry in June, officials said.\n\n"
        "Image\nMaria Ortiz fills jugs at the church. \u201cIt is hard,\u201d she said."
        "Credit...Jane Roe for The New York Times\n\n"
        "Ana Ruiz, the county's water manager, spoke on Monday.\n\n"
        "\u201cWe are trucking in water every day,\u201d she said.\n"
    )
    speakers = [q.speaker for q in newsparse.parse(article).quotes]
    assert speakers == ["Maria Ortiz", "Ana Ruiz"]


def test_a_caption_s_speaker_is_listed_in_reading_order() -> None:
    article = (
        "Drought hits valley farms\n\n"
        "Image\nRuben Villalobos in his orchard. \u201cThe water is the farm,\u201d he said."
        "Credit...Jane Roe for The New York Times\n\n"
        '"We are trucking in water every day," said Ana Ruiz, the county\'s water manager.\n\n'
        '"It will not rain until October," Ruiz said.\n'
    )
    speakers = newsparse.parse(article).speakers
    assert [(s.name, s.quotes) for s in speakers] == [("Ruben Villalobos", 1), ("Ana Ruiz", 2)]
