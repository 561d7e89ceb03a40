"""Timing for the scaling tests: CPU time, best of several runs, measured again when noisy.

A scaling test compares the time of an 8x input with the time of a 1x input in one run.
Wall-clock time counts the other processes on a busy machine; `time.process_time` counts
only this process's CPU time, and the best of a few runs drops the odd collection or cache
miss. A ratio over its limit is measured again before it fails: a superlinear cost stays
over the limit however often it is measured, noise does not.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def cpu_seconds(func: Callable[[str], object], text: str, *, repeats: int = 3) -> float:
    """The least CPU time of ``repeats`` calls of ``func(text)``."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            start = time.process_time()
            func(text)
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def scaling(
    func: Callable[[str], object],
    small: str,
    large: str,
    *,
    limit: float,
    slack: float = 0.01,
    attempts: int = 5,
) -> tuple[float, float]:
    """CPU times of ``func`` on ``small`` and ``large``: the first pair within
    ``limit * small + slack``, else the best of each over ``attempts`` measurements."""
    t_small = t_large = float("inf")
    for _ in range(attempts):
        t_small = min(t_small, cpu_seconds(func, small))
        t_large = min(t_large, cpu_seconds(func, large))
        if t_large <= limit * t_small + slack:
            break
    return t_small, t_large
