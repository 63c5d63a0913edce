/**
 * @module Numbers that are not whole: fractions (`two thirds`, `drei Viertel`, `a fifth of`, `3/4`,
 * `1 1/2`, `½`, `three and a fifth`), spoken decimals (`two point five`, `zwei Komma drei`) and exponent
 * notation (`1.3e6`, `1.3x10^6`), read as an extension of a number phrase already read.
 */
import type { Compiled } from "./compile.js";
import type { Phrase } from "./core.js";

/** The phrase reader of core.ts, passed in (core.ts calls this module). */
export type ReadPhrase = (text: string, p: number, c: Compiled, limit?: number) => Phrase | null;

/** Unicode vulgar fractions: `½` → 0.5 (the same in every language). */
const VULGAR: Readonly<Record<string, number>> = {
  "½": 1 / 2,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "¼": 1 / 4,
  "¾": 3 / 4,
  "⅕": 1 / 5,
  "⅖": 2 / 5,
  "⅗": 3 / 5,
  "⅘": 4 / 5,
  "⅙": 1 / 6,
  "⅚": 5 / 6,
  "⅐": 1 / 7,
  "⅛": 1 / 8,
  "⅜": 3 / 8,
  "⅝": 5 / 8,
  "⅞": 7 / 8,
  "⅑": 1 / 9,
  "⅒": 1 / 10,
};

/** Whether digits and what follows them are a slash fraction: `3/4`, not `29/2`, `01/5`, `5/17/2018`. */
export function slashFractionAt(text: string, digits: string, end: number): boolean {
  const m = digits[0] === "0" ? null : at(SLASH, text, end);
  return m !== null && Number(m[1]) > Number(digits);
}

/** Whether the character code is a vulgar fraction (for the scanner). */
export function isVulgar(ch: string | undefined): boolean {
  return ch !== undefined && VULGAR[ch] !== undefined;
}

/** `e10`, `E-3`, `e+14` glued to digits */
const EXPONENT_E = /[eE]([+-]?\d{1,3})(?![\p{L}\p{N}])/uy;
/** `x10^6`, `×10^-4` */
const TIMES_TEN = /[^\S\n]?[x×*][^\S\n]?10\^([+-]?\d{1,3})(?!\p{N})/uy;
/** `^23`, `^-1`, `^--23` (two minus signs cancel) */
const POWER = /\^([+-]*)(\d{1,3})(?!\p{N})/uy;
/**
 * `/4` after a numerator: a simple fraction has a one-digit denominator or 10; `10/25`, `5/12`, `9/11`,
 * `2022/23` are dates, seasons or scores, `5/17/2018` a date, `3/4.5` no fraction
 */
const SLASH = /\/([2-9]|10)(?![\d/]|[.,]\d)/y;
/** ` 1/4` after a whole number: `2 1/4` */
const MIXED_SLASH = /[^\S\n]+([1-9])\/([2-9]|10)(?![\d/]|[.,]\d)/y;
/** what stands between a numerator and its denominator: `three fifths`, `one-eighth`, `five - eighths` */
const BETWEEN = /[^\S\n]*-[^\S\n]*(?=\p{L})|[^\S\n]+/uy;
const SPACE = /[^\S\n]+/y;
/** the next word after spaces */
const NEXT_WORD = /[^\S\n]*(\p{L}+)/uy;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The phrase as a fraction or decimal: a new value and end, no longer a bare digit run. */
function extended(phrase: Phrase, end: number, value: number, how: string, endScale = 0): Phrase {
  return {
    ...phrase,
    end,
    value,
    ordinal: false,
    plural: false,
    digitsOnly: null,
    hasWords: phrase.hasWords,
    tokens: phrase.tokens + 1,
    endScale,
    coefficient: endScale ? value / endScale : 0,
    how,
  };
}

/**
 * A denominator at `pos`: a plural ordinal (`fifths`, `Drittel`), a fraction word (`halbe`, `quarter`)
 * as a factor, or a singular ordinal when the numerator is one (`one eighth`). Returns the factor
 * the numerator is multiplied by.
 */
