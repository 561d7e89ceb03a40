"""Subjects: who the words before or after a speech verb name as its speaker.

:func:`subject_before` reads back from a verb ('Smith said', 'a spokesperson for the council
said', 'Jane Roe of Harvard University said'), :func:`subject_after` reads on from it
('said Smith', 'said the opposition leader'), :func:`subject_opening` finds the subject that
opens the verb's sentence ('Smith disputed it, saying …'). Each gives an
:class:`Attribution`: the speaker as printed, not yet resolved (see ``speakers``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

import regex

from newsparse._regex import lazy_compile
from newsparse.cues import Cue, Words, last_sentence_start
from newsparse.names import (
    BODY_JOINS,
    CLAUSE_OPENERS,
    POST_TIME,
    WHEN_WORDS,
    and_head,
    body_first,
    field_name,
    is_org,
    is_title,
    name_run,
    org_head,
    org_tail,
    parse_name,
    sentence_end,
    sentence_start_at,
    split_name,
    title_head,
    vocabulary,
)
from newsparse.segment import DATELINE
from newsparse.subject_patterns import (
    Matches,
    body_voice_re,
    desc_before_re,
    employer_run_re,
    person_of_re,
    possessor_re,
    sentence_subject_re,
    subject_after_re,
    subject_match,
    writer_re,
)

__all__ = [
    "Attribution",
    "Kind",
    "after_sentence_end",
    "possessor",
    "printed_name",
    "role_then_name",
    "sentence_starts",
    "sentence_subject",
    "subject_after",
    "subject_before",
    "subject_opening",
    "writer",
]


_TIES = (" of ", " at ", " from ", " with ", " the ")  # how the text before the employer ends


def _employer_like(found: Attribution) -> bool:
    """A subject that may be someone's employer: a name, or "the" and a name ("the
    University of Chicago")."""
    text = found.text
    return found.kind == "name" or (text.startswith("the ") and text[4:5].isupper())


def _first_who(text: str, lo: int, at: int) -> int | None:
    """Where the first relative clause of the sentence that ends at ``at`` opens (its " who
    "), when a second one follows it (", and who …"): its subject ends there."""
    start = after_sentence_end(text, lo, at)
    start = lo if start < 0 else start
    k = text.find(" who ", start, at)
    return k if 0 <= k < text.find(" and who ", start, at) else None


def _object_of_who(text: str, lo: int, start: int) -> bool:
    """Whether the name at ``start`` is the object of a relative clause right before it,
    " who " and a few words in lower case: "A consultant psychiatrist who assessed Maisie,
    Dr Farhan Qureshi, said" (Maisie is whom he assessed)."""
    before = text[max(lo, start - 40) : start]
    k = before.rfind(" who ")
    if k < 0:
        return False
    words = before[k + 5 :].split()
    return 0 < len(words) <= 3 and all(w.islower() for w in words)


def _clause_before(text: str, lo: int, start: int, cue_start: int) -> int | None:
    """Where a relative clause with no commas opens (its " who ") in the sentence before a
    subject found at ``start``: the subject found is the clause's object, and the verb's
    subject ends at the " who " ("Residents who lost their homes in the floods said")."""
    k = text.rfind(" who ", lo, start)
    if k < 0:
        return None  # cheap first: no clause at all (most subjects), no sentence to cut
    first = after_sentence_end(text, lo, start)
    if k <= (lo if first < 0 else first):
        return None  # (a " who " before the sentence's start is another sentence's)
    comma = text.find(",", k, cue_start)
    if comma >= 0 and not _aside(text, comma, cue_start):
        return None
    return k


def _aside(text: str, comma: int, cue_start: int) -> bool:
    """Whether the words from ``comma`` to ``cue_start`` are an aside in -ing set off by
    commas after a relative clause: "One agent who brokers festival deals, speaking on
    condition of anonymity, describes" (the clause's subject is still the verb's)."""
    aside = text[comma:cue_start]
    return (
        aside.startswith(", ")
        and aside.endswith(", ")
        and aside.count(",") == 2
        and aside[2:].split(" ", 1)[0].endswith("ing")
        and aside[2:3].islower()
    )


def _of_place(text: str, lo: int, at: int, joiner: str = " of ") -> int | None:
    """Where ``joiner`` (" of ", " in ") stands before a place of one to three capitalised
    words that ends at ``at`` ("… Derek Alvarez of Texas said", "… Emergency Medicine in
    Northern Ireland said"), or None."""
    head = text[max(lo, at - 60) : at].rstrip()
    k = head.rfind(joiner)
    place = head[k + len(joiner) :].split(" ") if k >= 0 else []
    if not place or len(place) > 3 or not all(w[:1].isupper() and w.isalpha() for w in place):
        return None
    return at - len(text[max(lo, at - 60) : at]) + k


def _title_or_role(word: str) -> bool:
    """Whether ``word`` is a title or a role printed before a name ("Rep.", "Mayor")."""
    return is_title(word) or word.casefold() in vocabulary().role_nouns


def _run_start(text: str, lo: int, at: int) -> int:
    """Where the capitalised words that end at ``at`` start (``at`` when none do)."""
    lo = max(lo, at - 80)
    if at - 2 < lo or text[at - 1] not in " \u00a0" or text[at - 2] in _NO_WORD_END:
        return at  # cheap first: no word and space right before ``at`` (", Smith said")
    run = employer_run_re().match(text, lo, at)
    return run.start() if run is not None else at


_NO_WORD_END = frozenset(' \t\n\u00a0,;:!?"“”()')  # no character a capitalised word ends in


def _person_of(text: str, lo: int, start: int, found: Attribution) -> Attribution | None:
    """The person whose employer ``found`` names, the employer's name starting at
    ``start``: "Jane Roe of Harvard University said" -> "Jane Roe" (the subject pattern,
    barred from an object after "of", read only the employer's last words); None when no
    person's name stands before the tie word."""
    lo = max(lo, start - 100)
    if not text.endswith(_TIES, lo, start) and not _kind_before(text, lo, start):
        return None  # cheap first: no tie word right before the employer's name
    m = person_of_re().match(text, lo, start)
    if m is None:
        return None
    person = m.group("person")
    words, _title = parse_name(person, sentence_start_at(text, m.start("person")))
    if len(words) < 2 or is_org(words) or _titled_only(person):
        return None  # "Bank of England Governor …", "Secretary of State …", "Ohio Secretary
        # of State Lorraine Haddix" (a place and a title, then its field): no person
    return Attribution(person, "name", found.cue, m.start("person"))


