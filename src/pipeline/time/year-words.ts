/**
 * @module A year written as digits or in words (`1996`, `nineteen ninety six`, `two thousand and fifteen`):
 * one pattern and one reader shared by every parser that takes a year, built from a language's number words.
 */
import { alt } from "./patterns.js";
import type { TimeWords, YearNumberWords } from "./time-words.js";

/** A year in digits: 1000–2199. */
const DIGITS = "1\\d{3}|20\\d{2}|21\\d{2}";

/** The pieces of a number-word year, as regex sources without groups. */
function wordYearSource(n: YearNumberWords): string {
  const UNIT = alt(Object.keys(n.units));
  const TEEN = alt(Object.keys(n.teens));
  const TENS = alt(Object.keys(n.tens));
  // a century word: `ten`–`nineteen`, `twenty`
  const CENT = alt([
    ...Object.keys(n.teens),
    ...Object.entries(n.tens)
      .filter(([, v]) => v === 20)
      .map(([k]) => k),
  ]);
  const AND = `(?:\\s+${alt(n.and)})?\\s+`;
  const N99 = `(?:${TENS}(?:[\\s-]+${UNIT})?|${TEEN}|${UNIT})`;
  const HUNDRED = alt(n.hundred);
  const THOUSAND = alt(n.thousand);
  const B = "(?![\\p{L}\\p{N}])";
  // `two thousand and fifteen`, `one thousand seven hundred and eighty nine`, `two thousand`
  const thousands = `${UNIT}\\s+${THOUSAND}${B}(?:${AND}(?:${UNIT}\\s+${HUNDRED}${B}(?:${AND}${N99}${B})?|${N99}${B}))?`;
  // `nineteen ninety six`, `nineteen hundred ninety three`, `nineteen zero one`, `twenty fifteen`
  const centuries = `${CENT}\\s+(?:${HUNDRED}${B}(?:${AND}${N99}${B})?|${alt(n.zero)}\\s+${UNIT}${B}|${TENS}(?:[\\s-]+${UNIT})?${B}|${TEEN}${B})`;
  return `${thousands}|${centuries}`;
}

/** A capturing group matching a year in digits or, where the language has the words, in words. */
export function yearGroup(w: TimeWords): string {
  return w.yearNumberWords ? `(${DIGITS}|${wordYearSource(w.yearNumberWords)})` : `(${DIGITS})`;
}

/** The first words a word year can start with (for parser triggers). */
export function yearFirstWords(w: TimeWords): string[] {
  const n = w.yearNumberWords;
  return n ? [...Object.keys(n.units), ...Object.keys(n.teens), ...Object.keys(n.tens)] : [];
}

/**
 * The value of a year matched by `yearGroup`: `readYear("nineteen ninety six", w)` → 1996,
 * `readYear("two thousand and fifteen", w)` → 2015, `readYear("2015", w)` → 2015.
 */
export function readYear(s: string, w: TimeWords): number {
  if (/^\d+$/.test(s)) return Number(s);
  const n = w.yearNumberWords;
  if (!n) return Number.NaN;
  const and = new Set(n.and.map((x) => x.toLowerCase()));
  const toks = s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((t) => t && !and.has(t));
  const isHundred = (t: string) => n.hundred.includes(t);
  const isThousand = (t: string) => n.thousand.includes(t);
  const small = (t: string) => n.units[t] ?? n.teens[t] ?? n.tens[t] ?? 0;
  const sum = (ts: string[]) => ts.reduce((a, t) => a + small(t), 0);
  const ti = toks.findIndex(isThousand);
  if (ti >= 0) {
    const rest = toks.slice(ti + 1);
    const hi = rest.findIndex(isHundred);
    const below = hi >= 0 ? sum(rest.slice(0, hi)) * 100 + sum(rest.slice(hi + 1)) : sum(rest);
    return sum(toks.slice(0, ti)) * 1000 + below;
  }
  const century = small(toks[0]!) * 100;
  const rest = toks.slice(1).filter((t) => !isHundred(t) && !n.zero.includes(t));
  return century + sum(rest);
}

/**
 * Days of the month 10–31 written as cardinals, from the language's number words: `twenty five` → 25,
 * `twenty-five` → 25, `fifteen` → 15 (lower numbers are too often counts: `five January`).
 */
export function cardinalDayWords(w: TimeWords): Record<string, number> {
  const n = w.yearNumberWords;
  const out: Record<string, number> = {};
  if (!n) return out;
  for (const [k, v] of Object.entries(n.teens)) out[k] = v;
  for (const [t, tv] of Object.entries(n.tens)) {
    if (tv > 30) continue;
    out[t] = tv;
    for (const [u, uv] of Object.entries(n.units)) {
      if (tv + uv > 31) continue;
      out[`${t} ${u}`] = tv + uv;
      out[`${t}-${u}`] = tv + uv;
    }
  }
  return out;
}
