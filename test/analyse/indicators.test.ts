import { describe, expect, it } from "vitest";
import { relate } from "../../src/analyse/compare.js";
import { buildIndicators, seriesFlags } from "../../src/analyse/indicators.js";
import { claim, src } from "./fixtures.js";

describe("relate / disagreement", () => {
  it("flags incompatible figures of independent sources for overlapping periods", () => {
    const a = claim({ value: 10000, source: src("US", "Department of Defense") });
    const b = claim({ value: 20000, source: src("UA") });
    expect(relate(a, b)).toBe("disagreement");
    expect(seriesFlags([a, b]).map((f) => f.type)).toEqual(["disagreement"]);
  });
  it("does not flag a figure inside an upper bound, or an approximate one within 10 %", () => {
    const bound = claim({ max: 12000 });
    const point = claim({ value: 10000, source: src("US") });
    const approx = claim({ value: 10500, approx: true, source: src("KR") });
    expect(relate(bound, point)).toBe("compatible");
    expect(relate(point, approx)).toBe("compatible");
    expect(seriesFlags([bound, point, approx])).toEqual([]);
  });
  it("does not compare periods that do not overlap", () => {
    const a = claim({ value: 3000, time: { start: "2024-10", end: null }, source: src("US") });
    const b = claim({
      value: 11000,
      time: { start: "2024-12", end: null },
      docDate: "2024-12",
      source: src("KR"),
    });
    expect(relate(a, b)).toBe("separate");
  });
  it("a later, larger running total is an update, a later smaller one a disagreement", () => {
    const march = claim({
      kind: "delivery",
      item: "container",
      value: 7000,
      time: { start: null, end: null },
      reported: "2024-03",
      source: src("US"),
    });
    const october = claim({
      kind: "delivery",
      item: "container",
      value: 13000,
      time: { start: "2023-08", end: null },
      source: src("KR"),
    });
    expect(relate(march, october)).toBe("update");
    expect(relate(october, march)).toBe("update");
    const shrunk = claim({ ...october, id: 999, value: 5000 });
    expect(relate(march, shrunk)).toBe("disagreement");
  });
  it("running totals of unknown order are not flagged", () => {
    const undated = claim({
      kind: "delivery",
      item: "container",
      value: 10000,
      time: { start: "2023", end: null },
      docDate: null,
      source: src("KR", null, "Shin Won-sik"),
    });
    const later = claim({
      kind: "delivery",
      item: "container",
      value: 7000,
      time: { start: null, end: null },
      reported: "2024-03",
      source: src("US"),
    });
    expect(relate(undated, later)).toBe("unordered");
    expect(seriesFlags([undated, later])).toEqual([]);
  });
  it("a smaller figure for a part of the period is not a contradiction", () => {
    const week = claim({ value: 1500, time: { start: "2024-10-08", end: "2024-10-13" }, source: src("KR") });
    const month = claim({ value: 10000, source: src("US", "Department of Defense") });
    expect(relate(week, month)).toBe("part");
    // but a larger figure for the part is
    const bigWeek = claim({ ...week, id: 998, value: 20000 });
    expect(relate(bigWeek, month)).toBe("disagreement");
  });
  it("the same source changing its figure is a revision, not a disagreement between sources", () => {
    const a = claim({ value: 3000, source: src("KR") });
    const b = claim({ value: 8000, source: src("kr") });
    expect(seriesFlags([a, b]).map((f) => f.type)).toEqual(["revision"]);
  });
  it("different series are never compared", () => {
    expect(relate(claim({ value: 1 }), claim({ value: 2, recipient: "UA" }))).toBe("unrelated");
    expect(relate(claim({ value: 1 }), claim({}))).toBe("unrelated");
  });
});

describe("buildIndicators", () => {
  const soldiers = [
    claim({ id: 1, value: 10000, source: src("US", "Department of Defense") }),
    claim({ id: 2, value: 1500, time: { start: "2024-10-08", end: "2024-10-13" }, source: src("KR") }),
    claim({ id: 3, max: 12000 }),
    claim({
      id: 4,
      kind: "delivery",
      item: "container",
      value: 7000,
      reported: "2024-03",
      time: { start: null, end: null },
    }),
    claim({
      id: 5,
      kind: "delivery",
      item: "container",
      value: 13000,
      time: { start: "2023-08", end: null },
    }),
    claim({ id: 6, kind: "delivery", item: "shell" }),
  ];
  const series = buildIndicators(soldiers);
  it("groups by kind, item, actor and recipient and leaves out claims without figures", () => {
    expect(series.map((s) => s.key)).toEqual(["delivery|container|KP|RU", "deployment|soldier|KP|RU"]);
  });
  it("keeps each figure's shape and source", () => {
    const s = series.find((x) => x.item === "soldier")!;
    expect(s.points.map((p) => [p.figure, p.source])).toEqual([
      ["10 000", "Department of Defense"],
      ["≤ 12 000", null],
      ["1 500", "KR"],
    ]);
    expect(s.range).toEqual({ lowest: "1 500", highest: "≤ 12 000" });
    expect(s.flags).toEqual([]);
    expect(s.sources).toBe(3);
  });
  it("orders running totals by the date they stand as of and names the latest", () => {
    const s = series.find((x) => x.item === "container")!;
    expect(s.points.map((p) => p.figure)).toEqual(["7 000", "13 000"]);
    expect(s.latest?.figure).toBe("13 000");
    expect(s.flags.map((f) => f.type)).toEqual(["update"]);
  });
});

describe("latest point", () => {
  it("prefers figures with a known as-of date over a bare period start", () => {
    const dated = claim({
      id: 501,
      value: 3000,
      time: { start: "2025-03-27", end: null },
      docDate: "2025-03-27",
    });
    const yearOnly = claim({ id: 502, value: 4000, time: { start: "2025", end: null }, docDate: null });
    const [s] = buildIndicators([dated, yearOnly]);
    expect(s!.latest?.claimId).toBe(501);
    const [t] = buildIndicators([yearOnly]);
    expect(t!.latest?.claimId).toBe(502);
  });
});