function denominatorAt(
  text: string,
  pos: number,
  numeratorIsOne: boolean,
  c: Compiled,
  read: ReadPhrase,
): { end: number; factor: number } | null {
  const sep = at(BETWEEN, text, pos);
  if (!sep) return null;
  const from = pos + sep[0].length;
  const word = at(c.wordAt, text, from);
  if (!word) return null;
  const reading = c.words.read(word[0].toLowerCase());
  if (reading?.kind === "fraction") {
    // `drei halbe`, `three quarter`, `one half`
    return { end: from + word[0].length, factor: reading.value };
  }
  // `fifths`, `twenty-firsts`, `one hundred fifth`
  const den = read(text, from, c);
  if (!den?.ordinal || den.value === 0) return null;
  if (!den.plural && !(numeratorIsOne && den.value >= 3)) return null;
  if (!den.plural && c.lex.notDenominators.includes(word[0].toLowerCase())) return null;
  return { end: den.end, factor: 1 / den.value };
}

/** A fraction at `pos` (after `and`): `a fifth`, `two thirds`, `one half`. */
function fractionAt(
  text: string,
  pos: number,
  c: Compiled,
  read: ReadPhrase,
): { end: number; value: number } | null {
  const word = at(c.wordAt, text, pos);
  if (word && c.words.read(word[0].toLowerCase())?.kind === "article") {
    const den = denominatorAt(text, pos + word[0].length, true, c, read);
    return den ? { end: den.end, value: den.factor } : null;
  }
  const num = read(text, pos, c);
  if (num?.plural) {
    // `fifty-four hundredths` read as one plural ordinal: the last group is the denominator
    const f = ordinalAsFraction(text, pos, num, c, read, false);
    return f && !f.ordinal ? { end: f.end, value: f.value } : null;
  }
  if (!num || num.ordinal || !Number.isInteger(num.value)) return null;
  const den = denominatorAt(text, num.end, num.value === 1 && num.tokens === 1, c, read);
  return den ? { end: den.end, value: num.value * den.factor } : null;
}

/** The digits of a spoken decimal part: `zero three` → "03", `seventy-one` → "71". */
function decimalDigitsAt(
  text: string,
  pos: number,
  c: Compiled,
  read: ReadPhrase,
): { end: number; digits: string } | null {
  let digits = "";
  let end = pos;
  let p = pos;
  for (;;) {
    const word = at(c.wordAt, text, p);
    const r = word ? c.words.read(word[0].toLowerCase()) : null;
    const step = r?.kind === "cardinal" && r.steps.length === 1 ? r.steps[0]! : null;
    if (!word || !step || step.kind !== "unit" || step.value > 9) break;
    digits += String(step.value);
    end = p + word[0].length;
    const sep = at(BETWEEN, text, end);
    if (!sep) break;
    p = end + sep[0].length;
  }
  if (digits) return { end, digits };
  const whole = read(text, pos, c);
  if (!whole || whole.ordinal || !Number.isInteger(whole.value) || whole.value <= 0) return null;
  return { end: whole.end, digits: String(whole.value) };
}

/** A scale word right after a position: `Milliarde` in `fünf und drei Viertel Milliarde`. */
function scaleAt(text: string, pos: number, c: Compiled): { end: number; scale: number } | null {
  const space = at(SPACE, text, pos);
  if (!space) return null;
  const word = at(c.wordAt, text, pos + space[0].length);
  const r = word ? c.words.read(word[0].toLowerCase()) : null;
  if (r?.kind !== "cardinal" || r.steps.length !== 1 || r.steps[0]!.kind !== "scale") return null;
  return { end: pos + space[0].length + word![0].length, scale: r.steps[0]!.value };
}

/**
 * A phrase read at `p` as a fraction of its own: `a fifth` (an ordinal after an article, before `of`
 * or nothing), `twenty fifths`, `ein Drittel`. Returns the phrase unchanged when it is a rank
 * (`a fifth round`), null when it is no number (`thirds` alone).
 */
