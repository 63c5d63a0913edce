import { openStore } from "./src/store/index.js";
import { makeDoc, claim, extraction } from "./test/store/helpers.js";
import pg from "pg";
const vocab = Array.from({ length: 5000 }, (_, i) => `wort${i.toString(36)}`);
let seed = 7; const rnd = Math.random;
const mk = () => Array.from({ length: 450 }, () => vocab[Math.floor(rnd() * vocab.length)]).join(" ") + ".";
const N = Number(process.argv[2] ?? 2000);
for (const loc of process.argv.slice(3)) {
  if (loc.startsWith("postgres")) { const c = new pg.Client("postgres://postgres@127.0.0.1:5432/test"); await c.connect(); await c.query("drop schema if exists bench cascade; create schema bench"); await c.end(); }
  else { const fs = await import("node:fs"); for (const f of ["/tmp/bench.db", "/tmp/bench.db-wal", "/tmp/bench.db-shm"]) fs.rmSync(f, { force: true }); }
  const s = await openStore(loc);
  const texts = Array.from({ length: N }, mk);
  const t0 = performance.now();
  let dups = 0;
  for (const text of texts) {
    const sentence = text.slice(0, 60);
    const r = await s.saveDocument(makeDoc(text), extraction({ claims: Array.from({ length: 5 }, () => claim(text, sentence)) }));
    if (r.status !== "new") dups++;
  }
  const dt = (performance.now() - t0) / 1000;
  const t1 = performance.now(); const q = await s.claims({ item: "soldier", from: "2024", limit: 100 }); const dq = performance.now() - t1;
  const t2 = performance.now(); await s.search("wort1 wort2"); const ds = performance.now() - t2;
  console.log(`${s.dialect}: ${N} docs in ${dt.toFixed(1)}s = ${(N / dt).toFixed(0)} docs/s, non-new ${dups}; claims query ${dq.toFixed(0)}ms (${q.length}); search ${ds.toFixed(0)}ms`);
  await s.close();
}
