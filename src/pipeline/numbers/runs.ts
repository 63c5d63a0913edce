/**
 * @module Runs of spaces and letters at a position, read by table: the phrase reader asks after every
 * word it reads, and the match array of a sticky regex costs more than the scan. Each function answers
 * exactly as the regex it stands for (`spaceAt`, `hyphenAt`, `wordAt` in `compile.ts`), built from that
 * regex's own character class, and falls back to the regex where a table of code units cannot answer
 * (a letter outside the Basic Multilingual Plane).
 */

/** A table of the BMP code units a one-character regex matches. */
function table(re: RegExp): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (re.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
}

/** `[^\S\r\n]`: a space on the line (no surrogate is one). */
const SPACE = table(/^[^\S\r\n]$/);
/** `\p{L}` within the BMP; a surrogate is answered by the regex. */
const LETTER = table(/^\p{L}$/u);

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Length of `/[^\S\r\n]+/y` at `at` (0: no match). `12 000` → 1 at 2. */
export function spaceRunAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE[text.charCodeAt(i)] === 1) i++;
  return i - at;
}

/** Length of `/[^\S\r\n]*-[^\S\r\n]*(?=\p{L})/uy` (`hyphenAt`) at `at` (0: no match). `zwei - drei` → 3 at 4. */
export function hyphenRunAt(text: string, at: number, hyphenAt: RegExp): number {
  let i = at + spaceRunAt(text, at);
  if (text.charCodeAt(i) !== 0x2d) return 0;
  i++;
  i += spaceRunAt(text, i);
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c)) {
    hyphenAt.lastIndex = at;
    const m = hyphenAt.exec(text);
    return m ? m[0].length : 0;
  }
  return LETTER[c] === 1 ? i - at : 0;
}

/**
 * What `/[\p{L}]+/uy` (`wordAt`) matches at `at`, "" if nothing: `Millionen` in `2 Millionen`. Next to a
 * surrogate the regex answers (a letter outside the BMP; in Unicode mode a position inside a pair reads
 * from the pair's start).
 */
export function letterRunAt(text: string, at: number, wordAt: RegExp): string {
  let i = at;
  while (i < text.length && LETTER[text.charCodeAt(i)] === 1) i++;
  if (isSurrogate(text.charCodeAt(i)) || (i === at && at > 0 && isSurrogate(text.charCodeAt(at - 1)))) {
    wordAt.lastIndex = at;
    return wordAt.exec(text)?.[0] ?? "";
  }
  return text.slice(at, i);
}
