/** @module Word tokens with offsets, for the claim and event rules (which need words, not a full tokenizer). */
import type { Span } from "../../core/span.js";

export interface Token extends Span {
  text: string;
  lower: string;
  /** starts with an upper-case letter (a German noun, a name) */
  capital: boolean;
  /** first word of its sentence, whose capital says nothing */
  initial: boolean;
}

/** Letters and digits, joined by inner hyphens or apostrophes: `Kurzstrecken-Raketen`, `KN-23`, `don't`. */
const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

/** Tokens of `text.slice(span.start, span.end)`, offsets into `text`. Example: `Soldaten aus Nordkorea` → 3 tokens. */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const word = m[0];
    const first = word[0]!;
    out.push({
      start: span.start + m.index,
      end: span.start + m.index + word.length,
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
