"""Direct quotes: every stretch between quotation marks in the body, with its speaker.

The recipe, per article: scan each paragraph's quotation marks, deciding from the
characters around each straight or curly mark whether it opens or closes (scraped text
mixes and loses marks); keep stretches of three words or more that are not titles of
works; link a paragraph left open to the next paragraph that opens with a mark; read the
attribution around each quote (``newsparse.attribution``); give each quote its speaker
(``newsparse.speakers``), resolved to the fullest name (``newsparse.names``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import regex

from newsparse.attribution import attribute, colon_subject
from newsparse.cues import Words, cue_at, cues
from newsparse.models import Quote, Span, Speaker, build
from newsparse.names import inside, sentence_start_at, vocabulary
from newsparse.speakers import resolve_speakers
from newsparse.subject_patterns import Matches
from newsparse.subjects import Attribution

__all__ = ["find_quotes"]

# Quotation marks are found with str.find (one pass per mark, at C speed), not a regex.
DOUBLE_MARKS = '"“”„‟«»〝〞〟＂'  # every double quotation mark
SINGLE_MARKS = "'‘’‚‛‹›"  # every single quotation mark (and apostrophes)

ALWAYS_CLOSES = frozenset("»〞〟›")
CAN_PRECEDE_OPEN = frozenset(" \t\u00a0\n([{—–-/…:")
CAN_FOLLOW_CLOSE = frozenset(" \t\u00a0\n.,;:!?)]}—–-…\"“”„«»'‘’")


@cache
def _elision() -> regex.Pattern[str]:
    """An apostrophe that starts a word, not a quote: 'em, '90s, 'til, 'cause, 'n', 'tis."""
    return regex.compile(
        r"""
        ['‘’]                                  # the apostrophe
        (?:\d\d(?:s|\b)                        # '90s, '22
          | (?:em|til|cause|cos|n|tis|twas|bout|round)\b )  # clipped words
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


@cache
def _word() -> regex.Pattern[str]:
    """One word of a skip text."""
    return regex.compile(r"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")


@cache
def _title_lead() -> regex.Pattern[str]:
    """What names the quoted words as a title, not speech: 'an article headlined "..."'."""
    return regex.compile(
        r"""
        \b(?:titled|entitled|headlined|headline|dubbed|named|slogan|hashtag  # naming word
          |(?<!\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\ )called)  # ("she called": speech)
        [\s,:]*\Z                                                      # right before the mark
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


@cache
def _last_sentence() -> regex.Pattern[str]:
    """Where the last sentence before a lost opening mark starts (matched backwards)."""
    return regex.compile(
        r"""(?r)
        (?:\A|(?<=[.!?…]["”’]?)[\ \u00a0]+)   # the paragraph start, or a sentence end and space
        (?=\p{Lu})                             # then a capital
        """,
        regex.VERBOSE,
    )


@cache
def _mention_verb() -> regex.Pattern[str]:
    """A quoted phrase as the subject of "is": '"Buy the thing" is the only demand'."""
    return regex.compile(r"[\ \u00a0]+(?:is|was|are|were|has|had|remains|became)\b")


_EDGE = "\"'“”‘’„«»()[]{},.;:!?…—–-*"
MINOR_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "nor", "but", "with",
    "from", "by", "as", "vs", "via", "into", "onto", "up", "is", "are", "be", "it", "its", "than",
    "so", "not", "no", "my", "your", "our", "his", "her", "their", "over", "out", "off",
    "de", "del", "la", "le", "les", "el", "los", "las", "y", "e", "di", "da", "du", "des",
    "von", "van", "der", "den", "et", "und",  # ("Corazón de Papel Roto")
})  # fmt: skip


@dataclass(slots=True)
class Stretch:
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


