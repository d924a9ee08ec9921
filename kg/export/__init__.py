"""Export stage: graph -> RDF (rdflib), node-link JSON and GraphML (networkx), pictures.

Never imports spaCy.

Example:
    >>> from kg.export import get_format
    >>> get_format("ttl").extension
    '.ttl'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg._lazy import lazy_getattr

# Bound now, not lazily: "select" is also the name of a submodule, whose import would shadow it.
from kg.export.select import View, select

#: Public name -> its module, imported on first use (PEP 562).
_EXPORTS: dict[str, str] = {
    "DEFAULT_BASE": "kg.export.rdf",
    "FORMATS": "kg.export.formats",
    "Format": "kg.export.formats",
    "draw_graph": "kg.export.draw",
    "export": "kg.export.formats",
    "format_for_path": "kg.export.formats",
    "from_node_link": "kg.export.networkx_io",
    "get_format": "kg.export.formats",
    "rdf_triples": "kg.export.rdf",
    "read_graph": "kg.export.read",
    "render_image": "kg.export.draw",
    "render_png": "kg.export.draw",
    "to_graphml": "kg.export.graphml",
    "to_html": "kg.export.html",
    "to_json": "kg.export.networkx_io",
    "to_node_link": "kg.export.networkx_io",
    "to_rdf": "kg.export.rdf",
    "write": "kg.export.formats",
    "write_rdf": "kg.export.rdfstream",
}

if TYPE_CHECKING:
    from kg.export.draw import draw_graph, render_image, render_png
    from kg.export.formats import FORMATS, Format, export, format_for_path, get_format, write
    from kg.export.graphml import to_graphml
    from kg.export.html import to_html
    from kg.export.networkx_io import from_node_link, to_json, to_node_link
    from kg.export.rdf import DEFAULT_BASE, rdf_triples, to_rdf
    from kg.export.rdfstream import write_rdf
    from kg.export.read import read_graph
    from kg.export.select import View, select

__all__ = [
    "DEFAULT_BASE",
    "FORMATS",
    "Format",
    "View",
    "draw_graph",
    "export",
    "format_for_path",
    "from_node_link",
    "get_format",
    "rdf_triples",
    "read_graph",
    "render_image",
    "render_png",
    "select",
    "to_graphml",
    "to_html",
    "to_json",
    "to_node_link",
    "to_rdf",
    "write",
    "write_rdf",
]


__getattr__ = lazy_getattr("kg.export", _EXPORTS, globals())
