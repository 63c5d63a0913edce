import { describe, expect, it } from "vitest";
import { findParagraphs, segment } from "../../src/pipeline/segment/index.js";

const texts = (text: string, lang: "de" | "en" = "de") =>
  segment(text, lang).map((s) => text.slice(s.start, s.end));

describe("segment", () => {
  it("splits at sentence-final punctuation followed by a capital", () => {
    expect(texts("Die Armee zog ab. Danach kam der Winter! Wer weiß?")).toEqual([
      "Die Armee zog ab.",
      "Danach kam der Winter!",
      "Wer weiß?",
    ]);
  });

  it("does not split at ordinal dots before months or lower-case words", () => {
    const t = "Die Schiffe fuhren zwischen 3. und 9. März aus. Am 21. April kehrten sie zurück.";
    expect(texts(t)).toEqual([
      "Die Schiffe fuhren zwischen 3. und 9. März aus.",
      "Am 21. April kehrten sie zurück.",
    ]);
  });

  it("does split after a year that ends a sentence", () => {
    expect(texts("Das geschah im Jahr 1998. Später folgte mehr.")).toEqual([
      "Das geschah im Jahr 1998.",
      "Später folgte mehr.",
    ]);
  });

  it("keeps abbreviations, initials and decimals inside the sentence", () => {
    const t = "Es waren ca. 4,5 Mio. Schuss, z. B. Granaten von Dr. Weber und J. R. Miller. Dann 2.5 mehr.";
    expect(texts(t)).toEqual([
      "Es waren ca. 4,5 Mio. Schuss, z. B. Granaten von Dr. Weber und J. R. Miller.",
      "Dann 2.5 mehr.",
    ]);
    expect(texts("U.S. officials met Gen. Park on Monday. Nothing changed.", "en")).toEqual([
      "U.S. officials met Gen. Park on Monday.",
      "Nothing changed.",
    ]);
  });

  it("ends a sentence after a closing quote, not before a comma", () => {
    const t = "Er sagte: „Wir bleiben.“ Die Lage blieb ruhig. „Niemals!“, rief sie.";
    expect(texts(t)).toEqual(["Er sagte: „Wir bleiben.“", "Die Lage blieb ruhig.", "„Niemals!“, rief sie."]);
  });

  it("ends a headline at its line break and counts paragraphs by blank lines", () => {
    const t =
      "Neue Lieferungen entdeckt\nDie Behörde meldete Funde. Mehr folgt.\n\n  • Ein Punkt in einer Liste\n";
    const s = segment(t, "de");
    expect(s.map((x) => [t.slice(x.start, x.end), x.paragraph])).toEqual([
      ["Neue Lieferungen entdeckt", 0],
      ["Die Behörde meldete Funde.", 0],
      ["Mehr folgt.", 0],
      ["Ein Punkt in einer Liste", 1],
    ]);
    expect(findParagraphs(t).map((p) => t.slice(p.start, p.end))).toEqual([
      "Neue Lieferungen entdeckt\nDie Behörde meldete Funde. Mehr folgt.",
      "• Ein Punkt in einer Liste",
    ]);
  });

  it("cuts at the edge of a non-body range", () => {
    const t = "date 2024-05 Der Text beginnt hier.";
    expect(segment(t, "de", [{ start: 0, end: 12 }]).map((s) => t.slice(s.start, s.end))).toEqual([
      "date 2024-05",
      "Der Text beginnt hier.",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(segment(" \n\n ", "de")).toEqual([]);
  });
});
