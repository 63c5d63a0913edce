/**
 * @module Document view: the article text exactly as stored, every extracted span highlighted
 * (claims, their figures, events, entity mentions) and linked to its claim in the side list.
 * `#/documents/4?claim=17` opens the article with claim 17's sentence marked and scrolled into view.
 */
import { getJSON } from "../lib/api.js";
import { append, h, replace } from "../lib/dom.js";
import { claimant, loading, period } from "../lib/format.js";
import { setQuery } from "../lib/route.js";

export async function render(root, { params, query, isCurrent }) {
  append(root, loading("the document"));
  const data = await getJSON(`/api/documents/${encodeURIComponent(params.id)}`);
  if (!isCurrent()) return;
  const { document: doc, claims, events, marks, segments } = data;

  // One element per segment; its classes say which kinds of span cover it. The text goes in as text.
  const textEl = h("div", { class: "doc-text", "data-testid": "doc-text" });
  for (const seg of segments) {
    const piece = doc.text.slice(seg.start, seg.end);
    if (!seg.marks.length) {
      textEl.append(document.createTextNode(piece));
      continue;
    }
    const covering = seg.marks.map((i) => marks[i]);
    const claimIds = covering.filter((m) => m.type === "claim").map((m) => m.ref);
    const eventIds = covering.filter((m) => m.type === "event").map((m) => m.ref);
    const entity = covering.find((m) => m.type === "mention");
    const types = [...new Set(covering.map((m) => `hl-${m.type}`))];
    const span = h(
      "span",
      {
        class: types.join(" "),
        "data-claims": claimIds.join(" ") || null,
        "data-events": eventIds.join(" ") || null,
        title: entity ? entity.ref : null,
      },
      piece,
    );
    if (claimIds.length) span.addEventListener("click", () => select(claimIds[0]));
    textEl.append(span);
  }

  const claimList = h(
    "ol",
    { class: "claim-list", "data-testid": "doc-claims" },
    claims.map((c) =>
      h(
        "li",
        { id: `claim-${c.id}`, "data-claim": c.id },
        h(
          "a",
          {
            href: `#/documents/${doc.id}?claim=${c.id}`,
            onclick: (ev) => {
              ev.preventDefault();
              select(c.id);
            },
          },
          h("strong", {}, c.figureText),
          ` ${c.item} · ${c.kind}`,
        ),
        h(
          "div",
          { class: "muted" },
          `${c.actor ?? "?"} → ${c.recipient ?? "?"} · ${period(c.time) || "no time"}`,
        ),
        h("div", { class: "muted" }, `source: ${claimant(c.source) || "—"}${c.hedged ? " · hedged" : ""}`),
      ),
    ),
  );
  const eventList = h(
    "ul",
    { class: "event-list" },
    events.map((e) =>
      h(
        "li",
        { "data-event": e.id },
        h("span", { class: "badge" }, e.kind),
        ` ${period(e.time) || "undated"} · ${e.participants.join(", ")}`,
      ),
    ),
  );

  replace(
    root,
    h("h1", {}, doc.title ?? doc.origin.split("/").pop()),
    h(
      "p",
      { class: "meta" },
      [doc.outlet, doc.date, doc.lang, `story cluster ${doc.clusterId}`].filter(Boolean).join(" · "),
      // Only web links: a stored `javascript:` URL must not become a clickable link.
      /^https?:\/\//i.test(doc.url ?? "")
        ? [" · ", h("a", { href: doc.url, rel: "noreferrer noopener", target: "_blank" }, "original")]
        : null,
    ),
    h(
      "p",
      { class: "legend" },
      h("span", { class: "hl-claim" }, "claim sentence"),
      " ",
      h("span", { class: "hl-figure" }, "figure"),
      " ",
      h("span", { class: "hl-event" }, "event"),
      " ",
      h("span", { class: "hl-mention" }, "entity"),
    ),
    h(
      "div",
      { class: "doc-layout" },
      textEl,
      h(
        "aside",
        {},
        h("h2", {}, `Claims (${claims.length})`),
        claimList,
        h("h2", {}, `Events (${events.length})`),
        eventList,
      ),
    ),
  );

  function select(claimId) {
    for (const el of root.querySelectorAll(".active")) el.classList.remove("active");
    const spans = [...textEl.querySelectorAll("[data-claims]")].filter((el) =>
      el.dataset.claims.split(" ").includes(String(claimId)),
    );
    for (const el of spans) el.classList.add("active");
    root.querySelector(`#claim-${claimId}`)?.classList.add("active");
    spans[0]?.scrollIntoView({ block: "center" });
    setQuery({ claim: claimId });
  }
  if (query.claim) select(query.claim);
}
