"""Attribution: who the words around a quote say spoke it.

:func:`attribute` reads the few words around one quote for a speech verb from
``data/speech_verbs.json`` and its subject: '"…," she said', '"…," said Smith',
'Smith told Reuters: "…"', '… according to Smith', 'As Smith put it, "…"', a signature
after a dash. :func:`indirect_speaker` finds reported speech before a quote ('Smith said
the plan failed. "…"') for a paragraph that continues the previous speaker. The result is
an :class:`Attribution`: the speaker as printed, not yet resolved (see ``speakers``).

The speech verbs and where one stands are ``cues``; who a verb's subject is, before or
after it, is ``subjects``.
"""

from __future__ import annotations

from functools import cache

import regex

from newsparse._regex import lazy_compile
from newsparse.cues import (
    PUNCT,
    STOPS,
    Cue,
    Words,
    cue_of,
    cues,
    ends_sentence,
)
from newsparse.names import NAME_RUN_SRC, NAME_RUN_SRC_BACK, is_org, name_run, vocabulary
from newsparse.subject_patterns import Matches
from newsparse.subjects import (
    Attribution,
    Kind,
    printed_name,
    role_then_name,
    sentence_starts,
    subject_after,
    subject_before,
    subject_opening,
)

__all__ = [
    "OWNER_PRONOUNS",
    "Attribution",
    "attribute",
    "colon_subject",
    "indirect_speaker",
]


def __getattr__(name: str) -> object:
    # the word lists under their old constant names, read on first use
    if name == "CUE_WORDS":
        return cues().words
    if name == "CUE_FORMS":
        return cues().forms
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


def _subject(
    text: str, lo: int, hi: int, cue: Cue, seen: Matches | None = None
) -> Attribution | None:
    """The subject of ``cue``: before it, or after it ("according to X", an opening "Said")
    (``seen``: the subject pattern's matches so far, see ``subject_match``)."""
    if cue.text.endswith("ing") and cue.text != "according to":
        found = (
            _quoted_as(text, lo, cue)
            or _with_subject(text, lo, cue)
            or _said_before(text, lo, cue)
            or _document_author(text, lo, cue)
            or _described_before(text, lo, cue.start, cue, whole=True)
            or (None if _opens_sentence(text, lo, cue) else subject_opening(text, lo, cue))
        )
        if found is not None and found.kind == "descriptor":  # "The indictment alleges that
            return _alleged_subject(text, found, cue) or found  # Vandermeer pressured …,
        return found  # telling one of them that …": Vandermeer
    if text.endswith(", which ", lo, cue.start):  # "according to the Forest Products
        found = _which_antecedent(text, lo, cue)  # Council, which said …": the council
        if found is not None:
            return found
    if cue.text.casefold() != "according to":
        found = subject_before(text, lo, cue.start, cue.text, seen=seen)
        if found is not None and found.kind == "descriptor" and found.text.endswith(" name"):
            found = _name_given(text, found) or found  # "her first name, Delia, said"
        if found is None and _and_before(text, max(lo, cue.start - 6), cue.start):
            found = _clause_subject(text, lo, cue)  # "he informed them and wrote, …"
        if found is None and text.endswith(_RELATIVES, lo, cue.start):
            found = _relative_subject(text, lo, cue)  # "a producer early on who said, …"
        if found is not None or not (cue.text[0].isupper() or _after_quote(text, lo, cue.start)):
            return found
    return subject_after(text, cue.end, hi, cue.text)


def _opens_sentence(text: str, lo: int, cue: Cue) -> bool:
    """Whether the cue in -ing opens its sentence: "The show has its critics. Writing in The
    Spectator, Helen Marchetti called it …" (the subject comes after it, not before)."""
    tokens = text[max(lo, cue.start - 40) : cue.start].split()
    return bool(tokens) and ends_sentence(tokens, len(tokens) - 1)


@cache
def _name_given_re() -> regex.Pattern[str]:
    """The words that name what a person gave, then that name set off by commas: "her first
    name, Delia,"."""
    return regex.compile(
        r"""
        (?i:his|her|their)[\ \u00a0]                     # "her"
        (?:(?:first|given|last)[\ \u00a0])?name          # "first name"
        ,[\ \u00a0](?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),  # ", Delia,"
        """,
        regex.VERBOSE,
    )


def _name_given(text: str, found: Attribution) -> Attribution | None:
    """The name a person gave, when the subject read is the naming words before it: "A
    neighbour who gave only her first name, Delia, said she had come …" is Delia, not "her
    first name"; else None."""
    m = _name_given_re().match(text, found.at, min(len(text), found.at + len(found.text) + 40))
    if m is None or m.start("name") != found.at + len(found.text) + 2:
        return None  # (naming words other than the subject's)
    return Attribution(m.group("name"), "name", found.cue, m.start("name"))


_RELATIVES = (" who ", " that ", " which ")
"""The relative words that may stand right before a speech verb: "a man who said, …"."""

MAX_DESCRIBED_WORDS = 8
"""How many words `_described_before` reads back for an unnamed person's determiner."""

_SOMEONE = frozenset({"someone", "somebody", "Someone", "Somebody"})
_DESCRIBED_DETS = frozenset({"a", "an", "A", "An", "one", "One", "another", "Another"})
_DESCRIBED_TIES = frozenset({"from", "at", "with", "in", "of", "for", "on"})


def _described_before(
    text: str, lo: int, end: int, cue: Cue, *, whole: bool = False
) -> Attribution | None:
    """An unnamed person or a message described in the words right before ``end``, in its
    sentence: "a producer" in "I had a producer early on who said, …", "someone from the
    studio" in "I remember someone from the studio saying to me, …" (a determiner or
    "someone", then a person's noun, perhaps tied to where they are from), "a message" in
    "he posted a message to X that read, …". With ``whole``, the description must end at
    ``end``. A description of no one and no message is None."""
    words = Words(text, max(lo, end - 120), end)
    tokens = words.tokens[-MAX_DESCRIBED_WORDS:]
    first = len(words.tokens) - len(tokens)
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if k < len(tokens) - 1 and token[-1] in ",;:.!?\"“”":
            return None  # (the clause before: only this clause's words)
        if token in _SOMEONE:
            head = k
        elif token in _DESCRIBED_DETS and k + 1 < len(tokens):
            head = k + 1
        else:
            continue
        noun = tokens[head].casefold()
        v = vocabulary()
        message = noun in cues().message_nouns
        if not (message or token in _SOMEONE or v.personal(noun) or noun in v.person_nouns):
            return None
        rest = tokens[head + 1 :]
        if rest and rest[0] in _DESCRIBED_TIES and not message:  # "from the studio"
            head = len(tokens) - 1
        elif whole and rest:
            return None  # ("saw a man walk past saying"): no description right before
        at = words.at(first + k)
        last = words.at(first + head) + len(tokens[head])
        return Attribution(text[at:last], "descriptor", cue.text, at)
    return None


