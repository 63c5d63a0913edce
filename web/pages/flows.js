/**
 * @module Flow graph: countries as nodes on a circle, one arrow per direction between two countries
 * (width grows with its number of claims), labelled with each item's latest figure; the table below
 * lists every edge. Drawn as SVG with text nodes only.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace, svg } from "../lib/dom.js";
import { colourFor, loading } from "../lib/format.js";

const W = 960;
const H = 640;
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
  const pairs = new Map();
  for (const e of graph.edges) {
    const key = `${e.from}>${e.to}`;
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  }
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
        markerWidth: 12,
        markerHeight: 12,
        markerUnits: "userSpaceOnUse",
        orient: "auto",
      },
      svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#444" }),
    ),
  );
  const arrows = [...pairs].map(([key, edges]) => {
    const [from, to] = key.split(">");
    const a = pos.get(from);
    const b = pos.get(to);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    // Bending to the left of the direction of travel keeps A→B and B→A apart.
    const mx = (a.x + b.x) / 2 - (dy / len) * 60;
    const my = (a.y + b.y) / 2 + (dx / len) * 60;
    const toward = (p, q, d) => {
      const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) * d) / l, y: p.y + ((q.y - p.y) * d) / l };
    };
    const s = toward(a, { x: mx, y: my }, 28);
    const t = toward(b, { x: mx, y: my }, 28);
    const count = edges.reduce((n, e) => n + e.count, 0);
    const sorted = [...edges].sort((x, y) => y.count - x.count);
    const lines = sorted.map((e) => `${e.item}: ${e.latest ? e.latest.figure : "no figure"} (${e.count})`);
    const lx = mx - (dy / len) * 45;
    const ly = my + (dx / len) * 45 - ((lines.length - 1) * 14) / 2;
    return svg(
      "g",
      { class: "edge", "data-edge": key },
      svg("path", {
        d: `M${s.x},${s.y} Q${mx},${my} ${t.x},${t.y}`,
        fill: "none",
        stroke: colourFor(from),
        "stroke-opacity": 0.75,
        "stroke-width": Math.min(10, 1.5 + 1.5 * Math.log2(count + 1)),
        "stroke-dasharray": edges.every((e) => e.qualitative) ? "6 4" : null,
        "marker-end": "url(#arrow)",
      }),
      svg(
        "text",
        { x: lx, y: ly, "text-anchor": "middle", fill: "#222", class: "edge-label" },
        lines.map((line, i) => svg("tspan", { x: lx, dy: i ? 14 : 0 }, line)),
      ),
      svg("title", {}, `${from} → ${to}\n${lines.join("\n")}`),
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
  const table = h(
    "table",
    { class: "grid", "data-testid": "flow-edges" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["From", "To", "Item", "Latest", "As of", "Claims", "Sources"].map((t) => h("th", {}, t)),
      ),
    ),
    h(
      "tbody",
      {},
      graph.edges.map((e) =>
        h(
          "tr",
          {},
          h("td", {}, e.from),
          h("td", {}, e.to),
          h(
            "td",
            {},
            h("a", { href: `#/claims?item=${encodeURIComponent(e.item)}&actor=${e.from}` }, e.item),
          ),
          h("td", { class: "fig" }, e.latest ? e.latest.figure : "—"),
          h("td", {}, e.latest?.at ?? "—"),
          h("td", { class: "num" }, e.count),
          h("td", { class: "num" }, e.sources),
        ),
      ),
    ),
  );
  replace(
    root,
    h("h1", {}, "Flows"),
    h("p", { class: "muted" }, "What moves from which country to which; dashed: mentioned without a figure."),
    graph.edges.length
      ? [
          svg(
            "svg",
            { class: "flows", viewBox: `0 0 ${W} ${H}`, "data-testid": "flows" },
            defs,
            arrows,
            nodes,
          ),
          h("section", { class: "panel" }, h("h2", {}, "Edges"), table),
        ]
      : h("p", { class: "muted" }, "No flows found."),
  );
}
