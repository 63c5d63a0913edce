/** @module German cue words the event stage reads. */

/** Auxiliaries of the passive: `wurde … in Pjöngjang empfangen` receives one visitor (a visit, not a meeting). */
export const passiveAuxiliaries: readonly string[] = ["wurde", "wurden", "worden", "wird", "werden"];

/** Prepositions of place: `in Moskau`, `nach Nordkorea`, `im Kosmodrom Wostotschny`. */
export const locationPrepositions: readonly string[] = [
  "in",
  "im",
  "nach",
  "zu",
  "zum",
  "zur",
  "bei",
  "auf",
  "gegen",
];