export function ordinalAsFraction(
  text: string,
  p: number,
  phrase: Phrase,
  c: Compiled,
  read: ReadPhrase,
  articleBefore: boolean,
): Phrase | null {
  if (phrase.plural) {
    if (phrase.groupStart > p) {
      // `twenty fifths`, `a hundred trillionths`: the last group is the denominator
      const num = read(text, p, c, phrase.groupStart);
      const den = read(text, phrase.groupStart, c);
      if (num && !num.ordinal && den?.ordinal && den.end === phrase.end && den.value > 0)
        return extended(
          { ...num, startsBare: num.startsBare },
          phrase.end,
          num.value / den.value,
          "fraction",
        );
      return null;
    }
    // `ein Drittel der Soldaten`
    if (!articleBefore || phrase.value === 0) return null;
    return { ...extended(phrase, phrase.end, 1 / phrase.value, "fraction"), startsBare: true };
  }
  // `a hundred trillionth` is a rank; `a fifth`, `a twenty-first` may be fractions
  if (!articleBefore || phrase.value < 3 || phrase.groupStart > p) return phrase;
  const next = at(NEXT_WORD, text, phrase.end);
  if (next && !c.fractionOf.has(next[1]!.toLowerCase())) return phrase;
  // `a fifth`, `a third of the troops`, `a hundredth`
  return { ...extended(phrase, phrase.end, 1 / phrase.value, "fraction"), startsBare: true };
}

/** A number that is a vulgar fraction (`½`) or a fraction word standing alone (`a half`, `half`). */
export function fractionStart(text: string, p: number, c: Compiled, articleBefore: boolean): Phrase | null {
  const v = VULGAR[text[p]!];
  let end = p + 1;
  let value = v;
  let word: string | null = null;
  if (value === undefined) {
    const m = at(c.wordAt, text, p);
    if (!m) return null;
    word = m[0].toLowerCase();
    const r = c.words.read(word);
    if (r?.kind !== "fraction") return null;
    if (!articleBefore && !c.bareFractions.has(word)) return null;
    value = r.value;
    end = p + m[0].length;
  }
  return {
    end,
    value,
    ordinal: false,
    plural: false,
    groupStart: p,
    split: null,
    endScale: 0,
    coefficient: 0,
    digitsOnly: null,
    startsBare: word !== null,
    hasWords: word !== null,
    tokens: 1,
    firstWord: word,
    how: "fraction",
  };
}

/** Whether a percent sign or word, a unit or a currency follows: `point five percent`, `Komma drei Prozent`. */
function measured(text: string, end: number, c: Compiled): boolean {
  return (
    at(c.percentAt, text, end) !== null ||
    at(c.unitAt, text, end) !== null ||
    at(c.currencyAt, text, end) !== null
  );
}

/** `of a million` after a fraction: `two thirds of a million`. */
function ofScaleAt(text: string, end: number, c: Compiled): { end: number; scale: number } | null {
  const of = at(NEXT_WORD, text, end);
  if (!of || !c.fractionOf.has(of[1]!.toLowerCase())) return null;
  const article = at(NEXT_WORD, text, end + of[0].length);
  if (!article || c.words.read(article[1]!.toLowerCase())?.kind !== "article") return null;
  return scaleAt(text, end + of[0].length + article[0].length, c);
}

/** A mixed number and the scale word after it: `1½ Millionen`, `2 1/2 million`. */
function scaled(text: string, phrase: Phrase, end: number, value: number, c: Compiled): Phrase {
  const scale = scaleAt(text, end, c);
  if (scale) return extended(phrase, scale.end, value * scale.scale, "fraction", scale.scale);
  return extended(phrase, end, value, "fraction");
}

/**
 * What follows a cardinal phrase that makes it a fraction or decimal: `/4`, ` 1/2`, `½`, `e6`, `x10^6`,
 * ` point five`, ` fifths`, ` and a third`. Returns the phrase unchanged when nothing does.
 */
