"""Mint valid, stable IRIs from entity keys and relation labels.

Letters and digits (any script), ``-`` and ``.`` are kept and single spaces become
``_``; when anything else had to go (punctuation, other whitespace, ``_`` itself), a
short hash of the original text is appended, so distinct texts keep distinct IRIs.
The result never needs percent-encoding, is valid per RFC 3987 and is safe in every
RDF syntax and in SPARQL.

Example:
    >>> slug("united states")
    'united_states'
    >>> slug('a "quoted" <tag>')
    'a_quoted_tag-573a39c0'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["slug", "unique_slugs"]

_UNDERSCORES = re.compile(r"_+")


def _keep(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char in "-."
    return unicodedata.category(char)[0] in {"L", "N"}


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """Return TEXT as an IRI path segment (see the module docstring).

    Example:
        >>> slug("Al Sudani")
        'Al_Sudani'
        >>> slug("東京")
        '東京'
    """
    normal = unicodedata.normalize("NFC", text)
    words = normal.split()
    kept = "_".join("".join(c if _keep(c) else "_" for c in word) for word in words)
    cleaned = _UNDERSCORES.sub("_", kept).strip("_.")
    if cleaned and "_" not in normal and cleaned == normal.replace(" ", "_"):
        return cleaned
    digest = hashlib.sha256(normal.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned}-{digest}" if cleaned else f"_{digest}"


def unique_slugs(texts: Iterable[str]) -> dict[str, str]:
    """Map each text to its slug, suffixing ``_2``, ``_3`` ... should two texts still collide.

    Texts are taken in sorted order, so the mapping is the same on every run.

    Example:
        >>> unique_slugs(["a b", "a  b"])
        {'a  b': 'a_b-6e12db73', 'a b': 'a_b'}
    """
    result: dict[str, str] = {}
    used: set[str] = set()
    for text in sorted(set(texts)):
        base = slug(text)
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}_{n}"
        used.add(candidate)
        result[text] = candidate
    return result
