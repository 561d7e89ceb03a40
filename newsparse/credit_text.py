"""Credit text: the vocabulary of credits, their wrappers, and unwrapping.

What reading a credit (:mod:`newsparse.credits`) and finding one in a caption line
(:mod:`newsparse.credit_lines`) both need: the wrappers printed around a credit
(``Photo:``, ``(...)``, ``[...]``, ``Image source,``, ``Credit...``), trailing junk
(picture ids, link furniture, final punctuation), and where one credit text holds several
credits ("Left: X/AP; right: Y/Reuters"). The vocabulary lives in
``data/credit_wrappers.json`` and ``data/credit_roles.json``.

Regexes and vocabulary are built on first use (`lazy`, `vocab`), not at import.

>>> text = "(Photo: Jane Roe/AP) - RTR4JDW4"
>>> start, end, labelled = unwrapped(text)
>>> text[start:end], labelled
('Jane Roe/AP', True)
>>> credit_parts("Left: X/AP; right: Y/Reuters")
(('X/AP', True), ('Y/Reuters', True))
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

import regex

from newsparse._data import load
from newsparse._text import holds_any

__all__ = [
    "LABEL",
    "LICENSORS",
    "LICENSOR_LAST",
    "MAX_CREDIT",
    "WINDOW",
    "Vocab",
    "closing",
    "credit_parts",
    "label_stem_firsts",
    "label_stems",
    "label_words",
    "lazy",
    "licensed",
    "lower_ok_stems",
    "opening",
    "trailing_junk",
    "unwrap",
    "unwrapped",
    "vocab",
]

MAX_CREDIT = 400
"""Longest text that is read as a credit; longer input keeps its raw text, unparsed."""
WINDOW = 320
"""How far from the end of a line a credit may start (and trailing junk is looked for)."""


def lazy(
    source: str | Callable[[], str], flags: int = regex.VERBOSE
) -> Callable[[], regex.Pattern[str]]:
    """A regex compiled on its first use and kept: ``PATTERN().match(...)``.

    Compiling the credit regexes costs more than a dozen milliseconds, which every
    ``import newsparse`` would pay; ``source`` may be a function when it is built
    from the vocabulary files.
    """

    @functools.cache
    def compiled() -> regex.Pattern[str]:
        return regex.compile(source if isinstance(source, str) else source(), flags)

    return compiled


class Vocab(NamedTuple):
    """The credit vocabulary of ``data/credit_wrappers.json`` and ``data/credit_roles.json``."""

    labels: list[str]
    part_labels: list[str]
    roles: dict[str, str]
    positions: frozenset[str]
    not_in_names: frozenset[str]
    org_words: frozenset[str]  # "department", "service": words of organisations' names
    particles: frozenset[str]
    corporate: frozenset[str]
    keep_dot: frozenset[str]
    lower_ok: frozenset[str]
    """Lower-case words that a credit prints ("via", "picture alliance", "left", "von")."""
    titles: frozenset[str] = frozenset()
    """Academic titles before a photographer's name ("Dr.", "Prof."), folded."""
    bracket_tags: frozenset[str] = frozenset()
    """Words that a bracket closing a line prints as a tag ("[VIDEO]"), folded."""
    vehicles: frozenset[str] = frozenset()
    """First words of a vehicle or instrument that took a picture ("ROV SuBastian"), folded."""
    sure_labels: tuple[str, ...] = ()
    """Labels that make a bracket they open a credit whatever it holds ("(Image credit:")."""
    lead_labels: tuple[str, ...] = ()
    """Labels of a credit line that credits the first picture ("(Top photo:"), folded."""
    outlet_prefixes: tuple[str, ...] = ()
    """Words before the outlet a freelancer worked for ("special to "), folded."""
    stock_captions: frozenset[str] = frozenset()
    """Captions of a picture that only illustrates the story ("representative image"), folded."""
    picture_verbs: frozenset[str] = frozenset()
    """Verbs in the present tense that a caption tells what a picture shows with ("stands",
    "poses", "is seen"): a story's sentences tell in the past."""
    picture_marks: tuple[str, ...] = ()
    """Marks a caption with no credit prints ("(pictured)", "(file image)": MailOnline)."""
    states: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    """Words that open the name of a house or an inn ("Villa"), or of a state body
    (``institution_heads``: "Armada"), never a person's, folded."""
    """States and provinces printed before an agency's initials ("Georgia DOT"), folded."""
    nations: frozenset[str] = frozenset()
    """Nations that close a national body's name ("Historic England"), folded."""
    source_notes: tuple[str, ...] = ()
    """Words that open the credit of a figure drawn from a paper ("adapted from "), folded."""


