/**
 * @module The route in the address bar: `#/claims?item=soldier` ↔ `{path: "/claims", query: {item: "soldier"}}`.
 */

export function parseHash(hash) {
  const raw = hash.replace(/^#/, "") || "/";
  const [path, qs = ""] = raw.split("?");
  return { path: path || "/", query: Object.fromEntries(new URLSearchParams(qs)) };
}

/** Changes the query part of the current route without re-rendering the page (filters, sort order). */
export function setQuery(query) {
  const { path } = parseHash(location.hash);
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v != null && v !== "")).toString();
  history.replaceState(null, "", `#${path}${qs ? `?${qs}` : ""}`);
}
