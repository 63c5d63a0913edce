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
 * Returns the index of the last token matched, or -1. `firstTested`: the first word is known to match
 * (a `PatternIndex` candidate for that word), so only the rest is tried.
 */
export function matchPattern(
  pattern: Pattern,
  tokens: readonly Token[],
  i: number,
  limit: number,
  firstTested = false,
): number {
  if (!firstTested && !pattern.words[0]!.test(tokens[i]!.lower)) return -1;
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

const NONE: readonly never[] = Object.freeze([]);

/** A 12-bit hash of two or three UTF-16 code units, for the letter-window sieve of `PatternIndex` (small tables stay in cache). */
function windowHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 961) + Math.imul(b, 31) + c) & 0xfff;
}

/**
 * Finds the patterns whose first word may match a word without testing them all: each pattern is filed
 * under the first three letters of its key, and a word looks up each of its three-letter windows.
 * Every word test needs the key inside the word (`=mann`, `*geliefert`, `~granate`, `liefer`), so a
 * word none of whose letter windows starts a key matches nothing; a bit table of those windows answers
 * that for most words without a map look-up. Keeps the whole pipeline fast on long texts (a few
 * hundred patterns, every word of every sentence).
 */
export class PatternIndex<T extends { pattern: Pattern }> {
  private readonly byGram = new Map<string, T[]>();
  private readonly short: T[] = [];
  /** windowHash of the first three letters of each key (of two letters for a two-letter key) */
  private readonly triples = new Uint8Array(0x1000);
  private readonly pairs = new Uint8Array(0x1000);
  private hasPairs = false;
  /** a key of fewer than two letters: every word may match it, the sieve is off */
  private sieve = true;

  constructor(entries: readonly T[]) {
    for (const e of entries) {
      const key = e.pattern.words[0]!.key;
      if (key.length < 3) {
        this.short.push(e);
        if (key.length === 2) {
          this.pairs[windowHash(0, key.charCodeAt(0), key.charCodeAt(1))] = 1;
          this.hasPairs = true;
        } else this.sieve = false;
        continue;
      }
      this.triples[windowHash(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))] = 1;
      const gram = key.slice(0, 3);
      const list = this.byGram.get(gram);
      if (list) list.push(e);
      else this.byGram.set(gram, [e]);
    }
  }

  /** False when no key can be inside `lower` (a superset test: true may still match nothing). */
  private mayMatch(lower: string): boolean {
    const n = lower.length;
    if (this.hasPairs) {
      // both windows in one pass over the word: a pair at i, a triple at i
      for (let i = 0; i + 2 <= n; i++) {
        const a = lower.charCodeAt(i);
        const b = lower.charCodeAt(i + 1);
        if (this.pairs[windowHash(0, a, b)]) return true;
        if (i + 3 <= n && this.triples[windowHash(a, b, lower.charCodeAt(i + 2))]) return true;
      }
      return false;
    }
    for (let i = 0; i + 3 <= n; i++) {
      const h = windowHash(lower.charCodeAt(i), lower.charCodeAt(i + 1), lower.charCodeAt(i + 2));
      if (this.triples[h]) return true;
    }
    return false;
  }

  /** Words already looked up: news text repeats its words, so most look-ups are answered here. */
  private readonly memo = new Map<string, readonly T[]>();

  /**
   * Entries whose first word matches `lower`, in index order without repeats (test the rest of each
   * pattern with `matchPattern`). The first-word test is done once per distinct word and remembered.
   */
  candidates(lower: string): readonly T[] {
    if (this.sieve && !this.mayMatch(lower)) return NONE;
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

/** The answers of `lexiconLangs`, shared and never changed: it is asked for every word looked up. */
const ONLY_DE = ["de"] as const;
const ONLY_EN = ["en"] as const;
const BOTH = ["de", "en"] as const;

/** The lexicon languages a document uses: its own, or both for a language without data. */
export function lexiconLangs(lang: Lang): readonly ("de" | "en")[] {
  return lang === "de" ? ONLY_DE : lang === "en" ? ONLY_EN : BOTH;
}

/** Reads `data/lexicon/<name>` (this module is two levels below the root in both `src/` and `dist/`). */
export function readLexicon<T>(name: string): T {
  const url = new URL(`../../../data/lexicon/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as T;
}

/**
 * The longest word form matching a word, as a loop over every form in order would pick it (the first
 * of equal length wins), found through a `PatternIndex` and remembered per word. For lists of a few
 * hundred forms tested against every word: `artilleriegranaten` → the form `~granate`.
 */
export class LongestMatch<T> {
  private readonly index: PatternIndex<{ pattern: Pattern; order: number; value: T }>;
  private readonly memo = new Map<string, T | null>();

  constructor(forms: readonly { matcher: WordMatcher; value: T }[]) {
    this.index = new PatternIndex(
      forms.map((f, order) => ({
        pattern: { source: f.matcher.source, words: [f.matcher], gapBefore: [false] },
        order,
        value: f.value,
      })),
    );
  }

  get(lower: string): T | null {
    const known = this.memo.get(lower);
    if (known !== undefined) return known;
    let best: { pattern: Pattern; order: number; value: T } | null = null;
    for (const c of this.index.candidates(lower)) {
      const len = c.pattern.words[0]!.length;
      const bestLen = best ? best.pattern.words[0]!.length : -1;
      if (!best || len > bestLen || (len === bestLen && c.order < best.order)) best = c;
    }
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(lower, best ? best.value : null);
    return best ? best.value : null;
  }
}
