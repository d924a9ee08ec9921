"""One registry of kg's graph output formats, by name, alias or file extension.

Every RDF syntax is written by rdflib; graph formats by networkx; pictures by matplotlib.

Example:
    >>> get_format("ttl").name, get_format("text/turtle").name, format_for_path("g.graphml").name
    ('turtle', 'turtle', 'graphml')
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import networkx as nx

from kg.errors import OutputError
from kg.export.atomic import write_atomic
from kg.export.networkx_io import to_graphml, to_json
from kg.export.rdf import DEFAULT_BASE, to_rdf

__all__ = ["FORMATS", "Format", "export", "format_for_path", "get_format", "write"]

Renderer = Callable[[nx.MultiDiGraph, str], bytes]


@dataclass(frozen=True, slots=True)
class Format:
    """An output format: canonical name, aliases (extensions, media types) and renderer."""

    name: str
    extension: str
    media_type: str
    aliases: tuple[str, ...]
    render: Renderer


def _rdf(syntax: str) -> Renderer:
    def render(graph: nx.MultiDiGraph, base: str) -> bytes:
        data = to_rdf(graph, base=base).serialize(format=syntax, encoding="utf-8")
        return data if isinstance(data, bytes) else data.encode("utf-8")

    return render


def _image(image_format: str) -> Renderer:
    def render(graph: nx.MultiDiGraph, base: str) -> bytes:
        from kg.export.draw import render_image

        return render_image(graph, image_format)

    return render


FORMATS: tuple[Format, ...] = (
    Format("turtle", ".ttl", "text/turtle", ("ttl", "turtle", "text/turtle"), _rdf("turtle")),
    Format("ntriples", ".nt", "application/n-triples", ("nt", "ntriples", "n-triples"), _rdf("nt")),
    Format("json-ld", ".jsonld", "application/ld+json", ("jsonld", "json-ld"), _rdf("json-ld")),
    Format("rdfxml", ".rdf", "application/rdf+xml", ("rdf", "xml", "rdfxml", "rdf/xml"), _rdf("xml")),
    Format("json", ".json", "application/json", ("json", "node-link"), lambda g, base: to_json(g).encode("utf-8")),
    Format(
        "graphml", ".graphml", "application/graphml+xml", ("graphml",), lambda g, base: to_graphml(g).encode("utf-8")
    ),
    Format("png", ".png", "image/png", ("png",), _image("png")),
    Format("svg", ".svg", "image/svg+xml", ("svg",), _image("svg")),
    Format("pdf", ".pdf", "application/pdf", ("pdf",), _image("pdf")),
)
_BY_ALIAS = {alias: f for f in FORMATS for alias in (f.name, f.media_type, *f.aliases)}


def get_format(name: str) -> Format:
    """Return the format called NAME (a name, alias, extension or media type).

    Raises:
        OutputError: no such format; the message lists the known ones.
    """
    try:
        return _BY_ALIAS[name.lower().lstrip(".")]
    except KeyError:
        known = ", ".join(f.name for f in FORMATS)
        raise OutputError(f"unknown format {name!r}; known formats: {known}") from None


def format_for_path(path: str | os.PathLike[str]) -> Format:
    """Return the format that PATH's extension names."""
    suffix = Path(path).suffix
    if not suffix:
        raise OutputError(f"{path}: no file extension to choose a format from; give a format")
    return get_format(suffix)


def export(graph: nx.MultiDiGraph, format: str = "turtle", *, base: str = DEFAULT_BASE) -> bytes:
    """Return GRAPH rendered in FORMAT as bytes.

    Example:
        >>> from kg.graph import build_graph
        >>> export(build_graph([]), "json")[:1]
        b'{'
    """
    return get_format(format).render(graph, base)


def write(
    graph: nx.MultiDiGraph,
    destination: str | os.PathLike[str] | IO[bytes],
    format: str | None = None,
    *,
    base: str = DEFAULT_BASE,
) -> None:
    """Write GRAPH to DESTINATION (a path, written atomically, or a binary file object).

    FORMAT defaults to the one DESTINATION's extension names.
    """
    if format is None:
        if not isinstance(destination, (str, os.PathLike)):
            raise OutputError("writing to a file object needs an explicit format")
        chosen = format_for_path(destination)
    else:
        chosen = get_format(format)
    write_atomic(destination, chosen.render(graph, base))
