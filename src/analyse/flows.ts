/**
 * @module Flows: who sends what to whom (North Korea → Russia: soldiers, shells, missiles; Russia →
 * North Korea: technology, oil, food), aggregated from claims and events as a graph of countries.
 */
import { type AnalysedClaim, independenceKey } from "./compare.js";
import { formatFigure, hasFigure } from "./figure.js";
import { asOf, compareAsOf, placeOf } from "./period.js";
import type { AnalysedEvent } from "./timeline.js";

/** Claim kinds that move something from the actor to the recipient. */
export const FLOW_CLAIM_KINDS: readonly string[] = ["delivery", "deployment"];

export interface FlowEdge {
  from: string;
  to: string;
  /** a claim item (`soldier`, `shell`), or `event:<kind>` for an event edge (`event:visit`) */
  item: string;
  kinds: string[];
  /** claims and events on this edge */
  count: number;
  claimIds: number[];
  eventIds: number[];
  /** independent sources among its claims */
  sources: number;
  /** no claim on the edge states a figure: a transfer mentioned without a number */
  qualitative: boolean;
  /** the figure with the latest as-of date, as stated (`13 000`, `≤ 12 000`) */
  latest: { figure: string; claimId: number; at: string | null } | null;
}

export interface FlowNode {
  id: string;
  out: number;
  in: number;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface FlowOptions {
  claimKinds?: readonly string[];
  /** event kinds drawn as edges from actor to location (e.g. `visit`, `military_action`); none by default */
  eventKinds?: readonly string[];
  /** keep only edges touching this country */
  country?: string;
  item?: string;
}

export function buildFlows(
  claims: readonly AnalysedClaim[],
  events: readonly AnalysedEvent[] = [],
  opts: FlowOptions = {},
): FlowGraph {
  const claimKinds = opts.claimKinds ?? FLOW_CLAIM_KINDS;
  const eventKinds = opts.eventKinds ?? [];
  const edges = new Map<string, FlowEdge & { claims: AnalysedClaim[] }>();
  const edgeFor = (from: string, to: string, item: string) => {
    const key = `${from}|${to}|${item}`;
    let e = edges.get(key);
    if (!e) {
      e = {
        from,
        to,
        item,
        kinds: [],
        count: 0,
        claimIds: [],
        eventIds: [],
        sources: 0,
        qualitative: true,
        latest: null,
        claims: [],
      };
      edges.set(key, e);
    }
    return e;
  };
  for (const c of claims) {
    if (!claimKinds.includes(c.kind) || !c.actor || !c.recipient || c.actor === c.recipient) continue;
    const e = edgeFor(c.actor, c.recipient, c.item);
    if (!e.kinds.includes(c.kind)) e.kinds.push(c.kind);
    e.count++;
    e.claimIds.push(c.id);
    e.claims.push(c);
  }
  for (const ev of events) {
    if (!eventKinds.includes(ev.kind) || !ev.actor || !ev.location || ev.actor === ev.location) continue;
    const e = edgeFor(ev.actor, ev.location, `event:${ev.kind}`);
    if (!e.kinds.includes(ev.kind)) e.kinds.push(ev.kind);
    e.count++;
    e.eventIds.push(ev.id);
  }
  const out: FlowEdge[] = [];
  for (const { claims: list, ...edge } of edges.values()) {
    const figured = list.filter(hasFigure);
    edge.qualitative = figured.length === 0;
    edge.sources = new Set(list.map(independenceKey)).size;
    // the latest among figures with a known as-of date; a bare period start only when none has one
    const dated = figured.filter((c) => asOf(c) != null);
    let latest: AnalysedClaim | null = null;
    for (const c of dated.length ? dated : figured) {
      if (!latest || compareAsOf(placeOf(c), placeOf(latest)) >= 0) latest = c;
    }
    edge.latest = latest ? { figure: formatFigure(latest), claimId: latest.id, at: placeOf(latest) } : null;
    if (opts.country && edge.from !== opts.country && edge.to !== opts.country) continue;
    if (opts.item && edge.item !== opts.item) continue;
    out.push(edge);
  }
  out.sort(
    (a, b) =>
      a.from.localeCompare(b.from) ||
      a.to.localeCompare(b.to) ||
      b.count - a.count ||
      a.item.localeCompare(b.item),
  );
  const nodes = new Map<string, FlowNode>();
  const node = (id: string) => nodes.get(id) ?? nodes.set(id, { id, out: 0, in: 0 }).get(id)!;
  for (const e of out) {
    node(e.from).out += e.count;
    node(e.to).in += e.count;
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges: out };
}
