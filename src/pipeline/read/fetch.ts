/**
 * @module HTTP(S) fetching for ingestion: a timeout, a size limit and errors that name the URL.
 * `fetch` is injectable so that tests and workers can supply their own.
 */
import { ErrorCode, InputError } from "../../core/errors.js";
import { DEFAULT_MAX_BYTES, tooLarge } from "./decode.js";

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface Fetched {
  /** the URL after redirects */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * `http://127.0.0.1:1/x` with nothing listening → E_UNREACHABLE; a 404 → E_HTTP; a body over the
 * limit → E_TOO_LARGE (read no further than the limit).
 */
export async function fetchBytes(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await doFetch(url, {
      signal,
      redirect: "follow",
      headers: {
        "user-agent": "lagebild/0.1 (news article reader)",
        accept:
          "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8",
      },
    });
  } catch (err) {
    throw unreachable(url, err, timeoutMs);
  }
  if (res.status >= 400) {
    await res.body?.cancel().catch(() => {});
    throw new InputError(
      ErrorCode.HTTP,
      url,
      `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`,
    );
  }
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge(url, declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge(url, size, maxBytes);
        }
        chunks.push(value);
      }
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreachable(url, err, timeoutMs);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { url: res.url || url, contentType: res.headers.get("content-type"), bytes };
}

function unreachable(url: string, err: unknown, timeoutMs: number): InputError {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") {
    return new InputError(ErrorCode.UNREACHABLE, url, `no answer within ${timeoutMs / 1000} s`);
  }
  const detail = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
  return new InputError(ErrorCode.UNREACHABLE, url, `unreachable (${detail})`);
}
