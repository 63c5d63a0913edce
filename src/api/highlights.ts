/**
 * @module Highlights for the document view: the spans of a document's claims, figures, events and
 * entity mentions, cut into non-overlapping segments that cover the text, so the UI can wrap each
 * segment in one element (textContent only) without ever re-parsing or rewriting the text.
 */

export interface Mark {
  type: "claim" | "figure" | "event" | "mention";
  /** claim or event id; for mentions the gazetteer entity id */
  ref: number | string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** indexes into the marks list of every mark covering this segment */
  marks: number[];
}

/**
 * Cuts `[0, length)` at every mark boundary. Marks `[4,10)` and `[6,8)` over a 12-character text →
 * `[0,4) [] · [4,6) [0] · [6,8) [0,1] · [8,10) [0] · [10,12) []`. Marks outside the text are clipped.
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  const clipped = marks.map((m) => ({ start: clamp(m.start, length), end: clamp(m.end, length) }));
  for (const m of clipped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering: number[] = [];
    clipped.forEach((m, k) => {
      if (m.start <= start && end <= m.end) covering.push(k);
    });
    segments.push({ start, end, marks: covering });
  }
  return segments;
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, n));
}
