/** @module The event stage: triggers with participants, actor, location and time → `EventRecord`s. */
export { extractEvents } from "./extract-events.js";
export { findTriggers } from "./triggers.js";
