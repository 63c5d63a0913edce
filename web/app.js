/**
 * @module The UI shell: a hash router (`#/documents/4?claim=17`) that renders one page into <main>.
 * Pages talk only to the JSON API.
 */
import { replace } from "./lib/dom.js";
import { failure } from "./lib/format.js";
import { parseHash } from "./lib/route.js";
import * as claims from "./pages/claims.js";
import * as dashboard from "./pages/dashboard.js";
import * as documentPage from "./pages/document.js";
import * as documents from "./pages/documents.js";
import * as flows from "./pages/flows.js";
import * as hypotheses from "./pages/hypotheses.js";
import * as indicators from "./pages/indicators.js";
import * as search from "./pages/search.js";
import * as timeline from "./pages/timeline.js";

/** `[pattern, nav key, page]`; `:name` captures a path segment. */
const ROUTES = [
  ["/", "dashboard", dashboard],
  ["/claims", "claims", claims],
  ["/timeline", "timeline", timeline],
  ["/indicators", "indicators", indicators],
  ["/flows", "flows", flows],
  ["/hypotheses", "hypotheses", hypotheses],
  ["/hypotheses/:id", "hypotheses", hypotheses],
  ["/documents", "documents", documents],
  ["/documents/:id", "documents", documentPage],
  ["/search", null, search],
];

function match(pattern, path) {
  const p = pattern.split("/");
  const s = path.split("/");
  if (p.length !== s.length) return null;
  const params = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(":")) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

let renderId = 0;

async function route() {
  const view = document.getElementById("view");
  const { path, query } = parseHash(location.hash);
  const id = ++renderId;
  for (const [pattern, nav, page] of ROUTES) {
    const params = match(pattern, path);
    if (!params) continue;
    for (const a of document.querySelectorAll("[data-nav]")) {
      a.classList.toggle("active", a.dataset.nav === nav);
    }
    replace(view);
    try {
      await page.render(view, { params, query, isCurrent: () => id === renderId });
    } catch (err) {
      if (id === renderId) replace(view, failure(err));
    }
    return;
  }
  replace(view, failure(new Error(`no page ${path}`)));
}

document.getElementById("search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get("q");
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener("hashchange", route);
route();
