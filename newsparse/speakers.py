"""Speakers: every quote given its speaker, in reading order, and the list of speakers.

A quote's attribution (``attribution``) is resolved to a name (``names``), among the people
and organisations named near it (``nearby``): a name to its fullest form (``resolver``);
"she" to the latest person of that sex named or quoted just before; "the company" to the
organisation last named; "the statement" to whoever issued it (what a pronoun or a
description may stand for is read by ``referents``, the clues in the words around an
attribution by ``speaker_clues``). A quote with no attribution of its own takes the next
quote's attribution in its paragraph, the
speaker of reported speech before it ('Smith said the plan failed. "…"'), or continues
the previous paragraph's speaker. A quote that runs over paragraphs has one speaker.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

from newsparse._data import load
from newsparse._regex import lazy_compile
from newsparse.attribution import OWNER_PRONOUNS, colon_subject
from newsparse.descriptions import (
    PRONOUN_REACH,
    age_of,
    aged_person,
    epithet_of,
    former_or_latter,
    named_after,
    national_of,
    organisation_after,
    role_holder,
    seated_elsewhere,
)
from newsparse.models import Speaker, build
from newsparse.names import (
    NAME_RUN_SRC,
    head_noun,
    is_org,
    name_run,
    parse_name,
    sentence_start_at,
    speaker_name,
    title_sex,
    vocabulary,
)
from newsparse.nearby import Nearby
from newsparse.referents import (
    State,
    described_before,
    events_before,
    given_alone,
    group_before,
    group_noun,
    organisation_spoke,
    role_before_name,
    source_before,
    speech_event,
)
from newsparse.speaker_clues import (
    EMPHASIS,
    INTERVIEW_REACH,
    PAIR_OPENERS,
    PARTITIVES,
    PRONOUN_OPENERS,
    after_label,
    answer_label,
    body_spoke,
    interviewee,
    last_sentence_at,
    lone_subject,
    named_below,
    named_with_pronoun,
    namer,
    one_of,
    one_of_group,
    opening_before,
    org_body,
    pair_before,
    plural,
    possessive_topic,
    qa_label,
    ranked,
    relative_subject,
    role_opening,
    role_subject,
    sentences_back,
    singular_they,
    speaks_as_it,
    voice_for,
)
from newsparse.subjects import (
    Attribution,
    after_sentence_end,
    possessor,
    sentence_starts,
    sentence_subject,
    writer,
)

if TYPE_CHECKING:
    from newsparse.quotes import Stretch

__all__ = ["resolve_speakers"]

_KIN_OWNERS = frozenset(OWNER_PRONOUNS)  # "Her husband added": whose relative
_TELLER_BEFORE = (" with ", " by ", " from ")  # before the teller of a passive "was told"

# A fronted clause of who asked: "Asked by Whitfield why …, she replied"
_ASKED_BY = lazy_compile(
    r"(?:Asked|Questioned|Pressed|Challenged|Quizzed|Cross-examined)\ by\ ", regex.VERBOSE
)


def resolve_speakers(
    text: str,
    spans: list[tuple[int, int]],
    stretches: list[Stretch],
    marked: list[tuple[int, int]],
    titles: list[tuple[int, int]] | None = None,
) -> list[Speaker]:
    """Set ``speaker`` on every stretch; the distinct speakers with their titles and counts.

    ``marked`` are the quotes' spans and ``titles`` the headline's, subheadings' and credits'
    (sorted): names printed there are not read as fuller forms of a speaker's name."""
    resolver = Nearby(text, marked, titles, [lo for lo, _hi in spans])
    _resolve_all(text, spans, stretches, resolver)
    counts: dict[str, int] = {}
    for q in stretches:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    # names and titles are stretches of the text, counts are counts: valid by construction
    return [
        build(Speaker, name=n, title=resolver.titles.get(n), quotes=c) for n, c in counts.items()
    ]


def _resolve(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    resolver: Nearby,
    state: State,
    *,
    epithet: bool = False,
) -> str | None:
    """The resolved speaker of one attribution; ``windows`` is where a pronoun's person may be.

    An attribution met again while it is being read (an "it" whose document's issuer is
    that "it") resolves to no one: the rules that read one attribution through another
    cannot go round in a circle."""
    key = (att.at, att.text)
    if key in state.resolving:
        return None
    state.resolving.add(key)
    try:
        found = _resolve_one(text, att, windows, resolver, state, epithet=epithet)
    finally:
        state.resolving.discard(key)
    _remember_voice(att, found, state)
    return found


def _remember_voice(att: Attribution, found: str | None, state: State) -> None:
    """Remember the body that an unnamed voice was read as, for "the" and its noun later: "a
    company spokesperson said" read as Kovara makes a later "the spokesperson said" Kovara's
    too, whoever was named between (`_voice_remembered`)."""
    if att.kind != "descriptor" or not found or found == att.text or found in state.people:
        return
    words = att.text.split()
    if words[0] not in ("a", "A", "an", "An"):
        return  # (cheap first: only an indefinite description introduces a voice)
    noun = head_noun(words)
    if noun in vocabulary().voice_nouns:
        state.bodies[f"the {noun}"] = found


def _voice_remembered(head: str, state: State) -> str | None:
    """The body an unnamed voice with the noun ``head`` (or another word for it: "the
    spokeswoman" after "a spokesperson") was read as before (`_remember_voice`); else None."""
    for noun in (head, *vocabulary().noun_synonyms.get(head, ())):
        body = state.bodies.get(f"the {noun}")
        if body is not None:
            return body
    return None


