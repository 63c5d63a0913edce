/**
 * @module Refinements of a figure once its noun is known: a rate after it (`2,50 Dollar pro Stunde`,
 * `2,000 drones a month`) makes a price, a wage or a production figure; a list word in its clause
 * (`richtet sich gegen 54 Personen`) makes the size of a list or a body; and a people's plural as its noun
 * (`12.000 Nordkoreaner`, `North Koreans`) takes its item from what the clause says they do (`serving with
 * Russian units` → soldier, `in einer Fabrik arbeiten` → worker). The words are language data
 * (`src/lang/<lang>/claims.ts`, `data/lexicon/items.json` under `people`).
 */
import type { Mention, NumberAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import type { ClaimItem } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import * as de from "../../lang/de/claims.js";
import * as en from "../../lang/en/claims.js";
import type { Cues } from "./cues.js";
import { lexiconLangs, readLexicon, type WordMatcher, wordMatcher } from "./lexicon.js";
import type { Token } from "./tokens.js";

interface RateWords {
  prepositions: Set<string>;
  units: Set<string>;
  adverbs: Set<string>;
  notAfter: Set<string>;
  articles: Set<string>;
  lists: WordMatcher[];
  sides: Set<string>;
}

interface LexiconFile {
  endings: Record<"de" | "en", string[]>;
  people?: { roles: { item: ClaimItem; de: string[]; en: string[] }[] };
}

const FILE = readLexicon<LexiconFile>("items.json");

function rateWords(list: readonly (typeof de | typeof en)[], langs: readonly ("de" | "en")[]): RateWords {
  const set = (xs: readonly string[][]) => new Set(xs.flat());
  // a unit with the language's inflection endings: `Stunde` → `stunden`, `barrel` → `barrels`
  const units = new Set<string>();
  list.forEach((d, k) => {
    for (const u of d.rateUnits) for (const e of FILE.endings[langs[k]!]) units.add(u + e);
  });
  return {
    prepositions: set(list.map((d) => [...d.ratePrepositions])),
    units,
    adverbs: set(list.map((d) => [...d.rateAdverbs])),
    notAfter: set(list.map((d) => [...d.rateNotAfter])),
    articles: set(list.map((d) => [...d.nounPhraseWords])),
    lists: list.flatMap((d, k) => d.listWords.map((f) => wordMatcher(f, FILE.endings[langs[k]!]))),
    sides: set(list.map((d) => [...d.sideNouns])),
  };
}

const RATES: Record<Lang, RateWords> = {
  de: rateWords([de], ["de"]),
  en: rateWords([en], ["en"]),
  other: rateWords([de, en], ["de", "en"]),
};

/** How many words after the figure a rate may stand: `2,50 Dollar pro Stunde`, `2000 Drohnen im Monat`. */
const RATE_REACH = 5;

/**
 * Does a rate follow the figure within its clause: a per-word and a unit (`pro Stunde`, `je Barrel`,
 * `im Monat`, `a day`, `per barrel`), or a rate adverb (`monatlich`, `daily`)? Not a time that only looks
 * like one: `einen Monat zuvor`, `a year ago`, `im Jahr 2024`.
 */
export function rateAfter(tokens: readonly Token[], figure: Span, clause: Span, lang: Lang): boolean {
  const w = RATES[lang];
  const after = tokens.filter((t) => t.start >= figure.end && t.end <= clause.end).slice(0, RATE_REACH + 2);
  for (let i = 0; i < Math.min(after.length, RATE_REACH); i++) {
    const t = after[i]!;
    if (w.adverbs.has(t.lower)) return true;
    if (!w.prepositions.has(t.lower)) continue;
    let j = i + 1;
    // `in der Woche`, `pro Tag`; not two articles in a row
    if (after[j] && w.articles.has(after[j]!.lower) && !w.units.has(after[j]!.lower)) j++;
    const unit = after[j];
    if (!unit || !w.units.has(unit.lower)) continue;
    const next = after[j + 1];
    if (next && (w.notAfter.has(next.lower) || /^\p{N}/u.test(next.text))) continue;
    return true;
  }
  return false;
}

/** Is there a list word (`Sanktionen`, `Paket`, `sanctions`, `members`) in the clause? */
export function listInClause(tokens: readonly Token[], clause: Span, lang: Lang): boolean {
  const w = RATES[lang];
  return tokens.some(
    (t) => t.start >= clause.start && t.end <= clause.end && w.lists.some((m) => m.test(t.lower)),
  );
}

interface PeopleRole {
  item: ClaimItem;
  matchers: WordMatcher[];
}

const PEOPLE: Record<"de" | "en", PeopleRole[]> = {
  de: (FILE.people?.roles ?? []).map((r) => ({
    item: r.item,
    matchers: r.de.map((f) => wordMatcher(f, FILE.endings.de)),
  })),
  en: (FILE.people?.roles ?? []).map((r) => ({
    item: r.item,
    matchers: r.en.map((f) => wordMatcher(f, FILE.endings.en)),
  })),
};

/**
 * What a people's plural counts, by the word of the clause nearest to it that says what they do
 * (`12,000 North Koreans are serving with Russian units` → soldier), or null where none does.
 */
export function peopleRole(
  tokens: readonly Token[],
  noun: Token,
  clause: Span,
  lang: Lang,
): { item: ClaimItem; word: string } | null {
  let best: { item: ClaimItem; word: string; dist: number } | null = null;
  for (const t of tokens) {
    if (t === noun || t.start < clause.start || t.end > clause.end) continue;
    const dist = t.start > noun.start ? t.start - noun.end : noun.start - t.end;
    if (best && dist >= best.dist) continue;
    for (const l of lexiconLangs(lang)) {
      const role = PEOPLE[l].find((r) => r.matchers.some((m) => m.test(t.lower)));
      if (role) {
        best = { item: role.item, word: t.lower, dist };
        break;
      }
    }
  }
  return best && { item: best.item, word: best.word };
}

/** Is `item` one that a people's plural may turn into (personnel)? */
export function isPeopleItem(item: ClaimItem): boolean {
  return (FILE.people?.roles ?? []).some((r) => r.item === item);
}

/**
 * The country of the side personnel serve on, named after the figure on a force noun: `serving with
 * Russian units`, `on Russia's side`, `auf russischer Seite` (null where none, or only `not`'s own).
 */
export function sideCountry(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  clause: Span,
  figure: Span,
  lang: Lang,
  not: string | null,
): string | null {
  const w = RATES[lang];
  for (const m of mentions) {
    if (m.start < figure.end || m.end > clause.end || !m.country || m.country === not) continue;
    if (m.category !== "country") continue;
    const next = tokens.filter((t) => t.start >= m.end && t.end <= clause.end).slice(0, 2);
    if (next.some((t) => w.sides.has(t.lower))) return m.country;
  }
  return null;
}

/**
 * A figure with no noun of its own (`could send up to 12,000 in total`, `as many as 5,000 by December`):
 * nothing follows it, or a function word or punctuation does. (German says so by capitals: `isElliptic`.)
 */
export function bareFigure(
  text: string,
  tokens: readonly Token[],
  figure: NumberAnnotation,
  cues: Cues,
): boolean {
  if (cues.nounsCapitalized || figure.vague) return false;
  // a bound or an estimate (`up to 12,000`, `some 5,000`): a plain `the other 26` counts nothing said
  if (figure.min == null && figure.max == null && !figure.approx) return false;
  const next = tokens.find((t) => t.start >= figure.end);
  if (!next) return true;
  if (!/^\s*$/.test(text.slice(figure.end, next.start))) return true;
  return cues.nounStops.has(next.lower) && !cues.partitives.has(next.lower);
}

/**
 * A determiner of ellipsis (`two more tours`, `zwei weitere Touren`) followed by a noun of its own counts
 * that noun, not the one said before; a kind word after it (`30 more killed`) or a function word (`30 more
 * were`) leaves the ellipsis.
 */
export function ellipsisCountsOwnNoun(
  text: string,
  tokens: readonly Token[],
  figure: NumberAnnotation,
  cues: Cues,
  isKindWord: (t: Token) => boolean,
): boolean {
  const k = tokens.findIndex((t) => t.start >= figure.end);
  const det = tokens[k];
  const noun = tokens[k + 1];
  if (!det || !noun || !cues.ellipsis.has(det.lower)) return false;
  if (!/^\s*$/.test(text.slice(figure.end, det.start)) || !/^\s*$/.test(text.slice(det.end, noun.start)))
    return false;
  if (cues.nounStops.has(noun.lower) || cues.conjunctions.has(noun.lower) || /^\p{N}/u.test(noun.text))
    return false;
  if (cues.nounsCapitalized && !noun.capital) return false;
  return !isKindWord(noun);
}
