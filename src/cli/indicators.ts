/**
 * @module `lagebild indicators`: each series of figures (kind, item, actor → recipient) with its latest
 * figure, range and disagreement flags; the points with their sources and Admiralty codes.
 */
import type { Command } from "commander";
import { analyseIndicators, type GradedSeries, type IndicatorOptions } from "../analyse/index.js";
import { codeArg, countArg, DB_HELP, formatOption, periodText, withStore } from "./claims.js";
import { type Format, render } from "./output.js";

export interface IndicatorsCliOptions
  extends Pick<IndicatorOptions, "kind" | "item" | "actor" | "recipient"> {
  db?: string;
  format: Format;
  grades?: string;
  minPoints?: number;
}

/** `deployment soldier KP → RU` */
export function seriesLabel(s: Pick<GradedSeries, "kind" | "item" | "actor" | "recipient">): string {
  return `${s.kind} ${s.item} ${s.actor ?? "?"} → ${s.recipient ?? "?"}`;
}

function pointRows(s: GradedSeries): Record<string, unknown>[] {
  return s.points.map((p) => ({
    series: s.key,
    at: p.at ?? "",
    figure: p.figure,
    period: periodText(p.time),
    reported: p.reported,
    source: p.source ?? "(none named)",
    code: p.code,
    sources: p.corroboration,
    hedged: p.hedged ? "hedged" : "",
    claim: p.claimId,
    doc: p.documentId,
    outlet: p.outlet,
    text: p.text,
  }));
}

/** A human summary: one block per series. */
export function indicatorsTable(series: readonly GradedSeries[]): string {
  if (!series.length) return "(no series)\n";
  const blocks = series.map((s) => {
    const latest = s.latest
      ? `latest ${s.latest.figure} (${s.latest.source ?? "no source named"}${s.latest.asOf ? `, ${s.latest.asOf}` : ""})`
      : "no latest figure";
    const range = s.range ? `range ${s.range.lowest} … ${s.range.highest}` : "";
    const disagreements = s.flags.filter((f) => f.type === "disagreement").length;
    const head = [
      `== ${seriesLabel(s)}: ${s.points.length} figure(s) from ${s.sources} independent source(s)`,
      `   ${[latest, range, `${disagreements} disagreement(s)`].filter(Boolean).join(" · ")}`,
    ];
    const flags = s.flags.map(
      (f) =>
        `   ${f.type.toUpperCase()}: ${f.figures[0]} (${f.sources[0]}, claim ${f.claims[0]}) vs ${f.figures[1]} (${f.sources[1]}, claim ${f.claims[1]})`,
    );
    const table = render(pointRows(s), "table", [
      "at",
      "figure",
      "period",
      "source",
      "code",
      "sources",
      "hedged",
      "claim",
      "text",
    ]);
    return [...head, ...flags, table].join("\n");
  });
  return blocks.join("\n");
}

export async function indicators(opts: IndicatorsCliOptions): Promise<string> {
  const { db, format, grades, ...filter } = opts;
  const series = await withStore(db, (s) => analyseIndicators(s, { ...filter, gradesFile: grades }));
  if (format === "table") return indicatorsTable(series);
  if (format === "csv") {
    return render(series.flatMap(pointRows), "csv", [
      "series",
      "at",
      "figure",
      "period",
      "reported",
      "source",
      "code",
      "sources",
      "hedged",
      "claim",
      "doc",
      "outlet",
      "text",
    ]);
  }
  return render(
    series.map((s) => ({ ...s, label: seriesLabel(s) })),
    format,
  );
}

export function indicatorsCommand(program: Command): void {
  program
    .command("indicators")
    .description("figures over time, one series per kind, item, actor and recipient; disagreements flagged")
    .option("--db <location>", DB_HELP)
    .option("--kind <kind>", "deployment, delivery, launch, casualties, inventory, …")
    .option("--item <item>", "soldier, container, shell, missile, …")
    .option("--actor <code>", "who sends, fires or holds (e.g. KP)", codeArg)
    .option("--recipient <code>", "who receives (e.g. RU)", codeArg)
    .option("--min-points <n>", "only series with at least this many figures", countArg)
    .option(
      "--grades <file>",
      "source grade file (default: data/grades/sources.json); the store's grades override it",
    )
    .addOption(formatOption())
    .action(async (opts: IndicatorsCliOptions) => {
      process.stdout.write(await indicators(opts));
    });
}
