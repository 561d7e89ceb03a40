"""Clues around an attribution: the small tests on the words near a quote that tell how
to read its speaker. Whether a name speaks as "it" (an organisation), whether the
sentence before opens with the same pronoun ("She credits …") or with "The latter",
whether a "they" is one named person, which organisation "a spokeswoman" speaks for, and
who called a thing by the quoted words. Each reads a bounded stretch of the text.
"""

from __future__ import annotations

from functools import cache

import regex

from newsparse._regex import lazy_compile
from newsparse.descriptions import PRONOUN_REACH, named_after, role_holder
from newsparse.names import (
    NAME_RUN_SRC,
    WHEN_WORDS,
    Vocabulary,
    is_org,
    name_run,
    name_words,
    parse_name,
    participle_opening,
    sentence_start_at,
    speaker_name,
    title_sex,
    vocabulary,
)
from newsparse.nearby import Nearby
from newsparse.referents import State
from newsparse.subjects import Attribution, sentence_starts, sentence_subject

__all__ = [
    "PAIR_OPENERS",
    "PRONOUN_OPENERS",
    "answer_label",
    "body_spoke",
    "namer",
    "opening_before",
    "org_body",
    "plural",
    "possessive_topic",
    "ranked",
    "relative_subject",
    "role_subject",
    "sentences_back",
    "singular_they",
    "speaks_as_it",
]


PRONOUN_OPENERS = {"f": ("She ", "She\u00a0"), "m": ("He ", "He\u00a0")}
_QUOTE_OPENERS = frozenset("\"“‘'«„")


# A description of one person set off after a name: ", a spokesperson for Instagram,"
_DESCRIBED_AFTER = lazy_compile(
    r"""
    ,[\ \u00a0](?:a|an|the)[\ \u00a0]       # ", a"
    (?:[\p{Ll}-]+[\ \u00a0]){0,2}?          # perhaps "senior", "press"
    (?P<head>[\p{Ll}-]+)                    # the noun: "spokesperson"
    (?=[\ \u00a0,])
    """,
    regex.VERBOSE,
)


def singular_they(
    text: str, window: tuple[int, int], att: Attribution, resolver: Nearby, state: State
) -> str | None:
    """The one person a "they" stands for: the speaker of reported speech just before, named
    after a description of one person ("a Trundle spokesperson, Alex Moreau, said …"); else
    None (a "they" is a group)."""
    hi = att.at
    quoted = resolver.quotes_in(window[0], hi)
    if quoted and quoted[-1][0] > window[0]:
        hi = quoted[-1][0]  # (the words before the quote: a verb inside it reports nothing)
    event = state.event(text, window[0], hi)
    if event is None:
        return None
    if event.kind == "descriptor":
        return named_after(text, event, resolver)
    if event.kind != "name":
        return None
    end = event.at + len(event.text)
    described = _DESCRIBED_AFTER.match(text, end, min(len(text), end + 60))
    if described is not None and vocabulary().personal(described.group("head").casefold()):
        # "Kym Lino, a spokesperson for Instagram, confirmed …": one person, described
        words, _title = parse_name(event.text, False)
        return " ".join(resolver.fullest(words, event.at)) if len(words) > 1 else None
    if text[event.at - 2 : event.at] != ", ":
        return None
    before = text[max(0, event.at - 40) : event.at - 2].rsplit(" ", 1)[-1]
    if not vocabulary().personal(before.casefold()):
        return None
    words, _title = parse_name(event.text, False)
    return " ".join(resolver.fullest(words, event.at)) if len(words) > 1 else None


def opening_before(text: str, lo: int, at: int, openers: tuple[str, ...]) -> int:
    """Where the sentence before a quote starts when it opens with one of ``openers`` ("She
    credits her lead … '…,' she says"; "The latter was blunt. '…,' she said"), else -1."""
    near = max(lo, at - PRONOUN_REACH)  # (a bounded read: linear however long the paragraph)
    for opener in openers:
        if text.find(opener, near, at) >= 0:
            break
    else:
        return -1  # (no such word opens a word: most paragraphs)
    start = last_sentence_at(text, lo, at, past_quotes=True)
    return start if start >= 0 and text.startswith(openers, start) else -1


def last_sentence_at(text: str, lo: int, end: int, *, past_quotes: bool = False) -> int:
    """Where the last sentence of ``text[lo:end]`` starts, read within `PRONOUN_REACH` of
    ``end`` (a bounded read: linear however long the paragraph); with ``past_quotes``, the
    last one that is no quote's own sentence; -1 when none is read."""
    near = max(lo, end - PRONOUN_REACH)
    starts = [lo] if near == lo else []
    starts += sentence_starts(text, near, end)
    if past_quotes:
        while starts and text[starts[-1] : starts[-1] + 1] in _QUOTE_OPENERS:
            starts.pop()  # (the sentences that are the quote itself)
    return starts[-1] if starts else -1


PRONOUN_FORMS = {"f": (" she ", " her "), "m": (" he ", " his ", " him ")}
"""The forms of a pronoun inside a sentence: what `named_with_pronoun` looks for."""


