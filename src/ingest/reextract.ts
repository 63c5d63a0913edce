/**
 * @module Re-extraction: run the current extractor over every stored document whose stored results
 * came from another extractor version (or over all of them with `force`). The text is never re-read:
 * spans stay valid because the stored text is the text as read.
 */
import { basename } from "node:path";
import type { Document } from "../core/document.js";
import { EXTRACTOR_VERSION, extractDocument } from "../extract/index.js";
import type { Extraction, Store } from "../store/types.js";

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
  const extract = opts.extract ?? extractDocument;
  const version = opts.version ?? EXTRACTOR_VERSION;
  const ids = await store.documentIds();
  const summary: ReextractSummary = { updated: 0, current: 0, failed: 0 };
  for (const [i, id] of ids.entries()) {
    const doc = await store.getDocument(id);
    if (!doc) continue;
    if (!opts.force && doc.extractorVersion === version) {
      summary.current++;
    } else {
      try {
        const extraction = extract(doc, basename(doc.origin));
        await store.replaceExtraction(id, { ...extraction, version });
        summary.updated++;
      } catch (err) {
        summary.failed++;
        opts.onFailure?.(id, err instanceof Error ? err.message : String(err));
      }
    }
    opts.onProgress?.(i + 1, ids.length);
  }
  return summary;
}
