"""Draw a kg graph as a relationship diagram with matplotlib.

matplotlib is imported inside the functions, so importing kg stays light.

Example:
    >>> from kg.graph import build_graph
    >>> png = render_png(build_graph([]))
    >>> png[:4] == b"\\x89PNG"
    True
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.export.layout import DPI, MARGIN, Box, DiagramLayout, diagram_layout, quiet_missing_glyphs, text_size
from kg.export.select import View

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "TYPE_COLORS",
    "draw_graph",
    "draw_layout",
    "figure",
    "prepare",
    "render_image",
    "render_png",
    "title_of",
    "wrap_text",
]

#: Fill colour per spaCy entity type; anything else is drawn grey.
TYPE_COLORS: dict[str, str] = {
    "PERSON": "#f4a261",
    "ORG": "#8ecae6",
    "GPE": "#90be6d",
    "NORP": "#cdb4db",
    "LOC": "#b5e48c",
    "FAC": "#e9c46a",
    "EVENT": "#ffafcc",
    "DATE": "#e0e0e0",
    "PRODUCT": "#ffd166",
    "LAW": "#bde0fe",
    "WORK_OF_ART": "#f7b7a3",
    "LANGUAGE": "#d8e2dc",
    "value": "#e0e0e0",  # dates, amounts, numbers
}
OTHER_COLOR = "#f1f1f1"
TITLE_BAND = 60.0  # pixels above the drawing for the title (more when it wraps to more than two lines)
TITLE_FONT = 12.0
TITLE_PAD = 10.0
LEGEND_BAND = 40.0


def title_of(layout: DiagramLayout) -> str:
    """Return the diagram's title: what is shown and what was left out.

    Example:
        >>> title_of(DiagramLayout(1, 1, (), (), 0, 0))
        'kg: 0 entities, 0 relations'
    """
    shown = f"kg: {layout.total_nodes} entities, {layout.total_edges} relations"
    if layout.truncated:
        chosen = f"{layout.description}: " if layout.description else ""
        shown += (
            f"\nshowing {chosen}{len(layout.nodes)} entities and {len(layout.edges)} relations; "
            f"{layout.total_nodes - len(layout.nodes)} entities and "
            f"{layout.total_edges - len(layout.edges)} relations left out"
        )
    return shown


def wrap_text(text: str, width: float, points: float = TITLE_FONT) -> str:
    """Return TEXT with each line broken at spaces so that no line is wider than WIDTH pixels at
    POINTS (a word wider than that alone is broken between its characters).

    Example:
        >>> wrap_text("showing entities within 1 hop of Iraq", 180)
        'showing entities\\nwithin 1 hop of Iraq'
    """
    lines: list[str] = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            trial = f"{current} {word}" if current else word
            if current and text_size(trial, points)[0] > width:
                lines.append(current)
                trial = word
            current = trial
            while len(current) > 1 and text_size(current, points)[0] > width:  # one word too wide: break it
                cut = 1
                while cut < len(current) and text_size(current[: cut + 1], points)[0] <= width:
                    cut += 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return "\n".join(lines)


def _title_band(title: str) -> float:
    """The pixels the title needs above the drawing: TITLE_BAND at least."""
    line_height = TITLE_FONT * 1.2 * DPI / 72.0  # matplotlib's line spacing
    return max(TITLE_BAND, math.ceil(len(title.split("\n")) * line_height + 2 * TITLE_PAD))


def draw_layout(layout: DiagramLayout, ax: Axes) -> list[Any]:
    """Draw LAYOUT onto AX (whose data units must be the layout's pixels); return the label artists."""
    from matplotlib.patches import FancyArrowPatch

    ax.set_xlim(0, layout.width)
    ax.set_ylim(0, layout.height)
    ax.set_axis_off()
    texts: dict[str, Any] = {}
    artists: list[Any] = []
    placed = {n.key: n for n in layout.nodes}
    for node in layout.nodes:
        text = ax.text(
            node.x,
            node.y,
            node.label,
            ha="center",
            va="center",
            fontsize=node.fontsize,
            parse_math=False,
            zorder=3,
            bbox={
                "boxstyle": "round,pad=0.3",
                "fc": TYPE_COLORS.get(node.type, OTHER_COLOR),
                "ec": "#555555",
                "lw": 0.8,
            },
        )
        texts[node.key] = text
        artists.append(text)
    for edge in layout.edges:
        source, target = placed[edge.source], placed[edge.target]
        start = _leave_box((source.x, source.y), (target.x, target.y), source.box)
        end = _leave_box((target.x, target.y), (source.x, source.y), target.box)
        arrow = FancyArrowPatch(
            start,
            end,
            connectionstyle=f"arc3,rad={edge.rad}",
            arrowstyle="-|>,head_length=0.6,head_width=0.3",
            mutation_scale=12,
            color="#666666",
            lw=0.9,
            shrinkA=1,
            shrinkB=1,
            zorder=1,
        )
        ax.add_patch(arrow)
        label = ax.text(
            edge.x,
            edge.y,
            edge.label,
            ha="center",
            va="center",
            fontsize=edge.fontsize,
            color="#333333",
            parse_math=False,
            zorder=2,
            bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": "none", "alpha": 0.9},
        )
        artists.append(label)
    return artists


def _leave_box(inside: tuple[float, float], toward: tuple[float, float], box: Box) -> tuple[float, float]:
    """Return where the segment from INSIDE (in BOX) to TOWARD leaves BOX: arrows end at label edges.

    Example:
        >>> _leave_box((0, 0), (10, 5), Box(-2, -2, 2, 2))
        (2.0, 1.0)
    """
    (x, y), (tx, ty) = inside, toward
    dx, dy = tx - x, ty - y
    limits = [
        t
        for t in (
            (box.x1 - x) / dx if dx > 0 else (box.x0 - x) / dx if dx < 0 else math.inf,
            (box.y1 - y) / dy if dy > 0 else (box.y0 - y) / dy if dy < 0 else math.inf,
        )
    ]
    step = min(1.0, *limits)
    return (x + step * dx, y + step * dy)


def _legend(fig: Figure, layout: DiagramLayout) -> None:
    from matplotlib.patches import Patch

    types = sorted({n.type for n in layout.nodes if n.type in TYPE_COLORS})
    if any(n.type not in TYPE_COLORS for n in layout.nodes):
        types.append("")  # one swatch for every type drawn in OTHER_COLOR: phrases, types with no colour of their own
    handles = [Patch(facecolor=TYPE_COLORS.get(t, OTHER_COLOR), edgecolor="#555555", label=t or "other") for t in types]
    if handles:
        fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 8), frameon=False, fontsize=9)


