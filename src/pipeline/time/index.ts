/**
 * @module Time expression recognition: `findTimes` (spans resolved to intervals at a grain) and
 * `inferDocumentDate` (a document's date from its dateline or its latest stated date).
 */
export { findTimes, type TimeReference } from "./find-times.js";
export { inferDocumentDate } from "./infer-date.js";
