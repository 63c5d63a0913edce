/**
 * The held-out sets (examples/holdout/, README there): articles written and annotated blind by
 * colleagues who had not seen the extractor, each measured once before it served as development data
 * (README there). The floors are the levels reached, so a change that loses ground on any set fails here.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type Scores, score } from "./score.js";

const ROOT = resolve(process.cwd(), "examples/holdout");

const FLOORS: Record<string, Record<keyof Scores, number>> = {
  set1: { found: 0.96, exact: 0.9, events: 0.91, entities: 1.0 },
  set2: { found: 0.98, exact: 0.81, events: 0.85, entities: 0.98 },
  set3: { found: 0.79, exact: 0.57, events: 0.51, entities: 0.93 },
  set4: { found: 0.88, exact: 0.65, events: 0.48, entities: 0.93 },
  set5: { found: 0.91, exact: 0.61, events: 0.65, entities: 0.93 },
  set6: { found: 0.92, exact: 0.57, events: 0.6, entities: 0.89 },
};

describe.skipIf(!existsSync(resolve(process.cwd(), "../shared/eval/score.mjs")))("held-out sets", () => {
  for (const [set, floor] of Object.entries(FLOORS)) {
    it(`${set} keeps its measured level`, async () => {
      const dir = join(ROOT, set, "articles");
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => join(dir, f));
      const { scores, report } = await score(files, join(ROOT, set, "gold.json"));
      console.log(`holdout ${set}:\n${report}`);
      for (const k of Object.keys(floor) as (keyof Scores)[])
        expect(scores[k].f1, k).toBeGreaterThanOrEqual(floor[k]);
    });
  }
});