def _relative_subject(text: str, lo: int, cue: Cue) -> Attribution | None:
    """Who speaks in a relative clause right before a quote: the person the clause is about
    ("I had a producer early on who said, …" -> "a producer"), or whoever wrote or left the
    message it is about ("he posted a message to X that read, …" -> "he", "A man called
    and left a message that said, …" -> "A man"); else None."""
    rel = text.rfind(" ", max(lo, cue.start - 8), cue.start - 1)
    described = _described_before(text, lo, rel, cue)
    if described is None:
        return None
    noun = described.text.rsplit(" ", 1)[-1].casefold()
    if noun not in cues().message_nouns:
        return described
    return _clause_subject(text, lo, Cue(described.at, described.at, cue.text))


# A possessive, a noun of what was claimed, and "that": "his claim that", "Roe's argument that"
_CLAIM_OF = lazy_compile(
    rf"""
    (?<![\p{{L}}\p{{M}}])
    (?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>{NAME_RUN_SRC})(?<=['’]s?))  # "his", "Roe's"
    \ (?:\p{{Ll}}+\ )?                           # perhaps an adjective: "his earlier claim"
    (?P<noun>\p{{Ll}}+)\ that\                    # "claim that " (`claim_nouns`)
    [^"“”„«».!?;:\n]{{0,160}}                     # the clause, up to the quote
    \Z
    """,
    regex.VERBOSE,
)
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}  # whose, and who


def _claim_of(text: str, before: tuple[int, int]) -> Attribution | None:
    """Whose claim a quote ends, in the sentence before its opening mark: "The jury rejected
    his claim that the loss was "…"" -> "he" (the pronoun's person), "Roe's argument that
    the deal was "…"" -> "Roe" (`claim_nouns`); else None."""
    lo, hi = before
    while hi > lo and text[hi - 1] in " \t\u00a0":
        hi -= 1
    start = hi - 200 if hi - 200 > lo else lo
    if text.find(" that ", start, hi) < 0:
        return None  # cheap first: no clause with "that" (most quotes)
    m = _CLAIM_OF.search(text, start, hi, timeout=0.5)
    if m is None or m.group("noun") not in cues().claim_nouns:
        return None
    if m.group("pron"):
        pronoun = OWNER_PRONOUNS[m.group("pron").casefold()]
        return Attribution(pronoun, "pronoun", m.group("noun"), m.start("pron"))
    name = m.group("name").removesuffix("'s").removesuffix("’s").rstrip("'’")  # (the run
    return Attribution(name, "name", m.group("noun"), m.start("name"))  # holds the mark)


QUOTED_REACH = 120
"""How far before "as saying" the verb "quoted" may stand (characters): a bounded look."""


def _quoted_as(text: str, lo: int, cue: Cue) -> Attribution | None:
    """The object of "quoted" before the cue (and "as"): "The museum's press release quoted
    its director, Anna Roe, as saying the find was …" -> "Anna Roe", "Reuters quoted a
    company spokesman as saying" -> "a company spokesman", "The release quoted its director,
    Anna Roe, calling the find …" -> "Anna Roe" (whoever quoted them only relays the words);
    else None ("Roe, quoted by Reuters as saying …": the subject's own words; "He quoted
    Lincoln, saying …": a comma after a bare object ends it, and he says it)."""
    if text.startswith(" as ", cue.start - 4):
        end, comma = cue.start - 4, False
    elif text.startswith(", ", cue.start - 2):
        end, comma = cue.start - 2, True
    else:
        end, comma = cue.start - 1, False
    start = text.find(" quot", max(lo, end - QUOTED_REACH), end)
    if start < 0:
        return None  # cheap first: most cues in -ing follow no "quoted"
    words = text[start + 1 : end].split(" ")
    verbs = cues().quoting_verbs
    for k in range(len(words) - 2, -1, -1):  # (the object has one word at least)
        if words[k] in verbs:
            if words[k + 1] == "by":
                return None
            at = end - len(" ".join(words[k + 1 :]))
            if comma and "," not in text[at:end]:
                return None
            found = subject_before(text, at, end, "said")
            if found is None or (found.kind != "name" and found.at != at):
                return None  # (a description is the whole object: "a company spokesman")
            return Attribution(found.text, found.kind, cue.text, found.at)
    return None


def _alleged_subject(text: str, document: Attribution, cue: Cue) -> Attribution | None:
    """The person a document's sentence reports on, when a participle cue ends it: "The
    indictment alleges that Vandermeer pressured mechanics …, telling one of them that …"
    -> "Vandermeer" (the name right after the document's verb and "that"); else None."""
    v = vocabulary()
    if document.text.rsplit(" ", 1)[-1].casefold() not in v.filed_nouns | v.document_nouns:
        return None
    that = text.find(" that ", document.at + len(document.text), cue.start)
    if that < 0 or that - (document.at + len(document.text)) > 30:
        return None
    m = name_run().match(text, that + 6, cue.start)
    if m is None or not text[m.end() : m.end() + 2].startswith(" "):
        return None
    if not text[m.end() + 1 : m.end() + 2].islower():  # (a verb after the name)
        return None
    return Attribution(m.group(), "name", cue.text, m.start())


def _which_antecedent(text: str, lo: int, cue: Cue) -> Attribution | None:
    """The organisation named right before ", which" and a speech verb: "… according to the
    Forest Products Council, which said the duties …" -> "Forest Products Council"; else
    None (no name ends there: "… the report, which said")."""
    end = cue.start - len(", which ")
    for m in name_run().finditer(text, max(lo, end - 80), end):
        if m.end() == end:
            words = tuple(m.group().split())
            return Attribution(m.group(), "name", cue.text, m.start()) if is_org(words) else None
    return None


def _with_subject(text: str, lo: int, cue: Cue) -> Attribution | None:
    """The subject between "with" and a cue in -ing: "…, with Nadella telling analysts
    that …" -> "Nadella" (the sentence's own subject did not say it)."""
    at = text.rfind(" with ", max(lo, cue.start - 160), cue.start)
    if at < 0 or any(c in text[at : cue.start] for c in ',;:.!?"“”'):
        return None
    start = at + 6
    joined = text.rfind(" and ", start, cue.start)
    if joined >= 0 and not _joins_a_name(text, joined):  # "with unions saying … and the
        start = joined + 5  # government accusing them of": the second verb's subject
    stretch = text[start : cue.start].rstrip()
    if name_run().fullmatch(stretch):  # "with Nadella telling" ("with" bars a name elsewhere)
        return Attribution(stretch, "name", cue.text, start)
    if joined >= 0 and start == at + 6:  # "with the Scottish Fire and Rescue Service describing"
        body = stretch.removeprefix("the ")
        parts = body.split(" and ")
        if is_org(tuple(parts[-1].split())) and all(name_run().fullmatch(p) for p in parts):
            return Attribution(body, "name", cue.text, cue.start - len(body) - 1)
    if stretch in ("one", "another"):  # "Fans voiced their anger, with one posting: …"
        group = subject_opening(text, lo, cue)
        words = group.text.split() if group is not None else []
        noun = words[-1].casefold() if words else ""
        if len(words) <= 2 and noun.endswith("s") and not noun.endswith("ss"):
            return Attribution(f"{stretch} {noun[:-1]}", "descriptor", cue.text, start)
        return None  # (one of no group named: no one to tell)
    return subject_before(text, start, cue.start, cue.text)  # "with analysts saying"


