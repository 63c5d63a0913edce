/**
 * @module End-to-end checks (annotate + extract) of the rules of extractor 0.6.0: kinds of verbs of
 * firing, dying, buying and producing; no party as its own recipient; the country of an organisation's
 * name plays no role; an adverb of the present dates a figure to the time of writing; a launch in a
 * country named before the figure. Sentences are the test's own.
 */
import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "../../src/core/records.js";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

function claims(date: string, body: string): ClaimRecord[] {
  const doc = documentFromText(` date ${date}\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt").claims.filter((c) => c.value ?? c.min ?? c.max ?? c.vague);
}

describe("kinds of claims by their verb", () => {
  it("de: `verschießt` is a launch, dated by `derzeit`, in the country named before the figure", () => {
    const [c] = claims(
      "2024-05-02",
      "Nach Schätzungen von Analysten verschießt die russische Armee in der Ukraine derzeit etwa 6.000 Granaten täglich.",
    );
    expect(c).toMatchObject({ kind: "launch", item: "shell", value: 6000, actor: "RU", recipient: "UA" });
    expect(c!.time.start).toBe("2024-05-02");
    expect(c!.rules).toContain("claim.time.now");
  });

  it("en: a rate of soldiers `dying` counts casualties, not some other figure", () => {
    const [c] = claims(
      "2025-03-03",
      "Around 2,000 soldiers a week are dying on both sides, the senator wrote.",
    );
    expect(c).toMatchObject({ kind: "casualties", item: "soldier", value: 2000 });
  });

  it("en: `buying … from` is a receipt: the seller is the actor, the buyer the recipient", () => {
    const [c] = claims("2024-02-01", "Russia is buying 3,000 drones from Iran, the report says.");
    expect(c).toMatchObject({ kind: "delivery", value: 3000, actor: "IR", recipient: "RU" });
  });

  it("en: figures a producer `produces` are production, not deliveries, each of them", () => {
    const out = claims(
      "2025-01-10",
      "Iran produces about 900 drones a month, along with some 400 decoy drones, analysts said.",
    );
    expect(out.map((c) => c.kind)).toEqual(["other", "other"]);
  });
});

describe("roles", () => {
  it("no party sends troops to itself: a place of the saying gives way to the paragraph's recipient", () => {
    const out = claims(
      "2025-03-01",
      "Nordkorea will Russland mit 4000 Arbeitern beim Wiederaufbau der Region Belgorod helfen. Kim Jong Un habe angeordnet, 1500 Pioniere und 2500 Bauarbeiter zu entsenden, sagte ein Minister am Freitag in Pjöngjang.",
    );
    const sent = out.filter((c) => c.text.startsWith("Kim"));
    expect(sent.map((c) => [c.actor, c.recipient])).toEqual([
      ["KP", "RU"],
      ["KP", "RU"],
    ]);
  });

  it("the country of an organisation's name is the speaker's, not the actor's", () => {
    const out = claims(
      "2025-02-01",
      "Rund 200 nordkoreanische Soldaten seien gefallen. Der südkoreanische Geheimdienst ging im Januar von mindestens 300 Toten aus.",
    );
    const last = out.at(-1)!;
    // not KR: the party of the earlier dead, whose dead were soldiers
    expect(last).toMatchObject({ min: 300, actor: "KP", item: "soldier" });
  });
});
