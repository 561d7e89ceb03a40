"""The cheap tests that turn a caption line down before `find_credit`'s cascade reads it.

Most lines of an article end in prose ("... the deal was done."): `plain_end` reads their
last words back with string tests only. A line whose end holds nothing that any credit the
cascade accepts needs (a bracket, a chain mark, a wrapper word, a known agency or a role at
its end) is turned down by `may_hold_credit`. Each test is safe: it says no only where the
cascade would find no credit (tested against the cascade on generated and corpus lines).
"""

from __future__ import annotations

import functools

from newsparse._text import holds_any
from newsparse.agencies import loose_key, loose_names
from newsparse.credit_links import role_of
from newsparse.credit_text import (
    DASHES,
    LICENSORS,
    WINDOW,
    label_stem_firsts,
    label_stems,
    label_words,
    lazy,
    licensed,
    lower_ok_stems,
    vocab,
)

__all__ = [
    "CHAIN_COURTESY",
    "HEADING",
    "MAX_COMMA_CREDIT",
    "OTHER",
    "PROSE",
    "ROLES_ALONE",
    "call_sign",
    "has_chain_mark",
    "may_hold_credit",
    "plain_end",
]

ROLES_ALONE = frozenset({"Supplied", "Handout", "Courtesy", "File"})
"""Roles that make a credit on their own at the end of a caption: "... on Monday. Supplied",
"... e-scooter. File pic" (Sky News)."""
MAX_COMMA_CREDIT = 80
"""The longest "photographer, agency" credit (`_person_comma_agency`)."""

_PROSE_END = ".,;:!?\"'“”‘’…*"
"""Punctuation after the last word of prose that no credit, bracket or junk rule reads."""

_LICENSOR_WORDS = frozenset(tail.rpartition(" ")[2].rstrip(_PROSE_END) for tail in LICENSORS)
"""The last word of each of `LICENSORS` ("licensors", "reserved", "ARCHIVES"), as `plain_end`
reads a line's last word: a line ends in one of `LICENSORS` only if its last word is one."""

PROSE, HEADING, OTHER = 0, 1, 2
"""What `plain_end` says of a line's end: prose, a short heading, or anything else."""
_MAX_TAIL_WORDS = 16
"""How many words `plain_end` reads back from the end of a line."""

# What a credit printed without a wrapper always holds: a chain separator -- a slash or a
# pipe (plain ``in`` tests), or one of these. `has_chain_mark` searches each on its own after a
# plain test for the text it needs: one alternation of them all searches many times slower.
CHAIN_VIA = lazy(r"\svia\s")  # "via"
CHAIN_FOR = lazy(r"\sfor\s")  # "Jane Doe for The New York Times"
# a hyphen or dash before a capital: "Jamie Rhodes-USA TODAY Sports", "Chip Somodevilla—Getty
# Images" (TIME), "Jane Roe - AMA/Getty Images". The letter before the dash is a lookbehind:
# a search that starts with the dash skips to the dashes (one that starts with a letter tries
# every position, several times slower).
CHAIN_HYPHEN = lazy(r"(?<=\p{L}\ ?)[-–—]\ ?\p{Lu}")
# "Courtesy of NASA", "Photo courtesy of the club"
CHAIN_COURTESY = lazy(r"\A(?i:(?:photo(?:graph)?s?\s+|images?\s+|pictures?\s+)?courtesy)\s")


