/**
 * @module The OpenAPI 3.1 document, generated from the endpoint list: paths, parameters and request
 * bodies come from the same zod schemas that validate requests, so the two cannot drift apart.
 */
import { z } from "zod/v4";
import type { Endpoint } from "./endpoint.js";

type Json = Record<string, unknown>;

const ERROR_SCHEMA: Json = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" } },
    },
  },
};

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Json {
  // Query strings are coerced on input, so for requests the input side is what a client must send.
  const s = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  delete s.$schema;
  return s;
}

function parameters(schema: z.ZodType | undefined, where: "query" | "path"): Json[] {
  if (!schema) return [];
  const s = jsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: where,
      required: where === "path" || (s.required ?? []).includes(name),
      schema: rest,
      ...(description ? { description } : {}),
    };
  });
}

function operation(e: Endpoint): Json {
  const body = (type: string) =>
    type === "application/json" && e.response ? { schema: jsonSchema(e.response, "output") } : {};
  const responses: Json = {
    200: {
      description: "OK",
      content: Object.fromEntries((e.produces ?? ["application/json"]).map((t) => [t, body(t)])),
    },
  };
  const extra: Record<number, string> = { 400: "invalid request", 500: "internal error", ...e.responses };
  for (const [status, description] of Object.entries(extra)) {
    responses[status] = {
      description,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return {
    summary: e.summary,
    tags: [e.tag],
    operationId: `${e.method}${e.path.replace(/[{}]/g, "").replace(/\/(\w)/g, (_m, ch: string) => ch.toUpperCase())}`,
    parameters: [...parameters(e.params, "path"), ...parameters(e.query, "query")],
    ...(e.body
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(e.body) } } } }
      : {}),
    ...(e.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/** `openApiDocument(endpoints)` → `{openapi: "3.1.0", paths: {"/api/claims": {get: …}}, …}` */
export function openApiDocument(endpoints: readonly Endpoint[], version = "0.1.0"): Json {
  const paths: Record<string, Json> = {};
  for (const e of endpoints) {
    paths[e.path] ??= {};
    paths[e.path]![e.method] = operation(e);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "lagebild",
      version,
      description:
        "A sourced situation picture from news articles: figures, events and actors with their sources. " +
        "Read endpoints are open; POST /api/ingest needs the token from LAGEBILD_TOKEN.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
