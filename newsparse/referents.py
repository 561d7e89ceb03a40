"""Who a pronoun or a description may stand for, read in the text before it: the speaker
of reported speech just before ('A source has told Reuters. "…," he said'), the
organisation that spoke ("Acme said it …" then "the company said"), a plural of people
opening the sentence ("The researchers … they wrote"), a person described, not named
("one mother … she said"), and the memory of who was quoted so far (:class:`State`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice, pairwise

import regex

from newsparse._regex import lazy_compile
from newsparse.attribution import indirect_speaker
from newsparse.names import (
    NAME_RUN_SRC,
    Vocabulary,
    is_org,
    name_run,
    parse_name,
    sentence_start_at,
    vocabulary,
)
from newsparse.nearby import Nearby, is_outlet
from newsparse.subjects import Attribution, after_sentence_end, sentence_starts

__all__ = [
    "PRONOUN_REACH",
    "State",
    "described_before",
    "epithet_of",
    "events_before",
    "former_or_latter",
    "given_alone",
    "group_before",
    "group_noun",
    "head_noun",
    "named_after",
    "organisation_spoke",
    "personal",
    "role_before_name",
    "role_holder",
    "source_before",
    "speech_event",
]


def group_noun(text: str, att: Attribution, v: Vocabulary) -> bool:
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


def events_before(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    state: State,
    resolver: Nearby,
) -> Iterator[Attribution]:
    """The reported speech before ``att`` in this paragraph, then in the one before: for each
    of ``windows[:2]``, its last speech event when that is printed before ``att`` and outside
    quotes (words inside a quote report nobody's speech). Read lazily, window by window."""
    for lo, hi in windows[:2]:
        end = min(hi, att.at)
        if not resolver.words_outside_quotes(lo, end):
            continue  # (a subject starts with a letter or digit: any found would be quoted)
        event = state.event(text, lo, end)
        if event is not None and event.at < att.at and not resolver.is_quoted(event.at):
            yield event


def source_before(
    text: str,
    att: Attribution,
    head: str,
    windows: list[tuple[int, int]],
    *,
    state: State,
    resolver: Nearby,
) -> str | None:
    """An unnamed source of reported speech just before, with the same noun: "A person
    close to Acme said the talks stalled." … '"…," the person said.' ("Karim's solicitor
    told the court …" … "the solicitor said" too)."""
    for event in events_before(text, att, windows, state=state, resolver=resolver):
        if event.kind != "descriptor":
            continue
        words = event.text.split()
        unnamed = words[0].casefold() in ("a", "an", "one", "another")
        owned = words[0].endswith(("'s", "’s"))  # "Karim's solicitor told the court …"
        if (unnamed or owned) and head in (w.casefold() for w in words[1:4]):
            return event.text
    # no speech verb: "A spokesperson for Red River Agri Holdings rejected the concerns."
    lo, hi = windows[0]
    end = hi if hi < att.at else att.at
    found = None
    for m in _unnamed_re(head).finditer(text, max(lo, end - PRONOUN_REACH), end):
        if not resolver.is_quoted(m.start()):
            found = m.group()
    return found


@lru_cache(maxsize=64)
def _unnamed_re(head: str) -> regex.Pattern[str]:
    """An unnamed person with ``head`` and the organisation they speak for: "A spokesperson
    for Red River Agri Holdings", "an official at the Treasury"."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[\ \u00a0]  # "A",
        (?:[\p{{L}}\p{{M}}'’-]+[\ \u00a0]){{0,2}}?                  # "senior",
        (?i:{regex.escape(head)})[\ \u00a0]                          # "spokesperson",
        (?:for|at|from|with|of)[\ \u00a0](?:the[\ \u00a0])?          # "for",
        {NAME_RUN_SRC}                                               # "Red River Agri Holdings"
        """,
        regex.VERBOSE,
    )


def epithet_of(text: str, att: Attribution) -> Attribution | None:
    """A capitalised word after "the" that names no organisation ("the Spaniard"), or a
    title, role or party member after "the" ("the MP", "the Labour MP", "the CEO", "The
    Prime Minister" opening a sentence, "the Florida Republican"): that description, as a
    descriptor after "the"; else None."""
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
    head = words[-1].casefold()
    if head in v.titles or head in v.role_nouns or head in v.party_nouns:
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


