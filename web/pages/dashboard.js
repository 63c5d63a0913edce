/**
 * @module Dashboard: counts, the latest figure of every indicator, disagreements between sources and
 * the newest events, each linked to the sentence it came from.
 */
import { getJSON } from "../lib/api.js";
import { append, h } from "../lib/dom.js";
import { direction, docLink, loading } from "../lib/format.js";

export async function render(root, { isCurrent }) {
  append(root, loading("the picture"));
  const data = await getJSON("/api/dashboard");
  if (!isCurrent()) return;
  root.replaceChildren();
  const c = data.counts;
  append(
    root,
    h("h1", {}, "Situation picture"),
    h(
      "section",
      { class: "cards", "data-testid": "counts" },
      card("documents", c.documents, "#/documents"),
      card("claims", c.claims, "#/claims"),
      card("events", c.events, "#/timeline?type=event"),
      card("indicators", c.series, "#/indicators"),
    ),
    h(
      "div",
      { class: "columns" },
      h(
        "section",
        { class: "panel wide" },
        h("h2", {}, "Latest figure per indicator"),
        latestTable(data.latest),
      ),
      h(
        "div",
        {},
        h("section", { class: "panel" }, h("h2", {}, "Disagreements"), disagreements(data.disagreements)),
        h("section", { class: "panel" }, h("h2", {}, "Newest events"), newestEvents(data.events)),
      ),
    ),
  );
}

function card(label, n, href) {
  return h("a", { class: "card", href }, h("span", { class: "n" }, n), h("span", {}, label));
}

function latestTable(rows) {
  if (!rows.length) return h("p", { class: "muted" }, "No figures yet: ingest some articles.");
  return h(
    "table",
    { class: "grid", "data-testid": "latest" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["Indicator", "Latest", "As of", "Source", "Range", "Points", "Sources"].map((t) => h("th", {}, t)),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((s) =>
        h(
          "tr",
          {},
          h(
            "td",
            {},
            h(
              "a",
              { href: `#/indicators?series=${encodeURIComponent(s.key)}` },
              `${s.kind} · ${s.item} `,
              h("span", { class: "muted" }, direction(s.actor, s.recipient)),
            ),
          ),
          h(
            "td",
            { class: "fig", title: s.latest.text },
            docLink(s.latest.documentId, s.latest.claimId, s.latest.figure),
            s.latest.hedged
              ? h("span", { class: "badge", title: "the text distances itself" }, "hedged")
              : null,
          ),
          h("td", { class: "nowrap" }, s.latest.asOf ?? "—"),
          h(
            "td",
            {},
            s.latest.source ?? "—",
            " ",
            h("span", { class: "code", title: "Admiralty code" }, s.latest.code),
          ),
          h("td", {}, s.range ? `${s.range.lowest} – ${s.range.highest}` : "—"),
          h("td", { class: "num" }, s.points),
          h("td", { class: "num" }, s.sources),
        ),
      ),
    ),
  );
}

function disagreements(flags) {
  if (!flags.length) return h("p", { class: "muted" }, "No disagreements between independent sources.");
  return h(
    "ul",
    { class: "flags", "data-testid": "disagreements" },
    flags
      .slice(0, 15)
      .map((f) =>
        h(
          "li",
          {},
          h("div", { class: "muted" }, f.series.replaceAll("|", " · ")),
          h("a", { href: `#/claims?highlight=${f.claims[0]}` }, f.figures[0]),
          ` (${f.sources[0]}) vs `,
          h("a", { href: `#/claims?highlight=${f.claims[1]}` }, f.figures[1]),
          ` (${f.sources[1]})`,
        ),
      ),
  );
}

function newestEvents(events) {
  if (!events.length) return h("p", { class: "muted" }, "No dated events.");
  return h(
    "ul",
    { class: "events", "data-testid": "events" },
    events.map((e) =>
      h(
        "li",
        {},
        h("span", { class: "date" }, e.at),
        " ",
        h("span", { class: "badge" }, e.kind),
        " ",
        docLink(e.documentId, null, e.text.length > 140 ? `${e.text.slice(0, 139)}…` : e.text),
      ),
    ),
  );
}
