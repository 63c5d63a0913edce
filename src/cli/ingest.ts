/**
 * @module `lagebild ingest <paths|urls|->`: reads files, folders, URLs, feeds or stdin into the store.
 * A progress bar on a terminal, one stderr line per failure, a summary line on stdout; exit code 1
 * when anything failed.
 */
import { MultiBar, Presets } from "cli-progress";
import { type Command, InvalidArgumentError } from "commander";
import type { InputError } from "../core/errors.js";
import { formatSummary, type IngestSummary, ingest } from "../ingest/ingest.js";
import { DEFAULT_MAX_BYTES } from "../pipeline/read/decode.js";
import { DEFAULT_TIMEOUT_MS, type FetchLike } from "../pipeline/read/fetch.js";
import { defaultLocation, openStore } from "../store/index.js";

export interface IngestCliOptions {
  db?: string;
  maxBytes?: number;
  /** seconds per HTTP request */
  timeout?: number;
  quiet?: boolean;
}

/** Where the command writes and reads; `process` by default, replaced in tests. */
export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  env?: Record<string, string | undefined>;
  fetch?: FetchLike;
}

/**
 * Runs the command and returns its exit code.
 * @example
 * await runIngest(["../shared/seeds"], { db: "/tmp/x.db" }) // prints "2 new, 0 identical, 0 near-duplicate, 0 failed" → 0
 */
export async function runIngest(
  inputs: readonly string[],
  options: IngestCliOptions = {},
  io: CliIo = process,
): Promise<number> {
  const env = io.env ?? process.env;
  // opened before the progress bar starts, so that a store that cannot be opened leaves no bar behind
  const store = await openStore(options.db || env.LAGEBILD_DB || defaultLocation());
  const showBar = !options.quiet && io.stderr.isTTY === true && !env.CI;
  const bars = showBar
    ? new MultiBar(
        {
          stream: io.stderr as NodeJS.WritableStream,
          format: "ingest [{bar}] {value}/{total} inputs | {docs} documents, {failed} failed",
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : null;
  const bar = bars?.create(0, 0, { docs: 0, failed: 0 });
  const say = (line: string) => (bars ? bars.log(`${line}\n`) : io.stderr.write(`${line}\n`));
  let docs = 0;
  let failed = 0;

  let summary: IngestSummary;
  try {
    summary = await ingest(store, inputs, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
      ...(io.stdin ? { stdin: io.stdin } : {}),
      ...(io.fetch ? { fetch: io.fetch } : {}),
      onPlanned: (total) => bar?.setTotal(total),
      onTaskDone: (done) => bar?.update(done, { docs, failed }),
      onSaved: () => {
        docs++;
      },
      onFailure: (error: InputError) => {
        failed++;
        say(`lagebild: ${error.message}`);
      },
      onWarning: (input, message) => {
        if (!options.quiet) say(`lagebild: ${input}: warning: ${message}`);
      },
    });
  } finally {
    bars?.stop();
    await store.close();
  }
  io.stdout.write(`${formatSummary(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}

/** `5000000`, `500k`, `5MB`, `1.5m` → bytes */
export function byteSizeArg(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size (e.g. 5000000, 500k, 5MB)`);
  const unit = (m[2] ?? "").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

function secondsArg(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`"${value}" is not a number of seconds > 0`);
  return n;
}

export function ingestCommand(program: Command): void {
  program
    .command("ingest")
    .description(
      "Read articles into the store: .txt/.md files (optional first line ` date YYYY-MM[-DD]`), .html pages, " +
        ".json/.jsonl records {text, title, url, date, outlet}, folders (recursive), http(s) URLs, RSS/Atom feeds, " +
        "or - for stdin. Prints counts of new, identical, near-duplicate and failed documents.",
    )
    .argument("<inputs...>", "files, folders, URLs or - (stdin)")
    .option("--db <path|url>", "SQLite file or postgres:// URL (default: $LAGEBILD_DB or ./lagebild.db)")
    .option("--max-bytes <size>", "refuse inputs larger than this (default 5MB)", byteSizeArg)
    .option("--timeout <seconds>", "per HTTP request (default 15)", secondsArg)
    .option("-q, --quiet", "no progress bar and no warnings (failures are still reported)")
    .action(async (inputs: string[], options: IngestCliOptions) => {
      process.exitCode = await runIngest(inputs, options);
    });
}
