"""Read input documents: text files, folders of them (recursive) and standard input.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Iraq borders Iran.")
    >>> [d.id for d in read_documents([folder])]
    ['a.txt']
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from kg.errors import InputError
from kg.model import Document

__all__ = ["TEXT_SUFFIXES", "collect_files", "read_documents"]

#: File name endings read as text when a folder is given.
TEXT_SUFFIXES = frozenset({".txt", ".md"})
STDIN = "-"


def collect_files(path: Path) -> list[tuple[str, Path]]:
    """Return (document id, file) pairs for PATH: the file itself or every text file below it.

    Raises:
        InputError: PATH does not exist.
    """
    if path.is_file():
        return [(path.name, path)]
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
        return [(p.relative_to(path).as_posix(), p) for p in files]
    raise InputError(f"{path}: no such file or folder")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error


def read_documents(paths: Sequence[str | Path], *, stdin: TextIO | None = None) -> Iterator[Document]:
    """Yield a :class:`Document` per input file, folder member or standard input (``-``).

    Document ids are file names relative to the folder given; ids repeated across
    several PATHs get a ``#2``, ``#3`` suffix.

    Raises:
        InputError: a path does not exist or a file is not readable UTF-8 text.
    """
    seen: dict[str, int] = {}
    for raw in paths:
        if str(raw) == STDIN:
            entries: list[tuple[str, Path | None]] = [("stdin", None)]
        else:
            entries = list(collect_files(Path(raw)))
        for doc_id, file in entries:
            text = (stdin or sys.stdin).read() if file is None else _read_text(file)
            count = seen.get(doc_id, 0) + 1
            seen[doc_id] = count
            unique = doc_id if count == 1 else f"{doc_id}#{count}"
            yield Document(id=unique, text=text, source=str(file) if file else STDIN)
