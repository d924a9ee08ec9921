"""SPARQL as people write it: kg's prefixes declared, answers as a table or in the SPARQL 1.1
result formats, on an RDF file, an Oxigraph store or a SPARQL endpoint.

- Prefixes: kg's own (:func:`kg.export.rdf.prefixes`: ``kg``, ``ent``, ``rel``, ``stmt``,
  ``doc``, ``rdf``, ``rdfs``, ``skos``, ``schema``, ``prov``, ``dcterms``, ``xsd``) are declared
  unless the query declares a prefix of the same name itself.
- Targets: a file is loaded into memory, a folder is an Oxigraph store (``kg load``), an
  ``http(s)://`` URL is a SPARQL 1.1 Protocol endpoint (POST ``application/sparql-query``),
  with HTTP basic or bearer authentication. Files and stores are queried with their named
  graphs merged into the default graph; an endpoint as its server defines its default graph.
- Answers: :func:`results_table` (aligned columns, IRIs as prefixed names or labels) or
  :func:`write_results` in the SPARQL 1.1 CSV, TSV or JSON result formats (CONSTRUCT and
  DESCRIBE: N-Triples or Turtle).
- A syntax error is one line with its line and column (:func:`syntax_message`).

Example:
    >>> store = pyoxigraph.Store()
    >>> store.load(b"<https://example.org/kg/entity/iraq> a <https://example.org/kg/ontology#Entity> .",
    ...            format=pyoxigraph.RdfFormat.TURTLE)
    >>> print(results_table(run_sparql(store, "SELECT ?e WHERE { ?e a kg:Entity }")))
    e
    --------
    ent:iraq
    (1 row)
"""

from __future__ import annotations

import io
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import IO

import pyoxigraph

from kg.errors import InputError, KGError
from kg.export.rdf import DEFAULT_BASE, prefixes

__all__ = [
    "GRAPH_FORMATS",
    "RESULT_FORMATS",
    "Endpoint",
    "EndpointError",
    "Result",
    "auth_header",
    "declared_prefixes",
    "kg_prefixes",
    "label_map",
    "query_target",
    "results_table",
    "run_sparql",
    "syntax_message",
    "write_results",
]

#: ``--format`` names for SELECT and ASK answers (SPARQL 1.1 Query Results CSV, TSV, JSON).
RESULT_FORMATS: dict[str, pyoxigraph.QueryResultsFormat] = {
    "csv": pyoxigraph.QueryResultsFormat.CSV,
    "tsv": pyoxigraph.QueryResultsFormat.TSV,
    "json": pyoxigraph.QueryResultsFormat.JSON,
}
#: ``--format`` names for CONSTRUCT and DESCRIBE answers (a graph).
GRAPH_FORMATS: dict[str, pyoxigraph.RdfFormat] = {
    "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
    "turtle": pyoxigraph.RdfFormat.TURTLE,
}
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:\s*<([^>]*)>", re.IGNORECASE)
#: HTTP statuses of a URL that is no SPARQL query endpoint.
_NOT_QUERY = {404, 405, 415}
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_LOCAL_NAME = re.compile(r"\w([\w.-]*[\w-])?|")
Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple
#: What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).
Result = pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | list[pyoxigraph.Triple]


class EndpointError(KGError):
    """A SPARQL endpoint refused the query or could not be reached."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A SPARQL 1.1 Protocol query endpoint (Oxigraph: ``http://host:port/query``) and its credentials."""

    url: str
    user: str | None = None
    password: str | None = None
    token: str | None = None
    timeout: float = 60.0


def auth_header(user: str | None, password: str | None, token: str | None) -> dict[str, str]:
    """Return the ``Authorization`` header for a bearer TOKEN, else for USER and PASSWORD (none: ``{}``).

    Example:
        >>> auth_header("me", "secret", None), auth_header(None, None, "t")
        ({'Authorization': 'Basic bWU6c2VjcmV0'}, {'Authorization': 'Bearer t'})
    """
    import base64

    if token:
        return {"Authorization": f"Bearer {token}"}
    if user is not None:
        credentials = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        return {"Authorization": f"Basic {credentials}"}
    return {}


def query_target(
    target: str, *, user: str | None = None, password: str | None = None, token: str | None = None
) -> pyoxigraph.Store | Endpoint:
    """Return what TARGET names: an endpoint for an ``http(s)://`` URL, else a store (:func:`kg.store.open_target`).

    Raises:
        InputError: TARGET is no URL, file or store.
    """
    if re.match(r"https?://", target, re.IGNORECASE):
        return Endpoint(target, user=user, password=password, token=token)
    from kg.store import open_target

    return open_target(target)


