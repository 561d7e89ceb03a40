"""Who is named near a place in an article: the people and organisations printed in the
paragraphs around a quote, latest first, for a pronoun, a description or an organisation's
noun ("she", "the 56-year-old", "the company") to resolve to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

import regex

from newsparse._regex import lazy_compile
from newsparse.agencies import lookup
from newsparse.cues import cues
from newsparse.names import (
    _PARTICLES,
    ORG_CONNECTORS,
    field_name,
    head_noun,
    inside,
    is_org,
    name_run,
    name_words,
    opens_no_name,
    org_head,
    org_tail,
    parse_name,
    participle_opening,
    sentence_start_at,
    sentences_of,
    title_sex,
    vocabulary,
)
from newsparse.resolver import Resolver
from newsparse.segment import DATELINE
from newsparse.subjects import after_sentence_end

__all__ = ["Nearby", "is_outlet"]

_EDGE = "\"'“”‘’„«»()[]{},.;:!?…—–-*"  # punctuation around a word
_NO_WORD = " \t\n\r\u00a0.,;:!?…—–-()[]\"'“”‘’„«»"  # what stands between quotes and words
_RUN_STOPS = frozenset('"“”„‟«»〝〞〟＂')  # marks that no capitalised run reads over
_ARTICLES = ("A ", "An ", "The ")  # opening a run before a name: no surname opens the sentence
_TIMED_WINDOW = 50_000  # characters: a longer window is scanned for names under a timeout


def _gaps(lo: int, hi: int, quoted: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The stretches of ``[lo, hi)`` between the sorted ``quoted`` spans, lazily (a caller
    that stops at the first one it wants reads no more: linear in a paragraph of quotes)."""
    at = lo
    for start, end in quoted:
        if start > at:
            yield at, min(start, hi)
        at = max(at, end)
    if at < hi:
        yield at, hi


def _given_then_word(name: tuple[str, ...]) -> bool:
    """A known given name, then a surname that is also a place word: "Grace Park", "Jane
    Street" (a person, not a park or a street)."""
    return len(name) == 2 and name[0] in vocabulary().given_any


