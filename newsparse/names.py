"""Names: a printed run of capitalised words read as a name, a title or an organisation.

"President Vladimir Putin" is the name "Vladimir Putin" with the title "President"
(:func:`split_name`); "Big Machine Records" and "Kremlin" are organisations (:func:`is_org`);
the fullest form an article gives ("Tsikhanouskaya" -> "Sviatlana Tsikhanouskaya") is found
by ``newsparse.resolver``. The word lists live in ``data/honorifics.json``,
``data/speaker_words.json`` and ``data/speaker_given_names.json`` and are read on first use.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile

__all__ = [
    "BODY_JOINS",
    "CLAUSE_OPENERS",
    "NAME_RUN_SRC",
    "NAME_RUN_SRC_BACK",
    "POST_TIME",
    "WHEN_WORDS",
    "Vocabulary",
    "body_first",
    "field_name",
    "head_noun",
    "is_org",
    "is_title",
    "name_run",
    "name_words",
    "opens_no_name",
    "parse_name",
    "participle_opening",
    "sentence_start_at",
    "speaker_name",
    "split_name",
    "title_sex",
    "vocabulary",
]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word lists of speakers and names, one field per list of the data files."""

    titles: frozenset[str]  # "president", "sen." (case-folded)
    title_continuations: frozenset[str]  # "general" in "Attorney General"
    title_portfolios: frozenset[str]  # "commerce" in "Commerce Secretary", never alone
    title_gender: dict[str, str]  # "mrs" -> "f"
    short_forms: dict[str, tuple[str, ...]]  # "senator" -> ("Sen.",): printed before a name
    post_nominals: frozenset[str]  # "MSP", "OBE": printed after a name, no part of it
    offices: frozenset[str]  # "mayor", "governor": one person's public office
    office_qualifiers: frozenset[str]  # "chief" of "the Chief Justice": which holder
    other_office_qualifiers: frozenset[str]  # "shadow" of "Shadow chancellor": another office
    memberships: frozenset[str]  # "member" of "Council member Dana Cole": no office
    role_titles: dict[str, tuple[str, ...]]  # "prosecutor" -> ("u.s. attorney", …) (folded)
    same_offices: dict[str, frozenset[str]]  # "prosecutor" -> {"attorney", …}: one office
    stopwords: frozenset[str]  # "But", "However": open sentences, never names
    org_words: frozenset[str]  # last words of organisations: "records", "court"
    org_names: frozenset[str]  # one-word organisations: "Kremlin"
    relay_nouns: frozenset[str]  # "statement": speaks for whoever issued it
    org_nouns: frozenset[str]  # "company": the organisation last named
    generic_org_nouns: frozenset[str]  # "company": any organisation, whatever its name's end
    field_org_heads: frozenset[str]  # "department": "Department of Health and Human Services"
    pronouns: dict[str, str]  # "she" -> "f", "they" -> "group"
    given_names: dict[str, str]  # "Anna" -> "f"
    given_any: frozenset[str]  # every given name listed, "Sam" and "Alex" too
    junk_desc_ends: frozenset[str]  # no described speaker ends in "to"
    document_nouns: frozenset[str]  # "the study": kept as printed
    demonyms: frozenset[str]  # "Chinese": starts no person's name
    months: frozenset[str]
    scene_openers: frozenset[str]  # "speaking": "Speaking outside the court, X said" (folded)
    place_words: frozenset[str]  # "Sea", "Summit": places and events (case-folded)
    abbreviations: frozenset[str]  # "mr", "u.s": full stops that end no sentence
    place_abbreviations: frozenset[str]  # "calif", "alta": a headline may end in one
    noun_synonyms: dict[str, tuple[str, ...]]  # "rep" -> ("representative",): one person
    not_before_cue: frozenset[str]  # "to say", "would tell": no attribution
    person_nouns: dict[str, str]  # "mother" -> "f": "one mother" is a person, and a she
    role_nouns: frozenset[str]  # "veteran": "the veteran said" is someone named just before
    party_nouns: frozenset[str]  # "republican": "the Florida Republican said", as a role
    source_nouns: frozenset[str]  # "source": "a source close to the talks" may speak
    filed_nouns: frozenset[str]  # "lawsuit": "the lawsuit says" is whoever filed it
    voice_nouns: frozenset[str]  # "spokeswoman": speaks for the body that just spoke
    group_nouns: frozenset[str]  # "researchers": a plural of people that "they" may be
    pair_nouns: frozenset[str]  # "the couple": the two people last named together
    opinion_verbs: frozenset[str]  # "believes": "X believes Y would …" is X's view of Y
    kin_nouns: frozenset[str]  # "mum": "Mum Kerry said" is Kerry
    legal_suffixes: frozenset[str]  # "Inc.", "Ltd": no part of a company's fuller name
    outlet_nouns: frozenset[str]  # "agency": "the agency said" may be a news outlet
    ly_nouns: frozenset[str]  # "family": "her family said" (no adverb like "reportedly")
    bare_nouns: frozenset[str]  # "police": "police said", no article and no plural -s
    hyphen_prefixes: frozenset[str]  # "ex" of "Ex-wife": a compound, not a given name
    hyphen_suffixes: frozenset[str]  # "based" of "Paris-based": a compound, not a given name
    surname_prefixes: frozenset[str]  # "Ní" of "Ní Bhriain": a surname of two words
    noun_names: dict[str, frozenset[str]]  # "group" -> "association": what it may stand for
    body_role_nouns: frozenset[str]  # "forecaster": a role that may be the body named before
    lower_org_heads: tuple[str, ...]  # " police", " city council": a body's head in lower case
    nationality_nouns: dict[str, str]  # "dutchman" -> "Dutch": the adjective printed with one

    def personal(self, head: str) -> bool:
        """Whether a description with ``head`` (case-folded) may be a person's: a role, a
        title, a person of known sex or an unnamed source ("the minister", "a source")."""
        return (
            head in self.role_nouns
            or head in self.source_nouns
            or head in self.person_nouns
            or head in self.titles
        )

    def may_stand_for(self, noun: str, last: str) -> bool:
        """Whether a description with the organisation noun ``noun`` ("the group") may stand
        for an organisation whose name ends in ``last`` (case-folded): any name but one that
        ends in another organisation's word ("the National Security Council" is no "bank";
        "the … Conservation Association" may be "the group", `noun_names`)."""
        return last not in self.org_words or last == noun or last in self.noun_names.get(noun, ())


