/**
 * The analysis wrappers and CLI commands over a real SQLite store, filled with hand-built extractions
 * of three short invented articles (so these tests do not depend on the extractor).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  analyseFlows,
  analyseHypotheses,
  analyseIndicators,
  analyseTimeline,
} from "../../src/analyse/index.js";
import { listClaims } from "../../src/cli/claims.js";
import { listEvents } from "../../src/cli/events.js";
import { exportStore } from "../../src/cli/export.js";
import { flows } from "../../src/cli/flows.js";
import { grade } from "../../src/cli/grade.js";
import { hypotheses } from "../../src/cli/hypotheses.js";
import { indicators } from "../../src/cli/indicators.js";
import { timeline } from "../../src/cli/timeline.js";
import type { Document } from "../../src/core/document.js";
import type { ClaimRecord, EventRecord } from "../../src/core/records.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";

function makeDoc(text: string, date: string, outlet: string): Document {
  return {
    text,
    title: null,
    url: null,
    outlet,
    date,
    datePrecision: date.length === 7 ? "month" : "day",
    dateInferred: false,
    lang: "en",
    hash: createHash("sha256").update(text).digest("hex"),
    ingestedAt: "2026-01-01T00:00:00Z",
    origin: `${outlet}.txt`,
    nonBody: [],
  };
}

/** A claim over the sentence that contains `figureText`. */
function claimIn(
  text: string,
  sentence: string,
  over: Partial<ClaimRecord> & Pick<ClaimRecord, "kind" | "item">,
): ClaimRecord {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not found: ${sentence}`);
  return {
    type: "claim",
    doc: "x",
    value: null,
    min: null,
    max: null,
    approx: false,
    vague: null,
    actor: "KP",
    recipient: "RU",
    time: { start: null, end: null },
    reported: null,
    source: { country: null, org: null, person: null },
    publisher: null,
    hedged: false,
    span: [start, start + sentence.length],
    text: sentence,
    figure: null,
    rules: ["test.hand-built"],
    ...over,
  };
}

const A = [
  "Pentagon officials told reporters on Monday that about ten thousand troops from Pyongyang had arrived in the Russian Far East.",
  "They were being trained at bases near the Pacific coast before any move west.",
].join(" ");
const B = [
  "Seoul's spy agency briefed lawmakers in a closed session about shipments by rail and sea.",
  "The agency counted 13,000 containers of munitions sent to Russia since the summer of last year.",
  "It also said up to 12,000 soldiers could be involved overall.",
].join(" ");
const C = [
  "Washington said in the spring that Pyongyang had handed over 7,000 containers of weapons.",
  "The statement came weeks before the Russian leader flew to the North Korean capital for a summit.",
].join(" ");

let dir: string;
let db: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-analyse-"));
  db = join(dir, "test.db");
  store = await openStore(db);
  await store.saveDocument(makeDoc(A, "2024-10-28", "wire-a"), {
    version: "test",
    mentions: [],
    entities: [],
    events: [],
    claims: [
      claimIn(A, A.split(". ")[0]!, {
        kind: "deployment",
        item: "soldier",
        value: 10000,
        approx: true,
        time: { start: "2024-10", end: null },
        source: { country: "US", org: "Department of Defense", person: null },
      }),
    ],
  });
  await store.saveDocument(makeDoc(B, "2024-10-30", "wire-b"), {
    version: "test",
    mentions: [],
    entities: [],
    events: [],
    claims: [
      claimIn(
        B,
        "The agency counted 13,000 containers of munitions sent to Russia since the summer of last year.",
        {
          kind: "delivery",
          item: "container",
          value: 13000,
          time: { start: "2023-08", end: null },
          source: { country: "KR", org: "National Intelligence Service", person: null },
        },
      ),
      claimIn(B, "It also said up to 12,000 soldiers could be involved overall.", {
        kind: "deployment",
        item: "soldier",
        max: 12000,
        time: { start: "2024-10", end: null },
        source: { country: "KR", org: "National Intelligence Service", person: null },
      }),
    ],
  });
  const visit =
    "The statement came weeks before the Russian leader flew to the North Korean capital for a summit.";
  const vs = C.indexOf(visit);
  const ev: EventRecord = {
    type: "event",
    doc: "c",
    kind: "visit",
    participants: ["Vladimir Putin"],
    actor: "RU",
    location: "KP",
    time: { start: "2024-06", end: null },
    span: [vs, vs + visit.length],
    text: visit,
    rules: ["test.hand-built"],
  };
  await store.saveDocument(makeDoc(C, "2024-05", "wire-c"), {
    version: "test",
    mentions: [],
    entities: [
      {
        type: "entity",
        doc: "c",
        name: "North Korea",
        category: "country",
        id: "country/KP",
        spans: [[0, 4]],
      },
    ],
    events: [ev],
    claims: [
      claimIn(C, C.split(". ")[0]!.concat("."), {
        kind: "delivery",
        item: "container",
        value: 7000,
        reported: "2024-03",
        source: { country: "US", org: null, person: null },
      }),
    ],
  });
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("analysis over a SQLite store", () => {
  it("indicators: the two series with their figures, sources and codes", async () => {
    const series = await analyseIndicators(store);
    const soldiers = series.find((s) => s.key === "deployment|soldier|KP|RU")!;
    expect(soldiers.points.map((p) => p.figure).sort()).toEqual(["~10 000", "≤ 12 000"]);
    expect(soldiers.points.every((p) => p.code === "F2")).toBe(true);
    const containers = series.find((s) => s.key === "delivery|container|KP|RU")!;
    expect(containers.points.map((p) => [p.figure, p.source])).toEqual([
      ["7 000", "US"],
      ["13 000", "National Intelligence Service"],
    ]);
    expect(containers.flags.map((f) => f.type)).toEqual(["update"]);
  });
  it("a user grade set through the CLI shows in the codes", async () => {
    expect(await grade("Department of Defense", "b", { db, format: "table" })).toMatch(
      /B \(usually reliable\)/,
    );
    const series = await analyseIndicators(store, { item: "soldier" });
    expect(series[0]!.points.find((p) => p.source === "Department of Defense")?.code).toBe("B2");
    expect(await grade(undefined, undefined, { db, format: "csv" })).toContain(
      "Department of Defense,B,store",
    );
    await expect(grade("KR", "Z", { db, format: "table" })).rejects.toThrow(/A–F/);
  });
  it("timeline, flows and hypotheses read the store", async () => {
    const t = await analyseTimeline(store);
    expect(t.map((e) => e.at)).toEqual(["2023-08", "2024-03", "2024-06", "2024-10", "2024-10"]);
    const g = await analyseFlows(store);
    expect(g.edges.map((e) => `${e.from}>${e.to}:${e.item}:${e.latest?.figure}`)).toEqual([
      "KP>RU:container:13 000",
      "KP>RU:soldier:≤ 12 000",
    ]);
    const m = await analyseHypotheses(store);
    expect(m.hypotheses.at(-1)?.id).toBe("H1");
  });
});

describe("CLI commands over a SQLite store", () => {
  it("claims: filters and formats", async () => {
    const table = await listClaims({ db, format: "table", item: "container" });
    expect(table).toContain("13 000");
    expect(table).not.toContain("12 000");
    const jsonl = (await listClaims({ db, format: "jsonl", actor: "KP", source: "KR" })).trim().split("\n");
    expect(jsonl.map((l) => JSON.parse(l).figure).sort()).toEqual(["13 000", "≤ 12 000"]);
    const csv = await listClaims({ db, format: "csv", kind: "deployment" });
    expect(csv.split("\n")[0]).toMatch(/^id,documentId,kind,item,figure/);
    expect(csv.trim().split("\n")).toHaveLength(3);
  });
  it("events, timeline, indicators, flows, hypotheses print", async () => {
    expect(await listEvents({ db, format: "csv", kind: "visit" })).toContain("Vladimir Putin");
    expect(await timeline({ db, format: "table", type: "event" })).toContain("2024-06");
    const ind = await indicators({ db, format: "table" });
    expect(ind).toContain("== delivery container KP → RU");
    expect(ind).toContain("latest 13 000 (National Intelligence Service, 2024-10-30)");
    expect(ind).toContain("UPDATE: 7 000 (US");
    const indJson = JSON.parse(await indicators({ db, format: "json", item: "soldier" }));
    expect(indJson).toHaveLength(1);
    expect(await flows({ db, format: "csv" })).toContain("KP,RU,container,delivery,2,2,13 000");
    expect(await hypotheses({ db, format: "table" })).toMatch(/H1/);
  });
  it("export writes every record type", async () => {
    const lines = (await exportStore({ db, format: "jsonl" }))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type).sort()).toEqual(["claim", "claim", "claim", "claim", "entity", "event"]);
    const csv = await exportStore({ db, format: "csv", types: ["events", "entities"] });
    expect(csv.split("\n")[0]!.startsWith("type,")).toBe(true);
    expect(csv).toContain("entity,");
    const json = JSON.parse(await exportStore({ db, format: "json", types: ["claims"] }));
    expect(json).toHaveLength(4);
  });
});
