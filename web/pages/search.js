/**
 * @module Search results: full-text hits over the stored articles, each linked to its document.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace } from "../lib/dom.js";
import { loading } from "../lib/format.js";

export async function render(root, { query, isCurrent }) {
  const q = (query.q ?? "").trim();
  if (!q) return append(root, h("p", { class: "muted" }, "Type a word into the search box."));
  append(root, loading("results"));
  const { hits } = await getJSON("/api/search", { q, limit: 50 });
  if (!isCurrent()) return;
  replace(
    root,
    h("h1", {}, `Search: ${q}`),
    hits.length
      ? h(
          "ol",
          { class: "hits", "data-testid": "hits" },
          hits.map((hit) =>
            h(
              "li",
              {},
              h("a", { href: `#/documents/${hit.documentId}` }, hit.title ?? `document ${hit.documentId}`),
              h("p", { class: "muted" }, hit.snippet),
            ),
          ),
        )
      : h("p", { class: "muted" }, "Nothing found."),
  );
}
