"""Page furniture: lines that belong to the web page, not to the article ("Skip to
content", "Share this article", "Advertisement", breadcrumbs, time stamps), as the
patterns of ``data/furniture.json`` describe them.

A line is tried only against the patterns whose matches may start with its first `_HEAD`
characters: each pattern's possible starts are read from the pattern itself once
(`_prefixes`), so that adding a pattern to the data file needs no code.
"""

from __future__ import annotations

import functools

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse._text import holds_any

__all__ = ["is_furniture"]


def is_furniture(text: str) -> bool:
    """Whether the whole line is page furniture: a pattern of ``furniture.json``.

    Only the patterns that may start with the line's first `_HEAD` characters are tried,
    and the patterns that need a mark ("›" in a breadcrumb) only on a line that has one.
    The marks are looked for first in the line in lower case, each once in whatever case
    it is printed ("logo" for "logo", "Logo" and "LOGO"): a line that holds a mark holds
    it in lower case too, and the fewer marks cost fewer scans. The marks that start with
    "-" ("-day", "-week", ...) are looked for only in a line that holds a "-" (one scan
    for five), and the marks that are not ASCII ("›", "•") only in a line that is not
    ASCII (`str.isascii` reads no character: most lines are ASCII).
    """
    plain, marked, (marks, dashed, signs) = _furniture(text[:_HEAD])
    for pattern in plain:
        if pattern.match(text) is not None:
            return True
    if not marked:
        return False
    lower = text.lower()
    if not (
        holds_any(lower, marks)
        or (dashed and "-" in lower and holds_any(lower, dashed))
        or (signs and not text.isascii() and holds_any(lower, signs))
    ):
        return False  # (most lines: no mark of any of them)
    return any(
        holds_any(text, needs) and pattern.match(text) is not None
        for needs, pattern in marked
    )


_HEAD = 3
"""How many first characters of a line choose the furniture patterns tried on it."""

_Needy = tuple[tuple[str, ...], regex.Pattern[str]]
_Prefix = tuple[str | None, ...]
"""How a match may start: a regex of one character for each character (see `_prefixes`)."""
_Start = tuple[str, frozenset[_Prefix] | None, tuple[str, ...]]
_Marks = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""The marks `is_furniture` looks for, in lower case: ASCII ones not starting with "-",
those starting with "-", and those that are not ASCII (see `_furniture`)."""


@functools.lru_cache(maxsize=4096)
def _furniture(
    head: str,
) -> tuple[tuple[regex.Pattern[str], ...], tuple[_Needy, ...], _Marks]:
    """What `is_furniture` tries on a line starting with ``head`` (its first `_HEAD`
    characters): the patterns whose matches may start so (`_prefixes`), and each pattern
    whose start `_prefixes` cannot tell; the patterns that need a mark, each with its
    marks; and all those marks in lower case, each once (the marks are ASCII, or signs
    that have no case: "›", "•"), in three groups: the ASCII marks that do not start with
    "-", those that do ("-day"), and those that are not ASCII."""
    plain, marked = [], []
    for pattern, tails, needs in _furniture_by_first(head[:1]):
        if tails is not None and not any(_prefix_matches(tail, head[1:]) for tail in tails):
            continue
        if needs:
            marked.append((needs, _compiled(pattern)))
        else:
            plain.append(_compiled(pattern))
    marks = tuple(dict.fromkeys(mark.lower() for needs, _ in marked for mark in needs))
    ascii_marks = [mark for mark in marks if mark.isascii()]
    return (
        tuple(plain),
        tuple(marked),
        (
            tuple(mark for mark in ascii_marks if not mark.startswith("-")),
            tuple(mark for mark in ascii_marks if mark.startswith("-")),
            tuple(mark for mark in marks if not mark.isascii()),
        ),
    )


@functools.lru_cache(maxsize=512)
def _furniture_by_first(first: str) -> tuple[_Start, ...]:
    """The furniture patterns whose matches may start with ``first``, each with the rest of
    the prefixes (`_prefixes`) that start so: what the line's next characters must match."""
    found: list[_Start] = []
    for pattern, prefixes, needs in _furniture_starts():
        if prefixes is None:
            found.append((pattern, None, needs))
            continue
        tails = frozenset(p[1:] for p in prefixes if p[0] is None or _atom_matches(p[0], first))
        if tails:
            found.append((pattern, tails, needs))
    return tuple(found)


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> regex.Pattern[str]:
    """A furniture pattern, compiled once: the whole line must match it, in any case."""
    return regex.compile("(?:" + pattern + r")\Z", regex.IGNORECASE)