_HEAD_ENDS = frozenset({"for", "of", "at", "from", "with", "on", "in", "close", "to"})


def head_noun(words: list[str]) -> str:
    """The noun a description is about, case-folded: "A spokesperson for the fire service"
    -> "spokesperson"."""
    k = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    return words[k - 1].casefold()


@cache
def vocabulary() -> Vocabulary:
    """The word lists, read from the data files on first use."""
    hon, words, given = (
        load("honorifics.json"),
        load("speaker_words.json"),
        load("speaker_given_names.json"),
    )
    role_titles = {
        role: tuple(t.casefold() for t in titles) for role, titles in hon["role_titles"].items()
    }
    return Vocabulary(
        titles=frozenset(t.casefold() for t in hon["titles"]),
        title_continuations=frozenset(t.casefold() for t in hon["continuations"]),
        title_portfolios=frozenset(t.casefold() for t in hon["portfolios"]),
        title_gender={t.casefold(): g for g, ts in hon["gendered"].items() for t in ts},
        short_forms={role: tuple(forms) for role, forms in hon["short_forms"].items()},
        post_nominals=frozenset(hon["post_nominals"]),
        offices=frozenset(hon["offices"]),
        office_qualifiers=frozenset(w for ws in hon["qualifiers"].values() for w in ws),
        other_office_qualifiers=frozenset(hon["qualifiers"]["other_office"]),
        memberships=frozenset(hon["memberships"]),
        role_titles=role_titles,
        same_offices={  # ("u.s. attorney" of "prosecutor": an attorney's is the same office)
            role: frozenset(title.rsplit(None, 1)[-1] for title in titles)
            for role, titles in role_titles.items()
        },
        stopwords=frozenset(words["stopwords"]),
        scene_openers=frozenset(words["scene_openers"]),
        org_words=frozenset(w.casefold() for w in words["org_words"]),
        org_names=frozenset(words["org_names"]),
        relay_nouns=frozenset(words["relay_nouns"]),
        org_nouns=frozenset(words["org_nouns"]),
        generic_org_nouns=frozenset(words["generic_org_nouns"]),
        field_org_heads=frozenset(words["field_org_heads"]),
        pronouns=dict(words["pronouns"]),
        given_names={n: g for g in ("f", "m") for n in given[g]},
        given_any=frozenset(given["f"] + given["m"] + given["either"]),
        junk_desc_ends=frozenset(words["not_descriptor_ends"]),
        document_nouns=frozenset(words["document_nouns"]),
        demonyms=frozenset(words["demonyms"]),
        months=frozenset(words["months"]),
        place_words=frozenset(w.casefold() for w in words["place_words"]),
        abbreviations=frozenset(words["abbreviations"]),
        place_abbreviations=frozenset(words["place_abbreviations"]),
        noun_synonyms={k: tuple(v) for k, v in words["noun_synonyms"].items()},
        not_before_cue=frozenset(words["not_before_cue"]),
        person_nouns={n: g for g, ns in words["person_nouns"].items() for n in ns},
        role_nouns=frozenset(words["role_nouns"]),
        party_nouns=frozenset(words["party_nouns"]),
        source_nouns=frozenset(words["source_nouns"]),
        filed_nouns=frozenset(words["filed_nouns"]),
        voice_nouns=frozenset(words["voice_nouns"]),
        group_nouns=frozenset(words["group_nouns"]),
        pair_nouns=frozenset(words["pair_nouns"]),
        opinion_verbs=frozenset(words["opinion_verbs"]),
        kin_nouns=frozenset(words["kin_nouns"]),
        legal_suffixes=frozenset(words["legal_suffixes"]),
        outlet_nouns=frozenset(w.rstrip("s") for w in words["outlet_nouns"]),
        ly_nouns=frozenset(words["ly_nouns"]),
        nationality_nouns=dict(words["nationality_nouns"]),
        bare_nouns=frozenset(words["bare_nouns"]),
        hyphen_prefixes=frozenset(words["hyphen_prefixes"]),
        hyphen_suffixes=frozenset(words["hyphen_suffixes"]),
        surname_prefixes=frozenset(words["surname_prefixes"]),
        noun_names={noun: frozenset(ends) for noun, ends in words["noun_names"].items()},
        body_role_nouns=frozenset(words["body_role_nouns"]),
        lower_org_heads=tuple(  # longest first, each after a space: " city council"
            " " + h for h in sorted(words["lower_org_heads"], key=len, reverse=True)
        ),
    )


