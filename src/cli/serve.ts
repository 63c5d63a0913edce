/**
 * @module `lagebild serve`: the HTTP API and web UI on 127.0.0.1:8080 (by default), over the store
 * named by `--db`. POST /api/ingest is enabled only when `LAGEBILD_TOKEN` is set.
 */
import { type Command, InvalidArgumentError } from "commander";
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, serve } from "../api/serve.js";
import { defaultLocation, openStore } from "../store/index.js";
import { DB_HELP } from "./claims.js";

export interface ServeCommandOptions {
  db?: string;
  port: number;
  host: string;
  /** where the address line goes (default stdout) */
  print?: (line: string) => void;
}

function portArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError(`"${value}" is not a port (0–65535)`);
  return n;
}

/** Opens the store, listens, prints `lagebild: serving http://127.0.0.1:8080/ …`; `close()` stops both. */
export async function runServe(opts: ServeCommandOptions): Promise<RunningServer> {
  const store = await openStore(opts.db ?? defaultLocation());
  const token = process.env.LAGEBILD_TOKEN || undefined;
  let server: RunningServer;
  try {
    server = await serve({ store, port: opts.port, host: opts.host, token });
  } catch (err) {
    await store.close();
    throw new Error(
      `cannot listen on ${opts.host}:${opts.port}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  print(`lagebild: serving ${server.url}/ (API ${server.url}/api, OpenAPI ${server.url}/openapi.json)`);
  if (!token) print("lagebild: LAGEBILD_TOKEN is not set, so POST /api/ingest is disabled");
  return {
    ...server,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the web UI and the HTTP API (OpenAPI at /openapi.json) on localhost")
    .option("--db <location>", DB_HELP)
    .option("--port <port>", "port to listen on (0 picks a free one)", portArg, DEFAULT_PORT)
    .option("--host <host>", "address to bind", DEFAULT_HOST)
    .action(async (opts: ServeCommandOptions) => {
      const server = await runServe(opts);
      const stop = () => {
        server.close().finally(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