def _after_seat(text: str, start: int, found: Attribution) -> Attribution | None:
    """The name at the end of a run that opens with a field or a seat after a title and
    "for" ("Labour MP for Bradford West Naz Shah" -> "Naz Shah"), where the subject pattern
    (barred from an object after "for") read only the run's last words; else None."""
    end = found.at + len(found.text)
    words = tuple(text[start:end].split())
    name = field_name(text, start, words)
    if name == words or len(name) < 2:
        return None
    at = text.rfind(name[0], start, end)
    return Attribution(" ".join(name), "name", found.cue, at)


def _kind_before(text: str, lo: int, start: int) -> bool:
    """Whether "the" and an organisation noun stand right before ``start``: "Jenna Rowe of
    the group Clean Rivers" (what the employer is, before its name)."""
    words = text[max(lo, start - 40) : start].split()[-3:]
    if not words or words[-1] not in vocabulary().org_nouns:
        return False
    return words[-2:-1] == ["the"] or (words[:1] == ["the"] and words[1].islower())


def _for_employer(
    text: str, lo: int, start: int, found: Attribution, cue_start: int
) -> Attribution | None:
    """The whole description when the name found is the cut end of its employer's name,
    which starts at ``start``: "A spokesman for Bristol City Council said" -> that, not
    "City Council"."""
    if start == found.at:
        return None  # the name is whole
    d = desc_before_re().search(text, max(lo, start - 80), cue_start)
    if d is None or d.end() != cue_start or d.start("desc") >= start:
        return None
    return Attribution(d.group("desc"), "descriptor", found.cue, d.start("desc"))


Kind = Literal["name", "pronoun", "descriptor"]


@dataclass(slots=True)  # not frozen: built for every quote, and a frozen one is 3x slower to build
class Attribution:
    """A speaker as printed next to a quote."""

    text: str
    """The speaker as printed, e.g. "she", "Tsikhanouskaya", "the company"."""
    kind: Kind
    """name, pronoun or descriptor."""
    cue: str | None
    """The speech verb, e.g. "said"."""
    at: int
    """Offset of ``text`` in the article."""


@cache
def _number(pattern: regex.Pattern[str], name: str) -> int:
    """The number of group ``name`` in ``pattern``: a match reads a group by number several
    times faster than by name."""
    return pattern.groupindex[name]


@cache
def _numbered(
    pattern: regex.Pattern[str], groups: tuple[tuple[str, Kind], ...]
) -> tuple[tuple[int, Kind], ...]:
    """``groups`` with their numbers in ``pattern`` instead of their names."""
    return tuple((_number(pattern, name), kind) for name, kind in groups)


def _pick(
    m: regex.Match[str], groups: tuple[tuple[str, Kind], ...], cue: str
) -> Attribution | None:
    """The speaker in the first of ``groups`` that ``m`` filled; None when it is a
    description that ends in no noun ("a wrong way to", "a poorly")."""
    values = m.groups()
    for group, kind in _numbered(m.re, groups):
        found = values[group - 1]
        if not found:
            continue
        at = m.start(group)
        if kind == "descriptor":
            head, _, last = found.rpartition(" ")
            last = last.casefold()
            if head and last in WHEN_WORDS:  # "Trump's executive order Thursday accused",
                found = head.removesuffix(" on")  # "The council on Monday said"
                last = found.rsplit(None, 1)[-1].casefold()
            v = vocabulary()
            if last in v.junk_desc_ends or (last.endswith("ly") and last not in v.ly_nouns):
                return None  # "a wrong way to", "a poorly": no one
            if " who " in found:  # "a former undersecretary of mining who now advises …":
                return None  # a relative clause, whose verb reports no quote
            found = _document_head(found)  # "The lawsuit filed in federal court": the lawsuit
        elif kind == "name":
            head, _, last = found.rpartition(" ")
            if head and last.casefold() in WHEN_WORDS:
                found = head  # "Mayor Jane Roe Tuesday said"
            found = org_tail(m.string, at, found)  # "the Council on Foreign Relations"
            found, at = org_head(m.string, at, found)  # "Ministry of Energy and Mineral …"
            if m.string.endswith(" and ", 0, at):  # (cheap first)
                found, at = and_head(m.string, at, found)  # '"…," Marks and Spencer said'
            if m.string.find(" and ", at - 80 if at > 80 else 0, at) >= 0:  # (cheap first)
                found, at = title_head(m.string, at, found)  # "Secretary for Commerce and …"
            found = _without_stop(found)  # "said Jane Smith."
        elif kind == "pronoun" and found[0].isupper() and not sentence_start_at(m.string, at):
            return Attribution(found, "name", cue, at)  # "Founder He said": the surname He
        return Attribution(found, kind, cue, at)
    return None


MAX_NOUN_WORDS = 3
"""How many more lower-case words `_to_noun` may read after a description's first noun."""

_DOCUMENT_PARTICIPLES = frozenset({"filed", "published", "released", "issued", "submitted"})
"""Participles after a document's noun that say where or when it came out, no part of it."""


def _document_head(found: str) -> str:
    """A description of a document up to its noun, without the participle that says where
    or when it came out: "The lawsuit filed in federal court in Newark" -> "The lawsuit",
    "the report published on Monday" -> "the report"; any other unchanged."""
    words = found.split(" ")
    for k in range(1, len(words) - 1):
        if words[k + 1] in _DOCUMENT_PARTICIPLES and words[k].casefold() in (
            vocabulary().document_nouns
        ):
            return " ".join(words[: k + 1])
    return found


def _to_noun(text: str, at: int, found: str, end: int) -> str:
    """A description that opens a sentence ("The housing"), carried on over the lower-case
    words after it to the last that is a person's, an organisation's or a group's noun
    ("The housing minister"); as found when none is."""
    v = vocabulary()
    words = text[at + len(found) : end].split(" ", MAX_NOUN_WORDS + 1)[1 : MAX_NOUN_WORDS + 1]
    best, length = found, len(found)
    for word in words:
        if not (word.isalpha() and word.islower()):
            break
        length += 1 + len(word)
        if v.personal(word) or word in v.org_nouns or word in v.group_nouns:
            best = text[at : at + length]
    return best


