import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { independenceKey } from "../../src/analyse/compare.js";
import { corroborate } from "../../src/analyse/corroboration.js";
import {
  credibilityOf,
  gradeBook,
  gradeClaims,
  readGradeFile,
  reliabilityOf,
} from "../../src/analyse/grading.js";
import { InputError } from "../../src/core/errors.js";
import { claim, src } from "./fixtures.js";

describe("independence and corroboration", () => {
  it("copies of an unattributed figure within one story cluster count once", () => {
    const a = claim({ value: 10000, clusterId: 7, documentId: 1, outlet: "a.example" });
    const b = claim({ value: 10000, clusterId: 7, documentId: 2, outlet: "b.example" });
    const c = claim({ value: 10000, clusterId: 8, documentId: 3 });
    expect(independenceKey(a)).toBe(independenceKey(b));
    const k = corroborate([a, b, c]);
    expect(k.get(a.id)?.sources).toBe(2);
    expect(k.get(c.id)?.sources).toBe(2);
  });
  it("a claimant's figure passed on in other stories counts once", () => {
    const a = claim({ value: 10000, source: src("US", "Department of Defense"), clusterId: 1 });
    const b = claim({ value: 10000, source: src("US", "department of defense"), clusterId: 2 });
    const c = claim({ value: 11000, approx: true, source: src("KR"), clusterId: 3 });
    const d = claim({ max: 12000, source: src("UA"), clusterId: 4 });
    const k = corroborate([a, b, c, d]);
    expect(k.get(a.id)?.sources).toBe(3);
    expect(k.get(a.id)?.corroboratedBy.sort()).toEqual([c.id, d.id].sort());
  });
  it("counts contradicting sources", () => {
    const a = claim({ value: 3000, source: src("RU") });
    const b = claim({ value: 10000, source: src("US") });
    const c = claim({ value: 11000, approx: true, source: src("KR") });
    const k = corroborate([a, b, c]);
    expect(k.get(a.id)?.contradictions).toBe(2);
    expect(k.get(b.id)?.contradictions).toBe(1);
  });
});

describe("credibility rules", () => {
  const named = { hedged: false, source: src("US"), publisher: null };
  it("1 confirmed: three independent compatible sources, no contradiction", () => {
    expect(credibilityOf(named, { sources: 3, contradictions: 0 })).toBe(1);
  });
  it("2 probably true: two", () => {
    expect(credibilityOf({ ...named, hedged: true }, { sources: 2, contradictions: 0 })).toBe(2);
  });
  it("3 possibly true: one named source, unhedged", () => {
    expect(credibilityOf(named, { sources: 1, contradictions: 0 })).toBe(3);
  });
  it("4 doubtful: hedged, or contradicted by one source", () => {
    expect(credibilityOf({ ...named, hedged: true }, { sources: 1, contradictions: 0 })).toBe(4);
    expect(credibilityOf(named, { sources: 3, contradictions: 1 })).toBe(4);
  });
  it("5 improbable: contradicted by two or more", () => {
    expect(credibilityOf(named, { sources: 2, contradictions: 2 })).toBe(5);
  });
  it("6 cannot be judged: no source named", () => {
    const anon = { hedged: false, source: src(null), publisher: null };
    expect(credibilityOf(anon, { sources: 1, contradictions: 0 })).toBe(6);
  });
  it("grades claims end to end with the Admiralty code", () => {
    const a = claim({ value: 10000, source: src("US", "Department of Defense") });
    const b = claim({ max: 12000, source: src("KR") });
    const c = claim({ value: 10000, hedged: true, source: src(null) });
    const g = gradeClaims(
      [a, b, c],
      gradeBook([{ source: "Department of Defense", reliability: "B", note: null }]),
    );
    expect(g.get(a.id)?.code).toBe("B1");
    expect(g.get(b.id)?.code).toBe("F1");
    expect(g.get(c.id)?.credibility).toBe(1);
  });
});

describe("reliability", () => {
  it("defaults to F and prefers the claimant over the outlet; later lists override earlier ones", () => {
    const c = claim({ source: src("KR", null, "Shin Won-sik"), outlet: "news.example" });
    expect(reliabilityOf(c, gradeBook([]))).toEqual({ reliability: "F", gradedAs: null });
    const book = gradeBook(
      [
        { source: "news.example", reliability: "C", note: null },
        { source: "KR", reliability: "D", note: null },
      ],
      [{ source: "kr", reliability: "B", note: "user" }],
    );
    expect(reliabilityOf(c, book).reliability).toBe("B");
    expect(reliabilityOf(claim({ outlet: "news.example" }), book).reliability).toBe("C");
  });
  it("reads a grade file and rejects bad grades naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-grades-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ grades: { Reuters: "B", KR: { reliability: "C", note: "x" } } }));
    expect(readGradeFile(good)).toEqual([
      { source: "Reuters", reliability: "B", note: null },
      { source: "KR", reliability: "C", note: "x" },
    ]);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ grades: { Reuters: "G" } }));
    expect(() => readGradeFile(bad)).toThrow(InputError);
    expect(() => readGradeFile(bad)).toThrow(/bad\.json.*Reuters/);
    expect(readGradeFile()).toEqual([]);
  });
});

describe("data file errors", () => {
  it("a missing grade file is E_NOT_FOUND, broken JSON E_BAD_JSON, each naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-grades-"));
    expect(() => readGradeFile(join(dir, "absent.json"))).toThrow(/absent\.json.*\[E_NOT_FOUND\]/);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ grades: ");
    expect(() => readGradeFile(broken)).toThrow(/broken\.json.*\[E_BAD_JSON\]/);
  });
});
