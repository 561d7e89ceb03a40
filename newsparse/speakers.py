"""Speakers: every quote given its speaker, in reading order, and the list of speakers.

A quote's attribution (``attribution``) is resolved to a name (``names``): a name to its
fullest form; "she" to the latest person of that sex named or quoted just before; "the
company" to the organisation last named; "the statement" to whoever issued it. A quote
with no attribution of its own takes the next quote's attribution in its paragraph, the
speaker of reported speech before it ('Smith said the plan failed. "…"'), or continues
the previous paragraph's speaker. A quote that runs over paragraphs has one speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice
from typing import TYPE_CHECKING

import regex
from pydantic import TypeAdapter

from newsparse._regex import lazy_compile
from newsparse.agencies import lookup
from newsparse.attribution import indirect_speaker
from newsparse.models import Speaker
from newsparse.names import (
    Resolver,
    Vocabulary,
    inside,
    is_org,
    name_run,
    name_words,
    opens_no_name,
    parse_name,
    sentence_start_at,
    sentences_of,
    vocabulary,
)
from newsparse.subjects import (
    Attribution,
    after_sentence_end,
    possessor,
    sentence_starts,
    sentence_subject,
)

if TYPE_CHECKING:
    from newsparse.quotes import Stretch

__all__ = ["resolve_speakers"]

_EDGE = "\"'“”‘’„«»()[]{},.;:!?…—–-*"  # punctuation around a word
_TIMED_WINDOW = 50_000  # characters: a longer window is scanned for names under a timeout


def resolve_speakers(
    text: str,
    spans: list[tuple[int, int]],
    stretches: list[Stretch],
    marked: list[tuple[int, int]],
    titles: list[tuple[int, int]] | None = None,
) -> list[Speaker]:
    """Set ``speaker`` on every stretch; the distinct speakers with their titles and counts.

    ``marked`` are the quotes' spans and ``titles`` the headline's and subheadings'
    (sorted): names printed there are not read as fuller forms of a speaker's name."""
    resolver = _Nearby(text, marked, titles)
    _resolve_all(text, spans, stretches, resolver)
    counts: dict[str, int] = {}
    for q in stretches:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    return _speaker_list().validate_python(
        [{"name": n, "title": resolver.titles.get(n), "quotes": c} for n, c in counts.items()]
    )


@cache
def _speaker_list() -> TypeAdapter[list[Speaker]]:
    return TypeAdapter(list[Speaker])


