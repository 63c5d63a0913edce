import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../src/analyse/timeline.js";
import { claim, event, src } from "./fixtures.js";

describe("timeline", () => {
  const claims = [
    claim({ id: 1, value: 10000, source: src("US", "Department of Defense") }),
    claim({ id: 2, value: 1500, time: { start: "2024-10-08", end: "2024-10-13" }, source: src("KR") }),
    claim({
      id: 3,
      kind: "delivery",
      item: "container",
      value: 7000,
      time: { start: null, end: null },
      reported: "2024-03",
    }),
    claim({ id: 4, kind: "inventory", value: 1300000, time: { start: null, end: null }, docDate: null }),
  ];
  const events = [
    event({
      id: 10,
      kind: "visit",
      actor: "RU",
      location: "KP",
      participants: ["Vladimir Putin"],
      time: { start: "2024-06", end: null },
    }),
    event({ id: 11, kind: "visit", actor: "KP", location: "RU", time: { start: "2023-09", end: null } }),
  ];
  it("orders by the time items are about, at their grain; undated last", () => {
    const t = buildTimeline(claims, events);
    expect(t.map((e) => [e.type, e.id, e.at, e.grain, e.basis])).toEqual([
      ["event", 11, "2023-09", "month", "stated"],
      ["claim", 3, "2024-03", "month", "reported"],
      ["event", 10, "2024-06", "month", "stated"],
      ["claim", 1, "2024-10", "month", "stated"],
      ["claim", 2, "2024-10-08", "day", "stated"],
      ["claim", 4, null, null, null],
    ]);
    expect(t[4]!.end).toBe("2024-10-13");
    expect(t[3]!.figure).toBe("10 000");
  });
  it("filters by actor, kind, item, source and time", () => {
    const ids = (f: Parameters<typeof buildTimeline>[2]) => buildTimeline(claims, events, f).map((e) => e.id);
    expect(ids({ actor: "KP", type: "event" })).toEqual([11, 10]);
    expect(ids({ kind: "visit" })).toEqual([11, 10]);
    expect(ids({ item: "container" })).toEqual([3]);
    expect(ids({ source: "defense" })).toEqual([1]);
    expect(ids({ from: "2024-10-05", to: "2024-10-20" })).toEqual([1, 2]);
    expect(ids({ from: "2024", to: "2024-06" })).toEqual([3, 10]);
  });
});