def named_with_pronoun(
    text: str, window: tuple[int, int], sex: str, resolver: Nearby
) -> str | None:
    """The person whose name opens the last sentence of ``window`` (the paragraph before a
    quote) when that sentence speaks of a "he" or "she" of ``sex``: "Jan Berg was asked
    whether he feared for his job." then '"…," he said' is Jan Berg, whoever spoke before.
    The name has two words at least and is no organisation's; its sex is not the other."""
    lo, hi = window
    at = last_sentence_at(text, lo, hi)
    if at < 0 or not text[at : at + 1].isupper():
        return None
    sentence = text[at:hi]
    if not any(form in sentence for form in PRONOUN_FORMS[sex]):
        return None
    m = name_run().match(text, at, hi)
    if m is None:
        return None
    start, end = m.span()
    if text[end : end + 2].rstrip()[-1:].islower():  # "Bike Auckland chairwoman Jane Roe":
        subject = sentence_subject(text, at, hi)  # the employer, the role, then the name
        if subject is not None and subject.kind == "name" and subject.at > start:
            start, end = subject.at, subject.at + len(subject.text)
    words = tuple(name_words(text[start:end]))
    printed, title = parse_name(text[start:end], True)
    if title and printed:  # "Mr. Kittredge, for his part, plans …": the name printed in full
        words = resolver.fullest(printed, start, title_sex(title), title)
    if len(words) < 2 or is_org(words) or words[0] in vocabulary().stopwords:
        return None
    if text[end : end + 1] not in (" ", ","):  # the name is the subject: a verb or commas next
        return None
    name = " ".join(words)
    if resolver.gender_of(name) not in (sex, None):
        return None
    return name


_PAIR = lazy_compile(
    rf"""
    (?P<first>{NAME_RUN_SRC})      # "Jade Tennant"
    \ and\                         # and
    (?P<second>{NAME_RUN_SRC})     # "Callum Pryce"
    """,
    regex.VERBOSE,
)


MAX_PAIR_WINDOWS = 3
"""How many paragraphs back `pair_before` looks for two people named together."""
PAIR_REACH = 2000
"""How many characters of each paragraph, before the quote, `pair_before` reads."""


def pair_before(
    text: str, windows: list[tuple[int, int]], at: int, resolver: Nearby
) -> str | None:
    """The two people last named together before ``at``, for "the pair", "the couple"
    (`pair_nouns`): "Jade Tennant and Callum Pryce have announced their split." then "'…,'
    the pair said" is "Jade Tennant and Callum Pryce"; each a person's name of two words
    at least, or a given name alone before the other's ("Chiamaka and Daniel Okafor")."""
    given = vocabulary().given_any
    for lo, hi in windows[:MAX_PAIR_WINDOWS]:
        found = None
        end = min(hi, at)
        for m in _PAIR.finditer(text, max(lo, end - PAIR_REACH), end):  # (bounded: linear)
            first, second = name_words(m.group("first")), name_words(m.group("second"))
            if len(second) < 2 or second[0] not in given or is_org(tuple(second)):
                continue
            if first and first[0] in given and not is_org(tuple(first)):
                found = f"{' '.join(first)} and {' '.join(second)}"
        if found is not None:
            return found
    return None


# the person interviewed, as the subject: "Whitcombe spoke with THR about the finale.",
# "Peggy Johnson, CEO of Agility Robotics, spoke with The Robot Report about …"
_SPOKE_WITH = lazy_compile(
    rf"""
    (?P<name>{NAME_RUN_SRC})                          # "Whitcombe"
    (?:,\ [^,.;:"“”\n]{{1,80}},)?                    # perhaps who it is: ", CEO of Agility,"
    \ (?:spoke|talked|sat\ down)\ (?:to|with)\           # "spoke with THR", "… with us"
    (?:(?:the\ )?\p{{Lu}}|us\b|me\b)
    """,
    regex.VERBOSE,
)

_INTERVIEWED = lazy_compile(
    rf"""
    \b(?:asked|spoke\ (?:to|with)|talked\ (?:to|with)|interviewed|sat\ down\ with
       |caught\ up\ with|put\ (?:the|these|our)\ questions\ to)
    \ (?:(?!(?:about|for|the|a|an|whether|what|why|how)\b)\p{{Ll}}[\p{{L}}-]*\ ){{0,3}}  # a role
    (?P<name>{NAME_RUN_SRC})                           # "asked (union president) Kevin Szabo"
    (?=,|\ about\b|\ for\b|\.|\ (?:what|whether|why|how|if)\b)  # then a role, the topic,
                                                     # the question, or the end
    """,
    regex.VERBOSE,
)


# the same, passive: "Dr. Miriam Castellanos was asked why the outbreak spread"
_WAS_ASKED = lazy_compile(
    rf"""
    (?P<name>{NAME_RUN_SRC})                           # "Dr. Miriam Castellanos"
    (?:,[^,\n]{{1,80}},)?                               # perhaps ", a paediatrician,"
    [\ \n](?:was|were)[\ \n](?:also[\ \n])?asked\b     # "was asked" (perhaps wrapped)
    """,
    regex.VERBOSE,
)


INTERVIEW_REACH = 2000
"""How many characters of a paragraph `interviewee` reads for whom the outlet asked."""


