import { describe, expect, it } from "vitest";
import { gradeClaims } from "../../src/analyse/grading.js";
import {
  evaluateHypotheses,
  type HypothesisSet,
  parseHypothesisSet,
  readHypothesisSet,
} from "../../src/analyse/hypotheses.js";
import { InputError } from "../../src/core/errors.js";
import { claim, event, src } from "./fixtures.js";

const set: HypothesisSet = parseHypothesisSet({
  id: "t",
  title: "test set",
  evidence: [
    { id: "big", label: "many soldiers", match: { type: "claim", kind: "deployment", figureAtLeast: 5000 } },
    { id: "small", label: "few soldiers", match: { type: "claim", kind: "deployment", figureAtMost: 2000 } },
    { id: "fight", label: "combat in UA", match: { type: "event", kind: "military_action", location: "UA" } },
  ],
  hypotheses: [
    { id: "few", label: "only a few", consistent: ["small"], inconsistent: ["big", "fight"] },
    { id: "many", label: "many, no combat", consistent: ["big"], inconsistent: ["fight"] },
    { id: "war", label: "many, fighting", consistent: ["big", "fight"] },
  ],
});

describe("ACH matrix", () => {
  const claims = [
    claim({ value: 10000, source: src("US") }),
    claim({ value: 10000, source: src("US") }), // the same claimant again: one row
    claim({ max: 12000, source: src("KR") }),
    claim({ value: 1500, time: { start: "2024-10-08", end: "2024-10-13" }, source: src("KR"), hedged: true }),
  ];
  const events = [
    event({ kind: "military_action", actor: "KP", location: "UA", time: { start: "2024-11", end: null } }),
  ];
  const m = evaluateHypotheses(set, claims, events, gradeClaims(claims));

  it("one row per independent source and evidence item, cells from the set", () => {
    expect(m.rows.map((r) => r.evidence)).toEqual(["big", "big", "small", "fight"]);
    expect(m.rows[0]!.cells).toEqual({ few: "I", many: "C", war: "C" });
    expect(m.unmatched).toEqual([]);
  });
  it("ranks by weighted inconsistency, least first", () => {
    expect(m.hypotheses.map((h) => [h.id, h.rank])).toEqual([
      ["war", 1],
      ["many", 2],
      ["few", 3],
    ]);
    const few = m.hypotheses.find((h) => h.id === "few")!;
    expect(few.inconsistent).toBe(3);
    // two corroborating sources (credibility 2, weight 0.8) + one event in one cluster (3, weight 0.6)
    expect(few.inconsistency).toBeCloseTo(0.8 + 0.8 + 0.6);
  });
  it("updates as evidence arrives", () => {
    const none = evaluateHypotheses(set, [], [], new Map());
    expect(none.hypotheses.every((h) => h.rank === 1)).toBe(true);
    expect(none.unmatched).toEqual(["big", "small", "fight"]);
  });
});

describe("hypothesis sets", () => {
  it("rejects unknown evidence references and unknown fields", () => {
    const bad = {
      id: "x",
      title: "x",
      evidence: [{ id: "e", label: "e", match: { type: "claim" } }],
      hypotheses: [{ id: "h", label: "h", inconsistent: ["nope"] }],
    };
    expect(() => parseHypothesisSet(bad, "bad.json")).toThrow(InputError);
    expect(() => parseHypothesisSet(bad, "bad.json")).toThrow(/bad\.json.*nope/);
    const typo = {
      ...bad,
      hypotheses: [{ id: "h", label: "h" }],
      evidence: [{ id: "e", label: "e", match: { type: "claim", kinds: "x" } }],
    };
    expect(() => parseHypothesisSet(typo)).toThrow(/kinds/);
  });
  it("ships the three scenarios of seed 000", () => {
    const example = readHypothesisSet();
    expect(example.hypotheses).toHaveLength(3);
    const m = evaluateHypotheses(
      example,
      [claim({ value: 10000, source: src("US", "Department of Defense") })],
      [],
      new Map(),
    );
    // many soldiers contradict "specialists only"
    expect(m.hypotheses.at(-1)?.id).toBe("H1");
  });
});

describe("editable hypothesis sets", () => {
  it("saves, lists and deletes sets in a folder; invalid ones are refused", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { saveHypothesisSet, listHypothesisSets, deleteHypothesisSet } = await import(
      "../../src/analyse/hypotheses.js"
    );
    const dir = mkdtempSync(join(tmpdir(), "lagebild-ach-"));
    saveHypothesisSet({ ...set, id: "mine" }, dir);
    writeFileSync(join(dir, "broken.json"), "{");
    const listed = listHypothesisSets(dir);
    expect(listed.sets.map((s) => s.id)).toEqual(["mine"]);
    expect(listed.errors[0]?.message).toMatch(/broken\.json/);
    expect(() => saveHypothesisSet({ ...set, id: "../escape" }, dir)).toThrow(InputError);
    expect(deleteHypothesisSet("mine", dir)).toBe(true);
    expect(deleteHypothesisSet("mine", dir)).toBe(false);
  });
});
