"""The extraction cache kept in the output folder: a re-run parses only what changed.

Each document's extraction is stored under a key made of its text's SHA-256, the spaCy
pipeline's name and version, and :data:`EXTRACTION_VERSION`; any of them changing is a miss.
The store is one SQLite file (``.kg-cache.sqlite``), written in transactions, so an
interrupted run leaves it consistent; a damaged one is set aside and started anew.

Example:
    >>> key = cache_key("The US left Iraq.", model="m", model_version="1.0")
    >>> len(key), key == cache_key("The US left Iraq!", model="m", model_version="1.0")
    (64, False)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import zlib
from pathlib import Path
from types import TracebackType

from kg.engine import DocExtraction
from kg.errors import OutputError

__all__ = ["CACHE_FILE", "CACHE_FORMAT", "DAMAGED_SUFFIX", "EXTRACTION_VERSION", "ExtractionCache", "cache_key"]

CACHE_FILE = ".kg-cache.sqlite"
#: The layout of the cache file, kept in SQLite's ``user_version``: a kg refuses a newer one.
CACHE_FORMAT = 1
#: A damaged cache file is moved to its name plus this, and a new one started.
DAMAGED_SUFFIX = ".damaged"
#: Bump whenever extraction rules change what a document yields: every cached entry is then stale.
EXTRACTION_VERSION = "2026.12.13.4"  # a clause's links keep who reports it


def cache_key(text: str, *, model: str, model_version: str, kg_version: str | None = None) -> str:
    """Return the cache key of one document's TEXT under MODEL and kg's extraction version
    (default: :data:`EXTRACTION_VERSION`)."""
    digest = hashlib.sha256()
    for part in (kg_version or EXTRACTION_VERSION, model, model_version, text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class ExtractionCache:
    """Extractions by key, in a SQLite file; use as a context manager.

    Entries are stored under the document id they were computed for; :meth:`get` renames
    them for the asking document (same text in another file).

    A damaged file (not SQLite, truncated, failing SQLite's check) is moved aside to
    ``<name>.damaged`` and a new cache started; :attr:`notice` then says so. A file marked
    with a newer :data:`CACHE_FORMAT` than this kg's is refused, not overwritten. Any other
    failure (locked past ``timeout`` seconds, disk full) is an :class:`OutputError`.
    """

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.hits = 0
        self.misses = 0
        self.notice: str | None = None  # what was done about a damaged file
        try:
            try:
                self._db = self._open(timeout)
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError as error:
                self._set_aside(error)
                self._db = self._open(timeout)
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _open(self, timeout: float) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=timeout)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > CACHE_FORMAT:
                raise OutputError(
                    f"{self.path}: written by a newer kg (cache format {version}; this kg reads format "
                    f"{CACHE_FORMAT}): use --no-cache, or delete the file"
                )
            (check,) = db.execute("PRAGMA quick_check(1)").fetchone()
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            if version < CACHE_FORMAT:  # new, or from a kg before the format mark (the same table)
                db.execute(f"PRAGMA user_version = {CACHE_FORMAT}")
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self, error: sqlite3.Error) -> None:
        """Move the damaged file to ``<name>.damaged`` (replacing an older one), with no journal left."""
        aside = self.path.with_name(self.path.name + DAMAGED_SUFFIX)
        try:
            os.replace(self.path, aside)
            for journal in ("-journal", "-wal", "-shm"):  # they belong to the damaged file
                self.path.with_name(self.path.name + journal).unlink(missing_ok=True)
        except OSError as failure:
            reason = failure.strerror or failure
            raise OutputError(f"{self.path}: damaged ({error}) and cannot be moved aside ({reason})") from None
        self.notice = f"{self.path}: damaged cache ({error}), moved to {aside.name}; starting a new one"

    def _error(self, error: sqlite3.Error) -> OutputError:
        return OutputError(f"{self.path}: the cache cannot be used ({error}); use --no-cache, or delete the file")

    def get(self, key: str, doc_id: str) -> DocExtraction | None:
        """Return the cached extraction for KEY (renamed to DOC_ID), or None."""
        try:
            row = self._db.execute("SELECT data FROM extraction WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            raise self._error(error) from error
        if row is None:
            self.misses += 1
            return None
        try:
            found = DocExtraction.from_dict(json.loads(zlib.decompress(row[0])))
        except (zlib.error, ValueError, KeyError, TypeError):
            self.misses += 1  # a damaged entry is recomputed
            return None
        self.hits += 1
        return found.renamed(doc_id)

    def put(self, key: str, extraction: DocExtraction) -> None:
        """Store EXTRACTION under KEY (committed with the next :meth:`commit`)."""
        data = zlib.compress(json.dumps(extraction.to_dict(), ensure_ascii=False).encode("utf-8"))
        try:
            self._db.execute("INSERT OR REPLACE INTO extraction (key, data) VALUES (?, ?)", (key, data))
        except sqlite3.Error as error:
            raise self._error(error) from error

    def commit(self) -> None:
        """Make the stored entries durable."""
        try:
            self._db.commit()
        except sqlite3.Error as error:
            raise self._error(error) from error

    def close(self) -> None:
        """Commit and close the file."""
        try:
            self.commit()
        finally:
            self._db.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if error is None:
            self.close()
            return
        with contextlib.suppress(OutputError):  # keep what was parsed; the error in flight is the one to report
            self.close()
