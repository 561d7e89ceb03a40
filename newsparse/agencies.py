"""The agency registry: canonical names of photo and news agencies and their aliases.

The vocabulary lives in ``data/agencies.json`` (see its ``_source`` note); this module
only loads it, once and lazily, and answers two questions:

>>> lookup("AFP PHOTO").name
'AFP'
>>> lookup("Associated-Press").full_name
'The Associated Press'
>>> lookup("Ousama Farag") is None
True
>>> resolve("DeFodi Images").kind
'photo'
>>> resolve("RICHMOND TIMES-DISPATCH")
Agency(name='Richmond Times-Dispatch', full_name=None, kind=None)
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse.models import Agency

__all__ = [
    "acronym_photo",
    "alias_key",
    "all_agencies",
    "lookup",
    "loose_key",
    "loose_names",
    "resolve",
    "resolve_printed",
    "tidy_name",
]

# Characters that alias matching ignores: white space, hyphens, dots, underscores, apostrophes.
_IGNORED = lazy_compile(
    r"""
    [\s\p{Pd}._'’]+     # spaces, any dash, dots, underscores and apostrophes
    """,
    regex.VERBOSE,
)

# A leading article, dropped when the name is not found with it ("The Guardian").
_LEADING_THE = lazy_compile(
    r"""
    ^the\s+             # "The " at the start, any case
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A generic suffix that agencies add to their name in credits ("AFP PHOTO", "Getty Images").
_GENERIC_SUFFIX = lazy_compile(
    r"""
    \s+(?:photos?|pictures|images|foto|news|staff)\.?$   # " Photo", " Images", ...
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_SUFFIX_ENDS = ("photo", "photos", "pictures", "images", "foto", "news", "staff")
"""How a name that `_GENERIC_SUFFIX` may shorten ends: a cheap test before the regex."""

# A word of an all-capitals name that stays in capitals when it is tidied (an acronym).
_ACRONYM = lazy_compile(
    r"""
    ^\P{L}*            # leading punctuation or digits
    \p{Lu}{1,3}        # at most three capitals: AP, USA, CBC
    \P{L}*$            # trailing punctuation or digits
    """,
    regex.VERBOSE,
)


def alias_key(name: str) -> str:
    """The form in which names are compared: case and accents folded, spaces/hyphens dropped."""
    folded = name.casefold()
    if folded.isascii():
        squeezed = folded.replace(" ", "")
        if squeezed.isalnum():
            return squeezed  # only spaces to drop: "getty images" (no regex needed)
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _IGNORED.sub("", folded)


@functools.cache
def _registry() -> dict[str, Agency]:
    """Alias key -> Agency, read once from ``data/agencies.json``."""
    table = load("agencies.json")
    index: dict[str, Agency] = {}
    for entry in table["agencies"]:
        agency = Agency(name=entry["name"], full_name=entry["full_name"], kind=entry["kind"])
        for alias in [entry["name"], entry["full_name"], *entry["aliases"]]:
            if alias:
                index.setdefault(alias_key(alias), agency)
    return index


def loose_key(text: str) -> str:
    """`alias_key` without commas and colons: the key of a stretch of text that holds a name.

    Like `alias_key` it reads each character on its own (case and accents folded, white
    space, dashes, dots, underscores and apostrophes dropped), so the key of a stretch that
    ends a text is the end of the text's key. Commas and colons are dropped too: a credit
    chain rebuilds a name read across a separator with its own ", " ("Tyvak Systems, Inc.")
    or without one ("U.S. Fish, and Wildlife Service" read as "U.S. Fish and Wildlife
    Service"), and pieces lose a colon at their edges. As each character is keyed on its
    own, a text of the common scripts and punctuation is keyed by one ``str.translate``
    (`_loose_table`); a character that the table does not know, or keys to something other
    than ASCII, is left as it is, and the text is keyed the long way.
    """
    if text.isascii():  # (bytes delete through a table: several times faster than str's)
        return text.lower().encode().translate(None, _ascii_drops()).decode()
    key = text.translate(_loose_table())
    return key if key.isascii() else _loose(text)


def _loose(text: str) -> str:
    return alias_key(text).replace(",", "").replace(":", "")


_TABLED = (range(0x250), range(0x2000, 0x2070))
"""The characters `_loose_table` keys: ASCII, Latin-1 and Latin Extended (accented letters),
and General Punctuation (curly quotes, dashes, the ellipsis)."""


@functools.cache
def _loose_table() -> dict[int, str]:
    """`loose_key` of each character of `_TABLED`, for ``str.translate``."""
    return {code: _loose(chr(code)) for block in _TABLED for code in block}


@functools.cache
def _ascii_drops() -> bytes:
    """The ASCII characters that `loose_key` drops (for ``bytes.translate`` after ``lower``)."""
    return bytes(code for code in range(128) if not _loose(chr(code)))


@functools.cache
def loose_names() -> frozenset[str]:
    """The `loose_key` of every name that `lookup` knows: each registry name, alone and
    followed by each generic suffix ("reuterspictures"), which `lookup` cuts."""
    keys = {key.replace(",", "").replace(":", "") for key in _registry()}
    return frozenset(name for key in keys for name in (key, *(key + w for w in _SUFFIX_ENDS)))


def all_agencies() -> list[Agency]:
    """Every registry entry once, in file order."""
    seen: dict[str, Agency] = {}
    for agency in _registry().values():
        seen.setdefault(agency.name, agency)
    return list(seen.values())


@functools.lru_cache(maxsize=4096)
def lookup(name: str) -> Agency | None:
    """The registry entry for a printed name or alias, or None when it is not known.

    Matching folds case and accents and ignores spaces, hyphens and dots; a leading
    "The" and a generic suffix such as " Photo" or " Images" are tried away.
    """
    registry = _registry()
    name = name.strip()
    candidates = [name]
    if name[:3].casefold() == "the" and name[3:4].isspace():  # what `_LEADING_THE` cuts
        candidates.append(_LEADING_THE.sub("", name))
    for candidate in candidates:
        found = registry.get(alias_key(candidate))
        if found is None and candidate[-9:].rstrip(".").casefold().endswith(_SUFFIX_ENDS):
            base = _GENERIC_SUFFIX.sub("", candidate)
            found = registry.get(alias_key(base)) if base != candidate else None
        if found is not None:
            return found
    return None


def tidy_name(name: str) -> str:
    """A printed organisation name with spaces collapsed and shouting turned to title case."""
    name = " ".join(name.split()).strip(" ,;:/|")
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 4 and all(c.isupper() for c in letters):
        words = name.split(" ")
        name = " ".join(w if _ACRONYM.match(w) else _title_word(w) for w in words)
    return name


def _title_word(word: str) -> str:
    """``TIMES-DISPATCH`` -> ``Times-Dispatch``: capitalise each hyphen/apostrophe part."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


@functools.lru_cache(maxsize=4096)
def resolve(name: str) -> Agency:
    """The registry entry for ``name``, or an Agency keeping the printed name (tidied); cached
    (an Agency is frozen, so one instance serves every credit that prints the name). An
    unknown acronym's " Photo" is cut like a known agency's: "DH Photo" -> "DH" (Deccan
    Herald), as "AP Photo" -> "AP"."""
    return lookup(name) or Agency(name=_acronym_photo(tidy_name(name)))


def resolve_printed(name: str, *, loud: bool) -> Agency:
    """`resolve`, but an unknown name of one word in capitals keeps its capitals when the
    credit around it is not all in capitals (``loud``): "Noel Abuyen/SFGATE" credits
    "SFGATE", "KAUST; Omar Haddad" credits "KAUST" (a name styled in capitals, as the
    outlet prints it), where "GETTY, ENVATO" shouts and credits "Envato"."""
    agency = resolve(name)
    if loud or agency.kind is not None or " " in name or len(name) <= 4:
        return agency  # (a known agency, a name of several words, or a short one: as is)
    return Agency(name=name) if name.isalpha() and name.isupper() else agency


def acronym_photo(name: str) -> bool:
    """Whether a credit link is an unknown acronym's photo service: "DH Photo" (Deccan
    Herald's "DH Photo/Irshad Mahammad"), read like "AP Photo"."""
    return name[-5:].casefold() in ("photo", "hotos") and _acronym_photo(name) != name


def _acronym_photo(name: str) -> str:
    """``name`` without " Photo" or " Photos" after an acronym of two to five capitals."""
    head, _, last = name.rpartition(" ")
    if last.casefold() not in ("photo", "photos") or not 2 <= len(head) <= 5:
        return name
    return head if head.isalpha() and head.isupper() else name
