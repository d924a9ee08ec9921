"""Triple stores: SPARQL over a file or an on-disk Oxigraph store, loading, and pushing to a server.

Example:
    >>> from kg.graph import build_graph
    >>> from kg.export.rdf import to_rdf
    >>> store = memory_store(to_rdf(build_graph([])).serialize(format="nt").encode())
    >>> run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    [('0',)]
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from kg.errors import InputError, KGError, OutputError
from kg.export.formats import format_for_path
from kg.export.rdf import DEFAULT_BASE
from kg.export.rdf_read import RDF_SYNTAXES
from kg.sparql import auth_header, run_sparql

__all__ = ["PushError", "QueryResult", "load_store", "memory_store", "open_target", "push", "run_query"]


class PushError(KGError):
    """The server refused or could not be reached."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A SPARQL result: variable names and rows of string values (ASK: one row, 'true'/'false')."""

    variables: tuple[str, ...]
    rows: list[tuple[str, ...]]

    def tsv(self) -> str:
        """Return the result as tab-separated lines with a header."""
        lines = ["\t".join(self.variables)] + ["\t".join(row) for row in self.rows]
        return "\n".join(lines)


def _oxigraph_format(path: Path) -> pyoxigraph.RdfFormat:
    name = format_for_path(path).name
    if name not in RDF_SYNTAXES:
        raise InputError(f"{path}: {name} is not an RDF syntax a store reads")
    return RDF_SYNTAXES[name]


def memory_store(data: bytes, rdf_format: pyoxigraph.RdfFormat = pyoxigraph.RdfFormat.N_TRIPLES) -> pyoxigraph.Store:
    """Return an in-memory store holding DATA."""
    store = pyoxigraph.Store()
    store.load(data, format=rdf_format)
    return store


def load_store(path: str | Path, store_dir: str | Path) -> int:
    """Load the RDF file PATH into the on-disk Oxigraph store STORE_DIR (created if needed); return its size.

    Raises:
        InputError: the file is missing or cannot be parsed.
        OutputError: the store cannot be opened.
    """
    source = Path(path)
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    rdf_format = _oxigraph_format(source)
    try:
        store = pyoxigraph.Store(str(store_dir))
    except OSError as error:
        raise OutputError(f"{store_dir}: cannot open the store ({error})") from None
    try:
        store.bulk_load(path=str(source), format=rdf_format)
    except SyntaxError as error:
        raise InputError(f"{source}: cannot be parsed: {error}") from None
    store.flush()
    return len(store)


def open_target(target: str | Path) -> pyoxigraph.Store:
    """Open TARGET for querying: a folder is an on-disk store, a file is loaded into memory."""
    path = Path(target)
    if path.is_dir():
        try:
            return pyoxigraph.Store.read_only(str(path))
        except OSError as error:
            raise InputError(f"{path}: not an Oxigraph store ({error})") from None
    if not path.is_file():
        raise InputError(f"{path}: no such file or store")
    store = pyoxigraph.Store()
    try:
        store.load(path=str(path), format=_oxigraph_format(path))
    except SyntaxError as error:
        raise InputError(f"{path}: cannot be parsed: {error}") from None
    return store


def _term(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, pyoxigraph.Literal | pyoxigraph.NamedNode):
        return str(value.value)
    return str(value)


def run_query(store: pyoxigraph.Store, sparql: str, *, base: str = DEFAULT_BASE) -> QueryResult:
    """Run a SPARQL SELECT or ASK query with kg's prefixes declared (:mod:`kg.sparql`); CONSTRUCT
    and DESCRIBE give one row per triple.

    Raises:
        InputError: the query does not parse.
    """
    result = run_sparql(store, sparql, base=base)
    if isinstance(result, pyoxigraph.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows = [tuple(_term(solution[v]) for v in variables) for solution in result]
        return QueryResult(variables, rows)
    if isinstance(result, pyoxigraph.QueryBoolean):
        return QueryResult(("ask",), [("true" if bool(result) else "false",)])
    assert isinstance(result, list)
    triples: list[tuple[str, ...]] = [(_term(t.subject), _term(t.predicate), _term(t.object)) for t in result]
    return QueryResult(("subject", "predicate", "object"), triples)


_MEDIA_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "rdfxml": "application/rdf+xml",
    "json-ld": "application/ld+json",
}


def push(
    path: str | Path,
    endpoint: str,
    *,
    graph: str | None = None,
    user: str | None = None,
    password: str | None = None,
    token: str | None = None,
    replace: bool = True,
    timeout: float = 60.0,
) -> int:
    """Upload the RDF file PATH over the SPARQL 1.1 Graph Store Protocol; return the HTTP status.

    ``endpoint`` is the server's graph store URL (Oxigraph: ``http://host:port/store``).
    Triples go to the named GRAPH, or to the default graph when None (quad syntaxes: as they
    are). ``replace`` uses PUT (replace the graph), otherwise POST (add to it).

    Raises:
        InputError: the file is missing or not RDF.
        PushError: the server refused (its status and message) or cannot be reached.
    """
    source = Path(path)
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    name = format_for_path(source).name
    if name not in _MEDIA_TYPES:
        raise InputError(f"{source}: {name} is not an RDF syntax")
    quads = name in {"nquads", "trig"}
    if quads and graph:
        raise InputError("--graph applies to triple syntaxes; quad files carry their own graphs")
    if quads:
        url = endpoint
    else:
        target = f"graph={urllib.parse.quote(graph, safe='')}" if graph else "default"
        url = f"{endpoint}{'&' if '?' in endpoint else '?'}{target}"
    request = urllib.request.Request(url, data=source.read_bytes(), method="PUT" if replace and not quads else "POST")
    request.add_header("Content-Type", _MEDIA_TYPES[name])
    for header, value in auth_header(user, password, token).items():
        request.add_header(header, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace").strip().splitlines()
        detail = f": {body[0][:200]}" if body else ""
        raise PushError(f"{endpoint} refused the upload: HTTP {error.code} {error.reason}{detail}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(f"cannot reach {endpoint}: {reason}") from None
