"""Who a pronoun or a description may stand for, read in the text before it (what one
description names is read by ``descriptions``): the speaker
of reported speech just before ('A source has told Reuters. "…," he said'), the
organisation that spoke ("Acme said it …" then "the company said"), a plural of people
opening the sentence ("The researchers … they wrote"), a person described, not named
("one mother … she said"), and the memory of who was quoted so far (:class:`State`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

import regex

from newsparse._regex import lazy_compile
from newsparse.attribution import indirect_speaker
from newsparse.descriptions import (
    PRONOUN_REACH,
    age_of,
    aged_person,
    epithet_of,
    named_after,
    role_holder,
)
from newsparse.names import (
    NAME_RUN_SRC,
    Vocabulary,
    head_noun,
    is_org,
    sentence_start_at,
    speaker_name,
    vocabulary,
)
from newsparse.nearby import Nearby, is_outlet
from newsparse.subject_patterns import ANONYMOUS_SRC
from newsparse.subjects import Attribution, sentence_starts

__all__ = [
    "State",
    "described_before",
    "events_before",
    "given_alone",
    "group_before",
    "group_noun",
    "organisation_spoke",
    "role_before_name",
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
    reach: int = 2,
) -> Iterator[Attribution]:
    """The reported speech before ``att`` in this paragraph, then in the ones before: for
    each of ``windows[:reach]``, its last speech event when that is printed before ``att``
    and outside quotes (words inside a quote report nobody's speech). Read lazily, window
    by window."""
    for lo, hi in windows[:reach]:
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
        owned = any(  # "Karim's solicitor told the court …", "The Prime Minister's official
            w.endswith(("'s", "’s")) for w in words[:4]  # spokesman said …"
        )
        heads = {head, *vocabulary().noun_synonyms.get(head, ())}
        if (unnamed or owned) and heads & {w.casefold() for w in words[1:6]}:
            return event.text  # ("A senior forest department official said …")
        if len(words) > 1 and head.endswith("s") and head in (words[0].casefold(), words[-1]):
            return event.text  # "Analysts at Jefferies said …", "Goldman Sachs analysts said"
    # no speech verb: "A spokesperson for Red River Agri Holdings rejected the concerns.";
    # or one that reads only the organisation as its subject: "A spokesperson for the
    # European Commission told Newsweek that …" (this paragraph, then the one before)
    for lo, hi in windows[:2]:
        end = hi if hi < att.at else att.at
        found = None
        for pattern in (_unnamed_re(head), _qualified_re(head), _anonymous_re(head)):
            for m in pattern.finditer(text, max(lo, end - PRONOUN_REACH), end):
                if not resolver.is_quoted(m.start()) and not _apposition(text, m.start()):
                    found = m.group("who") if "who" in m.re.groupindex else m.group()
            if found is not None:  # ("But a senior Republican aide, who spoke on condition
                return found  # of anonymity, was less upbeat." … "the aide said")
    return None


def _apposition(text: str, at: int) -> bool:
    """Whether a description at ``at`` follows a name and a comma ("Jo Reyes, a Labour MP,"):
    it describes the person named, no one unnamed."""
    if not text.endswith(", ", 0, at):
        return False
    word = text[max(0, at - 42) : at - 2].rsplit(None, 1)[-1:]
    return bool(word) and word[0][:1].isupper()


@lru_cache(maxsize=64)
def _qualified_re(head: str) -> regex.Pattern[str]:
    """An unnamed person described by ``head`` and up to three words before it: "a senior
    Republican aide", "one longtime resident", "an investor" (after "One of those people,
    an investor who passed on the deal, said"); not one a name of two words follows: "A
    bench of Chief Justice Meera Pillai" names the justice."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[\ \u00a0]  # "a",
        (?:[\p{{L}}\p{{M}}'’-]+[\ \u00a0]){{0,3}}?                  # "senior Republican",
        (?i:{_head_forms(head)})(?![\p{{L}}\p{{M}}])                # "aide"
        (?![\ \u00a0]\p{{Lu}}[\p{{L}}\p{{M}}'’-]*[\ \u00a0]\p{{Lu}})      # and no "Meera Pillai"
        """,
        regex.VERBOSE,
    )


def _head_forms(head: str) -> str:
    """``head`` and its synonyms (`noun_synonyms`: "rep", "representative") as a pattern."""
    forms = (head, *vocabulary().noun_synonyms.get(head, ()))
    return "|".join(regex.escape(form) for form in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=64)
def _anonymous_re(head: str) -> regex.Pattern[str]:
    """An unnamed person named by ``head`` alone who asks not to be named: "Another
    councillor, who asked not to be named," ("the councillor said" is that one)."""
    return regex.compile(
        rf"""
        (?P<who>(?<![\p{{L}}\p{{M}}'’-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[\ \u00a0]  # "Another
        (?i:{_head_forms(head)}))                                   # councillor",
        ,[\ \u00a0]who[\ \u00a0]{ANONYMOUS_SRC}                         # ", who asked not to be"
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=64)
def _unnamed_re(head: str) -> regex.Pattern[str]:
    """An unnamed person with ``head`` and the organisation they speak for: "A spokesperson
    for Red River Agri Holdings", "an official at the Treasury"."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[\ \u00a0]  # "A",
        (?:[\p{{L}}\p{{M}}'’-]+[\ \u00a0]){{0,2}}?                  # "senior",
        (?i:{_head_forms(head)})[\ \u00a0]                          # "spokesperson",
        (?:for|at|from|with|of)[\ \u00a0](?:the[\ \u00a0])?          # "for",
        {NAME_RUN_SRC}                                               # "Red River Agri Holdings"
        (?:[\ \u00a0](?:of|for|and)[\ \u00a0](?:the[\ \u00a0])?{NAME_RUN_SRC}){{0,2}}  # "the Ohio
        """,  # Department of Commerce", "the Department of Health and Human Services"
        regex.VERBOSE,
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
    for found in events_before(text, att, windows, state=state, resolver=resolver):
        if found.kind == "pronoun":
            continue
        if found.kind == "descriptor" and text.endswith(_SUBORDINATORS, 0, found.at):
            continue  # "Ellie Marchetti laughed when a photographer asked her …": not "she"
        if found.kind == "descriptor" and _in_pronoun_sentence(text, found, windows, sex):
            continue  # "She remembers a meeting at which an engineer told them …": "she"
        # "The CEO acknowledged …" opening a sentence: a role, read as a description
        event = (epithet_of(text, found) or found) if found.kind == "name" else found
        if event.kind == "descriptor":  # "a source close to the talks has told Reuters"
            named = named_after(text, event, resolver)
            if named is not None:  # "Another passenger, Gareth Pryce-Jones, 62, said …"
                return named if resolver.gender_of(named) in (sex, None) else None
            parts = event.text.split()
            head = head_noun(parts)
            if head == "one" and len(parts) > 2 and parts[1] == "of":
                head = _one_of_head(parts[2:], v)  # "One of Feld’s former students": a student
            age = age_of(event.text) if "-old" in event.text else None
            if age is not None:  # "Paul Ellery, 56," … "The 56-year-old said he would …"
                aged = aged_person(text, state.wide(), event.at, age, resolver)
                if aged is not None and resolver.gender_of(aged) in (sex, None):
                    return aged
            if not v.personal(head):
                continue  # "a brief statement", "a more personal (note)": no one's speech
            if v.person_nouns.get(head, sex) != sex:
                continue  # "heckled by one man who shouted that …" is no "she"
            if len(parts) > 1 and parts[0].casefold() in ("a", "an", "one", "another"):
                return event.text
            if len(parts) <= 3 and parts[0] in ("the", "The") and head.isalpha():
                # "the minister said he was confident": the person printed with the role
                holder = role_holder(text, head, state.wide(), event.at, resolver)
                if holder is not None and resolver.gender_of(holder) in (sex, None):
                    return holder
            return None
        words, title = speaker_name(event.text, sentence_start_at(text, event.at))
        # of two people who share the surname, the one of the pronoun's sex: "Sen. Whitfield
        # said he would …" is Marcus Whitfield, not Rep. Ana Whitfield named after him
        full = resolver.fullest(words, event.at, sex)
        if not full:
            return None  # (a title alone: "Minister said …" names no one)
        key = " ".join(full)
        if _says_other_pronoun(text, event, sex):  # "Aguiar said he would repeat the study.
            resolver.gender.setdefault(key, _OTHER_SEX[sex])  # Marsh thinks … '…,' she said"
            continue  # (the speech is a "he"'s: not "she"; of a name no list gives a sex)
        # who says something is a person unless the name is an organisation's or a place's;
        # a surname alone is one when the pronoun follows its verb ("Garza said he had …")
        person = (
            key in state.people
            or bool(title)
            or len(full) > 1
            or _says_pronoun(text, event, sex)
        )
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


def _one_of_head(group: list[str], v: Vocabulary) -> str:
    """The noun of one of a group, case-folded, in the singular when that is a person's:
    "Feld’s former students" -> "student", "the witnesses" -> "witness"."""
    plural = head_noun(group)
    return next((w for w in (plural[:-1], plural[:-2]) if v.personal(w)), plural)


_SEX_PRONOUNS = {"m": "he", "f": "she"}

_SUBORDINATORS = ("when ", "after ", "as ", "while ", "before ", "until ", "because ", "if ")
"""What opens a clause inside someone else's sentence: its reported speech is no "she"'s."""


def _in_pronoun_sentence(
    text: str, event: Attribution, windows: list[tuple[int, int]], sex: str
) -> bool:
    """Whether reported speech lies inside a sentence that opens with the pronoun of ``sex``
    (read within `PRONOUN_REACH` of it): the pronoun after it goes on with that sentence's
    subject, not with a speaker it reports: "She remembers one meeting at which an engineer
    told them the road was '…'" then "'…,' she says" is not the engineer."""
    pronoun = _SEX_PRONOUNS.get(sex)
    lo = next((w[0] for w in windows if w[0] <= event.at < w[1]), None)
    if pronoun is None or lo is None:
        return False
    near = max(lo, event.at - PRONOUN_REACH)
    starts = [lo] if near == lo else []
    starts += sentence_starts(text, near, event.at)
    return bool(starts) and text.startswith(pronoun.capitalize() + " ", starts[-1])


_OTHER_SEX = {"m": "f", "f": "m"}


def _says_other_pronoun(text: str, event: Attribution, sex: str) -> bool:
    """Whether the pronoun of the other sex than ``sex`` follows the event's verb: who
    reports "Aguiar said he would repeat the study" is a "he", whose speech a "she" after
    it does not go on with."""
    other = _OTHER_SEX.get(sex)
    return other is not None and _says_pronoun(text, event, other)


def _says_pronoun(text: str, event: Attribution, sex: str) -> bool:
    """Whether the pronoun of ``sex`` follows the event's verb: "Garza said he had asked",
    "Her grandson, Oisin, said he …"."""
    pronoun = _SEX_PRONOUNS.get(sex)
    if pronoun is None or event.cue is None:
        return False
    end = event.at + len(event.text)
    end += text.startswith(",", end)  # "Her grandson, Oisin, said he …": the apposition's comma
    return text.startswith(f" {event.cue} {pronoun} ", end)


def _in_a_statement(text: str, event: Attribution) -> bool:
    """Whether reported speech is "said in a statement": "Airbnb Canada said in a statement
    that …", "Danubia Cargo, one of the largest barge operators on the river, said in a
    statement" (only a body issues one), in the event's sentence."""
    after = event.at + len(event.text)
    found = text.find(" in a statement", after, after + 200)
    if found < 0:
        return False
    return all(text.find(end, after, found) < 0 for end in (". ", "\n"))  # (its sentence)


def organisation_spoke(
    text: str, att: Attribution, windows: list[tuple[int, int]], *, resolver: Nearby, state: State
) -> str | None:
    """The organisation of reported speech just before "the company said": 'Acme said it
    takes every complaint seriously. "…," the company said.' (no person, no pronoun)."""
    v = vocabulary()
    head = att.text.split()[-1].casefold()
    # (three paragraphs: a body's statement is often quoted after a paragraph of context)
    for event in events_before(text, att, windows, state=state, resolver=resolver, reach=3):
        if event.kind == "descriptor":  # "the state's agriculture department said it …"
            return event.text if event.text.split()[-1].casefold() == head else None
        if event.kind != "name":
            continue
        # (a role no list knows before a given name is a title: "Clerk Ruth Amsel")
        words, title = speaker_name(event.text, sentence_start_at(text, event.at))
        full = resolver.fullest(words, event.at)
        if not full:
            continue  # (a title alone: no name to read)
        if (
            len(full) > len(words)
            and full[: len(words)] == words
            and resolver.described_as_org(event.at + len(event.text))
        ):
            full = words  # "Halden, a Minneapolis-based company, acknowledged …": the name
            # the company is described under, not a longer one that starts with it ("a
            # Halden Loop thermostat": its product)
        key = " ".join(full)
        if title or full[0] in v.given_any:
            return None
        if key in state.people and not _in_a_statement(text, event):
            return None  # (a name quoted as a person, unless it issued a statement: "Airbnb
            # Canada said in a statement that …" then "the company said")
        if head not in v.outlet_nouns and is_outlet(key):
            return None  # "workers who spoke to the Guardian": who reports, not the company
        generic = (  # (the name as printed in full, not the tail of one cut at "of")
            head in v.generic_org_nouns
            and key == event.text
            and not text.endswith(" of ", 0, event.at)
        )
        if not generic and not v.may_stand_for(head, full[-1].casefold()):
            return None  # "the National Security Council said …" is not "the bank"; "the
            # company" may be any organisation ("Granger Logistics said …")
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


@dataclass(slots=True)
class State:
    """What resolution remembers while reading: the last speaker and the people quoted."""

    last: str | None = None
    people: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)  # names that spoke as "it": organisations
    order: dict[str, None] = field(default_factory=dict)  # speakers, most recent last
    relay: dict[str, str | None] = field(default_factory=dict)  # "statement": who issued it
    relay_at: dict[str, int] = field(default_factory=dict)  # where ``relay`` was last read
    bodies: dict[str, str] = field(default_factory=dict)  # "the bench": the body it was read as
    events: dict[tuple[int, int], Attribution | None] = field(default_factory=dict)
    resolving: set[tuple[int, str]] = field(default_factory=set)  # attributions being read
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
    text: str,
    windows: list[tuple[int, int]],
    at: int,
    sex: str,
    resolver: Nearby,
    *,
    kin: bool = False,
) -> str | None:
    """The last given name printed alone (not quoted) within `PRONOUN_REACH` before ``at``
    in ``windows`` (this paragraph, then the one before) whose sex fits: "Her husband Mark,
    36, said he would … / '…,' he said" -> "Mark"; with ``kin``, only one right after a
    person noun ("His daughter, Ellie, had driven …": surely the person meant). The name is
    given by its fullest form ("Ben did. He kept saying" after "Ben Asher": Ben Asher)."""
    v = vocabulary()
    given = v.given_names
    for lo, hi in windows:
        found, found_at = None, 0
        end = hi if hi < at else at
        for m in CAPITALISED.finditer(text, max(lo, end - PRONOUN_REACH), end):
            word = m.group()
            known = given.get(word)
            if known != sex and (known is not None or not kin):
                continue  # (cheap first: most capitalised words are no given name of sex)
            if kin:  # "His daughter, Ellie,", "My son Tobi" (a name no list knows: the
                before = text[max(0, m.start() - 30) : m.start()].rstrip(", ")  # noun's sex)
                noun = before.rsplit(" ", 1)[-1].casefold()
                if noun not in v.person_nouns or (known or v.person_nouns[noun]) != sex:
                    continue
            after = text[m.end() : m.end() + 2]
            if (after[:1] == " " and after[1:].isupper()) or resolver.is_quoted(m.start()):
                continue  # "Mark Roe": a full name; a name inside a quote
            found, found_at = word, m.start()
        if found:  # by the fullest name printed: "Ben did. He kept saying, '…'" after "Her
            return " ".join(resolver.fullest((found,), found_at))  # partner, Ben Asher,"
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


