/**
 * @module Comparing two claims: do they measure the same series, are their sources independent, and
 * do their figures agree, disagree, or stand in an update or part-of-whole relation.
 */
import type { ClaimRecord } from "../core/records.js";
import type { StoredClaim } from "../store/types.js";
import { compatible, figureRange, hasFigure } from "./figure.js";
import { asOf, compareAsOf, periodOf, periodsOverlap, strictlyWithin } from "./period.js";

/** The claim fields the analysis reads: a stored claim, or a hand-built one in tests. */
export type AnalysedClaim = Pick<
  StoredClaim,
  | "id"
  | "documentId"
  | "clusterId"
  | "docDate"
  | "outlet"
  | "kind"
  | "item"
  | "value"
  | "min"
  | "max"
  | "approx"
  | "vague"
  | "actor"
  | "recipient"
  | "time"
  | "reported"
  | "source"
  | "publisher"
  | "hedged"
  | "text"
  | "span"
> &
  Partial<Pick<StoredClaim, "doc" | "figure" | "rules">>;

/** Indicator series: one per (kind, item, actor, recipient), e.g. `deployment|soldier|KP|RU`. */
export function seriesKey(c: Pick<ClaimRecord, "kind" | "item" | "actor" | "recipient">): string {
  return [c.kind, c.item, c.actor ?? "?", c.recipient ?? "?"].join("|");
}

/** Whom a figure goes back to: the claimant the text names (organisation, person, country), or the outlet's named source. */
export function claimantOf(c: Pick<AnalysedClaim, "source" | "publisher">): string | null {
  return c.source.org ?? c.source.person ?? c.source.country ?? c.publisher ?? null;
}

/**
 * Claims with the same key are one piece of evidence. A named claimant is the key wherever it is
 * printed (the Pentagon's figure passed on by ten outlets counts once); an unattributed figure is the
 * story's own, so every copy in one story cluster shares the key `cluster:<id>`.
 */
export function independenceKey(c: Pick<AnalysedClaim, "source" | "publisher" | "clusterId">): string {
  const claimant = claimantOf(c);
  return claimant ? `source:${claimant.trim().toLowerCase()}` : `cluster:${c.clusterId}`;
}

/** Running totals: a later, larger figure updates an earlier one (`7 000 containers` in March, `13 000` in October). */
export const CUMULATIVE_KINDS: readonly string[] = ["delivery", "launch", "casualties"];
/** Quantities that add up over time, so a figure for part of a period may be smaller than the whole's. */
export const ADDITIVE_KINDS: readonly string[] = ["deployment", "delivery", "launch", "casualties"];

export interface CompareOptions {
  cumulativeKinds?: readonly string[];
  additiveKinds?: readonly string[];
}

/**
 * - `compatible`: periods overlap and some value satisfies both figures
 * - `update`: a running total, the later one larger
 * - `part`: one period lies within the other and its figure is smaller (`1 500` shipped on 8–13 October
 *   beside `10 000` in Russia in October)
 * - `disagreement`: periods overlap and the figures cannot both be right
 * - `separate`: periods do not overlap; `undated`: a period is unknown; `unordered`: running totals of
 *   unknown order; `unrelated`: different series or no figure
 */
export type Relation =
  | "compatible"
  | "update"
  | "part"
  | "disagreement"
  | "separate"
  | "undated"
  | "unordered"
  | "unrelated";

export function relate(a: AnalysedClaim, b: AnalysedClaim, opts: CompareOptions = {}): Relation {
  if (seriesKey(a) !== seriesKey(b) || !hasFigure(a) || !hasFigure(b)) return "unrelated";
  const running = (opts.cumulativeKinds ?? CUMULATIVE_KINDS).includes(a.kind);
  const pa = periodOf(a, running);
  const pb = periodOf(b, running);
  if (!pa || !pb) return "undated";
  if (!periodsOverlap(pa, pb)) return "separate";
  if (compatible(a, b)) return "compatible";
  const ra = figureRange(a)!;
  const rb = figureRange(b)!;
  if (running) {
    if (asOf(a) == null || asOf(b) == null) return "unordered";
    const order = compareAsOf(asOf(a), asOf(b));
    if (order !== 0) {
      const [earlier, later] = order < 0 ? [ra, rb] : [rb, ra];
      return later.low > earlier.high ? "update" : "disagreement";
    }
  }
  if ((opts.additiveKinds ?? ADDITIVE_KINDS).includes(a.kind)) {
    if (strictlyWithin(pa, pb) && ra.high < rb.low) return "part";
    if (strictlyWithin(pb, pa) && rb.high < ra.low) return "part";
  }
  return "disagreement";
}