_PARTICLE_WORDS = (
    *("de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "van", "von"),
    *("ter", "ten", "bin", "ibn", "al", "el", "le", "la", "ap", "ben"),
    *("dela", "delos", "los", "las"),  # Filipino and Spanish: "dela Cruz", "de los Santos"
)  # lower-case words inside a name: "van der", "de la", "bin", "ap"
_PARTICLES = frozenset(_PARTICLE_WORDS)
_PARTICLE = "(?:" + "|".join(_PARTICLE_WORDS) + ")"
_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "az")  # glued on: "al-Hassan", "el-Sayed"
_ARTICLE = "(?:" + "|".join(_ARTICLES) + ")-"
GLUED_ARTICLE_SRC = _ARTICLE  # a name's glued article in lower case, opening it: "al-Amin"
NAME_RUN_SRC = rf"""
    \p{{Lu}}[\p{{L}}\p{{M}}'’.-]*+                 # a capitalised word: Putin, O'Donnell, S.B.
    (?:                                           # then up to six more,
        [\ \u00a0]                                # one space apart,
        (?:&[\ \u00a0])?                          # or " & " ("Procter & Gamble"),
        (?:{_PARTICLE}[\ \u00a0]){{0,2}}          # perhaps through "van der", "de la"
        (?:{_ARTICLE})?\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*+   # ("Mohammed al-Hassan")
    ){{0,6}}
"""
NAME_RUN_SRC_BACK = NAME_RUN_SRC.replace("*+", "*")  # for patterns matched backwards


@cache
def name_run() -> regex.Pattern[str]:
    """A run of capitalised words that may be a name: 'Sviatlana Tsikhanouskaya'."""
    return regex.compile(NAME_RUN_SRC, regex.VERBOSE)


_ALWAYS_STOP = frozenset({"The", "A", "An"})
_SENTENCE_OPENERS = frozenset(".!?\"“”'‘’:;—–(\n\r\f\v\u2028\u2029")
_SEPARATORS = frozenset(" \u00a0")  # what may stand between two words of one name


WHEN_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tonight", "overnight"}
)
"""Words of when that may end a capitalised run before a speech verb ("Mayor Jane Roe
Tuesday said"): no part of a name."""


def name_words(run: str) -> list[str]:
    """The words of a capitalised run, cleaned: a possessive ends the name, a full stop goes."""
    words = run.split()
    if not any(c in run for c in "'’.-"):
        if len(words) > 1 and words[-1].casefold() in WHEN_WORDS:
            words.pop()  # "Jane Roe Tuesday said"
        return words
    out: list[str] = []
    for k, raw in enumerate(words):
        if k and _ticker(raw):
            continue  # "BHP BHP.AX": Reuters prints the stock's code after the name
        if raw.endswith(("'s", "’s", "s'", "s’")) and k + 1 < len(words):  # "NASA's Steve Clarke",
            # "Ariel Property Advisors’ Shimon Shkury"
            out = []
            continue
        end = raw.endswith(("'s", "’s", "'", "’"))
        word = (raw.removesuffix("s") if raw.endswith(("'s", "’s")) else raw).rstrip("'’")
        if (
            "-" in word
            and not _syllables(word)
            and any(p[:1].islower() for p in word.split("-")[1:])
        ):
            out = []  # "Mandarin-language", "Pro-democratic": an adjective, not a name
            continue
        if sentence_end(word):
            if k + 1 < len(words):  # "Aspects. Beth Meacham": a sentence ended inside the run
                out = []
                continue
            word = word[:-1]
            end = True
        if word and (word[0].isupper() or (out and word in _JOINING) or _glued_article(word)):
            out.append(word)  # "Ludwig van Beethoven's", "Bank of England."
        if end or not word:
            break
    if len(out) > 1 and out[-1].casefold() in WHEN_WORDS:
        out.pop()  # "Jane Roe Tuesday said"
    return out


