import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Annotated } from "../../src/core/pipeline.js";
import { createAnnotator } from "../../src/pipeline/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

const shared = (p: string) => new URL(`../../../shared/${p}`, import.meta.url);
const gold = JSON.parse(readFileSync(shared("eval/seeds.gold.json"), "utf8")) as {
  docs: Record<string, { entities: { name: string; aliases?: string[] }[] }>;
};
const annotator = createAnnotator();
const annotated = new Map<string, Annotated>();
for (const name of Object.keys(gold.docs)) {
  const text = readFileSync(shared(`seeds/${name}`), "utf8");
  annotated.set(name, annotator.annotate(documentFromText(text, name)));
}

/** The scorer's entity rule: one prediction per distinct entity, matched by name or alias, case-insensitive, each used once. */
function entityScore(): {
  tp: number;
  gold: number;
  pred: number;
  f1: number;
  missed: string[];
  spurious: string[];
} {
  let tp = 0;
  let nGold = 0;
  let nPred = 0;
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const [name, g] of Object.entries(gold.docs)) {
    const pred = [...new Set(annotated.get(name)!.layers.mentions.map((m) => m.name))];
    const used = new Set<string>();
    for (const ge of g.entities) {
      const names = [ge.name, ...(ge.aliases ?? [])].map((n) => n.toLowerCase());
      const hit = pred.find((p) => !used.has(p) && names.includes(p.toLowerCase()));
      if (hit) {
        used.add(hit);
        tp++;
      } else missed.push(`${name}: ${ge.name}`);
    }
    spurious.push(...pred.filter((p) => !used.has(p)).map((p) => `${name}: ${p}`));
    nGold += g.entities.length;
    nPred += pred.length;
  }
  const p = tp / nPred;
  const r = tp / nGold;
  return { tp, gold: nGold, pred: nPred, f1: (2 * p * r) / (p + r), missed, spurious };
}

describe("annotate pipeline on the seed articles", () => {
  it("runs the components in data-flow order", () => {
    expect(annotator.components.map((c) => c.name)).toEqual([
      "segment",
      "numbers",
      "times",
      "entities",
      "attribution",
      "hedging",
    ]);
  });

  for (const [name, a] of annotated) {
    it(`${name}: every span slices to its text and sentences are ordered`, () => {
      const { text } = a.doc;
      const { sentences, mentions, hedges, numbers, times, attributions } = a.layers;
      expect(sentences.length).toBeGreaterThan(20);
      for (let i = 1; i < sentences.length; i++) {
        expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
        expect(sentences[i]!.paragraph).toBeGreaterThanOrEqual(sentences[i - 1]!.paragraph);
      }
      for (const s of sentences) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
      for (const x of [...mentions, ...hedges, ...numbers, ...times])
        expect(text.slice(x.start, x.end)).toBe(x.text);
      for (const at of attributions) expect(sentences).toContainEqual(expect.objectContaining(at.scope));
      expect(mentions.length).toBeGreaterThan(50);
      expect(hedges.length).toBeGreaterThan(3);
    });
  }

  it("entity F1 against the gold lists is at least 0.9", () => {
    const s = entityScore();
    console.log(
      `entities: F1 ${s.f1.toFixed(3)} (tp ${s.tp}, gold ${s.gold}, pred ${s.pred}); missed ${JSON.stringify(s.missed)}; spurious ${JSON.stringify(s.spurious)}`,
    );
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("attributes the seed figures to the sources the gold names", () => {
    const sourceOf = (doc: string, needle: string) => {
      const a = annotated.get(doc)!;
      const at = a.layers.attributions.find((x) =>
        a.doc.text.slice(x.scope.start, x.scope.end).includes(needle),
      );
      return at && { ...at.source, publisher: at.publisher, carried: at.carried };
    };
    const d0 = "000_17983965529cd9e1.txt";
    const d3 = "003_dbbaf717f7b25a3d.txt";
    expect(sourceOf(d0, "Tausende")).toMatchObject({ country: "KR", carried: true });
    expect(sourceOf(d0, "1 500")).toMatchObject({ country: "KR", carried: true });
    expect(sourceOf(d0, "10 000")).toMatchObject({
      country: "US",
      org: "Department of Defense",
      carried: false,
    });
    expect(sourceOf(d0, "7 000")).toMatchObject({ country: "US" });
    expect(sourceOf(d0, "13 000")).toMatchObject({ country: "KR" });
    expect(sourceOf(d0, "12 000")).toBeUndefined();
    expect(sourceOf(d3, "10.000")).toMatchObject({
      country: "KR",
      person: "Shin Won-sik",
      publisher: "Time",
    });
    expect(sourceOf(d3, "mindestens 20")).toMatchObject({ country: "UA", publisher: "Politico" });
    expect(sourceOf(d3, "290")).toMatchObject({ country: "UA", carried: true });
  });
});
