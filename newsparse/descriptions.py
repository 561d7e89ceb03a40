"""Who a description stands for, read in the text before it: "the Spaniard" and "the
Florida Republican" as descriptions (`epithet_of`), the person printed with a role ("Forest
minister Eshwar Khandre" … "the minister said", `role_holder`), a name set off by commas
after a description ("A spokesperson, Anna Berg, said", `named_after`), "the former" and
"the latter" (`former_or_latter`), the person printed with an age ("Paul Ellery, 56," … "the
56-year-old said", `aged_person`). Each reads at most `PRONOUN_REACH` characters before its
quote.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import regex

from newsparse._regex import lazy_compile
from newsparse.names import (
    NAME_RUN_SRC,
    is_org,
    name_run,
    parse_name,
    sentence_start_at,
    vocabulary,
)
from newsparse.nearby import Nearby
from newsparse.subjects import Attribution, after_sentence_end

__all__ = [
    "PRONOUN_REACH",
    "age_of",
    "aged_person",
    "epithet_of",
    "former_or_latter",
    "named_after",
    "national_of",
    "organisation_after",
    "role_holder",
    "seated_elsewhere",
]


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
    given = _GIVEN_NAME_ONLY.match(text, start, min(len(text), start + 120))
    if given is not None:  # "One shopper, who gave only her first name, Sophie, said"
        name = given.group("name")
        if name not in vocabulary().stopwords and not is_org((name,)):
            return name
    called = _CALLED_NAME.match(text, start, min(len(text), start + 120))
    if called is not None:  # "one resident, a retired teacher named Doris Falk, said"
        name = parse_name(called.group("name"), False)[0]
        if len(name) > 1 and not is_org(name):
            return " ".join(resolver.fullest(name, called.start("name")))
    role = _ROLE_NAME_IN_COMMAS.match(text, start, min(len(text), start + 120))
    if role is not None and _person_word(role.group("last"), role.group("words").split()):
        # "Another resident, retired schoolteacher Gail Moreno, said": the name after a role
        name = parse_name(role.group("name"), False)[0]
        if len(name) > 1 and not is_org(name):
            return " ".join(resolver.fullest(name, role.start("name")))
    if text[start : start + 1] == " ":  # "A Buurtmarkt spokesperson, Pieter-Jan Claes,"
        word, _, _rest = text[start + 1 : start + 40].partition(",")
        if not (word.isalpha() and word.islower() and vocabulary().personal(word)):
            return None
        start += 1 + len(word)
    name = _name_in_commas(text, start)
    if len(name) < 2 or is_org(name):
        return None
    return " ".join(resolver.fullest(name, start + 2))


# A description with the person's name after "named" or "called", set off by commas:
# ", a retired teacher named Doris Falk,"
_CALLED_NAME = lazy_compile(
    rf"""
    ,[\ \u00a0](?:a|an|the)[\ \u00a0](?:[\p{{Ll}}-]+[\ \u00a0]){{1,4}}?  # ", a retired teacher
    (?:named|called)[\ \u00a0](?P<name>{NAME_RUN_SRC}),               # named Doris Falk,"
    """,
    regex.VERBOSE,
)


# A role in lower case, then the person's name, set off by commas after a description:
# ", retired schoolteacher Gail Moreno,", ", a local pastor, Ruth Abara," is not one (its
# name has commas of its own: `_name_in_commas` reads it)
_ROLE_NAME_IN_COMMAS = lazy_compile(
    rf"""
    ,[\ \u00a0](?:(?:a|an|the)[\ \u00a0])?          # ", (the)
    (?P<words>(?:[\p{{Ll}}-]+[\ \u00a0]){{0,2}})          # retired
    (?P<last>[\p{{Ll}}-]+)[\ \u00a0]                   # schoolteacher
    (?P<name>{NAME_RUN_SRC}),                          # Gail Moreno,"
    """,
    regex.VERBOSE,
)

_NOT_IN_ROLE = frozenset(
    {"who", "whom", "whose", "which", "that", "and", "or", "but", "of", "with", "for", "to"}
    | {"at", "by", "from", "like", "than", "as", "said", "says", "told", "named", "called"}
)
"""Words that no role before a name holds: ", a friend of Gail Moreno," names a friend."""


def _person_word(word: str, before: list[str]) -> bool:
    """Whether ``word``, the last of a role in lower case after the words ``before``, names
    a person: a word of the person vocabularies, or an agent's ending ("schoolteacher",
    "pastor", "chemist"), with no word before it that no role holds ("friend of")."""
    if word in _NOT_IN_ROLE or not _NOT_IN_ROLE.isdisjoint(before):
        return False
    return vocabulary().personal(word) or word.endswith(_AGENT_ENDINGS)


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man")
"""Endings of the nouns for who does something: "teacher", "pastor", "chemist", "postman"."""


# A description of someone who gave a first name only, then that name: ", who gave only her
# first name, Sophie,", " who gave his name only as Karim", ", who asked to be identified only
# by her first name, Maria,", ", identified only as Ahmed," (AP, Reuters, the BBC); perhaps
# after what they are: ", a San Antonio College student who gave only her first name, Alyssa,"
_GIVEN_NAME_ONLY = lazy_compile(
    r"""
    (?:,[\ \u00a0](?:a|an)(?:[\ \u00a0][\p{L}\p{M}'’-]+){1,5}?)?   # ", a college student"
    ,?[\ \u00a0]
    (?:
        who[\ \u00a0](?:would[\ \u00a0])?(?:only[\ \u00a0])?
        (?:gave|give|provided|shared|offered|wanted\ to\ give)[\ \u00a0]  # "who gave only
        (?:only[\ \u00a0])?(?:his|her|their)[\ \u00a0]                    # her first name"
        (?:first[\ \u00a0]|given[\ \u00a0])?name
        (?:[\ \u00a0]only)?
      |
        (?:who[\ \u00a0](?:asked|wished|wanted|agreed)[\ \u00a0]to[\ \u00a0]be[\ \u00a0])?
        (?:identified|named|known)(?:[\ \u00a0]only)?           # "asked to be identified
        (?:[\ \u00a0]by[\ \u00a0](?:his|her|their)[\ \u00a0]   # only by her first name"
        (?:first[\ \u00a0]|given[\ \u00a0])?name)?
    )
    (?:,[\ \u00a0]|[\ \u00a0]as[\ \u00a0])                          # ", Sophie" or " as Karim"
    (?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)                          # one given name
    (?=[,.;:!?)]|[\ \u00a0]\p{Ll}|$)                # and no more words of a name
    """,
    regex.VERBOSE,
)


def _name_in_commas(text: str, start: int) -> tuple[str, ...]:
    """The words of the capitalised name set off by commas right at ``start`` (", Cochilco,",
    ", Gareth Pryce-Jones,"), or () when none is."""
    start += 2
    if text[start - 2 : start] != ", " or not text[start : start + 1].isupper():
        return ()
    run = name_run().match(text, start, min(len(text), start + 80))
    if run is None or text[run.end() : run.end() + 1] != ",":
        return ()
    return parse_name(run.group(), False)[0]


def organisation_after(text: str, att: Attribution) -> str | None:
    """The organisation a description of one names right after it, set off by commas: "The
    copper commission, Cochilco, warned" (one word will do: no person's name is printed
    after a description of an organisation); else None."""
    name = _name_in_commas(text, att.at + len(att.text))
    if not name or (name[0] in vocabulary().given_any and not is_org(name)):
        return None  # ("The union, Jane Roe said, …": a person)
    return " ".join(name)


PRONOUN_REACH = 600
"""How far back (characters) the scans for a pronoun's person or group read: a cost per
pronoun that no paragraph's length sets, so the whole stays linear on any input."""


@lru_cache(maxsize=256)
def _role_forms(role: str) -> tuple[str, ...]:
    """What a printed role holds, for a cheap test before `_role_holder_re`: the role after
    its first letter ("inister" finds "minister" and "Minister", "INISTER" finds "MINISTER";
    a short role as printed in any case: "MP", "ceo"), and its short forms ("Sen.")."""
    short = vocabulary().short_forms.get(role, ())
    if " " in role:  # a title of words ("u.s. attorney"): its last word, in any case
        role = role.rsplit(" ", 1)[1]
        return (role[1:], role[1:].upper())
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
        (?<![\p{{L}}\p{{M}}'’-])(?:{forms})                  # "minister", "Sen.",
        (?:[\ \u00a0](?:of|for)[\ \u00a0](?:the[\ \u00a0])?     # perhaps its field: "of
           {NAME_RUN_SRC}(?:[\ \u00a0]and[\ \u00a0]{NAME_RUN_SRC})?  # Foreign Affairs", then
        (?=,))?
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
    titles: bool = True,
    qualified: frozenset[str] = frozenset(),
    others: set[str] | None = None,
) -> str | None:
    """The person last named with ``role`` before ``at`` in ``windows`` (latest first, each
    read within `PRONOUN_REACH`): "Forest minister Eshwar Khandre said …" or "Eshwar
    Khandre, the forest minister, said …", then "…," the minister said. With ``alone``, a
    name of one word will do: "her husband Kunle" (a relative, named by a given name). With
    ``org``, the holder is an organisation: "The group, WeWorkers Coalition, formed …",
    then "the group said". ``marks`` (case-folded) are the capitalised words of the
    description: a holder described with other capitalised words is another one ("the
    Arizona Democrat" is not "Delgado, the New Mexico Democrat"). With ``titles``, when no
    one is printed with the role's word, a person printed with a title that holds the role
    (`role_titles`): "Environment Secretary Jonathan Ferris" … "the minister said". A
    person printed with other `qualifiers` of the role than the description's
    (``qualified``, case-folded) holds another office: "Shadow chancellor Martin Hale" is not
    "the chancellor", "Justice M G Kempanna" not "the Chief Justice"; they are added to
    ``others``, when given."""
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
            if marks and group == "before":  # "Delgado, the New Mexico Democrat"
                said = text[m.end(group) : m.end()].split()[:-1]  # (", the New Mexico")
                if any(w[:1].isupper() and w.casefold() not in marks for w in said):
                    continue  # (another place's or party's holder of the role)
            if marks and group == "after":  # "Celtics coach Joe Mazzulla" for "the 76ers
                word = text[max(0, m.start() - 40) : m.start()].rsplit(None, 1)[-1:]  # coach"
                if (
                    word
                    and word[0][:1].isupper()
                    and word[0].casefold() not in marks
                    and resolver.proper(word[0])  # (not "Opposition leader R Ashoka")
                ):
                    continue  # (another team's or employer's holder of the role)
            name, _title = parse_name(m.group(group), sentence_start_at(text, start))
            if not org and _other_office(text, m, group, role, qualified):
                if others is not None and len(name) > 1:
                    others.add(" ".join(resolver.fullest(name, start)))
                continue  # ("Shadow chancellor Martin Hale" for "the chancellor")
            if org:
                if len(name) > 1 or is_org(name):  # "the ICC, an international court"
                    found = " ".join(resolver.fullest(name, start)) if name else m.group(group)
            elif (
                len(name) > 1 or (alone and name) or _titled_surname(text, m, group, name)
            ) and not is_org(name):
                found = " ".join(resolver.fullest(name, start))
        if found:
            return found
    held = titles and not (alone or org or marks)
    for title in vocabulary().role_titles.get(role, ()) if held else ():
        found = role_holder(
            text, title, windows, at, resolver, titles=False, qualified=qualified
        )
        if found:  # "Environment Secretary Jonathan Ferris" … "the minister said"
            return found
    return None


def _titled_surname(
    text: str, m: regex.Match[str], group: str, name: tuple[str, ...]
) -> bool:
    """Whether a `_role_holder_re` match prints the role as a capitalised title right before
    one word of a name: a surname after a title is a person as a full name is ("Mrs Justice
    Okafor ruled …" then "the judge wrote", "Judge Harding", "Coach Ellison"); a title after
    a title is none ("the Chief Justice asked")."""
    return (
        group == "after"
        and len(name) == 1
        and text[m.start() : m.start() + 1].isupper()
        and not text[m.start() : m.start() + 2].isupper()  # ("JUDGE RULES": a shouted line)
        and m.start(group) - m.start() < MAX_TITLE_CHARS
        and not vocabulary().personal(name[0].casefold())  # ("the Chief Justice asked")
    )


MAX_TITLE_CHARS = 24
"""How long (characters) a role printed as a title before a surname may be: "Justice " or
"Magistrate ", not a role with its field ("Minister of Foreign Affairs and Trade ")."""


MAX_QUALIFIER_WORDS = 4
"""How many words before a role `_other_office` reads back: "Former Border Patrol chief"."""


def _other_office(
    text: str, m: regex.Match[str], group: str, role: str, qualified: frozenset[str]
) -> bool:
    """Whether the holder a `_role_holder_re` match prints (its ``group``) holds another
    office than a description of ``role`` with the `qualifiers` ``qualified``: a qualifier
    of another office printed with the role that the description lacks ("Shadow chancellor
    Martin Hale", "Martin Hale, the shadow chancellor," for "the chancellor"), or one of the
    description's not printed with it ("Justice Ann Roe" for "the Chief Justice"; a short
    form carries its own: "CEO Ann Roe" is "the chief executive")."""
    v = vocabulary()
    if group == "before":  # "Martin Hale, the shadow chancellor": the words after "the"
        printed = [w.casefold() for w in text[m.end(group) : m.end()].split()[1:-1]]
    else:  # "Former Border Patrol chief Dale Whitaker": the words right before the role
        printed = _words_before(text, m.start())
    found = v.office_qualifiers.intersection(printed)
    if not (found - qualified).isdisjoint(v.other_office_qualifiers):
        return True
    short = text[m.start() : m.start() + len(role)].casefold() != role
    return not (short or qualified <= found)


_NOT_IN_TITLE = frozenset({"to", "by", "of", "for", "with", "from", "said", "says", "told"})
"""Lower-case words that end a title read back from its role, with the `stopwords`: "told
by former minister" is read back to "former"."""


def _words_before(text: str, at: int) -> list[str]:
    """The words of a title right before ``at``, case-folded, the nearest first: at most
    `MAX_QUALIFIER_WORDS`, back to a word that opens a clause or ends one ("Former fire
    chief" -> "fire", "former"; "said Shadow chancellor" -> "shadow")."""
    v = vocabulary()
    lo = max(0, at - 80)
    words: list[str] = []
    for word in reversed(text[lo:at].split()[1 if lo else 0 :]):
        folded = word.casefold()
        if (
            len(words) == MAX_QUALIFIER_WORDS
            or word.endswith((",", ";", ":", "!", "?", '"', "”"))
            or (word.endswith(".") and folded.rstrip(".") not in v.titles)
            or folded in _NOT_IN_TITLE
            or (word.capitalize() in v.stopwords and folded not in v.office_qualifiers)
        ):
            break
        words.append(folded.rstrip("."))
    return words


OFFICE_REACH = 3000
"""How far back (characters) `seated_elsewhere` looks for where a person was named."""


def seated_elsewhere(text: str, name: str, at: int, office: str) -> bool:
    """Whether ``name``, named first in the `OFFICE_REACH` before ``at``, was printed right
    after the word of a seat that is not ``office`` (one of `offices`): another office or a
    membership (`memberships`): "Council member Dana Cole said …" or "Councilmember Dana
    Cole" is not whom "The mayor put it more simply:" means."""
    v = vocabulary()
    if office not in v.offices:
        return False
    pos = text.find(name, max(0, at - OFFICE_REACH), at)
    words = _words_before(text, pos) if pos >= 0 else []
    if not words:
        return False
    seat = words[0]
    if seat in v.memberships:
        return True
    return seat in v.offices and seat != office and seat not in v.same_offices.get(office, ())


@lru_cache(maxsize=64)
def _national_re(adjective: str) -> regex.Pattern[str]:
    """A name printed with a nationality's adjective: "Dutch manager, Pieter van Aalst",
    "Spanish-born coach Ana Ruiz" (before it), or "Pieter van Aalst, the Dutch manager,"."""
    adj = regex.escape(adjective)
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’-]){adj}(?:-born)?              # "Dutch", "Spanish-born",
        (?:[\ \u00a0,]+[\p{{Ll}}-]+){{0,3}},?[\ \u00a0]        # "manager," (roles, lower case)
        (?P<after>{NAME_RUN_SRC})                            # then the name
        | (?P<before>{NAME_RUN_SRC}),[\ \u00a0]               # or the name, a comma,
        (?:the|a|an)[\ \u00a0](?:[\p{{Ll}}-]+[\ \u00a0]){{0,2}}  # "the veteran"
        {adj}(?![\p{{L}}\p{{M}}'’-])                          # "Dutch"
        """,
        regex.VERBOSE,
    )


def national_of(
    text: str, adjective: str, windows: list[tuple[int, int]], at: int, resolver: Nearby
) -> str | None:
    """The person last printed with the adjective of a nationality (``adjective``: "Dutch")
    before ``at`` in ``windows`` (latest first, each read within `PRONOUN_REACH`): who "the
    Dutchman said" is, after "Rovers' Dutch manager, Pieter van Aalst, watched …" (and not
    the "Ghanaian substitute Kofi Mensah" named after him); else None."""
    pattern = _national_re(adjective)
    for lo, hi in windows:
        end = hi if hi < at else at
        begin = max(lo, end - PRONOUN_REACH)
        if text.find(adjective, begin, end) < 0:
            continue  # (the adjective is not printed: no pattern to run)
        found = None
        for m in pattern.finditer(text, begin, end):
            group = "after" if m.group("after") else "before"
            start = m.start(group)
            if resolver.is_quoted(start):
                continue
            name, _title = parse_name(m.group(group), sentence_start_at(text, start))
            if len(name) > 1 and not is_org(name):
                found = " ".join(resolver.fullest(name, start))
        if found:
            return found
    return None


_AGE_OF = lazy_compile(r"(?<![\d-])(\d{1,3})-year-old\b")  # "the 56-year-old"


def age_of(description: str) -> str | None:
    """The age a description gives ("the 56-year-old", "The 56-year-old Briton"), else None."""
    m = _AGE_OF.search(description)
    return m.group(1) if m is not None else None


def aged_person(
    text: str, windows: list[tuple[int, int]], at: int, age: str, resolver: Nearby
) -> str | None:
    """The person last printed with ``age`` before ``at`` in ``windows`` (latest first):
    "Paul Ellery, 56," or "56-year-old Paul Ellery" … "The 56-year-old said"; by the
    fullest name; else None. Each window is read within `PRONOUN_REACH` of its end."""
    for lo, hi in windows:
        end = min(hi, at)
        found = None
        for m in _aged_re(age).finditer(text, max(lo, end - PRONOUN_REACH), end):
            found = m  # (the latest)
        named = _aged_name(text, found, resolver) if found is not None else None
        if named is not None:
            return named
    # further back in a long story: the person printed with that age anywhere before
    # (each age read once per article, at most `MAX_AGES` ages: linear)
    found = None
    for m in resolver.aged(age, _aged_re(age)):
        if m.start() >= at:
            break
        found = m
    return _aged_name(text, found, resolver) if found is not None else None


def _aged_name(text: str, found: regex.Match[str], resolver: Nearby) -> str | None:
    """The fullest name of the person an `_aged_re` match prints, or None."""
    name = found.group("name") or found.group("after")
    words, _title = parse_name(name, sentence_start_at(text, found.start()))
    if len(words) > 1 and not is_org(words):
        return " ".join(resolver.fullest(words, found.start()))
    return None


@lru_cache(maxsize=64)
def _aged_re(age: str) -> regex.Pattern[str]:
    """A name printed with the age ``age``: "Paul Ellery, 56,", "Paul Ellery (56)", "56-year-old
    Paul Ellery", "the 56-year-old former miner Paul Ellery"."""
    return regex.compile(
        rf"""
        (?P<name>{NAME_RUN_SRC}),?\ (?:\({age}\)|{age}(?=[,.;)])|aged\ {age}\b)
      | {age}-year-old\ (?:\p{{Ll}}[\p{{Ll}}-]*\ ){{0,3}}(?P<after>{NAME_RUN_SRC})
        """,
        regex.VERBOSE,
    )
