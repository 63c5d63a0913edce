/**
 * @module `lagebild hypotheses`: the competing-hypotheses matrix of a hypothesis set (default: the
 * three deployment scenarios shipped in data/hypotheses/), computed from the stored evidence.
 */

import { join } from "node:path";
import type { Command } from "commander";
import {
  analyseHypotheses,
  type HypothesisMatrix,
  hypothesisDir,
  listHypothesisSets,
  readHypothesisSet,
} from "../analyse/index.js";
import { DB_HELP, formatOption, withStore } from "./claims.js";
import { type Format, render } from "./output.js";

export interface HypothesesCliOptions {
  db?: string;
  format: Format;
  set?: string;
  grades?: string;
  list?: boolean;
}

export function matrixTable(m: HypothesisMatrix): string {
  const ranking = render(
    m.hypotheses.map((h) => ({
      rank: h.rank,
      id: h.id,
      inconsistency: h.inconsistency,
      I: h.inconsistent,
      C: h.consistent,
      hypothesis: h.label,
    })),
    "table",
  );
  const ids = m.hypotheses.map((h) => h.id).sort();
  const matrix = render(
    m.rows.map((r) => ({
      evidence: r.evidence,
      item: `${r.type} ${r.id}`,
      cred: r.credibility,
      weight: r.weight,
      ...r.cells,
      text: r.text,
    })),
    "table",
    ["evidence", "item", "cred", "weight", ...ids, "text"],
  );
  const unmatched = m.unmatched.length ? `no evidence yet for: ${m.unmatched.join(", ")}\n` : "";
  return `${m.title}\n\n${ranking}\n${matrix}${unmatched}`;
}

export async function hypotheses(opts: HypothesesCliOptions): Promise<string> {
  if (opts.list) {
    const { sets, errors } = listHypothesisSets();
    for (const e of errors) process.stderr.write(`lagebild: ${e.message}\n`);
    return render(
      sets.map((s) => ({
        id: s.id,
        title: s.title,
        hypotheses: s.hypotheses.length,
        evidence: s.evidence.length,
      })),
      opts.format,
    );
  }
  // `--set nk-deployment` names a set in the hypothesis folder; anything with a slash or `.json` is a file
  const file =
    opts.set && !/[/\\]|\.json$/.test(opts.set) ? join(hypothesisDir(), `${opts.set}.json`) : opts.set;
  const set = file ? readHypothesisSet(file) : readHypothesisSet();
  const m = await withStore(opts.db, (s) => analyseHypotheses(s, set, { gradesFile: opts.grades }));
  if (opts.format === "table") return matrixTable(m);
  if (opts.format === "json") return `${JSON.stringify(m, null, 2)}\n`;
  const rows = m.rows.map((r) => ({ ...r, ...r.cells, cells: undefined }));
  return render(
    rows,
    opts.format,
    opts.format === "csv"
      ? [
          "evidence",
          "label",
          "type",
          "id",
          "documentId",
          "credibility",
          "weight",
          ...m.hypotheses.map((h) => h.id).sort(),
          "text",
        ]
      : undefined,
  );
}

export function hypothesesCommand(program: Command): void {
  program
    .command("hypotheses")
    .description("analysis of competing hypotheses: which hypothesis the stored evidence contradicts least")
    .option("--db <location>", DB_HELP)
    .option("--set <id|file>", "a set's id in $LAGEBILD_HYPOTHESES (default data/hypotheses/) or a JSON file")
    .option("--list", "list the hypothesis sets")
    .option("--grades <file>", "source grade file (default: data/grades/sources.json)")
    .addOption(formatOption())
    .action(async (opts: HypothesesCliOptions) => {
      process.stdout.write(await hypotheses(opts));
    });
}
