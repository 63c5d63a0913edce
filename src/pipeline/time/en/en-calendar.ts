/**
 * @module English calendar forms beyond the core parsers: compact month-day forms (`Oct/2`, `Dec31, 1994`,
 * `05-Aug-2016`), a year before its month (`2017 april`), spoken decades (`the 70s`, `the twenty-tens`),
 * year comparisons (`later than 2018`, `>= 2019`), month and day ranges whose year comes from the reference
 * (`from Sep to Nov`, `from 4 to 22 this month`), holiday weekends and shifted holidays (`last Easter`), the
 * n-th week or month of a period and the first or last n units of one (`the last four months of 2021`), and
 * impossible days kept unresolved (`feb 30 2019`). The cue words are data (src/lang/en/time-calendar.ts).
 */
import type { Grain } from "../../../core/annotations.js";
import { enTime } from "../../../lang/en/time.js";
import {
  enComparisonNegations,
  enDecadeCues,
  enDecadeYearWords,
  enNumericDateCues,
  enPartAbbreviations,
  enPeriodEnds,
  enPeriodShifts,
  enRangeJoins,
  enYearComparisons,
  enYearOnlyComparisons,
  enYearPostComparisons,
} from "../../../lang/en/time-calendar.js";
import { dayMaybeYear, holidayDay } from "../absolute.js";
import {
  addDays,
  addMonths,
  compareYmd,
  daysInMonth,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  weekday,
  type Ymd,
} from "../calendar.js";
import { alt, DIGIT, firstWords, key, L, lookup, ordinalWords, R, rx } from "../patterns.js";
import { dayNearReference, fullYear, impliedYear, relative } from "../resolve.js";
import type { Ctx, Found, Parser } from "../types.js";
import { readYear, yearGroup } from "../year-words.js";

const w = enTime;
const MONTH = alt(Object.keys(w.months));
const YEAR4 = "(1\\d{3}|20\\d{2}|21\\d{2})";
const JOIN = alt(enRangeJoins);
const SHIFT = alt(Object.keys(enPeriodShifts));
const SHIFTS = enPeriodShifts;
const CUE = alt(enNumericDateCues);
const ORD: Record<string, number> = ordinalWords(w.ordinals, w.ordinalEndings);
const ORDW = alt(Object.keys(ORD));
/** the end of a clause after a form that would otherwise be a number: `on 4.22.`, `2017 april,` */
const CLAUSE_END = "(?=\\s*(?:[,;:!?)]|\\.(?!\\d)|$))";

function fixed(
  start: number,
  end: number,
  rule: string,
  from: string | null,
  to: string | null,
  grain: Grain,
): Found {
  return { start, end, rule, from, to, grain, relative: false, mod: null };
}

const monthOf = (s: string | undefined): number => lookup(w.months, s) ?? 0;
/** `May`/`March` are months in these compact forms only when capitalised (`may` is a verb) */
const weakLower = (s: string): boolean => (key(s) === "may" || key(s) === "march") && s === s.toLowerCase();

/** `Oct/2`, `Oct2`, `Oct-2`, `October2`, `Dec31, 1994`, `Sep-23-2020`: a month glued to its day */
const monthDayCompact: Parser = {
  rule: "en.date.month-day-compact",
  triggers: firstWords(Object.keys(w.months)),
  pattern: rx(
    `${L}(${MONTH})(?:[-/]|(?=\\d))(\\d{1,2})(?![\\d:]|[.,]\\d)(?:(?:\\s*,\\s*|[-/])${YEAR4}(?!\\d))?`,
  ),
  extract(m, ctx) {
    if (weakLower(m[1]!)) return null;
    const d = Number(m[2]);
    return dayMaybeYear(
      ctx,
      m.index,
      m.index + m[0].length,
      this.rule,
      m[3] ? Number(m[3]) : null,
      monthOf(m[1]),
      d,
    );
  },
};

/** `05-Aug-2016`, `23/Sep/2020`, `2020/23/Sep`, `23-2020-September`: day, month name and year joined by dashes or slashes */
const dayNameYear: Parser = {
  rule: "en.date.day-name-year",
  digits: { min: 1, max: 4, next: "-/" },
  triggers: [DIGIT],
  pattern: rx(
    `${L}(?:(\\d{1,2})([-/])(${MONTH})\\2(\\d{4}|\\d{2})|${YEAR4}([-/])(\\d{1,2})\\6(${MONTH})${R}|(\\d{1,2})([-/])${YEAR4}\\10(${MONTH})${R})(?![\\d/-])`,
  ),
  extract(m, ctx) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const y = fullYear(Number(m[4]), m[4]!.length);
      return dayMaybeYear(ctx, start, end, this.rule, y, monthOf(m[3]), Number(m[1]));
    }
    if (m[5]) return dayMaybeYear(ctx, start, end, this.rule, Number(m[5]), monthOf(m[8]), Number(m[7]));
    return dayMaybeYear(ctx, start, end, this.rule, Number(m[11]), monthOf(m[12]), Number(m[9]));
  },
};