export function extendPhrase(text: string, phrase: Phrase, c: Compiled, read: ReadPhrase): Phrase {
  const end = phrase.end;
  const d = phrase.digitsOnly;
  if (d) {
    const e = at(EXPONENT_E, text, end) ?? at(TIMES_TEN, text, end);
    if (e) return extended(phrase, end + e[0].length, phrase.value * 10 ** Number(e[1]), "exponent");
    const pow = at(POWER, text, end);
    if (pow) {
      const minus = (pow[1]!.match(/-/g) ?? []).length % 2 === 1;
      const x = Number(pow[2]) * (minus ? -1 : 1);
      return extended(phrase, end + pow[0].length, phrase.value ** x, "exponent");
    }
    if (!d.integer || d.group) return phrase;
    const vulgar = VULGAR[text[end]!];
    if (vulgar !== undefined) return scaled(text, phrase, end + 1, phrase.value + vulgar, c);
    const slash = text[phrase.end - d.length] === "0" ? null : at(SLASH, text, end);
    if (slash) {
      const den = Number(slash[1]);
      if (phrase.value >= 1 && den > phrase.value)
        return extended(phrase, end + slash[0].length, phrase.value / den, "fraction");
      return phrase;
    }
    const mixed = at(MIXED_SLASH, text, end);
    if (mixed) {
      const num = Number(mixed[1]);
      const den = Number(mixed[2]);
      if (num >= 1 && den > num)
        return scaled(text, phrase, end + mixed[0].length, phrase.value + num / den, c);
    }
    return phrase;
  }
  if (phrase.ordinal || !Number.isInteger(phrase.value)) return phrase;
  // `two point five`, `zwei Komma drei Millionen`
  const point = phrase.hasWords ? at(c.decimalWordAt, text, end) : null;
  if (point) {
    const digits = decimalDigitsAt(text, end + point[0].length, c, read);
    if (digits) {
      const value = Number(`${phrase.value}.${digits.digits}`);
      const scale = phrase.endScale ? null : scaleAt(text, digits.end, c);
      if (scale) return extended(phrase, scale.end, value * scale.scale, "decimal-words", scale.scale);
      // `at one point two soldiers left`: a spoken decimal is not followed by a plain noun
      if (!at(NEXT_WORD, text, digits.end) || measured(text, digits.end, c))
        return extended(phrase, digits.end, value, "decimal-words");
    }
  }
  // `three fifths`, `two million and one half` (the numerator after the `and`)
  const den = denominatorAt(text, end, phrase.value === 1 && phrase.tokens === 1, c, read);
  if (den) {
    const s = phrase.split;
    const value = s ? s.value + (phrase.value - s.value) * den.factor * s.factor : phrase.value * den.factor;
    // `one billion and three quarters million`: the fraction is of the smaller scale after it
    const smaller = s ? scaleAt(text, den.end, c) : null;
    if (s && smaller && smaller.scale < s.factor)
      return extended(
        phrase,
        smaller.end,
        s.value + (phrase.value - s.value) * den.factor * smaller.scale,
        "fraction",
      );
    const of = s ? null : ofScaleAt(text, den.end, c);
    if (of) return extended(phrase, of.end, value * of.scale, "fraction", of.scale);
    return extended(phrase, den.end, value, "fraction");
  }
  // `three and a fifth`, `six million and two thirds`, `fünf und drei Viertel Milliarde`
  const join = at(c.fractionJoinerAt, text, end);
  if (join) {
    const f = fractionAt(text, end + join[0].length, c, read);
    if (f) {
      const scale = scaleAt(text, f.end, c);
      const whole = phrase.value;
      const e = phrase.endScale;
      // `one billion and a half million`: the fraction of the smaller scale after it
      if (e && scale && scale.scale < e)
        return extended(phrase, scale.end, whole + f.value * scale.scale, "fraction");
      // `six million and two thirds` (of a million)
      if (e) return extended(phrase, f.end, whole + f.value * e, "fraction");
      // `fünf und drei Viertel Milliarde`: the scale multiplies the whole amount
      if (scale) return extended(phrase, scale.end, (whole + f.value) * scale.scale, "fraction", scale.scale);
      return extended(phrase, f.end, whole + f.value, "fraction");
    }
  }
  return phrase;
}
