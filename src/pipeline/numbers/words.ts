/**
 * @module Number words: splitting a word into number morphemes (German `dreihundertfünfzig` →
 * drei·hundert·fünfzig) and adding up a sequence of them (`two thousand and six` → 2006), rejecting
 * sequences no one writes (`zwei zwei`, `twenty twenty`).
 */
import type { Cardinal, MorphemeKind, NumberLexicon } from "./lexicon.js";

/** One step of a number phrase: a word's part, a digit run (`num`) or a joining word. */
export type StepKind = MorphemeKind | "num" | "join" | "article" | "fraction" | "half" | "mixed";
export interface Step {
  value: number;
  kind: StepKind;
}

/** What a single word is, for the phrase reader. */
export type WordReading =
  | { kind: "cardinal"; steps: readonly Step[] }
  | { kind: "ordinal"; steps: readonly Step[]; plural?: boolean }
  | { kind: "adverb"; value: number }
  | { kind: "article" }
  | { kind: "join" }
  | { kind: "fraction"; value: number };

type State = StepKind | "start" | "done";

/**
 * Adds up number steps the way they are spoken: `drei hundert neun und neunzig tausend` →
 * (3·100 + 9 + 90)·1000. `push` refuses a step that cannot follow (and changes nothing then).
 */
export class Accumulator {
  total = 0;
  current = 0;
  last: State = "start";
  lastScale = 0;
  hasHundred = false;
  beforeJoin: State = "start";
  /** a fraction waits for its scale word: `halbe` in `eine halbe Million` */
  pendingFraction = false;
  /** the scale word that ended the phrase, and what it multiplied: `300 Milliarden` → 1e9, 300 */
  endScale = 0;
  coefficient = 0;

  constructor(private readonly tensBeforeUnits: boolean) {}

  /** A copy, field by field (cloned for every step tried; `Object.assign` walks the fields generically). */
  clone(): Accumulator {
    const a = new Accumulator(this.tensBeforeUnits);
    a.total = this.total;
    a.current = this.current;
    a.last = this.last;
    a.lastScale = this.lastScale;
    a.hasHundred = this.hasHundred;
    a.beforeJoin = this.beforeJoin;
    a.pendingFraction = this.pendingFraction;
    a.endScale = this.endScale;
    a.coefficient = this.coefficient;
    return a;
  }

  get complete(): boolean {
    return (
      this.last !== "start" &&
      this.last !== "join" &&
      this.last !== "article" &&
      !this.pendingFraction &&
      (this.last !== "fraction" || this.beforeJoin !== "start")
    );
  }

  get value(): number {
    return this.total + this.current;
  }

  push(step: Step): boolean {
    const last = this.last;
    const afterGroup = last === "start" || last === "hundred" || last === "scale";
    const joinedGroup = last === "join" && (this.beforeJoin === "hundred" || this.beforeJoin === "scale");
    const v = step.value;
    switch (step.kind) {
      case "num":
        if (!(afterGroup || joinedGroup)) return false;
        if (this.lastScale && this.last !== "start" && v >= this.lastScale) return false;
        if (last === "hundred" && v >= 100) return false;
        this.current += v;
        break;
      case "unit":
        if (
          !(afterGroup || joinedGroup || (last === "ten" && this.tensBeforeUnits && this.current % 10 === 0))
        )
          return false;
        this.current += v;
        break;
      case "teen":
        if (!(afterGroup || joinedGroup)) return false;
        this.current += v;
        break;
      case "ten":
        if (!(afterGroup || joinedGroup || (last === "join" && this.beforeJoin === "unit"))) return false;
        this.current += v;
        break;
      case "hundred":
        if (this.hasHundred) return false;
        if (!["start", "unit", "teen", "num", "article"].includes(last)) return false;
        this.current = (this.current || 1) * 100;
        this.hasHundred = true;
        break;
      case "scale": {
        const ok = ["start", "unit", "teen", "ten", "hundred", "num", "article", "fraction", "mixed", "half"];
        if (last === "scale") {
          // `three lakh crore`: a larger scale word multiplies the whole
          if (v <= this.lastScale) return false;
          this.total *= v;
        } else {
          if (!ok.includes(last)) return false;
          // `one million and a half million` is no number; `five and a half million` is
          if (last === "fraction" && !this.pendingFraction && this.beforeJoin === "scale") return false;
          if (this.lastScale && v >= this.lastScale) return false;
          this.coefficient = this.current || 1;
          this.total += this.coefficient * v;
        }
        this.current = 0;
        this.hasHundred = false;
        this.lastScale = v;
        this.pendingFraction = false;
        this.endScale = v;
        break;
      }
      case "dozen":
        // `three hundred and two dozens` is no reading anyone means; a dozen multiplies a small number
        if (this.hasHundred || this.lastScale) return false;
        if (!["start", "unit", "teen", "ten", "num", "article", "fraction"].includes(last)) return false;
        if (last === "fraction" && !this.pendingFraction) return false;
        this.current = (this.current || 1) * v;
        this.pendingFraction = false;
        break;
      case "join":
        if (!(last === "hundred" || last === "scale" || last === "unit" || last === "num")) return false;
        this.beforeJoin = last;
        break;
      case "article":
        if (last === "join") return true; // `one and a half`: the article changes nothing
        if (last === "fraction" && this.pendingFraction) return true; // `half a million`
        if (last !== "start") return false;
        this.current = 1;
        break;
      case "fraction":
        if (last === "join") {
          // `one and a half`, `one million and a half`
          if (this.beforeJoin === "scale") this.total += v * this.lastScale;
          else if (this.beforeJoin === "unit" || this.beforeJoin === "num") this.current += v;
          else return false;
          this.last = "fraction";
          return true;
        }
        if (last !== "start" && last !== "article") return false;
        this.current = (this.current || 1) * v;
        this.pendingFraction = true;
        this.beforeJoin = "start";
        break;
      case "half":
        if (!(last === "unit" || last === "teen" || last === "ten")) return false;
        this.current += 0.5;
        break;
      case "mixed":
        if (last !== "start") return false;
        this.current = v;
        break;
    }
    if (step.kind !== "scale") this.endScale = 0;
    this.last = step.kind === "join" ? "join" : step.kind;
    return true;
  }
}

