/** @module Test helper: extract a set of files to JSONL and score it with ../shared/eval/score.mjs. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extractInputs, formatRecords } from "../../src/cli/extract.js";

export interface Figures {
  tp: number;
  gold: number;
  pred: number;
  precision: number;
  recall: number;
  f1: number;
}
export type Scores = Record<"found" | "exact" | "events" | "entities", Figures>;

export const SCORER = resolve(process.cwd(), "../shared/eval/score.mjs");

/** Extracts `files`, writes the JSONL to a temp file, and returns the scorer's figures and its report. */
export async function score(
  files: readonly string[],
  gold: string,
): Promise<{ scores: Scores; report: string }> {
  const { records, errors } = await extractInputs(files);
  if (errors.length) throw new Error(errors.map((e) => e.message).join("\n"));
  const pred = join(mkdtempSync(join(tmpdir(), "lagebild-score-")), "pred.jsonl");
  writeFileSync(pred, formatRecords(records, "jsonl"));
  const args = [SCORER, "--gold", gold, "--pred", pred];
  const scores = JSON.parse(execFileSync("node", [...args, "--json"], { encoding: "utf8" })) as Scores;
  const report = execFileSync("node", args, { encoding: "utf8" });
  return { scores, report };
}
