/**
 * @module Request validation: query strings, path parameters and JSON bodies are parsed with zod
 * schemas; the first problem becomes a 400 naming the parameter (`query parameter "limit": …`).
 */
import { z } from "zod/v4";
import { ApiCode, ApiError } from "./errors.js";

export type Where = "query parameter" | "path parameter" | "body field";

/** `parseWith(schema, {limit: "x"}, "query parameter")` → throws 400 `query parameter "limit": expected number…`. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, where: Where): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const name = issue.path.map(String).join(".");
  const message =
    issue.code === "unrecognized_keys"
      ? `unknown ${where} ${issue.keys.map((k) => `"${k}"`).join(", ")}`
      : name
        ? `${where} "${name}": ${issue.message}`
        : `${where === "body field" ? "body" : where}: ${issue.message}`;
  throw new ApiError(400, ApiCode.BAD_REQUEST, message);
}

// Shared parameter shapes. Query values arrive as strings, so numbers are coerced.

/** `2024`, `2024-10`, `2024-10-08` */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");

export const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);

export const id = z.coerce.number().int().min(1);

/** Country codes are stored upper-case: `actor=kp` means KP. */
export const code = z
  .string()
  .min(1)
  .max(64)
  .transform((s) => (/^[a-z]{2}$/.test(s) ? s.toUpperCase() : s));

export const word = z.string().min(1).max(200);
