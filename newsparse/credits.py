"""Photo credits: `parse_credit` reads one credit into photographers, agencies and roles.

A credit is a chain of photographers, agencies and roles joined by "/", "|", "via",
commas or "and" (``RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images``), printed with or
without a wrapper (``Photo:``, ``(...)``, ``[...]``, ``Image source,``, ``Credit...``).
Wrappers, trailing junk and the vocabulary are :mod:`newsparse.credit_text`; agencies
come from :mod:`newsparse.agencies`. Finding a credit inside a caption line is
:mod:`newsparse.credit_lines`, which shares the chain reading of
:mod:`newsparse.credit_links` (`links`).

>>> credit = parse_credit("(AP Photo/Efrem Lukatsky, File)")
>>> credit.raw, credit.photographers, [a.name for a in credit.agencies], credit.roles
('AP Photo/Efrem Lukatsky, File', ['Efrem Lukatsky'], ['AP'], ['File'])
>>> parse_credit("Courtesy of Jane Roe").photographers
['Jane Roe']
"""

from __future__ import annotations

import functools

import regex

from newsparse._data import load
from newsparse._text import readable
from newsparse.agencies import lookup, resolve, resolve_printed
from newsparse.credit_links import (
    INITIALS,
    Link,
    acronyms,
    domain,
    links,
    nobody,
    person_case,
    person_like,
    role_of,
    shouted_word,
)
from newsparse.credit_text import (
    MAX_CREDIT,
    citation,
    credit_parts,
    lazy,
    source_note,
    unwrap,
    unwrapped,
    vocab,
)
from newsparse.models import Agency, Credit, Span, build

__all__ = ["parse_credit"]

