import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/core/annotations.js";
import { ErrorCode, InputError } from "../../src/core/errors.js";
import { DEFAULT_GAZETTEER_DIR, parseFile } from "../../src/pipeline/entities/gazetteer.js";
import { compileGazetteer, findMentions, loadGazetteerData } from "../../src/pipeline/entities/index.js";

const find = (text: string, opts: Parameters<typeof findMentions>[1] = {}) => findMentions(text, opts);
const brief = (text: string, ms: Mention[]) => ms.map((m) => [text.slice(m.start, m.end), m.name, m.form]);

describe("countries", () => {
  it("finds names, genitives and adjectives in every inflection", () => {
    const t =
      "Nordkoreas Armee schickte nordkoreanische Einheiten; Nordkoreanischer Stahl ging nach Russland.";
    const ms = find(t);
    expect(brief(t, ms)).toEqual([
      ["Nordkoreas", "North Korea", "name"],
      ["nordkoreanische", "North Korea", "adjective"],
      ["Nordkoreanischer", "North Korea", "adjective"],
      ["Russland", "Russia", "name"],
    ]);
    expect(ms[0]).toMatchObject({
      entity: "country/KP",
      category: "country",
      country: "KP",
      start: 0,
      end: 10,
    });
  });

  it("reads English forms and hyphenated adjective pairs", () => {
    const t = "North Korean troops reached Russia's border; russisch-chinesische Gespräche folgten.";
    expect(brief(t, find(t, { lang: "en" })).map((x) => x[1])).toEqual([
      "North Korea",
      "Russia",
      "Russia",
      "China",
    ]);
  });

  it("maps seats of power to their state", () => {
    const t = "Der Kreml und Pjöngjang schwiegen.";
    const ms = find(t);
    expect(ms.map((m) => [m.text, m.entity, m.form, m.country])).toEqual([
      ["Kreml", "country/RU", "seat", "RU"],
      ["Pjöngjang", "place/pyongyang", "seat", "KP"],
    ]);
  });

  it("keeps a country in a compound but drops an organisation prefix", () => {
    const t = "Der Ukraine-Krieg und neue UN-Sanktionen beschäftigen den UN-Sicherheitsrat.";
    expect(brief(t, find(t))).toEqual([
      ["Ukraine", "Ukraine", "name"],
      ["UN-Sicherheitsrat", "UN Security Council", "name"],
    ]);
  });

  it("keeps an organisation that speaks in a compound, and names joined by a hyphen", () => {
    const t = "Nach NIS-Angaben lief der Verkehr über Tumangang-Khasan.";
    expect(find(t).map((m) => m.name)).toEqual(["National Intelligence Service", "Tumangang", "Khasan"]);
  });

  it("reads dotted abbreviations and German place adjectives", () => {
    const t = "The U.N. Security Council met; Moskauer Quellen schwiegen.";
    expect(find(t).map((m) => [m.text, m.name, m.form])).toEqual([
      ["U.N. Security Council", "UN Security Council", "name"],
      ["Moskauer", "Moscow", "adjective"],
    ]);
  });

  it("requires exact case for abbreviations", () => {
    expect(find("Wir sahen us nicht.")).toEqual([]);
    expect(find("Die US-Armee kam.").map((m) => m.name)).toEqual(["United States"]);
  });
});

describe("organisations, places and weapons", () => {
  it("resolves an adjective plus institution noun to the country's institution, keeping the adjective", () => {
    const t = "Nach Angaben des südkoreanischen Geheimdienstes und des Pentagons.";
    const ms = find(t);
    expect(brief(t, ms)).toEqual([
      ["südkoreanischen Geheimdienstes", "National Intelligence Service", "alias"],
      ["südkoreanischen", "South Korea", "adjective"],
      ["Pentagons", "Department of Defense", "name"],
    ]);
  });

  it("does not name an institution where the noun is ambiguous for the country", () => {
    const t = "Der ukrainische Geheimdienst warnte.";
    expect(find(t).map((m) => m.name)).toEqual(["Ukraine"]);
  });

  it("finds outlets in quotes only where the bare word is ordinary", () => {
    const t = 'Laut "Time" und time.com hatte sie keine Time.';
    expect(find(t).map((m) => [m.text, m.name])).toEqual([
      ["Time", "Time"],
      ["time.com", "Time"],
    ]);
  });

  it("finds weapon designations with or without hyphen", () => {
    const t = "Geschosse für BM21-Grad-Werfer, dazu KN 23 und Kinschal-Raketen, aber kein Kaliber 152.";
    expect(find(t).map((m) => m.name)).toEqual(["BM-21 Grad", "KN-23", "Kinzhal"]);
  });

  it("prefers the longest form", () => {
    const t = "Die Washington Post berichtete aus Washington.";
    expect(find(t).map((m) => m.name)).toEqual(["The Washington Post", "Washington"]);
  });
});