def _resolve_one(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    resolver: Nearby,
    state: State,
    *,
    epithet: bool = False,
) -> str | None:
    """`_resolve`, once: the rules in order."""
    v = vocabulary()
    last = state.last
    if att.kind == "name" and att.text == "I":  # (read as a one-letter name: "I tell my …")
        att = Attribution("I", "pronoun", att.cue, att.at)
    if att.kind == "name" and att.text == "You":  # an interviewer's question: 'You said
        # last year that "safety is the whole ballgame."': the person interviewed
        return _interviewed(text, state.spans, state.para, resolver)
    if att.kind == "pronoun":
        kind = v.pronouns.get(att.text.casefold(), "self")
        if kind in ("m", "f"):
            people = state.people
            lo = windows[0][0]
            pair = opening_before(text, lo, att.at, PAIR_OPENERS)
            if pair >= 0:  # "The latter was blunt. '…,' she said."
                which = text[pair + 4 : pair + 10]
                name = former_or_latter(text, which, windows, pair, resolver)
                if name is not None and resolver.gender_of(name) in (kind, None):
                    state.add_person(name, resolver)
                    return name
            # the people named after "She" opening the sentence before are not she: "She
            # credits her lead, Tobi Adebayo, with it. '…,' she says."
            at = opening_before(text, lo, att.at, PRONOUN_OPENERS[kind])
            at = at if at >= 0 else att.at
            # nor who asked her: "Asked by Whitfield why she had not gone to the police, she
            # replied:" (the clause's people are read no more than the sentence's opener)
            near = max(lo, att.at - PRONOUN_REACH)  # (where `last_sentence_at` reads)
            if text.find(" by ", near, att.at) >= 0:  # (cheap first: most paragraphs)
                opened = last_sentence_at(text, lo, att.at)
                if opened >= 0 and _ASKED_BY.match(text, opened, att.at) is not None:
                    at = min(at, opened)
            # "The CEO struck a more cautious note. '…,' she said": the CEO named before (first:
            # "Quinn told the court. The judge was unpersuaded. '…,' she said" is the judge)
            name = role_opening(text, windows[0], att.at, kind, resolver, wide=state.wide())
            # reported speech, then a person named, in this paragraph before the one before
            name = name or speech_event(
                text, att, windows[:1], resolver=resolver, state=state, sex=kind
            )
            if name is not None and _voice_opening_re().fullmatch(name) is not None:
                # "A Crestline spokeswoman said the stages would be inspected. '…,' she
                # said": the body she speaks for, by its fullest name ("Crestline Live")
                name = _voiced_body(name.split(), att.at, resolver) or name
            # "For me that was my sister. She'd just say, '…'": the relative just named
            name = name or _kin_before(text, windows[0], att.at, kind)
            # "Bautista disputed that. '…,' he said", two Bautistas named: the one quoted
            name = name or _quoted_surname_subject(
                text, windows[0], att.at, kind, resolver=resolver, state=state
            )
            name = name or resolver.person_before(at, windows[:1], kind, people)
            # "Solvang's daughter was unimpressed. She said, '…'": not Solvang (below)
            name = name or relative_subject(text, windows[0], att.at, kind)
            if name is None:  # "Vollmer's team plans to return … '…,' she says": a person
                # quoted before, known to be of the pronoun's sex, in a possessive
                whose = resolver.person_before(at, windows[:1], kind, people, possessive=True)
                if whose in people and resolver.gender_of(whose) == kind:
                    name = whose
                elif whose is not None and resolver.gender_of(whose) == kind:
                    # "Feld’s original study had 48 participants. She still remembers …":
                    # the person of the possessive that opens the paragraph, not yet quoted
                    name = whose if possessive_topic(text, windows[0], whose) else None
            name = name or role_before_name(at, windows[0], kind, resolver)
            name = name or lone_subject(text, windows[0], att.at, kind, resolver)
            # "Joost van Asselt, who sits on a fund's board, worries … '…,' he says": the
            # subject of the sentence before, however little is known of the name
            name = name or _subject_of_sex(text, windows[0], att.at, kind, resolver)
            # "Her librettist, Funmi Adeyemi, was blunter. '…,' she said": the person named
            # in commas after a description that opens the sentence before
            name = name or _apposed_subject(text, windows[0], att.at, kind, resolver)
            # "The ship's captain had the final say. One night he came down and said, '…'":
            # an unnamed role that opens the sentence before, in the pronoun's paragraph
            name = name or role_subject(
                text, windows[0], att.at, kind, resolver, wide=state.wide()
            )
            if name is not None and name.startswith("the ") and " " not in name[4:]:
                name = (
                    _office_holder(
                        text, name[4:], windows[:3], att.at, sex=kind, resolver=resolver
                    )
                    or name
                )
            # "A Nordhavn spokesperson declined to comment. '…,' she said": the body
            name = name or _voice_opening(text, windows[0], att.at, resolver)
            # a relative named in this paragraph, before anyone who spoke in the one before:
            # "Hale's wife, Deborah, wept in the public gallery. '…,' she told reporters"
            name = name or given_alone(text, windows[:1], att.at, kind, resolver, kin=True)
            name = name or speech_event(
                text, att, windows[1:2], resolver=resolver, state=state, sex=kind
            )
            if name is None and len(windows) > 1:
                # the paragraph before ends in a sentence about "he": its person ("Sebastián
                # Quilapán was one of them. He is 29." then '"…," he said')
                lo1, hi1 = windows[1]
                opened = opening_before(text, lo1, hi1, PRONOUN_OPENERS[kind])
                if opened < 0:  # "I called Pham … She was working at a bank. I asked her …"
                    opened = _pronoun_sentence(text, windows[1], kind)
                if opened >= 0:  # (else a possessive one: "Heijden's ambitions are larger.")
                    name = resolver.person_before(
                        opened, windows[1:2], kind, people, strict=False
                    ) or resolver.person_before(
                        opened, windows[1:2], kind, people, strict=False, possessive=True
                    )
            if name is None and len(windows) > 1:  # "Jan Berg was asked whether he …"
                name = named_with_pronoun(text, windows[1], kind, resolver)
            if name is None and len(windows) > 1 and last and last[0].islower():
                # "Marsh shared the news on Instagram." then '"…," she wrote' (one name), when
                # the last speaker is an unnamed one ("a source"), no "she"
                name = lone_subject(text, windows[1], windows[1][1], kind, resolver)
            # "His daughter, Ellie, had driven the horses away. '…,' she said": Ellie (in the
            # paragraph before: the pronoun's own was read above)
            name = name or given_alone(text, windows[1:2], att.at, kind, resolver, kin=True)
            # (the paragraph itself was read just above: the ones before)
            name = name or resolver.person_before(att.at, windows[1:], kind, people)
            if name is None and last and last[0].islower() and _someone(last):
                name = last  # "one mother wrote …" then "she said"
            # any two-word name in this paragraph or the one before, then the last speaker
            name = name or resolver.person_before(att.at, windows[:2], kind, people, strict=False)
            name = name or described_before(text, windows[0][0], att.at, kind, resolver)
            if name is None and len(windows) > 1 and _asks(text, windows[1]):
                # an answer under an interviewer's question ("What would you tell a director
                # heading to Berlin?" / '"…," she says'), however many turns came before:
                # the person the outlet spoke with ("We spoke with Adeyemi about …")
                asked = _answerer(text, state.spans, state.para, resolver)
                if asked is not None and resolver.gender_of(asked) in (kind, None):
                    name = asked
            if name is None:
                fits = (
                    p
                    for p in state.recent()
                    if p in people and resolver.gender_of(p) in (kind, None)
                )
                name = next(fits, None)
            name = name or resolver.person_before(att.at, windows[2:], kind, people, strict=False)
            name = name or given_alone(text, windows[:2], att.at, kind, resolver)
            if name:
                resolver.gender.setdefault(name, kind)
                state.add_person(name, resolver)
            return name
        if kind == "group":
            if att.text in ("it", "It"):
                issued = _document_before(text, att, windows)
                owner = _its_owner(text, att, windows, issued) if issued else None
                if owner is not None:  # "The bench was not convinced. In its order, it
                    found = _resolve(text, owner, windows, resolver, state)  # said:"
                    if found is not None:
                        return found
                if issued is not None:  # "X issued a statement. It read: '…'": X's words
                    found = _relay(text, att, issued, windows, resolver=resolver, state=state)
                    if found is not None:
                        return found
            they = att.text in ("they", "They")
            person = _they_person(text, att, windows, resolver, state) if they else None
            if person is not None:  # "Jordan Whitaker, who uses they/them pronouns"
                return person
            named = singular_they(text, windows[0], att, resolver, state)
            if named is not None:  # "a Trundle spokesperson, Alex Moreau, said …" "they wrote"
                return named
            voice = _voice_before(text, att, windows, state) if att.text in ("they",) else None
            if voice is not None:  # "A TfL spokesperson said …" then "'…,' they said": TfL
                return _resolve(text, voice, windows, resolver, state)
            couple = _couple_said(text, att, windows, state) if att.text in ("they",) else None
            if couple is not None:  # "Dale and Ingrid Sorensen … said they had stopped …"
                return couple  # then "'…,' they said"
            group = (
                group_before(text, windows[0][0], att.at, resolver)
                if att.text.casefold() == "they"
                else None
            )
            if group:  # "The researchers behind the study were gloomy. '…,' they wrote."
                return group
            if att.text in ("it", "It"):  # "NHS England has published figures. In a
                body = _it_subject_body(text, windows[0], att.at, resolver, state)
                if body is not None:  # statement, it said: '…'": NHS England, not the
                    return body  # body quoted in the paragraph before
            if last is not None and last not in state.people and resolver.gender_of(last) is None:
                return last
            return resolver.org_before(att.at, windows, "", state.people) or last
        # "Harriet Okafor-Lane: I said, '…'": the interview's speaker label
        named = qa_label(text, windows[0])
        if named is None and (
            text.startswith(_ANSWER_LABELS, windows[0][0])
            or (len(windows) > 1 and _asks(text, windows[1]))
        ):  # "A: I would say what I tell my patients: '…'", or an answer under a question
            # ("Why now?" / "Because … And I said, '…'"): the person interviewed
            named = _answerer(text, state.spans, state.para, resolver)
        if named is None and len(windows) > 1 and not _asks(text, windows[1]):  # "**Ruth
            # Oyelaran:** A trunk. …" then "I called my colleague and said, '…'": the answer
            named = qa_label(text, windows[1])  # goes on (under a question: `_answerer`)
        return named or last
    if att.kind == "name" and att.text == "Another":  # ("Another added:" opens its sentence)
        att = Attribution("Another", "descriptor", att.cue, att.at)
    if att.kind == "descriptor":
        words = att.text.split()
        if att.cue == "told" and text.endswith(_TELLER_BEFORE, 0, att.at):
            # the teller of a passive "was told": "raised her concerns with the practice
            # manager and was told to '…'", "was told by his insurer that …": a person
            # introduced there, whom the text does not name
            return att.text
        if len(words) == 1 and words[0] in ("another", "Another"):
            # '"…," one user wrote.' then '"…," said another.': another user
            return _next_of(last, "another") or att.text
        if att.text.casefold() in PARTITIVES:  # "Two former employees spoke …" then
            named = named_after(text, att, resolver)  # "one of them said"; but "One of
            if named is not None:  # them, Paulo Greaves, who'd …, wrote": the one named
                state.add_person(named, resolver)
                return named
            return one_of_group(text, windows, att.at) or att.text
        if att.text in ("the other", "The other"):  # then "the other said": another one
            return _next_of(last, "another") or att.text
        if len(words) == 2 and words[0] in ("A", "a") and words[1] in _ORDINALS:
            # "One wrote: …" "Another added: …" "A third commented: …": a third fan
            return _next_of(last, f"{words[0].lower()} {words[1]}") or att.text
        addressed = next(
            (k for k, w in enumerate(words[2:], 2) if w in ("to", "for")),
            0,
        )
        if addressed and words[addressed - 1].casefold() in v.relay_nouns:
            # "The school's letter to parents says": the letter speaks, not the parents
            letter = Attribution(" ".join(words[:addressed]), "descriptor", att.cue, att.at)
            return _resolve(text, letter, windows, resolver, state)
        owned = _owner_of_relay(words)
        if owned is not None:  # "A statement on the company's website read:": the company's
            owner_att = Attribution(owned, "descriptor", att.cue, att.at)
            found = _resolve(text, owner_att, windows, resolver, state)
            if found and found != owned:
                return found
        owner = _its_subject(text, att, windows[0], resolver) if words[0] == "its" else None
        if owner is not None:  # "The library's board had warned …. '…,' its report said":
            found = _resolve(text, owner, windows, resolver, state)  # the board's report
            if found is not None:
                return found
        if words[0] in ("Its", "its") and len(words) > 1:  # "Its general president said":
            body = resolver.org_before(att.at, windows, "", state.people)  # the body's words
            if body is not None:
                return body
        office = _persons_body(text, att, words, windows, resolver=resolver, state=state)
        if office is not None:  # "Governor Carl Whitacre signed the order. In a statement,
            return office  # his office said": Carl Whitacre's office
        if "-of-" in words[-1]:  # "the grandmother-of-six": a grandmother
            words[-1] = words[-1].split("-of-", 1)[0]
        named = named_after(text, att, resolver)
        partitive = words[0].casefold() in ("one", "another")  # "One of those on board,"
        if named is not None and (partitive or words[-1].casefold() not in v.org_nouns):
            state.add_person(named, resolver)  # "Another passenger, Gareth Pryce-Jones, said"
            return named
        named = _named_next(text, state.spans, state.para, words[-1], resolver)
        if named is None and not state.people and words[0] in ("A", "An", "a", "an"):
            # the story's first quote: 'A coroner has said there were "missed chances"' /
            # … / "The senior coroner for Manchester North, Joanne Kettering, said"
            named = _role_named_below(text, state.spans, state.para, words[-1], resolver)
        if named is not None:  # "Norway's labour minister said: '…'" / "The minister,
            state.add_person(named, resolver)  # Jonas Eide, added …"
            return named
        body = _voiced_body(words, att.at, resolver)
        if body is not None:  # "a Google spokesperson", "A spokesperson for NRW": the body
            return body
        if (
            len(words) == 3
            and words[0].casefold() in ("a", "an")
            and words[1] in v.org_nouns
            and words[2].casefold() in v.voice_nouns
        ):  # "a club spokesperson said": the club named before, as "the club said" reads it
            found = _resolve(
                text, Attribution(f"the {words[1]}", "descriptor", att.cue, att.at),
                windows, resolver, state,
            )
            return found if found and found != f"the {words[1]}" else att.text
        opening = words[0] in ("A", "An", "One")  # "A spokesman for Bristol City Council"
        if (
            not epithet  # ("the Dublin Bay North TD": a title, read as a role below)
            and words[-1][:1].isupper()
            and (words[0].islower() or opening)
            and len(words) > 3
        ):
            return att.text  # "a spokesperson for the National Security Council": in full
        head = words[-1].casefold()
        if len(words) == 2 and words[0].casefold() in ("a", "an") and head in v.voice_nouns:
            body = body_spoke(text, att, windows[0], resolver, state)
            if (
                body is None
                and len(windows) > 1
                and not resolver.words_outside_quotes(windows[0][0], att.at)
            ):  # (a quote paragraph under "WWF Italia said the failure showed …")
                body = body_spoke(text, att, windows[1], resolver, state)
            if body is not None:  # "Queensland Health said … '…,' a spokeswoman said"
                return body
        if len(words) == 2 and head in v.nationality_nouns and words[0] in ("the", "The"):
            # "the Dutchman said": the person printed as "Dutch manager Pieter van Aalst"
            person = national_of(text, v.nationality_nouns[head], state.wide(), att.at, resolver)
            if person is not None:
                state.add_person(person, resolver)
                return person
        if len(words) <= 3 and head in v.pair_nouns and words[0] in ("the", "The"):
            couple = pair_before(text, state.wide(), att.at, resolver)
            if couple is not None:  # "Jade Tennant and Callum Pryce have split" … "the pair
                return couple  # said", "the new parents said"
        if len(words) == 2 and head in ("former", "latter") and words[0] in ("the", "The"):
            # "Karim Benjelloun and Élodie Marchetti produced it, but the former said …"
            return former_or_latter(text, head, windows, att.at, resolver) or att.text
        if (
            len(words) == 2
            and words[0].casefold() in _KIN_OWNERS
            and words[0].casefold() != "their"
            and head in v.document_nouns
        ):  # "Judge Maria Okafor struck down the ordinance. Her ruling called the law "…"":
            # the words of the one who wrote it, as "she said"; first the holder of the office
            # that writes it ("her judgment said" is the judge named before)
            writer_of = _document_author(
                text, head, v.pronouns.get(words[0].casefold(), ""), att.at,
                state=state, resolver=resolver,
            )
            if writer_of is not None:
                state.add_person(writer_of, resolver)
                return writer_of
            pronoun = Attribution(words[0], "pronoun", att.cue, att.at)
            found = _resolve(text, pronoun, windows, resolver, state)
            if found is not None:
                return found
        if head in v.relay_nouns or head in v.filed_nouns:
            owner = possessor(text, att.at, att.at + att.text.rfind(" ") + 1)
            if owner is None and len(words) == 3 and words[1].endswith(("'s", "’s")):
                # "The company's statement said": the company's words, found as its own
                owner = Attribution(
                    att.text[: len(words[0]) + len(words[1]) - 1], "descriptor", att.cue, att.at
                )
            if owner is not None:  # "Trump's executive order accused …": his words, and
                found = _resolve(text, owner, windows, resolver, state)  # the order's later
                if head in v.relay_nouns:
                    state.relay[head] = found
                return found
        if (
            head in v.relay_nouns
            and len(words) > 2
            and words[0].casefold() in ("a", "an", "the")
            and all(w[:1].isupper() and w.isalpha() for w in words[1:-1])
        ):  # "A Leeds statement read:": Leeds United, by the fullest name printed
            return " ".join(resolver.fullest(tuple(words[1:-1]), att.at))
        owning = _owning_body(words) if head in v.document_nouns else None
        if owning is not None:  # "The council's own report admitted …": the council's words
            owner_att = Attribution(owning, "descriptor", att.cue, att.at)
            found = _resolve(text, owner_att, windows, resolver, state)
            if found is not None and found.casefold() != owning:
                return found
        author = _document_of(words) if head in v.document_nouns else None
        if author is not None:  # "according to a Moody's Analytics' forecast": the firm's
            return " ".join(resolver.fullest(author, att.at))
        if head in v.relay_nouns:  # "the statement said": whoever issued the statement
            if head not in state.relay or _issued_again(
                text, head, state.relay_at.get(head, att.at), att.at, resolver
            ):
                found = _relay(text, att, head, windows, resolver=resolver, state=state)
                # "Castine's lawsuit, filed in February, …" then "the filing said": Castine's
                found = found or _filer(text, att, head, windows, resolver=resolver, state=state)
                if found is None:  # "Banks wrote to her for years. The first letter said"
                    event = state.event(text, windows[0][0], att.at)
                    if event is not None and event.kind == "name" and event.at < att.at:
                        found = _resolve(text, event, windows, resolver, state)
                if found is None and (last is None or last in state.people):
                    # no one issued it: a body named near it rather than the last person
                    # quoted ("Harlow Primary School will close, it announced." … "'…,'
                    # the statement read")
                    found = resolver.org_before(att.at, windows, "", state.people, named=True)
                before = state.relay.get(head)
                if before is not None and (found is None or _same_body(before, found)):
                    found = before  # (another statement of the body read before: by the
                    # name it was read as, "Big Machine Records", not "Big Machine Label Group")
                state.relay[head] = found or last
            state.relay_at[head] = att.at + len(att.text)
            return state.relay[head]
        if head in v.filed_nouns and words[0] in ("the", "The"):  # "the lawsuit says": who filed it
            found = _relay(text, att, head, windows, resolver=resolver, state=state)
            # "Castine's lawsuit …" then "The complaint claims": one paper, Castine's
            found = found or _filer(text, att, head, windows, resolver=resolver, state=state)
            if found is not None:
                return found
        if head in v.org_nouns:
            if _unnamed_body(words):  # "A spokesperson for one large automaker": no one named
                return att.text
            if _own_words(words, head):  # "A source at the company told the Telegraph": a
                return att.text  # person unnamed, who speaks for no one
            named = organisation_after(text, att)  # "Chile's copper commission, Cochilco,"
            if named:
                return named
            if any(
                w[:1].isupper() or w.endswith(("'s", "’s")) or w in v.title_portfolios
                for w in _naming_words(words)
            ):  # ("the finance ministry", "the state's health department": which one)
                naming = _naming_words(words)
                if len(naming) == 1 and naming[0].isupper() and 2 <= len(naming[0]) <= 6:
                    spelled = resolver.fullest((naming[0],), att.at)  # "the NWS office": the
                    if len(spelled) > 1:  # National Weather Service (NWS) named before
                        return " ".join(spelled)
                owned = _person_owned_body(words, att, windows, resolver, state)
                return owned or att.text  # "The Dutch trade ministry", "the governor's
                # office": named
            named = role_holder(text, head, windows, att.at, resolver, org=True)
            if named:  # "The group, WeWorkers Coalition, formed …" then "the group said"
                return named
            found = organisation_spoke(text, att, windows, resolver=resolver, state=state)
            found = found or resolver.org_before(
                att.at, windows[:1], att.text, state.people, affiliates=False
            )
            # the body whose spokesperson spoke last: "A spokesman for Fairmont Homes said:
            # '…'" then "'…,' the firm added"
            found = found or voice_for(last, head)
            wide = state.wide()  # "The operator, Stena Line," further back
            further = wide[len(windows) :]
            found = found or role_holder(text, head, further, att.at, resolver, org=True)
            if found is None and head not in v.generic_org_nouns:
                # "The Skalish Tribe sued …" pages before "the tribe said": the body whose
                # name ends in the noun, before any capitalised name near ("in Vancouver")
                found = (
                    resolver.org_before(att.at, windows, att.text, state.people, wide, named=True)
                    or _body_named(text, head, att.at)
                    or _body_named_far(text, head, att.at)
                )
            found = found or resolver.org_before(att.at, windows, att.text, state.people, wide)
            # the body this description was read as before, further back than the rules
            # reach: "the bench said" (the Karnataka High Court) … "The bench was not
            # convinced. In its order, it said:"
            as_printed = att.text.casefold()
            found = found or state.bodies.get(as_printed)
            if found is None and head in v.generic_org_nouns and len(words) == 2:
                # "The company said …" with no body named near: the story's company, the
                # subject of its lede ("Aerolinea Baltica swung to a loss …"), whoever
                # was quoted between ("A spokesperson for the engine maker said …")
                found = _lede_body(text, state.spans, att.at, resolver, state)
            if found is not None:
                state.bodies.setdefault(as_printed, found)
            return found or att.text
        if len(words) == 2 and words[0].casefold() in _KIN_OWNERS and head in v.person_nouns:
            holder = role_holder(text, head, windows[:2], att.at, resolver, alone=True)
            if holder:  # "… and her husband Kunle moved" … "Her husband added:"
                return holder
        role = (
            head in v.role_nouns
            or head in v.party_nouns  # "the Florida Republican said"
            or any(w.endswith("-old") for w in words)
            or ranked(words)
        )
        if (
            words[0] in ("the", "The")
            and (len(words) <= 3 or (role and len(words) <= 5))  # "the 29-year-old Dutch forward"
            and head not in v.document_nouns
        ):
            others: set[str] = set()  # who holds another office of the role's word
            one = (  # "The other said the timing felt deliberate. '…,' the person said"
                _one_reporting(text, att, windows, resolver, state)
                if len(words) == 2 and head in v.source_nouns
                else None
            )
            if one is not None:  # the other of them
                return one
            same = next((p for p in state.recent() if p.split()[-1].casefold() == head), None)
            # "A person close to Acme said …" … "the person said"; an unnamed one who spoke
            # since ("A spokesperson for Defra said …") beats one quoted before with that noun
            source = source_before(text, att, head, windows[:2], state=state, resolver=resolver)
            if source and source != same:
                return _source_voice(text, source, att, windows, resolver=resolver, state=state)
            if same:  # "an insider said" … "the insider added"
                return _named_since(text, same, head, windows, att.at, resolver=resolver) or same
            source = source_before(text, att, head, windows, state=state, resolver=resolver)
            if source:  # ("A Kestrel spokesperson confirmed the cuts." … "the spokesperson
                # said": Kestrel's words, as "a Kestrel spokesperson said" would be)
                return _source_voice(text, source, att, windows, resolver=resolver, state=state)
            if plural(head) or head in v.group_nouns:  # "the family said": a group
                return att.text
            if (role or head in v.titles) and head.isalpha():
                # the person printed with the role: "Forest minister Eshwar Khandre said …"
                marks = tuple(  # ("the 76ers coach": a team's name may open on a digit)
                    w.casefold() for w in words[1:-1] if w[:1].isupper() or w[:1].isdigit()
                )
                # ("the chancellor" is no "Shadow chancellor Martin Hale")
                qualified = v.office_qualifiers.intersection(w.casefold() for w in words[1:-1])
                holder = role_holder(
                    text,
                    head,
                    state.wide(),
                    att.at,
                    resolver,
                    marks=marks,
                    qualified=qualified,
                    others=others,
                )
                if holder is None and head in v.offices and not state.people:
                    # the story's first quote, the holder of the office named below it:
                    # 'Tulley was described by the judge as "…"' / … / "Sentencing him,
                    # Judge Helen Marsh said" (the person the quote is about is not the judge)
                    below = _below(text, att.at)
                    holder = role_holder(
                        text, head, below, len(text), resolver, marks=marks, qualified=qualified
                    )
                if holder is None and head in v.offices:
                    # the holder named further back: a court report names its judge once,
                    # at the top ("Mrs Justice Okafor ruled …" … "the judge wrote")
                    holder = role_holder(
                        text, head, _above(state, att.at), att.at, resolver,
                        marks=marks, qualified=qualified, others=others,
                    )
                if holder:
                    return holder
            voiced = _voice_remembered(head, state) if len(words) == 2 else None
            if voiced is not None:  # "a company spokesperson said" (Kovara) … "the
                return voiced  # spokesperson said": Kovara's, not a person named between
            if any(w.endswith(("'s", "’s")) for w in words[:-1]):
                # "the school's head teacher": someone named in this paragraph, or no one
                person = resolver.person_before(att.at, windows[:1], None, state.people)
                return person or att.text
            body = _body_for_role(att, head, windows[0], resolver, state)
            if body is not None:  # "the Met Office has extended its warning. … the
                return body  # forecaster wrote:": the body the paragraph names
            # a role ("the judge", "the 24-year-old"): someone named in this paragraph first;
            # then the person last quoted, then someone named before
            person = None
            age = age_of(att.text) if "-old" in att.text else None
            if age is not None:  # "Paul Ellery, 56," … "the 56-year-old said"
                person = aged_person(text, state.wide(), att.at, age, resolver)
                if person is not None:
                    return person
            if role and any(w in v.demonyms for w in words[1:-1]):
                # "Dario Venturi has admitted … Kofi Okafor …. The Italian boss revealed":
                # an epithet with a nationality stands for a sentence's subject, not its object
                person = _subject_person_before(text, windows[:2], att.at, resolver)
                if person is not None:
                    return person
            if role or head in v.person_nouns or epithet:
                person = resolver.person_before(att.at, windows[:2], None, state.people)
                # a name of two words in the quote's own paragraph, however little is known
                # of it: "Itzel Ramírez … was emotional. '…,' the 27-year-old says"
                person = person or resolver.person_before(  # (an epithet: "said the
                    att.at, windows[: 2 if epithet else 1], None, state.people, strict=False
                )  # Australian" after "Forest boss Ange Postecoglou was delighted.")
            person = person or next((p for p in state.recent() if p in state.people), None)
            person = person or resolver.person_before(
                att.at, windows, None, state.people, possessive=True
            )
            person = person or resolver.person_before(
                att.at, windows, None, state.people, strict=False, possessive=True
            )
            if person is not None and (
                _holds_other_office(person, head, resolver)
                or person in others
                or seated_elsewhere(text, person, att.at, head)
            ):  # "the mayor said" is no "Gov. Karen Whitfield" quoted before, no "Council
                person = None  # member Dana Cole"; "the chancellor" no "Shadow chancellor …"
            if person is None and role and not state.people:
                # the story's first quote, before anyone is named: "'I said yes before he
                # finished,' the singer wrote on Instagram" (a dek) is the person the lede
                # names: "Jolene Marsh is going to be a bride!"; a dek that opens on the role
                # ("The showrunner, whose drama was dropped, talks to THR about …: '…'"),
                # the person its headline names ("'Saltmarsh' Creator Delia Okonkwo-Reyes on
                # the Cancellation")
                person = _headline_person(text, att, state, resolver) or _named_below(
                    text, state.spans, state.para, resolver
                )
            return (
                person or att.text
            )  # "the 56-year-old", "the singer": the person last quoted or named
        return att.text
    if att.text.startswith(("A ", "An ")):  # "A Buurtmarkt spokesperson, Pieter-Jan Claes,"
        named = named_after(text, att, resolver)
        if named is not None:
            state.add_person(named, resolver)
            return named
    described = epithet_of(text, att)
    if described is not None:  # "the Spaniard said", "the Premier said": a description
        return _resolve(text, described, windows, resolver, state, epithet=True)
    if att.text in ("One", "Another"):  # "Two players spoke to the BBC. One said: …"
        return one_of(text, windows, att.at)
    words_, title = speaker_name(att.text, sentence_start_at(text, att.at))
    if not words_:
        return last
    sex = title_sex(title) if title else None
    full = " ".join(resolver.fullest(words_, att.at, sex, title))
    if title and len(title) > len(resolver.titles.get(full, "")):  # the fullest title printed
        resolver.titles[full] = title
    if not title and full == att.text and group_noun(text, att, v):
        return full  # "Critics described it as …": a group, nobody's name
    if full in state.orgs or (
        not title
        and words_[0] not in v.given_any
        and (  # "Cardiff Bus said it …", "Ukrenergo, the national grid operator, said"
            speaks_as_it(text, att) or resolver.described_as_org(att.at + len(att.text))
        )
    ):
        state.orgs.add(full)  # "Cardiff Bus said it had made …": an organisation
        state.people.discard(full)
    elif not is_org(tuple(full.split())):
        state.add_person(full, resolver)
    return full


