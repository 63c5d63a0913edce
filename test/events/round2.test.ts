/**
 * @module Round-2 event and entity rules, in the test's own sentences: trips and flights as visits, launches
 * as weapons tests (not strikes on a target), sanctions packages and banning resolutions, legislatures voting
 * for a treaty, fighting and anniversaries, `no longer bound`, openings and services, `am selben Tag`, `the
 * first … since`, and unknown type designations as weapons.
 */
import { describe, expect, it } from "vitest";
import type { EntityRecord, EventRecord } from "../../src/core/records.js";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

const DE_LEAD =
  "Die Lage in der Region bleibt nach Angaben der Behörden und der Regierung weiterhin angespannt.";
const EN_LEAD = "The situation in the region remains tense, according to officials and the government.";

function run(date: string, body: string, lang: "de" | "en") {
  const lead = lang === "de" ? DE_LEAD : EN_LEAD;
  const doc = documentFromText(` date ${date}\nTitle\n\n${lead}\n\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt");
}
const events = (date: string, body: string, lang: "de" | "en"): EventRecord[] => run(date, body, lang).events;
const brief = (es: EventRecord[]) => es.map((e) => [e.kind, e.time.start]);
const weapons = (body: string, lang: "de" | "en") =>
  run("2024-12-16", body, lang)
    .entities.filter((e: EntityRecord) => e.category === "weapon")
    .map((e) => e.name);

describe("trips and flights are visits", () => {
  it("en: flew to, de: reiste nach", () => {
    expect(
      brief(events("2024-12-16", "Foreign Minister Choe Son Hui flew to Moscow on Monday.", "en")),
    ).toEqual([["visit", "2024-12-16"]]);
    expect(
      brief(events("2024-12-16", "Außenminister Sergej Lawrow reiste am Donnerstag nach Pjöngjang.", "de")),
    ).toEqual([["visit", "2024-12-12"]]);
  });
  it("de: `nach … gereist` with the place first", () => {
    expect(brief(events("2024-12-16", "Kim Jong Un ist im Oktober nach Wladiwostok gereist.", "de"))).toEqual(
      [["visit", "2024-10"]],
    );
  });
});

describe("launches are weapons tests, strikes on a target are not", () => {
  it("de and en launches", () => {
    expect(
      brief(
        events("2024-12-16", "Nordkorea feuerte am Dienstag mehrere ballistische Raketen ins Meer ab.", "de"),
      ),
    ).toEqual([["weapons_test", "2024-12-10"]]);
    expect(
      brief(events("2024-12-16", "North Korea launched two short-range ballistic missiles on Monday.", "en")),
    ).toEqual([["weapons_test", "2024-12-16"]]);
  });
  it("missiles fired at a city are no test", () => {
    expect(events("2024-12-16", "Russland feuerte am Montag Raketen auf Kiew ab.", "de")).toEqual([]);
    expect(events("2024-12-16", "Russia fired missiles at Kyiv on Monday.", "en")).toEqual([]);
  });
});

describe("sanctions", () => {
  it("imposed, adopted, approved packages", () => {
    expect(
      brief(events("2024-12-16", "Japan imposed new sanctions on North Korean firms on Friday.", "en")),
    ).toEqual([["sanctions", "2024-12-13"]]);
    expect(
      brief(events("2024-12-16", "Die EU hat im Juni ihr 14. Sanktionspaket verabschiedet.", "de")),
    ).toEqual([["sanctions", "2024-06"]]);
  });
  it("a resolution that bans; its number is no year", () => {
    expect(
      brief(
        events(
          "2024-12-16",
          "Die Resolution 1718 des Sicherheitsrats vom Oktober 2006 verbietet Waffenlieferungen.",
          "de",
        ),
      ),
    ).toEqual([["sanctions", "2006-10"]]);
  });
  it("`am selben Tag` takes the time of the previous event of its kind and stays apart", () => {
    expect(
      brief(
        events(
          "2024-12-16",
          "Die USA verhängten am Montag Sanktionen gegen Pjöngjang.\n\nJapan verhängte am selben Tag eigene Sanktionen.",
          "de",
        ),
      ),
    ).toEqual([
      ["sanctions", "2024-12-16"],
      ["sanctions", "2024-12-16"],
    ]);
  });
});

describe("ratification, fighting, references", () => {
  it("a legislature voting for a treaty ratifies it", () => {
    expect(
      brief(events("2024-12-16", "Der Föderationsrat stimmte am Mittwoch für den Vertrag.", "de")),
    ).toEqual([["ratification", "2024-12-11"]]);
  });
  it("fighting near a place, not troops fighting", () => {
    expect(brief(events("2024-12-16", "Heavy fighting near Sudzha was reported on Sunday.", "en"))).toEqual([
      ["military_action", "2024-12-15"],
    ]);
    expect(events("2024-12-16", "Troops fighting near Sudzha suffered losses on Sunday.", "en")).toEqual([]);
  });
  it("an attack named in an anniversary is no happening", () => {
    expect(
      events("2024-12-16", "Am Jahrestag des Angriffs im Februar demonstrierten Tausende.", "de"),
    ).toEqual([]);
  });
  it("`no longer bound` is another event, not an agreement", () => {
    expect(
      brief(
        events(
          "2024-12-16",
          "Moskau erklärte am Freitag, sich an den Vertrag nicht mehr gebunden zu fühlen.",
          "de",
        ),
      ),
    ).toEqual([["other", "2024-12-13"]]);
  });
  it("the first visit since a year is not dated by it", () => {
    expect(events("2024-12-16", "Es war Putins erster Besuch in Nordkorea seit 2000.", "de")).toEqual([]);
  });
});

describe("openings and services", () => {
  it("an opening and flights beginning", () => {
    expect(brief(events("2024-12-16", "Kim Jong Un eröffnete am Samstag eine neue Brücke.", "de"))).toEqual([
      ["other", "2024-12-14"],
    ]);
    expect(
      brief(events("2024-08-01", "Direct flights between Moscow and Pyongyang began on July 27.", "en")),
    ).toEqual([["other", "2024-07-27"]]);
  });
  it("opening fire is none of them", () => {
    expect(events("2024-12-16", "Kim Jong Un eröffnete am Samstag das Feuer.", "de")).toEqual([]);
  });
});

describe("unknown type designations are weapons in a sentence about weapons", () => {
  it("known to no gazetteer, named as written", () => {
    expect(weapons("Russland setzte Bomber vom Typ Tu-99MS und einen Abfangjäger MiG-41 ein.", "de")).toEqual(
      ["Tu-99MS", "MiG-41"],
    );
    expect(weapons("North Korea fired Hwasong-21 missiles and a Chollima-2 rocket.", "en")).toEqual([
      "Hwasong-21",
      "Chollima-2",
    ]);
  });
  it("not all-capital or one-letter names, years, names without hyphen, or without a weapon word", () => {
    expect(
      weapons("Die Rakete wurde nach COVID-19, Artikel 4 und G7 auf A-4-Papier beschrieben.", "de"),
    ).toEqual([]);
    expect(weapons("The Sarov-2024 forum and the route Korea-12 were closed.", "en")).toEqual([]);
  });
});

describe("gazetteer coverage of the subject in both languages", () => {
  const names = (body: string, lang: "de" | "en") =>
    run("2024-12-16", body, lang).entities.map((e: EntityRecord) => e.name);
  it("de forms", () => {
    const got = names(
      "Gouverneur Oleg Koschemjako empfing die Gäste in Artjom in der Region Primorje, danach ging es nach Knewitschi und in die Sonderwirtschaftszone Alabuga in Tatarstan; das US-Finanzministerium und die koreanische Halbinsel wurden erwähnt.",
      "de",
    );
    for (const n of [
      "Oleg Kozhemyako",
      "Artyom",
      "Primorsky Krai",
      "Knevichi",
      "Alabuga",
      "Tatarstan",
      "Department of the Treasury",
      "Korean Peninsula",
    ])
      expect(got).toContain(n);
  });
  it("en forms", () => {
    const got = names(
      "The Reconnaissance General Bureau, the U.S. Treasury and senator Grigory Karasin discussed fighting near Plekhovo and Kurilovka, the Wonsan-Kalma resort and flights by Nordwind.",
      "en",
    );
    for (const n of [
      "Reconnaissance General Bureau",
      "Department of the Treasury",
      "Grigory Karasin",
      "Plekhovo",
      "Kurilovka",
      "Wonsan-Kalma",
      "Nordwind",
    ])
      expect(got).toContain(n);
  });
});

describe("the dateline's sentence is the lead", () => {
  const lead = (body: string) =>
    brief(extractDocument(documentFromText(` date 2023-11-23\nTitel\n\n${body}\n`, "t.txt"), "t.txt").events);
  it("a verb in the perfect there tells the news of the day, without a named participant", () => {
    expect(
      lead(
        "Seoul (AFP) - Nordkorea hat nach Angaben aus Südkorea einen weiteren Aufklärungssatelliten ins All gebracht. Die Lage bleibt nach Angaben der Behörden angespannt.",
      ),
    ).toEqual([["weapons_test", "2023-11-23"]]);
  });
  it("the same sentence later in the text makes none without a time or participant", () => {
    expect(
      lead(
        "Seoul (AFP) - Die Lage bleibt nach Angaben der Behörden und der Regierung weiterhin angespannt.\n\nNordkorea hat nach Angaben aus Südkorea einen weiteren Aufklärungssatelliten ins All gebracht.",
      ),
    ).toEqual([]);
  });
});
