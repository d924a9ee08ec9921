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
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kg.errors import InputError
from kg.model import Document

__all__ = ["BINARY_SIGNATURES", "TEXT_SUFFIXES", "Skipped", "collect_files", "decode", "read_documents"]

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
    """An input that was not read, and why."""

    source: str
    reason: str

    def line(self) -> str:
        """Return the one-line warning for this input."""
        return f"{self.source}: skipped: {self.reason}"


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
        else:
            entries = list(collect_files(Path(raw)))
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
            except InputError as error:
                if skipped is None:
                    raise InputError(f"{source}: {error}") from None
                skipped.append(Skipped(source, str(error)))
                continue
            count = seen.get(doc_id, 0) + 1
            seen[doc_id] = count
            unique = doc_id if count == 1 else f"{doc_id}#{count}"
            yield Document(id=unique, text=text, source=source)
