/**
 * @module The language cue words (`src/lang/<lang>/claims.ts`) for a document's language, as sets (word
 * sets with a slot table in front: the claim and event rules ask them about most words of a sentence).
 */
import type { Lang } from "../../core/document.js";
import * as de from "../../lang/de/claims.js";
import * as en from "../../lang/en/claims.js";
import { WordSet } from "../entities/word-set.js";

export interface Cues {
  origin: WordSet;
  destination: WordSet;
  recipient: WordSet;
  target: WordSet;
  otherPrepositions: WordSet;
  nounPhrase: WordSet;
  conjunctions: WordSet;
  clauseOpeners: WordSet;
  complementizers: WordSet;
  negations: WordSet;
  limits: WordSet;
  ellipsis: WordSet;
  partitives: WordSet;
  figureNouns: WordSet;
  figureLinks: WordSet;
  presentState: WordSet;
  now: WordSet;
  subsets: WordSet;
  thenWords: WordSet;
  perfectAux: WordSet;
  nounStops: WordSet;
  nounsCapitalized: boolean;
}

/** What a `src/lang/<lang>/claims.ts` module exports. */
interface LangData {
  originPrepositions: readonly string[];
  destinationPrepositions: readonly string[];
  recipientPrepositions: readonly string[];
  targetPrepositions: readonly string[];
  otherPrepositions?: readonly string[];
  nounPhraseWords: readonly string[];
  conjunctions: readonly string[];
  clauseOpeners: readonly string[];
  complementizers: readonly string[];
  negations: readonly string[];
  limitWords: readonly string[];
  ellipsisWords: readonly string[];
  partitives: readonly string[];
  figureNouns?: readonly string[];
  figureLinks?: readonly string[];
  presentStateVerbs: readonly string[];
  nowWords: readonly string[];
  subsetWords: readonly string[];
  thenWords: readonly string[];
  perfectAuxiliaries: readonly string[];
  nounStops?: readonly string[];
  nounsCapitalized: boolean;
}

function build(list: readonly LangData[]): Cues {
  const set = (pick: (d: LangData) => readonly string[] | undefined) =>
    new WordSet(list.flatMap((d) => [...(pick(d) ?? [])]));
  return {
    origin: set((d) => d.originPrepositions),
    destination: set((d) => d.destinationPrepositions),
    recipient: set((d) => d.recipientPrepositions),
    target: set((d) => d.targetPrepositions),
    otherPrepositions: set((d) => d.otherPrepositions),
    nounPhrase: set((d) => d.nounPhraseWords),
    conjunctions: set((d) => d.conjunctions),
    clauseOpeners: set((d) => d.clauseOpeners),
    complementizers: set((d) => d.complementizers),
    negations: set((d) => d.negations),
    limits: set((d) => d.limitWords),
    ellipsis: set((d) => d.ellipsisWords),
    partitives: set((d) => d.partitives),
    figureNouns: set((d) => d.figureNouns),
    figureLinks: set((d) => d.figureLinks),
    presentState: set((d) => d.presentStateVerbs),
    now: set((d) => d.nowWords),
    subsets: set((d) => d.subsetWords),
    thenWords: set((d) => d.thenWords),
    perfectAux: set((d) => d.perfectAuxiliaries),
    nounStops: set((d) => d.nounStops),
    nounsCapitalized: list.every((d) => d.nounsCapitalized),
  };
}

const BY_LANG: Record<Lang, Cues> = {
  de: build([de]),
  en: build([en]),
  other: build([de, en]),
};

export function cuesFor(lang: Lang): Cues {
  return BY_LANG[lang];
}
