/**
 * @module Number recognition (placeholder until the recognisers land: finds nothing).
 */
import type { NumberAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";

export function findNumbers(_text: string, _lang: Lang): NumberAnnotation[] {
  return [];
}
