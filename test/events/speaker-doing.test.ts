/**
 * @module A speaker takes part in what they did when they spoke: `X said after a visit to Y`, `X hatte nach
 * einem Besuch in Y angekündigt` (the test's own sentences).
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

function events(date: string, body: string) {
  const doc = documentFromText(` date ${date}\nTitle\n\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt").events.map((e) => [e.kind, e.participants, e.time.start]);
}

describe("the speaker's own doing", () => {
  it("en: a visit right after the speech verb has the speaker as participant", () => {
    const found = events(
      "2024-09-20",
      "In August, Sergei Lavrov said after a visit to Pyongyang that the talks had gone well.",
    );
    expect(found).toContainEqual(["visit", ["Sergei Lavrov"], "2024-08"]);
  });

  it("de: a visit inside the clause of a verb at its end", () => {
    const found = events(
      "2024-09-20",
      "Der russische Außenminister Sergej Lawrow hatte im August nach einem Besuch in Pjöngjang erklärt, die Gespräche seien gut verlaufen.",
    );
    expect(found).toContainEqual(["visit", ["Sergei Lavrov"], "2024-08"]);
  });
});
