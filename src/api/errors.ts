/**
 * @module API errors: every failure a client sees is `{error: {code, message}}` with a 4xx/5xx status;
 * stacks and internal messages stay in the server log.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorCode, InputError, LagebildError } from "../core/errors.js";

/** The API's own codes on top of the shared ones (`E_BAD_REQUEST`, `E_NOT_FOUND`, …). */
export const ApiCode = {
  ...ErrorCode,
  UNAUTHORIZED: "E_UNAUTHORIZED",
  NO_TOKEN: "E_NO_TOKEN",
  INTERNAL: "E_INTERNAL",
} as const;

export interface ErrorBody {
  error: { code: string; message: string };
}

/** A failure whose message is meant for the client: `new ApiError(404, "E_NOT_FOUND", "no document 7")`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/**
 * Maps any thrown value to a response. An InputError is the client's fault (400, its message names the
 * input); anything unknown is a 500 with a fixed message, logged with its stack through `log`.
 */
export function errorResponse(c: Context, err: unknown, log: (err: unknown) => void): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
  if (err instanceof InputError) {
    const status = err.code === ErrorCode.UNREACHABLE || err.code === ErrorCode.HTTP ? 502 : 400;
    return c.json(errorBody(err.code, err.message), status);
  }
  log(err);
  if (err instanceof LagebildError) return c.json(errorBody(err.code, "the store could not answer"), 500);
  return c.json(errorBody(ApiCode.INTERNAL, "internal error; see the server log"), 500);
}
