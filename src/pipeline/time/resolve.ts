/** @module Resolution against the reference date: implied years, shifts (`letzten Monat`), coarsening to the reference's precision. */
import type { Grain } from "../../core/annotations.js";
import {
  addDays,
  addMonths,
  compareYmd,
  isoAt,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  type Ymd,
} from "./calendar.js";
import type { Ctx, Found, Mod, RefDate } from "./types.js";

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** Parses `2024-10-08`, `2024-10`, `2024` (anything else → null). */
export function parseRef(date: string | null, inferred: boolean): RefDate | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  return { y, m: mo, d, precision: d ? "day" : mo ? "month" : "year", inferred };
}

/** The reference as a day; missing parts are filled in the middle (so shifts of a few days stay in the month). */
export function refDay(ref: RefDate): Ymd {
  return { y: ref.y, m: ref.m ?? 7, d: ref.d ?? 15 };
}

export interface Interval {
  from: string | null;
  to: string | null;
  grain: Grain;
  mod?: Mod;
}

/**
 * A relative expression: `compute` resolves it against the reference day. `needs` is the precision it
 * depends on (`gestern` needs a day); a coarser reference gives the reference's own unit instead
 * (`vor wenigen Tagen` in a document of `2024-10` → `2024-10`, month grain), or with `truncate` the
 * result cut to the reference's precision. No reference → nulls.
 */
export function relative(
  ctx: Ctx,
  m: { start: number; end: number; rule: string },
  grain: Grain,
  needs: "day" | "month" | "year",
  /** `future()` tells (lazily: it reads the sentence) whether the sentence speaks of the future */
  compute: (ref: Ymd, future: () => boolean) => Interval,
  truncate = false,
): Found {
  // plain object literals of one shape: spreads here were the recogniser's hottest line
  const make = (from: string | null, to: string | null, g: Grain, mod: Mod): Found => ({
    start: m.start,
    end: m.end,
    rule: m.rule,
    from,
    to,
    grain: g,
    relative: true,
    mod,
  });
  const ref = ctx.ref;
  if (!ref) return make(null, null, grain, null);
  if (truncate && PRECISION_RANK[ref.precision] > PRECISION_RANK[needs]) {
    // date arithmetic on a coarse reference: compute from its middle, keep only what it knows
    // (`vor 24 Jahren` in a text of 2024-10 → `2000-10`)
    const r = compute(refDay(ref), () => ctx.future(m.start, m.end));
    const g: Grain = ref.precision === "month" ? "month" : "year";
    const cut = (iso: string | null) => (iso ? iso.slice(0, g === "month" ? 7 : 4) : null);
    return make(cut(r.from), cut(r.to), g, r.mod ?? null);
  }
  if (PRECISION_RANK[ref.precision] > PRECISION_RANK[needs]) {
    const g: Grain = ref.precision === "month" ? "month" : "year";
    const iso = ref.precision === "month" ? isoMonth(ref.y, ref.m ?? 1) : isoYear(ref.y);
    return make(iso, iso, g, null);
  }
  const r = compute(refDay(ref), () => ctx.future(m.start, m.end));
  return make(r.from, r.to, r.grain, r.mod ?? null);
}

/**
 * Picks the year of a date stated without one: the latest occurrence not after the reference
 * (`im März` in October 2024 → March 2024), or the next one not before it when the sentence
 * speaks of the future. `make(y)` gives the first day of the occurrence in year y.
 */
export function impliedYear(ref: RefDate, future: boolean, make: (y: number) => Ymd | null): number {
  const r = refDay(ref);
  const cmp = (a: Ymd): number => {
    if (ref.precision === "year") return 0;
    if (ref.precision === "month") return a.y - r.y || a.m - r.m;
    return compareYmd(a, r);
  };
  // look back (or ahead) over a few years: 29 February exists only in leap years
  for (let k = 0; k <= 8; k++) {
    const y = future ? ref.y + k : ref.y - k;
    const day = make(y);
    if (!day) continue;
    const c = cmp(day);
    if (future ? c >= 0 : c <= 0) return y;
  }
  return future ? ref.y + 1 : ref.y - 1;
}

/** A point at a grain: from = to. */
export function point(day: Ymd, grain: Grain): Interval {
  const iso = isoAt(day, grain);
  return { from: iso, to: iso, grain };
}

/**
 * Day `d` of a month near the reference (`the 27th`, `on the 3rd`, `until the twentieth`): in the
 * reference's month unless that lies after the reference (then the month before) or, `forward`, before it
 * (then the month after). A day the month lacks resolves to nothing.
 */
export function dayNearReference(r: Ymd, d: number, forward: boolean): Interval {
  const shift = forward ? (d < r.d ? 1 : 0) : d > r.d ? -1 : 0;
  const t = addMonths({ y: r.y, m: r.m, d: 1 }, shift);
  const iso = isValidDay(t.y, t.m, d) ? isoDay({ y: t.y, m: t.m, d }) : null;
  return { from: iso, to: iso, grain: "day" };
}

export function dayRange(a: Ymd, b: Ymd): Interval {
  return { from: isoDay(a), to: isoDay(b), grain: "day" };
}

/** Monday–Sunday of the week `shift` weeks from the reference. */
export function weekOf(ref: Ymd, shift: number): Interval {
  const mon = addDays(ref, shift * 7 + 1 - isoWeekday(ref));
  return dayRange(mon, addDays(mon, 6));
}

function isoWeekday(d: Ymd): number {
  const w = new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Two-digit years: `99` → 1999, `07` → 2007 (the window the peers' vectors use: 00–29 → 20xx). */
export function fullYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}
