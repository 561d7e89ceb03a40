"""Photo credits: `parse_credit` reads one credit into photographers, agencies and roles.

A credit is a chain of photographers, agencies and roles joined by "/", "|", "via",
commas or "and" (``RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images``), printed with or
without a wrapper (``Photo:``, ``(...)``, ``[...]``, ``Image source,``, ``Credit...``).
The vocabulary (wrappers, roles, words that are never part of a name) lives in
``data/credit_wrappers.json`` and ``data/credit_roles.json``; agencies come from
:mod:`newsparse.agencies`. Finding a credit inside a caption line is
:mod:`newsparse.credit_lines`, which shares the helpers below.

Regexes and vocabulary are built on first use (`lazy`, `vocab`), not at import.

>>> credit = parse_credit("(AP Photo/Efrem Lukatsky, File)")
>>> credit.raw, credit.photographers, [a.name for a in credit.agencies], credit.roles
('AP Photo/Efrem Lukatsky, File', ['Efrem Lukatsky'], ['AP'], ['File'])
>>> parse_credit("Courtesy of Jane Roe").photographers
['Jane Roe']
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from typing import NamedTuple

import regex

from newsparse.agencies import lookup, resolve
from newsparse.models import Agency, Credit, Span

__all__ = ["parse_credit"]

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
    particles: frozenset[str]
    corporate: frozenset[str]
    keep_dot: frozenset[str]


@functools.cache
def vocab() -> Vocab:
    """The vocabulary, read once on first use."""
    data = resources.files("newsparse") / "data"
    wrappers = json.loads((data / "credit_wrappers.json").read_text(encoding="utf-8"))
    roles = json.loads((data / "credit_roles.json").read_text(encoding="utf-8"))["roles"]
    corporate = frozenset(wrappers["corporate_suffixes"])
    return Vocab(
        labels=wrappers["labels"],
        part_labels=wrappers["part_labels"],
        roles={
            alias: role for role, aliases in roles.items() for alias in [role.casefold(), *aliases]
        },
        positions=frozenset(wrappers["positions"]),
        not_in_names=frozenset(wrappers["org_words"]) | frozenset(wrappers["function_words"]),
        particles=frozenset(wrappers["name_particles"]),
        corporate=corporate,
        keep_dot=corporate | {"jr.", "sr."},
    )


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of printed phrases; a final ':', ',' or '/' is optional punctuation."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        core = phrase.rstrip(":,/")
        pattern = r"\s+".join(regex.escape(word) for word in core.split())
        tail = {":": r"\s*:", ",": r"\s*,?", "/": r"\s*/"}.get(phrase[len(core) :], "")
        word_end = core[-1].isalnum() and not tail.endswith("/")
        out.append(pattern + tail + (r"(?!\w)" if word_end else ""))
    return "|".join(out)


# A wrapper printed before a credit: "Photo: ", "Photo / ", "Image source, ", "© ". The one
# long alternation: only ever tried at a given position (`match`).
def _label_source() -> str:
    return rf"""
    (?i:{_alternation(vocab().labels)})  # the wrapper itself, any case
    [\s:,]*                              # the space or punctuation after it
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

# Separators between the links of a credit chain.
SEPARATOR = lazy(
    r"""
    (?P<slash>\s*/\s*)              # Name/Agency
    |(?P<pipe>\s*\|\s*)             # Name | Agency
    |(?P<via>\s+(?i:via)\s+)        # AFP via Getty Images
    |(?P<and>\s*,?\s+(?i:and)\s+)   # two photographers: "X, left, and Y"
    |(?P<comma>\s*,\s*)             # Name, AP
    |(?P<by>\s+(?i:(?:photos?|pictures?|images?)\s+by)\s+)   # Pool photo by Name
    """
)

# " for " inside a link: the client of an agency ("Getty Images for Ithaca Holdings").
FOR_CLIENT = lazy(
    r"""
    \s+for\s+   # "for", lower case only
    """
)

# A hyphen that may join a photographer to an agency: "Jamie Rhodes-USA TODAY Sports".
HYPHEN = lazy(
    r"""
    (?<=\p{L}\.?)   # after a letter (or an initial)
    \s*[-–—]\s*     # a hyphen or dash, spaced or not
    (?=\p{L})       # before a letter
    """
)

