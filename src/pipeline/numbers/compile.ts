/**
 * @module Compiling a language's number data into the regular expressions and lookup tables the
 * recognisers use. Done once per language at module load, so that finding numbers allocates little.
 */
import { isWordChar as isWordCode } from "../entities/tokens.js";
import { DIGITS_SOURCE } from "./digits.js";
import type { ModifierKind, NumberLexicon } from "./lexicon.js";
import { NumberWords } from "./words.js";

/** Escapes a phrase for a regex; a space matches any run of spaces on one line (`bis  zu`). */
export function escapePhrase(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[^\\S\\n]+");
}

/** An alternation of phrases, longest first; word-like ones must stand as whole words. */
function alternation(phrases: Iterable<string>, wholeWords = true, boundaryBefore = true): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted
    .map((p) => {
      const body = escapePhrase(p);
      const before = boundaryBefore && /^[\p{L}\p{N}]/u.test(p) ? "(?<![\\p{L}\\p{N}])" : "";
      const after = wholeWords && /[\p{L}\p{N}]$/u.test(p) ? "(?![\\p{L}\\p{N}])" : "";
      return `${before}${body}${after}`;
    })
    .join("|");
}

/** How much space may stand between a cue and the number: at least one, any, or at most one. */
type Gap = "+" | "*" | "?";

const isSpace = (ch: string | undefined) => ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u202f";
/** A letter or digit (one UTF-16 code unit; a lone surrogate is neither), by table, not by a Unicode regex. */
const isWordChar = (ch: string | undefined) => ch !== undefined && isWordCode(ch.charCodeAt(0));

/**
 * A cue right before a position (`bis zu ` before `12 000`): looked up by its length in a set of
 * lower-case phrases, not by a regex over the text before, so that looking back costs little.
 * `exec` returns `[cue with its gap, cue]` or null.
 */
export class CueBefore {
  private readonly phrases: Set<string>;
  /** the lengths of the phrases ending in a character (lower case), longest first */
  private readonly lengthsByLast = new Map<string, number[]>();
  constructor(
    phrases: readonly string[],
    private readonly gap: Gap,
  ) {
    this.phrases = new Set(phrases.map((p) => p.toLowerCase()));
    for (const p of this.phrases) {
      const last = p[p.length - 1]!;
      const list = this.lengthsByLast.get(last) ?? [];
      if (!list.includes(p.length)) list.push(p.length);
      this.lengthsByLast.set(
        last,
        list.sort((a, b) => b - a),
      );
    }
  }
  exec(text: string, at: number): [string, string] | null {
    let g = at;
    while (g > 0 && isSpace(text[g - 1]) && at - g < 3) g--;
    const spaces = at - g;
    if ((this.gap === "+" && spaces === 0) || (this.gap === "?" && spaces > 1)) return null;
    const lengths = g > 0 ? this.lengthsByLast.get(text[g - 1]!.toLowerCase()) : undefined;
    if (!lengths) return null;
    for (const len of lengths) {
      const from = g - len;
      if (from < 0) continue;
      const cue = text.slice(from, g);
      if (!this.phrases.has(cue.toLowerCase())) continue;
      if (isWordChar(cue[0]) && isWordChar(text[from - 1])) continue;
      if (this.gap === "*" && spaces === 0 && isWordChar(cue[cue.length - 1]) && isWordChar(text[at]))
        continue;
      return [text.slice(from, at), cue];
    }
    return null;
  }
  test(text: string, at: number): boolean {
    return this.exec(text, at) !== null;
  }
}

/** The cue `phrases` as the last thing before a position, followed by a gap. */
function endsWith(phrases: readonly string[], gap: Gap = "+"): CueBefore {
  return new CueBefore(phrases, gap);
}