@lru_cache(maxsize=4096)
def _org_words(raw: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The name words of a run naming an organisation, and their folded forms; else None."""
    name = tuple(name_words(raw))
    if not name or not is_org(name):
        return None
    return name, frozenset(w.casefold().rstrip("s") for w in name)


_Person = tuple[int, str, bool, bool]  # offset, fullest name, has evidence, possessive


class _Nearby(Resolver):
    """A :class:`Resolver` that also finds the people and organisations named near a quote."""

    def __init__(
        self,
        text: str,
        quoted: list[tuple[int, int]] | None = None,
        titles: list[tuple[int, int]] | None = None,
    ) -> None:
        super().__init__(text, quoted, titles)
        self._windows: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._candidates: dict[int, tuple[str, bool, bool] | None] = {}
        self._surnames: dict[str, bool | None] = {}  # None: to be scanned when asked again
        # per window: the people among its runs read so far, and how many runs were read
        self._people: dict[tuple[int, int], tuple[list[_Person], list[int]]] = {}

    def _runs_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(offset, run) of every capitalised run in ``text[lo:hi]`` outside quotes, cached."""
        key = (lo, hi)
        runs = self._windows.get(key)
        if runs is None:
            runs = []
            # name_run is linear in the window (possessive words, bounded repeats), so only a
            # window long enough for a pathological input needs the timeout, which slows every
            # scan by a third
            timeout = 0.5 if hi - lo > _TIMED_WINDOW else None
            try:
                for m in name_run().finditer(self.text, lo, hi, timeout=timeout):
                    run = m.group()
                    if "." in run:  # perhaps a sentence ends inside
                        runs.extend(sentences_of(m.start(), run))
                    else:
                        runs.append((m.start(), run))
            except TimeoutError:
                runs = []
            quoted = self._quoted_in(lo, hi)
            if quoted:
                runs = [r for r in runs if not inside(quoted, r[0])]
            self._windows[key] = runs
        return runs

    def _quoted_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The quotes' spans that overlap ``text[lo:hi]``."""
        quoted = self.quoted
        first = max(0, bisect_right(quoted, (lo, 1 << 62)) - 1)
        return quoted[first : bisect_left(quoted, (hi, 0))]

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
        n, needle = len(word), " " + word
        i = text.find(needle)
        for _ in range(200):  # at most 200 occurrences of the word
            if i < 0:
                return False
            end = i + 1 + n
            if end == len(text) or not text[end].isalnum():  # cheap first: a whole word
                j = i  # walk back over the white space before the word, to the given name
                while j > 0 and text[j - 1].isspace():
                    j -= 1
                if text[j] == " " and j and text[j - 1].isalpha():
                    before = text[max(0, j - 40) : j].rsplit(None, 1)[-1]
                    k = 0
                    while k < len(before) and not before[k].isalnum():
                        k += 1
                    if before[k:] in given:  # (then the word as printed, with its punctuation)
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
        v = vocabulary()
        if at in self._candidates:
            return self._candidates[at]
        found: tuple[str, bool, bool] | None = None
        if " " not in raw and raw.isalpha():  # one plain word: the common case, kept cheap
            lower = raw.casefold()
            opener = raw in v.stopwords or raw in v.months
            if raw in self.known_last or lower in v.titles:
                pass  # a surname or a title: read in full below
            elif (
                raw.isupper()
                or raw in v.demonyms
                or raw in v.org_names
                or lower in v.org_words
                or lower in v.place_words
                or (opener and opens_no_name(raw, sentence_start_at(self.text, at)))
            ):  # no person, surname or not ("The", "Kremlin"): the text scan is not needed
                self._surname_unasked(raw)
                self._candidates[at] = None
                return None
            elif self._is_surname(raw):
                pass  # a surname: read in full below
            elif opener:
                self._candidates[at] = None
                return None
            else:
                self._candidates[at] = found = (raw, False, False)
                return found
        possessive = raw.endswith(("'s", "’s"))
        if possessive:  # "Mourinho's representatives": a mention of Mourinho
            raw = raw[:-2]
        if not raw.isupper() and raw:
            name, title = parse_name(raw, sentence_start_at(self.text, at))
            if (
                name
                and not is_org(name)
                and name[-1].casefold() not in v.place_words
                and name[0] not in v.demonyms
            ):
                # a lone word is looked up in the whole text only when it may be a surname
                lone = len(name) == 1 and not title and not self._is_surname(name[0])
                full = name if len(name) > 1 or lone else self.fullest(name, at)
                key = " ".join(full)
                if title:
                    self.titles.setdefault(key, title)
                evidence = bool(title) or (len(full) > 1 and full[0] in v.given_any)
                found = (key, evidence, possessive)
        self._candidates[at] = found
        return found

    def _people_before(self, lo: int, hi: int, at: int) -> list[_Person]:
        """(offset, name, has evidence, possessive) of the last 40 runs of a window before
        ``at`` that may be people, latest first. Runs are read in order, only as far as a
        quote asks."""
        people, read = self._people.setdefault((lo, hi), ([], [0]))
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
            for start, printed, evidence, owner in self._people_before(lo, hi, at):
                if owner and not possessive:
                    continue
                key = printed
                if " " not in key and key in known_last:  # "McLaughlin", quoted before in full
                    key = " ".join(self.fullest((key,), start))
                if strict and not evidence and key not in known:
                    if " " in key or not (owner or sentence_start_at(self.text, start)):
                        continue  # (a surname opening its sentence, or a possessive one)
                    full = self.fullest((key,), start)  # "Parton", printed as "Dolly Parton"
                    if len(full) < 2 or is_org(full):
                        continue
                    key = " ".join(full)
                if not strict and " " not in key and key not in known:
                    key = " ".join(self.fullest((key,), start))  # "Serrano" -> "Aracely Serrano"
                    if " " not in key:
                        continue
                sex = self.gender_of(key)
                if gender and sex and sex != gender:
                    continue
                fits.append(key)
            if fits:  # in one paragraph, someone already quoted beats a mere mention
                return next((k for k in fits if k in known), fits[0])
        return None

    def org_before(
        self,
        at: int,
        windows: list[tuple[int, int]],
        hint: str = "",
        known: set[str] | None = None,
        wide: list[tuple[int, int]] | None = None,
    ) -> str | None:
        """The organisation most recently named in ``windows`` (latest first, each a paragraph).

        A name with an organisation word ("Dick Clark Productions", "Kremlin") is taken
        first, preferring one that shares a word with ``hint`` ("the production company");
        else the latest capitalised name that is no person ("Big Machine have denied it").
        """
        v = vocabulary()
        hints = {w.casefold().rstrip("s") for w in hint.split()}
        known = known or set()
        loose: str | None = None
        opening = False  # whether ``loose`` opens its sentence
        first: str | None = None
        for lo, hi in windows:
            for start, raw in self._runs_before(lo, hi, at):
                name, _title = parse_name(raw, sentence_start_at(self.text, start))
                if not name or name[-1].casefold() in v.place_words:
                    continue
                if name[0] in v.demonyms and name[-1].casefold() not in v.org_words:
                    continue  # "Chinese Tesla"; but "National … Safety Administration" stays
                if is_org(name):
                    key = " ".join(self.fullest(name, start))
                    if hints and not hints & v.outlet_nouns and _outlet(key):
                        continue  # "seen by Reuters" is not "the company"
                    if not hints or hints & {w.casefold().rstrip("s") for w in key.split()}:
                        return key
                    first = first or key
                elif (
                    not opening  # the latest such name, unless an earlier one opens a sentence
                    and not (len(name) == 1 and name[0].casefold() in v.titles)  # "Former"
                    and name[0] not in v.given_any
                    and name[0] not in v.stopwords
                    and name[0] not in v.months
                    and name[-1] not in self.known_last
                    and self.gender_of(" ".join(name)) is None
                    and not (len(name) == 1 and name[0].casefold() in v.group_nouns)  # "Residents"
                ):
                    full = self.fullest(name, start)
                    if " ".join(full) not in known and full[0] not in v.given_any:
                        starts = sentence_start_at(self.text, start)
                        if loose is None or starts:  # "Goldman Sachs raised its forecast"
                            loose, opening = " ".join(full), starts
        if hints - {"the", "a", "an"}:  # "the court": a court named further back, in ``wide``
            for start, raw in (
                r for lo, hi in wide or windows for r in self._runs_before(lo, hi, at)
            ):
                org = _org_words(raw)
                if org is not None and hints & org[1]:
                    return " ".join(self.fullest(org[0], start))
        return first or loose


def _outlet(name: str) -> bool:
    """A news agency or publication of the registry ("Reuters", "the BBC"): who reports,
    rarely who speaks."""
    agency = lookup(name)
    return agency is not None and agency.kind in ("wire", "publication")


def _resolve(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    resolver: _Nearby,
    state: _State,
    *,
    epithet: bool = False,
) -> str | None:
    """The resolved speaker of one attribution; ``windows`` is where a pronoun's person may be."""
    v = vocabulary()
    last = state.last
    if att.kind == "pronoun":
        kind = v.pronouns.get(att.text.casefold(), "self")
        if kind in ("m", "f"):
            people = state.people
            # reported speech, then a person named, in this paragraph before the one before
            name = _speech_event(text, att, windows[:1], resolver=resolver, state=state, sex=kind)
            name = name or resolver.person_before(att.at, windows[:1], kind, people)
            name = name or _role_before_name(att.at, windows[0], kind, resolver)
            name = name or _speech_event(
                text, att, windows[1:2], resolver=resolver, state=state, sex=kind
            )
            name = name or resolver.person_before(att.at, windows, kind, people)
            if name is None and last and last[0].islower() and last.split()[-1] not in v.org_nouns:
                name = last  # "one mother wrote …" then "she said"
            # any two-word name in this paragraph or the one before, then the last speaker
            name = name or resolver.person_before(att.at, windows[:2], kind, people, strict=False)
            name = name or _described_before(text, windows[0][0], att.at, kind, resolver)
            if name is None:
                fits = (
                    p
                    for p in state.recent()
                    if p in people and resolver.gender_of(p) in (kind, None)
                )
                name = next(fits, None)
            name = name or resolver.person_before(att.at, windows, kind, people, strict=False)
            name = name or _given_alone(text, windows[:2], att.at, kind, resolver)
            if name:
                resolver.gender.setdefault(name, kind)
                state.add_person(name, resolver)
            return name
        if kind == "group":
            group = (
                _group_before(text, windows[0][0], att.at, resolver)
                if att.text.casefold() == "they"
                else None
            )
            if group:  # "The researchers behind the study were gloomy. '…,' they wrote."
                return group
            if last is not None and last not in state.people and resolver.gender_of(last) is None:
                return last
            return resolver.org_before(att.at, windows, "", state.people) or last
        return last
    if att.kind == "descriptor":
        words = att.text.split()
        opening = words[0] in ("A", "An", "One")  # "A spokesman for Bristol City Council"
        if words[-1][:1].isupper() and (words[0].islower() or opening) and len(words) > 3:
            return att.text  # "a spokesperson for the National Security Council": in full
        head = words[-1].casefold()
        if head in v.relay_nouns:  # "the statement said": whoever issued the statement
            if head not in state.relay:
                found = _relay(text, att, head, windows, resolver=resolver, state=state)
                state.relay[head] = found or last
            return state.relay[head]
        if head in v.org_nouns:
            found = _organisation_spoke(text, att, windows, resolver=resolver, state=state)
            found = found or resolver.org_before(att.at, windows[:1], att.text, state.people)
            found = found or resolver.org_before(
                att.at, windows, att.text, state.people, state.wide()
            )
            return found or att.text
        role = head in v.role_nouns or any(w.endswith("-old") for w in words)
        if (
            words[0] in ("the", "The")
            and (len(words) <= 3 or (role and len(words) <= 5))  # "the 29-year-old Dutch forward"
            and head not in v.document_nouns
        ):
            same = next((p for p in state.recent() if p.split()[-1].casefold() == head), None)
            if same:  # "an insider said" … "the insider added"
                return same
            source = _source_before(text, att, head, windows, state=state, resolver=resolver)
            if source:  # "A person close to Acme said …" … "the person said"
                return source
            if head.endswith("s") or head in v.group_nouns:  # "the family said": a group
                return att.text
            if any(w.endswith(("'s", "’s")) for w in words[:-1]):
                # "the school's head teacher": someone named in this paragraph, or no one
                person = resolver.person_before(att.at, windows[:1], None, state.people)
                return person or att.text
            # a role ("the judge", "the 24-year-old"): someone named in this paragraph first;
            # then the person last quoted, then someone named before
            person = None
            if role or head in v.person_nouns or epithet:
                person = resolver.person_before(att.at, windows[:2], None, state.people)
            person = person or next((p for p in state.recent() if p in state.people), None)
            person = person or resolver.person_before(
                att.at, windows, None, state.people, possessive=True
            )
            person = person or resolver.person_before(
                att.at, windows, None, state.people, strict=False, possessive=True
            )
            return (
                person or att.text
            )  # "the 56-year-old", "the singer": the person last quoted or named
        return att.text
    described = _epithet(text, att)
    if described is not None:  # "the Spaniard said", "the Premier said": a description
        return _resolve(text, described, windows, resolver, state, epithet=True)
    words_, title = parse_name(att.text, sentence_start_at(text, att.at))
    if not words_:
        return last
    full = " ".join(resolver.fullest(words_, att.at))
    if title and len(title) > len(resolver.titles.get(full, "")):  # the fullest title printed
        resolver.titles[full] = title
    if not title and full == att.text and _group_noun(text, att, v):
        return full  # "Critics described it as …": a group, nobody's name
    if not is_org(tuple(full.split())):
        state.add_person(full, resolver)
    return full


def _group_noun(text: str, att: Attribution, v: Vocabulary) -> bool:
    """A plural noun capitalised only because it opens a sentence ("Critics", "Residents")
    and printed nowhere with a given name: a group of people, not a surname ("Jones")."""
    word = att.text
    return (
        " " not in word
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and word[1:].islower()
        and word not in v.given_any
        and word not in v.org_names
        and sentence_start_at(text, att.at)
    )


def _events_before(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    state: _State,
    resolver: _Nearby,
) -> Iterator[Attribution]:
    """The reported speech before ``att`` in this paragraph, then in the one before: for each
    of ``windows[:2]``, its last speech event when that is printed before ``att`` and outside
    quotes (words inside a quote report nobody's speech). Read lazily, window by window."""
    for lo, hi in windows[:2]:
        event = state.event(text, lo, min(hi, att.at))
        if event is not None and event.at < att.at and not resolver.is_quoted(event.at):
            yield event


def _source_before(
    text: str,
    att: Attribution,
    head: str,
    windows: list[tuple[int, int]],
    *,
    state: _State,
    resolver: _Nearby,
) -> str | None:
    """An unnamed source of reported speech just before, with the same noun: "A person
    close to Acme said the talks stalled." … '"…," the person said.' ("Karim's solicitor
    told the court …" … "the solicitor said" too)."""
    for event in _events_before(text, att, windows, state=state, resolver=resolver):
        if event.kind != "descriptor":
            continue
        words = event.text.split()
        unnamed = words[0].casefold() in ("a", "an", "one", "another")
        owned = words[0].endswith(("'s", "’s"))  # "Karim's solicitor told the court …"
        if (unnamed or owned) and head in (w.casefold() for w in words[1:4]):
            return event.text
    return None


def _epithet(text: str, att: Attribution) -> Attribution | None:
    """A capitalised word after "the" that names no organisation ("the Spaniard"), or a
    title or role after "the" ("the MP", "the Labour MP", "the CEO", "The Prime Minister"
    opening a sentence): that description, as a descriptor after "the"; else None."""
    if att.kind != "name":
        return None
    opening = att.text.startswith("The ")  # (a sentence's first word, read with the name)
    if opening:
        name, at = att.text[4:], att.at + 4
    elif att.at >= 4 and text[att.at - 4 : att.at] in ("the ", "The "):
        name, at = att.text, att.at
    else:
        return None
    v = vocabulary()
    words = tuple(name.split())
    if not words:
        return None
    if words[-1].casefold() in v.titles or words[-1].casefold() in v.role_nouns:
        described = len(words) == 1 or not is_org(words)  # "MP" alone is no organisation
    else:  # "the Spaniard"; but "The Guardian" opening a sentence is the paper's name
        described = (
            not opening
            and " " not in name
            and not is_org((name,))
            and not name.isupper()
            and not name.endswith("s")
        )
    return Attribution(f"the {name}", "descriptor", att.cue, at - 4) if described else None


def _speech_event(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    resolver: _Nearby,
    state: _State,
    sex: str,
) -> str | None:
    """Who spoke in reported speech just before: 'A source has told Reuters. "…," he said.'"""
    v = vocabulary()
    for event in _events_before(text, att, windows, state=state, resolver=resolver):
        if event.kind == "pronoun":
            continue
        if event.kind == "descriptor":  # "a source close to the talks has told Reuters"
            parts = event.text.split()
            if len(parts) > 1 and parts[0].casefold() in ("a", "an", "one", "another"):
                return event.text if _head(parts) not in v.org_nouns else None
            return None
        words, title = parse_name(event.text, sentence_start_at(text, event.at))
        full = resolver.fullest(words, event.at)
        key = " ".join(full)
        # who says something is a person unless the name is an organisation's or a place's
        person = key in state.people or bool(title) or len(full) > 1
        if (
            person
            and not is_org(full)
            and full[-1].casefold() not in v.place_words
            and full[0] not in v.demonyms
            and resolver.gender_of(key) in (sex, None)
        ):
            return key
        return None
    return None


def _organisation_spoke(
    text: str, att: Attribution, windows: list[tuple[int, int]], *, resolver: _Nearby, state: _State
) -> str | None:
    """The organisation of reported speech just before "the company said": 'Acme said it
    takes every complaint seriously. "…," the company said.' (no person, no pronoun)."""
    v = vocabulary()
    head = att.text.split()[-1].casefold()
    for event in _events_before(text, att, windows, state=state, resolver=resolver):
        if event.kind == "descriptor":  # "the state's agriculture department said it …"
            return event.text if event.text.split()[-1].casefold() == head else None
        if event.kind != "name":
            continue
        words, title = parse_name(event.text, sentence_start_at(text, event.at))
        full = resolver.fullest(words, event.at)
        key = " ".join(full)
        if title or key in state.people or full[0] in v.given_any:
            return None
        if full[-1].casefold() in v.org_words and full[-1].casefold() != head:
            return None  # "the National Security Council said …" is not "the bank"
        if len(full) < 2 and (
            full[0] in resolver.known_last
            or not full[0][:1].isupper()
            or not windows[0][0] <= event.at < windows[0][1]
        ):
            return None  # "Becker said it …" (a surname), not "Apple said it …" just before
        return key if full[-1].casefold() not in v.place_words else None
    return None


def _relay(
    text: str,
    att: Attribution,
    noun: str,
    windows: list[tuple[int, int]],
    *,
    resolver: _Nearby,
    state: _State,
) -> str | None:
    """Who issued the statement that "the statement said": 'Acme issued a statement on Monday.'"""
    v = vocabulary()
    for lo, hi in windows:
        i = text.rfind(noun, lo, min(hi, att.at))
        for _ in range(4):
            if i < 0:
                break
            if resolver.is_quoted(i) or text[i + len(noun) : i + len(noun) + 1].isalpha():
                i = text.rfind(noun, lo, i)
                continue
            subject = possessor(text, lo, i) or sentence_subject(text, lo, i)
            if subject is None:  # "Marcus Hale, the director, said in a statement"
                subject = state.event(text, lo, i)
                if subject is not None and after_sentence_end(text, subject.at, i) >= 0:
                    subject = None
            if subject is not None and subject.text.split()[-1].casefold() not in v.relay_nouns:
                if subject.kind == "descriptor":
                    head = subject.text.split()[-1].casefold()
                    found = resolver.org_before(subject.at, windows, subject.text, state.people)
                    if head in v.org_nouns and found:
                        return found
                else:
                    return _resolve(text, subject, windows, resolver, state)
            i = text.rfind(noun, lo, i)
    return None


_HEAD_ENDS = frozenset({"for", "of", "at", "from", "with", "on", "in", "close", "to"})


def _head(words: list[str]) -> str:
    """The noun a description is about, case-folded: "A spokesperson for the fire service"
    -> "spokesperson"."""
    k = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    return words[k - 1].casefold()


@dataclass(slots=True)
class _State:
    """What resolution remembers while reading: the last speaker and the people quoted."""

    last: str | None = None
    people: set[str] = field(default_factory=set)
    order: dict[str, None] = field(default_factory=dict)  # speakers, most recent last
    relay: dict[str, str | None] = field(default_factory=dict)  # "statement": who issued it
    events: dict[tuple[int, int], Attribution | None] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)  # the paragraphs
    para: int = 0  # the paragraph of the quote being resolved

    def wide(self) -> list[tuple[int, int]]:
        """The current paragraph and the eleven before, latest first."""
        return self.spans[max(0, self.para - 11) : self.para + 1][::-1]

    def event(self, text: str, lo: int, hi: int) -> Attribution | None:
        """The last reported speech in ``text[lo:hi]`` ('Smith said the plan failed'), cached."""
        key = (lo, hi)
        if key not in self.events:
            self.events[key] = indirect_speaker(text, lo, hi)
        return self.events[key]

    def add_person(self, name: str, resolver: _Nearby) -> None:
        """Remember ``name`` as a person who speaks in this article."""
        self.people.add(name)
        resolver.known_last.add(name.rsplit(" ", 1)[-1])

    def recent(self) -> list[str]:
        """The last few speakers, most recent first."""
        return list(islice(reversed(self.order), 30))


