/** @module German relative expressions: `gestern`, `am Dienstag`, `im vergangenen Jahr`, `vor 24 Jahren`, `am Wochenende`, `Anfang des Jahres`. */
import { deTime, deUnitPartCompounds } from "../../../lang/de/time.js";
import { isoYear } from "../calendar.js";
import { alt, firstWords, L, lookup, R, rx } from "../patterns.js";
import { buildRelativeParsers, shiftedUnit } from "../relative.js";
import { relative } from "../resolve.js";
import type { Parser } from "../types.js";

const w = deTime;

/** `am Wochenende`: the weekend of the reference week */
const weekend: Parser = {
  rule: "de.relative.weekend",
  // tried at `Wochenende` (rare) rather than at `am`/`dem`/`das` (frequent); the span is the noun
  triggers: firstWords(w.weekendWords),
  pattern: rx(`(?<=${L}(?:am|übers|über\\s+das|dem|das)\\s+)(${alt(w.weekendWords)})${R}`),
  extract(m, ctx) {
    return relative(ctx, { start: m.index, end: m.index + m[0].length, rule: this.rule }, "day", "day", (r) =>
      shiftedUnit(r, "weekend", 0),
    );
  },
};

/** `Anfang des Jahres`, `Ende des Monats`, `Mitte der Woche`: a part of the current unit */
const modUnit: Parser = {
  rule: "de.relative.part-of-unit",
  triggers: firstWords(Object.keys(w.mods)),
  pattern: rx(`${L}(${alt(Object.keys(w.mods))})\\s+(?:des|der)\\s+(jahres|monats|woche|jahrzehnts)${R}`),
  extract(m, ctx) {
    const unit = lookup(w.units, m[2])!;
    const mod = lookup(w.mods, m[1])!;
    const grain =
      unit === "month" ? "month" : unit === "week" ? "day" : unit === "decade" ? "decade" : "year";
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

const PART_HEADS = Object.keys(deUnitPartCompounds.heads);
const PART_TAILS = Object.keys(deUnitPartCompounds.parts);

/**
 * `Jahresbeginn`, `zum Monatsende`, `Jahresmitte 2025`: a part of the current year or month, or of the
 * year that follows the compound
 */
const partCompound: Parser = {
  rule: "de.relative.part-compound",
  triggers: PART_HEADS.flatMap((h) => PART_TAILS.map((t) => h + t)),
  pattern: rx(`${L}(${alt(PART_HEADS)})(${alt(PART_TAILS)})(?:\\s+((?:19|20)\\d{2}))?${R}`),
  extract(m, ctx) {
    const unit = lookup(deUnitPartCompounds.heads, m[1])!;
    const mod = lookup(deUnitPartCompounds.parts, m[2])!;
    const start = m.index;
    const end = start + m[0].length;
    if (m[3]) {
      if (unit !== "year") return null;
      const y = isoYear(Number(m[3]));
      return { start, end, rule: this.rule, from: y, to: y, grain: "year", relative: false, mod };
    }
    const f = relative(ctx, { start, end, rule: this.rule }, unit, unit, (r) => shiftedUnit(r, unit, 0));
    return { ...f, mod };
  },
};

/** `unter der Woche`: Monday to Friday of the reference week */
const workdays: Parser = {
  rule: "de.relative.workdays",
  triggers: ["unter"],
  pattern: rx(`${L}unter\\s+der\\s+woche${R}`),
  extract(m, ctx) {
    return relative(ctx, { start: m.index, end: m.index + m[0].length, rule: this.rule }, "day", "day", (r) =>
      shiftedUnit(r, "workweek", 0),
    );
  },
};

export const deRelativeParsers: Parser[] = [
  weekend,
  workdays,
  modUnit,
  partCompound,
  ...buildRelativeParsers(w, { lang: "de" }),
];
