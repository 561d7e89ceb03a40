"""Attribution: who the words around a quote say spoke it.

:func:`attribute` reads the few words around one quote for a speech verb from
``data/speech_verbs.json`` and its subject: '"…," she said', '"…," said Smith',
'Smith told Reuters: "…"', '… according to Smith', 'As Smith put it, "…"', a signature
after a dash. :func:`indirect_speaker` finds reported speech before a quote ('Smith said
the plan failed. "…"') for a paragraph that continues the previous speaker. The result is
an :class:`Attribution`: the speaker as printed, not yet resolved (see ``names``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

import regex

from newsparse._data import load
from newsparse.names import (
    NAME_RUN_SRC,
    NAME_RUN_SRC_BACK,
    is_org,
    name_run,
    org_tail,
    parse_name,
    sentence_end,
    sentence_start_at,
    split_name,
    vocabulary,
)

__all__ = [
    "Attribution",
    "Cues",
    "after_sentence_end",
    "attribute",
    "cues",
    "indirect_speaker",
    "possessor",
    "sentence_starts",
    "sentence_subject",
]


@dataclass(frozen=True, slots=True)
class Cues:
    """The speech verbs of ``data/speech_verbs.json``."""

    words: frozenset[str]  # "said", "told", "wrote"
    phrases: dict[str, frozenset[str]]  # "according" -> {"to"}, "put" -> {"it"}
    forms: dict[str, str]  # every printed form ("Said,", "told:") -> the verb as printed
    nouns: tuple[str, ...]  # "response", "verdict": what was said, before a colon


@cache
def cues() -> Cues:
    """The speech verbs, read on first use."""
    verbs = load("speech_verbs.json")
    phrases: dict[str, frozenset[str]] = {}
    for phrase in verbs["phrases"]:
        first, second = phrase.split()
        phrases[first] = phrases.get(first, frozenset()) | {second}
    # every printed form of a cue word between spaces ("said", "said,", "Says:"): one look-up
    forms = {
        form + end: form
        for verb in [*verbs["verbs"], *phrases]
        for form in (verb, verb.capitalize())
        for end in ("", ",", ".", ":", ";")
    }
    return Cues(frozenset(verbs["verbs"]), phrases, forms, tuple(verbs["nouns"]))


def __getattr__(name: str) -> object:
    # the word lists under their old constant names, read on first use
    if name == "CUE_WORDS":
        return cues().words
    if name == "CUE_FORMS":
        return cues().forms
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_PUNCT = "\"'“”‘’„«»()[]{},.;:!?…—–-*"


@dataclass(slots=True)  # not frozen: built in hot loops, and a frozen one is 3x slower to build
class _Cue:
    start: int
    end: int
    text: str


class _Words:
    """The white-space separated words of ``text[lo:hi]``; offsets are found only when asked for.

    Offsets are found from the front or, for words in the back half, from the end, so that
    reading the last words of a long window costs only those words.
    """

    __slots__ = ("_back", "_front", "_low", "chunk", "lo", "tokens")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.lo = lo
        self.chunk = text[lo:hi]
        self.tokens = self.chunk.split()
        self._front: list[int] = []
        self._back: dict[int, int] = {}  # offsets of the words from ``_low`` to the last
        self._low = len(self.tokens)

    def at(self, i: int) -> int:
        """Offset in the text of word ``i``."""
        tokens, front = self.tokens, self._front
        if i < len(front):
            return self.lo + front[i]
        if 2 * i < len(tokens):
            pos = front[-1] + len(tokens[len(front) - 1]) if front else 0
            while len(front) <= i:
                pos = self.chunk.find(tokens[len(front)], pos)
                front.append(pos)
                pos += len(tokens[len(front) - 1])
            return self.lo + front[i]
        back, j = self._back, self._low
        if i < j:  # read back from the last word found so far, down to word ``i``
            pos = back[j] if j < len(tokens) else len(self.chunk)
            while j > i:
                j -= 1
                pos = self.chunk.rfind(tokens[j], 0, pos)
                back[j] = pos
            self._low = i
        return self.lo + back[i]


def _cue_at(words: _Words, i: int) -> _Cue | None:
    """The speech verb (or phrase) at word ``i``, if it is one."""
    tokens = words.tokens
    word = tokens[i]
    c = cues()
    core = c.forms.get(word)
    if core is None:
        if word[0] not in _PUNCT and word[-1] not in _PUNCT:
            return None
        core = c.forms.get(word.strip(_PUNCT))
        if core is None:
            return None
    key = core.casefold()
    if key in c.phrases and i + 1 < len(tokens) and core == word.lstrip(_PUNCT):
        nxt = tokens[i + 1].strip(_PUNCT)
        if nxt.casefold() in c.phrases[key]:
            start = words.at(i) + word.find(core)
            return _Cue(
                start, words.at(i + 1) + tokens[i + 1].find(nxt) + len(nxt), f"{core} {nxt}"
            )
    if (
        key in c.words
        and core
        and not (i and tokens[i - 1].casefold() in vocabulary().not_before_cue)
    ):
        start = words.at(i) + word.find(core)
        return _Cue(start, start + len(core), core)
    return None


def _may_cue(token: str, forms: dict[str, str]) -> bool:
    """A cheap test before :func:`_cue_at`: whether ``token`` is a printed form of a cue."""
    return token in forms or (
        (token[0] in _PUNCT or token[-1] in _PUNCT) and token.strip(_PUNCT) in forms
    )


_STOPS = frozenset(".!?…\"”’'")  # last characters of a word that may end a sentence


def _ends_sentence(tokens: list[str], i: int) -> bool:
    """Whether word ``i`` ends a sentence (and a new one starts after it)."""
    word = tokens[i].rstrip("\"”’'")
    if not word or word[-1] not in ".!?…":
        return False
    core = word.rstrip(".!?…").strip(_PUNCT).casefold()
    if word[-1] == "." and (core in vocabulary().abbreviations or len(core) == 1):
        return False
    return i + 1 >= len(tokens) or not tokens[i + 1][0].islower()


_POSS_NAME = (
    r"(?:\p{Lu}[\p{L}\p{M}.-]*\ ){0,3}\p{Lu}[\p{L}\p{M}.-]*['’]s?"  # "Swift's", "the study's"
)

_ADVERBS = r"""(?:also|later|then|once|previously|recently|further|again|simply|has|had|have
    |would|will|had\ previously|has\ since|later\ told|subsequently|once\ again|then\ told)"""
_DET = r"""(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther
    |[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"""
_WORD = r"""(?!(?:the|a|an|and|but|or|in|on|at|is|was|are|were|has|have|had|will|would|said|says
    |according|to)\ )[\p{L}\d'’-]+"""
# In the backward pattern every word stands right after a space, so it can only match whole:
# a possessive quantifier spares the engine trying each shorter tail of the word (3x faster).
_WORD_BACK = _WORD + "+"

# what may follow a speaker's name in the same sentence: "wrote shop owner Jo Li in a post"
_CLAUSE = r"""\ (?:in|on|at|during|after|before|when|while|as|who|from|to|last|this|earlier)\b"""

_FUNCTION = r"""(?:on|in|at|to|for|of|from|with|by|about|after|before|during|and|or|but|the|a|an
    |that|who|which|as|last|this|said|says|told
    |am|im|um|vor|nach|seit|le|la|les|el|los|las)"""  # German, French, Spanish: "sagte X am Montag"


# how a source who stays unnamed is described: "who asked not to be named", "who spoke on
# condition of anonymity", "who declined to give her name"
_ANONYMOUS = r"""(?:asked|declined|spoke|requested|did\ not\ want|didn't\ want|wished
    |would\ not|wouldn't|refused)\b"""


@cache
def _bare_nouns() -> str:
    """Nouns for a body of people that speak without an article ("police said"): a
    pattern source (`bare_nouns`)."""
    return "|".join(sorted(vocabulary().bare_nouns))


@cache
def _ly_adverb() -> str:
    """An adverb in -ly before a speech verb ("reportedly said"), not a noun in -ly that
    heads the speaker ("her family said", `ly_nouns`): a pattern source."""
    nouns = "|".join(sorted(vocabulary().ly_nouns))
    return rf"(?!(?:{nouns})\b)\p{{Ll}}+ly"


@cache
def _subject_before_re() -> regex.Pattern[str]:
    """The subject of a speech verb, read backwards from the verb: the window must end here."""
    return regex.compile(
        rf"""(?r)                                   # matched backwards from the verb
        (?<![\p{{L}}\p{{M}}\d'’-])                  # at a word start
        (?:
            (?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)   # a pronoun
          | (?P<poss>                                # a possessive description:
                (?:[Tt]he\ \p{{Ll}}+['’]s|{_POSS_NAME}) # "Swift's", "the study's"
                \ (?:{_WORD_BACK}\ ){{0,2}}{_WORD_BACK}) # "rep", "authors"
          | (?<!\b(?:[Oo]n|[Ii]n|[Aa]t|of|for|[Ff]rom|with|by|to|about)\ )  # not an object
            (?:[Tt]he\ )?(?P<name>{NAME_RUN_SRC_BACK})   # a name, "the Kremlin"
          | (?P<desc>{_DET}\ (?:{_WORD_BACK}\ ){{0,3}}{_WORD_BACK}  # a description: "the company"
                (?:\ (?:for|of|at|from|close\ to|with|on|in)\ # perhaps "for the club"
                   (?:(?:the|a|an)\ )?(?:{_WORD_BACK}\ ){{0,3}}{_WORD_BACK})?)
          | (?P<bare>\p{{Ll}}[\p{{Ll}}-]{{2,}}s|{_bare_nouns()})  # "officials", "police"
        )
        (?:\ \([^()"“”\n]{{1,60}}\))?                # "Jane Roe (D-Mass.)", "the WFP (UN)"
        (?:,\ (?P<appos>(?:(?!\b(?:said|says|according)\b)  # perhaps an apposition (the
            [^"“”„«»\n]){{1,140}}),)?                             # longest, no verb)
        (?:,??\ who)?                               # "Smith, CEO at Acme, who said"
        (?:\ who\ {_ANONYMOUS}[^"“”„«»,;:.\n]{{0,120}}?)?  # "a witness who asked not to
                                                    # be named told"
        (?:\ {_ADVERBS}|\ {_ly_adverb()})?           # "also said", "has said", "reportedly said"
        [\ \t\u00a0]*\Z                             # right before the verb
        """,
        regex.VERBOSE,
    )


@cache
def _desc_before_re() -> regex.Pattern[str]:
    """A whole description of someone for an organisation, before a speech verb: "a
    spokesperson for the National Security Council" (tried where a name ends it)."""
    return regex.compile(
        rf"""
        (?P<desc>{_DET}\ (?:{_WORD}\ ){{0,3}}?{_WORD}   # "a spokesperson", "the chief executive"
            \ (?:for|of|at|from|with)\ (?:the\ )?       # "for the"
            {NAME_RUN_SRC})                              # "National Security Council"
        (?:\ {_ADVERBS}|\ {_ly_adverb()})?              # "also said", "reportedly said"
        [\ \t\u00a0]*
        """,
        regex.VERBOSE,
    )


@cache
def _subject_after_re() -> regex.Pattern[str]:
    """The subject after an inverted speech verb: "said Smith", "said the opposition leader"."""
    return regex.compile(
        rf"""
        [\ \t\u00a0]+                                          # one space after the verb
        (?:
            (?P<pron>he|she|they|it|we|I)(?![\p{{L}}\p{{M}}])  # a pronoun
          | (?:(?:el|la|le|der|die)\ )?                          # ("dijo el alcalde …")
            (?:(?!{_FUNCTION}\ )[\p{{Ll}}\d][\p{{L}}\d-]*\ ){{1,3}}   # a role, then a name:
            (?P<lname>{NAME_RUN_SRC})(?<!['’]s|['’])          # "said geologist Jo Li",
            (?=[,.;:]|\Z|\ of\b|{_CLAUSE}|(?<=\.)\s)          # then the sentence goes on, or ends
          | (?:the\ )?(?P<name>{NAME_RUN_SRC})(?<!['’]s|['’])   # a name, not a possessive
            (?![\ \u00a0]\p{{Lu}}[\p{{L}}\p{{M}}.-]*['’]s\b)      # nor cut from one ("Mr. Roe's")
            (?:\ (?:(?!{_FUNCTION}\ )\p{{Ll}}[\p{{L}}-]*\ ){{1,3}}   # then perhaps a role:
               (?P<rname>{NAME_RUN_SRC})(?=[,.;:]|\Z|{_CLAUSE}))?   # "said party leader Jo Li"
          | (?P<desc>(?:{_DET}|{_POSS_NAME})\ [^,.;:!?"“”„«»()\n]{{1,70}}?)   # a description
            (?=[,.;:!?"“”)]|\Z|\ (?:who|which|that|in|on|at|during|after|before|when|while|as
                                  |told|last|this|earlier|recently)\b)        # up to a clause
            (?:,\ (?P<named>{NAME_RUN_SRC})(?=[,.;:]|\Z))?     # "said his aunt, Jane Starner."
        )
        """,
        regex.VERBOSE,
    )


@cache
def _sentence_subject_re() -> regex.Pattern[str]:
    """The subject that opens a sentence: 'But Smith disputed that, saying …'."""
    return regex.compile(
        rf"""
        [\"“”'‘’(]*                                           # perhaps after a mark
        (?:(?:But|And|So|Yet|Still|Then|Now|Later|Instead|However|Meanwhile),?\ )?   # a connective
        (?:(?:On|In|At|After|Before|During|Last|Earlier|Since)\ [^,.;:"“”\n]{{1,40}},\ )?  # a date
        (?:
            (?P<pron>He|She|They|It|We|I)(?![\p{{L}}\p{{M}}])    # a pronoun
          | (?P<desc>(?:The|A|An)\ \p{{Ll}}[\p{{L}}-]*(?=[\ ,]))  # "The company"
          | (?P<name>{NAME_RUN_SRC})                            # a name
        )
        """,
        regex.VERBOSE,
    )


@cache
def _possessor_re() -> regex.Pattern[str]:
    """Whose document: 'Trump's executive order', 'Acme's statement' (matched backwards)."""
    return regex.compile(
        rf"""(?r)
        (?P<name>{NAME_RUN_SRC_BACK})['’]s      # a possessive name
        (?:\ \p{{Ll}}[\p{{L}}-]*)?\ \Z            # perhaps an adjective, then the noun
        """,
        regex.VERBOSE,
    )


@cache
def _employer_run_re() -> regex.Pattern[str]:
    """The capitalised words that end right before ``at`` (matched backwards): where the
    name a subject pattern found really starts ("Harvard University", not "University")."""
    return regex.compile(
        r"""(?r)
        (?:\p{Lu}[\p{L}\p{M}'’.&-]*[\ \u00a0])*   # capitalised words, one space apart
        \Z                                           # up to the name found
        """,
        regex.VERBOSE,
    )


@cache
def _person_of_re() -> regex.Pattern[str]:
    """A name, then the word that ties it to an employer, right before the employer's name
    (matched backwards): "Jane Roe of ", "Gene Munster at ", "Sam Lee, from the "."""
    return regex.compile(
        rf"""(?r)
        (?<![\p{{L}}\p{{M}}'’-][\ \u00a0])        # the name's first word opens the run
        (?P<person>{NAME_RUN_SRC_BACK})              # a name: "Jane Roe"
        ,?\ (?:of|at|from|with)\ (?:the\ )?         # "of", "at", "from", "with" (the)
        \Z                                           # then the employer's name
        """,
        regex.VERBOSE,
    )


def _employer_like(found: Attribution) -> bool:
    """A subject that may be someone's employer: a name, or "the" and a name ("the
    University of Chicago")."""
    text = found.text
    return found.kind == "name" or (text.startswith("the ") and text[4:5].isupper())


def _run_start(text: str, lo: int, at: int) -> int:
    """Where the capitalised words that end at ``at`` start (``at`` when none do)."""
    run = _employer_run_re().match(text, max(lo, at - 80), at)
    return run.start() if run is not None else at


def _person_of(text: str, lo: int, start: int, found: Attribution) -> Attribution | None:
    """The person whose employer ``found`` names, the employer's name starting at
    ``start``: "Jane Roe of Harvard University said" -> "Jane Roe" (the subject pattern,
    barred from an object after "of", read only the employer's last words); None when no
    person's name stands before the tie word."""
    m = _person_of_re().match(text, max(lo, start - 100), start)
    if m is None:
        return None
    person = m.group("person")
    words, _title = parse_name(person, sentence_start_at(text, m.start("person")))
    if len(words) < 2 or is_org(words):
        return None  # "Bank of England Governor …", "Secretary of State …": no person
    return Attribution(person, "name", found.cue, m.start("person"))


def _for_employer(
    text: str, lo: int, start: int, found: Attribution, cue_start: int
) -> Attribution | None:
    """The whole description when the name found is the cut end of its employer's name,
    which starts at ``start``: "A spokesman for Bristol City Council said" -> that, not
    "City Council"."""
    if start == found.at:
        return None  # the name is whole
    d = _desc_before_re().search(text, max(lo, start - 80), cue_start)
    if d is None or d.end() != cue_start or d.start("desc") >= start:
        return None
    return Attribution(d.group("desc"), "descriptor", found.cue, d.start("desc"))


@cache
def _dash_name_re() -> regex.Pattern[str]:
    """A signature after a quote: '"May the odds be ever in your favor!" – Jennifer Lawrence'."""
    return regex.compile(
        rf"""
        [\ \t\u00a0]*[—–-][\ \t\u00a0]*       # a dash
        (?P<name>{NAME_RUN_SRC})                # a name
        (?=\s|[,.;:(]|\Z)                      # ending there
        """,
        regex.VERBOSE,
    )


def _dash_name(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """A signature after a dash at ``lo``; cheap first: the first character past spaces."""
    hi = min(hi, len(text))  # the spans a caller hands in may run past the text
    i = lo
    while i < hi and text[i] in " \t\u00a0":
        i += 1
    if i >= hi or text[i] not in "—–-":
        return None
    return _dash_name_re().match(text, lo, hi)


@cache
def _and_before_re() -> regex.Pattern[str]:
    """'… and wrote': a second verb of one subject."""
    return regex.compile(r"\b(?:and|but|then)[\ ,]*\Z")


def _and_before(text: str, lo: int, hi: int) -> bool:
    """'… and wrote'; cheap first: one of the words is in the window."""
    window = text[lo:hi]
    if "and" not in window and "but" not in window and "then" not in window:
        return False
    return _and_before_re().search(text, lo, hi) is not None


@cache
def _next_word_re() -> regex.Pattern[str]:
    """The lower-case word after a cue."""
    return regex.compile(r"[\ \t\u00a0]+(\p{Ll}+)\b")


_LEAD = frozenset(",.;:!?…—–-")  # punctuation between a closing mark and its attribution


Kind = Literal["name", "pronoun", "descriptor"]


@dataclass(frozen=True, slots=True)
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
    values = m.groups()
    for group, kind in _numbered(m.re, groups):
        found = values[group - 1]
        if found:
            last = found.split()[-1].casefold()
            v = vocabulary()
            junk = last in v.junk_desc_ends or (last.endswith("ly") and last not in v.ly_nouns)
            if kind == "descriptor" and junk:
                return None  # "a wrong way to", "a poorly": no one
            at = m.start(group)
            if kind == "name":
                found = org_tail(m.string, at, found)  # "the Council on Foreign Relations"
                if found.endswith(".") and sentence_end(found.rsplit(" ", 1)[-1]):
                    found = found[:-1]  # "said Jane Smith."
            if kind == "pronoun" and found[0].isupper() and not sentence_start_at(m.string, at):
                return Attribution(found, "name", cue, at)  # "Founder He said": the surname He
            return Attribution(found, kind, cue, at)
    return None


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


def _subject_before(
    text: str, lo: int, cue_start: int, cue: str, *, whole: bool = False
) -> Attribution | None:
    """The subject that ends right before the cue; with ``whole``, it must also start at ``lo``."""
    # a backward pattern that ends at \Z: match (anchored at the end) finds what search would
    m = _subject_before_re().match(text, lo if whole else max(lo, cue_start - 150), cue_start)
    if m is not None and not whole:
        cut = after_sentence_end(text, m.start(), cue_start)
        if cut > m.start():  # an apposition ran back over a sentence end: stay in this one
            m = _subject_before_re().match(text, cut, cue_start)
    if m is not None and whole and m.start() != lo and text[lo : m.start()] not in ("the ", "The "):
        # the name only ends the subject: "a spokesperson for the National Security Council"
        d = _desc_before_re().fullmatch(text, lo, cue_start)
        return None if d is None else Attribution(d.group("desc"), "descriptor", cue, lo)
    found = None if m is None else _pick(m, _BEFORE_GROUPS, cue)
    if found is not None and not whole and _employer_like(found):
        start = _run_start(text, lo, found.at)
        employee = _person_of(text, lo, start, found) or _for_employer(
            text, lo, start, found, cue_start
        )
        if employee is not None:  # "Jane Roe of Harvard University said"
            return employee
    if found is not None and found.kind == "name" and m is not None:
        group = _number(m.re, "appos")
        appos = m.group(group)  # "the UN Secretary-General, António Guterres, warned"
        if appos and _titled_only(found.text) and _person_name(appos):
            return Attribution(appos, "name", cue, m.start(group))
    if found is not None and found.kind == "descriptor":
        owned = _owned_name(found)
        if owned is not None:  # "Vornado's Glen Weiss said": the name, not the possessive
            return owned
    if found is not None and found.kind == "descriptor" and m is not None:
        group = _number(m.re, "appos")
        appos = m.group(group)  # "Her father, Haidar Fauzi, said": the name, not "her father"
        if appos and _person_name(appos):
            return Attribution(appos, "name", cue, m.start(group))
        if appos and ", " in appos:  # "… read to the court, Kyle's mother, Sandra Brown, said"
            return _named_after_description(text, lo, m.start(group), appos, cue) or found
    return found


def _owned_name(desc: Attribution) -> Attribution | None:
    """The name after a possessive that opens a description: "Vornado's Glen Weiss" ->
    "Glen Weiss"; None when what follows is no name of two words ("Vornado's chief")."""
    text = desc.text
    cut = max(text.rfind("'s "), text.rfind("’s "))
    if cut < 0 or not _person_name(text[cut + 3 :]):
        return None
    return Attribution(text[cut + 3 :], "name", desc.cue, desc.at + cut + 3)


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
    before = _subject_before_re().match(text, max(lo, at + cut - 150), at + cut)
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
    pos = lo
    for token in stretch.split(" "):
        pos += len(token) + 1
        if token.endswith(("?", "!")) or sentence_end(token):
            yield pos


def _subject_after(text: str, cue_end: int, hi: int, cue: str) -> Attribution | None:
    """The subject right after an inverted cue: 'said Smith'."""
    m = _subject_after_re().match(text, cue_end, min(hi, cue_end + 120))
    found = None if m is None else _pick(m, _AFTER_GROUPS, cue)
    if found is not None and found.kind == "descriptor":
        return _named_tail(found) or found
    return found


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
    m = _possessor_re().match(text, max(lo, at - 80), at)  # backward, ends at \Z
    return None if m is None else Attribution(m.group("name"), "name", None, m.start("name"))


def sentence_subject(text: str, lo: int, at: int) -> Attribution | None:
    """The person or pronoun opening the sentence around ``at``: 'Gates issued a "…"'."""
    return _sentence_subject(text, lo, _Cue(at, at, ""))


def _sentence_subject(text: str, lo: int, cue: _Cue) -> Attribution | None:
    """The subject that opens the sentence of ``cue``: 'Smith disputed it, saying …'."""
    words = _Words(text, max(lo, cue.start - 300), cue.start)
    first = 0
    for i in range(len(words.tokens) - 2, -1, -1):
        if _ends_sentence(words.tokens, i):
            first = i + 1
            break
    if first >= len(words.tokens):
        return None
    m = _sentence_subject_re().match(text, words.at(first), cue.start)
    if m is None:
        return None
    pattern = m.re
    for group, kind in _numbered(pattern, _OPENING_GROUPS):
        found = m.group(group)
        if found:
            return Attribution(found, kind, cue.text, m.start(group))
    group = _number(pattern, "name")
    name = m.group(group)
    if not parse_name(name, True)[0]:
        return None
    return Attribution(name, "name", cue.text, m.start(group))


def _subject(text: str, lo: int, hi: int, cue: _Cue) -> Attribution | None:
    """The subject of ``cue``: before it, or after it ("according to X", an opening "Said")."""
    if cue.text.endswith("ing") and cue.text != "according to":
        return _with_subject(text, lo, cue) or _sentence_subject(text, lo, cue)
    if cue.text.casefold() != "according to":
        found = _subject_before(text, lo, cue.start, cue.text)
        if found is None and _and_before(text, max(lo, cue.start - 6), cue.start):
            found = _clause_subject(text, lo, cue)  # "he informed them and wrote, …"
        if found is not None or not (cue.text[0].isupper() or _after_quote(text, lo, cue.start)):
            return found
    return _subject_after(text, cue.end, hi, cue.text)


def _with_subject(text: str, lo: int, cue: _Cue) -> Attribution | None:
    """The subject between "with" and a cue in -ing: "…, with Nadella telling analysts
    that …" -> "Nadella" (the sentence's own subject did not say it)."""
    at = text.rfind(" with ", max(lo, cue.start - 80), cue.start)
    if at < 0 or any(c in text[at : cue.start] for c in ",;:.!?\"“”"):
        return None
    start = at + 6
    stretch = text[start : cue.start].rstrip()
    if name_run().fullmatch(stretch):  # "with Nadella telling" ("with" bars a name elsewhere)
        return Attribution(stretch, "name", cue.text, start)
    return _subject_before(text, start, cue.start, cue.text)  # "with analysts saying"


def _after_quote(text: str, lo: int, at: int) -> bool:
    """Whether a closing quotation mark stands right before ``at`` ('"Yes," said Jo'): the
    speaker follows the verb."""
    i = at - 1
    while i >= lo and text[i] in " \t\u00a0":
        i -= 1
    return i > lo and text[i] in "\"”’'»" and text[i - 1] in ",?!…—–-"


def _clause_subject(text: str, lo: int, cue: _Cue) -> Attribution | None:
    """The nearest pronoun before ``cue`` in its sentence ('in which he informed … and wrote'),
    else the name that opens the sentence."""
    words = _Words(text, max(lo, cue.start - 200), cue.start)
    tokens = words.tokens
    for i in range(len(tokens) - 1, -1, -1):
        if i < len(tokens) - 1 and _ends_sentence(tokens, i):
            break
        word = tokens[i]
        if word in ("he", "she", "they", "He", "She", "They"):
            return Attribution(word, "pronoun", cue.text, words.at(i))
    return _sentence_subject(text, lo, cue)  # "Smith read the letter and wrote"


def _last_cue(text: str, lo: int, hi: int, *, same_sentence: bool) -> _Cue | None:
    """The last speech verb in ``text[lo:hi]`` (in its last sentence, with ``same_sentence``)."""
    words = _Words(text, lo, hi)
    tokens = words.tokens
    n = len(tokens)
    forms = cues().forms
    for i in range(n - 1, -1, -1):
        token = tokens[i]
        if same_sentence and i < n - 1 and token[-1] in _STOPS and _ends_sentence(tokens, i):
            return None
        if token in forms or (
            (token[0] in _PUNCT or token[-1] in _PUNCT) and token.strip(_PUNCT) in forms
        ):  # (the test of _may_cue, inline: this loop is hot)
            cue = _cue_at(words, i)
            if cue is not None:
                return cue
    return None


def attribute(text: str, before: tuple[int, int], after: tuple[int, int]) -> Attribution | None:
    """The attribution of the quote between the gaps ``before`` and ``after`` (offsets)."""
    # 1. Right after the closing mark: '"…," she said', '"…," said Smith', '"…" Smith added.'
    start = after[0]  # past the punctuation between the closing mark and the attribution
    while start < after[1] and (text[start] in _LEAD or text[start].isspace()):
        start += 1
    words = _Words(text, start, min(after[1], start + 200))
    after_cue: _Cue | None = None
    forms, tokens = cues().forms, words.tokens
    for i in range(min(len(tokens), 25)):
        token = tokens[i]
        after_cue = _cue_at(words, i) if _may_cue(token, forms) else None
        if after_cue is not None and i and tokens[i - 1] in ("who", "which", "that"):
            after_cue = None  # ", who asked not to be named, told AFP": inside a clause
            continue
        if after_cue is not None or (token[-1] in _STOPS and _ends_sentence(tokens, i)):
            break
    if after_cue is not None and _introduces(text, after, after_cue):
        after_cue = None  # '"…." The report noted that …': a new sentence about something else
    if after_cue is not None:
        if after_cue.start == start:
            found = _subject_after(text, after_cue.end, after[1], after_cue.text)
        else:
            found = _subject_before(text, start, after_cue.start, after_cue.text, whole=True)
        if found is not None:
            return found
    # 1b. A signature after a dash: '"…" – Jennifer Lawrence'.
    dash = _dash_name(text, after[0], min(after[1], after[0] + 80))
    if dash is not None:
        return Attribution(dash.group("name"), "name", None, dash.start("name"))
    # 2. Earlier in the same sentence: 'Smith said: "…"', 'Smith said the plan was "…"'.
    cue = _last_cue(text, max(before[0], before[1] - 300), before[1], same_sentence=True)
    if cue is not None:
        found = _subject(text, before[0], before[1], cue)
        if found is not None:
            return found
    # 2b. A possessive and a word for what was said, then a colon: 'Delgado's reply: "…"'.
    owned = _said_noun(text, before)
    if owned is not None:
        return owned
    # 3. Later in the same sentence: '"…" is how Smith put it, he said in a statement', 'There
    # has been "…" in new plants, said Joseph Seneca, an economist' (inverted after a comma).
    if after_cue is not None:
        found = _subject(text, start, after[1], after_cue)
        if found is None and text[start : after_cue.start].rstrip().endswith(","):
            found = _subject_after(text, after_cue.end, after[1], after_cue.text)
        return found
    return None


def _said_noun(text: str, before: tuple[int, int]) -> Attribution | None:
    """Whose words the quote is after "X's <noun> …:" ('Rosa Delgado's response was blunt:',
    'His verdict:'), the noun one of ``data/speech_verbs.json``'s "nouns"."""
    end = before[1]
    while end > before[0] and text[end - 1] in " \t\u00a0":
        end -= 1
    if end <= before[0] or text[end - 1] != ":":
        return None  # (most quotes: no colon right before)
    m = _said_noun_re().match(text, max(before[0], end - 160), end)
    if m is None:
        return None
    for group, kind in _OWNER_GROUPS:
        if m.group(group):
            return Attribution(m.group(group), kind, m.group("noun"), m.start(group))
    return None


_OWNER_GROUPS: tuple[tuple[str, Kind], ...] = (
    ("pron", "pronoun"),
    ("name", "name"),
    ("desc", "descriptor"),
)


@cache
def _said_noun_re() -> regex.Pattern[str]:
    nouns = "|".join(sorted(cues().nouns, key=len, reverse=True))
    return regex.compile(
        rf"""(?r)                                     # read back from the colon
        (?<![\p{{L}}\p{{M}}\d'’-])                    # at a word start
        (?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)    # "His", or a possessive name:
          |(?P<name>{NAME_RUN_SRC_BACK})['’]s?        # "Rosa Delgado's",
          |(?P<desc>[Tt]he\ \p{{Ll}}+)['’]s)          # or description: "the board's"
        (?:\ [\p{{Ll}}-]+){{0,2}}                      # "final", "blunt"
        \ (?P<noun>{nouns})                           # what was said: "response"
        (?:\ [\p{{Ll}}-]+){{0,3}}                      # "was blunt", "to the critics"
        :\Z                                           # then the colon
        """,
        regex.VERBOSE,
    )


def _introduces(text: str, after: tuple[int, int], cue: _Cue) -> bool:
    """Whether a cue after a quote that ended its sentence opens new speech ('… noted that …')."""
    close = after[0] - 1
    while close > 0 and text[close] in "\"”’'»“ ":
        close -= 1
    if close < 0 or text[close] not in ".!?":
        return False
    nxt = _next_word_re().match(text, cue.end, min(after[1], cue.end + 40))
    return nxt is not None and nxt.group(1) in ("that", "how", "what", "why", "whether", "it")


def indirect_speaker(text: str, lo: int, hi: int) -> Attribution | None:
    """The subject of the last speech verb in ``text[lo:hi]``: 'Smith said the plan failed.'"""
    cue = _last_cue(text, max(lo, hi - 300), hi, same_sentence=False)
    return None if cue is None else _subject(text, lo, hi, cue)