def _without_stop(name: str) -> str:
    """``name`` without the full stop that ends its sentence ("Jane Smith." -> "Jane
    Smith"), but with the stop of an abbreviation or an initial ("Jane Smith Jr.")."""
    if name.endswith(".") and sentence_end(name.rsplit(" ", 1)[-1]):
        return name[:-1]
    return name


def _first_sentence_of(run: str) -> str:
    """``run`` up to the full stop of its first word that ends a sentence ("Tom Baker. The"
    -> "Tom Baker."); the whole run when none does ("J. Roe", "U.S. Rep. Jo Li")."""
    end = 0
    for word in run.split(" ")[:-1]:
        end += len(word) + 1
        if sentence_end(word):
            return run[: end - 1]
    return run


_BEFORE_GROUPS: tuple[tuple[str, Kind], ...] = (
    ("pron", "pronoun"),
    ("name", "name"),
    ("poss", "descriptor"),
    ("desc", "descriptor"),
    ("bare", "descriptor"),
)
_AFTER_GROUPS: tuple[tuple[str, Kind], ...] = (
    ("pron", "pronoun"),
    ("rname", "name"),
    ("lname", "name"),
    ("name", "name"),
    ("named", "name"),
    ("desc", "descriptor"),
)
_OPENING_GROUPS: tuple[tuple[str, Kind], ...] = (("pron", "pronoun"), ("desc", "descriptor"))


def _body_then_name(found: Attribution) -> Attribution | None:
    """The person named at the end of a description whose title's body (after
    `BODY_JOINS`) runs on into the name with no comma: "The chairman of the House
    Appropriations Committee Tom Cole" -> "Tom Cole" (`body_first`); else None."""
    k = max(found.text.rfind(join) for join in BODY_JOINS)
    if k < 0:
        return None
    cut = k + 8  # (every join is 8 characters long)
    words = found.text[cut:].split(" ")
    first = body_first(words)
    if first == 0:
        return None
    cut += len(" ".join(words[:first])) + 1
    return Attribution(found.text[cut:], "name", found.cue, found.at + cut)


_NEAR = (" near ", " outside ")
"""Place words between a person described and the verb: "a teacher near Alder Falls wrote"."""


def _near_subject(
    text: str, lo: int, found: Attribution, *, whole: bool, seen: Matches | None
) -> Attribution | None:
    """The subject before a place read as one (``found``, after `_NEAR`): "Last winter a
    teacher near Alder Falls wrote to the council" -> "a teacher", not the place; else
    None (no person before it)."""
    end = text.rfind(" ", lo, found.at - 1)  # (the space before "near")
    if end <= lo or found.cue is None:
        return None
    before = _subject_before(text, lo, end + 1, found.cue, whole=whole, seen=seen)
    if before is None or before.kind not in ("descriptor", "name"):
        return None
    return Attribution(before.text, before.kind, found.cue, before.at)


_ONE_OF = ("One of ", "one of ")
"""What goes before a group to make one of it its speaker: "One of Feld’s former students"."""


def subject_before(
    text: str,
    lo: int,
    cue_start: int,
    cue: str,
    *,
    whole: bool = False,
    seen: Matches | None = None,
) -> Attribution | None:
    """The subject that ends right before the cue; with ``whole``, it must also start at ``lo``
    (``seen``: the subject pattern's matches so far in the article, see ``subject_match``).
    A group read after "One of" is one of it: "One of Feld’s former students, who asked not
    to be named, told me …" -> "One of Feld’s former students", not the students; a body
    that ends a title is none of the name after it: "Leader of the Opposition in the
    Assembly B S Gowdar said" -> "B S Gowdar" (`body_first`), and so in a description:
    "The chairman of the House Appropriations Committee Tom Cole said" -> "Tom Cole"."""
    found = _subject_before(text, lo, cue_start, cue, whole=whole, seen=seen)
    if found is not None and found.kind == "name" and text.endswith(_NEAR, lo, found.at):
        near = _near_subject(text, lo, found, whole=whole, seen=seen)
        if near is not None:  # "a teacher near Alder Falls wrote": the teacher
            return near
    if (
        found is not None
        and found.kind == "name"
        and text.endswith(BODY_JOINS, lo, found.at)
        and (k := body_first(found.text.split(" "))) > 0
    ):
        cut = len(" ".join(found.text.split(" ")[:k])) + 1
        return Attribution(found.text[cut:], "name", cue, found.at + cut)
    if found is not None and found.kind == "descriptor" and " the " in found.text:
        named = _body_then_name(found)
        if named is not None:  # "The chairman of the House Appropriations Committee Tom
            return named  # Cole said": Tom Cole
    if (
        found is not None
        and found.kind == "descriptor"
        and found.at - 7 >= lo
        and text.startswith(_ONE_OF, found.at - 7)
    ):
        one = found.at - 7
        return Attribution(text[one : found.at] + found.text, "descriptor", cue, one)
    return found


