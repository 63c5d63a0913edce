/**
 * @module The time recogniser's core, chrono-style: per-language parsers (a pattern plus an extract
 * step) find candidates, ordered refiners merge ranges and attach `seit`/`bis`, overlaps are dropped.
 * Every result is a `[start, end)` span resolved to an interval at a grain.
 */
import type { TimeAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import { deTime } from "../../lang/de/time.js";
import { enTime } from "../../lang/en/time.js";
import { deAbsoluteParsers } from "./de/de-absolute.js";
import { deRelativeParsers } from "./de/de-relative.js";
import { enAbsoluteParsers } from "./en/en-absolute.js";
import { enRelativeParsers } from "./en/en-relative.js";
import { anchorNarrative, buildNarrativeParsers } from "./narrative.js";
import { alt, CHAR_CLASS, DIGIT, L, LOWER, R } from "./patterns.js";
import { buildRefiners, type Refiners } from "./refine.js";
import { parseRef } from "./resolve.js";
import type { TimeWords } from "./time-words.js";
import type { Ctx, Found, Parser } from "./types.js";

/** What relative expressions resolve against: the document's date at its precision, or null. */
export interface TimeReference {
  /** `2024-10-08`, `2024-10`, `2024` or null */
  date: string | null;
  /** the reference date was inferred from the text */
  inferred?: boolean;
}

interface Locale {
  words: TimeWords;
  parsers: Parser[];
  /** parsers by trigger key, in parser order */
  byTrigger: Map<string, Parser[]>;
  /** a hash filter over the trigger keys (`triggerFilter`), asked before the lookup */
  keyFilter: Uint8Array;
  refiners: Refiners;
  future: RegExp;
  /** the future cues without the hearsay ones (`soll`), for dating a document */
  firmFuture: RegExp;
  /** a past cue ending the text before a date (`said on `), or null when the language lists none */
  pastBefore: RegExp | null;
  /** a past participle shortly after a date (` in Moskau bekanntgegeben`) */
  pastAfter: RegExp | null;
  /** a word before the past cue that cancels it (`be` in `will be held on`) */
  pastBlocked: RegExp | null;
}

/**
 * A dateline before a date: a capitalised place at the head of a line, then a comma
 * (`KYIV, Friday (Reuters) -`); what follows must be an agency bracket or a dash.
 */
const DATELINE_HEAD = /(?:^|\n)[ \t]*\p{Lu}[\p{L}.' /-]{0,40},[ \t]*$/u;
const DATELINE_TAIL = /^[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-–—:]|\()/u;

function pastPatterns(w: TimeWords): {
  pastBefore: RegExp | null;
  pastAfter: RegExp | null;
  pastBlocked: RegExp | null;
} {
  const before: string[] = [];
  if (w.pastCuesBefore?.length) before.push(alt(w.pastCuesBefore));
  if (w.pastSuffixesBefore?.length) before.push(`\\p{L}{2,}${alt(w.pastSuffixesBefore)}`);
  return {
    pastBefore: before.length
      ? new RegExp(`${L}(?:${before.join("|")})(?:\\s+[\\p{L}-]+){0,2}\\s+$`, "iu")
      : null,
    pastAfter: w.pastCuesAfter?.length
      ? new RegExp(`^(?:\\s+[\\p{L}-]+){0,3}?\\s+${alt(w.pastCuesAfter)}${R}`, "iu")
      : null,
    pastBlocked: w.pastCueBlockers?.length ? new RegExp(`${L}${alt(w.pastCueBlockers)}\\s+$`, "iu") : null,
  };
}

/** One step of the key hash: the lower-case code of the next character folded in. */
const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + LOWER[code]!) | 0;
const FILTER_BITS = 16;
const slot = (h: number): number => (h ^ (h >>> FILTER_BITS)) & ((1 << FILTER_BITS) - 1);

/**
 * A table of the hash slots of the trigger keys. The scanner hashes each letter run as it finds its end
 * and slices and looks it up only where the slot is set: most words (`der`, `von`, `auf`) are no key, and
 * the slice, the lower-casing and the map lookup cost more than the hash. A key with a character whose
 * lower case the table `LOWER` may not give as `toLowerCase` does (outside Latin, where `Σ` and `İ` are
 * special) turns the filter off: every slot set, every word looked up, as before.
 */
function triggerFilter(keys: Iterable<string>): Uint8Array {
  const filter = new Uint8Array(1 << FILTER_BITS);
  for (const k of keys) {
    if (k === DIGIT) continue;
    let h = 0;
    for (let i = 0; i < k.length; i++) {
      const code = k.charCodeAt(i);
      if (code >= 0x370 || LOWER[code] !== code) return filter.fill(1);
      h = hashStep(h, code);
    }
    filter[slot(h)] = 1;
  }
  return filter;
}

function locale(lang: string, words: TimeWords, parsers: Parser[]): Locale {
  const byTrigger = new Map<string, Parser[]>();
  for (const p of parsers) {
    for (const t of p.triggers) {
      const list = byTrigger.get(t) ?? [];
      if (!list.includes(p)) list.push(p);
      byTrigger.set(t, list);
    }
  }
  return {
    words,
    parsers,
    byTrigger,
    keyFilter: triggerFilter(byTrigger.keys()),
    refiners: buildRefiners(words, lang),
    future: new RegExp(`${L}${alt(words.futureCues)}${R}`, "iu"),
    firmFuture: new RegExp(
      `${L}${alt(words.futureCues.filter((c) => !words.hearsayFutureCues?.includes(c)))}${R}`,
      "iu",
    ),
    ...pastPatterns(words),
  };
}

const LOCALES: Partial<Record<Lang, Locale>> = {
  // narrative forms first: on an equal span (`two days earlier`) they win over the deictic reading
  de: locale("de", deTime, [
    ...buildNarrativeParsers(deTime, "de"),
    ...deAbsoluteParsers,
    ...deRelativeParsers,
  ]),
  en: locale("en", enTime, [
    ...buildNarrativeParsers(enTime, "en"),
    ...enAbsoluteParsers,
    ...enRelativeParsers,
  ]),
};

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number): boolean {
  return CHAR_CLASS[c] === 1;
}

