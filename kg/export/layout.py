"""Lay out a relationship diagram so that no label box overlaps another.

Coordinates are pixels of the drawing area (origin bottom left). Node labels are
the nodes (a coloured box around the name); edge labels sit on the middle of
their (possibly curved) edge. A seeded spring layout gives the start; label boxes
are then pushed apart until none overlap, the canvas growing when they cannot fit.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("us", "iraq", key="leave", lemma="leave")
    'leave'
    >>> layout = diagram_layout(g)
    >>> len(layout.nodes), overlapping_labels(layout)
    (2, [])
"""

from __future__ import annotations

import math
import warnings
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import networkx as nx
import numpy as np

from kg.export.select import View, most_connected, select, shown_type

__all__ = [
    "Box",
    "DiagramLayout",
    "EdgePlacement",
    "NodePlacement",
    "diagram_layout",
    "overlapping_labels",
    "quiet_missing_glyphs",
    "shorten",
    "text_size",
]

DPI = 100
NODE_FONT = (8.0, 13.0)  # points: least and most connected node
EDGE_FONT = 7.0
BOX_PAD = 0.3  # of the font size, as matplotlib's "round,pad=0.3"
GAP = 3.0  # pixels kept between any two boxes
MARGIN = 20.0


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned label box in pixels.

    Example:
        >>> Box(0, 0, 10, 10).overlaps(Box(5, 5, 20, 20))
        True
    """

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        """Tell whether the two boxes share any area."""
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


@dataclass(frozen=True, slots=True)
class NodePlacement:
    """Where one entity is drawn."""

    key: str
    label: str
    type: str
    x: float
    y: float
    fontsize: float
    box: Box


@dataclass(frozen=True, slots=True)
class EdgePlacement:
    """Where one edge and its label are drawn; ``rad`` curves parallel edges apart."""

    source: str
    target: str
    key: str
    label: str
    rad: float
    x: float
    y: float
    fontsize: float
    box: Box


@dataclass(frozen=True, slots=True)
class DiagramLayout:
    """A complete diagram: canvas size, placements and what was left out."""

    width: float
    height: float
    nodes: tuple[NodePlacement, ...]
    edges: tuple[EdgePlacement, ...]
    total_nodes: int
    total_edges: int
    description: str = ""  # how the shown part was chosen, for the title

    @property
    def truncated(self) -> bool:
        """Tell whether only a part of the graph is shown."""
        return len(self.nodes) < self.total_nodes or len(self.edges) < self.total_edges


def shorten(label: str, limit: int = 36) -> str:
    """Return LABEL cut to LIMIT characters at a word boundary, with an ellipsis.

    Example:
        >>> shorten("culmination of Iraq's growing desire to take full control", 20)
        'culmination of…'
    """
    if len(label) <= limit:
        return label
    cut = label[: limit - 1].rsplit(" ", 1)[0] if " " in label[: limit - 1] else label[: limit - 1]
    return cut + "…"


@contextmanager
def quiet_missing_glyphs() -> Iterator[None]:
    """Silence matplotlib's warning for characters its font lacks (emoji, rare scripts).

    The label is still drawn (a box stands for the missing glyph); the warning would only
    put a Python traceback-like line on a user's terminal.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        yield


def text_size(text: str, points: float) -> tuple[float, float]:
    """Return the pixel width and line height of TEXT at POINTS, as matplotlib draws it."""
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(size=points)
    with quiet_missing_glyphs():
        width, height, _ = _renderer().get_text_width_height_descent(text, prop, ismath=False)
    return float(width), float(max(height, _line_height(points)))


@lru_cache(maxsize=64)
def _line_height(points: float) -> float:
    """The height of a line with an ascender and a descender (``lp``) at POINTS."""
    from matplotlib.font_manager import FontProperties

    _, height, _ = _renderer().get_text_width_height_descent("lp", FontProperties(size=points), ismath=False)
    return float(height)


_RENDERER: list[Any] = []


def _renderer() -> Any:
    if not _RENDERER:
        from matplotlib.backends.backend_agg import RendererAgg

        _RENDERER.append(RendererAgg(10, 10, DPI))  # type: ignore[no-untyped-call]
    return _RENDERER[0]


def _box_size(text: str, points: float) -> tuple[float, float]:
    width, height = text_size(text, points)
    pad = 2 * BOX_PAD * points * DPI / 72.0
    return width + pad + 2, height + pad + 2


def _curves(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], float]:
    """Give each edge an arc so that parallel edges between two nodes curve apart."""
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for source, target, key in sorted(graph.edges(keys=True)):
        groups[(min(source, target), max(source, target))].append((source, target, key))
    rads: dict[tuple[str, str, str], float] = {}
    for (low, _), edges in groups.items():
        count = len(edges)
        for index, edge in enumerate(edges):
            offset = 0.0 if count == 1 else 0.35 * (index - (count - 1) / 2)
            rads[edge] = offset if edge[0] == low else -offset
    return rads


