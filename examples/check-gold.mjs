#!/usr/bin/env node
/** @module check-gold: validates examples/gold.json against the example texts and the FORMAT.md vocabulary. */
// Usage (from the repository root): node examples/check-gold.mjs [gold.json]
// Checks: one gold entry per .txt file; the ` date` header agrees with the gold date; body length;
// kinds, items and country codes from FORMAT.md; every claim's figure is written somewhere in its text
// (e.g. value 1500 is found as `1.500`, `1 500`, `1,500` or `1500`; 3000000 as `drei Millionen`).
// Exit code 1 when anything is wrong, with one line per problem naming the file.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const goldPath = process.argv[2] ?? join(here, "gold.json");
const folder = join(dirname(goldPath), "articles");
const gold = JSON.parse(readFileSync(goldPath, "utf8")).docs;

const KINDS = new Set(["deployment", "delivery", "launch", "casualties", "inventory", "composition", "other"]);
const ITEMS = new Set([
  "soldier", "worker", "container", "shell", "missile", "rocket", "weapon_system", "component", "person", "money", "other",
]);
const EVENTS = new Set(["visit", "meeting", "agreement", "ratification", "weapons_test", "sanctions", "military_action", "other"]);
const CATEGORIES = new Set(["country", "person", "organization", "place", "weapon"]);
const CODE = /^[A-Z]{2}$/;
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const VAGUE = {
  dozens: ["Dutzende", "dozens"],
  hundreds: ["Hunderte", "hundred"],
  thousands: ["Tausende", "thousands"],
  "tens of thousands": ["Zehntausende", "tens of thousands"],
  millions: ["Millionen", "millions"],
};
// Only the words these texts use; this is a checker for this folder, not a number parser.
const WORDS = { 1: ["eine", "one"], 2: ["zwei", "two"], 3: ["drei", "three"], 12: ["zwölf", "twelve"] };
const SCALES = [
  [1e9, ["Milliarden", "Milliarde", "billion"]],
  [1e6, ["Millionen", "Million", "million"]],
];

/** Ways a figure may be written: 1500 → `1500`, `1,500`, `1.500`, `1 500`; 9e6 → `9 million`, `neun Millionen`… */
function renderings(n) {
  const out = new Set([String(n), ...(WORDS[n] ?? [])]);
  const grouped = n.toLocaleString("en-US");
  for (const sep of [",", ".", " ", "\u00a0", "\u202f"]) out.add(grouped.replaceAll(",", sep));
  for (const [scale, names] of SCALES) {
    if (n < scale) continue;
    const m = n / scale;
    for (const head of [String(m), String(m).replace(".", ","), ...(WORDS[m] ?? [])]) {
      for (const name of names) out.add(`${head} ${name}`);
    }
  }
  return [...out];
}

const problems = [];
const say = (doc, msg) => problems.push(`${doc}: ${msg}`);
const files = readdirSync(folder).filter((f) => f.endsWith(".txt"));
for (const f of files) if (!gold[f]) say(f, "no gold entry");

for (const [doc, g] of Object.entries(gold)) {
  let text;
  try {
    text = readFileSync(join(folder, basename(doc)), "utf8");
  } catch {
    say(doc, "gold names a file that cannot be read");
    continue;
  }
  const header = /^ date (\S+)\n/.exec(text);
  if (header && header[1] !== g.date) say(doc, `header date ${header[1]} but gold date ${g.date}`);
  if (g.date != null && !ISO.test(g.date)) say(doc, `gold date ${g.date} is not ISO`);
  const body = text.split("\n\n").slice(1).join("\n\n");
  const words = body.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 350) say(doc, `body has ${words} words (150–350 expected)`);

  for (const c of g.claims ?? []) {
    const label = `claim "${c.note}"`;
    if (!KINDS.has(c.kind)) say(doc, `${label}: kind ${c.kind}`);
    if (!ITEMS.has(c.item)) say(doc, `${label}: item ${c.item}`);
    for (const f of ["actor", "recipient"]) if (c[f] != null && !CODE.test(c[f])) say(doc, `${label}: ${f} ${c[f]}`);
    if (c.source?.country != null && !CODE.test(c.source.country)) say(doc, `${label}: source ${c.source.country}`);
    for (const d of [c.time?.start, c.time?.end, c.reported]) if (d != null && !ISO.test(d)) say(doc, `${label}: date ${d}`);
    for (const f of ["value", "min", "max"]) {
      const n = c[f];
      if (n != null && !renderings(n).some((r) => text.includes(r))) say(doc, `${label}: ${f} ${n} not written in the text`);
    }
    if (c.vague != null && !(VAGUE[c.vague] ?? []).some((w) => text.includes(w))) say(doc, `${label}: vague ${c.vague}`);
  }
  for (const e of g.events ?? []) {
    if (!EVENTS.has(e.kind)) say(doc, `event "${e.note}": kind ${e.kind}`);
    for (const f of ["actor", "location"]) if (e[f] != null && !CODE.test(e[f])) say(doc, `event "${e.note}": ${f} ${e[f]}`);
    if (e.time?.start != null && !ISO.test(e.time.start)) say(doc, `event "${e.note}": date ${e.time.start}`);
  }
  const seen = new Set();
  for (const n of g.entities ?? []) {
    if (!CATEGORIES.has(n.category)) say(doc, `entity ${n.name}: category ${n.category}`);
    if (seen.has(n.name.toLowerCase())) say(doc, `entity ${n.name} listed twice`);
    seen.add(n.name.toLowerCase());
  }
}

const count = (k) => Object.values(gold).reduce((s, g) => s + (g[k]?.length ?? 0), 0);
for (const p of problems) console.error(p);
console.log(
  `${Object.keys(gold).length} docs, ${count("claims")} claims, ${count("events")} events, ${count("entities")} entities: ` +
    (problems.length ? `${problems.length} problem(s)` : "ok"),
);
process.exitCode = problems.length ? 1 : 0;
