"""Write a graph as one self-contained, offline HTML page to explore it in a browser.

The page bundles vis-network inline (the build shipped inside the pinned PyPI package
``pyvis``), its own script and style, and the graph as JSON. Nothing is fetched: a
Content-Security-Policy forbids any network request. Text from the input reaches the
page only as JSON data, with ``<``, ``>`` and ``&`` escaped, and is shown with
``textContent``, so it can never become markup or script.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("x", label="<script>alert(1)</script>", type="PERSON", aliases=[], mentions=1)
    >>> page = to_html(g)
    >>> "<script>alert(1)" in page, "\\\\u003cscript\\\\u003ealert(1)" in page
    (False, True)
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.export.draw import OTHER_COLOR, TYPE_COLORS
from kg.export.select import View, most_connected, shown_type
from kg.modality import stated

__all__ = ["MAX_NODES", "MAX_SENTENCES", "VIS_NETWORK", "graph_data", "to_html", "to_iframe"]

#: Where the bundled vis-network comes from: PyPI package, version, file inside it.
VIS_NETWORK = ("pyvis", "0.3.2", "pyvis/templates/lib/vis-9.1.2/vis-network.min.js")
#: The page shows at most this many nodes (the most connected); it says how many it left out.
MAX_NODES = 600
#: Supporting sentences kept per edge (the count of all of them is kept too).
MAX_SENTENCES = 5
_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
#: JSON inside <script> must not contain "</script>" or "<!--": these escapes keep it inert.
_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


@cache
def _vis_network() -> str:
    package, version, path = VIS_NETWORK
    try:
        dist = distribution(package)
    except PackageNotFoundError:
        raise KGError(f"the HTML view needs {package}=={version} (pip install {package}=={version})") from None
    if dist.version != version:
        raise KGError(f"the HTML view needs {package}=={version}, found {dist.version}")
    try:
        return Path(str(dist.locate_file(path))).read_text(encoding="utf-8")
    except OSError as error:
        raise KGError(f"the HTML view cannot read vis-network from {package} ({error})") from None


def _asset(name: str) -> str:
    return files("kg.export").joinpath(name).read_text(encoding="utf-8")


def graph_data(view: View, *, max_sentences: int = MAX_SENTENCES) -> dict[str, Any]:
    """Return the JSON the page draws: nodes, edges (with sentences), type colours, totals.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_edge("us", "iraq", key="leave", support=1, sentences=[{"sentence": "US left Iraq."}])
        'leave'
        >>> data = graph_data(View(g, 2, 1, ""))
        >>> data["edges"][0]["label"], data["edges"][0]["sentences"][0]["text"]
        ('leave', 'US left Iraq.')
    """
    graph = view.graph
    nodes = []
    for key in sorted(graph.nodes):
        data = graph.nodes[key]
        nodes.append(
            {
                "id": str(key),
                "label": str(data.get("label", key)),
                "type": shown_type(data),
                "aliases": sorted(str(a) for a in data.get("aliases", []) if str(a) != str(data.get("label", key))),
                "mentions": int(data.get("mentions", 0)),
                "degree": int(graph.degree(key)),
            }
        )
    edges = []
    for number, (source, target, key, data) in enumerate(
        sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
    ):
        sentences = list(data.get("sentences", []))
        edges.append(
            {
                "id": number,
                "from": str(source),
                "to": str(target),
                "label": str(key),
                "negated": bool(data.get("negated", False)),
                "hedged": not stated(sentences),
                "support": int(data.get("support", len(sentences) or 1)),
                "confidence": data.get("confidence"),
                "sentences": [
                    {
                        "text": str(s.get("sentence", "")),
                        "doc": str(s.get("doc_id", "")),
                        "confidence": s.get("confidence"),
                        "attribution": s.get("attribution"),
                        "modality": s.get("modality"),
                    }
                    for s in sentences[:max_sentences]
                ],
            }
        )
    types = sorted({str(n["type"]) for n in nodes})
    return {
        "nodes": nodes,
        "edges": edges,
        "colors": {t: TYPE_COLORS.get(t, OTHER_COLOR) for t in types},
        "total": {"nodes": view.total_nodes, "edges": view.total_edges},
        "description": view.description,
    }


def _title(view: View) -> str:
    shown = f"kg: {view.total_nodes} entities, {view.total_edges} relations"
    if view.truncated:
        chosen = f"{view.description}: " if view.description else ""
        shown += (
            f" — showing {chosen}{view.graph.number_of_nodes()} entities and {view.graph.number_of_edges()} relations"
        )
    return shown


def to_html(graph: nx.MultiDiGraph | View, *, max_nodes: int = MAX_NODES) -> str:
    """Return the interactive page for GRAPH (or a View of it) as one HTML string.

    At most MAX_NODES nodes are shown, the most connected; the heading says what was left out.

    Raises:
        KGError: the pinned vis-network package is not installed.
    """
    view = graph if isinstance(graph, View) else View(graph, graph.number_of_nodes(), graph.number_of_edges(), "")
    if view.graph.number_of_nodes() > max_nodes:
        part = most_connected(view.graph, max_nodes)
        chosen = ", ".join(filter(None, [view.description, f"the {part.number_of_nodes()} most connected"]))
        view = View(part, view.total_nodes, view.total_edges, chosen)
    data = json.dumps(graph_data(view), ensure_ascii=False, sort_keys=True).translate(_JSON_ESCAPES)
    title = html.escape(_title(view))
    package, version, _ = VIS_NETWORK
    page = Template(_asset("view.html"))
    return page.substitute(
        policy=_POLICY,
        title=title,
        css=_asset("view.css"),
        vis=_vis_network(),
        data=data,
        js=_asset("view.js"),
        package=package,
        version=version,
    )


def to_iframe(graph: nx.MultiDiGraph | View, *, height: int = 640) -> str:
    """Return the page for GRAPH inside a sandboxed ``<iframe srcdoc>``, for Jupyter's ``_repr_html_``.

    The sandbox allows the page's scripts but no access to the notebook around it.
    """
    page = html.escape(to_html(graph), quote=True)
    return (
        f'<iframe sandbox="allow-scripts" srcdoc="{page}" title="kg graph" '
        f'style="width: 100%; height: {height}px; border: 1px solid #ddd;"></iframe>'
    )