COURTESY = lazy(
    r"""
    \A(?:(?:photo(?:graph)?s?\s+|images?\s+|pictures?\s+)?courtesy  # "Photo courtesy …"
    (?:\s+of\b)?                   # "of" (a whole word: not the "Of" of "Offshore")
    |(?P<submitted>submitted\s+by)  # or "Submitted by"
    |supplied\s+by                # or "Supplied by" (Guardian Australia, ABC)
    |handout\s+(?:by|from))       # or "Handout from"
    (?P<the>\s+the\b)?\s*       # "the" (a whole word: not the "THE" of "THERMARA")
    (?P<rest>.*)\Z              # who supplied it
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)

# A personal name: capitalised words, initials and particles ("Ringo H.W. Chiu").
_LEAD_KINDS = frozenset({"wire", "photo", "stock"})


def courtesy_giver(text: str) -> tuple[str, str] | None:
    """Who supplied a "Courtesy of ...", "Submitted by ..." (CBC), "Supplied by ..."
    (Guardian Australia: "Photograph: Supplied by AIMS") or "Handout from ..." picture, as
    ("person" | "agency" | "", name), or None.

    A family or a lower-case giver ("the club") is nobody in particular; a personal name
    is the person credited, read as a photographer (the annotation counts "the people
    credited"); any other capitalised name is an organisation.
    """
    if not _gives(text):
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
    if not m["the"] and person_like(rest) and (_capitalised_words(rest) < 3 or given_first(rest)):
        return "person", rest  # ("Altadena Builds Back": three words, no given name first)
    return "agency", rest


def _capitalised_words(text: str) -> int:
    """How many words of a name are capitalised: "Paulo de Souza" has two."""
    return sum(1 for word in text.split() if word[:1].isupper())


def _gives(text: str) -> bool:
    """A cheap test before `COURTESY`: "courtesy" in the text, or it opens with one of the
    other roles that name a giver (`_GIVER_ROLES`)."""
    return "ourtesy" in text or "OURTESY" in text or text[:9].casefold() in _GIVER_ROLES


_GIVER_ROLES = {
    "submitted": "Submitted",
    "supplied ": "Supplied",
    "handout b": "Handout",
    "handout f": "Handout",
}
"""The first nine characters of a credit that names who gave the picture, but for
"courtesy", and its role: "Submitted by …" (CBC), "Supplied by …", "Handout from …"."""


def giver_role(text: str) -> str:
    """The role of a credit that names who gave the picture (`courtesy_giver`): "Supplied"
    for "Supplied by AIMS", "Courtesy" for "Photo courtesy of NASA"."""
    return _GIVER_ROLES.get(text[:9].casefold(), "Courtesy")


def _unwrapped(text: str) -> tuple[int, int, bool]:
    return unwrapped(text) if len(text) <= 2 * MAX_CREDIT else unwrap(text, 0, len(text))


@functools.lru_cache(maxsize=4096)
def _read_part(
    part: str, wrapper: str = "", signed: bool = False, loud: bool = False
) -> tuple[tuple[str, ...], tuple[Agency, ...], tuple[str, ...]]:
    photographers: list[str] = []
    agencies: list[Agency] = []
    roles: list[str] = []
    _read(part, photographers, agencies, roles, wrapper=wrapper, signed=signed, loud=loud)
    return tuple(photographers), tuple(agencies), tuple(roles)


def _read(
    part: str,
    photographers: list[str],
    agencies: list[Agency],
    roles: list[str],
    *,
    wrapper: str = "",
    signed: bool = False,
    loud: bool = False,
) -> None:
    """Sort the links of one credit into photographers, agencies and roles.

    A credit of one name after a wrapper that announces an organisation (``wrapper``, see
    `_org_wrapper`) that starts with no known given name is an organisation: "Source:
    Harvest Arm"; in brackets, a name of two words that reads as a person's stays a person
    ("(Cole Hartigan)"; "(Manitoba Hydro)" holds an organisation's word). Unbracketed
    ("Photo: Sigrún Roe") it stays a person. One word before a wire, photo or stock
    agency is the photographer's byline ("Seyllou/AFP"), before any known agency after
    "Photo by" (``signed``): "Photo by Chesnot/Getty Images". An unknown agency of one word
    in capitals keeps them unless the whole credit is in capitals (``loud``): "Noel
    Abuyen/SFGATE" credits "SFGATE".
    """
    if source_note(part):  # "Adapted from K. Roe et al. Nature (2026)": nobody took it
        return
    journal = citation(part)
    if journal is not None:  # "Nature Communications (2025). DOI: …": the journal
        agencies.append(resolve(journal))
        return
    chain = links(part)
    if _one_name(chain):  # "Montana Fish, Wildlife and Parks"
        agencies.append(resolve(part.strip(" .")))
        return
    positions = vocab().positions
    named = sum(
        1
        for link in chain
        if link.role is None and link.text.casefold() not in positions and not nobody(link.text)
    )
    prev, first = "", True
    for k, link in enumerate(chain):
        text = link.text
        if text.casefold() in positions or nobody(text):
            continue  # a position ("left"), the account that posted it, the vehicle that took it
        if link.role is not None:
            roles.append(link.role)
            prev = "role"
            continue
        courtesy = courtesy_giver(text)
        if courtesy is not None:
            roles.append(giver_role(text))
            kind, giver = courtesy
            if kind == "person":
                photographers.append(person_case(giver))
            elif kind == "agency":
                agencies.append(resolve(giver))
            prev = "role"
            continue
        if link.client:  # "for X": kept only when X is a publication that hired a person
            if prev in ("lead", "known"):
                continue  # an agency's client, a publication too ("Jane Roe/Getty Images for
                # Vanity Fair": Getty Images shot it; "Jane Roe for Vanity Fair" keeps it)
            if link.agency is not None and link.agency.kind == "publication":
                agencies.append(link.agency)
            elif link.agency is None and domain(text):  # "Jane Roe for Space.com"
                agencies.append(resolve(text))
            elif link.agency is None and prev == "person" and text.startswith("The "):
                agencies.append(resolve(text))  # "Jonah Feld for The Robot Report": a paper
                # (an agency's client is no credit: "Getty Images for The Recording Academy")
            continue
        if link.agency is not None:
            agencies.append(link.agency)
            prev = "lead" if link.agency.kind in _LEAD_KINDS else "known"
        elif prev == "role" and roles[-1] == "Staff" and photographers and link.sep == "slash":
            agencies.append(resolve(text))  # "Jane Roe, Staff / Harbor Gazette": the employer
            prev = "agency"
        elif prev == "role" and acronyms(text):
            agencies.append(resolve(text))  # "Supplied: NSW SES": an organisation's initials
            prev = "agency"
        elif first and _source_before_agency(chain, k):
            agencies.append(resolve(text))  # "Photos by Harlow Hellbenders and Getty Images"
            prev = "agency"
        elif person_like(text) and (
            (first and (len(chain) > 1 or not wrapper or _one_person(text, wrapper)))
            or (link.sep == "and" and prev == "person")
            or (link.sep in ("slash", "pipe", "comma", "by") and prev in ("lead", "role"))
            or (link.sep == "by" and prev in ("known", "agency"))  # "TOI photo by Jane Roe"
            or (link.sep == "slash" and prev in ("known", "agency"))  # "SCMP/Sam Tsang"
            or (link.sep == "colon" and prev in ("lead", "known", "agency"))  # "AAP: Jane Roe"
            or (k + 1 < len(chain) and chain[k + 1].sep == "paren")  # "Ralf Crawford (STScI)"
            # a second credit after "and": "… via Getty Images and Kevin Ong/Reuters"
            or (link.sep == "and" and k + 1 < len(chain) and chain[k + 1].sep == "slash")
            # more people after an outlet's colon: "ABC Far North: Jane Roe, Sam Poe"
            or (link.sep == "comma" and prev == "person" and k > 1 and chain[1].sep == "colon")
            # a second person after a comma: "CNA/Marcus Tan, Jane Ling" (a given name first;
            # "Jane Roe, Harbor Gazette" is her paper)
            or (link.sep == "comma" and prev == "person" and " " in text and given_first(text))
            # an initial and a surname after organisations: "ESA/Webb, NASA & CSA, J. Lee"
            or (link.sep in ("comma", "and") and _initial_first(text))
        ):
            photographers.append(person_case(text))
            prev = "person"
        elif first and _byline_word(text) and _agency_next(chain, k, signed):
            photographers.append(text)  # "Photo by Chesnot/Getty Images", "Seyllou/AFP": a
            prev = "person"  # one-word byline
        elif first and _given_and_surname(text) and _agency_down_chain(chain, k):
            photographers.append(person_case(text))  # "Lindsey Park/Axios": a surname that
            prev = "person"  # is also an organisation's word, before a known agency
        elif first and initials_and_surname(text) and _agency_down_line(chain, k):
            photographers.append(text)  # "LM Otero | Bloomberg | Getty Images": a person's
            prev = "person"  # initials, not an organisation's, before a known agency
        elif link.sep == "slash" and prev == "lead" and _given_and_surname(text):
            photographers.append(person_case(text))  # "AP Photo/Kim Park": the photographer's
            prev = "person"  # slot after a wire, whatever the surname is also a word of
        elif first and named > 1 and shouted_word(text) and not _person_next(chain, k):
            photographers.append(text.capitalize())  # "PIYASET/GETTY": a one-word byline
            prev = "person"
        else:
            agencies.append(resolve_printed(text, loud=loud))
            prev = "agency"
        first = False


def _source_before_agency(chain: tuple[Link, ...], k: int) -> bool:
    """Whether the first link of a credit names a source of the picture like the known
    agency that "and" joins to it: "Photos by Harlow Hellbenders and Getty Images" (Slate's
    photo illustrations list their sources so). It is no person's name when it opens with
    no known given name nor an initial (`given_first`) and ends in a plural ("Hellbenders",
    "Archives", "Studios"); "Photos by Jane Williams and Getty Images" keeps her."""
    if k + 1 >= len(chain) or chain[k + 1].sep != "and" or chain[k + 1].agency is None:
        return False
    text = chain[k].text
    words = text.split()
    return (
        len(words) >= 2
        and words[-1][-1:] == "s"
        and words[-1][-2:-1].islower()
        and all(w[:1].isupper() for w in words)
        and not given_first(text)
    )


def _initial_first(text: str) -> bool:
    """Whether a name opens with one initial and a full stop, then a surname: "J. Lee",
    "A. Adamo" (no organisation's name is printed so; "U.S. Fish" holds two letters)."""
    return len(text) > 3 and text[1] == "." and text[0].isupper() and text[2] == " "


def _one_name(chain: tuple[Link, ...]) -> bool:
    """Whether a chain "A, B and C" names one organisation: "Montana Fish, Wildlife and
    Parks" (three or more links joined by commas and a last "and", each after the first one
    capitalised word that no registry entry or role names; people are printed in full)."""
    if len(chain) < 3 or chain[-1].sep != "and":
        return False
    return all(
        link.agency is None
        and link.role is None
        and (k == 0 or (link.sep in ("comma", "and") and " " not in link.text))
        and link.text[:1].isupper()
        for k, link in enumerate(chain)
    )


def given_first(text: str) -> bool:
    """Whether a credit of one name starts with a given name ("Dana Roe") or an initial;
    "Manitoba Hydro" does not, so it is read as an organisation."""
    first = text.split(maxsplit=1)[0]
    if len(first.rstrip(".")) == 1 or INITIALS().fullmatch(first) or not first[1:].islower():
        return True  # an initial, or a name in capitals ("RAMIL SITDIKOV"): no list to test
    from newsparse.names import vocabulary  # noqa: PLC0415 (the speakers' word lists, on use)

    return first in vocabulary().given_any


def _given_and_surname(text: str) -> bool:
    """Whether a link is two capitalised words, a known given name and a surname ("Lindsey
    Park", "Emily Post"), whatever the surname is also a word of."""
    words = text.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    from newsparse.names import vocabulary  # noqa: PLC0415 (the speakers' word lists, on use)

    return words[0] in vocabulary().given_any


def initials_and_surname(text: str) -> bool:
    """Whether a link is a person's two initials run together, then a surname: "LM Otero",
    "TJ Kirkpatrick", "MJ Kim" (CNBC, AP and Getty bylines). The initials are no place's nor
    body's ("NY Post", "UN Women": data/credit_wrappers.json ``place_initials``), and the
    surname is no word of an organisation's name ("DC Fire", "LA Times")."""
    initials, _, surname = text.partition(" ")
    return (
        len(initials) == 2
        and initials.isalpha()
        and initials.isupper()
        and len(surname) > 1
        and surname.isalpha()
        and surname[0].isupper()
        and surname[1:].islower()
        and surname.casefold() not in vocab().not_in_names
        and initials not in _place_initials()
    )


@functools.cache
def _place_initials() -> frozenset[str]:
    """Two capitals that stand for a place or a body ("NY", "DC", "UK", "UN", "TV")."""
    return frozenset(load("credit_wrappers.json")["place_initials"])


def _agency_down_line(chain: tuple[Link, ...], k: int) -> bool:
    """Whether a known agency follows ``chain[k]`` down a chain of slashes, pipes and "via":
    "LM Otero | Bloomberg | Getty Images" (CNBC), "TJ Kirkpatrick/The New York Times"."""
    for link in chain[k + 1 : k + 4]:
        if link.sep not in ("slash", "pipe", "via"):
            return False
        if link.agency is not None:
            return True
    return False


def _one_person(text: str, wrapper: str) -> bool:
    """Whether a credit of one name that reads as a person's (`person_like`: no word of an
    organisation's name, "(Manitoba Hydro)", "(Yukon Energy)"), printed after a wrapper
    that announces an organisation, is a person's all the same: it starts with a known given
    name or an initial (`given_first`), or it is two words in brackets, a given name and a
    surname ("(Cole Hartigan)")."""
    return (wrapper == "(" and len(text.split()) == 2) or given_first(text)


def _byline_word(text: str) -> bool:
    """One capitalised word of letters that no organisation word is ("Chesnot")."""
    return (
        text.isalpha() and text[0].isupper() and text[1:].islower()
        and text.casefold() not in vocab().not_in_names
    )


def _agency_next(chain: tuple[Link, ...], k: int, signed: bool) -> bool:
    """Whether a known agency follows ``chain[k]`` after a slash or "via": after "Photo by"
    (``signed``) any agency, else a wire, photo or stock agency, whose photographers sign
    with one word ("Seyllou/AFP"; "Westminster/BBC" is no byline)."""
    if k + 1 >= len(chain):
        return False
    agency, sep = chain[k + 1].agency, chain[k + 1].sep
    return (
        agency is not None
        and sep in ("slash", "via")
        and (signed or agency.kind in _LEAD_KINDS)
    )


def _agency_down_chain(chain: tuple[Link, ...], k: int) -> bool:
    """Whether a known agency follows ``chain[k]`` down a chain of slashes and "via":
    "Lindsey Park/Axios", "Ellen Park/The Marietta Times via AP" (the member paper, then the
    wire that moved the picture)."""
    for link in chain[k + 1 : k + 4]:
        if link.sep not in ("slash", "via"):
            return False
        if link.agency is not None:
            return True
    return False


def _person_next(chain: tuple[Link, ...], k: int) -> bool:
    """Whether the link after ``chain[k]`` is a personal name after a slash: "MBARI / Jane
    Roe" credits Jane Roe, so "MBARI" is the organisation."""
    return k + 1 < len(chain) and chain[k + 1].sep == "slash" and person_like(chain[k + 1].text)


def _org_wrapper(before: str) -> str:
    """The wrapper printed before a credit that announces an organisation when the credit
    is one name that starts with no known given name (`_read`): a bracket, "(" ("(Manitoba
    Hydro)"), or a "Source:" label, "source" ("Source: Harvest Arm"); else "" ("Photo:
    Sigrún Roe" stays a person)."""
    before = before.rstrip()
    if before.endswith("("):
        return "("
    return "source" if before[-7:].casefold() == "source:" else ""


_LABEL_ROLES = frozenset({"File", "Courtesy"})
"""The roles a wrapper may name (`_label_role`)."""


def _label_role(before: str) -> str | None:
    """The role of the wrapper that ends ``before`` when it names one: "File:", "File
    photo:" (the picture is from the archive) -> "File", "Courtesy:" -> "Courtesy"; None
    for any other wrapper."""
    head = before.rstrip()
    if not head.endswith(":"):
        return None
    cut = max(head.rfind("(", 0, -1), head.rfind("[", 0, -1), head.rfind("|", 0, -1))
    role = role_of(head[cut + 1 : -1].strip())
    return role if role in _LABEL_ROLES else None


def parse_credit(text: str, /, *, offset: int = 0) -> Credit:
    """Parse one credit such as ``RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images``.

    Wrappers (``Photo:``, brackets, ``Image source,`` ...) and trailing picture ids are
    left out of ``raw``; ``span`` says where ``raw`` stands, shifted by ``offset``.
    Never raises on a string; text longer than `MAX_CREDIT` is kept raw, unparsed.
    """
    reading = readable(text)  # no-break spaces read as spaces; ``raw`` is as printed
    start, end, _ = _unwrapped(reading)
    raw = text[start:end]
    photographers: list[str] = []
    agencies: list[Agency] = []
    roles: list[str] = []
    wrapper = _org_wrapper(reading[:start])  # "(Manitoba Hydro)", "Source: Harvest Arm"
    signed = reading[:start].rstrip()[-3:].casefold() == " by"  # "(Photo by Chesnot/Getty …"
    if len(raw) <= MAX_CREDIT:
        label = _label_role(reading[:start])  # "[File: Seyllou/AFP]": a wrapper with a role
        if label is not None:
            roles.append(label)
        # a credit of two words or more, all in capitals, shouts ("GETTY, ENVATO"); one
        # word in capitals is a name styled so ("KAUST")
        loud = not any(c.islower() for c in raw) and len(raw.replace("/", " ").split()) > 1
        for part, _ in credit_parts(reading[start:end]):
            read = _read_part(part, wrapper, signed, loud)
            photographers += read[0]
            agencies += read[1]
            roles += read[2]
    return build(  # strings, agencies and offsets of our own: valid by construction
        Credit,
        raw=raw,
        photographers=list(dict.fromkeys(photographers)),
        agencies=list({a.name: a for a in reversed(agencies)}.values())[::-1],
        roles=list(dict.fromkeys(roles)),
        span=build(Span, start=start + offset, end=end + offset),
    )
