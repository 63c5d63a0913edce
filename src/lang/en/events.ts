/** @module English cue words the event stage reads. */

/** Auxiliaries of the passive: `was received in Pyongyang` receives one visitor (a visit, not a meeting). */
export const passiveAuxiliaries: readonly string[] = ["was", "were", "been", "is", "are", "being"];

/** Prepositions of place: `in Moscow`, `to North Korea`, `at the Vostochny Cosmodrome`. */
export const locationPrepositions: readonly string[] = ["in", "to", "at", "into", "against", "on"];