def _someone(described: str) -> bool:
    """Whether an unnamed speaker (``described``) may be a "he" or a "she": no body and no
    document ("one mother", not "the company" or "a sworn affidavit")."""
    head = described.rsplit(None, 1)[-1]
    v = vocabulary()
    return head not in v.org_nouns and head not in v.document_nouns and head not in v.relay_nouns


def _answerer(text: str, spans: list[tuple[int, int]], para: int, resolver: Nearby) -> str | None:
    """Who answers an interview's "A:" paragraph ``para``: the person the text says the
    outlet asked, in the `ANSWER_REACH` paragraphs before it ("Castellanos was asked why …",
    "asked union president Kevin Szabo what …"), by the fullest name; else the label of the
    last answer there (`_last_answer_label`); else None."""
    lo = spans[max(0, para - ANSWER_REACH)][0]
    hi = spans[para][0]  # (one window: a hard-wrapped line ends inside a sentence)
    asked = interviewee(text, (max(lo, hi - INTERVIEW_REACH), hi))
    names = speaker_name(asked, False)[0] if asked else ()  # (without "Dr.", "Showrunner")
    if not names:
        names = _last_answer_label(text, spans, para)
    return " ".join(resolver.fullest(names, hi)) if names else None


def _last_answer_label(text: str, spans: list[tuple[int, int]], para: int) -> tuple[str, ...]:
    """The name of the latest label of an answer (a turn that asks nothing) in the
    `ANSWER_REACH` paragraphs before ``para``: "**Dana Whitcomb:** What did you find?" /
    "**Ruth Oyelaran:** A trunk." / "**How did you know?**" / "I called …" -> Ruth
    Oyelaran, the person interviewed; else ()."""
    for k in range(para - 1, max(-1, para - 1 - ANSWER_REACH), -1):
        words = answer_label(text, spans[k])
        if len(words) > 1 and not _asks(text, spans[k]):
            return words
    return ()


def _asks(text: str, window: tuple[int, int]) -> bool:
    """Whether a paragraph ends in a question mark, perhaps in bold ("**Why now?**"): an
    interviewer's question."""
    end = window[1]
    while end > window[0] and (text[end - 1].isspace() or text[end - 1] in EMPHASIS):
        end -= 1
    return end > window[0] and text[end - 1] == "?"


_YOU_OPENERS = ("You ", "You’ve ", "You've ")
"""How an interviewer's question that quotes the person interviewed opens: "You said …"."""


def _interviewed(
    text: str, spans: list[tuple[int, int]], para: int, resolver: Nearby
) -> str | None:
    """The person an interview's question paragraph ``para`` is put to: the label of the
    answer below it ("Johnson: We've completed …"), else the person the text says was
    asked (`_answerer`), by the fullest name; else None."""
    if para + 1 < len(spans):
        label = answer_label(text, spans[para + 1])
        if label:
            return " ".join(resolver.fullest(label, spans[para + 1][0]))
    return _answerer(text, spans, para, resolver)


def _couple_said(
    text: str, att: Attribution, windows: list[tuple[int, int]], state: State
) -> str | None:
    """Two people named together as the subject of the reported speech just before a
    "they", in its paragraph or the one before ("Dale and Ingrid Sorensen, whose daughter
    is too young, said they had stopped …"): "Dale and Ingrid Sorensen"; else None."""
    for lo, hi in windows[:2]:
        event = state.event(text, lo, min(hi, att.at))
        if event is None or event.kind != "name" or not text.endswith(" and ", lo, event.at):
            continue
        first = text[max(lo, event.at - 30) : event.at - 5].rsplit(" ", 1)[-1]
        if first[:1].isupper() and first.isalpha() and first in vocabulary().given_any:
            return text[event.at - 5 - len(first) : event.at + len(event.text)]
        return None
    return None


def _they_person(
    text: str, att: Attribution, windows: list[tuple[int, int]], resolver: Nearby, state: State
) -> str | None:
    """The person who goes by "they" (`Nearby.they_them`) that a "they" stands for: named
    before it and last quoted, or named by surname in its paragraph or the one before ("For
    Whitaker, the debate feels abstract. … '…,' they said"); else None."""
    for at, name in reversed(resolver.they_them()):
        if at >= att.at:
            continue
        surname = name.rsplit(" ", 1)[-1]
        if state.last == name or any(
            text.find(surname, lo, min(hi, att.at)) >= 0 for lo, hi in windows[:2]
        ):
            state.add_person(name, resolver)
            return name
    return None


_ANSWER_LABELS = ("A: ", "A. ", "A — ", "A - ")
"""How an interview's answer opens: its "I" is the person interviewed."""

OFFICE_BELOW = 3000
"""How many characters after the story's first quote (a caption's too) are read for the
holder of the office a description of its speaker names ("the judge")."""


def _below(text: str, at: int) -> list[tuple[int, int]]:
    """The `OFFICE_BELOW` characters after ``at`` as windows for `role_holder`, first to last,
    each of `PRONOUN_REACH` (which it reads whole), overlapping by a name's length."""
    end = min(len(text), at + OFFICE_BELOW)
    step = PRONOUN_REACH - 100
    return [(lo, min(end, lo + PRONOUN_REACH)) for lo in range(at, end, step)]

OFFICE_ABOVE = 6000
"""How many characters before a quote are read for the holder of the office a description
of its speaker names ("the judge wrote"), past the paragraphs `State.wide` reads: a court
report names its judge once, at the top ("Mrs Justice Okafor ruled …")."""


def _above(state: State, at: int) -> list[tuple[int, int]]:
    """The characters before the paragraphs `State.wide` reads, back to `OFFICE_ABOVE` before
    ``at``, as windows for `role_holder`, latest first, each of `PRONOUN_REACH` (which it
    reads whole), overlapping by a name's length."""
    wide = state.wide()
    if not wide:
        return []
    end, begin = wide[-1][0], max(0, at - OFFICE_ABOVE)
    step = PRONOUN_REACH - 100
    return [(max(begin, hi - PRONOUN_REACH), hi) for hi in range(end, begin, -step)]


@cache
def _document_authors() -> dict[str, str]:
    """The office whose holder writes each document (`document_authors`): "judgment" ->
    "judge"."""
    authors: dict[str, str] = load("honorifics.json")["document_authors"]
    return authors


def _document_author(
    text: str, head: str, sex: str, at: int, *, state: State, resolver: Nearby
) -> str | None:
    """The holder of the office that writes a document of ``head``, owned by a pronoun of
    ``sex``, when one of that sex (or of none known) was printed with the office before:
    "Mrs Justice Okafor ruled …" / "The builder's lawyer, Sarah Quinn, said …" / "'…,' her
    judgment said" is the judge's, not the woman named between; else None."""
    office = _document_authors().get(head)
    if office is None:
        return None
    windows = [*state.wide(), *_above(state, at)]
    holder = role_holder(text, office, windows, at, resolver)
    if holder is None or resolver.gender_of(holder) not in (sex, None):
        return None
    return holder


ANSWER_REACH = 40
"""How many paragraphs (or lines of a hard-wrapped text) before an interview's answer are
read for whom the outlet asked (`interviewee`)."""


_UNNAMED = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})
"""Determiners of a body that a description leaves unnamed ("for one large automaker")."""

_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh"})
"""The ordinals of an unnamed chain: "One wrote", "Another added", "A third commented"."""


_COUNTS = ("two ", "three ", "four ", "five ", "several ", "both ")
"""How a group counted in its speech opens (case-folded): "Two former employees said …"."""


def _one_reporting(
    text: str, att: Attribution, windows: list[tuple[int, int]], resolver: Nearby, state: State
) -> str | None:
    """Who an unnamed one of a group is, when the reported speech last printed before
    ``att`` (in its paragraph, else the one before) is theirs: "The other said the timing
    felt deliberate." or "Two former employees, who asked not to be named, said the cuts
    fell on marketing." then '"…," the person said' is the other, or one, of them; else
    None."""
    event = next(events_before(text, att, windows, state=state, resolver=resolver), None)
    if event is None:
        return None
    said = event.text.casefold()
    if said in ("the other", "another", "one") or said in PARTITIVES:
        one = Attribution(event.text, "descriptor", event.cue, event.at)
        return _resolve(text, one, windows, resolver, state)
    if said.startswith(_COUNTS) and event.text.endswith("s"):
        return one_of_group(text, windows, att.at)
    return None


def _next_of(last: str | None, which: str) -> str | None:
    """The next of the unnamed people the last speaker was one of: after "one user on
    Weibo", "another user on Weibo"; after "one of the fans", "a third fan" (``which``:
    "another", "a third"); else None."""
    words = last.split() if last else []
    if len(words) < 2 or words[0].casefold() not in _UNNAMED:
        return None
    if words[1] == "of" and len(words) > 2:  # "one of the fans": a fan
        noun = words[-1]
        noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        return f"{which} {noun}"
    return f"{which} {' '.join(words[1:])}"