def _with_doubles(singles: list[Stretch], doubles: list[Stretch]) -> list[Stretch]:
    """The quotes of an outlet that quotes with single marks, and its few stretches in
    double marks outside them ('She said: "nutritious and balanced"'), in reading order."""
    if not doubles:
        return singles
    kept = [
        d
        for d in doubles
        if not any(s.open_at < d.close_at and d.open_at < s.close_at for s in singles)
    ]
    return sorted(singles + kept, key=lambda q: q.open_at)


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
    """(open mark, inner start, inner end, closed) for each stretch of one paragraph, whose
    quotation marks stand at ``marks``."""
    out: list[tuple[int, int, int, bool]] = []
    opened = -1
    opener = ""
    for i in marks:
        c = text[i]
        if not single:  # cheap first: a curly mark that does what its shape says
            if c == "“" and opened < 0:
                opened, opener = i, c
                continue
            if c == "”" and opened >= 0:
                out.append((opened, opened + 1, i, True))
                opened = -1
                continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        can_open = prev in CAN_PRECEDE_OPEN and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in CAN_FOLLOW_CLOSE or i + 1 == end)
        if single:
            if opened < 0:
                if can_open and c not in "’›" and not _elision().match(text, i, end):
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
    forms = cues().forms
    if not any(word.strip(",.:;") in forms for word in after):
        return None
    m = _last_sentence().search(text, max(lo, close - 600), close)
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
    """``s``'s words, case-folded, one space apart (folding is per character: the words can
    be folded together)."""
    return " ".join(_word().findall(s)).casefold()


def _is_quote(text: str, start: int, end: int, open_at: int, lo: int, *, skip: str) -> bool:
    """Three words or more, not a title of a work, not a headline of the article."""
    words = text[start:end].split(None, 12)  # the first 12 words tell, and whether there are more
    if len(words) < 3:
        return False
    if len(words) < 6:
        words = [w for w in words if any(map(str.isalnum, w))]
        if len(words) < 3:
            return False
    if (
        len(words) <= 12
        and (words[-1][0].isupper() or (words[-1][0].isdigit() and words[0][0].isupper()))
        and all(_title_word(w) for w in words)
        and not _said_after(text, end)  # '"Phosphate is the P in LFP," Lindqvist said.'
    ):
        return False  # "Once Upon a Time in Hollywood", "The Marvelous Mrs Maisel", "Rocky 2"
    if (
        open_at - 5 >= lo  # cheap first: a quote that opens its paragraph has no word before
        and _named_before(text, max(lo, open_at - 20), open_at)
        and not _called_phrase(text, lo, open_at, words)
    ):
        return False
    if skip:  # ``skip``: the skipped texts, normalised, one a line
        if text[end - 1] in ",.!?…":
            return True  # speech ends in a mark inside the quotes; a title quoted does not
        for word in words[:6]:  # cheap first: a plain word that is not in there rules it out
            core = word.strip(_EDGE)
            if len(core) > 3 and core.isalpha() and core.casefold() not in skip:
                return True
        return f"\n{_norm(text[start:end])}\n" not in f"\n{skip}\n"  # a whole title, no part
    return True


def _said_after(text: str, end: int) -> bool:
    """Whether words in title case, quoted, are speech: they end in a comma, "?" or "!"
    inside the marks and a speech verb follows within three words ('"Phosphate is the P in
    LFP," Lindqvist said.'); a title quoted in a sentence goes on with the sentence."""
    if text[end - 1 : end] not in (",", "?", "!"):
        return False
    words = Words(text, end + 1, min(len(text), end + 50))
    for i in range(min(3, len(words.tokens))):
        cue = cue_at(words, i)
        if cue is not None:
            return not cue.text.endswith("ing")  # (', saying the cuts …' goes on a sentence)
    return False


def _named_before(text: str, lo: int, at: int) -> bool:
    """Whether a naming word ("titled", "dubbed") stands right before the mark at ``at``."""
    i = at - 1
    while i >= lo and (text[i].isspace() or text[i] in ",:"):
        i -= 1
    if i - 4 < lo or text[i - 1 : i + 1].casefold() not in _NAMING_ENDS:
        return False  # cheap first: no naming word (five letters or more) ends right here
    return _title_lead().search(text, lo, at) is not None


