/**
 * @module Document list: the stored articles with date, outlet, story cluster and what was found in each.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace } from "../lib/dom.js";
import { loading } from "../lib/format.js";

export async function render(root, { isCurrent }) {
  append(root, loading("documents"));
  const { documents } = await getJSON("/api/documents", { limit: 1000 });
  if (!isCurrent()) return;
  replace(
    root,
    h("h1", {}, `Documents (${documents.length})`),
    h(
      "table",
      { class: "grid", "data-testid": "documents" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["#", "Title", "Date", "Outlet", "Lang", "Cluster", "Claims", "Events"].map((t) => h("th", {}, t)),
        ),
      ),
      h(
        "tbody",
        {},
        documents.map((d) =>
          h(
            "tr",
            {},
            h("td", { class: "num" }, d.id),
            h("td", {}, h("a", { href: `#/documents/${d.id}` }, d.title ?? d.origin.split("/").pop())),
            h("td", {}, d.date ?? "—"),
            h("td", {}, d.outlet ?? "—"),
            h("td", {}, d.lang),
            h("td", { class: "num" }, d.clusterId),
            h("td", { class: "num" }, d.claims),
            h("td", { class: "num" }, d.events),
          ),
        ),
      ),
    ),
  );
}
