/**
 * @module Claims table: filters (sent to the API), sorting by any column, a CSV download of exactly
 * the filtered rows, and a link from every claim to its sentence in the document.
 */
import { apiUrl, getJSON } from "../lib/api.js";
import { append, h, replace, shorten } from "../lib/dom.js";
import { claimant, docLink, loading, period } from "../lib/format.js";
import { setQuery } from "../lib/route.js";

/** Filters the API applies; `text` is applied here, to the sentence. */
const FILTERS = ["item", "kind", "actor", "recipient", "source", "from", "to"];

const COLUMNS = [
  ["id", "#", (c) => c.id],
  ["figure", "Figure", (c) => c.value ?? c.max ?? c.min ?? -1],
  ["kind", "Kind", (c) => c.kind],
  ["item", "Item", (c) => c.item],
  ["actor", "Actor → recipient", (c) => `${c.actor ?? ""}→${c.recipient ?? ""}`],
  ["time", "Time", (c) => c.time.start ?? c.time.end ?? c.reported ?? c.docDate ?? ""],
  ["source", "Source", (c) => claimant(c.source)],
  ["sentence", "Sentence", (c) => c.text],
];

export async function render(root, { query, isCurrent }) {
  append(root, loading("claims"));
  // The unfiltered list gives the choices of the select boxes.
  const all = (await getJSON("/api/claims", { limit: 100000 })).claims;
  if (!isCurrent()) return;
  const state = { sort: query.sort ?? "id", dir: query.dir === "desc" ? "desc" : "asc", rows: [] };
  const values = (f) => [...new Set(all.map(f).filter(Boolean))].sort();

  const form = h("form", { class: "filters", "data-testid": "claim-filters" });
  const select = (name, label, options) =>
    h(
      "label",
      {},
      label,
      h(
        "select",
        { name },
        h("option", { value: "" }, "any"),
        options.map((o) => h("option", { value: o, selected: query[name] === o }, o)),
      ),
    );
  const input = (name, label, placeholder) =>
    h("label", {}, label, h("input", { name, value: query[name] ?? "", placeholder, size: 10 }));
  append(
    form,
    select(
      "item",
      "Item",
      values((c) => c.item),
    ),
    select(
      "kind",
      "Kind",
      values((c) => c.kind),
    ),
    select(
      "actor",
      "Actor",
      values((c) => c.actor),
    ),
    select(
      "recipient",
      "Recipient",
      values((c) => c.recipient),
    ),
    input("source", "Source", "e.g. KR"),
    input("from", "From", "YYYY-MM"),
    input("to", "To", "YYYY-MM"),
    input("text", "Sentence contains", "word"),
  );
  const csv = h("a", { class: "button", "data-testid": "csv", download: "claims.csv" }, "Download CSV");
  const count = h("span", { class: "muted", "data-testid": "claim-count" });
  const table = h("table", { class: "grid claims", "data-testid": "claims-table" });
  const error = h("p", { class: "error", role: "alert", hidden: true });
  replace(root, h("h1", {}, "Claims"), form, h("div", { class: "toolbar" }, count, csv), error, table);

  const current = () => {
    const data = Object.fromEntries(new FormData(form));
    return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== ""));
  };

  async function reload() {
    const f = current();
    const apiFilter = Object.fromEntries(FILTERS.filter((k) => f[k]).map((k) => [k, f[k]]));
    setQuery({ ...f, sort: state.sort, dir: state.dir, highlight: query.highlight });
    csv.href = apiUrl("/api/claims", { ...apiFilter, limit: 100000, format: "csv" });
    try {
      const { claims } = await getJSON("/api/claims", { ...apiFilter, limit: 100000 });
      const needle = (f.text ?? "").toLowerCase();
      state.rows = needle ? claims.filter((c) => c.text.toLowerCase().includes(needle)) : claims;
      error.hidden = true;
    } catch (err) {
      state.rows = [];
      error.hidden = false;
      error.textContent = err.message;
    }
    draw();
  }

  function draw() {
    const col = COLUMNS.find(([k]) => k === state.sort) ?? COLUMNS[0];
    const sign = state.dir === "desc" ? -1 : 1;
    const rows = [...state.rows].sort((a, b) => {
      const x = col[2](a);
      const y = col[2](b);
      return (
        (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * sign
      );
    });
    count.textContent = `${rows.length} claim${rows.length === 1 ? "" : "s"}`;
    const head = h(
      "tr",
      {},
      COLUMNS.map(([key, label]) =>
        h(
          "th",
          {
            "data-sort": key,
            class: key === state.sort ? `sorted ${state.dir}` : null,
            "aria-sort": key === state.sort ? (state.dir === "asc" ? "ascending" : "descending") : null,
            onclick: () => {
              state.dir = state.sort === key && state.dir === "asc" ? "desc" : "asc";
              state.sort = key;
              setQuery({ ...current(), sort: state.sort, dir: state.dir });
              draw();
            },
          },
          label,
        ),
      ),
    );
    const body = rows.map((c) =>
      h(
        "tr",
        {
          "data-claim": c.id,
          class: String(c.id) === query.highlight ? "active" : null,
        },
        h("td", { class: "num" }, c.id),
        h("td", { class: "fig" }, c.figureText, c.hedged ? h("span", { class: "badge" }, "hedged") : null),
        h("td", {}, c.kind),
        h("td", {}, c.item),
        h("td", {}, `${c.actor ?? "?"} → ${c.recipient ?? "?"}`),
        h("td", {}, period(c.time) || (c.reported ?? c.docDate ?? "")),
        h(
          "td",
          {},
          claimant(c.source) || "—",
          c.publisher ? h("div", { class: "muted" }, `via ${c.publisher}`) : null,
        ),
        h("td", { class: "sentence", title: c.text }, docLink(c.documentId, c.id, shorten(c.text, 160))),
      ),
    );
    replace(table, h("thead", {}, head), h("tbody", {}, body));
    if (query.highlight) table.querySelector("tr.active")?.scrollIntoView({ block: "center" });
  }

  form.addEventListener("change", reload);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    reload();
  });
  form.querySelector("[name=text]").addEventListener("input", reload);
  await reload();
}
