/** @module Test helpers for the store suite: the back-ends to run on, and documents and records built from our own sentences. */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Mention } from "../../src/core/annotations.js";
import type { Document, Lang } from "../../src/core/document.js";
import type { ClaimRecord, EntityRecord, EventRecord } from "../../src/core/records.js";
import type { Extraction } from "../../src/store/types.js";

export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** A place the suite can open stores at, fresh for each test, and clean up afterwards. */
export interface Backend {
  name: "sqlite" | "postgres";
  /** a location for openStore; each call gives an empty database */
  fresh(): Promise<string>;
  cleanup(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-store-"));
  let n = 0;
  return {
    name: "sqlite",
    fresh: async () => join(dir, `t${++n}.db`),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * PostgreSQL: each `fresh()` creates a schema with a random name and points `search_path` at it,
 * so runs in parallel or left over from before never meet.
 */
export function postgresBackend(url: string): Backend {
  const schemas: string[] = [];
  const admin = async <T>(f: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await f(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: "postgres",
    async fresh() {
      const schema = `lagebild_test_${randomBytes(6).toString("hex")}`;
      await admin((c) => c.query(`create schema ${schema}`));
      schemas.push(schema);
      const sep = url.includes("?") ? "&" : "?";
      return `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    },
    async cleanup() {
      if (!schemas.length) return;
      await admin(async (c) => {
        for (const s of schemas) await c.query(`drop schema if exists ${s} cascade`);
      });
    },
  };
}

/**
 * SQLite always; PostgreSQL when `LAGEBILD_TEST_PG` names a server that answers. Each skip prints
 * its reason, so a run without PostgreSQL says so instead of passing quietly.
 */
export async function backends(): Promise<Backend[]> {
  const out: Backend[] = [sqliteBackend()];
  const pgUrl = process.env.LAGEBILD_TEST_PG;
  if (!pgUrl) {
    console.warn("store tests: LAGEBILD_TEST_PG is not set, so the PostgreSQL back-end is skipped");
    return out;
  }
  const probe = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    await probe.query("select 1");
    out.push(postgresBackend(pgUrl));
  } catch (err) {
    console.warn(
      `store tests: no PostgreSQL server answers at LAGEBILD_TEST_PG (${(err as Error).message}), so the PostgreSQL back-end is skipped`,
    );
  } finally {
    await probe.end().catch(() => {});
  }
  return out;
}

export function makeDoc(text: string, over: Partial<Document> = {}): Document {
  return {
    text,
    title: null,
    url: null,
    outlet: null,
    date: null,
    datePrecision: null,
    dateInferred: false,
    lang: "de" as Lang,
    hash: createHash("sha256").update(text).digest("hex"),
    ingestedAt: "2024-11-02T10:00:00.000Z",
    origin: "test.txt",
    nonBody: [],
    ...over,
  };
}

/** The `[start, end)` of the first occurrence of `part` in `text`; fails loudly if absent. */
export function spanOf(text: string, part: string): [number, number] {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" not in text`);
  return [at, at + part.length];
}

export function claim(text: string, sentence: string, over: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    type: "claim",
    doc: "test.txt",
    kind: "deployment",
    item: "soldier",
    value: null,
    min: null,
    max: null,
    approx: false,
    vague: null,
    actor: null,
    recipient: null,
    time: { start: null, end: null },
    reported: null,
    source: { country: null, org: null, person: null },
    publisher: null,
    hedged: false,
    span: spanOf(text, sentence),
    text: sentence,
    figure: null,
    rules: ["test.claim"],
    ...over,
  };
}

export function event(text: string, sentence: string, over: Partial<EventRecord> = {}): EventRecord {
  return {
    type: "event",
    doc: "test.txt",
    kind: "visit",
    participants: [],
    actor: null,
    location: null,
    time: { start: null, end: null },
    span: spanOf(text, sentence),
    text: sentence,
    rules: ["test.event"],
    ...over,
  };
}

export function mention(text: string, part: string, over: Partial<Mention> = {}): Mention {
  const [start, end] = spanOf(text, part);
  return {
    start,
    end,
    text: part,
    entity: "country/KP",
    name: "North Korea",
    category: "country",
    country: "KP",
    form: "name",
    rule: "test.mention",
    ...over,
  };
}

export function entity(text: string, parts: string[], over: Partial<EntityRecord> = {}): EntityRecord {
  return {
    type: "entity",
    doc: "test.txt",
    name: "North Korea",
    category: "country",
    id: "country/KP",
    spans: parts.map((p) => spanOf(text, p)),
    ...over,
  };
}

export function extraction(over: Partial<Extraction> = {}): Extraction {
  return { version: "test-1", mentions: [], claims: [], events: [], entities: [], ...over };
}