@functools.cache
def vocab() -> Vocab:
    """The vocabulary, read once on first use."""
    wrappers = load("credit_wrappers.json")
    roles = load("credit_roles.json")["roles"]
    corporate = frozenset(wrappers["corporate_suffixes"])
    particles = frozenset(wrappers["name_particles"])
    position_words = {word for position in wrappers["positions"] for word in position.split()}
    return Vocab(
        labels=wrappers["labels"],
        part_labels=wrappers["part_labels"],
        roles={
            alias: role for role, aliases in roles.items() for alias in [role.casefold(), *aliases]
        },
        positions=frozenset(wrappers["positions"]),
        not_in_names=frozenset(wrappers["org_words"]) | frozenset(wrappers["function_words"]),
        org_words=frozenset(wrappers["org_words"]),
        particles=particles,
        corporate=corporate,
        keep_dot=corporate | {"jr.", "sr."},
        lower_ok=frozenset(wrappers["lower_case_words"])
        | particles
        | position_words
        | _lower_agency_words(),
        titles=frozenset(wrappers["person_titles"]),
        bracket_tags=frozenset(wrappers["bracket_tags"]),
        vehicles=frozenset(wrappers["vehicles"]),
        sure_labels=tuple(wrappers["sure_labels"]),
        lead_labels=tuple(wrappers["lead_labels"]),
        outlet_prefixes=tuple(f"{prefix} " for prefix in wrappers["outlet_prefixes"]),
        stock_captions=frozenset(wrappers["stock_captions"]),
        picture_verbs=frozenset(wrappers["picture_verbs"]),
        picture_marks=tuple(wrappers["picture_marks"]),
        states=frozenset(wrappers["states"]),
        place_heads=frozenset(wrappers["place_heads"]) | frozenset(wrappers["institution_heads"]),
        nations=frozenset(wrappers["nations"]),
        source_notes=tuple(f"{note} " for note in wrappers["source_notes"]),
    )


def _lower_agency_words() -> frozenset[str]:
    """The words of the agencies that print their names in lower case (data/agencies.json):
    "eyevine" of "Jane Roe/Redux/eyevine" (the Guardian), "dpa", "imago", which a credit
    prints and prose does not end a caption with."""
    names = (
        name
        for agency in load("agencies.json")["agencies"]
        for name in (agency["name"], *agency["aliases"])
        if name[:1].islower()
    )
    return frozenset(
        word for name in names for word in name.split() if word.isalpha() and word.islower()
    )


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of printed phrases; a final ':', ',' or '/' is optional punctuation."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        core = phrase.rstrip(":,/")
        pattern = r"\s+".join(regex.escape(word) for word in core.split())
        tail = {":": r"\s*:", ",": r"\s*,?", "/": r"\s*/"}.get(phrase[len(core) :], "")
        word_end = core[-1].isalnum() and not tail  # ("Credits:Kestrel": no space needed)
        out.append(pattern + tail + (r"(?!\w)" if word_end else ""))
    return "|".join(out)


# A wrapper printed before a credit: "Photo: ", "Photo / ", "Image source, ", "© ". The one
# long alternation: only ever tried at a given position (`match`).
def _label_source() -> str:
    return rf"""
    (?i:{_alternation(vocab().labels)})  # the wrapper itself, any case
    [\s:,]*                              # the space or punctuation after it
    (?:(?<=(?i:©|\(c\)|copyright)\s*)    # after a copyright mark, its year: "© 2025 "
    (?:19|20)\d\d(?!\d)[\s,.]*)?
    """


LABEL = lazy(_label_source)


# A wrapper at the start of a credit, perhaps after a separator: "| Photo by", "— Photo:".
def _lead_label_source() -> str:
    return r"""
    \s*(?:[|•·]\s*|[-–—]\s+)?  # spaces, then a separator some outlets print first
    """ + _label_source()


LEAD_LABEL = lazy(_lead_label_source)