/** `16. Nov. 2016`: a day with a dot before a month and a year (the dot alone could end a sentence) */
const dayDotMonthYear: Parser = {
  rule: "en.date.day-dot-month-year",
  digits: { min: 1, max: 2, next: "." },
  triggers: [DIGIT],
  pattern: rx(`${L}(\\d{1,2})\\.\\s*(${MONTH})${R}\\.?\\s*,?\\s*${YEAR4}(?!\\d)`),
  extract(m, ctx) {
    return dayMaybeYear(
      ctx,
      m.index,
      m.index + m[0].length,
      this.rule,
      Number(m[3]),
      monthOf(m[2]),
      Number(m[1]),
    );
  },
};

/** `08/12,2015`, `08/12, 2015`, `08/12,15`: month/day, a comma and the year (two digits only without a space) */
const numericCommaYear: Parser = {
  rule: "en.date.numeric-comma-year",
  digits: { min: 1, max: 2, next: "/" },
  triggers: [DIGIT],
  pattern: rx(`${L}(\\d{1,2})/(\\d{1,2}),(?:\\s?(\\d{4})|(\\d{2}))(?![\\d.,/]|[.,]\\d)`),
  extract(m, ctx) {
    const y = m[3] ? Number(m[3]) : fullYear(Number(m[4]), 2);
    return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, y, Number(m[1]), Number(m[2]));
  },
};

/**
 * `on 4.22`, `until 5-12`: month and day joined by a dot or a dash, only after `on`/`until`/`till` and at the
 * end of a clause, with a two-digit day (`tied on 2-2`, `rose by 1.25.`, `cut by 2-10.` are no dates)
 */
const cuedMonthDay: Parser = {
  rule: "en.date.cued-month-day",
  digits: { min: 1, max: 2, next: ".-" },
  triggers: [DIGIT],
  pattern: rx(`(?<=${L}${CUE}\\s+)(\\d{1,2})[.-](\\d{2})(?!\\d)${CLAUSE_END}`),
  extract(m, ctx) {
    const mo = Number(m[1]);
    const d = Number(m[2]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, null, mo, d);
  },
};

/** `October, 1st`: a month, a comma and an ordinal day at the end of a clause */
const monthCommaOrdinal: Parser = {
  rule: "en.date.month-comma-ordinal",
  triggers: firstWords(Object.keys(w.months)),
  pattern: rx(`${L}(${MONTH})${R}\\.?,\\s*(\\d{1,2})(?:st|nd|rd|th)${CLAUSE_END}`),
  extract(m, ctx) {
    if (weakLower(m[1]!)) return null;
    return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, null, monthOf(m[1]), Number(m[2]));
  },
};

/** `2017 april`, `2016, nov`: a year before its month, at the end of a clause or before a range join */
const yearMonth: Parser = {
  rule: "en.date.year-month",
  digits: { min: 4, max: 4, next: " ," },
  triggers: [DIGIT],
  pattern: rx(
    `${L}${YEAR4}\\s*,?\\s*(${MONTH})${R}\\.?(?=\\s*(?:[,;:!?)]|\\.(?!\\d)|$)|\\s*[-–]|\\s+(?:and|to|until|till|through)${R})`,
  ),
  extract(m) {
    const y = Number(m[1]);
    const mo = monthOf(m[2]);
    return fixed(m.index, m.index + m[0].length, this.rule, isoMonth(y, mo), isoMonth(y, mo), "month");
  },
};

/** `2015-3`, `2015/3`: a year and a one-digit month, at the end of a clause (`won 2015-3 in favour` is a vote) */
const yearShortMonth: Parser = {
  rule: "en.date.year-short-month",
  digits: { min: 4, max: 4, next: "-/" },
  triggers: [DIGIT],
  pattern: rx(`${L}(?<![\\d][./-])${YEAR4}[-/]([1-9])(?![\\d]|[.,/-]\\d)${CLAUSE_END}`),
  extract(m) {
    const iso = isoMonth(Number(m[1]), Number(m[2]));
    return fixed(m.index, m.index + m[0].length, this.rule, iso, iso, "month");
  },
};

const decadeSpan = (start: number, end: number, rule: string, y: number): Found =>
  fixed(start, end, rule, isoYear(y), isoYear(y + 9), "decade");

/** `1990 s`, `the 70s`, `the 70's`, `in 70's`, `the two thousands`, `the twenty-tens` */
const decadeForms: Parser = {
  rule: "en.date.decade-forms",
  digits: { min: 4, max: 4, next: " " },
  triggers: [DIGIT, "the", ...enDecadeCues],
  pattern: rx(
    `${L}(?:(\\d{3}0)\\s+s|the\\s+(\\d0)['’]?s|${alt(enDecadeCues)}\\s+(\\d0)['’]s|the\\s+(${alt(Object.keys(enDecadeYearWords))}))${R}`,
  ),
  extract(m) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) return decadeSpan(start, end, this.rule, Number(m[1]));
    if (m[4]) return decadeSpan(start, end, this.rule, enDecadeYearWords[key(m[4])]!);
    const n = Number(m[2] ?? m[3]);
    return decadeSpan(start, end, this.rule, n < 20 ? 2000 + n : 1900 + n);
  },
};

