/**
 * @module Corroboration: for each claim, how many independent sources assert a compatible figure and
 * how many contradict it. Copies within one story cluster, and figures passed on from the same original
 * claimant, count once (see `independenceKey`).
 */
import { type AnalysedClaim, type CompareOptions, independenceKey, relate, seriesKey } from "./compare.js";

export interface Corroboration {
  claimId: number;
  sourceKey: string;
  /** independent sources asserting a compatible figure, the claim's own included (≥ 1) */
  sources: number;
  /** the claims of the other independent sources that agree */
  corroboratedBy: number[];
  /** independent sources (other than the claim's own) whose figure contradicts it */
  contradictions: number;
  contradictedBy: number[];
}

/** Corroboration of every claim against every other claim of its series. */
export function corroborate(
  claims: readonly AnalysedClaim[],
  opts: CompareOptions = {},
): Map<number, Corroboration> {
  const bySeries = new Map<string, AnalysedClaim[]>();
  for (const c of claims) {
    const list = bySeries.get(seriesKey(c)) ?? [];
    list.push(c);
    bySeries.set(seriesKey(c), list);
  }
  const out = new Map<number, Corroboration>();
  for (const list of bySeries.values()) {
    for (const c of list) {
      const own = independenceKey(c);
      const agreeing = new Map<string, number[]>();
      const contradicting = new Map<string, number[]>();
      for (const other of list) {
        if (other.id === c.id) continue;
        const key = independenceKey(other);
        if (key === own) continue;
        const rel = relate(c, other, opts);
        const bucket = rel === "compatible" ? agreeing : rel === "disagreement" ? contradicting : null;
        if (!bucket) continue;
        bucket.set(key, [...(bucket.get(key) ?? []), other.id]);
      }
      out.set(c.id, {
        claimId: c.id,
        sourceKey: own,
        sources: 1 + agreeing.size,
        corroboratedBy: [...agreeing.values()].flat(),
        contradictions: contradicting.size,
        contradictedBy: [...contradicting.values()].flat(),
      });
    }
  }
  return out;
}
