/**
 * @module Periods: the stretch of time a claim is about, as comparable day bounds, and the date a
 * figure stands "as of". ISO dates of any precision (`2023`, `2023-08`, `2023-08-14`) keep their grain.
 */
import type { TimeRef } from "../core/records.js";

export type IsoGrain = "day" | "month" | "year";

/** A closed interval of ISO days; null ends are open. */
export interface Period {
  from: string | null;
  to: string | null;
}

/** The grain an ISO date is stated at: `2024-10` → month. */
export function grainOf(iso: string): IsoGrain {
  if (/^\d{4}-\d{2}-\d{2}/.test(iso)) return "day";
  if (/^\d{4}-\d{2}/.test(iso)) return "month";
  return "year";
}

/** The first day an ISO date covers: `2024-10` → `2024-10-01`. */
export function firstDay(iso: string): string {
  const g = grainOf(iso);
  if (g === "day") return iso.slice(0, 10);
  if (g === "month") return `${iso.slice(0, 7)}-01`;
  return `${iso.slice(0, 4)}-01-01`;
}

/** The last day an ISO date covers: `2024-02` → `2024-02-29`, `2023` → `2023-12-31`. */
export function lastDay(iso: string): string {
  const g = grainOf(iso);
  if (g === "day") return iso.slice(0, 10);
  if (g === "year") return `${iso.slice(0, 4)}-12-31`;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(days).padStart(2, "0")}`;
}

/** What the period of a claim is computed from. */
export interface Dated {
  time: TimeRef;
  reported: string | null;
  docDate: string | null;
}

/**
 * The date a figure stands as of: the end of its period, but never after it was said (`im Jahr 2025`
 * in an article of 2025-05-29 stands as of 2025-05-29); else when it was reported, else the document's
 * date; null when none is known (a start alone does not say until when a total ran).
 * `13 000 Container seit August 2023` in an article of 2024-10 stands as of `2024-10`.
 */
export function asOf(c: Dated): string | null {
  const said = c.reported ?? c.docDate ?? null;
  const end = c.time.end;
  if (end && said) return lastDay(said) < lastDay(end) ? said : end;
  return end ?? said;
}

/** Where a figure goes on a time axis: its as-of date, else the start of its period. */
export function placeOf(c: Dated): string | null {
  return asOf(c) ?? c.time.start ?? null;
}

/**
 * The period a claim is about. A start without an end runs until the figure's as-of date
 * (`seit August 2023`, reported in October 2024 → 2023-08-01 … 2024-10-31); with no as-of date a running
 * total stays open (`runningTotal`), any other figure covers its start's unit; a claim without a time is
 * about its as-of date; null when nothing dates it.
 */
export function periodOf(c: Dated, runningTotal = false): Period | null {
  const start = c.time.start;
  const end = c.time.end;
  if (start && end) return { from: firstDay(start), to: lastDay(end) };
  if (start) {
    const until = c.reported ?? c.docDate;
    if (!until && runningTotal) return { from: firstDay(start), to: null };
    const to = until && lastDay(until) > lastDay(start) ? lastDay(until) : lastDay(start);
    return { from: firstDay(start), to };
  }
  if (end) return { from: null, to: lastDay(end) };
  const at = c.reported ?? c.docDate;
  return at ? { from: firstDay(at), to: lastDay(at) } : null;
}

export function periodsOverlap(a: Period, b: Period): boolean {
  const aBeforeB = a.to != null && b.from != null && a.to < b.from;
  const bBeforeA = b.to != null && a.from != null && b.to < a.from;
  return !aBeforeB && !bBeforeA;
}

/** `inner` lies within `outer` and is strictly shorter (a part of the whole). */
export function strictlyWithin(inner: Period, outer: Period): boolean {
  const startsInside = outer.from == null || (inner.from != null && inner.from >= outer.from);
  const endsInside = outer.to == null || (inner.to != null && inner.to <= outer.to);
  const same = inner.from === outer.from && inner.to === outer.to;
  return startsInside && endsInside && !same;
}

/** Compares ISO dates of mixed precision by their first day, ties broken coarser first (`2024-10` before `2024-10-08`). */
export function compareIso(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  const fa = firstDay(a);
  const fb = firstDay(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.length - b.length;
}

/** Compares the as-of dates of two figures by their last day: `2024-10` (→ 10-31) is later than `2024-10-13`. */
export function compareAsOf(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a == null) return -1;
  if (b == null) return 1;
  const la = lastDay(a);
  const lb = lastDay(b);
  return la < lb ? -1 : la > lb ? 1 : 0;
}
