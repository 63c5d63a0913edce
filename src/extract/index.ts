/**
 * @module The extractor entry point: annotate a Document (`createAnnotator`) and extract claims, events
 * and entities from its layers, one document at a time (`extractDocument`) or a batch stage by stage
 * (`extractBatch`, what ingest, re-extraction and `lagebild extract` use).
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
export const EXTRACTOR_VERSION = "0.6.1";

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
  const [x] = extractBatch([{ doc, name: docName ?? doc.origin }]);
  if (x instanceof Error) throw x;
  return x!;
}

/** How many documents ingest, re-extraction and `lagebild extract` hand to `extractBatch` at once. */
export const EXTRACT_BATCH = 32;

/**
 * `extractDocument` for a batch, step by step over all its documents (see `Pipeline.annotateBatch`
 * for why); the records are the same as one call per document gives. A document whose step throws
 * gets the error in its slot; the others go on.
 */
export function extractBatch(items: readonly { doc: Document; name: string }[]): (Extraction | Error)[] {
  annotator ??= createAnnotator();
  const annotated = annotator.annotateBatch(items.map((it) => it.doc));
  const out: (Extraction | Error)[] = annotated.map((a) =>
    a instanceof Error
      ? a
      : { version: EXTRACTOR_VERSION, mentions: a.layers.mentions, claims: [], events: [], entities: [] },
  );
  const contexts = annotated.map((a, i) => {
    if (a instanceof Error) return null;
    const cues = cuesFor(a.doc.lang);
    return guard(out, i, () => ({
      annotated: a,
      views: sentenceViews(a, cues),
      cues,
      docName: items[i]!.name,
    }));
  });
  const step = (run: (ctx: NonNullable<(typeof contexts)[number]>, x: Extraction) => void) => {
    contexts.forEach((ctx, i) => {
      const x = out[i]!;
      if (ctx && !(x instanceof Error)) guard(out, i, () => run(ctx, x));
    });
  };
  step((ctx, x) => {
    x.claims = extractClaims(ctx);
  });
  step((ctx, x) => {
    x.events = extractEvents(ctx);
  });
  step((ctx, x) => {
    x.entities = entityRecords(ctx.annotated.layers.mentions, ctx.docName);
  });
  return out;
}

/** Runs `fn`; where it throws, the error takes slot `i` of `out` and the result is null. */
function guard<T>(out: (Extraction | Error)[], i: number, fn: () => T): T | null {
  try {
    return fn();
  } catch (err) {
    out[i] = err instanceof Error ? err : new Error(String(err));
    return null;
  }
}
