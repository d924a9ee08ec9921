"""graph.html: self-contained, offline, safe, and really drawn by a headless browser."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import numpy
import pytest
from PIL import Image

from kg.export.draw import TYPE_COLORS
from kg.export.html import VIS_NETWORK, graph_data, to_html, to_iframe
from kg.export.select import View
from kg.pipeline import BuildResult

WINDOW = (1280, 800)
SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = '<img src=x onerror="document.body.dataset.pwned=1">'


class _Page(HTMLParser):
    """Collect a page's elements (tag, attributes), the text of each id'd element, and resource URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, str] = {}
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._open.append(dict(attrs).get("id"))

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for element_id in self._open:
            if element_id:
                self.text[element_id] = self.text.get(element_id, "") + data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("chromium is missing: run tests/system-deps.sh (the README's test command does)")
    return found


def _browse(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--virtual-time-budget=15000",
        *extra,
        url,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def _page_requests(net_log: Path) -> list[str]:
    """URLs the page asked the network for, from Chromium's net log.

    Chromium's own background requests (update checks, accounts) have no initiating
    origin ("not an origin"); anything a page starts names the page's origin.
    """
    log = json.loads(net_log.read_text(encoding="utf-8"))
    names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    requests = []
    for event in log["events"]:
        params = event.get("params", {})
        if (
            names[event["type"]] == "URL_REQUEST_START_JOB"
            and "url" in params
            and params.get("initiator") != "not an origin"
        ):
            requests.append(str(params.get("url")))
    return requests


def _script_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=SCRIPT_NAME, type="PERSON", aliases=[SCRIPT_NAME, "</script><b>x"], mentions=2)
    graph.add_node("b", label=IMG_NAME, type="ORG", aliases=[], mentions=1)
    sentence = f"{SCRIPT_NAME} met {IMG_NAME} & <!-- friends -->."
    graph.add_edge("a", "b", key="meet", support=1, sentences=[{"sentence": sentence, "doc_id": "<doc>"}])
    return graph


def test_html_page_is_self_contained(seed_output: Path) -> None:
    page = (seed_output / "graph.html").read_text(encoding="utf-8")
    parsed = _parse(page)
    package, version, _ = VIS_NETWORK
    assert f"{package}=={version}" in page and "@version 9.1.2" in page  # vis-network bundled inline
    resources = [a.get(k) for _, a in parsed.elements for k in ("src", "href") if a.get(k)]
    assert resources == []  # no script, style or link fetched from anywhere
    policy = [a["content"] for tag, a in parsed.elements if tag == "meta" and a.get("http-equiv")]
    assert policy == ["default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"]


def test_html_data_round_trips(seed_result: BuildResult, seed_output: Path) -> None:
    parsed = _parse((seed_output / "graph.html").read_text(encoding="utf-8"))
    data = json.loads(parsed.text["kg-data"])
    graph = seed_result.graph
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()
    us = next(n for n in data["nodes"] if n["id"] == "united states")
    assert "US" in us["aliases"] and us["type"] == "GPE"
    edge = next(e for e in data["edges"] if e["from"] == "united states" and e["sentences"])
    stated = graph.edges["united states", edge["to"], edge["label"]]["sentences"]
    assert edge["sentences"][0]["text"] in {s["sentence"] for s in stated}


def test_html_escapes_input_text() -> None:
    page = to_html(_script_graph())
    assert SCRIPT_NAME not in page and IMG_NAME not in page and "</script><b>" not in page
    parsed = _parse(page)
    assert [tag for tag, _ in parsed.elements if tag == "script"] == ["script"] * 3  # vis, data, kg's own
    data = json.loads(parsed.text["kg-data"])
    assert {n["label"] for n in data["nodes"]} == {SCRIPT_NAME, IMG_NAME}
    assert data["edges"][0]["sentences"][0]["text"].startswith(SCRIPT_NAME)


def test_html_caps_nodes_and_says_so(seed_result: BuildResult) -> None:
    page = to_html(seed_result.graph, max_nodes=10)
    title = page.split("<title>")[1].split("</title>")[0]
    assert "showing the" in title and "most connected" in title
    assert len(json.loads(_parse(page).text["kg-data"])["nodes"]) <= 10


def test_html_iframe_is_sandboxed() -> None:
    view = View(_script_graph(), 2, 1, "")
    frame = to_iframe(view)
    parsed = _parse(frame)
    assert [tag for tag, _ in parsed.elements] == ["iframe"]
    attributes = parsed.elements[0][1]
    assert attributes["sandbox"] == "allow-scripts"
    assert SCRIPT_NAME not in frame and attributes["srcdoc"] == to_html(view)  # the page, escaped once more


def test_graph_data_keeps_a_few_sentences_and_the_count() -> None:
    graph = nx.MultiDiGraph()
    sentences = [{"sentence": f"s{i}", "doc_id": "d"} for i in range(9)]
    graph.add_edge("a", "b", key="r", support=9, sentences=sentences)
    (edge,) = graph_data(View(graph, 2, 1, ""), max_sentences=3)["edges"]
    assert [s["text"] for s in edge["sentences"]] == ["s0", "s1", "s2"] and edge["support"] == 9


