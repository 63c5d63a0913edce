/** @module `lagebild serve` and `serve()`: a real socket on a free port, the printed address, read endpoints over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/serve.js";
import { runServe } from "../../src/cli/serve.js";

describe("runServe", () => {
  let server: RunningServer;
  const printed: string[] = [];
  const token = process.env.LAGEBILD_TOKEN;

  beforeAll(async () => {
    delete process.env.LAGEBILD_TOKEN;
    server = await runServe({ db: ":memory:", port: 0, host: "127.0.0.1", print: (l) => printed.push(l) });
  });
  afterAll(async () => {
    await server.close();
    if (token != null) process.env.LAGEBILD_TOKEN = token;
  });

  it("prints the address it listens on, on localhost, and that ingest is off without a token", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(printed[0]).toContain(`${server.url}/`);
    expect(printed.join("\n")).toContain("LAGEBILD_TOKEN is not set");
  });

  it("answers over HTTP: health, an empty claim list, the UI, 503 for ingest", async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true, store: "sqlite" });
    expect(await (await fetch(`${server.url}/api/claims`)).json()).toEqual({ claims: [] });
    const ui = await fetch(`${server.url}/`);
    expect(ui.headers.get("content-type")).toContain("text/html");
    const res = await fetch(`${server.url}/api/ingest`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer x" },
      body: JSON.stringify({ text: "Ein Satz." }),
    });
    expect(res.status).toBe(503);
  });

  it("reports a port that is taken, naming it", async () => {
    await expect(
      runServe({ db: ":memory:", port: server.port, host: "127.0.0.1", print: () => {} }),
    ).rejects.toThrow(`127.0.0.1:${server.port}`);
  });
});
