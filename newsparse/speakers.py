"""Who said it: attribution clauses around a quote, and names resolved to the fullest form.

Two steps, both cheap and local. :func:`attribute` reads the few words around one quote
for a speech verb from ``data/speech_verbs.json`` and its subject ("…," she said /
said Smith / Smith told Reuters: "…"). :class:`Resolver` then turns what was printed
into a name: "Tsikhanouskaya" into "Sviatlana Tsikhanouskaya", "she" into the most recent
compatible person, "President Vladimir Putin" into the name "Vladimir Putin" with the
title "President". Vocabulary lives in ``data/honorifics.json`` and ``data/speaker_words.json``.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

import regex

__all__ = [
    "CUE_FORMS",
    "CUE_WORDS",
    "Attribution",
    "Resolver",
    "attribute",
    "indirect_speaker",
    "possessor",
    "sentence_subject",
]


def _load(name: str) -> Any:
    return json.loads(resources.files("newsparse").joinpath("data", name).read_text("utf-8"))


_VERBS = _load("speech_verbs.json")
_HONORIFICS = _load("honorifics.json")
_WORDS = _load("speaker_words.json")

TITLES = frozenset(t.casefold() for t in _HONORIFICS["titles"])
TITLE_CONTINUATIONS = frozenset(t.casefold() for t in _HONORIFICS["continuations"])
TITLE_GENDER = {t.casefold(): g for g, ts in _HONORIFICS["gendered"].items() for t in ts}
STOPWORDS = frozenset(_WORDS["stopwords"])
ORG_WORDS = frozenset(w.casefold() for w in _WORDS["org_words"])
ORG_NAMES = frozenset(_WORDS["org_names"])
RELAY_NOUNS = frozenset(_WORDS["relay_nouns"])
ORG_NOUNS = frozenset(_WORDS["org_nouns"])
PRONOUNS: dict[str, str] = _WORDS["pronouns"]
_GIVEN = _load("speaker_given_names.json")
GIVEN_NAMES = {n: g for g in ("f", "m") for n in _GIVEN[g]}
JUNK_DESC_ENDS = frozenset(_WORDS["not_descriptor_ends"])
DOCUMENT_NOUNS = frozenset(_WORDS["document_nouns"])
NOT_NAME_STARTS = frozenset(_WORDS["demonyms"])
MONTHS = frozenset(_WORDS["months"])


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first, spaces escaped for VERBOSE."""
    return "|".join(
        regex.escape(w).replace(" ", r"\ ") for w in sorted(set(words), key=len, reverse=True)
    )


CUE_WORDS = frozenset(_VERBS["verbs"])
CUE_PHRASES: dict[str, frozenset[str]] = {}
for _phrase in _VERBS["phrases"]:
    _first, _second = _phrase.split()
    CUE_PHRASES[_first] = CUE_PHRASES.get(_first, frozenset()) | {_second}
# Every printed form of a cue word between spaces ("said", "said,", "Says:"): one dict look-up.
CUE_FORMS = {
    form + end: form
    for verb in [*CUE_WORDS, *CUE_PHRASES]
    for form in (verb, verb.capitalize())
    for end in ("", ",", ".", ":", ";")
}
_PUNCT = "\"'“”‘’„«»()[]{},.;:!?…—–-*"
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "rev",
        "u.s",
        "u.k",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "jan",
        "feb",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
    }
)


_NOT_BEFORE_CUE = frozenset(
    {
        "to",
        "would",
        "could",
        "can",
        "will",
        "might",
        "should",
        "must",
        "did",
        "do",
        "does",
        "don't",
        "didn't",
        "doesn't",
        "won't",
        "wouldn't",
        "can't",
        "cannot",
        "the",
        "a",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    }
)


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    text: str


class _Words:
    """The white-space separated words of ``text[lo:hi]``; offsets are found only when asked for.

    Offsets are found from the front or, for words in the back half, from the end, so that
    reading the last words of a long window costs only those words.
    """

    __slots__ = ("_back", "_front", "chunk", "lo", "tokens")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.lo = lo
        self.chunk = text[lo:hi]
        self.tokens = self.chunk.split()
        self._front: list[int] = []
        self._back: dict[int, int] = {}

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
        back = self._back
        j = min((k for k in back if k > i), default=len(tokens))
        pos = back[j] if j < len(tokens) else len(self.chunk)
        while j > i:
            j -= 1
            pos = self.chunk.rfind(tokens[j], 0, pos)
            back[j] = pos
        return self.lo + back[i]


