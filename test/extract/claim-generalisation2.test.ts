/**
 * @module End-to-end checks (annotate + extract) of claim rules of the second generalisation round:
 * rates and prices, list sizes, peoples' plurals as the counted noun, the side personnel serve on,
 * accusations (the accused is the actor, the accuser the source), prepositions inside an attribution,
 * giving and travelling verbs, further casualty words, and two-word count cues before a four-digit figure.
 * Sentences are the test's own (positive and negative cases).
 */
import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "../../src/core/records.js";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

function claims(date: string, body: string): ClaimRecord[] {
  const doc = documentFromText(` date ${date}\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt").claims.filter((c) => c.value ?? c.min ?? c.max ?? c.vague);
}

describe("rates are no counts of things that moved", () => {
  it("de: a wage or a price per unit is no claim", () => {
    expect(
      claims(
        "2025-03-01",
        "Die Arbeiter aus Nordkorea verdienen nach Angaben aus Kiew etwa 3 Dollar pro Stunde.",
      ),
    ).toHaveLength(0);
    expect(
      claims("2025-03-01", "Moskau verkauft das Öl weiterhin für rund 70 Dollar je Barrel an Pjöngjang."),
    ).toHaveLength(0);
  });

  it("en: a wage or a price per unit is no claim", () => {
    expect(
      claims(
        "2025-03-01",
        "The North Korean laborers in Russia are paid roughly 4 dollars an hour, according to the report.",
      ),
    ).toHaveLength(0);
    expect(
      claims(
        "2025-03-01",
        "Russia has kept selling its crude oil to the North at about 65 dollars per barrel.",
      ),
    ).toHaveLength(0);
  });

  it("a count of things per period is a production figure (kind other)", () => {
    const [de] = claims(
      "2025-03-01",
      "In der Fabrik werden inzwischen mehr als 1500 Drohnen im Monat gebaut.",
    );
    expect(de).toMatchObject({ item: "weapon_system", min: 1500, kind: "other" });
    const [en] = claims(
      "2025-03-01",
      "Analysts believe the plant in Tatarstan now turns out around 150 drones a day for the war.",
    );
    expect(en).toMatchObject({ item: "weapon_system", value: 150, kind: "other" });
  });

  it("a time that only looks like a rate stays a count: `a year ago`, `im Jahr 2024`", () => {
    const [en] = claims(
      "2025-03-01",
      "North Korea sent about 2,000 soldiers to Russia a year ago, the intelligence service said.",
    );
    expect(en).toMatchObject({ item: "soldier", value: 2000, kind: "deployment" });
    const [de] = claims(
      "2025-03-01",
      "Nordkorea hat im Jahr 2024 rund 5000 Soldaten nach Russland geschickt.",
    );
    expect(de).toMatchObject({ item: "soldier", value: 5000, kind: "deployment" });
  });
});

describe("the size of a sanctions list is no claim", () => {
  it("de and en", () => {
    expect(
      claims("2025-03-01", "Die neuen Sanktionen richten sich gegen 40 Personen und 25 Firmen."),
    ).toHaveLength(0);
    expect(
      claims("2025-03-01", "The Treasury imposed sanctions on 17 individuals and 9 entities on Tuesday."),
    ).toHaveLength(0);
  });

  it("people killed stay a claim even where sanctions are named", () => {
    const [c] = claims(
      "2025-03-01",
      "Trotz der Sanktionen wurden bei dem Angriff mindestens 12 Personen in Charkiw getötet.",
    );
    expect(c).toMatchObject({ kind: "casualties", min: 12 });
  });
});

describe("two-word count cues before a four-digit figure", () => {
  it("`mehr als 1000 Container` is a count, not the year 1000", () => {
    const [c] = claims(
      "2025-03-01",
      "Nordkorea hat seit dem Sommer mehr als 3000 Container mit Munition nach Russland verschifft.",
    );
    expect(c).toMatchObject({ item: "container", min: 3000, actor: "KP", recipient: "RU" });
    const [d] = claims("2025-03-01", "Laut Kiew hat Russland bislang weniger als 1200 Panzer verloren.");
    expect(d).toMatchObject({ item: "weapon_system", max: 1200 });
  });
});

describe("a people's plural counted takes its item from what they do", () => {
  it("serving with or fighting on a side → soldier, and that side is the recipient", () => {
    const [en] = claims(
      "2025-03-01",
      "Officials in Kyiv say some 3,000 North Koreans are now serving with Russian units near the border.",
    );
    expect(en).toMatchObject({ item: "soldier", value: 3000, actor: "KP", recipient: "RU" });
    const [de] = claims(
      "2025-03-01",
      "Nach Angaben aus Kiew kämpfen derzeit etwa 9000 Nordkoreaner auf russischer Seite.",
    );
    expect(de).toMatchObject({ item: "soldier", value: 9000, actor: "KP", recipient: "RU" });
  });

  it("working in a factory → worker", () => {
    const [de] = claims(
      "2025-03-01",
      "Rund 4000 Nordkoreaner sollen inzwischen in russischen Fabriken arbeiten, berichtet der Sender.",
    );
    expect(de).toMatchObject({ item: "worker", value: 4000, actor: "KP" });
  });

  it("with nothing in the clause, what the document said of that people before", () => {
    const cs = claims(
      "2025-03-01",
      "Russland wirbt offenbar Arbeitskräfte aus Nordkorea an. Bis zum Sommer sollen etwa 6000 Nordkoreaner nach Russland kommen.",
    );
    expect(cs[0]).toMatchObject({ item: "worker", value: 6000, actor: "KP", recipient: "RU" });
  });

  it("tourists and visitors stay persons, sent to where they travel", () => {
    const [c] = claims(
      "2025-08-01",
      "Last month a group of about 40 Russians travelled to Pyongyang for a week-long tour, the agency said.",
    );
    expect(c).toMatchObject({ item: "person", value: 40, kind: "deployment", actor: "RU", recipient: "KP" });
    const [t] = claims("2025-08-01", "Im Juli flogen 25 russische Touristen von Wladiwostok nach Pjöngjang.");
    expect(t).toMatchObject({ item: "person", value: 25, kind: "deployment", actor: "RU", recipient: "KP" });
  });
});

describe("who acts and who speaks", () => {
  it("an accusation: the accused is the actor, the accuser the source", () => {
    const [de] = claims(
      "2025-03-01",
      "Die Regierung in Kiew wirft Pjöngjang vor, Moskau bis zu 20.000 Granaten geliefert zu haben.",
    );
    expect(de).toMatchObject({ actor: "KP", recipient: "RU", source: { country: "UA" } });
    const [en] = claims(
      "2025-03-01",
      "The Ukrainian government accused Pyongyang of sending up to 20,000 shells to Moscow since the summer.",
    );
    expect(en).toMatchObject({ actor: "KP", recipient: "RU", source: { country: "UA" } });
  });

  it("a preposition inside an attribution governs its source only", () => {
    const [c] = claims(
      "2025-03-01",
      "Nach US-Angaben hat Nordkorea im Winter rund 500 Raketen an Russland geliefert.",
    );
    expect(c).toMatchObject({ actor: "KP", recipient: "RU", source: { country: "US" } });
  });

  it("a speech verb after `and` names no new speaker", () => {
    const [c] = claims(
      "2025-03-01",
      "The Ukrainian president said on Friday that North Korea had sent 8,000 more troops to Russia and warned that others could follow.",
    );
    expect(c).toMatchObject({ actor: "KP", recipient: "RU", source: { country: "UA" } });
  });

  it("giving verbs are deliveries from the giver", () => {
    const [c] = claims("2025-03-01", "Russland schenkte Nordkorea im Juli zwei Kampfjets.");
    expect(c).toMatchObject({ kind: "delivery", value: 2, actor: "RU", recipient: "KP" });
  });
});

describe("casualty words", () => {
  it("missing and captured are casualties", () => {
    const [en] = claims(
      "2025-03-01",
      "Kyiv said four North Korean soldiers went missing after the assault near the village.",
    );
    expect(en).toMatchObject({ kind: "casualties", value: 4, actor: "KP" });
    const [de] = claims(
      "2025-03-01",
      "Mindestens sechs nordkoreanische Soldaten gelten seit dem Angriff als vermisst.",
    );
    expect(de).toMatchObject({ kind: "casualties", min: 6, actor: "KP" });
  });
});

describe("figures that stand for a noun said before, and those that do not", () => {
  it("a bound with no noun after a figure of the last sentence continues it: `could send up to 15,000 in all`", () => {
    const cs = claims(
      "2025-03-01",
      "Officials said on Monday that about 8,000 North Korean troops had arrived in Russia. Seoul believes Pyongyang could send up to 15,000 in all.",
    );
    expect(cs.map((c) => [c.item, c.value ?? c.max, c.hedged])).toEqual([
      ["soldier", 8000, false],
      ["soldier", 15000, true],
    ]);
  });

  it("`two more tours` counts tours, not the persons said before", () => {
    const cs = claims(
      "2025-08-01",
      "About 60 Russian tourists flew to Pyongyang in July. The agency said three more trips were planned.",
    );
    expect(cs.map((c) => c.value)).toEqual([60]);
  });

  it("`one of two prisoners` counts two, not one", () => {
    const cs = claims(
      "2025-03-01",
      "One of three prisoners of war held by Ukraine has asked to be sent to South Korea, officials said.",
    );
    expect(cs.map((c) => c.value)).toEqual([3]);
  });

  it("a part of a set takes the set's time only for the same kind", () => {
    const cs = claims(
      "2025-03-01",
      "Pyongyang sent about 9,000 troops to Russia starting in November. Officials said that roughly 2,000 of them have been killed or wounded.",
    );
    expect(cs[1]).toMatchObject({ kind: "casualties", value: 2000 });
    expect(cs[1]!.time.start).not.toBe(cs[0]!.time.start);
  });
});

describe("claim times", () => {
  it("a relative clause on the figure's noun dates it, not the time it was spoken of", () => {
    const [de] = claims(
      "2023-11-23",
      "Die Behörden zählten im März rund 300 Raketen, die im Januar abgefeuert worden waren.",
    );
    expect(de).toMatchObject({ kind: "launch", value: 300, time: { start: "2023-01" } });
    const [en] = claims(
      "2023-11-23",
      "In May, officials counted some 200 missiles, which had been fired in January.",
    );
    expect(en).toMatchObject({ kind: "launch", value: 200, time: { start: "2023-01" } });
  });

  it("a period's start after a verb of saying is the fact's time, not the saying's", () => {
    const [c] = claims(
      "2024-11-23",
      "Der Geheimdienst in Seoul erklärte, seit August seien rund 3000 Soldaten nach Russland verlegt worden.",
    );
    expect(c).toMatchObject({ value: 3000, time: { start: "2024-08" } });
  });
});

describe("prepositions", () => {
  it("de: a noun before the verb ends the preposition's phrase (`Im Gegenzug liefert Nordkorea …`)", () => {
    const [c] = claims(
      "2024-11-23",
      "Im Gegenzug schickte Nordkorea nach südkoreanischen Angaben rund 2000 Soldaten an Russland.",
    );
    expect(c).toMatchObject({ actor: "KP", recipient: "RU", value: 2000 });
  });
});

describe("a next sentence that names the kind and a time dates the figures before it", () => {
  it("en and de: `The losses occurred on …`, `Die Verluste entstanden am …`", () => {
    const [en] = claims(
      "2025-03-03",
      "Kyiv said on Monday that at least 40 Russian soldiers were killed near the border. The losses occurred on February 27, officials added.",
    );
    expect(en).toMatchObject({ kind: "casualties", min: 40, time: { start: "2025-02-27" } });
    const [de] = claims(
      "2025-03-03",
      "Nach ukrainischen Angaben wurden mindestens 20 russische Soldaten getötet. Die Verluste entstanden am 1. März.",
    );
    expect(de).toMatchObject({ kind: "casualties", min: 20, time: { start: "2025-03-01" } });
  });

  it("not when the kind noun is no subject or the sentence is negated", () => {
    const [c] = claims(
      "2025-03-03",
      "Kyiv said on Monday that at least 40 Russian soldiers were killed near the border. The unit has not been seen since January, possibly because of heavy losses.",
    );
    expect(c!.time.start).toBe("2025-03-03");
  });
});
