/**
 * @module Start-up of the commands that extract (`ingest`, `reextract`, `extract`, `demo`, `serve`): they
 * run with a larger V8 young generation. Extraction runs a batch of documents stage by stage
 * (`extractBatch`), so a batch's layers stay alive across scavenges; with V8's default 16 MB semi-space
 * they survive, are copied and promoted, and the collector takes a sixth of the time. With 64 MB most of
 * them die young: the whole pipeline runs about 1.2 times faster (`npm run bench` runs so too). V8 fixes
 * the size when the process starts, so such a command starts itself once more with the flag, unless the
 * flag is given already or `LAGEBILD_SEMI_SPACE=default`.
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";

const FLAG = "--max-semi-space-size";
export const SEMI_SPACE_MB = 64;
const EXTRACTING = new Set(["ingest", "reextract", "extract", "demo", "serve"]);

/**
 * The arguments to start this command again with (the flag first), or null where it should run here:
 * `relaunchArgs(["node", "cli.js", "ingest", "x"], [], {})` → `["--max-semi-space-size=64", "cli.js", "ingest", "x"]`.
 */
export function relaunchArgs(
  argv: readonly string[],
  execArgv: readonly string[],
  env: Record<string, string | undefined>,
): string[] | null {
  const command = argv[2];
  if (!command || !EXTRACTING.has(command)) return null;
  if (env.LAGEBILD_SEMI_SPACE === "default") return null;
  const flags = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (flags.some((f) => f.startsWith(FLAG))) return null;
  return [`${FLAG}=${SEMI_SPACE_MB}`, ...execArgv, ...argv.slice(1)];
}

/**
 * Starts this command again in a child process with the larger young generation where that helps, and
 * passes on its exit code and the signals this process receives. Returns false where the command should
 * simply run here.
 */
export function relaunchWithYoungGeneration(): boolean {
  const args = relaunchArgs(process.argv, process.execArgv, process.env);
  if (!args) return false;
  const child = spawn(process.execPath, args, { stdio: "inherit" });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, forward(s));
  child.on("error", (err) => {
    process.stderr.write(`lagebild: could not start: ${err.message}\n`);
    process.exitCode = 1;
  });
  // a child ended by a signal exits as a shell reports it: 128 + the signal's number
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
  });
  return true;
}