describe("people", () => {
  it("links a surname to the full name seen before, and a genitive", () => {
    const t = "Kim Jong-un reiste ab. Später lobte Kim die Gastgeber. Kims Zug fuhr weiter.";
    expect(find(t).map((m) => [m.text, m.name])).toEqual([
      ["Kim Jong-un", "Kim Jong Un"],
      ["Kim", "Kim Jong Un"],
      ["Kims", "Kim Jong Un"],
    ]);
  });

  it("leaves an ambiguous surname alone without a cue", () => {
    expect(find("Kim sprach lange.")).toEqual([]);
  });

  it("resolves a surname after a title through the office held at the time", () => {
    const t = "Machthaber Kim empfing Verteidigungsminister Austin.";
    expect(find(t, { date: "2023-05" }).map((m) => [m.text, m.name])).toEqual([
      ["Kim", "Kim Jong Un"],
      ["Austin", "Lloyd Austin"],
    ]);
  });

  it("resolves a role to its holder at the document date or at a date in the sentence", () => {
    const t = "Der russische Präsident reiste an.";
    expect(find(t, { date: "2010-03" }).find((m) => m.category === "person")?.name).toBe("Dmitry Medvedev");
    expect(find(t, { date: "2024-06" }).find((m) => m.category === "person")?.name).toBe("Vladimir Putin");
    const times = [
      {
        type: "time" as const,
        start: 25,
        end: 37,
        text: "im Jahr 1995",
        from: "1995",
        to: "1995",
        grain: "year" as const,
        inferred: false,
        relative: false,
        mod: null,
        rule: "test",
      },
    ];
    const t2 = "Der russische Präsident, im Jahr 1995 krank, blieb.";
    const sentences = [{ start: 0, end: t2.length, paragraph: 0 }];
    expect(find(t2, { date: "2024-06", times, sentences }).find((m) => m.form === "role")?.name).toBe(
      "Boris Yeltsin",
    );
  });

  it("lets a following full name take over from the role", () => {
    const t = "Südkoreas Verteidigungsminister Shin Won-sik und der Kremlchef.";
    const ms = find(t, { date: "2024-03" });
    expect(brief(t, ms)).toEqual([
      ["Südkoreas", "South Korea", "name"],
      ["Shin Won-sik", "Shin Won-sik", "name"],
      ["Kremlchef", "Vladimir Putin", "role"],
    ]);
  });

  it("recognises a person outside the gazetteer after a role noun, then the surname alone", () => {
    const t = "Sicherheitsexpertin Maria Lindqvist warnt. Lindqvists Studie nennt Zahlen, sagt Lindqvist.";
    const ms = find(t);
    expect(ms.map((m) => [m.text, m.name, m.rule])).toEqual([
      ["Maria Lindqvist", "Maria Lindqvist", "de.person.cue"],
      ["Lindqvists", "Maria Lindqvist", "de.person.surname"],
      ["Lindqvist", "Maria Lindqvist", "de.person.surname"],
    ]);
    expect(ms[0]!.entity).toBe("person/maria-lindqvist");
  });

  it("skips an honorific after the cue and does not read a first name as a surname's genitive", () => {
    const t = "Experte Dr. Hans Brandt warnte; Brandt blieb dabei.";
    expect(find(t).map((m) => [m.text, m.name])).toEqual([
      ["Hans Brandt", "Hans Brandt"],
      ["Brandt", "Hans Brandt"],
    ]);
    expect(find("Minister Hans sprach.")).toEqual([]);
  });

  it("needs two name parts and no function word after the cue", () => {
    expect(find("Der Experte Die Lage war klar.")).toEqual([]);
    expect(find("Ein Sprecher Hamburgs schwieg.")).toEqual([]);
  });

  it("every mention's span slices to its text", () => {
    const t = "Laut Sprecher John Kirby lieferte Nordkorea Hwasong-11 an Russland.";
    for (const m of find(t, { lang: "en" })) expect(t.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("gazetteer files", () => {
  it("a new subject is a new file: its entries match, duplicates are refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "gaz-"));
    try {
      const entry = {
        id: "place/testhafen",
        name: "Testhafen",
        category: "place",
        country: "RU",
        names: { de: ["Testhafen"] },
      };
      writeFileSync(join(dir, "extra.json"), JSON.stringify({ entries: [entry] }));
      const g = compileGazetteer(loadGazetteerData([DEFAULT_GAZETTEER_DIR, dir]));
      expect(findMentions("Schiffe im Testhafen und in Wladiwostok.", {}, g).map((m) => m.name)).toEqual([
        "Testhafen",
        "Vladivostok",
      ]);
      writeFileSync(join(dir, "dup.json"), JSON.stringify({ entries: [entry] }));
      expect(() => loadGazetteerData([dir])).toThrow(/duplicate gazetteer id place\/testhafen/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a bad file with its name and a code", () => {
    expect(() => parseFile("bad.json", "{ nope")).toThrow(InputError);
    try {
      parseFile("x.json", JSON.stringify({ entries: [{ id: "country/XX", name: "X", category: "planet" }] }));
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).code).toBe(ErrorCode.BAD_JSON);
      expect((e as Error).message).toMatch(/^x\.json: gazetteer format: entries\.0\.category/);
    }
  });
});
