import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/core/errors.js";
import { EXTRACT_BATCH } from "../../src/extract/index.js";
import { formatSummary, ingest } from "../../src/ingest/ingest.js";
import { openStore } from "../../src/store/index.js";
import { startServer, type TestServer } from "../read/http-fixture.js";
import { fakeStore } from "./fake-store.js";

const seeds = resolve(process.cwd(), "../shared/seeds");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-ingest-"));
});

const counts = (s: { new: number; identical: number; nearDuplicate: number; failed: number }) => [
  s.new,
  s.identical,
  s.nearDuplicate,
  s.failed,
];

describe("ingest (in-memory store)", () => {
  it("stores the seeds once; the same run again adds nothing", async () => {
    const store = fakeStore();
    const names: string[] = [];
    const first = await ingest(store, [seeds], {
      extract: (_doc, name) => {
        names.push(name);
        return { version: "t", mentions: [], claims: [], events: [], entities: [] };
      },
    });
    expect(counts(first)).toEqual([2, 0, 0, 0]);
    expect(store.saved.map((s) => s.extraction?.version)).toEqual(["t", "t"]);
    expect(names.sort()).toEqual(store.saved.map((s) => s.doc.origin.split("/").pop()).sort());
    const again = await ingest(store, [seeds]);
    expect(counts(again)).toEqual([0, 2, 0, 0]);
    expect(store.saved).toHaveLength(2);
    expect(formatSummary(again)).toBe("0 new, 2 identical, 0 near-duplicate, 0 failed");
  });

  it("counts near-duplicates as the store reports them", async () => {
    const store = fakeStore((a, b) => a.text.slice(0, 30) === b.text.slice(0, 30));
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    writeFileSync(a, "Nordkorea schickt weitere Soldaten nach Russland, meldet Seoul am Montag.");
    writeFileSync(b, "Nordkorea schickt weitere Soldaten nach Russland, meldet Seoul am Dienstag.");
    expect(counts(await ingest(store, [a, b]))).toEqual([1, 0, 1, 0]);
  });

  it("goes on after failures, reports each once, and saves nothing for a failed input", async () => {
    const store = fakeStore();
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const good = join(dir, "good.txt");
    writeFileSync(good, "Russland und Nordkorea bauen ihre militärische Zusammenarbeit weiter aus.");
    const crash = join(dir, "crash.txt");
    writeFileSync(crash, "Dieser Text bringt den Extraktor zum Absturz, ein Fehler im Programm.");
    const reported: string[] = [];
    const summary = await ingest(store, [empty, join(dir, "missing.txt"), crash, good], {
      extract: (doc) => {
        if (doc.text.includes("Absturz")) throw new Error("boom");
        return { version: "t", mentions: [], claims: [], events: [], entities: [] };
      },
      onFailure: (e) => reported.push(`${e.code} ${e.input}`),
    });
    expect(counts(summary)).toEqual([1, 0, 0, 3]);
    expect(reported).toEqual([
      `${ErrorCode.EMPTY} ${empty}`,
      `${ErrorCode.NOT_FOUND} ${join(dir, "missing.txt")}`,
      `${ErrorCode.PIPELINE} ${crash}`,
    ]);
    expect(store.saved.map((s) => s.doc.origin)).toEqual([good]);
  });

  it("reports a store failure for the document and goes on", async () => {
    const store = fakeStore();
    const save = store.saveDocument.bind(store);
    store.saveDocument = async (doc, ex) => {
      if (doc.text.includes("Sperre")) throw new Error("database is locked");
      return save(doc, ex);
    };
    const a = join(dir, "lock.txt");
    writeFileSync(a, "Die Sperre der Datenbank betrifft nur diesen Artikel über Nordkorea.");
    const b = join(dir, "ok.txt");
    writeFileSync(b, "Ein anderer Artikel über Russland wird trotzdem gespeichert werden.");
    const s = await ingest(store, [a, b]);
    expect(counts(s)).toEqual([1, 0, 0, 1]);
    expect(s.failures[0]!.message).toBe(`${a}: could not be stored: database is locked [${ErrorCode.STORE}]`);
  });

  it("extracts more inputs than a batch holds, each stored with its own records, progress in order", async () => {
    const many = join(dir, "many");
    mkdirSync(many);
    const n = EXTRACT_BATCH + 5;
    for (let i = 0; i < n; i++) {
      writeFileSync(
        join(many, `m${String(i).padStart(2, "0")}.txt`),
        `Nordkorea hat nach Angaben aus Seoul ${100 + i} weitere Soldaten nach Russland geschickt.`,
      );
    }
    const store = fakeStore();
    const seen: number[] = [];
    const summary = await ingest(store, [many], { onTaskDone: (done) => seen.push(done) });
    expect(counts(summary)).toEqual([n, 0, 0, 0]);
    expect(seen).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    for (const { doc, extraction } of store.saved) {
      const figure = Number(/\d+/.exec(doc.text)![0]);
      expect(extraction?.claims.map((c) => c.value)).toEqual([figure]);
    }
  });

  it("reports progress per input", async () => {
    const seen: string[] = [];
    await ingest(fakeStore(), [seeds, join(dir, "missing.txt")], {
      onPlanned: (n) => seen.push(`planned ${n}`),
      onTaskDone: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(["planned 3", "1/3", "2/3", "3/3"]);
  });
});

describe("ingest (SQLite store)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("stores the seeds, then nothing new; a feed's pages join them", async () => {
    const store = await openStore(join(dir, "seeds.db"));
    try {
      expect(counts(await ingest(store, [seeds]))).toEqual([2, 0, 0, 0]);
      expect(counts(await ingest(store, [seeds]))).toEqual([0, 2, 0, 0]);
      const listed = await store.listDocuments();
      expect(listed).toHaveLength(2);
      const stored = await Promise.all(listed.map((d) => store.getDocument(d.id)));
      const d000 = stored.find((d) => d?.origin.includes("000_"))!;
      const d003 = stored.find((d) => d?.origin.includes("003_"))!;
      expect(d000).toMatchObject({ date: "2024-10", datePrecision: "month", lang: "de" });
      expect(d003).toMatchObject({ date: null, lang: "de" });
      expect(d003.nonBody.at(-1)).toMatchObject({
        end: d003.text.length,
        rule: "de.furniture.ueber-den-gespraechspartner",
      });

      const feed = await ingest(store, [`${server.base}/feed.rss`]);
      expect(counts(feed)).toEqual([2, 0, 0, 1]);
      expect(await store.listDocuments()).toHaveLength(4);
    } finally {
      await store.close();
    }
  });
});
