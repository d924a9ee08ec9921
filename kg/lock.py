"""One build at a time in an output folder: an exclusive lock on its ``.kg-lock`` file.

The lock is the operating system's (``flock`` on Linux and macOS, ``msvcrt.locking`` on
Windows), so it is released when its holder exits, however it exits: a ``.kg-lock`` file
left by a killed build holds no lock and is taken over. The holder writes its process id
in the file, for the message of whoever waits, and removes the file when it is done.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with folder_lock(folder):
    ...     holder(folder) == os.getpid()
    True
    >>> (folder / LOCK_FILE).exists()
    False
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import BusyError, OutputError

__all__ = ["LOCK_FILE", "folder_lock", "holder", "to_stderr"]

LOCK_FILE = ".kg-lock"

if sys.platform == "win32":  # pragma: no cover - Linux is what the tests run on
    import msvcrt

    _FAR = 1 << 30  # the byte locked: far from the process id at the start, which others read

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _FAR, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _lock(fd: int) -> None:
        while not _try_lock(fd):
            time.sleep(0.2)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _FAR, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def to_stderr(message: str) -> None:
    """Print MESSAGE as kg prints a notice: ``kg: MESSAGE`` on standard error."""
    print(f"kg: {message}", file=sys.stderr, flush=True)


def holder(folder: str | Path) -> int | None:
    """Return the process id written in FOLDER's lock file (None when there is none).

    It names the build holding the lock only while one does: see :func:`folder_lock`.
    """
    try:
        return int((Path(folder) / LOCK_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def _same_file(fd: int, path: Path) -> bool:
    """True when PATH still names the open file FD (its holder removes it when done)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _busy_message(folder: Path, pid: int | None) -> str:
    by = f" (pid {pid})" if pid else ""
    return f"{folder}/: another build{by} is writing into this folder; run again when it ends, or without --no-wait"


def _waiting_message(folder: Path, pid: int | None) -> str:
    by = f" (pid {pid})" if pid else ""
    return f"waiting for the build into {folder}/{by} to finish"


@contextlib.contextmanager
def folder_lock(
    folder: str | Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = to_stderr
) -> Iterator[None]:
    """Hold the exclusive lock of FOLDER (created if needed) while the block runs.

    Args:
        folder: the output folder.
        wait: when another process (or thread) holds it, wait for it; else raise at once.
        on_wait: called once before waiting, with a message naming the folder and the holder's
            process id: ``waiting for the build into out/ (pid 1234) to finish`` (default:
            printed on standard error).

    Raises:
        BusyError: the folder is locked and WAIT is false.
        OutputError: the lock file cannot be created.
    """
    folder = Path(folder)
    path = folder / LOCK_FILE
    told = False
    while True:
        try:
            folder.mkdir(parents=True, exist_ok=True)  # a failed build may have removed the folder it made
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise OutputError(f"{folder}/: cannot lock the output folder ({error.strerror})") from error
        try:
            if not _try_lock(fd):
                pid = holder(folder)
                if not wait:
                    raise BusyError(_busy_message(folder, pid))
                if not told and on_wait is not None:
                    on_wait(_waiting_message(folder, pid))
                told = True
                _lock(fd)
            if not _same_file(fd, path):  # its holder removed it before we had it: start again
                os.close(fd)
                continue
        except BaseException:
            os.close(fd)
            raise
        break
    try:
        with contextlib.suppress(OSError):  # the id only names the holder to others: a full disk may refuse it
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        try:
            if _same_file(fd, path):
                with contextlib.suppress(OSError):  # Windows cannot remove an open file: it stays, unlocked
                    path.unlink()
            _unlock(fd)
        finally:
            os.close(fd)