def _subject_before(
    text: str,
    lo: int,
    cue_start: int,
    cue: str,
    *,
    whole: bool = False,
    seen: Matches | None = None,
) -> Attribution | None:
    """`subject_before`, before its corrections of a group after "One of" and of a body
    that ends a title."""
    window = lo if whole else max(lo, cue_start - 150)
    if text[cue_start - 2 : cue_start] in _PRONOUN_TAILS:  # cheap first: how a pronoun ends
        pronoun = _pronoun_before(text, window, cue_start, cue)
        if pronoun is not None and (not whole or pronoun.at == lo):
            return pronoun  # '…," she said': a third of the cues, read without the pattern
    m = subject_match(text, window, cue_start, seen)
    if m is not None and not whole:
        cut = after_sentence_end(text, m.start(), cue_start)
        if cut > m.start():  # an apposition ran back over a sentence end: stay in this one
            m = subject_match(text, cut, cue_start, seen)
    if m is not None and not whole and _after_participle(text, window, m.start()):
        comma = text.find(", ", m.start(), m.end())
        if comma > 0:  # "Recording a narrative conclusion, the senior coroner …, Joanne
            m = subject_match(text, comma + 2, cue_start, seen) or m  # Kettering, said":
            # the participle's object is no subject; the appositions after it are
    if not whole:
        start = cue_start if m is None or " who " in m.group() else m.start()
        who = _clause_before(text, window, start, cue_start)
        if who is not None:  # "A senior official who was part of the negotiations told":
            found = subject_before(text, lo, who, cue)  # the official, not the negotiations;
            if found is not None:  # "A woman who works at a nearby takeaway told Sky News"
                return found
    if m is not None and not whole and text.find(" and who ", m.start(), cue_start) >= 0:
        who = _first_who(text, window, cue_start)
        if who is not None:  # "A neighbour who has bought bread at the counter …, and who
            return subject_before(text, lo, who, cue)  # did not want to be named, put it"
    if (
        m is not None
        and whole
        and m.start() != lo
        and text[lo : m.start()] not in ("the ", "The ")
        and not _role_words(text[lo : m.start()])  # "spokesperson Anna Berg said": the name
    ):
        # the name only ends the subject: "a spokesperson for the National Security Council"
        d = desc_before_re().fullmatch(text, lo, cue_start)
        return None if d is None else Attribution(d.group("desc"), "descriptor", cue, lo)
    if m is None:
        of = _of_place(text, window, cue_start)
        if of is not None:  # "Rep. Derek Alvarez of Texas said": the name before "of"
            found = subject_before(text, lo, of, cue, whole=whole)
            if found is None or found.kind != "name":
                return None
            if " " not in found.text and text[:found.at].rstrip(" ")[-1:] in CLAUSE_OPENERS:
                first = found.text  # '"…," Voice of Gowanus said': one word, then "of" and
                if first not in vocabulary().given_any and not _title_or_role(first):  # more:
                    whole_name = text[found.at : cue_start].rstrip()  # an organisation's name
                    return Attribution(whole_name, "name", cue, found.at)
            return found
        within = _of_place(text, window, cue_start, " in ")
        if within is not None:  # "The Royal College of Emergency Medicine in Northern
            return subject_before(text, lo, within, cue, whole=whole)  # Ireland said"
    found = None if m is None else _pick_before(m, cue, seen)
    if found is not None and found.kind == "name" and found.text.casefold() in WHEN_WORDS:
        end = found.at  # "The mayor Tuesday said": the subject before the day
        while end > window and text[end - 1] in " \t\u00a0":
            end -= 1
        return subject_before(text, lo, end, cue, whole=whole) if end > window else None
    if found is None and text.endswith(_voice_ends(), window, cue_start):
        return _body_voice(text, lo if whole else window, cue_start, cue, whole=whole)
    if found is not None and not whole and _employer_like(found):
        start = _run_start(text, lo, found.at)
        employee = _person_of(text, lo, start, found) or _for_employer(
            text, lo, start, found, cue_start
        )
        if employee is not None:  # "Jane Roe of Harvard University said"
            return employee
        if found.kind == "name":
            named = m.group(_number(m.re, "appos")) if m is not None else None
            # (not when a person is named after it in commas: "A spokesperson for Delta Air
            # Lines, Maria Reyes, said" is read below)
            seat = None if named and _person_name(named) else _after_seat(text, start, found)
            if seat is not None:  # "Labour MP for Bradford West Naz Shah said"
                return seat
    if found is not None and found.kind == "name" and m is not None:
        group = _number(m.re, "appos")
        appos = m.group(group)  # "the UN Secretary-General, António Guterres, warned"
        if appos and _in_scene(text, window, found.at):
            # "Speaking outside the Four Courts, Noreen Keane, one of the homeowners, said":
            # the name after the opening phrase, not the place inside it
            name = appos.split(", ", 1)[0]
            if _person_name(name):
                return Attribution(name, "name", cue, m.start(group))
            # "Speaking to the Belfast Telegraph, Portrush pensioner Gerry Doherty, whose …"
            skip = name.find(" ") if name[:1].isupper() else -1  # (a place first, or not)
            named = role_then_name(text, m.start(group) + skip, cue_start)
            if named is not None:
                return Attribution(named[1], "name", cue, named[0])
        if appos and found.text.split(" ", 1)[0] in _PLACE_OPENERS and " " in found.text:
            # "On X, the shadow business secretary, Rupert Haines, wrote:": a platform or a
            # place opens the sentence; the person is named in the commas after it
            for part in reversed(appos.split(", ")):
                if _person_name(part):
                    return Attribution(part, "name", cue, m.start(group) + appos.rfind(part))
        if (
            appos
            and (
                _titled_only(found.text)
                or found.text.endswith(("'s", "’s"))  # "while Catalonia's, Montserrat Vila,"
                or text.endswith(_NO_SUBJECT_ENDS, 0, _run_start(text, lo, found.at))
                or text.endswith(_NO_SUBJECT_ENDS, 0, _capitals_start(text, lo, found.at))
                or _object_of_who(text, lo, _run_start(text, lo, found.at))
            )
            and _person_name(appos)
        ):  # "Morocco's Minister of Industry and Trade, Ryad Mezzour, said" (the field of a
            # title), "A spokesperson for Prince George's County Public Schools, Meghan
            # Thornton, said" (a possessive's or a preposition's object): the name after
            return Attribution(appos, "name", cue, m.start(group))
        if appos and not parse_name(found.text, sentence_start_at(text, found.at))[0]:
            # "On Thursday, her spokesperson, Ion Lungu, said": a time, then the subject
            return subject_before(text, m.start(group), cue_start, cue, seen=seen)
    if found is not None and found.kind == "descriptor" and m is not None:
        group = _number(m.re, "appos")
        appos = m.group(group)  # "Her father, Haidar Fauzi, said": the name, not "her father";
        # "A spokesperson for Prince George's County Public Schools, Meghan Thornton, said"
        if appos and (_person_name(appos) or _given_for(found.text, appos) or _couple(appos)):
            return Attribution(appos, "name", cue, m.start(group))
        employed = _named_with_employer(appos) if appos else None
        if employed is not None:  # "the lender's attorney, Renata Bloch of Wexler Strand,"
            return Attribution(employed, "name", cue, m.start(group))
        owned = _owned_name(found)
        if owned is not None:  # "Vornado's Glen Weiss said": the name, not the possessive
            return owned
        if appos and appos.split(" ", 1)[0].casefold() in ("the", "a", "an"):
            named = role_then_name(text, m.start(group) + appos.find(" "), cue_start)
            if named is not None:  # "Her former partner, the comedian Rhys Pryce, said"
                return Attribution(named[1], "name", cue, named[0])
            kind = _kind_then_name(appos)
            if kind is not None:  # "Thermara's lead investor, the venture firm Halyard
                return Attribution(kind, "name", cue, m.start(group) + appos.find(kind))
        elif appos and appos[:1].islower():
            named = role_then_name(text, m.start(group) - 1, cue_start)
            if named is not None:  # "Another commuter, software engineer Shruti Rao, said"
                return Attribution(named[1], "name", cue, named[0])
        elif appos and " " in appos:  # "Another passenger, Auckland lawyer Simon Featherstone,"
            named = role_then_name(text, m.start(group) + appos.find(" "), cue_start)
            if named is not None:  # (a place or an employer, then the role and the name)
                return Attribution(named[1], "name", cue, named[0])
        if appos and ", " in appos:  # "… read to the court, Kyle's mother, Sandra Brown, said"
            return _named_after_description(text, lo, m.start(group), appos, cue) or found
    return found


