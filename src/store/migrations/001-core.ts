/** @module Migration 001: documents, near-duplicate bands, and the extraction tables (mentions, claims, events, entities). */
import type { ColumnDefinitionBuilder, Kysely, Migration } from "kysely";
import type { StoreDialect } from "../dialect.js";

/**
 * One schema for both back-ends; only the auto-increment id differs (`serial` on PostgreSQL,
 * `integer primary key autoincrement` on SQLite, so ids are never reused after a delete).
 */
export function coreMigration(dialect: StoreDialect): Migration {
  // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's schema type
  type Db = Kysely<any>;
  const idColumn = (db: Db, table: string) =>
    dialect === "postgres"
      ? db.schema.createTable(table).addColumn("id", "serial", (c) => c.primaryKey())
      : db.schema.createTable(table).addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
  const docRef = (c: ColumnDefinitionBuilder) => c.notNull().references("documents.id").onDelete("cascade");

  return {
    async up(db: Db) {
      await idColumn(db, "documents")
        .addColumn("hash", "text", (c) => c.notNull().unique())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("url", "text")
        .addColumn("outlet", "text")
        .addColumn("date", "text")
        .addColumn("date_precision", "text")
        .addColumn("date_inferred", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addColumn("origin", "text", (c) => c.notNull())
        .addColumn("non_body", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("chars", "integer", (c) => c.notNull())
        .addColumn("cluster_id", "integer", (c) => c.notNull())
        .addColumn("duplicate_of", "integer")
        .addColumn("similarity", "double precision")
        .addColumn("minhash", "text")
        .addColumn("extractor_version", "text")
        .execute();
      await db.schema.createIndex("documents_cluster_idx").on("documents").column("cluster_id").execute();
      await db.schema.createIndex("documents_date_idx").on("documents").column("date").execute();

      await db.schema
        .createTable("minhash_bands")
        .addColumn("band", "integer", (c) => c.notNull())
        .addColumn("bucket", "integer", (c) => c.notNull())
        .addColumn("document_id", "integer", docRef)
        .addPrimaryKeyConstraint("minhash_bands_pk", ["band", "bucket", "document_id"])
        .execute();
      await db.schema
        .createIndex("minhash_bands_doc_idx")
        .on("minhash_bands")
        .column("document_id")
        .execute();

      await idColumn(db, "mentions")
        .addColumn("document_id", "integer", docRef)
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("entity", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("country", "text")
        .addColumn("form", "text", (c) => c.notNull())
        .addColumn("rule", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("mentions_doc_idx").on("mentions").column("document_id").execute();
      await db.schema.createIndex("mentions_entity_idx").on("mentions").column("entity").execute();

      await idColumn(db, "claims")
        .addColumn("document_id", "integer", docRef)
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .addColumn("doc_ref", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("item", "text", (c) => c.notNull())
        .addColumn("value", "double precision")
        .addColumn("min", "double precision")
        .addColumn("max", "double precision")
        .addColumn("approx", "integer", (c) => c.notNull())
        .addColumn("vague", "text")
        .addColumn("actor", "text")
        .addColumn("recipient", "text")
        .addColumn("time_start", "text")
        .addColumn("time_end", "text")
        .addColumn("reported", "text")
        .addColumn("source_country", "text")
        .addColumn("source_org", "text")
        .addColumn("source_person", "text")
        .addColumn("publisher", "text")
        .addColumn("hedged", "integer", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("figure_start", "integer")
        .addColumn("figure_end", "integer")
        .addColumn("rules", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("claims_doc_idx").on("claims").column("document_id").execute();
      await db.schema.createIndex("claims_item_kind_idx").on("claims").columns(["item", "kind"]).execute();
      await db.schema.createIndex("claims_actor_idx").on("claims").column("actor").execute();
      await db.schema.createIndex("claims_time_idx").on("claims").column("time_start").execute();

      await idColumn(db, "events")
        .addColumn("document_id", "integer", docRef)
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .addColumn("doc_ref", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("actor", "text")
        .addColumn("location", "text")
        .addColumn("time_start", "text")
        .addColumn("time_end", "text")
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("participants", "text", (c) => c.notNull())
        .addColumn("rules", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_doc_idx").on("events").column("document_id").execute();
      await db.schema.createIndex("events_kind_idx").on("events").column("kind").execute();
      await db.schema.createIndex("events_time_idx").on("events").column("time_start").execute();

      await db.schema
        .createTable("event_participants")
        .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("event_participants_pk", ["event_id", "name"])
        .execute();
      await db.schema
        .createIndex("event_participants_name_idx")
        .on("event_participants")
        .column("name")
        .execute();

      await idColumn(db, "entities")
        .addColumn("document_id", "integer", docRef)
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .addColumn("doc_ref", "text", (c) => c.notNull())
        .addColumn("entity", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("spans", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("entities_doc_idx").on("entities").column("document_id").execute();
      await db.schema.createIndex("entities_entity_idx").on("entities").column("entity").execute();
    },
    async down(db: Db) {
      for (const t of [
        "entities",
        "event_participants",
        "events",
        "claims",
        "mentions",
        "minhash_bands",
        "documents",
      ]) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}
