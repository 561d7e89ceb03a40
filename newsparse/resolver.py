"""The fullest name an article gives for a printed speaker: "Tsikhanouskaya" is "Sviatlana
Tsikhanouskaya" where the article prints the longer form, "NHTSA" is "the National Highway
Traffic Safety Administration" where it is spelled out before (:meth:`Resolver.fullest`).

A :class:`Resolver` is built once per article and reads the text lazily: each lookup reads
only the occurrences of one word, so the cost follows the quotes, not the text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse.names import (
    _PARTICLES,
    _SEPARATORS,
    BODY_JOINS,
    _initials,
    body_first,
    inside,
    is_org,
    name_run,
    sentence_end,
    sentence_start_at,
    speaker_name,
    vocabulary,
)

__all__ = ["Resolver"]

_PLACE_BEFORE = frozenset(
    {"in", "at", "on", "near", "to", "from", "into", "outside", "inside", "the", "of", "across"}
)
"""Words before a capitalised run that make it a place ("in Lincoln Park", "the Albert Hall"),
not a person whose surname is a place word (`Resolver._placed_person`)."""


def _spelled_out(
    forms: dict[tuple[str, ...], list[int]],
) -> dict[tuple[str, ...], list[int]]:
    """``forms`` (longer forms of a name, with where each is printed) with a form that has
    initials for some words ("K. Vollmer", "John M. Ford") counted as the form that spells
    them out ("Katrin Vollmer", "John Milo Ford"), where the text prints one."""
    if len(forms) < 2:
        return forms
    merged: dict[tuple[str, ...], list[int]] = {}
    for form, printed in forms.items():
        full = next((o for o in forms if _abbreviates(form, o)), form)
        merged.setdefault(full, []).extend(printed)
    return {form: sorted(printed) for form, printed in merged.items()}


def _abbreviates(form: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether ``form`` is ``other`` with initials for some of its words: "K. Vollmer" of
    "Katrin Vollmer"."""
    return (
        form != other
        and len(form) == len(other)
        and all(
            a == b or (a.endswith(".") and len(a) <= 3 and b.startswith(a[:-1]) and len(b) > 3)
            for a, b in zip(form, other, strict=True)
        )
    )


def _nearest_before(positions: list[int], at: int) -> tuple[int, int]:
    """Sort key over sorted ``positions``: the latest before ``at``, else the earliest after."""
    k = bisect_right(positions, at - 1)
    return (positions[k - 1], 0) if k else (-1, -positions[0])


def _folded_particles(name: tuple[str, ...]) -> tuple[str, ...]:
    """``name`` with its particles in lower case: "Del Toro" and "del Toro", "Van der Berg"
    and "van der Berg" compare equal (a sentence capitalises its first word)."""
    if _PARTICLES.isdisjoint(map(str.casefold, name)):
        return name  # (most names; map and isdisjoint: no Python loop)
    return tuple(w.casefold() if w.casefold() in _PARTICLES else w for w in name)


def _given_or_initial(word: str) -> bool:
    """A word that can stand before a name's other words: a given name, 'J.', 'Milo'."""
    return (
        word in vocabulary().given_any
        or (len(word) <= 2 and word.endswith("."))
        or word in _PARTICLES
    )


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