# Where a second credit may start inside one credit text: "; right: Y" or ". Photo by Y"
# (a full stop counts only when a wrapper follows it, see `breaks`).
PART_BREAK = lazy(
    r"""
    (?P<semicolon>\s*;\s*)      # "Left: X/AP; right: Y/Reuters"
    |(?<=\p{L}{2}|\))\.\s+      # a full stop after a word (not an initial)
    |,\s+                       # a comma, when a wrapper follows: "Kinetiq Labs, photo by …"
    """
)


# A position label that opens one of several credits: "Left: ", "Top right: ".
def _part_label_source() -> str:
    return rf"""
    \s*(?i:{_alternation([p + ":" for p in vocab().part_labels])})\s*   # "Left:", "Main image:"
    """


PART_LABEL_AT_START = lazy(_part_label_source)

# Trailing junk after a credit: picture ids, link furniture, final punctuation.
TRAILING_JUNK = lazy(
    r"""
    (?:\s*\(opens\ in\ a\ new\ (?:window|tab)\)   # link furniture of some sites
    |\s+[-–—]\s+[A-Z0-9]*\d[A-Z0-9]{3,}           # a picture id: " - RTR4JDW4"
    |\]\([^()\s]*\)                               # the rest of a Markdown image: "](url)"
    |\s*\[\+\]                                    # an "expand" marker
    |[\s,;:]                                      # spaces and final punctuation
    |(?<!\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|\p{Lu}))\.   # a full stop that ends no abbreviation
    )+\Z
    """,
    regex.VERBOSE | regex.REVERSE,  # searched from the end backwards: linear
)


# A bracket, for `closing`.
BRACKET = lazy(
    r"""
    [()\[\]]    # a round or square bracket, opening or closing
    """
)

# A run of letters, for the words of the wrappers (`label_words`).
LETTER_RUN = lazy(
    r"""
    \p{L}+     # letters only
    """
)

DASHES = frozenset("-–—")
"""Hyphens and dashes, which may join or separate the links of a credit."""
_ABBREVIATIONS = ("Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros")
"""Words whose full stop `TRAILING_JUNK` keeps: "Tyvak Nano-Satellite Systems, Inc."."""


LICENSORS = (
    " or licensors",
    " Purchase Licensing Rights, opens new tab",
    " Purchase Licensing Rights",
    " THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES.",
    " THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES",
    " THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALE. NO ARCHIVES.",
    " THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALE. NO ARCHIVES",
    " THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
    " NO RESALES. NO ARCHIVES.",
    " NO RESALES. NO ARCHIVES",
    " NO RESALE. NO ARCHIVES.",
    " NO RESALE. NO ARCHIVES",
    " THIS PICTURE WAS PROVIDED BY A THIRD PARTY.",
    " THIS PICTURE WAS PROVIDED BY A THIRD PARTY",
    " THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY",
    " MANDATORY CREDIT.",
    " ATTENTION EDITORS -",  # its editors' note opens so: "ATTENTION EDITORS - THIS IMAGE …"
    " ATTENTION EDITORS –",
    " All rights reserved.",  # "Copyright 2025 The AP. All rights reserved." (Euronews)
    " All rights reserved",
    " All Rights Reserved.",
    " All Rights Reserved",
    " | License Photo",  # UPI's licensing button: "Tom Brenner/UPI | License Photo"
    " | Buy Photo",
    " | Buy photo",
    " | Purchase Photo",
    " | Purchase photo",
)
"""Printed after a credit, never part of it: a licensing link, Reuters' notice on a
handout ("Swiss Army/Handout via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO
RESALES. NO ARCHIVES Purchase Licensing Rights", perhaps opened by "ATTENTION EDITORS - "
and closed by "MANDATORY CREDIT."), the one after the other; a button to buy
or license the picture after a bar ("Tom Brenner/UPI | License Photo", UPI)."""
LICENSOR_LAST = frozenset(tail[-1] for tail in LICENSORS)
"""The last characters of `LICENSORS`: a cheap test before `licensed`."""


