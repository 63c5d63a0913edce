import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { docs, docsCommand } from "../../src/cli/docs.js";
import { openStore } from "../../src/store/index.js";
import { fixture, makeDoc } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "lagebild-docs-"));
const db = join(dir, "docs.db");

beforeAll(async () => {
  const store = await openStore(db);
  await store.saveDocument(
    makeDoc(fixture("agency-story-outlet-a.txt"), { title: "Erste Fassung", outlet: "a.de" }),
  );
  await store.saveDocument(
    makeDoc(fixture("agency-story-outlet-b.txt"), { title: "Zweite Fassung", outlet: "b.de" }),
  );
  await store.saveDocument(
    makeDoc(fixture("unrelated-same-subject.txt"), { title: "Anderes Thema", lang: "de" }),
  );
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lagebild docs", () => {
  it("lists stored documents as a table with their story cluster", async () => {
    const out = await docs({ db, format: "table", limit: 100, offset: 0 });
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^id\s+date\s+lang\s+outlet\s+title\s+clusterId/);
    expect(lines).toHaveLength(2 + 3);
    expect(lines[2]).toMatch(/^1\s.*Erste Fassung\s+1\s/);
    expect(lines[3]).toMatch(/^2\s.*Zweite Fassung\s+1\s/);
    expect(lines[4]).toMatch(/^3\s.*Anderes Thema\s+3\s/);
  });

  it("writes JSON, JSONL and CSV, with limit and offset", async () => {
    const json = JSON.parse(await docs({ db, format: "json", limit: 100, offset: 0 }));
    expect(json.map((d: { clusterId: number }) => d.clusterId)).toEqual([1, 1, 3]);
    const jsonl = (await docs({ db, format: "jsonl", limit: 1, offset: 1 })).trimEnd().split("\n");
    expect(jsonl.map((l) => JSON.parse(l).title)).toEqual(["Zweite Fassung"]);
    const csv = (await docs({ db, format: "csv", limit: 2, offset: 0 })).trimEnd().split("\n");
    expect(csv[0]).toBe("id,date,lang,outlet,title,clusterId,claims,events,chars,origin");
    expect(csv).toHaveLength(3);
  });

  it("parses its flags and prints to stdout", async () => {
    const program = new Command().exitOverride();
    docsCommand(program);
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await program.parseAsync(["docs", "--db", db, "--format", "jsonl", "--limit", "2"], { from: "user" });
      const printed = write.mock.calls.map((c) => String(c[0])).join("");
      expect(printed.trimEnd().split("\n")).toHaveLength(2);
    } finally {
      write.mockRestore();
    }
    const bad = new Command().exitOverride().configureOutput({ writeErr: () => {} });
    docsCommand(bad);
    await expect(bad.parseAsync(["docs", "--db", db, "--limit", "-3"], { from: "user" })).rejects.toThrow(
      /whole number/,
    );
  });
});
