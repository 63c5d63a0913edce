/**
 * @module Document dates from metadata: ISO partial dates (`2024`, `2024-10`, `2024-10-08T09:00Z`),
 * feed dates (`Tue, 08 Oct 2024 09:00:00 GMT`), and the ` date YYYY-MM[-DD]` header of plain-text files.
 */
import type { DatePrecision, FurnitureRange } from "../../core/document.js";

export interface DocDate {
  date: string;
  precision: DatePrecision;
}

/**
 * An ISO 8601 date of year, month or day precision, optionally followed by a time (which is dropped:
 * a document's date is a calendar date). Returns null for anything else or an impossible date.
 * `2024-10-08T23:30:00+02:00` → `{date: "2024-10-08", precision: "day"}` (the date as the source wrote it).
 */
export function parseIsoDate(value: string): DocDate | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?\s*$/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo === undefined) return { date: y!, precision: "year" };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { date: `${y}-${mo}`, precision: "month" };
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return { date: `${y}-${mo}-${d}`, precision: "day" };
}

/**
 * Any date a feed or page gives: ISO first, else what `Date` understands (RFC 822 `pubDate`),
 * taken as the UTC calendar day. Null when unparseable.
 */
export function parseMetaDate(value: string | null | undefined): DocDate | null {
  if (!value) return null;
  const iso = parseIsoDate(value);
  if (iso) return iso;
  // an ISO-looking date that failed above is impossible (`2024-06-31`); `Date` would roll it over
  if (/^\s*\d{4}-\d/.test(value) || !/\d{4}/.test(value)) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return { date: new Date(t).toISOString().slice(0, 10), precision: "day" };
}

export interface DateHeader extends DocDate {
  range: FurnitureRange;
}

/**
 * The optional first-line header of a plain-text article: ` date 2024-10 Seit der …` (leading space
 * optional, followed by a space or a line break). The header stays in the text; its range is returned
 * so that it is marked non-body. Returns null when there is no header; `invalid` when the header is
 * there but its date is impossible (`date 2024-13`).
 */
export function findDateHeader(text: string): DateHeader | null | "invalid" {
  const m = /^ ?date (\d{4}(?:-\d{2}){1,2})(?=[ \t]|\r?\n|$)/.exec(text);
  if (!m) return null;
  const parsed = parseIsoDate(m[1]!);
  if (!parsed) return "invalid";
  return { ...parsed, range: { start: 0, end: m[0].length, rule: "header.date" } };
}