def _cue_at(words: _Words, i: int) -> _Cue | None:
    """The speech verb (or phrase) at word ``i``, if it is one."""
    tokens = words.tokens
    word = tokens[i]
    core = CUE_FORMS.get(word)
    if core is None:
        if word[0] not in _PUNCT and word[-1] not in _PUNCT:
            return None
        core = CUE_FORMS.get(word.strip(_PUNCT))
        if core is None:
            return None
    key = core.casefold()
    if key in CUE_PHRASES and i + 1 < len(tokens) and core == word.lstrip(_PUNCT):
        nxt = tokens[i + 1].strip(_PUNCT)
        if nxt.casefold() in CUE_PHRASES[key]:
            start = words.at(i) + word.find(core)
            return _Cue(
                start, words.at(i + 1) + tokens[i + 1].find(nxt) + len(nxt), f"{core} {nxt}"
            )
    if key in CUE_WORDS and core and not (i and tokens[i - 1].casefold() in _NOT_BEFORE_CUE):
        start = words.at(i) + word.find(core)
        return _Cue(start, start + len(core), core)
    return None


_STOPS = frozenset(".!?…\"”’'")  # last characters of a word that may end a sentence


def _ends_sentence(tokens: list[str], i: int) -> bool:
    """Whether word ``i`` ends a sentence (and a new one starts after it)."""
    word = tokens[i].rstrip("\"”’'")
    if not word or word[-1] not in ".!?…":
        return False
    core = word.rstrip(".!?…").strip(_PUNCT).casefold()
    if word[-1] == "." and (core in _ABBREVIATIONS or len(core) == 1):
        return False
    return i + 1 >= len(tokens) or not tokens[i + 1][0].islower()


_PARTICLE = r"(?:de|da|del|della|der|den|di|du|dos|das|van|von|ter|ten|bin|ibn|al|el|le|la)"
NAME_RUN_SRC = rf"""
    \p{{Lu}}[\p{{L}}\p{{M}}'’.-]*+                 # a capitalised word: Putin, O'Donnell, S.B.
    (?:                                           # then up to six more,
        [\ \u00a0]                                # one space apart,
        (?:{_PARTICLE}[\ \u00a0])?                # perhaps through "van", "de", "bin"
        \p{{Lu}}[\p{{L}}\p{{M}}'’.-]*+
    ){{0,6}}
"""
NAME_RUN = regex.compile(NAME_RUN_SRC, regex.VERBOSE)
NAME_RUN_SRC_BACK = NAME_RUN_SRC.replace("*+", "*")  # for patterns matched backwards
_POSS_NAME = (
    r"(?:\p{Lu}[\p{L}\p{M}.-]*\ ){0,3}\p{Lu}[\p{L}\p{M}.-]*['’]s?"  # "Swift's", "the study's"
)

_ADVERBS = r"""(?:also|later|then|once|previously|recently|further|again|simply|has|had|have
    |would|will|had\ previously|has\ since|later\ told|subsequently|once\ again|then\ told)"""
_DET = r"""(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther
    |[Hh]is|[Hh]er|[Tt]heir)"""
_WORD = r"""(?!(?:the|a|an|and|but|or|in|on|at|is|was|are|were|has|have|had|will|would|said|says
    |according|to)\ )[\p{L}\d'’-]+"""

_FUNCTION = r"""(?:on|in|at|to|for|of|from|with|by|about|after|before|during|and|or|but|the|a|an
    |that|who|which|as|last|this|said|says|told)"""

# The subject of a speech verb, read backwards from the verb: the window must end here.
SUBJECT_BEFORE = regex.compile(
    rf"""(?r)                                   # matched backwards from the verb
    (?<![\p{{L}}\p{{M}}\d'’-])                  # at a word start
    (?:
        (?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)   # a pronoun
      | (?P<poss>                                # a possessive description:
            (?:[Tt]he\ \p{{Ll}}+['’]s|{_POSS_NAME}) # "Swift's", "the study's"
            \ (?:{_WORD}\ ){{0,2}}{_WORD})          # "rep", "authors"
      | (?<!\b(?:[Oo]n|[Ii]n|[Aa]t|of|for|[Ff]rom|with|by|to|about)\ )  # (no preposition's object)
        (?:[Tt]he\ )?(?P<name>{NAME_RUN_SRC_BACK})   # a name, "the Kremlin"
      | (?P<desc>{_DET}\ (?:{_WORD}\ ){{0,3}}{_WORD}  # a description: "the company", "an insider"
            (?:\ (?:for|of|at|from|close\ to|with|on|in)\ # perhaps "for the club"
               (?:(?:the|a|an)\ )?(?:{_WORD}\ ){{0,3}}{_WORD})?)
      | (?P<bare>\p{{Ll}}[\p{{Ll}}-]{{2,}}s)        # "officials", "analysts"
    )
    (?:,\ (?:(?!\b(?:said|says|according)\b)   # perhaps an apposition (the longest, no verb)
        [^"“”„«»\n]){{1,140}},)?
    (?:,??\ who)?                               # "Smith, CEO at Acme, who said"
    (?:\ {_ADVERBS}|\ \p{{Ll}}+ly)?              # "also said", "has said", "reportedly said"
    [\ \t\u00a0]*\Z                             # right before the verb
    """,
    regex.VERBOSE,
)

