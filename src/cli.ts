#!/usr/bin/env node
/**
 * @module The `lagebild` command. It parses flags and makes library calls; every command lives in
 * `src/cli/<command>.ts` and is registered in `src/cli/commands.ts`.
 */
import { relaunchWithYoungGeneration } from "./cli/young-generation.js";

// the commands are loaded only where they run: a relaunching parent would compile every pattern for nothing
if (!relaunchWithYoungGeneration()) await main();

async function main(): Promise<void> {
  const { Command } = await import("commander");
  const { commands } = await import("./cli/commands.js");
  const program = new Command()
    .name("lagebild")
    .description(
      "A sourced situation picture from news articles: figures, events and actors, with their sources.",
    )
    .version("0.1.0")
    .showHelpAfterError();
  for (const register of commands) register(program);
  program.parseAsync(process.argv).catch((err: unknown) => {
    process.stderr.write(`lagebild: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
