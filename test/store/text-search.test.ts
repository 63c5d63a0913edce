import { describe, expect, it } from "vitest";
import { snippet, stems } from "../../src/store/text-search.js";

describe("text search helpers", () => {
  it("stems by the document's language, and only lower-cases an unknown one", () => {
    expect(stems("Raketen Rakete", "de")).toEqual(["raket", "raket"]);
    expect(stems("missiles missile", "en")).toEqual(["missil", "missil"]);
    expect(stems("Raketen", "other")).toEqual(["raketen"]);
  });

  it("cuts a snippet around the first word matching a query stem, at word boundaries", () => {
    const filler = "Vorher stand hier ein langer Absatz ohne Bezug. ".repeat(6);
    const text = `${filler}Dann wurden Raketen verschifft. ${filler}`;
    const s = snippet(text, "Rakete", "de", 60);
    expect(s).toContain("Raketen");
    expect(s.startsWith("… ")).toBe(true);
    expect(s.endsWith(" …")).toBe(true);
    expect(s.length).toBeLessThanOrEqual(60 + 4);
    // every word of the snippet is whole
    for (const w of s.replace(/…/g, "").trim().split(/\s+/)) expect(text).toContain(w);
    expect(text).toContain(s.replace(/^… /, "").replace(/ …$/, ""));
  });

  it("falls back to the opening of the text when no word matches", () => {
    expect(snippet("Kurzer Text.", "Pinguin", "de")).toBe("Kurzer Text.");
  });
});
