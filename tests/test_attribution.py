"""Reading the attribution of a quote: cue verbs, subjects before and after, 'according to'."""

from __future__ import annotations

import pytest

from newsparse.attribution import CUE_WORDS
from newsparse.subject_patterns import Matches, subject_before_re, subject_match
from tests.test_speakers import parse, speakers_of


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
            'Farmer Rosa Delgado\'s response was blunt: "This will put small farms out of work."',
            "Rosa Delgado",
            "response",
            id="possessive-response-colon",
        ),
        pytest.param(
            'The board\'s message to fans: "We hear your frustration and will act."',
            "The board",
            "message",
            id="description-message-colon",
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
            'Harbor Bank accused regulators of "moving the goalposts every single year".',
            "Harbor Bank",
            "accused",
            id="X-accused-Y-of-quote",
        ),
        pytest.param(
            '"The budget is balanced at last," Republican Rep. Maria Lopez of Texas said.',
            "Maria Lopez",
            "said",
            id="a-name-of-a-state-before-the-verb",
        ),
        pytest.param(
            'The mayor Tuesday said the budget was "balanced for the first time".',
            "The mayor",
            "said",
            id="a-weekday-between-subject-and-verb",
        ),
        pytest.param(
            'Mayor Maria Lopez Tuesday said the budget was "balanced for the first time".',
            "Maria Lopez",
            "said",
            id="a-weekday-after-the-name",
        ),
        pytest.param(
            '"The budget is balanced at last," one clerk on St Mary\'s said.',
            "one clerk on St Mary's",
            "said",
            id="a-description-on-a-place-name",
        ),
        pytest.param(
            '"The budget is balanced at last." That was the verdict of Maria Lopez, an auditor.',
            "Maria Lopez",
            "verdict",
            id="that-was-the-verdict-of-X",
        ),
        pytest.param(
            '"The budget is balanced at last," was the blunt view of auditor Maria Lopez.',
            "Maria Lopez",
            "view",
            id="was-the-view-of-role-X",
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
        pytest.param(
            'Marsh, whom Delaney has called "a lobbyist with a voting card," declined to comment.',
            "Delaney",
            "called",
            id="whom-X-has-called",
        ),
        pytest.param(
            'Marsh, who Delaney called "a lobbyist with a voting card," said he would run again.',
            "Delaney",
            "called",
            id="who-X-called-then-said",
        ),
        pytest.param(
            'The levy, described by Ana Ruiz as "a tax on the poorest families," passed.',
            "Ana Ruiz",
            "described",
            id="described-by-X-as",
        ),
        pytest.param(
            'Marsh, whom Delaney\'s aides have often called "a lobbyist with a vote," won.',
            "Delaney's aides",
            "called",
            id="whom-X's-people-have-called",
        ),
        pytest.param(
            "The club's website quoted its chairman, Colm Brennan, as saying the stadium was"
            ' "ready for a new era."',
            "Colm Brennan",
            "saying",
            id="document-quoted-its-role-X-as-saying",
        ),
        pytest.param(
            "The wire service quoted a port official as saying the ships were"
            ' "turned back at the breakwater."',
            "a port official",
            "saying",
            id="quoted-a-description-as-saying",
        ),
        pytest.param(
            "The release, issued by the club in May, quoted its chairman, Colm Brennan, calling"
            ' the deal "the best in our history."',
            "Colm Brennan",
            "calling",
            id="document-quoted-its-role-X-calling",
        ),
        pytest.param(
            'The pastor quoted Lincoln, saying the country was "a house divided, again."',
            "The pastor",
            "saying",
            id="X-quoted-Y-comma-saying-is-X",
        ),
        pytest.param(
            "Colm Brennan, quoted by a local paper as saying the club was"
            ' "broke and out of options," resigned.',
            "Colm Brennan",
            "saying",
            id="X-quoted-by-Y-as-saying-is-X",
        ),
        pytest.param(
            "The panel was shown a memo from Ruth Okafor warning that the wiring"
            ' "could fail at any moment."',
            "Ruth Okafor",
            "warning",
            id="a-memo-from-X-warning-is-X",
        ),
        pytest.param(
            "The club released a statement from chairman Owen Tate saying he would"
            ' "not stand in the way of a sale."',
            "Owen Tate",
            "saying",
            id="a-statement-from-title-X-saying-is-X",
        ),
        pytest.param(
            "Investigators obtained a 2021 email from a plant supervisor arguing that the"
            ' valves were "a disaster waiting to happen."',
            "a plant supervisor",
            "arguing",
            id="an-email-from-a-described-person-arguing-is-that-person",
        ),
        pytest.param(
            "The council published a letter from a harbour pilot warning that the channel"
            ' "is silting up faster than anyone admits."',
            "a harbour pilot",
            "warning",
            id="a-pilot-warning-after-a-is-the-pilot-s-verb",
        ),
    ],
)
def test_attribution_patterns(paragraph: str, speaker: str, cue: str | None) -> None:
    (quote,), _ = parse(paragraph)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            (
                'Lena Marsh, whom Delaney\'s aides have called "a lobbyist with a vote," '
                'replied on Friday: "I will let the voters judge that."',
            ),
            ["Delaney's aides", "Lena Marsh"],
            id="verb-after-a-relative-clause-and-its-quote",
        ),
        pytest.param(
            ('Asked about the ban, Ines Moreau said: "That is for the federation." Paul Okoro'
             " disagreed.",),
            ["Ines Moreau"],
            id="a-colon-quote-that-ends-its-sentence-keeps-its-speaker",
        ),
        pytest.param(
            ('Ines Moreau warned: "That is for the federation." Paul Okoro replied: "It is '
             'for all of us."',),
            ["Ines Moreau", "Paul Okoro"],
            id="a-reply-after-a-colon-quote-is-the-next-speakers",
        ),
        pytest.param(
            ('Her lawyer, Ines Moreau, said it had "misled its buyers for a year." Paul Okoro'
             ' said the claim was "without any merit."',),
            ["Ines Moreau", "Paul Okoro"],
            id="a-partial-quote-that-ends-its-sentence-keeps-its-speaker",
        ),
        pytest.param(
            (
                "The clinic closed in March.",
                "A former nurse said she had been paid late for months. \"He told me the money"
                ' was coming," she said.',
            ),
            ["A former nurse"],
            id="a-speech-verb-inside-the-quote-is-no-narration",
        ),
    ],
)
def test_speakers_of_nearby_quotes(paragraphs: tuple[str, ...], expected: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "printed"),
    [
        pytest.param(
            'Ms Hart said she raised the leak with the site manager and was told to "leave the'
            ' pipes to the plumbers".',
            "the site manager",
            id="told-after-turning-to-someone",
        ),
        pytest.param(
            'Ms Hart said she was told by the site manager that the flat was "perfectly safe to'
            ' live in".',
            "the site manager",
            id="told-by-someone",
        ),
        pytest.param(
            'Ms Hart said she complained to Mr Dyer and was told to "wait for the next survey".',
            "Mr Dyer",
            id="told-after-turning-to-a-name",
        ),
    ],
)
def test_the_teller_of_a_passive_speech_verb(paragraph: str, printed: str) -> None:
    (quote,), _ = parse(paragraph)
    assert (quote.speaker_text, quote.cue) == (printed, "told")


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


