/**
 * @module `lagebild extract --format jsonl FILE...`: prints the claims, events and entities of the given
 * inputs without a store, in the format of ../shared/eval/FORMAT.md (`doc` = the file's base name).
 */
import type { Command } from "commander";
import type { Document } from "../core/document.js";
import { ErrorCode, InputError } from "../core/errors.js";
import type { ExtractionRecord } from "../core/records.js";
import { EXTRACT_BATCH, extractBatch } from "../extract/index.js";
import { readInputs } from "../pipeline/read/index.js";
import { render } from "./output.js";

export type ExtractFormat = "jsonl" | "json" | "table";
const EXTRACT_FORMATS: readonly ExtractFormat[] = ["jsonl", "json", "table"];

export function parseExtractFormat(value: string): ExtractFormat {
  if ((EXTRACT_FORMATS as readonly string[]).includes(value)) return value as ExtractFormat;
  throw new Error(`unknown format "${value}" (expected one of ${EXTRACT_FORMATS.join(", ")})`);
}

/** Every record of every readable input, in input order; unreadable inputs are returned as errors. */
export async function extractInputs(
  inputs: readonly string[],
): Promise<{ records: ExtractionRecord[]; errors: InputError[] }> {
  const records: ExtractionRecord[] = [];
  const errors: InputError[] = [];
  let pending: { doc: Document; name: string }[] = [];
  const flush = () => {
    for (const [k, x] of extractBatch(pending).entries()) {
      if (x instanceof Error) {
        const origin = pending[k]!.doc.origin;
        errors.push(new InputError(ErrorCode.PIPELINE, origin, `extraction failed: ${x.message}`));
      } else records.push(...x.claims, ...x.events, ...x.entities);
    }
    pending = [];
  };
  for await (const outcome of readInputs(inputs)) {
    if (!outcome.ok) {
      errors.push(outcome.error);
      continue;
    }
    pending.push({ doc: outcome.doc, name: outcome.name });
    if (pending.length >= EXTRACT_BATCH) flush();
  }
  flush();
  return { records, errors };
}

function figure(r: ExtractionRecord): string {
  if (r.type !== "claim") return "";
  if (r.value !== null) return `${r.approx ? "~" : ""}${r.value}`;
  if (r.min !== null || r.max !== null) return `${r.min ?? ""}..${r.max ?? ""}`;
  return r.vague ?? "";
}

/** A flat row for the table: what a person scans first. */
function tableRow(r: ExtractionRecord): Record<string, unknown> {
  const base = { doc: r.doc, type: r.type };
  switch (r.type) {
    case "claim":
      return {
        ...base,
        what: `${r.kind} ${r.item}`,
        figure: figure(r),
        who: `${r.actor ?? "?"}→${r.recipient ?? "?"}`,
        time: r.time.start ? `${r.time.start}..${r.time.end ?? ""}` : "",
        source:
          [r.source.country, r.source.org, r.source.person].filter(Boolean).join(" ") +
          (r.hedged ? " (hedged)" : ""),
        text: r.text,
      };
    case "event":
      return {
        ...base,
        what: r.kind,
        figure: "",
        who: `${r.actor ?? "?"}@${r.location ?? "?"}`,
        time: r.time.start ?? "",
        source: r.participants.join("; "),
        text: r.text,
      };
    case "entity":
      return {
        ...base,
        what: r.category,
        figure: "",
        who: r.name,
        time: "",
        source: "",
        text: `${r.spans.length} mention(s)`,
      };
  }
}

export function formatRecords(records: readonly ExtractionRecord[], format: ExtractFormat): string {
  if (format === "table") return render(records.map(tableRow), "table");
  return render(records as unknown as Record<string, unknown>[], format);
}

export function extractCommand(program: Command): void {
  program
    .command("extract")
    .description(
      "Print the claims, events and entities of articles (files, folders, URLs, - for stdin) without a store",
    )
    .argument("<inputs...>", "files, folders, URLs or - for stdin")
    .option("-f, --format <format>", "jsonl | json | table", parseExtractFormat, "jsonl" as ExtractFormat)
    .action(async (inputs: string[], opts: { format: ExtractFormat }) => {
      const { records, errors } = await extractInputs(inputs);
      process.stdout.write(formatRecords(records, opts.format));
      for (const e of errors) process.stderr.write(`lagebild extract: ${e.message}\n`);
      if (errors.length) process.exitCode = 1;
    });
}
