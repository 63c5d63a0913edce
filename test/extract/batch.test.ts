import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACT_BATCH, extractBatch, extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

const dirs = ["examples/articles", "examples/holdout/set1/articles", "examples/holdout/set3/articles"];
const items = dirs.flatMap((d) =>
  readdirSync(resolve(d))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ doc: documentFromText(readFileSync(join(resolve(d), f), "utf8"), f), name: f })),
);

describe("extractBatch", () => {
  it("gives every document of a batch the records extractDocument gives it alone", () => {
    expect(items.length).toBeGreaterThan(EXTRACT_BATCH);
    const batched = [];
    for (let i = 0; i < items.length; i += EXTRACT_BATCH)
      batched.push(...extractBatch(items.slice(i, i + EXTRACT_BATCH)));
    const alone = items.map(({ doc, name }) => extractDocument(doc, name));
    expect(batched).toEqual(alone);
    expect(alone.some((x) => x.claims.length > 0 && x.events.length > 0)).toBe(true);
  });

  it("puts a failing document's error in its slot and extracts the others", () => {
    const [a, b] = items;
    const broken = { doc: { ...a!.doc, text: null as unknown as string }, name: "broken.txt" };
    const out = extractBatch([a!, broken, b!]);
    expect(out[1]).toBeInstanceOf(Error);
    expect(out[0]).toEqual(extractDocument(a!.doc, a!.name));
    expect(out[2]).toEqual(extractDocument(b!.doc, b!.name));
  });
});