def _pick_before(m: regex.Match[str], cue: str, seen: Matches | None) -> Attribution | None:
    """``_pick`` of the subject pattern's groups, once per match in ``seen`` (a gap read for
    the quote before it and the quote after it: "Wald said"); a copy each time."""
    if seen is None:
        return _pick(m, _BEFORE_GROUPS, cue)
    key = (id(m), cue)  # (the match is kept in ``seen``: its id stays its own)
    picks = seen.picks
    if key not in picks:
        picks[key] = _pick(m, _BEFORE_GROUPS, cue)
    found = picks[key]
    return None if found is None else Attribution(found.text, found.kind, found.cue, found.at)


@cache
def _voice_ends() -> tuple[str, ...]:
    """The voice nouns (``speaker_words.json``'s ``voice_nouns``) with the verb's space after
    them: `_body_voice`'s cheap first test."""
    return tuple(f"{noun} " for noun in vocabulary().voice_nouns)


def _body_voice(
    text: str, lo: int, cue_start: int, cue: str, *, whole: bool
) -> Attribution | None:
    """A body's spokesperson, the body named in full with commas or more words than a
    description holds: "A Department for Environment, Food and Rural Affairs spokesperson
    said" (`body_voice_re`); with ``whole``, starting at ``lo``."""
    m = body_voice_re().search(text, lo, cue_start)
    if m is None or (whole and m.start() != lo):
        return None
    return Attribution(m.group("desc"), "descriptor", cue, m.start("desc"))


_PRONOUN_ENDS = tuple(
    f" {word} " for word in ("he", "she", "they", "it", "we", "I", "He", "She", "They", "It", "We")
)  # the subject pattern's pronouns, between spaces, right before a verb
_PRONOUN_TAILS = frozenset(end[-2:] for end in _PRONOUN_ENDS)  # "e ", "y ", "t ", "I "


def _pronoun_before(text: str, lo: int, cue_start: int, cue: str) -> Attribution | None:
    """The pronoun that ends right before the cue ('…," she said', 'he told'), as the subject
    pattern would read it from ``text[lo:cue_start]``, read without it: a third of the
    cues, and the pattern costs several microseconds even for one word. None when another
    reading may apply: no pronoun between spaces there (one ``endswith``: cheap first), a
    capitalised one that opens no sentence ("Founder He said": a name), or " who " in the
    window (an unnamed source's clause may end there)."""
    before = lo - 1 if lo else 0  # (the space before a pronoun at ``lo`` is outside the window)
    if not text.endswith(_PRONOUN_ENDS, before, cue_start):
        return None
    at = text.rfind(" ", before, cue_start - 1) + 1
    word = text[at : cue_start - 1]
    if (word[0].isupper() and not sentence_start_at(text, at)) or text.find(
        " who ", lo, cue_start
    ) >= 0:
        return None
    return Attribution(word, "pronoun", cue, at)


_OWNERS = frozenset({"his", "her", "their", "our", "its"})


def _role_words(prefix: str) -> bool:
    """Whether ``prefix`` (what stands before a name) is a role in lower case, perhaps after
    its organisation's name, at most five words that end in a title, role or person noun:
    "spokesperson ", "his colleague ", "chief executive ", "Met Office spokesperson " ("…,"
    spokesperson Anna Berg said)."""
    words = prefix.split()
    if not 0 < len(words) <= 5 or prefix[-1:] != " " or not words[-1].islower():
        return False
    v = vocabulary()
    head = words[-1]
    if not (head in v.titles or head in v.role_nouns or head in v.person_nouns):
        return False
    k = len(words) - 1
    while k and (words[k - 1] in _OWNERS or (words[k - 1].islower() and words[k - 1].isalpha())):
        k -= 1  # the role's words in lower case: "chief executive", "his colleague"
    return all(w[:1].isupper() and w not in ("The", "A", "An") for w in words[:k])


def _owned_name(desc: Attribution) -> Attribution | None:
    """The name after a possessive that opens a description: "Vornado's Glen Weiss" ->
    "Glen Weiss"; None when what follows is no name of two words ("Vornado's chief")."""
    text = desc.text
    cut = max(text.rfind("'s "), text.rfind("’s "))
    if cut < 0 or not _person_name(text[cut + 3 :]):
        return None
    return Attribution(text[cut + 3 :], "name", desc.cue, desc.at + cut + 3)


def _couple(appos: str) -> bool:
    """Two people who share a surname: "Chiamaka and Daniel Okafor" ("His parents,
    Chiamaka and Daniel Okafor, said")."""
    first, sep, rest = appos.partition(" and ")
    return bool(sep) and first.isalpha() and first.istitle() and _person_name(rest)


_EMPLOYER_TIES = (" of ", " at ", " from ", " with ")  # a name's tie to its employer


