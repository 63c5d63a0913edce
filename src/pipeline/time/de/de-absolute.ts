/** @module German absolute dates: `19. Juni 2024`, `zwischen 8. und 13. Oktober`, `in den 1960er Jahren`, `im 19. Jahrhundert`. */
import { deTime } from "../../../lang/de/time.js";
import { buildAbsoluteParsers, dayMaybeYear } from "../absolute.js";
import { isoDay, yearsSpan } from "../calendar.js";
import { alt, DIGIT, firstWords, key, L, lookup, ordinalWords, R, rx } from "../patterns.js";
import { relative } from "../resolve.js";
import type { Found, Parser } from "../types.js";

const w = deTime;
const MONTH = alt(Object.keys(w.months));
const ORD = ordinalWords(w.ordinals, w.ordinalEndings);
const ORDW = alt(Object.keys(ORD));
const WD = alt(Object.keys(w.weekdays));
const YEAR = "(1\\d{3}|20\\d{2}|21\\d{2})";
const DAY = `(?:(\\d{1,2})\\.|(${ORDW}))`;

const dayOf = (num: string | undefined, word: string | undefined): number =>
  num !== undefined ? Number(num) : (lookup(ORD, word) ?? 0);

/** `19. Juni 2024`, `Montag, den 15. Januar 2017`, `28.Oktober`, `ersten Januar` */
const dayMonth: Parser = {
  rule: "de.date.day-month",
  digits: { min: 1, max: 2, next: "." },
  triggers: firstWords([...Object.keys(w.weekdays), ...Object.keys(ORD), "0"]),
  pattern: rx(
    `${L}(?:(${WD})\\.?\\s*,?\\s*(?:(?:der|den)\\s+)?)?${DAY}\\s*(?:(?:des|im)\\s+)?(${MONTH})${R}\\.?(?:\\s*,?\\s*${YEAR}(?!\\d))?`,
  ),
  extract(m, ctx) {
    const d = dayOf(m[2], m[3]);
    if (d <= 0) return null;
    const mo = lookup(w.months, m[4])!;
    const y = m[5] ? Number(m[5]) : null;
    let end = m.index + m[0].length;
    // a trailing dot belongs to the sentence unless a year follows
    if (!m[5] && m[0].endsWith(".") && !/\.$/.test(m[4]!)) end -= 1;
    return dayMaybeYear(ctx, m.index, end, this.rule, y, mo, d);
  },
};

/** `siebter 4.`, `7. vierter 2016`, `Donnerstag, den siebten vierten`: the month as an ordinal too */
const dayMonthOrdinal: Parser = {
  rule: "de.date.day-month-ordinal",
  digits: { min: 1, max: 2, next: "." },
  triggers: firstWords([...Object.keys(w.weekdays), ...Object.keys(ORD), "0"]),
  pattern: rx(
    `${L}(?:(${WD})\\.?\\s*,?\\s*(?:(?:der|den)\\s+)?)?(?:(\\d{1,2})\\.|(${ORDW}))\\s*/?\\s*(?:(\\d{1,2})\\.|(${ORDW}))(?:\\s+${YEAR}(?!\\d))?`,
  ),
  extract(m, ctx) {
    if (!m[3] && !m[5]) return null;
    const d = dayOf(m[2], m[3]);
    const mo = dayOf(m[4], m[5]);
    if (d <= 0 || mo <= 0 || mo > 12) return null;
    const end = m.index + m[0].length;
    return dayMaybeYear(ctx, m.index, end, this.rule, m[6] ? Number(m[6]) : null, mo, d);
  },
};

/** `Dienstag, der 25.` — a weekday and a day of the reference month */
const weekdayDay: Parser = {
  rule: "de.date.weekday-day",
  triggers: firstWords(Object.keys(w.weekdays)),
  pattern: rx(`${L}(${WD})\\s*,?\\s*(?:der|den)\\s+(\\d{1,2})\\.(?!\\s*\\d)`),
  extract(m, ctx) {
    const d = Number(m[2]);
    const start = m.index;
    const end = start + m[0].length - 1;
    return relative(ctx, { start, end, rule: this.rule }, "day", "month", (r, future) => {
      let t = { y: r.y, m: r.m, d };
      if (future() && d < r.d) t = { y: r.m === 12 ? r.y + 1 : r.y, m: (r.m % 12) + 1, d };
      return { from: isoDay(t), to: isoDay(t), grain: "day" };
    });
  },
};

/**
 * `zwischen 8. und 13. Oktober`, `vom 3. bis zum 12. September 2023`, `vom 4. bis zum 23.` (month of the
 * reference), `19.-20. November`: two days sharing the month that follows them.
 */
/** the word that opens a day range, just before its first day: `zwischen dem`, `vom` */
const LEAD = /(?<![\p{L}])(zwischen|vom|von)\s+(?:dem\s+)?$/iu;

