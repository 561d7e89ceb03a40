"""Photo credits: `parse_credit` reads one credit, `find_credit` finds one in a caption line.

A credit is a chain of photographers, agencies and roles joined by "/", "|", "via",
commas or "and" (``RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images``), printed with or
without a wrapper (``Photo:``, ``(...)``, ``Image source,``). The vocabulary (wrappers,
roles, words that are never part of a name) lives in ``data/credit_wrappers.json`` and
``data/credit_roles.json``; agencies come from :mod:`newsparse.agencies`.

>>> credit = parse_credit("(AP Photo/Efrem Lukatsky, File)")
>>> credit.raw, credit.photographers, [a.name for a in credit.agencies], credit.roles
('AP Photo/Efrem Lukatsky, File', ['Efrem Lukatsky'], ['AP'], ['File'])
>>> line = "Lights on the river on May 23, 2022. RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images"
>>> find_credit(line)
(37, 80)
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, NamedTuple

import regex

from newsparse.agencies import lookup, resolve
from newsparse.models import Agency, Credit, Span

__all__ = ["find_credit", "parse_credit"]

MAX_CREDIT = 400
"""Longest text that is read as a credit; longer input keeps its raw text, unparsed."""
WINDOW = 320
"""How far from the end of a line `find_credit` looks for the start of a credit."""


def _load(name: str) -> Any:
    return json.loads((resources.files("newsparse") / "data" / name).read_text(encoding="utf-8"))


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of printed phrases; a final ':' or ',' is optional punctuation."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        core = phrase.rstrip(":,")
        pattern = r"\s+".join(regex.escape(word) for word in core.split())
        tail = phrase[len(core) :]
        pattern += r"\s*:" if tail == ":" else r"\s*,?" if tail == "," else ""
        out.append(pattern + (r"(?!\w)" if core[-1].isalnum() else ""))
    return "|".join(out)


_VOCAB = _load("credit_wrappers.json")
_ROLES: dict[str, str] = {
    alias: role
    for role, aliases in _load("credit_roles.json")["roles"].items()
    for alias in [role.casefold(), *aliases]
}
_POSITIONS = frozenset(_VOCAB["positions"])
_NOT_IN_NAMES = frozenset(_VOCAB["org_words"]) | frozenset(_VOCAB["function_words"])
_PARTICLES = frozenset(_VOCAB["name_particles"])
_CORPORATE = frozenset(_VOCAB["corporate_suffixes"])
_KEEP_DOT = _CORPORATE | {"jr.", "sr."}
_LABELS = _alternation(_VOCAB["labels"])
_PART_LABELS = _alternation([p + ":" for p in _VOCAB["part_labels"]])
_LEAD_KINDS = frozenset({"wire", "photo", "stock"})

# A wrapper printed before a credit: "Photo: ", "Image source, ", "© ". The one long
# alternation: compiled once, and only ever tried at a given position (`match`).
LABEL = regex.compile(
    rf"""
    (?i:{_LABELS})  # the wrapper itself, any case
    [\s:,]*         # the space or punctuation after it
    """,
    regex.VERBOSE,
)

# What may stand before a wrapper at the start of a credit: "| Photo by", "— Photo:".
LABEL_LEAD = regex.compile(
    r"""
    \s*(?:[|•·]\s*|[-–—]\s+)?  # spaces, then a separator some outlets print first
    """,
    regex.VERBOSE,
)

# Where a wrapper may start inside a caption line (see `find_credit`).
LABEL_BOUNDARY = regex.compile(
    r"""
    (?<=\A\s*)                 # at the start of the line,
    |(?<=[.!?;:)\]"”’|•]\s*)    # after a sentence, a bracket or a separator,
    |(?<=\s)(?=[\p{Lu}©(])      # or capitalised after a space: "... outage Photograph: X"
    """,
    regex.VERBOSE,
)
_FIRST_WORDS = {label.split()[0].rstrip(":,") for label in _VOCAB["labels"]}
_LABEL_STEMS = tuple(
    sorted(w for w in _FIRST_WORDS if not any(w != o and w.startswith(o) for o in _FIRST_WORDS))
)

# Where a second credit may start inside one credit text: "; right: Y" or ". Photo by Y"
# (a full stop counts only when a wrapper follows it, see `_breaks`).
PART_BREAK = regex.compile(
    r"""
    (?P<semicolon>\s*;\s*)      # "Left: X/AP; right: Y/Reuters"
    |(?<=\p{L}{2}|\))\.\s+      # a full stop after a word (not an initial)
    """,
    regex.VERBOSE,
)

# A position label that opens one of several credits: "Left: ", "Top right: ".
PART_LABEL_AT_START = regex.compile(
    rf"""
    \s*(?i:{_PART_LABELS})\s*   # "Left:", "right:", "Main image:"
    """,
    regex.VERBOSE,
)

# Trailing junk after a credit: picture ids, link furniture, final punctuation.
TRAILING_JUNK = regex.compile(
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
SEPARATOR = regex.compile(
    r"""
    (?P<slash>\s*/\s*)              # Name/Agency
    |(?P<pipe>\s*\|\s*)             # Name | Agency
    |(?P<via>\s+(?i:via)\s+)        # AFP via Getty Images
    |(?P<and>\s*,?\s+(?i:and)\s+)   # two photographers: "X, left, and Y"
    |(?P<comma>\s*,\s*)             # Name, AP
    |(?P<by>\s+(?i:(?:photos?|pictures?|images?)\s+by)\s+)   # Pool photo by Name
    """,
    regex.VERBOSE,
)

# " for " inside a link: the client of an agency ("Getty Images for Ithaca Holdings").
FOR_CLIENT = regex.compile(
    r"""
    \s+for\s+   # "for", lower case only
    """,
    regex.VERBOSE,
)

# A hyphen that may join a photographer to an agency: "Jamie Rhodes-USA TODAY Sports".
HYPHEN = regex.compile(
    r"""
    (?<=\p{L}\.?)   # after a letter (or an initial)
    \s*[-–—]\s*     # a hyphen or dash, spaced or not
    (?=\p{L})       # before a letter
    """,
    regex.VERBOSE,
)

# "Courtesy of the Serrano family": the role, then who supplied the picture.
COURTESY = regex.compile(
    r"""
    \A(?:photos?\s+)?courtesy   # "Courtesy", "Photo courtesy"
    (?:\s+of)?(?:\s+the)?\s*    # "of the"
    (?P<rest>.*)\Z              # who supplied it
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)

