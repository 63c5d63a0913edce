/**
 * @module The analysis layer: pure functions over claims and events (re-exported below) and thin
 * `analyse*(store, …)` wrappers that fetch what they need through the Store interface.
 */
import type { SourceGrade, Store, StoredClaim, StoredEvent } from "../store/types.js";
import { type CompareOptions, seriesKey } from "./compare.js";
import { type Corroboration, corroborate } from "./corroboration.js";
import { buildFlows, type FlowGraph, type FlowOptions } from "./flows.js";
import { type ClaimGrade, type GradeBook, gradeBook, gradeClaims, readGradeFile } from "./grading.js";
import {
  evaluateHypotheses,
  type HypothesisMatrix,
  type HypothesisSet,
  readHypothesisSet,
} from "./hypotheses.js";
import {
  buildIndicators,
  type IndicatorPoint,
  type IndicatorSeries,
  matchesSeries,
  type SeriesFilter,
} from "./indicators.js";
import { buildTimeline, type TimelineEntry, type TimelineFilter } from "./timeline.js";

export * from "./compare.js";
export * from "./corroboration.js";
export * from "./figure.js";
export * from "./flows.js";
export * from "./grading.js";
export * from "./hypotheses.js";
export * from "./indicators.js";
export * from "./period.js";
export * from "./timeline.js";

/** The analysis reads every stored item; the store's default page size would cut it short. */
const ALL = 1_000_000_000;

async function allClaims(store: Store, f: { kind?: string; item?: string } = {}): Promise<StoredClaim[]> {
  return store.claims({ ...f, limit: ALL });
}

async function allEvents(store: Store, f: { kind?: string } = {}): Promise<StoredEvent[]> {
  return store.events({ ...f, limit: ALL });
}

/** Grades from the shipped/user grade file (default `data/grades/sources.json`), overridden by the store's. */
export async function loadGradeBook(store: Store, file?: string | URL): Promise<GradeBook> {
  const stored: SourceGrade[] = await store.sourceGrades();
  return gradeBook(readGradeFile(file), stored);
}

export async function analyseTimeline(
  store: Store,
  filter: TimelineFilter & { limit?: number } = {},
): Promise<TimelineEntry[]> {
  const wantClaims = filter.type !== "event";
  const wantEvents = filter.type !== "claim" && !filter.item;
  const [claims, events] = await Promise.all([
    wantClaims ? allClaims(store, { kind: filter.kind, item: filter.item }) : [],
    wantEvents ? allEvents(store, { kind: filter.kind }) : [],
  ]);
  const entries = buildTimeline(claims, events, filter);
  return filter.limit != null ? entries.slice(0, filter.limit) : entries;
}

export interface IndicatorOptions extends SeriesFilter, CompareOptions {
  /** grade file to merge with the store's grades */
  gradesFile?: string | URL;
  /** keep series with at least this many points */
  minPoints?: number;
}

/** A series point with its Admiralty code (`F2`), credibility and number of agreeing independent sources. */
export type GradedPoint = IndicatorPoint & { code: string; credibility: number; corroboration: number };
export type GradedSeries = Omit<IndicatorSeries, "points" | "latest"> & {
  points: GradedPoint[];
  latest: GradedPoint | null;
};

export async function analyseIndicators(store: Store, opts: IndicatorOptions = {}): Promise<GradedSeries[]> {
  const claims = await allClaims(store, { kind: opts.kind, item: opts.item });
  const inSeries = claims.filter((c) => matchesSeries(c, opts));
  const grades = gradeClaims(inSeries, await loadGradeBook(store, opts.gradesFile), opts);
  const graded = (p: IndicatorPoint): GradedPoint => {
    const g = grades.get(p.claimId)!;
    return { ...p, code: g.code, credibility: g.credibility, corroboration: g.corroboration.sources };
  };
  return buildIndicators(inSeries, opts)
    .filter((s) => s.points.length >= (opts.minPoints ?? 1))
    .map((s) => ({ ...s, points: s.points.map(graded), latest: s.latest ? graded(s.latest) : null }));
}

export async function analyseCorroboration(
  store: Store,
  opts: SeriesFilter & CompareOptions = {},
): Promise<(Corroboration & { series: string })[]> {
  const claims = (await allClaims(store, { kind: opts.kind, item: opts.item })).filter((c) =>
    matchesSeries(c, opts),
  );
  const byId = new Map(claims.map((c) => [c.id, c]));
  return [...corroborate(claims, opts).values()].map((k) => ({
    ...k,
    series: seriesKey(byId.get(k.claimId)!),
  }));
}

export async function analyseGrades(
  store: Store,
  opts: SeriesFilter & CompareOptions & { gradesFile?: string | URL } = {},
): Promise<(ClaimGrade & { claim: StoredClaim })[]> {
  const claims = (await allClaims(store, { kind: opts.kind, item: opts.item })).filter((c) =>
    matchesSeries(c, opts),
  );
  const grades = gradeClaims(claims, await loadGradeBook(store, opts.gradesFile), opts);
  return claims.map((c) => ({ ...grades.get(c.id)!, claim: c }));
}

export async function analyseHypotheses(
  store: Store,
  set: HypothesisSet = readHypothesisSet(),
  opts: CompareOptions & { gradesFile?: string | URL } = {},
): Promise<HypothesisMatrix> {
  const [claims, events] = await Promise.all([allClaims(store), allEvents(store)]);
  const grades = gradeClaims(claims, await loadGradeBook(store, opts.gradesFile), opts);
  return evaluateHypotheses(set, claims, events, grades);
}

export async function analyseFlows(store: Store, opts: FlowOptions = {}): Promise<FlowGraph> {
  const [claims, events] = await Promise.all([
    allClaims(store),
    opts.eventKinds?.length ? allEvents(store) : Promise.resolve([]),
  ]);
  return buildFlows(claims, events, opts);
}
