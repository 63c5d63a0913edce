/** @module English absolute dates: `June 19, 2024`, `19 June 2024`, `between June 8 and 13`, `the 1990s`, `the 19th century`. */
import { enTime } from "../../../lang/en/time.js";
import { enOrdinalDayFollowers } from "../../../lang/en/time-calendar.js";
import { buildAbsoluteParsers, dayMaybeYear } from "../absolute.js";
import { addMonths, isoDay, isValidDay, nthWeekday, yearsSpan } from "../calendar.js";
import { alt, DIGIT, firstWords, key, L, lookup, ordinalWords, R, rx } from "../patterns.js";
import { dayNearReference, relative } from "../resolve.js";
import type { Found, Parser } from "../types.js";
import { cardinalDayWords, readYear, yearGroup } from "../year-words.js";
import { enCalendarParsers } from "./en-calendar.js";

const w = enTime;
const MONTH = alt(Object.keys(w.months));
// a day may be an ordinal (`the twenty-first`) or a cardinal of 10–31 in words (`January twenty five`)
const ORD = { ...ordinalWords(w.ordinals, w.ordinalEndings), ...cardinalDayWords(w) };
const ORDW = alt(Object.keys(ORD));
const WD = alt(Object.keys(w.weekdays));
const YEAR = yearGroup(w);
const yearOf = (s: string | undefined): number | null => (s ? readYear(s, w) : null);
const DAY = `(?:(\\d{1,2})(?:st|nd|rd|th)?|(${ORDW}))`;

const dayOf = (num: string | undefined, word: string | undefined): number =>
  num !== undefined ? Number(num) : (lookup(ORD, word) ?? 0);

/** `June 19, 2024`, `Tuesday, June 19th`, `Sep. 5` */
const monthDay: Parser = {
  rule: "en.date.month-day",
  triggers: firstWords([...Object.keys(w.weekdays), ...Object.keys(w.months), "the"]),
  pattern: rx(
    `${L}(?:(${WD})\\.?\\s*,?\\s*)?(?:the\\s+)?(${MONTH})${R}\\.?\\s*(?:the\\s+)?${DAY}${R}(?!\\s*(?:[:.]\\d|%|\\s*(?:am|pm)${R}))(?:\\s*,?\\s*(?:(?:in|of)\\s+)?${YEAR}(?!\\d))?`,
  ),
  extract(m, ctx) {
    const d = dayOf(m[3], m[4]);
    if (d <= 0) return null;
    const mo = lookup(w.months, m[2])!;
    // `may 5` is the month only with a capital or a year
    if (key(m[2]!) === "may" && m[2] === "may" && !m[5]) return null;
    return dayMaybeYear(ctx, m.index, m.index + m[0].length, this.rule, yearOf(m[5]), mo, d);
  },
};

/** `19 June 2024`, `the 19th of June`, `Friday, 19 June`, `the 15th day of June` (not the decimals of `6,107.31 August`) */
const dayMonth: Parser = {
  rule: "en.date.day-month",
  digits: { min: 1, max: 2, next: "" },
  triggers: firstWords([...Object.keys(w.weekdays), ...Object.keys(ORD), "the", "0"]),
  pattern: rx(
    `${L}(?<!\\d[.,])(?:(${WD})\\.?\\s*,?\\s*)?(?:the\\s+)?${DAY}\\s*(?:day\\s+of\\s+|of\\s+)?(${MONTH})${R}\\.?(?:\\s*,?\\s*(?:(?:in|of)\\s+)?${YEAR}(?!\\d))?`,
  ),
  extract(m, ctx) {
    const d = dayOf(m[2], m[3]);
    if (d <= 0) return null;
    const mo = lookup(w.months, m[4])!;
    let end = m.index + m[0].length;
    if (!m[5] && m[0].endsWith(".") && !/\.$/.test(m[4]!)) end -= 1;
    return dayMaybeYear(ctx, m.index, end, this.rule, yearOf(m[5]), mo, d);
  },
};

/** `between June 8 and 13`, `June 8-13, 2024`, `from the 3rd to the 12th of September`, `8-13 June` */
const dayRange: Parser = {
  rule: "en.range.days",
  digits: { min: 1, max: 2, next: "" },
  triggers: firstWords(["between", "from", "the", ...Object.keys(w.months), ...Object.keys(ORD), "0"]),
  pattern: rx(
    `${L}(?:(between|from)\\s+)?(?:(${MONTH})${R}\\.?\\s*(?:the\\s+)?${DAY}\\s*(?:-|–|to|and|through|until|till)\\s*(?:the\\s+)?${DAY}${R}|(?:the\\s+)?${DAY}\\s*(?:-|–|to|and|through|until|till)\\s*(?:the\\s+)?${DAY}\\s*(?:of\\s+)?(${MONTH})${R}\\.?)(?:\\s*,?\\s*${YEAR}(?!\\d))?`,
  ),
  extract(m, ctx): Found | null {
    const mo = lookup(w.months, m[2] ?? m[11]);
    if (mo === undefined) return null;
    const d1 = m[2] ? dayOf(m[3], m[4]) : dayOf(m[7], m[8]);
    const d2 = m[2] ? dayOf(m[5], m[6]) : dayOf(m[9], m[10]);
    if (d1 <= 0 || d2 <= 0 || d2 < d1) return null;
    // `and` joins the days only after `between` (a year in words may hold an `and` of its own)
    const days = m[12] ? m[0].slice(0, m[0].lastIndexOf(m[12])) : m[0];
    if (/\band\b/i.test(days) && m[1]?.toLowerCase() !== "between") return null;
    const y = yearOf(m[12]);
    const end = m.index + m[0].length;
    const a = dayMaybeYear(ctx, m.index, end, this.rule, y, mo, d1);
    const b = dayMaybeYear(ctx, m.index, end, this.rule, y, mo, d2);
    if (!a || !b) return null;
    const to = a.from && b.from ? a.from.slice(0, 8) + b.from.slice(8) : null;
    return { ...a, to, implied: a.implied ? { m: mo, d: d1, endM: mo, endD: d2 } : undefined };
  },
};

