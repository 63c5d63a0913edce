import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { ingest } from "../../src/ingest/ingest.js";
import { openStore } from "../../src/store/index.js";

// One dpa story as two outlets printed it: other headline, reworded clauses, other furniture.
// It must become one story cluster, and no other pair of the bundled examples may join it.
it("clusters the two outlets' copies of the bundled dpa story, and nothing else", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-cluster-"));
  const store = await openStore(join(dir, "x.db"));
  try {
    const summary = await ingest(store, [resolve("examples/articles")], { extract: undefined });
    expect(summary.failed).toBe(0);
    expect(summary.nearDuplicate).toBe(1);
    const docs = await store.listDocuments({ limit: 100 });
    const byCluster = new Map<number, string[]>();
    for (const d of docs) byCluster.set(d.clusterId, [...(byCluster.get(d.clusterId) ?? []), d.origin]);
    const shared = [...byCluster.values()].filter((origins) => origins.length > 1);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.map((o) => o.replace(/.*\//, "")).sort()).toEqual([
      "05-de-nis-verluste-outlet-a.txt",
      "06-de-nis-verluste-outlet-b.txt",
    ]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
