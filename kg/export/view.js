// kg's interactive graph page. The graph comes from the JSON in #kg-data; every text
// from it is shown with textContent, never as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const colorOf = (type) => data.colors[type] || "#f1f1f1";

  const nodes = new vis.DataSet(data.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    value: Math.max(1, n.degree + n.mentions),
    color: { background: colorOf(n.type), border: "#555555", highlight: { background: colorOf(n.type), border: "#000000" } },
    type: n.type,
  })));
  const edges = new vis.DataSet(data.edges.map((e) => ({
    id: e.id,
    from: e.from,
    to: e.to,
    label: e.label,
    support: e.support,
    width: Math.min(1 + Math.log2(e.support), 6),
    dashes: e.negated || e.hedged,
    arrows: "to",
  })));

  const shownTypes = new Set(data.nodes.map((n) => n.type));
  let minSupport = 1;
  const nodeView = new vis.DataView(nodes, { filter: (n) => shownTypes.has(n.type) });
  const edgeView = new vis.DataView(edges, { filter: (e) => e.support >= minSupport });

  const container = document.getElementById("kg-graph");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    layout: { randomSeed: 7, improvedLayout: data.nodes.length <= 150 },
    nodes: { shape: "box", scaling: { min: 10, max: 30, label: { enabled: true, min: 12, max: 22 } }, font: { color: "#222222" } },
    edges: { color: { color: "#888888", highlight: "#222222" }, font: { size: 11, align: "middle", strokeWidth: 3 }, smooth: { type: "dynamic" } },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300, fit: true } },
    interaction: { hover: true, tooltipDelay: 100000, navigationButtons: false, keyboard: true },
  });
  window.kgNetwork = network; // for your own scripts in the browser's console
  network.once("afterDrawing", () => {
    document.body.dataset.kgRendered = String(nodeView.length);
  });
  // Once the physics has settled and the boxes are drawn at their size: no box over another,
  // and each connected part of the graph in its own place (physics alone lets them overlap).
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({ physics: false });
    network.once("afterDrawing", () => {
      tidy(network, data, 24, 100);
      // dynamic curves hang on hidden physics nodes that stay behind: fixed curves instead,
      // parallel edges of one direction bending further each
      const seen = new Map();
      edges.update(data.edges.map((e) => {
        const pair = `${e.from}\u0000${e.to}`;
        const k = seen.get(pair) || 0;
        seen.set(pair, k + 1);
        return { id: e.id, smooth: { enabled: true, type: "curvedCW", roundness: 0.1 + 0.2 * k } };
      }));
      network.redraw();
      network.fit();
      document.body.dataset.kgLayout = "done";
    });
    network.redraw();
  });

  // -- layout: boxes apart, connected parts packed in rows -------------------------------
  function components(nodes, edges) {
    const parent = new Map(nodes.map((n) => [n.id, n.id]));
    const root = (id) => {
      while (parent.get(id) !== id) {
        parent.set(id, parent.get(parent.get(id)));
        id = parent.get(id);
      }
      return id;
    };
    edges.forEach((e) => {
      if (parent.has(e.from) && parent.has(e.to)) parent.set(root(e.from), root(e.to));
    });
    const groups = new Map();
    nodes.forEach((n) => {
      const r = root(n.id);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r).push(n.id);
    });
    return [...groups.values()];
  }
  // Push overlapping boxes (centre x, y; half sizes w, h) apart along the axis where they overlap least.
  function separate(ids, box, gap) {
    for (let round = 0; round < 500; round++) {
      let moved = false;
      for (let i = 0; i < ids.length; i++) {
        const a = box.get(ids[i]);
        for (let j = i + 1; j < ids.length; j++) {
          const b = box.get(ids[j]);
          const dx = b.x - a.x, dy = b.y - a.y;
          const ox = a.w + b.w + gap - Math.abs(dx), oy = a.h + b.h + gap - Math.abs(dy);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          if (ox < oy) {
            const step = (dx >= 0 ? 1 : -1) * ox / 2;
            a.x -= step; b.x += step;
          } else {
            const step = (dy >= 0 ? 1 : -1) * oy / 2;
            a.y -= step; b.y += step;
          }
        }
      }
      if (!moved) return;
    }
  }
  function tidy(net, graph, gap, partGap) {
    const positions = net.getPositions();
    const box = new Map();
    graph.nodes.forEach((n) => {
      const b = net.getBoundingBox(n.id);
      const p = positions[n.id];
      box.set(n.id, { x: p.x, y: p.y, w: (b.right - b.left) / 2, h: (b.bottom - b.top) / 2 });
    });
    const parts = components(graph.nodes, graph.edges).map((ids) => {
      ids.sort();
      separate(ids, box, gap);
      const bs = ids.map((id) => box.get(id));
      const left = Math.min(...bs.map((b) => b.x - b.w)), right = Math.max(...bs.map((b) => b.x + b.w));
      const top = Math.min(...bs.map((b) => b.y - b.h)), bottom = Math.max(...bs.map((b) => b.y + b.h));
      return { ids, left, top, width: right - left, height: bottom - top };
    });
    parts.sort((a, b) => b.ids.length - a.ids.length || (a.ids[0] < b.ids[0] ? -1 : 1));
    const area = parts.reduce((sum, q) => sum + (q.width + partGap) * (q.height + partGap), 0);
    const rowWidth = Math.max(Math.sqrt(area) * 1.6, ...parts.map((q) => q.width));
    let x = 0, y = 0, rowHeight = 0;
    parts.forEach((q) => {
      if (x > 0 && x + q.width > rowWidth) {
        x = 0; y += rowHeight + partGap; rowHeight = 0;
      }
      q.ids.forEach((id) => {
        const b = box.get(id);
        net.moveNode(id, b.x - q.left + x, b.y - q.top + y);
      });
      x += q.width + partGap;
      rowHeight = Math.max(rowHeight, q.height);
    });
  }

  // -- details panel ------------------------------------------------------------------
  const details = document.getElementById("kg-details");
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function showNode(id) {
    const n = byId.get(id);
    if (!n) return;
    details.replaceChildren();
    details.append(el("h2", n.label));
    details.append(el("p", `${n.type || "other"} · ${n.mentions} mentions · ${n.degree} relations`, "meta"));
    if (n.aliases.length) {
      details.append(el("h3", "Also called"));
      const list = el("ul");
      n.aliases.forEach((a) => list.append(el("li", a)));
      details.append(list);
    }
    const related = data.edges.filter((e) => e.from === id || e.to === id);
    if (related.length) {
      details.append(el("h3", "Relations"));
      const list = el("ul");
      related.forEach((e) => {
        const other = e.from === id ? byId.get(e.to) : byId.get(e.from);
        const text = e.from === id ? `${e.label} → ${other.label}` : `${other.label} → ${e.label}`;
        list.append(el("li", `${text} (${e.support})`));
      });
      details.append(list);
    }
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    if (!e) return;
    details.replaceChildren();
    details.append(el("h2", `${byId.get(e.from).label} — ${e.label} → ${byId.get(e.to).label}`));
    details.append(el("p", `stated ${e.support} time${e.support === 1 ? "" : "s"}${e.negated ? " · negated" : ""}${e.hedged ? " · not asserted (hedged, questioned or intended)" : ""}`, "meta"));
    const list = el("ul");
    e.sentences.forEach((s) => {
      const item = el("li", s.text);
      const source = [s.doc, s.confidence !== null ? `confidence ${s.confidence}` : "", s.attribution ? `according to ${s.attribution}` : "", s.modality ? `modality: ${s.modality}` : ""];
      item.append(el("div", source.filter(Boolean).join(" · "), "source"));
      list.append(item);
    });
    if (e.support > e.sentences.length) list.append(el("li", `… and ${e.support - e.sentences.length} more`, "source"));
    details.append(list);
  }
  network.on("hoverNode", (p) => showNode(p.node));
  network.on("hoverEdge", (p) => showEdge(p.edge));
  network.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // -- search -------------------------------------------------------------------------
  const names = document.getElementById("kg-names");
  const search = document.getElementById("kg-search");
  data.nodes.forEach((n) => [n.label, ...n.aliases].forEach((name) => {
    const option = el("option");
    option.value = name;
    names.append(option);
  }));
  function find(text) {
    const wanted = text.trim().toLowerCase();
    if (!wanted) return null;
    const namesOf = (n) => [n.label, ...n.aliases].map((s) => s.toLowerCase());
    return data.nodes.find((n) => namesOf(n).includes(wanted))
      || data.nodes.find((n) => namesOf(n).some((s) => s.includes(wanted))) || null;
  }
  search.addEventListener("change", () => focusOn(search.value));
  function focusOn(name) {
    const found = find(name);
    search.classList.toggle("missing", !found && name.trim() !== "");
    if (!found) return;
    if (!shownTypes.has(found.type)) {
      shownTypes.add(found.type);
      document.querySelector(`input[data-type="${CSS.escape(found.type)}"]`).checked = true;
      nodeView.refresh();
    }
    network.selectNodes([found.id]);
    network.focus(found.id, { scale: 1.2, animation: false });
    showNode(found.id);
  }
  // A link to graph.html#focus=NAME opens with NAME found and shown.
  const wanted = new URLSearchParams(location.hash.slice(1)).get("focus");
  if (wanted) {
    search.value = wanted;
    focusOn(wanted);
  }

  // -- filters ------------------------------------------------------------------------
  const types = document.getElementById("kg-types");
  [...shownTypes].sort().forEach((type) => {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = type;
    box.addEventListener("change", () => {
      if (box.checked) shownTypes.add(type);
      else shownTypes.delete(type);
      nodeView.refresh();
    });
    const swatch = el("span", undefined, "swatch");
    swatch.style.background = colorOf(type);
    const count = data.nodes.filter((n) => n.type === type).length;
    label.append(box, swatch, el("span", `${type || "other"} (${count})`));
    types.append(label);
  });
  const support = document.getElementById("kg-support");
  const supportValue = document.getElementById("kg-support-value");
  support.max = String(Math.max(1, ...data.edges.map((e) => e.support)));
  support.addEventListener("input", () => {
    minSupport = Number(support.value);
    supportValue.textContent = support.value;
    edgeView.refresh();
  });
})();
