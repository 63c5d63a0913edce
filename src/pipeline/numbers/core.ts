/**
 * @module Reading one number at a position: the phrase (`1,3 Millionen`, `zweihundert`, `a dozen`),
 * then what is glued to it (`%`, `Prozent`, `km`, `Dollar`, `$`, a minus sign), and whether it is a
 * count at all (not a year, a date, a time of day, an identifier or part of a name like `KN-23`).
 */
import type { NumberAnnotation, Vague } from "../../core/annotations.js";
import type { Compiled } from "./compile.js";
import { readDigits } from "./digits.js";
import { extendPhrase, fractionStart, ordinalAsFraction, slashFractionAt } from "./fractions.js";
import { hyphenRunAt, letterRunAt, spaceRunAt } from "./runs.js";
import { Accumulator, type Step, type WordReading } from "./words.js";

/** A number read at a position, before modifiers and ranges are attached. */
export interface Core {
  type: NumberAnnotation["type"];
  start: number;
  end: number;
  value: number | null;
  vague: Vague | null;
  unit: string | null;
  rule: string;
  /** the scale word that ended the phrase (`300 Milliarden` → 1e9) and the number it multiplied */
  endScale: number;
  coefficient: number;
  /** a bare digit run or number word with nothing attached (may take a unit from a range's end) */
  bare: boolean;
}

/** Not a count: skip to `skip` (a date, a name like `KN-23`, a phone number). */
export interface Skip {
  skip: number;
}

export interface Phrase {
  end: number;
  value: number;
  ordinal: boolean;
  /** a plural ordinal ends the phrase: a fraction's denominator (`fifths`, `Drittel`) */
  plural: boolean;
  /** where the phrase's last space-separated group starts: `fifths` in `twenty fifths` */
  groupStart: number;
  /** the whole before an `and` after a hundred or scale (`two million and one`): its value and scale */
  split: { value: number; factor: number } | null;
  endScale: number;
  coefficient: number;
  /** the phrase is one digit run; its reading */
  digitsOnly: { integer: boolean; group: string | null; length: number } | null;
  /** the first step had no number before it: `hundred`, `Millionen`, `Dutzend`, `half` */
  startsBare: boolean;
  hasWords: boolean;
  tokens: number;
  firstWord: string | null;
  /** how a fraction or decimal was read (`fraction`, `decimal-words`, `exponent`), for the rule name */
  how?: string;
}

/** Phone numbers with a leading zero (`069 7591 2230`) and hyphenated digit codes (`250113-930-341871`). */
const CODE_AT = /0\d{2,}(?:[ /-]\d{2,})+|\d+(?:-\d+){2,}/y;

const VAGUE_BY_MAGNITUDE: readonly [number, Vague][] = [
  [1e6, "millions"],
  [1e5, "hundreds of thousands"],
  [1e4, "tens of thousands"],
  [1e3, "thousands"],
  [100, "hundreds"],
  [12, "dozens"],
];

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Whether a hundred or scale word follows a position after spaces: `3 hundred`, `2 Millionen`. */
function scaleWordAt(text: string, at: number, c: Compiled): boolean {
  const space = spaceRunAt(text, at);
  if (!space) return false;
  const word = letterRunAt(text, at + space, c.wordAt);
  const r = word ? c.words.read(word.toLowerCase()) : null;
  const k = r?.kind === "cardinal" ? r.steps[0]!.kind : null;
  return k === "hundred" || k === "scale";
}

