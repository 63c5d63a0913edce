/** @module The claim stage: figures and transfers → `ClaimRecord`s. */
export { type Cues, cuesFor } from "./cues.js";
export { type ClaimContext, extractClaims } from "./extract-claims.js";
export { matchItemWord } from "./items.js";
export { type SentenceView, sentenceViews } from "./sentence-view.js";
