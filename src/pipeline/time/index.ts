/**
 * @module Time expression recognition (placeholder until the recognisers land: finds nothing).
 */
import type { TimeAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";

/** What relative expressions resolve against: the document's date at its precision, or null. */
export interface TimeReference {
  /** `2024-10-08`, `2024-10`, `2024` or null */
  date: string | null;
  /** the reference date was inferred from the text */
  inferred?: boolean;
}

export function findTimes(_text: string, _lang: Lang, _ref: TimeReference): TimeAnnotation[] {
  return [];
}
