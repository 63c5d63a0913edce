/** @module Offices over time: who held an office at a date (`der russische Präsident` in 2000 → Vladimir Putin). */
import type { Holder, Office } from "./gazetteer.js";

/** `2024-10-08` → [`2024-10`, `2024-10`]; `2024` → [`2024-01`, `2024-12`]. */
export function monthRange(date: string): [string, string] {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return ["0000-01", "9999-12"];
  return m[2] ? [`${m[1]}-${m[2]}`, `${m[1]}-${m[2]}`] : [`${m[1]}-01`, `${m[1]}-12`];
}

function from(h: Holder): string {
  return h.from.length === 4 ? `${h.from}-01` : h.from;
}
function to(h: Holder): string | null {
  return h.to === null ? null : h.to.length === 4 ? `${h.to}-12` : h.to;
}

/** Did the holder hold the office at some time in the date's range? */
export function heldAt(h: Holder, date: string): boolean {
  const [lo, hi] = monthRange(date);
  const end = to(h);
  return from(h) <= hi && (end === null || end >= lo);
}

/**
 * The holder at a date (the later one in a month of change); with no date, the current holder
 * (or the last one listed). Null when the office was vacant or the date is outside every term.
 */
export function holderAt(office: Office, date: string | null): Holder | null {
  if (date === null) return office.holders.find((h) => h.to === null) ?? office.holders.at(-1) ?? null;
  let found: Holder | null = null;
  for (const h of office.holders) if (heldAt(h, date)) found = h;
  return found;
}