def _unnamed_body(words: list[str]) -> bool:
    """Whether a description's body is indefinite after "for", "at", "of" or "from": "A
    spokesperson for one large automaker", "an executive at a rival bank"."""
    return any(
        w in ("for", "at", "of", "from") and words[k + 1].casefold() in _UNNAMED
        for k, w in enumerate(words[1:-1], 1)
    )


def _owner_of_relay(words: list[str]) -> str | None:
    """The organisation whose page or site a relayed text stands on: "A statement on the
    company's website" -> "the company", "A post on the force's Facebook page" -> "the
    force" (a relay noun before "on", then "the" and a possessive organisation noun); else
    None."""
    v = vocabulary()
    if len(words) < 5 or head_noun(words) not in v.relay_nouns:
        return None
    for k in range(2, len(words) - 1):
        word = words[k]
        if words[k - 1] == "the" and word.endswith(("'s", "’s")):
            noun = word[:-2]
            return f"the {noun}" if noun.casefold() in v.org_nouns else None
    return None


def _owning_body(words: list[str]) -> str | None:
    """The organisation, described by its noun, whose document a description names: "The
    council's own report", "the company's annual filing" -> "the council", "the company"
    (an organisation noun, `org_nouns`, in the possessive after "the", then at most two
    words in lower case before the document's noun); else None ("the judge's report" is a
    person's, read as such; "the Lancet study" a study's)."""
    if not 3 <= len(words) <= 5 or words[0] not in ("the", "The"):
        return None
    owner = words[1]
    if not owner.endswith(("'s", "’s")) or owner[:-2].casefold() not in vocabulary().org_nouns:
        return None
    if not all(w.islower() and w.isalpha() for w in words[2:-1]):
        return None
    return f"the {owner[:-2].casefold()}"


def _document_of(words: list[str]) -> tuple[str, ...] | None:
    """Whose a document is when a description names it by its author alone: "a Moody's
    Analytics report", "a Moody's Analytics' forecast", "an Oxfam analysis" -> the name,
    without its possessive mark; else None (only after "a" or "an": "the Lancet study" is
    a study's)."""
    if len(words) < 3 or words[0].casefold() not in ("a", "an"):
        return None
    named = words[1:-1]
    last = named[-1]
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    elif last.endswith(("'", "’")):
        last = last[:-1]
    named = [*named[:-1], last]
    if not all(w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha() for w in named):
        return None
    return tuple(named)


_OWN_VOICES = frozenset({"official"})
"""Voice nouns whose words are their own: "a White House official" is no White House."""


def _own_words(words: list[str], head: str) -> bool:
    """Whether a description of a body's member is about the member, not the body: its noun
    before "at", "for", "of" … is a source's, a person's or a role's that speaks for no one
    ("A source at the company", "an engineer at the company"), unlike a spokesperson's ("A
    spokesperson for the company": the company)."""
    noun = head_noun(words)
    if noun == head:
        return False
    v = vocabulary()
    voices = v.voice_nouns - _OWN_VOICES
    return noun not in voices and (
        noun in v.source_nouns or noun in v.person_nouns or noun in v.role_nouns
    )


def _voice_before(
    text: str, att: Attribution, windows: list[tuple[int, int]], state: State
) -> Attribution | None:
    """The unnamed spokesperson whose reported speech comes last before a singular "they",
    in its paragraph or the one before ("A TfL spokesperson said the strike was
    disappointing."); else None."""
    voices = vocabulary().voice_nouns - _OWN_VOICES
    for lo, hi in windows[:2]:
        end = min(hi, att.at)
        event = state.event(text, lo, end)
        if event is None:
            continue  # (no reported speech in this paragraph: the one before)
        if (
            event.kind == "descriptor"
            and event.text.startswith(("A ", "An ", "The "))
            and head_noun(event.text.split()) in voices
        ):  # "A spokesperson for NHS England said …": whom it speaks for too
            return event
        words = text[lo : min(end, lo + 80)].split(" ", 6)[:6]
        for k, word in enumerate(words[1:], 1):  # "A TfL spokesperson said …"
            if word.casefold() in voices:
                if words[0] in ("A", "An", "The"):
                    return Attribution(" ".join(words[: k + 1]), "descriptor", "said", lo)
                break
        return None
    return None


def _voiced_body(words: list[str], at: int, resolver: Nearby) -> str | None:
    """The organisation a spokesperson speaks for, where the description names it before
    the noun ("a Google spokesperson", "a Home Office spokeswoman": Google, the Home Office
    by its fullest name) or by a name printed fuller elsewhere after "for" ("A spokesperson
    for NRW" after "Natural Resources Wales (NRW)"); else None (the description in full
    is kept: "a spokesperson for the National Security Council"). A body's name before the
    noun is no product's printed longer ("its flagship Nordhavn Pilsner" … "A Nordhavn
    spokesperson": Nordhavn)."""
    voices = vocabulary().voice_nouns - _OWN_VOICES
    if len(words) < 3 or words[0].casefold() not in ("a", "an", "the"):
        return None
    # the body before the noun ("a Google spokesperson"), or after "for"
    named = words[1:-1] if words[-1].casefold() in voices else _named_for(words, voices) or []
    if not named or not all(w[:1].isupper() and w.isalpha() for w in named):
        return None  # ("a Trump campaign spokesman": no body's name alone)
    full = resolver.fullest(tuple(named), at)
    if words[-1].casefold() not in voices and len(full) <= len(named):
        return None  # ("for Bristol City Council": printed in full already)
    if (
        len(full) > len(named) == 1
        and words[-1].casefold() in voices
        and not is_org(full)
        and not resolver.introduced_as_subject(tuple(named), full)  # ("Corvane
    ):  # Semiconductor posted …" then "A Corvane spokesperson": Corvane Semiconductor)
        full = tuple(named)  # "A Nordhavn spokesperson" after "its flagship Nordhavn
        # Pilsner": a product's name is no fuller form of the body's
    return " ".join(full)


# A body described, not named, after a voice's noun: " for the weather service" of "A
# spokesperson for the weather service's Jackson, Kentucky, office"
_FOR_DESCRIBED = lazy_compile(
    r"""
    \ for\ [Tt]he                              # " for the"
    (?P<words>(?:\ \p{Ll}[\p{L}-]*){1,3})        # " weather service said": up to its noun
    (?![\p{L}\p{M}-])                          # (whole words; "'s" may follow)
    """,
    regex.VERBOSE,
)


def _source_voice(
    text: str,
    source: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
) -> str:
    """What an unnamed source read before a described speaker stands for: the body its
    voice speaks for, named before its noun (`_voiced_body`: "A Kestrel spokesperson"),
    described after "for" (`_voice_for_described`) or read where it was printed
    (`_voice_reported`); else the source as printed ("A person close to Acme")."""
    return (
        _voiced_body(source.split(), att.at, resolver)
        or _voice_for_described(text, source, att, windows, resolver=resolver, state=state)
        or _voice_reported(text, source, att, windows, resolver=resolver, state=state)
        or source
    )


def _voice_for_described(
    text: str,
    source: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
) -> str | None:
    """The body that an unnamed voice quoted before speaks for, where it is described, not
    named, after "for": "A spokesperson for the weather service's Jackson, Kentucky, office
    said …" then "the spokesperson said" -> the National Weather Service, as "the weather
    service said" reads (the body named before); else None."""
    words = source.split()
    if words[0] not in ("A", "a", "An", "an") or len(words) < 2:
        return None
    noun = head_noun(words)
    if noun not in _voices():
        return None
    v = vocabulary()
    lo = windows[1][0] if len(windows) > 1 else windows[0][0]  # (where `source_before` reads)
    at = text.rfind(source, lo, att.at)
    if at < 0:
        return None
    k = next(k for k, w in enumerate(words) if k and w.casefold() == noun)
    end = at + len(" ".join(words[: k + 1]))  # (the noun's end: "A spokesperson")
    m = _FOR_DESCRIBED.match(text, end, min(len(text), end + 60))
    if m is None:
        return None
    after = m["words"].split()
    cut = next((j for j in range(len(after), 0, -1) if after[j - 1] in v.org_nouns), 0)
    if not cut:
        return None  # ("a spokesperson for the family": no body)
    body = Attribution(f"the {' '.join(after[:cut])}", "descriptor", att.cue, m.start() + 5)
    found = _resolve(text, body, windows, resolver, state)
    return found if found and found != body.text else None


def _voice_reported(
    text: str,
    source: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
) -> str | None:
    """The body that an unnamed voice printed before speaks for, read where it is printed
    as the quote's own "a company spokesperson said" would be: "Meridian Foods said it would
    appeal. A company spokesperson said the award was excessive." then "the spokesperson
    said" -> Meridian Foods (remembered for later by `_remember_voice`); else None."""
    words = source.split()
    if words[0] not in ("A", "a", "An", "an") or head_noun(words) not in _voices():
        return None
    lo = windows[-1][0]
    at = text.rfind(source, lo, att.at)
    here = next((k for k, (start, end) in enumerate(windows) if start <= at < end), None)
    if here is None:
        return None
    voice = Attribution(source, "descriptor", att.cue, at)
    found = _resolve(text, voice, windows[here:], resolver, state)
    return found if found and found != source else None


@cache
def _voices() -> tuple[str, ...]:
    """The voice nouns (`voice_nouns`) whose words speak for a body, longest first."""
    return tuple(sorted(vocabulary().voice_nouns - _OWN_VOICES, key=len, reverse=True))


@cache
def _voice_opening_re() -> regex.Pattern[str]:
    """A spokesperson for a body named before the noun, opening a sentence: "A Nordhavn
    spokesperson declined to comment", "A Home Office spokeswoman would not say"."""
    voices = _voices()
    return regex.compile(
        rf"""
        An?\ (?:\p{{Lu}}[\p{{L}}&'’.-]*\ ){{1,4}}?     # "A Nordhavn", "A Home Office"
        (?:{"|".join(map(regex.escape, voices))})\b  # the voice (`voice_nouns`)
        """,
        regex.VERBOSE,
    )


def _voice_opening(
    text: str, window: tuple[int, int], at: int, resolver: Nearby
) -> str | None:
    """The body whose spokesperson opens the sentence before a pronoun's, in its
    paragraph: "A Nordhavn spokesperson declined to comment on the review. '…,' she said"
    -> "Nordhavn"; else None."""
    lo = max(window[0], at - PRONOUN_REACH)
    if all(text.find(voice, lo, at) < 0 for voice in _voices()):
        return None  # (cheap first: most paragraphs name no spokesperson)
    for start, stop in sentences_back(text, lo, at)[:3]:
        m = _voice_opening_re().match(text, start, stop)
        if m is not None:
            return _voiced_body(m.group().split(), start, resolver)
    return None


def _spoken_for(words: list[str], at: int, resolver: Nearby) -> str | None:
    """The body a spokesperson's description names after "for", by its fullest name: "a
    spokesperson for the American Property Casualty Insurance Association" -> "American
    Property Casualty Insurance Association"; else None."""
    named = _named_for(words, vocabulary().voice_nouns)
    if not named or not all(w[:1].isupper() for w in named):
        return None
    return _voiced_body(words, at, resolver) or " ".join(named)


def _named_for(words: list[str], voices: frozenset[str]) -> list[str] | None:
    """The words after "for" (and "the") in a description "a spokesperson for …" whose noun
    is one of ``voices``; else None."""
    if len(words) < 4 or words[1].casefold() not in voices or words[2] != "for":
        return None
    return words[4:] if words[3] in ("the", "The") else words[3:]


_LOCATED = ("-based", "-headquartered")  # "the New Mexico-based launch company"


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
"""How a possessor's name ends: "Acme's", "Meeks'"."""


def _naming_words(words: list[str]) -> list[str]:
    """The words between a description's first word and its noun that may tell which
    organisation it is: after a place it is based in, if any ("the New Mexico-based launch
    company" names none: a company named before it is meant)."""
    # a possessor opening it is a naming word too: "Meeks' office", "Acme's board"
    inner = words[:-1] if words[0].endswith(_POSSESSIVE_ENDS) else words[1:-1]
    for k in range(len(inner) - 1, -1, -1):
        if inner[k].endswith(_LOCATED):
            return inner[k + 1 :]
    return inner


def _relay(
    text: str,
    att: Attribution,
    noun: str,
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
) -> str | None:
    """Who issued the statement that "the statement said": 'Acme issued a statement on Monday.'"""
    v = vocabulary()
    for lo, hi in windows:
        i = text.rfind(noun, lo, min(hi, att.at))
        for _ in range(4):
            if i < 0:
                break
            tail = i + len(noun)
            if text.startswith("ed ", tail) and text[i - 1 : i] == " ":
                # "Ravalli County Public Health posted a list …" then "the post said": who
                # posted it (a verb in -ed of the noun)
                subject = sentence_subject(text, lo, i)
                if subject is not None and subject.kind == "name":
                    return _resolve(text, subject, windows, resolver, state)
            if resolver.is_quoted(i) or text[tail : tail + 1].isalpha():
                i = text.rfind(noun, lo, i)
                continue
            signer = _signer(text, i, min(hi, att.at, i + SIGNED_REACH), resolver)
            if signer is not None:  # "the letter … signed by a manager at Northern Water"
                return signer
            subject = possessor(text, lo, i) or writer(text, lo, i)  # ("X had written a")
            if subject is None and _opens_clause_in_a(text, lo, i):
                # "Roe declined to be interviewed, but in a written statement the museum
                # said it …": who said it after the phrase issued it, not the one before
                end = text.find(". ", i, min(hi, i + 300))
                subject = state.event(text, i, end if end > 0 else min(hi, i + 300))
                body = state.bodies.get(subject.text.casefold()) if subject else None
                if body is not None:  # (the body "the museum" was read as for its quote)
                    return body
            if subject is None and _said_in_a(text, lo, i):  # "Kamloops fire Chief Aaron
                subject = state.event(text, lo, i)  # Petrie said in a news release that …"
                if subject is not None and after_sentence_end(text, subject.at, i) >= 0:
                    subject = None
            # "Ferrante's partner, Joel Abramowitz, took a different line in a sworn
            # affidavit": the person in commas, not the one whose partner he is
            subject = subject or _apposed_name(text, sentence_subject(text, lo, i), lo, i)
            if subject is None:  # "Marcus Hale, the director, said in a statement"
                subject = state.event(text, lo, i)
                if subject is not None and after_sentence_end(text, subject.at, i) >= 0:
                    subject = None
            if subject is None:  # "In a statement to NBC News, the company said it was …"
                end = text.find(". ", i, min(hi, i + 300))
                subject = state.event(text, i, end if end > 0 else min(hi, i + 300))
            if subject is not None and subject.text.split()[-1].casefold() not in v.relay_nouns:
                if subject.kind == "descriptor":
                    head = subject.text.split()[-1].casefold()
                    office = _persons_body(
                        text, subject, subject.text.split(), windows, resolver=resolver, state=state
                    )
                    if office is not None:  # "In a statement, his office said": his
                        return office
                    named = _titled_body(subject.text)
                    if named is not None:  # "The Polk County Board of Supervisors said in
                        return named  # a statement": the board, by its name
                    body = _spoken_for(subject.text.split(), subject.at, resolver)
                    if body is not None:  # "a spokesperson for the American Property
                        return body  # Casualty Insurance Association said": the association
                    if head in v.org_nouns:  # "the company said in a statement": the
                        # company named right after it ("The UN children's agency, UNICEF,"),
                        # else before it, else the description as printed
                        found = organisation_after(text, subject)
                        if found is None and _owned_body(subject.text):
                            return subject.text  # "The airline's pilots' union said in a
                            # statement": the union, whose airline only tells which
                        found = found or resolver.org_before(
                            subject.at, windows, subject.text, state.people
                        )
                        # ("The company said in its results statement": the company its
                        # quote was read as, the story's)
                        found = found or state.bodies.get(subject.text.casefold())
                        return found or subject.text
                    if head in v.group_nouns or head in v.person_nouns or head in v.role_nouns:
                        return subject.text  # "Ana Lopez's family released a statement"
                else:
                    body = org_body(text, subject, v)
                    if body is not None:  # "The Maharashtra home department said in a …"
                        return _owners_body(subject, body, windows, resolver, state) or body
                    return _resolve(text, subject, windows, resolver, state)
            i = text.rfind(noun, lo, i)
    return None


