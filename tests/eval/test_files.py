"""Benchmark files are read plain or gzip-compressed; a bad one is one InputError line."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.eval.files import read_lines, read_text
from tests.conftest import DATA

TEXT = "Iraq borders Iran .\tborders\tIraq\tIran\nSecond line ü\n"


@pytest.mark.parametrize(("name", "data"), [("gold.tsv", TEXT.encode()), ("gold.tsv.gz", gzip.compress(TEXT.encode()))])
def test_files_plain_and_gzip_read_the_same(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    assert read_text(tmp_path / name) == TEXT
    assert read_lines(tmp_path / name) == TEXT.splitlines()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("missing.tsv", None, "No such file or directory"),
        ("latin1.tsv", "café".encode("latin-1"), "can't decode"),
        ("plain.tsv.gz", b"not gzip at all", "Not a gzipped file"),
        ("truncated.tsv.gz", gzip.compress(TEXT.encode() * 50)[:30], "ended before the end-of-stream"),
        ("damaged.tsv.gz", (lambda z: z[:10] + b"\xff" * 20 + z[30:])(gzip.compress(TEXT.encode() * 50)), "Error"),
    ],
)
def test_files_unreadable_is_one_input_error(tmp_path: Path, name: str, data: bytes | None, reason: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as caught:
        read_lines(path)
    assert str(caught.value).startswith(f"{path}: cannot be read (") and "\n" not in str(caught.value)


def test_files_repository_gold_is_read_compressed() -> None:
    lines = read_lines(DATA / "carb" / "dev-gold.tsv.gz")
    assert len(lines) > 2000 and all(line.count("\t") >= 2 for line in lines)
