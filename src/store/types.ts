/**
 * @module The store's contract: one interface over the SQLite (embedded default) and PostgreSQL
 * back-ends. Ingest, analysis, API and CLI talk only to this.
 */
import type { Mention } from "../core/annotations.js";
import type { Document } from "../core/document.js";
import type { ClaimRecord, EntityRecord, EventRecord } from "../core/records.js";

/** What the extractor found in one document, stamped with the extractor's version. */
export interface Extraction {
  version: string;
  mentions: Mention[];
  claims: ClaimRecord[];
  events: EventRecord[];
  entities: EntityRecord[];
}

/** `identical`: the same text was stored before (nothing written); `near-duplicate`: stored, joined an existing story cluster. */
export type SaveStatus = "new" | "identical" | "near-duplicate";

export interface SaveResult {
  status: SaveStatus;
  documentId: number;
  clusterId: number;
  /** for near-duplicates: the most similar stored document */
  duplicateOf: number | null;
}

export interface StoredDocument extends Document {
  id: number;
  clusterId: number;
  /** the version of the extractor whose results are stored, null when none ran */
  extractorVersion: string | null;
}

export interface DocumentSummary {
  id: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  date: string | null;
  lang: string;
  origin: string;
  ingestedAt: string;
  clusterId: number;
  chars: number;
  claims: number;
  events: number;
}

export interface ClaimFilter {
  item?: string;
  actor?: string;
  recipient?: string;
  kind?: string;
  /** matches source country, org or person (case-insensitive substring for names) */
  source?: string;
  /** ISO date prefix: claims whose time (or, lacking one, document date) is not before it */
  from?: string;
  to?: string;
  documentId?: number;
  limit?: number;
}

export interface EventFilter {
  kind?: string;
  actor?: string;
  participant?: string;
  from?: string;
  to?: string;
  documentId?: number;
  limit?: number;
}

interface StoredMeta {
  id: number;
  documentId: number;
  clusterId: number;
  docDate: string | null;
  outlet: string | null;
  extractorVersion: string;
}
export type StoredClaim = ClaimRecord & StoredMeta;
export type StoredEvent = EventRecord & StoredMeta;
export type StoredEntity = EntityRecord & { documentId: number };

export interface SearchHit {
  documentId: number;
  title: string | null;
  snippet: string;
  rank: number;
}

/** A user's grade for a source key (`Reuters`, `Department of Defense`, `KR`): A reliable … E unreliable, F cannot be judged. */
export type Reliability = "A" | "B" | "C" | "D" | "E" | "F";

export interface SourceGrade {
  source: string;
  reliability: Reliability;
  note: string | null;
}

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Writes the document and its extraction in one transaction; an identical text is a no-op. */
  saveDocument(doc: Document, extraction?: Extraction): Promise<SaveResult>;
  /** Replaces a document's mentions, claims, events and entities (re-extraction), in one transaction. */
  replaceExtraction(documentId: number, extraction: Extraction): Promise<void>;
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  getDocument(id: number): Promise<StoredDocument | null>;
  /** The id of the stored document with this text hash (sha256 hex), so ingest can skip extracting a known text. */
  documentIdByHash(hash: string): Promise<number | null>;
  documentIds(): Promise<number[]>;
  claims(filter?: ClaimFilter): Promise<StoredClaim[]>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  entities(filter?: { documentId?: number; category?: string }): Promise<StoredEntity[]>;
  mentions(documentId: number): Promise<Mention[]>;
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  /** Every graded source, sorted by key. */
  sourceGrades(): Promise<SourceGrade[]>;
  getSourceGrade(source: string): Promise<SourceGrade | null>;
  /** Sets (or replaces) a source's grade. */
  setSourceGrade(grade: SourceGrade): Promise<void>;
  close(): Promise<void>;
}
