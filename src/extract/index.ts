/**
 * @module The extractor entry point: annotate a Document (`createAnnotator`) and extract claims, events
 * and entities from its layers.
 */
import type { Document } from "../core/document.js";
import type { Annotated, Pipeline } from "../core/pipeline.js";
import type { ClaimRecord, EntityRecord, EventRecord } from "../core/records.js";
import { cuesFor, extractClaims, sentenceViews } from "../pipeline/claims/index.js";
import { extractEvents } from "../pipeline/events/index.js";
import { createAnnotator } from "../pipeline/index.js";
import type { Extraction } from "../store/types.js";
import { entityRecords } from "./entities.js";

/** Bumped whenever the extractor's output changes, so stored extractions can be redone. */
export const EXTRACTOR_VERSION = "0.4.0";

let annotator: Pipeline | null = null;

/** Claims, events and entities from an already annotated document. */
export function extractAnnotated(
  annotated: Annotated,
  docName: string,
): { claims: ClaimRecord[]; events: EventRecord[]; entities: EntityRecord[] } {
  const cues = cuesFor(annotated.doc.lang);
  const views = sentenceViews(annotated, cues);
  const ctx = { annotated, views, cues, docName };
  return {
    claims: extractClaims(ctx),
    events: extractEvents(ctx),
    entities: entityRecords(annotated.layers.mentions, docName),
  };
}

/**
 * Annotates `doc` and extracts from it. `docName` names the document in the records (the file's base
 * name for `lagebild extract`); it defaults to the document's origin.
 */
export function extractDocument(doc: Document, docName?: string): Extraction {
  annotator ??= createAnnotator();
  const annotated = annotator.annotate(doc);
  const found = extractAnnotated(annotated, docName ?? doc.origin);
  return { version: EXTRACTOR_VERSION, mentions: annotated.layers.mentions, ...found };
}
