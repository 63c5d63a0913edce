/** @module Highlight segments: they tile the text, and each carries exactly the marks that cover it. */
import { describe, expect, it } from "vitest";
import { type Mark, segmentText } from "../../src/api/highlights.js";

const mark = (type: Mark["type"], start: number, end: number, ref: number | string = 1): Mark => ({
  type,
  ref,
  start,
  end,
});

describe("segmentText", () => {
  it("cuts nested and overlapping marks into covering segments", () => {
    const text = "Es sind rund 10.000 Soldaten. Danach nichts.";
    const claim = mark("claim", 0, 29);
    const figure = mark("figure", 8, 19);
    const mention = mark("mention", 20, 28, "weapon/none");
    const segs = segmentText(text.length, [claim, figure, mention]);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.marks])).toEqual([
      ["Es sind ", [0]],
      ["rund 10.000", [0, 1]],
      [" ", [0]],
      ["Soldaten", [0, 2]],
      [".", [0]],
      [" Danach nichts.", []],
    ]);
  });

  it("covers a text without marks with one segment, and clips marks that run past the end", () => {
    expect(segmentText(5, [])).toEqual([{ start: 0, end: 5, marks: [] }]);
    expect(segmentText(5, [mark("event", 3, 99)])).toEqual([
      { start: 0, end: 3, marks: [] },
      { start: 3, end: 5, marks: [0] },
    ]);
    expect(segmentText(0, [mark("claim", 0, 0)])).toEqual([]);
  });
});
