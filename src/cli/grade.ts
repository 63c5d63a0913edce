/**
 * @module `lagebild grade`: sets or lists source reliability grades (A–F), and shows each claim's
 * Admiralty code (reliability of its source + credibility of the claim).
 */
import { type Command, InvalidArgumentError } from "commander";
import {
  analyseGrades,
  CREDIBILITY_LABELS,
  isReliability,
  RELIABILITY_LABELS,
  readGradeFile,
} from "../analyse/index.js";
import type { Reliability } from "../store/types.js";
import { codeArg, DB_HELP, formatOption, withStore } from "./claims.js";
import { type Format, render } from "./output.js";

export interface GradeOptions {
  db?: string;
  format: Format;
  note?: string;
  grades?: string;
  claims?: boolean;
  kind?: string;
  item?: string;
  actor?: string;
  recipient?: string;
}

function reliabilityArg(value: string): Reliability {
  const v = value.toUpperCase();
  if (!isReliability(v)) throw new InvalidArgumentError(`"${value}" is not a reliability grade (A–F)`);
  return v;
}

/** With a source and a grade: stores the grade. Without: lists the grades, or with `--claims` every claim's code. */
export async function grade(source: string | undefined, reliability: string | undefined, opts: GradeOptions) {
  if (source && !reliability) throw new InvalidArgumentError(`give a grade (A–F) for "${source}"`);
  return withStore(opts.db, async (store) => {
    if (source && reliability) {
      const r = reliabilityArg(reliability);
      await store.setSourceGrade({ source, reliability: r, note: opts.note ?? null });
      return `${source}: ${r} (${RELIABILITY_LABELS[r]})\n`;
    }
    if (opts.claims) {
      const graded = await analyseGrades(store, { ...opts, gradesFile: opts.grades });
      const rows = graded.map((g) => ({
        claim: g.claimId,
        code: g.code,
        reliability: g.reliability,
        gradedAs: g.gradedAs,
        credibility: g.credibility,
        meaning: `${RELIABILITY_LABELS[g.reliability]}, ${CREDIBILITY_LABELS[g.credibility]}`,
        sources: g.corroboration.sources,
        contradictions: g.corroboration.contradictions,
        kind: g.claim.kind,
        item: g.claim.item,
        hedged: g.claim.hedged,
        text: g.claim.text,
      }));
      return render(rows, opts.format);
    }
    const file = readGradeFile(opts.grades).map((g) => ({ ...g, from: "file" }));
    const stored = (await store.sourceGrades()).map((g) => ({ ...g, from: "store" }));
    return render([...file, ...stored], opts.format, ["source", "reliability", "from", "note"]);
  });
}

export function gradeCommand(program: Command): void {
  program
    .command("grade")
    .description("set a source's reliability (A–F), list the grades, or show each claim's Admiralty code")
    .argument(
      "[source]",
      'a source key: organisation, person, country code or outlet (e.g. "Department of Defense")',
    )
    .argument("[grade]", "A completely reliable … E unreliable, F cannot be judged")
    .option("--db <location>", DB_HELP)
    .option("--note <text>", "why this grade")
    .option("--grades <file>", "source grade file (default: data/grades/sources.json)")
    .option("--claims", "show every claim's Admiralty code (reliability + credibility)")
    .option("--kind <kind>", "with --claims: only this kind")
    .option("--item <item>", "with --claims: only this item")
    .option("--actor <code>", "with --claims: only this actor", codeArg)
    .option("--recipient <code>", "with --claims: only this recipient", codeArg)
    .addOption(formatOption())
    .action(async (source: string | undefined, reliability: string | undefined, opts: GradeOptions) => {
      process.stdout.write(await grade(source, reliability, opts));
    });
}
