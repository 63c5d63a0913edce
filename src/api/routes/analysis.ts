/**
 * @module Analysis endpoints: `/api/timeline`, `/api/indicators`, `/api/flows`, `/api/hypotheses` and
 * `/api/dashboard`, thin wrappers over `src/analyse`.
 */
import { z } from "zod/v4";
import {
  analyseFlows,
  analyseHypotheses,
  analyseIndicators,
  analyseTimeline,
  hypothesisDir,
  listHypothesisSets,
} from "../../analyse/index.js";
import { type Endpoint, endpoint } from "../endpoint.js";
import { ApiCode, ApiError } from "../errors.js";
import { Dashboard, FlowGraph, HypothesisMatrix, Series, TimelineEntry } from "../schemas.js";
import { code, isoDate, limit, word } from "../validate.js";

/** `visit,military_action` → `["visit", "military_action"]` */
const list = z
  .string()
  .regex(/^[a-z_]+(,[a-z_]+)*$/, "expected a comma-separated list of lower-case names")
  .transform((s) => s.split(","));

const SeriesQuery = {
  kind: word.optional(),
  item: word.optional(),
  actor: code.optional(),
  recipient: code.optional(),
};

export const analysisRoutes: Endpoint[] = [
  endpoint({
    method: "get",
    path: "/api/timeline",
    response: z.strictObject({ entries: z.array(TimelineEntry) }),
    summary: "Claims and events ordered by the time they are about",
    tag: "analysis",
    query: z.strictObject({
      actor: word.optional(),
      kind: word.optional(),
      item: word.optional(),
      source: word.optional(),
      type: z.enum(["claim", "event"]).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: limit(100_000, 1000),
    }),
    handler: async ({ query, ctx }) => ({ entries: await analyseTimeline(ctx.store, query) }),
  }),
  endpoint({
    method: "get",
    path: "/api/indicators",
    response: z.strictObject({ series: z.array(Series) }),
    summary: "Indicator series (kind+item+actor+recipient), graded points, disagreements flagged",
    tag: "analysis",
    query: z.strictObject({ ...SeriesQuery, minPoints: z.coerce.number().int().min(1).max(1000).optional() }),
    handler: async ({ query, ctx }) => ({ series: await analyseIndicators(ctx.store, query) }),
  }),
  endpoint({
    method: "get",
    path: "/api/flows",
    response: z.strictObject({ graph: FlowGraph }),
    summary: "Flow graph: what moves from which country to which (claims, optionally events)",
    tag: "analysis",
    query: z.strictObject({ country: code.optional(), item: word.optional(), events: list.optional() }),
    handler: async ({ query, ctx }) => ({
      graph: await analyseFlows(ctx.store, {
        country: query.country,
        item: query.item,
        eventKinds: query.events,
      }),
    }),
  }),
  endpoint({
    method: "get",
    path: "/api/hypotheses",
    response: z.strictObject({
      sets: z.array(z.strictObject({ id: z.string(), title: z.string(), about: z.string().nullable() })),
      invalid: z.array(z.string()),
    }),
    summary: "The hypothesis sets available for a matrix",
    tag: "analysis",
    handler: ({ ctx }) => {
      const { sets, errors } = listHypothesisSets(ctx.hypothesesDir ?? hypothesisDir());
      return {
        sets: sets.map((s) => ({ id: s.id, title: s.title, about: s.about ?? null })),
        invalid: errors.map((e) => e.message),
      };
    },
  }),
  endpoint({
    method: "get",
    path: "/api/hypotheses/{id}",
    response: z.strictObject({ matrix: HypothesisMatrix }),
    summary: "The analysis-of-competing-hypotheses matrix of one set against the stored evidence",
    tag: "analysis",
    params: z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "not a set id") }),
    responses: { 404: "no such hypothesis set" },
    handler: async ({ params, ctx }) => {
      const set = listHypothesisSets(ctx.hypothesesDir ?? hypothesisDir()).sets.find(
        (s) => s.id === params.id,
      );
      if (!set) throw new ApiError(404, ApiCode.NOT_FOUND, `no hypothesis set "${params.id}"`);
      return { matrix: await analyseHypotheses(ctx.store, set) };
    },
  }),
  endpoint({
    method: "get",
    path: "/api/dashboard",
    response: Dashboard,
    summary: "Overview: counts, latest figure per indicator, disagreements, newest events",
    tag: "analysis",
    query: z.strictObject({ events: limit(100, 10) }),
    handler: async ({ query, ctx }) => {
      const [docs, claimList, series, events] = await Promise.all([
        ctx.store.documentIds(),
        ctx.store.claims({ limit: 1_000_000_000 }),
        analyseIndicators(ctx.store),
        analyseTimeline(ctx.store, { type: "event" }),
      ]);
      const latest = series
        .filter((s) => s.latest)
        .sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key))
        .map((s) => ({
          key: s.key,
          kind: s.kind,
          item: s.item,
          actor: s.actor,
          recipient: s.recipient,
          points: s.points.length,
          sources: s.sources,
          range: s.range,
          latest: s.latest,
        }));
      // The same two figures from the same two sources (copies in several articles) are listed once.
      const seen = new Set<string>();
      const disagreements = series.flatMap((s) =>
        s.flags
          .filter((f) => f.type === "disagreement")
          .filter((f) => {
            const sides = [0, 1].map((i) => `${f.figures[i]}|${f.sources[i]}`).sort();
            const key = `${s.key}|${sides.join("|")}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          })
          .map((f) => ({ series: s.key, ...f })),
      );
      const newest = events
        .filter((e) => e.at)
        .slice(-query.events)
        .reverse();
      return {
        counts: {
          documents: docs.length,
          claims: claimList.length,
          events: events.length,
          series: series.length,
        },
        latest,
        disagreements,
        events: newest,
      };
    },
  }),
];
