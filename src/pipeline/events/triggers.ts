/**
 * @module Event triggers (`data/lexicon/events.json`) and the event cue words of each language
 * (`src/lang/<lang>/events.ts`): `Besuch`, `reiste … nach` → visit; `empfing` → meeting; `stimmte … zu` →
 * agreement; `Atomwaffentest` → weapons_test; `verhängte … Sanktionen` → sanctions; `Angriff` → military_action;
 * the cue words say when a trigger is not asserted (`nicht`, `if`, `could`, `the … sanctioned`).
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Lang } from "../../core/document.js";
import type { EventKind } from "../../core/records.js";
import * as deEvents from "../../lang/de/events.js";
import * as enEvents from "../../lang/en/events.js";
import type { Cues } from "../claims/cues.js";
import {
  compilePattern,
  lexiconLangs,
  matchPattern,
  type Pattern,
  PatternIndex,
  type Pos,
  posAgrees,
  readLexicon,
  type WordMatcher,
  wordMatcher,
} from "../claims/lexicon.js";
import type { Token } from "../claims/tokens.js";

interface EventsFile {
  triggers: {
    kind: EventKind;
    pos: Pos;
    needsTime?: boolean;
    unless?: string[];
    with?: string[];
    notBefore?: string[];
    notAfter?: string[];
    de: string[];
    en: string[];
  }[];
  meetingAsVisit: boolean;
  visitNeedsPerson: boolean;
}

interface Trigger {
  pattern: Pattern;
  unless: WordMatcher[];
  with: WordMatcher[];
  notBefore: WordMatcher[];
  notAfter: WordMatcher[];
  kind: EventKind;
  pos: Pos;
  needsTime: boolean;
  rule: string;
}

const file = readLexicon<EventsFile>("events.json");
const ENDINGS = readLexicon<{ endings: Record<"de" | "en", string[]> }>("items.json").endings;

function compile(lang: "de" | "en"): PatternIndex<Trigger> {
  return new PatternIndex(
    file.triggers.flatMap((t) =>
      t[lang].map((source) => ({
        pattern: compilePattern(source, ENDINGS[lang]),
        unless: (t.unless ?? []).map((u) => wordMatcher(u, ENDINGS[lang])),
        with: (t.with ?? []).map((u) => wordMatcher(u, ENDINGS[lang])),
        notBefore: (t.notBefore ?? []).map((u) => wordMatcher(u, ENDINGS[lang])),
        notAfter: (t.notAfter ?? []).map((u) => wordMatcher(u, ENDINGS[lang])),
        kind: t.kind,
        pos: t.pos,
        needsTime: t.needsTime ?? t.pos === "noun",
        rule: `${lang}.event.${t.kind}.${source.replace(/\s+/g, "_")}`,
      })),
    ),
  );
}

const INDEX = { de: compile("de"), en: compile("en") };

export const meetingAsVisit = file.meetingAsVisit;
export const visitNeedsPerson = file.visitNeedsPerson;

export interface TriggerHit {
  kind: EventKind;
  pos: Pos;
  /** makes an event only with a time in its sentence (a noun: `bei beiden Reisen` refers back) */
  needsTime: boolean;
  /** words that rule the trigger out when its clause holds one */
  unless: WordMatcher[];
  /** words of which its clause must hold one (`Test` is a weapons test only near `Rakete`, `drones`) */
  with: WordMatcher[];
  /** words among the four after it that rule the trigger out (`confirmed … that`: a statement) */
  notBefore: WordMatcher[];
  /** words among the three before it that rule the trigger out (`zum Jahrestag des Angriffs`: a reference) */
  notAfter: WordMatcher[];
  first: number;
  last: number;
  start: number;
  end: number;
  rule: string;
}