/** A language's words compiled for fast lookup; one per lexicon, built at module load. */
export class NumberWords {
  private readonly parts: readonly (readonly [string, Step])[];
  private readonly ordinalParts: Map<string, Cardinal>;
  private readonly cache = new Map<string, WordReading | null>();
  private readonly articles: Set<string>;
  private readonly joiners: Set<string>;
  private readonly notDenominators: Set<string>;
  readonly compound: boolean;

  constructor(readonly lex: NumberLexicon) {
    this.compound = lex.compoundJoiner !== null;
    this.articles = new Set(lex.articles);
    this.joiners = new Set(lex.wordJoiners);
    this.notDenominators = new Set(lex.notDenominators);
    const parts: [string, Step][] = [];
    for (const [form, [value, kind]] of Object.entries(lex.cardinals)) parts.push([form, { value, kind }]);
    for (const [form, [value, kind]] of Object.entries(lex.compoundOnly)) parts.push([form, { value, kind }]);
    for (const [form, value] of Object.entries(lex.mixed)) parts.push([form, { value, kind: "mixed" }]);
    if (lex.compoundJoiner) parts.push([lex.compoundJoiner, { value: 0, kind: "join" }]);
    if (lex.compoundHalf) parts.push([lex.compoundHalf, { value: 0.5, kind: "half" }]);
    parts.sort((a, b) => b[0].length - a[0].length);
    this.parts = parts;
    this.ordinalParts = new Map(Object.entries(lex.ordinals));
    for (const [form, [value, kind]] of Object.entries(lex.cardinals)) {
      const suffix = lex.ordinalSuffixes[kind];
      if (suffix) this.ordinalParts.set(form + suffix, [value, kind]);
    }
  }

  /** Every word form a number phrase can start with (for the scanner's candidate pattern). */
  startForms(): string[] {
    const l = this.lex;
    return [
      ...Object.keys(l.cardinals),
      ...Object.keys(l.compoundOnly),
      ...Object.keys(l.mixed),
      ...Object.keys(l.fractions),
      ...Object.keys(l.ordinals),
      ...Object.keys(l.ordinalAdverbs),
      ...Object.keys(l.vague),
      ...l.negatives,
      ...l.vagueQuantifiers,
    ].map((f) => f.split(" ")[0]!);
  }

  /** Reads one lower-case word; null when it is no number word. Results are cached. */
  read(word: string): WordReading | null {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const reading = this.readUncached(word);
    if (this.cache.size > 20000) this.cache.clear();
    this.cache.set(word, reading);
    return reading;
  }

