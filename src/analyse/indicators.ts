/**
 * @module Indicators: one series of figures per (kind, item, actor, recipient) — e.g. North Korean
 * soldiers in Russia — each point a claim with its figure, time and source, and flags where
 * independent sources disagree.
 */
import {
  type AnalysedClaim,
  type CompareOptions,
  claimantOf,
  forEachOverlappingPair,
  independenceKey,
  seriesKey,
} from "./compare.js";
import { type Figure, formatFigure, hasFigure, representative } from "./figure.js";
import { asOf, compareAsOf, compareIso, placeOf } from "./period.js";

export interface IndicatorPoint {
  claimId: number;
  documentId: number;
  clusterId: number;
  /** the figure as stated: `≤ 12 000`, `~10 000` */
  figure: string;
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  vague: Figure["vague"];
  time: { start: string | null; end: string | null };
  reported: string | null;
  /** the date the figure stands as of (period end, else reported, else document date), or null */
  asOf: string | null;
  /** where the point goes on a time axis (as-of, else period start) */
  at: string | null;
  /** who the text attributes it to (`Department of Defense`, `KR`), or null */
  source: string | null;
  sourceKey: string;
  outlet: string | null;
  hedged: boolean;
  text: string;
  span: [number, number];
}

/** `disagreement` between independent sources; `revision` when one source changed its figure; `update` of a running total. */
export interface IndicatorFlag {
  type: "disagreement" | "revision" | "update";
  claims: [number, number];
  figures: [string, string];
  sources: [string, string];
}

export interface IndicatorSeries {
  key: string;
  kind: string;
  item: string;
  actor: string | null;
  recipient: string | null;
  /** points ordered by time */
  points: IndicatorPoint[];
  /** the point with the latest as-of date */
  latest: IndicatorPoint | null;
  /** smallest and largest stated figure */
  range: { lowest: string; highest: string } | null;
  flags: IndicatorFlag[];
  /** number of independent sources among the points */
  sources: number;
}

export function toPoint(c: AnalysedClaim): IndicatorPoint {
  return {
    claimId: c.id,
    documentId: c.documentId,
    clusterId: c.clusterId,
    figure: formatFigure(c),
    value: c.value,
    min: c.min,
    max: c.max,
    approx: c.approx,
    vague: c.vague,
    time: { start: c.time.start, end: c.time.end },
    reported: c.reported,
    asOf: asOf(c),
    at: placeOf(c),
    source: claimantOf(c),
    sourceKey: independenceKey(c),
    outlet: c.outlet,
    hedged: c.hedged,
    text: c.text,
    span: c.span,
  };
}

/** Who a figure is from, for people: the claimant, else `unattributed (outlet)`. */
export function sourceLabel(
  c: Pick<AnalysedClaim, "source" | "publisher" | "outlet" | "documentId">,
): string {
  return claimantOf(c) ?? `unattributed (${c.outlet ?? `document ${c.documentId}`})`;
}

/** Flags between the points of one series (or several: pairs never cross series); each pair earlier first. */
export function seriesFlags(claims: readonly AnalysedClaim[], opts: CompareOptions = {}): IndicatorFlag[] {
  const flags: IndicatorFlag[] = [];
  const figures = new Map<number, string>();
  const labels = new Map<number, string>();
  const figureOf = (c: AnalysedClaim) => figures.get(c.id) ?? figures.set(c.id, formatFigure(c)).get(c.id)!;
  const labelOf = (c: AnalysedClaim) => labels.get(c.id) ?? labels.set(c.id, sourceLabel(c)).get(c.id)!;
  forEachOverlappingPair(claims, opts, (pa, pb, rel) => {
    let type: IndicatorFlag["type"] | null = null;
    if (rel === "disagreement") type = pa.key === pb.key ? "revision" : "disagreement";
    else if (rel === "update") type = "update";
    if (!type) return;
    const order = compareAsOf(pa.asOfDay, pb.asOfDay) || pa.claim.id - pb.claim.id;
    const [a, b] = order <= 0 ? [pa.claim, pb.claim] : [pb.claim, pa.claim];
    flags.push({
      type,
      claims: [a.id, b.id],
      figures: [figureOf(a), figureOf(b)],
      sources: [labelOf(a), labelOf(b)],
    });
  });
  return flags.sort((x, y) => x.claims[0] - y.claims[0] || x.claims[1] - y.claims[1]);
}

/** Groups claims with a figure into series, ordered by series key; points by time. */
export function buildIndicators(
  claims: readonly AnalysedClaim[],
  opts: CompareOptions = {},
): IndicatorSeries[] {
  const groups = new Map<string, AnalysedClaim[]>();
  for (const c of claims) {
    if (!hasFigure(c)) continue;
    const key = seriesKey(c);
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const out: IndicatorSeries[] = [];
  for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort((a, b) => compareIso(placeOf(a), placeOf(b)) || a.id - b.id);
    const points = sorted.map(toPoint);
    const first = sorted[0]!;
    out.push({
      key,
      kind: first.kind,
      item: first.item,
      actor: first.actor,
      recipient: first.recipient,
      points,
      latest: latestPoint(points),
      range: rangeOf(sorted),
      flags: seriesFlags(sorted, opts),
      sources: new Set(points.map((p) => p.sourceKey)).size,
    });
  }
  return out;
}

/** The point with the latest as-of date; points known only by their period start are used when no point has one. */
function latestPoint(points: readonly IndicatorPoint[]): IndicatorPoint | null {
  const dated = points.filter((p) => p.asOf != null);
  const pool = dated.length ? dated : points.filter((p) => p.at != null);
  let best: IndicatorPoint | null = null;
  for (const p of pool) if (!best || compareAsOf(p.asOf ?? p.at, best.asOf ?? best.at) >= 0) best = p;
  return best;
}

function rangeOf(claims: readonly AnalysedClaim[]): IndicatorSeries["range"] {
  const ranked = claims
    .map((c) => ({ c, r: representative(c) }))
    .filter((x): x is { c: AnalysedClaim; r: number } => x.r != null)
    .sort((a, b) => a.r - b.r);
  if (!ranked.length) return null;
  return { lowest: formatFigure(ranked[0]!.c), highest: formatFigure(ranked[ranked.length - 1]!.c) };
}

/** Selects series: fields given must match (`actor: "KP"`, `item: "soldier"`). */
export interface SeriesFilter {
  kind?: string;
  item?: string;
  actor?: string;
  recipient?: string;
}

export function matchesSeries(s: Pick<IndicatorSeries, keyof SeriesFilter>, f: SeriesFilter): boolean {
  return (
    (!f.kind || s.kind === f.kind) &&
    (!f.item || s.item === f.item) &&
    (!f.actor || s.actor === f.actor) &&
    (!f.recipient || s.recipient === f.recipient)
  );
}