@pytest.mark.parametrize(
    ("modalities", "hedged"), [([None], False), (["will"], False), (["may"], True), (["whether", None], False)]
)
def test_graph_data_marks_facts_not_asserted(modalities: list[str | None], hedged: bool) -> None:
    graph = nx.MultiDiGraph()
    sentences = [{"sentence": f"s{i}", "doc_id": "d", "modality": m} for i, m in enumerate(modalities)]
    graph.add_edge("a", "b", key="r", support=len(sentences), sentences=sentences)
    (edge,) = graph_data(View(graph, 2, 1, ""))["edges"]
    assert edge["hedged"] is hedged
    assert [s["modality"] for s in edge["sentences"]] == modalities


def test_browser_draws_seed_graph_offline(seed_result: BuildResult, seed_output: Path, tmp_path: Path) -> None:
    page = seed_output / "graph.html"
    shot, net_log = tmp_path / "shot.png", tmp_path / "net.json"
    _browse(page.as_uri(), tmp_path, f"--screenshot={shot}", f"--log-net-log={net_log}")
    assert _page_requests(net_log) == []

    image = Image.open(shot).convert("RGB")
    assert image.size == WINDOW
    graph_area = image.crop((0, 80, WINDOW[0] - 360, WINDOW[1]))  # below the controls, left of the details
    pixels = numpy.asarray(graph_area).reshape(-1, 3)
    drawn = int((pixels != 255).any(axis=1).sum())
    assert drawn > 0.01 * len(pixels)  # not blank
    green = [int(TYPE_COLORS["GPE"][i : i + 2], 16) for i in (1, 3, 5)]
    assert int((pixels == green).all(axis=1).sum()) > 100  # the GPE nodes (Iraq, United States...) are drawn

    dom = _browse(page.as_uri(), tmp_path, "--dump-dom").stdout
    body = next(a for tag, a in _parse(dom).elements if tag == "body")
    assert body.get("data-kg-rendered") == str(seed_result.graph.number_of_nodes())


def test_browser_net_log_check_sees_a_page_request(tmp_path: Path) -> None:
    """The offline check above can fail: a page that fetches an image is caught."""
    page = tmp_path / "fetch.html"
    page.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/x.png">', encoding="utf-8")
    net_log = tmp_path / "net.json"
    _browse(page.as_uri(), tmp_path, "--dump-dom", f"--log-net-log={net_log}")
    assert _page_requests(net_log) == ["http://127.0.0.1:9/x.png"]


def test_browser_shows_script_entity_as_text(tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    page.write_text(to_html(_script_graph()), encoding="utf-8")
    dom = _browse(f"{page.as_uri()}#focus={quote(SCRIPT_NAME)}", tmp_path, "--dump-dom").stdout
    parsed = _parse(dom)
    body = next(a for tag, a in parsed.elements if tag == "body")
    assert body.get("data-kg-rendered") == "2" and "data-pwned" not in body
    assert [tag for tag, _ in parsed.elements if tag in {"script", "img", "b"}] == ["script"] * 3
    details = parsed.text["kg-details"]
    assert details.startswith(SCRIPT_NAME)  # the entity's name, shown as text in the details panel
    assert "</script><b>x" in details  # its alias, as text too


#: Four texts on unrelated things: a graph of several parts that share no entity.
UNRELATED = [
    "Microsoft hired Satya Nadella in 1992. Nadella leads Microsoft. Microsoft bought GitHub. GitHub hosts Linux.",
    "The Amazon flows through Brazil. Brazil borders Peru. Peru exports copper to China.",
    "Marie Curie discovered polonium. Curie won the Nobel Prize. Pierre Curie married Marie Curie.",
    "Barcelona beat Real Madrid. Lionel Messi joined Inter Miami. Messi left Barcelona.",
]
#: Appended to the page: once kg's layout is done, write each node's box (left, top, right, bottom) into the DOM.
PROBE = """<script>
(function wait() {
  if (document.body.dataset.kgLayout !== "done") return setTimeout(wait, 50);
  const boxes = {};
  Object.keys(window.kgNetwork.getPositions()).forEach((id) => {
    const b = window.kgNetwork.getBoundingBox(id);
    boxes[id] = [b.left, b.top, b.right, b.bottom];
  });
  const out = document.createElement("pre");
  out.id = "kg-probe";
  out.textContent = JSON.stringify(boxes);
  document.body.append(out);
})();
</script></body>"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_browser_keeps_parts_apart_and_boxes_off_each_other(tmp_path: Path) -> None:
    from kg.pipeline import build_texts

    graph = build_texts(UNRELATED).graph
    parts = [sorted(p) for p in nx.weakly_connected_components(graph)]
    assert len(parts) >= 4
    page = tmp_path / "graph.html"
    page.write_text(to_html(graph).replace("</body>", PROBE), encoding="utf-8")
    dom = _browse(page.as_uri(), tmp_path, "--dump-dom").stdout
    boxes = json.loads(_parse(dom).text["kg-probe"])
    assert sorted(boxes) == sorted(graph.nodes)
    ids = sorted(boxes)
    assert [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :] if _overlap(boxes[a], boxes[b])] == []
    extents = [
        [
            min(boxes[n][0] for n in p),
            min(boxes[n][1] for n in p),
            max(boxes[n][2] for n in p),
            max(boxes[n][3] for n in p),
        ]
        for p in parts
    ]
    assert [
        (i, j) for i in range(len(parts)) for j in range(i + 1, len(parts)) if _overlap(extents[i], extents[j])
    ] == []