def _ticker(word: str) -> bool:
    """A stock's code: capitals, a full stop, an exchange's letters ("BHP.AX", "RIO.L")."""
    head, dot, market = word.partition(".")
    return (
        bool(dot)
        and 2 <= len(head) <= 6
        and head.isupper()
        and head.isalnum()
        and 1 <= len(market) <= 2
        and market.isalpha()
        and market.isupper()
    )


def _syllables(word: str) -> bool:
    """A given name of two short syllables joined by a hyphen, the second in lower case:
    "Ji-won", "Dae-jung", "Seung-hoon" (Korean names); not a compound ("Ex-wife",
    "Paris-based", "Mandarin-language": a long first part, or a vocabulary part)."""
    first, dash, second = word.partition("-")
    if not (dash and 2 <= len(first) <= 5 and 2 <= len(second) <= 5):
        return False
    if not (first.isalpha() and first.istitle() and second.isalpha() and second.islower()):
        return False
    v = vocabulary()
    return first.lower() not in v.hyphen_prefixes and second not in v.hyphen_suffixes


def _glued_article(word: str) -> bool:
    """A surname with an Arabic article glued on: "al-Hassan", "el-Sayed"."""
    head, dash, rest = word.partition("-")
    return bool(dash) and head in _ARTICLES and rest[:1].isupper()


def sentences_of(at: int, run: str) -> list[tuple[int, str]]:
    """A run cut where a sentence ends inside it: 'Elise Matthesen. Lacking' -> two runs."""
    if "." not in run:
        return [(at, run)]
    out: list[tuple[int, str]] = []
    start = 0
    for word in run.split(" "):
        end = run.find(word, start) + len(word)
        if sentence_end(word):
            out.append((at + start, run[start:end]))
            start = end + 1
    if start < len(run):
        out.append((at + start, run[start:]))
    return out


def sentence_end(word: str) -> bool:
    """A word whose final full stop ends a sentence (not 'S.B.', 'Jr.', 'U.S.')."""
    return (
        word.endswith(".")
        and len(word) > 2
        and word[-3] != "."
        and word[:-1].casefold() not in vocabulary().abbreviations
    )


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls inside one of the sorted, disjoint ``spans``."""
    k = bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _initials(word: str) -> bool:
    """'S.B.', 'J.', 'Jr.': a word whose full stop does not end a sentence."""
    return word.endswith(".") and ("." in word[:-1] or len(word) <= 3)


def is_title(token: str) -> bool:
    """Whether ``token`` is a title printed before a name ("Rep.", "Mayor")."""
    return token.rstrip(".").casefold() in vocabulary().titles


def opens_no_name(word: str, sentence_start: bool) -> bool:
    """Whether :func:`split_name` drops ``word`` from the front of a run: "The" anywhere,
    "But" or "March" at a sentence start."""
    v = vocabulary()
    return word in _ALWAYS_STOP or (
        sentence_start and (word in v.stopwords or word in v.months or _contracted(word, v))
    )


_CONTRACTED = ("'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d", "'m", "’m")
"""The verbs a pronoun is contracted with ("You've", "We're"); not "'s", a possessive's
too ("May's")."""


def _contracted(word: str, v: Vocabulary) -> bool:
    """Whether ``word`` is a stopword and a contracted verb, no name: "You've called this
    '…'" (an interviewer's question), "We'd"."""
    if not word.endswith(_CONTRACTED):
        return False
    cut = max(word.rfind("'"), word.rfind("’"))
    return word[:cut] in v.stopwords


