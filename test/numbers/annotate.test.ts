/**
 * @module The `annotate` command: JSONL lines per annotation with spans into the text as read,
 * the date header as reference date, and clear errors naming the input.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { annotateCommand, annotateText } from "../../src/cli/annotate.js";

const dir = mkdtempSync(join(tmpdir(), "lagebild-annotate-"));

async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
  process.exitCode = 0;
  try {
    const program = new Command().exitOverride();
    annotateCommand(program);
    await program.parseAsync(["node", "lagebild", "annotate", ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

afterEach(() => {
  process.exitCode = 0;
});

describe("annotateText", () => {
  it("returns numbers sorted by start with spans into the unmodified text", () => {
    const text = "Die Armee meldet knapp 1,3 Millionen Granaten und bis zu 12 000 Soldaten.";
    const { rows } = annotateText(text, { lang: "de" });
    const numbers = rows.filter((r) => r.type === "number");
    expect(numbers.map((r) => text.slice(r.start, r.end))).toEqual(["knapp 1,3 Millionen", "bis zu 12 000"]);
    expect(numbers[1]).toMatchObject({ value: null, max: 12000, approx: false, vague: null });
    const starts = rows.map((r) => r.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("takes the reference date from the date header and annotates nothing inside the header", () => {
    const text = " date 2024-10 Es kamen 300 Soldaten.";
    const result = annotateText(text, { lang: "de" });
    expect(result.date).toBe("2024-10");
    expect(result.rows.every((r) => r.start >= " date 2024-10".length)).toBe(true);
    expect(result.rows.find((r) => r.type === "number")).toMatchObject({ text: "300", value: 300 });
  });

  it("detects the language when none is given", () => {
    const text = "The ministry said that at least 1,500 soldiers had arrived in the port last week.";
    const result = annotateText(text);
    expect(result.lang).toBe("en");
    expect(result.rows.find((r) => r.type === "number")).toMatchObject({ text: "at least 1,500", min: 1500 });
  });
});

describe("lagebild annotate", () => {
  it("prints one JSON object per line and annotation", async () => {
    const file = join(dir, "a.txt");
    const text = "Laut Seoul wurden rund 10.000 Container geliefert.";
    writeFileSync(file, text);
    const { out, code } = await run("--lang", "de", file);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const n = lines.find((l) => l.type === "number");
    expect(n).toMatchObject({
      type: "number",
      text: "rund 10.000",
      value: 10000,
      approx: true,
      min: null,
      max: null,
    });
    expect(text.slice(n.start, n.end)).toBe("rund 10.000");
  });

  it("names a missing file and sets a failing exit code", async () => {
    const missing = join(dir, "missing.txt");
    const { err, code } = await run(missing);
    expect(code).toBe(1);
    expect(err).toContain(missing);
    expect(err).toContain("E_NOT_FOUND");
  });

  it("refuses an impossible --date", async () => {
    const file = join(dir, "b.txt");
    writeFileSync(file, "Es kamen 300 Soldaten.");
    const { err, code } = await run("--date", "2024-13-01", file);
    expect(code).toBe(1);
    expect(err).toContain("E_BAD_DATE");
  });

  it("names an empty file", async () => {
    const file = join(dir, "empty.txt");
    writeFileSync(file, "");
    const { err, code } = await run(file);
    expect(code).toBe(1);
    expect(err).toContain("E_EMPTY");
  });
});
