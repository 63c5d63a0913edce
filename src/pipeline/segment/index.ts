/** @module Sentence and paragraph splitting for German and English: spans into the unmodified text. */
import type { Sentence } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import * as de from "../../lang/de/abbreviations.js";
import * as en from "../../lang/en/abbreviations.js";
import { isWordChar } from "../entities/tokens.js";

interface SplitData {
  abbreviations: Set<string>;
  sentenceFinal: Set<string>;
  ordinalFollowers: Set<string>;
}

function splitData(list: (typeof de)[]): SplitData {
  return {
    abbreviations: new Set(list.flatMap((l) => l.abbreviations)),
    sentenceFinal: new Set(list.flatMap((l) => l.sentenceFinalAbbreviations)),
    ordinalFollowers: new Set(list.flatMap((l) => l.ordinalFollowers)),
  };
}

/** German and English text mix (quoted English names in German articles): both lists apply, the document's first. */
const DATA: Record<Lang, SplitData> = {
  de: splitData([de, en]),
  en: splitData([en, de]),
  other: splitData([de, en]),
};

/** A blank line (only spaces between two line breaks) separates paragraphs. */
const PARAGRAPH_BREAK = /\r?\n(?:[ \t\f\v\u00a0\u2000-\u200b\u3000]*\r?\n)+/g;
/** Sentence-final punctuation, closing quotes/brackets, then whitespace: `… Russland.“ Selbst` */
const TERMINAL = /([.!?…]+)(["'“”»«‘’)\]]*)([ \t\f\v\u00a0\u2000-\u200b\u3000]+)/g;
const WORD_AFTER = /^[\p{L}\p{N}]+/u;
const OPENS_SENTENCE = /^[\p{Lu}\p{N}„“"'‚‘«»([–—-]/u;
/** Bullets and dashes that open a list line: `  • Gustav Gressel ist …` */
const LEADING_BULLET = /^(?:[•▪◦‣·*]|[-–—](?=\s))\s*/u;

/** Paragraph spans: blank-line separated blocks, trimmed of surrounding whitespace. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (a: number, b: number) => {
    const t = trimSpan(text, a, b);
    if (t) out.push(t);
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/**
 * Splits `text` into sentences. A line break always ends a sentence (headlines have no final dot);
 * so does the edge of a non-body range. Inside a line, `.`, `!`, `?` followed by whitespace and a
 * capital, digit or quote ends one, except after abbreviations (`ca.`, `z. B.`), initials (`J. Smith`)
 * and ordinal dots (`am 19. Juni`, `zwischen 8. und 13. Oktober`).
 */
export function segment(text: string, lang: Lang = "de", nonBody: readonly Span[] = []): Sentence[] {
  const data = DATA[lang];
  const sentences: Sentence[] = [];
  const paragraphs = findParagraphs(text);
  paragraphs.forEach((para, paragraph) => {
    for (const piece of hardPieces(text, para, nonBody)) {
      let start = piece.start;
      TERMINAL.lastIndex = piece.start;
      for (let m = TERMINAL.exec(text); m && m.index < piece.end; m = TERMINAL.exec(text)) {
        const end = m.index + m[1]!.length + m[2]!.length;
        const next = end + m[3]!.length;
        if (next >= piece.end) break;
        if (!isBoundary(text, m.index, m[1]!, m[2]!, next, data)) continue;
        pushSentence(text, start, end, paragraph, sentences);
        start = next;
      }
      pushSentence(text, start, piece.end, paragraph, sentences);
    }
  });
  return sentences;
}

/** Lines of a paragraph, cut again at the edges of non-body ranges. */
function hardPieces(text: string, para: Span, nonBody: readonly Span[]): Span[] {
  const cuts = new Set<number>();
  for (let i = text.indexOf("\n", para.start); i !== -1 && i < para.end; i = text.indexOf("\n", i + 1)) {
    cuts.add(i);
  }
  for (const r of nonBody) {
    if (r.start > para.start && r.start < para.end) cuts.add(r.start);
    if (r.end > para.start && r.end < para.end) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Span[] = [];
  let start = para.start;
  for (const p of points) {
    pieces.push({ start, end: p });
    start = p;
  }
  pieces.push({ start, end: para.end });
  return pieces;
}

function isBoundary(
  text: string,
  punctAt: number,
  punct: string,
  closers: string,
  next: number,
  data: SplitData,
): boolean {
  const after = text.slice(next, next + 40);
  if (!OPENS_SENTENCE.test(after)) return false;
  if (punct !== "." || closers) return true;
  let w = punctAt;
  while (w > 0 && punctAt - w < 40 && isWordChar(text.charCodeAt(w - 1))) w--;
  const before = text.slice(w, punctAt);
  if (!before) return true;
  const nextWord = WORD_AFTER.exec(after)?.[0] ?? "";
  // `J. Smith`, `z. B.`, `U.S. officials`: a single letter before the dot is an initial or part of an abbreviation
  if (before.length === 1 && /\p{L}/u.test(before)) return false;
  if (data.abbreviations.has(before)) return data.sentenceFinal.has(before) && /^\p{Lu}/u.test(nextWord);
  if (/^\d{1,4}$/.test(before)) {
    // `am 19. Juni`, `die 11. Armee`; `8. 9. 10.` lists
    if (data.ordinalFollowers.has(nextWord)) return false;
    if (/^\d/.test(nextWord) && before.length <= 2) return false;
  }
  return true;
}

function pushSentence(text: string, a: number, b: number, paragraph: number, out: Sentence[]): void {
  const t = trimSpan(text, a, b);
  if (!t) return;
  const bullet = LEADING_BULLET.exec(text.slice(t.start, t.end));
  const start = bullet ? t.start + bullet[0].length : t.start;
  if (start < t.end) out.push({ start, end: t.end, paragraph });
}

function trimSpan(text: string, a: number, b: number): Span | null {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? { start: a, end: b } : null;
}