def interviewee(text: str, window: tuple[int, int]) -> str | None:
    """The person a paragraph says the outlet put its questions to, whose answers the quote
    paragraphs under it are: "The National asked Abdulmohsen Kalbat, chief executive of the
    Rail Agency, about the timeline.", "We talked to Vance about grief"; or one said to
    have been asked ("Castellanos was asked why …") or to have spoken with the outlet
    ("Whitcombe spoke with THR about the finale."); no organisation, no "We"; else None."""
    lo, hi = window
    hi = min(hi, lo + INTERVIEW_REACH)
    stopwords = vocabulary().stopwords
    for pattern in (_INTERVIEWED, _WAS_ASKED, _SPOKE_WITH):
        m = pattern.search(text, lo, hi)
        if m is not None:
            words = tuple(name_words(m.group("name")))
            if words and words[0] not in stopwords and not is_org(words):
                return " ".join(words)  # ("We talked to Vance": Vance, not "We")
    return None


# a paragraph that names who said the quote paragraph above it: "That was the plea from
# Thandiwe Ngcobo, 61, …", "Those were the words of Jane Roe", "So said Jane Roe", or signs
# it: "— Ana Silva, Bloomberg Intelligence analyst"
_THAT_WAS = lazy_compile(
    rf"""
    (?:
        (?:That|Those|Such)\ (?:was|were|is|are)\ (?:the\ )?   # "That was the
        (?:[\p{{Ll}}-]+\ ){{1,3}}(?:of|from|by)                  # plea from"
      | So\ (?:said|says)                                    # "So said"
    )
    \ (?:\p{{Ll}}+\ ){{0,3}}                                   # perhaps "local resident"
    (?P<name>{NAME_RUN_SRC})
  | [—–]\ ?(?P<name>{NAME_RUN_SRC})(?=,|\s*\Z|\s*\n)        # a signature: "— Ana Silva,
                                                          # Bloomberg Intelligence analyst"
    """,
    regex.VERBOSE,
)


def named_below(text: str, window: tuple[int, int], resolver: Nearby) -> str | None:
    """The person a paragraph opens by naming as the speaker of the quote paragraph above it
    ("That was the plea from Thandiwe Ngcobo, 61, who …", "So said Jane Roe"), by the
    fullest name the article gives; else None."""
    lo, hi = window
    m = _THAT_WAS.match(text, lo, min(hi, lo + 160))
    if m is None:
        return None
    words, _title = parse_name(m.group("name"), False)
    if len(words) < 2 or is_org(words):
        return None
    return " ".join(resolver.fullest(words, m.start("name")))

def lone_subject(
    text: str, window: tuple[int, int], at: int, sex: str, resolver: Nearby
) -> str | None:
    """A person known by one name who is the subject of a sentence before ``at`` (a "he"
    or "she") in its paragraph: "Casemiro was booked in the first half. '…,' he said",
    "Leader of opposition Atishi accused the government … she wrote"; a capitalised word
    that no vocabulary makes a place, a body, a month or a sentence's opener, that the text
    never prints in lower case, outside quotes, before a verb in lower case, with no fuller
    form in the text and no sex that is not the pronoun's."""
    lo, _hi = window
    v = vocabulary()
    # (the paragraph's first sentence is read whole; else from the first start in reach)
    for start, end in sentences_back(text, lo, at, whole=True):
        if text[start : start + 1] in _QUOTE_OPENERS:
            continue  # (the quote's own sentence)
        subject = sentence_subject(text, start, max(start, end - 1))
        if subject is None or subject.kind != "name" or " " in subject.text:
            continue
        word = subject.text
        after = subject.at + len(word)
        if (
            not word.isalpha()
            or word.isupper()
            or resolver.is_quoted(subject.at)
            or not text[after + 1 : after + 2].islower()  # ("Casemiro was booked")
            or resolver.printed_lower(word)  # a common word: "Nothing", "Five", "Getting"
            or word in v.stopwords
            or word.casefold() in v.titles  # ("Leader of opposition Atishi": a title)
            or _modifies_role(text, after)  # ("Opposition leader in the Council, …")
            or participle_opening(text, subject.at, word)  # ("Posting on X, he said:")
            or word.casefold() in v.role_nouns
            or plural(word.casefold())  # ("Officials were tight-lipped")
            or word in v.months
            or word in v.demonyms
            or word.casefold() in v.place_words
            or is_org((word,))
            or len(resolver.fullest((word,), subject.at)) > 1
            or resolver.gender_of(word) not in (sex, None)
        ):
            return None
        return word
    return None


def _modifies_role(text: str, after: int) -> bool:
    """Whether the word after a capitalised word ending at ``after`` is a title or a role,
    which the capitalised word qualifies, no name: "Opposition leader in the Council, Anitha
    Kumaraswamy, accused …", "Senior counsel Ravi Menon"."""
    word = text[after + 1 : after + 30].split(None, 1)[:1]
    return bool(word) and vocabulary().personal(word[0].rstrip(",.;:").casefold())


