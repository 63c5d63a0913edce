/**
 * @module Comparing two claims: do they measure the same series, are their sources independent, and
 * do their figures agree, disagree, or stand in an update or part-of-whole relation.
 */
import type { ClaimRecord } from "../core/records.js";
import type { StoredClaim } from "../store/types.js";
import { figureRange, hasFigure, type Range } from "./figure.js";
import { asOf, lastDay, type Period, periodOf, periodsOverlap, strictlyWithin } from "./period.js";

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

/** A claim with what every comparison needs computed once (ranges, periods, keys). */
export interface Prepared<C extends AnalysedClaim = AnalysedClaim> {
  claim: C;
  series: string;
  key: string;
  range: Range | null;
  period: Period | null;
  /** last day of the as-of date, or null */
  asOfDay: string | null;
  running: boolean;
  additive: boolean;
}

export function prepare<C extends AnalysedClaim>(c: C, opts: CompareOptions = {}): Prepared<C> {
  const running = (opts.cumulativeKinds ?? CUMULATIVE_KINDS).includes(c.kind);
  const at = asOf(c);
  return {
    claim: c,
    series: seriesKey(c),
    key: independenceKey(c),
    range: hasFigure(c) ? figureRange(c) : null,
    period: periodOf(c, running),
    asOfDay: at ? lastDay(at) : null,
    running,
    additive: (opts.additiveKinds ?? ADDITIVE_KINDS).includes(c.kind),
  };
}

/** The relation of two prepared claims (see Relation). */
export function relatePrepared(a: Prepared, b: Prepared): Relation {
  if (a.series !== b.series || !a.range || !b.range) return "unrelated";
  const pa = a.period;
  const pb = b.period;
  if (!pa || !pb) return "undated";
  if (!periodsOverlap(pa, pb)) return "separate";
  const ra = a.range;
  const rb = b.range;
  if (ra.low <= rb.high && rb.low <= ra.high) return "compatible";
  if (a.running) {
    if (a.asOfDay == null || b.asOfDay == null) return "unordered";
    if (a.asOfDay !== b.asOfDay) {
      const [earlier, later] = a.asOfDay < b.asOfDay ? [ra, rb] : [rb, ra];
      return later.low > earlier.high ? "update" : "disagreement";
    }
  }
  if (a.additive) {
    if (strictlyWithin(pa, pb) && ra.high < rb.low) return "part";
    if (strictlyWithin(pb, pa) && rb.high < ra.low) return "part";
  }
  return "disagreement";
}

export function relate(a: AnalysedClaim, b: AnalysedClaim, opts: CompareOptions = {}): Relation {
  return relatePrepared(prepare(a, opts), prepare(b, opts));
}

/**
 * Calls `visit` for every pair of claims of one series whose periods overlap and which both state a
 * figure, with their relation. A sweep over periods sorted by start skips pairs that cannot overlap,
 * so a series spread over years costs far less than all pairs.
 */
export function forEachOverlappingPair<C extends AnalysedClaim>(
  claims: readonly C[],
  opts: CompareOptions,
  visit: (a: Prepared<C>, b: Prepared<C>, rel: Relation) => void,
): void {
  const bySeries = new Map<string, Prepared<C>[]>();
  for (const c of claims) {
    const p = prepare(c, opts);
    if (!p.range || !p.period) continue;
    const list = bySeries.get(p.series) ?? [];
    list.push(p);
    bySeries.set(p.series, list);
  }
  for (const list of bySeries.values()) {
    // open starts first, then by first day; ties by id so the pair order is stable
    list.sort(
      (x, y) => (x.period!.from ?? "").localeCompare(y.period!.from ?? "") || x.claim.id - y.claim.id,
    );
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const to = a.period!.to;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        if (to != null && b.period!.from != null && b.period!.from > to) break;
        visit(a, b, relatePrepared(a, b));
      }
    }
  }
}
