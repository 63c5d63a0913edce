/**
 * @module Word matchers and patterns for the data lexicons (`data/lexicon/*.json`): `~granate` matches
 * `Artilleriegranaten`, `=mann` only `Mann`, `liefer` `lieferte`, `*geliefert` `ausgeliefert`, and
 * `stimmte … =zu` the words `stimmte Nordkorea zu`.
 */
import { readFileSync } from "node:fs";
import type { Lang } from "../../core/document.js";
import type { Token } from "./tokens.js";

export type Pos = "noun" | "verb" | "phrase";

/** One word test. `length` ranks competing matches: the longer form is the more specific (`fachkräfte` over `kräfte`). */
export interface WordMatcher {
  source: string;
  /** the letters the word must contain: `~granate` → `granate` */
  key: string;
  length: number;
  test(lower: string): boolean;
}

/** Words in order; `gapBefore[i]` allows up to GAP words before word i. */
export interface Pattern {
  source: string;
  words: WordMatcher[];
  gapBefore: boolean[];
}

/** How many words `…` may skip: `stimmte Nordkorea im Jahr 2006 zu`. */
export const GAP = 8;

export function wordMatcher(form: string, endings: readonly string[]): WordMatcher {
  const head = form.slice(1);
  switch (form[0]) {
    case "=":
      return { source: form, key: head, length: head.length, test: (w) => w === head };
    case "*":
      return { source: form, key: head, length: head.length, test: (w) => w.includes(head) };
    case "~": {
      // the stem with each ending, joined once here, not on every test: `granate` + `n` → `granaten`
      const forms = endings.map((e) => head + e);
      return {
        source: form,
        key: head,
        length: head.length,
        test: (w) => {
          for (const f of forms) if (w.endsWith(f)) return true;
          return false;
        },
      };
    }
    default:
      return { source: form, key: form, length: form.length, test: (w) => w.startsWith(form) };
  }
}

/** `stimmte … =zu` → two words with a gap before the second. */
export function compilePattern(source: string, endings: readonly string[]): Pattern {
  const words: WordMatcher[] = [];
  const gapBefore: boolean[] = [];
  let gap = false;
  for (const part of source.split(/\s+/)) {
    if (!part) continue;
    if (part === "…" || part === "...") {
      gap = true;
      continue;
    }
    words.push(wordMatcher(part, endings));
    gapBefore.push(gap);
    gap = false;
  }
  return { source, words, gapBefore };
}

/** German capitalises nouns: a noun cue must be capitalised, a verb cue lower-case (the sentence's first word may be either). */
export function posAgrees(pos: Pos, token: Token, nounsCapitalized: boolean, pattern?: Pattern): boolean {
  if (!nounsCapitalized || pos === "phrase" || token.initial) return true;
  if (pattern && pattern.words.length > 1) return true;
  return pos === "noun" ? token.capital : !token.capital;
}

/**
 * Tries `pattern` with its first word at `tokens[i]`, not reaching `limit` (exclusive token index).
 * Returns the index of the last token matched, or -1.
 */
export function matchPattern(pattern: Pattern, tokens: readonly Token[], i: number, limit: number): number {
  if (!pattern.words[0]!.test(tokens[i]!.lower)) return -1;
  let at = i;
  for (let k = 1; k < pattern.words.length; k++) {
    const word = pattern.words[k]!;
    if (pattern.gapBefore[k]) {
      let found = -1;
      for (let j = at + 1; j < Math.min(limit, at + 2 + GAP); j++) {
        if (word.test(tokens[j]!.lower)) {
          found = j;
          break;
        }
      }
      if (found < 0) return -1;
      at = found;
    } else {
      if (at + 1 >= limit || !word.test(tokens[at + 1]!.lower)) return -1;
      at += 1;
    }
  }
  return at;
}

/**
 * Finds the patterns whose first word may match a word without testing them all: each pattern is filed
 * under the first three letters of its key, and a word looks up each of its three-letter windows.
 * Keeps the whole pipeline fast on long texts (a few hundred patterns, every word of every sentence).
 */
const NONE: readonly never[] = Object.freeze([]);

export class PatternIndex<T extends { pattern: Pattern }> {
  private readonly byGram = new Map<string, T[]>();
  private readonly short: T[] = [];

  constructor(entries: readonly T[]) {
    for (const e of entries) {
      const key = e.pattern.words[0]!.key;
      if (key.length < 3) {
        this.short.push(e);
        continue;
      }
      const gram = key.slice(0, 3);
      const list = this.byGram.get(gram);
      if (list) list.push(e);
      else this.byGram.set(gram, [e]);
    }
  }

  /** Words already looked up: news text repeats its words, so most look-ups are answered here. */
  private readonly memo = new Map<string, readonly T[]>();

  /**
   * Entries whose first word matches `lower`, in index order without repeats (test the rest of each
   * pattern with `matchPattern`). The first-word test is done once per distinct word and remembered,
   * so most words of a sentence cost one map look-up and get an empty list.
   */
  candidates(lower: string): readonly T[] {
    const known = this.memo.get(lower);
    if (known) return known;
    const out: T[] = [];
    for (let i = 0; i + 3 <= lower.length; i++) {
      const list = this.byGram.get(lower.slice(i, i + 3));
      if (!list) continue;
      for (const e of list) if (!out.includes(e)) out.push(e);
    }
    for (const e of this.short) out.push(e);
    const matching = out.filter((e) => e.pattern.words[0]!.test(lower));
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(lower, matching.length ? matching : NONE);
    return matching;
  }
}

/** The lexicon languages a document uses: its own, or both for a language without data. */
export function lexiconLangs(lang: Lang): ("de" | "en")[] {
  return lang === "de" || lang === "en" ? [lang] : ["de", "en"];
}

/** Reads `data/lexicon/<name>` (this module is two levels below the root in both `src/` and `dist/`). */
export function readLexicon<T>(name: string): T {
  const url = new URL(`../../../data/lexicon/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as T;
}