# The word after the giver's name in "Courtesy of the Serrano family".
COURTESY_GIVER = regex.compile(
    r"""
    \s+famil(?:y|ies)\Z    # "family", "families"
    """,
    regex.VERBOSE,
)

# A personal name: capitalised words, initials and particles ("Ringo H.W. Chiu").
PERSON = regex.compile(
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
    """,
    regex.VERBOSE,
)

# A name of a person or organisation as printed in a credit ("20th Century Fox").
NAME_ISH = regex.compile(
    r"""
    \A(?:\p{Lu}|\d+(?:st|nd|rd|th)\b)           # a capital or an ordinal first
    [\p{L}\p{M}\d'’.,&-]*                       # the rest of the first word
    (?:\s+(?:
        [\p{Lu}\d][\p{L}\p{M}\d'’.,&-]*         # a capitalised word or a number
        |(?:of|the|and|de|du|da|di|del|der|von|van|la|le|y|e|et|al|bin)\b  # a joining word
    )){0,6}\Z
    """,
    regex.VERBOSE,
)

# Characters that never stand in a credit found in running text.
NOT_IN_CREDITS = regex.compile(
    r"""
    ["“”?!]         # quotation marks, questions, exclamations
    |https?:|www\.  # links
    """,
    regex.VERBOSE,
)


class _Link(NamedTuple):
    """One link of a credit chain, with the separator printed before it."""

    text: str
    sep: str
    agency: Agency | None
    role: str | None
    client: bool = False


def _role(text: str) -> str | None:
    return _ROLES.get(" ".join(text.casefold().split()))


def _links(part: str) -> list[_Link]:
    """The links of one credit, split at separators, " for " and agency hyphens."""
    pieces: list[tuple[str, str]] = []
    pos, sep = 0, ""
    for m in SEPARATOR.finditer(part):
        pieces.append((part[pos : m.start()], sep))
        pos, sep = m.end(), m.lastgroup or ""
    pieces.append((part[pos:], sep))
    links: list[_Link] = []
    for printed, printed_sep in pieces:
        text, sep = printed.strip(" :–—-"), printed_sep
        if text.endswith(".") and text.rsplit(maxsplit=1)[-1].casefold() not in _KEEP_DOT:
            text = text.rstrip(". ")  # a full stop ends the credit, not "Inc."
        if not text:
            continue
        if links and sep == "comma" and text.casefold() in _CORPORATE:
            last = links.pop()  # "Tyvak Nano-Satellite Systems, Inc." is one company
            text, sep = f"{last.text}, {text}", last.sep
        head, client = [*FOR_CLIENT.split(text, maxsplit=1), ""][:2]
        for sub, sub_sep in _split_hyphen(head, sep):
            links.append(_Link(sub, sub_sep, lookup(sub), _role(sub)))
        if client:
            links.append(_Link(client, "for", lookup(client), None, client=True))
    return links


def _split_hyphen(text: str, sep: str) -> list[tuple[str, str]]:
    """Split "Jamie Rhodes-USA TODAY Sports" when the right side is a known agency."""
    if len(text) > 120 or lookup(text) is not None:
        return [(text, sep)]
    for m in HYPHEN.finditer(text):
        left, right = text[: m.start()], text[m.end() :]
        if lookup(right) is not None and _person_like(left):
            return [(left, sep), (right, "hyphen")]
    return [(text, sep)]


def _person_like(text: str) -> bool:
    """Whether a link reads as a personal name (not an organisation)."""
    if len(text) > 60 or PERSON.match(text) is None:
        return False
    words = [w.strip(".,").casefold() for w in text.split()]
    named = [w for w in words if w not in _PARTICLES]
    return len(named) >= 2 and not any(w in _NOT_IN_NAMES for w in words)


def _person_case(name: str) -> str:
    """Normal capitalisation for a name in capitals: "RAMIL SITDIKOV" -> "Ramil Sitdikov"."""
    if any(c.islower() for c in name):  # "Alberto PIZZOLI": only the shouted words change
        return " ".join(
            _person_case(word) if len(word) > 2 and word.isalpha() and word.isupper() else word
            for word in name.split()
        )
    words = []
    for i, word in enumerate(name.split()):
        if i and word.casefold() in _PARTICLES:
            words.append(word.lower())
        elif len(word.rstrip(".")) == 1 or regex.fullmatch(r"(?:\p{Lu}\.)+", word):
            words.append(word)  # an initial stays as printed
        else:
            words.append(regex.sub(r"\p{L}+", lambda m: m[0].capitalize(), word))
    return " ".join(words)


def _unwrap(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip wrappers, brackets and trailing junk around ``text[start:end]``; True if labelled."""
    labelled = False
    for _ in range(8):
        before = (start, end)
        junk = TRAILING_JUNK.search(text, max(start, end - WINDOW), end)
        if junk is not None:
            end = junk.start()
        stretch = text[start:end]
        start += len(stretch) - len(stretch.lstrip())
        if (
            2 <= end - start <= MAX_CREDIT  # a longer text is no credit: its brackets stay
            and text[start] in "(["
            and _closing(text, start, end) == end - 1
        ):
            start, end = start + 1, end - 1
            continue
        label = _label_at(text, start, end)
        if label is not None and label < end and not _breaks(text, label, end, wrapped=True):
            start, labelled = label, True
        if (start, end) == before:
            break
    return start, end, labelled


def _closing(text: str, start: int, end: int) -> int | None:
    """The index of the bracket closing ``text[start]``, within ``text[:end]``."""
    depth = 0
    for i in range(start, end):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i
    return None


def _breaks(text: str, start: int, end: int, *, wrapped: bool = False) -> list[tuple[int, int]]:
    """The (start, end) of each break between credits in ``text[start:end]``.

    A full stop breaks only before a wrapper; a semicolon always ("Composite: X; Getty
    Images"), unless ``wrapped`` asks for the breaks before a wrapper only.
    """
    if end - start > MAX_CREDIT:
        return []
    return [
        m.span()
        for m in PART_BREAK.finditer(text, start, end)
        if (m["semicolon"] and not wrapped)
        or _label_at(text, m.end(), end) is not None
        or PART_LABEL_AT_START.match(text, m.end(), end) is not None
    ]


def _label_at(text: str, start: int, end: int) -> int | None:
    """Where the credit starts after a wrapper at ``text[start:]``, or None without one."""
    lead = LABEL_LEAD.match(text, start, end)
    label = LABEL.match(text, lead.end() if lead else start, end)
    return None if label is None else label.end()


def _parts(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """Each credit of a credit text, its own wrapper removed; True when it had one."""
    bounds, pos = [], start
    for b_start, b_end in _breaks(text, start, end):
        bounds.append((pos, b_start))
        pos = b_end
    bounds.append((pos, end))
    parts = []
    for b_start, p_end in bounds:
        p_start, labelled = b_start, False
        part_label = PART_LABEL_AT_START.match(text, p_start, p_end)
        if part_label is not None and part_label.end() < p_end:
            p_start, labelled = part_label.end(), True
        label = _label_at(text, p_start, p_end)
        if label is not None and label < p_end:
            p_start, labelled = label, True
        parts.append((text[p_start:p_end], labelled))
    return parts


def _read(part: str, photographers: list[str], agencies: list[Agency], roles: list[str]) -> None:
    """Sort the links of one credit into photographers, agencies and roles."""
    links = _links(part)
    named = sum(1 for link in links if link.role is None and link.text.casefold() not in _POSITIONS)
    prev, first = "", True
    for link in links:
        text = link.text
        if text.casefold() in _POSITIONS:
            continue
        if link.role is not None:
            roles.append(link.role)
            prev = "role"
            continue
        courtesy = COURTESY.match(text)
        if courtesy is not None:
            roles.append("Courtesy")
            rest, prev = courtesy["rest"], "role"
            found = lookup(rest) if rest else None
            if found is not None:
                agencies.append(found)
            continue
        if link.client:  # "for X": kept only when X is a publication that commissioned it
            if link.agency is not None and link.agency.kind == "publication":
                agencies.append(link.agency)
            continue
        if link.agency is not None:
            agencies.append(link.agency)
            prev = "lead" if link.agency.kind in _LEAD_KINDS else "agency"
        elif _person_like(text) and (
            first
            or (link.sep == "and" and prev == "person")
            or (link.sep in ("slash", "pipe", "comma", "by") and prev in ("lead", "role"))
        ):
            photographers.append(_person_case(text))
            prev = "person"
        elif first and named > 1 and regex.fullmatch(r"\p{Lu}{5,}", text):
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
    start, end, _ = _unwrap(text, 0, len(text))
    raw = text[start:end]
    photographers: list[str] = []
    agencies: list[Agency] = []
    roles: list[str] = []
    if len(raw) <= MAX_CREDIT:
        for part, _ in _parts(text, start, end):
            _read(part, photographers, agencies, roles)
    return Credit(
        raw=raw,
        photographers=list(dict.fromkeys(photographers)),
        agencies=list({a.name: a for a in reversed(agencies)}.values())[::-1],
        roles=list(dict.fromkeys(roles)),
        span=Span(start=start + offset, end=end + offset),
    )


def _shape(text: str, *, mode: str) -> bool:
    """Whether a stretch of a caption line reads as a credit: "paren", "label" or "bare"."""
    start, end, labelled = _unwrap(text, 0, len(text))
    raw = text[start:end]
    if not raw or len(raw) > 200 or NOT_IN_CREDITS.search(raw) or _closing(raw, 0, len(raw)):
        return False
    if raw.count("(") != raw.count(")"):
        return False
    known, roles, unknown, chained, first_person = 0, 0, 0, False, None
    parts = _parts(text, start, end)
    if len(parts) > 1 and not (labelled or parts[0][1]):
        return False  # "Center. Mandatory Credit: X": the first part is caption text
    chains: tuple[str, ...] = ("slash", "pipe", "via", "hyphen", "by")
    if mode != "bare":
        chains += ("comma",)
    for part, part_labelled in parts:
        labelled = labelled or part_labelled
        for link in _links(part):
            chained = chained or link.sep in chains
            if link.role is not None:
                roles += 1
                continue
            if link.client:  # "Jane Doe for The New York Times"
                chained = chained or (link.agency is not None and link.agency.kind == "publication")
                continue
            if link.text.casefold() in _POSITIONS:
                continue
            if link.agency is not None:
                known += 1
                continue
            courtesy = COURTESY.match(link.text)
            if courtesy is not None:
                rest = COURTESY_GIVER.sub("", courtesy["rest"])
                if rest and lookup(rest) is None and NAME_ISH.match(rest) is None:
                    return False
                known, chained = known + 1, True
                continue
            if NAME_ISH.match(link.text) is None or (mode == "bare" and len(link.text.split()) > 4):
                return False
            unknown += 1
            if first_person is None:
                first_person = _person_like(link.text) or bool(
                    regex.fullmatch(r"\p{Lu}{5,}", link.text)
                )
    if labelled:
        return known + roles + unknown > 0
    if known and chained:
        return True
    if mode == "paren":
        if not known and raw[0].islower():
            return False  # "[file...]": a role in a credit is capitalised, "(File)"
        return bool(known + roles and (chained or not unknown)) or bool(first_person and "/" in raw)
    # bare "Francis Chung/Smalltown Gazette": a person, then an unknown organisation
    return bool(first_person and CHAIN_MARK.search(raw) and unknown <= 2 and not roles)


def _defines_acronym(before: str, inner: str) -> bool:
    """Whether "(EPA)" spells out the words before it: "Environmental Protection Agency (EPA)"."""
    letters = inner.strip()
    if not regex.fullmatch(r"\p{Lu}{2,6}", letters):
        return False
    words = [w for w in regex.findall(r"[\p{L}\d]+", before[-120:]) if w.casefold() != "of"]
    initials = "".join(w[0] for w in words[-len(letters) :]).upper()
    return initials == letters


# A word in lower case: in a caption line, the credit starts after the last one that is
# not a joining word ("via", "and", "of") -- a cheap test before the full reading.
LOWER_WORD = regex.compile(
    r"""
    (?<![\p{L}\p{M}\d'’-])  # at the start of a word (not "th" in "20th")
    \p{Ll}[\p{Ll}\p{M}]*     # lower-case letters only
    (?![\p{L}\p{M}])         # to the end of the word
    """,
    regex.VERBOSE | regex.REVERSE,  # searched from the end of the line backwards
)
_LOWER_OK = frozenset(
    {"via", "for", "and", "of", "the", "by", "e", "et", "photo", "photos", "courtesy", "dpa"}
    | {"picture", "alliance", "epa", "images", "image", "illustration", "caption", "source"}
    | {"copyright", "credit", "credits", "toggle", "mandatory", "pool", "handout", "file"}
    | _PARTICLES
    | {word for position in _POSITIONS for word in position.split()}
)


def _last_prose(line: str, start: int, end: int) -> int:
    """The end of the last lower-case word in ``line[start:end]`` that no credit prints."""
    for m in LOWER_WORD.finditer(line, start, end):
        if m[0] not in _LOWER_OK:
            return m.end()
    return -1


# What a credit printed without a wrapper always holds: a chain separator.
CHAIN_MARK = regex.compile(
    r"""
    [/|]            # a slash or a pipe
    |\svia\s        # "via"
    |\sfor\s        # "Jane Doe for The New York Times"
    |\p{L}-\p{Lu}   # a hyphen before a capital: "Jamie Rhodes-USA TODAY Sports"
    """,
    regex.VERBOSE,
)

# A place where a credit printed without a wrapper may start: the line start or a new sentence.
BARE_START = regex.compile(
    r"""
    (?:(?<=\A\s*)               # the start of the line
    |(?<=[.!?…]["”’)]?\s+)      # or after a sentence
    |(?<=\)\s+))                # or after a bracket
    (?=[\p{Lu}\d])              # a capital or a digit first
    """,
    regex.VERBOSE,
)


def find_credit(line: str) -> tuple[int, int] | None:
    """Where a credit (with its wrapper) stands in a caption line, or None.

    ``line[:start].rstrip()`` is the caption and ``line[end:]`` only trailing junk; a
    start at the first non-space character means the whole line is a credit.
    """
    end = len(line.rstrip())
    junk = TRAILING_JUNK.search(line, max(0, end - WINDOW), end)
    end = junk.start() if junk is not None else end
    if end == 0:
        return None
    low = max(0, end - WINDOW)
    prose = _last_prose(line, low, end)
    best: int | None = None
    # 1. a bracketed credit closing the line: "(AP Photo/Evan Vucci)", "(EPA)"
    if line[end - 1] in ")]":  # "(...)", or "[...]" as Al Jazeera prints it
        closing = line[end - 1]
        steps = {closing: 1, "(" if closing == ")" else "[": -1}
        depth, opening = 0, None
        for i in range(end - 1, low - 1, -1):
            depth += steps.get(line[i], 0)
            if depth == 0:
                opening = i
                break
        if opening is not None:
            inner = line[opening + 1 : end - 1]
            if _shape(inner, mode="paren") and not _defines_acronym(line[:opening], inner):
                best = opening
    # 2. a wrapper, then the credit: "Photograph: Ezra Acayan/Getty Images"
    for candidate in _label_starts(line, max(low, prose - 40), end):
        if best is not None and candidate >= best:
            break
        if LABEL_BOUNDARY.match(line, candidate, end) is None:
            continue
        label = LABEL.match(line, candidate, end)
        if label is None or label.end() < prose:
            continue
        at = len(line[:candidate].rstrip())
        at = at - 1 if at > 0 and line[at - 1] in "|•" else candidate  # "| Photo by"
        if _shape(line[at:end], mode="label"):
            best = at
            break
    # 3. a bare credit after the caption's last sentence: "... 2022. Jane Doe/AFP via Getty Images"
    first = len(line) - len(line.lstrip())
    for m in BARE_START.finditer(line, max(low, prose), end):
        if best is not None and m.start() >= best:
            break
        stretch = line[m.start() : end]
        if m.start() == first and _bare_agency(stretch):
            best = m.start()
            break
        if CHAIN_MARK.search(stretch) is not None and _shape(stretch, mode="bare"):
            best = m.start()
            break
    return None if best is None else (best, end)


def _label_starts(line: str, start: int, end: int) -> list[int]:
    """Where a wrapper's first word stands in ``line[start:end]``, in order (str.find is fast)."""
    window = line[start:end].lower()
    if len(window) != end - start:  # lower() changed the length: search the whole stretch
        return list(range(start, end))
    found = set()
    for stem in _LABEL_STEMS:
        at = window.find(stem)
        while at >= 0:
            found.add(start + at)
            at = window.find(stem, at + 1)
    return sorted(found)


def _bare_agency(text: str) -> bool:
    """A whole line that is only the name of a wire, photo or stock agency: "Getty Images"."""
    agency = lookup(text) if len(text) <= 60 else None
    return agency is not None and agency.kind in _LEAD_KINDS
