/**
 * @module Parsers for dates the text states on the calendar (`19. Juni 2024`, `2016-05`, `Frühjahr 2023`,
 * `Ostern 2020`), built from a language's word lists. A missing year is implied from the reference date.
 */
import type { Grain } from "../../core/annotations.js";
import {
  addDays,
  compareYmd,
  daysInMonth,
  easterSunday,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  mondayOf,
  nthWeekday,
  weekday,
  type Ymd,
} from "./calendar.js";
import {
  alt,
  DIGIT,
  firstWords,
  key,
  L,
  lastWord,
  lookup,
  ordinalWords,
  R,
  rx,
  wordAfter,
  wordBefore,
} from "./patterns.js";
import { fullYear, impliedYear, point, relative } from "./resolve.js";
import type { HolidayRule, TimeWords } from "./time-words.js";
import type { Ctx, Found, Parser } from "./types.js";
import { readYear, yearFirstWords, yearGroup } from "./year-words.js";

type Rule = string;

function fixed(start: number, end: number, rule: Rule, from: string, to: string, grain: Grain): Found {
  return { start, end, rule, from, to, grain, relative: false, mod: null };
}

/** A day whose year may be missing: explicit → fixed; missing → the implied year (past, or future by tense). */
export function dayMaybeYear(
  ctx: Ctx,
  start: number,
  end: number,
  rule: Rule,
  y: number | null,
  mo: number,
  d: number,
): Found | null {
  if (y !== null) {
    if (!isValidDay(y, mo, d)) return null;
    const iso = isoDay({ y, m: mo, d });
    return fixed(start, end, rule, iso, iso, "day");
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const found = relative(ctx, { start, end, rule }, "day", "year", (_r, future) => {
    const ref = ctx.ref!;
    const yy = impliedYear(ref, future(), (c) => (isValidDay(c, mo, d) ? { y: c, m: mo, d } : null));
    const iso = isValidDay(yy, mo, d) ? isoDay({ y: yy, m: mo, d }) : null;
    return { from: iso, to: iso, grain: "day" };
  });
  found.implied = { m: mo, d };
  return found;
}

/** A month whose year may be missing. */
export function monthMaybeYear(
  ctx: Ctx,
  start: number,
  end: number,
  rule: Rule,
  y: number | null,
  mo: number,
): Found | null {
  if (mo < 1 || mo > 12) return null;
  if (y !== null) return fixed(start, end, rule, isoMonth(y, mo), isoMonth(y, mo), "month");
  const found = relative(ctx, { start, end, rule }, "month", "year", (_r, future) => {
    const yy = impliedYear(ctx.ref!, future(), (c) => ({ y: c, m: mo, d: 1 }));
    return { from: isoMonth(yy, mo), to: isoMonth(yy, mo), grain: "month" };
  });
  found.implied = { m: mo, d: null };
  return found;
}

/** The day of a holiday in a year, or null if the rule cannot place it. */
export function holidayDay(rule: HolidayRule, y: number): Ymd | null {
  if ("fixed" in rule) return { y, m: rule.fixed[0], d: rule.fixed[1] };
  if ("easter" in rule) return addDays(easterSunday(y), rule.easter);
  if ("nthWeekday" in rule) {
    const day = nthWeekday(y, rule.nthWeekday[0], rule.nthWeekday[1], rule.nthWeekday[2]);
    return rule.plus ? addDays(day, rule.plus) : day;
  }
  // the first Sunday of Advent is the fourth Sunday before Christmas Day
  const xmas = { y, m: 12, d: 25 };
  const firstAdvent = addDays(xmas, -((weekday(xmas) % 7) + 21));
  if ("advent" in rule) return addDays(firstAdvent, (rule.advent - 1) * 7);
  return addDays(firstAdvent, rule.adventOffset);
}

/** The shared building blocks of one language's absolute parsers. */
export interface AbsoluteOptions {
  lang: string;
  /** how a numeric date orders its parts: German `19.06.2024` (dmy), American `6/19/2024` (mdy) */
  numericOrder: "dmy" | "mdy";
}

export function buildAbsoluteParsers(w: TimeWords, o: AbsoluteOptions): Parser[] {
  const p = o.lang;
  const MONTH = alt(Object.keys(w.months));
  const ORD = ordinalWords(w.ordinals, w.ordinalEndings);
  const ORDW = alt(Object.keys(ORD));
  const _WD = alt(Object.keys(w.weekdays));
  const weakMonths = new Set(w.weakMonths);
  const yearWords = alt(w.yearWords);
  const cueWords = new Set([
    ...w.articles,
    ...w.yearCues,
    ...Object.keys(w.mods),
    ...Object.keys(w.openers).filter((k) => !k.includes(" ")),
    ...w.rangeStarts.filter((k) => !k.includes(" ")),
    ...Object.keys(w.shifts),
  ]);
  const year4 = "(1\\d{3}|20\\d{2}|21\\d{2})";
  // a year in digits or words, for the parsers that read words (`June nineteen ninety six`)
  const yearW = yearGroup(w);
  const yearOf = (s: string) => readYear(s, w);
  /** [month, day] from the first and second number of a numeric date, in the language's order */
  // where the language's order gives no month (`22/04` in English), the other order is the reading
  const order = (first: number, second: number): [number, number] => {
    const [mo, d] = o.numericOrder === "dmy" ? [second, first] : [first, second];
    return mo > 12 && d <= 12 ? [d, mo] : [mo, d];
  };
  const parsers: Parser[] = [];

  // `2015/08/12`, `2015-08-12`, `2015.5.13`
  parsers.push({
    rule: `${p}.date.numeric-ymd`,
    digits: { min: 4, max: 4, next: "-/." },
    triggers: [DIGIT],
    pattern: rx(`${L}${year4}([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.,]\\d)${R}`),
    extract(m, ctx) {
      return dayMaybeYear(
        ctx,
        m.index,
        m.index + m[0].length,
        this.rule,
        Number(m[1]),
        Number(m[3]),
        Number(m[4]),
      );
    },
  });
  // `15.1.2011`, `21/04/2016`, `3-7-07`; the order of day and month is the language's
  parsers.push({
    rule: `${p}.date.numeric-dmy`,
    digits: { min: 1, max: 2, next: "./-" },
    triggers: [DIGIT],
    pattern: rx(`${L}(\\d{1,2})(\\.\\s?|/|-)(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)`),
    extract(m, ctx) {
      const raw = m[0];
      const [mo, d] = order(Number(m[1]), Number(m[3]));
      const y = fullYear(Number(m[4]), m[4]!.length);
      return dayMaybeYear(ctx, m.index, m.index + raw.length, this.rule, y, mo, d);
    },
  });
  // `2019-aug-01`, `2020/Sep/23`, `September-2020-23`: a year, a month name and a day
  parsers.push({
    rule: `${p}.date.ymd-name`,
    digits: { min: 4, max: 4, next: "-/" },
    triggers: [DIGIT, ...firstWords(Object.keys(w.months))],
    pattern: rx(
      `${L}(?:${year4}([-/])(${MONTH})\\2(\\d{1,2})|(${MONTH})([-/])${year4}\\6(\\d{1,2}))(?![\\d]|[.,]\\d)${R}`,
    ),
    extract(m, ctx) {
      const y = Number(m[1] ?? m[7]);
      const mo = lookup(w.months, m[3] ?? m[5])!;
      const d = Number(m[4] ?? m[8]);
      return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, y, mo, d);
    },
  });
  // `22.04.`, `29/2` — a day and month without a year
  parsers.push({
    rule: `${p}.date.numeric-dm`,
    digits: { min: 1, max: 2, next: "./" },
    triggers: [DIGIT],
    pattern: rx(
      o.numericOrder === "dmy"
        ? `${L}(?<![\\d][./-])(\\d{1,2})(?:\\.\\s?(\\d{1,2})(?:\\.(?!\\d)|(?<=\\.\\d{2})(?![\\d.,:]|\\s*uhr))|/(\\d{1,2})(?![\\d/]|[.,]\\d))`
        : `${L}(\\d{1,2})(?:/(\\d{1,2})(?![\\d/]|[.,]\\d))`,
    ),
    extract(m, ctx) {
      const second = Number(m[2] ?? m[3]);
      const [mo, d] = order(Number(m[1]), second);
      return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, null, mo, d);
    },
  });
  // `2016-05`, `05/2016`, `2016 . 05`: a month of a year
  parsers.push({
    rule: `${p}.date.numeric-month`,
    digits: { min: 1, max: 4, next: "-/.", skipSpaces: true },
    triggers: [DIGIT],
    pattern: rx(
      `${L}(?<!\\d\\s?[./-]\\s?)(?:${year4}\\s{0,2}([-/.])\\s{0,2}(\\d{2})|(\\d{1,2})\\s{0,2}([-/.])\\s{0,2}${year4})(?![\\d]|[.,]\\d)`,
    ),
    extract(m, ctx) {
      const y = Number(m[1] ?? m[6]);
      const mo = Number(m[3] ?? m[4]);
      // `2011/12` is more often a season of two years than December 2011
      if (m[1] && m[2] === "/" && mo === (y + 1) % 100) return null;
      if (m[1] && m[2] === "-" && mo > 12) return null;
      return monthMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, y, mo);
    },
  });
  // `Juni 2024`, `Aug. 2023`, `August 99`
  parsers.push({
    rule: `${p}.date.month-year`,
    triggers: firstWords(Object.keys(w.months)),
    pattern: rx(
      `${L}(${MONTH})${R}\\.?(?:\\s+(?:of|in))?(?:\\s*,?\\s*|[-/](?=\\d{4}))(?:${yearW}|['’](\\d{2})|(\\d{2})(?=\\s*(?:[.,;:!?)]|$)))(?!\\d)`,
    ),
    extract(m, ctx) {
      const mo = lookup(w.months, m[1])!;
      const y = m[2] ? yearOf(m[2]) : fullYear(Number(m[3] ?? m[4]), 2);
      return monthMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, y, mo);
    },
  });
  // `März` (after a cue for the words that are also names: `im August`), `diesen September`, `letzten Mai`
  const SHIFT = alt(Object.keys(w.shifts));
  parsers.push({
    rule: `${p}.date.month`,
    triggers: firstWords([...Object.keys(w.shifts), ...Object.keys(w.months)]),
    pattern: rx(`${L}(?:(${SHIFT})\\s+)?(${MONTH})${R}(?!\\.\\d)`),
    extract(m, ctx) {
      const name = key(m[2]!);
      const mo = w.months[name]!;
      const start = m.index;
      const end = start + m[0].length;
      const shift = lookup(w.shifts, m[1]);
      if (shift === undefined) {
        if (weakMonths.has(name) && !cueWords.has(wordBefore(ctx.text, start))) return null;
        return monthMaybeYear(ctx, start, end, this.rule, null, mo);
      }
      if (weakMonths.has(name) && name.length < 4) return null;
      // `letzten September` = the last September before the current month; `nächsten` the first after it
      return relative(ctx, { start, end, rule: `${this.rule}-shift` }, "month", "month", (r) => {
        let y = r.y;
        if (shift < 0) y = mo < r.m ? r.y + shift + 1 : r.y + shift;
        else if (shift > 0) y = mo > r.m ? r.y + shift - 1 : r.y + shift;
        return { from: isoMonth(y, mo), to: isoMonth(y, mo), grain: "month" };
      });
    },
  });
  // `im Jahr 2006`, `2006` — a bare number is a year only where the context says so (see isYearContext)
  parsers.push({
    rule: `${p}.date.year`,
    digits: { min: 4, max: 4, next: "" },
    triggers: firstWords([...w.yearWords, ...yearFirstWords(w), "0"]),
    pattern: rx(`${L}(?<!\\d[./])(?:(${yearWords})\\s+)?${yearW}(?![\\d]|[.,]\\d|\\s?\\d{3}(?!\\d))`),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      const numStart = end - m[2]!.length;
      const inWords = !/^\d/.test(m[2]!);
      // a year in words needs a cue before it: `in nineteen ninety six`, not `two thousand troops`
      if (inWords && !m[1] && !cueWords.has(wordBefore(ctx.text, start))) return null;
      if (!m[1] && !isYearContext(ctx.text, numStart, end, w, cueWords)) return null;
      const iso = isoYear(yearOf(m[2]!));
      return fixed(start, end, this.rule, iso, iso, "year");
    },
  });
  // `Frühjahr 2023`, `im Sommer`, `vergangenen Winter`, `Winter 2022/23`
  const SEASON = alt(Object.keys(w.seasons));
  parsers.push({
    rule: `${p}.date.season`,
    triggers: firstWords([...Object.keys(w.shifts), ...Object.keys(w.seasons)]),
    pattern: rx(
      `${L}(?:(${SHIFT})\\s+)?(${SEASON})${R}(?:\\s+(?:of\\s+|des\\s+jahres\\s+)?${yearW}(?:\\s*/\\s*(\\d{4}|\\d{2}))?(?!\\d))?`,
    ),
    extract(m, ctx) {
      const [a, b] = w.seasons[key(m[2]!)]!;
      const start = m.index;
      const end = start + m[0].length;
      const span = (y: number) => ({
        from: isoMonth(y, a),
        to: isoMonth(b < a ? y + 1 : y, b),
        grain: "season" as Grain,
      });
      if (m[3]) {
        const s = span(yearOf(m[3]));
        return fixed(start, end, this.rule, s.from, s.to, "season");
      }
      const shift = lookup(w.shifts, m[1]);
      if (shift === undefined && !cueWords.has(wordBefore(ctx.text, start))) return null;
      return relative(ctx, { start, end, rule: this.rule }, "season", "month", (r, future) => {
        // the season containing the reference, or the last (next) one
        const curY = r.m < a && b < a ? r.y - 1 : r.y;
        const contains = b < a ? r.m >= a || r.m <= b : r.m >= a && r.m <= b;
        let y: number;
        if (shift === undefined) {
          y = contains ? curY : future() ? (r.m < a ? r.y : r.y + 1) : r.m > b && b >= a ? r.y : r.y - 1;
        } else if (shift === 0) y = contains ? curY : r.y;
        else if (shift < 0) y = (r.m > b && b >= a ? r.y : r.y - 1) + shift + 1;
        else y = (r.m < a ? r.y : r.y + 1) + shift - 1;
        return span(y);
      });
    },
  });
  // `im dritten Quartal 2023`, `Q3 2023`, `im ersten Halbjahr`
  const QW = alt(w.quarterWords);
  const HW = alt(w.halfWords);
  parsers.push({
    rule: `${p}.date.quarter`,
    digits: { min: 1, max: 1, next: "." },
    triggers: firstWords([...Object.keys(ORD), "0", "q", "h"]),
    pattern: rx(
      `${L}(?:(${ORDW})|(\\d)\\.)\\s+(?:(${QW})|(${HW}))${R}(?:\\s+(?:des\\s+jahres\\s+|of\\s+)?${yearW}(?!\\d))?|${L}([QH])([1-4])\\s*/?\\s*${year4}(?!\\d)`,
    ),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      const isHalf = Boolean(m[4]) || m[6]?.toUpperCase() === "H";
      const n = m[7] ? Number(m[7]) : m[1] ? lookup(ORD, m[1]) : Number(m[2]);
      const max = isHalf ? 2 : 4;
      if (n === undefined || n === 0 || n > max) return null;
      const len = isHalf ? 6 : 3;
      const grain: Grain = isHalf ? "half" : "quarter";
      const make = (y: number, k: number) => ({
        from: isoMonth(y, (k - 1) * len + 1),
        to: isoMonth(y, k * len),
        grain,
      });
      const yStated = m[5] ?? m[8];
      // `letzten Quartal` without a year is the quarter before the current one (relative.unit)
      if (n < 0 && !yStated) return null;
      const k = n < 0 ? max : n;
      if (yStated) {
        const s = make(yearOf(yStated), k);
        return fixed(start, end, this.rule, s.from, s.to, grain);
      }
      return relative(ctx, { start, end, rule: this.rule }, grain, "year", (r, future) => {
        const y = impliedYear(ctx.ref!, future(), (c) => ({ y: c, m: (k - 1) * len + 1, d: 1 }));
        return make(ctx.ref!.precision === "year" ? r.y : y, k);
      });
    },
  });
  // `2017 Q1`, `2019-q1`, `2016H2`, `Q1-2019`, `Q3` (a half needs its year: `H2` alone is often hydrogen)
  parsers.push({
    rule: `${p}.date.quarter-code`,
    triggers: ["q", "h", DIGIT],
    digits: { min: 4, max: 4, next: "-/QqHh", skipSpaces: true },
    pattern: rx(`${L}(?:${year4}\\s*[-/]?\\s*([QH])([1-4])|([QH])([1-4])(?:\\s*[-/]?\\s*${year4})?)${R}`),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      const letter = (m[2] ?? m[4])!.toUpperCase();
      const n = Number(m[3] ?? m[5]);
      const yStated = m[1] ?? m[6];
      const isHalf = letter === "H";
      if (isHalf && (n > 2 || !yStated)) return null;
      const len = isHalf ? 6 : 3;
      const grain: Grain = isHalf ? "half" : "quarter";
      if (yStated) {
        const y = Number(yStated);
        return fixed(start, end, this.rule, isoMonth(y, (n - 1) * len + 1), isoMonth(y, n * len), grain);
      }
      return relative(ctx, { start, end, rule: this.rule }, grain, "year", (r, future) => {
        const y = impliedYear(ctx.ref!, future(), (c) => ({ y: c, m: (n - 1) * len + 1, d: 1 }));
        const yy = ctx.ref!.precision === "year" ? r.y : y;
        return { from: isoMonth(yy, (n - 1) * len + 1), to: isoMonth(yy, n * len), grain };
      });
    },
  });
  // ISO week numbers: `KW 31`, `week 10`, `week 3 of 2027` (the year of the reference when none is stated)
  if (w.weekNumberWords?.length) {
    const joins = w.weekNumberYearJoins?.length ? `(?:${alt(w.weekNumberYearJoins)}\\s+)?` : "";
    parsers.push({
      rule: `${p}.date.iso-week`,
      triggers: firstWords(w.weekNumberWords),
      pattern: rx(
        `${L}(?:${alt(w.weekNumberWords)})\\s*(\\d{1,2})${R}(?:\\s*[,/]?\\s*${joins}${year4}(?!\\d))?`,
      ),
      extract(m, ctx) {
        const start = m.index;
        const end = start + m[0].length;
        const n = Number(m[1]);
        if (n < 1 || n > 53) return null;
        const week = (y: number) => {
          const mon = addDays(mondayOf({ y, m: 1, d: 4 }), (n - 1) * 7);
          return { from: isoDay(mon), to: isoDay(addDays(mon, 6)), grain: "day" as Grain };
        };
        if (m[2]) {
          const r = week(Number(m[2]));
          return fixed(start, end, this.rule, r.from, r.to, "day");
        }
        return relative(ctx, { start, end, rule: this.rule }, "day", "year", (r) => week(r.y));
      },
    });
  }
  // `the first week of 2015`, `last week of July`: weeks counted as ISO weeks are, by where their Thursday lies
  if (w.weekWords?.length && w.weekNumberYearJoins?.length) {
    const ARTICLE = w.articles.length ? `(?:${alt(w.articles)}\\s+)?` : "";
    parsers.push({
      rule: `${p}.date.nth-week-of`,
      triggers: firstWords([...Object.keys(ORD), ...w.articles]),
      pattern: rx(
        `${L}${ARTICLE}(${ORDW})\\s+${alt(w.weekWords)}\\s+${alt(w.weekNumberYearJoins)}\\s+(?:(${MONTH})${R}(?:\\s+${yearW})?|${yearW})(?!\\d)`,
      ),
      extract(m, ctx) {
        const start = m.index;
        const end = start + m[0].length;
        const n = lookup(ORD, m[1])!;
        if (n === 0 || n > 5) return null;
        const mo = m[2] ? lookup(w.months, m[2])! : null;
        const weekIn = (y: number): { from: string; to: string; grain: Grain } | null => {
          // the Thursdays of the period: the first on or after its first day, the last on or before its last day
          const first: Ymd = mo ? { y, m: mo, d: 1 } : { y, m: 1, d: 1 };
          const last: Ymd = mo ? { y, m: mo, d: daysInMonth(y, mo) } : { y, m: 12, d: 31 };
          const thu =
            n > 0
              ? addDays(first, ((4 - weekday(first) + 7) % 7) + (n - 1) * 7)
              : addDays(last, -((weekday(last) - 4 + 7) % 7));
          if (compareYmd(thu, last) > 0) return null;
          const mon = addDays(thu, -3);
          return { from: isoDay(mon), to: isoDay(addDays(mon, 6)), grain: "day" };
        };
        const yStated = m[3] ?? m[4];
        if (yStated) {
          const r = weekIn(yearOf(yStated));
          return r ? fixed(start, end, this.rule, r.from, r.to, "day") : null;
        }
        if (!mo) return null;
        return relative(ctx, { start, end, rule: this.rule }, "day", "year", (_r, future) => {
          const y = impliedYear(ctx.ref!, future(), (c) => ({ y: c, m: mo, d: 1 }));
          return weekIn(y) ?? { from: null, to: null, grain: "day" };
        });
      },
    });
  }
  // `the first Friday of July`, `third Tuesday` (of the reference's month), `the last Sunday of March 2024`
  if (w.weekNumberYearJoins?.length) {
    const ARTICLE = w.articles.length ? `(?:${alt(w.articles)}\\s+)?` : "";
    const ALLWD = alt(Object.keys(w.weekdays).filter((k) => !w.weakWeekdays.includes(k)));
    const articleSet = new Set(w.articles.map(key));
    parsers.push({
      rule: `${p}.date.nth-weekday`,
      triggers: firstWords([...Object.keys(ORD), ...w.articles]),
      pattern: rx(
        `${L}${ARTICLE}(${ORDW})\\s+(${ALLWD})${R}(?:\\s+${alt(w.weekNumberYearJoins)}\\s+(${MONTH})${R}(?:\\s*,?\\s*${yearW}(?!\\d))?)?`,
      ),
      extract(m, ctx) {
        const start = m.index;
        const end = start + m[0].length;
        const n = lookup(ORD, m[1])!;
        if (n === 0 || n > 5) return null;
        const wd = lookup(w.weekdays, m[2])!;
        const mo = m[3] ? lookup(w.months, m[3])! : null;
        // `last Friday` without a month is the previous Friday (relative.weekday)
        if (n < 0 && !mo) return null;
        // `the first Sunday` (of a campaign, a season…) names no month: only a bare `third Tuesday` is this month's
        if (!mo && (!lookup(ORD, m[0].split(/\s+/)[0]!) || articleSet.has(lastWord(ctx.text, start))))
          return null;
        const nth = (y: number, month: number): Ymd | null => {
          const day = nthWeekday(y, month, wd, n);
          return day.m === month ? day : null;
        };
        if (mo && m[4]) {
          const day = nth(yearOf(m[4]!), mo);
          return day ? fixed(start, end, this.rule, isoDay(day), isoDay(day), "day") : null;
        }
        if (mo) {
          return relative(ctx, { start, end, rule: this.rule }, "day", "year", (_r, future) => {
            const y = impliedYear(ctx.ref!, future(), (c) => nth(c, mo));
            const day = nth(y, mo);
            return day ? point(day, "day") : { from: null, to: null, grain: "day" };
          });
        }
        return relative(ctx, { start, end, rule: this.rule }, "day", "day", (r) => {
          const day = nth(r.y, r.m);
          return day ? point(day, "day") : { from: null, to: null, grain: "day" };
        });
      },
    });
  }
  // `Ostern 2020`, `Weihnachten`, `Muttertag im Jahr 2019`
  const HOL = alt(Object.keys(w.holidays));
  parsers.push({
    rule: `${p}.date.holiday`,
    digits: { min: 1, max: 1, next: "." },
    triggers: firstWords(Object.keys(w.holidays)),
    pattern: rx(
      `${L}(${HOL})${R}(?:\\s+(?:(?:im|in)\\s+(?:${yearWords})\\s+|of\\s+)?${yearW}(?!\\d)|\\s+(?:(?:im|in|of)\\s+)?(${SHIFT})\\s+(?:${yearWords})${R})?`,
    ),
    extract(m, ctx) {
      const rule = w.holidays[key(m[1]!)]!;
      const start = m.index;
      const end = start + m[0].length;
      if (m[2]) {
        const d = holidayDay(rule, yearOf(m[2]!));
        if (!d) return null;
        return fixed(start, end, this.rule, isoDay(d), isoDay(d), "day");
      }
      const shift = lookup(w.shifts, m[3]);
      if (shift !== undefined) {
        return relative(ctx, { start, end, rule: this.rule }, "day", "year", (r) => {
          const d = holidayDay(rule, r.y + shift);
          return d
            ? { from: isoDay(d), to: isoDay(d), grain: "day" }
            : { from: null, to: null, grain: "day" };
        });
      }
      return relative(ctx, { start, end, rule: this.rule }, "day", "year", (_r, future) => {
        const y = impliedYear(ctx.ref!, future(), (c) => holidayDay(rule, c));
        const d = holidayDay(rule, y);
        return d ? { from: isoDay(d), to: isoDay(d), grain: "day" } : { from: null, to: null, grain: "day" };
      });
    },
  });
  return parsers;
}

