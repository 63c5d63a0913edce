/** @module English cue words the event stage reads. */

/** Auxiliaries of the passive: `was received in Pyongyang` receives one visitor (a visit, not a meeting). */
export const passiveAuxiliaries: readonly string[] = ["was", "were", "been", "is", "are", "being"];

/** Prepositions of place: `in Moscow`, `to North Korea`, `at the Vostochny Cosmodrome`. */
export const locationPrepositions: readonly string[] = ["in", "to", "at", "into", "against", "on"];

/**
 * Negation before a trigger (up to four words, same clause): `has not visited`, `never attacked`,
 * `Neither Moscow nor Pyongyang has acknowledged …` — no event is asserted.
 */
export const negations: readonly string[] = ["not", "never", "no", "neither", "nor", "without"];

/** English negates before the verb: no negation after a verb trigger is read. */
export const negationsAfterVerb: readonly string[] = [];
export const negationKeepers: readonly string[] = [];

/** Word endings that negate: `hasn't`, `didn’t`. */
export const negationEndings: readonly string[] = ["n't", "n’t"];

/** A condition right before a trigger: `to help if attacked`, `in case of attack` — nothing has happened. */
export const conditionals: readonly string[] = ["if", "unless", "whether", "in case of", "in the event of"];

/** Words opening a clause of condition: a trigger in it has not happened (`If Russia attacks …`). */
export const clauseConditionals: readonly string[] = ["if", "unless"];

/** A modal right before a verb trigger: `could attack`, `would visit` — a possibility, not an event. */
export const modals: readonly string[] = [
  "will",
  "would",
  "could",
  "might",
  "may",
  "should",
  "shall",
  "can",
  "must",
];

/**
 * Determiners that make a participle trigger an adjective: `the two heavily sanctioned states`, `a signed
 * copy` (adverbs and numbers between them are skipped).
 */
export const attributiveDeterminers: readonly string[] = [
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "these",
  "those",
  "other",
  "such",
];

/** Endings of adverbs skipped between a determiner and a participle: `heavily`, `newly`. */
export const adverbEndings: readonly string[] = ["ly"];

/**
 * Phrases that date a trigger by the happening named just before (`Die USA verhängten am selben Tag eigene
 * Sanktionen`): the trigger takes the time of the previous dated event of the document.
 */
export const sameTimePhrases: readonly string[] = [
  "on the same day",
  "the same day",
  "that same day",
  "on the same evening",
  "simultaneously",
];

/**
 * Ordinals of a first time: `the first visit since 2019` is dated by the gap it ends, not by `since 2019`,
 * so a `since` time after such a word dates no event.
 */
export const firstWords: readonly string[] = ["first"];

/**
 * Prepositions right after a speech verb that open what the speaker did: in `Shoigu said after a visit to
 * Pyongyang` the speaker takes part in the visit.
 */
export const speechCircumstances: readonly string[] = ["after", "during", "following"];