def role_opening(
    text: str,
    window: tuple[int, int],
    at: int,
    sex: str,
    resolver: Nearby,
    *,
    wide: list[tuple[int, int]],
) -> str | None:
    """The person a role names when the sentence before the quote that ``at`` (a pronoun)
    follows, in its paragraph, opens with "The" and that role: "The CEO struck a more
    cautious note on timing. '…,' she said" is the person printed with "CEO" before
    ("CEO Teresa Maldonado-Okoye"), when that person's sex is not the other; else None."""
    lo = window[0]
    near = max(lo, at - PRONOUN_REACH)
    if text.find("The ", near, at) < 0:
        return None  # (most paragraphs before a pronoun: no "The" to open a sentence)
    quoted = resolver.quotes_in(lo, at)
    if not quoted or quoted[-1][0] <= lo:
        return None
    end = quoted[-1][0]  # the quote's opening mark: the sentence before it ends there
    start = last_sentence_at(text, lo, end, past_quotes=True)
    if start < 0 or not text.startswith("The ", start):
        return None
    word = text[start + 4 : end].split(" ", 1)[0]
    head = word.casefold()
    if not word[:1].isalpha() or not vocabulary().personal(head):
        return None
    holder = role_holder(text, head, wide, start, resolver)
    if holder is None or resolver.gender_of(holder) not in (sex, None):
        return None
    return holder


_ROLE_SUBJECT_SRC = r"""
    (?:(?:The|Her|His|Their|My|Our)\ (?:\p{Ll}+['’]s\ )?  # "The", "My", perhaps whose: "The ship's"
      |(?P<owner>\p{Lu}\p{Ll}[\p{L}-]*['’]s\ ))   # or a person's (`relative_subject`)
    KIND                                   # (`_KIND_ROLE_SUBJECT`: "café" of "café owner")
    (?P<noun>\p{Ll}[\p{Ll}-]+)            # the role: "captain", "owner", "neighbour"
    (?:,\ (?P<appos>an?\ [\p{Ll}\ -]{3,40}?)     # perhaps what the role is: ", a café owner
      (?:,|\ (?:who|whose|whom)\ [^,.]{1,80},)    # who did not want to be named,"
    |,\ (?:who|whose)\ [^,.]{1,80},)?              # or a clause: "His son, who drove in,"
    \ (?!said|says|told|added)\p{Ll}       # then its verb, no speech verb ("had", "was")
    """
_ROLE_OPENERS = ("The ", "Her ", "His ", "Their ", "My ", "Our ")  # what `_ROLE_SUBJECT` opens
_ROLE_SUBJECT = lazy_compile(_ROLE_SUBJECT_SRC.replace("KIND", ""), regex.VERBOSE)
_KIND_ROLE_SUBJECT = lazy_compile(  # a word of the role's kind first: "The café owner was"
    _ROLE_SUBJECT_SRC.replace("KIND", r"\p{Ll}[\p{Ll}-]+\ "), regex.VERBOSE
)


def role_subject(
    text: str,
    window: tuple[int, int],
    at: int,
    sex: str,
    resolver: Nearby,
    *,
    wide: list[tuple[int, int]],
) -> str | None:
    """A person by role who opens the sentence before a pronoun's, in its paragraph (where
    `role_opening` reads the sentence before a quote that the pronoun follows): "The
    manager was furious. He said: '…'" is the person printed with that role before
    (`role_holder`: "manager Jo Li"), else the role as printed: "The ship’s captain had
    the final say on everything. One night he came down to the car deck and said, '…'" ->
    "the ship’s captain"; a word of its kind may go before the role ("The café owner was
    …") and a description after it in commas, which is then what the text calls the
    person ("Her neighbour, a café owner who did not want to be named, was less
    philosophical. '…,' he said" -> "a café owner"); a relative after "His" or "Her" too
    ("His son, who drove in overnight, was less calm. '…,' he said" -> "his son"), and
    after "My" or "Our" in a first-person answer ("My publicist rang at seven. She said,
    '…'" -> "my publicist"); not
    when the noun's sex (`person_nouns`) or the holder's is the other. The sentences after
    the role's may be the pronoun's or its quote's; else None."""
    lo = max(window[0], at - PRONOUN_REACH)
    if all(text.find(opener, lo, at) < 0 for opener in _ROLE_OPENERS):
        return None  # (cheap first: most paragraphs)
    v = vocabulary()
    opens = sentence_start_at(text, at)  # "He said: …" (else "One night he came …")
    for start, stop in sentences_back(text, lo, at)[:3]:
        if (
            (stop == at and not opens)
            or text[start : start + 1] in _QUOTE_OPENERS
            or resolver.is_quoted(start)
        ):
            continue  # (the pronoun's own sentence, or its quote's)
        m = _ROLE_SUBJECT.match(text, start, stop)
        if m is not None and not _role_or_kin(m, text[start]):
            m = _KIND_ROLE_SUBJECT.match(text, start, stop)  # "The café owner was"
        if m is None or not _role_or_kin(m, text[start]):
            return None
        noun = m.group("noun")
        if v.person_nouns.get(noun, sex) != sex:
            return None
        if m.group("appos"):  # "Her neighbour, a café owner who …, was": what the text
            return m.group("appos")  # calls the person
        holder = role_holder(text, noun, wide, start, resolver)
        if holder is not None:
            return holder if resolver.gender_of(holder) in (sex, None) else None
        return text[start].lower() + text[start + 1 : m.end("noun")]
    return None

