import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/pipeline/read/language.js";

describe("detectLanguage", () => {
  it("tells German from English", () => {
    expect(
      detectLanguage("Nach Angaben aus Seoul hat Nordkorea weitere Soldaten nach Russland geschickt."),
    ).toBe("de");
    expect(
      detectLanguage("According to Seoul, North Korea has sent more soldiers to Russia this month."),
    ).toBe("en");
  });
  it("gives other for other languages and for text too short to tell", () => {
    expect(
      detectLanguage("Selon Séoul, la Corée du Nord a envoyé davantage de soldats en Russie ce mois-ci."),
    ).toBe("other");
    expect(detectLanguage("Kim Jong Un")).toBe("other");
  });
});
