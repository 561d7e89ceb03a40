"""Credit shapes: whether a stretch of a caption line reads as a credit ("Jane Roe/AP",
"(Montana Fish, Wildlife and Parks)", "Courtesy of the club") by the shape of its chain
links (`credit_shape`), and whether a bracket is a credit or prose ("(EPA)" after its full
name, a list entry, a party tag: `named_paren`, `defines_acronym`). The search for where
a credit stands in a line is `newsparse.credit_lines.find_credit`.
"""

from __future__ import annotations

from newsparse._text import holds_any
from newsparse.agencies import acronym_photo
from newsparse.credit_gate import has_chain_mark
from newsparse.credit_links import domain, handle, links, person_like, role_of, shouted_word
from newsparse.credit_text import citation, closing, credit_parts, lazy, unwrapped, vocab
from newsparse.credits import courtesy_giver, given_first
from newsparse.dates import find_dates

__all__ = ["NAME_ISH", "credit_shape", "defines_acronym", "named_paren", "shouted_bracket"]


_NOT_IN_CREDITS = ('"', "“", "”", "?", "!", "http:", "https:", "www.")
"""What never stands in a credit found in running text: quotation marks, questions, links."""

# A name of a person or organisation as printed in a credit ("20th Century Fox").
NAME_ISH = lazy(
    r"""
    \A(?:\p{Lu}|\d+(?:st|nd|rd|th)\b)           # a capital or an ordinal first
    [\p{L}\p{M}\d'’.,&-]*\+?                    # the rest of the first word ("Disney+")
    (?:\s+(?:
        [\p{Lu}\d][\p{L}\p{M}\d'’.,&-]*\+?       # a capitalised word or a number ("TV+")
        |(?:of|the|and|de|du|da|di|do|dos|das|del|della|der|den|von|van|la|le|y|e|et|al|bin
           |ibn|te[rn]|zu)\b                     # joining: "ter Horst", "zu Guttenberg"
        |(?:al|el)-\p{Lu}[\p{L}\p{M}\d'’.,&-]*     # "al-Rubaye"
        |[dl]['’]\p{Lu}[\p{L}\p{M}\d'’.,&-]*        # an elided particle: "Coeur d'Alene"
        |&(?=\s)                                  # "Johnson & Johnson"
    )){0,8}\Z                                  # ("Mid and West Wales Fire and Rescue Service")
    """
)

# What a giver in lower case may be: "the club" (at most three words, no clause).
COURTESY_FILLER = lazy(
    r"""
    \A(?:[\p{L}'’-]++\s*+){1,3}\Z   # one to three words (possessive: no backtracking)
    """
)

# Capitals that spell out the words before them: "(EPA)".
ACRONYM = lazy(
    r"""
    \p{Lu}{2,6}     # two to six capitals, nothing else
    """
)

# A word, for the initials of the words before an acronym.
WORD = lazy(
    r"""
    [\p{L}\d]+      # letters and digits
    """
)


def _affiliated(raw: str, closed: int) -> bool:
    """Whether the bracket closing at ``closed`` ends a chain's last link with its
    institution: "NASA/ESA/CSA/Ralf Crawford (STScI)", "NASA, ESA, Jane Roe (STScI)"."""
    opened = raw.rfind("(")
    return closed == len(raw) - 1 and opened > 0 and ("/" in raw[:opened] or ", " in raw[:opened])


