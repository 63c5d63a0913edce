/** @module Word tokens with offsets, for the claim and event rules (which need words, not a full tokenizer). */
import type { Span } from "../../core/span.js";
import { isWordChar } from "../entities/tokens.js";

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