def _role_or_kin(m: regex.Match[str], first: str) -> bool:
    """Whether a `_ROLE_SUBJECT` match names a role ("The manager"), or a relative after a
    possessive ("His son", "Her daughter": whose relative, no one in a role)."""
    noun = m.group("noun")
    v = vocabulary()
    if m.group("owner"):
        return False  # (a relative of someone named: `relative_subject`)
    return noun in v.role_nouns or (first in "HMO" and noun in v.kin_nouns)


def relative_subject(text: str, window: tuple[int, int], at: int, sex: str) -> str | None:
    """A relative of someone named, of the pronoun's sex, who opens the sentence right
    before the pronoun's, in its paragraph, as printed: "Solvang's daughter was unimpressed
    by the plan. She said, '…'" -> "Solvang's daughter" (not Solvang, whom a possessive
    names), and a person of theirs by role (`_owned_role`: "Feld's lawyer"); else None."""
    lo = max(window[0], at - PRONOUN_REACH)
    if text.find("'s ", lo, at) < 0 and text.find("’s ", lo, at) < 0:
        return None  # (cheap first: no possessive)
    for start, stop in sentences_back(text, lo, at)[:2]:
        if stop == at and not sentence_start_at(text, at):
            continue  # (the pronoun's own sentence)
        if stop == at and text[start : start + 1] in _QUOTE_OPENERS:
            continue  # (its quote's: "'My client followed every protocol,' she said")
        m = _ROLE_SUBJECT.match(text, start, stop)
        if m is None or not m.group("owner"):
            return None
        noun = m.group("noun")
        v = vocabulary()
        if v.person_nouns.get(noun, sex) != sex:
            return None
        if noun in v.kin_nouns or _owned_role(text, noun, m.end("noun")):
            return text[start : m.end("noun")]
        return None
    return None


def _owned_role(text: str, noun: str, end: int) -> bool:
    """Whether ``noun``, after a possessive name and ending at ``end``, is a person of
    theirs by role, as a relative is: "Feld's lawyer called the review unfair. '…,' she
    said" is Feld's lawyer; not a voice ("Tesla's spokeswoman", the body's: `_voice_opening`)
    nor the first word of a longer role ("Apple's chief executive")."""
    v = vocabulary()
    if noun not in v.role_nouns or noun in v.voice_nouns or noun in v.body_role_nouns:
        return False
    after = text[end + 1 : end + 30].split(" ", 1)[0].rstrip(",.;:")
    return not v.personal(after.casefold())


# A paragraph that opens with a person's possessive: "Feld’s original study had"
_POSSESSIVE_OPENING = lazy_compile(
    r"""
    (?P<owner>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)   # the surname: "Feld", "Okafor-Reyes"
    ['’]s[\ \u00a0]                           # "’s "
    (?P<words>(?:\p{Ll}[\p{Ll}-]*[\ \u00a0]){1,3})  # what of theirs: "original study had "
    """,
    regex.VERBOSE,
)


def possessive_topic(text: str, window: tuple[int, int], whose: str) -> bool:
    """Whether the paragraph ``window`` opens with the possessive of ``whose`` (a person a
    pronoun may stand for), followed by a thing, not a person of theirs: "Feld’s original
    study had 48 participants. She still remembers … '…,' she said" is about Feld, the
    paragraph's topic (but "Feld’s lawyer said …" is the lawyer's)."""
    m = _POSSESSIVE_OPENING.match(text, window[0], min(window[1], window[0] + 80))
    if m is None or whose.rsplit(" ", 1)[-1] != m.group("owner"):
        return False
    v = vocabulary()
    return not any(
        v.personal(w) or v.personal(w.removesuffix("s")) for w in m.group("words").split()
    )


def sentences_back(
    text: str, lo: int, end: int, *, whole: bool = False
) -> list[tuple[int, int]]:
    """The (start, stop) of each sentence in ``text[lo:end]``, the latest first, read over
    at most `PRONOUN_REACH` characters before ``end`` (bounded: linear on any paragraph);
    with ``whole``, the first sentence only when the reach takes in all of it (from
    ``lo``), not the tail of one that the reach cuts."""
    near = max(lo, end - PRONOUN_REACH)
    if whole:
        starts = [s for s in sentence_starts(text, near, end) if s < end]
        if near == lo:
            starts.insert(0, lo)
    else:
        starts = [s for s in [near, *sentence_starts(text, near, end)] if s < end]
    if not starts:
        return []  # (lo at or past end: no sentence)
    return list(zip(starts, [*starts[1:], end], strict=True))[::-1]



# A group that opens a sentence: "Two players spoke …", "Visitors shared …"
_GROUP_OPENING = lazy_compile(
    r"""
    (?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]he)\ )?
    (?P<group>\p{L}[\p{Ll}-]{2,}s)\b                  # "players", "Visitors"
    """,
    regex.VERBOSE,
)


def _people(plural: str) -> bool:
    """Whether a plural names people ("players", "visitors", "residents"): a group noun, or
    the plural of a role, a person or a source noun."""
    v = vocabulary()
    one = plural[:-1]
    return plural in v.group_nouns or any(
        one in nouns for nouns in (v.role_nouns, v.person_nouns, v.source_nouns)
    )