@lru_cache(maxsize=256)
def _spelled_re(letters: str) -> regex.Pattern[str]:
    """Capitalised words with the initials ``letters``, perhaps joined by "of", "for", "and",
    "on" or "the" or a comma: "International Criminal Court" for ICC, "Foreign, Commonwealth
    and Development Office" for FCDO."""
    words = r",?(?:[\ \u00a0](?:of|for|and|on|the))?[\ \u00a0]".join(
        regex.escape(c) + r"\p{Ll}[\p{Ll}\p{M}'’-]*" for c in letters
    )
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}])          # a word's start,
        {words}                     # one capitalised word per letter, joined
        (?![\p{{L}}\p{{M}}])           # a word's end
        """,
        regex.VERBOSE,
    )


def _short_form(word: str) -> bool:
    """Whether ``word`` may be an organisation's short form: letters, all capitals ("NHTSA")
    or at least two of them in at most eight letters ("NiMet")."""
    if word[1:].islower() or not word.isalpha():
        return False  # (most names: at most one capital, the first)
    return word.isupper() or (len(word) <= 8 and sum(map(str.isupper, word)) >= 2)


def _organisation(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """``words`` (read back from a bracket) without the words that open a sentence, when
    they are an organisation's name of two words or more: one with an organisation's word
    ("Meteorological Agency") or with a joining word ("Fisheries and Oceans Canada")."""
    stopwords = vocabulary().stopwords
    k = 0
    while k < len(words) and (words[k] in stopwords or words[k] in _JOINERS):
        k += 1
    name = words[k:]
    if len(name) < 2 or name[-1] in _JOINERS:
        return None
    return name if is_org(name) or any(w in _JOINERS for w in name) else None


def _significant_span(words: tuple[str, ...], count: int) -> int:
    """How many of the last words hold the last ``count`` capitalised ones."""
    seen = 0
    for k in range(len(words) - 1, -1, -1):
        if words[k] not in _JOINERS:
            seen += 1
            if seen == count:
                return len(words) - k
    return len(words)


@dataclass(slots=True)  # not frozen: built in hot loops, and a frozen one is 3x slower to build
class _Named:
    at: int
    name: tuple[str, ...]
    title: str | None
    numbered: bool = False  # a number follows: "SpaceX Falcon 9", "Boeing 737" (no person)


# a name in capitals opening a tabloid's lede, before a verb in lower case: "DARIO VENTURI
# has admitted …" (two or three words of two letters or more; no organisation's, checked after)
_CAPS_NAME = lazy_compile(
    r"""
    (?<![\p{L}\p{N}])
    \p{Lu}{2,}+(?:-\p{Lu}{2,}+)?                       # "DARIO", "JEAN-LUC"
    (?:\ \p{Lu}[\p{Lu}'’]++(?:-\p{Lu}++)?){1,2}        # " VENTURI", " O'NEILL"
    (?=\ \p{Ll})                                       # then a verb: " has admitted"
    """,
    regex.VERBOSE,
)


_FIELD_JOINS = (" and ", " of ", " for ", " & ")
"""What joins a title's field words, the last of which may open a run before a name."""


def _field_first(name: tuple[str, ...]) -> bool:
    """Whether a run's first word is a title's field glued to the name after it: a field
    (`title_portfolios`: "Health Omer Salih"), or no given name before a given name
    ("Logistics Ernest Kwok Wing-chung")."""
    v = vocabulary()
    if name[0].casefold() in v.title_portfolios:  # "Health" of "Minister of Health"
        return name[1] not in v.title_portfolios and name[0] not in v.given_any
    return name[0] not in v.given_any and name[1] in v.given_any


TOLD_SEX_REACH = 300
"""How far after a name's first printing `Resolver._told_sex` reads for its pronoun."""


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
        paragraph_starts: list[int] | None = None,
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
        self._before: dict[int, str] = {}  # the word that ends at an offset
        self._sexes: dict[str, str | None] = {}  # `_told_sex`, by name
        self._caps: list[_Named] | None = None  # names printed in capitals (`_caps_names`)
        # where paragraphs start, when the caller knows (a tabloid's lede names in capitals)
        self.paragraph_starts = paragraph_starts or []

    def _run_at(self, start: int) -> _Named | None:
        """The whole capitalised run around the word at ``start``, split into name and title
        (cached by where the run starts: each word's offset is asked about once)."""
        text = self.text
        left = start
        for _ in range(6):  # walk back over capitalised words (and particles) one space apart
            if left < 2 or text[left - 1] not in _SEPARATORS:
                break
            last = text[left - 2]  # the word before ends in ``last`` (so it is no empty word)
            if not (last.isalnum() or last == "."):  # cheap first: how the word before ends
                break
            word = self._word_before(left - 1)
            if (
                not (word[0].isupper() or word in _PARTICLES)
                or not (
                    last.isalnum()
                    or _initials(word)
                    or word[:-1].casefold() in vocabulary().titles  # "Gov. Karen Whitfield"
                )
                or (last == "s" and word.endswith(("'s", "’s")))  # "Jane Roe’s Harbor Group"
            ):  # (a possessive: the words after it are a run of their own)
                break
            left -= 1 + len(word)
        while left < start and not text[left].isupper():
            left = text.find(" ", left) + 1
        if left in self._named:
            return self._named[left]
        run = name_run().match(text, left, left + 160)  # (an end past the text is the text's)
        found = None
        if run is not None:
            whole = run.group()
            printed = _first_sentence(whole)
            if printed is whole and text.startswith(":", run.end()):
                # "… in Derbyshire Credit: PA": the wrapper is no word of the name
                head, _, last = printed.rpartition(" ")
                if head and last.casefold() in _colon_labels():
                    printed = head
            name, title = speaker_name(printed, sentence_start_at(text, left))
            if len(name) > 2 and text.endswith(_FIELD_JOINS, 0, left) and _field_first(name):
                name = name[1:]  # "Secretary for Transport and Logistics Ernest Kwok": the
                # title's field ends at the given name
            end = run.end() if printed is whole else left + len(printed)
            numbered = (  # "SpaceX Falcon 9", "Nimbus Air Airbus A321neo": a model's name
                text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit()
            ) or text[end : end + 1].isdigit()
            found = _Named(left, name, title, numbered) if name else None
        self._named[left] = found
        return found

    def _word_before(self, end: int) -> str:
        """The word (at most 40 characters) that ends at ``end``, cached."""
        word = self._before.get(end)
        if word is None:
            chunk = self.text[end - 40 if end > 40 else 0 : end]
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
        titles_end = titles[-1][1] if titles else 0  # (sorted, disjoint: none reaches past it)
        title_gender = vocabulary().title_gender
        while i >= 0 and len(out) < 200:
            end = i + n
            if (
                (i == 0 or not text[i - 1].isalnum())
                and (end == size or not text[end].isalnum())
                and (  # another name word next to it (cheap first, before the titles' spans)
                    (end + 1 < size and text[end] in _SEPARATORS and text[end + 1].isupper())
                    or (i >= 2 and text[i - 1] in _SEPARATORS and self._name_word_ends(i - 1))
                )
                and not (i < titles_end and inside(titles, i))
            ):
                run = self._run_at(i)
                if run is not None:
                    out.append(run)
                    if run.title:
                        key = " ".join(run.name)
                        self.titles.setdefault(key, run.title)
                        gender = title_gender.get(run.title.split()[-1].rstrip(".").casefold())
                        if gender:
                            self.gender.setdefault(key, gender)
            i = text.find(word, end)
        caps = self._caps_names()
        if caps and word[:1].isupper() and word[1:].islower():  # "Venturi" of "DARIO VENTURI"
            out.extend(named for named in caps if word in named.name)
        self._runs[word] = out
        return out

    def _caps_names(self) -> list[_Named]:
        """The people a tabloid's lede names in capitals before its verb ("DARIO VENTURI has
        admitted …", the Sun, the Mirror), title-cased: the fuller form of a later "Venturi".
        Read once per article, at the paragraphs' starts (`paragraph_starts`, given by the
        caller); the first 20 only."""
        if self._caps is None:
            self._caps = []
            text = self.text
            for start in self.paragraph_starts:  # (a lede opens a paragraph: no text scan)
                if not text[start : start + 2].isupper():
                    continue  # (most paragraphs: a cheap test first)
                m = _CAPS_NAME.match(text, start, min(len(text), start + 80))
                if m is not None:
                    words = tuple(w.capitalize() for w in m.group().split())
                    v = vocabulary()
                    if not (
                        is_org(words)
                        or words[0] in v.stopwords
                        or words[0] in v.demonyms
                        or words[-1].casefold() in v.place_words
                    ):
                        self._caps.append(_Named(m.start(), words, None))
                        if len(self._caps) >= 20:
                            break
        return self._caps

    def fullest(
        self, name: tuple[str, ...], at: int, sex: str | None = None, title: str | None = None
    ) -> tuple[str, ...]:
        """The fullest form of ``name``: a longer name ending (or else starting) with it.

        A form that only adds words before another form is dropped (a run such as
        "Belarus Sviatlana Tsikhanouskaya" glues a place to the name); then the nearest
        earlier form wins, then the first later one; with ``sex`` ("m", "f": a title's),
        a form of that sex or of none known first (and ``name`` itself when the only form
        is of the other: "Mrs Griffiths" is not "Alun Griffiths"); with ``title`` ("Dr"),
        a form printed with that title first ("Dr Okafor" is Dr Adaeze Okafor, not her
        brother Chidi).
        """
        if not name or (len(name) == 1 and len(name[0]) < 2):
            return name
        if len(name) == 1 and _short_form(name[0]):
            spelled = self._acronym(name[0], at)
            if spelled is not None:  # "NHTSA" after "The National … Administration (NHTSA)"
                return spelled
        forms = self._forms.get(name)
        if forms is None:
            forms = self._forms[name] = self._longer_forms(name)
        if not forms:
            return name
        if len(forms) == 1:  # (the common case: no positions to compare)
            only = next(iter(forms))
            if sex is not None and self.gender_of(" ".join(only)) not in (sex, None):
                return name  # "Mrs Griffiths" is no "Alun Griffiths", who is a he
            return only
        forms = _spelled_out(forms)
        if len(forms) == 1:
            return next(iter(forms))
        if sex is not None:  # "Mr Trevithick": Jory Trevithick, not his daughter Tamsin
            fits = {k: v for k, v in forms.items() if self.gender_of(" ".join(k)) in (sex, None)}
            forms = fits or forms
        if title is not None:
            word = _title_word(title)
            titled = {
                k: v for k, v in forms.items() if _title_word(self.titles.get(" ".join(k))) == word
            }
            forms = titled or forms
        return max(forms, key=lambda k: _nearest_before(forms[k], at))

    def _acronym(self, letters: str, at: int) -> tuple[str, ...] | None:
        """The name that ``letters`` abbreviates where the text spells it out before its first
        printing: "The National Highway Traffic Safety Administration (NHTSA)"; or, where
        the letters are no initials of it, an organisation's name of several words printed
        right before them in brackets: "Nigeria's Meteorological Agency (NiMet)",
        "Fisheries and Oceans Canada (DFO)"."""
        if letters in self._spelled:
            return self._spelled[letters]
        text, spelled = self.text, None
        i = text.find("(" + letters + ")")
        if i < 0:  # "Indonesia's Financial Services Authority, known as OJK,"
            i = text.find(", known as " + letters)
            after = i + len(", known as ") + len(letters)
            i = -1 if i >= 0 and text[after : after + 1].isalnum() else i
        if 0 < i < at:  # the name printed right before the bracket, read backwards
            m = SPELLED_OUT.search(text, max(0, i - 160), i)
            if m is not None:
                words = tuple(m.group().split())
                if _initials_of(words, len(letters)) == letters:
                    spelled = words[-_significant_span(words, len(letters)) :]
                else:
                    spelled = _organisation(words)
        elif letters.isupper() and 2 <= len(letters) <= 6 and len(self._spelled) < 50:
            # no bracket: the name printed anywhere with those initials, when it is an
            # organisation's ("the ICC" … "the International Criminal Court said", "GM" …
            # "General Motors") or has three words or more ("the United Auto Workers" for
            # "the UAW"); only the first 50 short forms get a scan of the text, so the cost
            # stays linear
            m = _spelled_re(letters).search(text)
            if m is not None and (is_org(words := tuple(m.group().split())) or len(words) > 2):
                spelled = words
        self._spelled[letters] = spelled
        return spelled

    def _placed_person(self, m: _Named) -> bool:
        """Whether a run ending in a place word ("Park", "Hall", "Street") is a person's name:
        printed after a person's title ("Councilmember Lisa Park"), or a known given name and
        the place word, after no word that puts a place there ("Grace Hall said"; not "in
        Lincoln Park", "the Albert Hall"): Park and Hall are surnames as well."""
        if m.title:
            return True
        if len(m.name) != 2 or m.name[0] not in vocabulary().given_any:
            return False
        before = self.text[max(0, m.at - 8) : m.at].rsplit(None, 1)[-1:]  # (a bounded look)
        return not before or before[0].casefold() not in _PLACE_BEFORE

    def _longer_forms(self, name: tuple[str, ...]) -> dict[tuple[str, ...], list[int]]:
        """Longer names ending with ``name`` (else starting with it), with where each is printed."""
        n = len(name)
        v = vocabulary()
        place_words, surname_prefixes, legal = v.place_words, v.surname_prefixes, v.legal_suffixes
        printed = name
        name = _folded_particles(name)  # "Del Toro" opening a sentence is "del Toro"
        acronym = n == 1 and len(name[0]) > 1 and name[0].isupper()
        for suffix in (True,) if acronym else (True, False):  # ("A BBC spokesperson" is the
            # BBC's: no name that starts with an acronym, "BBC One", is its fuller form)
            forms: dict[tuple[str, ...], list[int]] = {}
            word = name[-1] if suffix else name[0]
            runs = self._occurrences(word)
            if word != (printed[-1] if suffix else printed[0]):  # a particle folded: the runs
                # of the word as printed too ("Ben" of "Ben Asher", folded as in "ben Ali")
                runs = runs + self._occurrences(printed[-1] if suffix else printed[0])
            for run in runs:
                if len(run.name) <= n:
                    continue  # (no longer form: not worth folding)
                m = run
                if suffix and self.text.endswith(BODY_JOINS, 0, run.at):
                    m = self._body_cut(run)  # "of the House … Committee Tom Cole": Tom Cole
                    if len(m.name) <= n:
                        continue
                if not suffix and m.name[-1] in legal and len(m.name) == n + 1:
                    continue  # "Moody's Analytics Inc.": the legal form, no fuller name
                if not suffix and _role_word(m.name[-1]):
                    continue  # "Meridian Airlines CEO on record quarter": a role after a
                    # body's name (a video's title), no fuller form of "Meridian"
                part = m.name[-n:] if suffix else m.name[:n]
                if (
                    # cheap first: a part printed as the (folded) name folds to it too
                    (part == name or _folded_particles(part) == name)
                    and (m.name[-1].casefold() not in place_words or self._placed_person(m))
                    and not m.numbered  # "SpaceX Falcon 9" is no fuller "SpaceX"
                ):
                    if (
                        suffix
                        and n > 1
                        and name[0] not in _PARTICLES  # ("del Toro": a name goes before it)
                        and name[0] not in surname_prefixes  # (nor "Ní Bhriain")
                        and not _given_or_initial(m.name[-n - 1])
                    ):
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

    def _body_cut(self, m: _Named) -> _Named:
        """The run ``m``, printed after "of the" or "in the", without the body that ends the
        title before the name (`body_first`): "The chairman of the House Appropriations
        Committee Tom Cole said" names Tom Cole, whom "Cole said" is."""
        k = body_first(m.name)
        if k == 0:
            return m
        at = m.at + len(" ".join(m.name[:k])) + 1
        return _Named(at, m.name[k:], m.title, m.numbered)

    def title_of(self, name: str) -> str | None:
        """The title ``name`` is printed with anywhere ("Gov." of "Gov. Karen Whitfield"),
        read from the runs of its last word (cached: `_occurrences`); else None."""
        if name not in self.titles and " " in name:
            self._occurrences(name.rsplit(" ", 1)[-1])  # (records the titles it reads)
        return self.titles.get(name)

    def gender_of(self, name: str) -> str | None:
        """'f' or 'm' when the article or the given name tells, else None."""
        known = self.gender.get(name)
        if known is None:
            v, given = vocabulary(), name.split(" ", 1)[0]
            known = v.given_names.get(given)
            if known is None and " " in name:  # "Ms Lindqvist" printed for "Sofie Lindqvist",
                # unless the sentence that first names a given name no list knows says
                # otherwise: "Alun Griffiths, 71, said he …" is no "Mrs Griffiths", his wife
                surname = self.gender.get(name.rsplit(" ", 1)[-1])
                unknown = surname is not None and given not in v.given_any  # ("Kerry": either)
                known = (self._told_sex(name) if unknown else None) or surname
            if known is None and " " in name and given in v.given_any:
                known = self._told_sex(name)  # "Pat Hennessey … says she was left"
        return known

    def _told_sex(self, name: str) -> str | None:
        """The sex of the first "he" or "she" in the sentence where ``name`` (whose given name
        tells none: "Pat", "Sam", "Alex"; or none a list knows, "Alun") is first printed,
        cached; None when there is none. Read once per name, from its first printing to the
        end of that sentence (and of its paragraph) only."""
        if name in self._sexes:
            return self._sexes[name]
        found: str | None = None
        at = self.text.find(name) if len(self._sexes) < 300 else -1  # (linear: 300 names)
        if at >= 0:
            end = self.text.find(". ", at, at + TOLD_SEX_REACH)
            sentence = self.text[at : end if end > 0 else at + TOLD_SEX_REACH]
            sentence = sentence.split("\n", 1)[0]  # (its paragraph's: a caption's ends there)
            he, she = sentence.find(" he "), sentence.find(" she ")
            if he >= 0 or she >= 0:
                found = "m" if she < 0 or 0 <= he < she else "f"
        self._sexes[name] = found
        return found

    def is_quoted(self, at: int) -> bool:
        """Whether offset ``at`` lies inside quotation marks."""
        return inside(self.quoted, at)


def _title_word(title: str | None) -> str | None:
    """The last word of a title, without its stop, case-folded: "Dr." and "Dr" are one."""
    return title.rsplit(None, 1)[-1].rstrip(".").casefold() if title else None


def _role_word(word: str) -> bool:
    """Whether ``word`` is a title or a person's role ("CEO", "chief", "spokesperson"),
    which may follow a body's name in a run ("Meridian Airlines CEO") but never ends one."""
    folded = word.casefold()
    v = vocabulary()
    return folded in v.titles or folded in v.role_nouns or folded in v.voice_nouns