# A journal article credited for its figure (phys.org, ScienceAlert): "Nature Communications
# (2025). DOI: 10.1038/s41467-025-01234-5", "Lopes et al., Nature Astronomy, 2025".
CITATION = lazy(
    r"""
    \A(?:(?P<authors>
        (?:(?:\p{Lu}[\p{L}\p{M}'’-]{0,40}              # the first words of a surname of
        |v[ao]n|de[nrl]?|d[aiu]|la|le|ter)\s+){0,2}     # several: "Ní Dhomhnaill", "Van der"
        \p{Lu}[\p{L}\p{M}'’-]{0,40}                   # the first author's surname,
        (?:\s+(?:and|&)\s+\p{Lu}[\p{L}\p{M}'’-]{0,40})?  # perhaps a second one,
        \s+et\s+al\.?,?\s+))?                         # "et al.,"
    (?P<journal>\p{Lu}[\p{L}\p{M}&.'’-]{0,40}          # the journal's first word,
        (?:\s+(?:\p{Lu}[\p{L}\p{M}&.'’-]{0,40}|of|and|the|in|for|&)){0,7})  # and the rest
    (?:\s+\((?P<paren>(?:19|20)\d\d)\)                 # the year in brackets: "(2025)",
    |,\s*(?:19|20)\d\d)                               # or after a comma: ", 2025"
    (?:\.?\s+(?i:doi):?\s*10\.\d{4,9}/[^\s]{1,120})?   # "DOI: 10.1038/..."
    \.?\Z
    """
)


# Authors' surnames, then the journal that printed the figure: "Morley & Robert/Current
# Biology", "Nishimura et al./Nature" (ScienceAlert); photographers are printed with their
# given names.
AUTHORS_JOURNAL = lazy(
    r"""
    \A\p{Lu}[\p{L}\p{M}'’-]{1,40}                    # the first author's surname,
    (?:(?:,\s+\p{Lu}[\p{L}\p{M}'’-]{1,40}){0,3}        # perhaps more after commas,
    \s+(?:&|and)\s+\p{Lu}[\p{L}\p{M}'’-]{1,40}        # and the last one after "&";
    |\s+et\s+al\.?)                                  # or "et al."
    \s*/\s*
    (?P<journal>\p{Lu}[\p{L}\p{M}&.'’-]{0,40}          # the journal's first word,
        (?:\s+(?:\p{Lu}[\p{L}\p{M}&.'’-]{0,40}|of|and|the|in|for|&)){0,7})  # and the rest
    \Z
    """
)


# What a paper cited as a figure's source prints: "et al." or its year at the end, in
# brackets or after a comma ("J. Roe et al. Nature Geosci. (2026)", "Roe, Nature, 2026").
CITED_PAPER = lazy(
    r"""
    \bet\s+al\b                             # "et al."
    |(?:\((?:19|20)\d\d\)|,\s*(?:19|20)\d\d)\.?\Z  # or the year closing it
    """
)


def source_note(text: str) -> bool:
    """Whether a credit cites the paper that a chart or figure is drawn from
    (`Vocab.source_notes`): "Adapted from K. Roe et al. Nature Geosci. (2026)" (Nature),
    "Data from Roe, Science, 2025". Nobody in it took the picture: it names no photographer
    and no agency."""
    if text[:1] not in "AaDdBbMmRr":
        return False  # (a cheap test first: most credits open otherwise)
    folded = text[:16].casefold()
    return any(map(folded.startswith, vocab().source_notes)) and (
        CITED_PAPER().search(text) is not None
    )


def citation(text: str) -> str | None:
    """The journal that a credit cites for its figure, or None: "Nature Communications
    (2025). DOI: 10.1038/..." -> "Nature Communications"; the year stands in brackets, or
    after a comma behind authors ("Lopes et al., Nature Astronomy, 2025"); or authors'
    surnames, a slash and the journal ("Morley & Robert/Current Biology")."""
    if "/" in text and ("&" in text or " and " in text or " al" in text):  # (cheap tests first)
        authors = AUTHORS_JOURNAL().match(text)
        if authors is not None:
            return authors["journal"]
    if "20" not in text and "19" not in text:
        return None  # (no year: a cheap test first)
    m = CITATION().match(text)
    if m is None or not (m["authors"] or m["paren"]):
        return None
    return m["journal"]