/** Reads the longest number phrase starting at `p` and ending by `limit`. */
export function readPhrase(text: string, p: number, c: Compiled, limit = text.length): Phrase | null {
  let acc = new Accumulator(!c.words.compound);
  let pos = p;
  let best: Phrase | null = null;
  let tokens = 0;
  let hasWords = false;
  let firstWord: string | null = null;
  let startsBare = false;
  let digitsOnly: Phrase["digitsOnly"] = null;
  let beforeJoin: Phrase | null = null;
  let groupStart = p;
  let split: Phrase["split"] = null;
  for (;;) {
    let steps: Step[];
    let ordinal = false;
    let plural = false;
    let tokenEnd: number;
    if (isDigit(text[pos])) {
      const m = execAt(c.digitsAt, text, pos);
      if (!m) break;
      const r = readDigits(m[0], c.lex.decimal);
      if (!r) break;
      tokenEnd = pos + m[0].length;
      if (text[tokenEnd] === "." || text[tokenEnd] === ",") {
        if (isDigit(text[tokenEnd + 1])) break; // `192.168.1.2`, `22,24,26`: no count
      }
      // `4 thousand 3 hundred`: digits after a scale word only where a hundred or scale word follows them
      // (`12 million 152 mm` is two numbers)
      if ((acc.last === "scale" || acc.last === "hundred") && !scaleWordAt(text, tokenEnd, c)) break;
      steps = [{ value: r.value, kind: "num" }];
      if (tokens === 0) digitsOnly = { integer: !r.decimal, group: r.group, length: m[0].length };
    } else {
      const word = letterRunAt(text, pos, c.wordAt);
      if (!word) break;
      const lower = word.toLowerCase();
      tokenEnd = pos + word.length;
      const abbreviation =
        acc.last === "num"
          ? text[tokenEnd] === "." && c.lex.scaleAbbreviations[`${lower}.`] !== undefined
            ? `${lower}.`
            : c.lex.scaleAbbreviations[lower] !== undefined
              ? lower
              : null
          : null;
      if (abbreviation) {
        steps = [{ value: c.lex.scaleAbbreviations[abbreviation]!, kind: "scale" }];
        tokenEnd = pos + abbreviation.length;
      } else {
        const reading = c.words.read(lower);
        if (!reading) break;
        if (reading.kind === "adverb") {
          if (tokens > 0) break;
          return {
            end: tokenEnd,
            value: reading.value,
            ordinal: true,
            plural: false,
            groupStart: p,
            split: null,
            endScale: 0,
            coefficient: 0,
            digitsOnly: null,
            startsBare: false,
            hasWords: true,
            tokens: 1,
            firstWord: lower,
          };
        }
        // `a fifth`, `and a third` are fractions, not ranks
        if (reading.kind === "ordinal" && (acc.last === "article" || acc.last === "join")) break;
        if (reading.kind === "ordinal") plural = reading.plural === true;
        if (reading.kind === "cardinal" || reading.kind === "ordinal") steps = [...reading.steps];
        else if (reading.kind === "fraction") steps = [{ value: reading.value, kind: "fraction" }];
        else steps = [{ value: 1, kind: reading.kind }];
        ordinal = reading.kind === "ordinal";
        hasWords = true;
        if (tokens === 0) firstWord = lower;
      }
      if (tokens === 0) {
        const k = steps[0]!.kind;
        startsBare = k === "hundred" || k === "scale" || k === "dozen" || k === "fraction";
      }
    }
    if (tokenEnd > limit) break;
    const trial = acc.clone();
    if (!steps.every((s) => trial.push(s))) {
      // `3 hundred and 2 hundred`: the `and` did not join; the phrase ends before it
      const k = steps[0]!.kind;
      if (beforeJoin && (k === "hundred" || k === "scale" || k === "dozen")) best = beforeJoin;
      break;
    }
    if (steps[0]!.kind === "join") {
      beforeJoin = best;
      if (acc.last === "scale" || acc.last === "hundred")
        split = { value: acc.value, factor: acc.last === "scale" ? acc.endScale : 1 };
    } else if (steps[0]!.kind === "hundred" || steps[0]!.kind === "scale") beforeJoin = null;
    acc = trial;
    tokens++;
    pos = tokenEnd;
    if (acc.complete) {
      best = {
        end: pos,
        value: acc.value,
        ordinal,
        plural,
        groupStart,
        split,
        endScale: acc.endScale,
        coefficient: acc.coefficient,
        digitsOnly: tokens === 1 ? digitsOnly : null,
        startsBare,
        hasWords,
        tokens,
        firstWord,
      };
    }
    if (ordinal) break;
    const space = spaceRunAt(text, pos);
    const hyphen = c.lex.hyphenJoins && !isDigit(text[pos - 1]) ? hyphenRunAt(text, pos, c.hyphenAt) : 0;
    const sep = hyphen || space;
    if (!sep) break;
    pos += sep;
    if (!hyphen) groupStart = pos;
  }
  return best;
}

