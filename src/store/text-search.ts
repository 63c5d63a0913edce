/** @module Full-text search helpers shared by both back-ends: which stemmer and which PostgreSQL text-search config serve a document language, and snippets. */
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { words } from "../pipeline/dedup/minhash.js";

/**
 * Why per-language stemming: a German query `Rakete` must find `Raketen`, an English `missile`
 * must find `missiles`. SQLite's FTS5 has only an English (Porter) stemmer, so for SQLite the
 * words are stemmed here (Snowball, via @orama/stemmers) before they enter the index; PostgreSQL
 * stems with its own `german`/`english` configurations. Languages without an entry are only
 * lower-cased (`simple`).
 */
export interface SearchLanguage {
  stem: (word: string) => string;
  pgConfig: string;
}

export const SEARCH_LANGUAGES: Readonly<Record<string, SearchLanguage>> = {
  de: { stem: germanStemmer, pgConfig: "german" },
  en: { stem: englishStemmer, pgConfig: "english" },
};

/** For documents whose language has no entry above. */
export const FALLBACK_SEARCH: SearchLanguage = { stem: (w) => w, pgConfig: "simple" };

export function searchLanguage(lang: string): SearchLanguage {
  return SEARCH_LANGUAGES[lang] ?? FALLBACK_SEARCH;
}

/** Lower-cased, stemmed words: `Die Raketen flogen` (de) → die, raket, flog */
export function stems(text: string, lang: string): string[] {
  const { stem } = searchLanguage(lang);
  return words(text).map((w) => stem(w));
}

/**
 * A short excerpt around the first word whose stem is one the query asked for, with the rest cut
 * at word boundaries: `… 10 000 Soldaten nach Russland …`. Falls back to the text's opening.
 */
export function snippet(text: string, query: string, lang: string, width = 160): string {
  const wanted = new Set(stems(query, lang));
  const { stem } = searchLanguage(lang);
  let at = -1;
  let len = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (wanted.has(stem(m[0].toLowerCase()))) {
      at = m.index;
      len = m[0].length;
      break;
    }
  }
  if (at < 0) return squeeze(text.slice(0, width)) + (text.length > width ? " …" : "");
  const from = Math.max(0, at - Math.floor((width - len) / 2));
  const to = Math.min(text.length, from + width);
  let start = from > 0 ? text.indexOf(" ", from) + 1 : 0;
  if (start <= 0 || start > at) start = from;
  const endSpace = to < text.length ? text.lastIndexOf(" ", to) : to;
  const end = endSpace > at + len ? endSpace : to;
  return `${start > 0 ? "… " : ""}${squeeze(text.slice(start, end))}${end < text.length ? " …" : ""}`;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
