/** @module The Store implemented once over Kysely; the SQLite and PostgreSQL back-ends supply only what differs (DialectHooks). */
import { createHash } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Mention } from "../core/annotations.js";
import type { Document } from "../core/document.js";
import { ErrorCode, InputError, LagebildError } from "../core/errors.js";
import {
  type Band,
  bands,
  DEFAULT_MINHASH,
  decodeSignature,
  encodeSignature,
  type MinHashOptions,
  signature,
  similarity,
} from "../pipeline/dedup/minhash.js";
import type { StoreDialect } from "./dialect.js";
import {
  claimRow,
  documentRow,
  entityRow,
  eventRow,
  mentionRow,
  toMention,
  toStoredClaim,
  toStoredDocument,
  toStoredEntity,
  toStoredEvent,
} from "./rows.js";
import type { Database } from "./schema.js";
import { snippet } from "./text-search.js";
import type {
  ClaimFilter,
  DocumentSummary,
  EventFilter,
  Extraction,
  SaveResult,
  SearchHit,
  SourceGrade,
  Store,
  StoredClaim,
  StoredDocument,
  StoredEntity,
  StoredEvent,
} from "./types.js";

type Db = Kysely<Database> | Transaction<Database>;

/** What differs between the back-ends. */
export interface DialectHooks {
  dialect: StoreDialect;
  /** adds a stored document to the full-text index, inside the saving transaction */
  indexText(db: Db, id: number, doc: { title: string | null; text: string; lang: string }): Promise<void>;
  searchIds(db: Db, query: string, limit: number): Promise<{ id: number; rank: number }[]>;
  /** the error a unique constraint raises (two writers saving the same text at once) */
  isUniqueViolation(err: unknown): boolean;
}

export interface DedupOptions {
  minhash: MinHashOptions;
  /** estimated Jaccard similarity at or above which a document joins the other's story cluster */
  threshold: number;
  /** at most this many LSH candidates are compared (the ones sharing the most bands) */
  maxCandidates: number;
}

export const DEFAULT_DEDUP: DedupOptions = { minhash: DEFAULT_MINHASH, threshold: 0.3, maxCandidates: 50 };

/** SQLite allows 32 766 bound parameters per statement; claims have 27 columns. */
const INSERT_CHUNK = 500;
const DEFAULT_LIMIT = 1000;
const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const RELIABILITY = /^[A-F]$/;

export class KyselyStore implements Store {
  readonly dialect: StoreDialect;

  constructor(
    readonly db: Kysely<Database>,
    private readonly hooks: DialectHooks,
    private readonly dedup: DedupOptions = DEFAULT_DEDUP,
  ) {
    this.dialect = hooks.dialect;
  }