def kg_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Return the prefixes a query gets without declaring them (kg's, under BASE)."""
    return prefixes(base)


def declared_prefixes(sparql: str) -> dict[str, str]:
    """Return the prefixes SPARQL declares itself: name -> namespace.

    Example:
        >>> declared_prefixes("PREFIX ex: <http://ex.org/> prefix : <http://x/> SELECT * {}")
        {'ex': 'http://ex.org/', '': 'http://x/'}
    """
    return {name or "": namespace for name, namespace in _DECLARED.findall(sparql)}


def syntax_message(error: SyntaxError | str, sparql: str) -> str:
    """Return a SPARQL parser's error (``error at LINE:COLUMN: expected ...``) as one readable line.

    Example:
        >>> syntax_message("error at 1:22: expected one of Prefix not found, ['%'], [':']", "SELECT * { ?s a ex:A }")
        'SPARQL syntax error at line 1, column 22 (after "SELECT * { ?s a ex:A"): undeclared prefix ex:'
        >>> syntax_message("error at 1:10: expected CONSTRUCT", "SELEKT nothing")
        'SPARQL syntax error at line 1, column 10 (after "SELEKT no"): expected CONSTRUCT'
    """
    text = " ".join(str(error).split())
    found = re.match(r"error at (\d+):(\d+): (.*)", text)
    if not found:
        return f"SPARQL syntax error: {text[:200]}"
    line, column, detail = int(found[1]), int(found[2]), found[3]
    lines = sparql.split("\n")
    before = lines[line - 1][: column - 1] if 0 < line <= len(lines) else ""
    near = " ".join(before.split())[-30:]
    listed = re.sub(r"^expected (one of )?", "", re.sub(r"\[[^\]]*\]", "", detail))
    items = [i.strip() for i in re.findall(r'"(?:[^"\\]|\\.)*"|[^,]+', listed) if i.strip()]
    phrases = [i for i in items if " " in i and not i.startswith('"')]
    if "Prefix not found" in phrases:
        names = re.findall(r"([A-Za-z][\w.-]*)?:[\w.%-]*", before)
        reason = f"undeclared prefix {names[-1] if names else ''}:"
    elif phrases:
        reason = {"IRI parsing failed": "invalid IRI (a relative IRI, or a character IRIs cannot hold)"}.get(
            phrases[0], phrases[0]
        )
    else:
        shown = ", ".join(items[:8]) + (", ..." if len(items) > 8 else "")
        reason = ("expected one of " if len(items) > 1 else "expected ") + shown
    return f'SPARQL syntax error at line {line}, column {column} (after "{near}"): {reason}'


def _local_query(store: pyoxigraph.Store, sparql: str, defaults: Mapping[str, str]) -> Result:
    try:
        result = store.query(sparql, prefixes=dict(defaults), use_default_graph_as_union=True)
    except SyntaxError as error:
        raise InputError(syntax_message(error, sparql)) from None
    if isinstance(result, pyoxigraph.QueryTriples):
        return list(result)
    return result


def _endpoint_query(endpoint: Endpoint, sparql: str, defaults: Mapping[str, str]) -> Result:
    if not _SERVICE.search(sparql):  # the same one-line syntax errors as local queries, before any request
        _local_query(pyoxigraph.Store(), sparql, defaults)
    declared = declared_prefixes(sparql)
    missing = "".join(f"PREFIX {name}: <{iri}> " for name, iri in defaults.items() if name not in declared)
    request = urllib.request.Request(endpoint.url, data=(missing + sparql).encode("utf-8"), method="POST")
    request.add_header("Content-Type", "application/sparql-query; charset=utf-8")
    request.add_header("Accept", "application/sparql-results+json, application/n-triples;q=0.9")
    for name, value in auth_header(endpoint.user, endpoint.password, endpoint.token).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=endpoint.timeout) as response:
            media_type = response.headers.get_content_type()
            body = response.read()
    except urllib.error.HTTPError as error:
        message = " ".join(error.read().decode("utf-8", "replace").split())
        position = re.match(r"error at (\d+):(\d+): ", message)
        if error.code == 400 and position:  # Oxigraph's parser: columns of line 1 count the declared prefixes
            line, column = int(position[1]), int(position[2])
            column -= len(missing) if line == 1 else 0
            raise InputError(syntax_message(f"error at {line}:{column}: {message[position.end() :]}", sparql)) from None
        hint = (
            " (is it the server's SPARQL query endpoint, e.g. http://host:7878/query?)"
            if error.code in _NOT_QUERY
            else ""
        )
        detail = f": {message[:200]}" if message else ""
        raise EndpointError(
            f"{endpoint.url} refused the query: HTTP {error.code} {error.reason}{detail}{hint}"
        ) from None
    except (urllib.error.URLError, OSError) as error:
        raise EndpointError(f"cannot reach {endpoint.url}: {getattr(error, 'reason', error)}") from None
    try:
        if media_type in {"application/n-triples", "text/plain"}:
            return [quad.triple for quad in pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES)]
        if media_type == "text/turtle":
            return [quad.triple for quad in pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE)]
        return pyoxigraph.parse_query_results(body, format=pyoxigraph.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as error:
        raise EndpointError(f"{endpoint.url} answered what is not SPARQL results ({media_type}): {error}") from None


def run_sparql(target: pyoxigraph.Store | Endpoint, sparql: str, *, base: str = DEFAULT_BASE) -> Result:
    """Run the query SPARQL on TARGET (a store, or an endpoint) with kg's prefixes under BASE declared.

    Raises:
        InputError: the query does not parse (one line, with its line and column).
        EndpointError: the endpoint refused the query or cannot be reached.
    """
    defaults = kg_prefixes(base)
    if isinstance(target, Endpoint):
        return _endpoint_query(target, sparql, defaults)
    return _local_query(target, sparql, defaults)


def _rows(result: Result) -> tuple[list[str], list[tuple[Term | None, ...]]]:
    if isinstance(result, pyoxigraph.QueryBoolean):
        return ["ask"], [(pyoxigraph.Literal("true" if bool(result) else "false"),)]
    if isinstance(result, list):
        return ["subject", "predicate", "object"], [(t.subject, t.predicate, t.object) for t in result]
    names = [v.value for v in result.variables]
    return names, [tuple(solution[name] for name in names) for solution in result]


def _compact(iri: str, namespaces: list[tuple[str, str]]) -> str:
    for name, namespace in namespaces:
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(local):
            return f"{name}:{local}"
    return f"<{iri}>"


def _cell(term: Term | None, namespaces: list[tuple[str, str]], labels: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        return labels.get(term.value) or _compact(term.value, namespaces)
    if isinstance(term, pyoxigraph.Literal):
        return " ".join(term.value.split())
    return str(term)


def label_map(target: pyoxigraph.Store | Endpoint, iris: Iterable[str], *, batch: int = 500) -> dict[str, str]:
    """Return the ``rdfs:label`` of each of IRIS that has one on TARGET (the smallest, when several)."""
    wanted = sorted(set(iris))
    labels: dict[str, str] = {}
    for start in range(0, len(wanted), batch):
        values = " ".join(f"<{iri}>" for iri in wanted[start : start + batch])
        query = f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} ?s <{_LABEL}> ?l }}"
        _, rows = _rows(run_sparql(target, query))
        for subject, label in rows:
            if subject is not None and label is not None:
                key, value = _cell(subject, [], {}).strip("<>"), _cell(label, [], {})
                labels[key] = min(labels.get(key, value), value)
    return labels


