/** @module API tests for what an analyst edits: source grades and hypothesis sets (token-guarded writes). */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";

const TOKEN = "edit-token-5678";
let store: Store;
let dir: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore(":memory:");
  dir = mkdtempSync(join(tmpdir(), "lagebild-hyp-"));
  app = createApp({ store, token: TOKEN, hypothesesDir: dir, log: () => {} });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, token: string | null = TOKEN) =>
  app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe("source grades", () => {
  it("sets a grade with the token and lists it", async () => {
    const res = await post("/api/grades", { source: "National Intelligence Service", reliability: "B" });
    expect(res.status).toBe(201);
    const list = (await (await app.request("/api/grades")).json()) as { grades: { source: string }[] };
    expect(list.grades).toEqual([{ source: "National Intelligence Service", reliability: "B", note: null }]);
  });
  it("refuses a write without the token, and a grade outside A–F", async () => {
    expect((await post("/api/grades", { source: "KCNA", reliability: "E" }, null)).status).toBe(401);
    const bad = await post("/api/grades", { source: "KCNA", reliability: "G" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("E_BAD_REQUEST");
  });
});

describe("hypothesis sets", () => {
  const set = JSON.parse(readFileSync("data/hypotheses/nk-deployment.json", "utf8"));
  it("saves an edited set, which the matrix endpoint then uses", async () => {
    const edited = { ...set, id: "edited", title: "Edited scenarios" };
    const res = await post("/api/hypotheses", edited);
    expect(res.status).toBe(201);
    const sets = (await (await app.request("/api/hypotheses")).json()) as { sets: { id: string }[] };
    expect(sets.sets.map((s) => s.id)).toContain("edited");
    expect((await app.request("/api/hypotheses/edited")).status).toBe(200);
  });
  it("rejects an invalid set with a 400 naming the problem, and a write without the token", async () => {
    const res = await post("/api/hypotheses", { id: "broken", title: 5 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/request body/);
    expect((await post("/api/hypotheses", set, null)).status).toBe(401);
  });
});
