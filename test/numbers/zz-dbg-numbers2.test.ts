import { readFileSync } from "node:fs";
import { it } from "vitest";
import { findNumbers } from "../../src/pipeline/numbers/index.js";
it("dbg", () => {
  const ids = (process.env.IDS ?? "").split(",");
  for (const lang of ["de", "en"] as const) {
    const cases = JSON.parse(readFileSync(`/work/shared/peers/recognizers-text/${lang}-number.json`, "utf8"));
    for (const c of cases) {
      if (!ids.includes(c.id)) continue;
      const f = findNumbers(c.input, lang).map((x) => `${x.text}=${x.type}:${x.value ?? `[${x.min},${x.max}]`}:${x.rule}`);
      console.log(c.id, JSON.stringify(c.input.slice(0, 90)), "\n   exp", JSON.stringify(c.expected.map((e: any) => `${e.text}=${e.type}:${e.value}`)), "\n   got", JSON.stringify(f));
    }
  }
});