def has_chain_mark(stretch: str) -> bool:
    """Whether a stretch holds a chain mark (a slash, a pipe, `CHAIN_VIA`, `CHAIN_FOR`,
    `CHAIN_HYPHEN`, `CHAIN_COURTESY`), once one of their hints is in it: "via", "for", a
    dash, "ourtesy" or "OURTESY" (a stretch with none holds no chain). Each hint is looked
    for once, with a plain ``in``, before the regex that needs it."""
    if "/" in stretch or "|" in stretch:
        return True
    via, for_, dash = "via" in stretch, "for" in stretch, holds_any(stretch, DASHES)
    if not (via or for_ or dash or "ourtesy" in stretch or "OURTESY" in stretch):
        return False  # (each hint is looked for once)
    return (
        (via and CHAIN_VIA().search(stretch) is not None)
        or (for_ and CHAIN_FOR().search(stretch) is not None)
        or (dash and CHAIN_HYPHEN().search(stretch) is not None)
        or CHAIN_COURTESY().match(stretch) is not None
    )


def may_hold_credit(line: str, end: int) -> bool:
    """Whether ``line[:end]`` (its trailing junk cut) holds what any credit that
    `find_credit` accepts needs; False means that the cascade would find none.

    Safe because each way of the cascade needs one of these: a bracketed credit, a bracket
    closing the line; a wrapper, a match of `LABEL` at or after ``end - WINDOW``, which
    starts with one of `label_stems` in any case; a bare chain, `has_chain_mark` of a stretch that
    starts there, which needs what `has_chain_mark` finds in the whole window or a "courtesy" in
    any case (`CHAIN_COURTESY`); and the rest, a name alone (`_bare_alone`: a role of
    `ROLES_ALONE` or a known agency, at most `_MAX_ALONE` long) or a role after another
    word (`_ends_in_role`: "AP file", no chain mark), or a name after a comma
    (`_person_comma_agency`, at most `MAX_COMMA_CREDIT`) or a space (`_staff_credit`), ends
    the line in a name (`_may_end_in_name`) or an e-mail address (`_staff_credit`). Case is
    compared as `str.casefold` folds it, which folds every character that a case-blind regex
    matches to an ASCII letter to that letter, but for "İ" ("i" and a combining dot, dropped).
    """
    if line[end - 1] in ")]":
        return True
    window = line[end - WINDOW if end > WINDOW else 0 : end]
    if has_chain_mark(window):
        return True
    # "İmage": casefold adds a dot to the "i", which a case-blind regex reads as "i"
    folded = window.lower() if window.isascii() else window.casefold().replace("\u0307", "")
    if holds_any(folded, _trigger_words()):
        return True
    last = line[line.rfind(" ", 0, end) + 1 : end]  # the last word
    return (
        _may_end_in_name(line, end)
        or call_sign(last)
        or "@" in last
        or _ends_in_role(line[end - 80 if end > 80 else 0 : end])
    )


def _ends_in_role(stretch: str) -> bool:
    """Whether a stretch ends in a credit role of one or two words after another word ("AP
    file", "AP. Pool"): what the cascade's bare chain with no chain mark needs
    (`credit_lines._ends_in_role`, read on a stretch with the same last words)."""
    words = stretch.rstrip(". ").rsplit(" ", 2)
    return len(words) > 1 and (
        role_of(words[-1]) is not None or role_of(" ".join(words[-2:])) is not None
    )


_CALL_SIGN_TAILS = frozenset({"TV", "DT", "FM", "AM", "CD"})
"""What may follow a station's call sign after a hyphen: "KPRC-TV"."""


def call_sign(word: str) -> bool:
    """Whether a word is a North American TV or radio station's call sign, which NBC prints
    as the credit of a still from its affiliate's footage: "KPRC", "WNBC", "KPRC-TV" (a K
    or W, then two or three more capitals)."""
    sign, _, tail = word.partition("-")
    return (
        3 <= len(sign) <= 4
        and sign[0] in "KW"
        and sign.isascii()
        and sign.isalpha()
        and sign.isupper()
        and (not tail or tail in _CALL_SIGN_TAILS)
    )


_NAME_TAIL = 5
"""How many last characters of a name's key `_name_ends` files it under."""
_NEAR_END = 12
"""How much of the line's end `_may_end_in_name` keys first."""


