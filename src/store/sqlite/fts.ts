/** @module SQLite full-text search: an FTS5 table of stemmed words, one row per document (rowid = document id). */
import { type Kysely, sql } from "kysely";
import { SEARCH_LANGUAGES, stems } from "../text-search.js";

/**
 * Why stemmed text in the index: FTS5 stems only English, so `documents_fts` holds the words
 * already stemmed for the document's language (`Raketen` → `raket`), and a query is stemmed the
 * same way per language: German documents are searched with German stems, English with English.
 */
// biome-ignore lint/suspicious/noExplicitAny: used by migrations and by the store alike
type AnyDb = Kysely<any>;

export async function createFts(db: AnyDb): Promise<void> {
  await sql`create virtual table documents_fts using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
    db,
  );
}

export async function dropFts(db: AnyDb): Promise<void> {
  await sql`drop table if exists documents_fts`.execute(db);
}

export async function indexDocumentFts(
  db: AnyDb,
  id: number,
  doc: { title: string | null; text: string; lang: string },
): Promise<void> {
  const title = stems(doc.title ?? "", doc.lang).join(" ");
  const body = stems(doc.text, doc.lang).join(" ");
  await sql`insert into documents_fts (rowid, title, body) values (${id}, ${title}, ${body})`.execute(db);
}

/** Document ids matching every query word, best first; `rank` is higher for better matches (−bm25). */
export async function searchFts(
  db: AnyDb,
  query: string,
  limit: number,
): Promise<{ id: number; rank: number }[]> {
  const groups: { langs: string[]; negate: boolean }[] = [
    ...Object.keys(SEARCH_LANGUAGES).map((l) => ({ langs: [l], negate: false })),
    { langs: Object.keys(SEARCH_LANGUAGES), negate: true },
  ];
  const hits: { id: number; rank: number }[] = [];
  for (const g of groups) {
    const lang = g.negate ? "other" : g.langs[0]!;
    const terms = [...new Set(stems(query, lang))];
    if (!terms.length) continue;
    const match = terms.map((t) => `"${t}"`).join(" ");
    const langCond = g.negate ? sql`d.lang not in (${sql.join(g.langs)})` : sql`d.lang = ${g.langs[0]!}`;
    const { rows } = await sql<{ id: number; score: number }>`
      select f.rowid as id, bm25(documents_fts, 2.0, 1.0) as score
      from documents_fts f join documents d on d.id = f.rowid
      where documents_fts match ${match} and ${langCond}
      order by score limit ${limit}`.execute(db);
    for (const r of rows) hits.push({ id: Number(r.id), rank: -Number(r.score) });
  }
  return hits.sort((a, b) => b.rank - a.rank || a.id - b.id).slice(0, limit);
}
