/**
 * @module Ingestion: read every input, extract, and save each Document with its extraction in one
 * store call; tally new / identical / near-duplicate / failed. One bad input never stops the batch.
 */
import type { Document } from "../core/document.js";
import { ErrorCode, InputError } from "../core/errors.js";
import { EXTRACT_BATCH, extractBatch } from "../extract/index.js";
import { planInputs, type ReadOptions, readTask } from "../pipeline/read/sources.js";
import type { Extraction, SaveResult, Store } from "../store/types.js";

export interface IngestOptions extends ReadOptions {
  /** an extractor for one document (default: the project's, run over batches with `extractBatch`) */
  extract?: (doc: Document, name: string) => Extraction;
  /** called once the inputs are expanded: the number of tasks (files, URLs, stdin) */
  onPlanned?: (tasks: number) => void;
  /** called after each task (a feed is one task, however many items it has) */
  onTaskDone?: (done: number, tasks: number) => void;
  onFailure?: (error: InputError) => void;
  onWarning?: (input: string, message: string) => void;
  onSaved?: (doc: Document, result: SaveResult) => void;
}

export interface IngestSummary {
  new: number;
  identical: number;
  nearDuplicate: number;
  failed: number;
  failures: InputError[];
}

/**
 * `await ingest(store, ["../shared/seeds"])` → `{new: 2, identical: 0, nearDuplicate: 0, failed: 0}`;
 * the same call again → `{new: 0, identical: 2, …}`. A Document is saved only when it was read and
 * extracted in full, so a failure leaves nothing half-written.
 */
export async function ingest(
  store: Store,
  inputs: readonly string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const extract = batchExtractor(opts.extract);
  const summary: IngestSummary = { new: 0, identical: 0, nearDuplicate: 0, failed: 0, failures: [] };
  const fail = (error: InputError) => {
    summary.failed++;
    summary.failures.push(error);
    opts.onFailure?.(error);
  };
  // Documents wait here until a batch is full (see `extractBatch`); a task counts as done once every
  // document it gave is stored or has failed.
  let pending: { doc: Document; name: string }[] = [];
  let tasksRead = 0;
  let tasksDone = 0;
  const flush = async () => {
    const batch = pending;
    pending = [];
    const extractions = batch.length ? extract(batch) : [];
    for (const [k, { doc }] of batch.entries()) {
      const extraction = extractions[k]!;
      if (extraction instanceof Error) {
        fail(new InputError(ErrorCode.PIPELINE, doc.origin, `extraction failed: ${extraction.message}`));
        continue;
      }
      await save(doc, extraction);
    }
    for (; tasksDone < tasksRead; tasksDone++) opts.onTaskDone?.(tasksDone + 1, tasks.length);
  };
  const save = async (doc: Document, extraction: Extraction) => {
    let result: SaveResult;
    try {
      result = await store.saveDocument(doc, extraction);
    } catch (err) {
      fail(new InputError(ErrorCode.STORE, doc.origin, `could not be stored: ${message(err)}`));
      return;
    }
    if (result.status === "new") summary.new++;
    else if (result.status === "identical") summary.identical++;
    else summary.nearDuplicate++;
    opts.onSaved?.(doc, result);
  };
  const tasks = await planInputs(inputs);
  opts.onPlanned?.(tasks.length);
  for (const task of tasks) {
    for await (const outcome of readTask(task, opts)) {
      if (!outcome.ok) {
        fail(outcome.error);
        continue;
      }
      const { doc, name } = outcome;
      for (const w of outcome.warnings) opts.onWarning?.(doc.origin, w);
      // Re-ingesting is common (a folder read again, a feed polled): skip the extractor for a text
      // already stored; the store would answer "identical" anyway.
      const known = await store.documentIdByHash(doc.hash);
      const stored = known == null ? null : await store.getDocument(known);
      if (stored) {
        summary.identical++;
        opts.onSaved?.(doc, {
          status: "identical",
          documentId: stored.id,
          clusterId: stored.clusterId,
          duplicateOf: null,
        });
        continue;
      }
      pending.push({ doc, name });
      if (pending.length >= EXTRACT_BATCH) await flush();
    }
    tasksRead++;
    if (!pending.length) await flush();
  }
  await flush();
  return summary;
}

/** The extractor over a batch: the project's `extractBatch`, or a one-document extractor called per document. */
export function batchExtractor(
  one?: (doc: Document, name: string) => Extraction,
): (items: readonly { doc: Document; name: string }[]) => (Extraction | Error)[] {
  if (!one) return extractBatch;
  return (items) =>
    items.map(({ doc, name }) => {
      try {
        return one(doc, name);
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    });
}

/** `2 new, 0 identical, 0 near-duplicate, 0 failed` */
export function formatSummary(s: IngestSummary): string {
  return `${s.new} new, ${s.identical} identical, ${s.nearDuplicate} near-duplicate, ${s.failed} failed`;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
