/** @module Word tokens for gazetteer matching: letter/digit runs with offsets, and the class of the gap between two. */

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Is a UTF-16 code unit a letter or digit (`\p{L}`, `\p{N}`)? A table is several times faster than a Unicode regex. */
const WORD_CHAR = (() => {
  const table = new Uint8Array(65536);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 65536; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** Is the UTF-16 code unit a letter or digit? */
export function isWordChar(code: number): boolean {
  return WORD_CHAR[code] === 1;
}

/**
 * Texts tokenized lately, oldest first: more than a batch (`EXTRACT_BATCH`) holds, but no more than
 * about 4 million characters of text, so a batch of long documents does not keep them all alive.
 */
const recent = new Map<string, Token[]>();
const KEPT = 64;
const KEPT_CHARS = 4_000_000;
let keptChars = 0;

/**
 * `Kim Jong-un, KN-23` → `Kim` `Jong` `un` `KN` `23`: hyphens and spaces are gaps, not tokens.
 * The stages after segmentation tokenize the same text, one document after another or, batched, one
 * stage over many documents; the results for the latest texts are kept, so the stages share them
 * (the returned array must not be changed).
 */
export function tokenize(text: string): Token[] {
  const known = recent.get(text);
  if (known) return known;
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !WORD_CHAR[text.charCodeAt(i)]) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && WORD_CHAR[text.charCodeAt(i)]) i++;
    const word = text.slice(start, i);
    out.push({ start, end: i, text: word, lower: word.toLowerCase() });
  }
  recent.set(text, out);
  keptChars += text.length;
  while (recent.size > 1 && (recent.size > KEPT || keptChars > KEPT_CHARS)) {
    const oldest = recent.keys().next().value!;
    keptChars -= oldest.length;
    recent.delete(oldest);
  }
  return out;
}

/**
 * How two tokens are joined. Spaces and a single hyphen are one class (`_`), so `Kim Jong-un` and
 * `Kim Jong Un`, `KN-23` and `KN 23` match the same form; `.` joins domains and abbreviations (`time.com`, `U.N. Security Council`),
 * `'` the English genitive (`Russia's`). A line break or other punctuation joins nothing (null).
 */
export function gapClass(gap: string): string | null {
  // a single space is by far the most common gap: answered without a regex
  if (gap === " " || gap === "" || /^(?:[ \t\u00a0\u202f]+|[-‐‑])$/.test(gap)) return "_";
  if (gap === "." || gap === ". ") return ".";
  if (gap === "'" || gap === "’") return "'";
  if (/^, ?$/.test(gap)) return ",";
  return null;
}

/** Is the gap a hyphen that makes a compound: `Ukraine-Krieg`, `UN-Sanktionen`. */
export function isCompoundHyphen(gap: string): boolean {
  return /^[-‐‑]$/.test(gap);
}

/** A form's own tokens and the gap classes between them. */
export function formTokens(form: string): { tokens: string[]; gaps: string[] } | null {
  const toks = tokenize(form);
  if (!toks.length) return null;
  const gaps: string[] = [];
  for (let i = 1; i < toks.length; i++) {
    const g = gapClass(form.slice(toks[i - 1]!.end, toks[i]!.start));
    if (g === null) return null;
    gaps.push(g);
  }
  return { tokens: toks.map((t) => t.text), gaps };
}

/**
 * Does a text token satisfy a form token's case? An all-capital form (`US`, `NIS`, `KN`) must match
 * exactly; a capitalised form (`Nordkorea`) needs a capital in the text; a lower-case form
 * (`nordkoreanisch`, `defence`) matches any case (sentence-initial `Nordkoreanische`).
 */
export function caseAgrees(formToken: string, textToken: string): boolean {
  const first = formToken[0]!;
  if (formToken.length >= 2 && isAllCapitals(formToken)) return formToken === textToken;
  if (first !== first.toLowerCase()) return textToken[0] === textToken[0]!.toUpperCase();
  return true;
}

const ALL_CAPITALS = /^\p{Lu}+$/u;
/** Form tokens are few and tested often: the answer is kept per form token. `KN` → true. */
const allCapitals = new Map<string, boolean>();

function isAllCapitals(formToken: string): boolean {
  let known = allCapitals.get(formToken);
  if (known === undefined) {
    known = ALL_CAPITALS.test(formToken);
    allCapitals.set(formToken, known);
  }
  return known;
}
