/**
 * @module English relative expressions: `yesterday`, `on Tuesday`, `last week`, `earlier this month`,
 * `three years ago`, `1 month and 21 days ago`, `more than 2 weeks before today`, `next 4 business days`.
 */
import { enTime } from "../../../lang/en/time.js";
import { enRelativeWords } from "../../../lang/en/time-relative.js";
import { addDays, compareYmd, isoDay, weekday, type Ymd } from "../calendar.js";
import { alt, firstWords, L, lastWord, lookup, R, rx } from "../patterns.js";
import { buildRelativeParsers, moveBy, shiftedUnit } from "../relative.js";
import { dayNearReference, dayRange, point, relative } from "../resolve.js";
import type { TimeUnit } from "../time-words.js";
import type { Parser } from "../types.js";

const w = enTime;
const x = enRelativeWords;
const UNIT = alt(Object.keys(w.units));
const SHIFT_ALL = alt(Object.keys(w.shifts));
/** a definite count: digits or a number word (`a`, `two`), not a vague one (`a few`) */
const NUM_WORDS = Object.keys(w.counts).filter((k) => w.counts[k] !== null);
const NUM = `(?:\\d{1,3}|${alt(NUM_WORDS)})`;
const numOf = (s: string): number | null => (/^\d/.test(s) ? Number(s) : (lookup(w.counts, s) ?? null));
/** units a count of which moves a day (not `weekend`, `work week`) */
const movable = (u: TimeUnit | undefined): u is TimeUnit => !!u && u !== "weekend" && u !== "workweek";
const span = (m: RegExpExecArray, rule: string) => ({ start: m.index, end: m.index + m[0].length, rule });

/** The parts of a compound duration, in the order written: `2 years 1 month 21 days` → [[2, year], [1, month], [21, day]]. */
const PART_G = new RegExp(`(?<![\\p{L}\\p{N}])(${NUM})\\s+(${UNIT})(?![\\p{L}\\p{N}])`, "giu");
function partsOf(s: string): [number, TimeUnit][] | null {
  const out: [number, TimeUnit][] = [];
  for (const p of s.matchAll(PART_G)) {
    const n = numOf(p[1]!);
    const u = lookup(w.units, p[2]);
    if (n === null || !movable(u)) return null;
    out.push([n, u]);
  }
  return out;
}

function moveParts(r: Ymd, parts: [number, TimeUnit][], sign: number): Ymd {
  let t = r;
  for (const [n, u] of parts) t = moveBy(t, u, sign * n);
  return t;
}

/**
 * `1 month and 21 days ago`, `2 years 1 month 21 days later`, `within 5 years 1 month 12 days`,
 * `within next 10 months`, `4 weeks in the future`: counts of several units, or one after `within` or
 * before `hence`. One count before `ago` is the generic parser's; one before `later` is left alone
 * (in news it counts from a narrated day, not from the article's). After `for` or `the last` the counts
 * are a duration (`fought for 5 months and 2 days ago signed`).
 */
