from __future__ import annotations

import io
from itertools import combinations
from pathlib import Path

import matplotlib
import networkx as nx
import pytest
from PIL import Image, ImageStat

from kg.export.draw import LEGEND_BAND, TITLE_BAND, figure, render_image, render_png, title_of
from kg.export.layout import diagram_layout, overlapping_labels
from kg.pipeline import BuildResult

matplotlib.use("Agg")


def test_draw_seed_layout_has_no_overlapping_labels(seed_result: BuildResult) -> None:
    layout = diagram_layout(seed_result.graph)
    assert layout.nodes and layout.edges
    assert len(layout.nodes) <= 40
    assert overlapping_labels(layout) == []


def test_draw_rendered_label_boxes_do_not_overlap(seed_result: BuildResult) -> None:
    """Check the boxes matplotlib actually drew, not only the layout's own arithmetic."""
    layout = diagram_layout(seed_result.graph)
    fig = figure(layout)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [t.get_bbox_patch().get_window_extent(renderer) for t in fig.axes[0].texts]
    assert len(boxes) == len(layout.nodes) + len(layout.edges)
    overlapping = [(a, b) for a, b in combinations(range(len(boxes)), 2) if boxes[a].overlaps(boxes[b])]
    assert overlapping == []


def test_draw_png_is_a_real_picture(seed_result: BuildResult, seed_output: Path) -> None:
    image = Image.open(seed_output / "graph.png")
    layout = diagram_layout(seed_result.graph)
    assert image.format == "PNG"
    assert image.size == (layout.width, layout.height + TITLE_BAND + LEGEND_BAND)
    assert image.size[0] > 800 and image.size[1] > 600
    extrema = ImageStat.Stat(image.convert("L")).extrema[0]
    assert extrema[0] < 100 and extrema[1] > 200  # dark text on a light background, not blank


def test_draw_title_says_when_truncated(seed_result: BuildResult) -> None:
    layout = diagram_layout(seed_result.graph, max_nodes=10)
    assert layout.truncated
    assert "10 most connected" in title_of(layout) or "most connected" in title_of(layout)


def test_draw_deterministic(seed_result: BuildResult) -> None:
    assert render_png(seed_result.graph) == render_png(seed_result.graph)


@pytest.mark.parametrize("image_format", ["svg", "pdf"])
def test_draw_vector_formats(seed_result: BuildResult, image_format: str) -> None:
    data = render_image(seed_result.graph, image_format)
    assert data.startswith(b"<?xml" if image_format == "svg" else b"%PDF")


def test_draw_onto_given_axes() -> None:
    import matplotlib.pyplot as plt

    from kg.export import draw_graph

    graph = nx.MultiDiGraph()
    graph.add_node("a", label="$x$ <b>", type="PERSON")
    graph.add_node("b", label="b", type="")
    graph.add_edge("a", "b", key="know", lemma="know")
    fig, ax = plt.subplots(figsize=(4, 3))
    draw_graph(graph, ax=ax)
    assert {t.get_text() for t in ax.texts} == {"$x$ <b>", "b", "know"}
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    assert Image.open(buffer).size == (400, 300)
