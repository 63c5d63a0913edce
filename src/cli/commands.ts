/**
 * @module The registry of CLI commands, in the order `--help` lists them: get articles in, look at
 * what was found, analyse it, serve it.
 */
import type { Command } from "commander";
import { annotateCommand } from "./annotate.js";
import { claimsCommand } from "./claims.js";
import { demoCommand } from "./demo.js";
import { docsCommand } from "./docs.js";
import { eventsCommand } from "./events.js";
import { exportCommand } from "./export.js";
import { extractCommand } from "./extract.js";
import { flowsCommand } from "./flows.js";
import { gradeCommand } from "./grade.js";
import { hypothesesCommand } from "./hypotheses.js";
import { indicatorsCommand } from "./indicators.js";
import { ingestCommand } from "./ingest.js";
import { reextractCommand } from "./reextract.js";
import { serveCommand } from "./serve.js";
import { timelineCommand } from "./timeline.js";

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  ingestCommand,
  docsCommand,
  reextractCommand,
  extractCommand,
  annotateCommand,
  claimsCommand,
  eventsCommand,
  timelineCommand,
  indicatorsCommand,
  flowsCommand,
  hypothesesCommand,
  gradeCommand,
  exportCommand,
  serveCommand,
  demoCommand,
];
