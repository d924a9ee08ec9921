"""Read back any graph kg wrote: node-link JSON, an RDF syntax, or a ``kg build`` output folder.

Example:
    >>> read_graph("no/such/graph.json")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: no/such/graph.json: no such file or folder (run kg build first)
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.errors import InputError, OutputError
from kg.export.formats import format_for_path
from kg.export.networkx_io import read_json
from kg.export.rdf_read import RDF_SYNTAXES, read_rdf

__all__ = ["GRAPH_INPUTS", "read_graph"]

#: What :func:`read_graph` takes, as its one-line error says.
GRAPH_INPUTS = "graph.json, RDF (.ttl, .nt, .nq, .trig, .jsonld, .rdf) or a kg build output folder"


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read the graph at PATH: a ``.json`` node-link file, an RDF file kg wrote (by extension), or
    an output folder of ``kg build`` (its ``graph.json``, else its ``graph.ttl``).

    Raises:
        InputError: PATH is missing, of another kind, or not a graph kg wrote.
    """
    source = Path(path)
    if not source.exists():
        raise InputError(f"{source}: no such file or folder (run kg build first)")
    if source.is_dir():
        found = [source / name for name in ("graph.json", "graph.ttl") if (source / name).is_file()]
        if not found:
            raise InputError(f"{source}: no graph.json or graph.ttl in this folder (run kg build first)")
        source = found[0]
    try:
        name = format_for_path(source).name
    except OutputError:
        name = ""
    if name == "json":
        return read_json(source)
    if name in RDF_SYNTAXES:
        return read_rdf(source)
    raise InputError(f"{source}: kg reads the graphs it writes: {GRAPH_INPUTS}")