def one_of(text: str, windows: list[tuple[int, int]], at: int) -> str | None:
    """Whom "One" speaking stands for ("One said: …"): one of the group that opens the
    sentence before it, in its paragraph or the one before ("Two players spoke to the BBC
    on condition of anonymity." -> "one of the players"); else None (no one named)."""
    for lo, hi in windows[:2]:
        end = min(hi, at)
        start = last_sentence_at(text, lo, end)  # (only the sentence right before)
        m = _GROUP_OPENING.match(text, start, end) if 0 <= start < at else None
        if m is not None and _people(m.group("group").casefold()):
            return f"one of the {m.group('group').casefold()}"
    return None


# A counted group of people: "Two former employees", "three residents", "Both officials"
_COUNTED_GROUP = lazy_compile(
    r"""
    (?<![\p{L}\p{M}'’-])
    (?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Bb]oth)\   # how many: "Two"
    (?P<kind>(?:\p{Ll}[\p{Ll}-]*+\ ){0,2}?)                 # perhaps what kind: "former "
    (?P<group>\p{Ll}[\p{Ll}-]{2,}s)\b                      # people: "employees"
    """,
    regex.VERBOSE,
)

PARTITIVES = frozenset({"one of them", "one of the two", "one of those", "one of the pair"})
"""Who speaks as one of a group just counted: "'…,' one of them said" (case-folded)."""


def one_of_group(text: str, windows: list[tuple[int, int]], at: int) -> str | None:
    """Whom "one of them" stands for: one of the people last counted before ``at``, in its
    paragraph or the one before (each read within `PRONOUN_REACH`): "Two former employees
    spoke on the condition of anonymity. '…,' one of them said" is "one former employee"
    (so that "the other" is "another former employee"); else None."""
    for lo, hi in windows[:2]:
        end = min(hi, at)
        found = None
        for m in _COUNTED_GROUP.finditer(text, max(lo, end - PRONOUN_REACH), end):
            if _people(m.group("group")):
                found = m
        if found is not None:
            group = found.group("group")
            one = group[:-3] + "y" if group.endswith("ies") else group[:-1]
            return f"one {found.group('kind')}{one}"
    return None


def qa_label(text: str, window: tuple[int, int]) -> str | None:
    """The speaker's label that opens an interview's paragraph ("Harriet Okafor-Lane: I
    tried not to."): whom an "I" in it stands for; else None."""
    words = answer_label(text, window)
    return " ".join(words) if len(words) > 1 else None


def answer_label(text: str, window: tuple[int, int]) -> tuple[str, ...]:
    """The name of the label that opens an interview's paragraph, of any length
    ("Johnson: We've completed …", "Harriet Okafor-Lane: I tried"), in bold or not
    ("**Ruth Oyelaran:** A trunk."), no organisation's; else ()."""
    m = _label(text, window)
    if m is None:
        return ()
    words = tuple(name_words(m.group()))
    return () if is_org(words) else words


EMPHASIS = "*_"
"""Markdown's marks of bold and italics, around an interview's label or question as an
extractor gives them: "**Ruth Oyelaran:** A trunk.", "**How did you know what it was?**"."""

MAX_EMPHASIS = 3
"""How many emphasis marks may stand together ("***", bold and italics)."""


def past_emphasis(text: str, at: int, hi: int) -> int:
    """Where the words start past the (at most `MAX_EMPHASIS`) emphasis marks at ``at``."""
    stop = min(hi, at + MAX_EMPHASIS)
    while at < stop and text[at] in EMPHASIS:
        at += 1
    return at


def _label(text: str, window: tuple[int, int]) -> regex.Match[str] | None:
    """The name of a speaker's label that opens the paragraph ``window``, then a colon, in
    or out of emphasis marks ("Johnson: ", "**Johnson:** ", "**Johnson**: "); else None."""
    lo, hi = window
    lo = past_emphasis(text, lo, hi)
    m = name_run().match(text, lo, min(hi, lo + 80))
    if m is None:
        return None
    colon = past_emphasis(text, m.end(), hi)
    words = past_emphasis(text, colon + 1, hi)
    return m if text[colon : colon + 1] == ":" and text[words : words + 1] == " " else None


def after_label(text: str, window: tuple[int, int]) -> int:
    """Where a paragraph's own words start, past emphasis marks and a speaker's label
    ("**Dana Whitcomb:** You've called this …" -> at "You've")."""
    lo, hi = window
    m = _label(text, window)
    if m is not None:
        lo = past_emphasis(text, past_emphasis(text, m.end(), hi) + 1, hi) + 1
    return past_emphasis(text, lo, hi)


PAIR_OPENERS = ("The former ", "The latter ")


def speaks_as_it(text: str, att: Attribution) -> bool:
    """Whether the speaker is printed right before its speech verb and "it" or "its", perhaps
    with a "which" clause between: "Cardiff Bus, which is owned by the council, said it had
    made an offer" is an organisation's speech, whatever its name's words."""
    if att.cue is None:
        return False
    if _its_opening(text, att.at):  # "In its annual filing, Halvorsen warned that …"
        return True
    verb = " " + att.cue + " "
    at = att.at + len(att.text)
    if text.startswith(", which ", at):  # (a clause about an organisation, not a person)
        at = text.find("," + verb, at, at + 160)
        if at < 0 or text.find(". ", att.at, at) >= 0:
            return False
        at += 1
    if not text.startswith(verb, at):
        return False
    return text.startswith(("it ", "its ", "that it ", "that its "), at + len(verb))


