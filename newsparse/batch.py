"""Many articles at once: `parse_many` and `parse_jsonl`, streaming, in input order.

Parsing is CPU-bound pure Python, so both functions spread the work over processes
(`concurrent.futures.ProcessPoolExecutor`). They read their input lazily and keep at
most ``workers * PREFETCH`` chunks in flight, so memory stays flat however long the
input is (an endless generator works). ``Executor.map`` and ``multiprocessing.Pool.imap``
are not used because both consume their whole input up front.

>>> from newsparse.batch import parse_many
>>> [a.headline for a in parse_many(["Storm Hits Coast\\n\\nIt rained.", "Calm"], workers=1)]
['Storm Hits Coast', 'Calm']
"""

from __future__ import annotations

import itertools
import json
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from newsparse.models import Article
from newsparse.parser import parse

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "PREFETCH",
    "JsonlRecord",
    "default_workers",
    "parse_jsonl",
    "parse_many",
]

DEFAULT_CHUNKSIZE = 16
"""Items sent to a worker process at a time: about 16 ms of work for a typical article,
large enough to hide the inter-process overhead, small enough to keep results flowing."""

PREFETCH = 4
"""Chunks queued per worker ahead of the one being consumed."""

_COMPACT = (",", ":")

_T = TypeVar("_T")
_R = TypeVar("_R")


