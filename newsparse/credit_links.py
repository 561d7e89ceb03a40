"""Credit chains: a credit cut into its links (photographers, agencies, roles) at "/", "|",
"via", commas, "and", "for" and dashes (`links`), and whether a link names a person
(`person_like`). `newsparse.credits.parse_credit` reads a whole credit from these links;
`newsparse.credit_lines` uses them to tell a credit at the end of a caption line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

import regex

from newsparse.agencies import lookup, resolve
from newsparse.credit_text import DASHES, lazy, vocab
from newsparse.models import Agency

__all__ = [
    "INITIALS",
    "Link",
    "acronyms",
    "domain",
    "handle",
    "links",
    "nobody",
    "person_case",
    "person_like",
    "role_of",
    "shouted_word",
]


# Separators between the links of a credit chain.
SEPARATOR = lazy(
    r"""
    (?P<slash>\s*/\s*)              # Name/Agency
    |(?P<pipe>\s*\|\s*)             # Name | Agency
    |(?P<via>\s+(?:(?i:via)(?<!VIA)  # AFP via Getty Images, "AFP VIA GETTY IMAGES", but not
    |VIA(?!\s+\p{Lu}\p{Ll}))\s+)      # the "VIA" of a name: "VIA Metropolitan Transit"
    |(?P<and>\s*,?\s+(?i:and)\s+)   # two photographers: "X, left, and Y"
    |(?P<comma>\s*,\s*)             # Name, AP
    |(?P<by>\s+(?i:(?:photos?|pictures?|images?)\s+by)\s+)   # Pool photo by Name
    |(?P<copyright>\s+(?=©\s*(?:19|20)\d\d))  # the holder's notice after a chain: "Jane
                                    # Roe/Bloomberg © 2024 Bloomberg Finance LP" (Forbes)
    """
)

# " for " inside a link: the client of an agency ("Getty Images for Ithaca Holdings").
FOR_CLIENT = lazy(
    r"""
    \s+for\s+   # "for", lower case only
    """
)

# " on " inside a link, before the site that hosts the picture: "Jane Roe on Unsplash".
ON_SITE = lazy(
    r"""
    \s+on\s+(?=\p{Lu})   # "on", lower case, then the site's capitalised name
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

# "Courtesy of the Serrano family", "Submitted by Jane Roe" (CBC): the role, then who
# supplied the picture.
PERSON = lazy(
    r"""
    \A(?:(?:
        (?:\p{Lu}\.){1,3}\s*                    # initials: "H.W. "
        |\p{Lu}\s+                              # a bare initial: "J "
        |\p{Lu}[\p{L}\p{M}'’-]*\p{L}\s+          # a name word: "Rodríguez ", "Dyer-Bennet "
        |(?:v[oa]n|d[eiaou]s?|der|del|della|den|la|le|bin|ibn|al|y|te[rn]|zu)\s+  # a particle:
                                                # "von ", "dos ", "ter ", "zu "
    ){0,5})
    (?:(?:al|el|ad|ash|as)-)?                    # "al-Rubaye"
    (?:\p{Lu}[\p{L}\p{M}'’-]*\p{L}              # the last name word,
    |(?<=\p{L}{2}\s)\p{Lu})                     # or an initial after one: "Pushkar V"
    (?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3}|\s+IV)?      # a generation suffix
    \Z
    """
)

# A publication written as its web address: "Space.com", "Express.co.uk", "Phys.org".
DOMAIN = lazy(
    r"""
    \A\p{L}[\p{L}\d-]*          # the site's name
    (?:\.(?:co|com|org|ac))?       # a second-level part: ".co" of ".co.uk"
    \.(?:com|org|net|io|news|[a-z]{2})   # the top-level domain
    \Z
    """
)

# A word of letters only, in capitals or title case, for `person_case`.
LETTERS = lazy(
    r"""
    \p{L}+      # a run of letters
    """
)

# The lower-case letters of a "Mc"/"Mac" before a surname in capitals: "McGREGOR", "MacLEOD"
# (Stuff, Scottish and Irish papers print staff credits so: "IAIN McGREGOR/STUFF").
SHOUTED_MAC = lazy(
    r"""
    (?<!\p{L})M       # "M" opening a word,
    (?:a?c)            # then "c" or "ac" in lower case
    (?=\p{Lu}{2})      # before a surname in capitals
    """
)

# Initials only: "H.W.".
INITIALS = lazy(
    r"""
    (?:\p{Lu}\.)+   # capital, full stop, repeated
    """
)