const COMPARE = alt(Object.keys(enYearComparisons));
const NEG = alt(enComparisonNegations);
const onlyWithYear = new Set(enYearOnlyComparisons);

function openYear(
  start: number,
  end: number,
  rule: string,
  y: number,
  mod: "after" | "before" | "since" | "until",
): Found {
  const iso = isoYear(y);
  const from = mod === "after" || mod === "since" ? iso : null;
  const to = mod === "before" || mod === "until" ? iso : null;
  return { start, end, rule, from, to, grain: "year", relative: false, mod };
}

/** `later than 2018`, `no later than 2030`, `where year is greater than 2015`, `later than or in 2016`, `sooner than 2020` */
const yearComparison: Parser = {
  rule: "en.date.year-compare",
  triggers: firstWords(["year", "the", ...enComparisonNegations, ...Object.keys(enYearComparisons)]),
  pattern: rx(
    `${L}(?:((?:the\\s+)?year\\s+(?:is\\s+)?)|(${NEG})\\s+)?(${COMPARE})\\s+than(\\s+or\\s+(?:in|on|equal\\s+to))?\\s+${YEAR4}(?!\\d)(?=\\s*(?:[,;:!?)]|\\.(?!\\d)|$)|\\s+(?:and|or|but)${R})`,
  ),
  extract(m) {
    const cmp = key(m[3]!);
    if (onlyWithYear.has(cmp) && !m[1]) return null;
    let mod: "after" | "before" | "since" | "until" = enYearComparisons[cmp]!;
    if (m[4]) mod = mod === "after" ? "since" : "until";
    if (m[2]) mod = mod === "after" || mod === "since" ? "until" : "since";
    return openYear(m.index, m.index + m[0].length, this.rule, Number(m[5]), mod);
  },
};

const POST = alt(Object.keys(enYearPostComparisons));

/** `2018 or later`, `2012 or after`, `>= 2019`, `<= 2019`: a year with the words or signs that open its interval */
const yearOpenSigns: Parser = {
  rule: "en.date.year-open",
  digits: { min: 4, max: 4, next: " " },
  triggers: [DIGIT],
  pattern: rx(
    `${L}${YEAR4}\\s+(?:or|and)\\s+(${POST})${R}${CLAUSE_END}|(?<=[<>]\\s?=?\\s?)${YEAR4}(?!\\d)${CLAUSE_END}`,
  ),
  extract(m, ctx) {
    const end = m.index + m[0].length;
    if (m[1]) return openYear(m.index, end, this.rule, Number(m[1]), enYearPostComparisons[key(m[2]!)]!);
    const sign = /([<>])\s?(=?)\s?$/.exec(ctx.text.slice(Math.max(0, m.index - 4), m.index));
    if (!sign) return null;
    const start = m.index - sign[0].length;
    const or = sign[2] === "=";
    const mod = sign[1] === ">" ? (or ? "since" : "after") : or ? "until" : "before";
    return openYear(start, end, this.rule, Number(m[3]), mod);
  },
};

/**
 * The year of a month range without one: the range of the reference's year (or of the year before, for a range
 * across New Year) that contains the reference month, else the last (next) one by the tense.
 */
function rangeYear(ctx: Ctx, m1: number, m2: number, ref: Ymd, future: boolean): number {
  const wraps = m2 < m1;
  for (const y of [ref.y, ref.y - 1]) {
    const a = y * 12 + m1;
    const b = (wraps ? y + 1 : y) * 12 + m2;
    const r = ref.y * 12 + ref.m;
    if (a <= r && r <= b) return y;
  }
  return impliedYear(ctx.ref!, future, (c) => ({ y: c, m: m1, d: 1 }));
}

/**
 * `from Sep to Nov`, `May to March`, `between august and october`, `Jan-Feb 2017`, `Nov-Feb 5th, 2017`,
 * `from this May to Oct 2020`: a range of months (the last may carry a day)
 */
const monthRange: Parser = {
  rule: "en.range.months",
  triggers: firstWords(["from", "between", "this", ...Object.keys(w.months)]),
  pattern: rx(
    `${L}(?:(from|between)\\s+)?(this\\s+)?(${MONTH})${R}\\.?\\s*(${JOIN}|and)\\s*(${MONTH})${R}\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]))?(?:\\s*,?\\s*(?:in\\s+)?${YEAR4}(?!\\d))?`,
  ),
  extract(m, ctx) {
    const lead = m[1] ? key(m[1]) : null;
    const join = key(m[4]!);
    if ((join === "and") !== (lead === "between")) return null;
    if (!lead && !m[2] && m[3] === m[3]!.toLowerCase()) return null;
    if (weakLower(m[5]!) && !m[7] && !lead) return null;
    const m1 = monthOf(m[3]);
    const m2 = monthOf(m[5]);
    const d2 = m[6] ? Number(m[6]) : null;
    if (m1 === m2 && d2 === null) return null;
    const start = m.index;
    const end = start + m[0].length;
    const make = (y1: number, y2: number) => {
      if (d2 !== null) {
        if (!isValidDay(y2, m2, d2)) return { from: null, to: null, grain: "day" as Grain };
        return {
          from: isoDay({ y: y1, m: m1, d: 1 }),
          to: isoDay({ y: y2, m: m2, d: d2 }),
          grain: "day" as Grain,
        };
      }
      return { from: isoMonth(y1, m1), to: isoMonth(y2, m2), grain: "month" as Grain };
    };
    const y = m[7] ? Number(m[7]) : null;
    if (y !== null && !m[2]) {
      const r = make(m1 > m2 ? y - 1 : y, y);
      return fixed(start, end, this.rule, r.from, r.to, r.grain);
    }
    return relative(
      ctx,
      { start, end, rule: this.rule },
      d2 !== null ? "day" : "month",
      "month",
      (ref, future) => {
        if (y !== null) return make(ref.y, y);
        const y1 = m[2] ? ref.y : rangeYear(ctx, m1, m2, ref, future());
        return make(y1, m2 < m1 ? y1 + 1 : y1);
      },
    );
  },
};