def results_table(
    result: Result,
    *,
    namespaces: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | Callable[[list[str]], Mapping[str, str]] | None = None,
) -> str:
    """Return RESULT as aligned columns under a header, then the row count.

    IRIs are shown as prefixed names (NAMESPACES: prefix -> namespace, default kg's), or as
    their label where LABELS (IRI -> label, or a function from IRIs to that) has one;
    literals as their text; unbound values as nothing.
    """
    names, rows = _rows(result)
    spaces = sorted((namespaces or kg_prefixes()).items(), key=lambda kv: -len(kv[1]))
    found: Mapping[str, str] = {}
    if callable(labels):
        found = labels(sorted({t.value for row in rows for t in row if isinstance(t, pyoxigraph.NamedNode)}))
    elif labels is not None:
        found = labels
    cells = [[_cell(term, spaces, found) for term in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(names)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' * (len(cells) != 1)})")
    return "\n".join(lines)


def write_results(result: Result, out: IO[bytes], format: str, *, namespaces: Mapping[str, str] | None = None) -> None:
    """Write RESULT to OUT in FORMAT: ``csv``, ``tsv`` or ``json`` for SELECT and ASK (SPARQL 1.1
    Query Results formats), ``ntriples`` or ``turtle`` (with NAMESPACES, default kg's, as
    prefixes) for CONSTRUCT and DESCRIBE.

    Raises:
        InputError: FORMAT does not fit the kind of result.
    """
    buffer = io.BytesIO()
    if isinstance(result, list):
        if format not in GRAPH_FORMATS:
            raise InputError(f"a CONSTRUCT or DESCRIBE query answers with triples: --format {', '.join(GRAPH_FORMATS)}")
        spaces = dict(namespaces or kg_prefixes()) if format == "turtle" else None
        pyoxigraph.serialize(result, buffer, format=GRAPH_FORMATS[format], prefixes=spaces)
    elif format in RESULT_FORMATS:
        result.serialize(buffer, format=RESULT_FORMATS[format])
    else:
        raise InputError(f"a SELECT or ASK query answers with results: --format {', '.join(RESULT_FORMATS)}")
    data = buffer.getvalue()
    out.write(data if data.endswith(b"\n") or not data else data + b"\n")
