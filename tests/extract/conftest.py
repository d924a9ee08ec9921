"""Helpers for the construction tables: triples as (subject, relation, object) tuples."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Triple

Extract = Callable[[str], list[Triple]]


def spo(triples: list[Triple]) -> set[tuple[str, str, str | None]]:
    """Return the (subject, relation as read, object) of each triple."""
    return {(t.subject.text, t.relation.text, t.object.text if t.object else None) for t in triples}


def find(triples: list[Triple], relation: str) -> Triple:
    """Return the first triple whose relation reads RELATION (fails the test if none)."""
    found = [t for t in triples if t.relation.text == relation]
    assert found, f"no {relation!r} in {sorted(spo(triples), key=str)}"
    return found[0]
