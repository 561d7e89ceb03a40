"""Direct quotes: every stretch between quotation marks in the body, with its speaker.

The recipe, per article: scan each paragraph's quotation marks, deciding from the
characters around each straight or curly mark whether it opens or closes (scraped text
mixes and loses marks); keep stretches of three words or more that are not titles of
works; link a paragraph left open to the next paragraph that opens with a mark; read the
attribution around each quote (``newsparse.speakers``); resolve speakers to the fullest
name; quotes without an attribution of their own continue the speaker before them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import islice

import regex

from newsparse.models import Quote, Span, Speaker
from newsparse.speakers import (
    CUE_FORMS,
    DOCUMENT_NOUNS,
    GIVEN_NAMES,
    ORG_NOUNS,
    PRONOUNS,
    RELAY_NOUNS,
    Attribution,
    Resolver,
    attribute,
    indirect_speaker,
    is_org,
    name_words,
    possessor,
    sentence_start_at,
    sentence_subject,
    split_name,
)

__all__ = ["find_quotes"]

# Quotation marks are found with str.find (one pass per mark, at C speed), not a regex.
DOUBLE_MARKS = '"“”„‟«»〝〞〟＂'  # every double quotation mark
SINGLE_MARKS = "'‘’‚‛‹›"  # every single quotation mark (and apostrophes)

ALWAYS_CLOSES = frozenset("»〞〟›")
CAN_PRECEDE_OPEN = frozenset(" \t\u00a0\n([{—–-/…:")
CAN_FOLLOW_CLOSE = frozenset(" \t\u00a0\n.,;:!?)]}—–-…\"“”„«»'‘’")

# An apostrophe that starts a word, not a quote: 'em, '90s, 'til, 'cause, 'n', 'tis.
ELISION = regex.compile(
    r"""
    ['‘’]                                  # the apostrophe
    (?:\d\d(?:s|\b)                        # '90s, '22
      | (?:em|til|cause|cos|n|tis|twas|bout|round)\b )  # clipped words
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")  # one word of a skip text

# What names the quoted words as a title, not speech: 'an article headlined "..."'.
TITLE_LEAD = regex.compile(
    r"""
    \b(?:titled|entitled|headlined|headline|dubbed|called|named|slogan|hashtag)  # a naming word
    [\s,:]*\Z                                                             # right before the mark
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_EDGE = "\"'“”‘’„«»()[]{},.;:!?…—–-*"
# Where the last sentence before a lost opening mark starts (matched backwards).
LAST_SENTENCE = regex.compile(
    r"""(?r)
    (?:\A|(?<=[.!?…]["”’]?)[\ \u00a0]+)   # the paragraph start, or a sentence end and space
    (?=\p{Lu})                             # then a capital
    """,
    regex.VERBOSE,
)
# A quoted phrase used as the subject of "is": '"Buy the thing" is the only demand'.
MENTION_VERB = regex.compile(r"[\ \u00a0]+(?:is|was|are|were|has|had|remains|became)\b")
MINOR_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "nor", "but", "with",
    "from", "by", "as", "vs", "via", "into", "onto", "up", "is", "are", "be", "it", "its", "than",
    "so", "not", "no", "my", "your", "our", "his", "her", "their", "over", "out", "off",
})  # fmt: skip


@dataclass(slots=True)
class _Stretch:
    """A quoted stretch: ``text[start:end]`` inside the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset after the closing mark, or the paragraph end when unclosed
    para: int
    closed: bool
    continues: bool = False  # opens a paragraph that continues an unclosed quote
    attribution: Attribution | None = None
    speaker: str | None = None


def _mark_positions(text: str, spans: list[tuple[int, int]], marks: str) -> list[int]:
    """Sorted offsets of every character of ``marks`` within the spans' extent."""
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    out: list[int] = []
    for c in marks:
        i = text.find(c, lo, hi)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1, hi)
    out.sort()
    return out


def _scan(
    text: str, start: int, end: int, marks: list[int], single: bool
) -> list[tuple[int, int, int, bool]]:
    """(open mark, inner start, inner end, closed) for each stretch of one paragraph."""
    out: list[tuple[int, int, int, bool]] = []
    opened = -1
    opener = ""
    for k in range(bisect_left(marks, start), len(marks)):
        i = marks[k]
        if i >= end:
            break
        c = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        can_open = prev in CAN_PRECEDE_OPEN and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in CAN_FOLLOW_CLOSE or i + 1 == end)
        if single:
            if opened < 0:
                if can_open and c not in "’›" and not ELISION.match(text, i, end):
                    opened, opener = i, c
            elif can_close and c not in "‘‚‛‹" and not _possessive(text, i, end):
                out.append((opened, opened + 1, i, True))
                opened = -1
            continue
        if opened < 0:
            if (
                c in ALWAYS_CLOSES
                or (c == "”" and not can_open)
                or (c in '"＂' and can_close and not can_open)
            ):
                lost = _lost_opening(text, out[-1][2] + 1 if out else start, i, end)
                if lost is not None:  # 'I pray for them,” she said.': the opening mark was lost
                    out.append((lost, lost, i, True))
                continue
            opened, opener = i, c
            continue
        closes = (
            c in ALWAYS_CLOSES
            or c == "”"
            or (c == "“" and (opener == "„" or not can_open or can_close))
        )
        if c in '"＂':
            closes = can_close or not can_open
        if closes:
            out.append((opened, opened + 1, i, True))
            opened = -1
        elif can_open and not can_close:  # a new quote opens: the last one lost its closing mark
            out.append((opened, opened + 1, i, False))
            opened, opener = i, c
    if opened >= 0:
        out.append((opened, opened + 1, end, False))
    return out


def _lost_opening(text: str, lo: int, close: int, end: int) -> int | None:
    """Where a quote starts whose closing mark ``close`` has no opening mark, if it is speech.

    Only a closing mark right after a comma or full stop and right before a speech verb
    ('…survive,” she said') counts; the quote then starts at its sentence's start.
    """
    if close == lo or text[close - 1] not in ",.!?":
        return None
    after = text[close + 1 : min(end, close + 40)].split()[:3]
    if not any(word.strip(",.:;") in CUE_FORMS for word in after):
        return None
    m = LAST_SENTENCE.search(text, max(lo, close - 600), close)
    return m.end() if m is not None else None


def _possessive(text: str, i: int, end: int) -> bool:
    """A plural possessive ("the students' union") rather than a closing single mark."""
    return (
        i > 0
        and text[i - 1] == "s"
        and i + 2 < end
        and text[i + 1] == " "
        and text[i + 2].islower()
        and any(m in text[i + 1 : end] for m in "'’")
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _norm(s: str) -> str:
    return " ".join(w.casefold() for w in WORD.findall(s))


def _is_quote(
    text: str, start: int, end: int, open_at: int, lo: int, *, skip: frozenset[str]
) -> bool:
    """Three words or more, not a title of a work, not a headline of the article."""
    words = text[start:end].split()
    if len(words) < 3:
        return False
    if len(words) < 6:
        words = [w for w in words if any(ch.isalnum() for ch in w)]
        if len(words) < 3:
            return False
    if len(words) <= 12 and words[-1][0].isupper() and all(_title_word(w) for w in words):
        return False  # "Once Upon a Time in Hollywood", "The Marvelous Mrs Maisel"
    if TITLE_LEAD.search(text, max(lo, open_at - 20), open_at):
        return False
    if skip:
        key = _norm(text[start:end])
        return not any(key in s for s in skip)
    return True


def _title_word(word: str) -> bool:
    core = word.strip(_EDGE)
    return not core or core[0].isupper() or core[0].isdigit() or core.casefold() in MINOR_WORDS


def _stretches(
    text: str, spans: list[tuple[int, int]], skip: frozenset[str], marks: list[int], single: bool
) -> tuple[list[_Stretch], list[tuple[int, int]]]:
    """The quotes of every paragraph, and every marked stretch, quote or not."""
    out: list[_Stretch] = []
    left_open = False
    marked: list[tuple[int, int]] = []
    for p, (ps, pe) in enumerate(spans):
        raw = _scan(text, ps, pe, marks, single)
        marked.extend((a, b) for _o, a, b, _c in raw)
        opens_para = bool(raw) and not text[ps : raw[0][0]].strip()
        for k, (open_at, inner_start, inner_end, closed) in enumerate(raw):
            s, e = _trim(text, inner_start, inner_end)
            if not _is_quote(text, s, e, open_at, ps, skip=skip):
                continue
            close_at = e + 1 if closed else pe
            out.append(
                _Stretch(
                    s,
                    e,
                    open_at,
                    min(close_at, pe),
                    p,
                    closed,
                    continues=k == 0 and opens_para and left_open,
                )
            )
        left_open = bool(raw) and not raw[-1][3] and bool(out) and out[-1].para == p
    return out, marked


def find_quotes(
    text: str, spans: list[tuple[int, int]], *, skip: frozenset[str] = frozenset()
) -> tuple[list[Quote], list[Speaker]]:
    """Every direct quote in the given stretches of ``text``, with its speaker.

    ``spans`` are the (start, end) offsets of the body paragraphs in reading order;
    ``skip`` holds texts (headline, subheadings) whose quoted words are not quotes.
    """
    spans = [(max(0, s), min(len(text), e)) for s, e in spans if s < e]
    if not spans:
        return [], []
    skip = frozenset(_norm(s) for s in skip)
    stretches, marked = _stretches(
        text, spans, skip, _mark_positions(text, spans, DOUBLE_MARKS), single=False
    )
    if len(stretches) <= 2:  # few double quotes: perhaps an outlet that quotes with single marks
        singles, single_marked = _stretches(
            text, spans, skip, _mark_positions(text, spans, SINGLE_MARKS), single=True
        )
        if len(singles) > len(stretches):
            stretches, marked = singles, single_marked
    if not stretches:
        return [], []
    resolver = Resolver(text, marked)
    _attribute_all(text, spans, stretches)
    stretches = [q for q in stretches if q.attribution or not _mentioned(text, q)]
    _resolve_all(text, spans, stretches, resolver)
    quotes = [
        Quote(
            text=text[q.start : q.end],
            speaker=q.speaker,
            speaker_text=q.attribution.text if q.attribution else None,
            cue=q.attribution.cue if q.attribution else None,
            span=Span(start=q.start, end=q.end),
        )
        for q in stretches
    ]
    counts: dict[str, int] = {}
    for q in stretches:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    speakers = [Speaker(name=n, title=resolver.titles.get(n), quotes=c) for n, c in counts.items()]
    return quotes, speakers


def _mentioned(text: str, q: _Stretch) -> bool:
    """Words quoted to talk about them, not speech: '"Where did it go wrong" is the question.'"""
    if text[q.end - 1] in ".,!?;:…" or not sentence_start_at(text, q.open_at):
        return False
    return MENTION_VERB.match(text, q.close_at, min(len(text), q.close_at + 12)) is not None


def _attribute_all(text: str, spans: list[tuple[int, int]], stretches: list[_Stretch]) -> None:
    """Read each quote's own attribution from the gaps around it in its paragraph."""
    for k, q in enumerate(stretches):
        ps, pe = spans[q.para]
        lo = stretches[k - 1].close_at if k and stretches[k - 1].para == q.para else ps
        hi = (
            stretches[k + 1].open_at
            if k + 1 < len(stretches) and stretches[k + 1].para == q.para
            else pe
        )
        q.attribution = attribute(text, (lo, q.open_at), (q.close_at, hi))


def _resolve(
    text: str, att: Attribution, windows: list[tuple[int, int]], resolver: Resolver, state: _State
) -> str | None:
    """The resolved speaker of one attribution; ``windows`` is where a pronoun's person may be."""
    last = state.last
    if att.kind == "pronoun":
        kind = PRONOUNS.get(att.text.casefold(), "self")
        if kind in ("m", "f"):
            people = state.people
            name = _speech_event(text, att, windows, resolver=resolver, state=state, sex=kind)
            name = name or resolver.person_before(att.at, windows, kind, people)
            if name is None and last and last[0].islower() and last.split()[-1] not in ORG_NOUNS:
                name = last  # "one mother wrote …" then "she said"
            # any two-word name in this paragraph or the one before, then the last speaker
            name = name or resolver.person_before(att.at, windows[:2], kind, people, strict=False)
            if name is None:
                fits = (
                    p
                    for p in state.recent()
                    if p in people and resolver.gender_of(p) in (kind, None)
                )
                name = next(fits, None)
            name = name or resolver.person_before(att.at, windows, kind, people, strict=False)
            if name:
                resolver.gender.setdefault(name, kind)
                state.add_person(name, resolver)
            return name
        if kind == "group":
            if last is not None and last not in state.people and resolver.gender_of(last) is None:
                return last
            return resolver.org_before(att.at, windows, "", state.people) or last
        return last
    if att.kind == "descriptor":
        words = att.text.split()
        head = words[-1].casefold()
        if head in RELAY_NOUNS:  # "the statement said": whoever issued the statement
            if head not in state.relay:
                found = _relay(text, att, head, windows, resolver=resolver, state=state)
                state.relay[head] = found or last
            return state.relay[head]
        if head in ORG_NOUNS:
            found = resolver.org_before(att.at, windows, att.text, state.people, state.wide)
            return found or att.text
        if words[0] in ("the", "The") and len(words) <= 3 and head not in DOCUMENT_NOUNS:
            same = next((p for p in state.recent() if p.split()[-1].casefold() == head), None)
            if same:  # "an insider said" … "the insider added"
                return same
            if head.endswith("s"):
                return att.text
            person = next((p for p in state.recent() if p in state.people), None)
            person = person or resolver.person_before(att.at, windows, None, state.people)
            person = person or resolver.person_before(
                att.at, windows, None, state.people, strict=False
            )
            return (
                person or att.text
            )  # "the 56-year-old", "the singer": the person last quoted or named
        return att.text
    words_, title = split_name(name_words(att.text), sentence_start_at(text, att.at))
    if not words_:
        return last
    full = " ".join(resolver.fullest(words_, att.at))
    if title:
        resolver.titles.setdefault(full, title)
    if not is_org(tuple(full.split())):
        state.add_person(full, resolver)
    return full


def _speech_event(
    text: str,
    att: Attribution,
    windows: list[tuple[int, int]],
    *,
    resolver: Resolver,
    state: _State,
    sex: str,
) -> str | None:
    """Who spoke in reported speech just before: 'A source has told Reuters. "…," he said.'"""
    for lo, hi in windows[:2]:
        event = state.event(text, lo, min(hi, att.at))
        if event is None or event.at >= att.at or event.kind == "pronoun":
            continue
        if event.kind == "descriptor":  # "a source close to the talks has told Reuters"
            parts = event.text.split()
            if len(parts) > 1 and parts[0] in ("a", "an", "one", "another"):
                return event.text if parts[-1].casefold() not in ORG_NOUNS else None
            return None
        words, title = split_name(name_words(event.text), sentence_start_at(text, event.at))
        full = resolver.fullest(words, event.at)
        key = " ".join(full)
        person = key in state.people or bool(title) or (len(full) > 1 and full[0] in GIVEN_NAMES)
        if person and not is_org(full) and resolver.gender_of(key) in (sex, None):
            return key
        return None
    return None


def _relay(
    text: str,
    att: Attribution,
    noun: str,
    windows: list[tuple[int, int]],
    *,
    resolver: Resolver,
    state: _State,
) -> str | None:
    """Who issued the statement that "the statement said": 'Acme issued a statement on Monday.'"""
    for lo, hi in windows:
        i = text.rfind(noun, lo, min(hi, att.at))
        for _ in range(4):
            if i < 0:
                break
            if resolver.is_quoted(i) or text[i + len(noun) : i + len(noun) + 1].isalpha():
                i = text.rfind(noun, lo, i)
                continue
            subject = possessor(text, lo, i) or sentence_subject(text, lo, i)
            if subject is not None and subject.text.split()[-1].casefold() not in RELAY_NOUNS:
                if subject.kind == "descriptor":
                    head = subject.text.split()[-1].casefold()
                    found = resolver.org_before(subject.at, windows, subject.text, state.people)
                    if head in ORG_NOUNS and found:
                        return found
                else:
                    return _resolve(text, subject, windows, resolver, state)
            i = text.rfind(noun, lo, i)
    return None


@dataclass(slots=True)
class _State:
    """What resolution remembers while reading: the last speaker and the people quoted."""

    last: str | None = None
    people: set[str] = field(default_factory=set)
    order: dict[str, None] = field(default_factory=dict)  # speakers, most recent last
    relay: dict[str, str | None] = field(default_factory=dict)  # "statement": who issued it
    events: dict[tuple[int, int], Attribution | None] = field(default_factory=dict)
    wide: list[tuple[int, int]] = field(default_factory=list)  # the current paragraph and 11 before

    def event(self, text: str, lo: int, hi: int) -> Attribution | None:
        """The last reported speech in ``text[lo:hi]`` ('Smith said the plan failed'), cached."""
        key = (lo, hi)
        if key not in self.events:
            self.events[key] = indirect_speaker(text, lo, hi)
        return self.events[key]

    def add_person(self, name: str, resolver: Resolver) -> None:
        """Remember ``name`` as a person who speaks in this article."""
        self.people.add(name)
        resolver.known_last.add(name.rsplit(" ", 1)[-1])

    def recent(self) -> list[str]:
        """The last few speakers, most recent first."""
        return list(islice(reversed(self.order), 30))


def _windows(spans: list[tuple[int, int]], q: _Stretch) -> list[tuple[int, int]]:
    """Where a pronoun's person is looked for: this paragraph, then the three before."""
    return [spans[p] for p in range(q.para, max(-1, q.para - 4), -1)]


def _resolve_all(
    text: str, spans: list[tuple[int, int]], stretches: list[_Stretch], resolver: Resolver
) -> None:
    """Give every quote a speaker, in reading order."""
    # A quote that runs over paragraphs takes its attribution from whichever paragraph has one.
    chain_att: dict[int, Attribution | None] = {}
    head = 0
    for k, q in enumerate(stretches):
        if not q.continues:
            head = k
        if q.attribution is not None and chain_att.get(head) is None:
            chain_att[head] = q.attribution
        chain_att[k] = chain_att.get(head) if q.continues or k == head else None
    # second pass fills earlier members of a chain whose attribution came later
    for k in range(len(stretches) - 1, 0, -1):
        if stretches[k].continues and chain_att.get(k - 1) is None:
            chain_att[k - 1] = chain_att.get(k)
    state = _State()
    para_speaker: dict[int, str | None] = {}
    for k, q in enumerate(stretches):
        windows = _windows(spans, q)
        state.wide = [spans[p] for p in range(q.para, max(-1, q.para - 12), -1)]
        att = q.attribution or chain_att.get(k)
        name: str | None = None
        if att is not None:
            name = _resolve(text, att, windows, resolver, state)
        elif k and stretches[k - 1].para == q.para and stretches[k - 1].speaker:
            name = stretches[k - 1].speaker
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


def _fallback(
    text: str,
    spans: list[tuple[int, int]],
    stretches: list[_Stretch],
    k: int,
    *,
    resolver: Resolver,
    state: _State,
    seen: dict[int, str | None],
) -> str | None:
    """The speaker of a quote with no attribution of its own."""
    q = stretches[k]
    ps, _pe = spans[q.para]
    windows = _windows(spans, q)
    # the next quote of the paragraph, when its attribution follows it: '"A." "B," she said.'
    nxt = stretches[k + 1] if k + 1 < len(stretches) else None
    if (
        nxt is not None
        and nxt.para == q.para
        and nxt.attribution is not None
        and nxt.attribution.at > nxt.start
    ):
        return _resolve(text, nxt.attribution, windows, resolver, state)
    # said earlier in the paragraph: 'Smith said the plan failed. "It was a mess."'
    att = state.event(text, ps, q.open_at)
    if att is not None:
        return _resolve(text, att, windows, resolver, state)
    # a quote paragraph continues the previous quote paragraph's speaker
    if q.para - 1 in seen:
        return seen[q.para - 1]
    if q.para > 0:
        pps, ppe = spans[q.para - 1]
        att = state.event(text, pps, ppe)
        if att is not None:
            return _resolve(text, att, windows, resolver, state)
    # the person the quote's sentence is about: 'Gates this week issued a list of "…"'
    att = sentence_subject(text, ps, q.open_at)
    if att is not None and att.kind == "name":
        words, _title = split_name(name_words(att.text), True)
        full = resolver.fullest(words, att.at)
        if len(full) > 1 and not is_org(full):
            return " ".join(full)
    return state.last
