import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

const claims = (body: string) =>
  extractDocument(documentFromText(` date 2025-03-04\nTitel\n\n${body}\n`, "t.txt"), "t.txt").claims.map(
    (c) => [c.value, c.item, c.time.start],
  );

describe("four digits the number stage counts", () => {
  it("are a figure, not also a year that dates the claim", () => {
    expect(
      claims("Pjöngjang stellte 1200 Techniker und 1900 Bauarbeiter für die Baustellen ab, hieß es."),
    ).toEqual([
      [1200, "worker", "2025-03-04"],
      [1900, "worker", "2025-03-04"],
    ]);
  });
  it("while a year after a cue still dates the figure beside it", () => {
    expect(claims("Seit 2019 hat Moskau 2050 Granaten geliefert, sagte ein Sprecher.")).toEqual([
      [2050, "shell", "2019"],
    ]);
  });
});