  async saveDocument(doc: Document, extraction?: Extraction): Promise<SaveResult> {
    // The hash is recomputed rather than trusted: "identical" must mean the same text.
    const hash = sha256(doc.text);
    const existing = await this.byHash(this.db, hash);
    if (existing) return existing;
    // Pure CPU work outside the transaction: the signature of a long article takes about a millisecond.
    const sig = signature(bodyText(doc), this.dedup.minhash);
    const docBands = sig ? bands(sig, this.dedup.minhash) : [];
    try {
      return await this.db.transaction().execute(async (trx) => {
        const again = await this.byHash(trx, hash);
        if (again) return again;
        const match = sig ? await this.nearest(trx, sig, docBands) : null;
        const { id } = await trx
          .insertInto("documents")
          .values({
            ...documentRow(doc, hash),
            cluster_id: match?.clusterId ?? 0,
            duplicate_of: match?.id ?? null,
            similarity: match?.similarity ?? null,
            minhash: sig ? encodeSignature(sig) : null,
            extractor_version: extraction?.version ?? null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const clusterId = match?.clusterId ?? id;
        if (!match) await trx.updateTable("documents").set({ cluster_id: id }).where("id", "=", id).execute();
        if (docBands.length) {
          await trx
            .insertInto("minhash_bands")
            .values(docBands.map((b) => ({ band: b.band, bucket: b.bucket, document_id: id })))
            .execute();
        }
        await this.hooks.indexText(trx, id, doc);
        if (extraction) await this.writeExtraction(trx, id, doc.text.length, extraction);
        return {
          status: match ? "near-duplicate" : "new",
          documentId: id,
          clusterId,
          duplicateOf: match?.id ?? null,
        } satisfies SaveResult;
      });
    } catch (err) {
      if (this.hooks.isUniqueViolation(err)) {
        const winner = await this.byHash(this.db, hash);
        if (winner) return winner;
      }
      throw new InputError(ErrorCode.STORE, doc.origin, `not stored: ${messageOf(err)}`);
    }
  }

  async documentIdByHash(hash: string): Promise<number | null> {
    const row = await this.db
      .selectFrom("documents")
      .select("id")
      .where("hash", "=", hash)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  private async byHash(db: Db, hash: string): Promise<SaveResult | null> {
    const row = await db
      .selectFrom("documents")
      .select(["id", "cluster_id"])
      .where("hash", "=", hash)
      .executeTakeFirst();
    return row
      ? { status: "identical", documentId: row.id, clusterId: row.cluster_id, duplicateOf: null }
      : null;
  }

  /**
   * The most similar stored document among those sharing an LSH bucket, if its estimated Jaccard
   * similarity reaches the threshold. Ties go to the earlier document.
   */
  private async nearest(
    db: Db,
    sig: Uint32Array,
    docBands: Band[],
  ): Promise<{ id: number; clusterId: number; similarity: number } | null> {
    if (!docBands.length) return null;
    const candidates = await db
      .selectFrom("minhash_bands")
      .select(["document_id", sql<number>`count(*)`.as("shared")])
      .where((eb) =>
        eb.or(docBands.map((b) => eb.and([eb("band", "=", b.band), eb("bucket", "=", b.bucket)]))),
      )
      .groupBy("document_id")
      .orderBy("shared", "desc")
      .orderBy("document_id")
      .limit(this.dedup.maxCandidates)
      .execute();
    if (!candidates.length) return null;
    const rows = await db
      .selectFrom("documents")
      .select(["id", "cluster_id", "minhash"])
      .where(
        "id",
        "in",
        candidates.map((c) => c.document_id),
      )
      .execute();
    let best: { id: number; clusterId: number; similarity: number } | null = null;
    for (const r of rows) {
      if (!r.minhash) continue;
      const s = similarity(sig, decodeSignature(r.minhash));
      if (s < this.dedup.threshold) continue;
      if (!best || s > best.similarity || (s === best.similarity && r.id < best.id)) {
        best = { id: r.id, clusterId: r.cluster_id, similarity: s };
      }
    }
    return best;
  }

  private async writeExtraction(
    trx: Transaction<Database>,
    documentId: number,
    textLength: number,
    x: Extraction,
  ): Promise<void> {
    const v = x.version;
    if (typeof v !== "string" || !v) throw new LagebildError(ErrorCode.STORE, "extraction has no version");
    const mentions = (x.mentions ?? []).map((m) => mentionRow(m, documentId, v, textLength));
    for (const chunk of chunks(mentions)) await trx.insertInto("mentions").values(chunk).execute();
    const claims = (x.claims ?? []).map((c) => claimRow(c, documentId, v, textLength));
    for (const chunk of chunks(claims)) await trx.insertInto("claims").values(chunk).execute();
    for (const e of x.events ?? []) {
      const { id } = await trx
        .insertInto("events")
        .values(eventRow(e, documentId, v, textLength))
        .returning("id")
        .executeTakeFirstOrThrow();
      const names = [...new Set(e.participants ?? [])];
      if (names.length) {
        await trx
          .insertInto("event_participants")
          .values(names.map((name) => ({ event_id: id, name })))
          .execute();
      }
    }
    const entities = (x.entities ?? []).map((e) => entityRow(e, documentId, v, textLength));
    for (const chunk of chunks(entities)) await trx.insertInto("entities").values(chunk).execute();
  }

  async replaceExtraction(documentId: number, extraction: Extraction): Promise<void> {
    try {
      await this.db.transaction().execute(async (trx) => {
        const doc = await trx
          .selectFrom("documents")
          .select(["id", "chars"])
          .where("id", "=", documentId)
          .executeTakeFirst();
        if (!doc) throw new LagebildError(ErrorCode.STORE, `no document with id ${documentId}`);
        // event_participants go with their events (on delete cascade)
        for (const t of ["mentions", "claims", "events", "entities"] as const) {
          await trx.deleteFrom(t).where("document_id", "=", documentId).execute();
        }
        await this.writeExtraction(trx, documentId, doc.chars, extraction);
        await trx
          .updateTable("documents")
          .set({ extractor_version: extraction.version })
          .where("id", "=", documentId)
          .execute();
      });
    } catch (err) {
      throw new InputError(ErrorCode.STORE, `document ${documentId}`, `not re-extracted: ${messageOf(err)}`);
    }
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
    const rows = await this.db
      .selectFrom("documents as d")
      .select([
        "d.id",
        "d.title",
        "d.url",
        "d.outlet",
        "d.date",
        "d.lang",
        "d.origin",
        "d.ingested_at",
        "d.cluster_id",
        "d.chars",
        (eb) =>
          eb
            .selectFrom("claims")
            .select(sql<number>`cast(count(*) as integer)`.as("n"))
            .whereRef("claims.document_id", "=", "d.id")
            .as("claims"),
        (eb) =>
          eb
            .selectFrom("events")
            .select(sql<number>`cast(count(*) as integer)`.as("n"))
            .whereRef("events.document_id", "=", "d.id")
            .as("events"),
      ])
      .orderBy("d.id")
      .limit(opts.limit ?? DEFAULT_LIMIT)
      .offset(opts.offset ?? 0)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      outlet: r.outlet,
      date: r.date,
      lang: r.lang,
      origin: r.origin,
      ingestedAt: r.ingested_at,
      clusterId: r.cluster_id,
      chars: r.chars,
      claims: Number(r.claims ?? 0),
      events: Number(r.events ?? 0),
    }));
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const row = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toStoredDocument(row) : null;
  }

