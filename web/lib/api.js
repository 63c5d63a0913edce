/**
 * @module Talking to the API: `getJSON("/api/claims", { item: "soldier" })` drops empty parameters and
 * turns an `{error: {code, message}}` answer into an Error carrying that message.
 */

export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export async function getJSON(path, params = {}) {
  const res = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body;
}
