"""Segmentation: the input's lines as labelled blocks. PLACEHOLDER (being written)."""

from __future__ import annotations

import regex

from newsparse.models import Block, Span

LINE = regex.compile(r"[^\r\n]+")


def segment(text: str, /) -> list[Block]:
    """Label every non-blank line of ``text``."""
    blocks: list[Block] = []
    for m in LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + line.find(stripped)
        kind = "headline" if not blocks else "paragraph"
        blocks.append(Block(kind=kind, text=stripped, span=Span(start=start, end=start + len(stripped))))
    return blocks
