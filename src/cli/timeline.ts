/** @module `lagebild timeline`: events and figures in the order of the time they are about, each at its grain. */
import { type Command, Option } from "commander";
import { analyseTimeline, type TimelineFilter } from "../analyse/index.js";
import { countArg, DB_HELP, formatOption, isoArg, withStore } from "./claims.js";
import { type Format, render } from "./output.js";

export interface TimelineOptions extends TimelineFilter {
  db?: string;
  format: Format;
  limit?: number;
}

const TABLE_COLUMNS = ["at", "end", "type", "kind", "item", "figure", "actor", "target", "source", "text"];

export async function timeline(opts: TimelineOptions): Promise<string> {
  const { db, format, ...filter } = opts;
  const entries = await withStore(db, (s) => analyseTimeline(s, filter));
  const rows = entries.map((e) => ({ ...e, participants: e.participants.join("; ") }));
  if (format === "json" || format === "jsonl")
    return render(
      entries.map((e) => ({ ...e })),
      format,
    );
  return render(
    rows,
    format,
    format === "table"
      ? TABLE_COLUMNS
      : [...TABLE_COLUMNS, "grain", "basis", "id", "documentId", "hedged", "participants"],
  );
}

export function timelineCommand(program: Command): void {
  program
    .command("timeline")
    .description("events and figures ordered by the time they are about (a month stays a month)")
    .option("--db <location>", DB_HELP)
    .option(
      "--actor <who>",
      "an actor, recipient, location (country code) or participant (e.g. KP, Kim Jong Un)",
    )
    .option("--kind <kind>", "a claim or event kind (deployment, visit, …)")
    .option("--item <item>", "a claim item (soldier, container, …); leaves out events")
    .option("--source <source>", "part of a claimant's or outlet's name, or a country code")
    .addOption(new Option("--type <type>", "only claims or only events").choices(["claim", "event"]))
    .option("--from <date>", "at or after this ISO date", isoArg)
    .option("--to <date>", "at or before this ISO date", isoArg)
    .option("--limit <n>", "at most this many entries", countArg)
    .addOption(formatOption())
    .action(async (opts: TimelineOptions) => {
      process.stdout.write(await timeline(opts));
    });
}
