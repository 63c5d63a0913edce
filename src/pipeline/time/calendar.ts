/** @module Calendar arithmetic on plain (year, month, day) triples: no time zones, no Date parsing of text. */
import type { Grain } from "../../core/annotations.js";

/** A calendar day; months and days are 1-based (`{y: 2024, m: 10, d: 8}` is 8 October 2024). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** `"00"` … `"99"`: months and days are padded for every resolved expression. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));

const pad = (n: number, w = 2): string =>
  w === 2 && n >= 0 && n < 100 && Number.isInteger(n) ? TWO_DIGITS[n]! : String(n).padStart(w, "0");

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Adds days (negative to go back): `addDays({y:2024,m:3,d:1}, -1)` → 2024-02-29. */
export function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(day: Ymd, n: number): Ymd {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Ymd): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function isoDay(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function isoYear(y: number): string {
  return pad(y, 4);
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th given weekday of a month (n = -1: the last one): Mother's Day = `nthWeekday(y, 5, 7, 2)`. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const shift = (wd - weekday(first) + 7) % 7;
    return addDays(first, shift + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const back = (weekday(last) - wd + 7) % 7;
  return addDays(last, -back + (n + 1) * 7);
}

/** Monday of the week containing the day. */
export function mondayOf(day: Ymd): Ymd {
  return addDays(day, 1 - weekday(day));
}

/** Parses an ISO date at any grain into its first day: `2023-08` → 2023-08-01, `2023` → 2023-01-01. */
export function firstDayOf(iso: string): Ymd {
  const [y, m, d] = iso.split("-").map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

/** The last day of the unit an ISO date at some grain names: `2024-02` → 2024-02-29, `2023` → 2023-12-31. */
export function lastDayOf(iso: string): Ymd {
  const parts = iso.split("-").map(Number);
  const y = parts[0] ?? 0;
  if (parts.length >= 3) return { y, m: parts[1] ?? 1, d: parts[2] ?? 1 };
  if (parts.length === 2) {
    const m = parts[1] ?? 1;
    return { y, m, d: daysInMonth(y, m) };
  }
  return { y, m: 12, d: 31 };
}

/** Formats the unit containing the day at a grain: (2023-08-14, month) → `2023-08`. */
export function isoAt(day: Ymd, grain: Grain): string {
  if (grain === "day") return isoDay(day);
  if (grain === "month" || grain === "season" || grain === "quarter" || grain === "half") {
    return isoMonth(day.y, day.m);
  }
  return isoYear(day.y);
}

/**
 * The hundred (or ten) years a decade or century expression names, as the parsers report it:
 * `in den 1960er Jahren` → 1960–1969 at decade grain; `im 19. Jahrhundert` → 1800–1899.
 */
export function yearsSpan(
  start: number,
  end: number,
  rule: string,
  firstYear: number,
  grain: "decade" | "century",
): {
  start: number;
  end: number;
  rule: string;
  from: string;
  to: string;
  grain: "decade" | "century";
  relative: false;
  mod: null;
} {
  const years = grain === "decade" ? 9 : 99;
  return {
    start,
    end,
    rule,
    from: isoYear(firstYear),
    to: isoYear(firstYear + years),
    grain,
    relative: false,
    mod: null,
  };
}

/** Grains from fine to coarse (a season and a quarter are alike): the finer of two is the one of lower rank. */
export const GRAIN_RANK: Record<Grain, number> = {
  day: 0,
  month: 1,
  season: 2,
  quarter: 2,
  half: 3,
  year: 4,
  decade: 5,
  century: 6,
};
