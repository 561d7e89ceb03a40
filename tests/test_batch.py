"""`newsparse.batch`: parse_many and parse_jsonl stream in input order, lazily, loudly."""

from __future__ import annotations

import gc
import itertools
import json
import pickle
from collections.abc import Iterator

import pytest

import newsparse
from newsparse import Article
from newsparse.batch import PREFETCH, JsonlRecord, parse_jsonl, parse_many
from tests.conftest import REAL_SHAPED, build_full_article

TEXTS = [
    REAL_SHAPED,
    "",
    "Storm Hits Coast\n\nThe storm hit the coast on Monday.",
    "One line only",
    REAL_SHAPED.replace("\n", "\r\n"),
    '"Quoted," she said.\n\n' * 40,
    "   \n\t\n",
] * 3


@pytest.mark.parametrize(
    ("workers", "chunksize"),
    [(0, 16), (1, 16), (2, 1), (2, 3), (2, 16), (3, 1000)],
)
def test_parse_many_equals_parse_in_input_order(workers: int, chunksize: int) -> None:
    got = list(parse_many(TEXTS, workers=workers, chunksize=chunksize))
    assert got == [newsparse.parse(t) for t in TEXTS]


@pytest.mark.parametrize("workers", [None, 0, 2])
def test_parse_many_of_nothing_is_nothing(workers: int | None) -> None:
    assert list(parse_many([], workers=workers)) == []


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_reads_an_endless_input_lazily(workers: int) -> None:
    consumed = itertools.count()

    def endless() -> Iterator[str]:
        for i in consumed:
            yield f"Headline {i}\n\nParagraph {i}."

    chunksize = 4
    results = parse_many(endless(), workers=workers, chunksize=chunksize)
    first = list(itertools.islice(results, 10))
    results.close()  # type: ignore[attr-defined]  # a generator: stops the pool
    assert [a.headline for a in first] == [f"Headline {i}" for i in range(10)]
    read = next(consumed)  # how many items the pipeline pulled from the input
    assert read <= 10 + (workers * PREFETCH + 2) * chunksize


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("bad", "index"),
    [(b"bytes", 1), (None, 2), (42, 0), (["a list"], 3)],
)
def test_parse_many_raises_typeerror_in_place(workers: int, bad: object, index: int) -> None:
    texts: list[object] = ["A\n\nb", "C\n\nd", "E\n\nf", "G\n\nh"]
    texts.insert(index, bad)
    results = parse_many(texts, workers=workers, chunksize=2)  # type: ignore[arg-type]
    got = [next(results) for _ in range(index)]  # every item before the bad one
    assert [a.headline for a in got] == ["A", "C", "E", "G"][:index]
    with pytest.raises(TypeError) as info:
        next(results)
    assert f"item {index}" in "\n".join(info.value.__notes__)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"chunksize": 0}, "chunksize"), ({"workers": -1}, "workers")],
)
def test_parse_many_rejects_bad_options(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_many(["x"], **kwargs)


def test_parse_many_closed_early_does_not_hang() -> None:
    results = parse_many([REAL_SHAPED] * 500, workers=2, chunksize=2)
    assert next(results).headline == newsparse.parse(REAL_SHAPED).headline
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize(
    "article",
    [
        pytest.param(build_full_article(), id="hand-built, every field"),
        pytest.param(newsparse.parse(REAL_SHAPED), id="parsed real-shaped"),
        pytest.param(newsparse.parse(""), id="parsed empty"),
    ],
)
def test_models_pickle(article: Article, protocol: int) -> None:
    again = pickle.loads(pickle.dumps(article, protocol=protocol))
    assert again == article
    assert type(again) is Article


def _records(lines: list[str | bytes], workers: int = 2, **kw: str) -> list[JsonlRecord]:
    return list(parse_jsonl(lines, workers=workers, chunksize=2, **kw))


@pytest.mark.parametrize(
    ("line", "error"),
    [
        pytest.param(b"not json", "invalid JSON", id="bad json"),
        pytest.param(b'{"text": "cut', "invalid JSON", id="truncated"),
        pytest.param(b"\xff\xfe\xfa", "invalid", id="not utf-8"),
        pytest.param(b"[1, 2]", "expected a JSON object, got array", id="array"),
        pytest.param(b'"a string"', "expected a JSON object, got str", id="string"),
        pytest.param(b'{"id": 5}', "missing field 'text'", id="missing field"),
        pytest.param(b'{"text": null}', "must be a string, got null", id="null"),
        pytest.param(b'{"text": 3}', "must be a string, got number", id="number"),
        pytest.param(b'{"text": ["a"]}', "must be a string, got array", id="list"),
    ],
)
@pytest.mark.parametrize("workers", [1, 2])
def test_parse_jsonl_keeps_a_failed_line_as_an_error_record(
    line: bytes, error: str, workers: int
) -> None:
    good = json.dumps({"id": "a", "text": "Head\n\nBody."}).encode()
    records = _records([good, line, good], workers=workers)
    assert [r.line for r in records] == [1, 2, 3]
    assert [r.error is None for r in records] == [True, False, True]
    assert error in (records[1].error or "")
    out = json.loads(records[1].json)
    assert out["line"] == 2
    assert error in out["error"]
    assert set(out) == {"line", "id", "error"}


def test_parse_jsonl_output_records() -> None:
    lines: list[str | bytes] = [
        json.dumps({"id": "first", "text": REAL_SHAPED}),
        "",  # blank lines are not records
        json.dumps({"text": "No Id Here\n\nBody."}).encode(),
        "   \n",
        json.dumps({"id": 7, "body": "Other Field\n\nBody.", "text": 1}),
    ]
    records = _records(lines)
    assert [r.line for r in records] == [1, 3, 5]
    first, second, third = (json.loads(r.json) for r in records)
    assert first["id"] == "first"
    assert Article.model_validate(first["article"]) == newsparse.parse(REAL_SHAPED)
    assert second["id"] is None
    assert second["article"]["headline"] == "No Id Here"
    assert third == {"line": 5, "id": 7, "error": "field 'text' must be a string, got number"}


def test_parse_jsonl_text_and_id_fields() -> None:
    line = json.dumps({"key": "k1", "body": "Other Field\n\nBody."})
    (record,) = _records([line], text_field="body", id_field="key")
    out = json.loads(record.json)
    assert (out["id"], out["article"]["headline"]) == ("k1", "Other Field")


def test_parse_jsonl_escapes_lone_surrogates() -> None:
    # "\ud800" is valid JSON for a lone surrogate, which UTF-8 cannot encode
    (record,) = _records(['{"text": "Head\\ud800\\n\\nBody"}'])
    assert record.error is None
    record.json.encode("utf-8")  # the output line is writable as UTF-8
    assert json.loads(record.json)["article"]["headline"].startswith("Head")


def test_parse_jsonl_in_order_with_many_workers() -> None:
    lines = [json.dumps({"id": i, "text": f"Headline {i}\n\nBody {i}."}) for i in range(200)]
    records = list(parse_jsonl(lines, workers=3, chunksize=7))
    assert [json.loads(r.json)["id"] for r in records] == list(range(200))


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_parse_many_abandoned_is_cleaned_up_quietly() -> None:
    # dropped without close(): the pool must stop in this thread, whoever collects it
    results = parse_many([REAL_SHAPED] * 500, workers=2, chunksize=2)
    next(results)
    del results
    gc.collect()
