/**
 * @module The web UI's files: `web/` as it is (no build step) and the charting library's browser build
 * from node_modules under `/vendor/` — never a CDN, the UI works offline.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Hono } from "hono";

export const WEB_ROOT = fileURLToPath(new URL("../../web/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
};

/** `/vendor/<name>` → a file inside an installed package (the Chart.js UMD build). */
function vendorFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const chartDir = dirname(require.resolve("chart.js"));
  return { "chart.umd.min.js": join(chartDir, "chart.umd.min.js") };
}

/** Resolves `rel` inside `root`, or null when it would step out (`../../etc/passwd`). */
export function safeJoin(root: string, rel: string): string | null {
  const full = resolve(root, normalize(`.${sep}${rel}`));
  return full.startsWith(resolve(root) + sep) ? full : null;
}

async function fileResponse(path: string | null): Promise<Response | null> {
  const type = path ? TYPES[extname(path)] : undefined;
  if (!path || !type) return null;
  try {
    const body = await readFile(path);
    return new Response(body, {
      headers: {
        "Content-Type": type,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return null;
  }
}

/** Mounts `/` (the UI shell), `/web/*` and `/vendor/*`. */
export function mountStatic(app: Hono, root: string = WEB_ROOT): void {
  const vendor = vendorFiles();
  const csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
  app.get("/", async (c) => {
    const res = await fileResponse(join(root, "index.html"));
    if (!res) return c.notFound();
    res.headers.set("Content-Security-Policy", csp);
    return res;
  });
  app.get("/web/*", async (c) => {
    const rel = decodeURIComponent(c.req.path.slice("/web/".length));
    return (await fileResponse(safeJoin(root, rel))) ?? c.notFound();
  });
  app.get("/vendor/:name", async (c) => {
    const file = vendor[c.req.param("name")];
    return (await fileResponse(file ?? null)) ?? c.notFound();
  });
}
