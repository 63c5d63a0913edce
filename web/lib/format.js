/**
 * @module Small display helpers shared by the pages: periods, actor arrows, colours per source.
 */
import { h } from "./dom.js";

/** `{start: "2024-10", end: "2024-12"}` → `2024-10…2024-12` */
export function period(t) {
  if (!t) return "";
  if (t.start && t.end && t.start !== t.end) return `${t.start}…${t.end}`;
  if (t.start) return t.start;
  return t.end ? `…${t.end}` : "";
}

/** `KP → RU` */
export function direction(actor, recipient) {
  if (!actor && !recipient) return "";
  return `${actor ?? "?"} → ${recipient ?? "?"}`;
}

/** The claimant as the text names it: person, organisation, else country. */
export function claimant(source) {
  if (!source) return "";
  return [source.person, source.org, source.country].filter(Boolean).join(", ");
}

export const PALETTE = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#9467bd",
  "#ff7f0e",
  "#17becf",
  "#8c564b",
  "#e377c2",
  "#bcbd22",
  "#7f7f7f",
  "#393b79",
  "#ad494a",
];

/** A stable colour per source key, so one source has one colour on every chart. */
export function colourFor(key) {
  let n = 0;
  for (const ch of String(key)) n = (n * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[n % PALETTE.length];
}

export function docLink(documentId, claimId, label) {
  const href = claimId != null ? `#/documents/${documentId}?claim=${claimId}` : `#/documents/${documentId}`;
  return h("a", { href, "data-testid": "doc-link" }, label ?? `doc ${documentId}`);
}

export function loading(what) {
  return h("p", { class: "muted" }, `Loading ${what} …`);
}

export function failure(err) {
  return h("p", { class: "error", role: "alert" }, `Could not load: ${err.message}`);
}
