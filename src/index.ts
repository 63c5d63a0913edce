/**
 * @module lagebild's library API.
 */

export * from "./core/annotations.js";
export * from "./core/document.js";
export * from "./core/errors.js";
export * from "./core/pipeline.js";
export * from "./core/records.js";
export * from "./core/span.js";