@lru_cache(maxsize=4096)
def _org_words(raw: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The name words of a run naming an organisation, and their folded forms; else None."""
    name = tuple(name_words(raw))
    if not name or not is_org(name):
        return None
    return name, frozenset(w.casefold().rstrip("s") for w in name)


_Person = tuple[int, str, bool, bool]  # offset, fullest name, has evidence, possessive


# A description set off by commas after a name: ", a San Francisco startup,"
_DESCRIBED_AFTER = lazy_compile(
    r"""
    ,[\ \u00a0](?:a|an|the)[\ \u00a0]            # ", a"
    (?:[\p{L}\p{M}.'’-]+[\ \u00a0]){0,3}?        # "San Francisco"
    (?P<head>[\p{Ll}-]+)                         # "startup,", or its clause: "company
    (?:,|[\ \u00a0](?:that|which|whose)[\ \u00a0])  # that has sold …"
    """,
    regex.VERBOSE,
)

_ARTICLES_BEFORE = ("a ", "an ", "A ", "An ")
"""An indefinite article before a capitalised word makes it a modifier ("an AI feature")."""

MAX_AGES = 20
"""How many ages (`Nearby.aged`) one article's text is scanned for."""

_SPOKEN_TO = ("peaking to ", "peaking with ", "interview with ", "nterview with the ")
"""What stands before whom someone spoke to: "Speaking to Sky Sports", "in an interview
with the BBC"."""

_AFFILIATIONS = (" of ", " at ", " from ")
"""What joins a person to whom they work for: "Jo Roe of Cobalt Bay Capital" (`_affiliation`)."""

_MAX_ROLE_CHARS = 40
"""The longest role in lower case between a person and whom they work for ("Jo Roe, a senior
analyst at Bernstein"), which `_affiliation` reads back over."""

_ADDRESSED = ("emailed to ", "sent to ", "told ", "provided to ", "given to ", "shared with ")
"""What stands before whom a statement was addressed to: an outlet or an audience, never the
body that issued it ("In a statement emailed to STAT, the company said")."""

_PLACED_AFTER = (" in ", " from ", " near ", " outside ")
"""What stands before a place that ends its clause: "testified by video from London." (a
place: no organisation that the company or the band may be; `_placed`)."""

_POSTED_AT = (" on ", " to ", " via ", "'s ", "’s ", " its ", " their ", " his ", " her ")
"""What stands before a social network that is where a text was put, not who wrote it:
"wrote on X", "posted to Facebook", "the band's Instagram", "on its TikTok" (`_platform`)."""

_NO_HINTS = frozenset({"a", "an", "the", "for", "of", "at", "from", "with", "on", "in", "to"})
"""Words of a description that tell no organisation apart ("a spokeswoman for the company"
shares "the" with "The Army"): left out of `Nearby.org_before`'s hints."""


class Nearby(Resolver):
    """A :class:`Resolver` that also finds the people and organisations named near a quote."""

    def __init__(
        self,
        text: str,
        quoted: list[tuple[int, int]] | None = None,
        titles: list[tuple[int, int]] | None = None,
        paragraph_starts: list[int] | None = None,
    ) -> None:
        super().__init__(text, quoted, titles, paragraph_starts)
        self._windows: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._candidates: dict[int, tuple[str, bool, bool] | None] = {}
        self._surnames: dict[str, bool | None] = {}  # None: to be scanned when asked again
        self._openers: dict[str, bool] = {}  # words printed capitalised only opening sentences
        self._lowered: dict[str, bool] = {}  # words printed in lower case (`printed_lower`)
        self._they: list[tuple[int, str]] | None = None  # people who go by they (`they_them`)
        self._worded: dict[tuple[int, int], bool] = {}  # words_outside_quotes, by (lo, hi)
        # per window: the people among its runs read so far, and how many runs were read
        self._people: dict[tuple[int, int], tuple[list[_Person], list[int]]] = {}
        self._ages: dict[str, list[regex.Match[str]]] = {}  # `aged`, by age

    def _runs_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(offset, run) of every capitalised run in ``text[lo:hi]`` outside quotes, cached."""
        key = (lo, hi)
        runs = self._windows.get(key)
        if runs is None:
            # name_run is linear in the window (possessive words, bounded repeats), so only a
            # window long enough for a pathological input needs the timeout, which slows every
            # scan by a third
            timeout = 0.5 if hi - lo > _TIMED_WINDOW else None
            quoted = self._quoted_in(lo, hi)
            stretches = self._unquoted(lo, hi, quoted)
            try:
                runs = [
                    (m.start(), m.group())
                    for start, end in stretches
                    for m in name_run().finditer(self.text, start, end, timeout=timeout)
                ]
            except TimeoutError:
                runs = []
            for _, run in runs:
                if "." in run:  # perhaps a sentence ends inside a run (cut only such runs)
                    runs = [
                        part
                        for at, run in runs
                        for part in (sentences_of(at, run) if "." in run else ((at, run),))
                    ]
                    break
            if quoted and stretches == [(lo, hi)]:  # (read between the quotes: none inside)
                runs = [r for r in runs if not inside(quoted, r[0])]
            self._windows[key] = runs
        return runs

    def _unquoted(self, lo: int, hi: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The stretches of ``text[lo:hi]`` between the ``quoted`` spans, where runs are read
        (a quote's words are no one's mention). Only where each span stands between double
        marks: a run may run on over a single mark ("Paris’ Smith"), so a window with a
        span between others is read whole (the runs that start inside are dropped after)."""
        text = self.text
        for start, end in quoted:
            if text[start - 1 : start] not in _RUN_STOPS or text[end : end + 1] not in _RUN_STOPS:
                return [(lo, hi)]
        if not quoted:
            return [(lo, hi)]
        return list(_gaps(lo, hi, quoted))

    def quotes_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The quotes' spans (sorted) that overlap ``text[lo:hi]``."""
        return self._quoted_in(lo, hi)

    def _quoted_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The quotes' spans that overlap ``text[lo:hi]``."""
        quoted = self.quoted
        first = max(0, bisect_right(quoted, (lo, 1 << 62)) - 1)
        return quoted[first : bisect_left(quoted, (hi, 0))]

    def words_outside_quotes(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` may hold a word outside the quotes: a character that is no
        white space nor punctuation (`_NO_WORD`). Where it holds none (a paragraph that is a
        quote, then '," '), whatever a rule finds there is quoted, and it need not run.
        Cached: the rules of one quote ask about the same stretches."""
        key = (lo, hi)
        found = self._worded.get(key)
        if found is None:
            text, found = self.text, False
            for a, b in _gaps(lo, hi, self._quoted_in(lo, hi)):
                if text[a:b].strip(_NO_WORD):  # (strip: a C loop; any other character is a word's)
                    found = True
                    break
            self._worded[key] = found
        return found

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is printed right after a given name somewhere ("Jane Doe": "Doe")."""
        return self._is_surname(word)

    def _is_surname(self, word: str) -> bool:
        """Whether ``word`` is printed right after a given name ("Jane Doe": "Doe"), cached.

        Each new word scans the text, so only the first 300 words get a scan (as in
        ``Resolver._occurrences``): the cost stays linear in the text.
        """
        known = self._surnames.get(word)
        if known is None:
            allowed = word in self._surnames or len(self._surnames) < 300  # asked before: allowed
            known = allowed and self._after_given(word)
            self._surnames[word] = known
        return known

    def _surname_unasked(self, word: str) -> None:
        """Count ``word`` among the words asked about (the first 300 get a scan), but scan
        only when :meth:`_is_surname` asks: the answer is not needed now."""
        self._surnames.setdefault(word, None if len(self._surnames) < 300 else False)

    def _after_given(self, word: str) -> bool:
        text, given = self.text, vocabulary().given_any
        n, needle, size = len(word), " " + word, len(self.text)
        i = text.find(needle)
        for _ in range(200):  # at most 200 occurrences of the word
            if i < 0:
                return False
            end = i + 1 + n
            if end == size or not text[end].isalnum():  # cheap first: a whole word
                j = i  # walk back over the white space before the word, to the given name
                while j > 0 and text[j - 1].isspace():
                    j -= 1
                if text[j] == " " and j and text[j - 1].isalpha():
                    before = text[max(0, j - 40) : j].rsplit(None, 1)[-1]
                    if not before[0].isalnum():  # ("(Jane Doe": the marks before the name go)
                        k = 1
                        while k < len(before) and not before[k].isalnum():
                            k += 1
                        before = before[k:]
                    if before in given:  # (then the word as printed, with its punctuation)
                        after = text[i + 1 : i + 41].split(None, 1)[0]
                        core = after.strip(_EDGE).removesuffix("’s").removesuffix("'s")
                        if after[:1].isupper() and core == word:
                            return True
            i = text.find(needle, end)
        return False

    def _runs_before(self, lo: int, hi: int, at: int, limit: int = 40) -> list[tuple[int, str]]:
        """The last ``limit`` runs of the window that end before ``at``, latest first."""
        runs = self._runs_in(lo, hi)
        k = bisect_right(runs, (at, ""))  # the runs that start before ``at``
        if k and runs[k - 1][0] + len(runs[k - 1][1]) > at:
            k -= 1  # runs do not overlap: only the last can run on past ``at``
        return runs[max(0, k - limit) : k][::-1]

    def _candidate(self, at: int, raw: str) -> tuple[str, bool, bool] | None:
        """A run as a possible person: (fullest name, has evidence, is a possessive such as
        "Mourinho's"); None for non-persons."""
        if at in self._candidates:
            return self._candidates[at]
        v = vocabulary()
        found: tuple[str, bool, bool] | None = None
        if " " not in raw and raw.isalpha():  # one plain word: the common case, kept cheap
            lower = raw.casefold()
            opener = raw in v.stopwords or raw in v.months
            if raw in self.known_last or lower in v.titles or self._place_surname((raw,), at):
                pass  # a surname or a title: read in full below ("Park" of "Lisa Park")
            elif (
                raw.isupper()
                or raw in v.demonyms
                or raw in v.org_names
                or lower in v.org_words
                or lower in v.place_words  # "Park", no person's ("Central Park")
                or (opener and opens_no_name(raw, sentence_start_at(self.text, at)))
            ):  # no person, surname or not ("The", "Kremlin"): the text scan is not needed
                self._surname_unasked(raw)
                self._candidates[at] = None
                return None
            elif self._is_surname(raw):
                pass  # a surname: read in full below
            elif opener or participle_opening(self.text, at, raw):  # ("Posting on X, he")
                self._candidates[at] = None
                return None
            else:  # ("Celtics coach Joe Mazzulla": an employer; "in Palo Alto": a place)
                placed = self._placed(at) or self._employer(at + len(raw))
                found = None if placed else (raw, False, False)
                self._candidates[at] = found
                return found
        end = at + len(raw)
        possessive = raw.endswith(("'s", "’s"))
        if possessive:  # "Mourinho's representatives": a mention of Mourinho
            raw = raw[:-2]
        if not raw.isupper() and raw:
            name, title = parse_name(raw, sentence_start_at(self.text, at))
            fielded = field_name(self.text, at, name)  # "MP for Bradford West Naz Shah"
            titled = len(fielded) < len(name)  # (a title before its field: "Leader of the")
            name = fielded
            if (
                name
                and not is_org(name)
                and (
                    (
                        (name[-1].casefold() not in v.place_words or _given_then_word(name))
                        and name[0] not in v.demonyms
                    )
                    or self._place_surname(name, at)  # "Park disagreed.", "Lake's view"
                )
                # (the text's tests after the name's: no person's name, no need to read on)
                and not self._employer(end)  # "Sky Sports pundit Darren Oakes": his employer
                and not self._asked_about(at)  # "Asked about the Obi incident, he said"
                and not self._spoken_to(at)  # "Speaking to Sky Sports after the match, he …":
            ):  # who listened
                # a lone word is looked up in the whole text only when it may be a surname
                lone = len(name) == 1 and not title and not self._is_surname(name[0])
                whole = len(name) > 1 and name[0].casefold() not in _PARTICLES  # ("Del Toro")
                sex = title_sex(title) if title else None
                full = name if whole or lone else self.fullest(name, at, sex)  # ("Ms Morgan")
                key = " ".join(full)
                if title:
                    self.titles.setdefault(key, title)
                evidence = (
                    bool(title)
                    or titled  # "Leader of the Opposition C N Shivaprakash"
                    or (len(full) > 1 and full[0] in v.given_any)
                    or (len(name) > 1 and self._after_description(at, raw))
                    or self._aged(at + len(raw))  # "Del Toro, 61, is blunt"
                    or (len(full) > 1 and len(full[0]) == 2 and full[0][1] == ".")  # "M. Anitha"
                    or self._in_role(at + len(raw))  # "M Anitha, a college student,"
                )
                if evidence or not self._placed(at):  # ("in Palo Alto": a place)
                    found = (key, evidence, possessive)
        self._candidates[at] = found
        return found

    def _placed(self, at: int) -> bool:
        """Whether the run at ``at`` follows a preposition of place ("in Palo Alto", "at
        Vidhana Soudha"): a place, when nothing shows it is a person."""
        return at > 1 and self._word_before(at - 1) in _LOCATIVES

    def _people_before(self, lo: int, hi: int, at: int) -> list[_Person]:
        """(offset, name, has evidence, possessive) of the last 40 runs of a window before
        ``at`` that may be people, latest first. Runs are read in order, only as far as a
        quote asks."""
        known = self._people.get((lo, hi))
        if known is None:
            if not self.words_outside_quotes(lo, min(hi, at)):
                return []  # (a run starts with a capital: any before ``at`` would be quoted)
            known = self._people[lo, hi] = ([], [0])
        people, read = known
        runs = self._runs_in(lo, hi)
        i = read[0]
        while i < len(runs) and runs[i][0] < at:
            start, raw = runs[i]
            found = self._candidate(start, raw)
            if found is not None and start + len(raw) <= hi:
                people.append((start, *found))
            i += 1
        read[0] = i
        k = bisect_right(people, (at, ""))
        return people[max(0, k - 40) : k][::-1]

    def aged(self, age: str, pattern: regex.Pattern[str]) -> list[regex.Match[str]]:
        """Every match of ``pattern`` (a name printed with ``age``) in the text, in order,
        read once per age; only the first `MAX_AGES` ages get a scan (linear)."""
        found = self._ages.get(age)
        if found is None:
            found = []
            if len(self._ages) < MAX_AGES:
                try:  # (a whole-text search: bounded in time, as the others)
                    found = list(pattern.finditer(self.text, timeout=0.5))
                except TimeoutError:
                    found = []
            self._ages[age] = found
        return found

    def people_in(self, lo: int, hi: int) -> list[_Person]:
        """(offset, name, has evidence, possessive) of the last 40 runs of ``text[lo:hi]``
        that may be people, latest first."""
        return self._people_before(lo, hi, hi)

    def person_before(
        self,
        at: int,
        windows: list[tuple[int, int]],
        gender: str | None,
        known: set[str],
        *,
        strict: bool = True,
        possessive: bool = False,
    ) -> str | None:
        """The latest person named in ``windows`` (latest first, each a paragraph) whose sex fits.

        Within one paragraph a person already quoted (``known``) is preferred.

        Strictly, a capitalised run counts as a person when it is a speaker already
        (``known``), has a title, or starts with a given name; otherwise any run of two
        capitalised words will do. Places and organisations never do, possessives
        ("Mourinho's representatives") only with ``possessive``: "…," he said after
        "Simmons teed up McDonald's cameo" is Simmons, but "the 56-year-old said" after
        "Mourinho's representatives" is Mourinho.
        """
        known_last = self.known_last
        for lo, hi in windows:
            fits: list[str] = []
            starts: list[int] = []
            ends: list[int] = []
            for start, printed, evidence, owner in self._people_before(lo, hi, at):
                if owner and not possessive:
                    continue
                key = printed
                if " " not in key and key in known_last:  # "McLaughlin", quoted before in full
                    key = " ".join(self.fullest((key,), start))
                if strict and not evidence and key not in known:
                    if " " in key or not (owner or sentence_start_at(self.text, start)):
                        continue  # (a surname opening its sentence, or a possessive one)
                    if self.text.startswith(_ARTICLES, start):
                        continue  # "A Nordhavn spokesperson …": a body's name, no surname
                    full = self.fullest((key,), start)  # "Parton", printed as "Dolly Parton"
                    if len(full) < 2 or is_org(full):
                        continue
                    key = " ".join(full)
                if not strict and " " not in key and key not in known:
                    full = self.fullest((key,), start)  # "Serrano" -> "Aracely Serrano"
                    if len(full) < 2 or is_org(full):
                        continue  # ("Ohio" -> "Ohio Lottery Commission": no person)
                    key = " ".join(full)
                sex = self.gender_of(key)
                if gender and sex and sex != gender:
                    continue
                fits.append(key)
                starts.append(start)
                ends.append(start + len(printed))
            if fits:  # in one paragraph, someone already quoted beats a mere mention, and
                # the subject of the last sentence one named after it
                quoted = next((i for i, k in enumerate(fits) if k in known), None)
                if quoted is None:
                    return self._subject_of(fits, starts)
                return self._opinion_holder(fits, starts, ends, quoted) or fits[quoted]
        return None

    def _opinion_holder(
        self, fits: list[str], starts: list[int], ends: list[int], quoted: int
    ) -> str | None:
        """The person whose view about someone quoted before is reported right before a
        pronoun's quote: "Former Arsenal striker Kevin Okafor believes Lozano would be a
        perfect fit. Speaking on the podcast, he said: '…'" is Okafor, not Lozano. The
        quoted person (``fits[quoted]``) is then printed right after the other's name and
        one of `opinion_verbs` ("believes", "reckons") or a speech verb ("says")."""
        if quoted + 1 >= len(fits):
            return None  # (no one named before the quoted person)
        text, at = self.text, starts[quoted]
        space = text.rfind(" ", max(0, at - 20), at - 1)
        if space < 0 or ends[quoted + 1] != space or text[at - 1 : at] != " ":
            return None  # (not one word between the two names)
        verb = text[space + 1 : at - 1]
        if verb in vocabulary().opinion_verbs or verb in cues().words:
            return fits[quoted + 1]
        return None

    def _subject_of(self, fits: list[str], starts: list[int]) -> str:
        """Of ``fits`` (latest first, printed at ``starts``), the one that opens the
        sentence of the latest, else the latest: "Sen. Maria Cantwell introduced the bill
        after meeting with … Pete Buttigieg." then "she said" is Cantwell."""
        text, last = self.text, starts[0]
        earliest: tuple[str, int] | None = None
        for key, start in zip(fits[1:], starts[1:], strict=True):
            if after_sentence_end(text, start, last) >= 0:
                break  # (a sentence ends between them: an earlier sentence)
            if sentence_start_at(text, start):
                return key
            earliest = key, start
        if earliest is not None and self._opening_phrase(earliest[1]):
            return earliest[0]  # "For Forest boss Ange Postecoglou, it was a first win …
            # since replacing Nuno Espirito Santo": the first named, after a short opening
        return fits[0]

    def _opening_phrase(self, at: int) -> bool:
        """Whether only a few words (`MAX_OPENING_WORDS`) open the sentence before ``at``."""
        text = self.text
        para = text.rfind("\n", max(0, at - 300), at) + 1
        begin = after_sentence_end(text, max(para, at - 300), at)
        begin = max(para, at - 300) if begin < 0 else begin
        return text.count(" ", begin, at) <= MAX_OPENING_WORDS

    def described_as_org(self, end: int) -> bool:
        """Whether an organisation's description is set off by commas right after a name
        that ends at ``end``: "Ledgerly, a San Francisco startup," (`org_nouns`), "Halden, a
        Minneapolis-based company that has sold …"."""
        m = _DESCRIBED_AFTER.match(self.text, end, min(len(self.text), end + 60))
        return m is not None and m.group("head").casefold() in vocabulary().org_nouns

    def they_them(self) -> list[tuple[int, str]]:
        """(offset, name) of each person the text says goes by "they/them" ("Jordan
        Whitaker, 31, who uses they/them pronouns"): the last name printed in the 80
        characters before the mark, in its sentence. Read once; the first 20 marks only."""
        if self._they is None:
            self._they = []
            text, i = self.text, self.text.find("they/them")
            while i >= 0 and len(self._they) < 20:
                lo = max(0, i - 80, after_sentence_end(text, max(0, i - 80), i))
                runs = self._runs_in(lo, i)
                if runs:  # ("Whitaker, who uses they/them pronouns": the fullest form)
                    at, run = runs[-1]
                    words, _title = parse_name(run, sentence_start_at(text, at))
                    full = self.fullest(words, at) if words else ()
                    if len(full) > 1 and not is_org(full):
                        self._they.append((at, " ".join(full)))
                i = text.find("they/them", i + 9)
        return self._they

    def printed_lower(self, word: str) -> bool:
        """Whether ``word`` is printed in lower case as a word of its own ("nothing"): a
        common word, no one's name. Cached; only the first 300 words get a scan of the
        text (later ones count as common), so the cost stays linear in the text."""
        known = self._lowered.get(word)
        if known is None:
            known = len(self._lowered) >= 300 or f" {word.casefold()} " in self.text
            self._lowered[word] = known
        return known

    def proper(self, word: str) -> bool:
        """Whether ``word`` is printed capitalised somewhere no sentence starts: a name
        ("Celtics" of "the Boston Celtics"), no common word opening a sentence."""
        return not self._only_opening(word)

    def _only_opening(self, word: str) -> bool:
        """Whether ``word`` is printed capitalised only where a sentence starts ("Revenue
        rose 5%, the company said"): a common word, no organisation's name. The first 50
        printings are read, once per word."""
        known = self._openers.get(word)
        if known is None:
            text, known = self.text, True
            i = text.find(word)
            for _ in range(50):
                if i < 0:
                    break
                if not sentence_start_at(text, i):
                    known = False
                    break
                i = text.find(word, i + len(word))
            self._openers[word] = known
        return known

    def _asked_about(self, at: int) -> bool:
        """Whether the run at ``at`` lies in an opening clause that asks about it: "Asked
        about the Obi incident, the Irishman said" (the topic, not the speaker)."""
        text = self.text
        i = text.rfind("Asked ", max(0, at - 120), at)
        return (
            i >= 0
            and text.find(",", i, at) < 0
            and text[i + 6 : i + 14].startswith(("about ", "whether ", "if ", "what ", "why "))
            and sentence_start_at(text, i)
        )

    def _spoken_to(self, at: int) -> bool:
        """Whether the run at ``at`` is whom someone spoke to: "Speaking to Sky Sports after
        the match, he did not hold back", "in an interview with the BBC" (an outlet or a
        listener, not the speaker)."""
        return self.text.endswith(_SPOKEN_TO, max(0, at - 20), at)

    def _employer(self, end: int) -> bool:
        """Whether the run ending at ``end`` is followed by a role in lower case (perhaps
        after a word or two of its field) and then a capitalised word: "Sky Sports pundit
        Darren Oakes", "Sinn Féin health spokeswoman Deirdre Keane-Okafor" (the run names
        whom the person works for)."""
        text = self.text
        if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
            return False
        v = vocabulary()
        words = text[end + 1 : end + 60].split(" ", 4)
        for k, word in enumerate(words[:3]):
            if not word.islower():
                return False
            if word in v.role_nouns or word in v.source_nouns or word in v.titles:
                return k + 1 < len(words) and words[k + 1][:1].isupper()
        return False

    def _after_description(self, start: int, raw: str) -> bool:
        """Whether the run at ``start`` names the person a description before it, set off by
        commas, describes: "His deputy, Sandrine Runel," "The driver, Kendall Marchetti,"."""
        if not self._set_off(start, raw):
            return False
        word = self._word_before(start - 2).casefold()
        v = vocabulary()
        if word in v.role_nouns or word in v.person_nouns or word in v.titles:
            return True
        # a role of a place or a body: "The mayor of Kos, Theodoros Kyriazis,"
        seg = self.text[max(0, start - 52) : start - 2]
        cut = max(seg.rfind(" of "), seg.rfind(" for "))
        if cut <= 0 or "," in seg[cut:]:
            return False
        word = seg[:cut].rsplit(" ", 1)[-1].casefold()
        return word in v.role_nouns or word in v.titles

    def _dateline(self, start: int, raw: str) -> bool:
        """Whether the run at ``start`` opens its line before a comma or a bracket: a
        dateline's place ("SANTIAGO, March 12 (Reuters) -", "LONDON (AP) —")."""
        text = self.text
        if (start == 0 or text[start - 1] == "\n") and text[
            start + len(raw) : start + len(raw) + 2
        ] in (", ", " ("):
            return True
        line = text.rfind("\n", 0, start) + 1
        if start - line > 40:
            return False
        m = DATELINE.match(text[line : line + 120])  # "SANTA FE, N.M. (AP) —" (anchored: a slice)
        return m is not None and start < line + m.end()

    def _place_surname(self, name: tuple[str, ...], at: int) -> bool:
        """Whether a name of one place word ("Park", "Hall", "Lake") is the surname of a
        person the text prints in full ("Councilmember Lisa Park" … "Park disagreed.")."""
        return (
            len(name) == 1
            and name[0].casefold() in vocabulary().place_words
            and self._person_form(name[0], at)
        )

    def _person_form(self, word: str, at: int) -> bool:
        """Whether a place word ("Park", "Street") is the short form of a person's name the
        text prints in full ("Park Ji-won", "Jane Street")."""
        full = self.fullest((word,), at)  # (a form ending in the place word is a person's:
        return len(full) > 1 and not is_org(full)  # `Resolver._placed_person` kept it)

    def _in_role(self, end: int) -> bool:
        """Whether a role or a person's noun follows offset ``end`` in commas, after "a" or
        "an": ", a college student," ", an engineer at Infosys," (a person's)."""
        text = self.text
        if not text.startswith((", a ", ", an "), end):
            return False
        words = text[end + 2 : end + 60].split(",", 1)[0].split()
        if len(words) > 6 or not text.startswith(",", end + 2 + len(" ".join(words))):
            return False
        v = vocabulary()
        head = head_noun(words)  # ("an engineer at Infosys")
        return head in v.role_nouns or head in v.person_nouns

    def _aged(self, end: int) -> bool:
        """Whether an age in commas follows offset ``end``: ", 61," (a person's)."""
        text = self.text
        if text[end : end + 2] != ", ":
            return False
        k = end + 2
        while k < end + 5 and text[k : k + 1].isdigit():
            k += 1
        return end + 2 < k and text[k : k + 1] == ","

    def _set_off(self, start: int, raw: str) -> bool:
        """Whether the run at ``start`` stands between commas, after a description: "The
        driver, Kendall Marchetti, 34, …" (a person in apposition, not an organisation)."""
        text = self.text
        end = start + len(raw)
        return text[start - 2 : start] == ", " and text[end : end + 1] == ","

    def _affiliation(self, lo: int, hi: int, start: int, raw: str) -> bool:
        """Whether the organisation printed at ``start`` is whom a person named just before
        it works for ("Fund manager Priscilla Vandermeer of Cobalt Bay Capital", "Jo Roe,
        an analyst at Bernstein"), or whose role and person follow it ("Bernstein analyst
        Jo Roe"): a generic noun ("a company spokesperson") stands for the story's company,
        which the text names otherwise."""
        text = self.text
        if self._employer(start + len(raw)):
            return True
        sep = next((s for s in _AFFILIATIONS if text.endswith(s, 0, start)), None)
        if sep is None:
            return False
        end = start - len(sep)
        comma = text.rfind(", ", end - _MAX_ROLE_CHARS if end > _MAX_ROLE_CHARS else 0, end)
        role = False  # whether a person's role stands between the person and the body
        if comma > lo and text[comma + 2 : end].replace(" ", "").islower():
            role = _role_between(text[comma + 2 : end])
            end = comma  # "Jo Roe, an analyst at Bernstein": the person before the role
        for at, run in self._runs_before(lo, hi, end, 1):
            if at + len(run) == end:
                found = self._candidate(at, run)
                # a person with evidence, or any name a person's role describes: "said Lene
                # Svartdal, an analyst at Nordea Markets in Oslo" (a given name no list knows)
                return found is not None and (found[1] or role)
        return False

    def introduced_as_subject(self, name: tuple[str, ...], form: tuple[str, ...]) -> bool:
        """Whether ``form``, a fuller form of ``name`` (`fullest`), is printed opening a
        sentence before its verb: "Corvane Semiconductor posted the best quarter …" (the
        body introduced, whose "A Corvane spokesperson" speaks; no product after its owner,
        "its flagship Nordhavn Pilsner"). Reads the form's first few printings only."""
        printed = " ".join(form)
        for at in self._forms.get(name, {}).get(form, ())[:4]:
            start = self.text.find(printed, at, at + len(printed) + 8)  # (after "The ")
            if start < 0:
                continue
            opens = sentence_start_at(self.text, start) or (
                self.text.endswith("The ", 0, start) and sentence_start_at(self.text, start - 4)
            )
            if opens and _verb_after(self.text, start + len(printed)):
                return True
        return False

    def _with_lower_head(self, run: tuple[int, str]) -> tuple[int, str]:
        """A run with the head of a body's name printed in lower case after it (`_lower_head`):
        "Cumbria police", "Leeds city council" (British style); else the run as it is."""
        start, raw = run
        head = _lower_head(self.text, start + len(raw))
        if head is None or raw in vocabulary().stopwords:  # "The council has said": no name
            return run
        return start, f"{raw} {head}"

    def org_before(
        self,
        at: int,
        windows: list[tuple[int, int]],
        hint: str = "",
        known: set[str] | None = None,
        wide: list[tuple[int, int]] | None = None,
        *,
        named: bool = False,
        affiliates: bool = True,
    ) -> str | None:
        """The organisation most recently named in ``windows`` (latest first, each a paragraph).

        A name with an organisation word ("Dick Clark Productions", "Kremlin") is taken
        first, preferring one that shares a word with ``hint`` ("the production company"),
        then one with a word that the hint's noun stands for (`noun_names`: the High Court of
        Karnataka for "the bench", though a body it ruled on was named later); else, unless
        only a ``named`` organisation will do, the latest capitalised name that is no person
        ("Big Machine have denied it"). For a generic noun ("a company spokesperson"), a
        body that a person works for (`_affiliation`) comes last, and not at all without
        ``affiliates`` (a caller that reads further windows after).
        """
        v = vocabulary()
        hints = {w.casefold().rstrip("s") for w in hint.split()} - _NO_HINTS
        # a described organisation that is no outlet ("the company") is no outlet named near
        # ("seen by Reuters", "told The Times", "spoke to the Guardian")
        no_outlet = bool(hints) and not hints & v.outlet_nouns
        known = known or set()
        noun = hint.rsplit(" ", 1)[-1].casefold() if hints else None  # "union" of "the union"
        noun = noun if noun in v.org_nouns else None  # (of an organisation: not "statement")
        loose: str | None = None
        opening = False  # whether ``loose`` opens its sentence
        first: str | None = None
        affiliate: str | None = None  # a generic noun's last resort (`_affiliation`)
        # a name with a word that the noun stands for (`noun_names`: a "court" for "the
        # bench") beats the latest name that it merely may stand for
        named_for = frozenset(v.noun_names.get(noun, ())) if noun else frozenset()
        apt: str | None = None
        for lo, hi in windows:
            # (a body's head in lower case read with its run: "Cumbria police have declared")
            for start, raw in map(self._with_lower_head, self._runs_before(lo, hi, at)):
                if raw.endswith("-"):
                    continue  # "COVID-" of "COVID-19": no name
                if raw.isupper() and self._dateline(start, raw):
                    continue  # "SANTIAGO, March 12 (Reuters) -": a place, then the date
                name, _title = parse_name(raw, sentence_start_at(self.text, start))
                # a place that the description's noun names is a body: "Marlow County's
                # commissioners …" then "the county said"; so is a place after a word the
                # noun stands for (`noun_names`): "Police Scotland" for "the force"
                body = bool(name) and noun is not None and (
                    name[-1].casefold() == noun or name[0].casefold() in named_for
                )
                if not name or (
                    name[-1].casefold() in v.place_words
                    and not is_org(name)
                    and not body
                    and not _speaks(self.text, start + len(raw))
                ):
                    continue  # ("in Nova Scotia"; but "Harlow Primary School" runs a school)
                if name[0] in v.demonyms and name[-1].casefold() not in v.org_words:
                    continue  # "Chinese Tesla"; but "National … Safety Administration" stays
                if self.text.endswith(_ARTICLES_BEFORE, 0, start) or len(raw) < 2:
                    continue  # "an AI feature", "a NASA mission": a word before a noun; "°F"
                if self.text.endswith(_ADDRESSED, 0, start):
                    continue  # "In a statement emailed to STAT, the company said": the outlet
                if self.text.endswith(_POSTED_AT, 0, start) and _platform(raw):
                    continue  # "Paul Eke wrote on X.", "posted to the band's Instagram":
                    # where, not who
                if body or is_org(name):
                    if (
                        len(name) == 1
                        and name[0].casefold() in v.org_words
                        and sentence_start_at(self.text, start)
                        and _modifier(self.text, start + len(raw))
                    ):
                        continue  # "Council leaders have written …": a noun's modifier
                    key = " ".join(self.fullest(name, start))
                    tail = (  # "Royal Commission for AlUla" (not a title's: "CEO of …")
                        org_tail(self.text, start, raw)
                        if name[-1].casefold() in v.org_words
                        else raw
                    )
                    if tail is not raw:  # (an organisation's name: no person's to parse)
                        key = tail[4:] if tail.startswith(("The ", "the ")) else tail
                    elif self.text.endswith((" of ", " and ", " for "), 0, start):
                        headed, _at = org_head(self.text, start, raw)  # "Land Management"
                        if headed is not raw:  # of "The Bureau of Land Management"
                            key = headed[4:] if headed.startswith(("The ", "the ")) else headed
                    if no_outlet and (is_outlet(key) or is_outlet(raw)):
                        continue
                    if not hints or hints & {w.casefold().rstrip("s") for w in key.split()}:
                        return key
                    if noun in v.generic_org_nouns and self._affiliation(lo, hi, start, raw):
                        affiliate = affiliate or key  # "Jo Roe of Cobalt Bay Capital": whom a
                        # person works for, not the company of the story
                    elif (
                        noun is None
                        or noun in v.generic_org_nouns  # ("the company": Ardcairn Homes)
                        or v.may_stand_for(noun, _head_word(key))
                    ):
                        first = first or key  # (not "Mercy Creek Hospital" for "the union")
                        if named_for and named_for.intersection(key.casefold().split()):
                            apt = apt or key  # "the bench": the High Court of Karnataka,
                            # named before the body it ruled on, "the … Palike (BBMP)"
                elif (
                    not opening  # the latest such name, unless an earlier one opens a sentence
                    and not (len(name) == 1 and name[0].casefold() in v.titles)  # "Former"
                    and not (  # "Director Annika Sorvald declined": a title makes a person
                        _title and not any(w.casefold() in v.org_words for w in name)
                    )  # (not "Major League Baseball")
                    and name[0] not in v.given_any
                    and name[0] not in v.stopwords
                    and name[0].rstrip(".") not in v.months  # ("on Feb. 10")
                    and name[-1] not in self.known_last
                    and self.gender_of(" ".join(name)) is None
                    and not (len(name) == 1 and name[0].casefold() in v.group_nouns)  # "Residents"
                    and not (len(name) > 1 and self._set_off(start, raw))  # "The driver, Jo Roe,"
                    and not (
                        len(name) == 1
                        and self._only_opening(name[0])  # "Revenue rose"
                        and not self.described_as_org(start + len(raw))  # "Ledgerly, a startup,"
                    )
                    and not (no_outlet and is_outlet(" ".join(name)))
                    and not _tail_of_body(self.text, start)  # "… of Mutual Insurers"
                    and not (  # "testified by video from London.": a place
                        len(name) == 1
                        and self.text.endswith(_PLACED_AFTER, 0, start)
                        and (raw + self.text[start + len(raw) : start + len(raw) + 1])
                        .rstrip(" \n")
                        .endswith((".", ",", ";"))
                    )
                    and not _named_thing(self.text, start, start + len(raw))  # "the Dogger
                    # Reach projects": a project, a site, not the body ("the company said")
                ):
                    full = self.fullest(name, start)
                    if " ".join(full) not in known and full[0] not in v.given_any:
                        starts = sentence_start_at(self.text, start) or _clause_subject(
                            self.text, start, start + len(raw)
                        )  # "Like its rivals, Meridian has been hit by delays at Airbus"
                        if loose is None or starts:  # "Goldman Sachs raised its forecast"
                            loose, opening = " ".join(full), starts
        if hints - {"the", "a", "an"}:  # "the court": a court named further back, in ``wide``
            for start, raw in (
                r for lo, hi in wide or windows for r in self._runs_before(lo, hi, at)
            ):
                org = _org_words(raw)
                if org is not None and hints & org[1]:
                    if no_outlet and is_outlet(raw):
                        continue
                    key = " ".join(self.fullest(org[0], start))
                    tail = org_tail(self.text, start, raw)  # "the Eastern Plains Museum of
                    if tail is not raw and len(tail) > len(key):  # Natural History": all of it
                        key = tail[4:] if tail.startswith(("The ", "the ")) else tail
                    return key
        if not affiliates:
            affiliate = None
        first = apt or first
        if named:
            return first or affiliate
        return first or loose or affiliate


MAX_OPENING_WORDS = 4
"""How many words may open a sentence before the person it is about ("For Forest boss …")."""

_LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
"""Prepositions of place: a capitalised run after one, with no title or given name, is a
place ("in Nova Scotia"), not a person."""


def _head_word(name: str) -> str:
    """The word an organisation's name is headed by, case-folded: its last word, or the
    organisation word before its first "of" ("Association of British Insurers" is an
    association, no council; "Bureau of Land Management" a bureau)."""
    cut = name.find(" of ")
    if cut > 0:
        head = name[name.rfind(" ", 0, cut) + 1 : cut].casefold()
        if head in vocabulary().org_words:
            return head
    return name.rsplit(" ", 1)[-1].casefold()


def _tail_of_body(text: str, start: int) -> bool:
    """Whether the name at ``start`` ends a body's name after "of": "Mutual Insurers" of
    "the Federation of Mutual Insurers" (the federation speaks, not its tail)."""
    if not text.endswith(" of ", 0, start):
        return False
    word = text[max(0, start - 40) : start - 4].rsplit(" ", 1)[-1]
    return word[:1].isupper() and word.casefold() in vocabulary().org_words


def _modifier(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` stands before a noun in lower case, as a
    modifier ("Council leaders"), not before "of" or a verb's clause."""
    after = text[end + 1 : end + 30].split(" ", 1)[0] if text[end : end + 1] == " " else ""
    return (
        after.isalpha()
        and after.islower()
        and after not in ORG_CONNECTORS
        and after not in _VERBS_AFTER
        and not after.endswith("ed")  # ("Council voted")
        and after not in cues().forms  # ("Council says")
    )


# What stands before a name that a "the" opens as a noun's modifier: "the Dogger Reach
# projects", "the Skagerrak Nord and Dogger Reach projects" (read backwards from the name)
_THE_BEFORE = lazy_compile(
    r"""(?:\A|[^\p{L}])the\ \Z                      # "the " right before the name
    | (?:\A|[^\p{L}])the\ (?:\p{Lu}[\p{L}\p{M}'’.-]*\ ){1,4}  # or "the Skagerrak Nord "
      (?:and|&|or)\ \Z                          # and a join before the name
    """,
    regex.VERBOSE,
)

# The noun in lower case that a name modifies, right after it or after a second name
# joined to it: " projects", " and Dogger Reach projects" (read on from the name's end)
_NOUN_AFTER = lazy_compile(
    r"""(?:\ (?:and|&|or)(?:\ \p{Lu}[\p{L}\p{M}'’.-]*){1,4})?  # " and Dogger Reach"
    \ (?P<noun>\p{Ll}+)(?![\p{L}\p{M}'’-])              # " projects"
    """,
    regex.VERBOSE,
)


def _named_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run at ``text[start:end]`` names a thing, as the modifier of
    a noun in lower case that "the" opens, no organisation's noun: "the Skagerrak Nord and
    Dogger Reach projects", "the Dublin and Cork offices" (a project, a place, not who said
    so: "…, the company said in a statement"); but "the Acme board" is Acme's, and "Acme
    shares fell" opens with no "the"."""
    if text[end : end + 1] != " ":
        return False  # cheap first: most names stand before punctuation
    m = _NOUN_AFTER.match(text, end, min(len(text), end + 80))
    if m is None:
        return False
    noun = m["noun"]
    if (
        noun in vocabulary().org_nouns
        or noun in ORG_CONNECTORS
        or noun in _VERBS_AFTER
        or noun.endswith("ed")
        or noun in cues().forms
    ):
        return False  # "the Acme board", "the Acme of …", "the Acme has", "the Acme said"
    return _THE_BEFORE.search(text, max(0, start - 60), start) is not None


_VERBS_AFTER = frozenset(
    {"has", "is", "was", "does", "did", "will", "would", "can", "could", "may", "might", "must"}
    | {"should", "had", "have", "are", "were", "also", "then", "now"}
)
"""Words after a name that make it a subject, not a noun's modifier (`_modifier`)."""


def _platform(raw: str) -> bool:
    """A social network of the registry that posts are put on ("X", "Facebook"; "X." at a
    sentence's end): where someone wrote, not a body that speaks."""
    agency = lookup(raw.rstrip("."))
    return agency is not None and agency.kind == "platform"


def is_outlet(name: str) -> bool:
    """A news agency or publication of the registry ("Reuters", "the BBC"): who reports,
    rarely who speaks."""
    agency = lookup(name)
    return agency is not None and agency.kind in ("wire", "publication")


def _role_between(words: str) -> bool:
    """Whether ``words`` (lower case, between a name's comma and "at", "of" or "from") are
    a person's role: "an analyst", "chief economist", "a senior researcher" (its last word
    a role or a person's noun)."""
    head = words.rsplit(" ", 1)[-1]
    v = vocabulary()
    return head in v.role_nouns or head in v.person_nouns


_OBJECT_BEFORE = (" at ", " of ", " by ", " from ", " with ", " to ", " for ", " on ", " in ")
"""Prepositions before a name that make it an object ("delays at Airbus"), not a subject."""


def _clause_subject(text: str, start: int, end: int) -> bool:
    """Whether the name printed at ``text[start:end]`` is the subject of its clause after an
    opening phrase, as a verb right after it shows: "Like its rivals, Meridian has been hit
    by delivery delays at Airbus" (Meridian, not Airbus, is what "the airline" refers to).
    A name after a preposition is an object, whatever follows it ("delays at Airbus have")."""
    if text[end : end + 1] != " " or text.endswith(_OBJECT_BEFORE, 0, start):
        return False
    after = text[end + 1 : end + 30].split(" ", 1)[0]
    return after in _VERBS_AFTER or after in cues().forms


def _verb_after(text: str, end: int) -> bool:
    """Whether a verb follows the name that ends at ``end``: a past form in lower case or
    an auxiliary ("posted", "has", "is") or a speech verb ("said", "says")."""
    if text[end : end + 1] != " ":
        return False  # cheap first: most names stand before punctuation
    after = text[end + 1 : end + 30].split(" ", 1)[0]
    return (
        after.isalpha()
        and after.islower()
        and (after.endswith("ed") or after in _VERBS_AFTER or after in cues().forms)
    )


def _speaks(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is the subject of a speech verb right after
    it, so a body and no place, whatever word ends it: "The Ohio Public Employees Retirement
    System said in a statement" (a system, as "the Solar System" is a thing; "the agency
    said" then is that body)."""
    if text[end : end + 1] != " ":
        return False  # cheap first: most names stand before punctuation
    return text[end + 1 : end + 30].split(" ", 1)[0] in cues().forms


def _lower_head(text: str, end: int) -> str | None:
    """The head of a body's name printed in lower case right after the capitalised run that
    ends at ``end`` ("Cumbria police", "Leeds city council": British style), whole words
    only; else None."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return None  # cheap first: no word in lower case after the run (most runs)
    for head in vocabulary().lower_org_heads:
        if text.startswith(head, end) and not text[end + len(head) : end + len(head) + 1].isalnum():
            return head[1:]
    return None
