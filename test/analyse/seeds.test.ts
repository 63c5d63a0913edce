/**
 * The measurement: with examples/ and the seed articles ingested (real reader, real extractor,
 * real SQLite store), the soldier and container indicators show the seed figures with their sources.
 * This fails until the extractor finds those claims; it is not skipped, so it reports the state.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseIndicators, type GradedSeries } from "../../src/analyse/index.js";
import { ingest } from "../../src/ingest/index.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";

const SEEDS = resolve(process.cwd(), "../shared/seeds");
const EXAMPLES = resolve(process.cwd(), "examples/articles");

let dir: string;
let store: Store;
let series: GradedSeries[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-seeds-"));
  store = await openStore(join(dir, "seeds.db"));
  const articles = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(EXAMPLES, f));
  const summary = await ingest(store, [...articles, SEEDS]);
  expect(summary.failed).toBe(0);
  series = await analyseIndicators(store, { actor: "KP", recipient: "RU" });
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const seedPoints = (key: string) => series.find((s) => s.key === key)?.points ?? [];

describe("seed indicators (issue 5, measured)", () => {
  it("soldiers, North Korea → Russia: 1 500, 10 000 and up to 12 000 with their sources", () => {
    const points = seedPoints("deployment|soldier|KP|RU");
    const figures = points.map((p) => p.figure);
    expect(figures).toEqual(expect.arrayContaining(["1 500", "10 000", "≤ 12 000"]));
    const pentagon = points.find((p) => p.figure === "10 000" && p.text.includes("Verteidigungsministerium"));
    expect(pentagon?.source).toMatch(/US|Defense/);
    const vladivostok = points.find((p) => p.figure === "1 500" && p.text.includes("Wladiwostok"));
    expect(vladivostok?.hedged).toBe(true);
  });
  it("containers, North Korea → Russia: 7 000, about 10 000 and 13 000 over time, as updates", () => {
    const points = seedPoints("delivery|container|KP|RU");
    const seven = points.findIndex((p) => p.figure === "7 000");
    const ten = points.findIndex((p) => p.figure === "~10 000");
    const thirteen = points.findIndex((p) => p.figure === "13 000");
    expect([seven, ten, thirteen].every((i) => i >= 0)).toBe(true);
    expect(seven).toBeLessThan(thirteen);
    expect(ten).toBeLessThan(thirteen);
    expect(points[seven]!.source).toMatch(/US/);
    expect(points[thirteen]!.source).toMatch(/KR|South Korea/);
    const ids = new Set([points[seven]!.claimId, points[ten]!.claimId, points[thirteen]!.claimId]);
    const s = series.find((x) => x.key === "delivery|container|KP|RU")!;
    const between = s.flags.filter((f) => ids.has(f.claims[0]) && ids.has(f.claims[1]));
    expect(between.filter((f) => f.type === "disagreement")).toEqual([]);
  });
});
