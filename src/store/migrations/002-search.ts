/** @module Migration 002: full-text search with per-language stemming (SQLite FTS5 table, PostgreSQL tsvector column). */
import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../dialect.js";
import { createTextSearch, dropTextSearch } from "../postgres/text-search.js";
import { createFts, dropFts } from "../sqlite/fts.js";

export function searchMigration(dialect: StoreDialect): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations do not depend on today's schema type
    up: (db: Kysely<any>) => (dialect === "postgres" ? createTextSearch(db) : createFts(db)),
    // biome-ignore lint/suspicious/noExplicitAny: as above
    down: (db: Kysely<any>) => (dialect === "postgres" ? dropTextSearch(db) : dropFts(db)),
  };
}