def _person_owned_body(
    words: list[str],
    att: Attribution,
    windows: list[tuple[int, int]],
    resolver: Nearby,
    state: State,
) -> str | None:
    """The organisation named before that a named person's body is, when a description is
    just that ("Feld's university", the person's possessive and an organisation's noun):
    "Nora Feld has taught at the University of Vermont since 2009. Feld's university said
    in a statement that it '…'" is the University of Vermont (as `_owners_body` reads
    "Feld's university put out a statement"); else None."""
    owner = words[0]
    if len(words) != 2 or not owner.endswith(("'s", "’s")) or not owner[:1].isupper():
        return None  # ("the governor's office": no person named)
    full = resolver.fullest((owner[:-2],), att.at)
    if not _person(full):
        return None  # ("Vermont's university": a place's, no person's)
    return resolver.org_before(
        att.at, windows, "the " + words[1], state.people, named=True
    )


def _owners_body(
    subject: Attribution,
    body: str,
    windows: list[tuple[int, int]],
    resolver: Nearby,
    state: State,
) -> str | None:
    """The organisation named before that a person's body ("Feld’s university", read by
    `org_body` after a possessive name) is: "Nora Feld works at the University of Vermont.
    Feld’s university put out a statement … '…,' the statement read" is the University of
    Vermont, as "the university" would be; else None (no such body named)."""
    if not subject.text.endswith(("'s", "’s")):
        return None  # ("The Maharashtra home department": the body by its own name)
    return resolver.org_before(subject.at, windows, "the " + body.rsplit(" ", 1)[-1], state.people)


# The rest of a description that opens a sentence, then the person named in commas after
# it: " partner, Joel Abramowitz, " after "Ferrante's", ", Jane Roe, " after "The
# company's founder"
_APPOSED_NAME = lazy_compile(
    rf"""
    (?:\ [\p{{Ll}}-]+){{0,3}}                  # the noun: " partner", " longtime aide"
    ,\ (?P<name>{NAME_RUN_SRC}),\             # ", Joel Abramowitz, "
    """,
    regex.VERBOSE,
)


def _apposed_name(
    text: str, subject: Attribution | None, lo: int, hi: int
) -> Attribution | None:
    """The person named in commas after the subject that is someone's of the sentence
    that ends at ``hi`` (after ``lo``): "Ferrante's partner, Joel Abramowitz, took a
    different line in a sworn affidavit" -> "Joel Abramowitz" (who swore it, not
    Ferrante), as after an owner's
    pronoun ("Her business partner, Tomasz Wilk, gave another account in a sworn
    affidavit", where no subject is read); else ``subject``."""
    if subject is None:
        start = last_sentence_at(text, lo, hi)
        owner = text[start : start + 6].split(" ", 1)[0] if start >= 0 else ""
        if owner.casefold() not in OWNER_PRONOUNS or not owner.istitle():
            return None
        end = start + len(owner)
    elif not (subject.kind == "descriptor" or subject.text.endswith(("'s", "’s"))):
        return subject  # ("Marcus Hale, the director, said": the name itself)
    else:
        end = subject.at + len(subject.text)
    m = _APPOSED_NAME.match(text, end, min(hi, end + 120))
    if m is None:
        return subject
    cue = subject.cue if subject is not None else ""
    return Attribution(m.group("name"), "name", cue, m.start("name"))


_ISSUING = frozenset({"a", "an", "its", "their", "his", "her", "another", "separate", "new"})
"""Words before a document's noun that print a new one, not the one read before: "in its
results statement", "issued a separate statement" (`_issued_again`)."""


def _issued_again(text: str, noun: str, since: int, at: int, resolver: Nearby) -> bool:
    """Whether another document with ``noun`` is printed outside quotes between ``since``
    (where "the statement said" was last read) and ``at``: "The company said in its results
    statement …" then "the statement said" is the company's, not the union's read before.
    Reads at most a few printings of the noun, within `BODY_REACH` of ``at``."""
    since = max(since, at - BODY_REACH)  # (bounded: linear however far back it was read)
    i = text.find(noun, since, at)
    for _ in range(6):
        if i < 0:
            return False
        if not resolver.is_quoted(i) and not text[i + len(noun) : i + len(noun) + 1].isalpha():
            before = text[max(since, i - 40) : i].split()[-3:]  # "in its results statement"
            if any(w.casefold() in _ISSUING for w in before):
                return True
        i = text.find(noun, i + len(noun), at)
    return False


LEDE_SUBJECT_REACH = 250
"""How far into the lede (characters) its subject is read for (`_lede_body`)."""

# A wire story's dateline with its date, which opens the lede: "RIGA, Feb 26 (Reuters) - "
_WIRE_DATELINE = lazy_compile(
    r"""
    \p{Lu}[\p{Lu}\p{M}\ .'’-]{1,40}          # "RIGA", "NEW YORK"
    (?:,[\ \p{L}\p{N}.]{1,30})?              # ", Feb 26"
    \ ?\([\p{L}\ .]{1,30}\)                  # " (Reuters)"
    \ ?[—–-]{1,2}\                           # " - "
    """,
    regex.VERBOSE,
)


def _lede_body(
    text: str, spans: list[tuple[int, int]], at: int, resolver: Nearby, state: State
) -> str | None:
    """The organisation that a story is about, the name opening its lede's first sentence
    (after a dateline): "RIGA, Feb 26 (Reuters) - Aerolinea Baltica swung to a loss …" ->
    "Aerolinea Baltica"; else the one opening a headline in sentence case ("Aerolinea
    Baltica swings to loss on engine groundings") over a lede that names none. None when
    both open on a person ("Chief Executive Martin Kalnins"), a place ("New Zealand"), a
    description or a quote, or ``at`` is in the lede."""
    if not spans or spans[0][1] >= at:
        return None
    lo, hi = spans[0]
    dateline = _WIRE_DATELINE.match(text, lo, min(hi, lo + 80))
    lo = dateline.end() if dateline is not None else lo  # ("RIGA, Feb 26 (Reuters) - ")
    starts = sentence_starts(text, lo, hi)
    end = min(starts[0] if starts else hi, lo + LEDE_SUBJECT_REACH)
    found = _subject_body(text, lo, end, resolver, state)
    headline = resolver.title_spans[0] if resolver.title_spans else None
    if found is None and headline is not None and headline[1] <= spans[0][0]:
        found = _subject_body(text, headline[0], headline[1], resolver, state, headline=True)
    return found


def _subject_body(
    text: str, lo: int, hi: int, resolver: Nearby, state: State, *, headline: bool = False
) -> str | None:
    """The organisation whose name opens the sentence ``text[lo:hi]`` as its subject (for a
    ``headline``, before a word in lower case: no run of title case); else None."""
    subject = sentence_subject(text, lo, min(hi, lo + LEDE_SUBJECT_REACH))
    if subject is None or subject.kind != "name" or subject.text.endswith(("'s", "’s")):
        return None
    end = subject.at + len(subject.text)
    if headline and not (text[end : end + 1] == " " and text[end + 1 : end + 2].islower()):
        return None  # ("Aerolinea Baltica Swings To Loss": no name's end is known)
    words, title = parse_name(subject.text, True)
    v = vocabulary()
    if (
        title
        or not words
        or words[0] in v.given_any
        or words[0] in v.demonyms
        or (words[-1].casefold() in v.place_words and not is_org(words))
        or (len(words) == 1 and not is_org(words))  # ("Britain cut rates …": a place)
    ):
        return None
    full = " ".join(resolver.fullest(words, subject.at))
    if full in state.people or resolver.gender_of(full) is not None:
        return None
    return full


def _it_subject_body(
    text: str, window: tuple[int, int], at: int, resolver: Nearby, state: State
) -> str | None:
    """The organisation an "it" at ``at`` stands for: the one opening a sentence before it
    in its paragraph, as that sentence's subject, the nearest first: "NHS England has
    published its first figures. In a statement, it said: '…'" -> "NHS England" (not the
    body quoted in the paragraph before); None when no sentence before opens on a body
    (read within `PRONOUN_REACH` of ``at``)."""
    lo = window[0]
    near = max(lo, at - PRONOUN_REACH)
    starts = ([lo] if near == lo else []) + sentence_starts(text, near, at)
    for k in range(len(starts) - 2, -1, -1):  # (the last is the pronoun's own sentence)
        found = _subject_body(text, starts[k], starts[k + 1], resolver, state)
        if found is not None:
            return found
    return None


def _persons_body(
    text: str,
    att: Attribution,
    words: list[str],
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
) -> str | None:
    """The body of the person a "his" or "her" stands for, by that person's name: "Governor
    Carl Whitacre signed the order. In a statement, his office said" -> "Carl Whitacre's
    office" (no place named before: "Nevada"); else None."""
    if len(words) != 2 or words[0] not in ("his", "His", "her", "Her"):
        return None
    if words[1] not in vocabulary().org_nouns:
        return None  # ("her lawyer", "his spokesman": a person, read as such)
    pronoun = Attribution(words[0], "pronoun", att.cue, att.at)
    person = _resolve(text, pronoun, windows, resolver, state)
    return f"{person}'s {words[1]}" if person and person in state.people else None


def _same_body(one: str, other: str) -> bool:
    """Whether two names print one organisation: the same two words open both ("Big
    Machine Records", "Big Machine Label Group"), or one is the other's opening ("Big
    Machine")."""
    a, b = one.split(), other.split()
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter] if shorter < 2 else a[:2] == b[:2]


SIGNED_REACH = 300
"""How far after a document's noun (characters) `_signer` reads for who signed it."""

# Who signed a document: " signed by a customer relations manager at Northern Water", "
# signed by Dana Roe"
_SIGNED_BY = lazy_compile(
    rf"""
    \ signed\ by\ (?:
      (?:an?|the)\ (?:[\p{{Ll}}-]+\ ){{1,4}}?        # "a customer relations manager"
      (?:at|of|from|for)\ (?:the\ )?               # " at"
      (?P<body>{NAME_RUN_SRC})                      # "Northern Water"
      | (?P<name>{NAME_RUN_SRC})                    # or a person: "Dana Roe"
    )
    """,
    regex.VERBOSE,
)


def _signer(text: str, at: int, hi: int, resolver: Nearby) -> str | None:
    """Who signed the document whose noun is printed at ``at``, as the text goes on to say
    before ``hi``: "Joan Clarke keeps the letter on her dresser. It is dated March 2019,
    signed by a manager at Northern Water, and it tells her that …" -> Northern Water (the
    body the signer writes for; not Joan Clarke, who keeps it); else None."""
    k = text.find(" signed by ", at, hi)
    if k < 0:
        return None  # cheap first: most documents are not said to be signed
    m = _SIGNED_BY.match(text, k, min(len(text), k + 160))
    if m is None:
        return None
    group = "body" if m.group("body") else "name"
    words, _title = parse_name(m.group(group), False)
    return " ".join(resolver.fullest(words, m.start(group))) if words else None


def _owned_body(described: str) -> bool:
    """Whether a described body belongs to another body, described by an organisation's
    noun in the possessive before its own: "The airline's main pilots' union", "the club's
    supporters' trust" (a body of its own, not the airline or the club named before; but
    "the pilots' union" and "the UN children's agency" are what they say)."""
    org_nouns = vocabulary().org_nouns
    return any(
        w.endswith(("'s", "’s")) and w[:-2] in org_nouns for w in described.split()[1:-1]
    )


def _filer(
    text: str,
    att: Attribution,
    head: str,
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
) -> str | None:
    """Who filed the court paper that "the complaint" or "the filing" is, where the text
    names it by another of the filed nouns before (the latest first, in the quote's
    paragraph or the one before): "Castine's lawsuit, filed in February, seeks …" then
    "The complaint claims …" -> Castine; else None."""
    nouns = vocabulary().filed_nouns
    if head not in nouns:
        return None
    printed: list[tuple[int, str]] = []
    for noun in nouns - {head}:
        for lo, hi in windows[:2]:
            i = text.rfind(noun, lo, min(hi, att.at))
            if i >= 0 and not text[i - 1 : i].isalpha():  # (not the "suit" of "lawsuit")
                printed.append((i, noun))
                break
    for _at, noun in sorted(printed, reverse=True):
        # ("the filing said" read as prosecutors, then "The memo said": the same paper's)
        found = state.relay.get(noun) or _relay(
            text, att, noun, windows, resolver=resolver, state=state
        )
        if found is not None:
            return found
    return None


def _its_subject(
    text: str, att: Attribution, window: tuple[int, int], resolver: Nearby
) -> Attribution | None:
    """The organisation whose document "its report" (a document's noun after "its") is:
    the subject of the sentence before the quote in its paragraph, when that is a body,
    described or named: "The library's board had warned in January that … '…,' its report
    said" -> "the library's board"; else None (a person, or no subject read)."""
    v = vocabulary()
    noun = att.text.rsplit(" ", 1)[-1].casefold()
    if noun not in v.relay_nouns and noun not in v.document_nouns and noun not in v.filed_nouns:
        return None
    for start, stop in sentences_back(text, window[0], att.at):
        if text[start : start + 1] in "\"“‘'" or resolver.is_quoted(start):
            continue  # (the quote's own sentence: the one before it)
        subject = sentence_subject(text, start, stop - 1)
        if subject is None:
            return None
        if subject.kind == "descriptor" and subject.text.split()[-1].casefold() in v.org_nouns:
            described = subject.text  # (read as "the library's board", not a name's "The")
            if described.startswith("The "):
                described = "t" + described[1:]
            return Attribution(described, "descriptor", att.cue, subject.at)
        if subject.kind == "name" and is_org(parse_name(subject.text, True)[0]):
            return Attribution(subject.text, "name", att.cue, subject.at)
        return None
    return None