def _document_author(text: str, lo: int, cue: Cue) -> Attribution | None:
    """Who wrote a document named right before "from" and a cue in -ing: "Jurors were shown
    an email from Jane Cole warning that …" -> "Jane Cole", "released a statement from CEO
    Gregory Tannen saying …" -> the CEO, "a letter from a safety manager urging …" -> "a
    safety manager" (who showed or released the words only passed them on); else None."""
    at = text.rfind(" from ", max(lo, cue.start - 80), cue.start)
    if at < 0 or any(c in text[at : cue.start] for c in ',;:.!?"“”'):
        return None  # (cheap first: most cues in -ing follow no "from" in their clause)
    noun = text[max(lo, at - 20) : at].rsplit(" ", 1)[-1].casefold()  # "email", "letter"
    v = vocabulary()
    if noun not in v.relay_nouns and noun not in v.document_nouns:
        return None  # ("a man from Leeds saying": no document)
    start = at + 6
    found = subject_before(text, start, cue.start, cue.text)
    if found is None or (found.kind != "name" and found.at != start):
        return None  # (a description is the whole writer: "a safety manager")
    return found


def _joins_a_name(text: str, joined: int) -> bool:
    """Whether the " and " at ``joined`` stands inside a name, between capitalised words:
    "with the Scottish Fire and Rescue Service describing …" (one body, not two subjects)."""
    after = joined + 5
    return text[joined - 1 : joined].isalpha() and text[after : after + 1].isupper() and (
        text[text.rfind(" ", 0, joined) + 1 : joined][:1].isupper()
    )


def _owned_thing(description: Attribution) -> bool:
    """Whether a description is a thing of someone's ("its orbit calculations", "their
    figures"): "its" or "their" before a noun that no person, role, organisation, group or
    document is."""
    words = description.text.split()
    if len(words) < 2 or words[0] not in ("its", "their", "Its", "Their"):
        return False
    v = vocabulary()
    head = words[-1].casefold()
    return not any(
        v.personal(noun)
        or noun in v.org_nouns
        or noun in v.group_nouns
        or noun in v.relay_nouns
        or noun in v.document_nouns
        for noun in (head, head[:-1] if head.endswith("s") else head)
    )


def _said_before(text: str, lo: int, cue: Cue) -> Attribution | None:
    """The subject of a speech verb earlier in the sentence of a cue in -ing: "…, the
    Northern Water Authority said in a statement, adding that …" -> the Authority (who
    adds is who said, not the sentence's opening subject)."""
    start = cue.start - 1
    while start > lo and text[start] == " ":
        start -= 1
    if start <= lo or text[start] != ",":
        return None  # (only a cue after a comma: "said in a statement, adding")
    return _earlier_subject(text, lo, start, reach=200, verb_only=True, inverted=True)


def _earlier_subject(
    text: str,
    lo: int,
    at: int,
    seen: Matches | None = None,
    *,
    reach: int = 300,
    verb_only: bool = False,
    inverted: bool = False,
) -> Attribution | None:
    """The subject of the last speech verb before ``at`` in its sentence (within ``reach``
    characters; with ``verb_only``, a verb in -ing will not do): who said what a later
    word of the sentence only reports ("Kenya's health ministry said … that it had
    confirmed", "… its orbit calculations ruled out …", "said …, adding that"). With
    ``inverted``, a verb after a comma may have its subject after it ("… in the wet season,
    said Tomás Quispe Flores, adding: …")."""
    earlier = _last_cue(text, max(lo, at - reach), at, same_sentence=True)
    if earlier is None or (verb_only and earlier.text.endswith("ing")):
        return None
    found = _subject(text, lo, at, earlier, seen)
    if found is None and inverted and _after_comma(text, lo, earlier.start):
        found = subject_after(text, earlier.end, at, earlier.text)
    return found


def _reported(text: str, lo: int, at: int) -> bool:
    """Whether the words at ``at`` open the clause that a speech verb reports: the verb
    (perhaps with "that") right before them ("said the changes reflected", "said that the
    figures showed"), or a verb of telling and its addressee ("told council the city …")."""
    head = text[max(lo, at - 60) : at].rstrip()
    if head.endswith(" that"):
        head = head[:-5].rstrip()
    words = head.rsplit(None, 7)[-7:] if head else [""]
    verb = words[-1]
    if verb in cues().bare and verb[:1].islower():
        return True
    # "told council the city had asked …", "told analysts on a call that the delays …": the
    # addressee (and where) first
    return any(w in _TELL_VERBS for w in words[:-1])


_TELL_VERBS = frozenset({"told", "tells", "telling", "assured", "informed", "reminded"})
"""Verbs of saying whose addressee stands before the clause they report."""


def _after_quote(text: str, lo: int, at: int) -> bool:
    """Whether a closing quotation mark stands right before ``at`` ('"Yes," said Jo'): the
    speaker follows the verb."""
    i = at - 1
    while i >= lo and text[i] in " \t\u00a0":
        i -= 1
    return i > lo and text[i] in "\"”’'»" and text[i - 1] in ",?!…—–-"


def _comma_closes(text: str, after: int) -> bool:
    """Whether the quote whose closing mark ends right before ``after`` ends in a comma
    ('"…to live," R Ashok said'): its sentence goes on after the mark."""
    i = after - 1
    while i > 0 and text[i] in "\"”’'» ":
        i -= 1
    return text[i] == ","


def _after_comma(text: str, lo: int, at: int) -> bool:
    """Whether a comma stands right before ``at`` (', said Jo'): the speaker may follow the
    verb."""
    i = at - 1
    while i >= lo and text[i] in " \t\u00a0":
        i -= 1
    return i >= lo and text[i] == ","


def _clause_subject(text: str, lo: int, cue: Cue) -> Attribution | None:
    """The nearest pronoun before ``cue`` in its sentence ('in which he informed … and wrote'),
    else the name that opens the sentence."""
    words = Words(text, max(lo, cue.start - 200), cue.start)
    tokens = words.tokens
    for i in range(len(tokens) - 1, -1, -1):
        if i < len(tokens) - 1 and ends_sentence(tokens, i):
            break
        word = tokens[i]
        if word in ("he", "she", "they", "He", "She", "They"):
            return Attribution(word, "pronoun", cue.text, words.at(i))
    return subject_opening(text, lo, cue)  # "Smith read the letter and wrote"


