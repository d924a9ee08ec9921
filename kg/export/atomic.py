"""Write files atomically: a temporary file in the same folder, then a rename.

An interrupted write leaves the previous file untouched.

Example:
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_atomic(path, "hello")
    >>> path.read_text()
    'hello'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["atomic_path", "write_atomic"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside PATH; on success rename it onto PATH.

    Example:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "x.bin"
        >>> with atomic_path(target) as tmp:
        ...     _ = tmp.write_bytes(b"1")
        >>> target.read_bytes()
        b'1'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    tmp = Path(name)
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: str | os.PathLike[str] | IO[bytes], data: str | bytes) -> None:
    """Write DATA to PATH atomically, or to an open binary file object as is."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if isinstance(path, (str, os.PathLike)):
        with atomic_path(path) as tmp:
            tmp.write_bytes(payload)
    else:
        path.write(payload)
