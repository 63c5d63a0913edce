/**
 * @module Runs the Recognizers-Text number vectors (../shared/peers/recognizers-text) against
 * findNumbers. In scope: cases whose expected items are all numbers, number ranges, percentages or
 * ordinals, and cases expecting nothing. A case passes when every expected item is found, overlapping
 * its span, with the same value (a number's value may be found as a bound: `mindestens fünf Dutzend`
 * is `{min: 60}`; ranges compare their ends, open or closed alike).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NumberAnnotation } from "../../src/core/annotations.js";
import { findNumbers } from "../../src/pipeline/numbers/index.js";

interface Expected {
  text: string;
  start: number;
  end: number;
  type: string;
  value: number | string | null;
}
interface PeerCase {
  id: string;
  input: string;
  expected: Expected[];
}

const IN_SCOPE = new Set(["number", "numberrange", "percentage", "ordinal"]);
const FOUND_TYPES = new Set<NumberAnnotation["type"]>(["number", "percentage", "ordinal"]);

const excluded: Record<string, string> = JSON.parse(
  readFileSync(new URL("../../specs/peers-excluded.json", import.meta.url), "utf8"),
);

function load(lang: "de" | "en"): PeerCase[] {
  const url = new URL(`../../../shared/peers/recognizers-text/${lang}-number.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as PeerCase[];
}

const same = (a: number | null, b: number | null) =>
  a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** `"[20,30)"` → [20, 30]; `"(,5)"` → [null, 5] */
function rangeEnds(s: string): [number | null, number | null] {
  const m = /^[[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]$/.exec(s);
  if (!m) throw new Error(`bad range ${s}`);
  const n = (x: string) => (x.trim() === "" ? null : Number(x));
  return [n(m[1]!), n(m[2]!)];
}

function matches(e: Expected, f: NumberAnnotation): boolean {
  if (!(f.start < e.end && e.start < f.end)) return false;
  if (e.type === "numberrange") {
    const [lo, hi] = rangeEnds(String(e.value));
    if (lo !== null && hi !== null && lo === hi && same(f.value, lo)) return true;
    return (
      (lo === null ? f.min === null : same(f.min, lo)) && (hi === null ? f.max === null : same(f.max, hi))
    );
  }
  const v = typeof e.value === "number" ? e.value : null;
  const typeOk = e.type === "ordinal" ? f.type === "ordinal" : e.type === f.type;
  return typeOk && (same(f.value, v) || same(f.min, v) || same(f.max, v));
}

export function passes(c: PeerCase, lang: "de" | "en"): boolean {
  const found = findNumbers(c.input, lang).filter((f) => FOUND_TYPES.has(f.type));
  if (c.expected.length === 0) return found.length === 0;
  return c.expected.every((e) => found.some((f) => matches(e, f)));
}

for (const lang of ["de", "en"] as const) {
  describe(`Recognizers-Text number vectors, ${lang}`, () => {
    const cases = load(lang).filter((c) => c.expected.every((e) => IN_SCOPE.has(e.type)));
    const run = cases.filter((c) => !(c.id in excluded));
    const failed = run.filter((c) => !passes(c, lang));
    const pass = run.length - failed.length;
    it(`passes at least 95 % of the in-scope cases (${run.length} run, ${cases.length - run.length} excluded)`, () => {
      const rate = (100 * pass) / run.length;
      console.log(
        `numbers ${lang}: pass ${pass}/${run.length} (${rate.toFixed(1)}%), excluded ${cases.length - run.length}`,
      );
      if (failed.length) console.log(`numbers ${lang}: failing ${failed.map((c) => c.id).join(", ")}`);
      expect(rate).toBeGreaterThanOrEqual(95);
    });
    it("every exclusion names a reason and an existing case", () => {
      const ids = new Set(load(lang).map((c) => c.id));
      for (const [id, reason] of Object.entries(excluded)) {
        if (!id.startsWith(`${lang}-number-`)) continue;
        expect(ids.has(id), id).toBe(true);
        expect(reason.length, id).toBeGreaterThan(10);
      }
    });
  });
}
