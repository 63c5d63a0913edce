/**
 * @module Indicator charts (Chart.js): one chart per series, each claim a point at the date it stands
 * as of; ranges drawn as whiskers, upper bounds (`bis zu 12 000`) as ▼ and lower bounds (`mehr als
 * 290`) as ▲; colour by source; hover shows the sentence, a click opens it in its document.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace } from "../lib/dom.js";
import { direction, loading, PALETTE } from "../lib/format.js";
import { setQuery } from "../lib/route.js";

/** `2024-10` → ms at the middle of the month, so month and day points sit where they belong. */
function when(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  if (d) return Date.UTC(y, m - 1, d);
  if (m) return Date.UTC(y, m - 1, 15);
  return Date.UTC(y, 6, 1);
}

function sourceKey(p) {
  return p.source ?? p.outlet ?? "unattributed";
}

/** Ticks on the first of a month, every 1, 2, 3, 6 or 12 months, so that at most 8 show. */
function monthTicks(min, max) {
  const start = new Date(min);
  const months =
    (new Date(max).getUTCFullYear() - start.getUTCFullYear()) * 12 +
    new Date(max).getUTCMonth() -
    start.getUTCMonth();
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 8) ?? 120;
  const ticks = [];
  for (let m = 0; m <= months + 1; m += step) {
    const v = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
    if (v >= min && v <= max) ticks.push({ value: v });
  }
  return ticks;
}

/** Where the marker sits and what the whisker spans; null for a vague figure (`Tausende`). */
export function placePoint(p) {
  const lo = p.min ?? p.value;
  const hi = p.max ?? p.value;
  if (p.value != null) return { y: p.value, lo, hi, shape: "circle" };
  if (p.min != null && p.max != null)
    return { y: (p.min + p.max) / 2, lo: p.min, hi: p.max, shape: "rectRot" };
  if (p.max != null) return { y: p.max, lo: null, hi: p.max, shape: "triangle", rotation: 180 };
  if (p.min != null) return { y: p.min, lo: p.min, hi: null, shape: "triangle", rotation: 0 };
  return null;
}

/** Draws each point's [lo, hi] as a vertical line with caps. */
const whiskers = {
  id: "whiskers",
  afterDatasetsDraw(chart) {
    const { ctx, scales } = chart;
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      meta.data.forEach((el, k) => {
        const raw = ds.data[k];
        if (raw.lo == null || raw.hi == null || raw.lo === raw.hi) return;
        const top = scales.y.getPixelForValue(raw.hi);
        const bottom = scales.y.getPixelForValue(raw.lo);
        ctx.save();
        ctx.strokeStyle = ds.borderColor;
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(el.x, top);
        ctx.lineTo(el.x, bottom);
        ctx.moveTo(el.x - 5, top);
        ctx.lineTo(el.x + 5, top);
        ctx.moveTo(el.x - 5, bottom);
        ctx.lineTo(el.x + 5, bottom);
        ctx.stroke();
        ctx.restore();
      });
    });
  },
};

function chartFor(canvas, series, colourFor) {
  const bySource = new Map();
  for (const p of series.points) {
    const place = p.at ? placePoint(p) : null;
    if (!place) continue;
    const key = sourceKey(p);
    if (!bySource.has(key)) bySource.set(key, []);
    bySource.get(key).push({ x: when(p.at), ...place, point: p });
  }
  const datasets = [...bySource].map(([source, data]) => ({
    label: source,
    data,
    borderColor: colourFor(source),
    backgroundColor: colourFor(source),
    pointStyle: data.map((d) => d.shape),
    rotation: data.map((d) => d.rotation ?? 0),
    pointRadius: 6,
    pointHoverRadius: 8,
  }));
  // A series within a few weeks still gets a readable axis of about three months.
  const xs = datasets.flatMap((d) => d.data.map((p) => p.x));
  const span = xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
  const DAY = 86_400_000;
  const pad = span < 90 * DAY ? (90 * DAY - span) / 2 : span * 0.04;
  const bounds = xs.length ? { min: Math.min(...xs) - pad, max: Math.max(...xs) + pad } : {};
  return new window.Chart(canvas, {
    type: "scatter",
    data: { datasets },
    plugins: [whiskers],
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: "linear",
          ...bounds,
          afterBuildTicks: (axis) => {
            axis.ticks = monthTicks(axis.min, axis.max);
          },
          ticks: { callback: (v) => new Date(v).toISOString().slice(0, 7), maxRotation: 0 },
        },
        y: { beginAtZero: true, title: { display: true, text: series.item } },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            title: (items) => items.map((i) => `${i.raw.point.figure} — ${i.dataset.label}`),
            label: (item) => wrap(`${item.raw.point.at}: ${item.raw.point.text}`, 80),
          },
        },
      },
      onClick: (_ev, elements, chart) => {
        const el = elements[0];
        if (!el) return;
        const p = chart.data.datasets[el.datasetIndex].data[el.index].point;
        location.hash = `#/documents/${p.documentId}?claim=${p.claimId}`;
      },
    },
  });
}

function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const charts = [];

export async function render(root, { query, isCurrent }) {
  for (const c of charts.splice(0)) c.destroy();
  append(root, loading("indicators"));
  const { series } = await getJSON("/api/indicators");
  if (!isCurrent()) return;
  // One colour per source on every chart; the most frequent sources get distinct colours first.
  const counts = new Map();
  for (const s of series)
    for (const p of s.points) {
      const key = sourceKey(p);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const order = [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const colourFor = (key) => PALETTE[order.indexOf(key) % PALETTE.length];
  const ranked = [...series].sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
  const label = (s) => `${s.kind} · ${s.item} · ${direction(s.actor, s.recipient)} (${s.points.length})`;
  const picker = h(
    "select",
    { name: "series", "data-testid": "series-picker" },
    h("option", { value: "" }, "the series with most points"),
    ranked.map((s) => h("option", { value: s.key, selected: s.key === query.series }, label(s))),
  );
  const grid = h("div", { class: "charts" });
  replace(
    root,
    h("h1", {}, "Indicators"),
    h("div", { class: "filters" }, h("label", {}, "Series", picker)),
    grid,
  );

  function draw() {
    for (const c of charts.splice(0)) c.destroy();
    const chosen = picker.value ? ranked.filter((s) => s.key === picker.value) : ranked.slice(0, 6);
    replace(grid);
    for (const s of chosen) {
      const canvas = h("canvas", { "aria-label": `chart of ${label(s)}`, role: "img" });
      const vague = s.points.filter((p) => !placePoint(p) || !p.at).length;
      append(
        grid,
        h(
          "section",
          { class: "panel", "data-series": s.key },
          h("h2", {}, label(s)),
          h("div", { class: "chart-box" }, canvas),
          s.flags.length
            ? h(
                "p",
                { class: "muted" },
                `${s.flags.filter((f) => f.type === "disagreement").length} disagreement(s)`,
              )
            : null,
          vague ? h("p", { class: "muted" }, `${vague} vague or undated figure(s) not drawn`) : null,
        ),
      );
      if (window.Chart) charts.push(chartFor(canvas, s, colourFor));
    }
  }
  picker.addEventListener("change", () => {
    setQuery({ series: picker.value });
    draw();
  });
  draw();
}
