/**
 * @module `lagebild claims`: lists stored figures with their sources, filtered by item, actor,
 * recipient, kind, source and time; also the option helpers the analysis commands share.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { claimantOf, formatFigure } from "../analyse/index.js";
import { defaultLocation, openStore } from "../store/index.js";
import type { ClaimFilter, Store, StoredClaim } from "../store/types.js";
import { type Format, parseFormat, render } from "./output.js";

export const DB_HELP = "SQLite file or postgres:// URL (default: $LAGEBILD_DB or ./lagebild.db)";

export function formatArg(value: string): Format {
  try {
    return parseFormat(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

export function countArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 0`);
  return n;
}

/** `2024`, `2024-10`, `2024-10-08` */
export function isoArg(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError(`"${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return value;
}

/** Country codes are stored upper-case: `--actor kp` means KP. */
export function codeArg(value: string): string {
  return value.toUpperCase();
}

export function formatOption(): Option {
  return new Option("--format <format>", "table, json, jsonl or csv").argParser(formatArg).default("table");
}

/** Opens the store named by `--db`, runs `fn`, and closes the store whatever happens. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db ?? defaultLocation());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `2024-10-08…2024-10-13` for a closed period, `2023-08` for a start alone, `…1973` for an end alone. */
export function periodText(t: { start: string | null; end: string | null }): string {
  if (t.start && t.end && t.start !== t.end) return `${t.start}…${t.end}`;
  if (t.start) return t.start;
  return t.end ? `…${t.end}` : "";
}

/** A claim as a flat row: the figure as stated plus every stored field. */
export function claimRow(c: StoredClaim): Record<string, unknown> {
  return {
    id: c.id,
    documentId: c.documentId,
    kind: c.kind,
    item: c.item,
    figure: formatFigure(c),
    value: c.value,
    min: c.min,
    max: c.max,
    approx: c.approx,
    vague: c.vague,
    actor: c.actor,
    recipient: c.recipient,
    time: periodText(c.time),
    timeStart: c.time.start,
    timeEnd: c.time.end,
    reported: c.reported,
    source: claimantOf(c),
    sourceCountry: c.source.country,
    sourceOrg: c.source.org,
    sourcePerson: c.source.person,
    publisher: c.publisher,
    hedged: c.hedged,
    docDate: c.docDate,
    outlet: c.outlet,
    clusterId: c.clusterId,
    span: c.span,
    text: c.text,
    rules: c.rules,
  };
}

const TABLE_COLUMNS = [
  "id",
  "kind",
  "item",
  "figure",
  "actor",
  "recipient",
  "time",
  "source",
  "hedged",
  "text",
];
/** The CSV export's columns, shared by `lagebild claims --format csv` and `/api/claims?format=csv`. */
export const CLAIM_CSV_COLUMNS = [
  "id",
  "documentId",
  "kind",
  "item",
  "figure",
  "value",
  "min",
  "max",
  "approx",
  "vague",
  "actor",
  "recipient",
  "timeStart",
  "timeEnd",
  "reported",
  "source",
  "sourceCountry",
  "sourceOrg",
  "sourcePerson",
  "publisher",
  "hedged",
  "docDate",
  "outlet",
  "clusterId",
  "text",
];

export interface ClaimsOptions extends Omit<ClaimFilter, "documentId"> {
  db?: string;
  format: Format;
  doc?: number;
}

/** The rendered claim listing. */
export async function listClaims(opts: ClaimsOptions): Promise<string> {
  const { db, format, doc, ...filter } = opts;
  const claims = await withStore(db, (s) => s.claims({ ...filter, documentId: doc }));
  const rows = claims.map(claimRow);
  if (format === "json" || format === "jsonl")
    return render(
      claims.map((c) => ({ ...c, figure: formatFigure(c) })),
      format,
    );
  return render(rows, format, format === "table" ? TABLE_COLUMNS : CLAIM_CSV_COLUMNS);
}

export function claimsCommand(program: Command): void {
  program
    .command("claims")
    .description("list the stored figures with who claims them, when, and how sure the text is")
    .option("--db <location>", DB_HELP)
    .option("--item <item>", "soldier, worker, container, shell, missile, rocket, weapon_system, …")
    .option("--actor <code>", "who sends, fires, suffers or holds (country code, e.g. KP)", codeArg)
    .option("--recipient <code>", "who receives or is targeted (country code, e.g. RU)", codeArg)
    .option("--kind <kind>", "deployment, delivery, launch, casualties, inventory, composition, other")
    .option("--source <source>", "claimant: a country code, or part of an organisation's or person's name")
    .option("--from <date>", "about a time not before this ISO date", isoArg)
    .option("--to <date>", "about a time not after this ISO date", isoArg)
    .option("--doc <id>", "only this document's claims", countArg)
    .option("--limit <n>", "at most this many claims", countArg, 1000)
    .addOption(formatOption())
    .action(async (opts: ClaimsOptions) => {
      process.stdout.write(await listClaims(opts));
    });
}