def _last_cue(text: str, lo: int, hi: int, *, same_sentence: bool) -> Cue | None:
    """The last speech verb in ``text[lo:hi]`` (in its last sentence, with ``same_sentence``)."""
    words = Words(text, lo, hi)
    tokens = words.tokens
    bare = cues().bare
    last = len(tokens) - 1
    for i in range(last, -1, -1):
        token = tokens[i]
        # (cheap first: a word of letters only neither ends a sentence nor needs stripping, and
        # most words are; ``str.strip`` with the many marks of PUNCT is the costly call here)
        if token.isalpha():
            core = token
        else:
            # (one walk back: the last sentence's start is found on the way, not in a walk before)
            if same_sentence and i < last and token[-1] in STOPS and ends_sentence(tokens, i):
                return None  # word ``i`` ends the sentence before the last: no cue in the last
            core = token.strip(PUNCT)
        if core in bare:  # ('said,', '“Says': the test of may_cue, fast)
            cue = cue_of(words, i, core)
            if cue is not None:
                return cue
    return None


_UNREAD = Cue(-1, -1, "")
"""A cue not read yet (`attribute` reads the one before a quote at most once)."""


def _first_cue(text: str, lo: int, hi: int) -> Cue | None:
    """The first speech verb in the first sentence of ``text[lo:hi]`` (within 25 words) that
    is not inside a clause."""
    if lo >= hi:
        return None  # cheap first: the quote ends its paragraph or meets the next quote
    words = Words(text, lo, hi)
    bare, tokens = cues().bare, words.tokens
    for i, token in enumerate(tokens[:25]):
        # (cheap first: a word of letters only neither needs stripping nor ends a sentence)
        alpha = token.isalpha()
        core = token if alpha else token.strip(PUNCT)
        if core in bare:  # (the test of may_cue, in one look-up: this loop is hot)
            cue = cue_of(words, i, core)
            if cue is not None:
                if i and tokens[i - 1] in ("who", "which", "that"):
                    continue  # ", who asked not to be named, told AFP": inside a clause
                return cue
        if not alpha and token[-1] in STOPS and ends_sentence(tokens, i):
            break
    return None


def attribute(
    text: str, before: tuple[int, int], after: tuple[int, int], seen: Matches | None = None
) -> Attribution | None:
    """The attribution of the quote between the gaps ``before`` and ``after`` (offsets).

    ``seen`` keeps the subject pattern's matches for the next quote of the article: the gap
    after one quote is the gap before the next, read again (see ``subject_match``)."""
    # 0. The clause that names the quote right before it: 'Hollings, whom Oakden has called
    # "…," declined', 'Hollings, described by Oakden as "…," has not commented' (Oakden's)
    named = _naming_clause(text, before)
    if named is not None:
        return named
    # 1. Right after the closing mark: '"…," she said', '"…," said Smith', '"…" Smith added.'
    start = after[0]  # past the punctuation between the closing mark and the attribution
    while start < after[1] and (text[start] in _LEAD or text[start].isspace()):
        start += 1
    after_cue = _first_cue(text, start, min(after[1], start + 200))
    if after_cue is not None and _introduces(text, after, after_cue):
        after_cue = None  # '"…." The report noted that …': a new sentence about something else
    if after_cue is not None and _inside_a_sentence_before(text, before, after, after_cue, start):
        after_cue = None  # 'She remembers it as "maybe a page." Either way, he wrote back.'
    # the last speech verb of the sentence before the quote, read once for steps 1 and 2
    cue: Cue | None = _UNREAD
    if after_cue is not None and after_cue.start > start:
        closing = text[after[0] - 2 : after[0] - 1]
        if closing in (".", "!", "?") or (
            closing.isalnum() and text[after[0] : after[0] + 1] == " "
        ):
            cue = _last_cue(text, max(before[0], before[1] - 300), before[1], same_sentence=True)
            if _reports_into(text, before, cue, plain=True):
                # 'Vance said before the game that it was "as low as I've seen it." Marcus
                # Oyelaran said …', 'Moreau said: "…." Chesang disagreed.': the quote ends
                # the sentence of the verb before it; 'Dumas said the cap was the "single most
                # important thing" nurses had asked for': the sentence goes on past the
                # quote; either way its speaker is the one before
                after_cue = None
    if after_cue is not None:
        if after_cue.start == start:
            found = subject_after(text, after_cue.end, after[1], after_cue.text)
            if found is not None and found.kind == "descriptor" and _named_right_before(
                text, before
            ):  # 'Sen. Thomas Elridge, who blocked what he called "…," said the compromise
                found = None  # …': the clause's own verb names it; "said" reports on
        else:
            found = subject_before(
                text, start, after_cue.start, after_cue.text, whole=True, seen=seen
            )
        if found is not None:
            return found
    # 1b. A signature after a dash: '"…" – Jennifer Lawrence'.
    dash = _dash_name(text, after[0], min(after[1], after[0] + 80))
    if dash is not None:
        return Attribution(dash.group("name"), "name", None, dash.start("name"))
    # 1c. What the quote was, and whose: '"…" That was the verdict of Tomasz Wierzbicki'.
    verdict = (
        _noun_of_re().match(text, start, min(after[1], start + 160))
        if text.startswith(_NOUN_OF_OPENERS, start)  # (cheap first: most gaps open otherwise)
        else None
    )
    if verdict is not None:
        name = printed_name(verdict.group("name"))
        return Attribution(name, "name", verdict.group("noun"), verdict.start("name"))
    # 2. Earlier in the same sentence: 'Smith said: "…"', 'Smith said the plan was "…"'.
    if cue is _UNREAD:
        cue = _last_cue(text, max(before[0], before[1] - 300), before[1], same_sentence=True)
    if (
        cue is not None
        and after_cue is not None
        and _comma_closes(text, after[0])
        and text[cue.end : before[1]].rstrip().endswith((".", "!", "?"))
    ):  # 'The BJP accused the government of failing. "…," R Ashok said.': the sentence
        cue = None  # before has its own verb; the quote's sentence goes on to its own
    if cue is not None and _cue_in_clause(text, before, cue):
        colon = _colon_end(text, before)  # "Another analyst, who asked not to be named because
        found = colon_subject(text, before[0], colon) if colon >= 0 else None  # their firm
        if found is not None:  # advises rivals, was blunter:": the analyst, not the firm
            return found
    if cue is not None and text.endswith(_PASSIVE, max(before[0], cue.start - 7), cue.start):
        teller = _teller(text, before, cue)  # 'the nurse raised her concerns with the
        if teller is not None:  # practice manager and was told to "…"': the manager's
            return teller
    if cue is not None:
        found = _subject(text, before[0], before[1], cue, seen)
        if found is None and not text[before[0] : cue.start].strip(" \t\u00a0"):
            found = _relative_head(text, before[0], cue)  # 'Oakden, whom X called "…,"
            # responded:': the verb's subject stands before the clause and its quote
        if (
            found is not None
            and found.kind == "descriptor"
            and (
                _owned_thing(found)
                or (
                    _reported(text, before[0], found.at)
                    # (a person inside the clause speaks: "told investigators that the
                    # supervisor once said, '…'")
                    and not vocabulary().personal(found.text.rsplit(" ", 1)[-1].casefold())
                )
            )
        ):
            # "The office said in a statement that its orbit calculations ruled out …", "Labtech
            # Group, which manages the market, said the changes reflected "…"": what a clause
            # after a speech verb reports said nothing; who said so earlier in the sentence did
            found = _earlier_subject(text, before[0], cue.start, seen) or found
        if (
            found is not None
            and text.find(" who ", found.at, cue.start) >= 0
            and text[cue.end : before[1]].rstrip()[-1:] in (".", "!", "?")
        ):  # "said Jarrett Hale, a transit planner who has advised a dozen cities. "…"": the
            found = None  # clause's verb ends its sentence; the quote after it is no one's
        if found is not None:
            return found
    # 2b. A possessive and a word for what was said, then a colon: 'Delgado's reply: "…"'.
    owned = _said_noun(text, before)
    if owned is not None:
        return owned
    # 2c. Who the sentence before the colon is about: 'His granddaughter, Ruby, was less
    # forgiving: "…"' (no speech verb: the colon hands the quote to the subject)
    colon = _colon_end(text, before)
    if colon >= 0 and after_cue is None:
        found = colon_subject(text, before[0], colon)
        if found is not None:
            return found
    # 2d. Whose claim the quote ends: 'The jury rejected his claim that the loss was "…"'.
    if after_cue is None:
        claimed = _claim_of(text, before)
        if claimed is not None:
            return claimed
    # 3. Later in the same sentence: '"…" is how Smith put it, he said in a statement', 'There
    # has been "…" in new plants, said Joseph Seneca, an economist' (inverted after a comma).
    if after_cue is not None:
        found = _subject(text, start, after[1], after_cue, seen)
        if found is None and text[start : after_cue.start].rstrip().endswith(","):
            found = subject_after(text, after_cue.end, after[1], after_cue.text)
        return found
    return None


