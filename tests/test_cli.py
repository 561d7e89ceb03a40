"""The `newsparse` command, called through `main(argv)` and once as a real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import Article
from newsparse.cli import format_text, main
from tests.conftest import REAL_SHAPED, read_sample


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --- one article ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(REAL_SHAPED, id="real-shaped"),
        pytest.param(REAL_SHAPED.replace("\n", "\r\n"), id="crlf kept"),
        pytest.param("", id="empty"),
        pytest.param("Caf\u00e9 \u201cquoted\u201d\u00a0title", id="non-ascii"),
    ],
)
def test_file_prints_the_article_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    assert main([str(_write(tmp_path / "a.txt", text))]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "headline"')  # indent 2
    assert Article.model_validate_json(out) == newsparse.parse(text)


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, REAL_SHAPED.replace("\n", "\r\n").encode())
    assert main(["-"]) == 0
    got = Article.model_validate_json(capsys.readouterr().out)
    assert got == newsparse.parse(REAL_SHAPED.replace("\n", "\r\n"))


def test_byte_order_mark_is_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REAL_SHAPED.encode())
    assert main([str(path)]) == 0
    assert Article.model_validate_json(capsys.readouterr().out) == newsparse.parse(REAL_SHAPED)


def test_sample_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sample"]) == 0
    got = Article.model_validate_json(capsys.readouterr().out)
    assert got == newsparse.parse(read_sample())


def test_sample_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sample", "--format", "text"]) == 0
    out = capsys.readouterr().out
    article = newsparse.parse(read_sample())
    assert out.startswith(f"Headline: {article.headline}\n")
    for heading in ("Sections:", "Images:", "Quotes:", "Speakers:"):
        assert heading in out


def test_format_text_shows_every_part(full_article: Article) -> None:
    out = format_text(full_article)
    for expected in [
        "Headline: Putin's Ally Faces 'Last Fight'",
        "Dek:      The opposition leader speaks",
        "Byline:   By Jane Doe",
        "Sections: 2 (1 paragraph)",
        "1. (before any heading) - 1 paragraph",
        '"We are ready," she said.',
        "2. What comes next - 0 paragraphs",
        "title:         Putin and Lukashenko meet in Sochi Russia",
        "caption:       Russian President Vladimir Putin meets with Alexander Lukashenko.",
        "credit:        RAMIL SITDIKOV/SPUTNIK/AFP via Getty Images",
        "photographers: Ramil Sitdikov",
        "agencies:      Sputnik, AFP, Getty Images",
        "roles:         Pool",
        "date:          2022-05-23 (May 23, 2022)",
        "1. \u201cWe are ready,\u201d - Sviatlana Tsikhanouskaya (said)",
        "Sviatlana Tsikhanouskaya (Opposition leader): 1 quote",
        "Agencies: Sputnik, AFP, Getty Images",
    ]:
        assert expected in out


def test_format_text_of_an_empty_article() -> None:
    out = format_text(newsparse.parse(""))
    assert out.splitlines()[0] == "Headline: -"
    assert "Quotes: 0" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsparse {newsparse.__version__}"


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="nothing to parse"),
        pytest.param(["a.txt", "--sample"], id="file and sample"),
        pytest.param(["--jsonl", "-", "--format", "text"], id="text format for jsonl"),
        pytest.param(["--jsonl", "-", "--workers", "-1"], id="negative workers"),
        pytest.param(["--jsonl", "-", "--chunksize", "0"], id="zero chunksize"),
        pytest.param(["--format", "xml", "--sample"], id="unknown format"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage: newsparse" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), (b"caf\xe9", "cannot read")],
    ids=["missing file", "not utf-8"],
)
def test_unreadable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    assert main([str(path)]) == 2
    assert message in capsys.readouterr().err


def test_help_documents_exit_status_and_records(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ["--sample", "--format", "--jsonl", "--text-field", "--id-field", "--workers"]:
        assert option in out
    assert "Exit status" in out
    assert '"error"' in out


# --- JSONL ---------------------------------------------------------------------------------

GOOD = [
    {"id": "a1", "text": REAL_SHAPED},
    {"id": "a2", "text": "Second Story\n\nIt happened."},
    {"text": "No Id\n\nBody."},
]


def _jsonl(records: list[object]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


@pytest.mark.parametrize("workers", ["0", "2"])
def test_jsonl_all_good_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(list(GOOD)))
    assert main(["--jsonl", str(src), "--workers", workers]) == 0
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [(r["line"], r["id"]) for r in out] == [(1, "a1"), (2, "a2"), (3, None)]
    assert [Article.model_validate(r["article"]) for r in out] == [
        newsparse.parse(r["text"]) for r in GOOD
    ]
    assert captured.err == ""  # stderr is not a terminal: no progress


def test_jsonl_failed_lines_are_kept_reported_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (
        _jsonl([GOOD[0]])
        + b"{not json\n"
        + _jsonl([{"id": "x"}, {"id": "y", "text": 5}])
        + b"\n"  # a blank line: ignored
        + _jsonl([GOOD[1]])
    )
    _stdin(monkeypatch, data)
    assert main(["--jsonl", "-", "--workers", "2", "--chunksize", "1"]) == 1
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["line"] for r in out] == [1, 2, 3, 4, 6]
    assert ["article" in r for r in out] == [True, False, False, False, True]
    assert out[2] == {"line": 3, "id": "x", "error": "missing field 'text'"}
    assert out[3]["id"] == "y"
    err = captured.err.splitlines()
    assert [e.split(":")[1].strip() for e in err] == ["line 2", "line 3", "line 4"]


def test_jsonl_text_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl([{"key": "k", "body": "From Body\n\nText."}]))
    assert main(["--jsonl", str(src), "--text-field", "body", "--id-field", "key"]) == 0
    (record,) = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (record["id"], record["article"]["headline"]) == ("k", "From Body")


def test_jsonl_progress_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(list(GOOD)))
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["--jsonl", str(src), "--workers", "0"]) == 0
    assert "line 3" in tty.getvalue()
    assert "\r" in tty.getvalue()
    assert len(capsys.readouterr().out.splitlines()) == 3  # progress never on stdout


def test_jsonl_missing_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", str(tmp_path / "nope.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


# --- as a real process ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        pytest.param([sys.executable, "-m", "newsparse"], id="python -m newsparse"),
        pytest.param([str(Path(sys.executable).parent / "newsparse")], id="console script"),
    ],
)
def test_as_a_process(command: list[str]) -> None:
    if not Path(command[0]).exists():
        pytest.skip("console script not installed")
    done = subprocess.run(
        [*command, "--jsonl", "-", "--workers", "2"],
        input=_jsonl([*GOOD, 3]),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 4
    assert json.loads(lines[3]) == {
        "line": 4,
        "id": None,
        "error": "expected a JSON object, got number",
    }
    assert b"line 4" in done.stderr


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    # `newsparse --jsonl big.jsonl | head -1`: no BrokenPipeError traceback
    script = (
        f"{sys.executable} -m newsparse --jsonl - --workers 2 2>err.txt | head -1 >/dev/null;"
        " cat err.txt"
    )
    data = _jsonl([GOOD[0]] * 3000)
    done = subprocess.run(
        ["bash", "-c", script],
        input=data,
        capture_output=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert b"Traceback" not in done.stdout