# A phrase with "its" that opens a sentence before its subject: "In its annual filing, "
_ITS_OPENING = lazy_compile(
    r"""(?:In|Under|Through|With|From|On|By|After)\ its\  # "In its", "Under its"
    [^,.;:!?"“”\n]{1,60},\ \Z                          # "annual filing, ", then the subject
    """,
    regex.VERBOSE,
)


def _its_opening(text: str, at: int) -> bool:
    """Whether the sentence of the subject at ``at`` opens with a phrase of "its" set off by
    a comma: "In its annual filing, Halvorsen warned …" ("its" is the subject's: an
    organisation's speech, whatever its name's words)."""
    start = at
    while start > 0 and text[start - 1] in " \t\u00a0":
        start -= 1
    if text[start - 1 : start] != ",":
        return False  # cheap first: no phrase set off by a comma right before
    near = max(0, at - 80)
    opened = last_sentence_at(text, max(near, text.rfind("\n", near, at) + 1), at)
    return opened >= 0 and _ITS_OPENING.match(text, opened, at) is not None


def org_body(text: str, subject: Attribution, v: Vocabulary) -> str | None:
    """A name followed by at most three words in lower case that end in an organisation's
    noun, as printed: "The Maharashtra home department" for the name "Maharashtra"; else
    None."""
    end = subject.at + len(subject.text)
    words = text[end : end + 60].split(" ", 4)[1:4]  # (the words after the name's space)
    for k, word in enumerate(words):
        if not word.isalpha() or not word.islower() or word == subject.cue:
            return None  # (the nouns stand before the verb: "the HSE said the hospital …")
        if word in v.org_nouns:
            return text[subject.at : end] + " " + " ".join(words[: k + 1])
    return None


def body_spoke(
    text: str, att: Attribution, window: tuple[int, int], resolver: Nearby, state: State
) -> str | None:
    """The organisation whose reported speech comes last before ``att`` in its paragraph
    ("Queensland Health said the hospital remained open."): a name with no title, no given
    name and no one quoted by it; else None."""
    lo, hi = window
    event = state.event(text, lo, min(hi, att.at))
    if event is None or event.kind != "name" or resolver.is_quoted(event.at):
        return None
    words, title = parse_name(event.text, sentence_start_at(text, event.at))
    if not words or title or words[0] in vocabulary().given_any:
        return None
    key = " ".join(resolver.fullest(words, event.at))
    if key in state.people:
        return None
    if len(words) > 1 or is_org(words) or (" " in key and words[0].isupper()):
        return key  # (a short form spelled out: "NRW" is Natural Resources Wales)
    # one word that is nobody's surname, here or after a given name: a company ("Ryanair
    # said … and apologised.", then "a spokesperson said")
    lone = " " not in key and key not in resolver.known_last and not resolver.is_surname(key)
    return key if lone else None


def plural(noun: str) -> bool:
    """Whether a noun in lower case reads as a plural: "residents", but not "actress",
    "boss" or "witness"."""
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def ranked(words: list[str]) -> bool:
    """A description by a ranking: "the former British No 1", "the world number two"."""
    return (
        len(words) > 2
        and words[-2] in ("No", "No.", "number", "Number")
        and (words[-1].isdigit() or words[-1] in ("one", "two", "three"))
    )


_NAMER = lazy_compile(
    rf"""
    (?:(?<=\bthe\ )|(?<=\bThe\ ))?               # ("the Air Force")
    (?:
        (?P<person>{NAME_RUN_SRC})\ (?:of|at|from)\ (?:the\ )?  # a person of a body: "Lise
        (?P<body>(?:{NAME_RUN_SRC}\ (?:of|for|and|on)\ (?:the\ )?){{0,2}}  # Berg of the
            (?P<tail>{NAME_RUN_SRC}))                                   # University of Szeged"
      | (?P<name>{NAME_RUN_SRC})                   # or a name,
    )
    (?P<appos>,\ (?:a|an|the)\ [^,"“”«»„.!?;:]{{1,60}})?  # perhaps what it is, in commas
    ,?\ (?:has\ |had\ )?                           # then
    (?:called|described|dubbed|labell?ed|branded|termed)\   # a verb that names a thing,
    [^"“”«»„.!?;:]{{1,80}}                          # what it named,
    \Z                                             # up to the quote
    """,
    regex.VERBOSE,
)


_GROUP_NAMER = lazy_compile(
    r"""
    (?<![\p{L}\p{M}])(?P<group>\p{Ll}+s)         # a plural in lower case: "activists",
    \ (?:have\ |had\ )?                            # then
    (?:called|described|dubbed|labell?ed|branded|termed)  # a verb that names a thing,
    (?:\ [^"“”«»„.!?;:]{1,80})?                     # perhaps what it named,
    [\ ,:]*\Z                                       # up to the quote
    """,
    regex.VERBOSE,
)