/**
 * An article as the number 1: where a range to a number follows (`ein bis zwei Millionen`) or a bound
 * precedes it (`mindestens eine Rakete`).
 */
function articleAsOne(text: string, p: number, c: Compiled): Phrase | null {
  const m = execAt(c.wordAt, text, p);
  if (!m || c.words.read(m[0].toLowerCase())?.kind !== "article") return null;
  const end = p + m[0].length;
  if (c.articleModifierBefore.test(text, p)) return one(end, m[0]);
  const infix = execAt(c.rangeInfixAt, text, end);
  if (!infix || !/\p{L}/u.test(infix[1]!)) return null;
  const next =
    end +
    infix[0].length +
    (/^\s*/.exec(text.slice(end + infix[0].length, end + infix[0].length + 4))?.[0].length ?? 0);
  if (!readPhrase(text, next, c)) return null;
  return one(end, m[0]);
}

function one(end: number, word: string): Phrase {
  return {
    end,
    value: 1,
    ordinal: false,
    plural: false,
    groupStart: end,
    split: null,
    endScale: 0,
    coefficient: 0,
    digitsOnly: null,
    startsBare: false,
    hasWords: true,
    tokens: 1,
    firstWord: word.toLowerCase(),
  };
}

/**
 * Reads a number at `p` with what is attached to it. Returns a Skip when the text at `p` is a number
 * but not a count (`KN-23`, `14:30`, `8. Oktober`, `im Jahr 2023`), null when it is no number.
 */