/** `10/1-11/7`, `5/1-5/7, 2020`: a range of two numeric month/day dates, the year after the second */
const numericDayRange: Parser = {
  rule: "en.range.numeric-days",
  digits: { min: 1, max: 2, next: "/" },
  triggers: [DIGIT],
  pattern: rx(
    `${L}(?<![\\d][./-])(\\d{1,2})/(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})/(\\d{1,2})(?:(?:\\s*,\\s*|/)${YEAR4}(?!\\d))?(?![\\d/]|[.,]\\d)`,
  ),
  extract(m, ctx) {
    const [m1, d1, m2, d2] = [1, 2, 3, 4].map((i) => Number(m[i]));
    if (!m1 || !m2 || m1 > 12 || m2 > 12 || !d1 || !d2 || d1 > 31 || d2 > 31) return null;
    const start = m.index;
    const end = start + m[0].length;
    const make = (y1: number) => {
      const y2 = m2 < m1 ? y1 + 1 : y1;
      if (!isValidDay(y1, m1!, d1!) || !isValidDay(y2, m2!, d2!))
        return { from: null, to: null, grain: "day" as Grain };
      return {
        from: isoDay({ y: y1, m: m1!, d: d1! }),
        to: isoDay({ y: y2, m: m2!, d: d2! }),
        grain: "day" as Grain,
      };
    };
    if (m[5]) {
      const y = Number(m[5]);
      const r = make(m2! < m1! ? y - 1 : y);
      return fixed(start, end, this.rule, r.from, r.to, "day");
    }
    return relative(ctx, { start, end, rule: this.rule }, "day", "year", (ref, future) => {
      const y = rangeYear(ctx, m1!, m2!, ref, future());
      // `2/29`: the nearest year that has the day
      if (isValidDay(y, m1!, d1!)) return make(y);
      return make(
        impliedYear(ctx.ref!, future(), (c) => (isValidDay(c, m1!, d1!) ? { y: c, m: m1!, d: d1! } : null)),
      );
    });
  },
};

const DAYN = "(\\d{1,2})(?:st|nd|rd|th)?";

/** `from 4 to 22 this month`, `4 till 23 of this month`, `between 4 and 22 this month`, `from 4-23 in next month` */
const dayRangeOfMonth: Parser = {
  rule: "en.range.days-of-month",
  digits: { min: 1, max: 2, next: "" },
  triggers: [DIGIT, "from", "between"],
  pattern: rx(
    `${L}(?:(from|between)\\s+)?(?:the\\s+)?${DAYN}\\s*(${JOIN}|and)\\s*(?:the\\s+)?${DAYN}\\s+(?:(?:of|in)\\s+)?(${SHIFT})\\s+month${R}`,
  ),
  extract(m, ctx) {
    const lead = m[1] ? key(m[1]) : null;
    if ((key(m[3]!) === "and") !== (lead === "between")) return null;
    const d1 = Number(m[2]);
    const d2 = Number(m[4]);
    if (d1 < 1 || d2 > 31 || d2 <= d1) return null;
    const shift = SHIFTS[key(m[5]!)] ?? 0;
    return relative(
      ctx,
      { start: m.index, end: m.index + m[0].length, rule: this.rule },
      "day",
      "month",
      (r) => {
        const t = addMonths({ y: r.y, m: r.m, d: 1 }, shift);
        if (!isValidDay(t.y, t.m, d2)) return { from: null, to: null, grain: "day" };
        return {
          from: isoDay({ y: t.y, m: t.m, d: d1 }),
          to: isoDay({ y: t.y, m: t.m, d: d2 }),
          grain: "day",
        };
      },
    );
  },
};

