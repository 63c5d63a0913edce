/** @module The migrations, listed in code (no file-system scan) so they run the same from src/ and dist/. */
import type { Migration, MigrationProvider } from "kysely";
import type { StoreDialect } from "../dialect.js";
import { coreMigration } from "./001-core.js";
import { searchMigration } from "./002-search.js";
import { sourceGradesMigration } from "./003-source-grades.js";

/** Names sort in the order they run; a new migration gets the next number and is never edited once shipped. */
export function migrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    "001-core": coreMigration(dialect),
    "002-search": searchMigration(dialect),
    "003-source-grades": sourceGradesMigration(),
  };
}

export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