PRONOUN_REACH = 600
"""How far back (characters) the scans for a pronoun's person or group read: a cost per
pronoun that no paragraph's length sets, so the whole stays linear on any input."""


@cache
def _group_re() -> regex.Pattern[str]:
    v = vocabulary()
    nouns = sorted(
        {n + "s" for n in (*v.role_nouns, *v.person_nouns)} | set(v.group_nouns),
        key=len,
        reverse=True,
    )
    return regex.compile(
        rf"""
        (?:(?:[Tt]he|[Ss]ome|[Mm]any)[\ \u00a0]  # "The researchers", "Some experts"
        |(?=\p{{Lu}})                          # or the plural alone: "Researchers"
        )
        (?:[\p{{Ll}}'’-]+[\ \u00a0]){{0,2}}?            # up to two words before the noun
        (?i:{"|".join(map(regex.escape, nouns))})       # a plural of people
        (?![\p{{L}}\p{{M}}'’-])
        """,
        regex.VERBOSE,
    )


def _group_before(text: str, lo: int, at: int, resolver: _Nearby) -> str | None:
    """A plural of people that opens the last sentence before ``at`` in its paragraph, or
    the sentence of ``at`` itself: "The researchers behind the study were gloomy. '…,'
    they wrote" -> "The researchers"."""
    lo = max(lo, at - PRONOUN_REACH)
    starts = [lo, *sentence_starts(text, lo, at)]
    for sentence in reversed(starts[-2:]):  # the sentence of ``at``, then the one before
        start = sentence
        while start < at and text[start] in "\"“‘'( ":
            start += 1
        if resolver.is_quoted(start):
            continue
        m = _group_re().match(text, start, at)
        if m is not None:
            return m.group()
    return None


