/**
 * @module The shape of a language's number data (`src/lang/<lang>/numbers.ts`): the words, the digit
 * convention and the cue words the number recognisers read. Data only; the engine compiles it.
 */
import type { Vague } from "../../core/annotations.js";

/**
 * How a number word behaves when words are combined: `zwei` unit, `zwölf` teen, `zwanzig` ten,
 * `hundert` hundred, `tausend`/`Millionen` scale (multiplies what precedes it), `Dutzend` dozen.
 */
export type MorphemeKind = "unit" | "teen" | "ten" | "hundred" | "scale" | "dozen";

/** A cardinal number word: its value and how it combines. */
export type Cardinal = readonly [value: number, kind: MorphemeKind];

/** What a modifier before a number says about it: `rund 10.000` approx, `bis zu 12 000` max. */
export type ModifierKind = "approx" | "max" | "approx-max" | "min" | "exact";

export interface NumberLexicon {
  lang: "de" | "en";
  /** the decimal separator of the language's digit convention: German `1,5`, English `1.5` */
  decimal: "," | ".";
  /** cardinal number words, lower case: `zwei` → [2, "unit"], `millionen` → [1e6, "scale"] */
  cardinals: Readonly<Record<string, Cardinal>>;
  /**
   * German writes numbers below a million as one word (`dreihundertfünfzig`, `einundzwanzig`):
   * these forms only occur inside such a compound (`ein` in `einhundert`)
   */
  compoundOnly: Readonly<Record<string, Cardinal>>;
  /** joins a unit to a following ten inside a compound: `und` in `einundzwanzig`; null where none */
  compoundJoiner: string | null;
  /** a compound ending that adds a half: `einhalb` in `dreieinhalb` */
  compoundHalf: string | null;
  /** words that join number words: English `and` in `one hundred and six` */
  wordJoiners: readonly string[];
  /** whether number words may be joined by a hyphen (`twenty-five`) */
  hyphenJoins: boolean;
  /** words meaning 1 only before a hundred, a scale word or a dozen: `eine Million`, `a hundred` */
  articles: readonly string[];
  /** fraction words that multiply the following scale word: `eine halbe Million`, `half a million` */
  fractions: Readonly<Record<string, number>>;
  /**
   * endings that turn an ordinal into a fraction's denominator: English `fifth` + `s` (`three fifths`),
   * German `dritt` + `el` (`zwei Drittel`)
   */
  denominatorEndings: readonly string[];
  /** denominators that are no ordinal with an ending: English `quarters` → 4, `halves` → 2 */
  denominators: Readonly<Record<string, number>>;
  /** ordinals that are never a denominator: English `second` (`a second attack`, `two seconds`) */
  notDenominators: readonly string[];
  /** words after `a fifth` that make the ordinal a fraction: English `of` (`a third of the troops`) */
  fractionOf: readonly string[];
  /** fraction words that are a number without an article or a numerator: English `half` (`more than half`) */
  bareFractions: readonly string[];
  /** words joining a whole number to a fraction: `and` in `three and a fifth`, `und` in `fünf und drei Viertel` */
  fractionJoiners: readonly string[];
  /** the spoken decimal point: `point` in `two point five`, `Komma` in `zwei Komma drei` */
  decimalWords: readonly string[];
  /** amounts with a half in one word: `anderthalb` 1.5 */
  mixed: Readonly<Record<string, number>>;
  /** scale abbreviations written after digits, with their dot where they have one: `Mio.`, `bn`, `k` */
  scaleAbbreviations: Readonly<Record<string, number>>;
  /** scale suffixes glued to digits (`10k`, `$5bn`), case-sensitive */
  gluedScales: Readonly<Record<string, number>>;
  /** ordinal words and stems, lower case: `erst` → 1, `first` → 1, `hundredth` → 100 (value, kind of its cardinal) */
  ordinals: Readonly<Record<string, Cardinal>>;
  /** regular ordinal endings appended to a cardinal of a kind: German teens + `t` (`dreizehnt`), tens + `st` */
  ordinalSuffixes: Readonly<Partial<Record<MorphemeKind, string>>>;
  /** inflection endings after an ordinal stem: German `erst` + `e`/`er`/`en`/`em`/`es`; [""] where none */
  ordinalInflections: readonly string[];
  /** ordinal adverbs: `erstens`, `zuerst` */
  ordinalAdverbs: Readonly<Record<string, number>>;
  /** digit ordinals: German `3.` needs context; English `3rd` has a suffix */
  digitOrdinalSuffixes: readonly string[];
  /** whether `8.` (digits and a dot) is an ordinal when a determiner precedes or a lower-case word follows */
  dotOrdinals: boolean;
  /** vague amounts, lower case, longest first where one contains another: `zehntausende`, `tens of thousands` */
  vague: Readonly<Record<string, Vague>>;
  /** words that make a following bare scale word vague: `mehrere Tausend`, `several hundred` */
  vagueQuantifiers: readonly string[];
  /** modifiers before a number, lower case: `bis zu` → max */
  modifiers: Readonly<Record<string, ModifierKind>>;
  /** modifiers that make a following article the number 1: `mindestens eine Rakete` (not `über eine Brücke`) */
  articleModifiers: readonly string[];
  /** verbs that make a following modifier-like word a particle: `hand` in `hand over two soldiers` */
  particleVerbs: readonly string[];
  /** modifiers after a number: `oder mehr` → min */
  postModifiers: Readonly<Record<string, "min" | "max">>;
  /** joining words of a range between two numbers: `bis`, `to`, `–` */
  rangeInfixes: readonly string[];
  /** range frames: `zwischen X und Y`, `between X and Y` */
  rangeFrames: readonly (readonly [before: string, between: string])[];
  /** words joining a lower and an upper bound into one range: `more than 10 and less than 20` */
  boundJoiners: readonly string[];
  /** sign words: `minus five` */
  negatives: readonly string[];
  /** percent words after a number (the `%` sign is universal): `Prozent`, `percent` */
  percent: readonly string[];
  /** units of measure after a number, as written → unit symbol: `Millimeter` → `mm` */
  units: Readonly<Record<string, string>>;
  /** currencies after a number: `Dollar` → `USD` */
  currencies: Readonly<Record<string, string>>;
  /** currency signs and codes before a number: `$` → `USD` */
  currencyPrefixes: Readonly<Record<string, string>>;
  /** words after a number that make it a time of day: `Uhr`, `p.m.` */
  clockWords: readonly string[];
  /** month names and abbreviations, lower case, for telling dates (`8. Oktober`) from counts */
  months: readonly string[];
  /** whether dates are written month first (`May 4`, `March 5, 2024`) */
  monthFirstDates: boolean;
  /** words before a four-digit number (1900–2100) that make it a year even when a noun follows: `seit 2014` */
  yearCues: readonly string[];
  /**
   * a four-digit number 1900–2100 without a cue is a count only when a word of this case follows: German
   * nouns are capitalised (`2000 Soldaten`), English ones are not (`2000 soldiers`); else it is a year
   */
  countBeforeCase: "upper" | "lower";
  /**
   * modifiers that make a four-digit number 1900–2100 a count whatever follows (`etwa 2000 nordkoreanische
   * Soldaten`, `more than 2000 North Korean troops`), unless a year cue stands before them (`seit etwa 2000`).
   * Leave out those that also date (`circa 2000`, `around 2000`).
   */
  countModifiers?: readonly string[];
  /**
   * whether a four-digit number 1900–2100 after a determiner is a year: English `Kim's 2019 visit`,
   * `the 2018 summit` (counts that size are written `2,000`); not German `die 2000 Soldaten`
   */
  yearAfterDeterminer: boolean;
  /** words before a number that make it an identifier, not a count: `Resolution 1718`, `Artikel 5` */
  idCues: readonly string[];
  /** determiners: before `3.` they make it an ordinal (`der 3. Armee`), before a lone `one` a pronoun (`the one`) */
  determiners: readonly string[];
  /** a lone cardinal that is a pronoun after a determiner: English `one` */
  pronouns: readonly string[];
}