/** Every trigger in a sentence's tokens; one per first word (the longest pattern wins), none on the last word of another. */
export function findTriggers(tokens: readonly Token[], cues: Cues, lang: Lang): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const langs = lexiconLangs(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let best: TriggerHit | null = null;
    // indexed loops: the for-of iterators showed as a large share of the pipeline's allocation
    for (let li = 0; li < langs.length; li++) {
      const candidates = INDEX[langs[li]!].candidates(t.lower);
      for (let ci = 0; ci < candidates.length; ci++) {
        const c = candidates[ci]!;
        if (!posAgrees(c.pos, t, cues.nounsCapitalized, c.pattern)) continue;
        const last = matchPattern(c.pattern, tokens, i, tokens.length, true);
        if (last < 0 || (best && best.last - best.first >= last - i)) continue;
        best = {
          kind: c.kind,
          pos: c.pos,
          needsTime: c.needsTime,
          unless: c.unless,
          with: c.with,
          notBefore: c.notBefore,
          notAfter: c.notAfter,
          first: i,
          last,
          start: t.start,
          end: tokens[last]!.end,
          rule: c.rule,
        };
      }
    }
    if (best) hits.push(best);
  }
  // the last word of a longer pattern is taken: `Ratifizierung … unterzeichnet` is no signing besides
  return hits.filter((h) => !hits.some((o) => o !== h && o.last === h.first && o.first < h.first));
}

/**
 * Ids of news outlets and agencies (`outlet: true` in `data/gazetteer/*.json`): they report events but
 * take no part in them (`Moskau (Reuters) - …`).
 */
export const OUTLETS: ReadonlySet<string> = (() => {
  const ids = new Set<string>();
  const dir = new URL("../../../data/gazetteer/", import.meta.url);
  try {
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(".json")) continue;
      const data = JSON.parse(readFileSync(new URL(name, dir), "utf8")) as {
        entries?: { id: string; outlet?: boolean }[];
      };
      for (const e of data.entries ?? []) if (e.outlet) ids.add(e.id);
    }
  } catch {
    // no gazetteer folder: nothing to leave out
  }
  return ids;
})();

export interface EventCues {
  passive: Set<string>;
  location: Set<string>;
  negations: Set<string>;
  negationEndings: string[];
  negationsAfterVerb: Set<string>;
  negationKeepers: Set<string>;
  /** word sequences, each ending right before the trigger */
  conditionals: string[][];
  clauseConditionals: Set<string>;
  modals: Set<string>;
  determiners: Set<string>;
  adverbEndings: string[];
  /** word sequences that date a trigger by the previous dated event (`am selben Tag`) */
  sameTime: string[][];
  /** ordinals of a first time (`erste`, `first`): a `since` time after one dates no event */
  firstWords: Set<string>;
  /** prepositions after a speech verb that open the speaker's own doing (`said after a visit`) */
  speechCircumstances: Set<string>;
}

const LANG_DATA = { de: deEvents, en: enEvents };

/** Built once per language: the event rules ask for them in every sentence. */
const EVENT_CUES = new Map<Lang, EventCues>();

/** The event cue words of `lang` (one shared object per language; callers only read it). */
export function eventCuesFor(lang: Lang): EventCues {
  let cues = EVENT_CUES.get(lang);
  if (!cues) {
    const langs = lexiconLangs(lang).map((l) => LANG_DATA[l]);
    cues = {
      passive: new Set(langs.flatMap((d) => [...d.passiveAuxiliaries])),
      location: new Set(langs.flatMap((d) => [...d.locationPrepositions])),
      negations: new Set(langs.flatMap((d) => [...d.negations])),
      negationEndings: langs.flatMap((d) => [...d.negationEndings]),
      negationsAfterVerb: new Set(langs.flatMap((d) => [...d.negationsAfterVerb])),
      negationKeepers: new Set(langs.flatMap((d) => [...d.negationKeepers])),
      conditionals: langs.flatMap((d) => d.conditionals.map((c) => c.split(" "))),
      clauseConditionals: new Set(langs.flatMap((d) => [...d.clauseConditionals])),
      modals: new Set(langs.flatMap((d) => [...d.modals])),
      determiners: new Set(langs.flatMap((d) => [...d.attributiveDeterminers])),
      adverbEndings: langs.flatMap((d) => [...d.adverbEndings]),
      sameTime: langs.flatMap((d) => d.sameTimePhrases.map((c) => c.toLowerCase().split(" "))),
      firstWords: new Set(langs.flatMap((d) => [...d.firstWords])),
      speechCircumstances: new Set(langs.flatMap((d) => [...d.speechCircumstances])),
    };
    EVENT_CUES.set(lang, cues);
  }
  return cues;
}