const SPAN = alt(Object.keys(w.spanShifts));
const COMPOUND_JOIN = `(?:\\s*(?:${alt(x.compoundJoins)})\\s*|\\s+)`;
const PART = `${NUM}\\s+${UNIT}${R}`;
const compound: Parser = {
  rule: "en.relative.compound",
  triggers: firstWords([
    ...NUM_WORDS,
    ...x.compoundWithin,
    ...Object.keys(w.spanShifts),
    ...w.laterBefore,
    "0",
  ]),
  digits: { min: 1, max: 3, next: " " },
  pattern: rx(
    `${L}(?<!${L}(?:${SPAN}|${alt(w.durationLeads ?? [])})\\s+)(?:(?<within>${alt(x.compoundWithin)})\\s+|(?<shift>${SPAN})\\s+|(?<later>${alt(w.laterBefore)})\\s+)?(?<parts>${PART}(?:${COMPOUND_JOIN}${PART}){0,3})(?:\\s+(?:(?<dir>${alt(Object.keys(x.compoundDirections))})|(?<span>${alt(x.futureSpanAfter)}))${R})?`,
  ),
  extract(m, ctx) {
    const g = m.groups!;
    const parts = partsOf(g.parts!);
    if (!parts?.length) return null;
    // one count: only after `within` or before `hence`; a count without a direction is a duration
    if (g.within) {
      // `within 2 weeks from today` is the bounded parser's
      if (g.dir || g.span) return null;
      return relative(ctx, span(m, `${this.rule}-within`), "day", "day", (r) =>
        dayRange(r, moveParts(r, parts, 1)),
      );
    }
    if (g.shift) {
      // `the last 3 months and 2 weeks`: the span up to yesterday; with a direction (`the last 3 months
      // and 2 days ago`) the words are a span and a day, left to the generic parsers
      if (g.dir || g.span || parts.length < 2) return null;
      const sign = lookup(w.spanShifts, g.shift)!;
      return relative(ctx, span(m, `${this.rule}-span`), "day", "day", (r) => {
        if (sign < 0) return dayRange(moveParts(r, parts, -1), addDays(r, -1));
        const first = addDays(r, 1);
        return dayRange(first, addDays(moveParts(first, parts, 1), -1));
      });
    }
    if (g.later) {
      // `in 2 weeks and 3 days`: forward from the reference; one count is the generic parser's;
      // `in 2 years and 3 months of war` is a duration
      if (g.dir || g.span || parts.length < 2) return null;
      if (/^\s+of(?![\p{L}])/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
        return null;
      return relative(
        ctx,
        span(m, this.rule),
        "day",
        "day",
        (r) => point(moveParts(r, parts, 1), "day"),
        true,
      );
    }
    if (g.span)
      return relative(ctx, span(m, `${this.rule}-span`), "day", "day", (r) => {
        const first = addDays(r, 1);
        return dayRange(first, addDays(moveParts(first, parts, 1), -1));
      });
    if (!g.dir || parts.length < 2) return null;
    const sign = lookup(x.compoundDirections, g.dir)!;
    return relative(
      ctx,
      span(m, this.rule),
      "day",
      "day",
      (r) => point(moveParts(r, parts, sign), "day"),
      true,
    );
  },
};

const DAY = alt(Object.keys(w.days));
const JOIN = alt(Object.keys(w.offsetJoins ?? {}));

/**
 * `more than 2 weeks before today` (open, up to that day), `more than 2 weeks after today` (open, from
 * it), `less than 3 days after tomorrow`, `within 2 weeks from today` (the days between)
 */
const bounded: Parser = {
  rule: "en.relative.bounded-offset",
  triggers: firstWords(Object.keys(x.boundCues)),
  pattern: rx(`${L}(${alt(Object.keys(x.boundCues))})\\s+(${NUM})\\s+(${UNIT})\\s+(${JOIN})\\s+(${DAY})${R}`),
  extract(m, ctx) {
    const kind = lookup(x.boundCues, m[1])!;
    const n = numOf(m[2]!);
    const unit = lookup(w.units, m[3]);
    const sign = lookup(w.offsetJoins!, m[4])!;
    const base = lookup(w.days, m[5]);
    if (n === null || !movable(unit) || base === undefined) return null;
    return relative(ctx, span(m, this.rule), "day", "day", (r) => {
      const from = addDays(r, base);
      const to = moveBy(from, unit, sign * n);
      if (kind === "inside") return sign > 0 ? dayRange(from, to) : dayRange(to, from);
      const iso = isoDay(to);
      return sign > 0
        ? { from: iso, to: null, grain: "day", mod: "after" }
        : { from: null, to: iso, grain: "day", mod: "before" };
    });
  },
};

const BUSINESS = alt(x.businessDays);

/** Moves a day by n working days (Monday–Friday). */
function addBusinessDays(r: Ymd, n: number): Ymd {
  let t = r;
  const step = n < 0 ? -1 : 1;
  for (let k = 0; k < Math.abs(n); ) {
    t = addDays(t, step);
    if (weekday(t) <= 5) k++;
  }
  return t;
}

/** `the next 4 business days`, `previous 4 working days` (spans), `in four business days` (a day) */
const businessDays: Parser = {
  rule: "en.relative.business-days",
  triggers: firstWords([...Object.keys(w.spanShifts), ...w.laterBefore]),
  pattern: rx(`${L}(?:(${SPAN})|(${alt(w.laterBefore)}))\\s+(${NUM})\\s+(${BUSINESS})${R}`),
  extract(m, ctx) {
    const n = numOf(m[3]!);
    if (n === null || n < 1) return null;
    if (m[2]) {
      return relative(ctx, span(m, this.rule), "day", "day", (r) => point(addBusinessDays(r, n), "day"));
    }
    const sign = lookup(w.spanShifts, m[1])!;
    return relative(ctx, span(m, this.rule), "day", "day", (r) => {
      const last = addBusinessDays(r, sign * n);
      return sign > 0 ? dayRange(addBusinessDays(r, 1), last) : dayRange(last, addDays(r, -1));
    });
  },
};

type Part = "week" | "month" | "year";
const PART_UNIT = "(week|month|year)";

/** The middle of the week, month or year around r: Thursday, the 16th, 1 July. */
function middleOf(unit: Part, r: Ymd): Ymd {
  if (unit === "week") return addDays(r, 4 - weekday(r));
  if (unit === "month") return { y: r.y, m: r.m, d: 16 };
  return { y: r.y, m: 7, d: 1 };
}

/**
 * `later this year`, `later in the week`: the rest of the unit, from its middle at the earliest (said in
 * May, July–December; said in October, October–December)
 */
const laterInUnit: Parser = {
  rule: "en.relative.later-in-unit",
  triggers: firstWords(x.laterWords),
  pattern: rx(`${L}(?:${alt(x.laterWords)})\\s+${PART_UNIT}${R}`),
  extract(m, ctx) {
    const unit = m[1]!.toLowerCase() as Part;
    return relative(ctx, span(m, this.rule), "day", "day", (r) => {
      const last =
        unit === "week"
          ? shiftedUnit(r, "week", 0).to!
          : unit === "year"
            ? isoDay({ y: r.y, m: 12, d: 31 })
            : isoDay(addDays(moveBy({ y: r.y, m: r.m, d: 1 }, "month", 1), -1));
      const mid = middleOf(unit, r);
      return { from: isoDay(compareYmd(r, mid) > 0 ? r : mid), to: last, grain: "day" };
    });
  },
};

const UNIT_NAMES = "(day|week|weekend|fortnight|month|year)";
const blockers = new Set(x.unitBlockers);

/**
 * `for the day`, `partner of the month`, `sales in the year`, `my weekend`, `the fortnight`: the unit of
 * the reference, where a clause ends right after it. With `the` a preposition is needed (or the unit
 * opens the text); `the end of the day`, `the day before` and `on the day` are left alone (idioms and
 * anaphora of news).
 */
const theUnit: Parser = {
  rule: "en.relative.the-unit",
  triggers: firstWords([...x.unitPreps, ...x.unitDeterminers]),
  pattern: rx(
    `${L}(?:(${alt(x.unitPreps)})\\s+)?(${alt(x.unitDeterminers)})\\s+${UNIT_NAMES}${R}(?=\\s*(?:[.,;:!?)]|$))`,
  ),
  extract(m, ctx) {
    const prep = m[1]?.toLowerCase();
    const det = m[2]!.toLowerCase();
    const name = m[3]!.toLowerCase();
    if (prep) {
      const only = x.unitPrepsOnly[prep];
      if (only && !only.includes(name)) return null;
      if (blockers.has(lastWord(ctx.text, m.index))) return null;
    } else if (det === "the" && name !== "fortnight" && ctx.text.slice(0, m.index).trim() !== "") return null;
    const unit = lookup(w.units, name)!;
    const grain = unit === "month" ? "month" : unit === "year" ? "year" : "day";
    return relative(ctx, span(m, this.rule), grain, grain === "day" ? "day" : grain, (r) =>
      shiftedUnit(r, unit, 0),
    );
  },
};

const TO_DATE = alt(x.toDateWords);
/** `from March to date`: the end of a range, which the range refiner joins */
const RANGE_OPEN = new RegExp(`${L}${alt(w.rangeStarts)}\\s[^.;:!?]{1,40}$`, "iu");

/** `year to date`, `month to date` (from the unit's start to the reference), `to date` (up to the reference) */
const toDate: Parser = {
  rule: "en.relative.to-date",
  triggers: firstWords(["year", "month", "week", ...x.toDateWords]),
  pattern: rx(`${L}(?:(year|month|week)\\s+)?${TO_DATE}${R}`),
  extract(m, ctx) {
    const unit = m[1]?.toLowerCase() as Part | undefined;
    if (!unit && RANGE_OPEN.test(ctx.text.slice(Math.max(0, m.index - 50), m.index))) return null;
    if (!unit && x.notToDate.includes(lastWord(ctx.text, m.index))) return null;
    return relative(ctx, span(m, this.rule), "day", "day", (r) => {
      if (!unit) return { from: null, to: isoDay(r), grain: "day", mod: "before" };
      return { from: firstOfUnit(unit, r), to: isoDay(r), grain: "day" };
    });
  },
};

function firstOfUnit(unit: Part, r: Ymd): string {
  if (unit === "week") return shiftedUnit(r, "week", 0).from!;
  return isoDay({ y: r.y, m: unit === "year" ? 1 : r.m, d: 1 });
}

const WD_ALL = alt(Object.keys(w.weekdays));
/** weekday names with a plural `s` (`two Sundays`) */
const WD_PLURAL = `(${WD_ALL})s?`;
const ORDINAL_WORDS = Object.keys(w.ordinals).filter((k) => (w.ordinals[k] ?? 0) > 0);
const ORDINAL = alt(ORDINAL_WORDS);

/** `this upcoming Friday`, `this coming Monday`: the next such day after the reference */
const upcomingWeekday: Parser = {
  rule: "en.relative.upcoming-weekday",
  triggers: firstWords(x.upcomingWeekdayShifts),
  pattern: rx(`${L}(?:${alt(x.upcomingWeekdayShifts)})\\s+(${WD_ALL})${R}`),
  extract(m, ctx) {
    const wd = lookup(w.weekdays, m[1])!;
    return relative(ctx, span(m, this.rule), "day", "day", (r) =>
      point(addDays(r, (wd - weekday(r) + 7) % 7 || 7), "day"),
    );
  },
};

/** `two Sundays from now`: the nth such day after the reference */
const weekdayCount: Parser = {
  rule: "en.relative.weekday-count",
  triggers: firstWords([...NUM_WORDS, "0"]),
  digits: { min: 1, max: 2, next: " " },
  pattern: rx(`${L}(${NUM})\\s+${WD_PLURAL}\\s+(?:${alt(x.weekdayCountAfter)})${R}`),
  extract(m, ctx) {
    const n = numOf(m[1]!);
    const wd = lookup(w.weekdays, m[2]);
    if (!n || n > 52 || wd === undefined) return null;
    return relative(ctx, span(m, this.rule), "day", "day", (r) =>
      point(addDays(r, ((wd - weekday(r) + 7) % 7 || 7) + 7 * (n - 1)), "day"),
    );
  },
};

/**
 * `until the twenty second`, `on the second`: an ordinal day in words at the end of a clause, a day of
 * the reference's month (the last such day not after it); not after `for` (`… and Kim for the second.`)
 */
const ordinalDay: Parser = {
  rule: "en.relative.ordinal-day",
  triggers: firstWords(x.ordinalDayPreps),
  pattern: rx(`${L}(?:${alt(x.ordinalDayPreps)})\\s+(the\\s+(${ORDINAL}))${R}(?=\\s*(?:[.!?;]|$))`),
  extract(m, ctx) {
    const d = lookup(w.ordinals, m[2])!;
    const start = m.index + m[0].length - m[1]!.length;
    return relative(ctx, { start, end: m.index + m[0].length, rule: this.rule }, "day", "month", (r) =>
      dayNearReference(r, d, false),
    );
  },
};

/**
 * `the third week of this month`, `the first week of next year`, `the last week of this month`: weeks
 * Monday–Sunday, the first the one holding the unit's first Thursday, the last the one holding its last
 */
const nthWeekOf: Parser = {
  rule: "en.relative.nth-week",
  triggers: firstWords(["the", ...Object.keys(w.ordinals)]),
  pattern: rx(
    `${L}(?:the\\s+)?(${alt(Object.keys(w.ordinals))})\\s+week\\s+(?:of\\s+)?(${SHIFT_ALL})\\s+(month|year)${R}`,
  ),
  extract(m, ctx) {
    const n = lookup(w.ordinals, m[1])!;
    const shift = lookup(w.shifts, m[2])!;
    const unit = m[3]!.toLowerCase() as "month" | "year";
    if (n === 0 || n > 53) return null;
    return relative(ctx, span(m, this.rule), "day", unit, (r) => {
      const first =
        unit === "year" ? { y: r.y + shift, m: 1, d: 1 } : moveBy({ y: r.y, m: r.m, d: 1 }, "month", shift);
      const next = moveBy(first, unit, 1);
      let mon: Ymd;
      if (n < 0) {
        const lastDay = addDays(next, -1);
        const lastThu = addDays(lastDay, -((weekday(lastDay) - 4 + 7) % 7));
        mon = addDays(lastThu, -3);
      } else {
        const firstThu = addDays(first, (4 - weekday(first) + 7) % 7);
        mon = addDays(firstThu, -3 + 7 * (n - 1));
        if (compareYmd(mon, next) >= 0) return { from: null, to: null, grain: "day" };
      }
      return dayRange(mon, addDays(mon, 6));
    });
  },
};

/** `next week between Wednesday and Friday`, `this week from Tue to Thur`: days of a relative week */
const weekdaysOfWeek: Parser = {
  rule: "en.relative.weekdays-of-week",
  triggers: firstWords(Object.keys(w.shifts)),
  pattern: rx(
    `${L}(${SHIFT_ALL})\\s+week\\s+(?:between\\s+(${WD_ALL})\\s+and|from\\s+(${WD_ALL})\\s+(?:to|through|until|till|-))\\s+(${WD_ALL})${R}`,
  ),
  extract(m, ctx) {
    const shift = lookup(w.shifts, m[1])!;
    const a = lookup(w.weekdays, m[2] ?? m[3])!;
    const b = lookup(w.weekdays, m[4])!;
    if (b < a) return null;
    return relative(ctx, span(m, this.rule), "day", "day", (r) => {
      const mon = addDays(r, shift * 7 + 1 - weekday(r));
      return dayRange(addDays(mon, a - 1), addDays(mon, b - 1));
    });
  },
};

const LEAD = alt(w.durationLeads ?? []);
const START = alt(w.durationStarts ?? []);

/** `for 3 days from today`, `for 2 weeks, starting tomorrow`: a span of days from a deictic day */
const durationFromDay: Parser = {
  rule: "en.relative.duration-from-day",
  triggers: firstWords(w.durationLeads ?? []),
  pattern: rx(`${L}(?:${LEAD})\\s+(${NUM})\\s+(${UNIT})\\s*,?\\s*(?:${START})\\s+(${DAY})${R}`),
  extract(m, ctx) {
    const n = numOf(m[1]!);
    const unit = lookup(w.units, m[2]);
    const base = lookup(w.days, m[3]);
    if (n === null || n < 1 || !movable(unit) || base === undefined) return null;
    return relative(ctx, span(m, this.rule), "day", "day", (r) => {
      const from = addDays(r, base);
      return dayRange(from, addDays(moveBy(from, unit, n), -1));
    });
  },
};

/** `this weekend`-less `at the weekend`, `on the weekend`, `over the weekend` */
const weekend: Parser = {
  rule: "en.relative.weekend",
  triggers: ["on", "at", "over", "during"],
  // `on weekend` without the article too (not `on weekends`: a habit)
  pattern: rx(`${L}(?:on|at|over|during)\\s+(?:the\\s+)?(${alt(w.weekendWords)})${R}`),
  extract(m, ctx) {
    const end = m.index + m[0].length;
    // `were killed over the weekend` in a text of a weekday: the weekend just gone
    const past = ctx.past?.(m.index, end) ?? false;
    return relative(ctx, { start: m.index, end, rule: this.rule }, "day", "day", (r) =>
      shiftedUnit(r, "weekend", past && weekday(r) <= 5 ? -1 : 0),
    );
  },
};

/** `the end of the month`, `beginning of this year`, `end of week`: a part of the current unit */
const modUnit: Parser = {
  rule: "en.relative.part-of-unit-mod",
  triggers: firstWords(Object.keys(w.mods)),
  pattern: rx(
    `${L}(${alt(Object.keys(w.mods).filter((k) => k.endsWith(" of")))})\\s+(?:the\\s+|this\\s+)?(week|month|year)${R}`,
  ),
  extract(m, ctx) {
    const unit = lookup(w.units, m[2])!;
    const mod = lookup(w.mods, m[1])!;
    const grain = unit === "month" ? "month" : unit === "week" ? "day" : "year";
    const needs = unit === "week" ? "day" : unit === "month" ? "month" : "year";
    const f = relative(
      ctx,
      { start: m.index, end: m.index + m[0].length, rule: this.rule },
      grain,
      needs,
      (r) => shiftedUnit(r, unit, 0),
    );
    return { ...f, mod };
  },
};

export const enRelativeParsers: Parser[] = [
  weekend,
  modUnit,
  durationFromDay,
  bounded,
  compound,
  businessDays,
  laterInUnit,
  toDate,
  upcomingWeekday,
  weekdayCount,
  ordinalDay,
  nthWeekOf,
  weekdaysOfWeek,
  theUnit,
  ...buildRelativeParsers(w, { lang: "en" }),
];
