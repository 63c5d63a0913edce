/**
 * @module Re-extraction: run the current extractor over every stored document whose stored results
 * came from another extractor version (or over all of them with `force`). The text is never re-read:
 * spans stay valid because the stored text is the text as read.
 */
import { basename } from "node:path";
import type { Document } from "../core/document.js";
import { EXTRACT_BATCH, EXTRACTOR_VERSION } from "../extract/index.js";
import type { Extraction, Store } from "../store/types.js";
import { batchExtractor } from "./ingest.js";

export interface ReextractOptions {
  /** re-extract documents already at the current version too */
  force?: boolean;
  extract?: (doc: Document, name: string) => Extraction;
  version?: string;
  onProgress?: (done: number, total: number) => void;
  onFailure?: (documentId: number, message: string) => void;
}

export interface ReextractSummary {
  updated: number;
  current: number;
  failed: number;
}

export async function reextract(store: Store, opts: ReextractOptions = {}): Promise<ReextractSummary> {
  const extract = batchExtractor(opts.extract);
  const version = opts.version ?? EXTRACTOR_VERSION;
  const ids = await store.documentIds();
  const summary: ReextractSummary = { updated: 0, current: 0, failed: 0 };
  let done = 0;
  // documents are extracted in batches (see `extractBatch`); each is replaced on its own
  for (let b = 0; b < ids.length; b += EXTRACT_BATCH) {
    const batch: { id: number; doc: Document; name: string }[] = [];
    for (const id of ids.slice(b, b + EXTRACT_BATCH)) {
      const doc = await store.getDocument(id);
      if (!doc) continue;
      if (!opts.force && doc.extractorVersion === version) summary.current++;
      else batch.push({ id, doc, name: basename(doc.origin) });
    }
    const extractions = batch.length ? extract(batch) : [];
    for (const [k, { id }] of batch.entries()) {
      const extraction = extractions[k]!;
      try {
        if (extraction instanceof Error) throw extraction;
        await store.replaceExtraction(id, { ...extraction, version });
        summary.updated++;
      } catch (err) {
        summary.failed++;
        opts.onFailure?.(id, err instanceof Error ? err.message : String(err));
      }
    }
    for (; done < Math.min(ids.length, b + EXTRACT_BATCH); done++) opts.onProgress?.(done + 1, ids.length);
  }
  return summary;
}
