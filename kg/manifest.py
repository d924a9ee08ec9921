"""Know when a build's outputs are already up to date, as ``make`` does.

After a build, ``.kg-manifest.json`` in the output folder records a fingerprint of what
went in (every input file's path, size and modification time, the model and its version,
kg's extraction version, the options that shape the outputs) and the SHA-256 of every file
written. A re-run with the same fingerprint whose outputs are untouched has nothing to do.

Example:
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (out / "graph.ttl").write_text("x")
    >>> write_manifest(out, "abc", [out / "graph.ttl"], ["1 documents"])
    >>> up_to_date(out, "abc"), up_to_date(out, "def")
    (['1 documents'], None)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from kg.export.atomic import write_atomic
from kg.io import STDIN, collect_files

__all__ = ["MANIFEST_FILE", "input_fingerprint", "up_to_date", "write_manifest"]

MANIFEST_FILE = ".kg-manifest.json"


def input_fingerprint(paths: Sequence[str | Path], **settings: str) -> str | None:
    """Return a fingerprint of the input files under PATHS and SETTINGS (None for standard input).

    Files are identified by path, size and modification time, so nothing is read.
    """
    if any(str(p) == STDIN for p in paths):
        return None
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    for raw in paths:
        if not Path(raw).exists():
            return None  # the build will report it; never "up to date" with a missing input
        for doc_id, file in collect_files(Path(raw)):
            try:
                stat = file.stat()
            except OSError:
                return None
            digest.update(f"{raw}\0{doc_id}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(out_dir: Path, fingerprint: str, written: Sequence[Path], summary: Sequence[str]) -> None:
    """Record FINGERPRINT, the hashes of the WRITTEN files and the build's SUMMARY lines."""
    record = {
        "fingerprint": fingerprint,
        "outputs": {path.name: _sha256(path) for path in written},
        "summary": list(summary),
    }
    write_atomic(out_dir / MANIFEST_FILE, json.dumps(record, indent=1, sort_keys=True) + "\n")


def up_to_date(out_dir: Path, fingerprint: str) -> list[str] | None:
    """Return the last build's summary when its FINGERPRINT matches and its outputs are intact."""
    try:
        record = json.loads((out_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        if record["fingerprint"] != fingerprint:
            return None
        for name, digest in record["outputs"].items():
            if _sha256(out_dir / name) != digest:
                return None
        return [str(line) for line in record["summary"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
