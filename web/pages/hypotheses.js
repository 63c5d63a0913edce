/**
 * @module Hypothesis matrix (analysis of competing hypotheses): evidence rows against hypotheses,
 * each cell consistent (C), inconsistent (I) or neutral (N); hypotheses ranked by weighted inconsistency.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace, shorten } from "../lib/dom.js";
import { docLink, loading } from "../lib/format.js";

const CELL_TITLE = { C: "consistent", I: "inconsistent", N: "neutral" };

export async function render(root, { params, isCurrent }) {
  append(root, loading("hypotheses"));
  const { sets, invalid } = await getJSON("/api/hypotheses");
  if (!isCurrent()) return;
  const id = params.id ?? sets[0]?.id;
  const picker = h(
    "nav",
    { class: "tabs" },
    sets.map((s) => h("a", { href: `#/hypotheses/${s.id}`, class: s.id === id ? "active" : null }, s.title)),
  );
  if (!id) {
    replace(root, h("h1", {}, "Hypotheses"), h("p", { class: "muted" }, "No hypothesis sets are defined."));
    return;
  }
  const { matrix } = await getJSON(`/api/hypotheses/${encodeURIComponent(id)}`);
  if (!isCurrent()) return;
  const about = sets.find((s) => s.id === id)?.about;
  const hyps = [...matrix.hypotheses];
  replace(
    root,
    h("h1", {}, matrix.title),
    picker,
    about ? h("p", { class: "muted" }, about) : null,
    h(
      "table",
      { class: "grid matrix", "data-testid": "matrix" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, "Evidence"),
          h("th", {}, "Item (one per independent source)"),
          h("th", {}, "Cred."),
          h("th", {}, "Weight"),
          hyps.map((hy) => h("th", { class: "hyp", title: hy.label }, `${hy.id}: ${shorten(hy.label, 60)}`)),
        ),
      ),
      h(
        "tbody",
        {},
        matrix.rows.map((r, i) => {
          // Rows of one evidence definition (one per independent source) share its label cell.
          const first = i === 0 || matrix.rows[i - 1].evidence !== r.evidence;
          let span = 1;
          while (first && matrix.rows[i + span]?.evidence === r.evidence) span++;
          return h(
            "tr",
            { class: first ? "group-start" : null },
            first ? h("th", { rowspan: span, class: "evidence", scope: "rowgroup" }, r.label) : null,
            h(
              "td",
              { class: "muted" },
              docLink(r.documentId, r.type === "claim" ? r.id : null, shorten(r.text, 140)),
            ),
            h("td", { class: "num" }, r.credibility),
            h("td", { class: "num" }, r.weight.toFixed(2)),
            hyps.map((hy) => {
              const cell = r.cells[hy.id] ?? "N";
              return h("td", { class: `cell cell-${cell}`, title: CELL_TITLE[cell] }, cell);
            }),
          );
        }),
      ),
      h(
        "tfoot",
        {},
        h(
          "tr",
          { "data-testid": "scores" },
          h("th", { colspan: 4 }, "Weighted inconsistency (lower is better) · rank"),
          hyps.map((hy) =>
            h(
              "td",
              { class: hy.rank === 1 ? "best num" : "num" },
              `${hy.inconsistency.toFixed(2)} · #${hy.rank}`,
            ),
          ),
        ),
      ),
    ),
    matrix.unmatched.length
      ? h("p", { class: "muted" }, `Evidence not yet found in the store: ${matrix.unmatched.join(", ")}`)
      : null,
    invalid.length ? h("p", { class: "error" }, `Invalid sets: ${invalid.join("; ")}`) : null,
  );
}