def credit_shape(text: str, *, mode: str) -> bool:
    """Whether a stretch of a caption line reads as a credit: "paren", "label" or "bare"."""
    start, end, labelled = unwrapped(text)
    raw = text[start:end]
    if not raw or len(raw) > 200 or _not_in_credits(raw):
        return False
    if (raw[-1:] in "0123456789)." or "/" in raw) and citation(raw) is not None:
        return True  # "Nature Communications (2025)", "Lopes et al., Nature Astronomy, 2025"
    closed = closing(raw, 0, len(raw))
    if closed and not _affiliated(raw, closed):
        return False  # a bracket inside ("Rep. Jane Roe (R-Colo.)"): no credit
    if raw.count("(") != raw.count(")"):
        return False
    known, roles, unknown, chained, first_person = 0, 0, 0, False, None
    organisation = False  # the first unknown link, after a role, names an organisation
    commissioned = False  # a known publication commissioned the picture: "for The Post"
    strange = False  # "for" someone no registry knows: "Senate Passes Bill for Rural Broadband"
    found = credit_parts(raw)
    if (
        len(found) > 1
        and not (labelled or found[0][1])
        and mode != "paren"
        and not (";" in raw and credit_shape(found[0][0], mode="bare"))
    ):  # "Center. Mandatory Credit: X": the first part is caption text ("Paige Lorimer/Vox;
        return False  # Getty Images", Vox's illustration: a credit, then its sources)
    chains: tuple[str, ...] = ("slash", "pipe", "via", "hyphen", "by", "colon")
    if mode != "bare":
        chains += ("comma",)
    positions = vocab().positions
    for part, part_labelled in found:
        labelled = labelled or part_labelled
        for link in links(part):
            chained = chained or link.sep in chains
            if link.role is not None:
                roles += 1
                continue
            if link.client and link.agency is None and not link.text[:1].isupper():
                return False  # "What's Next for the Suns": a heading, not "Name for Outlet"
            if link.client:  # "Jane Doe for The New York Times", "Getty Images for Netflix"
                strange = strange or (link.agency is None and not domain(link.text))
                publication = link.agency is not None and link.agency.kind == "publication"
                chained = chained or publication or known > 0
                commissioned = commissioned or publication
                continue
            if link.text.casefold() in positions:
                continue
            if link.agency is not None or acronym_photo(link.text):
                known += 1  # a known agency, or "DH Photo" read as "AP Photo"
                continue
            if handle(link.text):  # "Pic: @FalkirkWeather/X": the account that posted it
                unknown += 1
                continue
            courtesy = courtesy_giver(link.text)
            if courtesy is not None:
                kind, giver = courtesy
                if kind == "agency" and NAME_ISH().match(giver) is None:
                    return False
                if kind == "" and giver and not COURTESY_FILLER().match(giver):
                    return False  # "Courtesy of the hotel, guests get ..."
                known, chained = known + 1, True
                continue
            too_long = (  # (before the slow regex) a longer name is an organisation's:
                mode == "bare"  # "Utah Department of Public Safety via AP"
                and len(link.text.split()) > 4
                and not _organisation_words(link.text)
            )
            if too_long or NAME_ISH().match(link.text) is None:
                return False
            unknown += 1
            if first_person is None:
                first_person = person_like(link.text) or shouted_word(link.text)
                organisation = roles > 0 and _organisation_words(link.text)
    if labelled:
        return known + roles + unknown > 0 and not _cut_name(raw, known + roles)
    if known and chained:
        return True
    if known == 1 and roles == 1 and not unknown and mode == "bare" and found[0][0][:1].isupper():
        return True  # "The Canadian Press file photo", "AP file" (Toronto Star, NBC)
    if mode == "paren":
        if not known and raw[0].islower():
            return False  # "[file...]": a role in a credit is capitalised, "(File)"
        return (
            bool(known + roles and (chained or not unknown))
            or bool(first_person and "/" in raw)
            or (roles == 1 and unknown == 1 and _role_colon(raw))  # "(Supplied: Jane Roe)"
            or bool(commissioned and first_person and unknown == 1)  # "(Jane Roe for The Post)"
        )
    # bare "Francis Chung/Smalltown Gazette": a person, then an unknown organisation; or
    # "Kin Man Hui / Staff photographer" (Hearst papers): a person, a slash, a role
    if first_person and unknown == 1 and roles == 1 and "/" in raw:
        return True
    # "Handout/European Union" (Newsweek): a role, a slash, then an organisation
    if organisation and unknown == 1 and roles == 1 and "/" in raw:
        return True
    if strange and not known and not given_first(raw):
        return False  # a title in title case ("Senate Passes Bill for Rural Broadband"), not
        # a photographer for a client ("Jonah Feld for The Robot Report")
    # a hyphen that split no link is inside a name ("Nadia Okonkwo-Reyes, SFGATE", a byline)
    marked = chained or has_chain_mark(raw.replace("-", " ") if "-" in raw else raw)
    return bool(first_person and marked and unknown <= 2 and not roles)


