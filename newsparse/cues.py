"""Speech verbs: the cues of ``data/speech_verbs.json`` ("said", "told", "according to"),
and where one stands among the words of a window around a quote."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsparse._data import load
from newsparse.names import vocabulary

__all__ = [
    "PUNCT",
    "STOPS",
    "Cue",
    "Cues",
    "Words",
    "cue_at",
    "cue_of",
    "cues",
    "ends_sentence",
    "last_sentence_start",
    "may_cue",
]


@dataclass(frozen=True, slots=True)
class Cues:
    """The speech verbs of ``data/speech_verbs.json``."""

    words: frozenset[str]  # "said", "told", "wrote"
    phrases: dict[str, frozenset[str]]  # "according" -> {"to"}, "put" -> {"it"}
    forms: dict[str, str]  # every printed form ("Said,", "told:") -> the verb as printed
    nouns: tuple[str, ...]  # "response", "verdict": what was said, before a colon
    bare: frozenset[str]  # the verbs as printed, without punctuation: "said", "Said"
    noun_forms: frozenset[str]  # "note", "claim": nouns too, after "a" ("a cautious note")
    source_complements: frozenset[str]  # "briefed", "involved": "officials briefed on the talks"
    message_nouns: frozenset[str]  # "message", "sign": "a message that read, …" is its writer's
    quoting_verbs: frozenset[str]  # "quoted": "quoted its director, X, as saying" is X's
    claim_nouns: frozenset[str]  # "claim": "his claim that … '…'" is his


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
    # ("the report states"; capitalised, "States" is a name's: "the United States")
    forms.update({verb + end: verb for verb in verbs["lower_case_verbs"] for end in ("", ",", ".")})
    bare = frozenset(forms.values())
    return Cues(
        frozenset([*verbs["verbs"], *verbs["lower_case_verbs"]]),
        phrases,
        forms,
        tuple(verbs["nouns"]),
        bare,
        frozenset(verbs["noun_forms"]),
        frozenset(verbs["source_complements"]),
        frozenset(verbs["message_nouns"]),
        frozenset(verbs["quoting_verbs"]),
        frozenset(verbs["claim_nouns"]),
    )


PUNCT = "\"'“”‘’„«»()[]{},.;:!?…—–-*"


@dataclass(slots=True)  # not frozen: built in hot loops, and a frozen one is 3x slower to build
class Cue:
    start: int
    end: int
    text: str


class Words:
    """The white-space separated words of ``text[lo:hi]``; offsets are found only when asked for.

    The first and the last word's offsets are read from the window's edges. Others are
    found from the front or, for words in the back half, from the end, so that reading the
    last words of a long window costs only those words; where one space stands between each
    two of those words (the common case) by their lengths, in one test.
    """

    __slots__ = ("_back", "_front", "_low", "chunk", "lo", "tokens")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.lo = lo
        self.chunk = chunk = text[lo:hi]
        self.tokens = tokens = chunk.split()
        self._front: list[int] = []
        self._back: dict[int, int] = {}  # offsets of the words from ``_low`` to the last
        self._low = len(tokens)

    def at(self, i: int) -> int:
        """Offset in the text of word ``i``."""
        tokens, chunk = self.tokens, self.chunk
        # (cheapest first: the first word starts at the chunk's first character that is no
        # white space, and the last word ends at its last one; the speech verbs the callers
        # look for mostly stand there, '… said: "', '," said Smith')
        if i == 0:
            return self.lo + len(chunk) - len(chunk.lstrip())
        if i == len(tokens) - 1:
            return self.lo + len(chunk.rstrip()) - len(tokens[i])
        # (cheap first: the words up to ``i`` spaced by one space, as printed, are one
        # comparison; ``str.find`` below converts each word to the text's width. Each such
        # call costs the words it joins, as the walk below does: callers read few offsets)
        if 2 * i < len(tokens):
            if not self._front:
                head = " ".join(tokens[: i + 1])
                start = len(chunk) - len(chunk.lstrip())
                if chunk.startswith(head, start):
                    return self.lo + start + len(head) - len(tokens[i])
        elif self._low == len(tokens):
            tail = " ".join(tokens[i:])
            end = len(chunk.rstrip())
            if chunk.endswith(tail, 0, end):
                return self.lo + end - len(tail)
        front = self._front
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


def cue_at(words: Words, i: int) -> Cue | None:
    """The speech verb (or phrase) at word ``i``, if it is one."""
    word = words.tokens[i]
    forms = cues().forms
    core = forms.get(word)
    if core is None:
        if word[0] not in PUNCT and word[-1] not in PUNCT:
            return None
        core = forms.get(word.strip(PUNCT))
        if core is None:
            return None
    return cue_of(words, i, core)


def cue_of(words: Words, i: int, core: str) -> Cue | None:
    """:func:`cue_at` for a word whose core (the word without its punctuation) is known to
    be one of :attr:`Cues.bare`: what the hot loops test first, not looked up again."""
    tokens = words.tokens
    word = tokens[i]
    c = cues()
    key = core.casefold()
    # (cheap first: a word of letters only needs no ``str.strip`` with the many marks of
    # PUNCT, which costs more than the rest of this test; most words are)
    if key in c.phrases and i + 1 < len(tokens) and (core == word or core == word.lstrip(PUNCT)):
        nxt = tokens[i + 1]
        if not nxt.isalpha():
            nxt = nxt.strip(PUNCT)
        if nxt.casefold() in c.phrases[key]:
            start = words.at(i) + word.find(core)
            return Cue(start, words.at(i + 1) + tokens[i + 1].find(nxt) + len(nxt), f"{core} {nxt}")
    if (
        key in c.words
        and core
        and not (i and tokens[i - 1].casefold() in vocabulary().not_before_cue)
        and not (key in c.noun_forms and _after_article(tokens, i))
        and not (key.endswith("ed") and _participle(tokens, i))
    ):
        start = words.at(i) + word.find(core)
        return Cue(start, start + len(core), core)
    return None


_PLACE_PREPOSITIONS = frozenset({"in", "on", "via", "from", "with", "through", "under"})


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})
"""Words before which a speech verb in -ed is an adjective: "in an emailed statement"."""


def _participle(tokens: list[str], i: int) -> bool:
    """Whether a speech verb in -ed at word ``i`` qualifies the noun before it after a
    preposition ("in a video posted to the town's website", "on a note written by"), or
    the noun after it after a determiner ("said in an emailed statement that"): a
    participle, whose noun says nothing. A verb right before the quote is no participle:
    "a man in the gallery shouted "shame on all of you"" (the quote is what he shouted)."""
    if i and tokens[i - 1].casefold() in _DETERMINERS:
        return True
    return (
        i >= 3
        and i + 1 < len(tokens)  # (the last word before the quote: its verb)
        and tokens[i - 1].isalpha()  # ("… involved in the work, cautioned": a clause's end)
        and tokens[i - 2].casefold() in ("a", "an", "the")
        and tokens[i - 3].casefold() in _PLACE_PREPOSITIONS
    )


def _after_article(tokens: list[str], i: int) -> bool:
    """Whether "a" or "an" stands among the three words before word ``i`` ("struck a more
    cautious note"), a possessive right before it ("the mayor's claims"), or a speech verb
    right before it, whose reported clause it opens ("The insurers said claims would be
    handled"): a noun that is also a speech verb, used as a noun."""
    if i and tokens[i - 1].endswith(("'s", "’s", "s'", "s’")):
        return True
    if i and tokens[i - 1].casefold() in cues().words:
        return True
    if not any(t in ("a", "an", "A", "An") for t in tokens[i - 3 if i > 3 else 0 : i]):
        return False
    return not _person_then_ing(tokens, i)


def _person_then_ing(tokens: list[str], i: int) -> bool:
    """Whether word ``i`` is a verb in -ing right after a person's noun: "an email from a
    safety manager warning that …", "a neighbour saying" (the person speaks; "a stern
    warning", "a safety warning" stay nouns)."""
    return (
        tokens[i].endswith("ing")
        and tokens[i - 1].isalpha()
        and vocabulary().personal(tokens[i - 1].casefold())
    )


def may_cue(token: str, forms: dict[str, str]) -> bool:
    """A cheap test before :func:`cue_at`: whether ``token`` is a printed form of a cue."""
    return token in forms or (
        (token[0] in PUNCT or token[-1] in PUNCT) and token.strip(PUNCT) in forms
    )


STOPS = frozenset(".!?…\"”’'")  # last characters of a word that may end a sentence


def ends_sentence(tokens: list[str], i: int) -> bool:
    """Whether word ``i`` ends a sentence (and a new one starts after it)."""
    word = tokens[i].rstrip("\"”’'")
    if not word or word[-1] not in ".!?…":
        return False
    core = word.rstrip(".!?…").strip(PUNCT).casefold()
    if word[-1] == "." and (
        core in vocabulary().abbreviations or len(core) == 1 or word[-3:-2] == "."
    ):
        return False  # "Mr.", "J.", initials: "S.B. Supriyadi told AFP"
    return i + 1 >= len(tokens) or not tokens[i + 1][0].islower()


def last_sentence_start(tokens: list[str]) -> int:
    """The index of the first word of the last sentence of ``tokens`` (0 when one sentence)."""
    for i in range(len(tokens) - 2, -1, -1):
        if tokens[i][-1] in STOPS and ends_sentence(tokens, i):  # cheap first: the last character
            return i + 1
    return 0
