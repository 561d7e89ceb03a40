"""Photo credits: `parse_credit` and finding the credit at the end of a caption line.

PLACEHOLDER: being written (issue 3).
"""

from __future__ import annotations

from newsparse.models import Credit, Span


def parse_credit(text: str, /, *, offset: int = 0) -> Credit:
    """Parse one credit line such as ``RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images``."""
    raw = text.strip()
    start = offset + text.find(raw) if raw else offset
    return Credit(raw=raw, photographers=[], agencies=[], span=Span(start=start, end=start + len(raw)))


def find_credit(line: str) -> tuple[int, int] | None:
    """Where a credit (with its wrapper) stands in a caption line, or None."""
    return None