# A copyright mark with its year, or a year, around a link: "Copyright 2025 The AP",
# "© 2025 Getty Images", "Getty Images 2025", "(c) Reuters 2024" (Euronews, syndication)
COPYRIGHT_YEAR = lazy(
    r"""
    \A(?:©|\(c\)|copyright\b)\s*          # the mark, then perhaps
    (?:(?:19|20)\d\d(?!\d)[\s,.]*)?       # the year
    | \A(?:19|20)\d\d\s+(?=\p{Lu})        # or a year alone before a name: "2025 Getty Images"
    | (?<=\p{L}{3})(?<!\bof)\s+(?:19|20)\d\d\Z  # or after it: "Getty Images 2025"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


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
    roles = vocab().roles
    key = " ".join(text.casefold().split())
    role = roles.get(key)
    if role is None and " from " in key:  # "Screengrab from Facebook": the role, whatever
        role = roles.get(key.split(" from ", 1)[0])  # it was taken from
        role = role if role in _ROLES_FROM else None
    return role


_ROLES_FROM = frozenset({"Screenshot", "Handout"})
"""The roles printed with where the picture came from: "Screengrab from Facebook",
"Handout from the family"."""


@functools.lru_cache(maxsize=4096)
def links(part: str) -> tuple[Link, ...]:
    """The links of one credit, split at separators, " for " and agency hyphens (cached:
    `find_credit` and `parse_credit` read the same credit one after the other)."""
    words = vocab()
    pieces: list[tuple[str, str]] = []
    pos, sep = 0, ""
    for m in SEPARATOR().finditer(part) if _may_separate(part) else ():
        pieces.append((part[pos : m.start()], sep))
        pos, sep = m.end(), m.lastgroup or ""
    pieces.append((part[pos:], sep))
    found: list[Link] = []
    for printed, printed_sep in pieces:
        text, sep = printed.strip(" :–—-").rstrip("*"), printed_sep  # "Jane Roe*": courtesy (RS)
        if text.endswith(".") and text.rsplit(maxsplit=1)[-1].casefold() not in words.keep_dot:
            text = text.rstrip(". ")  # a full stop ends the credit, not "Inc."
        if found and text[:4].casefold() == "via " and not _via_name(text):
            # "POOL / VIA KYODO" (The Japan Times)
            text, sep = text[4:].lstrip(), "via"
        if found and text[:4].casefold() == "for " and text[4:5].isupper():
            client = text[4:].strip()  # "Craig Hudson/for The Washington Post": a freelancer's
            found.append(Link(client, "for", lookup(client), None, client=True))  # client
            continue
        if text[:1] in "©(Cc12" or text[-1:].isdigit():  # (a cheap test first)
            text = COPYRIGHT_YEAR().sub("", text)
        if text.endswith(" et al"):  # "Jane Roe et al./Nature Astronomy": the first author
            text = text[:-6].rstrip(" ,")
        if not text:
            continue
        if found and text[:1] in "Ss" and text.casefold().startswith(words.outlet_prefixes):
            text = text.split(maxsplit=2)[-1]  # "Special to The Chronicle": the outlet
        elif found and " by " in text:
            text = _by_label_cut(text)  # "Voltrail / Photo by Daniel Okoro" (TechCrunch)
        if found and sep == "comma" and text.casefold() in words.corporate:
            last = found.pop()  # "Tyvak Nano-Satellite Systems, Inc." is one company
            text, sep = f"{last.text}, {text}", last.sep
        elif found and sep == "comma" and _place_of(found[-1].text, text):
            last = found.pop()  # "Natural History Museum, London" is one institution
            text, sep = f"{last.text}, {text}", last.sep
        elif found and sep == "and" and text[:4] == "the " and text[4:5].isupper():
            text = text[4:]  # "A. Adamo (Stockholm University) and the FEAST JWST team": a
            # body of its own after "and the", without the article in lower case
        elif found and sep == "and" and lookup(f"{found[-1].text} and {text}") is not None:
            last = found.pop()  # "The Globe and Mail": a known name with "and" in it
            text, sep = f"{last.text} and {text}", last.sep
        elif (
            found and sep == "and" and found[-1].sep != "paren"  # (no institution in brackets)
            and _one_organisation(found[-1].text, text)
        ):
            last = found.pop()  # "U.S. Fish and Wildlife Service" is one organisation
            text, sep = f"{last.text} and {text}", last.sep
        head, colon, rest = text.partition(":")
        if colon and found and rest.strip() and _is_label(head):
            text, head, colon = rest.strip(), rest.strip(), ""  # "File | Photo Credit: PTI"
        if colon and not found and role_of(head) is not None:  # "[File: Jane Roe/AP Photo]"
            found.append(Link(head.strip(), sep, None, role_of(head)))
            text = rest.strip()
        elif colon and rest.strip() and _outlet_colon(head.strip(), rest.strip()):
            found.append(Link(head.strip(), sep, resolve(head.strip()), None))
            text, sep = rest.strip(), "colon"  # "AAP: Dean Lewins", "ABC News: Jane Roe"
        head, client = text, ""
        if "for" in text:  # the regex wants any space around it: "Getty Images\xa0for X"
            head, client = [*FOR_CLIENT().split(text, maxsplit=1), ""][:2]
            if client and _for_inside(head, client):  # "State Office for Monument Preservation"
                head, client = text, ""
        head, affiliation = _affiliation(head)
        head, site = _on_site(head)
        head, partner = _with_agency(head)
        head, role = _trailing_role(head)
        wire = ""
        if not found and not role and " " in head:
            head, wire = staff_then_wire(head)  # "Wilfredo Lee AP", "PEDRO PORTAL pp@x.com"
        for printed_sub, sub_sep in _split_hyphen(head, sep):
            sub = _untitled(printed_sub)
            people = _ampersand_people(sub)
            if people is not None:  # "Brenton Geach & Ashraf Hendricks/M&G": two people
                found.append(Link(people[0], sub_sep, None, None))
                found.append(Link(people[1], "and", None, None))
                continue
            bodies = _ampersand_bodies(sub)
            if bodies is not None:  # "ESA/Webb, NASA & CSA": two space agencies
                found.append(Link(bodies[0], sub_sep, lookup(bodies[0]), None))
                found.append(Link(bodies[1], "and", lookup(bodies[1]), None))
                continue
            found.append(Link(sub, sub_sep, lookup(sub), role_of(sub) or _family(sub)))
        if wire:  # "Wilfredo Lee AP" (McClatchy): the agency after the photographer
            found.append(Link(wire, "space", lookup(wire), None))
        if partner:  # "The Real Deal with Getty Images": an outlet's illustration, and whose
            found.append(Link(partner, "via", lookup(partner), None))  # pictures it uses
        if site:  # "Jane Roe on Unsplash": the stock site that hosts the picture
            found.append(Link(site, "on", lookup(site), None))
        if role:  # "AP file": the agency, then the role
            found.append(Link(role, "role", None, role_of(role)))
        if affiliation:  # "Ralf Crawford (STScI)": the photographer's institution
            found.append(Link(affiliation, "paren", lookup(affiliation), role_of(affiliation)))
        if client:
            client, partner = _with_agency(client)  # "for The Real Deal with Getty Images"
            found.append(Link(client, "for", lookup(client), None, client=True))
            if partner:
                found.append(Link(partner, "via", lookup(partner), None))
    return tuple(found)


def _via_name(text: str) -> bool:
    """Whether a link opens with the "VIA" of a name, not the connector: "VIA" in capitals
    before a word in title case ("VIA Metropolitan Transit", "VIA Rail Canada"); the
    connector is printed in lower case or in a credit in capitals ("POOL / VIA KYODO")."""
    return text[:4] == "VIA " and text[4:5].isupper() and text[5:6].islower()


@functools.cache
def _by_labels() -> frozenset[str]:
    """The wrappers that end in "by" ("photo by", "illustration by"), folded."""
    return frozenset(label for label in vocab().labels if label.endswith(" by"))


def _by_label_cut(text: str) -> str:
    """A chain link without the "Photo by" that opens it: "Photo by Daniel Okoro" ->
    "Daniel Okoro" (a wrapper inside a chain, after an organisation's name)."""
    head, _, rest = text.partition(" by ")
    if rest and f"{head.casefold()} by" in _by_labels():
        return rest.strip()
    return text


def _place_of(left: str, right: str) -> bool:
    """Whether ", right" is the place of the institution on the left, part of its name:
    "Natural History Museum, London" (an organisation's word ends the left, one capitalised
    word on the right, neither a known agency)."""
    if " " in right or not right[:1].isupper() or not right.isalpha() or not right[1:].islower():
        return False  # (a place is one word in title case: not "LinkedIn", "NASA")
    org_words = vocab().org_words
    last = left.rsplit(maxsplit=1)[-1].casefold()
    if last not in org_words or right.casefold() in org_words:
        return False  # "Halcyon Group, Facebook": a second organisation
    return lookup(left) is None and lookup(right) is None and role_of(right) is None  # (not
    # "AP Photo/Chris Bank, File": a role)


def _untitled(text: str) -> str:
    """A link without the academic title before a name: "Dr. Jane Roe" -> "Jane Roe"."""
    head, _, rest = text.partition(" ")
    if rest and head.casefold() in vocab().titles and person_like(rest):
        return rest
    return text


def _family(text: str) -> str | None:
    """The role "Family" for a family credited by name ("Afolabi family", BBC's "Image
    source,"): no person and no organisation; else None."""
    words = text.split()
    if 1 < len(words) <= 4 and words[-1] in ("family", "families") and words[0][:1].isupper():
        return None if "ourtesy" in text or "OURTESY" in text else "Family"
    return None


def _outlet_colon(head: str, rest: str) -> bool:
    """Whether "head: rest" is an outlet, then whom it credits: "AAP: Dean Lewins",
    "ABC North Coast: Jane Roe", "PA:Press Association" (ABC Australia, The Sun)."""
    if lookup(head) is not None:
        return True
    words = head.split()
    acronym = any(2 <= len(w) <= 5 and w.isupper() and w.isalpha() for w in words)  # "ABC …"
    return (
        1 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and (acronym or not person_like(head))
        and (person_like(rest) or lookup(rest) is not None)
    )


def _ampersand_pair(text: str, each: Callable[[str], bool]) -> tuple[str, str] | None:
    """The two names that " & " joins in ``text`` when ``each`` holds for both and the whole
    is no known name; None for anything else ("Johnson & Johnson")."""
    if " & " not in text:
        return None
    left, _, right = text.partition(" & ")
    if lookup(text) or not (each(left) and each(right)):
        return None
    return left, right


def _ampersand_people(text: str) -> tuple[str, str] | None:
    """The two people of "Brenton Geach & Ashraf Hendricks" (two personal names joined by
    "&", neither a known organisation); None for anything else ("Johnson & Johnson")."""
    return _ampersand_pair(text, person_like)


def _ampersand_bodies(text: str) -> tuple[str, str] | None:
    """The two organisations of "NASA & CSA" (ESA's credits): "&" between two names that
    are each a known agency or an acronym of two to six capitals, the whole no known name
    ("AT&T", "M&G" print no spaces); None for anything else ("Johnson & Johnson")."""
    return _ampersand_pair(text, _body)


def _body(name: str) -> bool:
    """A known agency, or an acronym of two to six capitals ("CSA"), for `_ampersand_bodies`."""
    acronym = 2 <= len(name) <= 6 and name.isalpha() and name.isupper()
    return acronym or lookup(name) is not None


@functools.cache
def _labels() -> frozenset[str]:
    """The wrappers printed with a colon, without it, in lower case ("photo credit")."""
    return frozenset(label[:-1] for label in vocab().labels if label.endswith(":"))


def _is_label(head: str) -> bool:
    """Whether the words before a colon inside a credit are a wrapper: "Photo Credit"."""
    return len(head) < 30 and " ".join(head.casefold().split()) in _labels()


def _one_organisation(left: str, right: str) -> bool:
    """Whether "left and right" names one organisation: "Department of Fish and Wildlife",
    "U.S. Fish and Wildlife Service" (an organisation's word on one side, and no person
    or known agency on either; "Institute of Science and Technology"), "Colorado Parks and
    Wildlife" (one capitalised word after "and", no given name first)."""
    from newsparse.names import vocabulary  # noqa: PLC0415 (the speakers' word lists, on use)

    org_words = vocab().org_words
    left_words = [w.casefold() for w in left.split()]
    right_words = [w.casefold() for w in right.split()]
    if not left_words or not right_words or lookup(left) or lookup(right):
        return False
    if any(w in org_words for w in left_words[:-1]) and "of" in left_words:
        # "Department of Fish and Wildlife", "Department of Transport and Main Roads" (two
        # capitalised words that read as a name, unless a given name opens them); one word
        # is never a body of its own, even an organisation's word: "Okinawa Institute of
        # Science and Technology"
        one_word = len(right_words) == 1 and right.isalpha() and right.istitle()
        return (
            one_word or not any(w in org_words for w in right_words)
        ) and right.split(maxsplit=1)[0] not in vocabulary().given_any
    first = left.split(maxsplit=1)[0]
    if first in vocabulary().given_any:
        return False  # "Jane Roe and …": people
    if len(right_words) == 1 and len(left_words) > 1 and right.isalpha() and right.istitle():
        # "Colorado Parks and Wildlife": one capitalised word is no one's full name
        return role_of(right) is None
    if person_like(right):
        return False
    return right_words[-1] in org_words  # "U.S. Fish and Wildlife Service"


def _may_separate(part: str) -> bool:
    """A cheap test before `SEPARATOR`: every separator holds "/", "|", ",", "©", "via",
    "and" or "by" (a credit of one link, "Getty Images", holds none)."""
    if "/" in part or "|" in part or "," in part or "©" in part:
        return True
    folded = part.casefold()
    return "via" in folded or "and" in folded or "by" in folded


def _on_site(text: str) -> tuple[str, str]:
    """A link and the known site after " on ": "Jane Roe on Unsplash" -> ("Jane Roe",
    "Unsplash"); else (text, "")."""
    if " on " not in text:
        return text, ""
    parts = ON_SITE().split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and lookup(parts[1]) is not None:
        return parts[0], parts[1]
    return text, ""


def _with_agency(text: str) -> tuple[str, str]:
    """A link and the known agency after " with ": "The Real Deal with Getty Images" ->
    ("The Real Deal", "Getty Images") (a photo-illustration made by the outlet with an
    agency's pictures); else (text, "")."""
    if " with " not in text:
        return text, ""
    head, _, partner = text.rpartition(" with ")
    if head[:1].isupper() and lookup(partner) is not None:
        return head, partner
    return text, ""


def _trailing_role(text: str) -> tuple[str, str]:
    """A link and the role of one or two words that ends it: "AP file" -> ("AP", "file")
    (NBC's credits), "PTI File Photo" -> ("PTI", "File Photo") after a known agency or an
    acronym the registry does not know ("DH File Photo", Deccan Herald's archive pictures);
    "Express-News file photo" -> ("Express-News", "file photo") in lower case after any
    capitalised name; else (text, "")."""
    words = text.split(" ")
    if len(words) < 2 or len(words) > 8 or role_of(text) is not None:
        return text, ""
    for size in (2, 1):
        if len(words) <= size:
            continue
        head, last = " ".join(words[:-size]), " ".join(words[-size:])
        if role_of(last) is None or not head[:1].isupper():
            continue
        known = lookup(head) is not None or lookup(_after_dash(head)) is not None
        known = known or (2 <= len(head) <= 5 and head.isalpha() and head.isupper())  # "DH"
        cased = last.islower() or last.isupper() or last.istitle()  # "AP file", "AFP FILE",
        # "Getty Composite" (TMZ)
        if (known and cased) or (size == 2 and (known or last.islower())):
            return head, last
    return text, ""


_WIRE_KINDS = frozenset({"wire", "photo", "stock"})
"""The kinds of agency that McClatchy papers print after a photographer with a space."""

# An e-mail address: a staff photographer's, after the name (McClatchy papers).
EMAIL = lazy(
    r"""
    [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}   # "pportal@miamiherald.com"
    """
)


def staff_then_wire(text: str) -> tuple[str, str]:
    """A photographer's name and what McClatchy papers print after it with only a space: a
    wire, photo or stock agency ("Wilfredo Lee AP" -> ("Wilfredo Lee", "AP"), "Mario Tama
    Getty Images"), or the staff photographer's e-mail address, which names no one more
    ("PEDRO PORTAL pportal@miamiherald.com" -> ("PEDRO PORTAL", "")); else (text, "").
    The name is two to four words that read as a person's."""
    words = text.split()
    if not 3 <= len(words) <= 7 or state_agency(" ".join(words[-3:])):
        return text, ""  # ("Courtesy New York DEC": no person before a wire agency)
    if state_agency(" ".join(words[-2:])):
        return text, ""  # ("Courtesy Ohio EPA": a state agency, not a person and the EPA)
    last = words[-1]
    if "@" in last:
        head = " ".join(words[:-1])
        if EMAIL().fullmatch(last) is not None and person_like(head):
            return head, ""
        return text, ""
    for size in (1, 2, 3):
        if len(words) - size < 2:
            break
        tail = " ".join(words[-size:])
        if not tail[:1].isupper():
            continue
        agency = lookup(tail)
        if agency is not None and agency.kind in _WIRE_KINDS:
            head = " ".join(words[:-size])
            if len(words) - size <= 4 and lookup(head) is None and person_like(head):
                return head, tail
    return text, ""


def _after_dash(text: str) -> str:
    """What follows the last spaced dash in ``text`` ("Getty Images" of "AFP - Getty
    Images"), or "" when there is none."""
    for dash in (" - ", " – ", " — "):
        if dash in text:
            return text.rsplit(dash, 1)[-1]
    return ""


def _affiliation(text: str) -> tuple[str, str]:
    """A link and the bracket that closes it: "Ralf Crawford (STScI)" -> ("Ralf Crawford",
    "STScI") (NASA's credits name each person's institution so); else (text, "")."""
    if not text.endswith(")") or "(" not in text:
        return text, ""
    at = text.rfind("(")
    head, inner = text[:at].strip(), text[at + 1 : -1].strip()
    if not head or not inner or len(inner) > 40 or "(" in inner:
        return text, ""
    if _picture_count(inner):
        return head, ""  # "Getty Images (2)": two of the pictures are Getty's, no one named
    return head, _tool_name(inner)


def _picture_count(inner: str) -> bool:
    """Whether a bracket after a credited name counts the pictures it gave to a
    photo-illustration: "(2)" of "Photo-Illustration by TIME; Getty Images (2)" (TIME,
    Newsweek), "(x3)" or "(×3)": one or two digits, after an "x" or "×" or not."""
    count = inner[1:] if inner[:1] in ("x", "X", "×") else inner
    return 1 <= len(count) <= 2 and count.isascii() and count.isdigit()


def _tool_name(inner: str) -> str:
    """The name in a bracket after a credited name, without the lower-case words that tell
    how the picture was made: "created with Canva" -> "Canva" (Space.com's staff graphics:
    "Robert Lea (created with Canva)"), "made using Blender" -> "Blender". A bracket that
    opens with a name particle ("von Karman Institute") or holds no capitalised word, or
    names a role ("file"), stays whole."""
    if not inner[:1].islower() or role_of(inner) is not None:
        return inner
    words = inner.split()
    for k, word in enumerate(words):
        if word[:1].isupper():
            return " ".join(words[k:])
        if word.casefold() in vocab().particles:
            return inner
    return inner


def _split_hyphen(text: str, sep: str) -> list[tuple[str, str]]:
    """Split "Jamie Rhodes-USA TODAY Sports" when the right side is a known agency, and
    "Catherine Ivill - AMA" (Getty's sport credits: the photographer, a spaced dash, the
    collection) when the right side is no person's name, and "HO-RCMP" (a role, then who
    gave the picture: The Canadian Press). A spaced en or em dash after an
    organisation separates like a slash (`_chain_dash`): "ESA – M. Pédoussaut" (Space.com)."""
    if len(text) > 120 or DASHES.isdisjoint(text) or lookup(text) is not None:
        return [(text, sep)]
    whole_role = role_of(text) is not None  # ("CC BY-SA 4.0": one licence tag)
    for m in HYPHEN().finditer(text):
        left, right = text[: m.start()], text[m.end() :]
        spaced = m.group()[:1].isspace() and m.group()[-1:].isspace()
        if not whole_role and right[:1].isupper() and role_of(left) and role_of(right) is None:
            return [(left, sep), (right, "hyphen")]  # "HO-RCMP" (The Canadian Press): a role,
            # then who handed the picture out
        if not person_like(left):
            if spaced and m.group().strip() != "-" and _chain_dash(left, right):
                return [(left, sep), (right, "slash")]  # "ESA – M. Pédoussaut": a chain dash
            if lookup(left) is not None and lookup(right) is not None:
                # NBC's "AFP - Getty Images", the Japan Times' "AFP-JIJI": two agencies
                return [(left, sep), (right, "via")]
            continue
        if (
            lookup(right) is not None
            or (spaced and right[:1].isupper() and not person_like(right))
            or _paper_named(right)  # "Troy Hagen-The Casper Star-Tribune" (USA TODAY NETWORK)
        ):
            return [(left, sep), (right, "hyphen")]
    return [(text, sep)]


def _paper_named(text: str) -> bool:
    """Whether what follows a photographer's name and a hyphen names a paper, although no
    registry knows it: two or more capitalised words that open with "The" ("Jane Roe-The
    Casper Star-Tribune", a USA TODAY NETWORK member paper); a double-barrelled surname
    ("Anna Smith-Jones") does not."""
    words = text.split()
    return len(words) > 1 and words[0] == "The" and all(w[:1].isupper() for w in words)


def _chain_dash(left: str, right: str) -> bool:
    """Whether a spaced en or em dash between two links (the left no person's name) joins
    an organisation to who took the picture, like a slash: a known agency on the left ("ESA
    – M. Pédoussaut"), or a capitalised name before a person ("Optique vidéo du CSG – S.
    Martin")."""
    if lookup(left) is not None:
        return True
    return left[:1].isupper() and person_like(right)


_FOR_HEADS = frozenset(
    {"office", "institute", "center", "centre", "council", "department", "agency", "ministry"}
    | {"commission", "foundation", "society", "museum", "bureau", "authority", "association"}
    | {"committee", "organization", "organisation", "fund", "alliance", "coalition", "board"}
    | {"service", "trust", "school", "college", "laboratory", "network", "union", "league"}
)
"""The last words of a body's name that "for" goes on ("Center for Astrophysics", "Bavarian
State Office for Monument Preservation"): no client after them."""


def _for_inside(head: str, client: str) -> bool:
    """Whether the " for " between ``head`` and ``client`` is part of one body's name: a
    head ending in one of `_FOR_HEADS` and a capitalised client that no registry knows
    ("Getty Images for Netflix" is a client; "Institute for Marine Research" is one name)."""
    last = head.rstrip().rsplit(None, 1)[-1].casefold() if head.strip() else ""
    return last in _FOR_HEADS and client[:1].isupper() and lookup(client) is None


@functools.lru_cache(maxsize=4096)
def person_like(text: str) -> bool:
    """Whether a link reads as a personal name (not an organisation)."""
    if len(text) > 60 or PERSON().match(text) is None:
        return False
    words = [w.strip(".,").casefold() for w in text.split()]
    particles = vocab().particles  # (no particle opens a name: "Al Bello", "Van Morrison")
    named = words[:1] + [w for w in words[1:] if w not in particles]
    if _initialism(text) or state_agency(text):
        return False  # "Georgia DNR", "Ohio EPA": an organisation's initials after its place
    if words[0] in vocab().place_heads:
        return False  # "Villa Thalassa", "Casa Lumen": a house or an inn ("Marco Villa" is not)
    first = text.split(None, 1)[0]
    if len(first) >= 3 and first.isalpha() and first.isupper() and not shouted(text):
        return False  # "ESA Hubble", "UCLA Health": an organisation's initials first (two
        # letters may be a person's: "AJ Smith")
    if "-" in text and _hyphened_org(words):
        return False  # "Nippon Foundation-Nekton": an organisation's word in a hyphened word
    if len(words) == 2 and words[1] in vocab().nations and _national_body(text):
        return False  # "Historic England", "Parks Canada": a national body
    printed = text.split()
    return len(named) >= 2 and not any(
        w in vocab().not_in_names
        and not _initial(word)
        and not _korean_surname(printed, k)
        and not (k and w in particles)  # "ten" of "Ann ten Boom" is no number here
        and not (k == 2 and _initialled(printed))  # "Bradley W. Parks": a surname
        for k, (w, word) in enumerate(zip(words, printed, strict=True))
    )


def _national_body(text: str) -> bool:
    """Whether two words that end in a nation's name (`Vocab.nations`) name a national
    body: the first word is no known given name nor an initial ("Historic England",
    "Visit Scotland"; "Gary England" is a person)."""
    first = text.split(maxsplit=1)[0]
    if len(first.rstrip(".")) == 1:
        return False  # an initial: "J. England"
    from newsparse.names import vocabulary  # noqa: PLC0415 (the speakers' word lists, on use)

    return first not in vocabulary().given_any


def _hyphened_org(words: list[str]) -> bool:
    """Whether a hyphened word of a name (folded ``words``) holds an organisation's word,
    as two partners' names joined do ("Nippon Foundation-Nekton", "Harvard-Smithsonian
    Center"); a double-barrelled surname holds none ("Anna Smith-Jones")."""
    org = vocab().org_words
    return any(part in org for word in words if "-" in word for part in word.split("-"))


def _initialled(words: list[str]) -> bool:
    """Whether three words are a known given name, a middle initial and a surname that is
    also an organisation's word ("Bradley W. Parks", "Maria T. Post"): no organisation's
    name is printed so."""
    if len(words) != 3 or not _initial(words[1]):
        return False
    from newsparse.names import vocabulary  # noqa: PLC0415 (the speakers' word lists, on use)

    return words[0] in vocabulary().given_any


# A Korean given name of two hyphened syllables: "Hyun-woo", "Ji-won"; or "SANG-MOON" in a
# name printed in capitals (Korea JoongAng Daily's "[PARK SANG-MOON]").
_KOREAN_GIVEN = lazy(
    r"""
    \p{Lu}\p{Ll}+-\p{Ll}+       # "Hyun-woo"
    |\p{Lu}{2,}-\p{Lu}{2,}      # "SANG-MOON"
    """
)


def _korean_surname(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a surname before a given name of two hyphened syllables,
    although it is also a word ("Park Hyun-woo", "Song Ji-hye", "PARK SANG-MOON")."""
    return k + 1 < len(words) and _KOREAN_GIVEN().fullmatch(words[k + 1].strip(".,")) is not None


_VOWELS = frozenset("AEIOUY")


def domain(text: str) -> bool:
    """Whether a link is a publication written as its web address ("Space.com")."""
    return "." in text and len(text) <= 40 and DOMAIN().match(text) is not None


def shouted(text: str) -> bool:
    """Whether a name is printed in capitals, but for the "c" or "ac" of a "Mc"/"Mac"
    before a surname in capitals: "RAMIL SITDIKOV", "IAIN McGREGOR" (Stuff)."""
    if "c" in text:
        text = SHOUTED_MAC().sub("MC", text)
    return text.isupper()


def state_agency(text: str) -> bool:
    """Whether a link is a state's name, then an agency's initials: "Georgia DOT", "Ohio
    EPA", "Montana DPHHS", "New York DEC" (US handout credits), one state agency, never a
    person, although "Georgia" is also a given name."""
    head, _, last = text.rpartition(" ")
    return (
        2 <= len(last) <= 6
        and last.isalpha()
        and last.isupper()
        and " ".join(head.casefold().split()) in vocab().states
    )


def _initialism(text: str) -> bool:
    """Whether a name in normal capitalisation holds an organisation's initials: a word of
    two to four capitals without a vowel ("Georgia DNR", "Boston PD"), which no surname in
    capitals ("Alberto PIZZOLI", "Jade GAO") is."""
    if not any(c.islower() for c in text):
        return False  # "RAMIL SITDIKOV": a name in capitals, no initials to tell apart
    return any(
        2 <= len(word) <= 4 and word.isalpha() and word.isupper() and _VOWELS.isdisjoint(word)
        for word in text.split()
    )


def _initial(word: str) -> bool:
    """A middle initial such as "A." ("Jose A. Vasquez"): one capital and a full stop,
    never the article "a" that `not_in_names` lists."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def handle(text: str) -> bool:
    """Whether a link is a social-media handle: "@FalkirkWeather", "@anya.kovalenko" (the
    account that posted the picture: neither a person's printed name nor an organisation)."""
    if text[:1] != "@" or not 2 <= len(text) <= 31:
        return False
    return text[1:].replace("_", "").replace(".", "").isalnum()


def nobody(text: str) -> bool:
    """A link that credits no person and no organisation: a social-media handle ("@Falkirk
    Weather", `handle`) or a vehicle or instrument named by its kind first ("ROV SuBastian",
    `Vocab.vehicles`) -- unless the registry knows it."""
    if handle(text):
        return True
    first, _, rest = text.partition(" ")
    return bool(rest) and first.casefold() in vocab().vehicles and lookup(text) is None


def acronyms(text: str) -> bool:
    """Two or more words of two or three capitals: "NSW SES", an organisation's initials."""
    words = text.split()
    return len(words) > 1 and all(2 <= len(w) <= 3 and w.isalpha() and w.isupper() for w in words)


def shouted_word(text: str) -> bool:
    """A one-word name in capitals ("PIYASET"), read as a photographer in a chain."""
    return len(text) >= 5 and all(c.isupper() for c in text)


def _shouted_word_case(word: str) -> str:
    """One word of a name in normal capitalisation in which some words are in capitals:
    "PIZZOLI" -> "Pizzoli", "McGREGOR" -> "McGregor"; any other word as printed."""
    if len(word) > 2 and word.isalpha() and word.isupper():
        return person_case(word)
    mac = SHOUTED_MAC().match(word) if word[:1] == "M" else None
    if mac is not None and word.isalpha() and word[mac.end() :].isupper():
        return word[: mac.end()] + word[mac.end() :].capitalize()
    return word


def person_case(name: str) -> str:
    """Normal capitalisation for a name in capitals: "RAMIL SITDIKOV" -> "Ramil Sitdikov",
    "IAIN McGREGOR" -> "Iain McGregor", "Michael MacLEOD" -> "Michael MacLeod"."""
    if any(c.islower() for c in name):  # "Alberto PIZZOLI": only the shouted words change
        return " ".join(_shouted_word_case(word) for word in name.split())
    words = []
    for i, word in enumerate(name.split()):
        if len(word) > 4 and word[:2] == "MC" and word.isalpha():
            words.append("Mc" + word[2:].capitalize())  # "MCGREGOR": "McGregor"
            continue
        if i and word.casefold() in vocab().particles:
            words.append(word.lower())
        elif len(word.rstrip(".")) == 1 or INITIALS().fullmatch(word):
            words.append(word)  # an initial stays as printed
        elif word.isalpha():
            words.append(word.capitalize())
        else:
            words.append(LETTERS().sub(lambda m: m[0].capitalize(), word))
    return " ".join(words)