def figure(layout: DiagramLayout) -> Figure:
    """Return a matplotlib ``Figure`` (Agg canvas, no pyplot state) with LAYOUT, its title and legend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    title = wrap_text(title_of(layout), layout.width - 2 * MARGIN)
    total_h = layout.height + _title_band(title) + LEGEND_BAND
    fig = Figure(figsize=(layout.width / DPI, total_h / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.0, LEGEND_BAND / total_h, 1.0, layout.height / total_h))
    draw_layout(layout, ax)
    ax.set_title(title, fontsize=TITLE_FONT, pad=TITLE_PAD)
    _legend(fig, layout)
    return fig


def draw_graph(graph: nx.MultiDiGraph | View, ax: Axes | None = None, *, max_nodes: int = 40, seed: int = 7) -> Axes:
    """Draw GRAPH onto AX (a new figure when None) and return the Axes.

    On a given Axes the layout fills its pixel size, shrinking fonts if labels do not fit.

    Example:
        >>> from kg.graph import build_graph
        >>> draw_graph(build_graph([])).get_title()
        'kg: 0 entities, 0 relations'
    """
    if ax is None:
        new_ax: Axes = figure(diagram_layout(graph, max_nodes=max_nodes, seed=seed)).axes[0]
        return new_ax
    bbox = ax.get_window_extent()
    scale = ax.figure.dpi / DPI if ax.figure is not None else 1.0
    width, height = bbox.width / scale, bbox.height / scale
    layout = diagram_layout(graph, max_nodes=max_nodes, seed=seed, width=width, height=height)
    draw_layout(layout, ax)
    ax.set_title(wrap_text(title_of(layout), width - 2 * MARGIN))
    return ax


def render_image(
    graph: nx.MultiDiGraph | View, image_format: str = "png", *, max_nodes: int = 40, seed: int = 7
) -> bytes:
    """Return GRAPH drawn as an image (``png``, ``svg`` or ``pdf``) as bytes."""
    fig = figure(diagram_layout(graph, max_nodes=max_nodes, seed=seed))
    buffer = io.BytesIO()
    metadata: dict[str, Any] = {"Software": None} if image_format == "png" else {}
    if image_format == "svg":
        metadata = {"Date": None}
    elif image_format == "pdf":
        metadata = {"CreationDate": None}
    with quiet_missing_glyphs():
        fig.savefig(buffer, format=image_format, metadata=metadata)
    return buffer.getvalue()


def prepare() -> None:
    """Import matplotlib's drawing modules and load its font list by drawing an empty graph.

    The first picture a process draws pays ~1 s for these; a build calls this while other
    processes parse, so that its PNG writer does not.

    Example:
        >>> prepare()
    """
    from kg.graph.build import build_graph

    render_image(build_graph([]))


def render_png(graph: nx.MultiDiGraph | View, *, max_nodes: int = 40, seed: int = 7) -> bytes:
    """Return GRAPH drawn as PNG bytes (deterministic for the same graph and seed)."""
    return render_image(graph, "png", max_nodes=max_nodes, seed=seed)