_NAMING_LAST = frozenset(
    {"called", "calls", "dubbed", "termed", "branded", "labelled", "labeled", "described", "as"}
)
"""The last words of `_naming_re` before the opening mark (but "called by X")."""


def _naming_clause(text: str, before: tuple[int, int]) -> Attribution | None:
    """Who calls something what the quote says, in the clause that ends right before its
    opening mark: the verb's subject ("Hollings, whom Oakden has called "…"", "what
    Oakden called "…"") or the passive's agent ("Hollings, described by Oakden as "…"");
    the person so called is no speaker. A subject that is no name (a pronoun, "Critics")
    is left to the other readings; else None."""
    end = before[1]
    while end > before[0] and text[end - 1] in " \t\u00a0,:":
        end -= 1
    last = text[max(before[0], end - 12) : end].rpartition(" ")[2]
    if last not in _NAMING_LAST and " by " not in text[max(before[0], end - 40) : end]:
        return None  # cheap first: most quotes follow no naming verb
    m = _naming_re().search(text, max(before[0], end - 120), end)
    if m is None:
        return None
    if m.group("agent"):
        agent = m.group("agent")
        kind: Kind = "descriptor" if agent.rsplit(" ", 1)[-1].islower() else "name"
        if kind == "descriptor" and not _someone(agent.rsplit(" ", 1)[-1]):
            return None  # ("described by the report as")
        return Attribution(agent, kind, m.group("verb"), m.start("agent"))
    name = m.group("subj")
    if m.group("owned"):  # "whom Hollings's allies have called": the allies, described
        owned = text[m.start("subj") : m.end("owned")]
        return Attribution(owned, "descriptor", m.group("verb"), m.start("subj"))
    stopwords = vocabulary().stopwords
    if any(w in stopwords for w in name.split()) or (
        " " not in name and _someone(name.casefold())
    ):
        return None  # ("posted on X. Another called it", "Critics called it"): no one named
    return Attribution(name, "name", m.group("verb"), m.start("subj"))


def _someone(noun: str) -> bool:
    """Whether ``noun`` is a word for a person, a group or a body ("governor", "critics")."""
    v = vocabulary()
    return v.personal(noun) or noun in v.group_nouns or noun in v.org_nouns


@cache
def _naming_re() -> regex.Pattern[str]:
    """A naming clause that ends where the quote opens (searched in a bounded window)."""
    verbs = r"called|calls|dubbed|termed|branded|labell?ed|described|describes"
    return regex.compile(
        rf"""
        (?:
          (?<![\p{{L}}\p{{M}}'’.-]|\ of\ |\ the\ )                # (not "of the University
                                                               # of Szeged")
          (?:(?P<subj>{NAME_RUN_SRC})                          # "Oakden",
            (?P<owned>(?<=['’]s?)\ \p{{Ll}}+s)?)               # "Oakden's allies"
          (?:\ (?:has|have|had|also|once|long|often|\p{{Ll}}+ly)){{0,2}}  # "has privately"
          \ (?P<verb>{verbs})                                  # "called", "described
          (?:\ as)?                                            # as" (no object: the
                                                               # clause's, "whom X called")
        | (?P<verb>{verbs})\ by\                                # "described by
          (?P<agent>the\ \p{{Ll}}+|(?:the\ )?{NAME_RUN_SRC})     # Oakden", "the governor"
          (?:\ as)?                                            # as"
        )
        \Z
        """,
        regex.VERBOSE,
    )


_PASSIVE = (" was ", " were ", " been ", " being ")
"""What stands right before a speech verb in the passive: "she was told"."""


def _teller(text: str, before: tuple[int, int], cue: Cue) -> Attribution | None:
    """Who told the subject of a passive speech verb what the quote says: the agent after
    it ('was told by the manager to "…"') or the person the subject had turned to in the
    clause before ('raised her concerns with the practice manager and was told to "…"');
    else None (the passive's subject only heard the words)."""
    by = _by_agent_re().match(text, cue.end, before[1])
    if by is not None:
        return _someone_named(by.group("who"), cue, by.start("who"))
    aux = text.rfind(" ", max(before[0], cue.start - 8), cue.start - 1)
    m = _turned_to_re().search(text, max(before[0], aux - 120), aux)
    return None if m is None else _someone_named(m.group("who"), cue, m.start("who"))


def _someone_named(who: str, cue: Cue, at: int) -> Attribution | None:
    """``who`` as a name, or as a description of a person up to its noun ("the practice
    manager" of "the practice manager to"); else None."""
    if who[:1].isupper():
        return Attribution(who, "name", cue.text, at)
    words = who.split()
    while len(words) > 1 and not _someone(words[-1]):
        words.pop()
    return Attribution(" ".join(words), "descriptor", cue.text, at) if len(words) > 1 else None


