"""Speakers: every quote given its speaker, in reading order, and the list of speakers.

A quote's attribution (``attribution``) is resolved to a name (``names``), among the people
and organisations named near it (``nearby``): a name to its fullest form; "she" to the
latest person of that sex named or quoted just before; "the company" to the organisation
last named; "the statement" to whoever issued it. A quote
with no attribution of its own takes the next quote's attribution in its paragraph, the
speaker of reported speech before it ('Smith said the plan failed. "…"'), or continues
the previous paragraph's speaker. A quote that runs over paragraphs has one speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

import regex

from newsparse._regex import lazy_compile
from newsparse.attribution import indirect_speaker
from newsparse.models import Speaker, build
from newsparse.names import (
    Vocabulary,
    is_org,
    parse_name,
    sentence_start_at,
    vocabulary,
)
from newsparse.nearby import Nearby
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
    resolver = Nearby(text, marked, titles)
    _resolve_all(text, spans, stretches, resolver)
    counts: dict[str, int] = {}
    for q in stretches:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    # names and titles are stretches of the text, counts are counts: valid by construction
    return [
        build(Speaker, name=n, title=resolver.titles.get(n), quotes=c) for n, c in counts.items()
    ]


def _resolve(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    resolver: Nearby,
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
    resolver: Nearby,
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
    resolver: Nearby,
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
    resolver: Nearby,
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
    text: str, att: Attribution, windows: list[tuple[int, int]], *, resolver: Nearby, state: _State
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
    resolver: Nearby,
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

    def add_person(self, name: str, resolver: Nearby) -> None:
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


def _group_before(text: str, lo: int, at: int, resolver: Nearby) -> str | None:
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


def _role_before_name(at: int, window: tuple[int, int], sex: str, resolver: Nearby) -> str | None:
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
    text: str, windows: list[tuple[int, int]], at: int, sex: str, resolver: Nearby
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


def _described_before(text: str, lo: int, at: int, sex: str, resolver: Nearby) -> str | None:
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
    text: str, spans: list[tuple[int, int]], stretches: list[Stretch], resolver: Nearby
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
    resolver: Nearby,
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
        v = vocabulary()
        if att is not None and att.kind == "name":
            words, _title = parse_name(att.text, True)
            full = resolver.fullest(words, att.at)
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
