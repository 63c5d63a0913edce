import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnnotator } from "../../src/pipeline/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

/**
 * Entity F1 on the project's own example articles (`examples/`), by the scorer's rule. Note: the
 * gazetteer's coverage of places and people was extended while looking at these lists, so this is a
 * regression check, not a measure on unseen text.
 */
const root = new URL("../../examples/", import.meta.url);
const goldFile = new URL("gold.json", root);

describe.skipIf(!existsSync(goldFile))("annotate pipeline on examples/", () => {
  it("entity F1 against examples/gold.json is at least 0.9", () => {
    const gold = JSON.parse(readFileSync(goldFile, "utf8")) as {
      docs: Record<string, { entities?: { name: string; aliases?: string[] }[] }>;
    };
    const annotator = createAnnotator();
    let tp = 0;
    let nGold = 0;
    let nPred = 0;
    for (const [name, g] of Object.entries(gold.docs)) {
      const text = readFileSync(new URL(`articles/${name}`, root), "utf8");
      const a = annotator.annotate(documentFromText(text, name));
      for (const m of a.layers.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const pred = [...new Set(a.layers.mentions.map((m) => m.name))];
      const used = new Set<string>();
      for (const ge of g.entities ?? []) {
        const names = [ge.name, ...(ge.aliases ?? [])].map((n) => n.toLowerCase());
        const hit = pred.find((p) => !used.has(p) && names.includes(p.toLowerCase()));
        if (hit) {
          used.add(hit);
          tp++;
        }
      }
      nGold += g.entities?.length ?? 0;
      nPred += pred.length;
    }
    const p = tp / nPred;
    const r = tp / nGold;
    const f1 = (2 * p * r) / (p + r);
    console.log(`examples entities: F1 ${f1.toFixed(3)} (tp ${tp}, gold ${nGold}, pred ${nPred})`);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