_PERSON_PHRASE = rf"""
    (?P<who>(?:the|a|an|her|his|their)(?:\ \p{{Ll}}+){{1,3}}   # "the practice manager"
      | {NAME_RUN_SRC})                                      # "Ms Hale"
"""


@cache
def _by_agent_re() -> regex.Pattern[str]:
    """The agent right after a passive speech verb: ' by the practice manager'."""
    return regex.compile(rf"\ by\ {_PERSON_PHRASE}(?=[\s,.;:]|\Z)", regex.VERBOSE)


@cache
def _turned_to_re() -> regex.Pattern[str]:
    """Whom the subject turned to, right before "and" and the passive's auxiliary."""
    return regex.compile(
        rf"""
        \ (?:with|to)\ {_PERSON_PHRASE}     # "with the practice manager"
        \ and                              # "and" ("was" follows)
        \Z
        """,
        regex.VERBOSE,
    )


def _relative_head(text: str, close: int, cue: Cue) -> Attribution | None:
    """The subject of a verb right after a quote that closes a relative clause with a comma:
    'Oakden, whom Hollings's allies have called "a show horse," responded:' -> "Oakden" (a
    name, then ", who" or ", whom" and the clause up to the quote's opening mark); else
    None."""
    i = close - 1
    while i > 0 and text[i] in "\"”’'» ":
        i -= 1
    if i <= 0 or text[i] != ",":
        return None  # (the quote ended its sentence: the verb after it has its own subject)
    lo = max(0, i - 300)
    opening = max(text.rfind('"', lo, i), text.rfind("“", lo, i))
    if opening < 0:
        return None
    m = _relative_head_re().search(text, max(0, opening - 100), opening)
    if m is None:
        return None
    return Attribution(m.group("name"), "name", cue.text, m.start("name"))


@cache
def _relative_head_re() -> regex.Pattern[str]:
    """A name, then a relative clause up to the end of the window: "Oakden, whom X called"."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’.-])(?P<name>{NAME_RUN_SRC})   # "Oakden"
        ,\ (?:who|whom)\                                    # ", whom"
        [^,.;:!?"“”\n]*                                     # the clause: "X has called"
        \Z
        """,
        regex.VERBOSE,
    )


def _named_right_before(text: str, before: tuple[int, int]) -> bool:
    """Whether a speech verb with its subject stands right before the quote's opening mark
    ('what he called "…"', 'which she described as "…"'): the quote is that clause's."""
    words = text[max(before[0], before[1] - 60) : before[1]].split()
    if words[-1:] == ["as"]:  # "which she described as", "who described it as"
        words = words[:-1]
    if words[-1:] and words[-1] in ("it", "them", "him", "her"):
        words = words[:-1]
    if not words or not (words[-1] in _NAMING_VERBS or words[-1] in cues().bare):
        return False
    # the verb's subject: a pronoun right before it, or "who" a few words back ("who last
    # year described it as")
    return any(w in ("he", "she", "they", "He", "She", "They", "who") for w in words[-5:-1])


_NAMING_VERBS = frozenset({"called", "calls", "dubbed", "termed", "described", "branded"})
"""Verbs whose object a quote may be ('what he called "…"'), said by their subject."""


def _reports_into(
    text: str, before: tuple[int, int], cue: Cue | None, *, plain: bool = False
) -> bool:
    """Whether the sentence before a quote reports speech that the quote completes: a speech
    verb (``cue``, the last of that sentence), then "that" ('Vance said before the game that
    confidence was "…"'), or with ``plain`` a plain verb of saying ('Dumas said the cap was
    the "…"') or any speech verb and a colon ('Moreau warned: "…"'); not a verb whose
    object the quote names ('a firm that describes itself as a "…"')."""
    if cue is None:
        return False
    if plain and (cue.text.casefold() in _PLAIN_SAYING or _colon_end(text, before) >= 0):
        return True  # ('Dumas said the cap was the "…"', 'Moreau warned: "…"')
    return text.find(" that ", cue.end - 1, before[1]) >= 0


_PLAIN_SAYING = frozenset({"said", "says", "told", "tells", "added", "wrote", "argued"})
"""The verbs of saying after which a sentence's words are the reported speech itself."""


def _colon_end(text: str, before: tuple[int, int]) -> int:
    """Where the colon that ends the gap ``before`` stands (past spaces), or -1."""
    end = before[1]
    while end > before[0] and text[end - 1] in " \t\u00a0\n":
        end -= 1
    return end - 1 if end > before[0] and text[end - 1] == ":" else -1


def _cue_in_clause(text: str, before: tuple[int, int], cue: Cue) -> bool:
    """Whether ``cue`` stands inside a relative clause set off by commas that closes before
    the gap's end: "Another analyst, who asked not to be named because their firm advises
    rivals, was blunter:" (the clause's verb reports nothing; the colon's subject speaks)."""
    who = text.rfind(", who ", max(before[0], cue.start - 120), cue.start)
    return who >= 0 and text.find(", ", cue.end, before[1]) >= 0


MAX_COLON_WORDS = 20
"""How many words the sentence before a colon may have for `colon_subject` to read it."""


def _outside_clause(stretch: str) -> str:
    """``stretch`` without its first relative clause set off by commas, which tells of the
    subject and does not lengthen the sentence's own frame: "Another banker, who asked not
    to be named because her bank advises bidders, was cautious" -> "Another banker, was
    cautious"."""
    who = stretch.find(", who ")
    who = who if who >= 0 else stretch.find(", whose ")  # ("The showrunner, whose drama …,")
    end = stretch.find(", ", who + 6) if who >= 0 else -1
    return stretch if end < 0 else stretch[:who] + stretch[end:]


def _frame_words(frame: str) -> int:
    """How many words of a sentence before a colon count against `MAX_COLON_WORDS`: none of
    the topics after "about", which lengthen it without changing who speaks ("The showrunner
    … talks to THR about the call she got, the writers she had to let go and why she isn't
    giving up:" is "The showrunner … talks to THR")."""
    about = frame.find(" about ")
    return (frame if about < 0 else frame[:about]).count(" ")