function isWordCode(c: number): boolean {
  return CHAR_CLASS[c] !== 0;
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const isSpace = (c: number) => c === 32 || c === 160 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The sentence around an offset, found by scanning to the nearest `.`/`!`/`?` + space or a line break
 * (a dot after a digit is not a sentence end: `am 3. Mai`).
 */
function sentenceAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && at - s < 400) {
    const c = text.charCodeAt(s - 1);
    if (c === 10) break;
    if (isSpace(c) && isStop(text.charCodeAt(s - 2)) && !isDigit(text.charCodeAt(s - 3))) break;
    s--;
  }
  let e = at;
  while (e < text.length && e - at < 400) {
    const c = text.charCodeAt(e);
    if (c === 10) break;
    if (
      isStop(c) &&
      !isDigit(text.charCodeAt(e - 1)) &&
      (e + 1 >= text.length || isSpace(text.charCodeAt(e + 1)))
    )
      break;
    e++;
  }
  return [s, e];
}

/** A past cue beside the span or a dateline before it: `said on Thursday`, `am Samstag bekanntgegeben`. */
function isPast(text: string, start: number, end: number, loc: Locale): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const m = loc.pastBefore?.exec(before);
  // `was the next Easter`: a future cue between the verb and the date keeps the future
  if (m && !loc.pastBlocked?.test(before.slice(0, m.index)) && !loc.future.test(m[0])) return true;
  if (loc.pastAfter?.test(text.slice(end, end + 60))) return true;
  return start < 200 && DATELINE_HEAD.test(before) && DATELINE_TAIL.test(text.slice(end, end + 40));
}

/**
 * Finds the time expressions of a text. Relative ones resolve against `ref.date`; without one they
 * keep `from`/`to` null. Example: `findTimes("seit August 2023", "de", {date: null})` →
 * `[{from: "2023-08", to: null, grain: "month", mod: "since", …}]`.
 */
