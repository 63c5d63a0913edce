/**
 * @module Document: one article, its text exactly as read, and what is known about it.
 */
import type { Span } from "./span.js";

export type Lang = "de" | "en" | "other";

/** How precisely a date is known: `2024-10` is month precision. */
export type DatePrecision = "day" | "month" | "year";

/** A non-body range: page furniture that later stages must not extract from (the text stays intact). */
export interface FurnitureRange extends Span {
  /** the cue that started it, e.g. `de.furniture.verwendete-quellen` */
  rule: string;
}

export interface Document {
  /** the text as read; every offset in lagebild points into it */
  text: string;
  title: string | null;
  url: string | null;
  /** the outlet that published it (`tagesspiegel.de`, `Reuters`), where known */
  outlet: string | null;
  /** ISO date at its precision (`2024`, `2024-10`, `2024-10-08`), or null when unknown */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** true when the date was inferred from the text rather than given by the source */
  dateInferred: boolean;
  lang: Lang;
  /** sha256 hex of the text */
  hash: string;
  /** ISO timestamp */
  ingestedAt: string;
  /** where it came from: a file path, a URL, `stdin`, `path:line` for a JSON line */
  origin: string;
  /** page furniture, sorted, non-overlapping */
  nonBody: FurnitureRange[];
}

export function precisionOf(isoDate: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}/.test(isoDate)) return "day";
  if (/^\d{4}-\d{2}$/.test(isoDate)) return "month";
  return "year";
}

export function inBody(doc: Pick<Document, "nonBody">, span: Span): boolean {
  return !doc.nonBody.some((r) => span.start < r.end && r.start < span.end);
}
