/**
 * @module Character spans: `[start, end)` offsets into a Document's text, as JavaScript string indices.
 * Nothing in lagebild rewrites the text; every annotation points into it.
 */

export interface Span {
  /** inclusive start offset (UTF-16 code units) */
  start: number;
  /** exclusive end offset */
  end: number;
}

/** Every annotation names the rule that made it, e.g. `de.number.bis-zu`, so a wrong result is traced in one step. */
export interface Ruled {
  rule: string;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Keeps the longest of overlapping spans (ties: the earlier one), sorted by start.
 * The usual last refiner of a recogniser: `bis zu 12 000` beats `12 000`.
 * O(n log n): the kept spans stay sorted and disjoint, so a candidate only has to be checked
 * against its two neighbours there.
 */
export function dropOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of byLength) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid]!.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && overlaps(before, s)) || (after && overlaps(after, s))) continue;
    kept.splice(lo, 0, s);
  }
  return kept;
}