def _role_before_name(
    at: int, window: tuple[int, int], sex: str, resolver: _Nearby
) -> str | None:
    """The latest name of two words or more in ``window`` before ``at`` printed right after
    a role or title in lower case, whose sex fits: "Tesla chief executive Elon Musk … he
    said" (a given name the lists lack)."""
    v = vocabulary()
    for start, printed, _evidence, owner in resolver._people_before(*window, at):
        if owner or " " not in printed:
            continue
        before = resolver._word_before(start - 1) if start > 1 else ""
        if before.islower() and (before in v.titles or before in v.role_nouns):
            sex_of = resolver.gender_of(printed)
            if sex_of in (sex, None):
                return printed
    return None


def _given_alone(
    text: str, windows: list[tuple[int, int]], at: int, sex: str, resolver: _Nearby
) -> str | None:
    """The last given name printed alone (not quoted) within `PRONOUN_REACH` before ``at``
    in ``windows`` (this paragraph, then the one before) whose sex fits: "Her husband Mark,
    36, said he would … / '…,' he said" -> "Mark"."""
    given = vocabulary().given_names
    for lo, hi in windows:
        found = None
        end = hi if hi < at else at
        for m in CAPITALISED.finditer(text, max(lo, end - PRONOUN_REACH), end):
            word = m.group()
            if given.get(word) == sex and not resolver.is_quoted(m.start()):
                after = text[m.end() : m.end() + 2]
                if not (after[:1] == " " and after[1:].isupper()):  # "Mark Roe": a full name
                    found = word
        if found:
            return found
    return None


