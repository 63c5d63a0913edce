import { describe, expect, it } from "vitest";
import type { Document } from "../../src/core/document.js";
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

describe("annotateBatch", () => {
  const doc = (text: string) => ({ text }) as Document;
  const ran: string[] = [];
  const first: Component = {
    name: "first",
    requires: [],
    assigns: ["sentences"],
    run({ doc, layers }) {
      ran.push(`first ${doc.text}`);
      if (doc.text === "bad") throw new Error("cannot read bad");
      layers.sentences = [{ start: 0, end: doc.text.length, paragraph: 0 } as never];
    },
  };
  const second: Component = {
    name: "second",
    requires: ["sentences"],
    assigns: ["numbers"],
    run({ doc }) {
      ran.push(`second ${doc.text}`);
    },
  };
  it("runs each component over the whole batch before the next, and gives the same layers as annotate", () => {
    ran.length = 0;
    const p = buildPipeline([first, second]);
    const out = p.annotateBatch([doc("a"), doc("bb")]);
    expect(ran).toEqual(["first a", "first bb", "second a", "second bb"]);
    expect(out).toEqual([p.annotate(doc("a")), p.annotate(doc("bb"))]);
  });
  it("puts a component's error in the document's slot, runs no later component on it, and goes on", () => {
    ran.length = 0;
    const out = buildPipeline([first, second]).annotateBatch([doc("a"), doc("bad"), doc("c")]);
    expect(ran).toEqual(["first a", "first bad", "first c", "second a", "second c"]);
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).message).toBe("cannot read bad");
    expect(out[2]).not.toBeInstanceOf(Error);
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

describe("dropOverlaps at scale", () => {
  it("agrees with the pairwise definition on random spans", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = Array.from({ length: 400 }, () => {
      const start = rand(2000);
      return { start, end: start + 1 + rand(30) };
    });
    const kept = dropOverlaps(spans);
    for (let i = 1; i < kept.length; i++) expect(kept[i - 1]!.end).toBeLessThanOrEqual(kept[i]!.start);
    // every dropped span overlaps a kept one at least as long
    for (const s of spans) {
      if (kept.includes(s)) continue;
      expect(kept.some((k) => k.start < s.end && s.start < k.end && k.end - k.start >= s.end - s.start)).toBe(
        true,
      );
    }
  });
});
