import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { score } from "./score.js";

const ARTICLES = resolve(process.cwd(), "examples/articles");
const GOLD = resolve(process.cwd(), "examples/gold.json");
const ready = existsSync(GOLD) && existsSync(ARTICLES);

it.skipIf(!ready)("scores the project's own annotated examples at the issue's thresholds", async () => {
  const files = readdirSync(ARTICLES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(ARTICLES, f));
  const { scores, report } = await score(files, GOLD);
  console.log(`examples:\n${report}`);
  expect(scores.found.f1).toBeGreaterThanOrEqual(0.95);
  expect(scores.exact.f1).toBeGreaterThanOrEqual(0.9);
  expect(scores.events.f1).toBeGreaterThanOrEqual(0.8);
  expect(scores.entities.f1).toBeGreaterThanOrEqual(0.9);
});
if (!ready) console.warn("examples-score: skipped — examples/gold.json or examples/articles/ missing");
