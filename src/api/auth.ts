/**
 * @module The write-endpoint guard: `Authorization: Bearer <token>` must equal `LAGEBILD_TOKEN`.
 * No token configured → 503 (writing is switched off), missing or wrong → 401.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { ApiCode, ApiError } from "./errors.js";

/** Compares digests, so neither the length nor a prefix of the token leaks through timing. */
function same(a: string, b: string): boolean {
  const h = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

/** Throws the ApiError to send; returns when the header carries the configured token. */
export function checkToken(configured: string | undefined, header: string | undefined): void {
  if (!configured) {
    throw new ApiError(503, ApiCode.NO_TOKEN, "ingest is disabled: the server has no LAGEBILD_TOKEN set");
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m || !same(m[1]!, configured)) {
    throw new ApiError(401, ApiCode.UNAUTHORIZED, "missing or wrong bearer token");
  }
}