# The subject after an inverted speech verb: "said Smith", "said the opposition leader".
SUBJECT_AFTER = regex.compile(
    rf"""
    [\ \t\u00a0]+                                          # one space after the verb
    (?:
        (?P<pron>he|she|they|it|we|I)(?![\p{{L}}\p{{M}}])  # a pronoun
      | (?:(?!{_FUNCTION}\ )\p{{Ll}}[\p{{L}}-]*\ ){{1,3}}          # a role, then a name:
        (?P<lname>{NAME_RUN_SRC})(?<!['’]s|['’])(?=[,.;:]|\Z|\ of\b)  # "said geologist Jo Li"
      | (?:the\ )?(?P<name>{NAME_RUN_SRC})(?<!['’]s|['’])   # a name, not a possessive
        (?:\ (?:(?!{_FUNCTION}\ )\p{{Ll}}[\p{{L}}-]*\ ){{1,3}}   # then perhaps a role:
           (?P<rname>{NAME_RUN_SRC})(?=[,.;:]|\Z))?          # "said Labour leader Keir Starmer"
      | (?P<desc>(?:{_DET}|{_POSS_NAME})\ [^,.;:!?"“”„«»()\n]{{1,70}}?)   # a description
        (?=[,.;:!?"“”)]|\Z|\ (?:who|which|that|in|on|at|during|after|before|when|while|as
                              |told|last|this|earlier|recently)\b)        # up to a clause
        (?:,\ (?P<named>{NAME_RUN_SRC})(?=[,.;:]|\Z))?     # "said his aunt, Jane Starner."
    )
    """,
    regex.VERBOSE,
)

# The subject that opens a sentence: 'But Smith disputed that, saying …'.
SENTENCE_SUBJECT = regex.compile(
    rf"""
    [\"“”'‘’(]*                                           # perhaps after a mark
    (?:(?:But|And|So|Yet|Still|Then|Now|Later|Instead|However|Meanwhile),?\ )?   # a connective
    (?:(?:On|In|At|After|Before|During|Last|Earlier|Since)\ [^,.;:"“”\n]{{1,40}},\ )?  # "On May 1,"
    (?:
        (?P<pron>He|She|They|It|We|I)(?![\p{{L}}\p{{M}}])    # a pronoun
      | (?P<desc>(?:The|A|An)\ \p{{Ll}}[\p{{L}}-]*(?=[\ ,]))  # "The company"
      | (?P<name>{NAME_RUN_SRC})                            # a name
    )
    """,
    regex.VERBOSE,
)
# Whose document: 'Trump's executive order', 'Acme's statement' (matched backwards from the noun).
POSSESSOR = regex.compile(
    rf"""(?r)
    (?P<name>{NAME_RUN_SRC_BACK})['’]s      # a possessive name
    (?:\ \p{{Ll}}[\p{{L}}-]*)?\ \Z            # perhaps an adjective, then the noun
    """,
    regex.VERBOSE,
)
# A signature after a quote: '"May the odds be ever in your favor!" – Jennifer Lawrence'.
DASH_NAME = regex.compile(
    rf"""
    [\ \t\u00a0]*[—–-][\ \t\u00a0]*       # a dash
    (?P<name>{NAME_RUN_SRC})                # a name
    (?=\s|[,.;:(]|\Z)                      # ending there
    """,
    regex.VERBOSE,
)
AND_BEFORE = regex.compile(r"\b(?:and|but|then)[\ ,]*\Z")  # "… and wrote": a second verb
NEXT_WORD = regex.compile(r"[\ \t\u00a0]+(\p{Ll}+)\b")  # the lower-case word after a cue
LEAD = regex.compile(r"[\s,.;:!?…—–-]*")  # punctuation between a closing mark and its attribution

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