def split_name(words: list[str], sentence_start: bool) -> tuple[tuple[str, ...], str | None]:
    """Name and title of a run: 'But President Vladimir Putin' -> (Vladimir, Putin), President.

    The title may carry a field ("Director of Research Helen Pradhan"), an occupation
    before a given name ("Singer Bram Okafor") and an organisation ahead of it ("Bank of
    England Governor Andrew Bailey": the name is what follows the title, when no
    organisation). Letters after a name of two words or more go ("Murdo Fraser MSP").
    """
    v = vocabulary()
    i = 0
    while i < len(words) and opens_no_name(words[i], sentence_start):
        i += 1
    words = words[i:]
    while len(words) > 2 and words[-1].rstrip(".,") in v.post_nominals:
        words = words[:-1]  # "Murdo Fraser MSP", "Jane Roe OBE": the letters after a name
    last_title = -1
    for j in range(len(words) - 1):
        key = words[j].rstrip(".").casefold()
        if (
            key in v.titles
            or (key in v.title_continuations and j > 0 and is_title(words[j - 1]))
            or (  # "Singer Bram Okafor", "Democrat Joe Biden", "Mum Kerry"
                (key in v.role_nouns or key in v.party_nouns or key in v.person_nouns)
                and words[j + 1] in v.given_any
            )
            or (  # "Mum Kerry said", a given name no list knows: a relative's
                j == 0 and len(words) == 2 and key in v.kin_nouns and words[1].isalpha()
            )
        ):
            last_title = j
    if last_title < 0:
        return tuple(words), None
    first_title = last_title
    while first_title > 0:
        before = words[first_title - 1]
        if not (
            is_title(before)
            or before.rstrip(".").casefold() in v.title_continuations
            or before.casefold() in v.title_portfolios  # "Commerce Secretary"
            or (before in _FIELD and first_title > 1 and is_title(words[first_title - 2]))
        ):  # "Secretary of State": "of" inside the title
            break
        first_title -= 1
    start = last_title + 1
    if words[start] in _FIELD:  # "Director of Research Helen Pradhan": a field, then the name
        start = len(words) - _name_after_field(words[start + 1 :])
    name = tuple(words[start:])
    if is_org(tuple(words)) and (not name or is_org(name)):
        return tuple(words), None  # "Ohio Supreme Court": no title to take off
    return name, " ".join(words[first_title:start]) if name else " ".join(words[first_title:])


_FIELD = frozenset({"of", "for"})  # "Secretary of State", "Minister for Health"


def _name_after_field(field: list[str]) -> int:
    """How many of the last words after a title's "of" are the name: from a given name on
    ("Research Helen Pradhan": 2), else the last two of three or more words, else the last."""
    given = vocabulary().given_any
    at = next((k for k, w in enumerate(field[:-1]) if w in given), None)
    if at is not None:
        return len(field) - at
    count = 2 if len(field) > 2 else len(field) - 1
    while count < len(field) - 1 and _initial(field[-count - 1]):
        count += 1  # "Opposition C N Shivaprakash": the initials before the name are its own
    return count


def _initial(word: str) -> bool:
    """'C', 'C.', 'K.R.': a given name printed as initials."""
    letters = word.replace(".", "")
    return 0 < len(letters) <= 3 and letters.isupper() and letters.isalpha() and (
        len(letters) == 1 or "." in word
    )


_TITLE_FIELD = frozenset({"of", "for"})  # "Secretary of State", "Minister for Health"


def field_name(text: str, at: int, name: tuple[str, ...]) -> tuple[str, ...]:
    """``name``, a run printed at ``at``, without the field or place that opens it when a
    title and "for" or "of" (perhaps "the") stand before the run: "Labour MP for Bradford
    West Naz Shah" -> ("Naz", "Shah"), "Minister for Health Jo Lee" -> ("Jo", "Lee"),
    "Speaker of the House Ravi Kumar" -> ("Ravi", "Kumar")."""
    if len(name) < 2 or not text.endswith((" for ", " of ", " the "), max(0, at - 40), at):
        return name
    before = text[max(0, at - 40) : at].split()
    if before[-1:] == ["the"]:  # "Leader of the Opposition C N Shivaprakash": a body after
        if len(before) < 3 or not before[-3][:1].isupper():  # "the", after a title printed
            return name  # as one (not "a spokesman for the Department for …")
        before = before[:-1]
    if len(before) < 2 or not is_title(before[-2]) or before[-1] not in _TITLE_FIELD:
        return name
    return name[len(name) - _name_after_field(list(name)) :]


@lru_cache(maxsize=8192)
def parse_name(run: str, sentence_start: bool) -> tuple[tuple[str, ...], str | None]:
    """``split_name(name_words(run), sentence_start)``, cached: names repeat."""
    return split_name(name_words(run), sentence_start)


_PARTICIPLE_CLAUSE = lazy_compile(
    r"""
    [^,.;:!?"“”\n]{0,60}          # "on X", "to a fan": the participle's words,
    ,\ (?:he|she|they|I|we|it)\b  # then the sentence's subject: ", he said"
    | \ \p{Ll}[^,.;:!?"“”\n]{0,60}  # or its object in lower case ("a narrative conclusion")
    ,\ (?:the|a|an)\ \p{Ll}         # then a described subject: ", the senior coroner"
    """,
    regex.VERBOSE,
)


