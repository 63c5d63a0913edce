import { describe, expect, it } from "vitest";
import {
  asOf,
  compareIso,
  lastDay,
  periodOf,
  periodsOverlap,
  strictlyWithin,
} from "../../src/analyse/period.js";

const at = (start: string | null, end: string | null, reported: string | null, docDate: string | null) => ({
  time: { start, end },
  reported,
  docDate,
});

describe("periods", () => {
  it("knows month lengths and leap years", () => {
    expect(lastDay("2024-02")).toBe("2024-02-29");
    expect(lastDay("2023-02")).toBe("2023-02-28");
    expect(lastDay("2023")).toBe("2023-12-31");
    expect(lastDay("2024-10-13")).toBe("2024-10-13");
  });
  it("an open start runs until the report", () => {
    expect(periodOf(at("2023-08", null, null, "2024-10"))).toEqual({ from: "2023-08-01", to: "2024-10-31" });
    expect(periodOf(at("2024-10-08", "2024-10-13", null, "2024-10"))).toEqual({
      from: "2024-10-08",
      to: "2024-10-13",
    });
    expect(periodOf(at(null, null, "2024-03", "2024-10"))).toEqual({ from: "2024-03-01", to: "2024-03-31" });
    expect(periodOf(at(null, null, null, null))).toBeNull();
  });
  it("as-of is end, else reported, else document date; a bare start gives none", () => {
    expect(asOf(at("2023-08", null, null, "2024-10"))).toBe("2024-10");
    expect(asOf(at(null, null, "2024-03", "2024-10"))).toBe("2024-03");
    expect(asOf(at("2023", null, null, null))).toBeNull();
    expect(asOf(at("2025", "2025", null, "2025-05-29"))).toBe("2025-05-29");
    expect(asOf(at("2024-10-08", "2024-10-13", null, "2024-10"))).toBe("2024-10-13");
  });
  it("overlap and containment", () => {
    const oct = { from: "2024-10-01", to: "2024-10-31" };
    const week = { from: "2024-10-08", to: "2024-10-13" };
    const nov = { from: "2024-11-01", to: "2024-11-30" };
    expect(periodsOverlap(oct, week)).toBe(true);
    expect(periodsOverlap(oct, nov)).toBe(false);
    expect(periodsOverlap({ from: null, to: "2024-10-02" }, oct)).toBe(true);
    expect(strictlyWithin(week, oct)).toBe(true);
    expect(strictlyWithin(oct, week)).toBe(false);
    expect(strictlyWithin(oct, oct)).toBe(false);
  });
  it("orders mixed precision coarser first, undated last", () => {
    const dates = ["2024-10-08", null, "2024-10", "2023", "2024-03"];
    expect([...dates].sort(compareIso)).toEqual(["2023", "2024-03", "2024-10", "2024-10-08", null]);
  });
});
