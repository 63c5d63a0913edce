import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";

// The gold is data written by hand; its checker catches figures that the text does not state.
it("examples/gold.json agrees with the example articles and the FORMAT.md vocabulary", () => {
  const out = execFileSync(process.execPath, ["examples/check-gold.mjs"], { encoding: "utf8" });
  expect(out).not.toMatch(/problem/i);
});
