import { describe, expect, it } from "vitest";
import { findDateHeader, parseIsoDate, parseMetaDate } from "../../src/pipeline/read/dates.js";

describe("parseIsoDate", () => {
  it("keeps the precision the value states", () => {
    expect(parseIsoDate("2024")).toEqual({ date: "2024", precision: "year" });
    expect(parseIsoDate("2024-10")).toEqual({ date: "2024-10", precision: "month" });
    expect(parseIsoDate("2024-10-08")).toEqual({ date: "2024-10-08", precision: "day" });
    expect(parseIsoDate("2024-10-08T23:30:00+02:00")).toEqual({ date: "2024-10-08", precision: "day" });
  });
  it("rejects impossible and malformed dates", () => {
    expect(parseIsoDate("2024-13")).toBeNull();
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("Oktober 2024")).toBeNull();
  });
});

describe("parseMetaDate", () => {
  it("reads RFC 822 feed dates as a UTC day", () => {
    expect(parseMetaDate("Tue, 08 Oct 2024 09:00:00 GMT")).toEqual({ date: "2024-10-08", precision: "day" });
  });
  it("does not roll an impossible ISO date over into the next month", () => {
    expect(parseMetaDate("2024-06-31")).toBeNull();
    expect(parseMetaDate("soon")).toBeNull();
    expect(parseMetaDate(null)).toBeNull();
  });
});

describe("findDateHeader", () => {
  it("finds an inline header followed by text and returns its range", () => {
    const text = " date 2024-10 Seit Wochen wird berichtet.";
    const h = findDateHeader(text);
    expect(h).toMatchObject({
      date: "2024-10",
      precision: "month",
      range: { start: 0, rule: "header.date" },
    });
    if (h && h !== "invalid") expect(text.slice(h.range.start, h.range.end)).toBe(" date 2024-10");
  });
  it("accepts a header without the leading space, with a day, on its own line", () => {
    const h = findDateHeader("date 2024-06-19\nPutin reiste nach Pjöngjang.");
    expect(h).toMatchObject({ date: "2024-06-19", precision: "day", range: { start: 0, end: 15 } });
  });
  it("needs the exact form at the very start", () => {
    expect(findDateHeader("Das date 2024-10 steht nicht am Anfang.")).toBeNull();
    expect(findDateHeader(" date 2024-10x")).toBeNull();
    expect(findDateHeader(" date 2024 ohne Monat")).toBeNull();
    expect(findDateHeader(" date 2024-13 falsch")).toBe("invalid");
  });
});
