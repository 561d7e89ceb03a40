"""docs/scale.md is executed: its Python blocks as scripts, its console lines in bash.

The blocks run in order in a temporary folder holding two JSONL partitions, each Python
block as its own script (`__main__`, as a reader would run it), so that the dask block
runs on a real `distributed.LocalCluster(n_workers=2, processes=True)`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import Article
from tests.conftest import REAL_SHAPED

SCALE_MD = Path(__file__).resolve().parents[1] / "docs" / "scale.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)

PARTITIONS = {
    "articles-0.jsonl": [
        {"id": "a1", "text": "Storm Hits Coast\n\nThe storm hit the coast on Monday."},
        {"id": "a2", "text": REAL_SHAPED},
    ],
    "articles-1.jsonl": [
        {"id": "b1", "text": REAL_SHAPED.replace("\n", "\r\n")},
        {"text": "Calm Returns\n\n\u201cIt is over,\u201d the mayor said."},
        {"id": "b3", "text": ""},
    ],
}


def blocks(language: str) -> list[str]:
    return [code for lang, code in FENCE.findall(SCALE_MD.read_text()) if lang == language]


def _write_partitions(folder: Path) -> None:
    for name, records in PARTITIONS.items():
        lines = [json.dumps(r) + "\n" for r in records]
        (folder / name).write_text("".join(lines), encoding="utf-8")


def _run_python(code: str, folder: Path, name: str) -> None:
    script = folder / name
    script.write_text(code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{name} failed:\n{done.stdout}\n{done.stderr}"


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _expected(name: str) -> list[Article]:
    return [newsparse.parse(str(r["text"])) for r in PARTITIONS[name]]


def test_the_doc_has_the_three_recipes() -> None:
    python = blocks("python")
    assert any("parse_many" in code for code in python)
    assert any("dask.bag" in code and "LocalCluster" in code for code in python)
    assert any("newsparse --jsonl" in code for code in blocks("console"))


def test_parse_many_block(tmp_path: Path) -> None:
    _write_partitions(tmp_path)
    (code,) = [c for c in blocks("python") if "parse_many" in c]
    _run_python(code, tmp_path, "parse_many_example.py")
    headlines = (tmp_path / "headlines.txt").read_text(encoding="utf-8").splitlines()
    assert headlines == [str(a.headline) for a in _expected("articles-0.jsonl")]


def test_console_blocks(tmp_path: Path) -> None:
    _write_partitions(tmp_path)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for block in blocks("console"):
        for line in block.splitlines():
            if not line.startswith("$ "):
                continue
            done = subprocess.run(
                ["bash", "-c", line[2:]],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert done.returncode == 0, f"{line}\n{done.stderr}"
    first = _read_jsonl(tmp_path / "parsed-0.jsonl")
    assert [r["id"] for r in first] == ["a1", "a2"]
    assert [Article.model_validate(r["article"]) for r in first] == _expected("articles-0.jsonl")
    every = _read_jsonl(tmp_path / "parsed-all.jsonl")
    assert [r["id"] for r in every] == ["a1", "a2", "b1", None, "b3"]


@pytest.mark.dask
def test_dask_block_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    _write_partitions(tmp_path)
    (code,) = [c for c in blocks("python") if "dask.bag" in c]
    assert "LocalCluster(n_workers=2, processes=True" in code
    _run_python(code, tmp_path, "dask_example.py")
    outputs = sorted((tmp_path / "parsed").glob("*.jsonl"))
    assert [p.name for p in outputs] == ["0.jsonl", "1.jsonl"]
    for output, name in zip(outputs, PARTITIONS, strict=True):
        records = _read_jsonl(output)
        assert [r["id"] for r in records] == [r.get("id") for r in PARTITIONS[name]]
        assert [Article.model_validate(r["article"]) for r in records] == _expected(name)
