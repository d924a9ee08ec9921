"""Merge triples into a networkx ``MultiDiGraph``: a node per entity, an edge per fact.

Example:
    >>> from kg.model import Argument, Relation, Triple
    >>> t = Triple("d", 0, "The US left Iraq.", Argument("The US", 0, 6, "GPE"),
    ...            Relation("left", "leave", 7, 11), Argument("Iraq", 12, 16, "GPE"))
    >>> g = build_graph([t])
    >>> sorted(g.nodes), g.nodes["us"]["label"], list(g.edges(keys=True))
    (['iraq', 'us'], 'US', [('us', 'iraq', 'leave')])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.extract.links import NAMING_LINK
from kg.graph.entities import Entity, Mention, entity_key, group_mentions, type_group
from kg.graph.nationality import named_place
from kg.graph.normalize import TITLE_THE, display_form, is_pronoun_label, mention_key
from kg.model import Argument, Triple, evolve

__all__ = ["GraphStats", "build_graph", "edge_key", "graph_stats", "is_graph_argument"]


@dataclass(slots=True)
class _EdgeAcc:
    surfaces: Counter[str] = field(default_factory=Counter)
    lemma: str = ""
    negated: bool = False
    confidence: float = 0.0
    sentences: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    written: set[tuple[str, int, str]] = field(default_factory=set)  # (document, sentence, surface) counted


@dataclass(frozen=True, slots=True)
class GraphStats:
    """Headline counts of a build.

    Example:
        >>> GraphStats(1, 2, 3, 4, 5).line()
        '1 documents, 2 sentences, 3 triples, 4 entities, 5 relations'
    """

    documents: int
    sentences: int
    triples: int
    entities: int
    relations: int

    def line(self) -> str:
        """Return the one-line summary the CLI prints."""
        return (
            f"{self.documents} documents, {self.sentences} sentences, {self.triples} triples, "
            f"{self.entities} entities, {self.relations} relations"
        )


#: Argument kinds that are graph nodes (see :attr:`kg.model.Argument.kind`).
NODE_ARGUMENTS = frozenset({"name", "value", "phrase"})


def is_graph_argument(argument: Argument | None) -> bool:
    """Tell whether ARGUMENT can be a node: a name, value or phrase (not a clause), and no unresolved pronoun.

    Example:
        >>> is_graph_argument(Argument("it", 0, 2, pronoun=True))
        False
        >>> is_graph_argument(Argument("it", 0, 2, pronoun=True, canonical="ISIS", link="pronoun"))
        True
        >>> is_graph_argument(Argument("The WHO", 0, 7, "ORG", kind="name"))
        True
        >>> is_graph_argument(Argument("One", 0, 3, "CARDINAL", kind="value"))
        False
    """
    if argument is None or argument.kind not in NODE_ARGUMENTS or argument.unresolved:
        return False
    if argument.pronoun and not argument.canonical:
        return False
    text = argument.canonical or argument.text
    entity_type = argument.entity_type if argument.kind == "name" else None
    # "one" in "one of them" is no number to show; "the WHO" is a name, whatever word it spells
    return bool(mention_key(text)) and not is_pronoun_label(text, entity_type)


#: The copula's lemma: a copula to a nationality or faith also joins its place or faith.
COPULA = "be"
#: The rule of an edge from a copula to a nationality or faith to its place or faith.
NATIONALITY_RULE = "nationality"


def edge_key(triple: Triple) -> str:
    """Return the key of TRIPLE's edge: its relation lemma, ``not `` prefixed when negated.

    Example:
        >>> from kg.model import Relation
        >>> edge_key(Triple("d", 0, "", Argument("a", 0, 1), Relation("did not sign", "sign", 2, 14),
        ...                 negated=True))
        'not sign'
    """
    return f"not {triple.relation.lemma}" if triple.negated else triple.relation.lemma


def _mention(argument: Argument, doc_id: str, sentence: str = "") -> Mention:
    """ARGUMENT as a mention; a "The" opening its SENTENCE is no part of a name (``The US left``)."""
    surface = argument.text
    if surface.startswith(TITLE_THE) and sentence.startswith(surface) and len(surface) > len(TITLE_THE):
        surface = surface[len(TITLE_THE) :]  # the span stays the argument's: edges find it by span
    return Mention(
        surface=surface,
        entity_type=argument.entity_type,
        doc_id=doc_id,
        start=argument.start,
        end=argument.end,
        canonical=argument.canonical,
        link=argument.link,
        kind=argument.node_kind,
    )


def _support(triple: Triple) -> dict[str, Any]:
    """One supporting sentence of an edge, with the triple's provenance and factuality."""
    assert triple.object is not None
    return {
        "doc_id": triple.doc_id,
        "sentence_index": triple.sentence_index,
        "sentence": triple.sentence,
        "relation_text": triple.relation.text,
        "subject_span": [triple.subject.start, triple.subject.end],
        "relation_span": [triple.relation.start, triple.relation.end],
        "object_span": [triple.object.start, triple.object.end],
        "arguments": [a.phrase for a in triple.extras],
        "confidence": triple.confidence,
        "negated": triple.negated,
        "modality": triple.modality,
        "attribution": triple.attribution,
        "rule": triple.rule,
    }