/** `November between 19 and 20`, `Feb between 2-7 two thousand and eighteen`, `from 4 to January 22, 1995`, `from 02 to April 07` */
const monthDaysRange: Parser = {
  rule: "en.range.month-days",
  triggers: firstWords(["from", ...Object.keys(w.months)]),
  pattern: rx(
    `${L}(?:(${MONTH})${R}\\.?\\s+between\\s+${DAYN}\\s*(?:and|-|–)\\s*${DAYN}|from\\s+${DAYN}\\s+(?:to|until|till|through)\\s+(${MONTH})${R}\\.?\\s*${DAYN})(?![\\d:])(?:\\s*,?\\s*${yearGroup(w)}(?!\\d))?`,
  ),
  extract(m, ctx) {
    const mo = monthOf(m[1] ?? m[5]);
    const d1 = Number(m[2] ?? m[4]);
    const d2 = Number(m[3] ?? m[6]);
    if (d1 < 1 || d2 > 31 || d2 <= d1) return null;
    const start = m.index;
    const end = start + m[0].length;
    let y: number | null = null;
    if (m[7]) {
      y = readYear(m[7], w);
      if (!Number.isFinite(y)) return null;
    }
    const a = dayMaybeYear(ctx, start, end, this.rule, y, mo, d1);
    const b = dayMaybeYear(ctx, start, end, this.rule, y, mo, d2);
    if (!a || !b) return null;
    const to = a.from && b.from ? a.from.slice(0, 8) + b.from.slice(8) : null;
    return { ...a, to, implied: a.implied ? { m: mo, d: d1, endM: mo, endD: d2 } : undefined };
  },
};
/** `18 and 19 June`: the first day of a pair of days before a month (the second is a date of its own) */
const firstOfDayPair: Parser = {
  rule: "en.date.day-pair-first",
  digits: { min: 1, max: 2, next: "sntr " },
  triggers: [DIGIT],
  pattern: rx(
    `${L}(?<!between\\s+)${DAYN}(?=\\s+(?:and|&)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})${R})`,
  ),
  extract(m, ctx) {
    return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, null, monthOf(m[2]), Number(m[1]));
  },
};

const HOL = alt(Object.keys(w.holidays));

/** The weekend a holiday falls on or next to, holiday included: Labor Day (Mon) → Sat–Mon, Thanksgiving → Thu–Sun */
function holidayWeekend(day: Ymd): { from: string; to: string } {
  const wd = weekday(day);
  if (wd <= 2) return { from: isoDay(addDays(day, -(wd + 1))), to: isoDay(day) };
  if (wd === 7) return { from: isoDay(addDays(day, -1)), to: isoDay(day) };
  return { from: isoDay(day), to: isoDay(addDays(day, 7 - wd)) };
}

/** `labor day weekend`, `halloween weekend 2021`, `labor day 2021 weekend`, `the weekend of thanksgiving 2023` */
const holidayWeekendParser: Parser = {
  rule: "en.date.holiday-weekend",
  triggers: firstWords(["the", "weekend", ...Object.keys(w.holidays)]),
  pattern: rx(
    `${L}(?:(?:the\\s+)?weekend\\s+(?:of|of\\s+the)\\s+(${HOL})${R}(?:\\s+${YEAR4}(?!\\d))?|(${HOL})${R}(?:\\s+${YEAR4})?\\s+weekend(?:\\s+${YEAR4}(?!\\d))?${R})`,
  ),
  extract(m, ctx) {
    const rule = w.holidays[key((m[1] ?? m[3])!)]!;
    const stated = m[2] ?? m[4] ?? m[5];
    const start = m.index;
    const end = start + m[0].length;
    if (stated) {
      const d = holidayDay(rule, Number(stated));
      if (!d) return null;
      const r = holidayWeekend(d);
      return fixed(start, end, this.rule, r.from, r.to, "day");
    }
    return relative(ctx, { start, end, rule: this.rule }, "day", "year", (_r, future) => {
      const y = impliedYear(ctx.ref!, future(), (c) => holidayDay(rule, c));
      const d = holidayDay(rule, y);
      return d ? { ...holidayWeekend(d), grain: "day" } : { from: null, to: null, grain: "day" };
    });
  },
};

/** The Monday–Sunday week whose Thursday is the n-th (or, n < 0, the last) Thursday of a period. */
function nthWeek(first: Ymd, last: Ymd, n: number): { from: string; to: string } | null {
  const thu =
    n > 0
      ? addDays(first, ((4 - weekday(first) + 7) % 7) + (n - 1) * 7)
      : addDays(last, -((weekday(last) - 4 + 7) % 7) + (n + 1) * 7);
  if (compareYmd(thu, last) > 0 || compareYmd(thu, first) < 0) return null;
  const mon = addDays(thu, -3);
  return { from: isoDay(mon), to: isoDay(addDays(mon, 6)) };
}

const ORDNUM = `(${ORDW}|\\d{1,2}(?:st|nd|rd|th))`;
const ordOf = (s: string): number => (/^\d/.test(s) ? Number.parseInt(s, 10) : (ORD[key(s)] ?? 0));

/**
 * `3rd week of 2018`, `3rd week of Jan`, `the third week of this month`, `the third week next year`,
 * `first week of this year`, `the third month of 2021`, `the 9th month of next year`, `week 27 of last year`,
 * `1st week of Oct. on Friday`
 */
