import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "lagebild-mp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("one SQLite file, several writing processes", () => {
  it("stores every document of two concurrent writers, and a text both save exactly once", async () => {
    const db = join(dir, "shared.db");
    // no store is opened first: both writers create the schema on their first open, as two ingests would
    const worker = fileURLToPath(new URL("./concurrent-writer.ts", import.meta.url));
    const outs = await Promise.all(
      ["a", "b"].map((tag) =>
        run(process.execPath, ["--import", "tsx", worker, db, "30", tag], { timeout: 60_000 }),
      ),
    );
    const statuses = outs.flatMap((o) => JSON.parse(o.stdout) as string[]);
    expect(statuses.filter((s) => s === "new")).toHaveLength(61);
    expect(statuses.filter((s) => s === "identical")).toHaveLength(1);
    const store = await openStore(db);
    try {
      expect(await store.documentIds()).toHaveLength(61);
    } finally {
      await store.close();
    }
  });
});
