/**
 * @module Number recognition for German and English: counts, amounts, percentages, ordinals and
 * measures as `[start, end)` spans with resolved values and explicit shape (bounds, approximation,
 * vagueness). One pass over the words finds where numbers may start; each is read, shaped and kept
 * if it is a count.
 *
 * @example
 * findNumbers("bis zu 12 000 Soldaten", "de")
 * // → [{ type: "number", start: 0, end: 13, text: "bis zu 12 000", value: null, max: 12000, … rule: "de.number.bis-zu" }]
 */
import type { NumberAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import { dropOverlaps, type Span } from "../../core/span.js";
import { numbers as deNumbers } from "../../lang/de/numbers.js";
import { numbers as enNumbers } from "../../lang/en/numbers.js";
import { type Compiled, compile } from "./compile.js";
import { readCore } from "./core.js";
import { isVulgar } from "./fractions.js";
import { joinBounds, shape } from "./refine.js";

export type { NumberLexicon } from "./lexicon.js";

const COMPILED: Readonly<Record<"de" | "en", Compiled>> = { de: compile(deNumbers), en: compile(enNumbers) };

/** The compiled recogniser for a language; `other` reads digits the German way (the project's first language). */
function forLang(lang: Lang): Compiled {
  return lang === "en" ? COMPILED.en : COMPILED.de;
}

/** Letters and digits of the Basic Multilingual Plane, as a lookup table: the scanner's word characters. */
const WORD_CHAR = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
})();

/** Lower-case code of every BMP character (`Ä` → `ä`), for the scanner's two-letter filter. */
const LOWER = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const l = c >= 0xd800 && c <= 0xdfff ? "" : String.fromCharCode(c).toLowerCase();
    table[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return table;
})();

/** The scanner's filter: the first two letters of words that can start a number, as numbers. */
const PREFIX_KEYS = new WeakMap<Compiled, Set<number>>();
function prefixKeys(c: Compiled): Set<number> {
  let keys = PREFIX_KEYS.get(c);
  if (!keys) {
    keys = new Set([...c.startPrefixes].map((p) => p.charCodeAt(0) * 65536 + (p.charCodeAt(1) || 0)));
    PREFIX_KEYS.set(c, keys);
  }
  return keys;
}

/** Spans that hold no counts (URLs, phone numbers, month-first dates), sorted. */
function blockedSpans(text: string, c: Compiled): Span[] {
  const spans: Span[] = [];
  // the compiled global regex itself, from the start (a run to the end leaves `lastIndex` at 0 again)
  const re = c.blocked;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/**
 * Finds the numbers of `text` read in `lang`, sorted by start, not overlapping.
 * Years, dates, times of day, phone numbers and digits inside names (`KN-23`) are not returned.
 */
export function findNumbers(text: string, lang: Lang): NumberAnnotation[] {
  const c = forLang(lang);
  const blocked = blockedSpans(text, c);
  const found: NumberAnnotation[] = [];
  const n = text.length;
  const keys = prefixKeys(c);
  let b = 0;
  let i = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (WORD_CHAR[ch] !== 1) {
      i++;
      continue;
    }
    // a word starts at i: a digit, or a letter that may begin a number word
    const isDigit = ch >= 48 && ch <= 57;
    let candidate = isDigit || (ch >= 0xbc && isVulgar(text[i]));
    if (!isDigit && keys.has(LOWER[ch]! * 65536 + (i + 1 < n ? LOWER[text.charCodeAt(i + 1)]! : 0))) {
      c.wordStartAt.lastIndex = i;
      candidate = c.wordStartAt.test(text);
    }
    if (candidate) {
      while (b < blocked.length && blocked[b]!.end <= i) b++;
      const block = blocked[b];
      if (block && block.start <= i) {
        i = block.end;
        continue;
      }
      const core = readCore(text, i, c);
      if (core !== null && "skip" in core) {
        i = Math.max(core.skip, i + 1);
        continue;
      }
      if (core !== null) {
        const ann = shape(text, core, c);
        found.push(ann);
        i = Math.max(ann.end, i + 1);
        continue;
      }
    }
    i++;
    while (i < n && WORD_CHAR[text.charCodeAt(i)] === 1) i++;
  }
  return joinBounds(text, dropOverlapsInClusters(found), c);
}

/**
 * dropOverlaps on each run of chained overlapping spans: the same result, but linear for the usual
 * case of numbers that do not touch (dropOverlaps compares every pair).
 */
function dropOverlapsInClusters(spans: NumberAnnotation[]): NumberAnnotation[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: NumberAnnotation[] = [];
  let cluster: NumberAnnotation[] = [];
  let clusterEnd = -1;
  for (const s of sorted) {
    if (cluster.length && s.start >= clusterEnd) {
      out.push(...(cluster.length === 1 ? cluster : dropOverlaps(cluster)));
      cluster = [];
    }
    cluster.push(s);
    clusterEnd = Math.max(clusterEnd, s.end);
  }
  if (cluster.length) out.push(...(cluster.length === 1 ? cluster : dropOverlaps(cluster)));
  return out;
}
