import { describe, expect, it } from "vitest";
import { buildPipeline, type Component } from "../../src/core/pipeline.js";
import { dropOverlaps } from "../../src/core/span.js";

const sentences: Component = { name: "sentences", requires: [], assigns: ["sentences"], run() {} };
const numbers: Component = { name: "numbers", requires: ["sentences"], assigns: ["numbers"], run() {} };

describe("pipeline", () => {
  it("accepts components whose requirements an earlier one assigns", () => {
    expect(buildPipeline([sentences, numbers]).components).toHaveLength(2);
  });
  it("rejects a component that runs before what it requires", () => {
    expect(() => buildPipeline([numbers, sentences])).toThrow(/requires sentences/);
  });
});

describe("dropOverlaps", () => {
  it("keeps the longest span and orders by start", () => {
    const kept = dropOverlaps([
      { start: 7, end: 13 },
      { start: 0, end: 13 },
      { start: 20, end: 25 },
    ]);
    expect(kept).toEqual([
      { start: 0, end: 13 },
      { start: 20, end: 25 },
    ]);
  });
});
