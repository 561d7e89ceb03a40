"""The ``newsparse`` command: a thin layer over `newsparse.parse` and `newsparse.batch`.

``main(argv)`` returns the exit status, so tests call it directly; ``run()`` is the
console-script entry point.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from importlib import resources
from typing import TextIO

import newsparse
from newsparse import Article
from newsparse.batch import JsonlRecord, parse_jsonl

__all__ = ["format_text", "main", "run"]

EXIT_OK = 0
EXIT_LINES_FAILED = 1
EXIT_USAGE = 2

DESCRIPTION = """\
Parse the plain text of a news article into JSON: headline, dek, byline, sections,
images with captions and credits, quotes with speakers, agencies.

  newsparse article.txt              one article, JSON (indent 2)
  newsparse --sample --format text   the bundled sample article, as a readable summary
  cat article.txt | newsparse -      read the article from stdin
  newsparse --jsonl in.jsonl --workers 4 > out.jsonl
                                     one JSON object per input line, in input order
"""

EPILOG = """\
JSONL mode: each input line is a JSON object whose --text-field holds the article text.
Each output line is {"line": N, "id": ..., "article": {...}} or, when the line cannot be
parsed (invalid JSON, not an object, missing or non-string field),
{"line": N, "id": ..., "error": "..."}. "line" is the 1-based input line number, "id"
is the input's --id-field value or null. Failed lines are also reported on stderr and
are never skipped; blank lines are ignored. Input and output are streamed, so memory
stays flat on any input size. A progress counter is shown on stderr when it is a terminal.