def licensed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in one of `LICENSORS` (its last character is tested
    first: few lines end as they do)."""
    return end > start and text[end - 1] in LICENSOR_LAST and text.endswith(LICENSORS, start, end)


def trailing_junk(text: str, start: int, end: int) -> int:
    """Where trailing junk (picture id, final punctuation, link furniture) starts, or ``end``."""
    while licensed(text, start, end):  # one test first: most lines end otherwise
        # The Sun: "Credit: AFP or licensors"; Reuters' notice, then its licensing link
        end -= len(next(tail for tail in LICENSORS if text.endswith(tail, start, end)))
    low = end - WINDOW if end - WINDOW > start else start  # (cheaper than max)
    last = text[end - 1] if end > start else ""
    if last.isalnum() and (
        not (last.isascii() and (last.isupper() or last.isdigit())) or not _has_dash(text, low, end)
    ):
        return end  # a credit's last word: only a picture id ("- RTR4JDW4") is junk ending so
    before = text[end - 2] if end - start > 1 else ""
    sentence_end = last == "." and before.isalpha() and before.islower()
    if sentence_end and not text[max(start, end - 6) : end - 1].endswith(_ABBREVIATIONS):
        return end - 1  # a sentence's full stop: "... on Monday."
    if last == "." and before.isdigit() and before.isascii() and not _has_dash(text, low, end):
        return end - 1  # "... in 2016.": a picture id would need a dash before it
    junk = TRAILING_JUNK().search(text, low, end)
    return end if junk is None else junk.start()


def _has_dash(text: str, start: int, end: int) -> bool:
    stretch = text[start:end]  # (one copy, then plain scans: cheaper than a find in a range each)
    return holds_any(stretch, DASHES)


def unwrap(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip wrappers, brackets, Markdown emphasis and trailing junk around
    ``text[start:end]``; True if labelled."""
    labelled = False
    for _ in range(8):
        before = (start, end)
        end = trailing_junk(text, start, end)
        while start < end and text[start].isspace():
            start += 1
        if (
            2 <= end - start <= MAX_CREDIT  # a longer text is no credit: its brackets stay
            and text[start] in "(["
            and closing(text, start, end) == end - 1
        ):
            start, end = start + 1, end - 1
            continue
        if end - start > 2 and text[start] in "*_" and text[end - 1] == text[start]:
            start, end = start + 1, end - 1  # Markdown emphasis: "*Illustration: Jane Roe/Axios*"
            continue
        label = label_end(text, start, end)
        if label is not None and label < end and _covers(text, label, end):
            start, labelled = label, True
        if (start, end) == before:
            break
    return start, end, labelled


def _covers(text: str, start: int, end: int) -> bool:
    """Whether a leading wrapper covers ``text[start:end]``, the credit after it: when no
    second wrapper follows, or only after a semicolon, which lists the sources of one
    picture ("Illustration by Ana Petrov; Source: USGS", National Geographic; "Composite:
    Guardian Design; Photograph by Sam Roe for The Guardian"). After a full stop, a second
    sentence credits anew and the wrapper stays ("Illustration by The Atlantic. Sources:
    Getty")."""
    found = breaks(text, start, end, wrapped=True)
    return all(";" in text[b_start:b_end] for b_start, b_end in found)


def closing(text: str, start: int, end: int) -> int | None:
    """The index of the bracket closing ``text[start]``, within ``text[:end]``."""
    if text.find("(", start, end) < 0 and text.find("[", start, end) < 0:
        return None  # nothing opens: the depth never comes back to 0
    depth = 0
    for m in BRACKET().finditer(text, start, end):  # the brackets only, not every character
        if m[0] in "([":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return None


def opening(line: str, low: int, end: int) -> int | None:
    """Where the bracket that closes ``line[:end]`` opens, not before ``low``."""
    closer = line[end - 1]
    opener = "(" if closer == ")" else "["
    at = line.rfind(opener, low, end - 1)
    if at < 0 or line.find(closer, at + 1, end - 1) < 0:
        return None if at < 0 else at  # no bracket inside: the nearest opener is the one
    depth = 0
    for i in range(end - 1, low - 1, -1):  # nested brackets: count them
        depth += 1 if line[i] == closer else -1 if line[i] == opener else 0
        if depth == 0:
            return i
    return None


