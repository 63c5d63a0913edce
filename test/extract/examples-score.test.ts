import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { score } from "./score.js";

const EXAMPLES = resolve(process.cwd(), "examples");
const GOLD = join(EXAMPLES, "gold.json");
const ready = existsSync(GOLD) && readdirSync(EXAMPLES).some((f) => f.endsWith(".txt"));

it.skipIf(!ready)("scores the project's own annotated examples at the issue's thresholds", async () => {
  const files = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(EXAMPLES, f));
  const { scores, report } = await score(files, GOLD);
  console.log(`examples:\n${report}`);
  expect(scores.found.f1).toBeGreaterThanOrEqual(0.95);
  expect(scores.exact.f1).toBeGreaterThanOrEqual(0.9);
  expect(scores.events.f1).toBeGreaterThanOrEqual(0.8);
  expect(scores.entities.f1).toBeGreaterThanOrEqual(0.9);
});
if (!ready) console.warn("examples-score: skipped — examples/gold.json or examples/*.txt not written yet");
