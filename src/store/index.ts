/** @module Opening a store: a `postgres://` URL selects PostgreSQL, anything else is an SQLite file; migrations run on open. */
import { type Kysely, Migrator, sql } from "kysely";
import { ErrorCode, LagebildError } from "../core/errors.js";
import type { StoreDialect } from "./dialect.js";
import type { DedupOptions, KyselyStore } from "./kysely-store.js";
import { migrationProvider } from "./migrations/index.js";
import { openPostgresDb, postgresStore } from "./postgres/postgres-store.js";
import type { Database } from "./schema.js";
import { openSqliteDb, sqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./types.js";

export type { StoreDialect } from "./dialect.js";
export { DEFAULT_DEDUP, type DedupOptions } from "./kysely-store.js";
export type * from "./types.js";

export const DEFAULT_DB = "./lagebild.db";

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Where the store is when the user names none: `$LAGEBILD_DB`, else `./lagebild.db`. */
export function defaultLocation(): string {
  return process.env.LAGEBILD_DB || DEFAULT_DB;
}

export interface OpenOptions {
  /** near-duplicate detection settings (threshold, MinHash shape) */
  dedup?: DedupOptions;
}

/**
 * Opens (and creates or migrates) the store.
 * @example
 *   const store = await openStore();                                   // ./lagebild.db
 *   const store = await openStore(":memory:");                          // tests
 *   const store = await openStore("postgres://lagebild@db.local/news"); // a shared server
 */
export async function openStore(
  location: string = defaultLocation(),
  opts: OpenOptions = {},
): Promise<Store> {
  const dialect: StoreDialect = isPostgresUrl(location) ? "postgres" : "sqlite";
  const db = dialect === "postgres" ? openPostgresDb(location) : openSqliteDb(location);
  try {
    await migrate(db, dialect);
  } catch (err) {
    await db.destroy().catch(() => {});
    throw new LagebildError(
      ErrorCode.STORE,
      `cannot open the store at ${redact(location)}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const store: KyselyStore =
    dialect === "postgres" ? postgresStore(db, opts.dedup) : sqliteStore(db, opts.dedup);
  return store;
}

export async function migrate(db: Kysely<Database>, dialect: StoreDialect): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema it can see; name ours, or another
  // schema's `kysely_migration` on the same server would be taken for this one's.
  const schema =
    dialect === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    // biome-ignore lint/suspicious/noExplicitAny: the migrator works on the untyped database
    db: db as Kysely<any>,
    provider: migrationProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(failed ? `migration ${failed} failed: ${why}` : why);
  }
}

/** A connection string without its password, for messages. */
function redact(location: string): string {
  return location.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
