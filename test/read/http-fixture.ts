/**
 * @module A local HTTP server on 127.0.0.1 (port chosen by the OS) serving the read fixtures, for the
 * URL and feed tests. Routes map a path to a status, a content type and a body.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const fixture = (name: string) => readFileSync(new URL(`../fixtures/read/${name}`, import.meta.url));

/** A page with navigation and a script but no article (kept here: a linter would "fix" a broken file). */
export const NO_ARTICLE_HTML =
  '<html><head><title>Nothing here</title></head><body><div class="nav"><a href="/">Home</a></div><script>var x = 1;</script>';

export interface Route {
  status?: number;
  type?: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
  /** answer only after this many milliseconds */
  delayMs?: number;
}

export interface TestServer {
  base: string;
  /** paths requested so far */
  hits: string[];
  close(): Promise<void>;
}

export function defaultRoutes(): Record<string, Route> {
  return {
    "/pages/article-de.html": { type: "text/html; charset=utf-8", body: fixture("article-de.html") },
    "/pages/article-en.html": { type: "text/html", body: fixture("article-en.html") },
    "/feed.rss": { type: "application/rss+xml", body: fixture("feed-rss.xml") },
    "/feed.atom": { type: "application/atom+xml", body: fixture("feed-atom.xml") },
    // a feed served as text/html, recognised by sniffing the body
    "/feed-as-html": { type: "text/html", body: fixture("feed-rss.xml") },
    "/not-xml.rss": { type: "application/rss+xml", body: "<html><body><p>Feed moved</p><br></body>" },
    "/broken.html": { type: "text/html", body: NO_ARTICLE_HTML },
    "/forbidden": { status: 403, type: "text/plain", body: "no" },
    "/plain.txt": {
      type: "text/plain; charset=utf-8",
      body: " date 2024-11 Moskau und Pjöngjang verhandeln weiter.",
    },
  };
}

export async function startServer(routes: Record<string, Route> = defaultRoutes()): Promise<TestServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.push(path);
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const send = () =>
      res
        .writeHead(route.status ?? 200, {
          ...(route.type ? { "content-type": route.type } : {}),
          ...route.headers,
        })
        .end(route.body);
    if (route.delayMs) setTimeout(send, route.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a port the OS handed out and that was closed again. */
export async function closedPortUrl(): Promise<string> {
  const s = await startServer({});
  await s.close();
  return `${s.base}/gone.html`;
}