def former_or_latter(
    text: str, which: str, windows: list[tuple[int, int]], at: int, resolver: Nearby
) -> str | None:
    """Who "the former" or "the latter" (``which``) is: of the last two people named before
    ``at`` and joined by "and" in one sentence ("Karim Benjelloun and Élodie Marchetti
    produced it, but the former said …"), else of the last two named with a title or a
    given name."""
    people: list[tuple[int, str, bool]] = []  # (start, name, has evidence), latest first
    for lo, hi in windows:
        for start, name, evidence, owner in resolver._people_before(lo, hi, at):
            if not owner and all(p[1] != name for p in people):
                people.append((start, name, evidence))
            if len(people) > 6:
                break
    pair = None
    for later, earlier in pairwise(people):
        between = text[earlier[0] : later[0]]
        if " and " in between and len(between) < 120 and after_sentence_end(
            text, earlier[0], later[0]
        ) < 0:
            pair = (earlier, later)
            break
    if pair is None:
        named = [p for p in people if p[2]]
        if len(named) < 2:
            return None
        pair = (named[1], named[0])
    start, name, _evidence = pair[0] if which == "former" else pair[1]
    return name if " " in name else " ".join(resolver.fullest((name,), start))


def named_after(text: str, att: Attribution, resolver: Nearby) -> str | None:
    """The person a description names right after it, set off by commas: "Another passenger,
    Gareth Pryce-Jones, 62, said", "A spokesperson, Anna Berg, said" and "A Buurtmarkt
    spokesperson, Pieter-Jan Claes, confirmed" (a role after the description) are that person;
    else None (no name, one word only, or an organisation: "The operator, Stena Line,")."""
    start = att.at + len(att.text)
    if text[start : start + 1] == " ":  # "A Buurtmarkt spokesperson, Pieter-Jan Claes,"
        word, _, _rest = text[start + 1 : start + 40].partition(",")
        if not (word.isalpha() and word.islower() and personal(word, vocabulary())):
            return None
        start += 1 + len(word)
    start += 2
    if text[start - 2 : start] != ", " or not text[start : start + 1].isupper():
        return None
    run = name_run().match(text, start, min(len(text), start + 80))
    if run is None or text[run.end() : run.end() + 1] != ",":
        return None
    name, _title = parse_name(run.group(), False)
    if len(name) < 2 or is_org(name):
        return None
    return " ".join(resolver.fullest(name, start))


def personal(head: str, v: Vocabulary) -> bool:
    """Whether a description with ``head`` (case-folded) may be a person's: a role, a
    title, a person of known sex or an unnamed source ("the minister", "a source")."""
    return (
        head in v.role_nouns
        or head in v.source_nouns
        or head in v.person_nouns
        or head in v.titles
    )


def speech_event(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
    sex: str,
) -> str | None:
    """Who spoke in reported speech just before: 'A source has told Reuters. "…," he said.'"""
    v = vocabulary()
    for event in events_before(text, att, windows, state=state, resolver=resolver):
        if event.kind == "pronoun":
            continue
        if event.kind == "descriptor":  # "a source close to the talks has told Reuters"
            named = named_after(text, event, resolver)
            if named is not None:  # "Another passenger, Gareth Pryce-Jones, 62, said …"
                return named if resolver.gender_of(named) in (sex, None) else None
            parts = event.text.split()
            head = head_noun(parts)
            if not personal(head, v):
                continue  # "a brief statement", "a more personal (note)": no one's speech
            if len(parts) > 1 and parts[0].casefold() in ("a", "an", "one", "another"):
                return event.text
            if len(parts) <= 3 and parts[0] in ("the", "The") and head.isalpha():
                # "the minister said he was confident": the person printed with the role
                holder = role_holder(text, head, state.wide(), event.at, resolver)
                if holder is not None and resolver.gender_of(holder) in (sex, None):
                    return holder
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


def organisation_spoke(
    text: str, att: Attribution, windows: list[tuple[int, int]], *, resolver: Nearby, state: State
) -> str | None:
    """The organisation of reported speech just before "the company said": 'Acme said it
    takes every complaint seriously. "…," the company said.' (no person, no pronoun)."""
    v = vocabulary()
    head = att.text.split()[-1].casefold()
    for event in events_before(text, att, windows, state=state, resolver=resolver):
        if event.kind == "descriptor":  # "the state's agriculture department said it …"
            return event.text if event.text.split()[-1].casefold() == head else None
        if event.kind != "name":
            continue
        words, title = parse_name(event.text, sentence_start_at(text, event.at))
        full = resolver.fullest(words, event.at)
        key = " ".join(full)
        if title or key in state.people or full[0] in v.given_any:
            return None
        if head not in v.outlet_nouns and is_outlet(key):
            return None  # "workers who spoke to the Guardian": who reports, not the company
        if full[-1].casefold() in v.org_words and full[-1].casefold() != head:
            return None  # "the National Security Council said …" is not "the bank"
        if len(full) < 2 and (
            full[0] in resolver.known_last
            or not full[0][:1].isupper()
            or not windows[0][0] <= event.at < windows[0][1]
        ):
            return None  # "Becker said it …" (a surname), not "Apple said it …" just before
        if full[-1].casefold() in v.place_words and not is_org(full):
            return None  # "Paris said it …" (a place), but "The World Food Programme said it …"
        return key
    return None


_HEAD_ENDS = frozenset({"for", "of", "at", "from", "with", "on", "in", "close", "to"})


