import { describe, expect, it } from "vitest";
import { buildFlows } from "../../src/analyse/flows.js";
import { claim, event, src } from "./fixtures.js";

describe("flows", () => {
  const claims = [
    claim({
      kind: "delivery",
      item: "shell",
      value: 1000000,
      approx: true,
      reported: "2024-03",
      source: src("KR"),
    }),
    claim({ kind: "delivery", item: "shell", value: 3000000, reported: "2024-09", source: src("KR") }),
    claim({ kind: "deployment", item: "soldier", value: 10000, source: src("US") }),
    claim({ kind: "delivery", item: "other", actor: "RU", recipient: "KP" }),
    claim({ kind: "launch", item: "missile", actor: "RU", recipient: "UA", min: 20 }),
    claim({ kind: "delivery", item: "shell", actor: "KP", recipient: null, value: 5 }),
  ];
  const g = buildFlows(claims);
  it("draws one edge per sender, receiver and item", () => {
    expect(g.edges.map((e) => `${e.from}>${e.to}:${e.item}`)).toEqual([
      "KP>RU:shell",
      "KP>RU:soldier",
      "RU>KP:other",
    ]);
    expect(g.nodes).toEqual([
      { id: "KP", out: 3, in: 1 },
      { id: "RU", out: 1, in: 3 },
    ]);
  });
  it("keeps the latest figure as stated and the independent sources", () => {
    const shells = g.edges[0]!;
    expect(shells.latest?.figure).toBe("3 000 000");
    expect(shells.count).toBe(2);
    expect(shells.sources).toBe(1);
    expect(shells.qualitative).toBe(false);
  });
  it("a transfer without a figure is a qualitative edge", () => {
    expect(g.edges[2]!.qualitative).toBe(true);
    expect(g.edges[2]!.latest).toBeNull();
  });
  it("event edges on request, and filters", () => {
    const withEvents = buildFlows(claims, [event({ kind: "visit", actor: "RU", location: "KP" })], {
      eventKinds: ["visit"],
      country: "RU",
      item: "event:visit",
    });
    expect(withEvents.edges.map((e) => [e.from, e.to, e.item, e.eventIds.length])).toEqual([
      ["RU", "KP", "event:visit", 1],
    ]);
  });
});