  async documentIds(): Promise<number[]> {
    const rows = await this.db.selectFrom("documents").select("id").orderBy("id").execute();
    return rows.map((r) => r.id);
  }

  async claims(f: ClaimFilter = {}): Promise<StoredClaim[]> {
    let q = this.db
      .selectFrom("claims as c")
      .innerJoin("documents as d", "d.id", "c.document_id")
      .selectAll("c")
      .select(["d.cluster_id", "d.date as doc_date", "d.outlet"]);
    if (f.item) q = q.where("c.item", "=", f.item);
    if (f.kind) q = q.where("c.kind", "=", f.kind);
    if (f.actor) q = q.where("c.actor", "=", f.actor.toUpperCase());
    if (f.recipient) q = q.where("c.recipient", "=", f.recipient.toUpperCase());
    if (f.documentId != null) q = q.where("c.document_id", "=", f.documentId);
    if (f.source) {
      const like = likePattern(f.source);
      q = q.where(
        sql<boolean>`(c.source_country = ${f.source.toUpperCase()}
          or lower(c.source_org) like ${like} escape '\\'
          or lower(c.source_person) like ${like} escape '\\')`,
      );
    }
    if (f.from) q = q.where(notBefore(checkIso("from", f.from), "c"));
    if (f.to) q = q.where(notAfter(checkIso("to", f.to), "c"));
    const rows = await q
      .orderBy("c.id")
      .limit(f.limit ?? DEFAULT_LIMIT)
      .execute();
    return rows.map(toStoredClaim);
  }

