import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type ReadOutcome, readInputs } from "../../src/pipeline/read/sources.js";

const seeds = resolve(process.cwd(), "../shared/seeds");

describe("the seed articles", async () => {
  const outcomes: ReadOutcome[] = [];
  for await (const o of readInputs([seeds])) outcomes.push(o);
  const byName = new Map(outcomes.flatMap((o) => (o.ok ? [[o.name, o.doc] as const] : [])));
  const files = readdirSync(seeds).filter((f) => f.endsWith(".txt"));
  const file = (prefix: string) => files.find((f) => f.startsWith(prefix))!;

  it("yields one German document per file, text exactly as in the file", () => {
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(byName.size).toBe(files.length);
    for (const f of files) {
      const doc = byName.get(f)!;
      expect(doc.text).toBe(readFileSync(join(seeds, f), "utf8"));
      expect(doc.lang).toBe("de");
    }
  });

  it("dates 000 from its inline header (month precision), whose range is non-body", () => {
    const doc = byName.get(file("000_"))!;
    expect(doc).toMatchObject({ date: "2024-10", datePrecision: "month", dateInferred: false });
    const header = doc.nonBody.find((r) => r.rule === "header.date")!;
    expect(doc.text.slice(header.start, header.end)).toBe(" date 2024-10");
    expect(doc.text.slice(header.end, header.end + 9)).toBe(" Seit der");
  });

  it("leaves 003 undated and marks its trailing block non-body from 'Über den Gesprächspartner' to the end", () => {
    const doc = byName.get(file("003_"))!;
    expect(doc.date).toBeNull();
    expect(doc.datePrecision).toBeNull();
    const last = doc.nonBody[doc.nonBody.length - 1]!;
    expect(last.end).toBe(doc.text.length);
    expect(doc.text.slice(last.start)).toMatch(/^Über den Gesprächspartner\n/);
    for (const cue of ["Verwendete Quellen", "JTI zertifiziert", "So arbeitet die Redaktion"]) {
      expect(doc.text.indexOf(cue)).toBeGreaterThan(last.start);
    }
    // nothing of the article before the block is marked except furniture lines
    for (const r of doc.nonBody.slice(0, -1)) expect(doc.text.slice(r.start, r.end)).not.toMatch(/\n/);
  });
});
