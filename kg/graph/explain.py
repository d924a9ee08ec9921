"""Explain an entity: its aliases, why each was merged, and its facts with their sentences (each
with its modality and who reports it, and ``not asserted`` on a fact every sentence hedges,
questions or intends).

Example:
    >>> from kg.model import Argument, Relation, Triple
    >>> from kg.graph import build_graph
    >>> t = Triple("d", 0, "The US left Iraq.", Argument("The US", 0, 6, "GPE"),
    ...            Relation("left", "leave", 7, 11), Argument("Iraq", 12, 16, "GPE"))
    >>> print(explain_text(build_graph([t]), "us"))
    US (GPE), 1 mention
    aliases:
      US x1  [exact: 'US' has key 'us']
    facts:
      US --leave--> Iraq  (1 sentence)
        d#0: The US left Iraq.
"""

from __future__ import annotations

import networkx as nx

from kg.errors import InputError
from kg.graph.entities import entity_key
from kg.modality import stated

__all__ = ["explain_text", "find_entity"]


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """Return the node (its id, a stable key) that NAME names: its id, label, one of its aliases,
    its key, or the last words of its name (a surname), all compared case-insensitively.

    Raises:
        InputError: no entity, or several, go by that name; the message lists near names.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("united states", label="United States", aliases=["US", "the United States"])
        >>> find_entity(g, "us"), find_entity(g, "UNITED STATES")
        ('united states', 'united states')
        >>> find_entity(g, "States")
        'united states'
        >>> find_entity(g, "united")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: no entity named 'united' in the graph; did you mean United States?
    """
    wanted = name.casefold().strip()
    key = entity_key(name)
    exact = [n for n in graph.nodes if str(n).casefold() == wanted]
    if exact:
        return str(exact[0])
    found = sorted(
        str(n)
        for n, d in graph.nodes(data=True)
        if str(d.get("label", "")).casefold() == wanted
        or wanted in {a.casefold() for a in d.get("aliases", [])}
        or str(n).split("#", 1)[0] == key
    )
    if not found:  # a surname or other last words of a name: "Sudani"
        found = sorted(
            str(n)
            for n, d in graph.nodes(data=True)
            if any(a.casefold().endswith(" " + wanted) for a in [str(d.get("label", "")), *d.get("aliases", [])])
        )
    if not found:
        near = sorted(
            {str(d.get("label", n)) for n, d in graph.nodes(data=True) if wanted in str(d.get("label", n)).casefold()}
        )
        hint = f"; did you mean {', '.join(near[:5])}?" if near else ""
        raise InputError(f"no entity named {name!r} in the graph{hint}")
    if len(found) > 1:
        raise InputError(f"{name!r} names several entities: {', '.join(found)}; give one of these ids")
    return found[0]


def explain_text(graph: nx.MultiDiGraph, name: str, *, sentences: int = 3) -> str:
    """Return a readable explanation of the entity NAME (see :func:`find_entity`)."""
    node = find_entity(graph, name)
    data = graph.nodes[node]
    mentions = int(data.get("mentions", 0))
    lines = [f"{data['label']} ({data.get('type') or 'untyped'}), {mentions} mention{'s' * (mentions != 1)}"]
    lines.append("aliases:")
    reasons: dict[str, list[str]] = {}
    for merge in data.get("merges", []):
        reasons.setdefault(merge["alias"], []).append(f"{merge['rule']}: {merge['evidence']}")
    counts = data.get("alias_counts", {})
    for alias in sorted(set(counts) | set(reasons)):
        count = f" x{counts[alias]}" if alias in counts else " (not a name)"
        lines.append(f"  {alias}{count}  [{'; '.join(dict.fromkeys(reasons.get(alias, ['?'])))}]")
    if not counts and not reasons:  # read back from RDF, which keeps the aliases, not their counts and rules
        lines.extend(f"  {alias}" for alias in data.get("aliases", []))
    lines.append("facts:")
    edges = [(s, t, k, d) for s, t, k, d in graph.out_edges(node, keys=True, data=True)]
    edges += [(s, t, k, d) for s, t, k, d in graph.in_edges(node, keys=True, data=True)]
    for source, target, key, edge in sorted(edges, key=lambda e: (-e[3].get("support", 0), str(e[0]), str(e[1]))):
        support = int(edge.get("support", 0))
        hedged = "" if stated(edge.get("sentences") or ()) else ", not asserted"
        lines.append(
            f"  {graph.nodes[source]['label']} --{key}--> {graph.nodes[target]['label']}  "
            f"({support} sentence{'s' * (support != 1)}{hedged})"
        )
        for record in edge.get("sentences", [])[:sentences]:
            said = f" [{record['modality']}]" if record.get("modality") else ""
            said += f" [according to {record['attribution']}]" if record.get("attribution") else ""
            lines.append(
                f"    {record['doc_id']}#{record['sentence_index']}{said}: {' '.join(record['sentence'].split())}"
            )
    return "\n".join(lines)
