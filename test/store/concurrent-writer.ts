/** @module A child process for the multi-writer test: saves `count` distinct documents plus one shared text to a store. */
import { openStore } from "../../src/store/index.js";
import { makeDoc } from "./helpers.js";

const [location, count, tag] = process.argv.slice(2);
const store = await openStore(location);
const statuses: string[] = [];
try {
  // distinct texts: each word carries the writer's tag and a number, so no two texts share a shingle
  for (let i = 0; i < Number(count); i++) {
    const text = Array.from({ length: 40 }, (_, w) => `${tag}x${i}x${w}`).join(" ");
    statuses.push((await store.saveDocument(makeDoc(text, { origin: `${tag}-${i}` }))).status);
  }
  statuses.push(
    (await store.saveDocument(makeDoc("Derselbe Text aus beiden Prozessen, einmal gespeichert."))).status,
  );
} finally {
  await store.close();
}
process.stdout.write(JSON.stringify(statuses));
