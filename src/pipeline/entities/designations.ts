/**
 * @module Type designations the gazetteer does not know: a capitalised name joined by a hyphen to a
 * number with an optional capital suffix (`Tu-95MS`, `Hwasong-19`, `Chollima-1`, `Geran-25`) in a sentence
 * holding a weapon word of the language (`Bomber`, `Rakete`, `missile`, `satellite`: `weaponCues` in
 * `src/lang/<lang>/entities.ts`) names a weapon, under its written form. An all-capital or one-letter name
 * (`COVID-19`, `A-4-Papier`), a name without hyphen (`G7`, `Artikel 4`) and a four-digit number (a year) are
 * none.
 */
import type { Mention } from "../../core/annotations.js";
import type { Span } from "../../core/span.js";
import * as deEntities from "../../lang/de/entities.js";
import * as enEntities from "../../lang/en/entities.js";

const CUES: readonly string[] = [...new Set([...deEntities.weaponCues, ...enEntities.weaponCues])];
/** endings a cue may carry (`Raketen`, `Bombern`, `missiles`, `Flugzeuge`) */
const CUE_ENDINGS = ["", "e", "en", "n", "s", "es", "er", "ern"];

/** `Tu-95MS`, `MiG-41`, `Hwasong-11A`, `Chollima-1`; an English plural `s` is read but not kept. */
const DESIGNATION =
  /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)?)-(\d{1,3}(?:\p{Lu}{1,2}\d?)?)s?(?![\p{L}\p{N}]|-\d)/uy;
const WORD = /[\p{L}-]+/gu;

function isCue(word: string): boolean {
  const w = word.toLowerCase();
  return CUES.some((c) => {
    const i = w.lastIndexOf(c);
    return i >= 0 && CUE_ENDINGS.includes(w.slice(i + c.length));
  });
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Weapon mentions for designations in `units` (sentences; the whole text if none) that no mention in
 * `known` covers.
 */
export function findDesignations(text: string, units: readonly Span[], known: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  if (!text.includes("-")) return out;
  const all = units.length ? units : [{ start: 0, end: text.length }];
  // one pass over the text; a sentence's cue words are read only when a designation stands in it
  const cued = new Map<number, boolean>();
  // a designation has a hyphen right before a digit: only there is the pattern tried, at the word's start
  for (let h = text.indexOf("-"); h >= 0; h = text.indexOf("-", h + 1)) {
    const next = text.charCodeAt(h + 1);
    if (next < 48 || next > 57) continue;
    let w = h;
    while (w > 0 && /\p{L}/u.test(text[w - 1]!)) w--;
    if (w === h) continue;
    DESIGNATION.lastIndex = w;
    const m = DESIGNATION.exec(text);
    if (!m) continue;
    const name = `${m[1]}-${m[2]}`;
    const start = m.index;
    const end = start + name.length;
    const u = unitAt(all, start);
    // a designation lies inside one sentence
    if (!u || start + m[0].length > u.end) continue;
    let isCued = cued.get(u.start);
    if (isCued === undefined) {
      isCued = (text.slice(u.start, u.end).match(WORD) ?? []).some(isCue);
      cued.set(u.start, isCued);
    }
    if (!isCued) continue;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    out.push({
      start,
      end,
      rule: "entities.designation",
      text: text.slice(start, end),
      entity: `weapon/${slug(name)}`,
      name,
      category: "weapon",
      country: null,
      form: "name",
    });
  }
  return out;
}

/** The unit holding offset `at` (units sorted and disjoint), or null. */
function unitAt(units: readonly Span[], at: number): Span | null {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (at < u.start) hi = mid - 1;
    else if (at >= u.end) lo = mid + 1;
    else return u;
  }
  return null;
}
