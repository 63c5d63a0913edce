/**
 * @module `lagebild annotate [--format jsonl] [--date YYYY-MM-DD] [--lang de|en] FILE|-`: prints the
 * number and time annotations of one text, one line per annotation, sorted by start; offsets are
 * `[start, end)` into the text as read (UTF-8, without a byte-order mark).
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { NumberAnnotation, TimeAnnotation } from "../core/annotations.js";
import type { Lang } from "../core/document.js";
import { ErrorCode, InputError } from "../core/errors.js";
import { findNumbers } from "../pipeline/numbers/index.js";
import { findDateHeader, parseIsoDate } from "../pipeline/read/dates.js";
import { decodeBytes } from "../pipeline/read/decode.js";
import { detectLanguage } from "../pipeline/read/language.js";
import { findTimes } from "../pipeline/time/index.js";
import { type Format, parseFormat, render } from "./output.js";

export interface AnnotateOptions {
  /** the language to read the text in; detected from the text when absent */
  lang?: Lang;
  /** the reference date for relative times (`2024-10-08`, `2024-10`); else the text's ` date` header */
  date?: string | null;
}

export type AnnotationRow = Record<string, unknown> & { type: string; start: number; end: number };

export interface Annotated {
  lang: Lang;
  date: string | null;
  rows: AnnotationRow[];
}

function numberRow(a: NumberAnnotation): AnnotationRow {
  return {
    type: a.type,
    start: a.start,
    end: a.end,
    text: a.text,
    value: a.value,
    min: a.min,
    max: a.max,
    approx: a.approx,
    vague: a.vague,
    unit: a.unit,
    rule: a.rule,
  };
}

function timeRow(a: TimeAnnotation): AnnotationRow {
  return {
    type: "time",
    start: a.start,
    end: a.end,
    text: a.text,
    from: a.from,
    to: a.to,
    grain: a.grain,
    inferred: a.inferred,
    relative: a.relative,
    mod: a.mod,
    rule: a.rule,
  };
}

/**
 * The number and time annotations of `text`, sorted by start (numbers before times at the same start).
 * The ` date YYYY-MM` header of a plain-text article gives the reference date and is not annotated.
 *
 * @example
 * annotateText("Bis zu 12 000 Soldaten seit August 2023.", { lang: "de" }).rows
 * // → [{type: "number", text: "Bis zu 12 000", max: 12000, …}, {type: "time", text: "seit August 2023", …}]
 */
export function annotateText(text: string, opts: AnnotateOptions = {}, input = "text"): Annotated {
  const header = findDateHeader(text);
  if (header === "invalid")
    throw new InputError(ErrorCode.BAD_DATE, input, "the date header holds an impossible date");
  const date = opts.date ?? header?.date ?? null;
  const lang = opts.lang ?? detectLanguage(text);
  const skipBefore = header ? header.range.end : 0;
  const rows = [...findNumbers(text, lang).map(numberRow), ...findTimes(text, lang, { date }).map(timeRow)]
    .filter((r) => r.start >= skipBefore)
    .sort((a, b) => a.start - b.start || (a.type === "time" ? 1 : 0) - (b.type === "time" ? 1 : 0));
  return { lang, date, rows };
}

function parseLang(value: string): Lang {
  if (value === "de" || value === "en") return value;
  throw new Error(`unknown language "${value}" (expected de or en)`);
}

function parseDate(value: string): string {
  const parsed = parseIsoDate(value);
  if (!parsed || parsed.date !== value.trim()) {
    throw new InputError(
      ErrorCode.BAD_DATE,
      "--date",
      `"${value}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`,
    );
  }
  return parsed.date;
}

async function readInput(input: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if (input === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
      bytes = Buffer.concat(chunks);
    } else {
      bytes = await readFile(input);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(ErrorCode.NOT_FOUND, input, "no such file");
    throw new InputError(ErrorCode.UNREADABLE, input, err instanceof Error ? err.message : String(err));
  }
  return decodeBytes(bytes, input === "-" ? "stdin" : input).text;
}

const TABLE_COLUMNS = [
  "start",
  "end",
  "type",
  "text",
  "value",
  "min",
  "max",
  "approx",
  "vague",
  "unit",
  "from",
  "to",
  "grain",
  "rule",
];

export function annotateCommand(program: Command): void {
  program
    .command("annotate")
    .description("Print the numbers and time expressions of one text with their spans and values")
    .argument("<input>", "a text file, or - for stdin")
    .option("--format <format>", "jsonl, json, csv or table", parseFormat, "jsonl" as Format)
    .option(
      "--date <date>",
      "reference date for relative times (YYYY-MM-DD); default: the text's date header",
    )
    .option("--lang <lang>", "de or en; default: detected from the text", parseLang)
    .action(async (input: string, opts: { format: Format; date?: string; lang?: Lang }) => {
      try {
        const text = await readInput(input);
        const date = opts.date === undefined ? undefined : parseDate(opts.date);
        const result = annotateText(
          text,
          { ...(opts.lang ? { lang: opts.lang } : {}), ...(date ? { date } : {}) },
          input,
        );
        if (result.lang === "other") {
          process.stderr.write(
            `lagebild: ${input}: language not recognised as German or English; reading it as German\n`,
          );
        }
        process.stdout.write(
          render(result.rows, opts.format, opts.format === "table" ? TABLE_COLUMNS : undefined),
        );
      } catch (err) {
        process.stderr.write(`lagebild: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    });
}