def colon_subject(text: str, lo: int, colon: int) -> Attribution | None:
    """The person a sentence ending in the colon at ``colon`` is about, when it opens with
    that person and reports no speech: "The local councillor, Neil Bain, struck a more
    cautious note:", "His granddaughter, Ruby, was less forgiving:", "Mayor Jane Roe was
    unimpressed:", "She was blunt:"; else None. A name alone must have two words at least
    ("Residents were furious:" names no one)."""
    starts = sentence_starts(text, max(lo, colon - 300), colon)
    at = starts[-1] if starts else max(lo, colon - 300)
    while at < colon and text[at] in " \t\u00a0\n":
        at += 1
    stretch = text[at:colon]
    if not stretch or any(mark in stretch for mark in '"“”«»'):
        return None
    v = vocabulary()
    opener, comma, rest = stretch.partition(", ")
    first = opener.split(" ", 1)[0]
    scene = first.casefold() in v.scene_openers  # "Asked whether it could be seen again,"
    if _frame_words(_outside_clause(rest if comma and scene else stretch)) >= MAX_COLON_WORDS:
        return None
    reaction = _reaction_re().search(text, at, colon)
    if reaction is not None:  # "Former Liverpool defender Jamie Carragher on Sky Sports:"
        words = tuple(reaction.group("name").split())
        if len(words) > 1 and not is_org(words):
            return Attribution(reaction.group("name"), "name", None, reaction.start("name"))
    m = _colon_subject_re().match(text, at, colon)
    if (m is None or m.group("name") == first) and (  # (not "The councillor, Neil Bain,")
        comma
        and opener.count(" ") < (MAX_COLON_WORDS if scene else MAX_OPENER_WORDS)
        and (first in v.stopwords or scene)
    ):  # "Later that day, Hughes issued a statement:", "Reached by phone, he was blunt:"
        at += len(opener) + 2
        if rest.startswith(("he ", "she ")):
            return Attribution(rest.split(" ", 1)[0], "pronoun", None, at)
        m = _colon_subject_re().match(text, at, colon)
    if m is None:
        return None
    if m.group("appos"):
        return Attribution(m.group("appos"), "name", None, m.start("appos"))
    if m.group("pron"):
        return Attribution(m.group("pron"), "pronoun", None, m.start("pron"))
    if m.group("desc"):  # (a person's description: "A third user", not "A decision")
        described = m.group("desc").split()
        for k in range(len(described), 1, -1):  # "A third user was": the noun before the verb
            if v.personal(described[k - 1].casefold()):
                desc = " ".join(described[:k])
                return Attribution(desc, "descriptor", None, m.start("desc"))
        if described[1] == "other" and described[0] == "The":  # "The other was less
            return Attribution("The other", "descriptor", None, m.start("desc"))  # charitable:"
        return None
    name = m.group("name")
    if name.split(" ", 1)[0] in v.stopwords:
        return None
    named = role_then_name(text, m.end("name"), colon)
    if named is not None:  # "Aston Villa defender Lucas Moreau:", "Sky Sports News' chief
        return Attribution(named[1], "name", None, named[0])  # reporter Kaveh Solhekol:"
    if (
        " " not in name
        and not v.relay_nouns.intersection(text[m.end() : colon].split())
        and not _surname_of_someone(text, m.start("name"), name)
    ):  # ("Residents were furious:"; but "Hughes issued a statement:", and "Favre put the
        return None  # choice bluntly at a public meeting:" after "The mayor, Corinne Favre,")
    return Attribution(name, "name", None, m.start("name"))


SURNAME_REACH = 3000
"""How far back (characters) `_surname_of_someone` looks for the full name of a surname."""


def _surname_of_someone(text: str, at: int, word: str) -> bool:
    """Whether ``word`` (a name of one word at ``at``) was printed earlier as the last word
    of a longer name ("Corinne Favre", then "Favre put it bluntly:"): a person met before,
    not a group ("Residents were furious:")."""
    stopwords = vocabulary().stopwords
    lo = max(0, at - SURNAME_REACH)
    i = text.rfind(" " + word, lo, at)
    while i > lo:  # (bounded: the window only)
        end = i + 1 + len(word)
        before = text[text.rfind(" ", lo, i) + 1 : i].strip(PUNCT)
        if (
            not text[end : end + 1].isalpha()
            and before[:1].isupper()
            and before.isalpha()
            and before not in stopwords
        ):
            return True
        i = text.rfind(" " + word, lo, i)
    return False


MAX_OPENER_WORDS = 4
"""How many words a time or place opening a sentence that ends in a colon may have ("Later
that day, …") for `colon_subject` to read the subject after it."""


@cache
def _reaction_re() -> regex.Pattern[str]:
    """A reaction's label with no verb: a name, then the outlet it spoke on or to, up to the
    colon ("Liverpool captain Virgil van Dijk to BBC Sport", "… Jamie Carragher on Sky
    Sports"; BBC Sport's "What they said")."""
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}'’-])(?P<name>{NAME_RUN_SRC})  # "Virgil van Dijk"
        \ (?:on|to)\ (?:the\ )?                          # on, to
        {NAME_RUN_SRC}(?:\ (?:of|and)\ (?:the\ )?{NAME_RUN_SRC})*  # "BBC Match of the Day"
        \Z
        """,
        regex.VERBOSE,
    )


@cache
def _colon_subject_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        (?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Aa]n?|[Oo]ne|[Aa]nother)   # "The local
        (?:\ [\p{{L}}\p{{M}}'’-]+){{1,4}},\ (?P<appos>{NAME_RUN_SRC}),\   # councillor, Neil Bain,"
        | (?P<pron>He|She)\                                   # "She was blunt:"
        | (?P<desc>(?:A|An|One|Another|The|the)(?:\ [\p{{Ll}}-]+){{1,3}})\ (?=\p{{Ll}})  # "A
                                        # third user was less sympathetic:", "The former chief
                                        # did not mince words:", "(Asked …,) the prosecutor
                                        # was brief:"
        | (?P<desc>(?:A|An|One|Another|The)(?:\ [\p{{Ll}}-]+){{1,3}})  # or a clause about
            ,\ who(?:se)?\ [^,:;"“”«»\n]{{1,120}},\ (?=\p{{Ll}})  # the source between: "Another
                                        # analyst, who asked not to be named because their
                                        # firm advises rivals, was blunter:", "The
                                        # showrunner, whose drama was dropped, talks …:"
        | (?P<name>{NAME_RUN_SRC})\ (?=\p{{Ll}})                # "Mayor Jane Roe was …"
        """,
        regex.VERBOSE,
    )


def _said_noun(text: str, before: tuple[int, int]) -> Attribution | None:
    """Whose words the quote is after "X's <noun> …:" ('Rosa Delgado's response was blunt:',
    'His verdict:'), the noun one of ``data/speech_verbs.json``'s "nouns"."""
    end = before[1]
    while end > before[0] and text[end - 1] in " \t\u00a0":
        end -= 1
    if end <= before[0] or text[end - 1] != ":":
        return None  # (most quotes: no colon right before)
    m = _said_noun_re().match(text, max(before[0], end - 160), end)
    if m is None:  # 'A statement from the All England Club: "…"'
        f = _noun_from_re().match(text, max(before[0], end - 160), end)
        return (
            None
            if f is None
            else Attribution(f.group("name"), "name", f.group("noun"), f.start("name"))
        )
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


