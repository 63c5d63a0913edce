/** @module Hand-built claims and events for the analysis tests (no extractor, no store). */
import type { AnalysedClaim } from "../../src/analyse/compare.js";
import type { AnalysedEvent } from "../../src/analyse/timeline.js";

let nextId = 1;

/** A claim with neutral defaults: deployment of soldiers KP → RU, October 2024, no source. */
export function claim(over: Partial<AnalysedClaim> & { id?: number } = {}): AnalysedClaim {
  const id = over.id ?? nextId++;
  return {
    id,
    documentId: id,
    clusterId: id,
    docDate: "2024-10",
    outlet: null,
    kind: "deployment",
    item: "soldier",
    value: null,
    min: null,
    max: null,
    approx: false,
    vague: null,
    actor: "KP",
    recipient: "RU",
    time: { start: "2024-10", end: null },
    reported: null,
    source: { country: null, org: null, person: null },
    publisher: null,
    hedged: false,
    text: "An invented evidence sentence.",
    span: [0, 30],
    ...over,
  };
}

export function src(country: string | null, org: string | null = null, person: string | null = null) {
  return { country, org, person };
}

export function event(over: Partial<AnalysedEvent> & { id?: number } = {}): AnalysedEvent {
  const id = over.id ?? nextId++;
  return {
    id,
    documentId: id,
    clusterId: id,
    docDate: "2024-10",
    kind: "visit",
    participants: [],
    actor: null,
    location: null,
    time: { start: null, end: null },
    text: "An invented event sentence.",
    span: [0, 27],
    ...over,
  };
}