def _pick(
    m: regex.Match[str], groups: tuple[tuple[str, Kind], ...], cue: str
) -> Attribution | None:
    for group, kind in groups:
        found = m.group(group)
        if found:
            last = found.split()[-1].casefold()
            if kind == "descriptor" and (last in JUNK_DESC_ENDS or last.endswith("ly")):
                return None  # "a wrong way to", "a poorly": no one
            at = m.start(group)
            if kind == "name" and found.endswith(".") and _sentence_end(found.rsplit(" ", 1)[-1]):
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


def _subject_before(
    text: str, lo: int, cue_start: int, cue: str, *, whole: bool = False
) -> Attribution | None:
    """The subject that ends right before the cue; with ``whole``, it must also start at ``lo``."""
    m = SUBJECT_BEFORE.search(text, lo if whole else max(lo, cue_start - 150), cue_start)
    if m is not None and whole and m.start() != lo and text[lo : m.start()] not in ("the ", "The "):
        return None
    return None if m is None else _pick(m, _BEFORE_GROUPS, cue)


def _subject_after(text: str, cue_end: int, hi: int, cue: str) -> Attribution | None:
    """The subject right after an inverted cue: 'said Smith'."""
    m = SUBJECT_AFTER.match(text, cue_end, min(hi, cue_end + 120))
    return None if m is None else _pick(m, _AFTER_GROUPS, cue)


def possessor(text: str, lo: int, at: int) -> Attribution | None:
    """The name whose document starts at ``at``: 'Trump's executive order'."""
    m = POSSESSOR.search(text, max(lo, at - 80), at)
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
    m = SENTENCE_SUBJECT.match(text, words.at(first), cue.start)
    if m is None:
        return None
    if m.group("pron"):
        return Attribution(m.group("pron"), "pronoun", cue.text, m.start("pron"))
    if m.group("desc"):
        return Attribution(m.group("desc"), "descriptor", cue.text, m.start("desc"))
    name = m.group("name")
    if not split_name(name_words(name), True)[0]:
        return None
    return Attribution(name, "name", cue.text, m.start("name"))


def _subject(text: str, lo: int, hi: int, cue: _Cue) -> Attribution | None:
    """The subject of ``cue``: before it, or after it ("according to X", an opening "Said")."""
    if cue.text.endswith("ing") and cue.text != "according to":
        return _sentence_subject(text, lo, cue)
    if cue.text.casefold() != "according to":
        found = _subject_before(text, lo, cue.start, cue.text)
        if found is None and AND_BEFORE.search(text, max(lo, cue.start - 6), cue.start):
            found = _clause_subject(text, lo, cue)  # "he informed them and wrote, …"
        if found is not None or not cue.text[0].isupper():
            return found
    return _subject_after(text, cue.end, hi, cue.text)


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
    for i in range(n - 1, -1, -1):
        token = tokens[i]
        if same_sentence and i < n - 1 and token[-1] in _STOPS and _ends_sentence(tokens, i):
            return None
        if token in CUE_FORMS or token[0] in _PUNCT or token[-1] in _PUNCT:
            cue = _cue_at(words, i)
            if cue is not None:
                return cue
    return None


def attribute(text: str, before: tuple[int, int], after: tuple[int, int]) -> Attribution | None:
    """The attribution of the quote between the gaps ``before`` and ``after`` (offsets)."""
    # 1. Right after the closing mark: '"…," she said', '"…," said Smith', '"…" Smith added.'
    lead = LEAD.match(text, after[0], after[1])
    start = lead.end() if lead else after[0]
    words = _Words(text, start, min(after[1], start + 200))
    after_cue: _Cue | None = None
    for i in range(min(len(words.tokens), 25)):
        after_cue = _cue_at(words, i)
        if after_cue is not None and i and words.tokens[i - 1] in ("who", "which", "that"):
            after_cue = None  # ", who asked not to be named, told AFP": inside a clause
            continue
        if after_cue is not None or _ends_sentence(words.tokens, i):
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
    dash = DASH_NAME.match(text, after[0], min(after[1], after[0] + 80))
    if dash is not None:
        return Attribution(dash.group("name"), "name", None, dash.start("name"))
    # 2. Earlier in the same sentence: 'Smith said: "…"', 'Smith said the plan was "…"'.
    cue = _last_cue(text, max(before[0], before[1] - 300), before[1], same_sentence=True)
    if cue is not None:
        found = _subject(text, before[0], before[1], cue)
        if found is not None:
            return found
    # 3. Later in the same sentence: '"…" is how Smith put it, he said in a statement'.
    if after_cue is not None:
        return _subject(text, start, after[1], after_cue)
    return None


