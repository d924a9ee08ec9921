"""Three questions asked of a graph both in SPARQL (kg query) and in Cypher (a property-graph
database loaded with kg's exports): the answers must be the same.

Each answer is a sorted list of rows of strings; a value (a literal in RDF, a node in the
property graph) answers with its text. The entity asked about is chosen from the graph
at test time (the one with most asserted facts), so the questions hold whatever the graph.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import networkx as nx

from kg.export.rdf import asserted_edges

Rows = list[tuple[str, ...]]

#: name -> (SPARQL with {label} for the entity's label, Cypher with $label; ``label(r)`` is Kùzu's ``type(r)``)
QUESTIONS: dict[str, tuple[str, str]] = {
    "facts stated about the entity": (
        """SELECT ?relation ?object WHERE {
             ?s rdfs:label {label} ; ?p ?o . ?p a kg:Relation ; rdfs:label ?relation .
             OPTIONAL { ?o rdfs:label ?name } BIND(COALESCE(?name, STR(?o)) AS ?object) }""",
        "MATCH (a {label: $label})-[r]->(b) WHERE r.asserted RETURN label(r), b.label",
    ),
    "sentences supporting its facts, denials included": (
        """SELECT ?relation ?text WHERE {
             ?st rdf:subject ?s ; rdf:predicate ?p ; prov:wasDerivedFrom ?sentence .
             ?s rdfs:label {label} . ?p rdfs:label ?relation . ?sentence kg:text ?text }""",
        "MATCH (a {label: $label})-[r]->() UNWIND r.sentences AS text RETURN label(r), text",
    ),
    "facts the texts deny": (
        """SELECT DISTINCT ?subject ?relation ?object WHERE {
             ?st kg:negated true ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
             ?s rdfs:label ?subject . ?p rdfs:label ?relation .
             OPTIONAL { ?o rdfs:label ?name } BIND(COALESCE(?name, STR(?o)) AS ?object) }""",
        "MATCH (a)-[r]->(b) WHERE r.negated RETURN DISTINCT a.label, label(r), b.label",
    ),
}


def asked_entity(graph: nx.MultiDiGraph) -> str:
    """Return the label of the entity with most asserted facts (:func:`kg.export.rdf.asserted_edges`)."""
    facts = Counter(str(graph.nodes[s]["label"]) for s, _, _ in asserted_edges(graph))
    return min(facts, key=lambda label: (-facts[label], label))


def sparql_questions(label: str) -> dict[str, str]:
    """Return the SPARQL of each question about the entity LABEL."""
    literal = json.dumps(label, ensure_ascii=False) + "@en"
    return {name: sparql.replace("{label}", literal) for name, (sparql, _) in QUESTIONS.items()}


def sparql_answers(run: Callable[[str], Rows], label: str) -> dict[str, Rows]:
    """Return each question's answer as RUN (SPARQL -> rows of strings) gives it."""
    return {name: sorted(run(sparql)) for name, sparql in sparql_questions(label).items()}


def cypher_answers(conn: Any, label: str, tables: dict[str, str]) -> dict[str, Rows]:
    """Return each question's answer from a Kùzu connection; TABLES maps types to Kùzu's table names."""
    relation_type = {table: rel_type for rel_type, table in tables.items()}
    answers = {}
    for name, (_, cypher) in QUESTIONS.items():
        returned = [c.strip() for c in cypher.split(" RETURN ")[1].removeprefix("DISTINCT ").split(",")]
        typed = returned.index("label(r)")
        result = conn.execute(cypher, {"label": label} if "$label" in cypher else {})
        rows = []
        while result.has_next():
            row = [str(v) for v in result.get_next()]
            row[typed] = relation_type.get(row[typed], row[typed])
            rows.append(tuple(row))
        answers[name] = sorted(rows)
    return answers