def _node_attributes(entity: Entity) -> dict[str, Any]:
    aliases = entity.alias_counts
    return {
        "label": entity.label,
        "kind": entity.kind,
        "type": entity.entity_type,
        "aliases": sorted(aliases),
        "alias_counts": aliases,
        "mentions": len(entity.mentions),
        "occurrences": [
            {"doc_id": m.doc_id, "start": m.start, "end": m.end, "surface": m.surface, "link": m.link}
            for m in sorted(entity.mentions, key=lambda m: (m.doc_id, m.start, m.end))
        ],
        "merges": [{"alias": g.alias, "rule": g.rule, "evidence": g.evidence} for g in entity.merges],
        "ambiguous_with": entity.ambiguous_with,
    }


def build_graph(
    triples: Iterable[Triple],
    *,
    mentions: Iterable[tuple[str, Argument]] = (),
    documents: int | None = None,
    sentences: int | None = None,
) -> nx.MultiDiGraph:
    """Merge TRIPLES into a graph of entities (:func:`kg.graph.entities.group_mentions`).

    Args:
        triples: extractions, in any order.
        mentions: the (document id, mention) pairs the graph is made of
            (:func:`kg.extract.graph_mentions`): every named entity and value of the texts and
            every mention an argument stands for (:attr:`~kg.model.Argument.span`). Each is an
            occurrence of a node, whether or not a fact names it; an argument with no mention
            here is a mention of its own.
        documents: how many documents were read (stored as a graph attribute).
        sentences: how many sentences were read (default: those that gave triples).

    Returns:
        A ``MultiDiGraph``; nodes have ``label``, ``kind`` (``entity``, ``value`` or
        ``phrase``), ``type``, ``aliases``, ``alias_counts``,
        ``mentions``, ``occurrences`` and ``merges`` (why each alias belongs); edges (keyed
        by :func:`edge_key`) have ``relation`` (the commonest surface form), ``surfaces``,
        ``lemma``, ``negated``, ``confidence``, ``support`` and ``sentences``.
    """
    kept: list[Triple] = []
    found: dict[tuple[str, int, int], Mention] = {}
    for doc_id, argument in mentions:
        if is_graph_argument(argument):
            found.setdefault((doc_id, argument.start, argument.end), _mention(argument, doc_id))
    doc_ids: set[str] = set()
    seen_sentences: set[tuple[str, int]] = set()
    n_triples = unresolved = 0
    for triple in triples:
        n_triples += 1
        unresolved += sum(1 for a in (triple.subject, triple.object) if a is not None and a.unresolved)
        doc_ids.add(triple.doc_id)
        seen_sentences.add((triple.doc_id, triple.sentence_index))
        if not (is_graph_argument(triple.subject) and is_graph_argument(triple.object)):
            continue
        assert triple.object is not None
        kept.append(triple)
        for argument in (triple.subject, triple.object):
            if (span := (triple.doc_id, *argument.span)) not in found:  # most are mentions already
                found[span] = _mention(argument, triple.doc_id, triple.sentence)

    entities = group_mentions(found.values())
    # by span, not by object: grouping may resolve a mention anew (a surname to its full name)
    entity_of = {(m.doc_id, m.start, m.end): e.id for e in entities for m in e.mentions}
    places = {e.key: e.id for e in entities if e.kind == "entity" and e.group == type_group("GPE")}
    entity_ids = {e.id for e in entities if e.kind == "entity"}  # a phrase's nationality stays with its word
    edges: dict[tuple[str, str, str], _EdgeAcc] = {}
    for triple in kept:
        assert triple.object is not None
        source = entity_of.get((triple.doc_id, *triple.subject.span))
        target = entity_of.get((triple.doc_id, *triple.object.span))
        if source is None or target is None or source == target:
            continue
        _add_support(edges, source, target, triple)
        place, said = _nationality(triple, places)
        if place is not None and place != source and source in entity_ids:
            _add_support(edges, source, place, said)
    _drop_restatements(edges)

    graph = nx.MultiDiGraph(
        documents=documents if documents is not None else len(doc_ids),
        sentences=sentences if sentences is not None else len(seen_sentences),
        triples=n_triples,
        unresolved_mentions=unresolved,
    )
    for entity in entities:
        graph.add_node(entity.id, **_node_attributes(entity))
    for source, target, key in sorted(edges):
        acc = edges[(source, target, key)]
        surfaces = dict(sorted(acc.surfaces.items()))
        graph.add_edge(
            source,
            target,
            key=key,
            relation=min(surfaces.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0],
            surfaces=surfaces,
            lemma=acc.lemma,
            negated=acc.negated,
            confidence=acc.confidence,
            support=len(acc.sentences),
            sentences=[acc.sentences[k] for k in sorted(acc.sentences)],
        )
    return graph