def _cut_name(raw: str, named: int) -> bool:
    """Whether a labelled credit is only a given name, the rest of the photographer's name
    on the next line of a hard-wrapped caption: "... on March 14, 2026. File photo by
    Brandon" over "Ruiz/AP" (a one-word byline is a surname: "Photo by Chesnot")."""
    if named or " " in raw or not raw.isalpha() or not raw[1:].islower():
        return False
    from newsparse.names import vocabulary  # noqa: PLC0415 (the speakers' word lists, on use)

    return raw in vocabulary().given_any


def organisation_name(text: str) -> bool:
    """Whether a capitalised name of two to six words holds an organisation's word:
    "Garfield County Sheriff's Office" (a possessive read as its word)."""
    return _organisation_words(text.replace("'s ", " ").replace("’s ", " "))


def _organisation_words(text: str) -> bool:
    """Whether a capitalised name of two to six words holds an organisation word
    ("European Union", "Harbor City Council"): `Vocab.org_words`."""
    words = text.split()
    if not 2 <= len(words) <= 6 or not text[:1].isupper():
        return False
    return any(word.casefold() in vocab().org_words for word in words)


def _role_colon(raw: str) -> bool:
    """A credit role, a colon, then who gave the picture: "Supplied: Jane Roe" (ABC)."""
    head, colon, _ = raw.partition(":")
    return bool(colon) and role_of(head) is not None


def _not_in_credits(raw: str) -> bool:
    return holds_any(raw, _NOT_IN_CREDITS)


def named_paren(inner: str, before: str) -> bool:
    """Whether a bracket closing a caption line names who gave the picture although the
    registry knows no one in it: "... on May 21. (Montana Fish, Wildlife and Parks)",
    "(National Park Service)", "(RCMP)", "(Google Maps)", "(Jane Roe)" (Fox News, CBC).

    The name (`NAME_ISH`, at most seven words) must follow the caption's last sentence, or
    close a short line with no sentence in it ("Halcyon's Ravi Katz (LinkedIn)", The Real
    Deal's captions), then not be a person's name nor follow a list entry's colon, dash or
    quotation marks (`_listed`). One word must read as an organisation's:
    an acronym of three or more capitals ("RCMP"), a word with a capital inside
    ("LinkedIn") or one of the organisations' words ("Facebook") but no tag of
    `Vocab.bracket_tags`; so "(Paris)", "(Monday)", "(Video)", "(R-Texas)" and "(2019)" are
    no credits. Square brackets are left to `credit_shape` ("[VIDEO]" is a tag).
    """
    if len(inner) > 60 or not inner[:1].isupper() or _PARTY().match(inner):
        return False
    if inner[-1:].isdigit() and any(printed == inner for *_, printed in find_dates(inner)):
        return False  # "on Wednesday (March 12)": a date (Space.com), no credit
    words = inner.split()
    if len(words) > 7 or NAME_ISH().match(inner) is None:
        return False
    head = before.rstrip()
    after_sentence = head.endswith(_SENTENCE_ENDS)
    if not after_sentence and (len(before) >= 120 or _has_sentence(head)):
        return False  # a long line, or the bracket closes a sentence: "... the EPA (Agency)"
    if not after_sentence and (len(head.split()) < 2 or _listed(head)):
        return False
    if not after_sentence and person_like(inner) and not _scene_clause(head):
        return False  # "Timothée Roe (Paul Okafor)": an actor and the role
    if len(words) > 1:
        return True
    word = inner.rstrip(".")
    if word.casefold() in vocab().bracket_tags:
        return False  # "(Video)", "(Updated)": a tag, not a credit
    return (
        (len(word) >= 3 and word.isupper() and word.isalpha())
        or any(map(str.isupper, word[1:]))
        or word.casefold() in vocab().org_words
    )


