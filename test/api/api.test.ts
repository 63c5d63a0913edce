/** @module HTTP API tests, in-process through `app.request`: every endpoint, bad parameters, the token check, error hygiene. */
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, ENDPOINTS } from "../../src/api/app.js";
import type { Store, StoredClaim } from "../../src/store/types.js";
import { filledStore, SCRIPT_ARTICLE } from "./fixture.js";

let store: Store;
let app: Hono;
const TOKEN = "test-token-1234";
const logged: unknown[] = [];

beforeAll(async () => {
  store = await filledStore();
  app = createApp({ store, token: TOKEN, log: (e) => logged.push(e) });
});
afterAll(async () => {
  await store.close();
});

async function get(path: string) {
  const res = await app.request(path);
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, body: type.includes("json") ? await res.json() : await res.text() };
}

async function expectBad(path: string, fragment: string) {
  const r = await get(path);
  expect(r.status, path).toBe(400);
  expect(r.body.error.code).toBe("E_BAD_REQUEST");
  expect(r.body.error.message).toContain(fragment);
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return app.request("/api/ingest", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("documents", () => {
  it("lists documents with paging and rejects bad paging", async () => {
    const all = await get("/api/documents");
    expect(all.status).toBe(200);
    expect(all.body.documents.length).toBeGreaterThan(10);
    const page = await get("/api/documents?limit=3&offset=2");
    expect(page.body.documents.map((d: { id: number }) => d.id)).toEqual(
      all.body.documents.slice(2, 5).map((d: { id: number }) => d.id),
    );
    await expectBad("/api/documents?limit=0", '"limit"');
    await expectBad("/api/documents?offset=-1", '"offset"');
    await expectBad("/api/documents?limit=abc", '"limit"');
  });

  it("returns one document whose claim spans and highlight segments point into its text", async () => {
    const [claim] = await store.claims({ limit: 1 });
    const r = await get(`/api/documents/${claim!.documentId}`);
    expect(r.status).toBe(200);
    const { document: doc, claims, marks, segments } = r.body;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims as StoredClaim[]) {
      expect(doc.text.slice(c.span[0], c.span[1])).toBe(c.text);
      const mark = marks.find((m: { type: string; ref: number }) => m.type === "claim" && m.ref === c.id);
      expect(mark).toMatchObject({ start: c.span[0], end: c.span[1] });
    }
    // Segments tile the text exactly: joined they give it back, character for character.
    expect(segments[0].start).toBe(0);
    expect(segments.at(-1).end).toBe(doc.text.length);
    expect(segments.map((s: { start: number; end: number }) => doc.text.slice(s.start, s.end)).join("")).toBe(
      doc.text,
    );
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const r = await get("/api/documents/999999");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("E_NOT_FOUND");
    await expectBad("/api/documents/abc", 'path parameter "id"');
    await expectBad("/api/documents/0", 'path parameter "id"');
  });
});

describe("claims", () => {
  it("filters by item and actor, and upper-cases a country code", async () => {
    const r = await get("/api/claims?item=soldier&actor=kp");
    expect(r.status).toBe(200);
    expect(r.body.claims.length).toBeGreaterThan(0);
    for (const c of r.body.claims) expect([c.item, c.actor]).toEqual(["soldier", "KP"]);
    expect(r.body.claims[0].figureText).toBeTypeOf("string");
  });

  it("returns the same rows as CSV, with a download header", async () => {
    const json = await get("/api/claims?item=soldier");
    const res = await app.request("/api/claims?item=soldier&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain("claims.csv");
    const text = await res.text();
    expect(text.split("\n")[0]).toMatch(/^id,documentId,kind,item,figure/);
    const ids = [...text.matchAll(/^(\d+),/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual(json.body.claims.map((c: { id: number }) => c.id));
  });

  it("rejects bad dates, formats, limits and unknown parameters", async () => {
    await expectBad("/api/claims?from=2024-1", '"from"');
    await expectBad("/api/claims?format=xml", '"format"');
    await expectBad("/api/claims?limit=-5", '"limit"');
    await expectBad("/api/claims?itme=soldier", 'unknown query parameter "itme"');
  });
});

describe("events, entities, search", () => {
  it("filters events by kind", async () => {
    const r = await get("/api/events?kind=meeting");
    expect(r.status).toBe(200);
    expect(r.body.events.length).toBeGreaterThan(0);
    for (const e of r.body.events) expect(e.kind).toBe("meeting");
    await expectBad("/api/events?limit=1.5", '"limit"');
  });

  it("lists entities of one document by category", async () => {
    const r = await get("/api/entities?documentId=1&category=person");
    expect(r.status).toBe(200);
    for (const e of r.body.entities) expect([e.documentId, e.category]).toEqual([1, "person"]);
    await expectBad("/api/entities?category=animal", '"category"');
  });

  it("finds documents by a word and needs a query", async () => {
    const r = await get("/api/search?q=Pjöngjang&limit=5");
    expect(r.status).toBe(200);
    expect(r.body.hits.length).toBeGreaterThan(0);
    expect(r.body.hits.length).toBeLessThanOrEqual(5);
    await expectBad("/api/search", '"q"');
    await expectBad("/api/search?q=%20%20", '"q"');
  });
});

describe("analysis", () => {
  it("timeline: events only, ordered, and a bad type is refused", async () => {
    const r = await get("/api/timeline?type=event");
    expect(r.status).toBe(200);
    expect(r.body.entries.length).toBeGreaterThan(0);
    for (const e of r.body.entries) expect(e.type).toBe("event");
    const dated = r.body.entries.map((e: { at: string | null }) => e.at).filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    await expectBad("/api/timeline?type=rumour", '"type"');
    await expectBad("/api/timeline?to=24-10", '"to"');
  });

  it("indicators: series with graded points; minPoints must be a number", async () => {
    const r = await get("/api/indicators?item=soldier&minPoints=2");
    expect(r.status).toBe(200);
    expect(r.body.series.length).toBeGreaterThan(0);
    for (const s of r.body.series) {
      expect(s.item).toBe("soldier");
      expect(s.points.length).toBeGreaterThanOrEqual(2);
      expect(s.points[0].code).toMatch(/^[A-F][1-6]$/);
    }
    await expectBad("/api/indicators?minPoints=many", '"minPoints"');
  });

  it("flows: a graph whose edges join its nodes; event kinds must be a list of names", async () => {
    const r = await get("/api/flows?events=visit,meeting");
    expect(r.status).toBe(200);
    const ids = new Set(r.body.graph.nodes.map((n: { id: string }) => n.id));
    expect(r.body.graph.edges.length).toBeGreaterThan(0);
    for (const e of r.body.graph.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    await expectBad("/api/flows?events=Visit;drop", '"events"');
  });

  it("hypotheses: the sets, one matrix, 404 for an unknown set", async () => {
    const list = await get("/api/hypotheses");
    expect(list.status).toBe(200);
    expect(list.body.sets.length).toBeGreaterThan(0);
    const id = list.body.sets[0].id;
    const m = await get(`/api/hypotheses/${id}`);
    expect(m.status).toBe(200);
    expect(m.body.matrix.id).toBe(id);
    expect(m.body.matrix.rows.length).toBeGreaterThan(0);
    for (const row of m.body.matrix.rows)
      for (const cell of Object.values(row.cells)) expect(["C", "I", "N"]).toContain(cell);
    expect((await get("/api/hypotheses/no-such-set")).status).toBe(404);
    await expectBad("/api/hypotheses/Bad%20Id", 'path parameter "id"');
  });

  it("dashboard: counts that match the store, latest figures, newest events first", async () => {
    const r = await get("/api/dashboard?events=5");
    expect(r.status).toBe(200);
    expect(r.body.counts.documents).toBe((await store.documentIds()).length);
    expect(r.body.counts.claims).toBe((await store.claims({ limit: 1e9 })).length);
    expect(r.body.latest.length).toBeGreaterThan(0);
    expect(r.body.events.length).toBeLessThanOrEqual(5);
    const at = r.body.events.map((e: { at: string }) => e.at);
    expect(at).toEqual([...at].sort().reverse());
    const keys = r.body.disagreements.map(
      (d: { series: string; figures: string[]; sources: string[] }) =>
        `${d.series}|${[0, 1]
          .map((i) => `${d.figures[i]}|${d.sources[i]}`)
          .sort()
          .join("|")}`,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    await expectBad("/api/dashboard?events=1000", '"events"');
  });
});

describe("ingest", () => {
  it("answers 503 when the server has no token", async () => {
    const open = createApp({ store, log: () => {} });
    const res = await open.request("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: "Ein Satz." }),
    });
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("E_NO_TOKEN");
  });

  it("answers 401 without the token or with a wrong one, and stores nothing", async () => {
    const before = (await store.documentIds()).length;
    expect((await post(SCRIPT_ARTICLE)).status).toBe(401);
    expect((await post(SCRIPT_ARTICLE, { Authorization: "Bearer wrong" })).status).toBe(401);
    expect((await post(SCRIPT_ARTICLE, { Authorization: TOKEN })).status).toBe(401);
    expect((await store.documentIds()).length).toBe(before);
  });

  it("stores a text with the token, keeps it byte for byte, and an identical text is a no-op", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const res = await post(SCRIPT_ARTICLE, auth);
    expect(res.status).toBe(201);
    const saved = await res.json();
    expect(saved.status).toBe("new");
    expect(saved.claims).toBeGreaterThan(0);
    const doc = await get(`/api/documents/${saved.documentId}`);
    expect(doc.body.document.text).toBe(SCRIPT_ARTICLE.text);
    expect(doc.body.document.date).toBe("2024-11-05");
    const again = await (await post(SCRIPT_ARTICLE, auth)).json();
    expect(again).toMatchObject({ status: "identical", documentId: saved.documentId });
  });

  it("rejects bad bodies with 4xx naming the problem", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const bad = async (body: unknown, status: number, fragment: string, headers = auth) => {
      const res = await post(body, headers);
      expect(res.status).toBe(status);
      expect((await res.json()).error.message).toContain(fragment);
    };
    await bad("{not json", 400, "not valid JSON");
    await bad({ title: "no text" }, 400, "body");
    await bad({ text: "" }, 400, "body");
    await bad({ text: "Ein Satz.", date: "gestern" }, 400, "gestern");
    await bad({ url: "ftp://example.org/a" }, 400, "body");
    const res = await app.request("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "text/plain", ...auth },
      body: "Ein Satz.",
    });
    expect(res.status).toBe(415);
    const big = await post({ text: "x".repeat(5 * 1024 * 1024) }, auth);
    expect(big.status).toBe(413);
  });

  it("reports a URL that cannot be fetched as a bad gateway naming it", async () => {
    const res = await post({ url: "http://127.0.0.1:1/article" }, { Authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(502);
    const body = await res.json();
    expect(body.error.message).toContain("127.0.0.1:1");
  });
});

describe("errors and OpenAPI", () => {
  it("never sends a stack: a failing store gives a fixed 500 message and the error goes to the log", async () => {
    const broken = new Proxy(store, {
      get: (t, p) =>
        p === "claims"
          ? async () => {
              throw new Error("disk on fire at /secret/path");
            }
          : Reflect.get(t, p),
    });
    const seen: unknown[] = [];
    const res = await createApp({ store: broken, log: (e) => seen.push(e) }).request("/api/claims");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(text).not.toContain("    at ");
    expect(JSON.parse(text).error.code).toBe("E_INTERNAL");
    expect(seen).toHaveLength(1);
  });

  it("answers every GET endpoint with the body its OpenAPI schema promises", async () => {
    const [claim] = await store.claims({ limit: 1 });
    const sample: Record<string, string> = {
      "/api/documents/{id}": `/api/documents/${claim!.documentId}`,
      "/api/hypotheses/{id}": `/api/hypotheses/${(await get("/api/hypotheses")).body.sets[0].id}`,
      "/api/search": "/api/search?q=Russland",
    };
    const gets = ENDPOINTS.filter((e) => e.method === "get");
    for (const e of gets) {
      expect(e.response, e.path).toBeDefined();
      const r = await get(sample[e.path] ?? e.path);
      expect(r.status, e.path).toBe(200);
      const parsed = e.response!.safeParse(r.body);
      expect(parsed.success ? "" : `${e.path}: ${JSON.stringify(parsed.error.issues[0])}`).toBe("");
    }
    const ingest = ENDPOINTS.find((e) => e.path === "/api/ingest")!;
    const res = await post(
      { text: "Ein eigener Testsatz ohne Zahlen." },
      { Authorization: `Bearer ${TOKEN}` },
    );
    expect(ingest.response!.safeParse(await res.json()).success).toBe(true);
  });

  it("answers an unknown route with a JSON 404", async () => {
    const r = await get("/api/nothing");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("E_NOT_FOUND");
  });

  it("documents every API route, its parameters and the token", async () => {
    const r = await get("/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe("3.1.0");
    const documented = Object.entries(r.body.paths as Record<string, object>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const routed = app.routes
      .filter((rt) => rt.path.startsWith("/api/") && rt.method !== "ALL")
      .map((rt) => `${rt.method} ${rt.path}`);
    expect(new Set(routed)).toEqual(new Set(documented));
    expect(documented).toHaveLength(ENDPOINTS.length);
    const claims = r.body.paths["/api/claims"].get;
    const names = claims.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["item", "actor", "from", "limit", "format"]));
    expect(claims.parameters.find((p: { name: string }) => p.name === "from").schema.pattern).toBeTruthy();
    expect(r.body.paths["/api/ingest"].post.security).toEqual([{ bearer: [] }]);
    expect(r.body.paths["/api/ingest"].post.requestBody.content["application/json"].schema).toBeTruthy();
  });
});

describe("static files", () => {
  it("serves the UI shell with a strict CSP, the chart library, and nothing outside web/", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await res.text()).toContain('src="/vendor/chart.umd.min.js"');
    const chart = await app.request("/vendor/chart.umd.min.js");
    expect(chart.status).toBe(200);
    expect(await chart.text()).toContain("Chart.js v4");
    expect((await app.request("/web/app.js")).status).toBe(200);
    expect((await app.request("/web/..%2Fpackage.json")).status).toBe(404);
    expect((await app.request("/web/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
    expect((await app.request("/vendor/package.json")).status).toBe(404);
  });
});