def _named_with_employer(appos: str) -> str | None:
    """The person's name that opens an apposition and is tied to an employer by "of", "at",
    "from" or "with": "Renata Bloch of Wexler Strand" -> "Renata Bloch" ("the lender's
    attorney, Renata Bloch of Wexler Strand, said", "a spokesman, Mark Reed of the city
    council,"); None when the words before the tie are no person's name of two words."""
    ties = [(k, tie) for tie in _EMPLOYER_TIES if (k := appos.find(tie)) > 0]
    if not ties:
        return None  # cheap first: no tie word (most appositions)
    k, tie = min(ties)  # the first tie: "Jo Li from the University of Leeds"
    employer = appos[k + len(tie) :].removeprefix("the ")
    return appos[:k] if employer[:1].isalpha() and _person_name(appos[:k]) else None


def _given_for(description: str, appos: str) -> bool:
    """A relative named by one word in apposition: "His wife, Anna," (a person noun, then a
    capitalised word that opens no sentence and names no organisation)."""
    v = vocabulary()
    head = description.rsplit(" ", 1)[-1].casefold()
    return (
        head in v.person_nouns
        and appos.isalpha()
        and appos.istitle()
        and appos not in v.stopwords
        and appos not in v.months
        and not is_org((appos,))
    )


def _kind_then_name(appos: str) -> str | None:
    """The organisation's name after its kind in an apposition: "the venture firm Halyard
    Capital" -> "Halyard Capital" (lower-case words that end in an organisation noun, then
    capitalised words to the end); else None."""
    words = appos.split(" ")
    k = 1
    while k < len(words) and words[k].islower():
        k += 1
    if k < 3 or k == len(words) or words[k - 1] not in vocabulary().org_nouns:
        return None
    name = words[k:]
    return " ".join(name) if all(w[:1].isupper() for w in name) else None


def _capitals_start(text: str, lo: int, at: int) -> int:
    """Where the capitalised words (at most six, after "the" if any) that run on to ``at``
    start: "for the General Services Administration" for a name "Services Administration"
    that the subject pattern cut from it."""
    start = at
    for _ in range(6):
        word = text[max(lo, start - 40) : start].rstrip(" ").rsplit(" ", 1)[-1]
        if not (word[:1].isupper() and word.isalpha()) or start - len(word) - 1 < lo:
            break
        start -= len(word) + 1
    if start != at and text.endswith(("the ", "The "), lo, start):
        start -= 4
    return start


_NO_SUBJECT_ENDS = (" and ", " of ", " for ", " at ", " from ", "'s ", "’s ")
"""How the text before a name ends when the name is a title's field ("Minister of Industry
and Trade") or the object of a preposition or a possessive, not the subject of a verb."""


_PLACE_OPENERS = frozenset({"On", "In", "At", "From", "Via", "Outside", "Inside"})
"""Prepositions that open a sentence with a place or a platform before its subject, set off
by a comma: "On X, …", "In Kyiv, …" (a name run that starts with one is no one's name)."""


def _in_scene(text: str, lo: int, at: int) -> bool:
    """Whether offset ``at`` lies in the phrase that opens its sentence with a participle,
    before the first comma: "Speaking to Newstalk Breakfast, …", "Writing in the Irish
    Independent, …" (`scene_openers`). Read from ``lo`` or the last sentence end after it."""
    start = after_sentence_end(text, lo, at)
    head = text[start if start >= 0 else lo : at].lstrip(" \t\n\"“‘'")
    first = head.split(" ", 1)[0]
    return "," not in head and first.casefold() in vocabulary().scene_openers


def _titled_only(name: str) -> bool:
    """A name that ends in a title, the title's only bearer unnamed: "UN
    Secretary-General", "Prime Minister", "Defence Secretary"."""
    titles = vocabulary().titles
    last = name.rsplit(" ", 1)[-1].casefold()
    return last in titles or any(part in titles for part in last.split("-"))


def _person_name(words: str) -> bool:
    """A run of capitalised words that is a name of two words or more ("Sandra Brown")."""
    return name_run().fullmatch(words) is not None and len(parse_name(words, False)[0]) > 1


def _named_after_description(
    text: str, lo: int, at: int, appos: str, cue: str
) -> Attribution | None:
    """The name that ends an apposition which swallowed a description before it: in "…,
    Kyle's mother, Sandra Brown, said" the subject pattern's longest apposition is "Kyle's
    mother, Sandra Brown". When its last part is a name and the words before that part are
    a description of someone ("Kyle's mother"), the name is the speaker."""
    cut = appos.rfind(", ")
    name = appos[cut + 2 :]
    if not _person_name(name):
        return None
    before = subject_match(text, max(lo, at + cut - 150), at + cut)
    described = None if before is None else _pick(before, _BEFORE_GROUPS, cue)
    if described is None or described.kind != "descriptor":
        return None
    return Attribution(name, "name", cue, at + cut + 2)


def after_sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the last sentence that ends in ``text[lo:hi]`` is followed by the next, or -1:
    "... Khairunisa Haidar Fauzi. Ms Khairunisa's father, Haidar Fauzi, has" -> at "Ms"."""
    last = -1
    for cut in _sentence_cuts(text, lo, hi):
        last = cut
    return last if last < hi else -1


def sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where each sentence after a sentence end in ``text[lo:hi]`` starts, in order."""
    return [cut for cut in _sentence_cuts(text, lo, hi) if cut < hi]


def _sentence_cuts(text: str, lo: int, hi: int) -> Iterator[int]:
    """The offset after each sentence end (and its space) in ``text[lo:hi]``."""
    stretch = text[lo:hi]
    if "\u00a0" in stretch:  # "… Fauzi.\u00a0Ms Khairunisa's father": a no-break space
        stretch = stretch.replace("\u00a0", " ")  # (the same length: offsets hold)
    if ". " not in stretch and "? " not in stretch and "! " not in stretch:
        return
    # only the words that end in a stop are read (found by the engine, not word by word)
    for m in _STOP_ENDS_WORD.finditer(stretch):
        end = m.end()  # (after the word; a cut is after its space too)
        if stretch[end - 1] != "." or sentence_end(stretch[stretch.rfind(" ", 0, end) + 1 : end]):
            yield lo + end + 1  # (sentence_end is asked only about a word with a full stop)


_STOP_ENDS_WORD = lazy_compile(r"[.?!](?=\ |\Z)", regex.VERBOSE)
"""A stop that ends a word of a stretch (words are split on spaces only)."""