@cache
def _noun_from_re() -> regex.Pattern[str]:
    """'A statement from the All England Club:', 'A statement from Selenix struck a similar
    tone:' (a word for what was said, or a document that says it, then who it is from, then
    perhaps a few words in lower case), read back from the colon before a quote."""
    words = {*cues().nouns, *vocabulary().relay_nouns}
    nouns = "|".join(sorted(words, key=len, reverse=True))
    return regex.compile(
        rf"""(?r)                                     # read back from the colon
        (?<![\p{{L}}\p{{M}}\d'’-])                    # at a word start
        (?:[Aa]n?|[Tt]he)\ (?:[\p{{Ll}}-]+\ )?       # "A", "The joint"
        (?P<noun>{nouns})                             # what was said: "statement"
        \ (?:from|by)\ (?:the\ )?                     # "from the"
        (?P<name>{NAME_RUN_SRC_BACK})                 # who said it: "All England Club"
        (?:\ [\p{{Ll}}-]+){{0,5}}                      # perhaps what it did: "struck a
                                                      # similar tone"
        :\Z                                           # then the colon
        """,
        regex.VERBOSE,
    )


_NOUN_OF_OPENERS = (
    *("That ", "This ", "Such ", "Which ", "was ", "is ", "has been ", "had been "),
    *("that ", "this "),  # after a dash: '"…" – that was the message from X'
)
"""How `_noun_of_re` may open: "That was the verdict of …", '"…," was the view of …'."""


@cache
def _noun_of_re() -> regex.Pattern[str]:
    """What a quote was and whose, in the sentence after it: '"…" That was the verdict of
    Tomasz Wierzbicki', '"…," was the warning from engineer Tomasz Wierzbicki' (a word for
    what was said, ``data/speech_verbs.json``'s "nouns", then who said it)."""
    nouns = "|".join(sorted(cues().nouns, key=len, reverse=True))
    return regex.compile(
        rf"""(?:(?:[Tt]hat|[Tt]his|Such|Which)\ )?     # "That", or nothing after a comma
        (?:was|is|has\ been|had\ been)\ (?:the|his|her)\ # "was the"
        (?:[\p{{Ll}}-]+\ )?                          # "blunt"
        (?P<noun>{nouns})                             # what was said: "verdict"
        \ (?:of|from)\ (?:[\p{{Ll}}-]+(?:['’]s?)?\ ){{0,3}}  # "of engineer", "from the chief",
                                                      # "from pensioners’ campaigner"
        (?P<name>{NAME_RUN_SRC})                      # who said it: "Tomasz Wierzbicki"
        """,
        regex.VERBOSE,
    )


def _introduces(text: str, after: tuple[int, int], cue: Cue) -> bool:
    """Whether a cue after a quote that ended its sentence opens new speech ('… noted that …')."""
    close = after[0] - 1
    while close > 0 and text[close] in "\"”’'»“ ":
        close -= 1
    if close < 0 or text[close] not in ".!?":
        return False
    nxt = _next_word_re().match(text, cue.end, min(after[1], cue.end + 40))
    return nxt is not None and nxt.group(1) in ("that", "how", "what", "why", "whether", "it")


def _inside_a_sentence_before(
    text: str, before: tuple[int, int], after: tuple[int, int], cue: Cue, start: int
) -> bool:
    """Whether a quote ends a sentence that opened before it, in its paragraph, with a
    person or a pronoun as its subject, and the cue after it, not right after the quote,
    is the next sentence's: 'She remembers it as "maybe a page, with diagrams." Either way,
    he wrote back.' (his writing back says nothing of her words; but '"…." Smith said.',
    '"…," she said.', and 'a firm that describes itself as a "…." A Crestline spokesperson
    told WIRED …', whose sentence is about something else)."""
    if cue.start == start or (
        text[after[0] - 2 : after[0] - 1] not in _ENDS and text[after[0] : after[0] + 1] != "."
    ):
        return False  # (cheap first: the cue follows the quote, or the quote goes on)
    at = before[1]  # (the opening mark)
    while at > before[0] and text[at - 1] in " \t\u00a0":
        at -= 1
    if at <= before[0] or not text[at - 1].isalpha():
        return False  # ("…: "…"", or the quote opens its sentence)
    subject = subject_opening(text, before[0], Cue(before[1], before[1], ""))
    return subject is not None and subject.kind in ("name", "pronoun")


_ENDS = (".", "!", "?")  # how a quote that ends its sentence ends


def _opening_before(text: str, lo: int, at: int) -> int:
    """The opening double quotation mark of the quote that ``at`` stands inside, counting
    the marks of ``text[lo:at]`` ("…" opens and closes in turn, “ opens, ” closes), or -1
    when ``at`` stands outside every quote."""
    window = text[lo:at]
    if '"' not in window and "“" not in window:
        return -1  # cheap first: no opening mark at all
    opening = -1
    for m in _double_mark_re().finditer(text, lo, at):  # (the marks only, not every character)
        c = m.group()  # (“ opens; " opens when none is open, else closes; ” closes)
        opening = m.start() if c == "“" or (c == '"' and opening < 0) else -1
    return opening


@cache
def _double_mark_re() -> regex.Pattern[str]:
    """A double quotation mark that `_opening_before` counts."""
    return regex.compile(r'["“”]')


_CLAUSE_PRONOUNS = frozenset({"it", "they", "he", "she"})
"""Pronouns that, as the subject of a speech verb inside what someone said, are that
someone: "Garza said he had asked …", "The ministry said that it had confirmed …"."""


_COMPARED = (" than ", ", as ", " just as ")
"""What opens a clause of comparison or comment inside another's sentence: "less than Treviño
claimed", "…, as the judge noted" (its speaker is not the sentence's)."""


def indirect_speaker(text: str, lo: int, hi: int) -> Attribution | None:
    """The subject of the last speech verb in ``text[lo:hi]``: 'Smith said the plan failed.'
    A verb inside quotation marks is the quoted speaker's own word, not the narration's
    ('A neighbour said she had seen patients turned away. "He told me it was full," she
    said': the neighbour, not "He")."""
    start = max(lo, hi - 300)
    cue = _last_cue(text, start, hi, same_sentence=False)
    while cue is not None:
        opening = _opening_before(text, start, cue.start)
        if opening < 0:
            break
        cue = _last_cue(text, start, opening, same_sentence=False)
    found = None if cue is None else _subject(text, lo, hi, cue)
    if found is not None and text.endswith(_COMPARED, max(lo, found.at - 9), found.at):
        # "Whitfield countered that the tub weighed less than Treviño claimed": the clause's
        # speaker is whom the sentence answers; its own subject, earlier, is who spoke
        cue = _last_cue(text, start, found.at, same_sentence=False)
        found = None if cue is None else _subject(text, lo, hi, cue)
    if found is not None and found.kind == "pronoun" and found.text in _CLAUSE_PRONOUNS:
        # "Kenya's health ministry said Wednesday that it had confirmed 41 cases": who said
        # so, earlier in the sentence, is who "it" is
        prior = _earlier_subject(text, lo, found.at)
        if prior is not None and prior.kind != "pronoun":
            return prior
    return found
