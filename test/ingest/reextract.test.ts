import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACT_BATCH, EXTRACTOR_VERSION } from "../../src/extract/index.js";
import { ingest } from "../../src/ingest/ingest.js";
import { reextract } from "../../src/ingest/reextract.js";
import { openStore } from "../../src/store/index.js";

const empty = (version: string) => ({ version, mentions: [], claims: [], events: [], entities: [] });

describe("reextract", () => {
  it("redoes every document stored by another version, in batches, then finds all current", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-reextract-"));
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    const n = EXTRACT_BATCH + 3;
    for (let i = 0; i < n; i++) {
      writeFileSync(
        join(inputs, `r${String(i).padStart(2, "0")}.txt`),
        `Nach Angaben aus Kiew hat Nordkorea ${200 + i} Raketen an Russland geliefert.`,
      );
    }
    const store = await openStore(join(dir, "r.db"));
    try {
      await ingest(store, [inputs], { extract: () => empty("0.0.1") });
      const progress: number[] = [];
      const first = await reextract(store, { onProgress: (done) => progress.push(done) });
      expect(first).toEqual({ updated: n, current: 0, failed: 0 });
      expect(progress).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      const ids = await store.documentIds();
      for (const id of ids) {
        const doc = (await store.getDocument(id))!;
        expect(doc.extractorVersion).toBe(EXTRACTOR_VERSION);
      }
      const figures = (await store.claims()).map((c) => c.value).sort();
      expect(figures).toEqual(Array.from({ length: n }, (_, i) => 200 + i));
      expect(await reextract(store)).toEqual({ updated: 0, current: n, failed: 0 });
    } finally {
      await store.close();
    }
  });

  it("counts a document whose extraction fails and goes on with the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-reextract-"));
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    writeFileSync(a, "Dieser Text bringt den Extraktor zum Absturz, sagt der Test.");
    writeFileSync(b, "Russland und Nordkorea bauen ihre Zusammenarbeit weiter aus.");
    const store = await openStore(join(dir, "f.db"));
    try {
      await ingest(store, [a, b], { extract: () => empty("0.0.1") });
      const failures: string[] = [];
      const summary = await reextract(store, {
        extract: (doc) => {
          if (doc.text.includes("Absturz")) throw new Error("boom");
          return empty("x");
        },
        onFailure: (_id, message) => failures.push(message),
      });
      expect(summary).toEqual({ updated: 1, current: 0, failed: 1 });
      expect(failures).toEqual(["boom"]);
    } finally {
      await store.close();
    }
  });
});
