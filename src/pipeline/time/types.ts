/** @module Internal shapes of the time recogniser: a parser's pattern and extract step, and what it finds. */
import type { Grain, TimeAnnotation } from "../../core/annotations.js";
import type { Ymd } from "./calendar.js";
import type { TimeUnit, TimeWords } from "./time-words.js";

export type Mod = TimeAnnotation["mod"];

/** The reference date split into parts; `m`/`d` are null when the reference is less precise. */
export interface RefDate {
  y: number;
  m: number | null;
  d: number | null;
  precision: "day" | "month" | "year";
  inferred: boolean;
}

/** What a parser found, before refiners merge ranges and attach `seit`/`bis`. */
export interface Found {
  start: number;
  end: number;
  rule: string;
  from: string | null;
  to: string | null;
  grain: Grain;
  relative: boolean;
  mod: Mod;
  /**
   * The year was filled in from the reference date (`2. Oktober`); a range refiner may replace it with
   * the year its partner states (`Juni bis August 2023`). Holds the parts the text stated.
   */
  implied?: { m: number; d: number | null; endM?: number; endD?: number | null };
  /** a narrative shift (`two days later`): resolved against the last date before it in the text */
  narrative?: { n: number; unit: TimeUnit };
}

export interface Ctx {
  text: string;
  words: TimeWords;
  ref: RefDate | null;
  /**
   * true when the sentence around the offset speaks of the future (`wird`, `soll`, `next`); false when a
   * past cue stands next to the span `[at, end)` (`said on Thursday`) or the span is in a dateline
   */
  future(at: number, end?: number): boolean;
  /** true when a past cue stands next to the span `[at, end)` (`were killed over the weekend`) */
  past?(at: number, end: number): boolean;
}

export interface Parser {
  rule: string;
  /** lower-case first words the pattern can start with (`DIGIT` for a number); the pattern is tried only there */
  triggers: string[];
  /**
   * For a `DIGIT` trigger: the digit run's length and the characters that may follow it (`""`: any), a
   * cheap check before the pattern (`19.` may start `19. Juni`; `2024` may be a year); with `skipSpaces`
   * the first character after any spaces is checked (`2016 - 05`).
   */
  digits?: { min: number; max: number; next: string; skipSpaces?: boolean };
  /** a sticky pattern, tried at a token start */
  pattern: RegExp;
  extract(m: RegExpExecArray, ctx: Ctx): Found | null;
}

export type { Grain, Ymd };
