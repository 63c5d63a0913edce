/** @module English relative expressions: `yesterday`, `on Tuesday`, `last week`, `earlier this month`, `three years ago`. */
import { enTime } from "../../../lang/en/time.js";
import { alt, firstWords, L, lookup, R, rx } from "../patterns.js";
import { buildRelativeParsers, shiftedUnit } from "../relative.js";
import { relative } from "../resolve.js";
import type { Parser } from "../types.js";

const w = enTime;

/** `this weekend`-less `at the weekend`, `on the weekend`, `over the weekend` */
const weekend: Parser = {
  rule: "en.relative.weekend",
  triggers: ["on", "at", "over", "during"],
  pattern: rx(`${L}(?:on|at|over|during)\\s+the\\s+(${alt(w.weekendWords)})${R}`),
  extract(m, ctx) {
    return relative(ctx, { start: m.index, end: m.index + m[0].length, rule: this.rule }, "day", "day", (r) =>
      shiftedUnit(r, "weekend", 0),
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

export const enRelativeParsers: Parser[] = [weekend, modUnit, ...buildRelativeParsers(w, { lang: "en" })];
