/**
 * @module Benchmark (not a test): throughput of the number and time recognisers over >= 5 MB of German
 * news-like text, beside chrono-node's German parser over the same text in the same run as a baseline.
 * Run with `npm run bench` (builds first). Prints MB/s per row and the ratio to the baseline.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { extractDocument } from "../dist/extract/index.js";
import { monthNames, weekdayNames } from "../dist/lang/de/calendar.js";
import { findNumbers } from "../dist/pipeline/numbers/index.js";
import { findTimes } from "../dist/pipeline/time/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_BYTES = 5 * 1024 * 1024;
const MONTHS = monthNames;
const WEEKDAYS = weekdayNames;

/** A small seeded PRNG (mulberry32), so every run benchmarks the same text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents of 3–8 sentences from the templates, plus the seed articles, until the corpus reaches the target size. */
function buildCorpus() {
  const templates = readFileSync(path.join(root, "test/fixtures/bench/de-news.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"));
  const seedDir = path.resolve(root, "../shared/seeds");
  const seeds = existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(path.join(seedDir, f), "utf8").replace(/^ date \S+\s*/, ""))
    : [];
  const rand = prng(20241015);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
  const fill = (t) => {
    const y = int(1995, 2025);
    const d = int(1, 20);
    return t
      .replaceAll("{N}", () =>
        rand() < 0.5 ? String(int(2, 990)) : `${int(1, 99)} ${String(int(0, 999)).padStart(3, "0")}`,
      )
      .replaceAll("{Y2}", String(y + int(1, 5)))
      .replaceAll("{Y}", String(y))
      .replaceAll("{M}", () => pick(MONTHS))
      .replaceAll("{MM}", String(int(1, 12)).padStart(2, "0"))
      .replaceAll("{D2}", String(d + int(1, 8)))
      .replaceAll("{D}", String(d))
      .replaceAll("{W}", () => pick(WEEKDAYS))
      .replaceAll("{K}", String(int(2, 30)))
      .replaceAll("{P}", `${int(1, 90)},${int(0, 9)}`);
  };
  const docs = [];
  let bytes = 0;
  let seedIndex = 0;
  while (bytes < TARGET_BYTES) {
    let doc;
    if (seeds.length && docs.length % 10 === 9) doc = seeds[seedIndex++ % seeds.length];
    else {
      const n = int(3, 8);
      const parts = [];
      for (let i = 0; i < n; i++) parts.push(fill(pick(templates)));
      doc = parts.join(" ");
    }
    docs.push(doc);
    bytes += Buffer.byteLength(doc, "utf8");
  }
  return { docs, bytes };
}

/**
 * Runs `fn` over a third of the documents as a warm-up (the JIT tiers up), then over all, timed. MB/s is
 * per CPU second of this process (`process.cpuUsage`), i.e. one core's throughput, which stays
 * meaningful on a busy machine; wall-clock seconds are printed beside it.
 */
function measure(label, docs, bytes, fn) {
  for (let i = 0; i < docs.length; i += 3) fn(docs[i]);
  let found = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const d of docs) found += fn(d);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const mbs = bytes / 1024 / 1024 / cpu;
  return { label, seconds: wall, cpu, mbs, found };
}

/** A Document as the reader would make it (dated, German, no furniture). */
function asDocument(text) {
  return {
    text,
    title: null,
    url: null,
    outlet: null,
    date: "2024-10-15",
    datePrecision: "day",
    dateInferred: false,
    lang: "de",
    hash: "",
    ingestedAt: "2024-10-15T12:00:00Z",
    origin: "bench",
    nonBody: [],
  };
}

const { docs, bytes } = buildCorpus();
const ref = { date: "2024-10-15" };
const refDate = new Date("2024-10-15T12:00:00Z");
console.log(
  `corpus: ${docs.length} documents, ${(bytes / 1024 / 1024).toFixed(2)} MB of German news-like text`,
);

const rows = [
  measure("lagebild numbers", docs, bytes, (d) => findNumbers(d, "de").length),
  measure("lagebild times", docs, bytes, (d) => findTimes(d, "de", ref).length),
  measure(
    "lagebild numbers + times",
    docs,
    bytes,
    (d) => findNumbers(d, "de").length + findTimes(d, "de", ref).length,
  ),
  // The whole pipeline as ingest runs it: segment, numbers, times, entities, attribution, hedging,
  // then claims, events and entity records.
  measure("lagebild annotate + extract", docs, bytes, (d) => {
    const x = extractDocument(asDocument(d), "bench.txt");
    return x.claims.length + x.events.length;
  }),
  measure("chrono-node de.parse (baseline)", docs, bytes, (d) => chrono.de.parse(d, refDate).length),
];
const baseline = rows[rows.length - 1].mbs;
for (const r of rows) {
  console.log(
    `${r.label.padEnd(34)} ${r.mbs.toFixed(2).padStart(8)} MB/s  ${r.seconds.toFixed(2).padStart(7)} s wall ` +
      `${r.cpu.toFixed(2).padStart(6)} s cpu  ${String(r.found).padStart(8)} found  x${(r.mbs / baseline).toFixed(2)} vs chrono`,
  );
}
const combined = rows.find((r) => r.label === "lagebild numbers + times");
console.log(`target >= 5 MB/s for numbers + times on one core: ${combined.mbs >= 5 ? "met" : "NOT met"}`);
const whole = rows.find((r) => r.label === "lagebild annotate + extract");
console.log(`target >= 2 MB/s for the whole pipeline on one core: ${whole.mbs >= 2 ? "met" : "NOT met"}`);
