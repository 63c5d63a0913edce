/** @module Tests of the word set with its slot table: it answers exactly as a Set of the same words. */
import { describe, expect, it } from "vitest";
import { WordSet, WordSlots } from "../../src/pipeline/entities/word-set.js";

describe("word set", () => {
  const words = ["sagte", "laut", "zufolge", "a", "", "über", "𝐀𝐁"];
  const set = new WordSet(words);
  const plain = new Set(words);

  it("answers as a Set for members and for other words, the empty word and astral letters included", () => {
    const probe = [...words, "sagten", "Sagte", "lau", "b", "zufolgе", "uber", "𝐀", "x".repeat(300)];
    for (const w of probe) expect(set.has(w), w).toBe(plain.has(w));
  });

  it("never rules out a member", () => {
    const slots = new WordSlots(words);
    for (const w of words) expect(slots.mayHave(w)).toBe(true);
  });
});
