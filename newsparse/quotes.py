"""Direct quotes. PLACEHOLDER: being written (issue 4)."""

from __future__ import annotations

from newsparse.models import Quote, Speaker


def find_quotes(
    text: str, spans: list[tuple[int, int]], *, skip: frozenset[str] = frozenset()
) -> tuple[list[Quote], list[Speaker]]:
    """Every direct quote in the given stretches of ``text``, with its speaker."""
    return [], []