def _called_phrase(text: str, lo: int, at: int, words: list[str]) -> bool:
    """Whether words quoted right after "called" are what someone called a thing, not its
    name: "a decision that activists called "a victory for every Kenyan who was never
    asked."", "Hollings, whom Oakden has called "a creature of the capital through and
    through,"", "whom Hollings's allies called "…"", "in what the state's governor called
    "the worst flood in a century."" (people, someone's people, a role or a name before
    "called", perhaps with "has" or an adverb between; five words or more, some in
    lower case); "a documentary called "the last days of the old town"" is a name."""
    if len(words) < 5 or not any(w[:1].islower() for w in words[1:]):
        return False
    before = text[max(lo, at - 40) : at].rstrip(" ,:")
    if not before.endswith("called"):
        return False
    head = before[:-6].rstrip()
    who = head.rpartition(" ")[2]
    for _ in range(3):  # "whom Oakden has called", "allies have privately called": the subject
        if who not in _CALLED_AUXILIARIES and not (who.endswith("ly") and who.islower()):
            break
        head = head[: -len(who)].rstrip()
        who = head.rpartition(" ")[2]
    v = vocabulary()
    if who[:1].isupper() or who in v.group_nouns or who in v.bare_nouns:
        return True
    if who in v.role_nouns or who in v.titles:
        return True  # "in what Kentucky's governor called "the worst flood …"": a role
    owner = head[: -len(who)].rstrip().rpartition(" ")[2]  # "Hollings's allies": someone's
    return who.endswith("s") and owner.endswith(("'s", "’s", "s'", "s’"))  # people


_CALLED_AUXILIARIES = frozenset({"has", "have", "had", "also", "once", "since", "often", "long"})
"""Words that may stand between "called" and its subject ("whom Oakden has once called")."""

_NAMING_ENDS = frozenset({"ed", "ne", "an", "ag"})  # how "titled", "headline", "slogan", … end


def _title_word(word: str) -> bool:
    core = word.strip(_EDGE)
    return not core or core[0].isupper() or core[0].isdigit() or core.casefold() in MINOR_WORDS


def _stretches(
    text: str, spans: list[tuple[int, int]], skip: str, marks: list[int], single: bool
) -> tuple[list[Stretch], list[tuple[int, int]]]:
    """The quotes of every paragraph, and every marked stretch, quote or not."""
    out: list[Stretch] = []
    left_open = False
    marked: list[tuple[int, int]] = []
    n = len(marks)
    for p, (ps, pe) in enumerate(spans):
        first = bisect_left(marks, ps)
        if first == n or marks[first] >= pe:  # cheap first: no mark, no quote (most paragraphs)
            left_open = False
            continue
        stop = bisect_left(marks, pe, first)
        raw = _scan(text, ps, pe, marks[first:stop], single)
        marked += [(a, b) for _o, a, b, _c in raw]
        for k, (open_at, inner_start, inner_end, closed) in enumerate(raw):
            s, e = inner_start, inner_end
            if s < e and (text[s].isspace() or text[e - 1].isspace()):  # (rare: cheap first)
                s, e = _trim(text, s, e)
            if not _is_quote(text, s, e, open_at, ps, skip=skip):
                continue
            close_at = e + 1 if closed else pe
            out.append(
                Stretch(
                    s,
                    e,
                    open_at,
                    close_at if close_at < pe else pe,
                    p,
                    closed,
                    # opens the paragraph after one left open (its text is read only then)
                    continues=k == 0 and left_open and not text[ps:open_at].strip(),
                )
            )
        left_open = bool(raw) and not raw[-1][3] and bool(out) and out[-1].para == p
    return out, marked


