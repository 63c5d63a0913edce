import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { relaunchArgs, SEMI_SPACE_MB } from "../../src/cli/young-generation.js";

const CLI = resolve("dist/cli.js");
const seeds = resolve("../shared/seeds");
const seed = join(seeds, readdirSync(seeds).find((f) => f.endsWith(".txt"))!);
const run = (args: string[], env: Record<string, string> = {}, input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, input });

describe("relaunchArgs", () => {
  const flag = `--max-semi-space-size=${SEMI_SPACE_MB}`;
  it("starts the extracting commands again with the flag first, keeping node's own flags", () => {
    expect(relaunchArgs(["node", "cli.js", "ingest", "a.txt"], ["--no-warnings"], {})).toEqual([
      flag,
      "--no-warnings",
      "cli.js",
      "ingest",
      "a.txt",
    ]);
    for (const c of ["reextract", "extract", "demo", "serve"])
      expect(relaunchArgs(["node", "cli.js", c], [], {})?.[0]).toBe(flag);
  });
  it("runs here: query commands, no command, a flag given (argument or NODE_OPTIONS), or opted out", () => {
    expect(relaunchArgs(["node", "cli.js", "claims"], [], {})).toBeNull();
    expect(relaunchArgs(["node", "cli.js"], [], {})).toBeNull();
    expect(relaunchArgs(["node", "cli.js", "ingest"], ["--max-semi-space-size=32"], {})).toBeNull();
    expect(
      relaunchArgs(["node", "cli.js", "ingest"], [], { NODE_OPTIONS: "--max-semi-space-size=8" }),
    ).toBeNull();
    expect(relaunchArgs(["node", "cli.js", "ingest"], [], { LAGEBILD_SEMI_SPACE: "default" })).toBeNull();
  });
});

describe.skipIf(!readdirSync(resolve("dist")).includes("cli.js"))("a relaunched command", () => {
  it("prints what the command run in place prints, reads stdin, and passes the exit code on", () => {
    const relaunched = run(["extract", seed]);
    const inPlace = run(["extract", seed], { LAGEBILD_SEMI_SPACE: "default" });
    expect(relaunched.status).toBe(0);
    expect(relaunched.stdout).toBe(inPlace.stdout);
    expect(relaunched.stdout.split("\n").length).toBeGreaterThan(20);
    const piped = run(["extract", "-"], {}, "Nordkorea hat 300 Soldaten nach Russland geschickt.");
    expect(piped.stdout).toContain('"value":300');
    const missing = run(["extract", join(seeds, "no-such-file.txt")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-such-file\.txt: .*\[E_NOT_FOUND\]/);
  });
});