_OWNED_NAMER = lazy_compile(
    r"""
    (?<![\p{L}\p{M}\d'’-])
    (?P<desc>
        (?:[Tt]he\ )?(?:\p{Lu}[\p{L}\p{M}.-]*\ ){0,2}\p{Lu}[\p{L}\p{M}.-]*['’]s  # whose:
                                                                # "Variety's", "the Guardian's",
      | [Tt]he\ \p{Ll}+['’]s                                      # "the paper's"
    )
    (?P<role>(?:\ \p{Ll}[\p{Ll}-]*){1,3})                         # a role: "critic", "film critic"
    \ (?:has\ |had\ )?
    (?:called|described|dubbed|labell?ed|branded|termed)\          # a verb that names a thing,
    [^"“”«»„.!?;:]{1,80}                                           # what it named,
    \Z                                                            # up to the quote
    """,
    regex.VERBOSE,
)


def namer(text: str, lo: int, at: int, resolver: Nearby) -> str | None:
    """Who named a thing with the quote's words, in the clause right before it: "… after
    the Air Force called the project "a threat"" (a person or an organisation), "a
    decision that activists called "a victory …"" (a group, as printed), "Variety's critic
    called it "…"" (someone's role, as printed)."""
    start = max(lo, at - 160)  # (a bounded window: linear)
    if not any(text.find(verb, start, at) >= 0 for verb in _NAMING_VERBS):
        return None
    group = _GROUP_NAMER.search(text, start, at)
    if group is not None:
        v = vocabulary()
        word = group.group("group")
        if word in v.group_nouns or word in v.bare_nouns:
            return word
    owned = _OWNED_NAMER.search(text, start, at)
    if owned is not None and not resolver.is_quoted(owned.start()):
        role = owned.group("role")
        if role.rsplit(None, 1)[-1] in vocabulary().role_nouns:  # "Variety's critic called it
            return owned.group("desc") + role  # "…"": the critic, as printed
    m = _NAMER.search(text, start, at)
    if m is None or resolver.is_quoted(m.start("name")):
        return None
    named = "name" if m.group("name") else "tail"
    closed = m.end("appos") if m.group("appos") else m.end(named)
    if named == "name" and text.startswith(",", closed):
        # "Darnell Fisk, who speaks for the advocacy group Free Transit Ottawa, called the
        # vote "…"": the name ends a relative clause, closed by its comma; who called it
        # is the name the clause is about
        head = _WHO_HEAD.search(text, start, m.start("name"))
        if head is not None:
            words, _title = speaker_name(head.group("name"), False)
            if words:
                return " ".join(resolver.fullest(words, head.start("name")))
    if named == "name" and m.group("name").casefold() in WHEN_WORDS:
        # "Headliner Rosa Kline, who was set to close the festival Sunday, called it "…"":
        # a time ends the clause; who called it is the name before ", who"
        head = _WHO_HEAD.search(text, start, m.start("name"))
        if head is None:
            return None
        words, _title = speaker_name(head.group("name"), False)
        return " ".join(resolver.fullest(words, head.start("name"))) if words else None
    if named == "tail" and is_org(tuple(m.group("body").split())):
        named = "person"  # "Lise Berg of Aarhus University called it "…"": the person, whose
        # employer the organisation is (else the last name, as before: "… of Szeged")
    words, _title = parse_name(m.group(named), sentence_start_at(text, m.start(named)))
    full = resolver.fullest(words, m.start(named)) if words else ()
    if m.group("appos") and len(full) < 2 and not is_org(full):
        return None  # ("In March, the council called it": a time, then the subject)
    return " ".join(full) if full else None


# A name, then a relative clause that runs to the end of the window: "Rosa Kline, who was
# set to close the festival"
_WHO_HEAD = lazy_compile(
    rf"""
    (?P<name>{NAME_RUN_SRC}),\ (?:who|whose)\ [^,"“”«»„.!?;:]{{1,100}}\Z
    """,
    regex.VERBOSE,
)

_NAMING_VERBS = (" called", " described", " dubbed", " label", " branded", " termed")


@cache
def _voice_for_re() -> regex.Pattern[str]:
    """An unnamed voice of a named organisation, as a whole speaker: "A spokesman for
    Fairmont Homes", "an official at the Treasury", "A Defra spokesperson"."""
    voices = "|".join(sorted(vocabulary().voice_nouns, key=len, reverse=True))
    return regex.compile(
        rf"""
        (?:[Aa]n?|[Oo]ne|[Tt]he)\ (?:
            (?:[\p{{Ll}}-]+\ ){{0,2}}(?:{voices})\ (?:for|at|from|of|with)\ (?:the\ )?
            (?P<after>\p{{Lu}}.*)                       # "… for Fairmont Homes"
          | (?P<before>\p{{Lu}}.*?)\ (?:{voices})        # "A Defra spokesperson"
        )
        """,
        regex.VERBOSE,
    )


def voice_for(speaker: str | None, noun: str) -> str | None:
    """The organisation an unnamed voice speaks for, when ``speaker`` (a resolved speaker
    as printed) is one and the organisation may be called ``noun`` ("firm"): "A spokesman
    for Fairmont Homes" -> "Fairmont Homes"; but "a spokesperson for the National Security
    Council" is no "bank". Else None."""
    if not speaker or speaker[:1] not in "AaOoTt" or " " not in speaker:
        return None  # (a cheap test: a voice opens with an article)
    m = _voice_for_re().fullmatch(speaker)
    if m is None:
        return None
    body: str = m.group("after") or m.group("before")
    return body if vocabulary().may_stand_for(noun, body.rsplit(None, 1)[-1].casefold()) else None
