/**
 * @module Flow graph: countries as nodes on a circle, an arrow per (from, to, item) with its latest
 * figure; arrow width grows with the number of claims. Drawn as SVG with text nodes only.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace, svg } from "../lib/dom.js";
import { colourFor, loading } from "../lib/format.js";

const W = 900;
const H = 620;
const R = 230;

export async function render(root, { query, isCurrent }) {
  append(root, loading("flows"));
  const { graph } = await getJSON("/api/flows", { country: query.country, item: query.item });
  if (!isCurrent()) return;
  const pos = new Map();
  graph.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, graph.nodes.length) - Math.PI / 2;
    pos.set(n.id, { x: W / 2 + R * Math.cos(a), y: H / 2 + R * Math.sin(a) });
  });
  const pairCount = new Map();
  const defs = svg(
    "defs",
    {},
    svg(
      "marker",
      {
        id: "arrow",
        viewBox: "0 0 10 10",
        refX: 10,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: "auto",
      },
      svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#555" }),
    ),
  );
  const edges = graph.edges.map((e) => {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    // Several items between the same pair fan out as arcs of growing curvature.
    const pair = `${e.from}>${e.to}`;
    const k = pairCount.get(pair) ?? 0;
    pairCount.set(pair, k + 1);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = 30 + 28 * k;
    const mx = (a.x + b.x) / 2 - (dy / len) * bend;
    const my = (a.y + b.y) / 2 + (dx / len) * bend;
    const shrink = (p, q) => ({ x: p.x + ((q.x - p.x) * 28) / len, y: p.y + ((q.y - p.y) * 28) / len });
    const s = shrink(a, { x: mx, y: my });
    const t = shrink(b, { x: mx, y: my });
    const label = `${e.item}${e.latest ? `: ${e.latest.figure}` : ""} (${e.count})`;
    return svg(
      "g",
      { class: "edge", "data-edge": `${e.from}-${e.to}-${e.item}` },
      svg("path", {
        d: `M${s.x},${s.y} Q${mx},${my} ${t.x},${t.y}`,
        fill: "none",
        stroke: colourFor(e.item),
        "stroke-width": Math.min(8, 1.5 + Math.log2(e.count + 1)),
        "stroke-dasharray": e.qualitative ? "5 4" : null,
        "marker-end": "url(#arrow)",
      }),
      svg("text", { x: mx, y: my, "text-anchor": "middle", fill: "#333" }, label),
      svg("title", {}, `${e.from} → ${e.to}: ${label}, ${e.sources} independent source(s)`),
    );
  });
  const nodes = graph.nodes.map((n) => {
    const p = pos.get(n.id);
    return svg(
      "g",
      { class: "node" },
      svg("circle", { cx: p.x, cy: p.y, r: 24, fill: "#1d2330" }),
      svg("text", { x: p.x, y: p.y + 4, "text-anchor": "middle", fill: "#fff" }, n.id),
      svg("title", {}, `${n.id}: ${n.out} out, ${n.in} in`),
    );
  });
  replace(
    root,
    h("h1", {}, "Flows"),
    h("p", { class: "muted" }, "What moves from which country to which; dashed: mentioned without a figure."),
    graph.edges.length
      ? svg("svg", { class: "flows", viewBox: `0 0 ${W} ${H}`, "data-testid": "flows" }, defs, edges, nodes)
      : h("p", { class: "muted" }, "No flows found."),
  );
}