const nthUnitOf: Parser = {
  rule: "en.date.nth-unit-of",
  triggers: firstWords(["the", "week", ...Object.keys(ORD), "0"]),
  pattern: rx(
    `${L}(?:(?:the\\s+)?${ORDNUM}\\s+(week|month)|week\\s+(\\d{1,2}))\\s+(?:(?:of|in)\\s+)?(?:(${MONTH})${R}\\.?(?:\\s*,?\\s*${YEAR4}(?!\\d))?|${YEAR4}(?!\\d)|(${SHIFT})\\s+(year|month)${R})(?:\\s*,?\\s+on\\s+(${alt(Object.keys(w.weekdays))})${R})?`,
  ),
  extract(m, ctx) {
    const n = m[1] ? ordOf(m[1]) : Number(m[3]);
    // `1st week of Oct. on Friday`: that day of the week
    const wd = m[9] ? lookup(w.weekdays, m[9]) : undefined;
    const onDay = (r: { from: string; to: string }) =>
      wd
        ? { from: isoDay(addDays(parseIso(r.from), wd - 1)), to: isoDay(addDays(parseIso(r.from), wd - 1)) }
        : r;
    const unit = m[2] ? key(m[2]) : "week";
    const start = m.index;
    const end = start + m[0].length;
    const mo = m[4] ? monthOf(m[4]) : null;
    if (n === 0 || n < -1 || (wd && unit !== "week")) return null;
    if (m[4] && weakLower(m[4])) return null;
    const periodUnit = mo !== null ? "month" : m[8] ? key(m[8]) : "year";
    if (unit === "month" && (periodUnit !== "year" || n > 12 || n < 1)) return null;
    if (unit === "week" && m[3] && (periodUnit !== "year" || n > 53)) return null;
    if (unit === "week" && !m[3] && n > (periodUnit === "year" ? 53 : 5)) return null;
    const inYear = (y: number) => {
      if (unit === "month") return { from: isoMonth(y, n), to: isoMonth(y, n), grain: "month" as Grain };
      const r = nthWeek({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, n);
      return r ? { ...onDay(r), grain: "day" as Grain } : { from: null, to: null, grain: "day" as Grain };
    };
    const inMonth = (y: number, month: number) => {
      const r = nthWeek({ y, m: month, d: 1 }, { y, m: month, d: daysInMonth(y, month) }, n);
      return r ? { ...onDay(r), grain: "day" as Grain } : { from: null, to: null, grain: "day" as Grain };
    };
    const stated = m[5] ?? m[6];
    if (stated) {
      const r = mo !== null ? inMonth(Number(stated), mo) : inYear(Number(stated));
      return fixed(start, end, this.rule, r.from, r.to, r.grain);
    }
    const grain: Grain = unit === "month" ? "month" : "day";
    if (mo !== null) {
      return relative(ctx, { start, end, rule: this.rule }, grain, "year", (_r, future) =>
        inMonth(
          impliedYear(ctx.ref!, future(), (c) => ({ y: c, m: mo, d: 1 })),
          mo,
        ),
      );
    }
    const shift = SHIFTS[key(m[7]!)] ?? 0;
    return relative(
      ctx,
      { start, end, rule: this.rule },
      grain,
      periodUnit === "month" ? "month" : "year",
      (r) => {
        if (periodUnit === "year") return inYear(r.y + shift);
        const t = addMonths({ y: r.y, m: r.m, d: 1 }, shift);
        return inMonth(t.y, t.m);
      },
    );
  },
};

const COUNT = alt(Object.keys(w.counts).filter((k) => w.counts[k] !== null && !/^an?$/.test(k)));

/** `the first 2 weeks of 2021`, `the last 3 weeks of this year`, `the last four months of 2021`, `first ten days of last year` */
const periodEnds: Parser = {
  rule: "en.date.period-ends",
  triggers: firstWords(["the", ...Object.keys(enPeriodEnds)]),
  pattern: rx(
    `${L}(?:the\\s+)?(${alt(Object.keys(enPeriodEnds))})\\s+(\\d{1,2}|${COUNT})\\s+(days|weeks|months)\\s+of\\s+(?:${YEAR4}(?!\\d)|(${SHIFT})\\s+year${R})`,
  ),
  extract(m, ctx) {
    const side = enPeriodEnds[key(m[1]!)]!;
    const n = /^\d/.test(m[2]!) ? Number(m[2]) : (lookup(w.counts, m[2]) ?? 0);
    const unit = key(m[3]!);
    // a count that does not fit the period (`the last 20 months of 2023`) is no part of it: the year stands alone
    if (!n || n < 1 || n > (unit === "months" ? 12 : unit === "weeks" ? 52 : 365)) return null;
    const start = m.index;
    const end = start + m[0].length;
    const span = (y: number): { from: string | null; to: string | null; grain: Grain } => {
      if (unit === "months") {
        return side > 0
          ? { from: isoMonth(y, 1), to: isoMonth(y, n), grain: "month" }
          : { from: isoMonth(y, 13 - n), to: isoMonth(y, 12), grain: "month" };
      }
      if (unit === "days") {
        const first = { y, m: 1, d: 1 };
        const last = { y, m: 12, d: 31 };
        return side > 0
          ? { from: isoDay(first), to: isoDay(addDays(first, n - 1)), grain: "day" }
          : { from: isoDay(addDays(last, 1 - n)), to: isoDay(last), grain: "day" };
      }
      const edge = nthWeek({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, side);
      if (!edge) return { from: null, to: null, grain: "day" };
      if (side > 0)
        return { from: edge.from, to: isoDay(addDays(parseIso(edge.from), n * 7 - 1)), grain: "day" };
      return { from: isoDay(addDays(parseIso(edge.to), 1 - n * 7)), to: edge.to, grain: "day" };
    };
    if (m[4]) {
      const r = span(Number(m[4]));
      return fixed(start, end, this.rule, r.from, r.to, r.grain);
    }
    const shift = SHIFTS[key(m[5]!)] ?? 0;
    return relative(ctx, { start, end, rule: this.rule }, unit === "months" ? "month" : "day", "year", (r) =>
      span(r.y + shift),
    );
  },
};

function parseIso(iso: string): Ymd {
  const [y, mo, d] = iso.split("-").map(Number);
  return { y: y!, m: mo!, d: d! };
}

/** `20161016`, `report-20170302.html`: eight digits that form a valid year, month and day */
const compactDigits: Parser = {
  rule: "en.date.compact-digits",
  digits: { min: 8, max: 8, next: "" },
  triggers: [DIGIT],
  pattern: rx(`${L}(19\\d{2}|20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}]|[.,]\\d)`),
  extract(m, ctx) {
    return dayMaybeYear(
      ctx,
      m.index,
      m.index + m[0].length,
      this.rule,
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
    );
  },
};

/** `on 2016 10 16`: year, month and day with spaces, after `on` and before the end of a clause */
const spacedYmd: Parser = {
  rule: "en.date.spaced-ymd",
  digits: { min: 4, max: 4, next: " " },
  triggers: [DIGIT],
  pattern: rx(`(?<=${L}${CUE}\\s+)${YEAR4} (\\d{2}) (\\d{2})(?!\\d)${CLAUSE_END}`),
  extract(m, ctx) {
    return dayMaybeYear(
      ctx,
      m.index,
      m.index + m[0].length,
      this.rule,
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
    );
  },
};

const NW = w.yearNumberWords!;
const UNITW = alt(Object.keys(NW.units));
const N99 = `(?:${alt(Object.keys(NW.tens))}(?:[\\s-]+${UNITW})?|${alt(Object.keys(NW.teens))}|${UNITW})`;
/** `two hundred and sixty seven`: a number of hundreds in words */
const HUNDREDS = `${UNITW}\\s+${alt(NW.hundred)}(?:(?:\\s+${alt(NW.and)})?\\s+${N99})?`;

/** `year 247`, `the year 800`, `year two hundred and sixty seven`: a three-digit year needs the word `year` */
const shortYear: Parser = {
  rule: "en.date.short-year",
  triggers: ["year", "the"],
  pattern: rx(`${L}(?:the\\s+)?year\\s+(?:([1-9]\\d{2})|(${HUNDREDS}))(?![\\p{L}\\p{N}]|[.,]\\d)`),
  extract(m) {
    const iso = isoYear(m[1] ? Number(m[1]) : readYear(m[2]!, w));
    return fixed(m.index, m.index + m[0].length, this.rule, iso, iso, "year");
  },
};

/** `the EOY`: the end of the current year */
const partAbbreviation: Parser = {
  rule: "en.relative.part-abbreviation",
  triggers: ["the", ...Object.keys(enPartAbbreviations)],
  pattern: rx(`${L}(?:the\\s+)?(${alt(Object.keys(enPartAbbreviations))})${R}`),
  extract(m, ctx) {
    const part = enPartAbbreviations[key(m[1]!)]!;
    const f = relative(
      ctx,
      { start: m.index, end: m.index + m[0].length, rule: this.rule },
      part.unit,
      part.unit,
      (r) => {
        const iso = part.unit === "year" ? isoYear(r.y) : isoMonth(r.y, r.m);
        return { from: iso, to: iso, grain: part.unit };
      },
    );
    return { ...f, mod: part.mod };
  },
};

/**
 * `feb 30 2019`, `2016-2-30`, `2/29/2019`: a date form with a year whose day does not exist; the span is kept,
 * resolved to nothing, so that its year is not read alone (a valid day is left to the other parsers)
 */
const impossibleDay: Parser = {
  rule: "en.date.impossible-day",
  digits: { min: 1, max: 4, next: "-/" },
  triggers: [DIGIT, ...firstWords(Object.keys(w.months))],
  pattern: rx(
    `${L}(?:(${MONTH})${R}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*${YEAR4}|${YEAR4}-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})/(\\d{1,2})/${YEAR4})(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
  ),
  extract(m) {
    const [y, mo, d] = m[1]
      ? [Number(m[3]), monthOf(m[1]), Number(m[2])]
      : m[4]
        ? [Number(m[4]), Number(m[5]), Number(m[6])]
        : [Number(m[9]), Number(m[7]), Number(m[8])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || isValidDay(y, mo, d)) return null;
    return fixed(m.index, m.index + m[0].length, this.rule, null, null, "day");
  },
};

/** `15 April of 87`: a day and month with a two-digit year after `of`, at the end of a clause */
const dayMonthOfShortYear: Parser = {
  rule: "en.date.day-month-of-short-year",
  digits: { min: 1, max: 2, next: "" },
  triggers: [DIGIT],
  pattern: rx(`${L}(?<!\\d[.,])${DAYN}\\s+(${MONTH})${R}\\.?\\s+of\\s+['’]?(\\d{2})(?!\\d)${CLAUSE_END}`),
  extract(m, ctx) {
    const y = fullYear(Number(m[3]), 2);
    return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, y, monthOf(m[2]), Number(m[1]));
  },
};

/**
 * `on 29th`: an ordinal day after `on`, at the end of a clause or before a dash, is a day of the reference
 * month (the last such day not after it; the next in the future tense); `on 3rd reading` is no date
 */
const onOrdinalDay: Parser = {
  rule: "en.date.on-ordinal-day",
  digits: { min: 1, max: 2, next: "sntr" },
  triggers: [DIGIT],
  pattern: rx(`(?<=${L}${CUE}\\s+)(\\d{1,2})(?:st|nd|rd|th)(?=\\s*(?:[,;:!?)]|\\.(?!\\d)|\\s[-–]\\s|$))`),
  extract(m, ctx) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    return relative(
      ctx,
      { start: m.index, end: m.index + m[0].length, rule: this.rule },
      "day",
      "month",
      (r, future) => dayNearReference(r, d, future()),
    );
  },
};

/** `last Easter`, `the following Christmas`, `this thanksgiving`: the holiday's occurrence before, after or in the reference's year */
const shiftedHoliday: Parser = {
  rule: "en.date.holiday-shift",
  triggers: firstWords(["the", ...Object.keys(w.shifts)]),
  pattern: rx(`${L}(?:the\\s+)?(${alt(Object.keys(w.shifts))})\\s+(${HOL})${R}(?!\\s+(?:\\d|weekend))`),
  extract(m, ctx) {
    const shift = lookup(w.shifts, m[1]);
    const rule = w.holidays[key(m[2]!)]!;
    if (shift === undefined) return null;
    return relative(
      ctx,
      { start: m.index, end: m.index + m[0].length, rule: this.rule },
      "day",
      "day",
      (r) => {
        let day: Ymd | null = null;
        if (shift === 0) day = holidayDay(rule, r.y);
        else {
          // the last occurrence before the reference, or the first after it
          for (let k = 0; k <= 2 && !day; k++) {
            const c = holidayDay(rule, r.y + (shift < 0 ? -k : k));
            if (c && (shift < 0 ? compareYmd(c, r) < 0 : compareYmd(c, r) > 0)) day = c;
          }
        }
        return day
          ? { from: isoDay(day), to: isoDay(day), grain: "day" }
          : { from: null, to: null, grain: "day" };
      },
    );
  },
};

const DAYW = `(?:(\\d{1,2})(?:st|nd|rd|th)?|(${ORDW}))`;
const dayW = (num: string | undefined, word: string | undefined): number =>
  num !== undefined ? Number(num) : (lookup(ORD, word) ?? 0);

/** `from april twenty-seventh to the third`, `from March 28 to the 2nd`: a lower second day is in the next month */
const crossMonthDays: Parser = {
  rule: "en.range.cross-month-days",
  triggers: ["from"],
  pattern: rx(
    `${L}from\\s+(${MONTH})${R}\\.?\\s*(?:the\\s+)?${DAYW}\\s+(?:to|until|till|through)\\s+the\\s+${DAYW}${R}`,
  ),
  extract(m, ctx) {
    const mo = monthOf(m[1]);
    const d1 = dayW(m[2], m[3]);
    const d2 = dayW(m[4], m[5]);
    if (d1 < 1 || d2 < 1 || d2 >= d1) return null;
    const a = dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, null, mo, d1);
    if (!a?.from) return a;
    const next = addMonths({ y: Number(a.from.slice(0, 4)), m: mo, d: 1 }, 1);
    const to = isValidDay(next.y, next.m, d2) ? isoDay({ y: next.y, m: next.m, d: d2 }) : null;
    return { ...a, to, implied: undefined };
  },
};

export const enCalendarParsers: Parser[] = [
  crossMonthDays,
  shiftedHoliday,
  onOrdinalDay,
  dayMonthOfShortYear,
  impossibleDay,
  compactDigits,
  spacedYmd,
  shortYear,
  partAbbreviation,
  holidayWeekendParser,
  nthUnitOf,
  periodEnds,
  monthRange,
  numericDayRange,
  dayRangeOfMonth,
  monthDaysRange,
  firstOfDayPair,
  monthDayCompact,
  dayNameYear,
  dayDotMonthYear,
  numericCommaYear,
  cuedMonthDay,
  monthCommaOrdinal,
  yearMonth,
  yearShortMonth,
  decadeForms,
  yearComparison,
  yearOpenSigns,
];
