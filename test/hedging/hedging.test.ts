import { describe, expect, it } from "vitest";
import { findHedges } from "../../src/pipeline/hedging/index.js";

const cues = (t: string, lang: "de" | "en" = "de") =>
  findHedges(t, lang).map((h) => [h.text, h.rule, h.start]);

describe("hedging", () => {
  it("finds German hearsay modals, adverbs and conditionals with their offsets", () => {
    const t = "Die Einheit soll abgezogen sein, angeblich nach Osten; sie könnte zurückkehren.";
    expect(cues(t)).toEqual([
      ["soll", "de.hedge.hearsay", 12],
      ["angeblich", "de.hedge.adverb", 33],
      ["könnte", "de.hedge.conditional", 59],
    ]);
  });

  it("prefers the longer cue and matches case-insensitively at a sentence start", () => {
    const t = "Berichten zufolge fehlt Munition. Mutmaßlich wurde sie verkauft.";
    expect(cues(t)).toEqual([
      ["Berichten zufolge", "de.hedge.report", 0],
      ["Mutmaßlich", "de.hedge.adverb", 34],
    ]);
  });

  it("finds English cues", () => {
    const t = "The troops reportedly moved; officials are believed to know, and more may have arrived.";
    expect(cues(t, "en").map((c) => c[0])).toEqual(["reportedly", "are believed to", "may have"]);
  });

  it("does not take parts of words or unrelated words", () => {
    expect(cues("Die Sollbruchstelle hielt, die Berichte lagen vor.")).toEqual([]);
    expect(cues("The May report was clear.", "en")).toEqual([]);
  });
});
