/**
 * @module Drives specs/numbers/{de,en}.json: for every sentence, findNumbers must return exactly the
 * listed annotations (no more), each with its span, text, type and value; other fields (`min`, `max`,
 * `approx`, `vague`, `unit`, `rule`) are asserted where the spec gives them, else must be the defaults.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/pipeline/numbers/index.js";

interface SpecResult {
  text: string;
  start: number;
  end: number;
  type: string;
  value: number | null;
  min?: number | null;
  max?: number | null;
  approx?: boolean;
  vague?: string | null;
  unit?: string | null;
  rule?: string;
}
interface SpecCase {
  form: string;
  input: string;
  results: SpecResult[];
}

const DEFAULTS = { min: null, max: null, approx: false, vague: null, unit: null } as const;

for (const lang of ["de", "en"] as const) {
  const cases: SpecCase[] = JSON.parse(
    readFileSync(new URL(`../../specs/numbers/${lang}.json`, import.meta.url), "utf8"),
  );
  describe(`number specs, ${lang}`, () => {
    it.each(cases.map((c) => [c.form, c] as const))("%s", (_form, c) => {
      const found = findNumbers(c.input, lang);
      const got = found.map((f) => ({
        text: c.input.slice(f.start, f.end),
        start: f.start,
        end: f.end,
        type: f.type,
        value: f.value,
        min: f.min,
        max: f.max,
        approx: f.approx,
        vague: f.vague,
        unit: f.unit,
        ...(c.results.some((r) => r.rule) ? { rule: f.rule } : {}),
      }));
      const want = c.results.map((r) => ({ ...DEFAULTS, ...r }));
      for (const f of found) expect(f.text).toBe(c.input.slice(f.start, f.end));
      expect(got.map(({ rule, ...g }, i) => (c.results[i]?.rule ? { ...g, rule } : g))).toEqual(want);
    });
  });
}