@functools.cache
def _furniture_starts() -> list[_Start]:
    """Each furniture pattern, how its matches may start (`_prefixes`) and the marks it
    needs (an entry ``{"pattern": ..., "needs": [...]}``: one of them must be in the line)."""
    entries: list[tuple[str, list[str]]] = [
        (entry, []) if isinstance(entry, str) else (entry["pattern"], entry["needs"])
        for entry in load("furniture.json")["patterns"]
    ]
    return [(pattern, _prefixes(pattern), tuple(needs)) for pattern, needs in entries]


def _prefix_matches(prefix: _Prefix, head: str) -> bool:
    """Whether a line whose characters after the first are ``head`` (at most ``_HEAD - 1``
    of them: fewer only on a line that short) may go on as ``prefix`` says: each character
    matches its regex, a None anything from there on. A prefix shorter than ``_HEAD - 1``
    ends the match, so the line must end there too."""
    for at, atom in enumerate(prefix):
        if atom is None:
            return True
        if at >= len(head) or not _atom_matches(atom, head[at]):
            return False
    return len(prefix) == _HEAD - 1 or len(prefix) == len(head)


def _atom_matches(atom: str, char: str) -> bool:
    """Whether ``atom``, a regex of one character, matches ``char`` in any case."""
    if atom.isascii() and atom.isalnum() and char.isascii():
        return atom.lower() == char.lower()  # no other ASCII character is a letter's case
    return _atom(atom).fullmatch(char) is not None


@functools.lru_cache(maxsize=512)
def _atom(atom: str) -> regex.Pattern[str]:
    """``atom`` compiled once, case-blind (as the furniture patterns are)."""
    return regex.compile(atom, regex.IGNORECASE)


# A quantifier: "?", "*", "+" or "{m,n}", perhaps lazy or possessive.
QUANTIFIER = lazy_compile(
    r"""
    (?: [?*+] | \{ (?P<min> \d* ) (?P<max> , \d* )? \} )  # the repeat
    [?+]?                                                 # lazy or possessive
    """,
    regex.VERBOSE,
)


# A group other than "(?:...)": inline flags, a lookaround, a named group ...
SPECIAL_GROUP = lazy_compile(
    r"""
    (?: ^ | [^\\] ) (?: \\\\ )*     # not escaped: no backslash, or escaped backslashes
    \( \? [^:]                      # "(?" but not "(?:"
    """,
    regex.VERBOSE,
)


def _prefixes(pattern: str, size: int = _HEAD) -> frozenset[_Prefix] | None:
    """How a match of ``pattern`` may start: for each way, the regexes of one character
    (``s``, ``\\d``, ``[\\W_]``) that its first ``size`` characters match, fewer when the
    match may end sooner, and a None where what follows is beyond this reading. None when
    the pattern may match nothing or when its start is beyond this reading.

    Read by `_heads`; inline flags (which hold for the whole pattern) and lookarounds make
    it unknown. The prefixes are a superset: every match starts as one of them says.
    """
    if SPECIAL_GROUP.search(pattern):
        return None
    heads = _heads(pattern)
    if heads is None or any(not atom for atom, _ in heads):
        return None
    return frozenset(_starts(heads, size))


def _starts(heads: list[_Head], size: int) -> set[_Prefix]:
    """The prefixes (`_prefixes`) of at most ``size`` characters of the ways ``heads``."""
    found: set[_Prefix] = set()
    for atom, rest in heads:
        if not atom:
            found.add(())  # the match may end here
        elif size == 1:
            found.add((atom,))
        else:
            after = _heads(rest)
            tails = {(None,)} if after is None else _starts(after, size - 1)
            found.update((atom, *tail) for tail in tails)
    return found


_Head = tuple[str, str]
"""A way a match starts: its first character's regex and the pattern of the rest of it;
("", "") when the match may be empty."""


