"""The patterns that read a speech verb's subject: backwards from the verb ("Smith said",
"a spokesperson for the council said"), on from it ("said the opposition leader"), at
the start of its sentence, before a possessive, and around an employer ("Jane Roe of
Harvard University said"). Each is built once, on first use, from the vocabulary files;
``newsparse.subjects`` reads their matches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from newsparse.cues import cues
from newsparse.names import GLUED_ARTICLE_SRC, NAME_RUN_SRC, NAME_RUN_SRC_BACK, vocabulary

__all__ = [
    "ANONYMOUS_SRC",
    "Matches",
    "body_voice_re",
    "desc_before_re",
    "employer_run_re",
    "person_of_re",
    "possessor_re",
    "sentence_subject_re",
    "subject_after_re",
    "subject_before_re",
    "subject_match",
    "writer_re",
]


_POSS_NAME = (
    r"(?:\p{Lu}[\p{L}\p{M}.-]*\ ){0,3}\p{Lu}[\p{L}\p{M}.-]*['’]s?"  # "Swift's", "the study's"
)

_ADVERBS = r"""(?:also|later|then|once|previously|recently|further|again|simply|has|had|have
    |would|will|had\ previously|has\ since|later\ told|subsequently|once\ again|then\ told
    |just|always|often|never|sometimes|would\ just|would\ always)"""  # "She'd just say, …"
_DET = r"""(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther
    |[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)"""
_NOT_WORD = r"""(?!(?:the|a|an|and|but|or|in|on|at|is|was|are|were|has|have|had|will|would
    |said|says|according|to)\ )"""
_AMPERSAND = r"&(?=\ \p{Lu})"  # a word of a name too: "A Harbor & Pine spokesperson"
_WORD = rf"{_NOT_WORD}(?:[\p{{L}}\d'’-]+|{_AMPERSAND})"
# In the backward pattern every word stands right after a space, so it can only match whole:
# a possessive quantifier spares the engine trying each shorter tail of the word (3x faster).
_WORD_BACK = rf"{_NOT_WORD}(?:[\p{{L}}\d'’-]++|{_AMPERSAND})"
_SHORT_FORM = r"\(\p{Lu}[\p{Lu}\d&]{1,7}\)"  # a body's short form in brackets: "(WHU)"

# what may follow a speaker's name in the same sentence: "wrote shop owner Jo Li in a post"
_CLAUSE = r"""\ (?:in|on|at|during|after|before|when|while|as|who|from|to|last|this|earlier)\b"""

_FUNCTION = r"""(?:on|in|at|to|for|of|from|with|by|about|after|before|during|and|or|but|the|a|an
    |that|who|which|as|last|this|said|says|told
    |am|im|um|vor|nach|seit|le|la|les|el|los|las)"""  # German, French, Spanish: "sagte X am Montag"


# how a source who stays unnamed is described: "who asked not to be named", "who spoke on
# condition of anonymity", "who declined to give her name"
_ANONYMOUS = r"""(?:asked|declined|spoke|requested|did\ not\ want|didn't\ want|wished
    |would\ not|wouldn't|refused)\b"""
ANONYMOUS_SRC = _ANONYMOUS  # (for the patterns of other modules)


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
def subject_before_re(
    anonymous: bool = True,
    apposition: bool = True,
    verbs: bool = True,
    possessive: bool = True,
) -> regex.Pattern[str]:
    """The subject of a speech verb, read backwards from the verb: the window must end here.

    Each flag left out drops a part that cannot match in some windows, and the pattern
    finds the same match there, sooner (see :func:`subject_match`): without ``anonymous``,
    the clause of an unnamed source ("who asked not to be named"; a window without
    " who "); without ``apposition``, the apposition (its group never takes part: a
    window without ", " and a comma after it); without ``verbs``, the apposition's test
    at each character for a speech verb inside it (a window without "said", "says" or
    "according"); without ``possessive``, the possessive description ("Swift's rep"; a
    window without an apostrophe)."""
    clause = rf"""who\ {_ANONYMOUS}[^"“”„«»,;:.\n]{{0,120}}?"""
    # (or set off by commas: ", who spoke on condition of anonymity because …, said")
    unnamed = rf"""(?:\ {clause}|,\ {clause},)?""" if anonymous else ""
    no_verb = r"(?!\b(?:said|says|according)\b)" if verbs else ""
    appos = (
        rf"""(?:,\ (?P<appos>(?:{no_verb}[^"“”„«»\n]){{1,140}}),)?"""  # the longest, no verb
        if apposition
        else r"(?:(?!)(?P<appos>))?"  # (the group, which never matches: numbers stay)
    )
    owned = (
        rf"""(?<!\b\p{{Ll}}+\ (?:on|in|at|of|for|from|with|to)\ )  # (not the object of
            # a noun: "A source at Romania's transport ministry" is a description, below;
            # but "the Department of Agriculture's Division of Water Resources", "A report by
            # Chile's copper commission": no description's preposition)
            (?<!\b\p{{Ll}}+\ (?:on|in|at|of|for|from|with|to)\ (?:the\ )?  # nor the tail of
                (?:\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*\ (?:of|and|for)\ ){{1,3}})   # such an object's
            # name: "A source familiar with the Secretary of State's planning" (not "State's
            # planning": a description, below)
            (?P<poss>                                # a possessive description:
                (?:[Tt]he\ \p{{Ll}}+['’]s|{_POSS_NAME}) # "Swift's", "the study's"
                \ (?:{_WORD_BACK}\ ){{0,3}}{_WORD_BACK}) # "rep", "authors", "planetary science
                                                     # division director"
        """
        if possessive
        else r"(?P<poss>(?!))"  # (the group, which never matches: numbers stay)
    )
    return regex.compile(
        rf"""(?r)                                   # matched backwards from the verb
        (?<![\p{{L}}\p{{M}}\d'’-])                  # at a word start
        (?:
            (?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)   # a pronoun,
            (?:['’](?:d|ll|ve|m|re))?                # perhaps contracted: "I'd say", "we've said"
          | {owned}
          | (?<!\b(?:[Oo]n|[Ii]n|[Aa]t|of|for|[Ff]rom|with|by|to|about)\ )  # not an object,
            (?<!\b(?:by|to|of|for|at|from|with|about)\ the\ )  # nor "seen by the BBC",
            # "told to the BBC", "a friend of the MP"
            (?<!\b(?:by|to|of|for|at|from|with|about)\ the\   # nor the tail of such a name:
                (?:\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*\ (?:(?:of|and|for)\ )?){{1,5}})  # "for the
            # National Cyber Security Centre said" (not "Cyber Security Centre")
            (?<!\b(?:[Oo]n|[Ii]n|[Aa]t)\ (?:\p{{Lu}}[\p{{L}}\p{{M}}'’-]*\ ){{1,2}})  # nor a place's
            # tail: "… Medicine in Northern Ireland said" (not "Ireland")
            (?:[Tt]he\ )?(?P<name>(?:{GLUED_ARTICLE_SRC})?{NAME_RUN_SRC_BACK})  # a name, "the
            # Kremlin", "al-Tayeb"
          | (?P<desc>{_DET}\                                # a description: "the company",
                (?:{_SHORT_FORM}\ |(?:{_WORD_BACK}\ ){{1,3}}{_SHORT_FORM}\ )?  # "A Welsh Hockey
                (?:{_WORD_BACK}\ ){{0,3}}{_WORD_BACK}           # Union (WHU) spokesperson"
                (?:\ (?:for|of|at|from|close\ to|to|with|on|in)\ # perhaps "for the club",
                   # "to the PM" ("An aide to the PM"), "for the National Association of
                   # Pupil Transportation Contractors", "at the Cybersecurity and
                   # Infrastructure Security Agency"
                   (?:(?:the|a|an)\ )?(?:(?:{_WORD_BACK}|and)\ ){{0,5}}{_WORD_BACK})?)
          | (?P<bare>(?:{NAME_RUN_SRC_BACK}\ )?      # a bare plural, perhaps with whose it is:
                (?:\p{{Ll}}[\p{{Ll}}-]{{2,}}s|{_bare_nouns()})  # "officials", "police", "Goldman
                (?:\ (?:at|from)\ {NAME_RUN_SRC_BACK})?  # Sachs analysts", "economists at Citi",
              | \p{{Lu}}[\p{{Ll}}-]{{2,}}s\ (?:at|from)\ {NAME_RUN_SRC_BACK})  # "Analysts at UBS"
        )
        (?:\ \([^()"“”\n]{{1,60}}\))?                # "Jane Roe (D-Mass.)", "the WFP (UN)"
        {appos}                                     # perhaps an apposition: "Jo Li,
                                                    # CEO at Acme, said"
        (?:\ [—–]\ [^"“”„«»\n—–]{{1,100}}\ [—–])?    # an aside between dashes: "Sofie
                                                    # Andersen — who chairs the group — said"
        (?:,??\ who)?                               # "Smith, CEO at Acme, who said"
        {unnamed}                                   # "a witness who asked not to be
                                                    # named told"
        (?:\ {_ADVERBS}|\ {_ly_adverb()})?           # "also said", "has said", "reportedly said"
        [\ \t\u00a0]*\Z                             # right before the verb
        """,
        regex.VERBOSE,
    )


_NO_SUBJECT_START = frozenset(" \t\n\u00a0,;:.!?…—–-\"“”„«»'‘’()[]")  # never a match's first

@dataclass(slots=True)
class Matches:
    """One article's reads of the subject pattern, kept while its quotes are read: the gap
    after one quote is the gap before the next, read again (see :func:`subject_match`)."""

    windows: dict[tuple[int, int], regex.Match[str] | None] = field(default_factory=dict)
    """The match in each window, by (start, end)."""
    picks: dict[tuple[int, str], Any] = field(default_factory=dict)
    """What ``subjects`` read from a match of ``windows`` for a cue, by (id of the match, cue)."""


def subject_match(
    text: str, lo: int, hi: int, seen: Matches | None = None
) -> regex.Match[str] | None:
    """The subject pattern's match that ends at ``hi`` (the pattern reads backwards and ends
    at the window's end: match, anchored there, finds what search would); with ``seen``
    (one article's matches so far), each window is matched once."""
    # Every match starts with a letter (each kind of subject does), so the marks and spaces
    # that open the window can go: the gap after one quote, read for its attribution ('"…,"
    # Wald said'), and the same gap before the next quote (' Wald said. "…"') are then one
    # window in ``seen``.
    while lo < hi and text[lo] in _NO_SUBJECT_START:
        lo += 1
    if seen is None:
        return _subject_match(text, lo, hi)
    key = (lo, hi)
    windows = seen.windows
    if key not in windows:
        windows[key] = _subject_match(text, lo, hi)
    return windows[key]


def _subject_match(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    # Only a window with " who " can hold an unnamed source's clause; elsewhere the pattern
    # without it gives the same match, and spares the engine a scan back for the clause's
    # verb from every word (a fifth of the pattern's time on the corpus). Likewise only a
    # window with ", " and a comma after it can hold an apposition (else the engine reads
    # back up to 140 characters from a last comma, retrying the subject at each ", "), and
    # only one with "said", "says" or "according" needs the apposition's test for a verb
    # at each character; and only one with an apostrophe can hold a possessive ("Swift's").
    opens = text.find(", ", lo, hi)
    apposition = opens >= 0 and text.find(",", opens + 2, hi) >= 0
    verbs = apposition and (
        text.find("said", lo, hi) >= 0
        or text.find("says", lo, hi) >= 0
        or text.find("according", lo, hi) >= 0
    )
    possessive = text.find("'", lo, hi) >= 0 or text.find("’", lo, hi) >= 0
    return subject_before_re(
        text.find(" who ", lo, hi) >= 0, apposition, verbs, possessive
    ).match(text, lo, hi)


@cache
def desc_before_re() -> regex.Pattern[str]:
    """A whole description of someone for an organisation, before a speech verb: "a
    spokesperson for the National Security Council" (tried where a name ends it)."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}\d'’-])                        # at a word start (not the "a" of "Iowa")
        (?P<desc>{_DET}\ (?:{_WORD}\ ){{0,3}}?{_WORD}   # "a spokesperson", "the chief executive"
            \ (?:for|of|at|from|with|on|in)\ (?:the\ )?  # "for the", "on St Mary's"
            {NAME_RUN_SRC})                              # "National Security Council"
        (?:\ {_ADVERBS}|\ {_ly_adverb()})?              # "also said", "reportedly said"
        [\ \t\u00a0]*
        """,
        regex.VERBOSE,
    )


@cache
def body_voice_re() -> regex.Pattern[str]:
    """Who speaks for a body named in full before the noun, a name longer than a description
    holds, perhaps with commas: "A Department for Environment, Food and Rural Affairs
    spokesperson", "a Department for Business and Trade spokesman" (matched at the end of a
    window, before the verb)."""
    voices = "|".join(sorted(vocabulary().voice_nouns, key=len, reverse=True))
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}])(?P<desc>(?:[Aa]n?|[Tt]he|[Oo]ne)\    # "A"
            \p{{Lu}}[\p{{L}}\p{{M}}'’.&-]*                        # "Department"
            (?:,?\ (?:(?:and|of|for|on|the)\ )*                  # joined by "for", "and", ","
               \p{{Lu}}[\p{{L}}\p{{M}}'’.&-]*){{1,9}}              # "Environment", "Food" …
            \ (?:{voices}))                                      # "spokesperson"
        (?:\ {_ADVERBS})?                                        # "also said"
        [\ \t\u00a0]*\Z                                          # right before the verb
        """,
        regex.VERBOSE,
    )


@cache
def subject_after_re() -> regex.Pattern[str]:
    """The subject after an inverted speech verb: "said Smith", "said the opposition leader",
    "according to two officials briefed on the talks" (`source_complements`)."""
    complements = "|".join(sorted(cues().source_complements))
    return regex.compile(
        rf"""
        [\ \t\u00a0]+                                          # one space after the verb
        (?:
            (?P<pron>he|she|they|it|we|I)(?![\p{{L}}\p{{M}}])  # a pronoun
          | (?:(?:el|la|le|der|die)\ )?                          # ("dijo el alcalde …")
            (?:(?!{_FUNCTION}\ )[\p{{Ll}}\d][\p{{L}}\d-]*\ ){{1,3}}   # a role, then a name:
            (?P<lname>{NAME_RUN_SRC})(?<!['’]s|['’])          # "said geologist Jo Li",
            (?=[,.;:]|\Z|\ of\b|\ \(|{_CLAUSE}|(?<=\.)\s)     # then the sentence goes on, or ends,
                                                                # or a bracket: "(R-Wyo.)"
          | (?:the\ )?(?P<name>(?:{GLUED_ARTICLE_SRC})?{NAME_RUN_SRC})  # a name ("al-Amin"),
            (?<!['’]s|['’])                                    # not a possessive
            (?![\ \u00a0]\p{{Lu}}[\p{{L}}\p{{M}}.-]*['’]s\b)      # nor cut from one ("Mr. Roe's")
            (?:\ (?:(?!{_FUNCTION}\ )\p{{Ll}}[\p{{L}}-]*\ |and\ (?=\p{{Lu}}{{2,5}}\ )
                |\p{{Lu}}{{2,5}}\ (?=\p{{Lu}}\p{{Ll}})){{0,3}}?     # then perhaps a role:
               (?:(?!{_FUNCTION}\ )\p{{Ll}}[\p{{L}}-]*\ |\p{{Lu}}{{2,5}}\ (?=\p{{Lu}}\p{{Ll}}))
               (?P<rname>{NAME_RUN_SRC})(?=[,.;:]|\Z|\ \(|{_CLAUSE}|(?<=\.)\s))?  # "said party
                                                                # leader Jo Li", "… Jo Li. More"
          | (?P<desc>(?:{_DET}|{_POSS_NAME})\ [^,.;:!?"“”„«»()\n]{{1,70}}?   # a description,
              |[Aa]nother)                                       # or "said another."
            (?=[,.;:!?"“”)]|\Z
              |(?<!\b(?:{complements}))                         # (not "officials briefed
               \ (?:who|which|that|in|on|at|during|after|before|when|while|as   # on the talks")
                  |told|last|this|earlier|recently)\b)        # up to a clause
            (?:,\ (?P<named>{NAME_RUN_SRC})(?=[,.;:]|\Z))?     # "said his aunt, Jane Starner."
        )
        """,
        regex.VERBOSE,
    )


@cache
def sentence_subject_re() -> regex.Pattern[str]:
    """The subject that opens a sentence: 'But Smith disputed that, saying …'."""
    return regex.compile(
        rf"""
        [\"“”'‘’(]*                                           # perhaps after a mark
        (?:{NAME_RUN_SRC}:\ +)?                               # perhaps after a label: "Ruiz:
                                                              # A man called …" (an answer's),
                                                              # "Bengaluru: The court …"
        (?:(?:But|And|So|Yet|Still|Then|Now|Later|Instead|However|Meanwhile),?\ )?   # a connective
        (?:(?:On|In|At|After|Before|During|Last|Earlier|Since)\ [^,.;:"“”\n]{{1,40}},\ )?  # a date
        (?:
            (?P<pron>He|She|They|It|We|I)(?![\p{{L}}\p{{M}}])    # a pronoun
          | (?P<desc>(?:The|A|An)\ \p{{Ll}}[\p{{L}}-]*(?:['’]s?)?(?=[\ ,]))  # "The company",
                                                                # "The governor's office"
          | (?P<name>{NAME_RUN_SRC})                            # a name
        )
        """,
        regex.VERBOSE,
    )


@cache
def possessor_re() -> regex.Pattern[str]:
    """Whose document: 'Trump's executive order', 'Acme's statement' (matched backwards)."""
    return regex.compile(
        rf"""(?r)
        (?P<name>{NAME_RUN_SRC_BACK})['’]s      # a possessive name
        (?:\ \p{{Ll}}[\p{{L}}-]*){{0,2}}\ \Z       # perhaps two adjectives ("latest
                                                # flood bulletin"), then the noun
        """,
        regex.VERBOSE,
    )


@cache
def writer_re() -> regex.Pattern[str]:
    """Who wrote a document: 'Graham Tulley had written a letter', 'Acme issued a brief
    statement' (matched backwards, up to the document's noun)."""
    return regex.compile(
        rf"""(?r)
        (?P<name>{NAME_RUN_SRC_BACK})\                  # a name,
        (?:(?:had|has|have|also|later)\ )?               # perhaps "had",
        (?:wrote|written|penned|sent|signed|issued|released|posted|published)\   # the verb,
        (?:a|an|the|his|her|their|its)\                 # the article,
        (?:\p{{Ll}}[\p{{L}}-]*\ ){{0,2}}\Z                # perhaps two adjectives: "a
                                                        # handwritten letter"
        """,
        regex.VERBOSE,
    )


@cache
def employer_run_re() -> regex.Pattern[str]:
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
def person_of_re() -> regex.Pattern[str]:
    """A name, then the word that ties it to an employer, right before the employer's name
    (matched backwards): "Jane Roe of ", "Gene Munster at ", "Sam Lee, from the "."""
    kinds = "|".join(map(regex.escape, sorted(vocabulary().org_nouns, key=len, reverse=True)))
    return regex.compile(
        rf"""(?r)
        (?<!\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*[\ \u00a0])   # the name's first word opens the run
                                                     # (a role in lower case may go before)
        (?P<person>{NAME_RUN_SRC_BACK})              # a name: "Jane Roe"
        ,?\ (?:of|at|from|with)\ (?:the\ )?         # "of", "at", "from", "with" (the)
        (?:(?:[\p{{Ll}}-]+\ )?(?:{kinds})\ )?         # perhaps what it is: "campaign group"
        \Z                                           # then the employer's name
        """,
        regex.VERBOSE,
    )
