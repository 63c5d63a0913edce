/**
 * @module Plain-text and Markdown articles: the text as read, with the optional first-line date header.
 */
import type { Document } from "../../core/document.js";
import { ErrorCode, InputError } from "../../core/errors.js";
import { findDateHeader } from "./dates.js";
import { buildDocument } from "./document.js";

/**
 * ` date 2024-10 Seit der …` → a Document dated 2024-10 (month precision) whose text still begins with
 * the header; the header range is non-body (`header.date`). Without a header the date is unknown.
 */
export function documentFromText(
  text: string,
  origin: string,
  now?: Date,
  meta: { url?: string | null; outlet?: string | null } = {},
): Document {
  const header = findDateHeader(text);
  if (header === "invalid") {
    throw new InputError(ErrorCode.BAD_DATE, origin, "the date header holds an impossible date");
  }
  return buildDocument({
    text,
    origin,
    date: header,
    nonBody: header ? [header.range] : [],
    url: meta.url ?? null,
    outlet: meta.outlet ?? null,
    ...(now ? { now } : {}),
  });
}