def _may_end_in_name(line: str, end: int) -> bool:
    """Whether ``line[:end]`` may end in a name that `_bare_alone` or `_person_comma_agency`
    accept: a known agency (`lookup`) or the last word of a role that stands alone.

    Safe because the `loose_key` of the line's end then ends in one of `_name_ends` (the
    name read by either is at most `MAX_COMMA_CREDIT` long). The line's last `_NAME_TAIL`
    characters, when they are ASCII letters or digits, key to themselves in lower case;
    else the key of the last `_NEAR_END` characters is the end of the line's key. When those
    last characters end no name, no name ends the line (cheap); otherwise the whole key is
    compared.
    """
    ends, short = _name_ends()
    tail = line[end - _NAME_TAIL if end > _NAME_TAIL else 0 : end]
    if not (tail.isascii() and tail.isalnum()):
        tail = loose_key(line[end - _NEAR_END if end > _NEAR_END else 0 : end])[-_NAME_TAIL:]
    else:
        tail = tail.lower()
    if (
        len(tail) == _NAME_TAIL
        and tail not in ends
        and not tail.endswith(short.get(tail[-1], ()))  # (only the keys ending as it does)
    ):
        return False
    key = loose_key(line[end - MAX_COMMA_CREDIT if end > MAX_COMMA_CREDIT else 0 : end])
    return key.endswith((*short.get(key[-1:], ()), *ends.get(key[-_NAME_TAIL:], ())))


