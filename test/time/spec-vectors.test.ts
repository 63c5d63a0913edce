/** The time spec vectors of specs/time/{de,en}.json: index, text and resolved value of each expected annotation. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TimeAnnotation } from "../../src/core/annotations.js";
import { findTimes } from "../../src/pipeline/time/index.js";

interface Expect {
  text: string;
  /** which occurrence of `text` in the case text (0-based) */
  occurrence?: number;
  from: string | null;
  to: string | null;
  grain?: string;
  mod?: string | null;
  relative?: boolean;
  inferred?: boolean;
}
interface Case {
  text: string;
  ref?: string | null;
  inferred?: boolean;
  expect: Expect[];
  absent?: string[];
}
interface Spec {
  ref: string;
  cases: Case[];
}

function nthIndex(text: string, part: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(part, at + 1);
  return at;
}

for (const lang of ["de", "en"] as const) {
  const spec: Spec = JSON.parse(readFileSync(path.resolve(process.cwd(), `specs/time/${lang}.json`), "utf8"));
  describe(`time spec vectors (${lang})`, () => {
    for (const c of spec.cases) {
      it(c.text, () => {
        const ref = c.ref === undefined ? spec.ref : c.ref;
        const found: TimeAnnotation[] = findTimes(c.text, lang, { date: ref, inferred: c.inferred });
        for (const e of c.expect) {
          const start = nthIndex(c.text, e.text, e.occurrence ?? 0);
          expect(start, `"${e.text}" is in the text`).toBeGreaterThanOrEqual(0);
          const a = found.find((t) => t.start === start && t.end === start + e.text.length);
          expect(a, `annotation "${e.text}" among ${JSON.stringify(found.map((t) => t.text))}`).toBeDefined();
          expect(c.text.slice(a!.start, a!.end)).toBe(e.text);
          expect(a!.text).toBe(e.text);
          expect({ from: a!.from, to: a!.to }).toEqual({ from: e.from, to: e.to });
          if (e.grain !== undefined) expect(a!.grain).toBe(e.grain);
          if (e.mod !== undefined) expect(a!.mod).toBe(e.mod);
          if (e.relative !== undefined) expect(a!.relative).toBe(e.relative);
          expect(a!.inferred).toBe(e.inferred ?? false);
          expect(a!.rule).toMatch(new RegExp(`^${lang}\\.`));
        }
        for (const part of c.absent ?? []) {
          const at = c.text.indexOf(part);
          expect(
            found.some((t) => t.start <= at && at + part.length <= t.end),
            `"${part}" is not an annotation`,
          ).toBe(false);
        }
      });
    }
  });
}