def _cluster_spring(keys: list[str], pairs: list[tuple[str, str]], seed: int) -> dict[str, Any]:
    """Spring layout in which communities (Louvain) hold together and pull apart from each other.

    Edges inside a community pull four times harder than edges between communities.
    The graph is built in sorted order: networkx views iterate sets, whose order varies per process.
    """
    ordered = nx.Graph()
    ordered.add_nodes_from(keys)
    ordered.add_edges_from(sorted(pairs))
    if not keys:
        return {}
    community = {}
    for number, members in enumerate(nx.community.louvain_communities(ordered, seed=seed)):
        community.update(dict.fromkeys(members, number))
    for s, t in ordered.edges:
        ordered.edges[s, t]["weight"] = 1.0 if community[s] == community[t] else 0.25
    spring: dict[str, Any] = nx.spring_layout(ordered, seed=seed, k=2.0 / math.sqrt(len(keys)), weight="weight")
    return spring


def _overlap_push(centers: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, int]:
    """Return a displacement per box that reduces pairwise overlaps, and the overlap count."""
    half = sizes / 2 + GAP / 2
    dx = centers[:, None, 0] - centers[None, :, 0]
    dy = centers[:, None, 1] - centers[None, :, 1]
    ox = half[:, None, 0] + half[None, :, 0] - np.abs(dx)
    oy = half[:, None, 1] + half[None, :, 1] - np.abs(dy)
    n = len(centers)
    mask = (ox > 0) & (oy > 0) & ~np.eye(n, dtype=bool)
    count = int(mask.sum() // 2)
    if not count:
        return np.zeros_like(centers), 0
    index = np.arange(n)
    tie = np.where(index[:, None] > index[None, :], 1.0, -1.0)
    sx = np.where(dx != 0, np.sign(dx), tie)
    sy = np.where(dy != 0, np.sign(dy), tie)
    along_x = ox < oy
    push = np.zeros_like(centers)
    push[:, 0] = np.where(mask & along_x, sx * (ox / 2 + 0.5), 0.0).sum(axis=1)
    push[:, 1] = np.where(mask & ~along_x, sy * (oy / 2 + 0.5), 0.0).sum(axis=1)
    return push, count


@dataclass(slots=True)
class _State:
    keys: list[str]
    edges: list[tuple[str, str, str]]
    node_sizes: np.ndarray
    edge_sizes: np.ndarray
    rads: np.ndarray
    positions: np.ndarray
    offsets: np.ndarray
    endpoints: np.ndarray  # (edges, 2) node indices

    def edge_centers(self) -> np.ndarray:
        p = self.positions[self.endpoints[:, 0]]
        q = self.positions[self.endpoints[:, 1]]
        d = q - p
        mid = (p + q) / 2 + 0.5 * self.rads[:, None] * np.stack([d[:, 1], -d[:, 0]], axis=1)
        result: np.ndarray = mid + self.offsets
        return result


def _separate(state: _State, width: float, height: float, rounds: int = 600) -> bool:
    n_nodes = len(state.keys)
    sizes = np.vstack([state.node_sizes, state.edge_sizes]) if len(state.edges) else state.node_sizes
    for _ in range(rounds):
        centers = np.vstack([state.positions, state.edge_centers()]) if len(state.edges) else state.positions
        push, count = _overlap_push(centers, sizes)
        if not count:
            return True
        state.positions += push[:n_nodes]
        if len(state.edges):
            state.offsets += push[n_nodes:]
        _clamp(state, width, height)
    centers = np.vstack([state.positions, state.edge_centers()]) if len(state.edges) else state.positions
    return _overlap_push(centers, sizes)[1] == 0


def _clamp(state: _State, width: float, height: float) -> None:
    low = state.node_sizes / 2 + MARGIN
    high = np.array([width, height]) - low
    state.positions = np.clip(state.positions, low, np.maximum(low, high))
    if len(state.edges):
        centers = state.edge_centers()
        low_e = state.edge_sizes / 2 + MARGIN / 2
        high_e = np.array([width, height]) - low_e
        state.offsets += np.clip(centers, low_e, np.maximum(low_e, high_e)) - centers


def diagram_layout(
    graph: nx.MultiDiGraph | View,
    *,
    max_nodes: int = 40,
    width: float | None = None,
    height: float | None = None,
    seed: int = 7,
    font_scale: float = 1.0,
) -> DiagramLayout:
    """Place GRAPH's most connected MAX_NODES nodes and their edges without label overlaps.

    Args:
        graph: a kg graph (nodes with ``label``/``type``, edges keyed by lemma), or a
            :class:`~kg.export.select.View` of one (its description goes into the title).
        max_nodes: show at most this many nodes (the most connected ones).
        width, height: canvas in pixels; chosen from the labels' area when omitted.
        seed: seed of the spring layout (same seed, same picture).
        font_scale: multiply every font size.

    Returns:
        A :class:`DiagramLayout`; the canvas grows when the labels cannot fit it.
    """
    view = graph if isinstance(graph, View) else select(graph)  # as `kg render` draws it
    sub, description = view.graph, view.description
    if sub.number_of_nodes() > max_nodes:
        sub = most_connected(sub, max_nodes)
        description = ", ".join(filter(None, [description, f"the {sub.number_of_nodes()} most connected"]))
    keys = sorted(sub.nodes)
    edges = sorted(sub.edges(keys=True))
    degree = dict(sub.degree())
    top = max(degree.values(), default=1) or 1
    node_fonts = [
        font_scale * (NODE_FONT[0] + (NODE_FONT[1] - NODE_FONT[0]) * math.sqrt(degree[k] / top)) for k in keys
    ]
    labels = [shorten(str(sub.nodes[k].get("label", k))) for k in keys]
    node_sizes = np.array([_box_size(text, size) for text, size in zip(labels, node_fonts, strict=True)]).reshape(-1, 2)
    edge_labels = [str(e[2]) for e in edges]  # the edge key: the lemma, "not ..." when negated
    edge_font = EDGE_FONT * font_scale
    edge_sizes = np.array([_box_size(text, edge_font) for text in edge_labels]).reshape(-1, 2)
    area = float(node_sizes.prod(axis=1).sum() + (edge_sizes.prod(axis=1).sum() if len(edges) else 0))
    canvas_w = float(width or math.ceil(max(900.0, math.sqrt(area * 9 * 1.5))))
    canvas_h = float(height or math.ceil(canvas_w / 1.5))

    spring = _cluster_spring(keys, [(s, t) for s, t, _ in edges], seed)
    start = np.array([spring[k] for k in keys]).reshape(-1, 2) if keys else np.zeros((0, 2))
    index = {k: i for i, k in enumerate(keys)}
    rad_of = _curves(sub)
    state = _State(
        keys=keys,
        edges=edges,
        node_sizes=node_sizes.reshape(-1, 2),
        edge_sizes=edge_sizes,
        rads=np.array([rad_of[e] for e in edges], dtype=float),
        positions=np.zeros((len(keys), 2)),
        offsets=np.zeros((len(edges), 2)),
        endpoints=np.array([[index[s], index[t]] for s, t, _ in edges], dtype=int).reshape(-1, 2),
    )
    for _attempt in range(8):
        span = np.ptp(start, axis=0) if len(keys) > 1 else np.ones(2)
        span[span == 0] = 1.0
        lo = start.min(axis=0) if len(keys) else np.zeros(2)
        inner = np.array([canvas_w, canvas_h]) - 2 * MARGIN - node_sizes.max(axis=0, initial=0)
        state.positions = MARGIN + node_sizes.max(axis=0, initial=0) / 2 + (start - lo) / span * inner
        state.offsets = np.zeros((len(edges), 2))
        if _separate(state, canvas_w, canvas_h) or (width is not None and height is not None):
            break
        canvas_w, canvas_h = float(math.ceil(canvas_w * 1.2)), float(math.ceil(canvas_h * 1.2))

    centers = state.edge_centers() if edges else np.zeros((0, 2))
    nodes = tuple(
        NodePlacement(
            key=k,
            label=labels[i],
            type=shown_type(sub.nodes[k]),
            x=float(state.positions[i, 0]),
            y=float(state.positions[i, 1]),
            fontsize=node_fonts[i],
            box=_box_at(state.positions[i], node_sizes[i]),
        )
        for i, k in enumerate(keys)
    )
    placed_edges = tuple(
        EdgePlacement(
            source=s,
            target=t,
            key=key,
            label=edge_labels[j],
            rad=float(state.rads[j]),
            x=float(centers[j, 0]),
            y=float(centers[j, 1]),
            fontsize=edge_font,
            box=_box_at(centers[j], edge_sizes[j]),
        )
        for j, (s, t, key) in enumerate(edges)
    )
    return DiagramLayout(
        width=float(canvas_w),
        height=float(canvas_h),
        nodes=nodes,
        edges=placed_edges,
        total_nodes=view.total_nodes,
        total_edges=view.total_edges,
        description=description,
    )


def _box_at(center: np.ndarray, size: np.ndarray) -> Box:
    return Box(
        float(center[0] - size[0] / 2),
        float(center[1] - size[1] / 2),
        float(center[0] + size[0] / 2),
        float(center[1] + size[1] / 2),
    )


def overlapping_labels(layout: DiagramLayout) -> list[tuple[str, str]]:
    """Return the pairs of label names whose boxes overlap (empty for a good layout).

    Example:
        >>> overlapping_labels(DiagramLayout(10, 10, (), (), 0, 0))
        []
    """
    items = [(f"node:{n.key}", n.box) for n in layout.nodes]
    items += [(f"edge:{e.source}->{e.target}:{e.key}", e.box) for e in layout.edges]
    return [(a, b) for i, (a, box_a) in enumerate(items) for (b, box_b) in items[i + 1 :] if box_a.overlaps(box_b)]
