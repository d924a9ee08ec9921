"""Extraction: parsed text -> :class:`~kg.model.Triple` records.

Example:
    >>> from kg.extract import extract_triples
    >>> [t.relation.lemma for t in extract_triples("The US withdraws troops from Iraq.")]
    ['withdraw']
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.clauses import clause_triples
from kg.extract.coref import DocResolver, graph_mentions, resolve_triples
from kg.extract.links import entity_links
from kg.extract.nominal import nominal_triples
from kg.extract.places import located_links
from kg.extract.tree import read
from kg.model import Argument, Triple
from kg.nlp import DEFAULT_MODEL, load_pipeline

__all__ = [
    "clause_triples",
    "distinct_triples",
    "doc_extractions",
    "doc_triples",
    "entity_links",
    "extract_triples",
    "graph_mentions",
    "nominal_triples",
    "resolve_triples",
]


def doc_triples(doc: Doc, *, doc_id: str = "doc", resolver: DocResolver | None = None) -> Iterator[Triple]:
    """Yield every triple of a parsed DOC (clause facts, then facts inside noun phrases),
    each argument resolved to what it refers to within the document."""
    resolver = resolver or DocResolver(doc)
    for triple in clause_triples(doc, doc_id=doc_id, resolve=resolver.argument):
        if triple.subject.link == "unresolved" or (triple.object is not None and triple.object.link == "unresolved"):
            yield from resolver.each_member(triple)  # "Florey and Chain ... They": each of them
        else:
            yield triple
    yield from nominal_triples(doc, doc_id=doc_id, resolve=resolver.argument)


def doc_extractions(doc: Doc, *, doc_id: str = "doc", text: str | None = None) -> tuple[list[Triple], list[Argument]]:
    """Return DOC's triples (those of :func:`doc_triples`, then the links between its entities:
    :func:`entity_links`) and the mentions its graph is made of (:func:`graph_mentions`), all
    resolved by one shared resolver.

    TEXT, the text DOC was parsed from, spares rebuilding it from the tokens when at hand.
    """
    if text is not None:
        read(doc, text)
    resolver = DocResolver(doc)
    triples = list(doc_triples(doc, doc_id=doc_id, resolver=resolver))
    phrases = [a for t in triples for a in (t.subject, t.object, *t.extras) if a is not None and a.kind == "phrase"]
    triples.extend(entity_links(doc, resolver.argument, doc_id=doc_id, phrases=phrases, members=resolver.group_members))
    triples.extend(list(located_links(triples)))
    return distinct_triples(triples), resolver.graph_mentions()


def distinct_triples(triples: list[Triple]) -> list[Triple]:
    """TRIPLES without the restatements of one fact by two rules: the first of each (sentence,
    subject and object with what they resolve to, relation, negation) is kept, a clause's triple
    with its extra arguments before the link between its entities (``Bush was obsessing about
    Iraq`` is one triple).

    Example:
        >>> from kg.model import Argument, Relation, Triple
        >>> a, b = Argument("Acme", 0, 4), Argument("Oslo", 13, 17)
        >>> fact = Triple("d", 0, "Acme moved to Oslo.", a, Relation("moved to", "move to", 5, 13), b)
        >>> len(distinct_triples([fact, fact]))
        1
    """
    seen: set[tuple[object, ...]] = set()
    kept: list[Triple] = []
    for triple in triples:
        obj = triple.object
        key = (
            triple.sentence_index,
            triple.subject.start,
            triple.subject.end,
            triple.subject.canonical,  # "They" read as each of them: one fact each
            triple.relation.lemma,
            None if obj is None else (obj.start, obj.end, obj.canonical),
            triple.negated,
        )
        if key not in seen:
            seen.add(key)
            kept.append(triple)
    return kept


def extract_triples(text_or_doc: str | Doc, *, doc_id: str = "doc", model: str = DEFAULT_MODEL) -> Iterator[Triple]:
    """Yield the triples of a text or an already parsed spaCy ``Doc``.

    Args:
        text_or_doc: raw text (parsed with MODEL) or a parsed ``Doc``.
        doc_id: identifier stored in every triple.
        model: spaCy pipeline used when given text.
    """
    doc = text_or_doc if isinstance(text_or_doc, Doc) else load_pipeline(model)(text_or_doc)
    yield from doc_triples(doc, doc_id=doc_id)
