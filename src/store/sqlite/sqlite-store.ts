/** @module The SQLite back-end: a better-sqlite3 file (or `:memory:`) behind Kysely's SqliteDialect. */
import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import { ErrorCode, InputError } from "../../core/errors.js";
import { type DedupOptions, type DialectHooks, KyselyStore } from "../kysely-store.js";
import type { Database } from "../schema.js";
import { indexDocumentFts, searchFts } from "./fts.js";

export const sqliteHooks: DialectHooks = {
  dialect: "sqlite",
  indexText: (db, id, doc) => indexDocumentFts(db, id, doc),
  searchIds: (db, query, limit) => searchFts(db, query, limit),
  isUniqueViolation: (err) =>
    typeof err === "object" &&
    err !== null &&
    (err as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE",
};

/**
 * Why `begin immediate`: a save reads (is the hash known? which documents share a bucket?) and
 * then writes. Under a plain (deferred) `begin`, a second process that committed in between makes
 * the upgrade to a write lock fail at once with SQLITE_BUSY; taking the write lock at the start
 * lets the busy timeout queue the writers instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/**
 * SQLite can roll back DDL, though Kysely's adapter does not claim it. Claiming it makes the
 * Migrator run all pending migrations in one (immediate) transaction, so two processes opening a
 * new file at once queue up instead of both creating the same tables.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * Why these pragmas: WAL lets readers (the web UI) work while an ingest writes; foreign keys make
 * the `on delete cascade` of the schema real; a busy timeout lets two processes share one file.
 */
export function openSqliteDb(path: string): Kysely<Database> {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path);
  } catch (err) {
    throw new InputError(ErrorCode.STORE, path, `cannot open the SQLite database: ${(err as Error).message}`);
  }
  if (path !== ":memory:" && path !== "") {
    sqlite.pragma("journal_mode = WAL");
    // In WAL mode NORMAL never corrupts the file; a power cut may lose only the last commits.
    sqlite.pragma("synchronous = NORMAL");
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
}

export function sqliteStore(db: Kysely<Database>, dedup?: DedupOptions): KyselyStore {
  return new KyselyStore(db, sqliteHooks, dedup);
}
