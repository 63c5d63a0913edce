/** @module The database schema as Kysely types: one table interface per table, the same on SQLite and PostgreSQL. */
import type { Generated } from "kysely";

/**
 * Why these column types: spans are integer columns (`span_start`, `span_end`) so they can be
 * indexed and compared; dates stay ISO text (`2024-10`, `2024-10-08`) so that prefix comparison
 * orders them at any precision; booleans are 0/1 integers and lists are JSON text, which behave
 * the same on both back-ends.
 */
export interface DocumentsTable {
  id: Generated<number>;
  /** sha256 hex of the text; unique, so an identical text is stored once */
  hash: string;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  date: string | null;
  date_precision: string | null;
  date_inferred: number;
  lang: string;
  ingested_at: string;
  origin: string;
  /** JSON: FurnitureRange[] */
  non_body: string;
  chars: number;
  /** the story cluster: the id of its first document */
  cluster_id: number;
  /** for a near-duplicate: the most similar stored document and the estimated Jaccard similarity */
  duplicate_of: number | null;
  similarity: number | null;
  /** hex MinHash signature (see pipeline/dedup/minhash.ts), null for a text without words */
  minhash: string | null;
  extractor_version: string | null;
}

/** LSH buckets: documents sharing (band, bucket) are near-duplicate candidates. */
export interface MinhashBandsTable {
  band: number;
  bucket: number;
  document_id: number;
}

export interface MentionsTable {
  id: Generated<number>;
  document_id: number;
  extractor_version: string;
  span_start: number;
  span_end: number;
  text: string;
  entity: string;
  name: string;
  category: string;
  country: string | null;
  form: string;
  rule: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  document_id: number;
  extractor_version: string;
  /** the record's `doc` as the extractor named it */
  doc_ref: string;
  kind: string;
  item: string;
  value: number | null;
  min: number | null;
  max: number | null;
  approx: number;
  vague: string | null;
  actor: string | null;
  recipient: string | null;
  time_start: string | null;
  time_end: string | null;
  reported: string | null;
  source_country: string | null;
  source_org: string | null;
  source_person: string | null;
  publisher: string | null;
  hedged: number;
  span_start: number;
  span_end: number;
  text: string;
  figure_start: number | null;
  figure_end: number | null;
  /** JSON: string[] */
  rules: string;
}

export interface EventsTable {
  id: Generated<number>;
  document_id: number;
  extractor_version: string;
  doc_ref: string;
  kind: string;
  actor: string | null;
  location: string | null;
  time_start: string | null;
  time_end: string | null;
  span_start: number;
  span_end: number;
  text: string;
  /** JSON: string[] (also one row each in event_participants, for filtering) */
  participants: string;
  rules: string;
}

export interface EventParticipantsTable {
  event_id: number;
  name: string;
}

export interface EntitiesTable {
  id: Generated<number>;
  document_id: number;
  extractor_version: string;
  doc_ref: string;
  entity: string;
  name: string;
  category: string;
  /** JSON: [start, end][] */
  spans: string;
}

/** A user's reliability grade for a source key (an outlet, an org, a country code). */
export interface SourceGradesTable {
  source: string;
  /** A (completely reliable) … E (unreliable), F (cannot be judged) */
  reliability: string;
  note: string | null;
}

export interface Database {
  documents: DocumentsTable;
  minhash_bands: MinhashBandsTable;
  mentions: MentionsTable;
  claims: ClaimsTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  entities: EntitiesTable;
  source_grades: SourceGradesTable;
}