def _introduces(text: str, after: tuple[int, int], cue: _Cue) -> bool:
    """Whether a cue after a quote that ended its sentence opens new speech ('… noted that …')."""
    close = after[0] - 1
    while close > 0 and text[close] in "\"”’'»“ ":
        close -= 1
    if close < 0 or text[close] not in ".!?":
        return False
    nxt = NEXT_WORD.match(text, cue.end, min(after[1], cue.end + 40))
    return nxt is not None and nxt.group(1) in ("that", "how", "what", "why", "whether", "it")


def indirect_speaker(text: str, lo: int, hi: int) -> Attribution | None:
    """The subject of the last speech verb in ``text[lo:hi]``: 'Smith said the plan failed.'"""
    cue = _last_cue(text, max(lo, hi - 300), hi, same_sentence=False)
    return None if cue is None else _subject(text, lo, hi, cue)


PLACE_WORDS = frozenset(w.casefold() for w in _WORDS["place_words"])
_ALWAYS_STOP = frozenset({"The", "A", "An"})
_SENTENCE_OPENERS = frozenset(".!?\"“”'‘’:;—–(\n\r\f\v\u2028\u2029")


def name_words(run: str) -> list[str]:
    """The words of a capitalised run, cleaned: a possessive ends the name, a full stop goes."""
    words = run.split()
    if not any(c in run for c in "'’.-"):
        return words
    out: list[str] = []
    for k, raw in enumerate(words):
        if raw.endswith(("'s", "’s")) and k + 1 < len(words):  # "NASA's Steve Clarke"
            out = []
            continue
        end = raw.endswith(("'s", "’s", "'", "’"))
        word = (raw.removesuffix("s") if raw.endswith(("'s", "’s")) else raw).rstrip("'’")
        if "-" in word and any(part[:1].islower() for part in word.split("-")[1:]):
            out = []  # "Mandarin-language", "Pro-democratic": an adjective, not a name
            continue
        if _sentence_end(word):
            if k + 1 < len(words):  # "Aspects. Beth Meacham": a sentence ended inside the run
                out = []
                continue
            word = word[:-1]
            end = True
        if word and word[0].isupper():
            out.append(word)
        if end or not word:
            break
    return out


def _sentences_of(at: int, run: str) -> list[tuple[int, str]]:
    """A run cut where a sentence ends inside it: 'Elise Matthesen. Lacking' -> two runs."""
    if "." not in run:
        return [(at, run)]
    out: list[tuple[int, str]] = []
    start = 0
    for word in run.split(" "):
        end = run.find(word, start) + len(word)
        if _sentence_end(word):
            out.append((at + start, run[start:end]))
            start = end + 1
    if start < len(run):
        out.append((at + start, run[start:]))
    return out


def _sentence_end(word: str) -> bool:
    """A word whose final full stop ends a sentence (not 'S.B.', 'Jr.', 'U.S.')."""
    return (
        word.endswith(".")
        and len(word) > 2
        and word[-3] != "."
        and word[:-1].casefold() not in _ABBREVIATIONS
    )


def _nearest_before(positions: list[int], at: int) -> tuple[int, int]:
    """Sort key over sorted ``positions``: the latest before ``at``, else the earliest after."""
    k = bisect_right(positions, at - 1)
    return (positions[k - 1], 0) if k else (-1, -positions[0])


