/**
 * @module `lagebild demo` (what `npm start` runs): ingests the bundled example articles into the
 * embedded SQLite store, prints what came of it, and serves the web UI over it.
 */
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { analyseIndicators } from "../analyse/index.js";
import { formatSummary, ingest } from "../ingest/ingest.js";
import { defaultLocation, openStore } from "../store/index.js";
import { DB_HELP } from "./claims.js";
import { seriesLabel } from "./indicators.js";
import { runServe } from "./serve.js";

/** The bundled articles: `examples/articles/` beside `dist/` (or `src/`). */
export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/articles", import.meta.url));

export interface DemoOptions {
  db?: string;
  serve: boolean;
  port: number;
}

export async function runDemo(opts: DemoOptions, out: (line: string) => void = console.log): Promise<number> {
  const db = opts.db || process.env.LAGEBILD_DB || defaultLocation();
  const store = await openStore(db);
  let failed = 0;
  try {
    const summary = await ingest(store, [EXAMPLES_DIR], {
      onFailure: (e) => process.stderr.write(`lagebild: ${e.message}\n`),
    });
    failed = summary.failed;
    const [docs, claims, events] = await Promise.all([store.documentIds(), store.claims(), store.events()]);
    out(`ingested the bundled examples into ${db}: ${formatSummary(summary)}`);
    out(`the store holds ${docs.length} documents, ${claims.length} claims, ${events.length} events`);
    const series = await analyseIndicators(store);
    const top = [...series].sort((a, b) => b.points.length - a.points.length).slice(0, 5);
    if (top.length) out("\nbusiest indicators (lagebild indicators shows them all):");
    for (const s of top) {
      const n = s.flags.filter((f) => f.type === "disagreement").length;
      const flags = n ? `, ${n} disagreement(s)` : "";
      out(`  ${seriesLabel(s).padEnd(38)} ${s.points.length} figure(s)${flags}`);
    }
  } finally {
    await store.close();
  }
  if (opts.serve) await runServe({ db, port: opts.port, host: "127.0.0.1" });
  return failed ? 1 : 0;
}

export function demoCommand(program: Command): void {
  program
    .command("demo")
    .description("ingest the bundled example articles into the store, print a summary and serve the web UI")
    .option("--db <location>", DB_HELP)
    .option("--no-serve", "stop after the summary")
    .option("--port <port>", "port for the web UI", (v) => Number(v), 8080)
    .action(async (opts: DemoOptions) => {
      process.exitCode = await runDemo(opts);
    });
}
