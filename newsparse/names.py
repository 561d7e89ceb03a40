"""Names: a printed speaker turned into the fullest name the article gives.

"President Vladimir Putin" is the name "Vladimir Putin" with the title "President"
(:func:`split_name`); "Tsikhanouskaya" is "Sviatlana Tsikhanouskaya" when the article
prints the longer form (:meth:`Resolver.fullest`); "Big Machine Records" and "Kremlin"
are organisations (:func:`is_org`). The word lists live in ``data/honorifics.json``,
``data/speaker_words.json`` and ``data/speaker_given_names.json`` and are read on first use.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile

__all__ = [
    "NAME_RUN_SRC",
    "NAME_RUN_SRC_BACK",
    "Resolver",
    "Vocabulary",
    "is_org",
    "name_run",
    "name_words",
    "opens_no_name",
    "parse_name",
    "sentence_start_at",
    "split_name",
    "vocabulary",
]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word lists of speakers and names, one field per list of the data files."""

    titles: frozenset[str]  # "president", "sen." (case-folded)
    title_continuations: frozenset[str]  # "general" in "Attorney General"
    title_portfolios: frozenset[str]  # "commerce" in "Commerce Secretary", never alone
    title_gender: dict[str, str]  # "mrs" -> "f"
    stopwords: frozenset[str]  # "But", "However": open sentences, never names
    org_words: frozenset[str]  # last words of organisations: "records", "court"
    org_names: frozenset[str]  # one-word organisations: "Kremlin"
    relay_nouns: frozenset[str]  # "statement": speaks for whoever issued it
    org_nouns: frozenset[str]  # "company": the organisation last named
    pronouns: dict[str, str]  # "she" -> "f", "they" -> "group"
    given_names: dict[str, str]  # "Anna" -> "f"
    given_any: frozenset[str]  # every given name listed, "Sam" and "Alex" too
    junk_desc_ends: frozenset[str]  # no described speaker ends in "to"
    document_nouns: frozenset[str]  # "the study": kept as printed
    demonyms: frozenset[str]  # "Chinese": starts no person's name
    months: frozenset[str]
    place_words: frozenset[str]  # "Sea", "Summit": places and events (case-folded)
    abbreviations: frozenset[str]  # "mr", "u.s": full stops that end no sentence
    not_before_cue: frozenset[str]  # "to say", "would tell": no attribution
    person_nouns: dict[str, str]  # "mother" -> "f": "one mother" is a person, and a she
    role_nouns: frozenset[str]  # "veteran": "the veteran said" is someone named just before
    group_nouns: frozenset[str]  # "researchers": a plural of people that "they" may be
    outlet_nouns: frozenset[str]  # "agency": "the agency said" may be a news outlet
    ly_nouns: frozenset[str]  # "family": "her family said" (no adverb like "reportedly")
    bare_nouns: frozenset[str]  # "police": "police said", no article and no plural -s


@cache
def vocabulary() -> Vocabulary:
    """The word lists, read from the data files on first use."""
    hon, words, given = (
        load("honorifics.json"),
        load("speaker_words.json"),
        load("speaker_given_names.json"),
    )
    return Vocabulary(
        titles=frozenset(t.casefold() for t in hon["titles"]),
        title_continuations=frozenset(t.casefold() for t in hon["continuations"]),
        title_portfolios=frozenset(t.casefold() for t in hon["portfolios"]),
        title_gender={t.casefold(): g for g, ts in hon["gendered"].items() for t in ts},
        stopwords=frozenset(words["stopwords"]),
        org_words=frozenset(w.casefold() for w in words["org_words"]),
        org_names=frozenset(words["org_names"]),
        relay_nouns=frozenset(words["relay_nouns"]),
        org_nouns=frozenset(words["org_nouns"]),
        pronouns=dict(words["pronouns"]),
        given_names={n: g for g in ("f", "m") for n in given[g]},
        given_any=frozenset(given["f"] + given["m"] + given["either"]),
        junk_desc_ends=frozenset(words["not_descriptor_ends"]),
        document_nouns=frozenset(words["document_nouns"]),
        demonyms=frozenset(words["demonyms"]),
        months=frozenset(words["months"]),
        place_words=frozenset(w.casefold() for w in words["place_words"]),
        abbreviations=frozenset(words["abbreviations"]),
        not_before_cue=frozenset(words["not_before_cue"]),
        person_nouns={n: g for g, ns in words["person_nouns"].items() for n in ns},
        role_nouns=frozenset(words["role_nouns"]),
        group_nouns=frozenset(words["group_nouns"]),
        outlet_nouns=frozenset(w.rstrip("s") for w in words["outlet_nouns"]),
        ly_nouns=frozenset(words["ly_nouns"]),
        bare_nouns=frozenset(words["bare_nouns"]),
    )