def breaks(text: str, start: int, end: int, *, wrapped: bool = False) -> list[tuple[int, int]]:
    """The (start, end) of each break between credits in ``text[start:end]``.

    A full stop breaks only before a wrapper, and so does a comma ("Kinetiq Labs, photo by
    Dana Whitfield"); a semicolon always ("Composite: X; Getty Images"). With ``wrapped``
    (does a leading wrapper cover the whole text?), only a full stop before a wrapper.
    """
    if end - start > MAX_CREDIT:
        return []
    if text.find(".", start, end) < 0 and text.find(";", start, end) < 0 and (
        wrapped or text.find(",", start, end) < 0
    ):
        return []  # no full stop, no semicolon, no comma: one credit
    return [
        m.span()
        for m in PART_BREAK().finditer(text, start, end)
        if (m["semicolon"] and not wrapped)
        or (m[0][0] == "," and not wrapped and label_end(text, m.end(), end) is not None)
        or (
            m[0][0] != ","
            and (
                label_end(text, m.end(), end) is not None
                or PART_LABEL_AT_START().match(text, m.end(), end) is not None
            )
        )
    ]


def label_end(text: str, start: int, end: int) -> int | None:
    """Where the credit starts after a wrapper at ``text[start:]``, or None without one."""
    if not _may_open(text, start, end, _first_chars("labels")):
        return None
    label = LEAD_LABEL().match(text, start, end)
    return None if label is None else label.end()


@functools.cache
def _first_chars(kind: str) -> frozenset[str]:
    """The first characters of the wrappers ("labels") or position labels ("part_labels")."""
    phrases: list[str] = getattr(vocab(), kind)
    return frozenset(phrase[0].casefold() for phrase in phrases)


@functools.cache
def lower_ok_stems() -> frozenset[str]:
    """`Vocab.lower_ok` without full stops ("st" of "st."): no word of prose either."""
    return frozenset(word.rstrip(".") for word in vocab().lower_ok)


@functools.cache
def label_words() -> frozenset[str]:
    """The words of the wrappers, in lower case ("hide" of "hide caption", "c" of "(c)")."""
    return frozenset(w for label in vocab().labels for w in LETTER_RUN().findall(label.lower()))


@functools.cache
def label_stems() -> tuple[str, ...]:
    """The first words of the wrappers, none the prefix of another: cheap `str.find` keys."""
    first = {label.split()[0].rstrip(":,/") for label in vocab().labels}
    return tuple(sorted(w for w in first if not any(w != o and w.startswith(o) for o in first)))


@functools.cache
def label_stem_firsts() -> frozenset[str]:
    """The first characters of `label_stems`: a cheap test before ``startswith`` on them."""
    return frozenset(stem[0] for stem in label_stems())


def _may_open(text: str, start: int, end: int, firsts: frozenset[str]) -> bool:
    """A cheap test before a wrapper regex: whether ``text[start:end]`` may open with one."""
    head = text[start : min(end, start + 8)].lstrip()
    if not head:
        return end - start > 8  # only spaces in sight: let the regex decide
    return head[0] in "|•·-–—" or head[0].casefold() in firsts


def parts(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """Each credit of a credit text, its own wrapper removed; True when it had one."""
    bounds, pos = [], start
    for b_start, b_end in breaks(text, start, end):
        bounds.append((pos, b_start))
        pos = b_end
    bounds.append((pos, end))
    found = []
    for b_start, p_end in bounds:
        p_start, labelled = b_start, False
        part_label = None
        if _may_open(text, p_start, p_end, _first_chars("part_labels")):
            part_label = PART_LABEL_AT_START().match(text, p_start, p_end)
        if part_label is not None and part_label.end() < p_end:
            p_start, labelled = part_label.end(), True
        label = label_end(text, p_start, p_end)
        if label is not None and label < p_end:
            p_start, labelled = label, True
        found.append((text[p_start:p_end], labelled))
    return found


@functools.lru_cache(maxsize=4096)
def unwrapped(text: str) -> tuple[int, int, bool]:
    """`unwrap` of a whole credit text, cached: `find_credit` reads a credit just before
    `parse_credit` reads it again. Callers pass texts of credit size (see `_unwrapped`)."""
    return unwrap(text, 0, len(text))


@functools.lru_cache(maxsize=4096)
def credit_parts(raw: str) -> tuple[tuple[str, bool], ...]:
    """`parts` of an unwrapped credit (at most `MAX_CREDIT` long), cached."""
    return tuple(parts(raw, 0, len(raw)))