def head_noun(words: list[str]) -> str:
    """The noun a description is about, case-folded: "A spokesperson for the fire service"
    -> "spokesperson"."""
    k = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    return words[k - 1].casefold()


@dataclass(slots=True)
class State:
    """What resolution remembers while reading: the last speaker and the people quoted."""

    last: str | None = None
    people: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)  # names that spoke as "it": organisations
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


def group_before(text: str, lo: int, at: int, resolver: Nearby) -> str | None:
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


def role_before_name(at: int, window: tuple[int, int], sex: str, resolver: Nearby) -> str | None:
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


def given_alone(
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


def described_before(text: str, lo: int, at: int, sex: str, resolver: Nearby) -> str | None:
    """The last person described, not named, before ``at`` in ``text[lo:at]`` whose noun
    fits ``sex``: "WIRED spoke to one mother, who … '…,' she said" -> "one mother"."""
    found = None
    nouns = vocabulary().person_nouns
    for m in _described_re().finditer(text, max(lo, at - PRONOUN_REACH), at):
        if nouns[m.group("noun")] == sex and not resolver.is_quoted(m.start()):
            found = m.group()
    return found


@lru_cache(maxsize=256)
def _role_forms(role: str) -> tuple[str, ...]:
    """What a printed role holds, for a cheap test before `_role_holder_re`: the role after
    its first letter ("inister" finds "minister" and "Minister", "INISTER" finds "MINISTER";
    a short role as printed in any case: "MP", "ceo"), and its short forms ("Sen.")."""
    short = vocabulary().short_forms.get(role, ())
    if len(role) > 3:
        return (role[1:], role[1:].upper(), *short)
    return (role, role.upper(), role.capitalize(), *short)


@lru_cache(maxsize=256)
def _role_holder_re(role: str) -> regex.Pattern[str]:
    """A name printed with ``role`` in lower case (or its short form: "Sen." for senator),
    before it or in apposition after it."""
    forms = "|".join(
        [f"(?i:{regex.escape(role)})", *map(regex.escape, vocabulary().short_forms.get(role, ()))]
    )
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’-])(?:{forms})                  # "minister", "Sen.", then
        (?:,[\ \u00a0](?P<appos>{NAME_RUN_SRC}),             # the name set off: "The group,
                                                           # WeWorkers Coalition,"
          |[\ \u00a0](?P<after>{NAME_RUN_SRC}))              # or the name: "Eshwar Khandre"
        | (?P<before>{NAME_RUN_SRC}),[\ \u00a0]                # or the name, a comma,
        (?:the|a|an|its|their|his|her)[\ \u00a0]             # "the",
        (?:[\p{{L}}\p{{M}}'’-]+[\ \u00a0]){{0,3}}?          # "forest",
        (?i:{regex.escape(role)})(?![\p{{L}}\p{{M}}'’-])       # "minister"
        """,
        regex.VERBOSE,
    )


def role_holder(
    text: str,
    role: str,
    windows: list[tuple[int, int]],
    at: int,
    resolver: Nearby,
    *,
    alone: bool = False,
    org: bool = False,
    marks: tuple[str, ...] = (),
) -> str | None:
    """The person last named with ``role`` before ``at`` in ``windows`` (latest first, each
    read within `PRONOUN_REACH`): "Forest minister Eshwar Khandre said …" or "Eshwar
    Khandre, the forest minister, said …", then "…," the minister said. With ``alone``, a
    name of one word will do: "her husband Kunle" (a relative, named by a given name). With
    ``org``, the holder is an organisation: "The group, WeWorkers Coalition, formed …",
    then "the group said". ``marks`` (case-folded) are the capitalised words of the
    description, each printed with the role where it is found: "the Arizona Democrat" is
    not "Delgado, the New Mexico Democrat"."""
    pattern = _role_holder_re(role)
    forms = _role_forms(role)
    for lo, hi in windows:
        end = hi if hi < at else at
        begin = max(lo, end - PRONOUN_REACH)
        if not any(text.find(form, begin, end) >= 0 for form in forms):
            continue  # (the role is not printed: no pattern to run)
        found = None
        for m in pattern.finditer(text, begin, end):
            group = next(g for g in ("after", "appos", "before") if m.group(g))
            start = m.start(group)
            if resolver.is_quoted(start):
                continue
            if marks:
                near = text[max(0, m.start() - 60) : m.end()].casefold()
                if not all(mark in near for mark in marks):
                    continue  # (another place's or party's holder of the role)
            name, _title = parse_name(m.group(group), sentence_start_at(text, start))
            if org:
                if len(name) > 1 or is_org(name):  # "the ICC, an international court"
                    found = " ".join(resolver.fullest(name, start)) if name else m.group(group)
            elif (len(name) > 1 or (alone and name)) and not is_org(name):
                found = " ".join(resolver.fullest(name, start))
        if found:
            return found
    return None
