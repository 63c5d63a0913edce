/**
 * @module Refiners that give a number its shape: ranges (`zwischen 3000 und 5000`, `2 bis 3 Millionen`,
 * `1000–5000`), modifiers before it (`bis zu 12 000` → max, `rund 10.000` → approx) and after it
 * (`500 or more` → min), and bounds joined into one range (`more than 10 and less than 20`).
 */
import type { NumberAnnotation } from "../../core/annotations.js";
import type { Compiled } from "./compile.js";
import { type Core, readCore } from "./core.js";

const SYMBOL_NAMES: Readonly<Record<string, string>> = {
  "-": "dash",
  "–": "dash",
  "—": "dash",
  "~": "tilde",
  "<": "lt",
  "<=": "le",
  "≤": "le",
  ">": "gt",
  ">=": "ge",
  "≥": "ge",
};

const slugs = new Map<string, string>();

/** A rule-name part for a cue: `bis zu` → `bis-zu`, `–` → `dash`. */
export function slug(cue: string): string {
  let s = slugs.get(cue);
  if (s === undefined) {
    s = makeSlug(cue);
    if (slugs.size < 1000) slugs.set(cue, s);
  }
  return s;
}

function makeSlug(cue: string): string {
  const key = cue.toLowerCase().replace(/\s+/g, " ").trim();
  const named = SYMBOL_NAMES[key.replace(/ /g, "")];
  if (named) return named;
  return key.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "symbol";
}

