/**
 * @module Inferring a document's date from its text, conservatively: a dateline (`Seoul, 19. Juni 2024 –`)
 * or, when the text speaks relatively (`gestern`, `am Dienstag`), the latest date it states (at month
 * precision, since the text may run a few days after it). Null when unsure.
 */
import type { TimeAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import { findTimes } from "./find-times.js";

/** A dateline: at the head of the text, after an optional place and comma (`Seoul, 19. Juni 2024`). */
const DATELINE =
  /^\s*(?:[\p{Lu}][\p{L}.-]*(?:[ /][\p{Lu}][\p{L}.-]*)*\s*(?:\([^)]{1,20}\))?\s*,?\s*)?(?:den\s+)?$/u;

export function inferDocumentDate(text: string, lang: Lang): string | null {
  const times: TimeAnnotation[] = findTimes(text, lang, { date: null });
  const head = times[0];
  if (
    head &&
    !head.relative &&
    head.grain === "day" &&
    head.from &&
    head.from === head.to &&
    head.start < 120
  ) {
    if (DATELINE.test(text.slice(0, head.start))) return head.from;
  }
  const speaksRelatively = times.some((t) => t.relative && (t.grain === "day" || t.grain === "month"));
  if (!speaksRelatively) return null;
  let latest: string | null = null;
  for (const t of times) {
    if (t.relative || t.mod !== null || !t.from || t.from !== t.to) continue;
    if (t.grain !== "day" && t.grain !== "month") continue;
    const month = t.from.slice(0, 7);
    if (!latest || month > latest) latest = month;
  }
  return latest;
}
