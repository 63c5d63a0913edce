/** @module `lagebild events`: lists stored events (visits, agreements, weapons tests, …) with filters. */
import type { Command } from "commander";
import type { EventFilter, StoredEvent } from "../store/types.js";
import { codeArg, countArg, DB_HELP, formatOption, isoArg, periodText, withStore } from "./claims.js";
import { type Format, render } from "./output.js";

/** An event as a flat row. */
export function eventRow(e: StoredEvent): Record<string, unknown> {
  return {
    id: e.id,
    documentId: e.documentId,
    kind: e.kind,
    time: periodText(e.time),
    timeStart: e.time.start,
    timeEnd: e.time.end,
    actor: e.actor,
    location: e.location,
    participants: e.participants.join("; "),
    docDate: e.docDate,
    outlet: e.outlet,
    clusterId: e.clusterId,
    span: e.span,
    text: e.text,
  };
}

const TABLE_COLUMNS = ["id", "kind", "time", "actor", "location", "participants", "text"];
const CSV_COLUMNS = [
  "id",
  "documentId",
  "kind",
  "timeStart",
  "timeEnd",
  "actor",
  "location",
  "participants",
  "docDate",
  "outlet",
  "clusterId",
  "text",
];

export interface EventsOptions extends Omit<EventFilter, "documentId"> {
  db?: string;
  format: Format;
  doc?: number;
}

export async function listEvents(opts: EventsOptions): Promise<string> {
  const { db, format, doc, ...filter } = opts;
  const events = await withStore(db, (s) => s.events({ ...filter, documentId: doc }));
  if (format === "json" || format === "jsonl")
    return render(
      events.map((e) => ({ ...e })),
      format,
    );
  return render(events.map(eventRow), format, format === "table" ? TABLE_COLUMNS : CSV_COLUMNS);
}

export function eventsCommand(program: Command): void {
  program
    .command("events")
    .description(
      "list the stored events: visits, meetings, agreements, ratifications, tests, sanctions, attacks",
    )
    .option("--db <location>", DB_HELP)
    .option(
      "--kind <kind>",
      "visit, meeting, agreement, ratification, weapons_test, sanctions, military_action",
    )
    .option("--actor <code>", "who acts (country code, e.g. RU)", codeArg)
    .option("--participant <name>", "a person or organisation taking part (e.g. Kim Jong Un)")
    .option("--from <date>", "not before this ISO date", isoArg)
    .option("--to <date>", "not after this ISO date", isoArg)
    .option("--doc <id>", "only this document's events", countArg)
    .option("--limit <n>", "at most this many events", countArg, 1000)
    .addOption(formatOption())
    .action(async (opts: EventsOptions) => {
      process.stdout.write(await listEvents(opts));
    });
}
