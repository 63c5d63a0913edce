/**
 * @module Running the app on a port with `@hono/node-server`, on 127.0.0.1 unless told otherwise.
 */
import type { AddressInfo } from "node:net";
import { serve as nodeServe } from "@hono/node-server";
import type { Store } from "../store/types.js";
import { createApp } from "./app.js";

export interface ServeOptions {
  store: Store;
  /** 0 picks a free port (tests) */
  port?: number;
  host?: string;
  token?: string;
  hypothesesDir?: string;
}

export interface RunningServer {
  /** `http://127.0.0.1:8080` */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "127.0.0.1";

/** `const s = await serve({ store, port: 0 }); fetch(`${s.url}/api/claims`); await s.close();` */
export function serve(opts: ServeOptions): Promise<RunningServer> {
  const app = createApp({ store: opts.store, token: opts.token, hypothesesDir: opts.hypothesesDir });
  const host = opts.host ?? DEFAULT_HOST;
  return new Promise((resolvePromise, reject) => {
    const server = nodeServe(
      { fetch: app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host },
      (info) => {
        const { port } = info as AddressInfo;
        const shown = host.includes(":") ? `[${host}]` : host;
        resolvePromise({
          url: `http://${shown}:${port}`,
          port,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              // keep-alive connections would hold close() open until they time out
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}
