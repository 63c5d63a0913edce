import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  bands,
  DEFAULT_MINHASH,
  decodeSignature,
  encodeSignature,
  shingleHashes,
  signature,
  similarity,
  words,
} from "../../src/pipeline/dedup/minhash.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const storyA = fixture("agency-story-outlet-a.txt");
const storyB = fixture("agency-story-outlet-b.txt");
const other = fixture("unrelated-same-subject.txt");

/** Exact Jaccard similarity of the 5-word shingle sets, to check the estimate against. */
function jaccard(a: string, b: string): number {
  const x = shingleHashes(a);
  const y = shingleHashes(b);
  let inter = 0;
  for (const h of x) if (y.has(h)) inter++;
  return inter / (x.size + y.size - inter);
}

describe("minhash", () => {
  it("splits lower-cased words, ignoring punctuation", () => {
    expect(words("Kim Jong-un, Putin: 10.000 Soldaten!")).toEqual([
      "kim",
      "jong",
      "un",
      "putin",
      "10",
      "000",
      "soldaten",
    ]);
  });

  it("is deterministic", () => {
    const a = signature(storyA)!;
    const b = signature(storyA)!;
    expect(a).toHaveLength(DEFAULT_MINHASH.permutations);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(bands(a)).toEqual(bands(b));
  });

  it("scores a lightly edited copy high and an unrelated article on the same subject low", () => {
    const copy = similarity(signature(storyA)!, signature(storyB)!);
    const unrelated = similarity(signature(storyA)!, signature(other)!);
    expect(copy).toBeGreaterThanOrEqual(0.6);
    expect(unrelated).toBeLessThan(0.2);
  });

  it("estimates the exact Jaccard similarity within sampling error", () => {
    // with 126 permutations the standard error is at most sqrt(0.25/126) ≈ 0.045
    for (const [a, b] of [
      [storyA, storyB],
      [storyA, other],
      [storyA, storyA.slice(0, Math.floor(storyA.length / 2))],
    ] as const) {
      expect(Math.abs(similarity(signature(a)!, signature(b)!) - jaccard(a, b))).toBeLessThan(0.15);
    }
  });

  it("ignores changes of case and spacing only", () => {
    // (not toUpperCase on the whole text: German ß becomes SS, a real change of word)
    const squeezed = storyA.replace(/\s+/g, "   ").replace(/Seoul/g, "SEOUL").replace(/\./g, " .");
    expect(similarity(signature(storyA)!, signature(squeezed)!)).toBe(1);
  });

  it("has no signature for a text without words, and one shingle for a short text", () => {
    expect(signature("  … – !")).toBeNull();
    expect(shingleHashes("Kim in Moskau").size).toBe(1);
    expect(shingleHashes("eins zwei drei vier fünf sechs", 5).size).toBe(2);
  });

  it("puts near-duplicates in a shared LSH bucket and unrelated texts in none", () => {
    const shared = (x: string, y: string) => {
      const bx = bands(signature(x)!);
      const by = bands(signature(y)!);
      return bx.filter((b, i) => b.bucket === by[i]!.bucket).length;
    };
    expect(shared(storyA, storyB)).toBeGreaterThan(0);
    expect(shared(storyA, other)).toBe(0);
    for (const b of bands(signature(storyA)!))
      expect(Number.isInteger(b.bucket) && Math.abs(b.bucket) < 2 ** 31).toBe(true);
  });

  it("round-trips a signature through its text form", () => {
    const sig = signature(storyB)!;
    const text = encodeSignature(sig);
    expect(text).toHaveLength(sig.length * 8);
    expect(Array.from(decodeSignature(text))).toEqual(Array.from(sig));
    expect(() => decodeSignature("xyz")).toThrow(/malformed/);
  });
});
