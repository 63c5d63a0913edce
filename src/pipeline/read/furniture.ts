/**
 * @module Page furniture: lines and trailing blocks that are not the article (author boxes, source
 * lists, "read more" links, badges), found by per-language cue lists and marked as non-body ranges.
 */
import type { FurnitureRange } from "../../core/document.js";

/**
 * One cue, as the language data files state it. `pattern` is tested against a whole line with its
 * surrounding whitespace trimmed, so it should be anchored (`^…$`).
 * - `line`: the line alone is furniture (`Mehr News zum Krieg in der Ukraine`, `Read more: …`).
 * - `block-to-end`: a heading that starts the trailing furniture of a page; everything from it to the
 *   end is non-body (`Verwendete Quellen`, `About the author`). Only honoured in the last part of the
 *   text, so that the same words as a heading early in an article do not swallow it.
 */
export interface FurnitureCue {
  rule: string;
  pattern: RegExp;
  scope: "block-to-end" | "line";
  /** for `block-to-end`: the fraction of the text the heading must start after, if not the default */
  after?: number;
}

export interface FurnitureOptions {
  /** a block-to-end heading must start after this fraction of the text (default 0.5) */
  minBlockFraction?: number;
}

/**
 * Applies cues to a text and returns sorted, non-overlapping ranges over the trimmed furniture lines
 * (and, for a block, to the end of the text). The text is not changed.
 *
 * @example
 * findFurniture("Bericht …\n\nÜber den Gesprächspartner\n\n• Dr. X ist …", deCues)
 * // → [{start: 11, end: 43, rule: "de.furniture.ueber-den-gespraechspartner"}]
 */
export function findFurniture(
  text: string,
  cues: readonly FurnitureCue[],
  opts: FurnitureOptions = {},
): FurnitureRange[] {
  const defaultAfter = opts.minBlockFraction ?? 0.5;
  const ranges: FurnitureRange[] = [];
  for (const line of lines(text)) {
    const cue = cues.find(
      (c) =>
        c.pattern.test(line.text) &&
        (c.scope === "line" || line.start >= text.length * (c.after ?? defaultAfter)),
    );
    if (!cue) continue;
    if (cue.scope === "block-to-end") {
      ranges.push({ start: line.start, end: text.length, rule: cue.rule });
      break;
    }
    ranges.push({ start: line.start, end: line.end, rule: cue.rule });
  }
  return ranges;
}

/**
 * Merges several range lists (e.g. a date header and furniture) into sorted, non-overlapping ranges;
 * of overlapping ranges the earlier-starting one is kept and extended.
 */
export function mergeRanges(...lists: readonly FurnitureRange[][]): FurnitureRange[] {
  const sorted = lists.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FurnitureRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

interface Line {
  /** the line with surrounding whitespace trimmed */
  text: string;
  start: number;
  end: number;
}

function* lines(text: string): Generator<Line> {
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    yield { text: trimmed, start, end: start + trimmed.length };
  }
}
