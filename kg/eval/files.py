"""Read benchmark files, plain or gzip-compressed (by their ``.gz`` suffix).

Example:
    >>> import gzip, tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "x.txt.gz"
    >>> _ = path.write_bytes(gzip.compress("a\\nb\\n".encode()))
    >>> read_lines(path)
    ['a', 'b']
"""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = ["read_jsonl", "read_lines", "read_text"]


def read_text(path: str | Path) -> str:
    """Return the UTF-8 text of PATH, decompressed when it ends in ``.gz``.

    Raises:
        InputError: the file cannot be read, decompressed or decoded.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        return data.decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(f"{path}: cannot be read ({reason})") from error


def read_lines(path: str | Path) -> list[str]:
    """Return the lines of PATH (see :func:`read_text`), without line ends."""
    return read_text(path).splitlines()


def read_jsonl(path: str | Path) -> list[Any]:
    """Return the JSON value of each non-blank line of PATH (see :func:`read_text`).

    Raises:
        InputError: the file cannot be read, or a line is not JSON (its number is said).
    """
    values = []
    for number, line in enumerate(read_lines(path), 1):
        if line.strip():
            try:
                values.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number}: not JSON ({error.msg})") from error
    return values
