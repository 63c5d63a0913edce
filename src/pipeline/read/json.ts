/**
 * @module JSON and JSONL article records `{text, title, url, date, outlet}`: `.json` holds an object or
 * an array of them, `.jsonl` one per line. Each record succeeds or fails on its own.
 */
import { z } from "zod";
import type { Document } from "../../core/document.js";
import { ErrorCode, InputError } from "../../core/errors.js";
import { parseMetaDate } from "./dates.js";
import { buildDocument, hostOutlet } from "./document.js";

const ArticleRecord = z.object({
  text: z.string({ required_error: "missing the required string field `text`" }),
  title: z.string().nullish(),
  url: z.string().nullish(),
  date: z.string().nullish(),
  outlet: z.string().nullish(),
});

export type JsonOutcome = { ok: true; doc: Document; origin: string } | { ok: false; error: InputError };

/**
 * `{"text": "…", "date": "2024-10-08", "outlet": "Example"}` → one Document whose origin is the path
 * (for a `.jsonl` file `path:line`, for an array `path[index]`).
 */
export function readJsonRecords(content: string, input: string, lines: boolean, now?: Date): JsonOutcome[] {
  if (lines) {
    const out: JsonOutcome[] = [];
    content.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const origin = `${input}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        out.push({ ok: false, error: badJson(origin, (err as Error).message) });
        return;
      }
      out.push(recordOutcome(value, origin, now));
    });
    return out;
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    return [{ ok: false, error: badJson(input, (err as Error).message) }];
  }
  if (Array.isArray(value)) return value.map((v, i) => recordOutcome(v, `${input}[${i}]`, now));
  return [recordOutcome(value, input, now)];
}

function recordOutcome(value: unknown, origin: string, now?: Date): JsonOutcome {
  try {
    return { ok: true, doc: documentFromRecord(value, origin, now), origin };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err };
    throw err;
  }
}

export function documentFromRecord(value: unknown, origin: string, now?: Date): Document {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badJson(origin, "not an object with a `text` field");
  }
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badJson(
      origin,
      issue.path.length ? `field \`${issue.path.join(".")}\`: ${issue.message}` : issue.message,
    );
  }
  const r = parsed.data;
  if (!r.text.trim()) throw new InputError(ErrorCode.EMPTY, origin, "the `text` field is empty");
  const date = r.date ? parseMetaDate(r.date) : null;
  if (r.date && !date) throw new InputError(ErrorCode.BAD_DATE, origin, `unreadable date "${r.date}"`);
  return buildDocument({
    text: r.text,
    origin,
    title: r.title ?? null,
    url: r.url ?? null,
    outlet: r.outlet ?? (r.url ? hostOutlet(r.url) : null),
    date,
    ...(now ? { now } : {}),
  });
}

function badJson(origin: string, reason: string): InputError {
  return new InputError(ErrorCode.BAD_JSON, origin, `malformed JSON: ${reason}`);
}
