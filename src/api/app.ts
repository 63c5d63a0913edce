/**
 * @module The HTTP app: JSON API under `/api`, `/openapi.json`, and the web UI, in one Hono app that
 * tests drive in-process (`await createApp({ store }).request("/api/claims")`).
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod/v4";
import type { Store } from "../store/types.js";
import { checkToken } from "./auth.js";
import { type ApiContext, type Endpoint, honoPath } from "./endpoint.js";
import { ApiCode, ApiError, errorBody, errorResponse } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { analysisRoutes } from "./routes/analysis.js";
import { claimRoutes } from "./routes/claims.js";
import { documentRoutes } from "./routes/documents.js";
import { editRoutes } from "./routes/edits.js";
import { ingestRoutes } from "./routes/ingest.js";
import { recordRoutes } from "./routes/records.js";
import { mountStatic } from "./static.js";
import { parseWith } from "./validate.js";

export interface AppOptions {
  store: Store;
  /** bearer token for POST endpoints; none → they answer 503 */
  token?: string;
  /** folder of hypothesis sets (default `$LAGEBILD_HYPOTHESES` or `data/hypotheses/`) */
  hypothesesDir?: string;
  /** where unexpected errors go (default stderr) */
  log?: (err: unknown) => void;
  /** serve the web UI (default true) */
  ui?: boolean;
}

const HEALTH: Endpoint = {
  method: "get",
  path: "/api/health",
  summary: "Liveness and the store's dialect",
  tag: "meta",
  response: z.strictObject({ ok: z.literal(true), store: z.enum(["sqlite", "postgres"]) }),
  handler: ({ ctx }) => ({ ok: true, store: ctx.store.dialect }),
};

/** Every API endpoint, in the order `/openapi.json` lists them. */
export const ENDPOINTS: readonly Endpoint[] = [
  HEALTH,
  ...documentRoutes,
  ...claimRoutes,
  ...recordRoutes,
  ...analysisRoutes,
  ...ingestRoutes,
  ...editRoutes,
];

const MAX_BODY = 4 * 1024 * 1024;

/** A query with no declared parameters still rejects unknown ones (`?limt=5` is a typo, not a no-op). */
const emptyObject = z.strictObject({});

export function createApp(opts: AppOptions): Hono {
  const log = opts.log ?? ((err: unknown) => console.error(err));
  const ctx: ApiContext = { store: opts.store, hypothesesDir: opts.hypothesesDir };
  const app = new Hono();

  app.onError((err, c) => errorResponse(c, err, log));
  // nosniff, no framing, no referrer leaks; the UI shell adds its own Content-Security-Policy.
  app.use("*", secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.notFound((c) => c.json(errorBody(ApiCode.NOT_FOUND, `no route ${c.req.method} ${c.req.path}`), 404));

  const spec = openApiDocument(ENDPOINTS);
  app.get("/openapi.json", (c) => c.json(spec));

  for (const e of ENDPOINTS) {
    const path = honoPath(e.path);
    if (e.method === "post") {
      app.post(
        path,
        bodyLimit({
          maxSize: MAX_BODY,
          onError: (c) => c.json(errorBody(ApiCode.TOO_LARGE, `body over ${MAX_BODY} bytes`), 413),
        }),
      );
    }
    app.on(e.method.toUpperCase(), path, async (c) => {
      // The token is checked before the body is read: an unauthorised client learns nothing about it.
      if (e.auth) checkToken(opts.token, c.req.header("Authorization"));
      const query = parseWith(e.query ?? emptyObject, c.req.query(), "query parameter");
      const params = parseWith(e.params ?? emptyObject, c.req.param(), "path parameter");
      let body: unknown;
      if (e.body) {
        if (!/^application\/json\b/i.test(c.req.header("Content-Type") ?? "")) {
          throw new ApiError(
            415,
            ApiCode.BAD_REQUEST,
            "the body must be JSON (Content-Type: application/json)",
          );
        }
        let raw: unknown;
        try {
          raw = await c.req.json();
        } catch {
          throw new ApiError(400, ApiCode.BAD_JSON, "the body is not valid JSON");
        }
        body = parseWith(e.body, raw, "body field");
      }
      const out = await e.handler({ query, params, body, ctx, c });
      return out instanceof Response ? out : c.json(out as object);
    });
  }

  if (opts.ui !== false) mountStatic(app);
  return app;
}