# A capitalised word: a given name printed alone may be one.
CAPITALISED = lazy_compile(
    r"""
    (?<![\p{L}\p{M}'’.-])   # at a word start
    \p{Lu}\p{Ll}+           # a capital, then lower case
    (?![\p{L}\p{M}'’-])     # to the word's end
    """,
    regex.VERBOSE,
)


@cache
def _described_re() -> regex.Pattern[str]:
    nouns = sorted(vocabulary().person_nouns, key=len, reverse=True)
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’-])
        (?:[Aa]n?|[Oo]ne|[Aa]nother)[\ \u00a0]     # "one mother", "a local man"
        (?:[\p{{Ll}}\d'’-]+[\ \u00a0]){{0,2}}       # up to two words before the noun
        (?P<noun>{"|".join(map(regex.escape, nouns))})
        (?![\p{{L}}\p{{M}}'’-])
        """,
        regex.VERBOSE,
    )


def _described_before(text: str, lo: int, at: int, sex: str, resolver: _Nearby) -> str | None:
    """The last person described, not named, before ``at`` in ``text[lo:at]`` whose noun
    fits ``sex``: "WIRED spoke to one mother, who … '…,' she said" -> "one mother"."""
    found = None
    nouns = vocabulary().person_nouns
    for m in _described_re().finditer(text, max(lo, at - PRONOUN_REACH), at):
        if nouns[m.group("noun")] == sex and not resolver.is_quoted(m.start()):
            found = m.group()
    return found


def _windows(spans: list[tuple[int, int]], q: Stretch) -> list[tuple[int, int]]:
    """Where a pronoun's person is looked for: this paragraph, then the three before."""
    return spans[max(0, q.para - 3) : q.para + 1][::-1]


def _resolve_all(
    text: str, spans: list[tuple[int, int]], stretches: list[Stretch], resolver: _Nearby
) -> None:
    """Give every quote a speaker, in reading order."""
    # A quote that runs over paragraphs takes its attribution from whichever paragraph has one.
    chain_att: dict[int, Attribution | None] = {}
    head = 0
    for k, q in enumerate(stretches):
        if not q.continues:
            head = k
        if q.attribution is not None and chain_att.get(head) is None:
            chain_att[head] = q.attribution
        chain_att[k] = chain_att.get(head) if q.continues or k == head else None
    # second pass fills earlier members of a chain whose attribution came later
    for k in range(len(stretches) - 1, 0, -1):
        if stretches[k].continues and chain_att.get(k - 1) is None:
            chain_att[k - 1] = chain_att.get(k)
    state = _State(spans=spans)
    para_speaker: dict[int, str | None] = {}
    for k, q in enumerate(stretches):
        windows = _windows(spans, q)
        state.para = q.para
        att = q.attribution or chain_att.get(k)
        name: str | None = None
        if att is not None:
            name = _resolve(text, att, windows, resolver, state)
        elif k and stretches[k - 1].para == q.para and stretches[k - 1].speaker:
            name = stretches[k - 1].speaker
        else:
            name = _fallback(
                text, spans, stretches, k, resolver=resolver, state=state, seen=para_speaker
            )
        q.speaker = name
        if name:
            state.last = name
            para_speaker[q.para] = name
            state.order.pop(name, None)
            state.order[name] = None


def _fallback(
    text: str,
    spans: list[tuple[int, int]],
    stretches: list[Stretch],
    k: int,
    *,
    resolver: _Nearby,
    state: _State,
    seen: dict[int, str | None],
) -> str | None:
    """The speaker of a quote with no attribution of its own."""
    q = stretches[k]
    ps, _pe = spans[q.para]
    windows = _windows(spans, q)
    # the next quote of the paragraph, when its attribution follows it: '"A." "B," she said.'
    nxt = stretches[k + 1] if k + 1 < len(stretches) else None
    if (
        nxt is not None
        and nxt.para == q.para
        and nxt.attribution is not None
        and nxt.attribution.at > nxt.start
    ):
        return _resolve(text, nxt.attribution, windows, resolver, state)
    # said earlier in the paragraph: 'Smith said the plan failed. "It was a mess."'
    att = state.event(text, ps, q.open_at)
    if att is not None:
        return _resolve(text, att, windows, resolver, state)
    # a quote inside a sentence about a named person: 'Jane Roe called the plan "a sweep"'
    if q.open_at > ps and not sentence_start_at(text, q.open_at):
        att = sentence_subject(text, ps, q.open_at)
        if att is not None and att.kind == "name":
            words, _title = parse_name(att.text, True)
            full = resolver.fullest(words, att.at)
            v = vocabulary()
            if (
                len(full) > 1
                and not is_org(full)
                and full[-1].casefold() not in v.place_words
                and full[0] not in v.demonyms
            ):
                return " ".join(full)
            if len(full) == 1 and full[0].casefold() in v.group_nouns:
                return full[0]  # 'Critics called the plan "a recipe for disaster"'
        elif att is not None and att.kind == "descriptor":
            head = att.text.split()[-1].casefold()
            v = vocabulary()
            if head in v.role_nouns or head in v.person_nouns:
                return att.text  # 'The school's head teacher described the meals as "…"'
    if q.open_at > ps:  # someone named earlier in the quote's sentence: 'The minister,
        # Fiona Grady, was more positive — "We will look at it" — but …'
        lo = max(ps, q.open_at - 300)  # bounded: linear
        lo = max(lo, after_sentence_end(text, lo, q.open_at))
        named = resolver.person_before(q.open_at, [(lo, q.open_at)], None, state.people)
        if named is not None:
            return named
    # a quote paragraph continues the previous quote paragraph's speaker
    if q.para - 1 in seen:
        return seen[q.para - 1]
    if q.para > 0:
        pps, ppe = spans[q.para - 1]
        att = state.event(text, pps, ppe)
        if att is not None:
            return _resolve(text, att, windows, resolver, state)
    # the person the quote's sentence is about: 'Gates this week issued a list of "…"'
    att = sentence_subject(text, ps, q.open_at)
    if att is not None and att.kind == "name":
        words, _title = parse_name(att.text, True)
        full = resolver.fullest(words, att.at)
        if len(full) > 1 and not is_org(full):
            return " ".join(full)
    return state.last
