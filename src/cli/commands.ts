/**
 * @module The registry of CLI commands, in the order `--help` lists them.
 */
import type { Command } from "commander";

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
commands.push((await import("./docs.js")).docsCommand);
commands.push((await import("./ingest.js")).ingestCommand);
commands.push((await import("./claims.js")).claimsCommand);
commands.push((await import("./events.js")).eventsCommand);
commands.push((await import("./timeline.js")).timelineCommand);
commands.push((await import("./indicators.js")).indicatorsCommand);
commands.push((await import("./flows.js")).flowsCommand);
commands.push((await import("./hypotheses.js")).hypothesesCommand);
commands.push((await import("./grade.js")).gradeCommand);
commands.push((await import("./export.js")).exportCommand);
commands.push((await import("./extract.js")).extractCommand);
commands.push((await import("./annotate.js")).annotateCommand);
commands.push((await import("./serve.js")).serveCommand);
commands.push((await import("./reextract.js")).reextractCommand);
commands.push((await import("./demo.js")).demoCommand);
