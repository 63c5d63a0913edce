/**
 * @module `POST /api/ingest`: stores one article given as text (`{text, title?, url?, date?, outlet?}`)
 * or fetched from `{url}`. Needs the bearer token; the app checks it before this runs.
 */
import { z } from "zod/v4";
import { EXTRACTOR_VERSION, extractDocument } from "../../extract/index.js";
import { formatSummary, ingest } from "../../ingest/index.js";
import { documentFromRecord } from "../../pipeline/read/json.js";
import { type Endpoint, endpoint } from "../endpoint.js";
import { IngestResult } from "../schemas.js";

const MAX_TEXT = 2_000_000;

const httpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/\S+$/i, "expected an http(s) URL");

export const IngestBody = z.union([
  z.strictObject({
    text: z.string().min(1).max(MAX_TEXT),
    title: z.string().max(1000).optional(),
    url: httpUrl.optional(),
    date: z.string().max(40).optional(),
    outlet: z.string().max(200).optional(),
  }),
  z.strictObject({ url: httpUrl }),
]);

export const ingestRoutes: Endpoint[] = [
  endpoint({
    method: "post",
    path: "/api/ingest",
    response: IngestResult,
    summary: "Store an article (text, or a URL to fetch); needs Authorization: Bearer $LAGEBILD_TOKEN",
    tag: "ingest",
    auth: true,
    body: IngestBody,
    responses: {
      201: "stored (or already stored)",
      401: "missing or wrong token",
      503: "no token configured",
    },
    handler: async ({ body, ctx, c }) => {
      if ("text" in body) {
        // The same reader the JSON-lines input uses: an unreadable date is a 400 naming the field.
        const doc = documentFromRecord(body, "api");
        const extraction = extractDocument(doc, body.title ?? "api");
        const saved = await ctx.store.saveDocument(doc, extraction);
        return c.json(
          {
            ...saved,
            extractorVersion: EXTRACTOR_VERSION,
            claims: extraction.claims.length,
            events: extraction.events.length,
          },
          201,
        );
      }
      const ids: number[] = [];
      const summary = await ingest(ctx.store, [body.url], { onSaved: (_d, r) => ids.push(r.documentId) });
      if (summary.failed && !ids.length) throw summary.failures[0]!;
      return c.json(
        {
          summary: formatSummary(summary),
          documentIds: ids,
          failures: summary.failures.map((f) => ({ code: f.code, message: f.message })),
        },
        201,
      );
    },
  }),
];
