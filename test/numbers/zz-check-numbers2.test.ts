import { readFileSync } from "node:fs";
import { it } from "vitest";
import { passes } from "./peers.test.js";
it("check", () => {
  const ids = new Set((process.env.IDS ?? "").split(","));
  const ok: string[] = [];
  const bad: string[] = [];
  for (const lang of ["de", "en"] as const) {
    const cases = JSON.parse(readFileSync(`/work/shared/peers/recognizers-text/${lang}-number.json`, "utf8"));
    for (const c of cases) if (ids.has(c.id)) (passes(c, lang) ? ok : bad).push(c.id);
  }
  console.log("PASS", ok.length, ok.join(","));
  console.log("FAIL", bad.length, bad.join(","));
});
