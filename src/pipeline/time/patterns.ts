/** @module Regex building blocks made from a language's word lists (compiled once, at module load). */

/** Escapes a word for a RegExp; a space inside a word matches any run of white space (`bis zum`). */
export function esc(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * An alternation of words as a prefix tree, which a backtracking engine walks much faster than a flat
 * list: `alt(["juni", "juli", "mär", "märz"])` → `(?:ju(?:ni|li)|mär(?:z)?)`. Longer continuations are
 * tried first, so `märz` beats `mär`; a space inside a word matches any run of white space (`bis zum`).
 */
export function alt(words: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return `(?:${emit(root)})`;
}

function emitChar(ch: string): string {
  if (ch === " ") return "\\s+";
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()].map(([ch, child]) => emitChar(ch) + emit(child));
  if (!branches.length) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  if (!node.end) return body;
  return branches.length === 1 ? `(?:${body})?` : `${body}?`;
}

/** Word boundaries that know umlauts and ß (`\b` does not). */
export const L = "(?<![\\p{L}\\p{N}])";
export const R = "(?![\\p{L}\\p{N}])";

/** Case-insensitive, unicode, sticky: a parser's pattern is tried only where one of its trigger words starts. */
export function rx(source: string): RegExp {
  return new RegExp(source, "yiu");
}

/** The trigger key of a token that starts with a digit. */
export const DIGIT = "#d";

/**
 * The trigger keys of a word list: the first token of each entry, lower case; a digit start is `DIGIT`.
 * `firstWords(["heilige drei könige", "1. advent"])` → `["heilige", "#d"]`.
 */
export function firstWords(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const m = /[\p{L}\p{N}]+/u.exec(w);
    if (!m) continue;
    const t = m[0].toLowerCase();
    out.add(/^\d/.test(t) ? DIGIT : (/^\p{L}+/u.exec(t)?.[0] ?? t));
  }
  return [...out];
}

/** The BMP code units `\s` matches (no astral character is white space). */
const WHITE_SPACE: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/** Normalises a matched word for a table lookup: lower case, single spaces, no trailing dot. */
export function key(word: string): string {
  const lower = word.toLowerCase();
  // most matched words hold no space: a scan is cheaper than the two replacing regexes
  for (let i = 0; i < lower.length; i++)
    if (WHITE_SPACE[lower.charCodeAt(i)] === 1) return lower.replace(/\s+/g, " ").replace(/\.$/, "");
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/** Looks a matched word up in a table, case-insensitively. */
export function lookup<T>(table: Record<string, T>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  return table[key(word)];
}

/** Ordinal word alternation from stems and endings: `erst` + `en` → `ersten`. */
export function ordinalWords(stems: Record<string, number>, endings: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stem, n] of Object.entries(stems)) for (const e of endings) out[stem + e] = n;
  return out;
}

/** Character classes of the basic multilingual plane, computed once: 1 = letter, 2 = digit. */
export const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  const letter = /\p{L}/u;
  const digit = /\p{N}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) t[c] = 1;
    else if (digit.test(ch)) t[c] = 2;
  }
  return t;
})();

/** Lower-case code of each BMP character whose lower case is one character (else itself). */
export const LOWER: Uint16Array = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const l = c >= 0xd800 && c <= 0xdfff ? "" : String.fromCharCode(c).toLowerCase();
    t[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return t;
})();

/** The lower-case word that ends just before an offset (spaces skipped), or "": `wordBefore("seit 2014", 5)` → `seit`. */
export function lastWord(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160)) i--;
  const end = i + 1;
  while (i >= 0 && CHAR_CLASS[text.charCodeAt(i)] === 1) i--;
  return end > i + 1 ? text.slice(i + 1, end).toLowerCase() : "";
}

/** The word before an offset (lower case, without punctuation), or "" at the start of a sentence. */
export function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0" || text[i] === "\t")) i--;
  const end = i + 1;
  while (i >= 0 && /[\p{L}\p{N}.-]/u.test(text[i] ?? "")) i--;
  return text
    .slice(i + 1, end)
    .toLowerCase()
    .replace(/\.$/, "");
}

/** The word after an offset, as written (case kept), skipping spaces only. */
export function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  const start = i;
  while (i < text.length && /[\p{L}\p{N}%€$]/u.test(text[i] ?? "")) i++;
  return text.slice(start, i);
}
