/**
 * @module Narrative time: `two days later`, `the next day`, `zwei Tage später`, `am Tag darauf` count from
 * the day the story last named, not from the article's date. A parser finds them (the words are language
 * data: `narrativeAfter`, `narrativeBefore`, `narrativePhrases`); after the refiners, `anchorNarrative`
 * resolves each against the last time expression before it in the text, and only without one falls back
 * to the reference date (`the next day` → the day after it; `two days later` stays unresolved).
 */
import type { Grain } from "../../core/annotations.js";
import { firstDayOf, GRAIN_RANK, isoAt } from "./calendar.js";
import { alt, firstWords, L, lookup, R, rx } from "./patterns.js";
import { moveBy } from "./relative.js";
import { refDay } from "./resolve.js";
import type { TimeUnit, TimeWords } from "./time-words.js";
import type { Found, Parser, RefDate } from "./types.js";

/** A narrative shift: n units from the anchor (negative: before it). */
export interface Shift {
  n: number;
  unit: TimeUnit;
}

const GRAIN_OF: Partial<Record<TimeUnit, Grain>> = { day: "day", week: "day", month: "month", year: "year" };
/** The narrative parsers of a language; none when its words list no narrative forms. */
export function buildNarrativeParsers(w: TimeWords, lang: string): Parser[] {
  const after = w.narrativeAfter ?? [];
  const before = w.narrativeBefore ?? [];
  const phrases = w.narrativePhrases ?? {};
  const parsers: Parser[] = [];
  const units = Object.keys(w.units).filter((u) => GRAIN_OF[w.units[u]!]);
  const counts = Object.keys(w.counts).filter((c) => w.counts[c] !== null);
  if ((after.length || before.length) && units.length) {
    const dirs: Record<string, number> = {};
    for (const a of after) dirs[a.toLowerCase()] = 1;
    for (const b of before) dirs[b.toLowerCase()] = -1;
    parsers.push({
      rule: `${lang}.narrative.count`,
      triggers: firstWords([...counts, "0"]),
      digits: { min: 1, max: 3, next: " " },
      pattern: rx(
        `${L}(?<n>\\d{1,3}|${alt(counts)})\\s+(?<unit>${alt(units)})\\s+(?<dir>${alt(Object.keys(dirs))})${R}`,
      ),
      extract(m) {
        const g = m.groups!;
        const n = /^\d/.test(g.n!) ? Number(g.n) : lookup(w.counts, g.n);
        const unit = lookup(w.units, g.unit);
        const dir = lookup(dirs, g.dir);
        if (!n || !unit || !dir) return null;
        return narrativeFound(m.index, m.index + m[0].length, this.rule, { n: n * dir, unit });
      },
    });
  }
  const keys = Object.keys(phrases);
  if (keys.length) {
    parsers.push({
      rule: `${lang}.narrative.phrase`,
      triggers: firstWords(keys),
      pattern: rx(`${L}${alt(keys)}${R}`),
      extract(m) {
        const shift = lookup(phrases, m[0]);
        if (!shift) return null;
        return narrativeFound(m.index, m.index + m[0].length, this.rule, { n: shift[0], unit: shift[1] });
      },
    });
  }
  return parsers;
}

function narrativeFound(start: number, end: number, rule: string, shift: Shift): Found {
  return {
    start,
    end,
    rule,
    from: null,
    to: null,
    grain: GRAIN_OF[shift.unit] ?? "day",
    relative: true,
    mod: null,
    narrative: shift,
  };
}

/**
 * Resolves narrative times in text order: against the last time before them that has a date (its end for
 * a shift forward, its start for one back), at the coarser of the anchor's grain and the shift's; a
 * resolved narrative time anchors the next (`On Oct. 3 … two days later … the next day` → 5 and 6 Oct.).
 * Without an anchor a shift of days or weeks back, or of one day forward, counts from the reference day
 * (`the next day`, `two days earlier`); other narrative times without an anchor are dropped.
 */
export function anchorNarrative(found: Found[], ref: RefDate | null): Found[] {
  if (!found.some((f) => f.narrative)) return found;
  let anchor: Found | null = null;
  const out: Found[] = [];
  for (const f of found) {
    if (!f.narrative) {
      if (f.from || f.to) anchor = f;
      out.push(f);
      continue;
    }
    const shift = f.narrative;
    let at: string | null = null;
    let grain: Grain = GRAIN_OF[shift.unit] ?? "day";
    if (anchor) {
      const iso = shift.n > 0 ? (anchor.to ?? anchor.from)! : (anchor.from ?? anchor.to)!;
      grain = coarser(anchor.grain, grain);
      at = isoAt(moveBy(firstDayOf(iso), shift.unit, shift.n), grain);
    } else if (
      ref?.d &&
      (shift.unit === "day" || shift.unit === "week") &&
      (shift.n < 0 || (shift.n === 1 && shift.unit === "day"))
    ) {
      at = isoAt(moveBy(refDay(ref), shift.unit, shift.n), "day");
      grain = "day";
    }
    if (!at) continue;
    const resolved: Found = { ...f, from: at, to: at, grain };
    anchor = resolved;
    out.push(resolved);
  }
  return out;
}

function coarser(a: Grain, b: Grain): Grain {
  return GRAIN_RANK[a] >= GRAIN_RANK[b] ? a : b;
}
