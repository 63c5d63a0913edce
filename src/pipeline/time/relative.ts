/**
 * @module Parsers for expressions that need the reference date (`gestern`, `am Dienstag`, `letzten Monat`,
 * `vor 24 Jahren`, `in den letzten 3 Tagen`), built from a language's word lists.
 */
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
  weekday,
  type Ymd,
} from "./calendar.js";
import { alt, firstWords, key, L, lookup, R, rx } from "./patterns.js";
import { dayRange, type Interval, point, relative, weekOf } from "./resolve.js";
import type { TimeUnit, TimeWords } from "./time-words.js";
import type { Parser } from "./types.js";

/** The unit `shift` units away from the reference: (`month`, -1) in October 2024 → `2024-09`. */
export function shiftedUnit(r: Ymd, unit: TimeUnit, shift: number): Interval {
  switch (unit) {
    case "day":
      return point(addDays(r, shift), "day");
    case "week":
      return weekOf(r, shift);
    case "fortnight": {
      // two weeks from this week's Monday: `the past fortnight` is the two weeks before it
      const mon = addDays(r, 1 - weekday(r) + shift * 14);
      return dayRange(mon, addDays(mon, 13));
    }
    case "workweek": {
      const mon = addDays(r, shift * 7 + 1 - weekday(r));
      return dayRange(mon, addDays(mon, 4));
    }
    case "weekend": {
      const sat = addDays(r, 6 - weekday(r) + shift * 7);
      return dayRange(sat, addDays(sat, 1));
    }
    case "month": {
      const t = addMonths({ y: r.y, m: r.m, d: 1 }, shift);
      return point(t, "month");
    }
    case "quarter": {
      const q = Math.floor((r.m - 1) / 3) + shift;
      const y = r.y + Math.floor(q / 4);
      const k = ((q % 4) + 4) % 4;
      return { from: isoMonth(y, k * 3 + 1), to: isoMonth(y, k * 3 + 3), grain: "quarter" };
    }
    case "half": {
      const h = Math.floor((r.m - 1) / 6) + shift;
      const y = r.y + Math.floor(h / 2);
      const k = ((h % 2) + 2) % 2;
      return { from: isoMonth(y, k * 6 + 1), to: isoMonth(y, k * 6 + 6), grain: "half" };
    }
    case "year":
      return { from: isoYear(r.y + shift), to: isoYear(r.y + shift), grain: "year" };
    case "decade": {
      const d = Math.floor(r.y / 10) * 10 + shift * 10;
      return { from: isoYear(d), to: isoYear(d + 9), grain: "decade" };
    }
  }
}

/** The precision of reference a unit needs and the grain it resolves to. */
const UNIT_NEEDS: Record<TimeUnit, ["day" | "month" | "year", Grain]> = {
  day: ["day", "day"],
  week: ["day", "day"],
  fortnight: ["day", "day"],
  workweek: ["day", "day"],
  weekend: ["day", "day"],
  month: ["month", "month"],
  quarter: ["month", "quarter"],
  half: ["month", "half"],
  year: ["year", "year"],
  decade: ["year", "decade"],
};

/** Moves a day by n units (weeks as 7 days). */
export function moveBy(r: Ymd, unit: TimeUnit, n: number): Ymd {
  if (unit === "day") return addDays(r, n);
  if (unit === "week" || unit === "weekend" || unit === "workweek") return addDays(r, 7 * n);
  if (unit === "fortnight") return addDays(r, 14 * n);
  if (unit === "month") return addMonths(r, n);
  if (unit === "quarter") return addMonths(r, 3 * n);
  if (unit === "half") return addMonths(r, 6 * n);
  if (unit === "year") return addMonths(r, 12 * n);
  return addMonths(r, 120 * n);
}

/** The first day of the calendar quarter, half or decade around r (other units: null, counted from r). */
function unitStart(r: Ymd, unit: TimeUnit): Ymd | null {
  if (unit === "quarter") return { y: r.y, m: Math.floor((r.m - 1) / 3) * 3 + 1, d: 1 };
  if (unit === "half") return { y: r.y, m: r.m <= 6 ? 1 : 7, d: 1 };
  if (unit === "decade") return { y: Math.floor(r.y / 10) * 10, m: 1, d: 1 };
  return null;
}