_PARTICLE = r"(?:de|da|del|della|der|den|di|du|dos|das|van|von|ter|ten|bin|ibn|al|el|le|la)"
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
NAME_RUN_SRC = rf"""
    \p{{Lu}}[\p{{L}}\p{{M}}'’.-]*+                 # a capitalised word: Putin, O'Donnell, S.B.
    (?:                                           # then up to six more,
        [\ \u00a0]                                # one space apart,
        (?:{_PARTICLE}[\ \u00a0]){{0,2}}          # perhaps through "van der", "de la"
        \p{{Lu}}[\p{{L}}\p{{M}}'’.-]*+
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
        if sentence_end(word):
            if k + 1 < len(words):  # "Aspects. Beth Meacham": a sentence ended inside the run
                out = []
                continue
            word = word[:-1]
            end = True
        if word and (word[0].isupper() or (out and word in _JOINING)):
            out.append(word)  # "Ludwig van Beethoven's", "Bank of England."
        if end or not word:
            break
    return out


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


def _nearest_before(positions: list[int], at: int) -> tuple[int, int]:
    """Sort key over sorted ``positions``: the latest before ``at``, else the earliest after."""
    k = bisect_right(positions, at - 1)
    return (positions[k - 1], 0) if k else (-1, -positions[0])


def _given_or_initial(word: str) -> bool:
    """A word that can stand before a name's other words: a given name, 'J.', 'Milo'."""
    return (
        word in vocabulary().given_any
        or (len(word) <= 2 and word.endswith("."))
        or word in _PARTICLES
    )


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls inside one of the sorted, disjoint ``spans``."""
    k = bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _first_sentence(run: str) -> str:
    """``run`` up to the first full stop that ends a sentence inside it, or the first
    possessive ("CEO Dario Amodei. Image Credits" -> "CEO Dario Amodei.", "Developer Jane
    Roe’s Harbor Group" -> "Developer Jane Roe’s"): a resolver's run is read from where it
    starts, and its words after a sentence end or a possessive are a run of their own."""
    if ". " not in run and "s " not in run:
        return run  # (most runs)
    end = 0
    for token in run.split(" ")[:-1]:
        end += len(token) + 1
        if sentence_end(token) or token.endswith(("'s", "’s")):
            return run[: end - 1]
    return run


@cache
def _colon_labels() -> frozenset[str]:
    """The one-word credit wrappers printed with a colon ("Credit:", "Photo:"), lower case:
    a caption's "… in Derbyshire Credit: PA" glues one to the word before it."""
    labels = load("credit_wrappers.json")["labels"]
    return frozenset(w[:-1] for w in labels if w.endswith(":") and " " not in w)


def _initials(word: str) -> bool:
    """'S.B.', 'J.', 'Jr.': a word whose full stop does not end a sentence."""
    return word.endswith(".") and ("." in word[:-1] or len(word) <= 3)


def _is_title(token: str) -> bool:
    return token.rstrip(".").casefold() in vocabulary().titles


def opens_no_name(word: str, sentence_start: bool) -> bool:
    """Whether :func:`split_name` drops ``word`` from the front of a run: "The" anywhere,
    "But" or "March" at a sentence start."""
    v = vocabulary()
    return word in _ALWAYS_STOP or (sentence_start and (word in v.stopwords or word in v.months))


def split_name(words: list[str], sentence_start: bool) -> tuple[tuple[str, ...], str | None]:
    """Name and title of a run: 'But President Vladimir Putin' -> (Vladimir, Putin), President.

    The title may carry a field ("Director of Research Helen Pradhan"), an occupation
    before a given name ("Singer Bram Okafor") and an organisation ahead of it ("Bank of
    England Governor Andrew Bailey": the name is what follows the title, when no
    organisation).
    """
    v = vocabulary()
    i = 0
    while i < len(words) and opens_no_name(words[i], sentence_start):
        i += 1
    words = words[i:]
    last_title = -1
    for j in range(len(words) - 1):
        key = words[j].rstrip(".").casefold()
        if (
            key in v.titles
            or (key in v.title_continuations and j > 0 and _is_title(words[j - 1]))
            or (key in v.role_nouns and words[j + 1] in v.given_any)  # "Singer Bram Okafor"
        ):
            last_title = j
    if last_title < 0:
        return tuple(words), None
    first_title = last_title
    while first_title > 0:
        before = words[first_title - 1]
        if not (
            _is_title(before)
            or before.rstrip(".").casefold() in v.title_continuations
            or before.casefold() in v.title_portfolios  # "Commerce Secretary"
            or (before in _FIELD and first_title > 1 and _is_title(words[first_title - 2]))
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

# A name spelled out before its initials in brackets, searched backwards from the bracket:
# "National Highway Traffic Safety Administration", "Food and Drug Administration".
SPELLED_OUT = lazy_compile(
    r"""
    (?r)                                           # read back from the bracket
    \p{Lu}[\p{L}\p{M}.'’-]*                         # a capitalised word,
    (?:[\ \u00a0](?:of|for|and|on|the|\p{Lu}[\p{L}\p{M}.'’-]*)){0,9}  # then more, joined
    [\ \u00a0]*\Z                                  # up to the bracket
    """,
    regex.VERBOSE,
)
_JOINERS = frozenset({"of", "for", "and", "on", "the"})


def _initials_of(words: tuple[str, ...], count: int) -> str:
    """The initials of the last ``count`` capitalised words of ``words``."""
    capitals = [w[0] for w in words if w not in _JOINERS]
    return "".join(capitals[-count:]) if len(capitals) >= count else ""


def _significant_span(words: tuple[str, ...], count: int) -> int:
    """How many of the last words hold the last ``count`` capitalised ones."""
    seen = 0
    for k in range(len(words) - 1, -1, -1):
        if words[k] not in _JOINERS:
            seen += 1
            if seen == count:
                return len(words) - k
    return len(words)


def _name_after_field(field: list[str]) -> int:
    """How many of the last words after a title's "of" are the name: from a given name on
    ("Research Helen Pradhan": 2), else the last two of three or more words, else the last."""
    given = vocabulary().given_any
    at = next((k for k, w in enumerate(field[:-1]) if w in given), None)
    if at is not None:
        return len(field) - at
    return 2 if len(field) > 2 else len(field) - 1


_TITLE_FIELD = frozenset({"of", "for"})  # "Secretary of State", "Minister for Health"


@lru_cache(maxsize=8192)
def parse_name(run: str, sentence_start: bool) -> tuple[tuple[str, ...], str | None]:
    """``split_name(name_words(run), sentence_start)``, cached: names repeat."""
    return split_name(name_words(run), sentence_start)


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


@cache
def _org_tail_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        [\ \u00a0](?:of|on|for|to|and)[\ \u00a0]   # "Council on", "Bank of"
        (?:the[\ \u00a0])?                       # "Bank of the West"
        {NAME_RUN_SRC}                            # "Foreign Relations", "England"
        """,
        regex.VERBOSE,
    )


def org_tail(text: str, at: int, name: str) -> str:
    """``name`` printed at ``at``, carried on through "of", "on", "for" … when its last word
    makes it an organisation or a title: "Council" -> "Council on Foreign Relations",
    "Secretary" -> "Secretary of State Antony Blinken"."""
    last = name.rsplit(None, 1)[-1]
    if last.casefold() not in vocabulary().org_words and not _is_title(last):
        return name
    end = at + len(name)
    m = _org_tail_re().match(text, end, min(len(text), end + 120))
    if m is None or m.group().endswith(("'s", "’s")):
        return name
    return name + m.group()


def sentence_start_at(text: str, at: int) -> bool:
    """Whether offset ``at`` opens a sentence (or a line)."""
    i = at - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_OPENERS


@dataclass(slots=True)  # not frozen: built in hot loops, and a frozen one is 3x slower to build
class _Named:
    at: int
    name: tuple[str, ...]
    title: str | None
    numbered: bool = False  # a number follows: "SpaceX Falcon 9", "Boeing 737" (no person)


class Resolver:
    """Resolves printed names to the fullest name the article gives; built once per article.

    Nothing is indexed up front: each lookup reads only the occurrences of one word
    (``str.find``), so the cost follows the quotes, not the text.
    """

    def __init__(
        self,
        text: str,
        quoted: list[tuple[int, int]] | None = None,
        titles: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.quoted = quoted or []  # the quotes' (start, end), sorted: names inside don't count
        # the headline's and subheadings' (start, end), sorted: a title-case line is one long
        # capitalised run ("Margot Ellison Exits Sequel"), never a fuller form of a name
        self.title_spans = titles or []
        self.gender: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.known_last: set[str] = set()  # last words of the people quoted so far
        self._runs: dict[str, list[_Named]] = {}
        self._forms: dict[tuple[str, ...], dict[tuple[str, ...], list[int]]] = {}
        self._spelled: dict[str, tuple[str, ...] | None] = {}  # initials -> the name in full
        self._named: dict[int, _Named | None] = {}  # runs by where they start
        self._around: dict[int, _Named | None] = {}  # runs by where a word of theirs starts
        self._before: dict[int, str] = {}  # the word that ends at an offset

    def _run_at(self, start: int) -> _Named | None:
        """The whole capitalised run around the word at ``start``, split into name and title."""
        if start in self._around:
            return self._around[start]
        found = self._around[start] = self._find_run(start)
        return found

    def _find_run(self, start: int) -> _Named | None:
        text = self.text
        left = start
        for _ in range(6):  # walk back over capitalised words (and particles) one space apart
            if left < 2 or text[left - 1] not in _SEPARATORS:
                break
            last = text[left - 2]
            if not (last.isalnum() or last == "."):  # cheap first: how the word before ends
                break
            word = self._word_before(left - 1)
            k = left - 1 - len(word)
            if (
                not word
                or not (word[0].isupper() or word in _PARTICLES)
                or not (word[-1].isalnum() or _initials(word))
                or word.endswith(("'s", "’s"))  # "Jane Roe’s Harbor Group": a run of its own
            ):
                break
            left = k
        while left < start and not text[left].isupper():
            left = text.find(" ", left) + 1
        if left in self._named:
            return self._named[left]
        run = name_run().match(text, left, min(len(text), left + 160))
        found = None
        if run is not None:
            whole = run.group()
            printed = _first_sentence(whole)
            if printed is whole and text.startswith(":", run.end()):
                # "… in Derbyshire Credit: PA": the wrapper is no word of the name
                head, _, last = printed.rpartition(" ")
                if head and last.casefold() in _colon_labels():
                    printed = head
            name, title = parse_name(printed, sentence_start_at(text, left))
            end = run.end() if printed is whole else left + len(printed)
            numbered = text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit()
            found = _Named(left, name, title, numbered) if name else None
        self._named[left] = found
        return found

    def _word_before(self, end: int) -> str:
        """The word (at most 40 characters) that ends at ``end``, cached."""
        word = self._before.get(end)
        if word is None:
            chunk = self.text[max(0, end - 40) : end]
            word = "" if not chunk or chunk[-1].isspace() else chunk.rsplit(None, 1)[-1]
            self._before[end] = word
        return word

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
        n, size, titles = len(word), len(text), self.title_spans
        title_gender = vocabulary().title_gender
        while i >= 0 and len(out) < 200:
            end = i + n
            if (
                (i == 0 or not text[i - 1].isalnum())
                and (end == size or not text[end].isalnum())
                and not (titles and inside(titles, i))
            ):
                near = (
                    end + 1 < size and text[end] in _SEPARATORS and text[end + 1].isupper()
                ) or (i >= 2 and text[i - 1] in _SEPARATORS and self._name_word_ends(i - 1))
                run = self._run_at(i) if near else None
                if run is not None:
                    out.append(run)
                    if run.title:
                        key = " ".join(run.name)
                        self.titles.setdefault(key, run.title)
                        gender = title_gender.get(run.title.split()[-1].rstrip(".").casefold())
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
        if len(name) == 1 and name[0].isupper() and name[0].isalpha():
            spelled = self._acronym(name[0], at)
            if spelled is not None:  # "NHTSA" after "The National … Administration (NHTSA)"
                return spelled
        forms = self._forms.get(name)
        if forms is None:
            forms = self._forms[name] = self._longer_forms(name)
        if not forms:
            return name
        if len(forms) == 1:  # (the common case: no positions to compare)
            return next(iter(forms))
        return max(forms, key=lambda k: _nearest_before(forms[k], at))

    def _acronym(self, letters: str, at: int) -> tuple[str, ...] | None:
        """The name that ``letters`` abbreviates where the text spells it out before its first
        printing: "The National Highway Traffic Safety Administration (NHTSA)"."""
        if letters in self._spelled:
            return self._spelled[letters]
        text, spelled = self.text, None
        i = text.find("(" + letters + ")")
        if 0 < i < at:  # the name printed right before the bracket, read backwards
            m = SPELLED_OUT.search(text, max(0, i - 160), i)
            if m is not None:
                words = tuple(m.group().split())
                if _initials_of(words, len(letters)) == letters:
                    spelled = words[-_significant_span(words, len(letters)) :]
        self._spelled[letters] = spelled
        return spelled

    def _longer_forms(self, name: tuple[str, ...]) -> dict[tuple[str, ...], list[int]]:
        """Longer names ending with ``name`` (else starting with it), with where each is printed."""
        n = len(name)
        place_words = vocabulary().place_words
        for suffix in (True, False):
            forms: dict[tuple[str, ...], list[int]] = {}
            for m in self._occurrences(name[-1] if suffix else name[0]):
                part = m.name[-n:] if suffix else m.name[:n]
                if (
                    len(m.name) > n
                    and part == name
                    and m.name[-1].casefold() not in place_words
                    and not m.numbered  # "SpaceX Falcon 9" is no fuller "SpaceX"
                ):
                    if suffix and n > 1 and not _given_or_initial(m.name[-n - 1]):
                        continue  # "Belarus Jana Kowalska" for "Jana Kowalska": a place glued on
                    forms.setdefault(m.name, []).append(m.at)
            if forms:  # "Belarus Jane Doe" goes when "Jane Doe" is printed too
                return {
                    k: v
                    for k, v in forms.items()
                    if not any(len(o) < len(k) and k[-len(o) :] == o for o in forms)
                }
        if n == 1:  # a name known by a middle word: "Lula" in "Luiz Inácio Lula da Silva"
            for m in self._occurrences(name[0]):
                if (
                    len(m.name) > 2
                    and name[0] in m.name[1:-1]
                    and not m.numbered
                    and m.name[-1].casefold() not in place_words
                    and m.name[0] not in vocabulary().demonyms
                    and not is_org(m.name)
                ):
                    forms.setdefault(m.name, []).append(m.at)
        return forms

    def gender_of(self, name: str) -> str | None:
        """'f' or 'm' when the article or the given name tells, else None."""
        known = self.gender.get(name)
        if known is None:
            known = vocabulary().given_names.get(name.split(" ", 1)[0])
        return known

    def is_quoted(self, at: int) -> bool:
        """Whether offset ``at`` lies inside quotation marks."""
        return inside(self.quoted, at)
