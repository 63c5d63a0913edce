/**
 * @module Timeline: events and claims ordered by the time they are about, each at its grain — a
 * month-precision item is drawn as the month (`2024-10`), not as its first day.
 */
import type { StoredEvent } from "../store/types.js";
import { type AnalysedClaim, claimantOf } from "./compare.js";
import { formatFigure } from "./figure.js";
import { firstDay, grainOf, type IsoGrain } from "./period.js";

/** The event fields the timeline reads. */
export type AnalysedEvent = Pick<
  StoredEvent,
  | "id"
  | "documentId"
  | "clusterId"
  | "docDate"
  | "kind"
  | "participants"
  | "actor"
  | "location"
  | "time"
  | "text"
  | "span"
>;

export interface TimelineEntry {
  type: "claim" | "event";
  id: number;
  documentId: number;
  /** the date the item is about at its own grain (`2024-10`, `2024-10-08`), or null when undated */
  at: string | null;
  /** end of its period, where one is stated */
  end: string | null;
  grain: IsoGrain | null;
  /** `stated` by the text, taken from when it was `reported`, or from the `document` date */
  basis: "stated" | "reported" | "document" | null;
  kind: string;
  item: string | null;
  actor: string | null;
  /** claims: the recipient; events: the location */
  target: string | null;
  participants: string[];
  figure: string | null;
  source: string | null;
  hedged: boolean;
  text: string;
  span: [number, number];
}

export interface TimelineFilter {
  /** matches actor, recipient, location or a participant, case-insensitively (`kp`, `Kim Jong Un`) */
  actor?: string;
  kind?: string;
  item?: string;
  /** matches the claimant, the publisher or the outlet (case-insensitive substring) */
  source?: string;
  type?: "claim" | "event";
  /** ISO prefix: entries at or after it */
  from?: string;
  /** ISO prefix: entries at or before it */
  to?: string;
}

function placed(
  time: { start: string | null; end: string | null },
  reported: string | null,
  docDate: string | null,
): Pick<TimelineEntry, "at" | "end" | "basis"> {
  if (time.start) return { at: time.start, end: time.end, basis: "stated" };
  if (time.end) return { at: time.end, end: time.end, basis: "stated" };
  if (reported) return { at: reported, end: null, basis: "reported" };
  if (docDate) return { at: docDate, end: null, basis: "document" };
  return { at: null, end: null, basis: null };
}

export function claimEntry(c: AnalysedClaim): TimelineEntry {
  const p = placed(c.time, c.reported, c.docDate);
  return {
    type: "claim",
    id: c.id,
    documentId: c.documentId,
    ...p,
    grain: p.at ? grainOf(p.at) : null,
    kind: c.kind,
    item: c.item,
    actor: c.actor,
    target: c.recipient,
    participants: [],
    figure: formatFigure(c),
    source: claimantOf(c) ?? c.outlet,
    hedged: c.hedged,
    text: c.text,
    span: c.span,
  };
}

export function eventEntry(e: AnalysedEvent): TimelineEntry {
  const p = placed(e.time, null, e.docDate);
  return {
    type: "event",
    id: e.id,
    documentId: e.documentId,
    ...p,
    grain: p.at ? grainOf(p.at) : null,
    kind: e.kind,
    item: null,
    actor: e.actor,
    target: e.location,
    participants: e.participants,
    figure: null,
    source: null,
    hedged: false,
    text: e.text,
    span: e.span,
  };
}

function matches(
  entry: TimelineEntry,
  f: TimelineFilter,
  sourceText: (e: TimelineEntry) => string[],
): boolean {
  if (f.type && entry.type !== f.type) return false;
  if (f.kind && entry.kind !== f.kind) return false;
  if (f.item && entry.item !== f.item) return false;
  if (f.actor) {
    const who = f.actor.toLowerCase();
    if (![entry.actor, entry.target, ...entry.participants].some((x) => x?.toLowerCase() === who))
      return false;
  }
  if (f.source) {
    const needle = f.source.toLowerCase();
    if (!sourceText(entry).some((s) => s.toLowerCase().includes(needle))) return false;
  }
  // A month entry `2024-10` is inside `--from 2024-10-05 --to 2024-10-20`'s month: compare at the coarser grain.
  if (f.from && (!entry.at || entry.at.slice(0, f.from.length) < f.from.slice(0, entry.at.length)))
    return false;
  if (f.to && (!entry.at || entry.at.slice(0, f.to.length) > f.to.slice(0, entry.at.length))) return false;
  return true;
}

/** Claims and events in time order; undated ones last. */
export function buildTimeline(
  claims: readonly AnalysedClaim[],
  events: readonly AnalysedEvent[],
  filter: TimelineFilter = {},
): TimelineEntry[] {
  const sourcesOf = new Map<number, string[]>();
  for (const c of claims) {
    sourcesOf.set(
      c.id,
      [c.source.org, c.source.person, c.source.country, c.publisher, c.outlet].filter(
        (s): s is string => !!s,
      ),
    );
  }
  const entries = [...claims.map(claimEntry), ...events.map(eventEntry)].filter((e) =>
    matches(e, filter, (x) => (x.type === "claim" ? (sourcesOf.get(x.id) ?? []) : [])),
  );
  // sort keys computed once: first day, then coarser grain first; undated last
  const keyOf = new Map(
    entries.map((e) => [e, e.at ? `${firstDay(e.at)}${String(e.at.length).padStart(2, "0")}` : "~"]),
  );
  return entries.sort(
    (a, b) =>
      (keyOf.get(a)! < keyOf.get(b)! ? -1 : keyOf.get(a)! > keyOf.get(b)! ? 1 : 0) ||
      a.type.localeCompare(b.type) ||
      a.documentId - b.documentId ||
      a.id - b.id,
  );
}
