"""The vocabulary files under ``newsparse/data``, each read once on first use.

Vocabulary (agencies, credit wrappers and roles, speech verbs, honorifics, page furniture,
byline roles, month names) lives in JSON files beside the code, each with a note on its
source, so that it can be read, reviewed and extended without touching a rule. The files
are read with `pathlib` rather than `importlib.resources`, which alone would add
milliseconds to ``import newsparse``; the package is never run from a zip file.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["DATA", "load"]

DATA = Path(__file__).resolve().parent / "data"


@cache
def load(name: str) -> Any:
    """The parsed JSON file ``newsparse/data/<name>``; a broken file is a programmer error."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))
