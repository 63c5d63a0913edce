/**
 * @module `/api/events`, `/api/entities` and `/api/search`: stored events, entities and full-text search.
 */
import { z } from "zod/v4";
import { type Endpoint, endpoint } from "../endpoint.js";
import { Entity, Event, SearchHit } from "../schemas.js";
import { code, id, isoDate, limit, word } from "../validate.js";

export const recordRoutes: Endpoint[] = [
  endpoint({
    method: "get",
    path: "/api/events",
    response: z.strictObject({ events: z.array(Event) }),
    summary: "Events (visits, agreements, tests, …), filtered",
    tag: "events",
    query: z.strictObject({
      kind: word.optional(),
      actor: code.optional(),
      participant: code.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      documentId: id.optional(),
      limit: limit(100_000, 1000),
    }),
    handler: async ({ query, ctx }) => ({ events: await ctx.store.events(query) }),
  }),
  endpoint({
    method: "get",
    path: "/api/entities",
    response: z.strictObject({ entities: z.array(Entity) }),
    summary: "Entities (countries, people, organisations, places, weapons) found per document",
    tag: "entities",
    query: z.strictObject({
      documentId: id.optional(),
      category: z.enum(["country", "person", "organization", "place", "weapon"]).optional(),
    }),
    handler: async ({ query, ctx }) => ({ entities: await ctx.store.entities(query) }),
  }),
  endpoint({
    method: "get",
    path: "/api/search",
    response: z.strictObject({ hits: z.array(SearchHit) }),
    summary: "Full-text search over the stored documents",
    tag: "search",
    query: z.strictObject({ q: z.string().trim().min(1).max(500), limit: limit(200, 20) }),
    handler: async ({ query, ctx }) => ({ hits: await ctx.store.search(query.q, { limit: query.limit }) }),
  }),
];
