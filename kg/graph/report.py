"""Quality figures of a graph: what a user checks first about entity merging.

Example:
    >>> from kg.graph import build_graph
    >>> quality_report(build_graph([]))["pronoun_nodes"]
    0
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from itertools import combinations
from typing import Any

import networkx as nx

from kg.graph.entities import type_group
from kg.graph.normalize import PRONOUN_LABELS, is_pronoun_label

__all__ = [
    "PRONOUN_LABELS",
    "headline",
    "merge_records",
    "possible_conflations",
    "possible_duplicates",
    "quality_report",
]


def merge_records(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Return one record per (entity, alias, rule): why each surface form is part of its entity."""
    records = []
    for node, data in sorted(graph.nodes(data=True)):
        for merge in data.get("merges", []):
            records.append({"entity": node, "label": data.get("label", node), **merge})
    return records


def _same_group(nodes: dict[str, dict[str, Any]], a: str, b: str) -> bool:
    """Tell whether entities A and B have types that may name one thing (:func:`type_group`)."""
    first, second = type_group(nodes[a].get("type")), type_group(nodes[b].get("type"))
    return not first or not second or first == second


def possible_duplicates(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Return the entities of GRAPH that may be one thing kept apart, each with the reason.

    - ``types``: one name split by incompatible types (``jordan#person``, ``jordan#place-or-org``);
    - ``ambiguous``: a short form (acronym, surname) that fits several entities and joined none;
    - ``suffix``: a name of two words or more that ends another of the same type group
      (``polish chemist jan kowal`` and ``jan kowal``; ``us department of defense`` and
      ``department of defense``): a descriptor NER took into a name, or one thing named in full
      and in part. A bare word (``army`` in ``mahdi army``) is not a candidate.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("jan kowal", label="Jan Kowal", kind="entity")
        >>> g.add_node("polish chemist jan kowal", label="Polish chemist Jan Kowal", kind="entity")
        >>> [(d["entities"], d["reason"]) for d in possible_duplicates(g)]
        [(['polish chemist jan kowal', 'jan kowal'], 'suffix')]
    """
    nodes = {str(n): d for n, d in graph.nodes(data=True) if d.get("kind", "entity") == "entity"}
    found: list[dict[str, Any]] = []

    def add(entities: list[str], reason: str) -> None:
        labels = [str(nodes[e].get("label", e)) if e in nodes else e for e in entities]
        found.append({"entities": entities, "labels": labels, "reason": reason})

    by_key: dict[str, list[str]] = {}
    for node in sorted(nodes):
        by_key.setdefault(node.split("#", 1)[0], []).append(node)
    for group in by_key.values():
        if len(group) > 1:
            add(group, "types")
    ambiguous = set()
    for node, data in sorted(nodes.items()):
        if data.get("ambiguous_with"):
            add([node, *map(str, data["ambiguous_with"])], "ambiguous")
            ambiguous.add(node)
    for key in sorted(by_key):
        words = key.split()
        for cut in range(1, len(words) - 1):
            shorter = " ".join(words[cut:])
            if (
                shorter in by_key
                and by_key[shorter][0] not in ambiguous
                and _same_group(nodes, by_key[key][0], by_key[shorter][0])
            ):
                add([by_key[key][0], by_key[shorter][0]], "suffix")
                break
    return found


#: Relations that put a thing in a place: ``in``, ``is in``, ``is city in``, ``is based in``,
#: ``is state of``.
_LOCATED = re.compile(
    r"^(?:be )?(?:\w+ )?(?:located |based |situated )?in$"  # "in", "is in", "is city in", "is based in"
    r"|^be (?:state|province|county|city|town|capital|seat) of$"
)
_PLACE_TYPES = frozenset({"GPE", "LOC"})
#: Relations that give a person's birthplace.
_BORN = re.compile(r"^(?:be )?(?:born|bear) in$")
#: Relations that date a person's birth or death, or an event or a law: by what they date, the
#: types of what they date and their keys (``born``, ``was signed in``).
_DATINGS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "born": (frozenset({"PERSON"}), re.compile(r"^(?:be )?(?:born|bear)(?: in| on)?$")),
    "died": (frozenset({"PERSON"}), re.compile(r"^die(?: in| on)?$")),
    "dated": (
        frozenset({"EVENT", "LAW"}),
        re.compile(r"^(?:date|be (?:signed|sign|fought|fight|held|hold)(?: in| on)|(?:take place|happen)(?: in| on))$"),
    ),
}
_YEAR = re.compile(r"\b(\d{3,4})\b")


def possible_conflations(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Return the entities of GRAPH that may be two things under one name, with the reason: a
    place put in two places that neither contain one another by the graph's own ``in`` edges nor
    share any edge, by sentences of two documents or more (``in two places``: ``Paris`` in France
    in one text and in Texas in another; within one document a name is one thing, and the text's
    own address is incomplete); a person born in two such places by two documents (``born in two
    places``: a Michael Jordan born in Brooklyn, another in Ponchatoula), or born or dead in two
    years by two documents (``born in two years``: a John Smith born in 1950, another in 1580); an
    event or a law dated in two years by two documents (``dated in two years``: the Treaty of
    Paris signed in 1783, another in 1856).

    Example:
        >>> g = nx.MultiDiGraph()
        >>> for n in ("paris", "france", "texas", "europe"):
        ...     g.add_node(n, label=n.title(), kind="entity", type="GPE")
        >>> _ = g.add_edge("paris", "france", key="be in", sentences=[{"doc_id": "a"}])
        >>> _ = g.add_edge("paris", "texas", key="be city in", sentences=[{"doc_id": "b"}])
        >>> [(d["entity"], d["places"]) for d in possible_conflations(g)]
        [('paris', ['france', 'texas'])]
        >>> _ = g.add_edge("paris", "europe", key="be in", sentences=[{"doc_id": "a"}])
        >>> _ = g.add_edge("france", "europe", key="be in", sentences=[{"doc_id": "a"}])
        >>> [(d["entity"], d["places"]) for d in possible_conflations(g)]  # France is in Europe: no conflict
        [('paris', ['europe', 'texas'])]
        >>> g.remove_node("texas"); possible_conflations(g)
        []
    """
    places = {str(n) for n, d in graph.nodes(data=True) if d.get("kind") == "entity" and d.get("type") in _PLACE_TYPES}
    within = nx.DiGraph()
    put: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # place -> place it is in -> documents
    for source, target, key, data in graph.edges(keys=True, data=True):
        if str(source) in places and str(target) in places and source != target and _LOCATED.match(str(key)):
            within.add_edge(str(source), str(target))
            put[str(source)][str(target)].update(str(s.get("doc_id", "")) for s in data.get("sentences", ()))
    born: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # person -> birthplace -> documents
    for source, target, key, data in graph.edges(keys=True, data=True):
        if str(target) in places and graph.nodes[source].get("type") == "PERSON" and _BORN.match(str(key)):
            born[str(source)][str(target)].update(str(s.get("doc_id", "")) for s in data.get("sentences", ()))
    found: list[dict[str, Any]] = []
    for node in sorted(put):  # a place: put in the two places by two documents or more
        pair = _apart(graph, within, put[node], lambda a, b: len(a | b) > 1)
        if pair is not None:
            found.append(_conflation(graph, node, pair, "in two places"))
    for node in sorted(born):  # a person: born in each by documents of its own
        pair = _apart(graph, within, born[node], lambda a, b: not a & b)
        if pair is not None:
            found.append(_conflation(graph, node, pair, "born in two places"))
    found.extend(_two_dates(graph))
    return found


def _two_dates(graph: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """The people of GRAPH born, or dead, in two years by documents of their own (``born in two
    years``, ``died in two years``), and the events and laws dated so (``dated in two years``):
    two things under one name, as a reader takes them (:data:`_DATINGS`)."""
    dated: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for source, target, key, data in graph.edges(keys=True, data=True):
        if graph.nodes[target].get("kind") != "value":
            continue
        kind = graph.nodes[source].get("type")
        year = _YEAR.search(str(graph.nodes[target].get("label", "")))
        what = next((w for w, (types, pattern) in _DATINGS.items() if kind in types and pattern.match(str(key))), None)
        if year is not None and what is not None:
            documents = {str(s.get("doc_id", "")) for s in data.get("sentences", ())}
            dated[(str(source), what)][year.group(1)].update(documents)
    for (node, what), years in sorted(dated.items()):
        pair = next(((a, b) for a, b in combinations(sorted(years), 2) if not years[a] & years[b]), None)
        if pair is not None:
            label = str(graph.nodes[node].get("label", node))
            yield {"entity": node, "label": label, "years": list(pair), "reason": f"{what} in two years"}


def _apart(
    graph: nx.MultiDiGraph,
    within: nx.DiGraph,
    places: dict[str, set[str]],
    separate: Callable[[set[str], set[str]], bool],
) -> tuple[str, str] | None:
    """The first two of PLACES (each with the documents that name it) that the graph never
    relates (:func:`_related`) and whose documents are SEPARATE; None when there are none."""
    return next(
        (
            (a, b)
            for a, b in combinations(sorted(places), 2)
            if separate(places[a], places[b]) and not _related(graph, within, a, b)
        ),
        None,
    )


def _related(graph: nx.MultiDiGraph, within: nx.DiGraph, a: str, b: str) -> bool:
    """Tell whether places A and B share an edge of GRAPH or one is in the other by WITHIN."""
    if graph.has_edge(a, b) or graph.has_edge(b, a):
        return True
    return a in within and b in within and (nx.has_path(within, a, b) or nx.has_path(within, b, a))


def _conflation(graph: nx.MultiDiGraph, node: str, places: tuple[str, str], reason: str) -> dict[str, Any]:
    labels = [str(graph.nodes[n].get("label", n)) for n in (node, *places)]
    return {"entity": node, "label": labels[0], "places": list(places), "place_labels": labels[1:], "reason": reason}


def quality_report(graph: nx.MultiDiGraph, *, top: int = 5) -> dict[str, Any]:
    """Return the headline figures of GRAPH's entities and relations.

    ``duplicates`` counts the entities that may be one thing kept apart, and
    ``possible_duplicates`` lists them with the reason (:func:`possible_duplicates`);
    ``possible_conflations`` lists the places and people that may be two things under one name
    (:func:`possible_conflations`).
    """
    nodes = list(graph.nodes(data=True))
    pronoun_nodes = sorted(
        str(d.get("label", n)) for n, d in nodes if is_pronoun_label(str(d.get("label", n)), d.get("type") or None)
    )
    candidates = possible_duplicates(graph)
    rules = Counter(m["rule"] for _, d in nodes for m in d.get("merges", []))
    largest = sorted(nodes, key=lambda nd: (-len(nd[1].get("aliases", [])), str(nd[0])))[:top]
    unresolved = int(graph.graph.get("unresolved_mentions", 0))
    return {
        "entities": graph.number_of_nodes(),
        "relations": graph.number_of_edges(),
        "relation_labels": len({k for _, _, k in graph.edges(keys=True)}),
        "pronoun_nodes": len(pronoun_nodes),
        "pronoun_node_labels": pronoun_nodes,
        "singletons": sum(1 for _, d in nodes if d.get("mentions", 0) == 1),
        "duplicates": len(candidates),
        "possible_duplicates": candidates,
        "possible_conflations": possible_conflations(graph),
        "unresolved_mentions_dropped": unresolved,
        "merges_by_rule": dict(sorted(rules.items())),
        "largest_alias_sets": [
            {"entity": str(n), "label": d.get("label", n), "aliases": d.get("aliases", [])} for n, d in largest
        ],
    }


def headline(report: dict[str, Any]) -> str:
    """Return the report as the one line ``kg build`` prints.

    Example:
        >>> headline({"entities": 2, "relations": 1, "relation_labels": 1, "pronoun_nodes": 0, "singletons": 1,
        ...           "duplicates": 0, "largest_alias_sets": [{"label": "US", "aliases": ["US", "the US"]}]})
        'entities 2, relations 1, relation labels 1, pronoun nodes 0, ..., may be two things 0; largest ...'
    """
    largest = ", ".join(f"{item['label']} ({len(item['aliases'])})" for item in report["largest_alias_sets"][:3])
    return (
        f"entities {report['entities']}, relations {report['relations']}, relation labels "
        f"{report['relation_labels']}, pronoun nodes {report['pronoun_nodes']}, singletons {report['singletons']}, "
        f"duplicates {report['duplicates']}, may be two things {len(report.get('possible_conflations', ()))}; "
        f"largest alias sets: {largest}"
    )
