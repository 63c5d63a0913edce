/**
 * @module Timeline: events and claims in the order of the time they are about, grouped by year,
 * each at its own grain (`2024-10` stays a month), filterable by type, actor and period.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace } from "../lib/dom.js";
import { docLink, loading } from "../lib/format.js";
import { setQuery } from "../lib/route.js";

export async function render(root, { query, isCurrent }) {
  const form = h(
    "form",
    { class: "filters" },
    h(
      "label",
      {},
      "Show",
      h(
        "select",
        { name: "type" },
        [
          ["", "claims and events"],
          ["event", "events"],
          ["claim", "claims"],
        ].map(([v, t]) => h("option", { value: v, selected: (query.type ?? "") === v }, t)),
      ),
    ),
    h(
      "label",
      {},
      "Actor",
      h("input", { name: "actor", value: query.actor ?? "", size: 10, placeholder: "KP" }),
    ),
    h(
      "label",
      {},
      "From",
      h("input", { name: "from", value: query.from ?? "", size: 8, placeholder: "2023" }),
    ),
    h("label", {}, "To", h("input", { name: "to", value: query.to ?? "", size: 8, placeholder: "2025-06" })),
  );
  const list = h("div", {}, loading("the timeline"));
  append(root, h("h1", {}, "Timeline"), form, list);

  async function reload() {
    const f = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ""));
    setQuery(f);
    let entries;
    try {
      entries = (await getJSON("/api/timeline", { ...f, limit: 5000 })).entries;
    } catch (err) {
      replace(list, h("p", { class: "error" }, err.message));
      return;
    }
    if (!isCurrent()) return;
    const items = [];
    let year = null;
    for (const e of entries.filter((x) => x.at)) {
      const y = e.at.slice(0, 4);
      if (y !== year) {
        year = y;
        items.push(h("li", { class: "year" }, y));
      }
      items.push(
        h(
          "li",
          { class: e.type },
          h("span", { class: "date" }, e.end && e.end !== e.at ? `${e.at}…${e.end}` : e.at),
          h("span", { class: "badge" }, e.kind),
          e.figure && e.figure !== "—" ? h("strong", {}, ` ${e.figure} ${e.item ?? ""}`) : null,
          " ",
          docLink(
            e.documentId,
            e.type === "claim" ? e.id : null,
            e.text.length > 180 ? `${e.text.slice(0, 179)}…` : e.text,
          ),
          e.source ? h("span", { class: "muted" }, ` — ${e.source}`) : null,
        ),
      );
    }
    const undated = entries.length - entries.filter((x) => x.at).length;
    replace(
      list,
      h("ul", { class: "timeline", "data-testid": "timeline" }, items),
      undated ? h("p", { class: "muted" }, `${undated} undated item(s) not shown.`) : null,
    );
  }
  form.addEventListener("change", reload);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    reload();
  });
  await reload();
}
