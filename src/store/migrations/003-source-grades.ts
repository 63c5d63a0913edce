/** @module Migration 003: source reliability grades (A–F per source key), set by the user. */
import type { Kysely, Migration } from "kysely";

export function sourceGradesMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations do not depend on today's schema type
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("source_grades")
        .addColumn("source", "text", (c) => c.primaryKey())
        .addColumn("reliability", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async down(db: Kysely<any>) {
      await db.schema.dropTable("source_grades").ifExists().execute();
    },
  };
}
