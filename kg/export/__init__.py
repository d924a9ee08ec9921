"""Export stage: graph -> RDF (rdflib), node-link JSON and GraphML (networkx), pictures.

Never imports spaCy.

Example:
    >>> get_format("ttl").extension
    '.ttl'
"""

from __future__ import annotations

from kg.export.draw import draw_graph, render_image, render_png
from kg.export.formats import FORMATS, Format, export, format_for_path, get_format, write
from kg.export.html import to_html
from kg.export.networkx_io import from_node_link, to_graphml, to_json, to_node_link
from kg.export.rdf import DEFAULT_BASE, to_rdf
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
    "render_image",
    "render_png",
    "select",
    "to_graphml",
    "to_html",
    "to_json",
    "to_node_link",
    "to_rdf",
    "write",
]