_MAX_SHOUTED = 40
"""The longest credit in capitals in square brackets (`shouted_bracket`)."""


def shouted_bracket(inner: str, before: str) -> bool:
    """Whether a square bracket in capitals after a caption's last sentence is its credit,
    whatever its words: "... in central Seoul on Wednesday. [PARK SANG-MOON]", "[NEWS1]",
    "[JOINT PRESS CORPS]" (Korea JoongAng Daily, The Korea Herald print every credit so).

    One to four words of capitals, digits and hyphens, no tag ("[VIDEO]", `Vocab.bracket_tags`),
    after a sentence of four words or more that ends in a full stop."""
    if len(inner) > _MAX_SHOUTED or not inner[:1].isupper() or any(map(str.islower, inner)):
        return False
    words = inner.split()
    if not 1 <= len(words) <= 4 or not all(w.replace("-", "").isalnum() for w in words):
        return False
    if inner.casefold() in vocab().bracket_tags:
        return False
    head = before.rstrip()
    return head.endswith(_SENTENCE_ENDS) and len(head.split(maxsplit=4)) > 4


_LIST_MARKS = (":", " – ", " — ", " - ", '"', "“", "‘")
"""What a list entry or a title prints before a bracket that is no credit: "Best Picture:
Oppenheimer (Universal Pictures)", "Anti-Hero – Jane Roe (Harbor Records)"."""


def _listed(head: str) -> bool:
    """Whether the line before a bracket reads as a list entry or a title (`_LIST_MARKS`)."""
    return holds_any(head, _LIST_MARKS)


MIN_CLAUSE_WORDS = 6
"""The fewest words of a caption with no full stop before a photographer's bare name in
brackets (`_scene_clause`)."""


def _scene_clause(head: str) -> bool:
    """Whether the text before a bracket is a caption's clause with no full stop, which a
    photographer's bare name in brackets may close ("Traders gather behind the cordon on
    Chalk Farm Road as smoke rises (Jane Roe)", Evening Standard, The Independent): at least
    `MIN_CLAUSE_WORDS` words, more of them after the first in lower case than capitalised
    (no list of names, no title)."""
    words = head.split()
    if len(words) < MIN_CLAUSE_WORDS:
        return False
    lower = sum(w.islower() for w in words[1:])
    return lower * 2 > len(words) - 1


def _has_sentence(text: str) -> bool:
    """Whether a sentence ends inside ``text``: a full stop, "?" or "!" before a space."""
    return ". " in text or "? " in text or "! " in text


_SENTENCE_ENDS = (".", "!", "?", '."', ".”", ".’")
"""How the caption's last sentence ends before a bracketed credit (`named_paren`)."""

# A party and state in brackets after a politician's name: "(R-Texas)", "(D-N.Y.)".
_PARTY = lazy(
    r"""
    \A\p{Lu}\s?-\s?\p{Lu}   # a party's initial, a hyphen, the state's first capital
    """
)


def defines_acronym(before: str, inner: str) -> bool:
    """Whether "(EPA)" spells out the words before it: "Environmental Protection Agency (EPA)"."""
    letters = inner.strip()
    if not ACRONYM().fullmatch(letters):
        return False
    words = [w for w in WORD().findall(before[-120:]) if w.casefold() != "of"]
    initials = "".join(w[0] for w in words[-len(letters) :]).upper()
    return initials == letters