export interface RelativeOptions {
  lang: string;
}

/** The grain of a trailing span by its unit: `the past year` in months, `the past month` in days. */
const TRAILING_GRAIN: Partial<Record<TimeUnit, "day" | "month">> = {
  year: "month",
  month: "day",
  week: "day",
};

export function buildRelativeParsers(w: TimeWords, o: RelativeOptions): Parser[] {
  const p = o.lang;
  const SHIFT = alt(Object.keys(w.shifts));
  const UNIT = alt(Object.keys(w.units));
  const WD = alt(Object.keys(w.weekdays).filter((k) => !w.weakWeekdays.includes(k)));
  const DAY = alt(Object.keys(w.days));
  const COUNT = `(?:\\d{1,3}|${alt(Object.keys(w.counts))})`;
  const lowerOnly = new Set(w.lowerCaseOnlyDays);
  const recent = new Set((w.recentWeekdayShifts ?? []).map(key));
  const countOf = (s: string): number | null => (/^\d/.test(s) ? Number(s) : (lookup(w.counts, s) ?? null));
  const parsers: Parser[] = [];

  // `heute`, `gestern`, `übermorgen`
  parsers.push({
    rule: `${p}.relative.day`,
    triggers: firstWords(Object.keys(w.days)),
    pattern: rx(`${L}(${DAY})${R}`),
    extract(m, ctx) {
      const word = m[1]!;
      if (lowerOnly.has(key(word)) && word[0] !== word[0]!.toLowerCase()) return null;
      const n = lookup(w.days, word)!;
      return relative(
        ctx,
        { start: m.index, end: m.index + m[0].length, rule: this.rule },
        "day",
        "day",
        (r) => point(addDays(r, n), "day"),
      );
    },
  });
  // `now` in `between Jan 22 and now`: the reference day; the refiners keep it only as a range end
  if (w.nowWords?.length) {
    const notNow = w.notNowPhrases?.length ? new RegExp(`${L}${alt(w.notNowPhrases)}$`, "iu") : null;
    parsers.push({
      rule: `${p}.relative.now`,
      triggers: firstWords(w.nowWords),
      pattern: rx(`${L}(${alt(w.nowWords)})${R}`),
      extract(m, ctx) {
        // `up to date` is an idiom, not a range to the present
        const end = m.index + m[0].length;
        if (notNow?.test(ctx.text.slice(Math.max(0, end - 20), end))) return null;
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: this.rule },
          "day",
          "day",
          (r) => point(r, "day"),
        );
      },
    });
  }
  // `am Dienstag`, `nächsten Donnerstag`, `last Friday`
  parsers.push({
    rule: `${p}.relative.weekday`,
    triggers: firstWords([...Object.keys(w.shifts), ...Object.keys(w.weekdays)]),
    pattern: rx(`${L}(?:(${SHIFT})\\s+)?(${WD})${R}`),
    extract(m, ctx) {
      const wd = lookup(w.weekdays, m[2])!;
      const shift = lookup(w.shifts, m[1]);
      return relative(
        ctx,
        { start: m.index, end: m.index + m[0].length, rule: this.rule },
        "day",
        "day",
        (r, future) => {
          const cur = weekday(r);
          let t: Ymd;
          if (shift === undefined) {
            // the last such day not after the reference, or the next one not before it in a future sentence
            t = future() ? addDays(r, (wd - cur + 7) % 7) : addDays(r, -((cur - wd + 7) % 7));
          } else if (recent.has(key(m[1]!))) {
            // `this past Wednesday`: the latest Wednesday before the reference
            t = addDays(r, -((cur - wd + 7) % 7 || 7));
          } else {
            t = addDays(r, shift * 7 + wd - cur);
          }
          return point(t, "day");
        },
      );
    },
  });
  // `Mon 13th`, `Sunday 31!`, `tuesday the eleventh`: the reference's month if that day is that weekday there,
  // else the nearest month before (after, in the future tense) where it is
  if (w.dayNumberSuffixes?.length) {
    const ALLWD = alt(Object.keys(w.weekdays));
    const ORD = alt(Object.keys(w.ordinals).filter((k) => (w.ordinals[k] ?? 0) > 0));
    const ART = w.articles.length ? `(${alt(w.articles)}\\s+)?` : "()";
    const SUF = alt(w.dayNumberSuffixes);
    const CLAUSE_END = /^\s*(?:[!?;)]|[.,](?!\d)|$)/;
    parsers.push({
      rule: `${p}.relative.weekday-day`,
      triggers: firstWords(Object.keys(w.weekdays)),
      // a bare number must end the clause (`Friday 10 people` is no date)
      pattern: rx(
        `${L}(${ALLWD}),?[ \\t]+${ART}(?:(\\d{1,2})(?:${SUF}${R}|(?=\\s*(?:[!?;)]|[.,](?!\\d)|$)))|(${ORD})${R})`,
      ),
      extract(m, ctx) {
        const wd = lookup(w.weekdays, m[1])!;
        // an ordinal word needs an article or the clause's end: `Tuesday the eleventh`, but `arrived on
        // Friday, first held talks` is an adverb
        if (m[4] && !m[2] && !CLAUSE_END.test(m.input.slice(m.index + m[0].length))) return null;
        const d = m[3] ? Number(m[3]) : lookup(w.ordinals, m[4])!;
        if (d < 1 || d > 31) return null;
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: this.rule },
          "day",
          "day",
          (r, future) => {
            // the reference's own month first, either side of the reference (`tuesday the 11th` said on
            // Monday the 10th); else the nearest month before it, or after it in a future sentence
            if (isValidDay(r.y, r.m, d) && weekday({ y: r.y, m: r.m, d }) === wd)
              return point({ y: r.y, m: r.m, d }, "day");
            const step = future() ? 1 : -1;
            for (let k = 0; k < 60; k++) {
              const month = addMonths({ y: r.y, m: r.m, d: 1 }, step * k);
              const day = { y: month.y, m: month.m, d };
              if (!isValidDay(day.y, day.m, d) || weekday(day) !== wd) continue;
              // the reference's own month first, either side of the reference (`Friday the 11th` on the 7th)
              if (k === 0 || (step < 0 ? compareYmd(day, r) <= 0 : compareYmd(day, r) >= 0))
                return point(day, "day");
            }
            return { from: null, to: null, grain: "day" };
          },
        );
      },
    });
  }
  // `letzten Monat`, `im vergangenen Jahr`, `des laufenden Jahres`, `diese Woche`, `nächstes Wochenende`
  const trailing = new Set((w.trailingShifts ?? []).map((s) => s.toLowerCase()));
  parsers.push({
    rule: `${p}.relative.unit`,
    triggers: firstWords(Object.keys(w.shifts)),
    pattern: rx(`${L}(${SHIFT})\\s+(${UNIT})${R}`),
    extract(m, ctx) {
      const unit = lookup(w.units, m[2])!;
      const shift = lookup(w.shifts, m[1])!;
      const [needs, grain] = UNIT_NEEDS[unit];
      // `over the past year`: the twelve months up to the reference, not the last calendar year
      if (trailing.has(m[1]!.toLowerCase().replace(/\s+/g, " ")) && TRAILING_GRAIN[unit]) {
        const g = TRAILING_GRAIN[unit]!;
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: `${this.rule}-trailing` },
          g,
          g,
          (r) => ({
            from: isoAt(moveBy(r, unit, -1), g),
            to: isoAt(r, g),
            grain: g,
          }),
        );
      }
      return relative(
        ctx,
        { start: m.index, end: m.index + m[0].length, rule: this.rule },
        grain,
        needs,
        (r) => shiftedUnit(r, unit, shift),
      );
    },
  });
  // `vor 24 Jahren`, `vor wenigen Tagen`, `3 days ago`; `in drei Wochen`
  const AGO_B = w.agoBefore.length ? alt(w.agoBefore) : null;
  const AGO_A = w.agoAfter.length ? alt(w.agoAfter) : null;
  const LATER_B = w.laterBefore.length ? alt(w.laterBefore) : null;
  const agoParts: string[] = [];
  if (AGO_B) agoParts.push(`(?<agob>${AGO_B})\\s+(?<n1>${COUNT})\\s+(?<u1>${UNIT})${R}`);
  if (AGO_A) agoParts.push(`(?<n2>${COUNT})\\s+(?<u2>${UNIT})\\s+(?<agoa>${AGO_A})${R}`);
  const LATER_BLOCK = w.laterBlockedBy?.length ? `(?!\\s+(?:${alt(w.laterBlockedBy)})${R})` : "";
  if (LATER_B) agoParts.push(`(?<laterb>${LATER_B})\\s+(?<n3>${COUNT})\\s+(?<u3>${UNIT})${R}${LATER_BLOCK}`);
  const LATER_A = w.laterAfter.length ? alt(w.laterAfter) : null;
  if (LATER_A) agoParts.push(`(?<n4>${COUNT})\\s+(?<u4>${UNIT})\\s+(?<latera>${LATER_A})${R}`);
  if (w.withinBefore?.length)
    agoParts.push(`(?<withinb>${alt(w.withinBefore)})\\s+(?<n5>${COUNT})\\s+(?<u5>${UNIT})${R}`);
  parsers.push({
    rule: `${p}.relative.ago`,
    digits: { min: 1, max: 3, next: " " },
    // the count comes first only where the language puts `ago` after it (`3 days ago`)
    triggers: firstWords([
      ...w.agoBefore,
      ...w.laterBefore,
      ...(w.withinBefore ?? []),
      ...(w.agoAfter.length || w.laterAfter.length ? [...Object.keys(w.counts), "0"] : []),
    ]),
    pattern: rx(`${L}(?:${agoParts.join("|")})`),
    extract(m, ctx) {
      const g = m.groups!;
      const nWord = g.n1 ?? g.n2 ?? g.n3 ?? g.n4 ?? g.n5!;
      const unit = lookup(w.units, g.u1 ?? g.u2 ?? g.u3 ?? g.u4 ?? g.u5)!;
      if (unit === "weekend") return null;
      if (g.withinb) {
        // `within 10 months`: from the reference to the end of the count
        const n = countOf(nWord) ?? 3;
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: `${p}.relative.within` },
          "day",
          "day",
          (r) => dayRange(r, moveBy(r, unit, n)),
          true,
        );
      }
      const sign = g.laterb || g.latera ? 1 : -1;
      const n = countOf(nWord);
      // a vague count (`vor wenigen Tagen`, `a few days ago`) is taken as three, approximately
      const count = n ?? 3;
      const rule = n === null ? `${this.rule}-vague` : this.rule;
      const approx =
        n === null || unit === "month" || unit === "quarter" || unit === "year" || unit === "decade";
      const start = g.laterb ? m.index : m.index;
      return relative(
        ctx,
        { start, end: m.index + m[0].length, rule },
        "day",
        "day",
        (r) => ({ ...point(moveBy(r, unit, sign * count), "day"), mod: approx ? "approx" : null }),
        true,
      );
    },
  });
  // `the week after next`
  if (w.afterNext?.length) {
    parsers.push({
      rule: `${p}.relative.after-next`,
      triggers: ["the", ...firstWords(Object.keys(w.units))],
      // not `two months after next Friday`: a count of units from a day
      pattern: rx(`${L}(?:the\\s+)?(${UNIT})\\s+${alt(w.afterNext)}${R}(?!\\s+(?:${WD}|${UNIT})${R})`),
      extract(m, ctx) {
        const unit = lookup(w.units, m[1])!;
        const [needs, grain] = UNIT_NEEDS[unit];
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: this.rule },
          grain,
          needs,
          (r) => shiftedUnit(r, unit, 2),
        );
      },
    });
  }
  // `3 weeks from tomorrow`, `two days before yesterday`
  if (w.offsetJoins) {
    const JOIN = alt(Object.keys(w.offsetJoins));
    parsers.push({
      rule: `${p}.relative.offset`,
      triggers: firstWords([...Object.keys(w.counts), "0"]),
      digits: { min: 1, max: 3, next: " " },
      pattern: rx(`${L}(${COUNT})\\s+(${UNIT})\\s+(${JOIN})\\s+(${DAY})${R}`),
      extract(m, ctx) {
        const n = countOf(m[1]!);
        const unit = lookup(w.units, m[2])!;
        const sign = lookup(w.offsetJoins!, m[3])!;
        const base = lookup(w.days, m[4]);
        if (n === null || base === undefined || unit === "weekend") return null;
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: this.rule },
          "day",
          "day",
          (r) => point(moveBy(addDays(r, base), unit, sign * n), "day"),
        );
      },
    });
  }
  // `in den letzten 3 Tagen`, `die nächsten 2 Wochen`, `the past two years`
  const SPAN = alt(Object.keys(w.spanShifts));
  const ART_BEFORE = alt(w.articles);
  parsers.push({
    rule: `${p}.relative.span`,
    triggers: firstWords([...Object.keys(w.spanShifts), ...Object.keys(w.counts), "0"]),
    digits: { min: 1, max: 3, next: " " },
    // `the 5 upcoming years`: the count may stand first after an article
    pattern: rx(
      `${L}(?:(${SPAN})\\s+(${COUNT})\\s+(${UNIT})|(?<=${L}${ART_BEFORE}\\s+)(${COUNT})\\s+(${SPAN})\\s+(${UNIT}))${R}`,
    ),
    extract(m, ctx) {
      const sign = lookup(w.spanShifts, m[1] ?? m[5])!;
      const unit = lookup(w.units, m[3] ?? m[6])!;
      const n = countOf((m[2] ?? m[4])!) ?? 3;
      if (unit === "weekend") return null;
      return relative(
        ctx,
        { start: m.index, end: m.index + m[0].length, rule: this.rule },
        "day",
        "day",
        (r) => {
          // quarters, halves and decades are counted whole: `the past two quarters` in July → January–June
          const cur = unitStart(r, unit);
          if (cur) {
            if (sign < 0) return dayRange(moveBy(cur, unit, -n), addDays(cur, -1));
            return dayRange(moveBy(cur, unit, 1), addDays(moveBy(cur, unit, n + 1), -1));
          }
          // the past n units up to yesterday; the next n units from tomorrow
          if (sign < 0) return dayRange(moveBy(r, unit, -n), addDays(r, -1));
          const first = addDays(r, 1);
          return dayRange(first, addDays(moveBy(first, unit, n), -1));
        },
      );
    },
  });
  // `Rest der Woche`, `rest of the month`
  if (w.restWords.length) {
    parsers.push({
      rule: `${p}.relative.rest`,
      triggers: firstWords(w.restWords),
      pattern: rx(`${L}(${alt(w.restWords)})\\s+(?:(${SHIFT})\\s+)?(${UNIT})${R}`),
      extract(m, ctx) {
        const unit = lookup(w.units, m[3])!;
        if (unit !== "week" && unit !== "month" && unit !== "year") return null;
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: this.rule },
          "day",
          "day",
          (r) => {
            const whole = shiftedUnit(r, unit, 0);
            const last = unit === "week" ? whole.to! : lastDay(unit, r);
            return { from: isoDay(r), to: last, grain: "day" };
          },
        );
      },
    });
  }
  // `earlier this year`, `früher in diesem Jahr`
  if (w.soFarWords?.length) {
    parsers.push({
      rule: `${p}.relative.so-far`,
      triggers: firstWords(w.soFarWords),
      pattern: rx(`${L}(${alt(w.soFarWords)})\\s+(${UNIT})${R}`),
      extract(m, ctx) {
        const unit = lookup(w.units, m[2])!;
        if (unit !== "week" && unit !== "month" && unit !== "year") return null;
        return relative(
          ctx,
          { start: m.index, end: m.index + m[0].length, rule: this.rule },
          "day",
          "day",
          (r) => ({ from: firstOf(unit, r), to: isoDay(r), grain: "day" }),
        );
      },
    });
  }
  return parsers;
}

function firstOf(unit: "week" | "month" | "year", r: Ymd): string {
  if (unit === "week") return weekOf(r, 0).from!;
  if (unit === "year") return isoDay({ y: r.y, m: 1, d: 1 });
  return isoDay({ y: r.y, m: r.m, d: 1 });
}

function lastDay(unit: "month" | "year", r: Ymd): string {
  if (unit === "year") return isoDay({ y: r.y, m: 12, d: 31 });
  return isoDay(addDays(addMonths({ y: r.y, m: r.m, d: 1 }, 1), -1));
}
