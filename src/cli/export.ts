/**
 * @module `lagebild export`: every stored claim, event and entity as JSON, JSONL (one record a line,
 * in the scorer's format of ../shared/eval/FORMAT.md plus the store's ids) or CSV (one flat table).
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Store } from "../store/types.js";
import { claimRow, DB_HELP, formatArg, withStore } from "./claims.js";
import { eventRow } from "./events.js";
import { type Format, render } from "./output.js";

export type RecordType = "claims" | "events" | "entities";
export const RECORD_TYPES: readonly RecordType[] = ["claims", "events", "entities"];

function typesArg(value: string): RecordType[] {
  const types = value.split(",").map((t) => t.trim());
  const bad = types.find((t) => !(RECORD_TYPES as readonly string[]).includes(t));
  if (bad != null)
    throw new InvalidArgumentError(`unknown record type "${bad}" (expected ${RECORD_TYPES.join(", ")})`);
  return types as RecordType[];
}

export interface ExportOptions {
  db?: string;
  format: Format;
  types?: RecordType[];
}

const ALL = 1_000_000_000;

/** Every record of the chosen types, in the scorer's shape (`type`, `doc`, …) plus `id` and `documentId`. */
export async function exportRecords(store: Store, types: readonly RecordType[] = RECORD_TYPES) {
  const [claims, events, entities] = await Promise.all([
    types.includes("claims") ? store.claims({ limit: ALL }) : [],
    types.includes("events") ? store.events({ limit: ALL }) : [],
    types.includes("entities") ? store.entities() : [],
  ]);
  return { claims, events, entities };
}

export async function exportStore(opts: ExportOptions): Promise<string> {
  const { claims, events, entities } = await withStore(opts.db, (s) => exportRecords(s, opts.types));
  if (opts.format === "csv") {
    // One table: a `type` column, then the union of the flat columns of each record type.
    const rows = [
      ...claims.map((c) => ({ type: "claim", ...claimRow(c) })),
      ...events.map((e) => ({ type: "event", ...eventRow(e) })),
      ...entities.map((e) => ({
        type: "entity",
        documentId: e.documentId,
        name: e.name,
        category: e.category,
        entity: e.id,
        spans: e.spans,
      })),
    ];
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter(
      (c) => c !== "span" && c !== "rules",
    );
    return render(rows, "csv", columns);
  }
  const records = [...claims, ...events, ...entities].map((r) => ({ ...r }));
  return render(records, opts.format);
}

export function exportCommand(program: Command): void {
  program
    .command("export")
    .description("export the stored claims, events and entities as JSON, JSONL or CSV")
    .option("--db <location>", DB_HELP)
    .addOption(
      new Option("--format <format>", "json, jsonl or csv")
        .argParser((v) => {
          const f = formatArg(v);
          if (f === "table") throw new InvalidArgumentError("export writes json, jsonl or csv");
          return f;
        })
        .default("jsonl"),
    )
    .option("--types <list>", "comma-separated: claims, events, entities (default: all)", typesArg)
    .action(async (opts: ExportOptions) => {
      process.stdout.write(await exportStore(opts));
    });
}
