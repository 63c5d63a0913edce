/**
 * @module `/api/documents`: the stored articles, and one article with its claims, events, mentions
 * and the highlight segments that link each span to its claim.
 */
import { z } from "zod/v4";
import { formatFigure } from "../../analyse/index.js";
import { type Endpoint, endpoint } from "../endpoint.js";
import { ApiCode, ApiError } from "../errors.js";
import { type Mark, segmentText } from "../highlights.js";
import {
  Claim,
  DocumentSummary,
  Event,
  Mark as MarkSchema,
  Mention,
  Segment,
  StoredDocument,
} from "../schemas.js";
import { id, limit } from "../validate.js";

export const documentRoutes: Endpoint[] = [
  endpoint({
    method: "get",
    path: "/api/documents",
    response: z.strictObject({ documents: z.array(DocumentSummary) }),
    summary: "Stored documents, newest first",
    tag: "documents",
    query: z.strictObject({ limit: limit(1000, 100), offset: z.coerce.number().int().min(0).default(0) }),
    handler: async ({ query, ctx }) => ({
      documents: await ctx.store.listDocuments({ limit: query.limit, offset: query.offset }),
    }),
  }),
  endpoint({
    method: "get",
    path: "/api/documents/{id}",
    response: z.strictObject({
      document: StoredDocument,
      claims: z.array(Claim),
      events: z.array(Event),
      mentions: z.array(Mention),
      marks: z.array(MarkSchema),
      segments: z.array(Segment),
    }),
    summary: "One document: its text, claims, events, entity mentions and highlight segments",
    tag: "documents",
    params: z.strictObject({ id }),
    responses: { 404: "no such document" },
    handler: async ({ params, ctx }) => {
      const doc = await ctx.store.getDocument(params.id);
      if (!doc) throw new ApiError(404, ApiCode.NOT_FOUND, `no document with id ${params.id}`);
      const [claims, events, mentions] = await Promise.all([
        ctx.store.claims({ documentId: doc.id, limit: 100_000 }),
        ctx.store.events({ documentId: doc.id, limit: 100_000 }),
        ctx.store.mentions(doc.id),
      ]);
      const marks: Mark[] = [
        ...mentions.map((m): Mark => ({ type: "mention", ref: m.entity, start: m.start, end: m.end })),
        ...events.map((e): Mark => ({ type: "event", ref: e.id, start: e.span[0], end: e.span[1] })),
        ...claims.map((c): Mark => ({ type: "claim", ref: c.id, start: c.span[0], end: c.span[1] })),
        ...claims
          .filter((c) => c.figure)
          .map((c): Mark => ({ type: "figure", ref: c.id, start: c.figure![0], end: c.figure![1] })),
      ];
      return {
        document: doc,
        claims: claims.map((c) => ({ ...c, figureText: formatFigure(c) })),
        events,
        mentions,
        marks,
        segments: segmentText(doc.text.length, marks),
      };
    },
  }),
];
