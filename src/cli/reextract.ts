/** @module `lagebild reextract`: re-runs the current extractor over the stored documents. */
import type { Command } from "commander";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import { reextract } from "../ingest/reextract.js";
import { defaultLocation, openStore } from "../store/index.js";
import { progressBar } from "./progress.js";

export function reextractCommand(program: Command): void {
  program
    .command("reextract")
    .description(
      `re-run the extractor (version ${EXTRACTOR_VERSION}) over every stored document of another version`,
    )
    .option("--db <location>", "SQLite file or postgres:// URL (default: $LAGEBILD_DB or ./lagebild.db)")
    .option("--force", "re-extract documents already at the current version too")
    .action(async (opts: { db?: string; force?: boolean }) => {
      const store = await openStore(opts.db || process.env.LAGEBILD_DB || defaultLocation());
      const bar = progressBar("reextract");
      try {
        const s = await reextract(store, {
          force: !!opts.force,
          onProgress: (done, total) => bar?.update(done, total),
          onFailure: (id, message) => process.stderr.write(`lagebild: document ${id}: ${message}\n`),
        });
        bar?.stop();
        process.stdout.write(`${s.updated} re-extracted, ${s.current} already current, ${s.failed} failed\n`);
        if (s.failed) process.exitCode = 1;
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