  private readUncached(w: string): WordReading | null {
    const l = this.lex;
    if (this.articles.has(w)) return { kind: "article" };
    if (this.joiners.has(w)) return { kind: "join" };
    const fraction = l.fractions[w];
    if (fraction !== undefined) return { kind: "fraction", value: fraction };
    const adverb = l.ordinalAdverbs[w];
    if (adverb !== undefined) return { kind: "adverb", value: adverb };
    const cardinal = l.cardinals[w];
    if (cardinal) return { kind: "cardinal", steps: [{ value: cardinal[0], kind: cardinal[1] }] };
    const mixed = l.mixed[w];
    if (mixed !== undefined) return { kind: "cardinal", steps: [{ value: mixed, kind: "mixed" }] };
    const ordinal = this.ordinalParts.get(w);
    if (ordinal && !this.compound)
      return { kind: "ordinal", steps: [{ value: ordinal[0], kind: ordinal[1] }] };
    if (!this.compound) return this.denominator(w);
    const steps = this.decompose(w, 0, []);
    if (steps && steps.length > 1) return { kind: "cardinal", steps };
    for (const infl of l.ordinalInflections) {
      if (!w.endsWith(infl) || w.length - infl.length < 3) continue;
      const ord = this.decomposeOrdinal(w.slice(0, w.length - infl.length));
      if (ord) return { kind: "ordinal", steps: ord };
    }
    return this.denominator(w) ?? this.compoundFraction(w);
  }

  /** The ordinal steps of a stem: `fifth` → 5, `zwanzigst` → 20; null when it is none or no denominator. */
  private ordinalStem(stem: string): Step[] | null {
    if (this.notDenominators.has(stem)) return null;
    if (!this.compound) {
      const o = this.ordinalParts.get(stem);
      return o ? [{ value: o[0], kind: o[1] }] : null;
    }
    return stem.length >= 3 ? this.decomposeOrdinal(stem) : null;
  }

  /** A fraction's denominator, read as a plural ordinal: `fifths` → 5, `quarters` → 4, `drittel` → 3. */
  private denominator(w: string): WordReading | null {
    const l = this.lex;
    if (this.notDenominators.has(w)) return null;
    const d = l.denominators[w];
    if (d !== undefined) return { kind: "ordinal", steps: [{ value: d, kind: "unit" }], plural: true };
    for (const ending of l.denominatorEndings) {
      if (!w.endsWith(ending) || w.length <= ending.length) continue;
      const steps = this.ordinalStem(w.slice(0, w.length - ending.length));
      if (steps) return { kind: "ordinal", steps, plural: true };
    }
    return null;
  }

  /** German `dreiviertel` → 0.75: a cardinal glued to a denominator, one word. */
  private compoundFraction(w: string): WordReading | null {
    for (const ending of this.lex.denominatorEndings) {
      if (!w.endsWith(ending)) continue;
      const stem = w.slice(0, w.length - ending.length);
      for (let cut = 1; cut < stem.length - 2; cut++) {
        const den = this.ordinalStem(stem.slice(cut));
        if (!den) continue;
        const num = this.decompose(stem.slice(0, cut), 0, []);
        if (!num) continue;
        const value = sum(num) / sum(den);
        return { kind: "cardinal", steps: [{ value, kind: "mixed" }] };
      }
    }
    return null;
  }

  /** German compounds: the first split into known parts that also adds up (`einhunderteinunddreißig`). */
  private decompose(w: string, at: number, acc: Step[], last?: Step): Step[] | null {
    if (at === w.length) {
      const all = last ? [...acc, last] : [...acc];
      return valid(all, this.compound) ? all : null;
    }
    for (const [form, step] of this.parts) {
      if (!w.startsWith(form, at)) continue;
      acc.push(step);
      const done = this.decompose(w, at + form.length, acc, last);
      acc.pop();
      if (done) return done;
    }
    return null;
  }

  /** `einhundertdritt` → 100, 3; `zwanzigst` → 20: cardinal parts, then an ordinal stem at the end. */
  private decomposeOrdinal(stem: string): Step[] | null {
    for (let cut = 0; cut < stem.length; cut++) {
      const last = this.ordinalParts.get(stem.slice(cut));
      if (!last) continue;
      const lastStep: Step = { value: last[0], kind: last[1] };
      if (cut === 0) return [lastStep];
      const steps = this.decompose(stem.slice(0, cut), 0, [], lastStep);
      if (steps) return steps;
    }
    return null;
  }
}

/** The value of steps that are valid in sequence (`drei`, `hundert`, `zwanzig`). */
function sum(steps: readonly Step[]): number {
  const acc = new Accumulator(false);
  for (const s of steps) acc.push(s);
  return acc.value;
}

function valid(steps: readonly Step[], compound: boolean): boolean {
  const acc = new Accumulator(!compound);
  for (const s of steps) if (!acc.push(s)) return false;
  return acc.complete;
}
