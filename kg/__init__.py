"""kg: turn English text into a knowledge graph.

Text -> triples (spaCy parse + kg's rules) -> graph (networkx) -> exports (rdflib, matplotlib).

Example:
    >>> import kg
    >>> result = kg.build_texts(["The US withdraws troops from Iraq."])
    >>> sorted(result.graph.edges(keys=True))
    [('us', 'iraq', 'withdraw troop from'), ('us', 'troops@text-1', 'withdraw')]
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from kg._lazy import lazy_getattr

# Bound now, after its package: "export" is also the subpackage kg.export, whose first import
# would otherwise replace the function.
from kg.export import export

#: Public name -> the module defining it, imported on first use (PEP 562): `import kg` stays
#: light, and the command line loads spaCy, rdflib or matplotlib only when a command needs them.
_EXPORTS: dict[str, str] = {
    "Argument": "kg.model",
    "BusyError": "kg.errors",
    "BuildResult": "kg.pipeline",
    "DEFAULT_BASE": "kg.export",
    "DEFAULT_MODEL": "kg.nlp",
    "Document": "kg.model",
    "FORMATS": "kg.export",
    "InputError": "kg.errors",
    "KGError": "kg.errors",
    "ModelNotFoundError": "kg.errors",
    "OutputError": "kg.errors",
    "Relation": "kg.model",
    "Triple": "kg.model",
    "View": "kg.export",
    "build": "kg.pipeline",
    "build_graph": "kg.graph",
    "build_into": "kg.folder",
    "build_paths": "kg.pipeline",
    "build_texts": "kg.pipeline",
    "draw_graph": "kg.export",
    "extract_triples": "kg.extract",
    "find_entity": "kg.graph",
    "read_graph": "kg.export",
    "graph_stats": "kg.graph",
    "load_pipeline": "kg.nlp",
    "mention_key": "kg.graph",
    "read_documents": "kg.io",
    "render_png": "kg.export",
    "select": "kg.export",
    "to_graphml": "kg.export",
    "to_html": "kg.export",
    "to_json": "kg.export",
    "to_node_link": "kg.export",
    "to_rdf": "kg.export",
    "triples_jsonl": "kg.pipeline",
    "write": "kg.export",
    "write_outputs": "kg.pipeline",
}

if TYPE_CHECKING:
    from kg.errors import BusyError, InputError, KGError, ModelNotFoundError, OutputError
    from kg.export import (
        DEFAULT_BASE,
        FORMATS,
        View,
        draw_graph,
        export,
        read_graph,
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
    from kg.folder import build_into
    from kg.graph import build_graph, find_entity, graph_stats, mention_key
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
    "BusyError",
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
    "build_into",
    "build_paths",
    "build_texts",
    "draw_graph",
    "export",
    "extract_triples",
    "find_entity",
    "graph_stats",
    "load_pipeline",
    "mention_key",
    "read_documents",
    "read_graph",
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


__getattr__ = lazy_getattr("kg", _EXPORTS, globals())


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
