/**
 * @module What an analyst edits through the API: source reliability grades (Admiralty A–F) and
 * hypothesis sets. Reading is open; writing needs the bearer token, like ingest.
 */
import { z } from "zod/v4";
import { hypothesisDir, parseHypothesisSet, saveHypothesisSet } from "../../analyse/hypotheses.js";
import { type Endpoint, endpoint } from "../endpoint.js";

const Grade = z.strictObject({
  source: z.string().min(1).max(300),
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]),
  note: z.string().max(2000).nullable(),
});

export const editRoutes: Endpoint[] = [
  endpoint({
    method: "get",
    path: "/api/grades",
    response: z.strictObject({ grades: z.array(Grade) }),
    summary: "The reliability grades the user has set per source (unlisted sources are F)",
    tag: "grading",
    handler: async ({ ctx }) => ({ grades: await ctx.store.sourceGrades() }),
  }),
  endpoint({
    method: "post",
    path: "/api/grades",
    response: z.strictObject({ grade: Grade }),
    summary: "Set a source's reliability (A–F); needs Authorization: Bearer $LAGEBILD_TOKEN",
    tag: "grading",
    auth: true,
    body: z.strictObject({
      source: z.string().trim().min(1).max(300),
      reliability: z.enum(["A", "B", "C", "D", "E", "F"]),
      note: z.string().max(2000).optional(),
    }),
    responses: { 401: "missing or wrong token", 503: "no token configured" },
    handler: async ({ body, ctx, c }) => {
      const grade = { source: body.source, reliability: body.reliability, note: body.note ?? null };
      await ctx.store.setSourceGrade(grade);
      return c.json({ grade }, 201);
    },
  }),
  endpoint({
    method: "post",
    path: "/api/hypotheses",
    response: z.strictObject({ id: z.string(), title: z.string() }),
    summary:
      "Create or replace a hypothesis set (the format of data/hypotheses/*.json); needs the bearer token",
    tag: "analysis",
    auth: true,
    // The set's own schema (analyse/hypotheses.ts) validates it; an invalid set is a 400 naming the field.
    body: z.looseObject({ id: z.string() }),
    responses: { 401: "missing or wrong token", 503: "no token configured" },
    handler: ({ body, ctx, c }) => {
      parseHypothesisSet(body, "request body");
      const set = saveHypothesisSet(body, ctx.hypothesesDir ?? hypothesisDir());
      return c.json({ id: set.id, title: set.title }, 201);
    },
  }),
];
