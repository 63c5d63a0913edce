/**
 * @module Adapter between lagebild's time annotations and the Recognizers-Text peer vectors
 * (../shared/peers/recognizers-text). Conventions (see the peers' README):
 * - a peer `date` is one day: it passes when an overlapping annotation is that day (`from === to`);
 * - a peer `daterange` has `start` and `end`, either missing for open intervals. Our `from` gives the start
 *   (its first day; for `after`, also the day after the unit). Our `to` is the last unit included; the
 *   peers end a range with the first day of the next unit (`a month` → the 1st of the next month) or,
 *   for explicit ranges (`vom 4. bis zum 22.`, `von 2010 bis 2018`), with the stated day or the first
 *   day of the stated unit — all three readings of our `to` are accepted;
 * - parts of a unit (`Ende 1989`, peers 1989-09-01..1990-01-01): the peers cut units by their own
 *   fractions; we keep the unit and a mod. A part passes when the same mod is given and the peers'
 *   interval lies inside our unit;
 * - where the peers give a past and a future reading, either passes;
 * - an item the peers leave unresolved (`30/2`) passes when no annotation resolves its span;
 * - seasons (TIMEX `2016-SU`) carry no start or end in the peers' resolution: only the span is compared.
 */
import type { TimeAnnotation } from "../../src/core/annotations.js";
import { addDays, firstDayOf, isoDay, lastDayOf } from "../../src/pipeline/time/calendar.js";

export interface PeerItem {
  text: string;
  start: number;
  end: number;
  type: string;
  timex?: string;
  value: unknown;
}

export interface PeerCase {
  id: string;
  source: string;
  input: string;
  reference: string | null;
  expected: PeerItem[];
}

export const IN_SCOPE = new Set(["date", "daterange", "datetimeV2.date", "datetimeV2.daterange"]);

/** The default reference of the peers' specs when a case gives none. */
export const DEFAULT_REFERENCE = "2016-11-07";

interface Reading {
  date?: string;
  start?: string | null;
  end?: string | null;
  mod?: string;
}

/** The readings a peer item accepts (past and future, or each listed value). */
export function readings(item: PeerItem): Reading[] {
  const v = item.value as Record<string, unknown>;
  const out: Reading[] = [];
  const isRange = item.type.endsWith("daterange");
  if (Array.isArray(v.values)) {
    for (const x of v.values as Record<string, string>[]) {
      if (x.value === "not resolved") continue;
      if (isRange) out.push({ start: x.start ?? null, end: x.end ?? null, mod: x.Mod });
      else if (x.value) out.push({ date: x.value.slice(0, 10), mod: x.Mod });
    }
    return out;
  }
  for (const k of ["PastResolution", "FutureResolution"]) {
    const r = v[k] as Record<string, string> | undefined;
    if (!r) continue;
    if (isRange)
      out.push({ start: r.startDate ?? null, end: r.endDate ?? null, mod: v.Mod as string | undefined });
    else if (r.date && r.date !== "not resolved")
      out.push({ date: r.date.slice(0, 10), mod: v.Mod as string | undefined });
  }
  return out;
}

const dayAfter = (iso: string) => isoDay(addDays(lastDayOf(iso), 1));

/** Does one of our annotations give this reading? */
export function agrees(t: TimeAnnotation, r: Reading): boolean {
  const first = t.from ? isoDay(firstDayOf(t.from)) : null;
  if (r.date !== undefined) {
    return t.from !== null && t.from === t.to && t.grain === "day" && first === r.date;
  }
  const starts = new Set<string | null>([first]);
  if (t.mod === "after" && t.from) starts.add(dayAfter(t.from));
  const ends = new Set<string | null>(
    t.to ? [isoDay(firstDayOf(t.to)), isoDay(lastDayOf(t.to)), dayAfter(t.to)] : [null],
  );
  const start = r.start ?? null;
  const end = r.end ?? null;
  if (t.mod === "start" || t.mod === "mid" || t.mod === "end") {
    if (!r.mod?.includes(t.mod) || !t.from || !t.to || !start || !end) return false;
    return start >= isoDay(firstDayOf(t.from)) && end <= dayAfter(t.to);
  }
  return starts.has(start) && ends.has(end);
}

export interface CaseResult {
  id: string;
  pass: boolean;
  missing: PeerItem[];
}

export function runCase(c: PeerCase, found: TimeAnnotation[]): CaseResult | null {
  const items = c.expected.filter((e) => IN_SCOPE.has(e.type));
  if (!items.length) return null;
  const missing = items.filter((e) => {
    const rs = readings(e);
    if (/-(SP|SU|FA|WI)$|^(SP|SU|FA|WI)$/.test(e.timex ?? ""))
      return !found.some((t) => t.start < e.end && e.start < t.end);
    // the peers mark an impossible date (`30/2`) as not resolved: it must not become a date here
    if (!rs.length)
      return found.some((t) => t.start < e.end && e.start < t.end && (t.from !== null || t.to !== null));
    return !found.some((t) => t.start < e.end && e.start < t.end && rs.some((r) => agrees(t, r)));
  });
  return { id: c.id, pass: missing.length === 0, missing };
}