def default_workers() -> int:
    """The number of CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def parse_many(
    texts: Iterable[str],
    /,
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Article]:
    """Parse every text of ``texts``, yielding the articles lazily in input order.

    ``workers`` processes share the work (default: one per CPU); ``workers=0`` or ``1``
    parses in this process, which is also what to use inside a process that is already
    a worker (dask, a web server's pool). The pool starts at the first ``next()`` and
    stops when the iterator is exhausted or closed.

    An item that is not a ``str`` raises the ``TypeError`` of :func:`newsparse.parse` at
    its position in the stream: every article before it has been yielded, and the
    exception carries a note with the item's 0-based index. The stream never skips
    an item silently. (``parse`` itself does not raise on content; any other exception
    is a bug and is re-raised the same way, with the worker's traceback in a note.)
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    n = default_workers() if workers is None else workers
    if n < 0:
        raise ValueError(f"workers must be >= 0 or None, got {workers}")
    results = (
        map(_parse_or_error, texts)
        if n <= 1
        else _ordered_map(_parse_chunk, texts, workers=n, chunksize=chunksize)
    )
    return _raise_failures(results)


class JsonlRecord(NamedTuple):
    """One output line of :func:`parse_jsonl`."""

    line: int
    """The 1-based line number in the input."""
    json: str
    """The output record: compact JSON, no trailing newline."""
    error: str | None
    """Why the line failed, or None when it was parsed."""


def parse_jsonl(
    lines: Iterable[bytes | str],
    /,
    *,
    text_field: str = "text",
    id_field: str = "id",
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[JsonlRecord]:
    """Parse newline-delimited JSON records, yielding one output record per input line.

    Each input line is a JSON object whose ``text_field`` holds the article text. Each
    output record is a JSON object with the 1-based input ``line``, the input's
    ``id_field`` value as ``id`` (``null`` when absent) and either ``article`` (the
    :class:`~newsparse.Article`, as ``Article.model_dump(mode="json")``) or ``error``
    (a message: invalid UTF-8 or JSON, not an object, missing field, not a string,
    or an exception raised by the parser). Lines that are blank are ignored, and
    counted. Records come in input order, never skipped, and nothing is raised for
    a bad line: the caller decides what a failed line means.

    Decoding JSON, parsing and encoding the result all happen in the worker
    processes, so only short strings cross process boundaries.
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    n = default_workers() if workers is None else workers
    if n < 0:
        raise ValueError(f"workers must be >= 0 or None, got {workers}")
    numbered = (
        (i, line)
        for i, line in enumerate(lines, start=1)
        if line.strip()  # blank lines, including a trailing "\n\n", are not records
    )
    do_chunk = partial(_jsonl_chunk, text_field=text_field, id_field=id_field)
    if n <= 1:
        for item in numbered:
            yield from do_chunk([item])
    else:
        yield from _ordered_map(do_chunk, numbered, workers=n, chunksize=chunksize)


# --- in the worker processes -------------------------------------------------------------


class _Failure(NamedTuple):
    """An exception raised while parsing one item, with the traceback as text."""

    exc: BaseException
    traceback: str


def _parse_or_error(text: str) -> Article | _Failure:
    try:
        return parse(text)
    except Exception as exc:
        return _Failure(exc, traceback.format_exc())


def _parse_chunk(texts: list[str]) -> list[Article | _Failure]:
    return [_parse_or_error(text) for text in texts]


def _jsonl_chunk(
    items: list[tuple[int, bytes | str]], *, text_field: str, id_field: str
) -> list[JsonlRecord]:
    return [_jsonl_one(line_no, line, text_field, id_field) for line_no, line in items]


def _jsonl_one(line_no: int, line: bytes | str, text_field: str, id_field: str) -> JsonlRecord:
    rec_id: object = None

    def failed(message: str) -> JsonlRecord:
        out = {"line": line_no, "id": rec_id, "error": message}
        return JsonlRecord(line_no, json.dumps(out, separators=_COMPACT, default=str), message)

    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        return failed(f"invalid UTF-8: {exc}")
    except ValueError as exc:
        return failed(f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return failed(f"expected a JSON object, got {_json_type(record)}")
    rec_id = record.get(id_field)
    if text_field not in record:
        return failed(f"missing field {text_field!r}")
    text = record[text_field]
    if not isinstance(text, str):
        return failed(f"field {text_field!r} must be a string, got {_json_type(text)}")
    try:
        parsed = parse(text)
    except Exception as exc:  # a parser bug: report it on this line, keep going
        return failed(f"parse failed: {type(exc).__name__}: {exc}")
    try:
        article = parsed.model_dump_json()
    except ValueError:  # lone surrogates ("\\ud800" in the input) are not UTF-8: escape them
        article = json.dumps(parsed.model_dump(mode="json"), separators=_COMPACT)
    head = json.dumps({"line": line_no, "id": rec_id}, separators=_COMPACT, default=str)
    return JsonlRecord(line_no, f'{head[:-1]},"article":{article}}}', None)


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


# --- in the calling process --------------------------------------------------------------


def _raise_failures(results: Iterator[Article | _Failure]) -> Iterator[Article]:
    try:
        for index, result in enumerate(results):
            if isinstance(result, _Failure):
                exc = result.exc
                exc.add_note(f"newsparse.parse_many: raised by item {index} (0-based)")
                if exc.__traceback__ is None:  # it crossed a process boundary
                    exc.add_note(f"worker traceback:\n{result.traceback}")
                raise exc
            yield result
    finally:
        # close the pool now, in this thread, not whenever the garbage collector runs
        close = getattr(results, "close", None)
        if close is not None:
            close()


def _chunked(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _ordered_map(
    fn: Callable[[list[_T]], list[_R]], items: Iterable[_T], *, workers: int, chunksize: int
) -> Iterator[_R]:
    """``fn`` over chunks of ``items`` in ``workers`` processes; results in input order.

    At most ``workers * PREFETCH`` chunks are submitted and not yet consumed, so the
    input is read only as fast as the results are.
    """
    # imported here: multiprocessing costs ~15 ms that `import newsparse` should not pay
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    chunks = _chunked(items, chunksize)
    pool = ProcessPoolExecutor(max_workers=workers)
    finished = False
    try:
        pending: deque[Future[list[_R]]] = deque(
            pool.submit(fn, chunk) for chunk in itertools.islice(chunks, workers * PREFETCH)
        )
        while pending:
            done = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(fn, chunk))
            yield from done
        finished = True
    finally:
        # Closed early (or failed): drop the queued chunks and do not wait for the
        # running ones, so that closing never blocks on work nobody will read.
        pool.shutdown(wait=finished, cancel_futures=not finished)