@functools.cache
def _name_ends() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The keys (`loose_key`) of the names a line may end in (`_may_end_in_name`): every
    name `lookup` knows (`loose_names`) and the last word of each role that stands alone
    ("supplied", "photo" of "Courtesy photo"); filed under their last `_NAME_TAIL`
    characters, and apart, the keys shorter than that ("ap", "ho"), filed under their last
    character (a text ends in such a key only if it ends in that character)."""
    roles = vocab().roles
    alone = {loose_key(alias.split()[-1]) for alias in roles if roles[alias] in ROLES_ALONE}
    ends: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    for name in sorted(loose_names() | alone):
        if len(name) < _NAME_TAIL:
            short.setdefault(name[-1], []).append(name)
        else:
            ends.setdefault(name[-_NAME_TAIL:], []).append(name)
    return (
        {tail: tuple(names) for tail, names in ends.items()},
        {last: tuple(names) for last, names in short.items()},
    )


@functools.cache
def _trigger_words() -> tuple[str, ...]:
    """What `may_hold_credit` looks for in a case-folded window: the first words of the
    wrappers (`label_stems`) and "courtesy" (`CHAIN_COURTESY`), each once."""
    return tuple(dict.fromkeys((*label_stems(), "courtesy")))


def plain_end(line: str, stop: int) -> int:
    """How ``line[:stop]`` ends, read back over at most `_MAX_TAIL_WORDS` words: `PROSE`,
    `HEADING` or `OTHER` (let the cascade read it).

    `PROSE` is a plain lower-case word, perhaps followed by capitalised words, numbers and
    joining words ("... by Jane Roe-Smith of the U.N.", "... in 2016."), then punctuation:
    no bracket closes the line, no wrapper word starts a word, no sentence ends among them
    (a bare credit needs one), and the word is no wrapper's own ("hide") nor has "courtesy"
    before it. The cascade turns such a line down at once. `HEADING` is a short line of such
    words only ("Regional Woes", "CBS News"), which can only be a credit as a whole. A line
    that ends in one of `LICENSORS` ("... or licensors") is `OTHER`: the cascade cuts it
    (looked for only when the last word is one of theirs, `_LICENSOR_WORDS`: few lines).
    """
    lower_ok, stems_only, words, stem_firsts, stems, not_plain = _plain_vocab()
    if stop == len(line):  # (most lines: the calls without a range are the cheaper)
        cut = line.rfind(" ")
        token = line[cut + 1 :].rstrip(_PROSE_END)
    else:
        cut = line.rfind(" ", 0, stop)
        token = line[cut + 1 : stop].rstrip(_PROSE_END)  # the last word, without its punctuation
    if token.isalpha() and token.islower() and token.isascii() and token not in not_plain:
        # most lines end in a plain word that is none of `LICENSORS`' last words nor in
        # `lower_ok` or `lower_ok_stems` (one set look-up for three): "... the deal was done."
        if cut < stop - WINDOW:
            return OTHER  # (the cascade would not see all of it)
        if "ourtesy" not in line:
            return PROSE  # (most lines: no "courtesy" to look for, no call)
        return _no_courtesy(line, cut + 1 + len(token))
    if token in _LICENSOR_WORDS and licensed(line, 0, stop):
        return OTHER
    if token.isalpha() and token.islower() and token.isascii() and token not in lower_ok:
        # a plain word of `lower_ok_stems` or of `LICENSORS` (not licensed: "reserved")
        if cut < stop - WINDOW or token in stems_only:
            return OTHER  # (the cascade would not see all of it; "st." is no prose)
        if "ourtesy" not in line:
            return PROSE  # (most lines: no "courtesy" to look for, no call)
        return _no_courtesy(line, cut + 1 + len(token))
    pos = stop
    for _ in range(_MAX_TAIL_WORDS):
        if not token.isascii():
            return OTHER  # let the cascade read it
        if token.isalpha() and token.islower() and token not in lower_ok:
            if cut < stop - WINDOW or token in stems_only or token in words:
                return OTHER  # (the cascade would not see all of it; "st." is no prose)
            if "ourtesy" not in line:
                return PROSE  # (as above)
            return _no_courtesy(line, cut + 1 + len(token))
        head = token[:1]  # (its first character, read once; ASCII, as the token is)
        if not (
            (head in _CAPITALS_AND_DIGITS or (token in lower_ok and head.isalnum()))
            and (token.isalnum() or token.replace("-", "").isalnum())
            and not (head in stem_firsts and token.lower().startswith(stems))
        ):
            return OTHER  # anything else: let the cascade read it
        if cut < 0:
            return HEADING if stop <= WINDOW else OTHER
        pos = cut
        cut = line.rfind(" ", 0, pos)
        token = line[cut + 1 : pos].rstrip(",")
    return OTHER


def _no_courtesy(line: str, prose: int) -> int:
    """`PROSE` for a line whose last word of prose ends at ``prose``, unless "courtesy"
    stands in the 60 characters before it (`OTHER`: "Photo courtesy of the club"). Called
    only for a line that holds "ourtesy": its callers test that first, without a call (most
    lines: one plain scan, no search in a range)."""
    near = prose - 60 if prose > 60 else 0  # (a conditional: cheaper than max)
    return OTHER if line.find("ourtesy", near, prose) >= 0 else PROSE


_Words = frozenset[str]

_CAPITALS_AND_DIGITS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
"""The ASCII characters that are upper case or digits: `plain_end` tests a word's first
character against them with one set look-up (the word is ASCII by then)."""


@functools.cache
def _plain_vocab() -> tuple[_Words, _Words, _Words, _Words, tuple[str, ...], _Words]:
    """What `plain_end` reads, fetched in one call: `Vocab.lower_ok`, `lower_ok_stems`,
    `label_words`, `label_stem_firsts` in both cases (a word's first character is tested
    as printed), `label_stems`, and the words of `lower_ok`, `lower_ok_stems` and
    `_LICENSOR_WORDS` in one set (a last word in none of them is prose at once)."""
    firsts = label_stem_firsts()
    both_cases = firsts | {first.upper() for first in firsts}
    lower_ok, stems_only = vocab().lower_ok, lower_ok_stems()
    not_plain = lower_ok | stems_only | _LICENSOR_WORDS
    return lower_ok, stems_only, label_words(), both_cases, label_stems(), not_plain