def _heads(pattern: str) -> list[_Head] | None:
    """Each way a match of ``pattern`` may start (`_Head`), or None when this reading cannot
    tell.

    Read: characters, escapes of one character (``\\d``, ``\\(``), ``.``, sets ``[...]``
    and groups ``(?:...)``, each perhaps repeated, and alternatives of these
    (``(?:see|more) also``, ``\\d* ?comments?``). Anything else (``\\b``, anchors, other
    groups) makes it unknown. A repeat is read as "once, then any number of times"
    (``x{2,5}`` as ``x(?:x)*``): the rest may match more than the pattern does, never less.
    """
    heads: list[_Head] = []
    for alternative in _split_alternatives(pattern):
        found = _sequence_heads(alternative)
        if found is None:
            return None
        heads += found
    return heads


def _sequence_heads(pattern: str) -> list[_Head] | None:
    """`_heads` of a sequence without top-level ``|``."""
    if not pattern:
        return [("", "")]
    char = pattern[0]
    body: str | None = None
    if char == "(":
        close = _group_end(pattern, 0)
        if close is None or not pattern.startswith("(?:"):
            return None
        body, after = pattern[3:close], close + 1
    elif char in "^$|)*+?{}" or (char == "\\" and not _one_char_escape(pattern[1:2])):
        return None  # an anchor, \b, \p{...}, a back reference ...: unknown
    else:
        after = _skip(pattern, 0)  # one character: a literal, an escape, ".", a set
        if "[" in pattern[1:after]:
            return None  # a set in a set ("[[:alpha:]]"): unknown
    unit = pattern[:after]
    repeat = QUANTIFIER.match(pattern, after)
    if repeat is None:
        return _unit_heads(unit, body, pattern[after:])
    rest = pattern[repeat.end() :]
    kind = repeat[0][0]
    optional = kind in "?*" or (kind == "{" and int(repeat["min"] or 0) == 0)
    then = rest if _at_most_once(repeat) else f"(?:{unit})*{rest}"  # again, or the rest
    heads = _unit_heads(unit, body, then)
    if heads is None:
        return None
    if optional:
        skipped = _sequence_heads(rest)
        if skipped is None:
            return None
        heads += skipped
    return heads


def _at_most_once(repeat: regex.Match[str]) -> bool:
    """Whether a `QUANTIFIER` allows one time at most: "?", "{0,1}", "{1}"."""
    kind = repeat[0][0]
    if kind in "*+":
        return False
    if kind == "?":
        return True
    bound = repeat["min"] if repeat["max"] is None else repeat["max"][1:]
    return bound != "" and int(bound) <= 1


def _unit_heads(unit: str, body: str | None, rest: str) -> list[_Head] | None:
    """`_heads` of ``unit`` (one character's regex, or a group whose inside is ``body``)
    followed by ``rest``."""
    if body is None:
        return [(unit, rest)]
    heads: list[_Head] = []
    for alternative in _split_alternatives(body):
        found = _sequence_heads(alternative + rest)
        if found is None:
            return None
        heads += found
    return heads


def _one_char_escape(char: str) -> bool:
    """Whether a backslash and ``char`` stand for one character: ``\\d``, ``\\s``, ``\\(``."""
    return char in ("d", "D", "w", "W", "s", "S") or (char.isascii() and not char.isalnum())


def _split_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|``."""
    parts, start, at = [], 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "|":
            parts.append(pattern[start:at])
            start = at + 1
        elif char == "(":
            close = _group_end(pattern, at)
            if close is None:
                return [pattern]  # unbalanced: left to the regex compiler
            at = close
        at = _skip(pattern, at)
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str, open_at: int) -> int | None:
    """The index of the ``)`` closing the group opened at ``pattern[open_at]``, or None."""
    depth, at = 0, open_at
    while at < len(pattern):
        char = pattern[at]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
        at = _skip(pattern, at)
    return None


def _skip(pattern: str, at: int) -> int:
    """The index after the character at ``at``, past an escape or a whole set ``[...]``."""
    if pattern[at] == "\\":
        return at + 2
    if pattern[at] != "[":
        return at + 1
    at += 1
    if pattern[at : at + 1] == "^":
        at += 1
    if pattern[at : at + 1] == "]":
        at += 1  # a leading "]" is one of the set's characters
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1
