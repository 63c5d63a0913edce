/** Unit tests of the time recogniser's parts: calendar arithmetic, holidays, year detection, inferred document dates. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deTime } from "../../src/lang/de/time.js";
import { holidayDay } from "../../src/pipeline/time/absolute.js";
import { addMonths, easterSunday, isoDay, nthWeekday } from "../../src/pipeline/time/calendar.js";
import { findTimes, inferDocumentDate } from "../../src/pipeline/time/index.js";

describe("calendar", () => {
  it("computes Easter Sunday", () => {
    expect(isoDay(easterSunday(2024))).toBe("2024-03-31");
    expect(isoDay(easterSunday(2019))).toBe("2019-04-21");
    expect(isoDay(easterSunday(2025))).toBe("2025-04-20");
  });
  it("finds the n-th and the last weekday of a month", () => {
    expect(isoDay(nthWeekday(2019, 5, 7, 2))).toBe("2019-05-12");
    expect(isoDay(nthWeekday(2024, 5, 1, -1))).toBe("2024-05-27");
  });
  it("clamps the day when adding months", () => {
    expect(isoDay(addMonths({ y: 2024, m: 1, d: 31 }, 1))).toBe("2024-02-29");
  });
  it("places movable German holidays", () => {
    const day = (name: string, y: number) => isoDay(holidayDay(deTime.holidays[name]!, y)!);
    expect(day("pfingstmontag", 2018)).toBe("2018-05-21");
    expect(day("erster advent", 2018)).toBe("2018-12-02");
    expect(day("buß- und bettag", 2018)).toBe("2018-11-21");
    expect(day("volkstrauertag", 2018)).toBe("2018-11-18");
  });
});

describe("findTimes", () => {
  it("keeps spans sacred on every seed article", () => {
    const dir = path.resolve(process.cwd(), "../shared/seeds");
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    } catch {
      return;
    }
    let total = 0;
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), "utf8");
      for (const t of findTimes(text, "de", { date: "2024-10" })) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.rule).toMatch(/^de\./);
        total++;
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  it("finds nothing in a language it does not know, or in an empty text", () => {
    expect(findTimes("Am 19. Juni 2024", "other", { date: null })).toEqual([]);
    expect(findTimes("", "de", { date: "2024-10" })).toEqual([]);
  });

  it("tells years from counts", () => {
    const years = (s: string) => findTimes(s, "de", { date: "2024-10-15" }).map((t) => t.text);
    expect(years("Rund 2000 Soldaten kamen.")).toEqual([]);
    expect(years("Es kamen 2000 Soldaten.")).toEqual([]);
    expect(years("Die Zahl stieg um 2024 Prozent.")).toEqual([]);
    expect(years("Es geschah 2014, als die Krim annektiert wurde.")).toEqual(["2014"]);
    expect(years("Seit 2014 liefert das Land Waffen.")).toEqual(["Seit 2014"]);
  });

  it("does not take `bis zu` for an interval", () => {
    const found = findTimes("Bis zu 2000 Granaten wurden am 3. Mai 2024 geliefert.", "de", { date: null });
    expect(found.map((t) => t.text)).toEqual(["3. Mai 2024"]);
  });

  it("reads a weekday range forwards", () => {
    const [t] = findTimes("Die Übung dauert von Montag bis Freitag.", "de", { date: "2024-10-16" });
    expect(t).toMatchObject({ from: "2024-10-14", to: "2024-10-18", grain: "day" });
  });

  it("does not resolve an impossible date", () => {
    expect(findTimes("am 30.02.2023", "de", { date: null }).filter((t) => t.grain === "day")).toEqual([]);
  });
});

describe("inferDocumentDate", () => {
  it("reads a dateline", () => {
    expect(inferDocumentDate("Seoul, 19. Juni 2024 – Der Präsident reiste gestern ab.", "de")).toBe(
      "2024-06-19",
    );
    expect(inferDocumentDate("SEOUL, June 19, 2024 - The leader left yesterday.", "en")).toBe("2024-06-19");
  });
  it("takes the latest stated month when the text speaks relatively", () => {
    const text =
      "Im Juni 2024 wurde der Vertrag unterzeichnet. Am 4. November 2024 trat er in Kraft, wie das Amt gestern mitteilte.";
    expect(inferDocumentDate(text, "de")).toBe("2024-11");
  });
  it("stays null when unsure", () => {
    expect(inferDocumentDate("Im Juni 2024 wurde der Vertrag unterzeichnet.", "de")).toBeNull();
    expect(inferDocumentDate("Die Lage bleibt unklar.", "de")).toBeNull();
  });
});
