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
  it("stays null when the text states no past date", () => {
    expect(inferDocumentDate("Die Lage bleibt unklar.", "de")).toBeNull();
    expect(inferDocumentDate("Die Wahl wird im Juni 2027 stattfinden.", "de")).toBeNull();
    expect(inferDocumentDate("The plant will open in 2031, officials hope.", "en")).toBeNull();
  });
  it("bounds the year by the latest date stated as past, at year precision without relative talk", () => {
    expect(inferDocumentDate("Im Juni 2024 wurde der Vertrag unterzeichnet.", "de")).toBe("2024");
    expect(inferDocumentDate("Seit Anfang 2021 steigen die Preise. 2019 waren sie stabil.", "de")).toBe(
      "2021",
    );
    expect(inferDocumentDate("Exports have grown since March 2022, after a dip in 2020.", "en")).toBe("2022");
  });
  it("pairs an elapsed time with the year of the same event", () => {
    const de =
      "Am Mittwoch landete die Ministerin in Lissabon, erstmals seit 17 Jahren. Ihr Vorgänger war zuletzt 2008 dort. " +
      "Seit Mai 2023 verhandeln beide Länder.";
    expect(inferDocumentDate(de, "de")).toBe("2025");
    const en =
      "The ferry sailed on Monday for the first time in 12 years. Service had stopped in 2011 after a storm.";
    expect(inferDocumentDate(en, "en")).toBe("2023");
  });
  it("ignores an elapsed time whose pairing contradicts a later stated year", () => {
    const text =
      "Der Hafen ist seit 30 Jahren in Betrieb. Er wurde 1990 erweitert. Im März 2024 kam ein Kran hinzu.";
    // 1990 + 30 = 2020 lies before 2024: no pairing; the stated year bounds the date
    expect(inferDocumentDate(text, "de")).toBe("2024");
  });
  it("takes the month from the latest past day without a year once the year is known", () => {
    const en =
      "Rail traffic rose sharply this month, a report said. Trains were counted between Sept. 3 and Oct. 2 " +
      "after a first survey in July 2021.";
    expect(inferDocumentDate(en, "en")).toBe("2021-10");
    // a day before the latest stated month belongs to a later year than the evidence shows: year only
    expect(
      inferDocumentDate(
        "LONDON, March 3 (Agency) - Sales have risen since August 2022, the firm said on Friday.",
        "en",
      ),
    ).toBe("2022");
  });
  it("does not read hearsay `soll` as future when dating", () => {
    const text =
      "Bilder sollen zeigen, dass Schiffe zwischen 2. und 6. Mai Waffen brachten. Seit Januar 2022 läuft der Handel; gestern kam Kritik.";
    expect(inferDocumentDate(text, "de")).toBe("2022-05");
  });
  it("agrees with the gold date of the undated seed and examples (a prefix of it, never null)", () => {
    const cases: [string, string, "de" | "en", string][] = [];
    const seeds = path.resolve(process.cwd(), "../shared/seeds");
    const seedGold = path.resolve(process.cwd(), "../shared/eval/seeds.gold.json");
    const gold = (file: string) =>
      JSON.parse(readFileSync(file, "utf8")).docs as Record<string, { date: string }>;
    try {
      const g = gold(seedGold);
      for (const f of readdirSync(seeds).filter((x) => x.startsWith("003_")))
        cases.push([path.join(seeds, f), g[f]!.date, "de", f]);
    } catch {
      // the shared seeds are absent outside the workspace
    }
    const ex = path.resolve(process.cwd(), "examples/articles");
    const g = gold(path.resolve(process.cwd(), "examples/gold.json"));
    for (const f of readdirSync(ex).filter((x) => /^(09|20)-/.test(x)))
      cases.push([path.join(ex, f), g[f]!.date, f.includes("-en-") ? "en" : "de", f]);
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const [file, date, lang, name] of cases) {
      const inferred = inferDocumentDate(readFileSync(file, "utf8"), lang);
      expect(inferred, name).not.toBeNull();
      expect(date.startsWith(inferred!), `${name}: ${inferred} vs ${date}`).toBe(true);
    }
  });
});

describe("German compounds naming a part of a unit", () => {
  const ref = { date: "2025-04-30" };
  const read = (text: string) =>
    findTimes(text, "de", ref).map((t) => [t.text, t.from, t.to, t.grain, t.mod ?? null]);
  it("reads Jahresbeginn, Monatsende and the like as part of the current unit or of a stated year", () => {
    expect(read("Zu Jahresbeginn rückten weitere Einheiten nach.")).toEqual([
      ["Jahresbeginn", "2025", "2025", "year", "start"],
    ]);
    expect(read("Die Lieferung kam zur Monatsmitte an.")).toEqual([
      ["Monatsmitte", "2025-04", "2025-04", "month", "mid"],
    ]);
    expect(read("Bis Jahresende 2026 soll die Brücke stehen.")).toEqual([
      ["Bis Jahresende 2026", null, "2026", "year", "until"],
    ]);
  });
  it("leaves longer compounds alone", () => {
    expect(read("Der Jahresendspurt der Rüstungsindustrie")).toEqual([]);
  });
});