  async events(f: EventFilter = {}): Promise<StoredEvent[]> {
    let q = this.db
      .selectFrom("events as e")
      .innerJoin("documents as d", "d.id", "e.document_id")
      .selectAll("e")
      .select(["d.cluster_id", "d.date as doc_date", "d.outlet"]);
    if (f.kind) q = q.where("e.kind", "=", f.kind);
    if (f.actor) q = q.where("e.actor", "=", f.actor.toUpperCase());
    if (f.documentId != null) q = q.where("e.document_id", "=", f.documentId);
    if (f.participant) {
      const name = f.participant.toLowerCase();
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom("event_participants as p")
            .select("p.event_id")
            .whereRef("p.event_id", "=", "e.id")
            .where(sql<boolean>`lower(p.name) = ${name}`),
        ),
      );
    }
    if (f.from) q = q.where(notBefore(checkIso("from", f.from), "e"));
    if (f.to) q = q.where(notAfter(checkIso("to", f.to), "e"));
    const rows = await q
      .orderBy("e.id")
      .limit(f.limit ?? DEFAULT_LIMIT)
      .execute();
    return rows.map(toStoredEvent);
  }

  async entities(f: { documentId?: number; category?: string } = {}): Promise<StoredEntity[]> {
    let q = this.db.selectFrom("entities").selectAll();
    if (f.documentId != null) q = q.where("document_id", "=", f.documentId);
    if (f.category) q = q.where("category", "=", f.category);
    const rows = await q.orderBy("id").execute();
    return rows.map(toStoredEntity);
  }

  async mentions(documentId: number): Promise<Mention[]> {
    const rows = await this.db
      .selectFrom("mentions")
      .selectAll()
      .where("document_id", "=", documentId)
      .orderBy("span_start")
      .orderBy("id")
      .execute();
    return rows.map(toMention);
  }

  async search(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const limit = opts.limit ?? 20;
    if (!query.trim()) return [];
    const hits = await this.hooks.searchIds(this.db, query, limit);
    if (!hits.length) return [];
    const docs = await this.db
      .selectFrom("documents")
      .select(["id", "title", "text", "lang"])
      .where(
        "id",
        "in",
        hits.map((h) => h.id),
      )
      .execute();
    const byId = new Map(docs.map((d) => [d.id, d]));
    return hits.flatMap((h) => {
      const d = byId.get(h.id);
      return d
        ? [{ documentId: d.id, title: d.title, snippet: snippet(d.text, query, d.lang), rank: h.rank }]
        : [];
    });
  }

  async sourceGrades(): Promise<SourceGrade[]> {
    const rows = await this.db.selectFrom("source_grades").selectAll().orderBy("source").execute();
    return rows.map((r) => ({ ...r, reliability: r.reliability as SourceGrade["reliability"] }));
  }

  async getSourceGrade(source: string): Promise<SourceGrade | null> {
    const r = await this.db
      .selectFrom("source_grades")
      .selectAll()
      .where("source", "=", source)
      .executeTakeFirst();
    return r ? { ...r, reliability: r.reliability as SourceGrade["reliability"] } : null;
  }

  async setSourceGrade(grade: SourceGrade): Promise<void> {
    if (!grade.source?.trim())
      throw new InputError(ErrorCode.BAD_REQUEST, "source grade", "empty source key");
    if (!RELIABILITY.test(grade.reliability)) {
      throw new InputError(
        ErrorCode.BAD_REQUEST,
        grade.source,
        `reliability "${grade.reliability}" is not one of A–F`,
      );
    }
    const row = { source: grade.source, reliability: grade.reliability, note: grade.note ?? null };
    await this.db
      .insertInto("source_grades")
      .values(row)
      .onConflict((oc) => oc.column("source").doUpdateSet({ reliability: row.reliability, note: row.note }))
      .execute();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/**
 * The text without its page furniture, for comparing stories: two outlets' copies of one agency
 * story differ most in their navigation, cookie notes and "more on this" lists, not in the story.
 */
export function bodyText(doc: Pick<Document, "text" | "nonBody">): string {
  if (!doc.nonBody?.length) return doc.text;
  const parts: string[] = [];
  let at = 0;
  for (const r of [...doc.nonBody].sort((a, b) => a.start - b.start)) {
    if (r.start > at) parts.push(doc.text.slice(at, r.start));
    at = Math.max(at, r.end);
  }
  parts.push(doc.text.slice(at));
  return parts.join(" ");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) out.push(rows.slice(i, i + INSERT_CHUNK));
  return out;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function checkIso(name: string, value: string): string {
  if (!ISO_PREFIX.test(value)) {
    throw new InputError(
      ErrorCode.BAD_DATE,
      value,
      `--${name} must be an ISO date prefix (2024, 2024-10, 2024-10-08)`,
    );
  }
  return value;
}

/** `Kim` → `%kim%`, with LIKE's own wildcards in the input taken literally. */
function likePattern(s: string): string {
  return `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * ISO dates of different precision compare by their common prefix: a record about `2024` is not
 * before `--from 2024-03` (it may be March), one about `2024-02-15` is. The record's time is its
 * interval (end, else start), falling back to the document date.
 */
function notBefore(from: string, t: "c" | "e") {
  const end = sql.raw(`coalesce(${t}.time_end, ${t}.time_start, d.date)`);
  return sql<boolean>`${end} >= substr(${from}, 1, length(${end}))`;
}

function notAfter(to: string, t: "c" | "e") {
  const start = sql.raw(`coalesce(${t}.time_start, d.date)`);
  return sql<boolean>`substr(${start}, 1, ${to.length}) <= ${to}`;
}