def find_quotes(
    text: str,
    spans: list[tuple[int, int]],
    *,
    skip: frozenset[str] = frozenset(),
    credits: list[tuple[int, int]] | None = None,
) -> tuple[list[Quote], list[Speaker]]:
    """Every direct quote in the given stretches of ``text``, with its speaker.

    ``spans`` are the (start, end) offsets of the body paragraphs in reading order;
    ``skip`` holds texts (headline, subheadings) whose quoted words are not quotes;
    ``credits`` are where picture credits (and page furniture) stand: a photographer
    named there is no fuller form of a speaker's name ("REUTERS/Kim Hong-Ji" for "Kim").
    """
    n = len(text)
    spans = [(s if s > 0 else 0, e if e < n else n) for s, e in spans if s < e]  # (no calls: fast)
    if not spans:
        return [], []
    skipped = "\n".join(_norm(s) for s in skip)
    stretches, marked = _stretches(
        text, spans, skipped, _mark_positions(text, spans, DOUBLE_MARKS), single=False
    )
    if len(stretches) <= 2:  # few double quotes: perhaps an outlet that quotes with single marks
        singles, single_marked = _stretches(
            text, spans, skipped, _mark_positions(text, spans, SINGLE_MARKS), single=True
        )
        if len(singles) > len(stretches):  # the doubles the singles leave alone stay
            # both kinds of marked spans, in order: names inside either are quoted words
            stretches, marked = _with_doubles(singles, stretches), sorted(single_marked + marked)
    if not stretches:
        return [], []
    _attribute_all(text, spans, stretches)
    stretches = [q for q in stretches if q.attribution or not _mentioned(text, q)]
    unnamed: list[tuple[int, int]] = []  # the titles' and credits' spans, in order, merged
    for start, end in sorted(_title_spans(text, skip, spans) + (credits or [])):
        if unnamed and start < unnamed[-1][1]:
            unnamed[-1] = (unnamed[-1][0], max(end, unnamed[-1][1]))
        else:
            unnamed.append((start, end))
    speakers = resolve_speakers(text, spans, stretches, marked, unnamed)
    quotes = [  # offsets and strings of our own: valid by construction (see models.build)
        build(
            Quote,
            text=text[q.start : q.end],
            speaker=q.speaker,
            speaker_text=q.attribution.text if q.attribution else None,
            cue=q.attribution.cue if q.attribution else None,
            span=build(Span, start=q.start, end=q.end),
        )
        for q in stretches
    ]
    return quotes, speakers


def _mentioned(text: str, q: Stretch) -> bool:
    """Words quoted to talk about them, not speech: '"Where did it go wrong" is the question.'"""
    if text[q.end - 1] in ".,!?;:…" or not sentence_start_at(text, q.open_at):
        return False
    return _mention_verb().match(text, q.close_at, min(len(text), q.close_at + 12)) is not None


def _title_spans(
    text: str, titles: frozenset[str], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where the headline and subheadings stand: their first place outside the paragraphs."""
    found = []
    for title in titles:
        at = text.find(title) if title else -1
        if at >= 0 and not inside(spans, at):
            found.append((at, at + len(title)))
    found.sort()
    return [s for k, s in enumerate(found) if not k or s[0] >= found[k - 1][1]]


def _attribute_all(text: str, spans: list[tuple[int, int]], stretches: list[Stretch]) -> None:
    """Read each quote's own attribution from the gaps around it in its paragraph."""
    seen = Matches()  # the subject pattern's matches: a gap is read before and after a quote
    for k, q in enumerate(stretches):
        ps, pe = spans[q.para]
        lo = stretches[k - 1].close_at if k and stretches[k - 1].para == q.para else ps
        hi = (
            stretches[k + 1].open_at
            if k + 1 < len(stretches) and stretches[k + 1].para == q.para
            else pe
        )
        q.attribution = attribute(text, (lo, q.open_at), (q.close_at, hi), seen)
        if q.attribution is None and q.para and lo == ps and not text[ps : q.open_at].strip():
            # a quote alone after 'The local councillor, Neil Bain, struck a cautious note:'
            prev_start, prev_end = spans[q.para - 1]
            colon = len(text[prev_start:prev_end].rstrip()) + prev_start - 1
            if colon >= prev_start and text[colon] == ":":
                q.attribution = colon_subject(text, prev_start, colon)
