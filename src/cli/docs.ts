/** @module `lagebild docs`: lists the stored documents with their story cluster and how much was extracted from each. */
import { type Command, InvalidArgumentError } from "commander";
import { defaultLocation, openStore } from "../store/index.js";
import { type Format, parseFormat, render } from "./output.js";

export interface DocsOptions {
  db?: string;
  format: Format;
  limit: number;
  offset: number;
}

const TABLE_COLUMNS = [
  "id",
  "date",
  "lang",
  "outlet",
  "title",
  "clusterId",
  "claims",
  "events",
  "chars",
  "origin",
];

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 0`);
  return n;
}

function format(value: string): Format {
  try {
    return parseFormat(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/** The library call behind the command: the rendered listing, e.g. `id  date  lang  outlet …` for a table. */
export async function docs(opts: DocsOptions): Promise<string> {
  const store = await openStore(opts.db ?? defaultLocation());
  try {
    const rows = await store.listDocuments({ limit: opts.limit, offset: opts.offset });
    return render(
      rows.map((r) => ({ ...r })),
      opts.format,
      opts.format === "table" || opts.format === "csv" ? TABLE_COLUMNS : undefined,
    );
  } finally {
    await store.close();
  }
}

export function docsCommand(program: Command): void {
  program
    .command("docs")
    .description("list the stored documents (id, date, outlet, story cluster, claims and events found)")
    .option("--db <location>", "SQLite file or postgres:// URL (default: $LAGEBILD_DB or ./lagebild.db)")
    .option("--format <format>", "table, json, jsonl or csv", format, "table" as Format)
    .option("--limit <n>", "at most this many documents", count, 100)
    .option("--offset <n>", "skip this many documents first", count, 0)
    .action(async (opts: DocsOptions) => {
      process.stdout.write(await docs(opts));
    });
}