def _said_in_a(text: str, lo: int, at: int) -> bool:
    """Whether the document noun at ``at`` follows "in a" or "in an" within a few words
    ("said in a news release", "wrote in an emailed statement"): the speech verb before it
    tells who issued it."""
    return " in a" in text[max(lo, at - 30) : at]


_CLAUSE_OPENERS = (",", ";", ":", ".", "!", "?", " but", " and", " while")
"""What may end the text before "in a statement" when the phrase opens its clause."""


def _opens_clause_in_a(text: str, lo: int, at: int) -> bool:
    """Whether the document noun at ``at`` follows "in a" or "in an" that opens a clause
    ("…, but in a written statement the museum said", "In a statement, the firm said"):
    the speech verb after the phrase tells who issued it, not the sentence's subject
    before it ("Roe declined to comment, but in a statement the museum said")."""
    near = max(lo, at - 30)
    for opener in (" in a", "In a"):
        k = text.rfind(opener, near, at)
        if k >= 0:
            before = text[max(lo, k - 8) : k].rstrip()
            return not before or before.endswith(_CLAUSE_OPENERS)
    return False


DOCUMENT_REACH = 200
"""How far before an "it" `_document_before` looks for the document it may be."""


def _document_before(text: str, att: Attribution, windows: list[tuple[int, int]]) -> str | None:
    """The document (one of the relay nouns: "statement", "letter", "post") named last in the
    sentences just before an "it" that speaks ("It read:"), in its paragraph or the one
    before, outside quotes; else None."""
    v = vocabulary()
    for lo, hi in windows[:2]:
        end = min(hi, att.at)
        near = max(lo, end - DOCUMENT_REACH)
        best, found = -1, None
        for noun in v.relay_nouns:
            i = text.rfind(noun, near, end)
            if (
                i > best
                and not text[i - 1 : i].isalpha()
                and not text[i + len(noun) : i + len(noun) + 1].isalpha()
            ):
                best, found = i, noun
        if found is not None:
            return found
    return None


_NAME_JOINS = frozenset({"of", "and", "for", "the", "on", "&"})
"""Words in lower case that may join the capitalised words of a body's name."""


def _titled_body(described: str) -> str | None:
    """The name of a body read as a description because "The" opens it: "The Polk County
    Board of Supervisors" -> "Polk County Board of Supervisors" (every word but the joins
    capitalised, two or more); else None."""
    first, _, rest = described.partition(" ")
    words = rest.split()
    if first not in ("The", "the") or len(words) < 2:
        return None
    if all(w[:1].isupper() or w in _NAME_JOINS for w in words) and words[-1][:1].isupper():
        return rest
    return None


def _its_owner(
    text: str, att: Attribution, windows: list[tuple[int, int]], noun: str
) -> Attribution | None:
    """The body whose document an "it" reads from, printed as "its <noun>" in the pronoun's
    sentence, when the sentence before opens with that body as a described organisation:
    "The bench was not convinced. In its order, it said:" -> "The bench"; else None. (The
    pronoun's paragraph is the quote's, or the one before, which the quote's colon ends.)"""
    para = next((w for w in windows[:2] if w[0] <= att.at < w[1]), None)
    if para is None:
        return None
    lo = max(para[0], att.at - PRONOUN_REACH)
    mark = text.rfind(f"its {noun}", lo, att.at)
    if mark < 0:
        return None
    sentences = sentences_back(text, lo, mark)
    if len(sentences) < 2:
        return None  # (no sentence before the document's)
    start, stop = sentences[1]
    subject = sentence_subject(text, start, stop - 1)
    if (
        subject is None
        or subject.kind != "descriptor"
        or subject.text.split()[-1].casefold() not in vocabulary().org_nouns
    ):
        return None
    described = subject.text  # (read as "the bench": a capital opening the sentence names none)
    described = described[0].lower() + described[1:] if described[:4] == "The " else described
    return Attribution(described, "descriptor", att.cue, subject.at)


def _windows(spans: list[tuple[int, int]], q: Stretch) -> list[tuple[int, int]]:
    """Where a pronoun's person is looked for: this paragraph, then the three before."""
    return spans[max(0, q.para - 3) : q.para + 1][::-1]


def _resolve_all(
    text: str, spans: list[tuple[int, int]], stretches: list[Stretch], resolver: Nearby
) -> None:
    """Give every quote a speaker, in reading order."""
    # A quote that runs over paragraphs takes its attribution from whichever paragraph has
    # one: each member of a chain the first attribution of the chain up to it, ...
    chain_att: list[Attribution | None] = []
    first: Attribution | None = None
    for q in stretches:
        if not q.continues:
            first = None  # (a new chain)
        if first is None:
            first = q.attribution
        chain_att.append(first)
    # ... then the earlier members of a chain whose attribution came later, the later one
    for k in range(len(stretches) - 1, 0, -1):
        if stretches[k].continues and chain_att[k - 1] is None:
            chain_att[k - 1] = chain_att[k]
    state = State(spans=spans)
    para_speaker: dict[int, str | None] = {}
    for k, q in enumerate(stretches):
        windows = _windows(spans, q)
        state.para = q.para
        att = q.attribution or chain_att[k]
        name: str | None = None
        if q.attribution is None and q.continues and k and stretches[k - 1].speaker:
            name = stretches[k - 1].speaker  # the quote goes on: who said its first paragraph
        elif att is not None:
            name = _resolve(text, att, windows, resolver, state)
        elif k and stretches[k - 1].para == q.para and stretches[k - 1].speaker:
            # (unless the quote's own sentence gives it to a document's owner: '… Vance
            # alleged the band had "…." The band's answer called the suit "…"')
            opened = last_sentence_at(text, stretches[k - 1].close_at, q.open_at)
            name = _paper_speaker(
                text, opened, q.open_at, windows, resolver=resolver, state=state
            ) or stretches[k - 1].speaker
        else:
            name = _fallback(
                text, spans, stretches, k, resolver=resolver, state=state, seen=para_speaker
            )
        q.speaker = name
        if name:
            state.last = name
            para_speaker[q.para] = name
            state.order.pop(name, None)
            state.order[name] = None


_BODY_TRIES = 8
"""How many printings of a noun `_body_named` reads back over before it gives up."""

BODY_REACH = 20_000
"""How far back (characters) `_body_named` looks for a body's name: a long article's length,
and a cost per quote that no text's length sets (linear on any input)."""


def _body_named(text: str, head: str, at: int, *, tries: int = _BODY_TRIES) -> str | None:
    """The latest body printed before ``at`` whose name ends in the capitalised ``head``:
    "The Skalish Tribe sued the Army Corps" for "the tribe said" read far later ("Tribe"
    alone, "Tribes" or "Tribal" name none). Reads back over at most `_BODY_TRIES` printings
    and the 80 characters before each, within `BODY_REACH`."""
    word = " " + head[:1].upper() + head[1:]
    stopwords = vocabulary().stopwords
    end, lo = at, max(0, at - BODY_REACH)
    for _ in range(tries):
        k = text.rfind(word, lo, end)
        if k < 0:
            return None
        end = k
        if text[k + len(word) : k + len(word) + 1].isalnum():
            continue  # "Tribes", "Tribal"
        run: list[str] = []
        for w in reversed(text[max(0, k - 80) : k].split()):
            if not (w[:1].isupper() and w.isalpha()) or w in stopwords:
                break
            run.append(w)
        if run:
            return " ".join([*reversed(run), word[1:]])
    return None


@cache
def _far_name_ends() -> dict[str, tuple[str, ...]]:
    """The `far_name_ends` of speaker_words.json: "club" -> ("Town", "United", …)."""
    ends: dict[str, list[str]] = load("speaker_words.json")["far_name_ends"]
    return {noun: tuple(words) for noun, words in ends.items()}


def _body_named_far(text: str, head: str, at: int) -> str | None:
    """The latest body printed before ``at`` whose name ends in a word that names bodies of
    the noun ``head`` (`far_name_ends`), as `_body_named` reads it: "a new stand at
    Harrowfield Town, which plays in the Northern Premier League" four paragraphs before
    "The club said" -> Harrowfield Town (of the words' printings, the nearest; one read back
    per word: bounded)."""
    best: tuple[int, str] | None = None
    for word in _far_name_ends().get(head, ()):
        k = text.rfind(f" {word}", max(0, at - BODY_REACH), at)
        if k < 0 or (best is not None and k < best[0]):
            continue  # (cheap first: the word is printed, after the best so far)
        found = _body_named(text, word.casefold(), k + 1 + len(word), tries=1)
        if found is not None:
            best = (k, found)
    return best[1] if best is not None else None


def _named_subject(text: str, lo: int, at: int, resolver: Nearby) -> str | None:
    """The person named as the subject of the sentence around ``at``: 'Jane Roe called the
    plan "a sweep"' (see `_person`); None for anything else."""
    att = sentence_subject(text, lo, at)
    if att is None or att.kind != "name":
        return None
    full = _fullest_of(att, resolver)
    return " ".join(full) if _person(full) else None


def _sex_pronoun_subject(text: str, lo: int, at: int) -> Attribution | None:
    """The "he" or "she" that is the subject of the sentence around ``at`` ("She remembers
    it as '…'"); None for anything else."""
    att = sentence_subject(text, lo, at)
    if att is None or att.kind != "pronoun":
        return None
    return att if vocabulary().pronouns.get(att.text.casefold()) in ("m", "f") else None


def _subject_person_before(
    text: str, windows: list[tuple[int, int]], at: int, resolver: Nearby
) -> str | None:
    """The person named as the subject of the latest sentence before ``at`` that has one, in
    ``windows`` (this paragraph, then the ones before): "Dario Venturi has admitted the club
    may not stop Kofi Okafor leaving." is Dario Venturi's sentence."""
    for lo, hi in windows:
        for start, stop in sentences_back(text, lo, hi if hi < at else at):
            if stop - start > 2:
                found = _named_subject(text, start, stop - 1, resolver)
                if found is not None:
                    return found
    return None


def _office_holder(
    text: str, office: str, windows: list[tuple[int, int]], at: int, *, sex: str, resolver: Nearby
) -> str | None:
    """The person named as the subject of the latest sentence before ``at`` that has one
    (this paragraph, then the ones before), when ``office`` (a role no name was printed with)
    is a public office (`offices`) that person holds no other of, and their sex is not the
    other: "Emma Lockridge told reporters …" / "The minister was heckled by one man …. Asked
    about it, she said:" is Emma Lockridge; else None."""
    if office not in vocabulary().offices:
        return None  # ("The ship's captain", "The manager": a person of their own)
    person = _subject_person_before(text, windows, at, resolver)
    if (
        person is None
        or resolver.gender_of(person) not in (sex, None)
        or _holds_other_office(person, office, resolver)
    ):
        return None
    return person


def _holds_other_office(name: str, head: str, resolver: Nearby) -> bool:
    """Whether ``name`` was printed with a public office other than the one a description
    names (`offices`; the last words of its `role_titles` name the same office: "U.S.
    Attorney Marcus Bellweather" is "the prosecutor"): "Gov. Karen Whitfield" is not "the
    mayor"."""
    offices = vocabulary().offices
    if head not in offices:
        return False
    title = resolver.title_of(name)
    if title is None:
        return False
    printed = title.rsplit(None, 1)[-1]  # "Gov.": the governor's short form
    forms = vocabulary().short_forms
    office = next(
        (full for full, short in forms.items() if printed in short),
        printed.rstrip(".").casefold(),
    )
    same = vocabulary().same_offices.get(head, frozenset())  # ("U.S. Attorney": a prosecutor)
    return office in offices and office != head and office not in same


def _named_next(
    text: str, spans: list[tuple[int, int]], para: int, noun: str, resolver: Nearby
) -> str | None:
    """The person the paragraph after ``para`` names right after its opening "The <noun>,"
    when ``noun`` is a role or a title: "Norway's labour minister said: '…'" then "The
    minister, Jonas Eide, added that …" -> "Jonas Eide"; else None."""
    v = vocabulary()
    head = noun.casefold()
    if para + 1 >= len(spans) or not (head in v.role_nouns or head in v.titles):
        return None
    lo, hi = spans[para + 1]
    opener = f"The {head}, "
    if not text.startswith(opener, lo):
        return None
    run = name_run().match(text, lo + len(opener), min(hi, lo + len(opener) + 60))
    if run is None or not text.startswith(",", run.end()):
        return None
    return _person_named(run.group(), run.start(), resolver)


def _role_named_below(
    text: str, spans: list[tuple[int, int]], para: int, noun: str, resolver: Nearby
) -> str | None:
    """The person named with the role ``noun`` in the three paragraphs after ``para``, set
    off by commas after it or right after it: "The senior coroner for Manchester North,
    Joanne Kettering, said", "coroner Joanne Kettering" or "U.S. District Judge Harriet
    Lindqvist"; by the fullest name; else None (only a role or a title: "A coroner has said
    …" opening the story). An office's holder is read in the `OFFICE_PARAGRAPHS` after: "with
    a judge telling him he had '…'" opens a court report that names the judge further
    down. Each paragraph is
    read within `PRONOUN_REACH` of its start; a line in capitals between is no paragraph of
    the story (a link teaser: "OHIO MAYOR CHARGED WITH BRIBERY")."""
    v = vocabulary()
    head = noun.casefold()
    if not (head in v.role_nouns or head in v.titles):
        return None
    titled = head.capitalize()  # ("U.S. District Judge Harriet Lindqvist": a title)
    count = OFFICE_PARAGRAPHS if head in v.offices else 3  # (a judge: further down)
    below = [span for span in spans[para + 1 : para + 2 * count] if not _shouted(text, *span)]
    for lo, hi in below[:count]:
        reach = min(hi, lo + PRONOUN_REACH)  # (bounded: linear)
        found = [i for i in (text.find(head, lo, reach), text.find(titled, lo, reach)) if i >= 0]
        at = min(found) if found else -1
        if at < 0 or text[at - 1 : at].isalpha():
            continue
        m = _ROLE_THEN_NAME.match(text, at + len(head), min(hi, at + len(head) + 120))
        if m is None:
            continue
        named = _person_named(m.group("name"), m.start("name"), resolver)
        if named is not None:
            return named
    return None


OFFICE_PARAGRAPHS = 8
"""How many paragraphs after the story's first quote `_role_named_below` reads for the holder
of the office that an unnamed description of its speaker names ("a judge")."""


MAX_SHOUTED = 200
"""How long (characters) a line in capitals may be that `_shouted` reads: a teaser's."""