/** A sticky regex matching one of `phrases` right after a position, after the given gap. */
function startsWith(phrases: Iterable<string>, gap: string, flags = "iuy"): RegExp {
  return new RegExp(`${gap}(${alternation(phrases, true, false)})`, flags);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface Compiled {
  lex: NumberLexicon;
  words: NumberWords;
  /** the first two letters (lower case) of every word that can begin a number phrase: a quick filter */
  startPrefixes: Set<string>;
  /** whether a number phrase can begin with the word at a position */
  wordStartAt: RegExp;
  digitsAt: RegExp;
  wordAt: RegExp;
  spaceAt: RegExp;
  hyphenAt: RegExp;
  dottedAt: RegExp;
  /** dates and times starting with digits: `8. Oktober`, `19.06.2024`, `14:30`, `5/17/2018`, `2024-10` */
  dateAt: RegExp;
  /** spans that hold no counts: URLs, e-mail addresses, phone numbers, dates led by a month name */
  blocked: RegExp;
  vagueAt: RegExp;
  percentAt: RegExp;
  unitAt: RegExp;
  currencyAt: RegExp;
  clockAt: RegExp;
  postModifierAt: RegExp;
  rangeInfixAt: RegExp;
  modifierBefore: CueBefore;
  articleModifierBefore: CueBefore;
  /** verbs whose particle looks like a modifier: `hand over two soldiers` */
  particleVerbBefore: CueBefore;
  articleBefore: CueBefore;
  quantifierBefore: CueBefore;
  negativeBefore: CueBefore;
  currencyBefore: CueBefore;
  idCueBefore: CueBefore;
  yearCueBefore: CueBefore;
  /** a modifier that makes a four-digit number a count: `etwa 2000` */
  countModifierBefore: CueBefore;
  /** a year and a joining word right before: `2019 bis` */
  yearBefore: RegExp;
  determinerBefore: CueBefore;
  frameBefore: CueBefore;
  /** frame opener (lower case) → the regex of its joining word after the first number */
  frameJoinAt: Map<string, RegExp>;
  boundJoinBetween: RegExp;
  modifierKinds: Map<string, ModifierKind>;
  monthWords: Set<string>;
  pronouns: Set<string>;
  /** a spoken decimal point between spaces: ` point `, ` Komma ` */
  decimalWordAt: RegExp;
  /** a word joining a whole number to a fraction, between spaces: ` and `, ` und ` */
  fractionJoinerAt: RegExp;
  /** words after `a fifth` that make it a fraction (`of`) */
  fractionOf: Set<string>;
  /** fraction words that are a number on their own (`half`) */
  bareFractions: Set<string>;
}

export function compile(lex: NumberLexicon): Compiled {
  const words = new NumberWords(lex);
  const months = alternation(lex.months.map(capitalise));
  const day = "\\d{1,2}(?:st|nd|rd|th|\\.)?";
  // `8. und 13.`, `4 and 5`, `8. und dem 13.`: two days of one month (a short article may stand before the second)
  const dayRange = `${day}(?:[^\\S\\n]*(?:und|bis|and|to|-|–|/)[^\\S\\n]*(?:\\p{L}{2,4}[^\\S\\n]+)?${day})?`;
  const clock = lex.clockWords.map(escapePhrase).join("|");
  const lowerModifiers = new Map(Object.entries(lex.modifiers).map(([k, v]) => [k.toLowerCase(), v]));
  const yearJoiners = [...lex.rangeInfixes, ...lex.boundJoiners, ...lex.rangeFrames.map((f) => f[1]), "/"];
  const frameJoinAt = new Map<string, RegExp>();
  for (const [open, join] of lex.rangeFrames) {
    frameJoinAt.set(open.toLowerCase(), startsWith([join], "[^\\S\\n]+", "iuy"));
  }
  return {
    lex,
    words,
    startPrefixes: new Set(words.startForms().map((f) => f.slice(0, 2).toLowerCase())),
    wordStartAt: new RegExp(`(?:${alternation(words.startForms(), false, false)})`, "iuy"),
    digitsAt: new RegExp(DIGITS_SOURCE, "y"),
    wordAt: /[\p{L}]+/uy,
    spaceAt: /[^\S\r\n]+/y,
    hyphenAt: /[^\S\r\n]*-[^\S\r\n]*(?=\p{L})/uy,
    dottedAt: /(?:[.,:/]\d+)+/y,
    dateAt: new RegExp(
      [
        `${dayRange}[^\\S\\n]*(?:of[^\\S\\n]+)?(?:${months})(?![\\p{L}])`,
        "\\d{1,2}\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{4}|\\d{2})?(?!\\d)",
        "\\d{1,2}/\\d{1,2}/\\d{2,4}(?!\\d)",
        "\\d{4}-\\d{1,2}(?:-\\d{1,2})?(?!\\d)",
        "\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)",
        `\\d{1,2}(?:[.:]\\d{2})?[^\\S\\n]*(?:${clock})(?![\\p{L}])`,
      ].join("|"),
      "uy",
    ),
    blocked: new RegExp(
      [
        "https?://\\S+",
        "www\\.\\S+",
        "\\+\\d{1,3}[\\s\\-/()]*\\d[\\d\\s\\-/()]{5,}\\d",
        ...(lex.monthFirstDates
          ? [`(?<![\\p{L}])(?:${months})[^\\S\\n]+${dayRange}(?:,?[^\\S\\n]+\\d{4})?(?!\\d)`]
          : []),
      ].join("|"),
      "gu",
    ),
    vagueAt: startsWith(Object.keys(lex.vague), "", "iuy"),
    percentAt: new RegExp(`[^\\S\\n]?%|[^\\S\\n]*(?:${alternation(lex.percent)})`, "iuy"),
    unitAt: startsWith(Object.keys(lex.units), "(?:[^\\S\\n]*|-)", "uy"),
    currencyAt: startsWith(Object.keys(lex.currencies), "[^\\S\\n]*", "uy"),
    clockAt: startsWith(lex.clockWords, "[^\\S\\n]*", "iuy"),
    postModifierAt: startsWith(Object.keys(lex.postModifiers), "[^\\S\\n]+", "iuy"),
    rangeInfixAt: startsWith(lex.rangeInfixes, "[^\\S\\n]*", "iuy"),
    modifierBefore: endsWith(Object.keys(lex.modifiers), "*"),
    articleModifierBefore: endsWith(lex.articleModifiers),
    particleVerbBefore: endsWith(lex.particleVerbs),
    articleBefore: endsWith(lex.articles),
    quantifierBefore: endsWith(lex.vagueQuantifiers),
    negativeBefore: endsWith(lex.negatives),
    currencyBefore: endsWith(Object.keys(lex.currencyPrefixes), "?"),
    idCueBefore: endsWith(lex.idCues),
    yearCueBefore: endsWith(lex.yearCues),
    countModifierBefore: endsWith(lex.countModifiers ?? []),
    yearBefore: new RegExp(
      `(?<!\\d)(?:1[89]|20)\\d\\d[^\\S\\n]*(?:${alternation(yearJoiners)})[^\\S\\n]*$`,
      "iu",
    ),
    determinerBefore: endsWith(lex.determiners),
    frameBefore: endsWith(lex.rangeFrames.map((f) => f[0])),
    frameJoinAt,
    boundJoinBetween: new RegExp(
      `^[^\\S\\n]*(?:,[^\\S\\n]*(?:${alternation(lex.boundJoiners)})?|${alternation(lex.boundJoiners)})[^\\S\\n]*$`,
      "iu",
    ),
    modifierKinds: lowerModifiers,
    monthWords: new Set(lex.months),
    pronouns: new Set(lex.pronouns),
    decimalWordAt: new RegExp(`[^\\S\\n]+(?:${alternation(lex.decimalWords)})[^\\S\\n]+`, "iuy"),
    fractionJoinerAt: new RegExp(`[^\\S\\n]+(?:${alternation(lex.fractionJoiners)})[^\\S\\n]+`, "iuy"),
    fractionOf: new Set(lex.fractionOf),
    bareFractions: new Set(lex.bareFractions),
  };
}
