"""Caption dates: the date a picture was taken, as printed and as a `datetime.date`."""

from __future__ import annotations

import datetime

import pytest

from newsparse.dates import caption_dates, find_dates
from tests._timing import scaling

D = datetime.date

# (caption, expected date, expected printed date), named by the outlet style.
@pytest.fixture
def no_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any use of dateparser fails the test: the forms read here need none."""

    def asked() -> None:
        raise AssertionError("dateparser was asked")

    monkeypatch.setattr("newsparse.dates._language_data", asked)


CASES = [
    ("Cattle graze by a fence burned in the Feb. 26 fire, on March 2, 2024.", D(2024, 3, 2),
     "March 2, 2024"),
    ("Visitors mark the Jan. 6, 2021, attack at the Capitol on Jan. 6, 2024.", D(2024, 1, 6),
     "Jan. 6, 2024"),
    ("FILE - Jane Roe speaks, July 14, 2023, in Washington. She was charged Wednesday, "
     "Jan. 24, 2024, with assault.", D(2023, 7, 14), "July 14, 2023"),
    ("Putin meets Lukashenko in Sochi, Russia on May 23, 2022.", D(2022, 5, 23), "May 23, 2022"),
    ("Crowds gather on Friday, March 19, 2021, in Atlanta.", D(2021, 3, 19), "March 19, 2021"),
    ("Fans in London, 23 May 2022.", D(2022, 5, 23), "23 May 2022"),
    ("The launch pad on February 13, 2026.", D(2026, 2, 13), "February 13, 2026"),
    ("Dec 27, 2014; Louisville, KY, USA; A forward posts up.", D(2014, 12, 27), "Dec 27, 2014"),
    ("The mayor speaks, Sunday, Nov. 17, 2019, in Las Vegas.", D(2019, 11, 17), "Nov. 17, 2019"),
    ("A guard reacts on Friday, Jan. 26, 2024, in Corvallis.", D(2024, 1, 26), "Jan. 26, 2024"),
    ("LONDON, ENGLAND - AUGUST 03: A logo on a phone on August 3, 2016 in London, England.",
     D(2016, 8, 3), "AUGUST 03"),
    ("Taken 2022-05-23 near the border.", D(2022, 5, 23), "2022-05-23"),
    ("Traders work on the floor in New York, U.S., November 18, 2019.", D(2019, 11, 18),
     "November 18, 2019"),
    ("The senator speaks, July 14, 2023. Her ex-husband was charged Wednesday, Jan. 24, 2024.",
     D(2023, 7, 14), "July 14, 2023"),
    ("Protesters march on Sept. 3, 2019.", D(2019, 9, 3), "Sept. 3, 2019"),
    ("A crowd on the 4th of July, 2020.", D(2020, 7, 4), "4th of July, 2020"),
    ("Demonstranten in Berlin am 3. Mai 2022.", D(2022, 5, 3), "3. Mai 2022"),
    ("Demonstranten in Berlin am 16.08.2020. Foto: Jane Roe/dpa", D(2020, 8, 16), "16.08.2020"),
    ("Betogers in Den Haag, 3.5.2022.", D(2022, 5, 3), "3.5.2022"),
    ("No day 31.02.2020 here.", None, None),
    ("A crowd gathers on Thursday.", None, None),
    ("The author in 1987.", None, None),
    ("Jobs lost during the December 2007-June 2009 downturn.", None, None),
    ("Two albums, 2008's Fearless and 2014's 1989.", None, None),
    ("The show starts at May 5:30.", None, None),
    ("It may rain on the 5 of may.", None, None),
    ("February 30, 2021 is no date.", None, None),
    ("Delegates in Chicago on Aug. 19-22, 2024.", D(2024, 8, 19), "Aug. 19-22, 2024"),
    ("The fair in Dublin on July 3–5, 2023.", D(2023, 7, 3), "July 3–5, 2023"),
    ("Singer Jane Roe, who died on May 3, 2024, performs in 2019.", None, None),
    ("Jane Roe, who was born on May 3, 1950, in Leeds on June 2, 2019.", D(2019, 6, 2),
     "June 2, 2019"),
    ("Jane Roe, the mayor, opens the library on May 3, 2024.", D(2024, 5, 3), "May 3, 2024"),
    ("Nurses will strike on 14 February 2025.", None, None),
    ("Workers at the Silver Flats site, Nevada, 14/03/2023.", D(2023, 3, 14), "14/03/2023"),
    ("Workers at the Silver Flats site, Nevada, 03/14/2023.", D(2023, 3, 14), "03/14/2023"),
    ("Workers at the Silver Flats site, Nevada, 03/04/2023.", None, None),
    ("Lena Marr will release her third album, Glass Houses, on August 8th, 2025.", None, None),
    ("Lena Marr, who will tour, sings in Leeds, on August 8th, 2025.", D(2025, 8, 8),
     "August 8th, 2025"),
    ("The rocket, which is due to launch on Friday, on the pad on March 2, 2025.",
     D(2025, 3, 2), "March 2, 2025"),
    ("Nurses walk out on 14 February 2024 in London.", D(2024, 2, 14), "14 February 2024"),
    ("The highway has been closed since November 19, 2025.", None, None),
    ("Crews at the site on Dec. 3, 2025, closed since November 19, 2025.", D(2025, 12, 3),
     "Dec. 3, 2025"),
    ("Reservoir levels across the county as of February 24, 2026.", None, None),
    ("As of Jan. 5, 2026, the shelter housed 40 dogs, including Biscuit.", None, None),
    ("Fencing around the pier at Saltby, shut until June 1, 2025.", None, None),
    ("A chart shows flu admissions in the state on March 3, 2026.", None, None),
    ("This map shows where the storm made landfall on Sept. 9, 2025.", None, None),
    ("A map of the front line hangs in a bunker near Kupiansk on March 3, 2025.",
     D(2025, 3, 3), "March 3, 2025"),
]  # fmt: skip


@pytest.mark.parametrize(("caption", "date", "printed"), CASES)
def test_caption_date(caption: str, date: datetime.date | None, printed: str | None) -> None:
    assert caption_dates([caption], "") == [(date, printed)]


def test_none_caption_gives_no_date() -> None:
    assert caption_dates([None, ""], "Published May 1, 2020") == [(None, None), (None, None)]


@pytest.mark.parametrize(
    ("captions", "text", "expected", "printed"),
    [
        (["The bridge on March 17."], "Published March 20, 2024.", D(2024, 3, 17), "March 17"),
        (["The bridge on March 17.", "A march on April 2, 2024."], "", D(2024, 3, 17), "March 17"),
        (["The bridge on March 17."], "", "--03-17", "March 17"),
        (["Crowds on the 4th of July."], "No year here.", "--07-04", "4th of July"),
        (["The bridge on March 17."], "On May 1, 2023 and June 2, 2024.", "--03-17", "March 17"),
        (["Leap day, Feb. 29."], "Published March 1, 2023.", None, "Feb. 29"),
        pytest.param(["Fans at the stadium on December 28."], "Published: 14:08, 2 Jan 2026",
                     D(2025, 12, 28), "December 28", id="a-day-after-the-story-is-the-year-before"),
        pytest.param(["The pier on Nov. 3.", "The storm on Jan. 4, 2025."], "",
                     D(2024, 11, 3), "Nov. 3", id="after-every-date-of-the-year-is-the-year-before"),
    ],
)
def test_year_from_the_article_when_all_agree(
    captions: list[str | None], text: str, expected: datetime.date | str | None, printed: str
) -> None:
    assert caption_dates(captions, text)[0] == (expected, printed)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("May 23, 2022 and 4 June", [(5, 23, 2022, "May 23, 2022"), (6, 4, None, "4 June")]),
        ("Washington 12 May 2022", [(5, 12, 2022, "12 May 2022")]),
        ("MAY 23, 2022", [(5, 23, 2022, "MAY 23, 2022")]),
        ("no digits here", []),
    ],
)
def test_find_dates(text: str, found: list[tuple[int, int, int | None, str]]) -> None:
    assert find_dates(text) == found


def test_long_text_is_linear() -> None:
    small, large = "May 23, 2022 x " * 5_000, "May 23, 2022 x " * 40_000
    small_s, large_s = scaling(find_dates, small, large, limit=32, slack=0.005)
    assert large_s < 32 * small_s + 0.005


@pytest.mark.parametrize(
    "caption",
    [
        "The top 10 players 2022 at the club.",
        "Rescuers pulled 3 people 2019 survivors say.",
        "The 1st Battalion 1999 reunion.",
    ],
)
@pytest.mark.usefixtures("no_dateparser")
def test_no_month_word_never_reaches_dateparser(caption: str) -> None:
    """A day, a word and a year read as a date only when the word is a month of some language."""
    assert caption_dates([caption], "") == [(None, None)]


@pytest.mark.parametrize(
    ("caption", "date", "printed"),
    [
        ("Des manifestants à Paris le 3 mai 2022.", D(2022, 5, 3), "3 mai 2022"),
        ("Manifestantes en Madrid el 3 de mayo de 2022.", D(2022, 5, 3), "3 de mayo de 2022"),
        ("Ein Mann am 23. Mai 2022 in Berlin.", D(2022, 5, 23), "23. Mai 2022"),
        ("Ein Zug am 3. März 2021 in Wien.", D(2021, 3, 3), "3. März 2021"),
        ("Manifestanti a Roma il 5 ottobre 2023.", D(2023, 10, 5), "5 ottobre 2023"),
        ("Betogers in Den Haag op 12 mrt. 2024.", D(2024, 3, 12), "12 mrt. 2024"),
        ("Manifestantes em Lisboa a 3 de março de 2022.", D(2022, 3, 3), "3 de março de 2022"),
        ("Kein Tag: 31. Februar 2022.", None, None),
        ("Protest w Warszawie 3 maja 2022.", D(2022, 5, 3), "3 maja 2022"),
        ("Protest w Krakowie 11 października 2021.", D(2021, 10, 11), "11 października 2021"),
        ("Demonstranter i Stockholm den 3 augusti 2022.", D(2022, 8, 3), "3 augusti 2022"),
        ("Demonstranter i København den 5. marts 2023.", D(2023, 3, 5), "5. marts 2023"),
        ("Demonstranter i Oslo 17. desember 2020.", D(2020, 12, 17), "17. desember 2020"),
        ("Demonstranti v Praze 14. března 2022.", D(2022, 3, 14), "14. března 2022"),
        ("Demonstranti v Brně 2. července 2019.", D(2019, 7, 2), "2. července 2019"),
    ],
)
@pytest.mark.usefixtures("no_dateparser")
def test_month_words_of_other_languages(
    caption: str, date: datetime.date | None, printed: str | None
) -> None:
    """German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish,
    Norwegian and Czech months: read from a table."""
    assert caption_dates([caption], "") == [(date, printed)]


@pytest.mark.parametrize(
    ("caption", "date", "printed"),
    [
        ("Протест в Москве 3 мая 2022.", D(2022, 5, 3), "3 мая 2022"),
        ("Протест у Києві 24 лютого 2022.", D(2022, 2, 24), "24 лютого 2022"),
        ("İstanbul'da protesto, 7 Ağustos 2021.", D(2021, 8, 7), "7 Ağustos 2021"),
        ("Mielenosoitus Helsingissä 3. toukokuuta 2020.", D(2020, 5, 3), "3. toukokuuta 2020"),
        ("Protest la București pe 14 martie 2022.", D(2022, 3, 14), "14 martie 2022"),
        ("Διαδήλωση στην Αθήνα 1 Οκτωβρίου 2020.", D(2020, 10, 1), "1 Οκτωβρίου 2020"),
    ],
)
def test_rarer_languages_through_dateparser(
    caption: str, date: datetime.date, printed: str
) -> None:
    assert caption_dates([caption], "") == [(date, printed)]


def test_a_day_that_does_not_exist_in_a_rarer_language_is_no_date() -> None:
    assert caption_dates(["Протест в Москве 31 февраля 2022."], "") == [(None, None)]