def _after_participle(text: str, lo: int, at: int) -> bool:
    """Whether ``text[:at]`` ends in a participle that opens its sentence ("Recording ",
    "Sentencing "), read from ``lo``: what follows is the participle's object."""
    if at - lo < 5 or text[at - 4 : at] != "ing ":
        return False  # (cheap first: most subjects)
    start = text.rfind(" ", lo, at - 1) + 1 or lo
    word = text[start : at - 1]
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and (
        sentence_start_at(text, start)
    )


def subject_after(text: str, cue_end: int, hi: int, cue: str) -> Attribution | None:
    """The subject right after an inverted cue: 'said Smith'."""
    m = subject_after_re().match(text, cue_end, min(hi, cue_end + 120))
    found = None if m is None else _pick(m, _AFTER_GROUPS, cue)
    if found is not None and text.startswith(" and ", found.at + len(found.text)):
        found = _title_across_and(text, found, hi) or found
    if found is not None and found.kind == "descriptor":
        return (
            _named_tail(found)
            or _role_named(text, found)
            or _named_apposition(text, found, hi)
            or found
        )
    if (
        found is not None
        and text.startswith(", ", found.at + len(found.text))
        and not parse_name(found.text, False)[0]
    ):  # a title alone, then the name in commas: "said the Minister for Trade, Hemi Walker."
        return _named_apposition(text, found, hi) or found
    if found is not None and ". " in found.text:  # "said Tom Baker. The meeting is in May."
        name = _without_stop(_first_sentence_of(found.text))
        return Attribution(name, found.kind, cue, found.at)
    return found


def _title_across_and(text: str, found: Attribution, hi: int) -> Attribution | None:
    """The person after an inverted cue whose title's field "and" splits: 'said Secretary
    for Commerce and Economic Development Clara Yip Wing-sze', 'said the Secretary for
    Health and Social Care, Wes Streeting'; None when the words after "and" name no one."""
    end = found.at + len(found.text) + 5  # (past " and ")
    run = name_run().match(text, end, min(hi, end + 120))
    if run is None:
        return None
    whole = Attribution(text[found.at : run.end()], found.kind, found.cue, found.at)
    named = _named_apposition(text, whole, hi)  # "…, Wes Streeting"
    if named is not None:
        return named
    printed = printed_name(whole.text)
    name, title = split_name(printed.split(" "), False)
    if not title or len(name) < 2 or is_org(name):
        return None
    return Attribution(printed, "name", found.cue, found.at)


def printed_name(run: str) -> str:
    """The name that a capitalised run prints, up to the end of its sentence ("Tomasz
    Wierzbicki. The" -> "Tomasz Wierzbicki"; "Jane Smith Jr." keeps its stop)."""
    return _without_stop(_first_sentence_of(run))


def _named_apposition(text: str, desc: Attribution, hi: int) -> Attribution | None:
    """The person named in commas right after a description that follows an inverted cue:
    'said Lumen's mission director, Dr. Ifeoma Chukwu.' -> "Dr. Ifeoma Chukwu"."""
    at = desc.at + len(desc.text)
    if not text.startswith(", ", at):
        return None
    run = name_run().match(text, at + 2, min(hi, at + 82))
    if run is None:
        return None
    printed = printed_name(run.group())  # "…, Dr. Ifeoma Chukwu."
    name, _title = parse_name(printed, False)
    if len(name) < 2 or is_org(name):
        return None
    return Attribution(printed, "name", desc.cue, at + 2)


def _role_named(text: str, desc: Attribution) -> Attribution | None:
    """The name that ends a description after its article and a role in lower case: "the
    actor Ana Ruiz" -> "Ana Ruiz" ('"…," said the actor Ana Ruiz.'); else None."""
    first = desc.text.find(" ")
    if first < 0 or not desc.text[first + 1 : first + 2].islower():
        return None
    end = desc.at + len(desc.text)
    named = role_then_name(text, desc.at + first, end)
    if named is None or named[0] + len(named[1]) != end:
        return None
    return Attribution(named[1], "name", desc.cue, named[0])


def _named_tail(desc: Attribution) -> Attribution | None:
    """The titled name that ends a description: "the company's Vice President of Sales
    Marco Ferreira" -> "Vice President of Sales Marco Ferreira"."""
    tokens = desc.text.split(" ")
    k = len(tokens)
    while k > 1 and (tokens[k - 1][:1].isupper() or tokens[k - 1] in ("of", "for")):
        k -= 1
    while k < len(tokens) and not tokens[k][:1].isupper():
        k += 1
    tail = tokens[k:]
    if len(tail) < 2:
        return None
    name, title = split_name(tail, False)
    if not title or len(name) < 2 or is_org(name) or any(w.endswith(("'s", "’s")) for w in tail):
        return None
    start = len(" ".join(tokens[:k])) + 1
    return Attribution(" ".join(tail), "name", desc.cue, desc.at + start)


def possessor(text: str, lo: int, at: int) -> Attribution | None:
    """The name whose document starts at ``at``: 'Trump's executive order'."""
    m = possessor_re().match(text, max(lo, at - 80), at)  # backward, ends at \Z
    return None if m is None else Attribution(m.group("name"), "name", None, m.start("name"))


def writer(text: str, lo: int, at: int) -> Attribution | None:
    """The name who wrote or issued the document whose noun starts at ``at``: 'She said
    Graham Tulley had written a letter of apology' (Tulley, not she)."""
    m = writer_re().match(text, max(lo, at - 100), at)  # backward, ends at \Z
    return None if m is None else Attribution(m.group("name"), "name", None, m.start("name"))


def sentence_subject(text: str, lo: int, at: int) -> Attribution | None:
    """The person or pronoun opening the sentence around ``at``: 'Gates issued a "…"'."""
    return subject_opening(text, lo, Cue(at, at, ""))


