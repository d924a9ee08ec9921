"""One registry of kg's graph output formats, by name, alias or file extension.

Turtle, N-Triples, N-Quads and TriG are streamed triple by triple through pyoxigraph
(:mod:`kg.export.rdfstream`); JSON-LD and RDF/XML by rdflib; GraphML line by line
(:mod:`kg.export.graphml`); other graph formats by networkx; property graphs as an openCypher
script (:mod:`kg.export.cypher`) or CSV files for bulk import (:mod:`kg.export.csv_import`,
two files: a format with ``parts``); pictures by matplotlib.

Example:
    >>> get_format("ttl").name, get_format("text/turtle").name, format_for_path("g.graphml").name
    ('turtle', 'turtle', 'graphml')
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx
from rdflib import Graph

from kg.errors import OutputError
from kg.export.atomic import atomic_path
from kg.export.csv_import import CSV_PARTS, csv_paths, write_csv
from kg.export.cypher import write_cypher
from kg.export.graphml import write_graphml
from kg.export.networkx_io import to_gexf, to_json
from kg.export.rdf import DEFAULT_BASE, to_rdf
from kg.export.rdfstream import write_rdf
from kg.export.select import View

__all__ = [
    "DIAGRAM_FORMATS",
    "FORMATS",
    "Format",
    "export",
    "format_for_path",
    "get_format",
    "output_paths",
    "render_view",
    "write",
]

Writer = Callable[[nx.MultiDiGraph, str, IO[bytes]], None]
#: Writes a graph under a base IRI to several binary files, by part name.
PartsWriter = Callable[[nx.MultiDiGraph, str, Mapping[str, IO[bytes]]], None]


@dataclass(frozen=True, slots=True)
class Format:
    """An output format: canonical name, aliases (extensions, media types) and writer.

    A format written as several files names its ``parts`` and writes them with ``write_parts``
    (:func:`output_paths` says where); its ``write`` refuses a single file.
    """

    name: str
    extension: str
    media_type: str
    aliases: tuple[str, ...]
    write: Writer  # writes a graph under a base IRI to a binary file
    parts: tuple[str, ...] = ()
    write_parts: PartsWriter | None = None

    def render(self, graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> bytes:
        """Return GRAPH in this format as bytes.

        Raises:
            OutputError: the format is written as several files.
        """
        buffer = io.BytesIO()
        self.write(graph, base, buffer)
        return buffer.getvalue()


def _bytes(render: Callable[[nx.MultiDiGraph, str], bytes]) -> Writer:
    """A writer for formats whose libraries render the whole file at once."""

    def write(graph: nx.MultiDiGraph, base: str, out: IO[bytes]) -> None:
        out.write(render(graph, base))

    return write


def _streamed(syntax: str) -> Writer:
    """Turtle, N-Triples, N-Quads, TriG: written triple by triple (:mod:`kg.export.rdfstream`)."""

    def write(graph: nx.MultiDiGraph, base: str, out: IO[bytes]) -> None:
        write_rdf(graph, out, syntax, base=base)

    return write


def _rdflib(syntax: str) -> Writer:
    """JSON-LD and RDF/XML, through an rdflib graph held whole, then put in a fixed order."""

    def render(graph: nx.MultiDiGraph, base: str) -> bytes:
        rdf = to_rdf(graph, base=base)
        if syntax == "json-ld":
            context = {prefix: str(namespace) for prefix, namespace in rdf.namespaces() if prefix}
            return _canonical_json(rdf.serialize(format=syntax, encoding="utf-8", context=context, auto_compact=True))
        return _sorted_rdfxml(rdf)

    return _bytes(render)


def _canonical_json(data: bytes) -> bytes:
    """Sort JSON-LD's node and value arrays (kg writes no ordered @list) and its keys."""

    def canonical(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: canonical(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [canonical(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    document = canonical(json.loads(data))
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _sorted_rdfxml(rdf: Graph) -> bytes:
    """RDF/XML as rdflib writes it, its descriptions and their properties then sorted.

    rdflib writes in store order, which varies between processes; kg writes no
    containers or collections, so element order carries no meaning and can be sorted.
    """
    from xml.etree import ElementTree

    data = rdf.serialize(format="xml", encoding="utf-8")
    for prefix, namespace in rdf.namespaces():
        ElementTree.register_namespace(prefix, str(namespace))
    root = ElementTree.fromstring(data)

    def key(element: ElementTree.Element) -> str:
        return ElementTree.tostring(element, encoding="unicode")

    for description in root:
        description[:] = sorted(description, key=key)
    root[:] = sorted(root, key=key)
    ElementTree.indent(root)
    written: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return written + b"\n"


def _several_files(name: str, parts: tuple[str, ...]) -> Writer:
    """The single-file writer of a format written as several files: it says so."""

    def write(graph: nx.MultiDiGraph, base: str, out: IO[bytes]) -> None:
        raise OutputError(f"{name} is written as {len(parts)} files ({', '.join(parts)}): give a file path to write to")

    return write


def _image(image_format: str) -> Writer:
    def render(graph: nx.MultiDiGraph, base: str) -> bytes:
        from kg.export.draw import render_image

        return render_image(graph, image_format)

    return _bytes(render)


def _html(graph: nx.MultiDiGraph | View) -> bytes:
    from kg.export.html import to_html

    return to_html(graph).encode("utf-8")


def render_view(view: View, format: str, *, max_nodes: int = 40, seed: int = 7) -> bytes:
    """Return VIEW drawn as a diagram FORMAT (png, svg, pdf or html).

    The pictures show at most MAX_NODES nodes (the most connected of the view).

    Raises:
        OutputError: FORMAT is not a diagram format.
    """
    chosen = get_format(format)
    if chosen.name not in DIAGRAM_FORMATS:
        raise OutputError(f"kg render draws {', '.join(DIAGRAM_FORMATS)}, not {chosen.name}")
    if chosen.name == "html":
        return _html(view)
    from kg.export.draw import render_image

    return render_image(view, chosen.name, max_nodes=max_nodes, seed=seed)


FORMATS: tuple[Format, ...] = (
    Format("turtle", ".ttl", "text/turtle", ("ttl", "turtle", "text/turtle"), _streamed("turtle")),
    Format("ntriples", ".nt", "application/n-triples", ("nt", "ntriples", "n-triples"), _streamed("ntriples")),
    Format("nquads", ".nq", "application/n-quads", ("nq", "nquads", "n-quads"), _streamed("nquads")),
    Format("trig", ".trig", "application/trig", ("trig",), _streamed("trig")),
    Format("json-ld", ".jsonld", "application/ld+json", ("jsonld", "json-ld"), _rdflib("json-ld")),
    Format("rdfxml", ".rdf", "application/rdf+xml", ("rdf", "xml", "rdfxml", "rdf/xml"), _rdflib("xml")),
    Format("json", ".json", "application/json", ("json", "node-link"), _bytes(lambda g, base: to_json(g).encode())),
    Format(
        "graphml",
        ".graphml",
        "application/graphml+xml",
        ("graphml",),
        lambda g, base, out: write_graphml(g, out),
    ),
    Format("png", ".png", "image/png", ("png",), _image("png")),
    Format("svg", ".svg", "image/svg+xml", ("svg",), _image("svg")),
    Format("pdf", ".pdf", "application/pdf", ("pdf",), _image("pdf")),
    Format("html", ".html", "text/html", ("html", "htm"), _bytes(lambda g, base: _html(g))),
    Format("gexf", ".gexf", "application/gexf+xml", ("gexf",), _bytes(lambda g, base: to_gexf(g))),
    Format("cypher", ".cypher", "text/x-cypher", ("cypher", "cyp", "cql"), lambda g, base, out: write_cypher(g, out)),
    Format(
        "csv",
        ".csv",
        "text/csv",
        ("csv",),
        _several_files("csv", CSV_PARTS),
        parts=CSV_PARTS,
        write_parts=lambda g, base, parts: write_csv(g, parts),
    ),
)
#: Formats that draw the graph, and so can draw a part of it (a View).
DIAGRAM_FORMATS = ("png", "svg", "pdf", "html")
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


def output_paths(path: str | os.PathLike[str], format: str | None = None) -> list[Path]:
    """Return the files that writing FORMAT (default: by PATH's extension) to PATH makes.

    Example:
        >>> [str(p) for p in output_paths("out/g.csv")]
        ['out/g.nodes.csv', 'out/g.relationships.csv']
        >>> [str(p) for p in output_paths("out/g.ttl")]
        ['out/g.ttl']
    """
    chosen = format_for_path(path) if format is None else get_format(format)
    return list(csv_paths(Path(path)).values()) if chosen.name == "csv" else [Path(path)]


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

    FORMAT defaults to the one DESTINATION's extension names. A format of several files
    (``csv``) writes the files :func:`output_paths` names, all renamed into place together.
    """
    if format is None:
        if not isinstance(destination, (str, os.PathLike)):
            raise OutputError("writing to a file object needs an explicit format")
        chosen = format_for_path(destination)
    else:
        chosen = get_format(format)
    if isinstance(destination, (str, os.PathLike)) and chosen.write_parts is not None:
        targets = dict(zip(chosen.parts, output_paths(destination, chosen.name), strict=True))
        with ExitStack() as stack:
            files = {
                part: stack.enter_context(stack.enter_context(atomic_path(p)).open("wb")) for part, p in targets.items()
            }
            chosen.write_parts(graph, base, files)
    elif isinstance(destination, (str, os.PathLike)):
        with atomic_path(destination) as tmp, tmp.open("wb") as out:
            chosen.write(graph, base, out)
    else:
        chosen.write(graph, base, destination)
