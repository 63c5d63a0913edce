/** Argument checking of the analysis commands: bad flags fail with a message naming the value. */
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { claimsCommand } from "../../src/cli/claims.js";
import { eventsCommand } from "../../src/cli/events.js";
import { exportCommand } from "../../src/cli/export.js";
import { flowsCommand } from "../../src/cli/flows.js";
import { gradeCommand } from "../../src/cli/grade.js";
import { hypothesesCommand } from "../../src/cli/hypotheses.js";
import { indicatorsCommand } from "../../src/cli/indicators.js";
import { timelineCommand } from "../../src/cli/timeline.js";

function program(): { run: (...args: string[]) => Promise<unknown>; errors: string[] } {
  const errors: string[] = [];
  const p = new Command()
    .exitOverride()
    .configureOutput({ writeErr: (s) => errors.push(s), writeOut: () => {} });
  for (const register of [
    claimsCommand,
    eventsCommand,
    timelineCommand,
    indicatorsCommand,
    flowsCommand,
    hypothesesCommand,
    gradeCommand,
    exportCommand,
  ]) {
    register(p);
  }
  for (const c of p.commands)
    c.exitOverride().configureOutput({ writeErr: (s) => errors.push(s), writeOut: () => {} });
  return { run: (...args) => p.parseAsync(["node", "lagebild", ...args]), errors };
}

describe("analysis commands reject bad arguments before touching a store", () => {
  it.each([
    [["claims", "--from", "October"], /not an ISO date/],
    [["claims", "--format", "xml"], /unknown format "xml"/],
    [["claims", "--limit", "-3"], /not a whole number/],
    [["events", "--to", "2024-1"], /not an ISO date/],
    [["timeline", "--type", "figure"], /Allowed choices are claim, event/],
    [["export", "--format", "table"], /json, jsonl or csv/],
    [["export", "--types", "claims,people"], /unknown record type "people"/],
    [["indicators", "--min-points", "x"], /not a whole number/],
  ])("%j", async (args, message) => {
    const { run, errors } = program();
    await expect(run(...args)).rejects.toThrow();
    expect(errors.join("")).toMatch(message);
  });
  it("every command has --help", async () => {
    for (const name of [
      "claims",
      "events",
      "timeline",
      "indicators",
      "flows",
      "hypotheses",
      "grade",
      "export",
    ]) {
      const { run } = program();
      await expect(run(name, "--help")).rejects.toMatchObject({ code: "commander.helpDisplayed" });
    }
  });
});
