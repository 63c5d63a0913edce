/** @module Browser-test helpers: Debian's Chromium through playwright-core, a served store, and where screenshots go. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { type RunningServer, serve } from "../../src/api/serve.js";
import type { Store } from "../../src/store/types.js";
import { filledStore, SCRIPT_ARTICLE } from "../api/fixture.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));

/**
 * Whether the browser suite can run. In CI a missing Chromium is a failure (the suite throws with
 * this message); elsewhere the suite is skipped with a printed notice.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`;
  if (process.env.CI) throw new Error(message);
  console.warn(`[test/web] skipped: ${message}`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
}

export interface Served {
  store: Store;
  server: RunningServer;
  /** id of the stored article that carries `<script>` in its text */
  scriptDocId: number;
  stop(): Promise<void>;
}

/** A temp SQLite store filled from `examples/`, the seeds and our markup article (each optional), served on a free port. */
export async function startServer(
  token = "browser-test-token",
  opts: { seeds?: boolean; markup?: boolean } = {},
): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-web-"));
  const store = await filledStore(join(dir, "web.db"), opts);
  const server = await serve({ store, port: 0, token });
  mkdirSync(ARTIFACTS, { recursive: true });
  const stop = async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  if (opts.markup === false) return { store, server, scriptDocId: -1, stop };
  const res = await fetch(`${server.url}/api/ingest`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(SCRIPT_ARTICLE),
  });
  if (res.status !== 201)
    throw new Error(`ingest of the markup article failed: ${res.status} ${await res.text()}`);
  const { documentId } = (await res.json()) as { documentId: number };
  return { store, server, scriptDocId: documentId, stop };
}
