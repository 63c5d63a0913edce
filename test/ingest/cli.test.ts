import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { byteSizeArg, type CliIo, runIngest } from "../../src/cli/ingest.js";

const seeds = resolve(process.cwd(), "../shared/seeds");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-cli-"));
});

function capture(tty = false, env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s), isTTY: tty },
    env,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("runIngest", () => {
  it("prints the summary on stdout, nothing on stderr, exit 0; again: all identical", async () => {
    const db = join(dir, "a.db");
    const c1 = capture();
    expect(await runIngest([seeds], { db }, c1.io)).toBe(0);
    expect(c1.out()).toBe("2 new, 0 identical, 0 near-duplicate, 0 failed\n");
    expect(c1.err()).toBe("");
    const c2 = capture();
    expect(await runIngest([seeds], { db }, c2.io)).toBe(0);
    expect(c2.out()).toBe("0 new, 2 identical, 0 near-duplicate, 0 failed\n");
  });

  it("one stderr line per failure, naming the input and code; exit 1; the rest is stored", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const latin = join(dir, "latin.txt");
    writeFileSync(latin, Buffer.from("Gespräche in Pjöngjang über Rüstungsgüter und Munition.", "latin1"));
    const c = capture();
    const code = await runIngest([empty, latin, join(dir, "nope.md")], { db: join(dir, "b.db") }, c.io);
    expect(code).toBe(1);
    expect(c.out()).toBe("1 new, 0 identical, 0 near-duplicate, 2 failed\n");
    expect(c.err().trimEnd().split("\n")).toEqual([
      `lagebild: ${empty}: empty input [E_EMPTY]`,
      `lagebild: ${latin}: warning: not valid UTF-8; decoded as Windows-1252`,
      `lagebild: ${join(dir, "nope.md")}: no such file or folder [E_NOT_FOUND]`,
    ]);
  });

  it("--quiet drops warnings but not failures; --max-bytes is honoured", async () => {
    const text = join(dir, "long.txt");
    writeFileSync(text, "Nordkorea liefert Granaten an Russland. ".repeat(40));
    const c = capture();
    expect(
      await runIngest([text], { db: join(dir, "c.db"), quiet: true, maxBytes: byteSizeArg("1k") }, c.io),
    ).toBe(1);
    expect(c.err()).toMatch(/over the limit of 1024 bytes \(--max-bytes\) \[E_TOO_LARGE\]\n$/);
  });

  it("shows a progress bar only on a terminal outside CI", async () => {
    const tty = capture(true, {});
    await runIngest([seeds], { db: join(dir, "d.db") }, tty.io);
    // the bar draws on a timer; what shows that it ran is its hiding (and restoring) of the cursor
    expect(tty.err()).toContain("\u001b[?25l");
    const ci = capture(true, { CI: "true" });
    await runIngest([seeds], { db: join(dir, "e.db") }, ci.io);
    expect(ci.err()).toBe("");
  });

  it("refuses a store that cannot be opened before reading anything", async () => {
    const c = capture(true, {});
    await expect(runIngest([seeds], { db: join(dir, "no", "such", "dir.db") }, c.io)).rejects.toThrow(
      /E_STORE/,
    );
    expect(c.out()).toBe("");
    expect(c.err()).toBe("");
  });

  it("reads stdin for -", async () => {
    const c = capture();
    c.io.stdin = ["Pjöngjang und Moskau vereinbaren eine engere militärische Zusammenarbeit."];
    expect(await runIngest(["-"], { db: join(dir, "f.db") }, c.io)).toBe(0);
    expect(c.out()).toBe("1 new, 0 identical, 0 near-duplicate, 0 failed\n");
  });
});

describe("byteSizeArg", () => {
  it("reads plain and suffixed sizes and rejects others", () => {
    expect(byteSizeArg("1000")).toBe(1000);
    expect(byteSizeArg("5MB")).toBe(5 * 1024 * 1024);
    expect(byteSizeArg("1.5k")).toBe(1536);
    expect(() => byteSizeArg("lots")).toThrow(/not a size/);
  });
});

describe("lagebild ingest (process)", () => {
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      cwd: process.cwd(),
      encoding: "utf8",
      input,
      env: { ...process.env, CI: "1", LAGEBILD_DB: join(dir, "proc.db") },
    });

  it("has --help", () => {
    const r = cli(["ingest", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: lagebild ingest \[options\] <inputs\.\.\.>/);
    expect(r.stdout).toMatch(/--max-bytes/);
  });

  it("exits 1 with the failure on stderr and the summary on stdout", () => {
    const r = cli(["ingest", seeds, join(dir, "absent.txt")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("2 new, 0 identical, 0 near-duplicate, 1 failed\n");
    expect(r.stderr).toContain(`lagebild: ${join(dir, "absent.txt")}: no such file or folder [E_NOT_FOUND]`);
  });
});
