/** @module Word tokens with offsets, for the claim and event rules (which need words, not a full tokenizer). */
import type { Span } from "../../core/span.js";
import { isWordChar, tokenize as wordRuns } from "../entities/tokens.js";

export interface Token extends Span {
  text: string;
  lower: string;
  /** starts with an upper-case letter (a German noun, a name) */
  capital: boolean;
  /** first word of its sentence, whose capital says nothing */
  initial: boolean;
}

/** A letter or digit outside the Basic Multilingual Plane (a surrogate pair), tested rarely. */
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

/**
 * Length of the letter/digit character at `i` (1, or 2 for a surrogate pair), or 0 if none. A table
 * (`isWordChar`) answers for single code units, several times faster than a Unicode regex.
 */
function wordCharAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isWordChar(c) ? 1 : 0;
  if (i + 1 >= end) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return ASTRAL_WORD.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Inner joiners of a word: hyphen, Unicode hyphen, apostrophes (`KN-23`, `don't`, `don’t`). */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x27 || c === 0x2019;
}

/**
 * Tokens of `text.slice(span.start, span.end)`, offsets into `text`: runs of letters and digits, joined
 * by inner hyphens or apostrophes (`Kurzstrecken-Raketen`, `KN-23`, `don't`); a joiner not followed by
 * a letter or digit ends the word. Example: `Soldaten aus Nordkorea` → 3 tokens.
 */
export function tokenize(text: string, span: Span): Token[] {
  return (!hasSurrogates(text) && fromWordRuns(text, span)) || scanTokens(text, span);
}

const SURROGATE = /[\ud800-\udfff]/;
let surrogatesOf: { text: string; found: boolean } | null = null;

/** Whether `text` holds a character outside the Basic Multilingual Plane; asked once per sentence, answered once per text. */
function hasSurrogates(text: string): boolean {
  if (surrogatesOf?.text !== text) surrogatesOf = { text, found: SURROGATE.test(text) };
  return surrogatesOf.found;
}

/**
 * The same tokens built from the letter/digit runs the annotate stages already cut from the whole text
 * (`entities/tokens.ts`, kept for the last text): a word of one run reuses the run's strings, so no
 * word is sliced and lower-cased twice, and the lower-cased word's hash, computed by the annotate
 * stages' look-ups, serves the claim and event look-ups too. The runs are BMP-only, so a text with
 * surrogates is scanned instead; so is a span that starts or ends inside a run (null).
 */
function fromWordRuns(text: string, span: Span): Token[] | null {
  const runs = wordRuns(text);
  const end = Math.min(span.end, text.length);
  let k = 0;
  let hi = runs.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (runs[mid]!.end <= span.start) k = mid + 1;
    else hi = mid;
  }
  if (k < runs.length && runs[k]!.start < span.start) return null;
  const out: Token[] = [];
  while (k < runs.length && runs[k]!.start < end) {
    const run = runs[k]!;
    let last = k;
    for (;;) {
      if (runs[last]!.end > end) return null;
      // `KN-23`, `don't`: a joiner with a letter or digit right after it continues the word
      const next = runs[last + 1];
      const at = runs[last]!.end;
      if (!next || next.start !== at + 1 || at + 1 >= end || !isJoiner(text.charCodeAt(at))) break;
      last++;
    }
    const word = last === k ? run.text : text.slice(run.start, runs[last]!.end);
    const first = word[0]!;
    out.push({
      start: run.start,
      end: runs[last]!.end,
      text: word,
      lower: last === k ? run.lower : word.toLowerCase(),
      capital: first !== first.toLowerCase(),
      initial: out.length === 0,
    });
    k = last + 1;
  }
  return out;
}

/** Tokens by a scan of the span's characters, astral letters included (exported to test the fast path against). */
export function scanTokens(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const end = Math.min(span.end, text.length);
  let i = span.start;
  while (i < end) {
    let n = wordCharAt(text, i, end);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (n) {
        i += n;
        n = i < end ? wordCharAt(text, i, end) : 0;
      }
      // a joiner continues the word only when a letter or digit follows it
      if (i + 1 < end && isJoiner(text.charCodeAt(i))) {
        n = wordCharAt(text, i + 1, end);
        if (n) {
          i += 1;
          continue;
        }
      }
      break;
    }
    const word = text.slice(start, i);
    const first = word[0]!;
    out.push({
      start,
      end: i,
      text: word,
      lower: word.toLowerCase(),
      capital: first !== first.toLowerCase(),
      initial: out.length === 0,
    });
  }
  return out;
}

/** Index of the first token starting at or after `offset` (tokens sorted by start). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
