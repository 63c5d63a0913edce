/** @module The PostgreSQL back-end: a pg Pool behind Kysely's PostgresDialect, for a store shared by several workers. */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { type DedupOptions, type DialectHooks, KyselyStore } from "../kysely-store.js";
import type { Database } from "../schema.js";
import { indexDocumentTextSearch, searchTextSearch } from "./text-search.js";

export const postgresHooks: DialectHooks = {
  dialect: "postgres",
  indexText: (db, id, doc) => indexDocumentTextSearch(db, id, doc),
  searchIds: (db, query, limit) => searchTextSearch(db, query, limit),
  // 23505: unique_violation
  isUniqueViolation: (err) =>
    typeof err === "object" && err !== null && (err as { code?: unknown }).code === "23505",
};

/**
 * `url` is a `postgres://` connection string; libpq options pass through, e.g.
 * `postgres://user@host/db?options=-c%20search_path%3Dlagebild` to keep the tables in a schema.
 */
export function openPostgresDb(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export function postgresStore(db: Kysely<Database>, dedup?: DedupOptions): KyselyStore {
  return new KyselyStore(db, postgresHooks, dedup);
}