Exit status: 0 when every article was parsed; 1 when some JSONL lines failed (the output
is still complete, with an error record for each); 2 on a usage error or an input file
that cannot be read or is not UTF-8.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.jsonl is not None:
        if args.format != "json":
            parser.error("--format text applies to one article, not to --jsonl")
        if args.workers is not None and args.workers < 0:
            parser.error("--workers must be 0 or more")
        if args.chunksize < 1:
            parser.error("--chunksize must be 1 or more")
        return _run_jsonl(args)
    if args.sample == (args.file is not None):
        parser.error("give one FILE (or - for stdin), --sample, or --jsonl IN")
    try:
        text = _read_sample() if args.sample else _read_article(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {args.file}: {exc}")
    article = newsparse.parse(text)
    sys.stdout.write(format_text(article) if args.format == "text" else _to_json(article))
    sys.stdout.write("\n")
    return EXIT_OK


def run() -> None:
    """Console-script entry point: ``sys.exit(main())``, quiet on a closed pipe."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `newsparse --jsonl big.jsonl | head`
        _silence_stdout()
        status = EXIT_LINES_FAILED
    except KeyboardInterrupt:
        status = 130
    sys.exit(status)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="the article as UTF-8 text; - reads stdin"
    )
    parser.add_argument(
        "--sample", action="store_true", help="parse the sample article bundled with newsparse"
    )
    parser.add_argument(
        "--format",
        choices=["json", "text"],
        default="json",
        help="json: the Article as JSON (default); text: a readable summary",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {newsparse.__version__}")
    batch = parser.add_argument_group("JSONL batches")
    batch.add_argument(
        "--jsonl",
        metavar="IN",
        help="parse newline-delimited JSON records from IN (- for stdin) to stdout",
    )
    batch.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the field holding the article text (default: text)",
    )
    batch.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help='the field copied to each output record as "id" (default: id)',
    )
    batch.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: one per CPU; 0 or 1 parses in this process)",
    )
    batch.add_argument(
        "--chunksize",
        type=int,
        default=16,
        metavar="N",
        help="records sent to a worker at a time (default: 16)",
    )
    return parser


# --- one article ---------------------------------------------------------------------------


def _read_article(path: str) -> str:
    # Bytes, then UTF-8: newlines are kept as they are in the file (CRLF stays CRLF),
    # so every span indexes the file's text. A leading byte-order mark is dropped.
    data = sys.stdin.buffer.read() if path == "-" else _read_bytes(path)
    return data.decode("utf-8-sig")


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _read_sample() -> str:
    return (resources.files("newsparse") / "data" / "sample.txt").read_text(encoding="utf-8")


def _to_json(article: Article) -> str:
    try:
        return article.model_dump_json(indent=2)
    except ValueError:  # lone surrogates cannot be UTF-8: let json escape them
        return json.dumps(article.model_dump(mode="json"), indent=2)


def format_text(article: Article) -> str:
    """A readable summary of ``article``: what ``newsparse --format text`` prints."""
    out: list[str] = []
    add = out.append
    add(f"Headline: {_or_none(article.headline)}")
    if article.dek:
        add(f"Dek:      {article.dek}")
    if article.byline:
        add(f"Byline:   {article.byline}")

    paragraphs = sum(len(s.paragraphs) for s in article.sections)
    add("")
    add(f"Sections: {len(article.sections)} ({_plural(paragraphs, 'paragraph')})")
    for i, section in enumerate(article.sections, start=1):
        heading = section.heading if section.heading is not None else "(before any heading)"
        first = _first_words(section.paragraphs[0].text) if section.paragraphs else ""
        add(f"  {i}. {heading} - {_plural(len(section.paragraphs), 'paragraph')}")
        if first:
            add(f"     {first}")

    add("")
    add(f"Images: {len(article.images)}")
    for i, image in enumerate(article.images, start=1):
        credit = image.credit
        date = str(image.date) if image.date else None
        if date and image.date_text:
            date = f"{date} ({image.date_text})"
        fields = [
            ("title", image.title),
            ("caption", _shorten(image.caption, 160)),
            ("credit", credit.raw if credit else None),
        ]
        if credit is not None:
            fields += [
                ("photographers", ", ".join(credit.photographers)),
                ("agencies", ", ".join(a.name for a in credit.agencies)),
            ]
            if credit.roles:
                fields.append(("roles", ", ".join(credit.roles)))
        fields.append(("date", date or image.date_text))
        for j, (label, value) in enumerate(fields):
            number = f"{i}." if j == 0 else ""
            add(f"  {number:<3}{label + ':':<15}{_or_none(value)}")

    add("")
    add(f"Quotes: {len(article.quotes)}")
    for i, quote in enumerate(article.quotes, start=1):
        who = quote.speaker or quote.speaker_text or "(unknown speaker)"
        how = f" ({quote.cue})" if quote.cue else ""
        add(f"  {i}. \u201c{_shorten(quote.text, 100)}\u201d - {who}{how}")

    add("")
    add(f"Speakers: {len(article.speakers)}")
    for speaker in article.speakers:
        title = f" ({speaker.title})" if speaker.title else ""
        add(f"  {speaker.name}{title}: {_plural(speaker.quotes, 'quote')}")

    if article.agencies:
        add("")
        add(f"Agencies: {', '.join(a.name for a in article.agencies)}")
    return "\n".join(out)


def _or_none(value: str | None) -> str:
    return value if value else "-"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _shorten(text: str | None, width: int) -> str | None:
    if text is None:
        return None
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "\u2026"


def _first_words(text: str, words: int = 12) -> str:
    split = text.split()
    head = " ".join(split[:words])
    return head + ("\u2026" if len(split) > words else "")


# --- JSONL batches -------------------------------------------------------------------------


def _run_jsonl(args: argparse.Namespace) -> int:
    try:
        source = _open_lines(args.jsonl)
    except OSError as exc:
        return _fail(f"cannot read {args.jsonl}: {exc}")
    progress = _Progress(sys.stderr) if _is_tty(sys.stderr) else None
    failed = 0
    with source as lines:
        records = parse_jsonl(
            lines,
            text_field=args.text_field,
            id_field=args.id_field,
            workers=args.workers,
            chunksize=args.chunksize,
        )
        write = sys.stdout.write
        for record in records:
            write(record.json)
            write("\n")
            if record.error is not None:
                failed += 1
                _report(record, progress)
            if progress is not None:
                progress.tick(record.line, failed)
    if progress is not None:
        progress.done(failed)
    return EXIT_LINES_FAILED if failed else EXIT_OK


def _open_lines(path: str) -> AbstractContextManager[Iterable[bytes | str]]:
    """The input as lines of bytes, split on ``\\n`` only: each worker decodes its lines."""
    if path != "-":
        return open(path, "rb")
    # stdin stays open; a replaced sys.stdin without .buffer (some test runners) gives str
    return nullcontext(getattr(sys.stdin, "buffer", sys.stdin))


def _report(record: JsonlRecord, progress: _Progress | None) -> None:
    if progress is not None:
        progress.clear()
    print(f"newsparse: line {record.line}: {record.error}", file=sys.stderr)


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A one-line counter on a terminal, redrawn at most five times a second."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.start = time.monotonic()
        self.last = 0.0
        self.lines = 0

    def tick(self, line: int, failed: int) -> None:
        self.lines = line
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            self._draw(failed)

    def _draw(self, failed: int) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        self.stream.write(
            f"\r\x1b[Kline {self.lines:,}  {failed:,} failed  {self.lines / elapsed:,.0f} lines/s"
        )
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\x1b[K")

    def done(self, failed: int) -> None:
        self._draw(failed)
        self.stream.write("\n")
        self.stream.flush()


def _fail(message: str) -> int:
    print(f"newsparse: {message}", file=sys.stderr)
    return EXIT_USAGE


def _silence_stdout() -> None:
    # Python's own recipe: point stdout at devnull so the interpreter's final flush
    # does not raise BrokenPipeError again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
