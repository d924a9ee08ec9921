"""The extraction cache kept in the output folder: a re-run parses only what changed.

Each document's extraction is stored under a key made of its text's SHA-256, the spaCy
pipeline's name and version, and :data:`EXTRACTION_VERSION`; any of them changing is a miss.
The store is one SQLite file (``.kg-cache.sqlite``), written in transactions, so an
interrupted run leaves it consistent.

Example:
    >>> key = cache_key("The US left Iraq.", model="m", model_version="1.0")
    >>> len(key), key == cache_key("The US left Iraq!", model="m", model_version="1.0")
    (64, False)
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path
from types import TracebackType

from kg.engine import DocExtraction
from kg.errors import OutputError

__all__ = ["CACHE_FILE", "EXTRACTION_VERSION", "ExtractionCache", "cache_key"]

CACHE_FILE = ".kg-cache.sqlite"
#: Bump whenever extraction rules change what a document yields: every cached entry is then stale.
EXTRACTION_VERSION = "2026.12.01.1"  # graph mentions: every named entity and value, arguments anchored


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
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.hits = 0
        self.misses = 0
        try:
            self._db = sqlite3.connect(self.path)
            self._db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        except sqlite3.Error as error:
            raise OutputError(f"{self.path}: cannot open the cache ({error}); delete it or use --no-cache") from error

    def get(self, key: str, doc_id: str) -> DocExtraction | None:
        """Return the cached extraction for KEY (renamed to DOC_ID), or None."""
        row = self._db.execute("SELECT data FROM extraction WHERE key = ?", (key,)).fetchone()
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
        self._db.execute("INSERT OR REPLACE INTO extraction (key, data) VALUES (?, ?)", (key, data))

    def commit(self) -> None:
        """Make the stored entries durable."""
        self._db.commit()

    def close(self) -> None:
        """Commit and close the file."""
        self._db.commit()
        self._db.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