def participle_opening(text: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` is a participle opening a clause before its sentence's
    subject ("Posting on X, he said:", "Replying to a fan, she wrote", "Recording a
    narrative conclusion, the senior coroner said", "Pressed by prosecutors on why the
    payments stopped, she paused": a participle in -ing, or one of `scene_openers` before a
    word in lower case, however long its clause), no name."""
    end = at + len(word)
    if word.casefold() in vocabulary().scene_openers and text[end : end + 1] == " ":
        # ("Pressed by", "Asked about": no one's name)
        return text[end + 1 : end + 2].islower() and sentence_start_at(text, at)
    return (
        word.endswith("ing")
        and sentence_start_at(text, at)
        and _PARTICIPLE_CLAUSE.match(text, at + len(word), min(len(text), at + len(word) + 70))
        is not None
    )


@lru_cache(maxsize=8192)
def speaker_name(run: str, sentence_start: bool) -> tuple[tuple[str, ...], str | None]:
    """`parse_name` of a run that names a speaker: a role that opens a run of three words or
    more is a title even before a given name no list knows ("Economist Selima
    Rahman-Kabir", "Producer Olamide Balogun-Crane"), and so is any word no list knows
    before a known given name ("Coxswain Martin Blewett"). (Only for speakers: a run such
    as "Star Wars Episode" never says anything.)"""
    words, title = parse_name(run, sentence_start)
    if title is None and len(words) > 2 and not is_org(words[1:]):
        v = vocabulary()
        first = words[0]
        if first.casefold() in v.role_nouns or (
            # a word no list knows before a known given name: "Coxswain Martin Blewett",
            # "Headteacher Carol Penrose" (the given name opens the name)
            words[1] in v.given_any
            and first not in v.given_any
            and first.isalpha()
            and first[1:].islower()
            and first not in v.demonyms
            and first not in v.org_names
            and first.casefold() not in v.place_words
        ):
            return words[1:], first
    return words, title


BODY_JOINS = (" in the ", " of the ")
"""What joins a title to the body it is held in: "Leader of the Opposition in the Assembly"."""


def body_first(name: Sequence[str]) -> int:
    """How many of a name's first words, printed after `BODY_JOINS`, are a body (its last
    word one of `org_words`) that ends a title glued to the name after it: 1 for "Assembly B
    S Gowdar", 2 for "Rajya Sabha Mallikarjun Kharge"; 0 when no person of two or more
    capitalised words is left ("the House Appropriations Committee")."""
    org_words = vocabulary().org_words
    k = max((i + 1 for i, w in enumerate(name[:-2]) if w.casefold() in org_words), default=0)
    rest = name[k:]
    if k == 0 or is_org(tuple(rest)) or not all(w[:1].isupper() for w in rest):
        return 0
    return k


@lru_cache(maxsize=8192)
def is_org(name: tuple[str, ...]) -> bool:
    """An organisation rather than a person: 'Big Machine Records', 'Kremlin', 'NASA'."""
    if not name:
        return False
    last = name[-1].rstrip(".")
    v = vocabulary()
    return (
        last.casefold() in v.org_words
        or last in v.org_names
        or (len(last) > 1 and last.isupper() and len(name) == 1)
        or any(  # "Council on Foreign Relations", "Bank of England"
            w in ORG_CONNECTORS and name[k].casefold() in v.org_words
            for k, w in enumerate(name[1:-1])
        )
    )


ORG_CONNECTORS = frozenset({"of", "on", "for", "to", "and"})
_JOINING = _PARTICLES | ORG_CONNECTORS  # lower-case words inside a name


_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)[\ \u00a0]\d"
)
"""A weekday, or a month and its day, which no organisation's name carries on into."""


@cache
def _org_tail_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        [\ \u00a0](?:                            # "Council on", "Bank of"
          (?:of|on|for|to)[\ \u00a0](?:the[\ \u00a0])?  # "Bank of the West"
          | and[\ \u00a0]                          # no "the" after "and": "Highland Council
        )                                        # and the Scottish Fire … Service" are two
        (?!{_WHEN})                               # (not a day: "the hospital on Monday")
        {NAME_RUN_SRC}                            # "Foreign Relations", "England"
        """,
        regex.VERBOSE,
    )


_TAIL_JOINERS = ("of", "on", "for", "to", "and")
"""The words that may carry a name on (`_org_tail_re`): `org_tail`'s cheap first test."""


def org_tail(text: str, at: int, name: str) -> str:
    """``name`` printed at ``at``, carried on through "of", "on", "for" … when its last word
    makes it an organisation or a title: "Council" -> "Council on Foreign Relations",
    "Secretary" -> "Secretary of State Antony Blinken"."""
    end = at + len(name)
    if not text.startswith(_TAIL_JOINERS, end + 1):
        return name  # cheap first: no joining word right after the name (most names)
    last = name.rsplit(None, 1)[-1]
    if last.casefold() not in vocabulary().org_words and not is_title(last):
        return name
    m = _org_tail_re().match(text, end, min(len(text), end + 120))
    if m is None:
        return name
    tail = m.group()
    if "." in tail:  # a full stop after a word ends the sentence, and the name: "University
        # of Exeter. The team …" (not an initial's or an abbreviation's: "U.S.", "St.")
        abbreviations = vocabulary().abbreviations
        at_word = 0
        for word in tail.split(" "):
            bare = word[:-1]
            if (
                word.endswith(".")
                and len(bare) > 1
                and "." not in bare
                and bare.casefold() not in abbreviations
            ):
                return name + tail[: at_word + len(bare)]
            at_word += len(word) + 1
    if tail.endswith(("'s", "’s")):  # (after the full stop's cut: "of Vermont. Feld’s …")
        return name
    if last.casefold() in vocabulary().field_org_heads:
        tail += _and_tail(text, end + len(tail), tail)
    return name + tail


def _and_tail(text: str, end: int, tail: str) -> str:
    """The words after "and" that carry a department's name on past its field (the head is
    one of `field_org_heads`), when the field ends in no organisation's word and "and" joins
    no second name with "the" nor a person's ("Department of Health" + " and Human
    Services", "Department of Consumer" + " and Business Affairs"; not "Ministry of Finance
    and the Central Bank"); else ""."""
    v = vocabulary()
    if not text.startswith(" and ", end) or tail.rsplit(None, 1)[-1].casefold() in v.org_words:
        return ""
    m = name_run().match(text, end + 5, min(len(text), end + 85))
    if m is None or m.group().endswith(("'s", "’s")) or m.group().split(" ", 1)[0] in v.given_any:
        return ""
    words = m.group().split(" ")
    for k, word in enumerate(words):
        if word.endswith(".") and "." not in word[:-1] and len(word) > 2:
            words = [*words[:k], word[:-1]]  # the sentence's full stop: "… and Social Care."
            break
    if any("." in w for w in words):
        return ""  # (an initial's: a person's name)
    return " and " + " ".join(words)


_HEAD_JOINERS = (" of the ", " and the ", " of ", " and ", " for ", " on ", ", ")


def org_head(text: str, at: int, name: str) -> tuple[str, int]:
    """``name`` printed at ``at``, carried back over "of", "and", "for", "on" and commas to
    the start of the organisation's name it ends: "Mineral Resources" -> "Ministry of Energy
    and Mineral Resources", "Local Government" -> "Ministry of Housing, Communities and
    Local Government"; (name, at) unchanged when no organisation's word stands before it
    (a name that starts with a given name or a title is never carried back)."""
    if not text.endswith(_HEAD_JOINERS, 0, at):
        return name, at  # cheap first: no join right before the name (most names)
    v = vocabulary()
    first = name.split(None, 1)[0]
    if first in v.given_any or is_title(first):
        return name, at
    start, found = at, at
    for _ in range(4):  # (at most four joins: bounded)
        joiner = next((j for j in _HEAD_JOINERS if text.endswith(j, 0, start)), None)
        if joiner is None:
            break
        end = start - len(joiner)
        words = text[max(0, end - 80) : end].split(" ")[-4:]
        k = len(words)
        while k and _head_word(words[k - 1]):
            k -= 1  # (the capitalised words right before the join)
        if k == len(words):
            break
        head = words[k:]
        start = end - len(" ".join(head))
        if any(w.casefold() in v.org_words for w in head):
            found = start  # the organisation's own word: "Ministry", "Office"
    if found == at:
        return name, at
    return text[found : at + len(name)], found


CLAUSE_OPENERS = frozenset("\"”’\n,.")
"""What may stand (past spaces) right before a name that `and_head` carries back: a quote's
closing mark ('"…," Marks and Spencer said'), a line break, a comma or a sentence's stop
("In a statement, South Yorkshire Fire and Rescue said")."""


def and_head(text: str, at: int, name: str) -> tuple[str, int]:
    """``name`` printed at ``at`` right after a quote, carried back over "and" to the start
    of the one name it ends: "Rescue Service" -> "Devon and Somerset Fire and Rescue
    Service" ('"…," Devon and Somerset Fire and Rescue Service said'). Only when the name
    ends in an organisation's word ("Smith and Jones said" may be two people) or joins two
    single words that are no one's surname in the article ("Marks and Spencer"), the whole
    name opens its clause (`CLAUSE_OPENERS` before it) and no
    part of it is a person's name, opening with a title or a given name and more ("Jane Roe
    and Tom Baker" are two people); else (name, at) unchanged."""
    start = at
    for _ in range(3):  # (at most three joins: bounded)
        if not text.endswith(" and ", 0, start):
            break
        end = start - 5  # (a line break is a space here: "\n\nMarks and Spencer said")
        words = text[max(0, end - 60) : end].replace("\n", " ").split(" ")[-4:]
        k = len(words)
        while k and _head_word(words[k - 1]):
            k -= 1
        if k == len(words):
            break
        start = end - len(" ".join(words[k:]))
    if start == at:
        return name, at
    before = text[:start].rstrip(" ")
    if before and before[-1] not in CLAUSE_OPENERS:
        return name, at
    full = text[start : at + len(name)]
    v = vocabulary()
    parts = full.split(" and ")
    if name.rsplit(" ", 1)[-1].casefold() not in v.org_words and (
        len(parts) != 2
        or " " in full.replace(" and ", "")
        or any(_surname_of_someone(text, part) for part in parts)
    ):  # "Smith and Jones said": two people, perhaps; no organisation's word; but one word
        return name, at  # and one word ("Marks and Spencer") name a firm after its founders,
        # unless the article names a person by either ("Martha Fry" before "Ford and Fry")
    for k, part in enumerate(parts):
        first, _, rest = part.partition(" ")
        if (first in v.given_any and (rest or not k)) or is_title(first):
            return name, at  # a person's name ("Spencer" alone after "and" may be a surname)
    return full, start


def _surname_of_someone(text: str, word: str) -> bool:
    """Whether ``text`` prints ``word`` after a known given name ("Martha Fry"): a person's
    surname (read with ``str.find``: linear)."""
    given = vocabulary().given_any
    k = text.find(f" {word}")
    while k > 0:
        first = text[max(0, k - 30) : k].rsplit(None, 1)[-1:]
        if first and first[0] in given:
            return True
        k = text.find(f" {word}", k + 1)
    return False


_TITLE_JOINERS = (" and ", " for ", " of ")


def title_head(text: str, at: int, name: str) -> tuple[str, int]:
    """``name`` printed at ``at``, carried back over the field of a title that "and" split
    from it: "Economic Development Clara Yip" after "Secretary for Commerce and" is
    "Secretary for Commerce and Economic Development Clara Yip" (which `split_name` reads
    as a title and a name); (name, at) unchanged when no title stands within three joins, or
    when ``name`` holds no known given name (the seat of "Labour MP for Penrith and Solway,
    Jane Roe," is no part of a person's name)."""
    if not text.endswith(_TITLE_JOINERS, 0, at):
        return name, at  # cheap first: no join right before the name
    given = vocabulary().given_any
    if not any(word in given for word in name.split()[1:]):
        return name, at
    start = at
    for _ in range(3):  # (at most three joins: bounded)
        joiner = next((j for j in _TITLE_JOINERS if text.endswith(j, 0, start)), None)
        if joiner is None:
            return name, at
        end = start - len(joiner)
        words = text[max(0, end - 80) : end].split(" ")[-4:]
        k = len(words)
        while k and _head_word(words[k - 1]):
            k -= 1
        if k == len(words):
            return name, at  # no capitalised word before the join
        start = end - len(" ".join(words[k:]))
        if any(is_title(w) for w in words[k:]):
            return text[start : at + len(name)], start
    return name, at


def _head_word(word: str) -> bool:
    """A word of an organisation's name read back from a join: capitalised, on one line, no
    possessive ("Indonesia's Ministry": the country is no part of the name)."""
    return (
        word[:1].isupper()
        and word[-1:].isalnum()
        and word.isprintable()
        and not word.endswith(("'s", "’s"))
    )


def title_sex(title: str) -> str | None:
    """'f' or 'm' when a title tells ("Ms", "Mr.", "Minister Mrs"), else None."""
    return vocabulary().title_gender.get(title.rsplit(None, 1)[-1].rstrip(".").casefold())


# the time a live blog prints before each post: "13.15 Caledonian MacBrayne has cancelled …",
# "10:42am Police said …", "12.05pm GMT The minister …" (the subject opens after it)
POST_TIME = lazy_compile(
    r"""
    \d{1,2}[.:]\d{2}                      # "13.15", "10:42"
    (?:\ ?[ap]\.?m\.?)?                     # "am", "pm", "p.m."
    (?:\ (?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|PST|PDT|AEST|AEDT))?   # a time zone
    [:,]?\ +(?=\p{Lu})                      # then the post's first word
    """,
    regex.VERBOSE,
)


def sentence_start_at(text: str, at: int) -> bool:
    """Whether offset ``at`` opens a sentence (or a line, or a live blog's post after its
    time: "13.15 Caledonian MacBrayne has cancelled …", `POST_TIME`)."""
    i = at - 1
    while i >= 0:
        c = text[i]
        if c not in " \t\u00a0":
            return c in _SENTENCE_OPENERS or (c.isdigit() and _after_post_time(text, at))
        i -= 1
    return True


def _after_post_time(text: str, at: int) -> bool:
    """Whether a post's time that opens its line ends at ``at`` ("13.15 " before it)."""
    line = text.rfind("\n", max(0, at - 30), at) + 1
    if line == 0 and at > 30:
        return False  # (no line break near: a time in running text, "at 13.15 Caledonian …")
    stamp = POST_TIME.match(text, line, at + 1)
    return stamp is not None and stamp.end() == at