# "Courtesy of the Serrano family": the role, then who supplied the picture.
COURTESY = lazy(
    r"""
    \A(?:photos?\s+)?courtesy   # "Courtesy", "Photo courtesy"
    (?:\s+of)?                  # "of"
    (?P<the>\s+the)?\s*         # "the"
    (?P<rest>.*)\Z              # who supplied it
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)

# A personal name: capitalised words, initials and particles ("Ringo H.W. Chiu").
PERSON = lazy(
    r"""
    \A(?:(?:
        (?:\p{Lu}\.){1,3}\s*                    # initials: "H.W. "
        |\p{Lu}\s+                              # a bare initial: "J "
        |\p{Lu}[\p{L}\p{M}'’-]*\p{L}\s+          # a name word: "Rodríguez ", "Dyer-Bennet "
        |(?:v[oa]n|d[eiaou]|der|del|la|le|bin|al|y)\s+   # a particle: "von "
    ){0,5})
    \p{Lu}[\p{L}\p{M}'’-]*\p{L}                 # the last name word
    (?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3}|\s+IV)?      # a generation suffix
    \Z
    """
)

# A word of letters only, in capitals or title case, for `person_case`.
LETTERS = lazy(
    r"""
    \p{L}+      # a run of letters
    """
)

# Initials only: "H.W.".
INITIALS = lazy(
    r"""
    (?:\p{Lu}\.)+   # capital, full stop, repeated
    """
)

_LEAD_KINDS = frozenset({"wire", "photo", "stock"})
_DASHES = frozenset("-–—")
_ABBREVIATIONS = ("Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros")
"""Words whose full stop `TRAILING_JUNK` keeps: "Tyvak Nano-Satellite Systems, Inc."."""


class Link(NamedTuple):
    """One link of a credit chain, with the separator printed before it."""

    text: str
    sep: str
    agency: Agency | None
    role: str | None
    client: bool = False


def role_of(text: str) -> str | None:
    """The role a printed link names ("STR" -> "Stringer"), or None."""
    if len(text) > 80:
        return None  # far longer than any role ("Staff photographer"): no need to look
    return vocab().roles.get(" ".join(text.casefold().split()))


@functools.lru_cache(maxsize=4096)
def links(part: str) -> tuple[Link, ...]:
    """The links of one credit, split at separators, " for " and agency hyphens (cached:
    `find_credit` and `parse_credit` read the same credit one after the other)."""
    words = vocab()
    pieces: list[tuple[str, str]] = []
    pos, sep = 0, ""
    for m in SEPARATOR().finditer(part):
        pieces.append((part[pos : m.start()], sep))
        pos, sep = m.end(), m.lastgroup or ""
    pieces.append((part[pos:], sep))
    found: list[Link] = []
    for printed, printed_sep in pieces:
        text, sep = printed.strip(" :–—-"), printed_sep
        if text.endswith(".") and text.rsplit(maxsplit=1)[-1].casefold() not in words.keep_dot:
            text = text.rstrip(". ")  # a full stop ends the credit, not "Inc."
        if not text:
            continue
        if found and sep == "comma" and text.casefold() in words.corporate:
            last = found.pop()  # "Tyvak Nano-Satellite Systems, Inc." is one company
            text, sep = f"{last.text}, {text}", last.sep
        head, colon, rest = text.partition(":")
        if colon and not found and role_of(head) is not None:  # "[File: Jane Roe/AP Photo]"
            found.append(Link(head.strip(), sep, None, role_of(head)))
            text = rest.strip()
        head, client = text, ""
        if "for" in text:  # the regex wants any space around it: "Getty Images\xa0for X"
            head, client = [*FOR_CLIENT().split(text, maxsplit=1), ""][:2]
        for sub, sub_sep in _split_hyphen(head, sep):
            found.append(Link(sub, sub_sep, lookup(sub), role_of(sub)))
        if client:
            found.append(Link(client, "for", lookup(client), None, client=True))
    return tuple(found)


def _split_hyphen(text: str, sep: str) -> list[tuple[str, str]]:
    """Split "Jamie Rhodes-USA TODAY Sports" when the right side is a known agency."""
    if len(text) > 120 or _DASHES.isdisjoint(text) or lookup(text) is not None:
        return [(text, sep)]
    for m in HYPHEN().finditer(text):
        left, right = text[: m.start()], text[m.end() :]
        if lookup(right) is not None and person_like(left):
            return [(left, sep), (right, "hyphen")]
    return [(text, sep)]


@functools.lru_cache(maxsize=4096)
def person_like(text: str) -> bool:
    """Whether a link reads as a personal name (not an organisation)."""
    if len(text) > 60 or PERSON().match(text) is None:
        return False
    words = [w.strip(".,").casefold() for w in text.split()]
    named = [w for w in words if w not in vocab().particles]
    return len(named) >= 2 and not any(w in vocab().not_in_names for w in words)


def shouted_word(text: str) -> bool:
    """A one-word name in capitals ("PIYASET"), read as a photographer in a chain."""
    return len(text) >= 5 and all(c.isupper() for c in text)


def _person_case(name: str) -> str:
    """Normal capitalisation for a name in capitals: "RAMIL SITDIKOV" -> "Ramil Sitdikov"."""
    if any(c.islower() for c in name):  # "Alberto PIZZOLI": only the shouted words change
        return " ".join(
            _person_case(word) if len(word) > 2 and word.isalpha() and word.isupper() else word
            for word in name.split()
        )
    words = []
    for i, word in enumerate(name.split()):
        if i and word.casefold() in vocab().particles:
            words.append(word.lower())
        elif len(word.rstrip(".")) == 1 or INITIALS().fullmatch(word):
            words.append(word)  # an initial stays as printed
        elif word.isalpha():
            words.append(word.capitalize())
        else:
            words.append(LETTERS().sub(lambda m: m[0].capitalize(), word))
    return " ".join(words)


def trailing_junk(text: str, start: int, end: int) -> int:
    """Where trailing junk (picture id, final punctuation, link furniture) starts, or ``end``."""
    low = max(start, end - WINDOW)
    last = text[end - 1] if end > start else ""
    if last.isalpha() and (last.islower() or not any(d in text[low:end] for d in _DASHES)):
        return end  # a credit's last word: only a picture id ("- RTR4JDW4") is junk ending so
    before = text[end - 2] if end - start > 1 else ""
    sentence_end = last == "." and before.isalpha() and before.islower()
    if sentence_end and not text[max(start, end - 6) : end - 1].endswith(_ABBREVIATIONS):
        return end - 1  # a sentence's full stop: "... on Monday."
    junk = TRAILING_JUNK().search(text, low, end)
    return end if junk is None else junk.start()


def unwrap(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip wrappers, brackets and trailing junk around ``text[start:end]``; True if labelled."""
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
        label = label_end(text, start, end)
        if label is not None and label < end and not breaks(text, label, end, wrapped=True):
            start, labelled = label, True
        if (start, end) == before:
            break
    return start, end, labelled


def closing(text: str, start: int, end: int) -> int | None:
    """The index of the bracket closing ``text[start]``, within ``text[:end]``."""
    if text.find("(", start, end) < 0 and text.find("[", start, end) < 0:
        return None  # nothing opens: the depth never comes back to 0
    depth = 0
    for i in range(start, end):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i
    return None


def breaks(text: str, start: int, end: int, *, wrapped: bool = False) -> list[tuple[int, int]]:
    """The (start, end) of each break between credits in ``text[start:end]``.

    A full stop breaks only before a wrapper; a semicolon always ("Composite: X; Getty
    Images"), unless ``wrapped`` asks for the breaks before a wrapper only.
    """
    if end - start > MAX_CREDIT:
        return []
    if text.find(".", start, end) < 0 and text.find(";", start, end) < 0:
        return []  # no full stop, no semicolon: one credit
    return [
        m.span()
        for m in PART_BREAK().finditer(text, start, end)
        if (m["semicolon"] and not wrapped)
        or label_end(text, m.end(), end) is not None
        or PART_LABEL_AT_START().match(text, m.end(), end) is not None
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


def courtesy_giver(text: str) -> tuple[str, str] | None:
    """Who supplied a "Courtesy of ..." picture, as ("person" | "agency" | "", name), or None.

    A family or a lower-case giver ("the club") is nobody in particular; a personal name
    is the person credited, read as a photographer (the annotation counts "the people
    credited"); any other capitalised name is an organisation.
    """
    if "ourtesy" not in text and "OURTESY" not in text:
        return None
    m = COURTESY().match(text)
    if m is None:
        return None
    rest = m["rest"].strip()
    family = rest.rsplit(None, 1)[-1].casefold() in ("family", "families") if rest else False
    if not rest or family or not rest[0].isupper():
        return "", rest
    if lookup(rest) is not None:
        return "agency", rest
    if not m["the"] and person_like(rest):
        return "person", rest
    return "agency", rest


@functools.lru_cache(maxsize=4096)
def unwrapped(text: str) -> tuple[int, int, bool]:
    """`unwrap` of a whole credit text, cached: `find_credit` reads a credit just before
    `parse_credit` reads it again. Callers pass texts of credit size (see `_unwrapped`)."""
    return unwrap(text, 0, len(text))


@functools.lru_cache(maxsize=4096)
def credit_parts(raw: str) -> tuple[tuple[str, bool], ...]:
    """`parts` of an unwrapped credit (at most `MAX_CREDIT` long), cached."""
    return tuple(parts(raw, 0, len(raw)))


def _unwrapped(text: str) -> tuple[int, int, bool]:
    return unwrapped(text) if len(text) <= 2 * MAX_CREDIT else unwrap(text, 0, len(text))


@functools.lru_cache(maxsize=4096)
def _read_part(part: str) -> tuple[tuple[str, ...], tuple[Agency, ...], tuple[str, ...]]:
    photographers: list[str] = []
    agencies: list[Agency] = []
    roles: list[str] = []
    _read(part, photographers, agencies, roles)
    return tuple(photographers), tuple(agencies), tuple(roles)


def _read(part: str, photographers: list[str], agencies: list[Agency], roles: list[str]) -> None:
    """Sort the links of one credit into photographers, agencies and roles."""
    chain = links(part)
    positions = vocab().positions
    named = sum(1 for link in chain if link.role is None and link.text.casefold() not in positions)
    prev, first = "", True
    for link in chain:
        text = link.text
        if text.casefold() in positions:
            continue
        if link.role is not None:
            roles.append(link.role)
            prev = "role"
            continue
        courtesy = courtesy_giver(text)
        if courtesy is not None:
            roles.append("Courtesy")
            kind, giver = courtesy
            if kind == "person":
                photographers.append(_person_case(giver))
            elif kind == "agency":
                agencies.append(resolve(giver))
            prev = "role"
            continue
        if link.client:  # "for X": kept only when X is a publication that commissioned it
            if link.agency is not None and link.agency.kind == "publication":
                agencies.append(link.agency)
            continue
        if link.agency is not None:
            agencies.append(link.agency)
            prev = "lead" if link.agency.kind in _LEAD_KINDS else "agency"
        elif person_like(text) and (
            first
            or (link.sep == "and" and prev == "person")
            or (link.sep in ("slash", "pipe", "comma", "by") and prev in ("lead", "role"))
        ):
            photographers.append(_person_case(text))
            prev = "person"
        elif first and named > 1 and shouted_word(text):
            photographers.append(text.capitalize())  # "PIYASET/GETTY": a one-word byline
            prev = "person"
        else:
            agencies.append(resolve(text))
            prev = "agency"
        first = False


def parse_credit(text: str, /, *, offset: int = 0) -> Credit:
    """Parse one credit such as ``RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images``.

    Wrappers (``Photo:``, brackets, ``Image source,`` ...) and trailing picture ids are
    left out of ``raw``; ``span`` says where ``raw`` stands, shifted by ``offset``.
    Never raises on a string; text longer than `MAX_CREDIT` is kept raw, unparsed.
    """
    start, end, _ = _unwrapped(text)
    raw = text[start:end]
    photographers: list[str] = []
    agencies: list[Agency] = []
    roles: list[str] = []
    if len(raw) <= MAX_CREDIT:
        for part, _ in credit_parts(raw):
            read = _read_part(part)
            photographers += read[0]
            agencies += read[1]
            roles += read[2]
    return Credit(
        raw=raw,
        photographers=list(dict.fromkeys(photographers)),
        agencies=list({a.name: a for a in reversed(agencies)}.values())[::-1],
        roles=list(dict.fromkeys(roles)),
        span=Span(start=start + offset, end=end + offset),
    )
