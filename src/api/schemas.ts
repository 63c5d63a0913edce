/**
 * @module Response shapes for `/openapi.json`, as zod schemas. Records are loose objects (a record may
 * carry more fields than listed); the API tests parse every endpoint's answer with its schema, so the
 * document cannot promise what the server does not send.
 */
import { z } from "zod/v4";

const nullableString = z.string().nullable();
const span = z.tuple([z.number().int(), z.number().int()]);
const TimeRef = z.object({ start: nullableString, end: nullableString });
const SourceRef = z.object({ country: nullableString, org: nullableString, person: nullableString });

const Stored = {
  id: z.number().int(),
  documentId: z.number().int(),
  clusterId: z.number().int(),
  docDate: nullableString,
  outlet: nullableString,
  extractorVersion: z.string(),
};

export const Claim = z.looseObject({
  ...Stored,
  kind: z.string(),
  item: z.string(),
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  approx: z.boolean(),
  vague: nullableString,
  actor: nullableString,
  recipient: nullableString,
  time: TimeRef,
  reported: nullableString,
  source: SourceRef,
  publisher: nullableString,
  hedged: z.boolean(),
  span,
  text: z.string(),
  figure: span.nullable(),
  rules: z.array(z.string()),
  /** the figure as stated: `≤ 12 000`, `~10 000`, `thousands` */
  figureText: z.string(),
});

export const Event = z.looseObject({
  ...Stored,
  kind: z.string(),
  participants: z.array(z.string()),
  actor: nullableString,
  location: nullableString,
  time: TimeRef,
  span,
  text: z.string(),
  rules: z.array(z.string()),
});

export const DocumentSummary = z.looseObject({
  id: z.number().int(),
  title: nullableString,
  url: nullableString,
  outlet: nullableString,
  date: nullableString,
  lang: z.string(),
  origin: z.string(),
  ingestedAt: z.string(),
  clusterId: z.number().int(),
  chars: z.number().int(),
  claims: z.number().int(),
  events: z.number().int(),
});

export const StoredDocument = z.looseObject({
  id: z.number().int(),
  clusterId: z.number().int(),
  text: z.string(),
  title: nullableString,
  url: nullableString,
  outlet: nullableString,
  date: nullableString,
  lang: z.string(),
  origin: z.string(),
  hash: z.string(),
});

export const Mention = z.looseObject({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  entity: z.string(),
  name: z.string(),
  category: z.string(),
  rule: z.string(),
});

export const Mark = z.strictObject({
  type: z.enum(["claim", "figure", "event", "mention"]),
  ref: z.union([z.number().int(), z.string()]),
  start: z.number().int(),
  end: z.number().int(),
});

export const Segment = z.strictObject({
  start: z.number().int(),
  end: z.number().int(),
  marks: z.array(z.number().int()).describe("indexes into `marks`"),
});

export const Entity = z.looseObject({
  documentId: z.number().int(),
  name: z.string(),
  category: z.string(),
  id: z.string(),
  spans: z.array(span),
});

export const SearchHit = z.strictObject({
  documentId: z.number().int(),
  title: nullableString,
  snippet: z.string(),
  rank: z.number(),
});

export const TimelineEntry = z.looseObject({
  type: z.enum(["claim", "event"]),
  id: z.number().int(),
  documentId: z.number().int(),
  at: nullableString,
  end: nullableString,
  kind: z.string(),
  figure: nullableString,
  source: nullableString,
  text: z.string(),
  span,
});

const Point = z.looseObject({
  claimId: z.number().int(),
  documentId: z.number().int(),
  figure: z.string(),
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  at: nullableString,
  asOf: nullableString,
  source: nullableString,
  text: z.string(),
  /** Admiralty code, e.g. `F2` */
  code: z.string(),
  credibility: z.number().int(),
});

const Flag = z.looseObject({
  type: z.enum(["disagreement", "revision", "update"]),
  claims: z.tuple([z.number().int(), z.number().int()]),
  figures: z.tuple([z.string(), z.string()]),
  sources: z.tuple([z.string(), z.string()]),
});

const SeriesHead = {
  key: z.string(),
  kind: z.string(),
  item: z.string(),
  actor: nullableString,
  recipient: nullableString,
  range: z.object({ lowest: z.string(), highest: z.string() }).nullable(),
  sources: z.number().int(),
};

export const Series = z.looseObject({
  ...SeriesHead,
  points: z.array(Point),
  latest: Point.nullable(),
  flags: z.array(Flag),
});

export const FlowGraph = z.strictObject({
  nodes: z.array(z.looseObject({ id: z.string(), out: z.number().int(), in: z.number().int() })),
  edges: z.array(
    z.looseObject({
      from: z.string(),
      to: z.string(),
      item: z.string(),
      count: z.number().int(),
      sources: z.number().int(),
      qualitative: z.boolean(),
      latest: z.looseObject({ figure: z.string(), claimId: z.number().int(), at: nullableString }).nullable(),
    }),
  ),
});

export const HypothesisMatrix = z.looseObject({
  id: z.string(),
  title: z.string(),
  hypotheses: z.array(
    z.looseObject({ id: z.string(), label: z.string(), inconsistency: z.number(), rank: z.number().int() }),
  ),
  rows: z.array(
    z.looseObject({
      evidence: z.string(),
      label: z.string(),
      type: z.enum(["claim", "event"]),
      id: z.number().int(),
      documentId: z.number().int(),
      text: z.string(),
      credibility: z.number().int(),
      weight: z.number(),
      cells: z.record(z.string(), z.enum(["C", "I", "N"])),
    }),
  ),
  unmatched: z.array(z.string()),
});

export const Dashboard = z.strictObject({
  counts: z.strictObject({
    documents: z.number().int(),
    claims: z.number().int(),
    events: z.number().int(),
    series: z.number().int(),
  }),
  latest: z.array(z.strictObject({ ...SeriesHead, points: z.number().int(), latest: Point })),
  disagreements: z.array(z.looseObject({ series: z.string(), ...Flag.shape })),
  events: z.array(TimelineEntry),
});

export const IngestResult = z.union([
  z.strictObject({
    status: z.enum(["new", "identical", "near-duplicate"]),
    documentId: z.number().int(),
    clusterId: z.number().int(),
    duplicateOf: z.number().int().nullable(),
    extractorVersion: z.string(),
    claims: z.number().int(),
    events: z.number().int(),
  }),
  z.strictObject({
    summary: z.string(),
    documentIds: z.array(z.number().int()),
    failures: z.array(z.strictObject({ code: z.string(), message: z.string() })),
  }),
]);
