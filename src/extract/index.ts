/**
 * @module The extractor entry point: annotate a Document and extract claims, events and entities.
 * (Placeholder until the extraction stages land: returns an empty extraction.)
 */
import type { Document } from "../core/document.js";
import type { Extraction } from "../store/types.js";

export const EXTRACTOR_VERSION = "0.0.0";

export function extractDocument(_doc: Document, _docName?: string): Extraction {
  return { version: EXTRACTOR_VERSION, mentions: [], claims: [], events: [], entities: [] };
}
