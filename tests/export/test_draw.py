from __future__ import annotations

import io
from itertools import combinations
from pathlib import Path

import matplotlib
import networkx as nx
import numpy
import pytest
from PIL import Image, ImageStat

from kg.export.draw import LEGEND_BAND, TITLE_BAND, _leave_box, figure, render_image, render_png, title_of
from kg.export.layout import Box, diagram_layout, overlapping_labels
from kg.export.select import select
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
    shown, left = len(layout.nodes), layout.total_nodes - len(layout.nodes)
    assert f"the {shown} most connected: {shown} entities" in title_of(layout)
    assert f"{left} entities and " in title_of(layout)


def test_draw_title_says_how_a_view_was_chosen(seed_result: BuildResult) -> None:
    view = select(seed_result.graph, focus="Iraq", hops=1, min_support=1)
    title = title_of(diagram_layout(view))
    graph = seed_result.graph  # values count where a fact names them: the others are never drawn
    shown = sum(1 for n, kind in graph.nodes(data="kind") if kind != "value" or graph.degree(n))
    assert title.startswith(f"kg: {shown} entities")
    assert "showing entities within 1 hop of Iraq: " in title


def test_draw_arrows_end_on_the_label_boxes(seed_result: BuildResult) -> None:
    from matplotlib.patches import FancyArrowPatch

    layout = diagram_layout(seed_result.graph)
    fig = figure(layout)
    arrows = [p for p in fig.axes[0].patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == len(layout.edges)
    boxes = {n.key: n.box for n in layout.nodes}
    for arrow, edge in zip(arrows, layout.edges, strict=True):
        (x0, y0), (x1, y1) = arrow._posA_posB  # type: ignore[attr-defined]
        for (x, y), box in (((x0, y0), boxes[edge.source]), ((x1, y1), boxes[edge.target])):
            on_edge = min(abs(x - box.x0), abs(x - box.x1), abs(y - box.y0), abs(y - box.y1))
            assert on_edge < 1e-6 and box.x0 - 1e-6 <= x <= box.x1 + 1e-6 and box.y0 - 1e-6 <= y <= box.y1 + 1e-6


@pytest.mark.parametrize(
    ("inside", "toward", "expected"),
    [
        ((0, 0), (10, 5), (2.0, 1.0)),  # leaves through the right side
        ((0, 0), (0, -8), (0.0, -2.0)),  # straight down
        ((0, 0), (1, 1), (1.0, 1.0)),  # the target lies inside the box: no move past it
    ],
)
def test_draw_leave_box(
    inside: tuple[float, float], toward: tuple[float, float], expected: tuple[float, float]
) -> None:
    assert _leave_box(inside, toward, Box(-2, -2, 2, 2)) == expected


def test_draw_svg_is_a_real_picture(seed_result: BuildResult) -> None:
    from xml.etree import ElementTree

    layout = diagram_layout(seed_result.graph)
    root = ElementTree.fromstring(render_image(seed_result.graph, "svg"))
    points = 72 / 100  # matplotlib writes SVG sizes in points, at 100 pixels per inch here
    assert float(root.get("width", "0").removesuffix("pt")) == pytest.approx(layout.width * points)
    height = float(root.get("height", "0").removesuffix("pt"))
    assert height == pytest.approx((layout.height + TITLE_BAND + LEGEND_BAND) * points)
    paths = root.findall(".//{http://www.w3.org/2000/svg}path")
    assert len(paths) > 2 * (len(layout.nodes) + len(layout.edges))  # boxes, arrows and glyphs, not blank


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


def test_draw_prepare_loads_what_the_first_picture_needs() -> None:
    """prepare() (run while other processes parse) leaves matplotlib's drawing modules imported."""
    import subprocess
    import sys

    code = "import sys; from kg.export.draw import prepare; prepare(); print('matplotlib.figure' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "True\n"


def _long_named_graph(label: str) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("x", label=label, type="ORG", aliases=[label], mentions=3)
    for i in range(12):
        graph.add_node(f"n{i}", label=f"entity {i}", type="GPE", aliases=[], mentions=1)
        graph.add_edge("x" if i < 2 else f"n{i - 1}", f"n{i}", key="meet", lemma="meet", support=1)
    return graph


@pytest.mark.parametrize(
    "label",
    [
        "the Association of Muslim Scholars and the Iraqi Islamic Party of the central provinces",
        "Supercalifragilisticexpialidocious" * 4,  # one word wider than the picture
    ],
)
def test_draw_title_is_never_cut(label: str) -> None:
    view = select(_long_named_graph(label), focus=label, hops=1)
    layout = diagram_layout(view)
    fig = figure(layout)
    fig.canvas.draw()
    title = fig.axes[0].title
    box = title.get_window_extent(fig.canvas.get_renderer())  # type: ignore[attr-defined]
    width, height = fig.canvas.get_width_height()
    assert box.x0 >= 0 and box.x1 <= width and box.y1 <= height  # the whole text inside the picture
    assert title.get_text().split() != title_of(layout).split() or "\n" in title.get_text()
    assert "".join(title.get_text().split()) == "".join(title_of(layout).split())  # every character shown

    image = numpy.asarray(Image.open(io.BytesIO(render_png(view))).convert("L"))
    band = image[: int(box.height) + 12]  # the title's rows, from the top of the picture
    assert (band < 128).sum() > 100  # the title is drawn
    assert (band[:, :3] < 200).sum() == 0 and (band[:, -3:] < 200).sum() == 0  # and touches neither side


def test_draw_legend_gives_each_colour_one_swatch() -> None:
    graph = nx.MultiDiGraph()
    for node, entity_type in [("a", "WORK_OF_ART"), ("b", "PERSON"), ("c", "LANGUAGE"), ("d", ""), ("e", "MYSTERY")]:
        graph.add_node(node, label=node.upper(), kind="entity", type=entity_type, mentions=1)
    graph.add_edges_from([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")], relation="r", support=1)
    fig = figure(diagram_layout(select(graph)))
    (legend,) = fig.legends
    swatches = {
        text.get_text(): tuple(patch.get_facecolor())
        for text, patch in zip(legend.get_texts(), legend.get_patches(), strict=True)
    }
    assert set(swatches) == {"WORK_OF_ART", "PERSON", "LANGUAGE", "other"}  # "" and MYSTERY: one "other"
    assert len(set(swatches.values())) == len(swatches), swatches


def test_draw_the_builds_png_is_the_one_kg_render_draws_of_its_folder(seed_output: Path, tmp_path: Path) -> None:
    from kg.cli import main

    assert main(["render", str(seed_output), "--out", str(tmp_path / "again.png")]) == 0
    assert (tmp_path / "again.png").read_bytes() == (seed_output / "graph.png").read_bytes()
