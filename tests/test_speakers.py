"""Who speaks each quote: organisations, statements, pronouns, continuation, the speakers list."""

from __future__ import annotations

import pytest

from newsparse.models import Quote, Speaker
from newsparse.quotes import find_quotes


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
