/** @module `lagebild flows`: who sends what to whom, as a list of edges (table, CSV) or a graph (JSON). */
import type { Command } from "commander";
import { analyseFlows } from "../analyse/index.js";
import { codeArg, DB_HELP, formatOption, withStore } from "./claims.js";
import { type Format, render } from "./output.js";

export interface FlowsCliOptions {
  db?: string;
  format: Format;
  country?: string;
  item?: string;
  /** comma-separated event kinds drawn as edges, e.g. `visit,military_action` */
  events?: string;
}

export async function flows(opts: FlowsCliOptions): Promise<string> {
  const eventKinds = opts.events
    ? opts.events
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean)
    : [];
  const graph = await withStore(opts.db, (s) =>
    analyseFlows(s, { country: opts.country, item: opts.item, eventKinds }),
  );
  if (opts.format === "json") return `${JSON.stringify(graph, null, 2)}\n`;
  const rows = graph.edges.map((e) => ({
    from: e.from,
    to: e.to,
    item: e.item,
    kinds: e.kinds.join(","),
    count: e.count,
    sources: e.sources,
    latest: e.latest?.figure ?? (e.qualitative ? "(no figure)" : ""),
    at: e.latest?.at ?? "",
    claims: e.claimIds.join(" "),
    events: e.eventIds.join(" "),
  }));
  return render(rows, opts.format, [
    "from",
    "to",
    "item",
    "kinds",
    "count",
    "sources",
    "latest",
    "at",
    "claims",
    "events",
  ]);
}

export function flowsCommand(program: Command): void {
  program
    .command("flows")
    .description(
      "who sends what to whom: soldiers, shells, missiles, oil, technology — from claims (and events)",
    )
    .option("--db <location>", DB_HELP)
    .option("--country <code>", "only edges from or to this country", codeArg)
    .option("--item <item>", "only this item (soldier, shell, …)")
    .option("--events <kinds>", "also draw these event kinds as edges from actor to location (e.g. visit)")
    .addOption(formatOption())
    .action(async (opts: FlowsCliOptions) => {
      process.stdout.write(await flows(opts));
    });
}
