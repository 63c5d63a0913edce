/**
 * @module Corroboration: for each claim, how many independent sources assert a compatible figure and
 * how many contradict it. Copies within one story cluster, and figures passed on from the same original
 * claimant, count once (see `independenceKey`).
 */
import {
  type AnalysedClaim,
  type CompareOptions,
  forEachOverlappingPair,
  independenceKey,
} from "./compare.js";

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
  const agreeing = new Map<number, Map<string, number[]>>();
  const contradicting = new Map<number, Map<string, number[]>>();
  const note = (into: Map<number, Map<string, number[]>>, id: number, key: string, other: number) => {
    let byKey = into.get(id);
    if (!byKey) {
      byKey = new Map<string, number[]>();
      into.set(id, byKey);
    }
    const ids = byKey.get(key);
    if (ids) ids.push(other);
    else byKey.set(key, [other]);
  };
  forEachOverlappingPair(claims, opts, (a, b, rel) => {
    if (a.key === b.key) return;
    const into = rel === "compatible" ? agreeing : rel === "disagreement" ? contradicting : null;
    if (!into) return;
    note(into, a.claim.id, b.key, b.claim.id);
    note(into, b.claim.id, a.key, a.claim.id);
  });
  const out = new Map<number, Corroboration>();
  for (const c of claims) {
    const agree = agreeing.get(c.id) ?? new Map<string, number[]>();
    const against = contradicting.get(c.id) ?? new Map<string, number[]>();
    out.set(c.id, {
      claimId: c.id,
      sourceKey: independenceKey(c),
      sources: 1 + agree.size,
      corroboratedBy: [...agree.values()].flat().sort((x, y) => x - y),
      contradictions: against.size,
      contradictedBy: [...against.values()].flat().sort((x, y) => x - y),
    });
  }
  return out;
}