const dayRange: Parser = {
  rule: "de.range.days",
  digits: { min: 1, max: 2, next: "." },
  // tried at the first day, not at the frequent `von`; the lead word is taken from the text before
  triggers: firstWords([...Object.keys(ORD), "0"]),
  pattern: rx(
    `${L}${DAY}\\s*(?:(bis|und|-|–)\\s*(?:(?:zum|dem|den)\\s+)?)${DAY}(?:\\s*(${MONTH})${R}\\.?(?:\\s*${YEAR}(?!\\d))?)?`,
  ),
  extract(m, ctx): Found | null {
    const before = LEAD.exec(ctx.text.slice(Math.max(0, m.index - 20), m.index));
    const lead = before?.[1]?.toLowerCase();
    const join = m[3]!.toLowerCase();
    if (join === "und" && lead !== "zwischen") return null;
    const d1 = dayOf(m[1], m[2]);
    const d2 = dayOf(m[4], m[5]);
    if (d1 <= 0 || d2 <= 0 || d2 < d1) return null;
    const start = before ? m.index - before[0].length : m.index;
    let end = m.index + m[0].length;
    const monthWord = m[6];
    if (!monthWord) {
      if (!lead) return null;
      // no month: the month of the reference
      return relative(ctx, { start, end, rule: `${this.rule}-no-month` }, "day", "month", (r) => ({
        from: isoDay({ y: r.y, m: r.m, d: d1 }),
        to: isoDay({ y: r.y, m: r.m, d: d2 }),
        grain: "day",
      }));
    }
    if (!m[7] && m[0].endsWith(".") && !monthWord.endsWith(".")) end -= 1;
    const mo = lookup(w.months, monthWord)!;
    const y = m[7] ? Number(m[7]) : null;
    const a = dayMaybeYear(ctx, start, end, this.rule, y, mo, d1);
    const b = dayMaybeYear(ctx, start, end, this.rule, y, mo, d2);
    if (!a || !b) return null;
    const to = a.from && b.from ? a.from.slice(0, 8) + b.from.slice(8) : null;
    return { ...a, to, implied: a.implied ? { m: mo, d: d1, endM: mo, endD: d2 } : undefined };
  },
};

/** `im November zwischen dem 19. und dem 20.` — month first */
const monthDayRange: Parser = {
  rule: "de.range.month-days",
  triggers: firstWords(Object.keys(w.months)),
  pattern: rx(
    `${L}(${MONTH})${R}\\s*(?:(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?![\\d.])|zwischen\\s+(?:dem\\s+)?(\\d{1,2})\\.\\s*und\\s+(?:dem\\s+)?(\\d{1,2})\\.)`,
  ),
  extract(m, ctx) {
    const mo = lookup(w.months, m[1])!;
    const d1 = Number(m[2] ?? m[4]);
    const d2 = Number(m[3] ?? m[5]);
    if (d2 < d1) return null;
    const end = m.index + m[0].length;
    const a = dayMaybeYear(ctx, m.index, end, this.rule, null, mo, d1);
    const b = dayMaybeYear(ctx, m.index, end, this.rule, null, mo, d2);
    if (!a || !b) return null;
    return { ...a, to: b.from, implied: { m: mo, d: d1, endM: mo, endD: d2 } };
  },
};

/** `in den 1960er Jahren`, `der 90er-Jahre`, `die Neunzigerjahre`, `die zweitausender` */
const DECADE_WORD = alt(Object.keys(w.decadeWords));
const decade: Parser = {
  rule: "de.date.decade",
  digits: { min: 2, max: 4, next: "eE" },
  triggers: firstWords([...Object.keys(w.decadeWords), "0"]),
  pattern: rx(`${L}(?:(\\d{4}|\\d{2})er|(${DECADE_WORD}))(?:\\s*-?\\s*(?:jahren?|jahre)|n)?${R}`),
  extract(m) {
    let start: number;
    if (m[1]) {
      const n = Number(m[1]);
      if (m[1].length === 4) {
        if (n % 10 !== 0 || n < 1000 || n > 2100) return null;
        start = n;
      } else {
        if (n % 10 !== 0) return null;
        start = 1900 + n;
      }
    } else {
      const v = w.decadeWords[key(m[2]!)]!;
      start = v >= 100 ? v : v === 0 ? 2000 : 1900 + v;
      // a bare `Zwanziger` without `Jahre` is too often something else
      if (!/jahr/i.test(m[0]) && v < 100 && v !== 0) return null;
    }
    return yearsSpan(m.index, m.index + m[0].length, this.rule, start, "decade");
  },
};

/** `im 19. Jahrhundert`, `des 20. Jh.` — read as the hundred years 1800–1899 */
const century: Parser = {
  rule: "de.date.century",
  digits: { min: 1, max: 2, next: "." },
  triggers: [DIGIT],
  pattern: rx(`${L}(\\d{1,2})\\.\\s*(${alt(w.centuryWords)})${R}\\.?`),
  extract(m) {
    const n = Number(m[1]);
    if (n < 1 || n > 22) return null;
    const end = m.index + m[0].length - (m[0].endsWith(".") && !/jh/i.test(m[2]!) ? 1 : 0);
    return yearsSpan(m.index, end, this.rule, (n - 1) * 100, "century");
  },
};

export const deAbsoluteParsers: Parser[] = [
  dayRange,
  monthDayRange,
  dayMonth,
  dayMonthOrdinal,
  weekdayDay,
  decade,
  century,
  ...buildAbsoluteParsers(w, { lang: "de", numericOrder: "dmy" }),
];