/** `the 1990s`, `the '90s`, `the nineties`, `1960s` */
const decade: Parser = {
  rule: "en.date.decade",
  digits: { min: 2, max: 4, next: "s'’" },
  triggers: firstWords([...Object.keys(w.decadeWords), "0"]),
  pattern: rx(`${L}(?:(\\d{4})['’]?s|(?<=['’])(\\d{2})s|(${alt(Object.keys(w.decadeWords))}))${R}`),
  extract(m) {
    let start: number;
    if (m[1]) start = Number(m[1]);
    else if (m[2]) start = 1900 + Number(m[2]);
    else {
      const v = w.decadeWords[key(m[3]!)]!;
      start = v === 0 ? 2000 : 1900 + v;
    }
    if (start % 10 !== 0) return null;
    return yearsSpan(m.index, m.index + m[0].length, this.rule, start, "decade");
  },
};

/** `the 19th century` */
const century: Parser = {
  rule: "en.date.century",
  digits: { min: 1, max: 2, next: "snrt" },
  triggers: [DIGIT],
  pattern: rx(`${L}(\\d{1,2})(?:st|nd|rd|th)[\\s-]+centur(?:y|ies)${R}`),
  extract(m) {
    const n = Number(m[1]);
    if (n < 1 || n > 22) return null;
    return yearsSpan(m.index, m.index + m[0].length, this.rule, (n - 1) * 100, "century");
  },
};

const ORDINAL_DAY_FOLLOWERS = alt(enOrdinalDayFollowers);

/**
 * `the 27th`, `on the 3rd`: a day of the reference month (the last such day not after it); followed by
 * a word, only by one of the data's day followers (`the 11th Corps` is no date)
 */
const theDay: Parser = {
  rule: "en.date.the-day",
  triggers: ["the"],
  pattern: rx(
    `the\\s+(\\d{1,2})(st|nd|rd|th)?(?=\\s*(?:[.,;:!?)]|$)|(?<=\\d(?:st|nd|rd|th))(?=\\s+(?:${ORDINAL_DAY_FOLLOWERS})${R}|\\s*[-–—(]))`,
  ),
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

const SHIFT = alt(Object.keys(w.shifts));

/** `the 20th of next month`, `the 15th day of the month`, `the 21st this month`: a day of a month near the reference */
const dayOfShiftedMonth: Parser = {
  rule: "en.date.day-of-month-shift",
  digits: { min: 1, max: 2, next: "" },
  triggers: firstWords([...Object.keys(ORD), "the", "0"]),
  pattern: rx(`${L}(?:the\\s+)?${DAY}\\s+(?:day\\s+)?(?:of\\s+)?(?:the|(${SHIFT}))\\s+month${R}`),
  extract(m, ctx) {
    const d = dayOf(m[1], m[2]);
    if (d <= 0) return null;
    const shift = m[3] ? (lookup(w.shifts, m[3]) ?? 0) : 0;
    return relative(
      ctx,
      { start: m.index, end: m.index + m[0].length, rule: this.rule },
      "day",
      "month",
      (r) => {
        const t = addMonths({ y: r.y, m: r.m, d: 1 }, shift);
        const iso = isValidDay(t.y, t.m, d) ? isoDay({ y: t.y, m: t.m, d }) : null;
        return { from: iso, to: iso, grain: "day" };
      },
    );
  },
};

/** `the first Friday of next month`, `the third Wednesday of previous month`, `the last Monday of this month` */
const weekdayOfShiftedMonth: Parser = {
  rule: "en.date.weekday-of-month-shift",
  triggers: firstWords([...Object.keys(w.ordinals), "the"]),
  pattern: rx(
    `${L}(?:the\\s+)?(${alt(Object.keys(w.ordinals))})\\s+(${WD})\\s+of\\s+(?:the|(${SHIFT}))\\s+month${R}`,
  ),
  extract(m, ctx) {
    const n = lookup(w.ordinals, m[1]) ?? 0;
    const wd = lookup(w.weekdays, m[2])!;
    if (n === 0 || n > 5) return null;
    const shift = m[3] ? (lookup(w.shifts, m[3]) ?? 0) : 0;
    return relative(
      ctx,
      { start: m.index, end: m.index + m[0].length, rule: this.rule },
      "day",
      "month",
      (r) => {
        const t = addMonths({ y: r.y, m: r.m, d: 1 }, shift);
        const day = nthWeekday(t.y, t.m, wd, n);
        const iso = day.m === t.m ? isoDay(day) : null;
        return { from: iso, to: iso, grain: "day" };
      },
    );
  },
};

export const enAbsoluteParsers: Parser[] = [
  ...enCalendarParsers,
  weekdayOfShiftedMonth,
  dayOfShiftedMonth,
  dayRange,
  monthDay,
  dayMonth,
  theDay,
  decade,
  century,
  ...buildAbsoluteParsers(w, { lang: "en", numericOrder: "mdy" }),
];