export function findTimes(text: string, lang: Lang, ref: TimeReference): TimeAnnotation[] {
  const loc = LOCALES[lang];
  if (!loc || !text) return [];
  const refDate = parseRef(ref.date, ref.inferred ?? false);
  // the tense of the last sentence looked at; parsers ask about nearby offsets in order
  let sentStart = -1;
  let sentEnd = -1;
  let sentFuture = false;
  const ctx: Ctx = {
    text,
    words: loc.words,
    ref: refDate,
    future(at, end) {
      if (end !== undefined && isPast(text, at, end, loc)) return false;
      if (at < sentStart || at >= sentEnd) {
        [sentStart, sentEnd] = sentenceAround(text, at);
        if (sentEnd <= at) sentEnd = at + 1;
        sentFuture = loc.future.test(text.slice(sentStart, sentEnd));
      }
      return sentFuture;
    },
    past: (at, end) => isPast(text, at, end, loc),
  };
  const found: Found[] = [];
  // one pass over the tokens; each parser's sticky pattern is tried only where one of its triggers starts
  const n = text.length;
  let coveredUntil = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const s = i;
    let letters = isLetterCode(c);
    let e = i + 1;
    while (e < n && isWordCode(text.charCodeAt(e))) e++;
    let keyEnd = e;
    let h = 0;
    if (letters) {
      h = hashStep(0, c);
      keyEnd = s + 1;
      while (keyEnd < e) {
        const code = text.charCodeAt(keyEnd);
        if (!isLetterCode(code)) break;
        h = hashStep(h, code);
        keyEnd++;
      }
    } else letters = false;
    const k = letters
      ? loc.keyFilter[slot(h)] === 1
        ? text.slice(s, keyEnd).toLowerCase()
        : ""
      : isDigitCode(c)
        ? DIGIT
        : "";
    const parsers = k ? loc.byTrigger.get(k) : undefined;
    if (parsers) {
      let digitEnd = s;
      if (k === DIGIT) while (digitEnd < e && isDigitCode(text.charCodeAt(digitEnd))) digitEnd++;
      const len = digitEnd - s;
      const next = text[digitEnd] ?? "";
      let afterSpaces = digitEnd;
      while (afterSpaces < n && afterSpaces - digitEnd < 3 && text.charCodeAt(afterSpaces) === 32)
        afterSpaces++;
      const nextAfterSpaces = text[afterSpaces] ?? "";
      for (const p of parsers) {
        const d = k === DIGIT ? p.digits : undefined;
        if (d && (len < d.min || len > d.max)) continue;
        if (d && d.next !== "" && !d.next.includes(d.skipSpaces ? nextAfterSpaces : next)) continue;
        p.pattern.lastIndex = s;
        const m = p.pattern.exec(text);
        if (!m) continue;
        // inside a candidate found before (`Juni 2024` in `19. Juni 2024`): it would lose anyway
        if (s + m[0].length <= coveredUntil) continue;
        const f = p.extract(m, ctx);
        if (f) {
          found.push(f);
          if (f.end > coveredUntil) coveredUntil = f.end;
        }
      }
    }
    i = e;
  }
  const inferred = ref.inferred ?? false;
  return anchorNarrative(loc.refiners.run(found, text), refDate).map((f) => ({
    type: "time",
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    from: f.from,
    to: f.to,
    grain: f.grain,
    inferred: inferred && f.relative && (f.from !== null || f.to !== null),
    relative: f.relative,
    mod: f.mod,
    rule: f.rule,
  }));
}

/** The time words of a language (null when it has none): `timeWordsOf("de").futureCues` → `["wird", …]`. */
export function timeWordsOf(lang: Lang): TimeWords | null {
  return LOCALES[lang]?.words ?? null;
}

/**
 * Whether the sentence around `[start, end)` speaks of the future, for dating a document: a future cue
 * other than a hearsay one in the sentence and no past cue beside the span (`Die Wahl wird 2028
 * stattfinden` → true; `Bilder sollen zeigen, dass … im Oktober …` → false).
 */
export function speaksOfFuture(text: string, lang: Lang, start: number, end: number): boolean {
  const loc = LOCALES[lang];
  if (!loc) return false;
  if (isPast(text, start, end, loc)) return false;
  const [s, e] = sentenceAround(text, start);
  return loc.firmFuture.test(text.slice(s, Math.max(e, end)));
}