def test_present_tense_plural_cue() -> None:
    assert speakers_of('"Droughts will get worse in the west," the authors write.') == [
        "the authors"
    ]


def test_speaker_text_keeps_what_was_printed() -> None:
    quotes, _ = parse('"We are ready," Sviatlana Tsikhanouskaya said.', '"We will win," she said.')
    assert [q.speaker_text for q in quotes] == ["Sviatlana Tsikhanouskaya", "she"]


_GAPS = [
    '"It is over," Wald said. "',
    '”, Smith said',
    ' — the company said',
    '.” Jane Roe, a senior official at the ministry, said',
    '," said Smith. ',
    '" Another reportedly said',
    ', “the lawyers said',
    '" a witness who asked not to be named told',
    ': "",  he said',
    ', according to Leah Wald, CEO at Valkyrie Investments, who said',
    '," Dylan Nelson, a fellow who says so, and co-author of the study, said',
    '" collisions of supermassive black holes, said',
    '" the study’s authors said',
]


@pytest.mark.parametrize("gap", _GAPS)
def test_subject_match_skips_the_marks_that_open_its_window(gap: str) -> None:
    """The subject pattern's match for a window is the same without the marks and spaces
    that open it (no subject starts with one), and the same read again from ``seen``."""
    text = f"Before. {gap} after"
    hi = text.rindex(" said") if " said" in text else text.rindex(" told")
    seen = Matches()
    for lo in range(8, hi + 1):  # every start in the gap, first mark, space or letter
        full = subject_before_re(text.find(" who ", lo, hi) >= 0).match(text, lo, hi)
        for got in (subject_match(text, lo, hi), subject_match(text, lo, hi, seen)):
            assert (got and (got.span(), got.groups())) == (full and (full.span(), full.groups()))