def _add_support(edges: dict[tuple[str, str, str], _EdgeAcc], source: str, target: str, triple: Triple) -> None:
    """Add TRIPLE to the edge from SOURCE to TARGET keyed by its :func:`edge_key`."""
    edge = edges.setdefault((source, target, edge_key(triple)), _EdgeAcc())
    written = (triple.doc_id, triple.sentence_index, triple.relation.text)
    if written not in edge.written:  # each surface once per sentence, however many rules read it there
        edge.written.add(written)
        edge.surfaces[triple.relation.text] += 1
    edge.lemma = triple.relation.lemma
    edge.negated = triple.negated
    edge.confidence = max(edge.confidence, triple.confidence)
    said = edge.sentences.get((triple.doc_id, triple.sentence_index))
    if said is None or triple.confidence > said["confidence"]:  # a sentence's most confident reading
        edge.sentences[(triple.doc_id, triple.sentence_index)] = _support(triple)


#: Edge keys that say no more than that two things are linked: a longer key between the same
#: two nodes from the same sentence says it better (``have executive``, ``be executive of``).
_BARE_LINKS = frozenset({COPULA, "have"})


def _restates(key: str, other: str) -> bool:
    """Tell whether the edge key KEY restates OTHER's fact: in more words, through the noun a
    copula gave its subject (``be oil company headquartered in`` of ``be headquartered in``; OTHER
    must say more than a preposition), without the copula (``headquartered in``), or in fewer,
    saying only that the two are linked (``have`` of ``have executive``).

    Example:
        >>> _restates("be oil company headquartered in", "be headquartered in"), _restates("be city in", "be in")
        (True, False)
        >>> _restates("headquartered in", "be headquartered in"), _restates("be headquartered in", "headquartered in")
        (True, False)
        >>> _restates("have", "have executive"), _restates("have executive", "have")
        (True, False)
    """
    if key.startswith("not ") != other.startswith("not "):
        return False
    if key.removeprefix("not ") in _BARE_LINKS and other.startswith(f"{key} "):
        return True  # "has" beside "has executive": the longer says what
    bare = other.removeprefix(f"{COPULA} ")
    if key == other or len(bare.split()) < 2:
        return False
    through_noun = key.startswith(f"{COPULA} ") and key.endswith(f" {bare}") and key != f"{COPULA} {bare}"
    return key == bare or through_noun


def _drop_restatements(edges: dict[tuple[str, str, str], _EdgeAcc]) -> None:
    """Take from EDGES each sentence's support for a fact another edge between the same nodes
    states from that sentence in fewer words (:func:`_restates`); an edge left with none goes."""
    keys: dict[tuple[str, str], list[str]] = {}
    for source, target, key in edges:
        keys.setdefault((source, target), []).append(key)
    for (source, target), found in keys.items():
        for key, other in ((k, o) for k in found for o in found if _restates(k, o)):
            edge, shorter = edges[(source, target, key)], edges[(source, target, other)]
            for said in [s for s in edge.sentences if s in shorter.sentences]:
                del edge.sentences[said]
    for place in [k for k, edge in edges.items() if not edge.sentences]:
        del edges[place]


def _nationality(triple: Triple, places: dict[str, str]) -> tuple[str | None, Triple]:
    """The place or faith node a copula to a nationality or faith also joins (``Bieber is
    Canadian``: Canada, when the graph names it; :mod:`kg.graph.nationality`), and TRIPLE
    restated for that edge (``be Canadian``, rule :data:`NATIONALITY_RULE`); so too a place
    noun's link to its nationality (``the Canadian province of Alberta``: Alberta is province of
    Canada; :data:`~kg.extract.links.NAMING_LINK`); (None, TRIPLE) else."""
    obj = triple.object
    naming = triple.rule == NAMING_LINK  # "the Canadian province of Alberta": Alberta is province of Canada
    if obj is None or obj.entity_type != "NORP" or (triple.relation.lemma != COPULA and not naming):
        return None, triple
    place = named_place(obj.text)
    node = places.get(entity_key(place)) if place is not None else None
    if node is None:
        return None, triple
    if naming:
        return node, evolve(triple, rule=NATIONALITY_RULE)
    word = display_form(obj.text)
    relation = evolve(triple.relation, text=f"{triple.relation.text} {word}", lemma=f"{COPULA} {word}")
    return node, evolve(triple, relation=relation, rule=NATIONALITY_RULE)


def graph_stats(graph: nx.MultiDiGraph) -> GraphStats:
    """Return the headline counts stored on and in GRAPH.

    Example:
        >>> graph_stats(build_graph([], documents=2)).line()
        '2 documents, 0 sentences, 0 triples, 0 entities, 0 relations'
    """
    return GraphStats(
        documents=int(graph.graph.get("documents", 0)),
        sentences=int(graph.graph.get("sentences", 0)),
        triples=int(graph.graph.get("triples", 0)),
        entities=graph.number_of_nodes(),
        relations=graph.number_of_edges(),
    )
