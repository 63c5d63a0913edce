/** @module Test helper: a store filled by the real ingest path (the project's `examples/` and the shared seeds), plus an article of our own that carries markup. */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../../src/ingest/index.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SEEDS = resolve(ROOT, "../shared/seeds");
export const EXAMPLES = join(ROOT, "examples");

/** An article of our own whose text holds markup; it must reach the browser as text. */
export const SCRIPT_ARTICLE = {
  title: "Test <b>title</b>",
  date: "2024-11-05",
  outlet: "test-outlet",
  text:
    "Laut dem ukrainischen Geheimdienst sind rund 11.000 nordkoreanische Soldaten in Russland stationiert. " +
    '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> Weitere Angaben gab es nicht.',
};

/** Every `.txt` under `examples/` and (unless `seeds: false`) the seed articles, ingested into `location` (default an in-memory store). */
export async function filledStore(location = ":memory:", opts: { seeds?: boolean } = {}): Promise<Store> {
  const store = await openStore(location);
  const examples = (readdirSync(EXAMPLES, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(EXAMPLES, f));
  if (examples.length < 10) throw new Error(`expected the example articles under ${EXAMPLES}`);
  const summary = await ingest(store, opts.seeds === false ? examples : [...examples, SEEDS]);
  if (summary.failed)
    throw new Error(`fixture ingest failed: ${summary.failures.map((f) => f.message).join("; ")}`);
  return store;
}
