/** @module PostgreSQL full-text search: a `tsvector` column on documents built with the document language's config, under a GIN index. */
import { type Kysely, sql } from "kysely";
import { SEARCH_LANGUAGES, searchLanguage } from "../text-search.js";

// biome-ignore lint/suspicious/noExplicitAny: used by migrations and by the store alike
type AnyDb = Kysely<any>;

export async function createTextSearch(db: AnyDb): Promise<void> {
  await sql`alter table documents add column search tsvector`.execute(db);
  await sql`create index documents_search_idx on documents using gin (search)`.execute(db);
}

export async function dropTextSearch(db: AnyDb): Promise<void> {
  await sql`drop index if exists documents_search_idx`.execute(db);
  await sql`alter table documents drop column if exists search`.execute(db);
}

/**
 * PostgreSQL refuses a tsvector over 1 MB, and a failed index write would fail the whole save, so
 * only the opening of an overlong text is indexed (the text itself is stored whole).
 */
const MAX_INDEXED_CHARS = 200_000;

/** The title weighs more than the body (`A` vs `D`), as in the SQLite bm25 weights. */
export async function indexDocumentTextSearch(
  db: AnyDb,
  id: number,
  doc: { title: string | null; text: string; lang: string },
): Promise<void> {
  const cfg = searchLanguage(doc.lang).pgConfig;
  await sql`update documents set search =
      setweight(to_tsvector(cast(${cfg} as regconfig), ${doc.title ?? ""}), 'A')
      || to_tsvector(cast(${cfg} as regconfig), left(text, ${MAX_INDEXED_CHARS}))
    where id = ${id}`.execute(db);
}

/**
 * Each document is matched with its own language's config (`plainto_tsquery('german', …)` for
 * German documents), one query per config so the GIN index serves each.
 */
export async function searchTextSearch(
  db: AnyDb,
  query: string,
  limit: number,
): Promise<{ id: number; rank: number }[]> {
  const known = Object.keys(SEARCH_LANGUAGES);
  const groups = [
    ...known.map((l) => ({ cfg: searchLanguage(l).pgConfig, cond: sql`lang = ${l}` })),
    { cfg: searchLanguage("other").pgConfig, cond: sql`lang not in (${sql.join(known)})` },
  ];
  const hits: { id: number; rank: number }[] = [];
  for (const g of groups) {
    const { rows } = await sql<{ id: number; score: number }>`
      select id, ts_rank(search, q) as score
      from documents, plainto_tsquery(cast(${g.cfg} as regconfig), ${query}) q
      where ${g.cond} and search @@ q
      order by score desc limit ${limit}`.execute(db);
    for (const r of rows) hits.push({ id: Number(r.id), rank: Number(r.score) });
  }
  return hits.sort((a, b) => b.rank - a.rank || a.id - b.id).slice(0, limit);
}