export function toAnnotation(text: string, c: Core): NumberAnnotation {
  return {
    type: c.type,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    min: null,
    max: null,
    approx: c.vague !== null,
    vague: c.vague,
    unit: c.unit,
    rule: c.rule,
  };
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Joins `a` and `b` into a range when they can be one: same kind of quantity, `a` below `b`. */
function range(text: string, a: Core, b: Core, start: number, rule: string): NumberAnnotation | null {
  if (a.value === null || b.value === null || a.vague || b.vague) return null;
  if (a.type === "ordinal" || b.type === "ordinal") return null;
  let low = a.value;
  let type = a.type;
  let unit = a.unit;
  // `10 bis 20 Prozent`, `5–10 km`: the first number takes the unit of the second
  if (a.bare && (b.type !== "number" || b.unit)) {
    type = b.type;
    unit = b.unit;
  }
  if (type !== b.type || (unit !== b.unit && unit !== null && b.unit !== null)) return null;
  // `2 bis 3 Millionen`: the scale word of the second number applies to the first
  if (a.endScale === 0 && b.endScale > 0 && b.coefficient > 0 && low < b.coefficient) {
    low *= b.endScale;
  }
  if (!(low < b.value)) return null;
  return {
    type,
    start,
    end: b.end,
    text: text.slice(start, b.end),
    value: null,
    min: low,
    max: b.value,
    approx: false,
    vague: null,
    unit: unit ?? b.unit,
    rule,
  };
}

/** Tries `zwischen A und B` / `between A and B` and `A bis B` / `A–B` / `A to B` after the number `a`. */
function tryRange(text: string, a: Core, c: Compiled): NumberAnnotation | null {
  if (a.value === null || a.vague || a.type === "ordinal") return null;
  const lang = c.lex.lang;
  const frame = c.frameBefore.exec(text, a.start);
  if (frame) {
    const opener = frame[1]!.toLowerCase();
    const join = c.frameJoinAt.get(opener.replace(/\s+/g, " "));
    const j = join ? execAt(join, text, a.end) : null;
    if (j) {
      const after = a.end + j[0].length;
      const b = readCore(text, after + (/^\s*/.exec(text.slice(after, after + 8))?.[0].length ?? 0), c, true);
      if (b && !("skip" in b)) {
        const r = range(text, a, b, a.start - frame[0].length, `${lang}.number.range.${slug(opener)}`);
        if (r) return r;
      }
    }
  }
  const infix = execAt(c.rangeInfixAt, text, a.end);
  if (!infix) return null;
  const word = infix[1]!;
  const symbol = !/\p{L}/u.test(word);
  // `a quarter to seven` is a time of day, not a range from a fraction
  if (!symbol && a.rule.endsWith(".fraction")) return null;
  const bStart = a.end + infix[0].length;
  const bAt = bStart + (/^\s+/.exec(text.slice(bStart, bStart + 8))?.[0].length ?? 0);
  if (symbol && !/\d/.test(text.slice(a.start, a.end))) return null;
  if (symbol && !/\d/.test(text[bAt] ?? "")) return null;
  const b = readCore(text, bAt, c, true);
  if (!b || "skip" in b) return null;
  return range(text, a, b, a.start, `${lang}.number.range.${slug(word)}`);
}

/** Applies a modifier before the number and a post-modifier after it. */
function modify(text: string, ann: NumberAnnotation, c: Compiled): NumberAnnotation {
  if (ann.type === "ordinal") return ann;
  const lang = c.lex.lang;
  const m = c.modifierBefore.exec(text, ann.start);
  if (m) {
    const cue = m[0].trim().toLowerCase().replace(/\s+/g, " ");
    // `hand over two soldiers`: the verb's particle, not a bound
    const particle = c.particleVerbBefore.test(text, ann.start - m[0].length);
    const kind = particle ? undefined : c.modifierKinds.get(cue);
    const isRange = ann.min !== null && ann.max !== null;
    if (kind && (!isRange || kind === "approx" || kind === "exact") && (!ann.vague || kind === "approx")) {
      const v = ann.value;
      ann.start -= m[0].length;
      ann.rule = `${lang}.number.${slug(cue)}`;
      if (kind === "approx") ann.approx = true;
      else if (kind === "max") {
        ann.max = v;
        ann.value = null;
      } else if (kind === "min") {
        ann.min = v;
        ann.value = null;
      } else if (kind === "approx-max") {
        ann.approx = true;
        ann.max = v;
      }
    }
  }
  if (ann.value !== null && ann.min === null && ann.max === null) {
    const post = execAt(c.postModifierAt, text, ann.end);
    if (post) {
      const cue = post[1]!.toLowerCase().replace(/\s+/g, " ");
      const kind = c.lex.postModifiers[cue];
      // `5000 or less than 6000`: the cue belongs to the next number
      const after = text.slice(ann.end + post[0].length, ann.end + post[0].length + 24);
      if (kind && !/^[^\S\n]+(?:[\p{L}]+[^\S\n]+)?\d/u.test(after)) {
        if (kind === "min") ann.min = ann.value;
        else ann.max = ann.value;
        ann.value = null;
        ann.end += post[0].length;
        ann.rule = `${lang}.number.${slug(cue)}`;
      }
    }
  }
  ann.text = text.slice(ann.start, ann.end);
  return ann;
}

/** A number with its range partner and modifiers attached. */
export function shape(text: string, core: Core, c: Compiled): NumberAnnotation {
  const ann = tryRange(text, core, c) ?? toAnnotation(text, core);
  return modify(text, ann, c);
}

/** `more than 10 and less than 20` → one range; expects annotations sorted by start. */
export function joinBounds(text: string, anns: NumberAnnotation[], c: Compiled): NumberAnnotation[] {
  const out: NumberAnnotation[] = [];
  for (const ann of anns) {
    const prev = out[out.length - 1];
    if (prev && prev.value === null && ann.value === null && prev.type === ann.type && !prev.vague) {
      const lowHigh = prev.min !== null && prev.max === null && ann.max !== null && ann.min === null;
      const highLow = prev.max !== null && prev.min === null && ann.min !== null && ann.max === null;
      const between = text.slice(prev.end, ann.start);
      if ((lowHigh || highLow) && c.boundJoinBetween.test(between)) {
        const min = lowHigh ? prev.min! : ann.min!;
        const max = lowHigh ? ann.max! : prev.max!;
        if (min < max) {
          out[out.length - 1] = {
            ...prev,
            end: ann.end,
            text: text.slice(prev.start, ann.end),
            min,
            max,
            rule: `${c.lex.lang}.number.bounds`,
          };
          continue;
        }
      }
    }
    out.push(ann);
  }
  return out;
}
