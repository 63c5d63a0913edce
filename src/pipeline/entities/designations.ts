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
  /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)?)-(\d{1,3}(?:\p{Lu}{1,2}\d?)?)s?(?![\p{L}\p{N}]|-\d)/gu;
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
  for (const u of units.length ? units : [{ start: 0, end: text.length }]) {
    const piece = text.slice(u.start, u.end);
    DESIGNATION.lastIndex = 0;
    let m = DESIGNATION.exec(piece);
    if (!m) continue;
    const cued = (piece.match(WORD) ?? []).some(isCue);
    for (; m; m = DESIGNATION.exec(piece)) {
      if (!cued) break;
      const name = `${m[1]}-${m[2]}`;
      const start = u.start + m.index;
      const end = start + name.length;
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
  }
  return out;
}
