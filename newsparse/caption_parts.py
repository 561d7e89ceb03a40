"""Caption parts: one picture's lines split into caption title, caption and credit.

`newsparse.captions` decides which lines describe a picture (an `ImageGroup`); this module
reads them: the title line, the caption without its label, its expander ("Read More") or
its doubled copy, and the credit found in the caption line, on a line of its own or in a
Markdown image's alt text, parsed by `newsparse.credits.parse_credit`.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsparse.caption_lines import AUTO_ALT
from newsparse.captions import CAPTION_PREFIX, EXPANDED_TAIL, FILENAME_LIKE, ImageGroup
from newsparse.credit_lines import emphasis, find_credit
from newsparse.credits import parse_credit
from newsparse.lines import CAPTION_LABEL, MARKDOWN_IMAGE, Line
from newsparse.models import Credit, Span, build

__all__ = ["ImageParts", "image_parts"]


@dataclass(slots=True)
class ImageParts:
    """What an image block says, before dates are read."""

    title: str | None
    caption: str | None
    caption_span: Span | None
    credit: Credit | None


def image_parts(text: str, lines: list[Line], group: ImageGroup) -> ImageParts:
    """Split one picture's lines into title, caption and credit."""
    title = lines[group.title].text if group.title is not None else None
    caption: str | None = None
    caption_span: Span | None = None
    credit: Credit | None = None
    seen: dict[str, tuple[int, int] | None] = {}  # (`_credit_in`: each text read once)
    if group.caption is not None:
        caption, caption_span = _caption_of(text, lines[group.caption], seen)
    credit_line = lines[group.credit] if group.credit is not None else None
    if credit_line is not None and credit_line.credit is not None:
        s, e = credit_line.credit
        credit = parse_credit(credit_line.text[s:e], offset=credit_line.start + s)
    elif credit_line is not None:  # a bare name under its caption ("Alpenglow Studio")
        credit = parse_credit(credit_line.text, offset=credit_line.start)
    elif group.caption is not None and lines[group.caption].kind == "md_image":
        credit = _markdown_credit(lines[group.caption], seen)
    from_alt = group.caption is not None and lines[group.caption].kind == "md_image"
    if from_alt and caption is not None and credit is not None and caption.endswith(credit.raw):
        caption = caption[: -len(credit.raw)].rstrip(" (|-–—")  # the credit printed in the alt text
    if caption is not None and " " not in caption and FILENAME_LIKE.match(caption):
        caption = None
    return ImageParts(
        title=title, caption=caption or None, caption_span=caption_span, credit=credit
    )


def _credit_in(body: str, seen: dict[str, tuple[int, int] | None]) -> tuple[int, int] | None:
    """`find_credit` of ``body``, read once for a picture: a Markdown image's caption and its
    credit are both looked for in its alt text or in the text after it."""
    if body not in seen:
        seen[body] = find_credit(body)
    return seen[body]


def _caption_of(
    text: str, line: Line, seen: dict[str, tuple[int, int] | None]
) -> tuple[str | None, Span | None]:
    if line.kind == "md_image":
        m = MARKDOWN_IMAGE.match(line.text)
        if m is None:
            return None, None
        key = "rest" if m.group("rest").strip() else "alt"
        body = m.group(key)
        if key == "alt" and body.strip().startswith(AUTO_ALT):
            return None, None  # "![Image may contain Bicycle …](…)": the software's words
        start = line.start + m.start(key)
        half = _doubled(body)
        body = body[:half] if half else body
        found = _credit_in(body, seen)
        if found is not None:
            # the caption before its credit, or none when the credit is all of it: "![…](…)
            # Illustration: Jane Roe/The Guardian" (its wrapper is no caption)
            body = body[: found[0]] if body[: found[0]].strip() else ""
    else:
        body = line.text
        start = line.start
        if line.credit is not None:
            body = _without_credit_brackets(body[: line.credit[0]], seen)
        label = CAPTION_LABEL.match(body) if line.kind == "caption_label" else None
        prefix = CAPTION_PREFIX.match(body) if label is None else None
        cut = label.end() if label else (prefix.end() if prefix else 0)
        body = body[cut:]
        start += cut
    if _may_end_expanded(body):
        body = EXPANDED_TAIL.sub("", body)
    half = _doubled(body)
    body = body[:half] if half else body
    stripped = body.strip().rstrip(" |•–—-")  # the bar or bullet before its credit
    if stripped.startswith("**") and stripped.endswith("**"):
        stripped = stripped[2:-2].strip()  # a caption in Markdown bold: "**A garage …**"
    elif line.kind != "md_image" and stripped[:1] in "*_":
        mark = emphasis(line.text)  # in italics, its credit too: "*A nurse … Photo: X/AP*"
        mark = mark or emphasis(stripped)  # or the caption alone: "*A nurse …* X/AP" (TIME)
        if mark and stripped.startswith(mark):
            stripped = stripped[len(mark) :].removesuffix(mark).strip()
    if not stripped:
        return None, None
    offset = start + body.find(stripped)
    return stripped, build(Span, start=offset, end=offset + len(stripped))


def _without_credit_brackets(body: str, seen: dict[str, tuple[int, int] | None]) -> str:
    """A caption without the credit brackets left at its end once its credit is cut: "…
    2024. (Photo by JOSE JORDAN / AFP) (Photo by JOSE JORDAN/AFP via Getty Images)" (Getty
    prints the agency's credit, then its own). Only a closing bracket is read again."""
    while body.rstrip()[-1:] in (")", "]"):
        found = _credit_in(body.rstrip(), seen)
        if found is None or found[0] == 0:
            break
        body = body[: found[0]]
    return body


_EXPANDED_ENDS = ("close", "less", "[-]")
"""How every `EXPANDED_TAIL` ends, in lower case ("read less" in "less")."""


def _may_end_expanded(body: str) -> bool:
    """A cheap test before `EXPANDED_TAIL`: whether ``body``, without the white space after
    it, ends in one of `_EXPANDED_ENDS` in any case. Safe: every character that a case-blind
    regex reads as a letter of these words case-folds to it (no "i" among them, whose "İ"
    folds to two characters), and the regex's trailing ``\\s*`` is white space that
    ``rstrip`` removes."""
    return body.rstrip()[-5:].casefold().endswith(_EXPANDED_ENDS)


def _doubled(s: str) -> int:
    """Where the second copy starts when ``s`` is one text printed twice, else 0."""
    n = len(s)
    half = n // 2
    for cut in (half, half + 1, half - 1):
        a, b = s[:cut].strip(), s[cut:].strip()
        if a and a == b:
            return cut
    return 0


def _markdown_credit(line: Line, seen: dict[str, tuple[int, int] | None]) -> Credit | None:
    m = MARKDOWN_IMAGE.match(line.text)
    if m is None:
        return None

    for key in ("rest", "alt"):
        body = m.group(key)
        found = _credit_in(body, seen)
        if found is not None:
            s, e = found
            return parse_credit(body[s:e], offset=line.start + m.start(key) + s)
    return None
