/**
 * @module The endpoint contract: one object per route holds its path, its zod schemas and its handler,
 * so the app's routing, request validation and `/openapi.json` are built from the same list.
 */
import type { Context } from "hono";
import type { z } from "zod/v4";
import type { Store } from "../store/types.js";

export interface ApiContext {
  store: Store;
  /** folder of editable hypothesis sets */
  hypothesesDir?: string;
}

export interface HandlerInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  ctx: ApiContext;
  c: Context;
}

/**
 * `path` is written the OpenAPI way (`/api/documents/{id}`). A handler returns a JSON-able value
 * (sent with 200) or a Response of its own (CSV, 201, …).
 */
export interface Endpoint<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: "get" | "post";
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: B;
  /** needs `Authorization: Bearer <LAGEBILD_TOKEN>` */
  auth?: boolean;
  /** the 200 JSON body, for `/openapi.json` (and checked against real answers by the tests) */
  response?: z.ZodType;
  /** extra response statuses for the OpenAPI document, e.g. `{404: "no such document"}` */
  responses?: Record<number, string>;
  /** the media types the 200 response may have (default JSON) */
  produces?: string[];
  handler(input: HandlerInput<z.output<Q>, z.output<P>, z.output<B>>): Promise<unknown> | unknown;
}

/** Keeps the schema types of one endpoint literal-typed for its handler. */
export function endpoint<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(
  e: Endpoint<Q, P, B>,
): Endpoint {
  return e as unknown as Endpoint;
}

/** `/api/documents/{id}` → `/api/documents/:id` */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}
