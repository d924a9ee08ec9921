"""Nationality and faith words, and the places and faiths they name.

``Canadian singer Justin Bieber`` says Bieber is of Canada: the word ``Canadian`` stays a node of
its own (Re-DocRED, like most annotators, keeps nationality words apart from their country), and
a copula to it (``Bieber is Canadian``) also joins the country the graph names, with the word
kept in the relation (``be Canadian``); so does a place noun's (``the Canadian province of
Alberta``: Alberta is province of Canada). The table, ``demonyms.tsv``, lists countries, regions,
continents and faiths by the words for their people (``American``, ``Muslim``).

Example:
    >>> named_place("Americans"), named_place("the Swiss"), named_place("Romanian Jewish")
    ('United States', 'Switzerland', None)
"""

from __future__ import annotations

from functools import cache

from kg.extract.places import demonym_rows
from kg.graph.normalize import mention_key

__all__ = ["demonyms", "named_place"]


@cache
def demonyms() -> dict[str, str]:
    """The demonym table: each word's :func:`~kg.graph.normalize.mention_key` -> the place or faith it names.

    Example:
        >>> demonyms()["american"], demonyms()["muslim"]
        ('United States', 'Islam')
    """
    return {mention_key(word): place for word, place in demonym_rows()}


def named_place(word: str) -> str | None:
    """The place or faith the nationality or faith WORD names (a plural too: ``Americans``), else None."""
    key = mention_key(word)
    table = demonyms()
    found = table.get(key)
    return found if found is not None or not key.endswith("s") else table.get(key[:-1])