def _given_or_initial(word: str) -> bool:
    """A word that can stand before a name's other words: a given name, 'J.', 'Milo'."""
    return word in GIVEN_NAMES or (len(word) <= 2 and word.endswith(".")) or word in _PARTICLES


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls inside one of the sorted, disjoint ``spans``."""
    k = bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _initials(word: str) -> bool:
    """'S.B.', 'J.', 'Jr.': a word whose full stop does not end a sentence."""
    return word.endswith(".") and ("." in word[:-1] or len(word) <= 3)


def _is_title(token: str) -> bool:
    return token.rstrip(".").casefold() in TITLES


def split_name(words: list[str], sentence_start: bool) -> tuple[tuple[str, ...], str | None]:
    """Name and title of a run: 'But President Vladimir Putin' -> (Vladimir, Putin), President."""
    i = 0
    while i < len(words) and (
        words[i] in _ALWAYS_STOP
        or (sentence_start and (words[i] in STOPWORDS or words[i] in MONTHS))
    ):
        i += 1
    words = words[i:]
    if is_org(tuple(words)):  # "Ohio Supreme Court": no title to take off
        return tuple(words), None
    last_title = -1
    for j in range(len(words) - 1):
        key = words[j].rstrip(".").casefold()
        if key in TITLES or (key in TITLE_CONTINUATIONS and j > 0 and _is_title(words[j - 1])):
            last_title = j
    if last_title < 0:
        return tuple(words), None
    first_title = last_title
    while first_title > 0 and (
        _is_title(words[first_title - 1])
        or words[first_title - 1].rstrip(".").casefold() in TITLE_CONTINUATIONS
    ):
        first_title -= 1
    return tuple(words[last_title + 1 :]), " ".join(words[first_title : last_title + 1])


def is_org(name: tuple[str, ...]) -> bool:
    """An organisation rather than a person: 'Big Machine Records', 'Kremlin', 'NASA'."""
    if not name:
        return False
    last = name[-1].rstrip(".")
    return (
        last.casefold() in ORG_WORDS
        or last in ORG_NAMES
        or (len(last) > 1 and last.isupper() and len(name) == 1)
    )


def sentence_start_at(text: str, at: int) -> bool:
    """Whether offset ``at`` opens a sentence (or a line)."""
    i = at - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_OPENERS


_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_SEPARATORS = frozenset(" \u00a0")  # what may stand between two words of one name


@dataclass(frozen=True, slots=True)
class _Named:
    at: int
    name: tuple[str, ...]
    title: str | None


class Resolver:
    """Resolves printed speakers to the fullest name the article gives; built once per article.

    Nothing is indexed up front: each lookup reads only the occurrences of one word
    (``str.find``) or the names in a window, so the cost follows the quotes, not the text.
    """

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.quoted = (
            quoted or []
        )  # the quotes' (start, end), sorted: names inside are not candidates
        self.gender: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self._runs: dict[str, list[_Named]] = {}
        self._windows: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._candidates: dict[int, tuple[str, bool] | None] = {}
        self._forms: dict[tuple[str, ...], dict[tuple[str, ...], list[int]]] = {}
        self._named: dict[int, _Named | None] = {}
        self._surnames: frozenset[str] | None = None
        self.known_last: set[str] = set()  # last words of the people quoted so far
        self._people: dict[tuple[int, int], list[tuple[int, str, bool]]] = {}

    def _run_at(self, start: int, end: int) -> _Named | None:
        """The whole capitalised run around ``text[start:end]``, split into name and title."""
        text = self.text
        left = start
        for _ in range(6):  # walk back over capitalised words (and particles) one space apart
            if left < 2 or text[left - 1] not in _SEPARATORS:
                break
            word = self._word_before(left - 1)
            k = left - 1 - len(word)
            if (
                not word
                or not (word[0].isupper() or word in _PARTICLES)
                or not (word[-1].isalnum() or _initials(word))
            ):
                break
            left = k
        while left < start and not text[left].isupper():
            left = text.find(" ", left) + 1
        if left in self._named:
            return self._named[left]
        run = NAME_RUN.match(text, left, min(len(text), left + 160))
        found = None
        if run is not None:
            name, title = split_name(name_words(run.group()), sentence_start_at(text, left))
            found = _Named(left, name, title) if name else None
        self._named[left] = found
        return found

    def _word_before(self, end: int) -> str:
        """The word (at most 40 characters) that ends at ``end``."""
        chunk = self.text[max(0, end - 40) : end]
        if not chunk or chunk[-1].isspace():
            return ""
        return chunk.rsplit(None, 1)[-1]

    def _name_word_ends(self, end: int) -> bool:
        """Whether the word ending at ``end`` may be part of a name: capitalised, a particle."""
        word = self._word_before(end)
        if not word:
            return False
        if word in _PARTICLES:
            return True
        return word[0].isupper() and (not word.endswith(".") or "." in word[:-1] or len(word) <= 3)

    def _occurrences(self, word: str) -> list[_Named]:
        """Every capitalised run in the text with ``word`` as a whole word, cached.

        Each new word scans the whole text, so only the first 300 words get a scan: the
        cost stays linear in the text however many names it holds.
        """
        if word in self._runs:
            return self._runs[word]
        if len(self._runs) >= 300:
            return []
        text, i = self.text, self.text.find(word)
        out: list[_Named] = []
        n = len(word)
        while i >= 0 and len(out) < 200:
            end = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                near = (i >= 2 and text[i - 1] in _SEPARATORS and self._name_word_ends(i - 1)) or (
                    end + 1 < len(text) and text[end] in _SEPARATORS and text[end + 1].isupper()
                )
                run = self._run_at(i, end) if near else None
                if run is not None:
                    out.append(run)
                    if run.title:
                        key = " ".join(run.name)
                        self.titles.setdefault(key, run.title)
                        gender = TITLE_GENDER.get(run.title.split()[-1].rstrip(".").casefold())
                        if gender:
                            self.gender.setdefault(key, gender)
            i = text.find(word, end)
        self._runs[word] = out
        return out

    def fullest(self, name: tuple[str, ...], at: int) -> tuple[str, ...]:
        """The fullest form of ``name``: a longer name ending (or else starting) with it.

        A form that only adds words before another form is dropped (a run such as
        "Belarus Sviatlana Tsikhanouskaya" glues a place to the name); then the nearest
        earlier form wins, then the first later one.
        """
        if not name or (len(name) == 1 and len(name[0]) < 2):
            return name
        forms = self._forms.get(name)
        if forms is None:
            forms = self._forms[name] = self._longer_forms(name)
        if not forms:
            return name
        return max(forms, key=lambda k: _nearest_before(forms[k], at))

    def _longer_forms(self, name: tuple[str, ...]) -> dict[tuple[str, ...], list[int]]:
        """Longer names ending with ``name`` (else starting with it), with where each is printed."""
        n = len(name)
        for suffix in (True, False):
            forms: dict[tuple[str, ...], list[int]] = {}
            for m in self._occurrences(name[-1] if suffix else name[0]):
                part = m.name[-n:] if suffix else m.name[:n]
                if len(m.name) > n and part == name and m.name[-1].casefold() not in PLACE_WORDS:
                    if suffix and n > 1 and not _given_or_initial(m.name[-n - 1]):
                        continue  # "Belarus Jana Kowalska" for "Jana Kowalska": a place glued on
                    forms.setdefault(m.name, []).append(m.at)
            if forms:  # "Belarus Jane Doe" goes when "Jane Doe" is printed too
                return {
                    k: v
                    for k, v in forms.items()
                    if not any(len(o) < len(k) and k[-len(o) :] == o for o in forms)
                }
        return {}

    def gender_of(self, name: str) -> str | None:
        """'f' or 'm' when the article or the given name tells, else None."""
        known = self.gender.get(name)
        if known is None:
            known = GIVEN_NAMES.get(name.split(" ", 1)[0])
        return known

    def _runs_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(offset, run) of every capitalised run in ``text[lo:hi]`` outside quotes, cached."""
        key = (lo, hi)
        runs = self._windows.get(key)
        if runs is None:
            quoted = self.quoted
            runs = []
            try:
                for m in NAME_RUN.finditer(self.text, lo, hi, timeout=0.5):
                    runs.extend(_sentences_of(m.start(), m.group()))
            except TimeoutError:
                runs = []
            if quoted:
                runs = [r for r in runs if not _inside(quoted, r[0])]
            self._windows[key] = runs
        return runs

    @property
    def surnames(self) -> frozenset[str]:
        """Words printed right after a given name ("Jane Doe": "Doe"), found in one pass."""
        if self._surnames is None:
            text, found = self.text, set()
            for given in GIVEN_NAMES.keys() & set(text.split()):
                i = text.find(given + " ")
                for _ in range(50):
                    if i < 0:
                        break
                    start = i + len(given) + 1
                    nxt = text[start : start + 40].split(maxsplit=1)
                    if nxt and nxt[0][:1].isupper() and (i == 0 or not text[i - 1].isalnum()):
                        found.add(nxt[0].strip(_PUNCT).removesuffix("’s").removesuffix("'s"))
                    i = text.find(given + " ", start)
            self._surnames = frozenset(found)
        return self._surnames

    def is_quoted(self, at: int) -> bool:
        """Whether offset ``at`` lies inside quotation marks."""
        return _inside(self.quoted, at)

    def _runs_before(self, lo: int, hi: int, at: int, limit: int = 40) -> list[tuple[int, str]]:
        """The last ``limit`` runs of the window that end before ``at``, latest first."""
        runs = self._runs_in(lo, hi)
        k = bisect_right(runs, (at, ""))
        out: list[tuple[int, str]] = []
        while k > 0 and len(out) < limit:
            k -= 1
            if runs[k][0] + len(runs[k][1]) <= at:
                out.append(runs[k])
        return out

    def _candidate(self, at: int, raw: str) -> tuple[str, bool] | None:
        """A run as a possible person: (fullest name, has evidence); None for non-persons."""
        if at in self._candidates:
            return self._candidates[at]
        found: tuple[str, bool] | None = None
        if " " not in raw and raw.isalpha():  # one plain word: the common case, kept cheap
            lower = raw.casefold()
            if raw in self.surnames or raw in self.known_last or lower in TITLES:
                pass  # a surname or a title: read in full below
            elif (
                raw in STOPWORDS
                or raw in MONTHS
                or raw in NOT_NAME_STARTS
                or raw in ORG_NAMES
                or raw.isupper()
                or lower in ORG_WORDS
                or lower in PLACE_WORDS
            ):
                self._candidates[at] = None
                return None
            else:
                self._candidates[at] = found = (raw, False)
                return found
        if not raw.isupper() and not raw.endswith(("'s", "’s")):
            name, title = split_name(name_words(raw), sentence_start_at(self.text, at))
            if (
                name
                and not is_org(name)
                and name[-1].casefold() not in PLACE_WORDS
                and name[0] not in NOT_NAME_STARTS
            ):
                # a lone word is looked up in the whole text only when it may be a surname
                lone = len(name) == 1 and not title and name[0] not in self.surnames
                full = name if len(name) > 1 or lone else self.fullest(name, at)
                key = " ".join(full)
                if title:
                    self.titles.setdefault(key, title)
                found = (key, bool(title) or (len(full) > 1 and full[0] in GIVEN_NAMES))
        self._candidates[at] = found
        return found

    def _people_in(self, lo: int, hi: int) -> list[tuple[int, str, bool]]:
        """(offset, name, has evidence) of the runs in a window that may be people, cached."""
        key = (lo, hi)
        people = self._people.get(key)
        if people is None:
            people = []
            for start, raw in self._runs_in(lo, hi):
                found = self._candidate(start, raw)
                if found is not None and start + len(raw) <= hi:
                    people.append((start, *found))
            self._people[key] = people
        return people

    def person_before(
        self,
        at: int,
        windows: list[tuple[int, int]],
        gender: str | None,
        known: set[str],
        *,
        strict: bool = True,
    ) -> str | None:
        """The latest person named in ``windows`` (latest first, each a paragraph) whose sex fits.

        Within one paragraph a person already quoted (``known``) is preferred.

        Strictly, a capitalised run counts as a person when it is a speaker already
        (``known``), has a title, or starts with a given name; otherwise any run of two
        capitalised words will do. Places, organisations and possessives never do.
        """
        known_last = self.known_last
        for lo, hi in windows:
            fits: list[str] = []
            people = self._people_in(lo, hi)
            k = bisect_right(people, (at, ""))
            for start, printed, evidence in people[max(0, k - 40) : k][::-1]:
                key = printed
                if " " not in key and key in known_last:  # "McLaughlin", quoted before in full
                    key = " ".join(self.fullest((key,), start))
                if strict and not evidence and key not in known:
                    continue
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
        hints = {w.casefold().rstrip("s") for w in hint.split()}
        known = known or set()
        loose: str | None = None
        first: str | None = None
        for lo, hi in windows:
            for start, raw in self._runs_before(lo, hi, at):
                name, _title = split_name(name_words(raw), sentence_start_at(self.text, start))
                if not name or name[-1].casefold() in PLACE_WORDS or name[0] in NOT_NAME_STARTS:
                    continue
                if is_org(name):
                    key = " ".join(self.fullest(name, start))
                    if not hints or hints & {w.casefold().rstrip("s") for w in key.split()}:
                        return key
                    first = first or key
                elif (
                    loose is None
                    and name[0] not in GIVEN_NAMES
                    and name[0] not in STOPWORDS
                    and name[-1] not in self.known_last
                    and self.gender_of(" ".join(name)) is None
                ):
                    full = self.fullest(name, start)
                    if " ".join(full) not in known and full[0] not in GIVEN_NAMES:
                        loose = " ".join(full)
        if hints - {"the", "a", "an"}:  # "the court": a court named further back, in ``wide``
            for start, raw in (
                r for lo, hi in wide or windows for r in self._runs_before(lo, hi, at)
            ):
                name = tuple(name_words(raw))
                if name and is_org(name) and hints & {w.casefold().rstrip("s") for w in name}:
                    return " ".join(self.fullest(name, start))
        return first or loose