/** Where the word before `at` starts (spaces skipped), as `wordBefore` reads it. */
function startOfWordBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0" || text[i] === "\t")) i--;
  while (i >= 0 && /[\p{L}\p{N}.-]/u.test(text[i] ?? "")) i--;
  return i + 1;
}

/**
 * Is the four-digit number at [start, end) a year? Yes after a cue (`im`, `seit`, `bis`, `Ende`), at the
 * start of a sentence or before a verb; no after a count cue (`rund 2000`) or before a unit (`2000 km`)
 * or, in a language that capitalises nouns, before a noun (`2000 Soldaten`).
 * Example: `Seit 2014 Soldaten` is a year; `bis zu 2000 Soldaten` is not.
 */
export function isYearContext(
  text: string,
  start: number,
  end: number,
  w: TimeWords,
  cueWords: Set<string>,
): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const afterLower = after.toLowerCase();
  if (afterLower && w.notYearAfter.includes(afterLower)) return false;
  if (/^[%€$]/.test(text.slice(end).trimStart())) return false;
  if (before && w.countCues.includes(before)) return false;
  // a count cue of two words: `mehr als 2000 Drohnen`, `weniger als 1000 Container`
  if (before && w.countCues.includes(`${wordBefore(text, startOfWordBefore(text, start))} ${before}`))
    return false;
  if (before && cueWords.has(before)) return true;
  if (!after) return true;
  if (w.yearFollowers.includes(afterLower)) return true;
  const first = after[0]!;
  const capital = first !== first.toLowerCase();
  if (w.nounsCapitalised) return !capital && !/^\d/.test(after);
  return false;
}