def subject_opening(text: str, lo: int, cue: Cue) -> Attribution | None:
    """The subject that opens the sentence of ``cue``: 'Smith disputed it, saying …'."""
    words = Words(text, max(lo, cue.start - 300), cue.start)
    first = last_sentence_start(words.tokens)
    if first >= len(words.tokens):
        return None
    at = words.at(first)
    # "MEXICO CITY — Mexican President Claudia Sheinbaum …" (the pattern is anchored: a slice)
    dateline = DATELINE.match(text[at : min(cue.start, at + 120)]) if text[at].isupper() else None
    if dateline is not None:
        at += dateline.end()
    elif text[at].isdigit():  # "13.15 Caledonian MacBrayne has cancelled …": a post's time
        stamp = POST_TIME.match(text, at, cue.start)
        at = stamp.end() if stamp is not None else at
    m = sentence_subject_re().match(text, at, cue.start)
    if m is None:
        return None
    pattern = m.re
    for group, kind in _numbered(pattern, _OPENING_GROUPS):
        found = m.group(group)
        if found:
            if kind == "descriptor":  # "The housing minister has rejected …": to its noun
                found = _to_noun(text, m.start(group), found, cue.start)
                found = _for_whom(text, m.start(group), found, cue.start)
            return Attribution(found, kind, cue.text, m.start(group))
    group = _number(pattern, "name")
    name = m.group(group)
    if not parse_name(name, True)[0]:
        return None
    if text.startswith(" of ", m.end(group)):  # "Ohio Secretary of State Lorraine Haddix, a
        name = org_tail(text, m.start(group), name)  # Republican, … said" (not "Ohio
        # Secretary"), "Bank of England Governor Andrew Bailey has … said"
    if name.endswith(("'s", "’s")):  # "Ana Lopez's family released a statement": her
        owned = _owned_person(text, m.end(group), cue.start)  # family, not Ana Lopez
        if owned is not None:
            return Attribution(f"{name} {owned}", "descriptor", cue.text, m.start(group))
    named = role_then_name(text, m.end(group), cue.start)
    if named is not None:  # "Microsoft president Brad Smith responded, saying …"
        return Attribution(named[1], "name", cue.text, named[0])
    people = _people_after(text, name, m.end(group), cue.start)
    if people is not None:  # "FURIOUS residents have hit out …, warning …": the residents
        return Attribution(f"{name} {people}", "descriptor", cue.text, m.start(group))
    return Attribution(name, "name", cue.text, m.start(group))


# The word in lower case right after a capitalised word: " residents" of "FURIOUS residents"
_LOWER_WORD = lazy_compile(
    r"""
    \ (\p{Ll}[\p{L}-]*)                # a space, then a word in lower case
    (?![\p{L}\p{M}'’])                 # (whole: no possessive)
    """,
    regex.VERBOSE,
)


def _people_after(text: str, name: str, end: int, hi: int) -> str | None:
    """The people that one capitalised word opening a sentence only describes, the plural
    noun right after it: "FURIOUS residents have hit out …" (a tabloid's lede printed in
    capitals), "Angry parents have …" -> "residents", "parents" (of `group_nouns`, or the
    plural of a role or person noun); else None: a name ("Smith warned …")."""
    if " " in name or not text[end + 1 : end + 2].islower():
        return None  # (cheap first: one word, then one in lower case)
    m = _LOWER_WORD.match(text, end, hi)
    if m is None:
        return None
    word = m.group(1)
    v = vocabulary()
    singular = word[:-1] if word.endswith("s") else ""
    if word in v.group_nouns or singular in v.role_nouns or singular in v.person_nouns:
        return word
    return None


def _owned_person(text: str, at: int, hi: int) -> str | None:
    """The noun after a possessive name at ``at`` when it is a person's or a group's that
    may speak ("family", "lawyer", "spokesman"): "Ana Lopez's family"; else None."""
    if not text.startswith(" ", at):
        return None
    word = text[at + 1 : min(hi, at + 40)].split(" ", 1)[0].rstrip(",")
    v = vocabulary()
    if word in v.person_nouns or word in v.role_nouns or word in v.group_nouns:
        return word
    return word if word in v.voice_nouns else None


_FOR_WHOM = (" for ", " to ", " of ", " at ", " from ", " with ")
"""The words that tie a description to whom its person speaks for or works with."""


def _for_whom(text: str, at: int, found: str, hi: int) -> str:
    """A description that opens a sentence, carried on through the name of whom its person
    works for ("A spokesman" -> "A spokesman for Sen. Tom Reyes" in "A spokesman for Sen.
    Tom Reyes referred questions to the agency but said …", "A senior aide to Gov. Rebecca
    Lyle, who requested anonymity, was blunter"): a tie word, perhaps "the", then a name
    before ``hi``; as found when no name follows (or it is someone's: "The governor's")."""
    end = at + len(found)
    tie = next((t for t in _FOR_WHOM if text.startswith(t, end)), None)
    if tie is None or found.endswith(("'s", "’s")):
        return found
    start = end + len(tie)
    if text.startswith("the ", start):
        start += 4
    run = name_run().match(text, start, min(hi, start + 80))
    if run is None:
        return found
    name = printed_name(run.group())
    if name.endswith(("'s", "’s")) or not parse_name(name, False)[0]:
        return found  # "A spokesman for Acme's board": no name whole
    return text[at : start + len(name)]


def role_then_name(text: str, at: int, hi: int) -> tuple[int, str] | None:
    """(offset, name) of a name right after a role in lower case that follows ``at``:
    " president Brad Smith" after "Microsoft"; else None."""
    stretch = text[at : min(hi, at + 60)]
    cut = next((k for k, c in enumerate(stretch) if c.isupper()), -1)
    if cut <= 1 or not _role_words(stretch[1:cut]):
        return None
    run = name_run().match(text, at + cut, min(hi, at + cut + 80))
    if run is None:
        return None
    if len(parse_name(run.group(), False)[0]) < 2 and not _one_name(text, run):
        return None
    return at + cut, run.group()


def _one_name(text: str, run: regex.Match[str]) -> bool:
    """Whether a name run of one word after a role is a person known by one name: a word
    that no vocabulary makes a place, a body, a month, a title or a common opener, before a
    verb in lower case ("Opposition leader Atishi accused …", "Celtics coach Mazzulla said")."""
    word, after = run.group(), run.end()
    v = vocabulary()
    return (
        word.isalpha()
        and not word.isupper()
        and text[after : after + 1] == " "
        and text[after + 1 : after + 2].islower()
        and word not in v.stopwords
        and word not in v.months
        and word not in v.demonyms
        and word.casefold() not in v.titles
        and word.casefold() not in v.role_nouns
        and word.casefold() not in v.place_words
        and word.casefold() not in WHEN_WORDS
        and not is_org((word,))
    )
