"""Who said it: attribution patterns, name resolution, titles, organisations, continuations."""

from __future__ import annotations

import pytest

from newsparse.models import Quote, Speaker
from newsparse.quotes import find_quotes
from newsparse.speakers import CUE_WORDS, Resolver, name_words, split_name


def parse(*paragraphs: str) -> tuple[list[Quote], list[Speaker]]:
    text, spans = "", []
    for p in paragraphs:
        if text:
            text += "\n\n"
        spans.append((len(text), len(text) + len(p)))
        text += p
    return find_quotes(text, spans)


def speakers_of(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in parse(*paragraphs)[0]]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        pytest.param(
            '"The budget is balanced," Maria Lopez said.', "Maria Lopez", "said", id="quote-X-said"
        ),
        pytest.param(
            '"The budget is balanced," said Maria Lopez.', "Maria Lopez", "said", id="quote-said-X"
        ),
        pytest.param(
            'Maria Lopez said: "The budget is balanced."', "Maria Lopez", "said", id="X-said-colon"
        ),
        pytest.param(
            'Maria Lopez said that "the budget is balanced" this year.',
            "Maria Lopez",
            "said",
            id="X-said-that",
        ),
        pytest.param(
            '"The budget is balanced," Maria Lopez told Newsweek.',
            "Maria Lopez",
            "told",
            id="X-told-outlet",
        ),
        pytest.param(
            'The budget is "balanced for the first time," according to Maria Lopez.',
            "Maria Lopez",
            "according to",
            id="according-to",
        ),
        pytest.param(
            '"The budget is balanced." Maria Lopez added.',
            "Maria Lopez",
            "added",
            id="quote-X-added",
        ),
        pytest.param(
            'Maria Lopez wrote on Truth Social: "The budget is balanced."',
            "Maria Lopez",
            "wrote",
            id="X-wrote-on",
        ),
        pytest.param(
            '"The budget is balanced," Maria Lopez, the city\'s finance chief, said on Monday.',
            "Maria Lopez",
            "said",
            id="apposition",
        ),
        pytest.param(
            '"The budget is balanced," Maria Lopez, who runs the treasury, insisted.',
            "Maria Lopez",
            "insisted",
            id="relative-clause",
        ),
        pytest.param(
            '"The budget is balanced," Maria Lopez reportedly told aides.',
            "Maria Lopez",
            "told",
            id="adverb",
        ),
        pytest.param(
            '"The budget is balanced!" – Maria Lopez', "Maria Lopez", None, id="signature-dash"
        ),
        pytest.param(
            '"The budget is balanced," said Labour leader Maria Lopez.',
            "Maria Lopez",
            "said",
            id="said-role-name",
        ),
        pytest.param(
            '"The budget is balanced," tweeted Maria Lopez.',
            "Maria Lopez",
            "tweeted",
            id="tweeted-X",
        ),
        pytest.param(
            'As Maria Lopez put it, "the budget is balanced at last."',
            "Maria Lopez",
            "put it",
            id="as-X-put-it",
        ),
        pytest.param(
            'Maria Lopez read the letter and wrote, "The budget is balanced."',
            "Maria Lopez",
            "wrote",
            id="and-wrote",
        ),
        pytest.param(
            '"The budget is balanced," one aide, who asked not to be named, told AFP.',
            "one aide",
            "told",
            id="verb-inside-relative-clause",
        ),
        pytest.param(
            '"The budget is balanced," a senior official said.',
            "a senior official",
            "said",
            id="unnamed-official",
        ),
        pytest.param(
            '"The budget is balanced," said a source close to the talks.',
            "a source close to the talks",
            "said",
            id="source-close-to",
        ),
    ],
)
def test_attribution_patterns(paragraph: str, speaker: str, cue: str | None) -> None:
    (quote,), _ = parse(paragraph)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "verb",
    [
        "said",
        "says",
        "told",
        "added",
        "explained",
        "warned",
        "wrote",
        "asked",
        "argued",
        "noted",
        "insisted",
        "claimed",
        "recalled",
        "stressed",
    ],
)
def test_cue_verbs_come_from_the_table(verb: str) -> None:
    assert verb in CUE_WORDS
    (quote,), _ = parse(f'"We did everything we could," Omar Haddad {verb}.')
    assert (quote.speaker, quote.cue) == ("Omar Haddad", verb)


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
    ("paragraphs", "expected"),
    [
        pytest.param(
            ('"The claims are baseless," the Kremlin said.',), ["Kremlin"], id="the-kremlin"
        ),
        pytest.param(
            ('"The appeal is dismissed in full," the court wrote.',),
            ["the court"],
            id="the-court-unnamed",
        ),
        pytest.param(
            (
                "The Ohio Supreme Court ruled on Friday.",
                '"The appeal is dismissed," the court wrote.',
            ),
            ["Ohio Supreme Court"],
            id="the-court-named-before",
        ),
        pytest.param(
            ("Acme Records denied the claims.", '"We never blocked her," it said in a statement.'),
            ["Acme Records"],
            id="it-is-an-organisation",
        ),
        pytest.param(
            (
                '"We are looking into it," Tottenham Hotspur said.',
                '"More news will follow later," Tottenham added.',
            ),
            ["Tottenham Hotspur", "Tottenham Hotspur"],
            id="short-organisation-name",
        ),
    ],
)
def test_organisations(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert speakers_of(*paragraphs) == expected


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    assert speakers_of(
        "On Monday, Acme Records issued a statement about the tour.",
        '"We never blocked any performance by our artists," the statement read.',
        '"We remain open to talks with her team," the statement continued.',
    ) == ["Acme Records", "Acme Records"]


def test_present_tense_plural_cue() -> None:
    assert speakers_of('"Droughts will get worse in the west," the authors write.') == [
        "the authors"
    ]


def test_pronoun_never_resolves_to_organisation() -> None:
    assert speakers_of(
        '"Sales will recover," Maria Lopez said.',
        "Acme Corp shares fell on Monday.",
        '"We expect growth next year," she said.',
    ) == ["Maria Lopez", "Maria Lopez"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ('"The harvest was poor," Jonas Eriksen said.', '"We lost half the crop to the rain."'),
            ["Jonas Eriksen"] * 2,
            id="quote-paragraph-continues",
        ),
        pytest.param(
            ('"The harvest was poor," Jonas Eriksen said. "We lost half the crop."',),
            ["Jonas Eriksen"] * 2,
            id="second-quote-same-paragraph",
        ),
        pytest.param(
            ('"We lost half the crop." "The harvest was poor," Jonas Eriksen said.',),
            ["Jonas Eriksen"] * 2,
            id="attribution-after-second-quote",
        ),
        pytest.param(
            ("Jonas Eriksen said the harvest had failed.", '"We lost half the crop to the rain."'),
            ["Jonas Eriksen"],
            id="indirect-speech-before",
        ),
    ],
)
def test_continuation(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert speakers_of(*paragraphs) == expected


def test_speakers_list_counts_in_order_of_appearance() -> None:
    _, speakers = parse(
        '"The talks failed," Anna Berg said.',
        '"They did not fail," Peter Holm said.',
        '"They did fail badly," Berg said.',
    )
    assert [(s.name, s.quotes) for s in speakers] == [("Anna Berg", 2), ("Peter Holm", 1)]


def test_speaker_text_keeps_what_was_printed() -> None:
    quotes, _ = parse('"We are ready," Sviatlana Tsikhanouskaya said.', '"We will win," she said.')
    assert [q.speaker_text for q in quotes] == ["Sviatlana Tsikhanouskaya", "she"]


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
    "newline", ["\n\n", "\r\n\r\n", "\r\r", "\n\t"], ids=["lf", "crlf", "cr", "tab"]
)
def test_line_ends_do_not_change_speakers(newline: str) -> None:
    paragraphs = [
        "Leader in Belarus Jana Kowalska spoke on Friday.",
        '"We are ready," Jana Kowalska said.',
        '"People will rise up again," she said.',
    ]
    text, spans = "", []
    for p in paragraphs:
        if text:
            text += newline
        spans.append((len(text), len(text) + len(p)))
        text += p
    quotes, _ = find_quotes(text, spans)
    assert [q.speaker for q in quotes] == ["Jana Kowalska", "Jana Kowalska"]
