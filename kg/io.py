"""Read input documents: text files, folders of them (recursive) and standard input.

Text is decoded as UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured); anything else
is never guessed at: a binary file (PDF, image, archive, NUL bytes) or text in another
encoding is reported and skipped, as is an empty file.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Iraq borders Iran.")
    >>> _ = (folder / "b.txt").write_bytes(b"%PDF-1.7 ...")
    >>> skipped = []
    >>> [d.id for d in read_documents([folder], skipped=skipped)], [s.reason for s in skipped]
    (['a.txt'], ['a binary file (PDF), not text'])
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kg.clean import clean_text, not_english
from kg.errors import InputError
from kg.model import Document

__all__ = ["BINARY_SIGNATURES", "TEXT_SUFFIXES", "Skipped", "collect_files", "count_files", "decode", "read_documents"]

#: File name endings read as text when a folder is given.
TEXT_SUFFIXES = frozenset({".txt", ".md"})
STDIN = "-"

#: Leading bytes of common binary formats that users hand over as "text".
BINARY_SIGNATURES: dict[bytes, str] = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG",
    b"PK\x03\x04": "zip",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"\x1f\x8b": "gzip",
    b"\x7fELF": "executable",
}


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read (``action="skipped"``), or was read after a repair
    (``action="read"``: markup or control characters removed), and why."""

    source: str
    reason: str
    action: str = "skipped"

    @property
    def is_skipped(self) -> bool:
        """Tell whether the input was left out of the build."""
        return self.action == "skipped"

    def line(self) -> str:
        """Return the one-line warning for this input."""
        return f"{self.source}: {self.action}: {self.reason}"


def collect_files(path: Path, skipped: list[Skipped] | None = None) -> list[tuple[str, Path]]:
    """Return (document id, file) pairs for PATH: the file itself or every text file below it.

    Folders are walked through symbolic links, each real folder once (a link loop ends
    there). With SKIPPED given, text-named entries that are not readable files (broken
    links, pipes, devices) and link loops are recorded there.

    Raises:
        InputError: PATH does not exist.
    """
    if path.is_file():
        return [(path.name, path)]
    if not path.is_dir():
        raise InputError(f"{path}: no such file or folder")
    found: list[tuple[str, Path]] = []
    visited: set[tuple[int, int]] = set()
    for root, folders, files in os.walk(path, followlinks=True):
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in visited:
            folders[:] = []
            if skipped is not None:
                skipped.append(Skipped(root, "a symbolic link loop (folder already read)"))
            continue
        visited.add((info.st_dev, info.st_ino))
        folders.sort()
        for name in sorted(files):
            file = Path(root) / name
            if file.suffix.lower() not in TEXT_SUFFIXES:
                continue
            if file.is_file():
                found.append((file.relative_to(path).as_posix(), file))
            elif skipped is not None:
                reason = "a broken symbolic link" if file.is_symlink() and not file.exists() else "not a regular file"
                skipped.append(Skipped(str(file), reason))
    return sorted(found)


def count_files(paths: Sequence[str | Path]) -> int | None:
    """Return how many documents PATHS hold (None when one is standard input or does not exist)."""
    try:
        return (
            sum(len(collect_files(Path(p))) for p in paths if str(p) != STDIN) if STDIN not in map(str, paths) else None
        )
    except InputError:
        return None


def decode(data: bytes) -> str:
    """Return DATA as text, or raise :class:`InputError` saying why it is not readable text.

    Example:
        >>> decode(codecs.BOM_UTF16_LE + "Irak".encode("utf-16-le"))
        'Irak'
        >>> decode("café".encode("latin-1"))
        Traceback (most recent call last):
        kg.errors.InputError: not UTF-8 text (invalid byte 0xe9 at offset 3); convert it to UTF-8 first
    """
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"a binary file ({kind}), not text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"broken UTF-16 text ({error.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError("a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1].hex()
        raise InputError(
            f"not UTF-8 text (invalid byte 0x{byte} at offset {error.start}); convert it to UTF-8 first"
        ) from None


def _read(file: Path) -> str:
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})") from None
    return decode(data)


def read_documents(
    paths: Sequence[str | Path], *, stdin: TextIO | None = None, skipped: list[Skipped] | None = None
) -> Iterator[Document]:
    """Yield a :class:`Document` per input file, folder member or standard input (``-``).

    Document ids are file names relative to the folder given; ids repeated across several
    PATHs get a ``#2``, ``#3`` suffix. With SKIPPED given, an unreadable, binary, non-UTF-8
    or empty file is recorded there and the others are still read; without it, the first
    such file raises.

    Raises:
        InputError: a path does not exist (always), or a file cannot be read (without SKIPPED).
    """
    seen: dict[str, int] = {}
    for raw in paths:
        if str(raw) == STDIN:
            entries: list[tuple[str, Path | None]] = [("stdin", None)]
        elif skipped is not None and not Path(raw).exists():
            skipped.append(Skipped(str(raw), "no such file or folder"))
            continue
        else:
            entries = list(collect_files(Path(raw), skipped))
        for doc_id, file in entries:
            source = str(file) if file is not None else STDIN
            try:
                if file is not None:
                    text = _read(file)
                elif stdin is not None:
                    text = stdin.read()
                else:
                    text = decode(sys.stdin.buffer.read())
                if not text.strip():
                    raise InputError("empty (no text)")
                text, notes = clean_text(text)
                if not text.strip():
                    raise InputError("no text once markup is removed")
                problem = not_english(text)
                if problem:
                    raise InputError(problem)
            except InputError as error:
                if skipped is None:
                    raise InputError(f"{source}: {error}") from None
                skipped.append(Skipped(source, str(error)))
                continue
            if notes and skipped is not None:
                skipped.append(Skipped(source, "; ".join(notes), action="read"))
            count = seen.get(doc_id, 0) + 1
            seen[doc_id] = count
            unique = doc_id if count == 1 else f"{doc_id}#{count}"
            yield Document(id=unique, text=text, source=source)
