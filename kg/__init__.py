"""kg: turn English text into a knowledge graph.

Text -> triples (spaCy parse + kg's rules) -> graph (networkx) -> exports (rdflib, matplotlib).

Example:
    >>> import kg
    >>> result = kg.build_texts(["The US withdraws troops from Iraq."])
    >>> sorted(result.graph.edges(keys=True))
    [('us', 'troops', 'withdraw')]
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.errors import InputError, KGError, ModelNotFoundError, OutputError
from kg.export import (
    DEFAULT_BASE,
    FORMATS,
    View,
    draw_graph,
    export,
    render_png,
    select,
    to_graphml,
    to_html,
    to_json,
    to_node_link,
    to_rdf,
    write,
)
from kg.extract import extract_triples
from kg.graph import build_graph, graph_stats, mention_key
from kg.io import read_documents
from kg.model import Argument, Document, Relation, Triple
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.pipeline import BuildResult, build, build_paths, build_texts, triples_jsonl, write_outputs

__all__ = [
    "DEFAULT_BASE",
    "DEFAULT_MODEL",
    "FORMATS",
    "Argument",
    "BuildResult",
    "Document",
    "InputError",
    "KGError",
    "ModelNotFoundError",
    "OutputError",
    "Relation",
    "Triple",
    "View",
    "__version__",
    "build",
    "build_graph",
    "build_paths",
    "build_texts",
    "draw_graph",
    "export",
    "extract_triples",
    "graph_stats",
    "load_pipeline",
    "mention_key",
    "read_documents",
    "render_png",
    "select",
    "to_graphml",
    "to_html",
    "to_json",
    "to_node_link",
    "to_rdf",
    "triples_jsonl",
    "write",
    "write_outputs",
]
