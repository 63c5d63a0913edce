import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { score } from "./score.js";

const SEEDS = resolve(process.cwd(), "../shared/seeds");
const GOLD = resolve(process.cwd(), "../shared/eval/seeds.gold.json");

it("scores the seed articles at the issue's thresholds", async () => {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(SEEDS, f));
  const { scores, report } = await score(files, GOLD);
  console.log(`seeds:\n${report}`);
  expect(scores.found.f1).toBeGreaterThanOrEqual(0.95);
  expect(scores.exact.f1).toBeGreaterThanOrEqual(0.9);
  expect(scores.events.f1).toBeGreaterThanOrEqual(0.8);
  expect(scores.entities.f1).toBeGreaterThanOrEqual(0.9);
});