export function readCore(text: string, p: number, c: Compiled, inRange = false): Core | Skip | null {
  const lang = c.lex.lang;
  const startsWithDigit = isDigit(text[p]);
  // the word at `p` and its reading, read once (`""`/null where `p` starts no letter run)
  let word = "";
  let reading: WordReading | null = null;
  if (startsWithDigit) {
    // `KN-23`, `Su-27`, `F-16`: digits glued to a name by a hyphen
    if (text[p - 1] === "-" && (isLetter(text[p - 2]) || isDigit(text[p - 2])) && !inRange) {
      return { skip: skipRun(text, p) };
    }
    const date = execAt(c.dateAt, text, p);
    if (date) return { skip: p + date[0].length };
    // `069 7591 2230`: a leading zero and more digit groups is a phone number; `250113-930-341871`,
    // `dpa:250113`: codes
    const code = execAt(CODE_AT, text, p);
    if (code) return { skip: p + code[0].length };
    if ((text[p - 1] === ":" || text[p - 1] === "/") && (isLetter(text[p - 2]) || isDigit(text[p - 2]))) {
      return { skip: skipRun(text, p) };
    }
    // `192.168.1.2`, `22,24,26`, `1.2.3`: dotted runs are addresses, versions or lists, not counts
    const digits = execAt(c.digitsAt, text, p);
    const dotted = digits && execAt(c.dottedAt, text, p + digits[0].length);
    if (dotted && !slashFractionAt(text, digits[0], p + digits[0].length))
      return { skip: p + digits[0].length + dotted[0].length };
  } else {
    const vague = execAt(c.vagueAt, text, p);
    if (vague) {
      const end = p + vague[0].length;
      const v = c.lex.vague[vague[1]!.toLowerCase().replace(/\s+/g, " ")];
      if (v && !isLetter(text[end]) && text[end] !== "-") {
        return core("number", p, end, null, v, `${lang}.number.vague`);
      }
    }
    // A word that is no number word starts no phrase, no article-as-one and no fraction: the
    // scanner's prefix test lets `Einsatz` and `einfach` through, and each reader would look it up again.
    word = letterRunAt(text, p, c.wordAt);
    if (word) {
      reading = c.words.read(word.toLowerCase());
      if (!reading) return null;
    }
  }
  // past a word, only an article can be read as one and only a fraction word can start a fraction
  // (both readers would find the same word and reading; this spares the article its second look-ups)
  let phrase =
    readPhrase(text, p, c) ??
    (!word || reading?.kind === "article" ? articleAsOne(text, p, c) : null) ??
    (!word || reading?.kind === "fraction"
      ? fractionStart(text, p, c, !startsWithDigit && c.articleBefore.test(text, p))
      : null);
  if (!phrase) return null;
  if (phrase.ordinal && (phrase.plural || (!startsWithDigit && c.articleBefore.test(text, p)))) {
    // `twenty fifths`, `a fifth of`, `ein Drittel`: fractions, not ranks
    const fraction = ordinalAsFraction(text, p, phrase, c, readPhrase, c.articleBefore.test(text, p));
    if (!fraction) return { skip: phrase.end };
    phrase = fraction;
  }
  if (!phrase.ordinal) phrase = extendPhrase(text, phrase, c, readPhrase);
  let start = p;
  let end = phrase.end;
  let value: number | null = phrase.value;
  // English `.25`: a decimal without its leading zero
  if (
    phrase.digitsOnly?.integer &&
    !phrase.digitsOnly.group &&
    text[p - 1] === c.lex.decimal &&
    !isDigit(text[p - 2]) &&
    c.lex.decimal === "."
  ) {
    value = Number(`0.${text.slice(p, p + phrase.digitsOnly.length)}`);
    start -= 1;
  }
  if (phrase.ordinal) {
    // `a thousandth`, `a trillionth`: after an article a bare hundredth or scale ordinal is a fraction
    if (phrase.tokens === 1 && value >= 100 && c.articleBefore.test(text, start)) return { skip: end };
    return core("ordinal", start, end, value, null, `${lang}.ordinal.words`);
  }

  let type: Core["type"] = "number";
  let unit: string | null = null;
  // `de.number.digits` (`1 500`), `de.number.scale` (`1,5 Mio.`), `de.number.words` (`zwölf`)
  let rule = phrase.how ?? (startsWithDigit ? (phrase.tokens > 1 ? "scale" : "digits") : "words");
  const currencyBefore = c.currencyBefore.exec(text, start);
  const d = phrase.digitsOnly;

  // German `die 3. Armee`: a digit run with a dot is an ordinal after a determiner or before a lower-case word
  if (d?.integer && !d.group && c.lex.dotOrdinals && text[end] === "." && /\s/.test(text[end + 1] ?? "")) {
    const next = text.slice(end + 1, end + 40).trimStart();
    const lowerNext = /^\p{Ll}/u.test(next);
    if (lowerNext || c.determinerBefore.test(text, start)) {
      return core("ordinal", start, end + 1, value, null, `${lang}.ordinal.digits`);
    }
  }

  // letters glued to digits: `21st`, `10k`, `180ml`, `3D`
  if (d && isLetter(text[end])) {
    const glued = execAt(c.wordAt, text, end)![0];
    if (c.lex.digitOrdinalSuffixes.includes(glued.toLowerCase())) {
      return core("ordinal", start, end + glued.length, value, null, `${lang}.ordinal.digits`);
    }
    const scale = c.lex.gluedScales[glued];
    const unitHere = c.lex.units[glued];
    if (scale !== undefined && (currencyBefore || unitHere === undefined)) {
      value *= scale;
      end += glued.length;
      rule = "scale";
    } else if (unitHere === undefined) {
      return { skip: end + glued.length }; // a code or a name: `3D`, `4x4`
    }
  }

  const percent = execAt(c.percentAt, text, end);
  if (percent) {
    type = "percentage";
    end += percent[0].length;
    rule = "percent";
  } else {
    const currency = execAt(c.currencyAt, text, end);
    const measure = currency ? null : execAt(c.unitAt, text, end);
    if (currency) {
      unit = c.lex.currencies[currency[1]!] ?? null;
      end += currency[0].length;
      rule = "money";
    } else if (measure) {
      type = "measure";
      unit = c.lex.units[measure[1]!] ?? null;
      end += measure[0].length;
      rule = "measure";
    } else if (execAt(c.clockAt, text, end)) {
      return { skip: end }; // `14 Uhr`, `3 p.m.`
    }
  }
  if (type === "number" && !unit && currencyBefore) {
    unit = c.lex.currencyPrefixes[currencyBefore[0].trim()] ?? null;
    if (unit) {
      start -= currencyBefore[0].length;
      rule = "money";
    }
  }
  // `Sechs-Parteien-Gespräche`, `10-Punkte-Plan`, `two-day`: a number inside a compound word
  if (text[end] === "-" && isLetter(text[end + 1]) && rule !== "measure") return { skip: skipRun(text, end) };

  if (c.idCueBefore.test(text, start)) return { skip: end };
  if (d && !phrase.hasWords && end === p + d.length && !unit && type === "number") {
    if (isYear(text, p, end, d, value, c)) return { skip: end };
  }
  // `the one you mentioned`: a pronoun, not a number
  if (phrase.tokens === 1 && phrase.firstWord && c.pronouns.has(phrase.firstWord)) {
    if (c.determinerBefore.test(text, start)) return null;
  }
  // signs: `-5`, `minus fünf`
  if (value !== null) {
    const sign = text[start - 1];
    if ((sign === "-" || sign === "−") && startsWithDigit && !inRange && !isDigit(text[start - 2])) {
      const pre = text[start - 2];
      if (pre === undefined || /[\s(<>=]/.test(pre)) {
        value = -value;
        start -= 1;
      }
    } else {
      const neg = c.negativeBefore.exec(text, start);
      if (neg) {
        value = -value;
        start -= neg[0].length;
      }
    }
  }
  let vague: Vague | null = null;
  if (phrase.startsBare && value !== null) {
    const quantifier = c.quantifierBefore.exec(text, start);
    const article = quantifier ? null : c.articleBefore.exec(text, start);
    if (quantifier && phrase.tokens === 1) {
      vague = VAGUE_BY_MAGNITUDE.find(([m]) => value! >= m)?.[1] ?? null;
      if (vague) {
        start -= quantifier[0].length;
        value = null;
        rule = "vague";
      }
    } else if (article) {
      start -= article[0].length;
    }
  }
  const made = core(type, start, end, value, vague, ruleName(lang, type, rule));
  made.unit = unit;
  made.endScale = phrase.endScale;
  made.coefficient = phrase.coefficient;
  made.bare = type === "number" && !unit && !vague;
  return made;
}

function core(
  type: Core["type"],
  start: number,
  end: number,
  value: number | null,
  vague: Vague | null,
  rule: string,
): Core {
  return {
    type,
    start,
    end,
    value,
    vague,
    unit: null,
    rule,
    endScale: 0,
    coefficient: 0,
    bare: false,
  };
}

/** `de.number.digits`, `en.number.scale`, `de.percent`, `en.measure` */
function ruleName(lang: string, type: Core["type"], how: string): string {
  if (type === "percentage") return `${lang}.percent`;
  if (type === "measure") return `${lang}.measure`;
  return `${lang}.${type}.${how}`;
}

function skipRun(text: string, p: number): number {
  let i = p;
  while (i < text.length && /[\p{L}\p{N}.,-]/u.test(text[i]!)) i++;
  return i;
}

/**
 * A four-digit number 1900–2100 is a year (the time recogniser's) when a cue precedes it (`seit 2014`,
 * `in 2014`), when it follows another year in a range (`2019 bis 2024`), or when no noun follows it
 * (`2000 Soldaten` is a count, `2014 annektierte` a year); a count modifier before it makes it a count
 * (`etwa 2000 nordkoreanische Soldaten`).
 */
function isYear(
  text: string,
  start: number,
  end: number,
  d: NonNullable<Phrase["digitsOnly"]>,
  value: number | null,
  c: Compiled,
): boolean {
  if (!d.integer || d.group || d.length !== 4 || value === null || value < 1900 || value > 2100) return false;
  if (c.lex.yearAfterDeterminer && c.determinerBefore.test(text, start)) return true;
  if (c.yearCueBefore.test(text, start) || c.yearBefore.test(text.slice(Math.max(0, start - 16), start)))
    return true;
  const next = /^[^\S\n]+([\p{L}]+)/u.exec(text.slice(end, end + 40));
  if (next && c.monthWords.has(next[1]!.toLowerCase())) return true;
  // `etwa 2000 nordkoreanische Soldaten`: an approximate or bounded figure counts (not `seit etwa 2000`)
  const modifier = c.countModifierBefore.exec(text, start);
  if (modifier && !c.yearCueBefore.test(text, start - modifier[0].length)) return false;
  if (!next) return true;
  const word = next[1]!;
  const upper = /^\p{Lu}/u.test(word);
  return c.lex.countBeforeCase === "upper" ? !upper : upper;
}
