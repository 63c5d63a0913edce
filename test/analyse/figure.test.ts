import { describe, expect, it } from "vitest";
import { compatible, figureRange, formatFigure, representative } from "../../src/analyse/figure.js";

const fig = (f: Partial<Parameters<typeof compatible>[0]>) => ({
  value: null,
  min: null,
  max: null,
  approx: false,
  vague: null,
  ...f,
});

describe("figureRange", () => {
  it("reads bounds, approximation and vague words as intervals", () => {
    expect(figureRange(fig({ value: 1500 }))).toEqual({ low: 1500, high: 1500 });
    expect(figureRange(fig({ value: 10000, approx: true }))).toEqual({ low: 9000, high: 11000 });
    expect(figureRange(fig({ max: 12000 }))).toEqual({ low: 0, high: 12000 });
    expect(figureRange(fig({ min: 20 }))?.high).toBe(Number.POSITIVE_INFINITY);
    expect(figureRange(fig({ min: 3000, max: 5000 }))).toEqual({ low: 3000, high: 5000 });
    expect(figureRange(fig({ vague: "thousands" }))).toEqual({ low: 900, high: 11000 });
    expect(figureRange(fig({}))).toBeNull();
  });
});

describe("compatible", () => {
  it("an upper bound is compatible with a figure below it, not above", () => {
    expect(compatible(fig({ max: 12000 }), fig({ value: 10000 }))).toBe(true);
    expect(compatible(fig({ max: 12000 }), fig({ value: 15000 }))).toBe(false);
  });
  it("a lower bound is compatible with any larger figure", () => {
    expect(compatible(fig({ min: 20 }), fig({ value: 45 }))).toBe(true);
    expect(compatible(fig({ min: 20 }), fig({ value: 12 }))).toBe(false);
  });
  it("approximation allows ±10 %", () => {
    expect(compatible(fig({ value: 10000, approx: true }), fig({ value: 10800 }))).toBe(true);
    expect(compatible(fig({ value: 10000, approx: true }), fig({ value: 11500 }))).toBe(false);
    expect(compatible(fig({ value: 10000 }), fig({ value: 10800 }))).toBe(false);
  });
  it("a vague amount covers its order of magnitude", () => {
    expect(compatible(fig({ vague: "thousands" }), fig({ value: 3000 }))).toBe(true);
    expect(compatible(fig({ vague: "thousands" }), fig({ value: 300 }))).toBe(false);
    expect(compatible(fig({ vague: "hundreds" }), fig({ value: 50000 }))).toBe(false);
  });
  it("a claim without a figure is compatible with nothing", () => {
    expect(compatible(fig({}), fig({ value: 1 }))).toBe(false);
  });
});

describe("formatFigure", () => {
  it("keeps the shape of the figure", () => {
    expect(formatFigure(fig({ max: 12000 }))).toBe("≤ 12 000");
    expect(formatFigure(fig({ min: 20 }))).toBe("≥ 20");
    expect(formatFigure(fig({ value: 10000, approx: true }))).toBe("~10 000");
    expect(formatFigure(fig({ value: 1300000, approx: true }))).toBe("~1 300 000");
    expect(formatFigure(fig({ min: 10000, max: 12000 }))).toBe("10 000–12 000");
    expect(formatFigure(fig({ vague: "thousands", approx: true }))).toBe("thousands");
    expect(formatFigure(fig({ value: 1.5 }))).toBe("1.5");
    expect(formatFigure(fig({}))).toBe("—");
  });
  it("a single number stands for each shape", () => {
    expect(representative(fig({ max: 12000 }))).toBe(12000);
    expect(representative(fig({ min: 10000, max: 12000 }))).toBe(11000);
    expect(representative(fig({ vague: "dozens" }))).toBe(36);
    expect(representative(fig({ vague: "thousands" }))).toBe(3000);
  });
});