def _shouted(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is a short line in capitals, no sentence of the story: Fox
    News prints its link teasers so ("OHIO MAYOR CHARGED WITH BRIBERY AFTER FBI RAID")."""
    return hi - lo <= MAX_SHOUTED and "\n" not in text[lo:hi] and text[lo:hi].isupper()


def _named_since(
    text: str,
    unnamed: str,
    head: str,
    windows: list[tuple[int, int]],
    at: int,
    *,
    resolver: Nearby,
) -> str | None:
    """The person printed with the title ``head`` in the quote's paragraph or the one
    before, when the speaker last quoted with that noun was an unnamed one (``unnamed``):
    the story names whom it described: "with a judge telling him he had '…'" / … / "U.S.
    District Judge Raymond Ellison was unmoved." / "'…,' the judge said" is Raymond Ellison;
    else None."""
    if not unnamed.casefold().startswith(("a ", "an ")) or head not in vocabulary().titles:
        return None
    return role_holder(text, head, windows[:2], at, resolver)


def _person_named(run: str, at: int, resolver: Nearby) -> str | None:
    """The fullest name of the person a run printed at ``at`` names, without a title: two
    words or more, no organisation's; else None."""
    words, _title = speaker_name(run, False)
    if len(words) < 2 or is_org(words):
        return None
    return " ".join(resolver.fullest(words, at))


_ROLE_THEN_NAME = lazy_compile(
    r"""
    (?:\ (?:for|of|at)\ [^,.;:"“”\n]{1,60})?     # perhaps its field: "for Manchester North"
    (?:,\ |\ )                                  # then a comma or a space
    (?P<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:\ \p{Lu}[\p{L}\p{M}'’.-]*){1,3})  # "Joanne Kettering"
    (?=,|\ \p{Ll})                              # then a comma or a verb
    """,
    regex.VERBOSE,
)


def _named_below(
    text: str, spans: list[tuple[int, int]], para: int, resolver: Nearby
) -> str | None:
    """The first person named in the two paragraphs after ``para`` (before them nobody is),
    by two words or more with some evidence (a known given name, a title) or opening a
    sentence, by the fullest name; else None."""
    for lo, hi in spans[para + 1 : para + 3]:
        people = resolver.people_in(lo, hi)
        for start, name, evidence, owner in reversed(people):
            if (
                (evidence or sentence_start_at(text, start))  # ("Maren Holt is heading …")
                and not owner
                and " " in name
                and not is_org(tuple(name.split()))
            ):
                return name
    return None


MAX_HEADLINE = 300
"""How long (characters) a headline `_headline_person` reads may be."""


def _headline_person(text: str, att: Attribution, state: State, resolver: Nearby) -> str | None:
    """The person the headline names, for a description that opens the story's first
    paragraph: "'Saltmarsh' Creator Delia Okonkwo-Reyes on the Cancellation" over "The
    showrunner, whose drama was dropped …, talks to THR about …: '…'" -> "Delia
    Okonkwo-Reyes". The headline is the first line, before the paragraph, and the name two
    words or more after a known given name, no organisation's; else None."""
    if state.para != 0 or not state.spans or att.at != state.spans[0][0]:
        return None
    titles = resolver.title_spans
    if not titles or titles[0][1] > att.at or titles[0][1] - titles[0][0] > MAX_HEADLINE:
        return None
    lo, hi = titles[0]
    if "\n" in text[lo:hi]:
        return None  # (a headline is one line: a merged run of furniture is none)
    given = vocabulary().given_any
    for run in name_run().finditer(text, lo, hi):
        printed = run.group().split()  # ("'Saltmarsh' Creator Delia Okonkwo-Reyes": one run)
        k = next((k for k, word in enumerate(printed) if word in given), len(printed))
        words = tuple(printed[k:])
        if len(words) > 1 and not is_org(words):
            return " ".join(words)
    return None


_KIN_OWNED = lazy_compile(
    r"""
    (?<![\p{L}\p{M}])
    (?P<kin>(?:my|our|his|her|their)\ (?P<noun>\p{Ll}[\p{Ll}-]+))   # "my sister"
    [.!]["”’']?\s*\Z                                         # ends the sentence
    """,
    regex.VERBOSE,
)


def _kin_before(text: str, window: tuple[int, int], at: int, sex: str) -> str | None:
    """A relative of the pronoun's sex named by a kin noun at the end of the sentence right
    before the pronoun's, in its paragraph, when the pronoun opens its sentence: "For me
    that was my sister. She'd just say, '…'" -> "my sister"; else None."""
    if not sentence_start_at(text, at):
        return None
    lo = max(window[0], at - 80)  # (bounded: the last words before the pronoun)
    m = _KIN_OWNED.search(text, lo, at)
    if m is None:
        return None
    v = vocabulary()
    noun = m.group("noun")
    return m.group("kin") if noun in v.kin_nouns and v.person_nouns.get(noun) == sex else None


_NAMELESS_OPENERS = ("I ", "We ", "My ", "Our ")
"""How a writer's own sentences open: they name no one ("I asked her what she missed.")."""


def _pronoun_sentence(text: str, window: tuple[int, int], sex: str) -> int:
    """Where a sentence of ``window`` (a paragraph) that opens with the pronoun of ``sex``
    starts, when it is one of its last three and each sentence after it opens with the
    pronoun again or with the writer's "I" and names no one: "I called Pham a few weeks
    later. She was working at a bank. I asked her what she missed." (else -1)."""
    openers = PRONOUN_OPENERS[sex]
    lo, hi = window
    for start, stop in sentences_back(text, lo, hi)[:3]:
        if text.startswith(openers, start):
            return start
        if not text.startswith(_NAMELESS_OPENERS, start) or _capitalised_after(
            text, start, stop
        ):
            return -1
    return -1


def _capitalised_after(text: str, start: int, stop: int) -> bool:
    """Whether a word after the first of ``text[start:stop]`` opens with a capital (but
    "I", "I'm"): perhaps a name."""
    words = text[start:stop].split()
    return any(w[:1].isupper() and w != "I" and not w.startswith(("I'", "I’")) for w in words[1:])


def _quoted_surname_subject(
    text: str, window: tuple[int, int], at: int, sex: str, *, resolver: Nearby, state: State
) -> str | None:
    """The person quoted before whose surname alone is the subject of the last sentence
    before ``at`` that opens on a name, in its paragraph: '"…," said Luis Bautista. His
    brother, Ray Bautista, is missing.' … "Bautista disputed that. '…,' he said" -> "Luis
    Bautista" (the one quoted, the most recent first); None when the sentence before opens
    on anything else, or on no quoted person's surname, or on one of another sex."""
    surnames = {p.rsplit(" ", 1)[-1] for p in state.people if " " in p}
    near = max(window[0], at - PRONOUN_REACH)  # (where `sentences_back` reads)
    if not any(text.find(word, near, at) >= 0 for word in surnames):
        return None  # (cheap first: no quoted person's surname before the quote)
    for start, stop in sentences_back(text, window[0], at, whole=True):
        if text[start : start + 1] in "\"“‘'" or resolver.is_quoted(start):
            continue  # (the quote's own sentences)
        if not any(text.find(word, start, stop) >= 0 for word in surnames):
            return None  # (no quoted person's surname in the sentence)
        subject = sentence_subject(text, start, max(start, stop - 1))
        if subject is None or subject.kind != "name":
            return None  # (only the sentence right before: "But Bautista disputed that.")
        word = subject.text
        if " " in word or not word.isalpha():
            return None
        quoted = (
            p
            for p in state.recent()
            if p in state.people
            and " " in p
            and p.rsplit(" ", 1)[-1] == word
            and resolver.gender_of(p) in (sex, None)
        )
        return next(quoted, None)
    return None


def _subject_of_sex(
    text: str, window: tuple[int, int], at: int, sex: str, resolver: Nearby
) -> str | None:
    """The person of two words or more named as the subject of the last sentence before
    ``at`` in its paragraph, when no other sex is known for them; else None."""
    lo = max(window[0], at - PRONOUN_REACH)
    if text.find(", who ", lo, at) < 0 and text.find(", a", lo, at) < 0:
        return None  # (cheap first: a known given name was read by `person_before` before)
    att = None
    for start, stop in sentences_back(text, lo, at)[:2]:
        # the sentence before, or the one before that when the pronoun's own sentence
        # opens it ("Speaking on the podcast, he said:"); a quote's own sentence is no one's
        if text[start : start + 1] in "\"“‘'":
            if stop == at:
                continue  # (the quote's own sentence: the one before it)
            return None
        att = sentence_subject(text, start, max(start, stop - 1))
        if stop < at or (att is not None and att.kind == "name"):
            break  # (the pronoun's own sentence names no one: the one before it)
    if att is None or att.kind != "name":
        return None
    full = _fullest_of(att, resolver)
    named = " ".join(full)
    if len(full) < 2 or not _person(full) or resolver.gender_of(named) not in (sex, None):
        return None
    # a person, as the words after the name tell: "Joost van Asselt, who sits on …", ", a
    # fund trustee,"; or as the given name does ("Mong Kok would be …" is a place)
    after = text[att.at + len(att.text) : att.at + len(att.text) + 6]
    if full[0] in vocabulary().given_any or after.startswith((", who ", ", a ", ", an ")):
        return named
    return None


# A description that opens a sentence, then a name in commas: "Her librettist, Funmi Adeyemi,"
_APPOSED_SUBJECT = lazy_compile(
    rf"""
    (?:
        (?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)  # "Her", "Another"
        (?:\ [\p{{Ll}}-]+){{1,3}}                                   # "librettist"
      | \p{{Lu}}\p{{Ll}}+(?:\ [\p{{Ll}}-]+)?\ (?P<role>[\p{{Ll}}-]+)      # or "Opposition leader"
        (?:\ (?:in|of|at|for|on)\ (?:the\ )?\p{{Lu}}\p{{Ll}}+){{0,2}}      # "in the Council"
    )
    ,\ (?P<name>{NAME_RUN_SRC}),\                              # ", Funmi Adeyemi, "
    """,
    regex.VERBOSE,
)


def _apposed_subject(
    text: str, window: tuple[int, int], at: int, sex: str, resolver: Nearby
) -> str | None:
    """The person of two words or more named in commas after a description that opens the
    sentence before ``at`` in its paragraph, when no other sex is known for them: "Her
    librettist, Funmi Adeyemi, was blunter. '…,' she said" -> "Funmi Adeyemi" (a subject
    newly introduced is whom the pronoun after it means, however little is known of the
    name), or after a role ("Opposition leader in the Council, Anitha Kumaraswamy, accused
    …"); else None."""
    lo = max(window[0], at - PRONOUN_REACH)
    if text.find(", ", lo, at) < 0:
        return None  # (cheap first: no apposition)
    for start, stop in sentences_back(text, lo, at)[:2]:
        if text[start : start + 1] in "\"“‘'":
            if stop == at:
                continue  # (the quote's own sentence: the one before it)
            return None
        m = _APPOSED_SUBJECT.match(text, start, stop)
        if m is None and stop == at:
            continue  # (the pronoun's own sentence: "In a post on X, she wrote:")
        if m is None or (m.group("role") and not vocabulary().personal(m.group("role"))):
            return None  # ("Speaking outside court, …": no role)
        words, _title = parse_name(m.group("name"), False)
        full = resolver.fullest(words, m.start("name"))
        named = " ".join(full)
        if _person(full) and resolver.gender_of(named) in (sex, None):
            return named
        return None
    return None


def _fullest_of(att: Attribution, resolver: Nearby) -> tuple[str, ...]:
    """The fullest form the article gives of a name that opens a sentence."""
    words, _title = parse_name(att.text, True)
    return resolver.fullest(words, att.at)


def _person(full: tuple[str, ...]) -> bool:
    """Whether a fullest name is a person's: two words or more, no organisation, no place
    ("Black Sea"), no demonym first ("Chinese Tesla")."""
    v = vocabulary()
    return (
        len(full) > 1
        and not is_org(full)
        and full[-1].casefold() not in v.place_words
        and full[0] not in v.demonyms
    )


MAX_INTRODUCTION = 200
"""The longest paragraph of one sentence that introduces the speaker of the quote paragraph
under it ("Maria Okafor, a senator from Ohio, was blunt.")."""


def _introduced(text: str, lo: int, hi: int, resolver: Nearby) -> str | None:
    """The person a short paragraph of one sentence, just before a quote paragraph with no
    attribution, is about: its subject, a name of two words or more that is a person's (a
    given name or a title tells)."""
    if (
        hi - lo > MAX_INTRODUCTION
        or text[hi - 1] not in ".:"
        or after_sentence_end(text, lo, hi - 1) >= 0
    ):
        return None
    att = sentence_subject(text, lo, hi)
    if att is None or att.kind != "name" or att.text.isupper() or not _opens(text, lo, att.at):
        # "The company's chief executive, Jane Roe, was more cautious."
        att = colon_subject(text, lo, hi - 1)
        if att is None or att.kind != "name":
            return None
    full = _fullest_of(att, resolver)
    name = " ".join(full)
    if len(full) < 2 or is_org(full) or resolver.gender_of(name) is None:
        return None
    return name


def _opens(text: str, lo: int, at: int) -> bool:
    """Whether the name at ``at`` opens the paragraph at ``lo``, perhaps after its employer
    and role ("Federated Farmers president Wayne Langford was blunt."): a few words, one of
    them in lower case, and no comma."""
    head = text[lo:at]
    return not head or (
        "," not in head and head.count(" ") <= MAX_ROLE_WORDS and not head.istitle()
    )


MAX_ROLE_WORDS = 6
"""How many words an employer and a role before a name may have (`_opens`)."""


def _next_turn(text: str, stretches: list[Stretch], k: int) -> str | None:
    """The speaker of quote ``k``, a paragraph of its own with no attribution, when the two
    quotes before it, in the two paragraphs before, are a question and its answer by two
    people: a question again is the questioner's, and an answer to a question that followed
    an answer is the answerer's ("'Did anyone ask you?' Hutchins asked." / "'No,' Pruett
    said." / "'Not one phone call?'" -> Hutchins / "'Not one.'" -> Pruett); else None."""
    if k < 2:
        return None
    q, last, before = stretches[k], stretches[k - 1], stretches[k - 2]
    if not (
        last.para == q.para - 1
        and before.para == last.para - 1
        and last.speaker
        and before.speaker
        and last.speaker != before.speaker
    ):
        return None
    asks = _asks_in(text, q)
    if asks and _asks_in(text, before) and not _asks_in(text, last):
        return before.speaker  # (the question after the answer: the questioner's)
    if not asks and _asks_in(text, last) and not _asks_in(text, before):
        return before.speaker  # (the answer after the question: the answerer's)
    return None


def _asks_in(text: str, q: Stretch) -> bool:
    """Whether a quote ends in a question mark: a question."""
    return text[q.start : q.end].rstrip()[-1:] == "?"


def _fallback(
    text: str,
    spans: list[tuple[int, int]],
    stretches: list[Stretch],
    k: int,
    *,
    resolver: Nearby,
    state: State,
    seen: dict[int, str | None],
) -> str | None:
    """The speaker of a quote with no attribution of its own."""
    q = stretches[k]
    ps, _pe = spans[q.para]
    windows = _windows(spans, q)
    if text.startswith(_ANSWER_LABELS, ps):  # 'A: "For the most part, yes."': the person
        named = _answerer(text, spans, q.para, resolver)  # the outlet asked
        if named is not None:
            return named
    # the "she" of the quote's sentence: 'Brandt emailed him. … She remembers it as "maybe a
    # page." Either way, he wrote back. "…," he says' (hers, not the next quote's; but 'She
    # said Reyes called it "…"' is Reyes's, `namer`)
    inside = q.open_at > ps and not sentence_start_at(text, q.open_at)
    own_att = _sex_pronoun_subject(text, ps, q.open_at) if inside else None
    if own_att is not None and namer(text, ps, q.open_at, resolver) is None:
        return _resolve(text, own_att, windows, resolver, state)
    # the next quote of the paragraph, when its attribution follows it: '"A." "B," she said.'
    nxt = stretches[k + 1] if k + 1 < len(stretches) else None
    if (
        nxt is not None
        and nxt.para == q.para
        and nxt.attribution is not None
        and nxt.attribution.at > nxt.start
    ):
        return _resolve(text, nxt.attribution, windows, resolver, state)
    # said earlier in the paragraph: 'Smith said the plan failed. "It was a mess."', unless
    # the quote's own sentence names its subject ('Nike said. Matthew Friend called it "…"')
    att = state.event(text, ps, q.open_at)
    cut = after_sentence_end(text, att.at, q.open_at) if att is not None and inside else -1
    if cut >= 0:
        found = _paper_speaker(
            text, cut, q.open_at, windows, resolver=resolver, state=state
        )
        if found is not None:  # '… Vance alleged … The band's answer called the suit "…"'
            return found
        own = _named_subject(text, ps, q.open_at, resolver) or namer(
            text, cut, q.open_at, resolver
        )  # ("… argued that … One of them, Darnell Whitfield-Osei, called it "…"")
        if own is not None:
            return own
    if att is not None:
        return _resolve(text, att, windows, resolver, state)
    if q.open_at == ps and q.para + 1 < len(spans):
        # '"We are not animals."' then 'That was the plea from Thandiwe Ngcobo, 61, …'
        named = named_below(text, spans[q.para + 1], resolver)
        if named is not None:
            return named
    # a quote inside a sentence about a named person: 'Jane Roe called the plan "a sweep"'
    subject: Attribution | None = None  # (the subject of the quote's sentence, when inside)
    if inside and text.find("You", max(ps, q.open_at - PRONOUN_REACH), q.open_at) >= 0:
        # (cheap first, and bounded as `last_sentence_at` reads: linear on any paragraph)
        opened = last_sentence_at(text, ps, q.open_at)
        if opened == ps:  # ("**Dana Whitcomb:** You've called this …": past the label)
            opened = after_label(text, (ps, q.open_at))
        if opened >= 0 and text.startswith(_YOU_OPENERS, opened):
            # an interviewer's question: 'You said last year that "safety is the whole
            # ballgame." What has changed?' quotes the person interviewed
            named = _interviewed(text, spans, q.para, resolver)
            if named is not None:
                return named
    if inside:
        phoned = _called_about(text, ps, q.open_at)
        caller = _caller(text, ps, phoned, resolver) if phoned >= 0 else None
        if caller is not None:  # 'a farmer outside Broken Bow called the lab about "…"'
            return caller
        named = namer(text, ps, q.open_at, resolver) if phoned < 0 else None
        if named is not None:  # '… after the Air Force called the project "a threat"'
            return named
        opened = last_sentence_at(text, ps, q.open_at)
        found = _paper_speaker(
            text, opened, q.open_at, windows, resolver=resolver, state=state
        )
        if found is not None:  # 'Judge Maria Okafor … Her ruling called the law "…"'
            return found
        att = subject = sentence_subject(text, ps, q.open_at)
        v = vocabulary()
        if att is not None and att.kind == "name":
            full = _fullest_of(att, resolver)
            if _person(full):
                return " ".join(full)
            if len(full) == 1 and full[0].casefold() in v.group_nouns:
                return full[0]  # 'Critics called the plan "a recipe for disaster"'
        elif att is not None and att.kind == "descriptor":
            head = att.text.split()[-1].casefold()
            if head in v.role_nouns or head in v.person_nouns:
                # 'The school's head teacher described the meals as "…"'; the name given
                # after it: "A neighbor who gave only her first name, Delia, because …"
                return named_after(text, att, resolver) or att.text
        elif att is not None and v.pronouns.get(att.text.casefold()) in ("m", "f"):
            return _resolve(text, att, windows, resolver, state)  # 'She thanked "every …"'
    if q.open_at > ps:  # someone named earlier in the quote's sentence: 'The minister,
        # Fiona Grady, was more positive — "We will look at it" — but …'
        lo = max(ps, q.open_at - 300)  # bounded: linear
        lo = max(lo, after_sentence_end(text, lo, q.open_at))
        named = resolver.person_before(q.open_at, [(lo, q.open_at)], None, state.people)
        if named is not None:
            return named
    if q.open_at > ps and not inside:  # 'She was more cautious. "We don't know yet."'
        before = sentence_subject(text, ps, q.open_at - 1)
        if (
            before is not None
            and before.kind == "pronoun"
            and vocabulary().pronouns.get(before.text.casefold()) in ("m", "f")
        ):
            return _resolve(text, before, windows, resolver, state)
        if before is not None and before.kind == "name":
            # 'Lise Berg of Aarhus University, who was not involved, is skeptical. "A lab
            # result this clean rarely survives a real meadow."': the person just introduced
            full = _fullest_of(before, resolver)
            if len(full) > 1 and _person(full):
                return " ".join(full)
    if q.open_at == ps:  # the next turn of an exchange: '"Did anyone ask you?" Hutchins
        turn = _next_turn(text, stretches, k)  # asked.' '"No," Pruett said.' '"Not one
        if turn is not None:  # phone call?"' (Hutchins) '"Not one."' (Pruett)
            return turn
    # a quote paragraph continues the previous quote paragraph's speaker
    if q.para - 1 in seen:
        return seen[q.para - 1]
    if q.para > 0:
        pps, ppe = spans[q.para - 1]
        if q.open_at == ps:  # "The National asked Abdulmohsen Kalbat … about the timeline."
            asked = interviewee(text, (pps, ppe))  # then the answers, in quote paragraphs
            if asked is not None:
                return " ".join(resolver.fullest(tuple(asked.split()), pps))
        if q.open_at == ps and _asks(text, (pps, ppe)):  # "Sky News asked Mr Lowe about
            asked = _answerer(text, spans, q.para, resolver)  # …" / "What did your dog make
            if asked is not None:  # of it?" / '"She was more interested in a crab."': the
                return asked  # answer under a question is the person interviewed
        att = state.event(text, pps, ppe)
        if att is not None:
            return _resolve(text, att, windows, resolver, state)
        if q.open_at == ps:  # a quote paragraph after a sentence about someone: 'Maria
            # Okafor, a senator from Ohio, was blunt.' then '"This will cost jobs."'
            named = _introduced(text, pps, ppe, resolver)
            if named is not None:
                return named
    # the person the quote's sentence is about: 'Gates this week issued a list of "…"'
    att = subject if inside else sentence_subject(text, ps, q.open_at)  # (read once)
    if att is not None and att.kind == "name":
        full = _fullest_of(att, resolver)
        if len(full) > 1 and not is_org(full):
            return " ".join(full)
    return state.last


# A call or a message about what the quote says, right before it: "called the state's film
# preservation lab about "…"", "rang the council about "…"" (no naming: "called it "…"")
_CALLED_ABOUT = lazy_compile(
    r"""
    (?<![\p{L}\p{M}])
    (?:called|phoned|rang|emailed|texted|contacted)  # a call or a message
    \ [^"“”«»„.!?;:]{1,80}?                                    # to whom
    \ about\ \Z                                              # about, up to the quote
    """,
    regex.VERBOSE,
)

# An unnamed person described in lower case: "a farmer outside Broken Bow", "an elderly
# resident": the article and the words after it (which of them is the noun: `_caller`)
_DESCRIBED_CALLER = lazy_compile(
    r"""
    (?<![\p{L}\p{M}])(?:a|an|one)                  # "a",
    (?:\ [\p{Ll}-]+(?![\p{L}\p{M}])){1,3}          # "elderly resident"
    """,
    regex.VERBOSE,
)

NAMED_LATER_REACH = 5000
"""How many characters after an unnamed caller `_caller` reads for the name the story gives
them later ("The farmer, Dale Brunner, kept apologizing")."""


@cache
def _owned_paper_re() -> regex.Pattern[str]:
    """A document with its owner opening a sentence, then its verb: "Her ruling called",
    "The band's answer, filed months later, called" (the documents of `document_nouns`)."""
    nouns = "|".join(sorted(vocabulary().document_nouns, key=len, reverse=True))
    return regex.compile(
        rf"""
        (?P<paper>
          (?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir                  # "Her", "Its", or
            | (?:[Tt]he\ \p{{Ll}}+|{NAME_RUN_SRC})['’]s?)   # "The band's", "Smith's"
          (?:\ [\p{{Ll}}-]+){{0,2}}?                         # "original", "amended"
          \ (?:{nouns}))                                     # "ruling", "answer"
        (?:,\ [^,"“”«»„.!?;:]{{1,60}},)?                     # ", filed months later,"
        \ (?:\p{{Ll}}+ly\ |also\ )?                         # "also", "bluntly"
        (?P<verb>\p{{Ll}}{{2,}}(?:ed|s))\                      # "called", "calls"
        [^"“”«»„.!?;:]{{0,100}}                               # the object: "the law"
        \Z                                                   # up to the quote
        """,
        regex.VERBOSE,
    )


def _owned_paper(text: str, lo: int, at: int) -> Attribution | None:
    """The document whose words the quote at ``at`` gives, when a document with its owner
    is the subject of the quote's sentence (opening at ``lo``): "Her ruling called the law
    "an unconstitutional burden"", "The band's answer, filed months later, called the suit
    "a work of fiction"" -> "Her ruling", "The band's answer" (resolved, as printed, to the
    owner: the judge named before, the band; never the object of the verb nor the last
    speaker, whose filing the sentence before may have quoted); else None."""
    if at - lo > 260 or (
        text.find("'", lo, at) < 0
        and text.find("’", lo, at) < 0
        and text[lo : lo + 6].split(" ", 1)[0].casefold() not in ("her", "his", "its", "their")
    ):
        return None  # cheap first: an owner is a possessive, or one of four pronouns
    m = _owned_paper_re().match(text, lo, at)
    if m is None:
        return None
    return Attribution(m.group("paper"), "descriptor", m.group("verb"), m.start("paper"))


def _paper_speaker(
    text: str,
    lo: int,
    at: int,
    windows: list[tuple[int, int]],
    *,
    resolver: Nearby,
    state: State,
) -> str | None:
    """The owner of the document of `_owned_paper` in the sentence opening at ``lo`` (-1:
    none), when it resolves to someone ("Her ruling" -> the judge named before); else None."""
    if lo < 0:
        return None
    while lo < at and text[lo] in " \u00a0":  # (after a quote's closing mark: ' The band's')
        lo += 1
    paper = _owned_paper(text, lo, at)
    if paper is None:
        return None
    found = _resolve(text, paper, windows, resolver, state)
    return found if found is not None and found != paper.text else None


def _called_about(text: str, ps: int, at: int) -> int:
    """Where the verb of a call or a message about the quote stands in the clause right before
    ``at`` (the quote's opening mark in the paragraph starting at ``ps``): "… called the
    state's film preservation lab about "some old cans"" (what the caller said, not a name
    given to a thing); else -1."""
    start = max(ps, at - 100)  # (a bounded window: linear)
    if text.find(" about ", start, at) < 0:
        return -1  # (cheap first: most quotes follow no "about")
    m = _CALLED_ABOUT.search(text, start, at)
    return m.start() if m is not None else -1


def _caller(text: str, ps: int, verb: int, resolver: Nearby) -> str | None:
    """Who made the call or sent the message whose verb is at ``verb``: the first person
    described in lower case in its sentence before the verb ("Last fall, a farmer outside
    Broken Bow, Nebraska, called the lab about "…"" -> "a farmer", the places after it no
    one), by the name given in commas after it; else a person's name that is the sentence's
    subject ("Jane Roe phoned the council about "…""); else None."""
    opened = last_sentence_at(text, ps, verb)
    start = opened if opened >= 0 else max(ps, verb - PRONOUN_REACH)
    v = vocabulary()
    for m in _DESCRIBED_CALLER.finditer(text, start, verb):
        words = m.group().split()
        k = next((k for k in range(1, len(words)) if v.personal(words[k])), 0)
        if k:
            described = Attribution(" ".join(words[: k + 1]), "descriptor", None, m.start())
            return (
                named_after(text, described, resolver)
                or _named_later(text, words[k], verb, resolver)
                or described.text
            )
    att = sentence_subject(text, start, verb)
    if att is not None and att.kind == "name":
        full = _fullest_of(att, resolver)
        if len(full) > 1 and _person(full):
            return " ".join(full)
    return None


def _named_later(text: str, noun: str, at: int, resolver: Nearby) -> str | None:
    """The person the story names later in commas after "the" and ``noun``, within
    `NAMED_LATER_REACH` after ``at``: "a farmer … called the lab about "…"" … "The farmer,
    Dale Brunner, kept apologizing" -> "Dale Brunner"; else None."""
    end = min(len(text), at + NAMED_LATER_REACH)
    for opener in (f"The {noun}, ", f"the {noun}, "):
        found = text.find(opener, at, end)
        if found < 0:
            continue
        lo = found + len(opener)
        run = name_run().match(text, lo, min(end, lo + 60))
        if run is not None and text.startswith(",", run.end()):
            named = _person_named(run.group(), run.start(), resolver)
            if named is not None:
                return named
    return None


def _body_for_role(
    att: Attribution, head: str, window: tuple[int, int], resolver: Nearby, state: State
) -> str | None:
    """The organisation a role noun that may also be a body's stands for ("the forecaster",
    "the broadcaster"): the one named in the quote's own paragraph before it, when no person
    is: "Meanwhile, the Met Office has extended its amber warning. In a post on X, the
    forecaster wrote: '…'" is the Met Office, not a police officer quoted the paragraph
    before. Else None (a person: "BBC forecaster Jo Roe said … the forecaster added")."""
    if head not in vocabulary().body_role_nouns or len(att.text.split()) != 2:
        return None
    lo = window[0]
    if resolver.person_before(att.at, [(lo, att.at)], None, state.people) is not None:
        return None
    return resolver.org_before(att.at, [(lo, att.at)], att.text, state.people, named=True)
